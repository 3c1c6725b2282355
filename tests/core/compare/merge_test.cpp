// Two drafts of a plan merged against the one both started from, as a facilitator merges a
// client's copy: changes from both sides applied, the same field changed twice a conflict that
// keeps ours, nothing lost, and the result intact. Checked on hand-made cases and on random edit
// sequences (merge(base, a, base) == a, merge(base, base, b) == b, disjoint edits commute).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "compare/merge.h"
#include "edit/commands.h"
#include "io/format.h"
#include "model/generate.h"
#include "model/validate.h"
#include "plan_fixtures.h"

using fixtures::checkin;
using fixtures::cleanPlan;

namespace {

const okr::KeyResult* krOf(const okr::Plan& p, const char* id) {
    return okr::findKeyResult(p, okr::KeyResultId(id));
}

// A random edit through the app's own commands (so every draft stays intact), on one of the
// objectives in `mine` (IDs; what it adds joins them) and their key results. `adds` lets it add
// entities too, `moves` move objectives and key results.
void randomEdit(okr::History& h, okr::Plan& p, std::mt19937& rng, std::vector<std::string>& mine,
                bool adds, bool moves) {
    std::vector<std::size_t> choices;
    for (std::size_t i = 0; i < p.objectives.size(); ++i)
        for (const std::string& id : mine)
            if (p.objectives[i].id.value == id) choices.push_back(i);
    if (choices.empty()) return;
    okr::Objective& o = p.objectives[choices[rng() % choices.size()]];
    const int op = static_cast<int>(rng() % (adds ? 8 : 6));
    const std::string word = "w" + std::to_string(rng() % 1000);
    if (op == 0) {
        okr::setObjectiveTitle(h, p, o.id, o.title + " " + word);
        return;
    }
    if (op == 1) {
        okr::setObjectiveOwner(h, p, o.id, "Owner " + word);
        return;
    }
    if (moves && rng() % 4 == 0) {
        if (rng() % 2 || o.keyResults.empty()) {
            okr::moveObjective(h, p, o.id, rng() % p.objectives.size());
        } else {
            const okr::ObjectiveId to = p.objectives[rng() % p.objectives.size()].id;
            okr::moveKeyResult(h, p, o.keyResults[rng() % o.keyResults.size()].id, to, rng() % 4);
        }
        return;
    }
    if (o.keyResults.empty()) return;
    const okr::KeyResultId k = o.keyResults[rng() % o.keyResults.size()].id;
    switch (op) {
        case 2:
            okr::setKeyResultTarget(h, p, k, static_cast<double>(rng() % 500));
            break;
        case 3:
            okr::setKeyResultTitle(h, p, k, "Raise " + word + " from 10 to 20");
            break;
        case 4:
            okr::addCheckin(h, p, k,
                            checkin(("2026-05-" + std::to_string(10 + rng() % 18)).c_str(),
                                    static_cast<int>(rng() % 11)));
            break;
        case 5:
            okr::deleteKeyResult(h, p, k);
            break;
        case 6:
            okr::addKeyResult(h, p, o.id, "Lift " + word + " from 3 to 9");
            break;
        default:
            if (rng() % 2)
                okr::deleteObjective(h, p, o.id);
            else
                mine.push_back(okr::addObjective(h, p, "Customers " + word + " with us").value);
            break;
    }
}

// `steps` random edits on the objectives from `first` to `last` (exclusive) of `base`.
okr::Plan edited(const okr::Plan& base, unsigned seed, std::size_t first, std::size_t last,
                 bool adds, int steps, bool moves = false) {
    okr::Plan p = base;
    okr::History h;
    std::mt19937 rng(seed);
    std::vector<std::string> mine;
    for (std::size_t i = first; i < last && i < base.objectives.size(); ++i)
        mine.push_back(base.objectives[i].id.value);
    for (int i = 0; i < steps; ++i) randomEdit(h, p, rng, mine, adds, moves);
    REQUIRE(okr::validatePlan(p).empty());
    return p;
}

}  // namespace

TEST_CASE("merge: changes from both drafts applied, the same field changed twice keeps ours") {
    const okr::Plan base = cleanPlan();
    okr::Plan ours = base, theirs = base;
    ours.objectives[0].title = "Win new workspaces in their first week";
    theirs.objectives[0].keyResults[0].target = 46;
    theirs.objectives[1].owner = "Mina Cho";
    ours.objectives[1].keyResults[0].target = 130;
    theirs.objectives[1].keyResults[0].target = 125;
    const okr::MergeResult m = okr::mergePlans(base, ours, theirs);
    CHECK(m.plan.objectives[0].title == "Win new workspaces in their first week");
    CHECK(krOf(m.plan, "kr1")->target == 46);
    CHECK(m.plan.objectives[1].owner == "Mina Cho");
    CHECK(krOf(m.plan, "kr4")->target == 130);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].id == "kr4");
    CHECK(m.conflicts[0].key == "target");
    CHECK(*m.conflicts[0].theirs.number() == 125);
    CHECK(m.conflicts[0].message ==
          "Target of the key result kr4 \"Average revenue per account from 112 dollars to 128 "
          "dollars\": 130 in ours, 125 in theirs (was 128); ours kept.");
    CHECK(okr::validatePlan(m.plan).empty());
    CHECK(okr::mergeText(m).find("1 conflict: ours was kept") != std::string::npos);
    // A section's conflict is named by the section alone.
    okr::Plan o2 = base, t2 = base;
    o2.strategy.vision = "Ours";
    t2.strategy.vision = "Theirs";
    const okr::MergeResult s = okr::mergePlans(base, o2, t2);
    REQUIRE(s.conflicts.size() == 1);
    CHECK(s.conflicts[0].message ==
          "Vision of the strategy: \"Ours\" in ours, \"Theirs\" in theirs (was \"Every small team "
          "runs its work in Acme.\"); ours kept.");
}

