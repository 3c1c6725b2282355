// Two drafts of a plan compared as a facilitator reads the change list: what was added, removed
// and changed field by field, key results moved, findings appeared and resolved; matched by ID so
// that reordering is no change.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "compare/diff.h"
#include "plan_fixtures.h"

using fixtures::checkin;
using fixtures::cleanPlan;

namespace {

const okr::EntityChange* changeOf(const okr::PlanDiff& d, okr::Entity kind, const std::string& id) {
    for (const okr::EntityChange& c : d.changes)
        if (c.entity == kind && c.id == id) return &c;
    return nullptr;
}

const okr::FieldChange* fieldOf(const okr::EntityChange& c, const std::string& key) {
    for (const okr::FieldChange& f : c.fields)
        if (f.key == key) return &f;
    return nullptr;
}

okr::DiffOptions noFindings() {
    okr::DiffOptions o;
    o.findings = false;
    return o;
}

}  // namespace

TEST_CASE("diff: the same plan, and the same plan reordered, have no differences") {
    const okr::Plan a = cleanPlan();
    CHECK(okr::diffPlans(a, a).empty());
    okr::Plan b = a;
    std::reverse(b.objectives.begin(), b.objectives.end());
    std::reverse(b.objectives[0].keyResults.begin(), b.objectives[0].keyResults.end());
    std::reverse(b.tree.nodes.begin(), b.tree.nodes.end());
    CHECK(okr::diffPlans(a, b).empty());
    CHECK(okr::diffText(okr::diffPlans(a, b)) == "No differences.\n");
}

TEST_CASE("diff: fields changed old → new, key results moved, entities added and removed") {
    const okr::Plan a = cleanPlan();
    okr::Plan b = a;
    b.objectives[0].title = "Win new workspaces in their first week";
    okr::KeyResult moved = b.objectives[0].keyResults.back();  // kr3
    b.objectives[0].keyResults.pop_back();
    moved.target = 50;
    b.objectives[1].keyResults.push_back(moved);
    b.objectives[1].keyResults.erase(b.objectives[1].keyResults.begin());  // kr4 removed
    b.initiatives[0].keyResults = {okr::KeyResultId("kr1")};
    okr::Objective added;
    added.id = okr::ObjectiveId("o3");
    added.title = "Partners sell Acme without our help";
    b.objectives.push_back(added);
    b.tree.nodes[0].position.x += 40;
    const okr::PlanDiff d = okr::diffPlans(a, b, noFindings());

    const okr::EntityChange* o1 = changeOf(d, okr::Entity::Objective, "o1");
    REQUIRE(o1);
    CHECK(o1->kind == okr::ChangeKind::Changed);
    REQUIRE(o1->fields.size() == 1);
    CHECK(*o1->fields[0].before.text() ==
          "Increase activation and early retention for new workspaces");
    CHECK(*o1->fields[0].after.text() == "Win new workspaces in their first week");

    const okr::EntityChange* kr3 = changeOf(d, okr::Entity::KeyResult, "kr3");
    REQUIRE(kr3);
    REQUIRE(fieldOf(*kr3, "objective"));
    CHECK(*fieldOf(*kr3, "objective")->before.text() == "o1");
    CHECK(*fieldOf(*kr3, "objective")->after.text() == "o2");
    REQUIRE(fieldOf(*kr3, "target"));
    CHECK(*fieldOf(*kr3, "target")->before.number() == 48);
    CHECK(*fieldOf(*kr3, "target")->after.number() == 50);

    const okr::EntityChange* kr4 = changeOf(d, okr::Entity::KeyResult, "kr4");
    REQUIRE(kr4);
    CHECK(kr4->kind == okr::ChangeKind::Removed);
    CHECK(kr4->where == "o2");
    const okr::EntityChange* o3 = changeOf(d, okr::Entity::Objective, "o3");
    REQUIRE(o3);
    CHECK(o3->kind == okr::ChangeKind::Added);
    const okr::EntityChange* i1 = changeOf(d, okr::Entity::Initiative, "i1");
    REQUIRE(i1);
    REQUIRE(fieldOf(*i1, "keyResults"));
    CHECK(*fieldOf(*i1, "keyResults")->before.text() == "kr1, kr2");
    const okr::EntityChange* n1 = changeOf(d, okr::Entity::Node, "n1");
    REQUIRE(n1);
    REQUIRE(fieldOf(*n1, "position"));

    const std::string text = okr::diffText(d);
    CHECK(text.find("Objectives\n  ~ o1 \"Win new workspaces in their first week\"\n"
                    "      Title: \"Increase activation and early retention for new workspaces\" → "
                    "\"Win new workspaces in their first week\"") != std::string::npos);
    CHECK(text.find("  + o3 \"Partners sell Acme without our help\"") != std::string::npos);
    CHECK(text.find("      Objective: \"o1\" → \"o2\"\n      Target: 48 → 50") !=
          std::string::npos);
    CHECK(
        text.find("  - kr4 \"Average revenue per account from 112 dollars to 128 dollars\" (o2)") !=
        std::string::npos);
    CHECK(text.find("      Position: (") != std::string::npos);
}

