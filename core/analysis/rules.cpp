// The rule catalog, the profiles' numbers and severity resolution; see rules.h.
#include "analysis/rules.h"

#include <algorithm>
#include <iterator>

namespace okr {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;
constexpr Severity X = Severity::Off;

using K = EntityKind;

// clang-format off
const std::vector<RuleInfo> kCatalog = {
    // Objectives
    {RuleId::ObjTactic, "OBJ-TACTIC", "Objective is a tactic",
     "The objective names work we do (build, launch, implement, rankings, landing pages) instead "
     "of an outcome the client, the customers or the business would pay for. Ask \"why?\" "
     "until you reach the outcome; an "
     "objective that says what the work is for (\"…that generates qualified leads\") passes.",
     "S0 P1, S4 pattern 2", K::Objective, W, W, W},
    {RuleId::ObjVague, "OBJ-VAGUE", "Objective is a vague slogan",
     "A vanity slogan (\"Become the leading platform\", \"Be customer-obsessed\", \"Grow revenue\"): "
     "no direction, no segment, nothing it rules out.",
     "S4 pattern 1, S4 bad-objective table", K::Objective, W, W, W},
    {RuleId::ObjMetric, "OBJ-METRIC", "Objective carries the metric",
     "The objective states the metric movement (\"from 18% to 23%\", \"$1M ARR\"); that is a key "
     "result in disguise. Objectives are qualitative and directional; numbers go in key results.",
     "S2, S3 §3", K::Objective, W, W, W},
    {RuleId::ObjOwner, "OBJ-OWNER", "Objective has no single named owner",
     "No owner, several owners (\"Product / Growth\") or a team as owner (\"Marketing\"). Names, "
     "not teams: shared accountability is a myth in execution.",
     "S2", K::Objective, W, W, E},
    {RuleId::ObjKrCount, "OBJ-KR-COUNT", "Key results per objective outside the profile",
     "Too few or too many key results for the profile: 1-3 (agency), 2-4 (startup), at most 4 "
     "and preferably 3 (teams). Too many spread effort thin.",
     "S0, S2, S3 anti-patterns, S4", K::Objective, W, W, W},
    {RuleId::ObjStyleMix, "OBJ-STYLE-MIX", "Committed and aspirational mixed in one objective",
     "Key results of one objective have different styles. Decide the style per objective: mixed "
     "styles make teams hedge and nobody knows how to grade success.",
     "S2", K::Objective, W, W, E},
    {RuleId::ObjUntraced, "OBJ-UNTRACED", "Objective does not reach the North Star",
     "No key result of the objective is linked to a driver that reaches the North-Star Metric "
     "through the tree. If an OKR cannot be traced back to the NSM, it is wrong or a distraction.",
     "S3 rule, S4 lever tree", K::Objective, X, W, W},
    {RuleId::ObjOrphan, "OBJ-ORPHAN", "Team objective supports nothing above it",
     "A team-level objective supports no company objective or theme (teams profile: no company "
     "objective); an individual one, no team or company objective.",
     "S2 cascading, S4 day 3 review", K::Objective, X, W, E},
    {RuleId::ThemeGap, "THEME-GAP", "Theme without an objective",
     "A strategic theme that no objective supports: a gap found in the day-3 review.",
     "S4 day 3 review", K::Theme, I, W, W},
    // Key results
    {RuleId::KrActivity, "KR-ACTIVITY", "Key result measures activity",
     "The key result counts work done (publish, launch, hire, implement…), not a change in the "
     "world. Apply the \"so what?\" test. Not raised for a KR tagged leading (an activity proxy), "
     "a \"from X to Y\" outcome, a milestone or a baseline KR.",
     "S2, S3, S4 pattern 2", K::KeyResult, W, W, W},
    {RuleId::KrVanity, "KR-VANITY", "Vanity metric",
     "A big number with no shown link to value (page views, registered users, followers). Use it "
     "only with a shown link to outcomes: a driver that reaches the North Star, or a KR tagged "
     "leading.",
     "S2", K::KeyResult, W, W, W},
    {RuleId::KrNoBaseline, "KR-NO-BASELINE", "Key result has no baseline",
     "A metric key result without a starting value (in the field, in its sentence, or in its "
     "driver's KPI definition). Without a baseline the score is interpretation, not measurement.",
     "S0 P2, S2, S3 §3, S4 formula", K::KeyResult, I, W, W},
    {RuleId::KrNoTarget, "KR-NO-TARGET", "Key result has no target",
     "A metric key result without a target, or a maintain key result without a band.",
     "S0 P2, S3 §3, S4 formula", K::KeyResult, W, E, E},
    {RuleId::KrNoDeadline, "KR-NO-DEADLINE", "Key result has no deadline",
     "No due date and no plan period to inherit one from, or a due date outside the plan "
     "period.",
     "S3 §3, S4 formula", K::KeyResult, W, W, W},
    {RuleId::KrNoOwner, "KR-NO-OWNER", "Key result has no single owner",
     "No owner, several owners, or a team as owner: every key result needs one directly "
     "responsible person.",
     "S2, S4 formula", K::KeyResult, W, W, E},
    {RuleId::KrNoSource, "KR-NO-SOURCE", "Key result has no data source",
     "Where will we look to know? Neither the key result nor its driver names a source.",
     "S0 P2, S3 §2D", K::KeyResult, E, W, W},
    {RuleId::KrDirection, "KR-DIRECTION", "Direction contradicts the numbers",
     "The direction or the wording contradicts the numbers (increase with a target below the "
     "baseline, \"reduce\" with direction increase), or the target equals the baseline.",
     "S4 formula", K::KeyResult, E, E, E},
    {RuleId::KrBlindSource, "KR-BLIND-SOURCE", "Source we cannot see",
     "The key result's source is one the planner cannot see (e.g. the client's CRM). Only set "
     "objectives where we can track the KR.",
     "S0 P3", K::KeyResult, E, W, W},
    {RuleId::KrUndefinedMetric, "KR-UNDEFINED-METRIC", "Metric not defined in the tree",
     "The key result's metric has no KPI definition in the tree: it links to no node and no node "
     "carries its metric name.",
     "S3 anti-patterns", K::KeyResult, X, I, W},
    {RuleId::KrAmbition, "KR-AMBITION", "Target outside the stretch band",
     "With a known variation σ, a stretch target sits between µ + 1σ and µ + 2σ (1-1.5σ for noisy "
     "metrics, 2σ for stable ones). Below is sandbagging; above is a wish.",
     "S3 §3", K::KeyResult, X, I, W},
    {RuleId::KrCadence, "KR-CADENCE", "Too few key results measured weekly",
     "Fewer than two of three key results of the objective can be measured weekly or "
     "bi-weekly (from the KR's cadence or its driver's).",
     "S2", K::Objective, I, I, W},
    {RuleId::KrStale, "KR-STALE", "No check-in for more than a week",
     "During the period, the key result's last check-in is more than seven days old "
     "(set-and-forget).",
     "S4 pattern 3", K::KeyResult, W, W, W},
    {RuleId::KrConfidenceDrop, "KR-CONFIDENCE-DROP", "Confidence fell",
     "The latest confidence fell by 3 or more from an earlier check-in, or a committed key result "
     "is below 7/10.",
     "S4 weekly confidence", K::KeyResult, I, W, W},
    {RuleId::KrGuardrailTripped, "KR-GUARDRAIL-TRIPPED", "A guardrail it depends on is breached",
     "A guardrail linked to the key result's driver (or above it) is past its threshold: the OKR "
     "pauses until it recovers.",
     "S3 §2C", K::KeyResult, W, W, E},
    {RuleId::KrCpa, "KR-CPA", "Acquisition cost out of proportion",
     "A cost-per-acquisition target out of proportion to revenue per sale or lifetime value (above "
     "LTV / 3, or above 15% of revenue per sale when LTV is unknown), or set with no revenue data.",
     "S0 P4", K::KeyResult, W, W, I},
    {RuleId::KrContribution, "KR-CONTRIBUTION", "Contribution that cannot roll up",
     "A key result contributes to a shared key result it cannot add to: one of its own "
     "objective's (a duplicate, not a shared KR), one measured in another unit, or one that moves "
     "the other way. A shared KR's contributors are its scoreboard.",
     "S2 shared KRs", K::KeyResult, W, W, W},
    // Initiatives
    {RuleId::InitUnlinked, "INIT-UNLINKED", "Initiative serves no key result",
     "An initiative or incoming request that serves no key result. Which KR does it help? If none, "
     "what do we drop?",
     "S1, S2", K::Initiative, W, W, W},
    // Plan
    {RuleId::SetObjCount, "SET-OBJ-COUNT", "Objectives per level outside the profile",
     "Objectives at one level outside the profile: 3-4 (agency), at most 3 (startup, teams); team "
     "objectives are counted per team. Five or more is always an error.",
     "S0, S2, S4", K::Plan, W, W, W},
    {RuleId::SetKrTotal, "SET-KR-TOTAL", "Too many key results in all",
     "More key results in the plan than the profile allows (12 agency, under 8 for a small "
     "startup, 12 teams).",
     "S2, S4 FAQ", K::Plan, I, I, W},
    {RuleId::SetOwnerLoad, "SET-OWNER-LOAD", "One person owns too much",
     "One person owns more objectives and key results than the profile allows. When individuals "
     "own nine goals, they have none.",
     "S2", K::Plan, W, W, W},
    {RuleId::SetNoStrategy, "SET-NO-STRATEGY", "No strategy statement",
     "OKRs drafted without a strategy statement. Strategy first, then OKRs.",
     "S2, S3 §1", K::Plan, W, W, E},
    {RuleId::SetNoNsm, "SET-NO-NSM", "No North-Star Metric",
     "OKRs drafted without a North-Star Metric: the plan has no metric tree at all (a tree without "
     "an NSM is TREE-ROOT).",
     "S3 §2A, S4", K::Plan, I, W, E},
    {RuleId::SetNoGuardrail, "SET-NO-GUARDRAIL", "Aggressive KR without a guardrail",
     "An aggressive growth key result (20% or more up, or beyond µ + 2σ) with no guardrail node, "
     "no maintain key result and no \"without…\"/\"not to exceed\" counter-metric in the plan.",
     "S2, S3 §2C", K::KeyResult, I, W, W},
    {RuleId::SetConflict, "SET-CONFLICT", "Key results pull one metric both ways",
     "Two key results push the same metric (same driver or metric name) in opposite directions "
     "and no guardrail watches it.",
     "S3 anti-patterns, S4 day 3 review", K::KeyResult, W, W, W},
    {RuleId::SetTriad, "SET-TRIAD", "Revenue, cost or customer value missing",
     "No key result on customer value, on revenue or on cost: balanced sets thread all three.",
     "S2", K::Plan, I, I, I},
    // Tree
    {RuleId::TreeRoot, "TREE-ROOT", "Not exactly one North Star",
     "The tree has metric nodes but no node of kind nsm, more than one, or a North Star linked as "
     "the driver of another metric.",
     "S3 §2A, S4", K::Node, E, E, E},
    {RuleId::TreeCycle, "TREE-CYCLE", "Cycle in the tree",
     "Links form a loop: a metric ends up driving itself.",
     "S3 §2B", K::Link, E, E, E},
    {RuleId::TreeDisconnected, "TREE-DISCONNECTED", "Driver does not reach the North Star",
     "A driver with no path of links up to the North-Star Metric.",
     "S3 §2B, S4 lever tree", K::Node, W, W, W},
    {RuleId::TreeKpiIncomplete, "TREE-KPI-INCOMPLETE", "KPI definition incomplete",
     "A node missing owner, unit, source, baseline or cadence: define each KPI once.",
     "S3 §2D", K::Node, I, I, W},
    {RuleId::TreeGuardrailThreshold, "TREE-GUARDRAIL-THRESHOLD", "Guardrail without threshold",
     "A guardrail with no threshold (\"INP p95 ≤ 200ms\"): nothing can trip it.",
     "S3 §2C", K::Node, W, W, W},
    {RuleId::TreeUncovered, "TREE-UNCOVERED", "Driver without a key result",
     "A driver that no key result moves and that is not marked \"monitor only\".",
     "S3 §2B, S4 lever analysis", K::Node, I, I, I},
    {RuleId::TreeFormula, "TREE-FORMULA", "Drivers disagree with the stated value",
     "A node's stated value differs by more than 5% from the value its add / multiply / ratio "
     "drivers give.",
     "S3 §2B", K::Node, W, W, W},
    {RuleId::TreeNsmOutput, "TREE-NSM-OUTPUT", "North Star is a business output",
     "The North-Star Metric is a business output (revenue, ARR, profit) rather than the value "
     "customers receive.",
     "S4 NSM criteria", K::Node, W, W, W},
};

const ProfileLimits kProfiles[] = {
    {Profile::Agency,
     "S0/S1: 3-4 objectives per client per quarter, 1-3 key results each",
     3, 4, 1, 3, 3, false},
    {Profile::Startup,
     "S4: at most 3 objectives per level, 2-4 key results, under 8 in a small company",
     1, 3, 2, 4, 4, false},
    {Profile::Teams,
     "S2/S3: company at most 3 objectives, team objectives linked to one, at most 4 key results "
     "(3 preferred)",
     1, 3, 1, 4, 3, true},
};

const ThresholdInfo kThresholds[] = {
    {ThresholdId::ConfidenceDrop, "confidenceDrop", 2, 2, 2, 1, 10, true, {true, true, true}},
    {ThresholdId::CommittedConfidence, "committedConfidence", 7, 7, 7, 0, 10, true, {true, true, true}},
    {ThresholdId::PaceTolerance, "paceTolerance", 0.10, 0.10, 0.10, 0, 1, false, {true, true, true}},
    {ThresholdId::NoisyVariation, "noisyVariation", 0.10, 0.10, 0.10, 0, 10, false, {true, true, true}},
    {ThresholdId::AggressiveChange, "aggressiveChange", 0.20, 0.20, 0.20, 0, 100, false, {true, true, true}},
    {ThresholdId::CpaShareOfLtv, "cpaShareOfLtv", 1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0, 0, 10, false, {true, true, true}},
    {ThresholdId::CpaShareOfSale, "cpaShareOfSale", 0.15, 0.15, 0.15, 0, 10, false, {true, true, true}},
    // (krTotal: S4 gives a small company's "under 8"; the agency's and teams' 12 are ours, and so
    // is a startup's 12 above ten people, resolveThresholds below.)
    {ThresholdId::KrTotal, "krTotal", 12, 7, 12, 1, 1000, true, {true, false, true}},
    {ThresholdId::OwnedPerPerson, "ownedPerPerson", 8, 6, 6, 1, 1000, true, {true, true, true}},
};

// clang-format on

}  // namespace

