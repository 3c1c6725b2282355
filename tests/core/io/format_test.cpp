// The plan file format (format.h): round trips, the canonical layout, unknown-key preservation,
// and one test per rejection with its path and message.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "analysis/rule_ids.h"
#include "io/format.h"
#include "io/kept_json.h"
#include "templates.h"
#include "test_files.h"

namespace {

using nlohmann::json;

// A small, valid plan that the rejection tests break one value at a time.
const char* const kBase = R"({
  "format": "okr-plan",
  "version": 1,
  "plan": {"title": "Q2", "level": "company", "start": "2026-04-01", "end": "2026-06-30"},
  "strategy": {"themes": [{"id": "t1", "title": "Activation"}]},
  "tree": {
    "nodes": [
      {"id": "n1", "name": "Active teams", "kind": "nsm"},
      {"id": "n2", "name": "Trial activation", "kind": "driver"},
      {"id": "n3", "name": "Time to first value", "kind": "driver"}
    ],
    "links": [
      {"id": "l1", "from": "n2", "to": "n1"},
      {"id": "l2", "from": "n3", "to": "n2"}
    ]
  },
  "objectives": [
    {"id": "o1", "title": "Make activation effortless", "theme": "t1", "keyResults": [
      {"id": "kr1", "title": "Activation 18% to 45%", "baseline": 18, "target": 45,
       "driver": "n2", "checkins": [{"date": "2026-04-03", "value": 19, "confidence": 7}]}
    ]},
    {"id": "o2", "title": "Grow expansion", "parent": "o1", "keyResults": [
      {"id": "kr2", "title": "Expand 12 accounts", "baseline": 3, "target": 12}
    ]}
  ],
  "initiatives": [{"id": "i1", "title": "Rebuild onboarding", "keyResults": ["kr1"]}],
  "adjustments": [{"id": "a1", "date": "2026-05-13", "targetKind": "keyResult",
                   "targetId": "kr1", "action": "persist"}],
  "rules": {"profile": "startup", "overrides": {}}
})";

// "line L, column C" of byte `offset`, counted the way an editor does (ASCII text here).
std::string where(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

json base() { return json::parse(kBase); }

okr::LoadResult load(const json& doc) { return okr::loadPlan(doc.dump()); }

// The first error, for tests that expect exactly one kind of failure.
okr::Problem firstError(const okr::LoadResult& r) {
    REQUIRE_FALSE(r.ok());
    for (const auto& p : r.problems)
        if (!p.warning) return p;
    FAIL("no error reported");
    return {};
}

okr::Problem rejectWith(json doc, const std::string& pointer, json value) {
    doc[json::json_pointer(pointer)] = std::move(value);
    return firstError(load(doc));
}

}  // namespace

TEST_CASE("the base fixture of these tests is a valid plan") {
    const auto r = load(base());
    CHECK(r.ok());
    CHECK(r.problems.empty());
}

TEST_CASE("every example plan round-trips byte for byte and is already canonical") {
    const std::filesystem::path dir = sourcePath("assets/examples");
    int examples = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        ++examples;
        CAPTURE(entry.path().string());
        const std::string text = readFile(entry.path());
        const auto r = okr::loadPlan(text);
        REQUIRE(r.ok());
        CHECK(r.problems.empty());
        const std::string saved = okr::savePlan(*r.plan);
        CHECK(saved == text);  // load(example) == canonical
        const auto again = okr::loadPlan(saved);
        REQUIRE(again.ok());
        CHECK(okr::savePlan(*again.plan) == saved);
    }
    CHECK(examples >= 1);
    CHECK(okr::templates().size() == static_cast<std::size_t>(examples));
}

