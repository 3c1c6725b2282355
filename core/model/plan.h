// The plan model: everything one OKR plan holds for one period and one level, as the seeds' method
// describes it (S0–S4; core/io/FORMAT.md names every key) — vision and strategy, client economics,
// the North-Star metric tree, objectives with their key results and weekly check-ins, initiatives,
// the adjustment log, the retrospective's answers and the plan's rule settings.
//
// Contract:
// - Plain value types. A Plan is copied for undo snapshots and compared for round trips.
// - Identity is a strong ID holding the stable string written in the file, never a vector index.
// - Optional numbers are std::optional: "not given" is different from 0.
// - Every entity keeps the JSON keys this version does not know in `extra`, so a newer app's fields
//   survive an older app's save (format.h writes them back unchanged). Their values stay JSON
//   text: only the file format (io/) parses or writes JSON, so this header needs no JSON library.
// - The fields of each entity (JSON key, type, limits, save order) are listed once, in
//   model/fields.h; the file format, validation and the generic setField command walk it.
// - No UI, no browser: the UI reads a `const Plan&` and changes it only through commands.h.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace okr {

// A strong, string-backed identifier; Tag makes ObjectiveId and KeyResultId distinct types.
template <class Tag>
struct Id {
    std::string value;

    Id() = default;
    explicit Id(std::string v) : value(std::move(v)) {}
    bool empty() const { return value.empty(); }
    friend bool operator==(const Id& a, const Id& b) { return a.value == b.value; }
    friend bool operator!=(const Id& a, const Id& b) { return a.value != b.value; }
    friend bool operator<(const Id& a, const Id& b) { return a.value < b.value; }
};

using ThemeId = Id<struct ThemeTag>;
using NodeId = Id<struct NodeTag>;
using LinkId = Id<struct LinkTag>;
using ObjectiveId = Id<struct ObjectiveTag>;
using KeyResultId = Id<struct KeyResultTag>;
using InitiativeId = Id<struct InitiativeTag>;
using AdjustmentId = Id<struct AdjustmentTag>;

// The unknown keys of one JSON object, kept verbatim: each key with its value as JSON text, in
// sorted key order, each key once. io/format.cpp stores the value as nlohmann's compact dump
// (object keys sorted, numbers as nlohmann writes them) and parses it back to write it, so
// save → load → save is byte-identical; io/kept_json.h converts for code that wants a JSON value.
class Extra {
  public:
    struct Member {
        std::string key;
        std::string json;  // one JSON value, as text: "\"kept\"", "2.5", "{\"a\":[1,2]}"
    };

    bool empty() const { return members_.empty(); }
    std::size_t size() const { return members_.size(); }
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // The JSON text of `key`'s value; nullptr when the key is not kept.
    const std::string* find(std::string_view key) const;
    // Keeps `key` with the JSON text `json` (one JSON value), replacing an earlier value.
    void set(std::string key, std::string json);
    bool erase(std::string_view key);
    // In sorted key order.
    const std::vector<Member>& members() const { return members_; }

    friend bool operator==(const Extra& a, const Extra& b);
    friend bool operator!=(const Extra& a, const Extra& b) { return !(a == b); }

  private:
    std::vector<Member> members_;
};

enum class Level { Company, Team, Client, Individual };
enum class Profile { Agency, Startup, Teams };
// Who the plan works for: a business earns revenue; the others answer to the people they serve.
enum class Sector { Business, PublicBody, OpenSource, Charity };
// S4's cascade models: strict (company, then teams, then people: 100+), modified parallel (themes
// first, teams draft against them: 5 to 50), pure parallel (one early team).
enum class Cascade { Strict, ModifiedParallel, PureParallel };
// The weekly meeting's format: S3's 45-minute agenda, S4's 15-minute segment inside a meeting the
// team already holds (only what is at risk), S2's review around three questions.
enum class Meeting { Agenda45, Segment15, ThreeQuestions };
enum class NodeKind { Nsm, Driver, Guardrail };
enum class Stage { None, Acquisition, Activation, Engagement, Monetization, Referral };
enum class Relation { Add, Multiply, RatioNumerator, RatioDenominator, Influence };
enum class Comparison { AtMost, AtLeast };  // guardrail holds while value <= / >= threshold
enum class KrKind { Metric, Maintain, Milestone, Baseline };
enum class Direction { Increase, Decrease };
enum class Cadence { Unset, Daily, Weekly, Biweekly, Monthly, Quarterly };
enum class Signal { Unset, Leading, Lagging };
enum class Style { Committed, Aspirational };
enum class AdjustmentAction { Pause, Pivot, Persist, Retire };
enum class AdjustmentCause { External, Execution };
enum class TargetKind { Objective, KeyResult };
enum class Severity { Off, Info, Warning, Error };