const std::vector<ThresholdInfo>& thresholdCatalog() {
    static const std::vector<ThresholdInfo> all(std::begin(kThresholds), std::end(kThresholds));
    return all;
}

const ThresholdInfo* findThreshold(std::string_view key) {
    for (const ThresholdInfo& t : kThresholds)
        if (key == t.key) return &t;
    return nullptr;
}

bool productDefault(const ThresholdInfo& t) { return t.ours[0] || t.ours[1] || t.ours[2]; }

bool productDefault(const ThresholdInfo& t, Profile profile) {
    return t.ours[profile == Profile::Agency ? 0 : profile == Profile::Startup ? 1 : 2];
}

Thresholds resolveThresholds(const RuleSettings& settings, std::optional<Profile> profile,
                             std::optional<int> headcount) {
    const Profile p = profile ? *profile : settings.profile;
    Thresholds out;
    for (const ThresholdInfo& t : kThresholds) {
        double v = p == Profile::Agency ? t.agency : p == Profile::Teams ? t.teams : t.startup;
        if (t.threshold == ThresholdId::KrTotal && headcount && p != Profile::Agency)
            v = *headcount <= 10 ? 7 : std::max(v, 12.0);
        const auto set = settings.thresholds.find(t.key);
        if (set != settings.thresholds.end()) v = set->second;
        out.of[static_cast<std::size_t>(t.threshold)] = v;
    }
    return out;
}

