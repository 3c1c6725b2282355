// The `okr lint`, `okr score` and `okr rules` commands, run as a user runs them: the built binary,
// its exit codes and what it prints (text, JSON, markdown).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_run.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

// This file's short name for the shared okrCommand (cli_run.h).
Run okr(const std::string& args, bool withStderr = true) { return okrCommand(args, withStderr); }

const fs::path kExample = sourcePath("assets/examples/talentsync.json");

nlohmann::json example() { return nlohmann::json::parse(readFile(kExample)); }

std::string write(const std::string& name, const std::string& text) {
    const fs::path dir = fs::path(OKR_BINARY_DIR) / "cli-rules-test";
    fs::create_directories(dir);
    const fs::path file = dir / name;
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    return "'" + file.string() + "'";
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("okr lint: text for people, grouped by objective, exit 0 without errors") {
    const Run r = okr("lint '" + kExample.string() + "'");
    CHECK(r.code == 0);
    // Each of TalentSync's first two objectives has one key result owned by a team: one block
    // under each objective's heading.
    CHECK(count(r.out, "warning KR-NO-OWNER /objectives/") == 2);
    CHECK(r.out.find("O1 Make the trial experience so frictionless") != std::string::npos);
    CHECK(r.out.find("O2 Prove outbound as a capital-efficient acquisition channel") !=
          std::string::npos);
    CHECK(r.out.find("    fix: Name one person who owns the key result") != std::string::npos);
    CHECK(r.out.find("talentsync.json: 0 errors, 2 warnings, 0 infos (profile startup)") !=
          std::string::npos);
}

TEST_CASE("okr lint --today in TalentSync's week 5 shows S4's drop from 7 to 5, and not after") {
    Run r = okr("lint '" + kExample.string() + "' --today 2026-05-02");
    CHECK(r.code == 0);
    CHECK(r.out.find("warning KR-CONFIDENCE-DROP /objectives/0/keyResults\n    Confidence fell on "
                     "3 key results of 'Make the trial experience") != std::string::npos);
    CHECK(r.out.find("from 7/10 to 5/10 by 2026-05-01, and 2 more.") != std::string::npos);
    // Week 7: back at 7, nothing to say; check-ins after the day asked about are not read.
    r = okr("lint '" + kExample.string() + "' --today 2026-05-16");
    CHECK(r.out.find("KR-CONFIDENCE-DROP") == std::string::npos);
}

TEST_CASE("okr lint: several findings of one rule in one objective are one block") {
    nlohmann::json plan = example();
    for (auto& kr : plan["objectives"][0]["keyResults"]) kr["owner"] = "Growth";
    const std::string file = write("owners.json", plan.dump());
    const Run r = okr("lint " + file);
    CHECK(count(r.out, "warning KR-NO-OWNER /objectives/0/") == 1);
    CHECK(r.out.find("(and 2 more like it)") != std::string::npos);
    CHECK(r.out.find(": 0 errors, 4 warnings, 0 infos") != std::string::npos);
}

TEST_CASE("okr lint: plan text reaches the terminal without control characters") {
    nlohmann::json plan = example();
    plan["objectives"][0]["keyResults"][2]["title"] = "Sneaky \x1b]0;pwned\x07\x1b[2J title";
    const std::string file = write("escape.json", plan.dump());
    const Run r = okr("lint " + file);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("Sneaky \\x1B]0;pwned\\x07\\x1B[2J title") != std::string::npos);
    // The one-byte-wide C1 controls too: U+009B is an escape sequence's start on some terminals.
    plan["objectives"][0]["keyResults"][2]["title"] = "Sneaky \u009b2J title";
    const Run c1 = okr("lint " + write("escape-c1.json", plan.dump()));
    CHECK(c1.out.find("\xC2\x9B") == std::string::npos);
    CHECK(c1.out.find("Sneaky \\u009B2J title") != std::string::npos);
}