TEST_CASE("the TalentSync example carries S4's plan") {
    const auto r = okr::loadPlan(readExample("talentsync.json"));
    REQUIRE(r.ok());
    const okr::Plan& p = *r.plan;
    CHECK(p.meta.level == okr::Level::Company);
    CHECK(p.meta.start->str() == "2026-04-01");
    CHECK(p.meta.end->str() == "2026-06-30");
    CHECK(p.rules.profile == okr::Profile::Startup);
    CHECK(p.strategy.themes.size() == 3);
    REQUIRE(p.objectives.size() == 3);
    for (const auto& o : p.objectives) {
        CHECK(o.keyResults.size() == 3);
        CHECK_FALSE(o.owner.empty());
        for (const auto& kr : o.keyResults) {
            CHECK(okr::findNode(p, kr.driver) != nullptr);
            CHECK_FALSE(kr.owner.empty());
        }
    }
    const okr::Node* nsm = okr::findNode(p, okr::NodeId("n1"));
    REQUIRE(nsm != nullptr);
    CHECK(nsm->kind == okr::NodeKind::Nsm);
    CHECK(nsm->name == "Active teams that ran at least one automated sequence in the last 30 days");

    const okr::KeyResult* kr1 = okr::findKeyResult(p, okr::KeyResultId("kr1"));
    REQUIRE(kr1 != nullptr);
    CHECK(*kr1->baseline == 18);
    CHECK(*kr1->target == 45);
    CHECK(kr1->unit == "%");
    CHECK(kr1->owner == "Head of Product");
    const okr::KeyResult* kr2 = okr::findKeyResult(p, okr::KeyResultId("kr2"));
    REQUIRE(kr2 != nullptr);
    CHECK(kr2->direction == okr::Direction::Decrease);
    CHECK(*kr2->baseline == 12);
    CHECK(*kr2->target == 4);
    CHECK(kr2->unit == "days");
    const okr::KeyResult* kr5 = okr::findKeyResult(p, okr::KeyResultId("kr5"));
    REQUIRE(kr5 != nullptr);
    CHECK(kr5->direction == okr::Direction::Decrease);
    CHECK(*kr5->baseline == 1100);
    CHECK(*kr5->target == 800);
    CHECK(kr5->unit == "$");
    const okr::KeyResult* kr9 = okr::findKeyResult(p, okr::KeyResultId("kr9"));
    REQUIRE(kr9 != nullptr);
    CHECK(*kr9->baseline == 3.5);
    CHECK(*kr9->target == 2);
    CHECK(kr9->owner == "CS Lead");
}

TEST_CASE("saving writes the canonical layout") {
    okr::Plan plan;
    plan.meta.title = "Q2";
    plan.meta.start = okr::Date{2026, 4, 1};
    okr::Node n;
    n.id = okr::NodeId("n1");
    n.name = "Active teams";
    n.kind = okr::NodeKind::Nsm;
    n.kpi.baseline = 18.0;  // whole numbers are written without a fraction
    n.value = 0.25;
    plan.tree.nodes.push_back(n);
    okr::Objective o;
    o.id = okr::ObjectiveId("o1");
    o.title = "Activation";
    plan.objectives.push_back(o);

    const std::string expected = R"({
  "format": "okr-plan",
  "version": 1,
  "plan": {
    "title": "Q2",
    "level": "company",
    "start": "2026-04-01"
  },
  "strategy": {
    "themes": []
  },
  "economics": {},
  "tree": {
    "nodes": [
      {
        "id": "n1",
        "name": "Active teams",
        "kind": "nsm",
        "stage": "none",
        "baseline": 18,
        "cadence": "unset",
        "value": 0.25,
        "comparison": "at-most",
        "monitorOnly": false,
        "x": 0,
        "y": 0
      }
    ],
    "links": []
  },
  "objectives": [
    {
      "id": "o1",
      "title": "Activation",
      "level": "company",
      "style": "committed",
      "keyResults": []
    }
  ],
  "initiatives": [],
  "adjustments": [],
  "rules": {
    "profile": "startup",
    "overrides": {}
  }
}
)";
    CHECK(okr::savePlan(plan) == expected);
    const auto r = okr::loadPlan(expected);
    REQUIRE(r.ok());
    CHECK(okr::savePlan(*r.plan) == expected);
}

