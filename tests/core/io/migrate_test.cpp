// Format versions and migrations (migrate.h): every fixture under tests/fixtures/vN/ keeps loading,
// the registry runs steps in order, and versions this app does not know are refused.
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "io/format.h"
#include "io/kept_json.h"
#include "io/migrate.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = sourcePath("tests/fixtures");

}  // namespace

TEST_CASE("version 1 is current and needs no migration") {
    CHECK(okr::kFormatVersion == 1);
    CHECK(okr::migrationSteps().empty());
}

TEST_CASE("every fixture of every version still loads, current-version fixtures are canonical") {
    int fixtures = 0;
    for (const auto& dir : fs::directory_iterator(kFixtures)) {
        const std::string name = dir.path().filename().string();
        if (!dir.is_directory() || name.size() < 2 || name[0] != 'v') continue;
        const int version = std::stoi(name.substr(1));
        for (const auto& file : fs::directory_iterator(dir.path())) {
            if (file.path().extension() != ".json") continue;
            ++fixtures;
            CAPTURE(file.path().string());
            const std::string text = readFile(file.path());
            const auto r = okr::loadPlan(text);
            REQUIRE(r.ok());
            CHECK(r.problems.empty());
            if (version == okr::kFormatVersion) CHECK(okr::savePlan(*r.plan) == text);
        }
    }
    CHECK(fixtures >= 2);
}

TEST_CASE("the full version-1 fixture keeps every value it holds") {
    const auto r = okr::loadPlan(readFile(kFixtures / "v1/full.json"));
    REQUIRE(r.ok());
    const okr::Plan& p = *r.plan;
    CHECK(p.meta.level == okr::Level::Team);
    CHECK(*p.economics.revenuePerSale == 1250.5);
    CHECK(p.tree.nodes[3].guardrail.threshold == 200.0);
    CHECK(p.tree.nodes[4].guardrail.comparison == okr::Comparison::AtLeast);
    CHECK(p.tree.links[2].relation == okr::Relation::RatioNumerator);
    const okr::KeyResult& kr1 = p.objectives[0].keyResults[0];
    CHECK(kr1.style == okr::Style::Committed);
    CHECK(*kr1.scoreOverride.score == 0.7);
    CHECK(kr1.checkins[1].value == 125.25);
    CHECK(okr::keptJson(kr1.extra)["jira"] == "OKR-12");
    CHECK(p.objectives[0].keyResults[1].kind == okr::KrKind::Maintain);
    CHECK_FALSE(p.objectives[0].keyResults[1].sourceVisible);
    CHECK(p.objectives[0].keyResults[2].done);
    CHECK(p.objectives[1].keyResults[0].kind == okr::KrKind::Baseline);
    CHECK(p.adjustments[0].originalTarget == 170.0);
    CHECK(p.rules.profile == okr::Profile::Agency);
    CHECK(p.rules.overrides.size() == 4);
    CHECK(okr::keptJson(p.extra)["generator"]["name"] == "hand-written fixture");
}

TEST_CASE("migrating a current document is a no-op") {
    nlohmann::json doc = nlohmann::json::parse(readFile(kFixtures / "v1/full.json"));
    const nlohmann::json copy = doc;
    std::string error;
    CHECK(okr::migrateDocument(doc, 1, okr::kFormatVersion, okr::migrationSteps(), error));
    CHECK(error.empty());
    CHECK(doc == copy);
}

TEST_CASE("a missing migration step is reported and leaves the document alone") {
    nlohmann::json doc = {{"format", "okr-plan"}, {"version", 1}};
    const nlohmann::json copy = doc;
    std::string error;
    CHECK_FALSE(okr::migrateDocument(doc, 1, 3, {}, error));
    CHECK(error == "there is no migration from version 1 to version 2 of the format");
    CHECK(doc == copy);
}

TEST_CASE("registered steps run in order and set each version") {
    // Two steps as a future version would register them (defined here, not in the app).
    const std::vector<okr::MigrationStep> steps = {
        {2, "objectives gain a list of tags",
         [](nlohmann::json& d) {
             for (auto& o : d["objectives"]) o["tags"] = nlohmann::json::array();
         }},
        {1, "plan.client is renamed plan.customer",
         [](nlohmann::json& d) {
             d["plan"]["customer"] = d["plan"]["client"];
             d["plan"].erase("client");
         }},
    };
    nlohmann::json doc = {{"format", "okr-plan"},
                          {"version", 1},
                          {"plan", {{"client", "Acme"}}},
                          {"objectives", {{{"id", "o1"}}}}};
    std::string error;
    REQUIRE(okr::migrateDocument(doc, 1, 3, steps, error));
    CHECK(doc["version"] == 3);
    CHECK(doc["plan"]["customer"] == "Acme");
    CHECK_FALSE(doc["plan"].contains("client"));
    CHECK(doc["objectives"][0]["tags"].is_array());
}

TEST_CASE("a file from a newer app is refused with the version it needs") {
    nlohmann::json doc = nlohmann::json::parse(readFile(kFixtures / "v1/minimal.json"));
    doc["version"] = 7;
    const auto r = okr::loadPlan(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].path == "/version");
    CHECK(r.problems[0].message ==
          "this file needs version 7 of the format; this app reads up to 1");
}
