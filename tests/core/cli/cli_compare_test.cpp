// The `okr diff` and `okr merge` commands run as a user runs them: two drafts of a plan, the
// change list in text or JSON (exit 0 when they are the same, 1 when they differ); a client's copy
// merged into ours (exit 1 when a conflict is listed).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/cli_run.h"
#include "io/format.h"
#include "plan_fixtures.h"

namespace {

namespace fs = std::filesystem;

// (Each test case writes files of its own names: CTest runs them in parallel.)
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
    const fs::path fa = scratch("args.json", fixtures::cleanPlan());
    CHECK(okrCommand("diff '" + fa.string() + "' /nonexistent/plan.json").code == 2);
    CHECK(okrCommand("diff '" + fa.string() + "'").code == 64);
    CHECK(okrCommand("diff '" + fa.string() + "' '" + fa.string() + "' --format xml").code == 64);
    CHECK(okrCommand("diff --help").code == 0);
}

TEST_CASE("okr merge: a client's copy merged into ours, conflicts listed and exit 1") {
    const okr::Plan base = fixtures::cleanPlan();
    okr::Plan ours = base, theirs = base;
    ours.objectives[0].title = "Win new workspaces in their first week";
    theirs.objectives[0].keyResults[0].target = 46;
    const fs::path fb = scratch("base.json", base), fo = scratch("ours.json", ours),
                   ft = scratch("theirs.json", theirs);
    const fs::path merged = fs::path(OKR_BINARY_DIR) / "cli-diff-test" / "merged.json";
    fs::remove(merged);
    Run r = okrCommand("merge '" + fb.string() + "' '" + fo.string() + "' '" + ft.string() +
                       "' -o '" + merged.string() + "'");
    CHECK(r.code == 0);
    CHECK(r.out == "Merged without conflicts.\n");
    std::ifstream in(merged, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const okr::LoadResult loaded = okr::loadPlan(bytes);
    REQUIRE(loaded.ok());
    CHECK(loaded.plan->objectives[0].title == "Win new workspaces in their first week");
    CHECK(loaded.plan->objectives[0].keyResults[0].target == 46);

    theirs.objectives[0].title = "Activate new workspaces in week one";
    const fs::path ft2 = scratch("theirs2.json", theirs);
    r = okrCommand("merge '" + fb.string() + "' '" + fo.string() + "' '" + ft2.string() + "'",
                   false);
    CHECK(r.code == 1);
    const okr::LoadResult onStdout = okr::loadPlan(r.out);
    REQUIRE(onStdout.ok());
    CHECK(onStdout.plan->objectives[0].title == "Win new workspaces in their first week");
    r = okrCommand("merge '" + fb.string() + "' '" + fo.string() + "' '" + ft2.string() + "' -o '" +
                   merged.string() + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("conflict: Title of the objective o1") != std::string::npos);
    CHECK(okrCommand("merge '" + fb.string() + "' '" + fo.string() + "'").code == 64);
    CHECK(okrCommand("merge '" + fb.string() + "' '" + fo.string() + "' /nonexistent.json").code ==
          2);
}
