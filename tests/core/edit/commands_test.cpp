// Undo/redo and the edit commands (commands.h): labelled steps, empty stacks, groups, coalescing,
// depth, refusals that leave the plan untouched, cascading deletes, guards, IDs, and a randomized
// undo-all / redo-all round trip.
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "edit/commands.h"
#include "io/format.h"
#include "test_files.h"

namespace {

okr::Plan talentsync() {
    auto r = okr::loadPlan(readExample("talentsync.json"));
    REQUIRE(r.ok());
    return *r.plan;
}

using okr::KeyResultId;
using okr::NodeId;
using okr::ObjectiveId;

}  // namespace

TEST_CASE("undo and redo answer alike on empty stacks") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    CHECK_FALSE(h.canUndo());
    CHECK_FALSE(h.canRedo());
    CHECK(h.undoLabel().empty());
    CHECK(h.redoLabel().empty());
    CHECK_FALSE(h.undo(plan));
    CHECK_FALSE(h.redo(plan));
    CHECK(okr::savePlan(plan) == before);
    CHECK(h.bytes() == 0);
}

TEST_CASE("a command is one labelled step that undo and redo restore exactly") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    REQUIRE(okr::setKeyResultTarget(h, plan, KeyResultId("kr1"), 50.0));
    const std::string after = okr::savePlan(plan);
    CHECK(*okr::findKeyResult(plan, KeyResultId("kr1"))->target == 50);
    CHECK(h.undoLabel() == "Edit target");
    CHECK(h.redoLabel().empty());

    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
    CHECK(h.redoLabel() == "Edit target");
    CHECK(h.undoLabel().empty());

    REQUIRE(h.redo(plan));
    CHECK(okr::savePlan(plan) == after);
    CHECK_FALSE(h.redo(plan));
}

TEST_CASE("an edit that changes nothing records nothing") {
    okr::Plan plan = talentsync();
    okr::History h;
    CHECK_FALSE(okr::setKeyResultTarget(h, plan, KeyResultId("kr1"), 45.0));
    CHECK_FALSE(okr::setObjectiveTitle(h, plan, ObjectiveId("o2"), plan.objectives[1].title));
    CHECK_FALSE(okr::moveObjective(h, plan, ObjectiveId("o1"), 0));
    CHECK(h.undoCount() == 0);
    CHECK(h.lastError().empty());
}

TEST_CASE("an edit of something that does not exist is refused with a reason") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    CHECK_FALSE(okr::setKeyResultTarget(h, plan, KeyResultId("kr99"), 1.0));
    CHECK(h.lastError() == "no key result has the ID \"kr99\"");
    CHECK_FALSE(okr::deleteNode(h, plan, NodeId("n404")));
    CHECK(h.lastError() == "no tree node has the ID \"n404\"");
    CHECK(okr::addKeyResult(h, plan, ObjectiveId("o9"), "x").empty());
    CHECK(h.undoCount() == 0);
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("consecutive edits of one text field merge into one undo step") {
    okr::Plan plan = talentsync();
    const std::string original = plan.objectives[0].title;
    okr::History h;
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o1"), "Make"));
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o1"), "Make trials"));
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o1"), "Make trials effortless"));
    CHECK(h.undoCount() == 1);
    // Another field, or another objective, is a new step.
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o2"), "Outbound that pays"));
    REQUIRE(okr::setObjectiveOwner(h, plan, ObjectiveId("o2"), "Maya"));
    CHECK(h.undoCount() == 3);
    // breakCoalescing (focus left the field) starts a new step for the same field.
    h.breakCoalescing();
    REQUIRE(okr::setObjectiveOwner(h, plan, ObjectiveId("o2"), "Maya R."));
    CHECK(h.undoCount() == 4);

    REQUIRE(h.undo(plan));
    REQUIRE(h.undo(plan));
    REQUIRE(h.undo(plan));
    REQUIRE(h.undo(plan));
    CHECK(plan.objectives[0].title == original);
    // After an undo the same key does not merge into the step below.
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o1"), "A"));
    REQUIRE(okr::setObjectiveTitle(h, plan, ObjectiveId("o1"), "AB"));
    CHECK(h.undoCount() == 1);
    CHECK_FALSE(h.canRedo());
}

