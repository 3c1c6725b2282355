// A stable sort shared by every caller: std::stable_sort compiled once per element type and
// comparator was 3 to 4 KB of the web app each time, about 37 KB for the eleven sorts the planner
// has; through stableSort they share one compiled sort of positions (order.cpp).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace okr {

// Orders the positions in `positions` by `before(context, a, b)`, equal ones kept in their order.
void stableOrder(std::vector<std::size_t>& positions,
                 bool (*before)(const void* context, std::size_t a, std::size_t b),
                 const void* context);

// Sorts `items` by `less` as std::stable_sort does: what compares equal keeps its order.
template <class T, class Less>
void stableSort(std::vector<T>& items, const Less& less) {
    if (items.size() < 2) return;
    std::vector<std::size_t> positions(items.size());
    for (std::size_t i = 0; i < positions.size(); ++i) positions[i] = i;
    struct Context {
        const std::vector<T>* items;
        const Less* less;
    } context{&items, &less};
    stableOrder(
        positions,
        [](const void* c, std::size_t a, std::size_t b) {
            const Context& x = *static_cast<const Context*>(c);
            return static_cast<bool>((*x.less)((*x.items)[a], (*x.items)[b]));
        },
        &context);
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const std::size_t i : positions) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

}  // namespace okr