TEST_CASE("unknown keys survive a load and save at every level, sorted after the known keys") {
    json doc = base();
    doc["zTop"] = {{"nested", {1, 2.5, "x"}}};
    doc["aTop"] = true;
    doc["plan"]["futureField"] = "kept";
    doc["strategy"]["horizon"] = 3;
    doc["strategy"]["themes"][0]["color"] = "#ff0000";
    doc["economics"]["margin"] = 0.7;
    doc["tree"]["layout"] = "radial";
    doc["tree"]["nodes"][0]["formula"] = "a*b";
    doc["tree"]["links"][0]["weight"] = 0.5;
    doc["objectives"][0]["emoji"] = "🚀";
    doc["objectives"][0]["keyResults"][0]["jira"] = {{"key", "OKR-1"}};
    doc["objectives"][0]["keyResults"][0]["checkins"][0]["mood"] = nullptr;
    doc["initiatives"][0]["budget"] = 1000;
    doc["adjustments"][0]["approvedBy"] = "Founder";
    doc["rules"]["experimental"] = json::array();

    const auto r = load(doc);
    REQUIRE(r.ok());
    const okr::Plan& p = *r.plan;
    CHECK(okr::keptJson(p.extra)["zTop"]["nested"][1] == 2.5);
    CHECK(okr::keptJson(p.meta.extra)["futureField"] == "kept");
    CHECK(okr::keptJson(p.tree.extra)["layout"] == "radial");
    CHECK(p.objectives[0].keyResults[0].checkins[0].extra.contains("mood"));

    const std::string saved = okr::savePlan(p);
    const json back = json::parse(saved);
    for (const char* pointer :
         {"/zTop/nested/2", "/aTop", "/plan/futureField", "/strategy/horizon",
          "/strategy/themes/0/color", "/economics/margin", "/tree/layout", "/tree/nodes/0/formula",
          "/tree/links/0/weight", "/objectives/0/emoji", "/objectives/0/keyResults/0/jira/key",
          "/objectives/0/keyResults/0/checkins/0/mood", "/initiatives/0/budget",
          "/adjustments/0/approvedBy", "/rules/experimental"}) {
        CAPTURE(pointer);
        const json::json_pointer ptr(pointer);
        CHECK(back.contains(ptr));
        CHECK(back[ptr] == doc[ptr]);
    }
    // Unknown top-level keys follow the known ones, in sorted order.
    const auto rulesAt = saved.find("\n  \"rules\"");
    const auto aTopAt = saved.find("\n  \"aTop\"");
    const auto zTopAt = saved.find("\n  \"zTop\"");
    CHECK(rulesAt < aTopAt);
    CHECK(aTopAt < zTopAt);
    // And the bytes are stable from then on.
    const auto again = okr::loadPlan(saved);
    REQUIRE(again.ok());
    CHECK(okr::savePlan(*again.plan) == saved);
}

TEST_CASE("a kept number is written back as it was read") {
    json doc = base();
    const std::string text =
        std::string(kBase).replace(std::string(kBase).find("\"format\""), 0, "\"ratio\": 2.0,\n");
    const auto r = okr::loadPlan(text);
    REQUIRE(r.ok());
    CHECK(okr::savePlan(*r.plan).find("\"ratio\": 2.0") != std::string::npos);
}

TEST_CASE("null means the same as leaving the key out") {
    json doc = base();
    doc["objectives"][0]["keyResults"][0]["target"] = nullptr;
    doc["objectives"][0]["owner"] = nullptr;
    doc["tree"]["nodes"][0]["kind"] = nullptr;
    const auto r = load(doc);
    REQUIRE(r.ok());
    CHECK_FALSE(r.plan->objectives[0].keyResults[0].target.has_value());
    CHECK(r.plan->objectives[0].owner.empty());
    CHECK(r.plan->tree.nodes[0].kind == okr::NodeKind::Driver);
}

TEST_CASE("fractions, escapes and non-ASCII text round-trip exactly") {
    okr::Plan plan;
    plan.meta.title = "Quotes \" backslash \\ tab\t newline\n bell\x07 — 日本 🚀";
    okr::Node n;
    n.id = okr::NodeId("n1");
    n.value = 0.1;
    n.kpi.baseline = 1.0 / 3.0;
    n.kpi.sigma = 1e-7;
    n.position = {-12.5, 1e14};
    plan.tree.nodes.push_back(n);
    const std::string saved = okr::savePlan(plan);
    const auto r = okr::loadPlan(saved);
    REQUIRE(r.ok());
    CHECK(r.plan->meta.title == plan.meta.title);
    const okr::Node& m = r.plan->tree.nodes[0];
    CHECK(*m.value == 0.1);
    CHECK(*m.kpi.baseline == 1.0 / 3.0);
    CHECK(*m.kpi.sigma == 1e-7);
    CHECK(m.position.x == -12.5);
    CHECK(m.position.y == 1e14);
    CHECK(okr::savePlan(*r.plan) == saved);
}