TEST_CASE("typing into a field, keystroke by keystroke, undoes and redoes exactly") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    const std::string typed = "Trial teams reach their first saved report within a day";
    std::string field;
    for (const char c : typed) {
        field += c;
        REQUIRE(okr::setKeyResultTitle(h, plan, KeyResultId("kr2"), field));
    }
    CHECK(h.undoCount() == 1);
    CHECK(okr::findKeyResult(plan, KeyResultId("kr2"))->title == typed);
    CHECK(h.isDirty());
    const std::string after = okr::savePlan(plan);

    // A text over the field's limit is refused as before, and the plan keeps what was typed.
    CHECK_FALSE(okr::setKeyResultTitle(h, plan, KeyResultId("kr2"), std::string(10001, 'x')));
    CHECK_FALSE(h.lastError().empty());
    CHECK(okr::savePlan(plan) == after);

    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
    REQUIRE(h.redo(plan));
    CHECK(okr::savePlan(plan) == after);
}

TEST_CASE("a figure typed digit by digit undoes and redoes exactly, and out of range is refused") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    const okr::EntityRef kr = okr::entityRef(KeyResultId("kr2"));
    for (const double digits : {7.0, 73.0, 731.0, 7319.0})
        REQUIRE(okr::setField(h, plan, kr, "target", okr::FieldValue(digits)));
    CHECK(h.undoCount() == 1);
    CHECK(okr::findKeyResult(plan, KeyResultId("kr2"))->target == 7319.0);
    const std::string after = okr::savePlan(plan);
    // Past the format's limits the edit is refused and the plan keeps what was typed.
    CHECK_FALSE(okr::setField(h, plan, kr, "target", okr::FieldValue(1e16)));
    CHECK_FALSE(h.lastError().empty());
    CHECK(okr::savePlan(plan) == after);
    // Cleared (an optional number left out) within the same burst.
    REQUIRE(okr::setField(h, plan, kr, "target", okr::FieldValue()));
    CHECK_FALSE(okr::findKeyResult(plan, KeyResultId("kr2"))->target);
    CHECK(h.undoCount() == 1);
    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("a group of edits (a drag, a paste) undoes as one step") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    h.beginGroup(plan, "Move 2 metrics");
    for (int frame = 1; frame <= 30; ++frame) {
        okr::moveNode(h, plan, NodeId("n2"), {-440.0 + frame, 180.0 + frame});
        okr::moveNode(h, plan, NodeId("n3"), {-440.0 + frame, 360.0 + frame});
    }
    CHECK(h.inGroup());
    h.endGroup();
    CHECK_FALSE(h.inGroup());
    CHECK(h.undoCount() == 1);
    CHECK(h.undoLabel() == "Move 2 metrics");
    const std::string after = okr::savePlan(plan);
    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
    REQUIRE(h.redo(plan));
    CHECK(okr::savePlan(plan) == after);

    // Nested groups count once; an empty group records nothing.
    h.beginGroup(plan, "Paste");
    h.beginGroup(plan, "inner");
    okr::addObjective(h, plan, "Pasted one");
    h.endGroup();
    okr::addObjective(h, plan, "Pasted two");
    h.endGroup();
    CHECK(h.undoCount() == 2);
    CHECK(h.undoLabel() == "Paste");
    h.beginGroup(plan, "Nothing");
    h.endGroup();
    CHECK(h.undoCount() == 2);
    // Undo inside an open group closes it first.
    const double x = okr::findNode(plan, NodeId("n1"))->position.x;
    h.beginGroup(plan, "Drag");
    okr::moveNode(h, plan, NodeId("n1"), {x + 5, 5});
    REQUIRE(h.undo(plan));
    CHECK_FALSE(h.inGroup());
    CHECK(okr::findNode(plan, NodeId("n1"))->position.x == x);
    CHECK(h.undoCount() == 2);
}