const char* name(EntityKind kind) {
    switch (kind) {
        case EntityKind::Plan:
            return "plan";
        case EntityKind::Objective:
            return "objective";
        case EntityKind::KeyResult:
            return "keyResult";
        case EntityKind::Node:
            return "node";
        case EntityKind::Link:
            return "link";
        case EntityKind::Initiative:
            return "initiative";
        case EntityKind::Theme:
            return "theme";
    }
    return "plan";
}

Severity RuleInfo::defaultSeverity(Profile profile) const {
    switch (profile) {
        case Profile::Agency:
            return agency;
        case Profile::Startup:
            return startup;
        case Profile::Teams:
            return teams;
    }
    return startup;
}

const std::vector<RuleInfo>& ruleCatalog() { return kCatalog; }

const RuleInfo& ruleInfo(RuleId rule) {
    static const RuleInfo kUnknown{RuleId::Count, "?", "?", "", "", EntityKind::Plan, X, X, X};
    const auto i = static_cast<std::size_t>(rule);
    return i < kCatalog.size() ? kCatalog[i] : kUnknown;
}

const RuleInfo* findRule(std::string_view id) {
    for (const RuleInfo& r : kCatalog)
        if (id == r.id) return &r;
    return nullptr;
}

const ProfileLimits& profileLimits(Profile profile) {
    for (const ProfileLimits& p : kProfiles)
        if (p.profile == profile) return p;
    return kProfiles[1];
}

RuleSeverities resolveSeverities(const RuleSettings& settings, std::optional<Profile> profile) {
    RuleSeverities s;
    const Profile p = profile.value_or(settings.profile);
    for (const RuleInfo& r : kCatalog)
        s.of[static_cast<std::size_t>(r.rule)] = r.defaultSeverity(p);
    for (const auto& [id, severity] : settings.overrides)
        if (const RuleInfo* r = findRule(id)) s.of[static_cast<std::size_t>(r->rule)] = severity;
    return s;
}

}  // namespace okr