TEST_CASE("saving never writes a file that cannot be loaded again") {
    okr::Plan plan;
    plan.meta.title = std::string("bad \xFF byte and a cut \xE2\x82");
    plan.strategy.vision = std::string(12000, 'v');
    okr::Node n;
    n.id = okr::NodeId("n1");
    n.value = std::nan("");
    n.kpi.baseline = 1e300;
    n.position = {INFINITY, 5};
    plan.tree.nodes.push_back(n);
    const std::string saved = okr::savePlan(plan);
    const auto r = okr::loadPlan(saved);
    REQUIRE(r.ok());
    CHECK(r.plan->meta.title == "bad \xEF\xBF\xBD byte and a cut \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(r.plan->strategy.vision.size() == 10000);
    CHECK_FALSE(r.plan->tree.nodes[0].value.has_value());
    CHECK(*r.plan->tree.nodes[0].kpi.baseline == 1e15);
    CHECK(r.plan->tree.nodes[0].position.x == 0);
}

// ---- rejections: one test each, asserting the path and the sentence

TEST_CASE("reject: not JSON, with line and column") {
    const auto r = okr::loadPlan("{\n  \"format\": \"okr-plan\",\n  \"version\": 1,,\n}");
    const auto p = firstError(r);
    CHECK(p.path == "");
    CHECK(p.message ==
          "the file is not valid JSON at line 3, column 16: expected a key in double quotes, "
          "found ','");
}

TEST_CASE("the bytes decide: a UTF-8 byte-order mark is read, UTF-16, bad UTF-8 and NUL are not") {
    const std::string text = kBase;
    CHECK(okr::loadPlan("\xEF\xBB\xBF" + text).ok());
    // UTF-16, with or without its byte-order mark, little or big end first.
    std::string le = "\xFF\xFE", be = "\xFE\xFF", bare;
    for (const char c : text) {
        le += c;
        le += '\0';
        be += '\0';
        be += c;
        bare += '\0';
        bare += c;
    }
    for (const std::string& utf16 : {le, be, bare}) {
        const auto p = firstError(okr::loadPlan(utf16));
        CHECK(p.message.find("the file is UTF-16 text") == 0);
    }
    // A stray byte that is not UTF-8, and a NUL after the plan: refused, not repaired.
    std::string bad = text;
    bad.insert(bad.find("okr-plan"), "\xFF");
    CHECK_FALSE(okr::loadPlan(bad).ok());
    CHECK_FALSE(okr::loadPlan(text + std::string("\0junk", 5)).ok());
}

TEST_CASE("reject: truncated file") {
    const std::string text = kBase;
    const auto p = firstError(okr::loadPlan(text.substr(0, 40)));
    CHECK(p.message.find("the file is not valid JSON at line 3, column") == 0);
    CHECK(p.message.find("found the end of the file") != std::string::npos);
}

TEST_CASE("reject: wrong format") {
    const auto p = rejectWith(base(), "/format", "kanban-board");
    CHECK(p.path == "/format");
    CHECK(p.message ==
          "this is not an OKR plan file: expected \"okr-plan\", found the text \"kanban-board\"");
}

TEST_CASE("reject: a version newer than this app knows") {
    const auto p = rejectWith(base(), "/version", 3);
    CHECK(p.path == "/version");
    CHECK(p.message == "this file needs version 3 of the format; this app reads up to 1");
}

TEST_CASE("reject: wrong type, with the path and the expected type") {
    const auto p = rejectWith(base(), "/objectives/1/keyResults/0/target", "12 accounts");
    CHECK(p.path == "/objectives/1/keyResults/0/target");
    CHECK(p.message == "expected a number, found the text \"12 accounts\"");
}

TEST_CASE("reject: an enum value the format does not know") {
    const auto p = rejectWith(base(), "/tree/links/0/relation", "divide");
    CHECK(p.path == "/tree/links/0/relation");
    CHECK(p.message ==
          "expected one of \"add\", \"multiply\", \"ratio-numerator\", \"ratio-denominator\" or "
          "\"influence\", found the text \"divide\"");
}

TEST_CASE("reject: NaN and Infinity") {
    std::string text = kBase;
    const std::size_t at = text.find("\"target\": 45") + 10;
    text.replace(at, 2, "NaN");
    auto p = firstError(okr::loadPlan(text));
    CHECK(p.path == "");
    CHECK(p.message == "the file is not valid JSON at " + where(text, at) +
                           ": NaN and Infinity are not JSON numbers; write a number or leave "
                           "the value out");

    text = kBase;
    text.replace(text.find("\"baseline\": 3"), 13, "\"baseline\": -Infinity");
    p = firstError(okr::loadPlan(text));
    CHECK(p.message.find("NaN and Infinity are not JSON numbers") != std::string::npos);
}

TEST_CASE("reject: numbers too large to store") {
    std::string text = kBase;
    const std::size_t at = text.find("\"target\": 45") + 10;
    text.replace(at, 2, "1e400");
    auto p = firstError(okr::loadPlan(text));
    CHECK(p.message == "the number 1e400 at " + where(text, at) +
                           " is too large to store; plan numbers must lie between -1e15 and 1e15");

    p = rejectWith(base(), "/objectives/0/keyResults/0/baseline", 2e15);
    CHECK(p.path == "/objectives/0/keyResults/0/baseline");
    CHECK(p.message.find("is too large") != std::string::npos);
}

TEST_CASE("reject: duplicate IDs name both places") {
    json doc = base();
    doc["objectives"][1]["keyResults"][0]["id"] = "kr1";
    const auto p = firstError(load(doc));
    CHECK(p.path == "/objectives/1/keyResults/0/id");
    CHECK(p.message ==
          "the ID \"kr1\" is already used by /objectives/0/keyResults/0; key result IDs must be "
          "unique");
}

TEST_CASE("reject: a key written twice in one object (JSON would silently keep the last)") {
    const auto p = firstError(okr::loadPlan(R"({"format": "okr-plan", "version": 1,
      "objectives": [{"id": "o1"}, {"id": "o2", "keyResults": [{"id": "kr1"},
        {"id": "kr2", "target": 10, "title": "x", "target": 12}]}]})"));
    CHECK(p.path == "/objectives/1/keyResults/1/target");
    CHECK(p.message == "the key \"target\" appears twice in this object; keep one of them");
    // The same key in sibling objects is fine.
    CHECK(okr::loadPlan(R"({"format": "okr-plan", "version": 1, "x": [{"a": 1}, {"a": 2}]})").ok());
}

TEST_CASE("reject: a key result pointing at a missing driver") {
    const auto p = rejectWith(base(), "/objectives/0/keyResults/0/driver", "n99");
    CHECK(p.path == "/objectives/0/keyResults/0/driver");
    CHECK(p.message == "no tree node has the ID \"n99\"");
}

TEST_CASE("reject: a key result contributing to a missing key result") {
    const auto p = rejectWith(base(), "/objectives/1/keyResults/0/contributesTo", "kr42");
    CHECK(p.path == "/objectives/1/keyResults/0/contributesTo");
    CHECK(p.message == "no key result has the ID \"kr42\"");
}

TEST_CASE("reject: an objective supporting a missing objective or theme") {
    auto p = rejectWith(base(), "/objectives/1/parent", "o9");
    CHECK(p.path == "/objectives/1/parent");
    CHECK(p.message == "no objective has the ID \"o9\"");
    p = rejectWith(base(), "/objectives/0/theme", "t9");
    CHECK(p.path == "/objectives/0/theme");
    CHECK(p.message == "no strategy theme has the ID \"t9\"");
}

TEST_CASE("reject: an initiative serving a missing key result") {
    const auto p = rejectWith(base(), "/initiatives/0/keyResults/0", "kr7");
    CHECK(p.path == "/initiatives/0/keyResults/0");
    CHECK(p.message == "no key result has the ID \"kr7\"");
}

TEST_CASE("reject: a link to a missing node") {
    const auto p = rejectWith(base(), "/tree/links/1/from", "n0");
    CHECK(p.path == "/tree/links/1/from");
    CHECK(p.message == "no tree node has the ID \"n0\"");
}

TEST_CASE("reject: an adjustment of a missing objective") {
    json doc = base();
    doc["adjustments"][0]["targetKind"] = "objective";
    const auto p = firstError(load(doc));  // "kr1" is a key result, not an objective
    CHECK(p.path == "/adjustments/0/targetId");
    CHECK(p.message == "no objective has the ID \"kr1\"");
}

TEST_CASE("reject: a cycle in the tree") {
    json doc = base();
    doc["tree"]["links"].push_back({{"id", "l3"}, {"from", "n1"}, {"to", "n3"}});
    const auto p = firstError(load(doc));
    CHECK(p.path == "/tree/links/0");  // the link that closes the loop found from n1
    CHECK(p.message == "this closes a loop: n1 → n3 → n2 → n1; a metric cannot drive itself");
}

TEST_CASE("reject: objectives supporting each other") {
    const auto p = rejectWith(base(), "/objectives/0/parent", "o2");
    CHECK(p.path == "/objectives/1/parent");
    CHECK(p.message == "this closes a loop: o1 → o2 → o1; an objective cannot support itself");
}

TEST_CASE("reject: text over 10,000 characters") {
    const auto p = rejectWith(base(), "/objectives/0/title", std::string(10001, 'x'));
    CHECK(p.path == "/objectives/0/title");
    CHECK(p.message == "this text is 10,001 characters long; the limit is 10,000 characters");
    // Characters, not bytes: 10,000 two-byte characters are fine.
    std::string accents;
    for (int i = 0; i < 10000; ++i) accents += "é";
    json doc = base();
    doc["objectives"][0]["title"] = accents;
    CHECK(load(doc).ok());
    // Kept (unknown) values obey the limit too.
    const auto q = rejectWith(base(), "/tree/nodes/0/comment", std::string(20000, 'y'));
    CHECK(q.path == "/tree/nodes/0/comment");
}

TEST_CASE("reject: more than 60,000 entities") {
    json doc = base();
    json& checkins = doc["objectives"][0]["keyResults"][0]["checkins"];
    for (int i = 0; i < 60000; ++i) checkins.push_back({{"date", "2026-04-10"}});
    const auto p = firstError(load(doc));
    CHECK(p.path == "");
    CHECK(p.message.find("the plan has more than 60,000 entities") == 0);
    CHECK(p.message.find("at most 60,000") != std::string::npos);
}

TEST_CASE("reject: nesting deeper than the format allows, with line and column") {
    std::string text = R"({"format": "okr-plan", "version": 1, "deep":
)" + std::string(65, '[') +
                       std::string(65, ']') + "}";
    const auto p = firstError(okr::loadPlan(text));
    CHECK(p.path == "");
    CHECK(p.message ==
          "the file nests objects or arrays more than 64 levels deep at line 2, column 64; a plan "
          "file never needs that many");
    // Brackets inside strings do not count.
    json doc = base();
    doc["plan"]["title"] = std::string(500, '[');
    CHECK(load(doc).ok());
}