TEST_CASE("okr lint --format json: the violations and a summary for tools") {
    const Run r = okr("lint '" + kExample.string() + "' --format json", false);
    CHECK(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["violations"].size() == 2);
    const auto& v = j["violations"][0];
    CHECK(v["rule"] == "KR-NO-OWNER");
    CHECK(v["severity"] == "warning");
    CHECK(v["target"]["kind"] == "keyResult");
    CHECK(v["target"]["id"] == "kr3");
    CHECK(v["target"]["path"] == "/objectives/0/keyResults/2/owner");
    CHECK(v["message"].get<std::string>().find("'Growth' is a team") == 0);
    CHECK(v.contains("fix"));
    CHECK(v["source"] == "S2, S4 formula");
    CHECK(j["summary"]["errors"] == 0);
    CHECK(j["summary"]["warnings"] == 2);
    CHECK(j["summary"]["infos"] == 0);
    CHECK(j["summary"]["total"] == 2);
    CHECK(j["summary"]["profile"] == "startup");
}

TEST_CASE("okr lint: exit 1 on an error-level violation, --profile switches the numbers") {
    nlohmann::json plan = example();
    plan["objectives"][0]["keyResults"][1]["direction"] = "increase";  // 12 days → 4 days
    const std::string file = write("direction.json", plan.dump());
    Run r = okr("lint " + file);
    CHECK(r.code == 1);
    CHECK(r.out.find("  error   KR-DIRECTION /objectives/0/keyResults/1/direction") !=
          std::string::npos);
    r = okr("lint '" + kExample.string() + "' --profile teams --format json", false);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["summary"]["profile"] == "teams");
    CHECK(r.code == 1);  // teams: KR owners that are teams are errors
}

TEST_CASE("okr lint: exit 2 when the file cannot be read or loaded, 64 on bad usage") {
    Run r = okr("lint /no/such/plan.json");
    CHECK(r.code == 2);
    CHECK(r.out.find("okr: cannot read /no/such/plan.json") == 0);
    r = okr("lint " + write("broken.json", "{\"format\": \"okr-plan\",\n  \"version\": }"));
    CHECK(r.code == 2);
    CHECK(r.out.find("not valid JSON") != std::string::npos);
    CHECK(r.out.find("is not a valid plan") != std::string::npos);
    CHECK(okr("lint").code == 64);
    CHECK(okr("lint '" + kExample.string() + "' --format yaml").code == 64);
    CHECK(okr("lint '" + kExample.string() + "' --profile enterprise").code == 64);
    CHECK(okr("lint --help").code == 0);
}

TEST_CASE("okr score and the tracking sheet say which key results a review paused or retired") {
    nlohmann::json plan = example();
    const auto decide = [&](const char* id, const char* kr, const char* action) {
        plan["adjustments"].push_back({{"id", id},
                                       {"date", "2026-04-29"},
                                       {"targetKind", "keyResult"},
                                       {"targetId", kr},
                                       {"action", action},
                                       {"cause", "external"},
                                       {"reason", "The channel closed."}});
    };
    decide("a7", "kr3", "retire");
    decide("a8", "kr4", "pause");
    const std::string file = write("reviewed.json", plan.dump());
    const Run r = okr("score " + file);
    CHECK(r.code == 0);
    // What scores are for, said before them (S2, S4).
    CHECK(r.out.find("Scores are for learning, not judgement: they stay out of pay and "
                     "performance reviews (S2, S4).") != std::string::npos);
    const auto line = [&](const std::string& start) {
        const std::size_t at = r.out.find("\n  " + start);
        return at == std::string::npos ? std::string()
                                       : r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1);
    };
    CHECK(line("Increase trial-to-paid").find("retired") != std::string::npos);
    CHECK(line("Book 45 qualified").find("(paused)") != std::string::npos);
    CHECK(line("Grow net revenue").find("paused") == std::string::npos);
    const Run csv = okr("export " + file + " --to csv");
    CHECK(csv.code == 0);
    CHECK(count(csv.out, ",kr3,retired\r\n") == 1);
    CHECK(count(csv.out, ",kr4,paused\r\n") == 1);
    CHECK(count(csv.out, ",active\r\n") == 7);
}