TEST_CASE("diff: check-ins by day, rule settings, kept unknown keys") {
    const okr::Plan a = cleanPlan();
    okr::Plan b = a;
    okr::KeyResult& k = b.objectives[0].keyResults[0];
    k.checkins.push_back(checkin("2026-04-20", 6));
    k.checkins[0].confidence = 5;
    b.rules.overrides["KR-STALE"] = okr::Severity::Off;
    b.rules.thresholds["confidenceDrop"] = 2;
    b.objectives[1].extra.set("color", "\"teal\"");
    const okr::PlanDiff d = okr::diffPlans(a, b, noFindings());
    int checkins = 0;
    for (const okr::EntityChange& c : d.changes)
        if (c.entity == okr::Entity::Checkin) {
            ++checkins;
            CHECK(c.id == "kr1");
            if (c.kind == okr::ChangeKind::Changed) {
                CHECK(c.label == "check-in of 2026-04-06");
                REQUIRE(fieldOf(c, "confidence"));
            } else {
                CHECK(c.kind == okr::ChangeKind::Added);
                CHECK(c.label == "check-in of 2026-04-20");
            }
        }
    CHECK(checkins == 2);
    const okr::EntityChange* rules = changeOf(d, okr::Entity::RuleSettings, "");
    REQUIRE(rules);
    REQUIRE(fieldOf(*rules, "overrides/KR-STALE"));
    CHECK(fieldOf(*rules, "overrides/KR-STALE")->before.absent());
    CHECK(*fieldOf(*rules, "overrides/KR-STALE")->after.text() == "off");
    REQUIRE(fieldOf(*rules, "thresholds/confidenceDrop"));
    const okr::EntityChange* o2 = changeOf(d, okr::Entity::Objective, "o2");
    REQUIRE(o2);
    REQUIRE(fieldOf(*o2, "extra"));
    CHECK(*fieldOf(*o2, "extra")->after.text() == "color: \"teal\"");
}

TEST_CASE("diff: findings that appeared and were resolved, matched by rule and entity") {
    okr::Plan a = cleanPlan();
    a.objectives[1].keyResults[0].title = "Publish 40 blog posts";
    okr::Plan b = cleanPlan();
    b.objectives[0].title = "Improve customer satisfaction";
    const okr::PlanDiff d = okr::diffPlans(a, b);
    bool vagueAppeared = false, resolvedOnKr4 = false;
    for (const okr::FindingChange& f : d.findings) {
        if (f.appeared && f.rule == "OBJ-VAGUE" && f.id == "o1") vagueAppeared = true;
        if (!f.appeared && f.id == "kr4") resolvedOnKr4 = true;
        CHECK_FALSE((f.appeared && f.id == "kr4"));
    }
    CHECK(vagueAppeared);
    CHECK(resolvedOnKr4);
    const std::string text = okr::diffText(d);
    CHECK(text.find("Findings\n") != std::string::npos);
    CHECK(text.find("(resolved)") != std::string::npos);
    // A title edited keeps its findings: the same rule on the same entity is no change.
    okr::Plan c = b;
    c.objectives[0].title = "Improve customer satisfaction a lot";
    for (const okr::FindingChange& f : okr::diffPlans(b, c).findings) CHECK(f.rule != "OBJ-VAGUE");
}
