// Hostile input: the malformed corpus of tests/corpus/malformed/ (each file rejected with the path
// and sentence its EXPECTED.tsv line names), large inputs generated here rather than committed,
// and byte-level mutations of a real plan. loadPlan must answer all of them without crashing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>

#include "io/format.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

struct Expectation {
    std::string path;      // the problem's path contains this ("" = the whole document)
    std::string fragment;  // the problem's message contains this
};

std::map<std::string, Expectation> readExpectations(const fs::path& file) {
    std::map<std::string, Expectation> out;
    std::istringstream lines(readFile(file));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        REQUIRE(tab2 != std::string::npos);
        out[line.substr(0, tab1)] = {line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)};
    }
    return out;
}

bool matches(const okr::Problem& p, const Expectation& e) {
    const bool pathOk = e.path.empty() ? p.path.empty() : p.path.find(e.path) != std::string::npos;
    return !p.warning && pathOk && p.message.find(e.fragment) != std::string::npos;
}

const std::string kTitle = R"({"format": "okr-plan", "version": 1, "plan": {"title": ")";

}  // namespace

TEST_CASE("every file of the malformed corpus is rejected with a located message") {
    const fs::path dir = sourcePath("tests/corpus/malformed");
    const auto expected = readExpectations(dir / "EXPECTED.tsv");
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name == "EXPECTED.tsv") continue;
        ++files;
        CAPTURE(name);
        auto e = expected.find(name);
        REQUIRE_MESSAGE(e != expected.end(), "add a line for this file to EXPECTED.tsv");
        const auto r = okr::loadPlan(readFile(entry.path()));
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.problems.empty());
        const bool found =
            std::any_of(r.problems.begin(), r.problems.end(),
                        [&](const okr::Problem& p) { return matches(p, e->second); });
        CAPTURE(r.problems.front().path);
        CAPTURE(r.problems.front().message);
        CHECK(found);
    }
    CHECK(files >= 30);
    CHECK(static_cast<std::size_t>(files) == expected.size());
}

TEST_CASE("a 5 MB string is rejected by its path, wherever it is") {
    const std::string big(5 * 1024 * 1024, 'x');
    auto r = okr::loadPlan(kTitle + big + "\"}}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].path == "/plan/title");
    CHECK(r.problems[0].message ==
          "this text is 5,242,880 characters long; the limit is 10,000 characters");

    r = okr::loadPlan(R"({"format": "okr-plan", "version": 1, "attachment": {"data": ")" + big +
                      "\"}}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].path == "/attachment/data");

    r = okr::loadPlan(R"({"format": "okr-plan", "version": 1, ")" + big + "\": 1}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].path.size() > 5 * 1024 * 1024);  // the key itself is the path
}

TEST_CASE("100,000 levels of nesting are refused before parsing") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    auto r = okr::loadPlan(R"({"format": "okr-plan", "version": 1, "x": )" + deep + "}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.find("more than 64 levels deep at line 1, column 106") !=
          std::string::npos);
    // Unbalanced opening brackets only.
    r = okr::loadPlan(std::string(1000000, '{'));
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.find("more than 64 levels deep at line 1, column 65") !=
          std::string::npos);
}

TEST_CASE("60,001 themes are too many entities, reading stops there") {
    std::string text = R"({"format": "okr-plan", "version": 1, "strategy": {"themes": [)";
    for (int i = 0; i < 60001; ++i) {
        if (i) text += ',';
        text += R"({"id": "t)" + std::to_string(i) + "\"}";
    }
    text += "]}}";
    const auto r = okr::loadPlan(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.find("the plan has more than 60,000 entities") == 0);
}

TEST_CASE("random byte damage to a real plan never crashes the loader") {
    const std::string original = readExample("talentsync.json");
    REQUIRE(okr::loadPlan(original).ok());
    std::mt19937 rng(12345);
    int rejected = 0, accepted = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 4) {
                case 0:
                    text[at] = static_cast<char>(rng() % 256);
                    break;
                case 1:
                    text.erase(at, 1 + rng() % 8);
                    break;
                case 2:
                    text.insert(at, 1, "{}[]\",:0-e\\"[rng() % 11]);
                    break;
                default:
                    text.resize(at);
                    break;
            }
        }
        const auto r = okr::loadPlan(text);
        if (r.ok()) {
            ++accepted;
            const std::string saved = okr::savePlan(*r.plan);
            const auto again = okr::loadPlan(saved);
            REQUIRE(again.ok());
            CHECK(okr::savePlan(*again.plan) == saved);
        } else {
            ++rejected;
            for (const auto& p : r.problems) CHECK_FALSE(p.message.empty());
        }
    }
    CHECK(rejected > 0);
    CHECK(accepted > 0);
}
