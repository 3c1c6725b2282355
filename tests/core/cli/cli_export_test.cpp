// The `okr export` command run as a user runs it: the built binary writes the same bytes as the
// core's exports (to stdout or -o OUT), and answers bad input and bad usage with exit 2 and 64.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "analysis/analysis.h"
#include "cli/cli_run.h"
#include "export/export.h"
#include "io/format.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::path(OKR_BINARY_DIR) / "cli-export-test";
    fs::create_directories(dir);
    return dir / name;
}

const fs::path kExample = sourcePath("assets/examples/talentsync.json");

okr::Plan example() {
    const okr::LoadResult loaded = okr::loadPlan(readFile(kExample));
    REQUIRE(loaded.ok());
    return *loaded.plan;
}

}  // namespace

TEST_CASE("okr export --to md|csv|report: the core's exports on stdout") {
    const okr::Plan plan = example();
    const okr::Analysis a = okr::analyze(plan);
    const std::string file = "'" + kExample.string() + "'";
    Run r = okrCommand("export " + file + " --to md", false);
    CHECK(r.code == 0);
    CHECK(r.out == okr::exportMarkdown(plan, a));
    r = okrCommand("export --to csv " + file, false);
    CHECK(r.code == 0);
    CHECK(r.out == okr::exportCsv(plan, okr::analyze(plan)));
    r = okrCommand("export " + file + " --to report", false);
    CHECK(r.code == 0);
    CHECK(r.out == okr::exportLintReport(plan, a));
}

TEST_CASE("okr export -o OUT: writes the file, nothing on stdout") {
    const fs::path out = scratch("talentsync.csv");
    fs::remove(out);
    const Run r =
        okrCommand("export '" + kExample.string() + "' --to csv -o '" + out.string() + "'");
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(readFile(out) == okr::exportCsv(example(), okr::analyze(example())));
    const Run bad = okrCommand("export '" + kExample.string() + "' --to md -o '" +
                               (scratch("no-such-dir") / "x" / "plan.md").string() + "'");
    CHECK(bad.code == 2);
    CHECK(bad.out.find("okr: cannot write") == 0);
}

TEST_CASE("okr export -o: never over its own plan, and -o - is standard output") {
    const fs::path plan = scratch("own.json");
    fs::remove(plan);
    fs::copy_file(kExample, plan);
    const std::string before = readFile(plan);
    Run r = okrCommand("export '" + plan.string() + "' --to md -o '" + plan.string() + "'");
    CHECK(r.code == 64);
    CHECK(r.out.find("is the plan itself") != std::string::npos);
    CHECK(readFile(plan) == before);
    // The same file through a link is the same file.
    const fs::path link = scratch("own-link.json");
    fs::remove(link);
    fs::create_symlink(plan, link);
    r = okrCommand("export '" + plan.string() + "' --to md -o '" + link.string() + "'");
    CHECK(r.code == 64);
    CHECK(readFile(plan) == before);

    r = okrCommand("export '" + kExample.string() + "' --to csv -o - ", false);
    CHECK(r.code == 0);
    CHECK(r.out == okr::exportCsv(example(), okr::analyze(example())));
    CHECK(!fs::exists(fs::current_path() / "-"));
}

TEST_CASE("okr export: exit 2 with `path: message` for an invalid file, 64 on bad usage") {
    const fs::path invalid = scratch("invalid.json");
    std::ofstream(invalid, std::ios::binary | std::ios::trunc) << R"({"format": "okr-plan",
  "version": 1, "objectives": [{"id": "o1", "keyResults": [{"id": "kr1", "target": "45%"}]}]})";
    Run r = okrCommand("export '" + invalid.string() + "' --to md");
    CHECK(r.code == 2);
    CHECK(r.out.find("/objectives/0/keyResults/0/target: expected a number") == 0);
    r = okrCommand("export /no/such/plan.json --to csv");
    CHECK(r.code == 2);
    CHECK(r.out.find("okr: cannot read /no/such/plan.json") == 0);
    const std::string file = "'" + kExample.string() + "'";
    CHECK(okrCommand("export").code == 64);
    CHECK(okrCommand("export " + file).code == 64);
    CHECK(okrCommand("export " + file + " --to pdf").code == 64);
    CHECK(okrCommand("export " + file + " --to md --to csv").code == 64);
    CHECK(okrCommand("export " + file + " --to md -o").code == 64);
    CHECK(okrCommand("export " + file + " " + file + " --to md").code == 64);
    r = okrCommand("export --help");
    CHECK(r.code == 0);
    CHECK(r.out.find("usage: okr export FILE --to md|csv|report|svg [--with-findings | "
                     "--with-initiatives]") == 0);
    CHECK(okrCommand("export " + file + " --to csv --with-findings").code == 64);
    CHECK(okrCommand("export " + file + " --to md --with-findings --with-initiatives").code == 64);
    CHECK(okrCommand("--help").out.find("okr export FILE --to md|csv|report") != std::string::npos);
}