TEST_CASE("history keeps every step of an ordinary plan well past 200") {
    okr::Plan plan = talentsync();
    okr::History h;
    std::vector<std::string> states{okr::savePlan(plan)};
    for (int i = 1; i <= 300; ++i) {
        h.breakCoalescing();
        REQUIRE(okr::setKeyResultTarget(h, plan, KeyResultId("kr1"), 45.0 + i));
        states.push_back(okr::savePlan(plan));
    }
    CHECK(h.undoCount() == 300);
    CHECK(h.bytes() <= h.byteCap());
    int undone = 0;
    while (h.undo(plan)) ++undone;
    CHECK(undone == 300);
    CHECK(okr::savePlan(plan) == states[0]);
    int redone = 0;
    while (h.redo(plan)) ++redone;
    CHECK(redone == 300);
    CHECK(okr::savePlan(plan) == states[300]);
}

TEST_CASE("history is bounded by bytes: the oldest steps go, the newest undo exactly") {
    okr::Plan plan = talentsync();
    const std::size_t step = okr::memoryBytes(plan);
    CHECK(step > 10'000);  // the example holds its text, not just pointers
    okr::History h(step * 10);
    std::vector<std::string> states{okr::savePlan(plan)};
    for (int i = 1; i <= 40; ++i) {
        h.breakCoalescing();
        REQUIRE(okr::setKeyResultTarget(h, plan, KeyResultId("kr1"), 45.0 + i));
        states.push_back(okr::savePlan(plan));
        CHECK(h.bytes() <= h.byteCap());
    }
    const std::size_t kept = h.undoCount();
    CHECK(kept >= 8);
    CHECK(kept <= 10);
    for (std::size_t i = 0; i < kept; ++i) REQUIRE(h.undo(plan));
    CHECK_FALSE(h.undo(plan));
    CHECK(okr::savePlan(plan) == states[40 - kept]);
    CHECK(h.bytes() <= h.byteCap());
    while (h.redo(plan)) {
    }
    CHECK(okr::savePlan(plan) == states[40]);

    // A cap smaller than one plan still keeps the newest step.
    okr::History tiny(1);
    REQUIRE(okr::setKeyResultTarget(tiny, plan, KeyResultId("kr1"), 7.0));
    const std::string afterFirst = okr::savePlan(plan);
    REQUIRE(okr::setKeyResultTarget(tiny, plan, KeyResultId("kr2"), 7.0));
    CHECK(tiny.undoCount() == 1);
    REQUIRE(tiny.undo(plan));
    CHECK(okr::savePlan(plan) == afterFirst);
    CHECK_FALSE(tiny.undo(plan));
}

TEST_CASE("a new edit after undo discards the redo steps") {
    okr::Plan plan = talentsync();
    okr::History h;
    okr::setPlanTitle(h, plan, "One");
    h.breakCoalescing();
    okr::setPlanTitle(h, plan, "Two");
    h.undo(plan);
    CHECK(h.canRedo());
    okr::setProfile(h, plan, okr::Profile::Agency);
    CHECK_FALSE(h.canRedo());
    CHECK(h.redoLabel().empty());
}

TEST_CASE("the saved state is tracked through undo and redo") {
    okr::Plan plan = talentsync();
    okr::History h;
    CHECK_FALSE(h.isDirty());
    okr::setVision(h, plan, "New vision");
    CHECK(h.isDirty());
    h.markSaved();
    CHECK_FALSE(h.isDirty());
    h.undo(plan);
    CHECK(h.isDirty());
    h.redo(plan);
    CHECK_FALSE(h.isDirty());
}

TEST_CASE("new IDs are short, unique and continue the plan's numbering") {
    okr::Plan plan = talentsync();
    CHECK(okr::newId(plan, "o") == "o4");
    CHECK(okr::newId(plan, "kr") == "kr10");
    CHECK(okr::newId(plan, "n") == "n12");
    CHECK(okr::newId(plan, "l") == "l9");
    CHECK(okr::newId(plan, "x") == "x1");
    plan.objectives[0].id = ObjectiveId("o41");
    plan.tree.nodes[0].id = NodeId("o-special");  // not "o" + digits: ignored
    CHECK(okr::newId(plan, "o") == "o42");
    okr::History h;
    okr::Plan fresh = talentsync();
    const ObjectiveId a = okr::addObjective(h, fresh, "A");
    const ObjectiveId b = okr::addObjective(h, fresh, "B");
    CHECK(a.value == "o4");
    CHECK(b.value == "o5");
}

TEST_CASE("a refused link leaves the plan and the history untouched") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    CHECK(okr::addLink(h, plan, NodeId("n2"), NodeId("n3"), okr::Relation::Add).empty());
    CHECK(h.lastError().find("already drives") != std::string::npos);
    CHECK(h.lastError().find("loop") != std::string::npos);
    CHECK(h.undoCount() == 0);
    CHECK(okr::savePlan(plan) == before);
    // A guardrail watches a metric: it may link by influence, never as a term of a formula.
    CHECK(okr::addLink(h, plan, NodeId("n10"), NodeId("n1"), okr::Relation::Add).empty());
    CHECK_FALSE(h.lastError().empty());
    const okr::LinkId id =
        okr::addLink(h, plan, NodeId("n10"), NodeId("n1"), okr::Relation::Influence);
    CHECK(id.value == "l9");
    CHECK(h.lastError().empty());
    CHECK(h.undoLabel() == "Link metrics");
}

