// The `okr import` command run as a user runs it: a spreadsheet or a list becomes a plan on
// stdout; problems are printed as FILE:ROW:COLUMN: message; nothing to import exits 2.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/cli_run.h"
#include "io/format.h"

namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name, const std::string& text) {
    const fs::path dir = fs::path(OKR_BINARY_DIR) / "cli-import-test";
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
}

}  // namespace

TEST_CASE("okr import: a CSV's rows become a plan that loads, its bad cells located") {
    const fs::path csv = scratch("sheet.csv",
                                 "Objective,Key result,Owner,Target\n"
                                 "Grow in Germany,Reach 40 paying customers,Ana,40\n"
                                 ",Sign 5 resellers,Bo,five\n");
    const Run out = okrCommand("import '" + csv.string() + "' --today 2026-05-04", false);
    CHECK(out.code == 0);
    const okr::LoadResult plan = okr::loadPlan(out.out);
    REQUIRE(plan.ok());
    REQUIRE(plan.plan->objectives.size() == 1);
    CHECK(plan.plan->objectives[0].keyResults.size() == 2);
    CHECK(plan.plan->meta.start == okr::Date{2026, 4, 1});
    const Run said = okrCommand("import '" + csv.string() + "'");
    CHECK(said.out.find("sheet.csv:3:4: the target 'five' is not a number") != std::string::npos);
    CHECK(said.out.find("sheet.csv: 1 objective, 2 key results") != std::string::npos);
}

TEST_CASE("okr import: a list, --from, and nothing to import") {
    const fs::path list = scratch("okrs.txt", "O1: Grow\n- Reach 40 customers\n");
    Run r = okrCommand("import '" + list.string() + "'", false);
    CHECK(r.code == 0);
    CHECK(okr::loadPlan(r.out).ok());
    r = okrCommand("import --from csv '" + list.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("at least two columns") != std::string::npos);
    const fs::path prose = scratch("prose.md", "Nothing here is an objective.\n");
    r = okrCommand("import '" + prose.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("no objective found") != std::string::npos);
    CHECK(okrCommand("import").code == 64);
    CHECK(okrCommand("import '" + list.string() + "' --from xls").code == 64);
}
