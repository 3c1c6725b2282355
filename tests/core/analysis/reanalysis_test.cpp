// The re-analysis kept between edits (issue 22) against a fresh analysis: after every edit of
// random edit sequences — any field of any objective, key result, check-in, node, link, the
// plan's period and rules, objectives and key results added, moved and deleted, check-ins,
// links, shared key results, undo and redo, and the options the UI passes (the day, the draft
// being typed) — Reanalysis::run gives exactly what analyze gives: the same findings in the same
// order, word for word, and the same counts, drafts, scores and coverage.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "edit/commands.h"
#include "io/format.h"
#include "model/fields.h"
#include "model/generate.h"
#include "test_files.h"

namespace {

using okr::Entity;
using okr::EntityRef;
using okr::FieldType;
using okr::FieldValue;

// Titles and names that make the checks speak in different ways, and say nothing at times.
const char* const kTexts[] = {
    "",
    "Grow the business",
    "Publish 40 posts on LinkedIn",
    "Lift trial-to-paid conversion from 4% to 6% by Jun 30",
    "Reduce churn",
    "Hire 3 engineers",
    "Maria",
    "Growth team",
    "Maria and Tom",
    "signups",
    "%",
    "Be the leading platform for freelancers",
    "Keep p95 latency under 300 ms",
    "Launch the new pricing page",
    "Customers in Lisbon renew without a sales call",
    "Followers on Instagram: 12,000",
    "Nurses spend less time on paperwork",
};

struct Edits {
    std::mt19937 rng;
    okr::Plan plan;
    okr::History history;
    okr::AnalyzeOptions options;

    explicit Edits(okr::Plan p, unsigned seed) : rng(seed), plan(std::move(p)) {}

    std::size_t pick(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    }
    bool chance(int percent) { return static_cast<int>(pick(100)) < percent; }
    const char* text() { return kTexts[pick(std::size(kTexts))]; }
    okr::Date day() {
        return okr::Date{2026, static_cast<int>(3 + pick(5)), static_cast<int>(1 + pick(28))};
    }

    std::vector<const okr::KeyResult*> keyResults() const {
        std::vector<const okr::KeyResult*> all;
        for (const okr::Objective& o : plan.objectives)
            for (const okr::KeyResult& k : o.keyResults) all.push_back(&k);
        return all;
    }
    std::string someId(Entity kind) {
        std::vector<std::string> ids;
        if (kind == Entity::Objective)
            for (const okr::Objective& o : plan.objectives) ids.push_back(o.id.value);
        if (kind == Entity::KeyResult)
            for (const okr::KeyResult* k : keyResults()) ids.push_back(k->id.value);
        if (kind == Entity::Node)
            for (const okr::Node& n : plan.tree.nodes) ids.push_back(n.id.value);
        if (kind == Entity::Theme)
            for (const okr::Theme& t : plan.strategy.themes) ids.push_back(t.id.value);
        if (ids.empty() || chance(15)) return "";
        return ids[pick(ids.size())];
    }

    // A value of the field's kind: sometimes absent or out of its limits (the command refuses
    // it), mostly one the plan can hold.
    template <class T>
    FieldValue value(const okr::FieldInfo<T>& f) {
        switch (f.type) {
            case FieldType::Text:
                return FieldValue(std::string(text()));
            case FieldType::Ref:
                return FieldValue(someId(f.refersTo));
            case FieldType::Number:
            case FieldType::OptionalNumber: {
                if (f.type == FieldType::OptionalNumber && chance(20)) return FieldValue();
                const double values[] = {0, 1, 3.5, 12, 40, 100, 250, -2, 0.04};
                return FieldValue(values[pick(std::size(values))]);
            }
            case FieldType::WholeNumber:
                return chance(15) ? FieldValue() : FieldValue(static_cast<int>(pick(11)));
            case FieldType::Bool:
                return FieldValue(chance(50));
            case FieldType::Enum:
            case FieldType::OptionalEnum:
                if (f.type == FieldType::OptionalEnum && chance(20)) return FieldValue();
                if (!f.choices || f.choices->empty()) return FieldValue();
                return FieldValue(std::string((*f.choices)[pick(f.choices->size())]));
            case FieldType::Date:
            case FieldType::OptionalDate:
                if (f.type == FieldType::OptionalDate && chance(20)) return FieldValue();
                return FieldValue(day());
            default:
                return FieldValue();
        }
    }

    // Sets one random scalar field (not the ID) of the entity `ref` names.
    template <class T>
    void setSome(const EntityRef& ref) {
        const auto& fields = okr::entityInfo<T>().fields;
        const auto& f = fields[pick(fields.size())];
        if (!f.scalar() || f.type == FieldType::Id) return;
        okr::setField(history, plan, ref, f.key, value(f));
    }

