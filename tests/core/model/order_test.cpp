#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/order.h"

TEST_CASE("stableSort orders by the comparison and keeps equal items in the order they came") {
    std::vector<std::pair<int, std::string>> items = {{3, "c1"}, {1, "a1"}, {2, "b1"}, {1, "a2"},
                                                      {3, "c2"}, {2, "b2"}, {1, "a3"}};
    okr::stableSort(items, [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> names;
    for (const auto& item : items) names.push_back(item.second);
    CHECK(names == std::vector<std::string>{"a1", "a2", "a3", "b1", "b2", "c1", "c2"});
}

TEST_CASE("stableSort moves items it cannot copy and leaves short lists alone") {
    std::vector<std::unique_ptr<int>> items;
    for (int v : {5, 2, 9, 2}) items.push_back(std::make_unique<int>(v));
    const int* firstTwo = items[1].get();
    okr::stableSort(items, [](const auto& x, const auto& y) { return *x < *y; });
    REQUIRE(items.size() == 4);
    CHECK(*items[0] == 2);
    CHECK(items[0].get() == firstTwo);
    CHECK(*items[2] == 5);
    CHECK(*items[3] == 9);
    std::vector<int> one = {7};
    okr::stableSort(one, [](int x, int y) { return x > y; });
    CHECK(one == std::vector<int>{7});
}

TEST_CASE("stableSort gives std::stable_sort's order on a long list with many ties") {
    std::vector<std::pair<int, int>> items;
    unsigned seed = 12345;
    for (int i = 0; i < 5000; ++i) {
        seed = seed * 1103515245u + 12345u;
        items.emplace_back(static_cast<int>((seed >> 16) % 37), i);
    }
    auto expected = items;
    const auto byKey = [](const auto& x, const auto& y) { return x.first < y.first; };
    std::stable_sort(expected.begin(), expected.end(), byKey);
    okr::stableSort(items, byKey);
    CHECK(items == expected);
}