TEST_CASE("deleting a metric removes its links and the key results' references to it") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    REQUIRE(okr::deleteNode(h, plan, NodeId("n2")));
    CHECK(okr::findNode(plan, NodeId("n2")) == nullptr);
    for (const auto& l : plan.tree.links) {
        CHECK(l.from.value != "n2");
        CHECK(l.to.value != "n2");
    }
    CHECK(okr::findKeyResult(plan, KeyResultId("kr1"))->driver.empty());
    CHECK(okr::loadPlan(okr::savePlan(plan)).ok());
    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("deleting an objective removes what would dangle") {
    okr::Plan plan = talentsync();
    okr::History h;
    okr::setObjectiveParent(h, plan, ObjectiveId("o2"), ObjectiveId("o1"));
    okr::setKeyResultContributesTo(h, plan, KeyResultId("kr4"), KeyResultId("kr1"));
    const std::string before = okr::savePlan(plan);
    REQUIRE(okr::deleteObjective(h, plan, ObjectiveId("o1")));
    CHECK(plan.objectives.size() == 2);
    CHECK(okr::findObjective(plan, ObjectiveId("o2"))->parent.empty());
    CHECK(okr::findKeyResult(plan, KeyResultId("kr4"))->contributesTo.empty());
    CHECK(plan.initiatives[0].keyResults.empty());  // served kr1 and kr2 only
    CHECK(plan.adjustments.empty());                // it targeted o1
    CHECK(okr::loadPlan(okr::savePlan(plan)).ok());
    REQUIRE(h.undo(plan));
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("loops in the cascade and in shared key results are refused") {
    okr::Plan plan = talentsync();
    okr::History h;
    REQUIRE(okr::setObjectiveParent(h, plan, ObjectiveId("o2"), ObjectiveId("o1")));
    CHECK_FALSE(okr::setObjectiveParent(h, plan, ObjectiveId("o1"), ObjectiveId("o2")));
    CHECK(h.lastError() == "an objective cannot support itself, even through others");
    CHECK_FALSE(okr::setObjectiveParent(h, plan, ObjectiveId("o1"), ObjectiveId("o1")));
    REQUIRE(okr::setKeyResultContributesTo(h, plan, KeyResultId("kr2"), KeyResultId("kr1")));
    CHECK_FALSE(okr::setKeyResultContributesTo(h, plan, KeyResultId("kr1"), KeyResultId("kr2")));
    CHECK(h.lastError() == "a key result cannot contribute to itself, even through others");
}

TEST_CASE("values the file cannot hold are refused, and the plan is left as it was") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    CHECK_FALSE(okr::setKeyResultTarget(h, plan, KeyResultId("kr1"), std::nan("")));
    CHECK(h.lastError() == "this value is not a finite number; write a number or leave it out");
    CHECK_FALSE(okr::setKeyResultBaseline(h, plan, KeyResultId("kr1"), 1e20));
    CHECK_FALSE(okr::setObjectiveNotes(h, plan, ObjectiveId("o1"), std::string(10001, 'n')));
    CHECK(h.lastError() == "this text is 10,001 characters long; the limit is 10,000 characters");
    okr::Checkin bad;
    bad.date = okr::Date{2026, 4, 10};
    bad.confidence = 12;
    CHECK_FALSE(okr::addCheckin(h, plan, KeyResultId("kr1"), bad));
    CHECK(h.lastError() == "confidence is 12; it must be a whole number from 0 to 10");
    okr::Checkin undated;
    CHECK_FALSE(okr::addCheckin(h, plan, KeyResultId("kr1"), undated));
    CHECK(h.undoCount() == 0);
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("check-ins stay in date order") {
    okr::Plan plan = talentsync();
    okr::History h;
    okr::Checkin c;
    // The example checks in weekly from 2026-04-03 to 2026-06-26 (13 check-ins).
    c.date = okr::Date{2026, 4, 5};
    c.value = 21;
    c.confidence = 6;
    REQUIRE(okr::addCheckin(h, plan, KeyResultId("kr1"), c));
    const auto& cs = okr::findKeyResult(plan, KeyResultId("kr1"))->checkins;
    REQUIRE(cs.size() == 14);
    CHECK(cs[1].date.str() == "2026-04-05");
    c.date = okr::Date{2026, 6, 29};
    REQUIRE(okr::setCheckin(h, plan, KeyResultId("kr1"), 1, c));
    CHECK(cs.back().date.str() == "2026-06-29");
    REQUIRE(okr::deleteCheckin(h, plan, KeyResultId("kr1"), 13));
    CHECK(cs.size() == 13);
    CHECK_FALSE(okr::deleteCheckin(h, plan, KeyResultId("kr1"), 13));
    CHECK(h.lastError() == "key result \"kr1\" has no check-in number 14");
}

TEST_CASE("a key result moves within and between objectives") {
    okr::Plan plan = talentsync();
    okr::History h;
    REQUIRE(okr::moveKeyResult(h, plan, KeyResultId("kr3"), ObjectiveId("o1"), 0));
    CHECK(plan.objectives[0].keyResults[0].id.value == "kr3");
    REQUIRE(okr::moveKeyResult(h, plan, KeyResultId("kr3"), ObjectiveId("o2"), 99));
    CHECK(plan.objectives[0].keyResults.size() == 2);
    CHECK(plan.objectives[1].keyResults.back().id.value == "kr3");
    CHECK(h.undoLabel() == "Move key result");
}

TEST_CASE("a pasted objective gets fresh IDs and drops references that do not resolve") {
    okr::Plan source = talentsync();
    okr::Objective clip = source.objectives[0];
    clip.keyResults[1].contributesTo = KeyResultId("kr1");  // inside the clip: remapped
    okr::Plan plan = talentsync();
    plan.tree.nodes.erase(plan.tree.nodes.begin() + 2);  // n3 gone: kr2's driver cannot resolve
    plan.tree.links.erase(plan.tree.links.begin() + 1);
    plan.objectives[0].keyResults[1].driver = NodeId();
    okr::History h;
    const ObjectiveId id = okr::pasteObjective(h, plan, clip, 1);
    CHECK(id.value == "o4");
    const okr::Objective& pasted = plan.objectives[1];
    CHECK(pasted.id == id);
    CHECK(pasted.keyResults[0].id.value == "kr10");
    CHECK(pasted.keyResults[1].id.value == "kr11");
    CHECK(pasted.keyResults[1].contributesTo.value == "kr10");
    CHECK(pasted.keyResults[1].driver.empty());
    CHECK(pasted.keyResults[0].driver.value == "n2");
    CHECK(okr::loadPlan(okr::savePlan(plan)).ok());
}

TEST_CASE("rule settings and typed setters of every section are undoable") {
    okr::Plan plan = talentsync();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    CHECK(okr::setRuleSeverity(h, plan, "KR-STALE", okr::Severity::Off));
    CHECK(okr::setRuleSeverity(h, plan, "KR-STALE", std::nullopt));
    CHECK(okr::setRevenuePerSale(h, plan, 6000.0));
    CHECK(okr::setPlanPeriod(h, plan, okr::Date{2026, 7, 1}, okr::Date{2026, 9, 30}));
    CHECK(okr::setNodeThreshold(h, plan, NodeId("n11"), 94.0));
    CHECK(okr::setNodeMonitorOnly(h, plan, NodeId("n9"), true));
    CHECK(okr::setKeyResultStyle(h, plan, KeyResultId("kr1"), okr::Style::Committed));
    CHECK(okr::setKeyResultBand(h, plan, KeyResultId("kr9"), 1.5, 2.5));
    CHECK(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr1"), 0.8, "39% of 45%"));
    CHECK(okr::linkInitiative(h, plan, okr::InitiativeId("i1"), KeyResultId("kr3")));
    CHECK_FALSE(okr::linkInitiative(h, plan, okr::InitiativeId("i1"), KeyResultId("kr3")));
    CHECK(okr::unlinkInitiative(h, plan, okr::InitiativeId("i1"), KeyResultId("kr1")));
    okr::Adjustment a;
    a.date = okr::Date{2026, 5, 20};
    a.targetKind = okr::TargetKind::KeyResult;
    a.targetId = "kr5";
    a.action = okr::AdjustmentAction::Pivot;
    a.originalTarget = 800;
    a.newTarget = 900;
    CHECK(okr::addAdjustment(h, plan, a).value == "a2");
    const std::string after = okr::savePlan(plan);
    CHECK(okr::loadPlan(after).ok());
    while (h.undo(plan)) {
    }
    CHECK(okr::savePlan(plan) == before);
    while (h.redo(plan)) {
    }
    CHECK(okr::savePlan(plan) == after);
}

// ---- randomized: any sequence of commands undoes to the first byte and redoes to the last

namespace {

template <class T>
const T* pick(std::mt19937& rng, const std::vector<T>& items) {
    return items.empty() ? nullptr : &items[rng() % items.size()];
}

std::vector<KeyResultId> allKeyResults(const okr::Plan& plan) {
    std::vector<KeyResultId> out;
    for (const auto& o : plan.objectives)
        for (const auto& kr : o.keyResults) out.push_back(kr.id);
    return out;
}

// One random command; some target IDs that do not exist, to exercise refusals.
void randomCommand(std::mt19937& rng, okr::History& h, okr::Plan& plan) {
    auto krs = allKeyResults(plan);
    const KeyResultId kr = krs.empty() || rng() % 20 == 0 ? KeyResultId("kr999") : *pick(rng, krs);
    const okr::Objective* objPtr = pick(rng, plan.objectives);
    const ObjectiveId obj = objPtr ? objPtr->id : ObjectiveId("o999");
    const okr::Node* nodePtr = pick(rng, plan.tree.nodes);
    const NodeId node = nodePtr ? nodePtr->id : NodeId("n999");
    const okr::Node* otherPtr = pick(rng, plan.tree.nodes);
    const NodeId other = otherPtr ? otherPtr->id : NodeId("n998");
    const double value = static_cast<double>(rng() % 2000) / 8.0;
    const std::string text = "text " + std::to_string(rng() % 1000);

    switch (rng() % 34) {
        case 0:
            okr::setKeyResultTarget(h, plan, kr, value);
            break;
        case 1:
            okr::setKeyResultBaseline(h, plan, kr,
                                      rng() % 4 ? std::optional<double>(value) : std::nullopt);
            break;
        case 2:
            okr::setKeyResultTitle(h, plan, kr, text);
            break;
        case 3:
            okr::setObjectiveTitle(h, plan, obj, text);
            break;
        case 4:
            okr::setObjectiveOwner(h, plan, obj, text);
            break;
        case 5:
            okr::addObjective(h, plan, text);
            break;
        case 6:
            okr::deleteObjective(h, plan, obj);
            break;
        case 7:
            okr::moveObjective(h, plan, obj, rng() % 5);
            break;
        case 8:
            okr::addKeyResult(h, plan, obj, text);
            break;
        case 9:
            okr::deleteKeyResult(h, plan, kr);
            break;
        case 10:
            okr::moveKeyResult(h, plan, kr, obj, rng() % 4);
            break;
        case 11:
            okr::addNode(h, plan, okr::NodeKind::Driver, text, {value, value / 2});
            break;
        case 12:
            okr::deleteNode(h, plan, node);
            break;
        case 13:
            okr::moveNode(h, plan, node, {value, -value});
            break;
        case 14:
            okr::addLink(h, plan, node, other, okr::Relation::Influence);
            break;
        case 15:
            if (const okr::Link* l = pick(rng, plan.tree.links)) okr::deleteLink(h, plan, l->id);
            break;
        case 16: {
            okr::Checkin c;
            c.date = okr::Date::fromDays(okr::Date{2026, 4, 1}.toDays() + rng() % 90);
            c.value = value;
            c.confidence = static_cast<int>(rng() % 11);
            okr::addCheckin(h, plan, kr, c);
            break;
        }
        case 17:
            okr::deleteCheckin(h, plan, kr, rng() % 6);
            break;
        case 18:
            okr::addInitiative(h, plan, text);
            break;
        case 19:
            if (const okr::Initiative* i = pick(rng, plan.initiatives))
                okr::linkInitiative(h, plan, i->id, kr);
            break;
        case 20:
            if (const okr::Initiative* i = pick(rng, plan.initiatives))
                okr::deleteInitiative(h, plan, i->id);
            break;
        case 21:
            okr::setKeyResultDriver(h, plan, kr, rng() % 3 ? node : NodeId());
            break;
        case 22:
            okr::setObjectiveParent(h, plan, obj,
                                    rng() % 2 && objPtr ? plan.objectives[0].id : ObjectiveId());
            break;
        case 23:
            okr::setKeyResultContributesTo(h, plan, kr,
                                           krs.empty() ? KeyResultId() : *pick(rng, krs));
            break;
        case 24:
            okr::addTheme(h, plan, text);
            break;
        case 25:
            if (const okr::Theme* t = pick(rng, plan.strategy.themes))
                okr::deleteTheme(h, plan, t->id);
            break;
        case 26:
            if (const okr::Theme* t = pick(rng, plan.strategy.themes))
                okr::setObjectiveTheme(h, plan, obj, t->id);
            break;
        case 27:
            okr::setPlanTitle(h, plan, text);
            break;
        case 28:
            okr::setRuleSeverity(h, plan, "KR-STALE", okr::Severity::Info);
            break;
        case 29: {
            okr::Adjustment a;
            a.date = okr::Date{2026, 5, 1};
            a.targetKind = okr::TargetKind::KeyResult;
            a.targetId = kr.value;
            okr::addAdjustment(h, plan, a);
            break;
        }
        case 30:
            if (objPtr) okr::pasteObjective(h, plan, *objPtr, rng() % 4);
            break;
        case 31:
            okr::setNodeKind(h, plan, node, okr::NodeKind::Guardrail);
            break;
        case 32: {
            // A drag: one group of several moves.
            h.beginGroup(plan, "Drag");
            for (int f = 0; f < 5; ++f) okr::moveNode(h, plan, node, {value + f, value - f});
            h.endGroup();
            break;
        }
        default:
            if (const okr::Adjustment* a = pick(rng, plan.adjustments))
                okr::deleteAdjustment(h, plan, a->id);
            break;
    }
}

}  // namespace

TEST_CASE("random command sequences undo to the first byte and redo to the last") {
    for (unsigned seed = 1; seed <= 8; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        okr::Plan plan = talentsync();
        okr::History h;
        const std::string start = okr::savePlan(plan);
        for (int i = 0; i < 150; ++i) {
            randomCommand(rng, h, plan);
            if (i % 10 == 0) REQUIRE(okr::loadPlan(okr::savePlan(plan)).ok());
        }
        const std::string end = okr::savePlan(plan);
        REQUIRE(okr::loadPlan(end).ok());
        CHECK(h.undoCount() > 20);
        CHECK(end != start);

        while (h.undo(plan)) {
        }
        CHECK(okr::savePlan(plan) == start);
        CHECK_FALSE(h.undo(plan));
        while (h.redo(plan)) {
        }
        CHECK(okr::savePlan(plan) == end);
        CHECK_FALSE(h.redo(plan));
    }
}

TEST_CASE("add KR for a driver: metric, unit, baseline, owner, source and driver prefilled") {
    okr::Plan p = talentsync();
    okr::History h;
    const okr::Node& node = p.tree.nodes.back();
    const NodeId nodeId = node.id;
    const std::optional<double> expected = node.value ? node.value : node.kpi.baseline;
    const ObjectiveId o = p.objectives.front().id;
    const std::size_t krs = p.objectives.front().keyResults.size();
    const KeyResultId id = okr::addKeyResultForDriver(h, p, o, nodeId);
    REQUIRE_FALSE(id.empty());
    const okr::KeyResult* kr = okr::findKeyResult(p, id);
    REQUIRE(kr);
    const okr::Node* n = okr::findNode(p, nodeId);
    CHECK(p.objectives.front().keyResults.size() == krs + 1);
    CHECK(kr->metric == n->name);
    CHECK(kr->unit == n->kpi.unit);
    CHECK(kr->baseline == expected);
    CHECK(kr->owner == n->kpi.owner);
    CHECK(kr->source == n->kpi.source);
    CHECK(kr->driver == nodeId);
    CHECK(kr->kind == okr::KrKind::Metric);
    CHECK(h.undoLabel() == "Add KR for driver");
    CHECK(okr::addKeyResultForDriver(h, p, o, NodeId("nope")).empty());
    CHECK(h.lastError().find("nope") != std::string::npos);
    CHECK(okr::addKeyResultForDriver(h, p, ObjectiveId("nope"), nodeId).empty());
    h.undo(p);
    CHECK(p.objectives.front().keyResults.size() == krs);
}

TEST_CASE("a score override needs a reason and a score between 0 and 1") {
    okr::Plan plan = talentsync();
    okr::History h;
    const std::string before = okr::savePlan(plan);
    CHECK_FALSE(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr5"), 0.7, ""));
    CHECK(h.lastError().find("Write why") != std::string::npos);
    CHECK_FALSE(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr5"), 0.7, "  \n"));
    CHECK_FALSE(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr5"), 1.4, "Board call"));
    CHECK(h.lastError().find("between 0 and 1") != std::string::npos);
    CHECK(okr::savePlan(plan) == before);
    CHECK_FALSE(h.canUndo());
    CHECK(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr5"), 0.7, "$840 is close enough"));
    CHECK(okr::findKeyResult(plan, KeyResultId("kr5"))->scoreOverride.score == 0.7);
    CHECK(okr::setKeyResultScoreOverride(h, plan, KeyResultId("kr5"), std::nullopt, ""));
    CHECK_FALSE(okr::findKeyResult(plan, KeyResultId("kr5"))->scoreOverride.score);
}