    void step() {
        // (A command may replace the plan: pointers into it are read before the first one.)
        const std::vector<const okr::KeyResult*> krs = keyResults();
        const okr::KeyResult* kr = krs.empty() ? nullptr : krs[pick(krs.size())];
        std::vector<okr::KeyResultId> sharing;
        for (const okr::KeyResult* k : krs)
            if (!k->contributesTo.empty()) sharing.push_back(k->id);
        const okr::KeyResultId krId = kr ? kr->id : okr::KeyResultId{};
        switch (pick(16)) {
            case 0:
            case 1:
            case 2:  // typing: the most common edit by far
                if (kr) okr::setKeyResultTitle(history, plan, kr->id, text());
                break;
            case 3:
                if (!plan.objectives.empty())
                    okr::setObjectiveTitle(
                        history, plan, plan.objectives[pick(plan.objectives.size())].id, text());
                break;
            case 4:
                if (kr) setSome<okr::KeyResult>(okr::entityRef(kr->id));
                break;
            case 5:
                if (!plan.objectives.empty())
                    setSome<okr::Objective>(
                        okr::entityRef(plan.objectives[pick(plan.objectives.size())].id));
                break;
            case 6:
                if (kr && !kr->checkins.empty() && chance(50))
                    setSome<okr::Checkin>(okr::checkinRef(kr->id, pick(kr->checkins.size())));
                else if (kr) {
                    okr::Checkin c;
                    c.date = day();
                    c.value = static_cast<double>(pick(100));
                    c.confidence = static_cast<int>(pick(11));
                    okr::addCheckin(history, plan, kr->id, c);
                }
                break;
            case 7:
                if (!plan.tree.nodes.empty())
                    setSome<okr::Node>(
                        okr::entityRef(plan.tree.nodes[pick(plan.tree.nodes.size())].id));
                break;
            case 8:
                if (kr)
                    okr::setKeyResultDriver(history, plan, kr->id,
                                            okr::NodeId{someId(Entity::Node)});
                break;
            case 9: {
                const Entity sections[] = {Entity::PlanMeta, Entity::Economics};
                const Entity s = sections[pick(2)];
                if (s == Entity::PlanMeta)
                    setSome<okr::PlanMeta>(okr::entityRef(s));
                else
                    setSome<okr::Economics>(okr::entityRef(s));
                if (chance(30)) {
                    const okr::Profile profiles[] = {okr::Profile::Startup, okr::Profile::Agency,
                                                     okr::Profile::Teams};
                    okr::setProfile(history, plan, profiles[pick(3)]);
                }
                if (chance(30)) {
                    const char* rules[] = {"OBJ-VAGUE", "KR-ACTIVITY", "KR-NO-OWNER", "KR-STALE"};
                    const std::optional<okr::Severity> severities[] = {
                        std::nullopt, okr::Severity::Off, okr::Severity::Error};
                    okr::setRuleSeverity(history, plan, rules[pick(4)], severities[pick(3)]);
                }
                if (chance(20) && kr) {
                    okr::Adjustment adjustment;
                    adjustment.date = day();
                    adjustment.targetId = krId.value;
                    adjustment.action =
                        chance(50) ? okr::AdjustmentAction::Retire : okr::AdjustmentAction::Persist;
                    okr::addAdjustment(history, plan, adjustment);
                }
                break;
            }
            case 10:
                if (chance(50))
                    okr::addObjective(history, plan, text());
                else if (!plan.objectives.empty())
                    okr::addKeyResult(history, plan,
                                      plan.objectives[pick(plan.objectives.size())].id, text());
                break;
            case 11:
                if (kr && chance(50))
                    okr::deleteKeyResult(history, plan, kr->id);
                else if (plan.objectives.size() > 1)
                    okr::moveObjective(history, plan,
                                       plan.objectives[pick(plan.objectives.size())].id,
                                       pick(plan.objectives.size()));
                else if (!plan.objectives.empty())
                    okr::deleteObjective(history, plan, plan.objectives[0].id);
                break;
            case 12:  // a shared key result, and taking it back
                if (kr && chance(30))
                    okr::setKeyResultContributesTo(history, plan, kr->id,
                                                   okr::KeyResultId{someId(Entity::KeyResult)});
                else
                    for (const okr::KeyResultId& k : sharing)
                        okr::setKeyResultContributesTo(history, plan, k, {});
                break;
            case 13:
                if (chance(50))
                    history.undo(plan);
                else
                    history.redo(plan);
                break;
            case 14:  // the UI's options: the day looked from, the first title being typed
                if (chance(50))
                    options.today = chance(20) ? std::optional<okr::Date>() : day();
                else {
                    options.drafting.clear();
                    if (kr && chance(70)) options.drafting.push_back(kr->id.value);
                }
                break;
            default:
                if (plan.tree.nodes.size() > 1 && chance(60)) {
                    const auto& n = plan.tree.nodes;
                    okr::addLink(history, plan, n[pick(n.size())].id, n[pick(n.size())].id,
                                 okr::Relation::Influence);
                } else if (!plan.tree.links.empty()) {
                    okr::deleteLink(history, plan,
                                    plan.tree.links[pick(plan.tree.links.size())].id);
                }
                break;
        }
    }
};

// The first difference between two analyses, or "" when they are the same.
std::string difference(const okr::Analysis& a, const okr::Analysis& b) {
    if (a.violations.size() != b.violations.size())
        return "violations " + std::to_string(a.violations.size()) + " vs " +
               std::to_string(b.violations.size());
    for (std::size_t i = 0; i < a.violations.size(); ++i) {
        const okr::Violation& v = a.violations[i];
        const okr::Violation& w = b.violations[i];
        if (v.rule != w.rule || v.severity != w.severity || v.target.kind != w.target.kind ||
            v.target.id != w.target.id || v.target.path != w.target.path ||
            v.message != w.message || v.fix != w.fix || v.rewrite != w.rewrite ||
            v.action != w.action)
            return "violation " + std::to_string(i) + ": " + v.ruleId() + " " + v.message + " | " +
                   w.ruleId() + " " + w.message;
    }
    if (a.counts.errors != b.counts.errors || a.counts.warnings != b.counts.warnings ||
        a.counts.infos != b.counts.infos)
        return "counts";
    if (a.drafts != b.drafts) return "drafts";
    if (a.krScores.size() != b.krScores.size() || a.keyResults.size() != b.keyResults.size() ||
        a.objectiveScores.size() != b.objectiveScores.size() || a.nodes.size() != b.nodes.size())
        return "scores or coverage";
    for (std::size_t i = 0; i < a.krScores.size(); ++i)
        if (a.krScores[i].computed != b.krScores[i].computed) return "a key result's score";
    if (a.planScore != b.planScore) return "plan score";
    return "";
}

void run(okr::Plan plan, unsigned seed, int steps) {
    Edits edits(std::move(plan), seed);
    okr::Reanalysis again;
    std::size_t reused = 0;
    for (int s = 0; s < steps; ++s) {
        edits.step();
        const okr::Analysis& kept = again.run(edits.plan, edits.options);
        reused += again.reused();
        const okr::Analysis fresh = okr::analyze(edits.plan, edits.options);
        const std::string diff = difference(kept, fresh);
        CAPTURE(seed);
        CAPTURE(s);
        REQUIRE(diff == "");
    }
    // It did carry findings over: typing in one title leaves the other objectives' alone.
    CHECK(reused > 0);
}

}  // namespace

