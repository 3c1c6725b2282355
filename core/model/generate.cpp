// The synthetic plan generator; see generate.h.
#include "model/generate.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace okr {

namespace {

// A small deterministic generator (64-bit LCG), so plans are identical across compilers.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint32_t next() {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state_ >> 33);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<unsigned>(n)); }
    double between(double lo, double hi) { return lo + (hi - lo) * (next() % 10001) / 10000.0; }

  private:
    std::uint64_t state_;
};

const char* const kOwners[] = {"Ana Lima",  "Ben Okafor",   "Chen Wei", "Dana Cohen",
                               "Eli Novak", "Fatima Idris", "Gus Berg", "Hana Sato"};
const char* const kMetrics[] = {"Trial activation rate", "Weekly active teams",
                                "Net revenue retention", "Qualified demos",
                                "Time to first value",   "Logo churn",
                                "Expansion revenue",     "Support tickets per account"};
const char* const kUnits[] = {"%", "teams", "%", "demos/month", "days", "%", "$", "tickets"};
const Stage kStages[] = {Stage::Acquisition, Stage::Activation, Stage::Engagement,
                         Stage::Monetization, Stage::Referral};

double round2(double v) {
    return static_cast<double>(static_cast<long long>(v * 100 + (v < 0 ? -0.5 : 0.5))) / 100;
}

}  // namespace