TEST_CASE("reject: a date that is not a real YYYY-MM-DD day") {
    auto p = rejectWith(base(), "/plan/end", "2026-06-31");
    CHECK(p.path == "/plan/end");
    CHECK(p.message ==
          "expected a real calendar date written YYYY-MM-DD, found the text \"2026-06-31\"");
    p = rejectWith(base(), "/adjustments/0/date", 20260513);
    CHECK(p.path == "/adjustments/0/date");
    CHECK(p.message == "expected a date written YYYY-MM-DD, found the number 20260513");
}

TEST_CASE("reject: confidence outside 0..10") {
    auto p = rejectWith(base(), "/objectives/0/keyResults/0/checkins/0/confidence", 11);
    CHECK(p.path == "/objectives/0/keyResults/0/checkins/0/confidence");
    CHECK(p.message == "confidence is 11; it must be a whole number from 0 to 10");
    p = rejectWith(base(), "/objectives/0/keyResults/0/checkins/0/confidence", -1);
    CHECK(p.message == "confidence is -1; it must be a whole number from 0 to 10");
}

TEST_CASE("reject: an entity without an ID") {
    json doc = base();
    doc["tree"]["nodes"][2].erase("id");
    const auto p = firstError(load(doc));
    CHECK(p.path == "/tree/nodes/2");
    CHECK(p.message == "this tree node has no \"id\"; every tree node needs a unique ID");
}