TEST_CASE("the re-analysis after each edit is exactly a fresh analysis") {
    for (unsigned seed = 1; seed <= 12; ++seed) run(okr::generatePlan(6, 3, 3, 12), seed, 300);
    const okr::LoadResult example = okr::loadPlan(readExample("talentsync.json"));
    REQUIRE(example.ok());
    for (unsigned seed = 100; seed <= 104; ++seed) run(*example.plan, seed, 300);
}

TEST_CASE("the re-analysis re-checks only the objective a keystroke changed") {
    okr::Plan plan = okr::generatePlan(10, 3, 2, 10);
    okr::Reanalysis again;
    again.run(plan);
    CHECK(again.reused() == 0);
    plan.objectives[4].keyResults[1].title = "Publish 40 posts on LinkedIn";
    const okr::Analysis& after = again.run(plan);
    CHECK(again.reused() == 9);
    CHECK(difference(after, okr::analyze(plan)) == "");
    // The day it is looked from changes what every objective's checks say: all re-checked.
    okr::AnalyzeOptions tomorrow;
    tomorrow.today = okr::Date{2026, 5, 2};
    again.run(plan, tomorrow);
    CHECK(again.reused() == 0);
}

TEST_CASE("the re-analysis compares every field of what it compares by hand") {
    // analysis.cpp compares these by hand (sameObjective, sameKeyResult, sameCheckin, sameNode,
    // sameLink), for speed. A field added to the file must be added there too: then change the
    // counts here.
    CHECK(okr::entityInfo<okr::Objective>().fields.size() == 10);
    CHECK(okr::entityInfo<okr::KeyResult>().fields.size() == 27);
    CHECK(okr::entityInfo<okr::Checkin>().fields.size() == 5);
    CHECK(okr::entityInfo<okr::Node>().fields.size() == 17);
    CHECK(okr::entityInfo<okr::Link>().fields.size() == 4);
}
