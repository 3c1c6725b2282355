// The rule catalog (README "The rules", from the seeds S0–S4): every rule's stable ID, what it
// checks, the seed it comes from, the kind of entity it points at and its default severity in each
// profile; the profiles' numbers; and the violation a rule reports. analysis.h runs the rules; this
// header only describes them.
//
// Contract:
// - ruleCatalog() is the single source of the rule IDs (rule_ids.h reads it). IDs are stable
//   forever: plan files store them in `rules.overrides`.
// - A plan's effective severity for a rule is its override if it has one, else the default of the
//   plan's profile. Off means the rule does not run at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace okr {

enum class RuleId : std::uint8_t {
    ObjTactic,
    ObjVague,
    ObjMetric,
    ObjOwner,
    ObjKrCount,
    ObjStyleMix,
    ObjUntraced,
    ObjOrphan,
    ThemeGap,
    KrActivity,
    KrVanity,
    KrNoBaseline,
    KrNoTarget,
    KrNoDeadline,
    KrNoOwner,
    KrNoSource,
    KrDirection,
    KrBlindSource,
    KrUndefinedMetric,
    KrAmbition,
    KrCadence,
    KrStale,
    KrConfidenceDrop,
    KrGuardrailTripped,
    KrCpa,
    KrContribution,
    InitUnlinked,
    SetObjCount,
    SetKrTotal,
    SetOwnerLoad,
    SetNoStrategy,
    SetNoNsm,
    SetNoGuardrail,
    SetConflict,
    SetTriad,
    TreeRoot,
    TreeCycle,
    TreeDisconnected,
    TreeKpiIncomplete,
    TreeGuardrailThreshold,
    TreeUncovered,
    TreeFormula,
    TreeNsmOutput,
    Count
};

inline constexpr std::size_t kRuleCount = static_cast<std::size_t>(RuleId::Count);

// What a violation points at; file spellings "plan", "objective", "keyResult", "node", "link",
// "initiative", "theme".
enum class EntityKind { Plan, Objective, KeyResult, Node, Link, Initiative, Theme };
const char* name(EntityKind kind);

struct RuleInfo {
    RuleId rule;
    const char* id;           // "OBJ-TACTIC"
    const char* title;        // a few words: "Objective is a tactic"
    const char* description;  // what the rule checks and why, for the UI help and the README
    const char* source;       // the seeds: "S0 P1, S4 pattern 2"
    EntityKind target;
    Severity agency, startup, teams;

    Severity defaultSeverity(Profile profile) const;
};

// Every rule, in catalog order (objectives, key results, initiatives, plan, tree).
const std::vector<RuleInfo>& ruleCatalog();
const RuleInfo& ruleInfo(RuleId rule);
// nullptr when `id` is not a rule ID (exact, case-sensitive).
const RuleInfo* findRule(std::string_view id);

// The numbers each profile takes from its seeds.
struct ProfileLimits {
    Profile profile;
    const char* summary;  // one sentence naming the seeds
    int minObjectives;    // per level; fewer (but at least one) is a violation
    int maxObjectives;
    int minKrs;  // per objective
    int maxKrs;
    int preferredMaxKrs;     // above this (but within maxKrs) is an info
    bool orphanNeedsParent;  // a team objective must support a company objective, not only a theme
};
const ProfileLimits& profileLimits(Profile profile);

// The numbers the rules compare against. Some come from a seed; the others are ours — chosen
// where the seeds name a signal but not its size — and say so (`origin`). A plan changes any of
// them in `rules.thresholds` (key → number).
enum class ThresholdId : std::uint8_t {
    ConfidenceDrop,       // KR-CONFIDENCE-DROP: a fall of this much from the best earlier value
    CommittedConfidence,  // KR-CONFIDENCE-DROP: a committed KR below this
    PaceTolerance,        // at risk: this share of the distance behind the straight line
    NoisyVariation,       // a driver whose σ/µ is at least this is noisy
    AggressiveChange,     // SET-NO-GUARDRAIL: a target this share above or below its baseline
    CpaShareOfLtv,        // KR-CPA: a CPA above this share of lifetime value
    CpaShareOfSale,       // KR-CPA: … or of revenue per sale when LTV is unknown
    KrTotal,              // SET-KR-TOTAL: key results in the whole plan
    OwnedPerPerson,       // SET-OWNER-LOAD: objectives and key results one person owns
    Count
};
inline constexpr std::size_t kThresholdCount = static_cast<std::size_t>(ThresholdId::Count);

struct ThresholdInfo {
    ThresholdId threshold;
    const char* key;                // the plan key under rules.thresholds: "confidenceDrop"
    double agency, startup, teams;  // the default in each profile
    double min, max;                // what a plan may set
    bool whole;                     // a whole number
    // A product default (no seed gives this number), per profile: agency, startup, teams.
    bool ours[3];
};

// What `okr rules` says of a threshold (threshold_notes.cpp: kept out of the browser build,
// which never shows it).
struct ThresholdNotes {
    const char* rules;   // the rules it sets: "KR-CONFIDENCE-DROP"
    const char* unit;    // "points of 10", "share (0.2 = 20%)", "key results"
    const char* origin;  // "product default" or the seed that gives it
    const char* reason;  // why this number
};
const ThresholdNotes& thresholdNotes(ThresholdId threshold);

const std::vector<ThresholdInfo>& thresholdCatalog();
// nullptr when `key` names no threshold.
const ThresholdInfo* findThreshold(std::string_view key);
// True when the catalog marks the number as ours rather than a seed's: in `profile`, or (without
// one) in any profile.
bool productDefault(const ThresholdInfo& t);
bool productDefault(const ThresholdInfo& t, Profile profile);

// Every threshold's value for one plan: the profile's default — or, for the key-result total,
// S4's for the company's headcount when the plan gives it (10 people or fewer: under 8 in all;
// more: the profile's number, and 12 for a startup) — then the plan's setting.
struct Thresholds {
    double of[kThresholdCount] = {};
    double operator[](ThresholdId t) const { return of[static_cast<std::size_t>(t)]; }
};
Thresholds resolveThresholds(const RuleSettings& settings,
                             std::optional<Profile> profile = std::nullopt,
                             std::optional<int> headcount = std::nullopt);

// Effective severity of every rule for one plan.
struct RuleSeverities {
    Severity of[kRuleCount] = {};
    Severity operator[](RuleId r) const { return of[static_cast<std::size_t>(r)]; }
    bool on(RuleId r) const { return (*this)[r] != Severity::Off; }
};
// The profile's defaults (settings.profile, or `profile` when given — the CLI's --profile), then
// the plan's overrides; unknown IDs in the overrides are ignored here (the loader warns).
RuleSeverities resolveSeverities(const RuleSettings& settings,
                                 std::optional<Profile> profile = std::nullopt);

struct Target {
    EntityKind kind = EntityKind::Plan;
    std::string id;    // the entity's ID ("" for the plan)
    std::string path;  // JSON pointer into the plan file: entity or field
};

// A one-click repair the UI can offer beside a finding.
enum class FixAction : std::uint8_t {
    None,
    MakeMilestone,  // a deliverable key result becomes a milestone (done / not done)
};

struct Violation {
    RuleId rule = RuleId::Count;
    Severity severity = Severity::Warning;
    Target target;
    std::string message;  // what is wrong, in the plan's own words
    std::string fix;      // what to do
    std::string rewrite;  // a rewrite built from the plan's own words (S4's formula), or ""
    FixAction action = FixAction::None;

    const char* ruleId() const { return ruleInfo(rule).id; }
    const char* source() const { return ruleInfo(rule).source; }
};

}  // namespace okr