TEST_CASE("every problem in a file is reported, not just the first") {
    json doc = base();
    doc["plan"]["level"] = "galaxy";
    doc["objectives"][0]["keyResults"][0]["target"] = "lots";
    doc["initiatives"][0]["title"] = 7;
    const auto r = load(doc);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 3);
    std::vector<std::string> paths;
    for (const auto& p : r.problems) paths.push_back(p.path);
    std::sort(paths.begin(), paths.end());
    CHECK(paths == std::vector<std::string>{"/initiatives/0/title",
                                            "/objectives/0/keyResults/0/target", "/plan/level"});
}

TEST_CASE("an unknown rule ID in overrides is a warning, the plan loads and keeps it") {
    json doc = base();
    doc["rules"]["overrides"] = {{"KR-STALE", "off"}, {"KR-TELEPATHY", "error"}};
    const auto r = load(doc);
    REQUIRE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].warning);
    CHECK(r.problems[0].path == "/rules/overrides/KR-TELEPATHY");
    CHECK(r.problems[0].message ==
          "no rule has the ID \"KR-TELEPATHY\"; the setting is kept but has no effect");
    CHECK(r.plan->rules.overrides.at("KR-STALE") == okr::Severity::Off);
    CHECK(okr::savePlan(*r.plan).find("\"KR-TELEPATHY\": \"error\"") != std::string::npos);
}