TEST_CASE("okr score: S4's end-of-quarter table gives 0.80, 0.80, 0.87 and 0.82") {
    nlohmann::json plan = example();
    // The seed's final values, and the scoring session's grades where they differ.
    const double finals[] = {39, 4.5, 20, 14, 840, 27, 112, 11, 1.8};
    int i = 0;
    for (auto& o : plan["objectives"])
        for (auto& k : o["keyResults"]) k["current"] = finals[i++];
    const auto grade = [&](int o, int k, double g, const char* why) {
        plan["objectives"][o]["keyResults"][k]["scoreOverride"] = g;
        plan["objectives"][o]["keyResults"][k]["scoreReason"] = why;
    };
    grade(0, 2, 0.7, "graded in the session");
    grade(1, 1, 0.7, "$840 vs. $800 target");
    grade(1, 2, 0.8, "graded in the session");
    grade(2, 0, 0.7, "graded in the session");
    plan["objectives"][1]["keyResults"][1]["expectedScore"] = 0.8;  // said when written (S4)
    const Run r = okr("score " + write("final.json", plan.dump()));
    CHECK(r.out.find("      expected 0.8 when written: graded below\n") != std::string::npos);
    CHECK(count(r.out, "when written") == 1);
    CHECK(r.code == 0);
    CHECK(count(r.out, "0.80  0.7–0.9 Hit target / strong progress") == 2);
    CHECK(count(r.out, "0.87  0.7–0.9 Hit target / strong progress") == 1);
    CHECK(r.out.find("Plan score 0.82 — 0.7–0.9") != std::string::npos);
    CHECK(r.out.find("* set in the scoring session (computed 0.87): $840 vs. $800 target") !=
          std::string::npos);
    // The end-of-quarter example under the templates carries exactly this quarter.
    const Run shipped =
        okr("score '" + sourcePath("assets/examples/talentsync-end.json").string() + "'");
    CHECK(count(shipped.out, "0.80  0.7–0.9 Hit target / strong progress") == 2);
    CHECK(count(shipped.out, "0.87  0.7–0.9 Hit target / strong progress") == 1);
    CHECK(shipped.out.find("Plan score 0.82 — 0.7–0.9") != std::string::npos);
    // Before anything is measured there is nothing to score.
    nlohmann::json fresh = example();
    for (auto& o : fresh["objectives"])
        for (auto& k : o["keyResults"]) k.erase("checkins");
    CHECK(okr("score " + write("fresh.json", fresh.dump())).out.find("nothing measured yet") !=
          std::string::npos);
}

// The thresholds rules.h lists (okr rules prints them after the rules).
constexpr std::size_t kThresholds = 9;

TEST_CASE("okr rules: the catalog as text, markdown (the README's table) and JSON") {
    Run r = okr("rules");
    CHECK(r.code == 0);
    CHECK(r.out.find("43 rules") != std::string::npos);
    CHECK(r.out.find(
              "confidenceDrop       2 (points of 10)\n  KR-CONFIDENCE-DROP; PRODUCT DEFAULT") !=
          std::string::npos);
    r = okr("rules --format markdown");
    CHECK(count(r.out, "\n") == 45 + 3 + kThresholds);
    CHECK(r.out.find("| `KR-ACTIVITY` | **Key result measures activity.**") != std::string::npos);
    CHECK(
        r.out.find("| `krTotal` (key results) | SET-KR-TOTAL | agency 12, startup 7, teams 12 |") !=
        std::string::npos);
    r = okr("rules --format json", false);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["rules"].size() == 43);
    CHECK(j["rules"][0]["id"] == "OBJ-TACTIC");
    CHECK(j["rules"][0]["startup"] == "warning");
    // Every threshold no seed gives is marked, with the plan key that changes it.
    const auto& t = j["thresholds"];
    REQUIRE(t.size() == kThresholds);
    int ours = 0;
    for (const auto& row : t) {
        CHECK(row["planKey"] == "rules.thresholds." + row["key"].get<std::string>());
        ours += row["productDefault"].get<bool>() ? 1 : 0;
    }
    CHECK(ours >= 7);
    CHECK(t[0]["key"] == "confidenceDrop");
    CHECK(t[0]["productDefault"] == true);
    CHECK(t[0]["productDefaultIn"] == nlohmann::json({"agency", "startup", "teams"}));
    for (const auto& row : t)
        if (row["key"] == "krTotal") {
            CHECK(row["productDefault"] == true);
            CHECK(row["productDefaultIn"] == nlohmann::json({"agency", "teams"}));
        }
    CHECK(t[0]["startup"] == 2);
    CHECK(okr("rules --format pdf").code == 64);
}

TEST_CASE(
    "the README's rule table is the catalog's (regenerate with okr rules --format markdown)") {
    const std::string readme = readFile(sourcePath("README.md"));
    std::istringstream table(okr("rules --format markdown", false).out);
    std::string row;
    while (std::getline(table, row)) {
        CAPTURE(row);
        CHECK(readme.find(row) != std::string::npos);
    }
}