// File spelling of every enum value ("nsm", "ratio-numerator", …); see FORMAT.md.
const char* name(Level v);
const char* name(Profile v);
const char* name(Sector v);
const char* name(Cascade v);
const char* name(Meeting v);
const char* name(NodeKind v);
const char* name(Stage v);
const char* name(Relation v);
const char* name(Comparison v);
const char* name(KrKind v);
const char* name(Direction v);
const char* name(Cadence v);
const char* name(Signal v);
const char* name(Style v);
const char* name(AdjustmentAction v);
const char* name(AdjustmentCause v);
const char* name(TargetKind v);
const char* name(Severity v);

// Parses a file spelling; nullopt if it is not one of the enum's names. Use as parseEnum<Stage>(s).
template <class E>
std::optional<E> parseEnum(std::string_view text);

// All values of an enum in declaration order, for UI combos and validation messages.
template <class E>
const std::vector<E>& enumValues();

struct Vec2 {
    double x = 0;
    double y = 0;
};

struct Theme {
    ThemeId id;
    std::string title;
    Extra extra{};
};

struct PlanMeta {
    std::string title;
    std::string client;  // the client or team the plan is for
    Level level = Level::Company;
    std::optional<Sector> sector;    // unset: a business
    std::optional<int> headcount;    // people in the company or team (S4 sizes its advice by it)
    std::optional<Cascade> cascade;  // unset: S4's model for the headcount (cascadeOf)
    std::optional<Meeting> meeting;  // unset: S3's 45-minute agenda
    std::optional<Date> start;
    std::optional<Date> end;
    Extra extra{};
};

struct Strategy {
    std::string vision;
    std::string statement;
    std::vector<Theme> themes;
    Extra extra{};
};

// S0 P4: what a sale is worth, so acquisition-cost targets can be judged.
struct Economics {
    std::string currency;  // "USD", "EUR", … free text
    std::optional<double> revenuePerSale;
    std::optional<double> lifetimeValue;
    std::string capacity;  // delivery capacity limits, in words
    Extra extra{};
};

// S3 §2D: a metric nobody defined is a metric nobody can move.
struct KpiDefinition {
    std::string owner;
    std::string source;  // where the number comes from: a query, a dashboard, a CRM report
    std::string unit;
    std::optional<double> baseline;  // µ
    std::optional<double> sigma;     // σ, typical period-to-period variation
    Cadence cadence = Cadence::Unset;
};

struct GuardrailThreshold {
    std::optional<double> threshold;
    Comparison comparison = Comparison::AtMost;
};

struct Node {
    NodeId id;
    std::string name;
    NodeKind kind = NodeKind::Driver;
    Stage stage = Stage::None;
    KpiDefinition kpi;
    std::optional<double> value;  // current value
    GuardrailThreshold guardrail;
    bool monitorOnly = false;
    Vec2 position;  // canvas units; document state, saved and undoable
    std::string notes;
    Extra extra{};
};

// A link runs from a child metric to the parent it drives.
struct Link {
    LinkId id;
    NodeId from;  // child
    NodeId to;    // parent
    Relation relation = Relation::Influence;
    Extra extra{};
};

struct Tree {
    std::vector<Node> nodes;
    std::vector<Link> links;
    Extra extra{};  // unknown keys of the file's `tree` object
};

struct Checkin {
    Date date;  // the day of the check-in (its week is derived from the plan period)
    std::optional<double> value;
    std::optional<int> confidence;  // 0..10
    std::string blockers;
    std::string note;
    Extra extra{};
};

// A score set by a person in the scoring session; the computed score is kept beside it.
struct ScoreOverride {
    std::optional<double> score;
    std::string reason;
};