TEST_CASE("a plan's thresholds load, save, and are refused where they name nothing or overreach") {
    json doc = base();
    doc["rules"]["thresholds"] = {{"confidenceDrop", 3}, {"aggressiveChange", 0.3}};
    auto r = load(doc);
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    CHECK(r.plan->rules.thresholds.at("confidenceDrop") == 3);
    CHECK(okr::savePlan(*r.plan).find("\"thresholds\": {\n      \"aggressiveChange\": 0.3,") !=
          std::string::npos);
    // Not written when the plan sets none.
    CHECK(okr::savePlan(*load(base()).plan).find("thresholds") == std::string::npos);

    doc["rules"]["thresholds"] = {{"confidenceDrop", 2.5}, {"telepathy", 1}, {"krTotal", -4}};
    r = load(doc);
    CHECK_FALSE(r.ok());
    std::vector<std::string> said;
    for (const auto& p : r.problems) said.push_back(p.path + ": " + p.message);
    REQUIRE(said.size() == 3);
    CHECK(said[0].find("/rules/thresholds/confidenceDrop: confidenceDrop is 2.5; it must be") == 0);
    CHECK(said[1].find("/rules/thresholds/krTotal: krTotal is -4; it must be") == 0);
    CHECK(said[2].find("/rules/thresholds/telepathy: no threshold is called \"telepathy\"; the "
                       "thresholds are confidenceDrop, committedConfidence") == 0);
}

TEST_CASE("every rule ID of the rule catalog is known to the format") {
    for (
        const char* id :
        {"OBJ-TACTIC",       "OBJ-VAGUE",         "OBJ-METRIC",          "OBJ-OWNER",
         "OBJ-KR-COUNT",     "OBJ-STYLE-MIX",     "OBJ-UNTRACED",        "OBJ-ORPHAN",
         "THEME-GAP",        "KR-ACTIVITY",       "KR-VANITY",           "KR-NO-BASELINE",
         "KR-NO-TARGET",     "KR-NO-DEADLINE",    "KR-NO-OWNER",         "KR-NO-SOURCE",
         "KR-DIRECTION",     "KR-BLIND-SOURCE",   "KR-UNDEFINED-METRIC", "KR-AMBITION",
         "KR-CADENCE",       "KR-STALE",          "KR-CONFIDENCE-DROP",  "KR-GUARDRAIL-TRIPPED",
         "KR-CPA",           "KR-CONTRIBUTION",   "INIT-UNLINKED",       "SET-OBJ-COUNT",
         "SET-KR-TOTAL",     "SET-OWNER-LOAD",    "SET-NO-STRATEGY",     "SET-NO-NSM",
         "SET-NO-GUARDRAIL", "SET-CONFLICT",      "SET-TRIAD",           "TREE-ROOT",
         "TREE-CYCLE",       "TREE-DISCONNECTED", "TREE-KPI-INCOMPLETE", "TREE-GUARDRAIL-THRESHOLD",
         "TREE-UNCOVERED",   "TREE-FORMULA",      "TREE-NSM-OUTPUT"}) {
        CAPTURE(id);
        CHECK(okr::isKnownRuleId(id));
    }
    CHECK(okr::isKnownRuleId("KR-NO-BASELINE"));
    CHECK(okr::isKnownRuleId("TREE-NSM-OUTPUT"));
    CHECK_FALSE(okr::isKnownRuleId("kr-no-baseline"));
    CHECK_FALSE(okr::isKnownRuleId(""));
}

TEST_CASE("a flood of problems is cut to a readable list") {
    json doc = base();
    for (int i = 0; i < 300; ++i) doc["initiatives"].push_back({{"title", i}});
    const auto r = load(doc);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.size() == 101);
    CHECK(r.problems.back().message.find("more problems not shown") != std::string::npos);
}