Plan generatePlan(int objectives, int krsPerObjective, int checkins, int nodes) {
    objectives = std::max(objectives, 0);
    krsPerObjective = std::max(krsPerObjective, 0);
    checkins = std::max(checkins, 0);
    nodes = std::max(nodes, 1);
    Random rnd(20260401);
    Plan plan;
    plan.meta.title = "Generated plan";
    plan.meta.client = "Example Co";
    plan.meta.level = Level::Company;
    plan.meta.start = Date{2026, 4, 1};
    plan.meta.end = Date{2026, 6, 30};
    plan.strategy.vision = "Every team we serve runs its work on data it trusts.";
    plan.strategy.statement = "Win activation first, then expansion; keep acquisition efficient.";
    for (int t = 1; t <= 3; ++t)
        plan.strategy.themes.push_back(
            {ThemeId("t" + std::to_string(t)), "Theme " + std::to_string(t), {}});
    plan.economics.currency = "USD";
    plan.economics.revenuePerSale = 6000;
    plan.economics.lifetimeValue = 18000;

    // Tree: n1 is the NSM; every tenth node is an unlinked guardrail; other drivers link to an
    // earlier driver (or the NSM), which keeps the tree acyclic.
    std::vector<int> depth(static_cast<std::size_t>(nodes) + 1, 0);
    std::vector<int> drivers;  // node numbers that may be parents
    for (int i = 1; i <= nodes; ++i) {
        Node n;
        n.id = NodeId("n" + std::to_string(i));
        const int m = rnd.below(8);
        n.name = std::string(kMetrics[m]) + " " + std::to_string(i);
        n.kind = i == 1 ? NodeKind::Nsm : (i % 10 == 0 ? NodeKind::Guardrail : NodeKind::Driver);
        n.stage = kStages[rnd.below(5)];
        n.kpi.owner = kOwners[rnd.below(8)];
        n.kpi.source = "Warehouse query #" + std::to_string(i);
        n.kpi.unit = kUnits[m];
        n.kpi.baseline = round2(rnd.between(5, 500));
        n.kpi.sigma = round2(rnd.between(0.5, 20));
        n.kpi.cadence = Cadence::Weekly;
        n.value = n.kpi.baseline;
        if (n.kind == NodeKind::Guardrail) {
            n.guardrail.threshold = round2(*n.kpi.baseline * 1.2);
            n.guardrail.comparison = Comparison::AtMost;
        }
        if (n.kind == NodeKind::Driver && i > 1) {
            const int parent = drivers.empty() ? 1
                                               : drivers[static_cast<std::size_t>(
                                                     rnd.below(static_cast<int>(drivers.size())))];
            depth[static_cast<std::size_t>(i)] = depth[static_cast<std::size_t>(parent)] + 1;
            Link l;
            l.id = LinkId("l" + std::to_string(plan.tree.links.size() + 1));
            l.from = n.id;
            l.to = NodeId("n" + std::to_string(parent));
            l.relation = rnd.below(3) == 0 ? Relation::Multiply : Relation::Influence;
            plan.tree.links.push_back(l);
        }
        if (n.kind != NodeKind::Guardrail) drivers.push_back(i);
        n.position = {static_cast<double>((i % 20) * 220),
                      depth[static_cast<std::size_t>(i)] * 160.0};
        plan.tree.nodes.push_back(std::move(n));
    }

    int krNumber = 0;
    const Date start = *plan.meta.start;
    for (int o = 1; o <= objectives; ++o) {
        Objective obj;
        obj.id = ObjectiveId("o" + std::to_string(o));
        obj.title = "Make objective " + std::to_string(o) + " matter to the customers we serve";
        obj.owner = kOwners[rnd.below(8)];
        obj.level = o <= 3 ? Level::Company : Level::Team;
        if (o > 3) obj.parent = ObjectiveId("o" + std::to_string(1 + rnd.below(3)));
        obj.theme = ThemeId("t" + std::to_string(1 + (o - 1) % 3));
        obj.style = rnd.below(3) == 0 ? Style::Aspirational : Style::Committed;
        for (int k = 0; k < krsPerObjective; ++k) {
            KeyResult kr;
            kr.id = KeyResultId("kr" + std::to_string(++krNumber));
            const int m = rnd.below(8);
            kr.metric = kMetrics[m];
            kr.unit = kUnits[m];
            const int kindRoll = rnd.below(10);
            kr.kind = kindRoll < 7    ? KrKind::Metric
                      : kindRoll == 7 ? KrKind::Maintain
                      : kindRoll == 8 ? KrKind::Milestone
                                      : KrKind::Baseline;
            kr.direction = rnd.below(4) == 0 ? Direction::Decrease : Direction::Increase;
            const double baseline = round2(rnd.between(10, 200));
            const double delta = round2(rnd.between(5, 60));
            kr.baseline = baseline;
            kr.target =
                kr.direction == Direction::Increase ? baseline + delta : baseline - delta / 4;
            if (kr.kind == KrKind::Maintain) {
                kr.bandLow = round2(baseline * 0.9);
                kr.bandHigh = round2(baseline * 1.1);
            }
            kr.title = (kr.direction == Direction::Increase ? "Increase " : "Reduce ") + kr.metric +
                       " from " + std::to_string(static_cast<int>(baseline)) + " " + kr.unit;
            kr.due = plan.meta.end;
            kr.owner = kOwners[rnd.below(8)];
            kr.source = "Dashboard " + std::to_string(rnd.below(40));
            kr.sourceVisible = rnd.below(10) != 0;
            kr.cadence = rnd.below(4) == 0 ? Cadence::Monthly : Cadence::Weekly;
            kr.driver = NodeId("n" + std::to_string(1 + rnd.below(nodes)));
            kr.signal = rnd.below(2) == 0 ? Signal::Leading : Signal::Lagging;
            double value = baseline;
            for (int c = 0; c < checkins; ++c) {
                Checkin ci;
                ci.date = Date::fromDays(start.toDays() + 2 + 7L * c);
                value = round2(value + (*kr.target - baseline) / std::max(checkins, 1) *
                                           rnd.between(0.2, 1.4));
                ci.value = value;
                ci.confidence = 3 + rnd.below(8);
                if (rnd.below(6) == 0) ci.blockers = "Waiting on data from another team";
                kr.checkins.push_back(std::move(ci));
            }
            if (!kr.checkins.empty()) kr.current = kr.checkins.back().value;
            obj.keyResults.push_back(std::move(kr));
        }
        plan.objectives.push_back(std::move(obj));
    }
    for (int i = 1; i <= objectives; ++i) {
        Initiative in;
        in.id = InitiativeId("i" + std::to_string(i));
        in.title = "Initiative " + std::to_string(i);
        in.owner = kOwners[rnd.below(8)];
        const auto& krs = plan.objectives[static_cast<std::size_t>(i - 1)].keyResults;
        for (std::size_t k = 0; k < krs.size() && k < 2; ++k) in.keyResults.push_back(krs[k].id);
        plan.initiatives.push_back(std::move(in));
    }
    if (krNumber > 0) {
        Adjustment a;
        a.id = AdjustmentId("a1");
        a.date = Date{2026, 5, 13};
        a.targetKind = TargetKind::KeyResult;
        a.targetId = "kr1";
        a.action = AdjustmentAction::Persist;
        a.cause = AdjustmentCause::Execution;
        a.reason = "Behind after a delayed dependency; targets stay.";
        plan.adjustments.push_back(std::move(a));
    }
    plan.rules.profile = Profile::Teams;
    return plan;
}

}  // namespace okr
