// The `okr check`, `okr fmt` and `okr new` commands, run as a user runs them: the built binary,
// its exit codes and what it prints.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/cli_run.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

void writeBytes(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::path(OKR_BINARY_DIR) / "cli-format-test";
    fs::create_directories(dir);
    return dir / name;
}

}  // namespace

TEST_CASE("okr check: exit 0 for a valid plan") {
    const Run r =
        okrCommand("check '" + sourcePath("assets/examples/talentsync.json").string() + "'");
    CHECK(r.code == 0);
    CHECK(r.out.find("valid plan") != std::string::npos);
}

TEST_CASE("okr check: exit 2 and one `path: message` line per problem") {
    const fs::path file = scratch("two-problems.json");
    writeBytes(file, R"({"format": "okr-plan", "version": 1,
  "objectives": [{"id": "o1", "keyResults": [{"id": "kr1", "target": "45%", "driver": "n9"}]},
                 {"id": "o1"}]})");
    const Run r = okrCommand("check '" + file.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out ==
          "/objectives/0/keyResults/0/target: expected a number, found the text \"45%\"\n");
    writeBytes(file, R"({"format": "okr-plan", "version": 1,
  "objectives": [{"id": "o1", "keyResults": [{"id": "kr1", "driver": "n9"}]}, {"id": "o1"}]})");
    const Run r2 = okrCommand("check '" + file.string() + "'");
    CHECK(r2.code == 2);
    CHECK(r2.out ==
          "/objectives/1/id: the ID \"o1\" is already used by /objectives/0; objective IDs must be "
          "unique\n/objectives/0/keyResults/0/driver: no tree node has the ID \"n9\"\n");
}

TEST_CASE("okr check: warnings are printed but the plan is valid") {
    const fs::path file = scratch("warning.json");
    writeBytes(file, R"({"format": "okr-plan", "version": 1,
  "rules": {"overrides": {"NOT-A-RULE": "off"}}})");
    const Run r = okrCommand("check '" + file.string() + "'");
    CHECK(r.code == 0);
    CHECK(r.out.find("/rules/overrides/NOT-A-RULE: warning: no rule has the ID") == 0);
}

TEST_CASE("okr check: not JSON, a missing file and bad usage") {
    const fs::path file = scratch("broken.json");
    writeBytes(file, "{\"format\": \"okr-plan\",\n  \"version\": 1\n  \"plan\": {}}");
    Run r = okrCommand("check '" + file.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("/: the file is not valid JSON at line 3, column 3") == 0);
    r = okrCommand("check '" + scratch("does-not-exist.json").string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("okr: cannot read") == 0);
    r = okrCommand("check");
    CHECK(r.code == 64);
    r = okrCommand("check --help");
    CHECK(r.code == 0);
    CHECK(r.out.find("usage: okr check FILE") == 0);
}

TEST_CASE("okr fmt: rewrites a plan canonically, --check reports without writing") {
    const fs::path file = scratch("messy.json");
    const std::string messy =
        R"({"version":1,"format":"okr-plan","objectives":[{"title":"Grow","id":"o1","x-kept":[1,2]}]})";
    writeBytes(file, messy);
    Run r = okrCommand("fmt --check '" + file.string() + "'");
    CHECK(r.code == 1);
    CHECK(readFile(file) == messy);
    r = okrCommand("fmt '" + file.string() + "'");
    CHECK(r.code == 0);
    const std::string formatted = readFile(file);
    CHECK(formatted.rfind("{\n  \"format\": \"okr-plan\",\n  \"version\": 1,\n", 0) == 0);
    CHECK(formatted.find("\"x-kept\": [\n        1,\n        2\n      ]") != std::string::npos);
    r = okrCommand("fmt --check '" + file.string() + "'");
    CHECK(r.code == 0);
    r = okrCommand("fmt '" + file.string() + "'");
    CHECK(readFile(file) == formatted);
}

TEST_CASE("okr fmt: an invalid file is left untouched") {
    const fs::path file = scratch("invalid.json");
    const std::string text = R"({"format": "okr-plan", "version": 2})";
    writeBytes(file, text);
    const Run r = okrCommand("fmt '" + file.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("/version: this file needs version 2") == 0);
    CHECK(readFile(file) == text);
}

TEST_CASE("okr fmt: a planted link is never followed, a link and the file's mode are kept") {
    const std::string messy = R"({"version":1,"format":"okr-plan","objectives":[]})";
    const fs::path file = scratch("planted.json");
    const fs::path victim = scratch("victim.txt");
    writeBytes(file, messy);
    writeBytes(victim, "someone else's file");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    // The name the old fmt wrote its temporary file under, pointing elsewhere.
    const fs::path planted = scratch("planted.json.okr-fmt.tmp");
    fs::remove(planted);
    fs::create_symlink(victim, planted);
    Run r = okrCommand("fmt '" + file.string() + "'");
    CHECK(r.code == 0);
    CHECK(readFile(victim) == "someone else's file");
    CHECK(fs::is_regular_file(fs::symlink_status(file)));
    CHECK(readFile(file).rfind("{\n  \"format\": \"okr-plan\"", 0) == 0);
    CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));

    // A plan reached through a symlink: the file it points to is formatted, the link stays.
    const fs::path target = scratch("target.json");
    const fs::path link = scratch("link.json");
    writeBytes(target, messy);
    fs::remove(link);
    fs::create_symlink(target, link);
    r = okrCommand("fmt '" + link.string() + "'");
    CHECK(r.code == 0);
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(readFile(target).rfind("{\n  \"format\": \"okr-plan\"", 0) == 0);
}

TEST_CASE("okr generate: a size over the format's limits is refused at once") {
    Run r = okrCommand("generate --objectives 100000 --krs 100000", true);
    CHECK(r.code == 64);
    CHECK(r.out.find("a plan file holds at most 60,000") != std::string::npos);
    r = okrCommand("generate --objectives 60001 --krs 0 --checkins 0 --nodes 0");
    CHECK(r.code == 64);
    // What it does write, okr check accepts.
    const fs::path file = scratch("generated.json");
    r = okrCommand("generate --objectives 20 --krs 3 --checkins 2 --nodes 30 > '" + file.string() +
                   "'");
    CHECK(r.code == 0);
    CHECK(okrCommand("check '" + file.string() + "'").code == 0);
}

TEST_CASE("okr check: a huge number in a kept key and a huge version are named as they are") {
    const fs::path file = scratch("huge.json");
    writeBytes(file, R"({"format":"okr-plan","version":1,"x-count":18446744073709551615})");
    Run r = okrCommand("check '" + file.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("/x-count: the number 18446744073709551615 is too large") == 0);
    writeBytes(file, R"({"format":"okr-plan","version":18446744073709551615})");
    r = okrCommand("check '" + file.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.out.find("/version: this file needs version 18446744073709551615") == 0);
}

TEST_CASE("okr new: writes a template to stdout, an unknown name lists the templates") {
    Run r = okrCommand("new --template talentsync");
    CHECK(r.code == 0);
    CHECK(r.out == readExample("talentsync.json"));
    r = okrCommand("new --template no-such-plan");
    CHECK(r.code == 64);
    CHECK(r.out.find("okr: no template named 'no-such-plan'\ntemplates:\n") == 0);
    CHECK(r.out.find("  talentsync\n") != std::string::npos);
    r = okrCommand("new --help");
    CHECK(r.code == 0);
    CHECK(r.out.find("usage: okr new --template NAME") == 0);
}