struct KeyResult {
    KeyResultId id;
    std::string title;
    KrKind kind = KrKind::Metric;
    std::string metric;
    std::string unit;
    std::optional<Direction> direction;  // left unset: directionOf reads the title and numbers
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> current;
    std::optional<double> bandLow;  // maintain: the band to stay inside
    std::optional<double> bandHigh;
    bool done = false;  // milestone
    std::optional<Date> due;
    std::string owner;
    std::string source;
    bool sourceVisible = true;  // S0 P3: can the planner see the source?
    Cadence cadence = Cadence::Unset;
    NodeId driver;  // linked tree node, empty if none
    Signal signal = Signal::Unset;
    std::optional<Style> style;           // committed / aspirational; unset: the objective's style
    std::optional<double> expectedScore;  // S4: the score expected when written, 0..1
    KeyResultId contributesTo;            // shared KR this one contributes to, empty if none
    std::vector<Checkin> checkins;
    ScoreOverride scoreOverride;
    std::string evidence;  // optional evidence plan (S3 §9)
    std::string notes;
    Extra extra{};
};

struct Objective {
    ObjectiveId id;
    std::string title;
    std::string owner;
    Level level = Level::Company;
    std::string team;    // a team-level objective's team ("Support"); its owner leads it
    ObjectiveId parent;  // cascade: the objective this one supports, empty if none
    ThemeId theme;       // the theme it serves, empty if none
    Style style = Style::Committed;
    std::string notes;
    std::vector<KeyResult> keyResults;
    Extra extra{};
};

struct Initiative {
    InitiativeId id;
    std::string title;
    std::string owner;
    std::vector<KeyResultId> keyResults;  // the KRs it serves; empty = an untriaged request
    std::string notes;
    Extra extra{};
};

struct Adjustment {
    AdjustmentId id;
    Date date;
    TargetKind targetKind = TargetKind::KeyResult;
    std::string targetId;  // an ObjectiveId or KeyResultId value, per targetKind
    AdjustmentAction action = AdjustmentAction::Persist;
    AdjustmentCause cause = AdjustmentCause::External;
    std::string reason;
    std::optional<double> originalTarget;  // kept when a pivot changes a KR's target
    std::optional<double> newTarget;
    Extra extra{};
};

// S2's end-of-quarter retrospective: one question (rhythm.h lists S2's three) and its answer; or,
// with a week, one of S2's three weekly questions answered in that week's review.
struct RetroAnswer {
    std::string question;
    std::string answer;
    std::optional<int> week;  // the week of the plan's period (1 = its first) it answers
    Extra extra{};
};

struct RuleSettings {
    Profile profile = Profile::Startup;
    std::map<std::string, Severity> overrides;  // rule ID → severity (Off switches it off)
    std::map<std::string, double> thresholds;   // threshold key (rules.h) → the plan's number
    Extra extra{};
};

struct Plan {
    PlanMeta meta;
    Strategy strategy;
    Economics economics;
    Tree tree;
    std::vector<Objective> objectives;
    std::vector<Initiative> initiatives;
    std::vector<Adjustment> adjustments;
    // The scoring session's answers in question order, then the weekly reviews' by week.
    std::vector<RetroAnswer> retrospective;
    RuleSettings rules;
    Extra extra{};  // unknown top-level keys
};

// The plan's cascade model: its own, else S4's for its headcount (100 or more: strict; 1 to 4:
// pure parallel; otherwise, and when nobody said how many, modified parallel).
Cascade cascadeOf(const PlanMeta& meta);

// The bytes a copy of `plan` holds in memory: the Plan object, every vector's and map's storage
// and every string longer than the library keeps inside the string itself. An estimate (the
// allocator's own overhead is not counted), used to bound the undo history by bytes.
std::size_t memoryBytes(const Plan& plan);

// Lookups by ID (linear; plans are small). Return nullptr when absent.
const Node* findNode(const Plan& plan, const NodeId& id);
const Objective* findObjective(const Plan& plan, const ObjectiveId& id);
const KeyResult* findKeyResult(const Plan& plan, const KeyResultId& id);
// The way a key result moves: its direction field when set, else what its numbers say (a target
// below the baseline is a decrease), else `read` (what its title says: "Reduce …"), else
// increase. A new key result leaves the field unset, so "Reduce churn …" is a decrease at once.
Direction directionOf(const KeyResult& kr, std::optional<Direction> read = std::nullopt,
                      std::optional<double> baseline = std::nullopt,
                      std::optional<double> target = std::nullopt);
const Theme* findTheme(const Plan& plan, const ThemeId& id);
Node* findNode(Plan& plan, const NodeId& id);
Objective* findObjective(Plan& plan, const ObjectiveId& id);
KeyResult* findKeyResult(Plan& plan, const KeyResultId& id);

}  // namespace okr