TEST_CASE("merge: removed on one side and changed on the other is kept, and said") {
    const okr::Plan base = cleanPlan();
    okr::Plan ours = base, theirs = base;
    ours.objectives[0].keyResults.erase(ours.objectives[0].keyResults.begin() + 2);  // kr3
    theirs.objectives[0].keyResults[2].target = 50;
    theirs.objectives[1].keyResults.erase(theirs.objectives[1].keyResults.begin() + 2);  // kr6
    const okr::MergeResult m = okr::mergePlans(base, ours, theirs);
    REQUIRE(krOf(m.plan, "kr3"));
    CHECK(krOf(m.plan, "kr3")->target == 50);
    CHECK_FALSE(krOf(m.plan, "kr6"));  // theirs removed it, ours left it alone
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].message.find("removed in ours and changed in theirs; theirs kept") !=
          std::string::npos);
}

TEST_CASE("merge: both drafts adding under one ID keeps both, references follow, check-ins join") {
    const okr::Plan base = cleanPlan();
    okr::Plan ours = base, theirs = base;
    okr::History h1, h2;
    const okr::ObjectiveId a = okr::addObjective(h1, ours, "Partners sell Acme without us");
    const okr::ObjectiveId b = okr::addObjective(h2, theirs, "Admins roll Acme out in a day");
    REQUIRE(a == b);
    const okr::KeyResultId k = okr::addKeyResult(h2, theirs, b, "Lift rollouts from 3 to 9");
    okr::addCheckin(h1, ours, okr::KeyResultId("kr1"), checkin("2026-04-20", 7));
    okr::addCheckin(h2, theirs, okr::KeyResultId("kr1"), checkin("2026-04-27", 6));
    const okr::MergeResult m = okr::mergePlans(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.plan.objectives.size() == 4);
    CHECK(m.plan.objectives[2].title == "Partners sell Acme without us");
    CHECK(m.plan.objectives[3].title == "Admins roll Acme out in a day");
    CHECK(m.plan.objectives[3].id.value == a.value + "-2");
    REQUIRE(m.plan.objectives[3].keyResults.size() == 1);
    CHECK(m.plan.objectives[3].keyResults[0].id == k);
    REQUIRE(m.notes.size() == 1);
    CHECK(m.notes[0] ==
          "Both drafts added an objective " + a.value + ": theirs is kept as " + a.value + "-2.");
    CHECK(krOf(m.plan, "kr1")->checkins.size() == 4);
    CHECK(okr::validatePlan(m.plan).empty());
}

TEST_CASE("merge: a reference to what the other draft removed is cleared, and said") {
    const okr::Plan base = cleanPlan();
    okr::Plan ours = base, theirs = base;
    okr::History h1, h2;
    REQUIRE(okr::deleteNode(h1, ours, okr::NodeId("n7")));  // kr6's driver, link l6
    REQUIRE(okr::setKeyResultDriver(h2, theirs, okr::KeyResultId("kr5"), okr::NodeId("n7")));
    const okr::MergeResult m = okr::mergePlans(base, ours, theirs);
    CHECK(krOf(m.plan, "kr5")->driver.empty());
    CHECK(okr::validatePlan(m.plan).empty());
    bool said = false;
    for (const okr::MergeConflict& c : m.conflicts)
        said = said || c.message ==
                           "The driver of the key result kr5 named n7, which the other "
                           "draft removed; cleared.";
    CHECK(said);
}

TEST_CASE(
    "merge on random edit sequences: one side's edits and moves come through whole, disjoint "
    "edits commute") {
    const okr::Plan base = okr::generatePlan(8, 3, 2, 12);
    REQUIRE(okr::validatePlan(base).empty());
    for (unsigned seed = 1; seed <= 60; ++seed) {
        CAPTURE(seed);
        const okr::Plan a = edited(base, seed, 0, 8, true, 12, true);
        const okr::MergeResult left = okr::mergePlans(base, a, base);
        CHECK(left.conflicts.empty());
        CHECK(okr::savePlan(left.plan) == okr::savePlan(a));
        const okr::MergeResult right = okr::mergePlans(base, base, a);
        CHECK(right.conflicts.empty());
        CHECK(okr::savePlan(right.plan) == okr::savePlan(a));

        // Edits to objectives 0–3 on one side and 4–7 on the other (adding only on one).
        const okr::Plan x = edited(base, seed * 7919u, 0, 4, true, 10);
        const okr::Plan y = edited(base, seed * 104729u, 4, 8, false, 10);
        const okr::MergeResult xy = okr::mergePlans(base, x, y);
        const okr::MergeResult yx = okr::mergePlans(base, y, x);
        CHECK(xy.conflicts.empty());
        CHECK(yx.conflicts.empty());
        CHECK(okr::validatePlan(xy.plan).empty());
        CHECK(okr::savePlan(xy.plan) == okr::savePlan(yx.plan));
    }
}
