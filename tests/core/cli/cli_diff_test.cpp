// The `okr diff` command run as a user runs it: two drafts of a plan, the change list in text or
// JSON, exit 0 when they are the same and 1 when they differ.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/cli_run.h"
#include "io/format.h"
#include "plan_fixtures.h"

namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name, const okr::Plan& plan) {
    const fs::path dir = fs::path(OKR_BINARY_DIR) / "cli-diff-test";
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << okr::savePlan(plan);
    return dir / name;
}

}  // namespace

TEST_CASE("okr diff: the same plan exits 0, a changed one lists its changes and exits 1") {
    const okr::Plan a = fixtures::cleanPlan();
    okr::Plan b = a;
    b.objectives[0].keyResults[1].target = 60;
    b.objectives[1].title = "Improve customer satisfaction";
    const fs::path fa = scratch("a.json", a), fb = scratch("b.json", b);

    Run r = okrCommand("diff '" + fa.string() + "' '" + fa.string() + "'");
    CHECK(r.code == 0);
    CHECK(r.out == "No differences.\n");

    r = okrCommand("diff '" + fa.string() + "' '" + fb.string() + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("  ~ kr2 ") != std::string::npos);
    CHECK(r.out.find("      Target: 55 → 60") != std::string::npos);
    CHECK(r.out.find("+ warning OBJ-VAGUE o2") != std::string::npos);
    CHECK(r.out.find("0 added, 0 removed, 2 changed;") != std::string::npos);

    r = okrCommand("diff --format json --no-findings '" + fa.string() + "' '" + fb.string() + "'",
                   false);
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["changes"].size() == 2);
    CHECK(j["findings"].empty());
    CHECK(j["changes"][1]["entity"] == "key result");
    CHECK(j["changes"][1]["fields"][0]["key"] == "target");
    CHECK(j["changes"][1]["fields"][0]["before"] == 55);
    CHECK(j["changes"][1]["fields"][0]["after"] == 60);
}

TEST_CASE("okr diff: an unreadable file and bad arguments") {
    const fs::path fa = scratch("a.json", fixtures::cleanPlan());
    CHECK(okrCommand("diff '" + fa.string() + "' /nonexistent/plan.json").code == 2);
    CHECK(okrCommand("diff '" + fa.string() + "'").code == 64);
    CHECK(okrCommand("diff '" + fa.string() + "' '" + fa.string() + "' --format xml").code == 64);
    CHECK(okrCommand("diff --help").code == 0);
}
