// Enum spellings of the file format, the kept unknown keys (Extra) and ID lookups over a Plan.
#include "model/plan.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace okr {

namespace {

template <class E>
struct EnumTable {
    std::vector<std::pair<E, const char*>> entries;
    std::vector<E> values;

    explicit EnumTable(std::vector<std::pair<E, const char*>> e) : entries(std::move(e)) {
        for (const auto& entry : entries) values.push_back(entry.first);
    }
};

template <class E>
const EnumTable<E>& table();

#define OKR_ENUM_TABLE(E, ...)                      \
    template <>                                     \
    const EnumTable<E>& table<E>() {                \
        static const EnumTable<E> t({__VA_ARGS__}); \
        return t;                                   \
    }

OKR_ENUM_TABLE(Level, {Level::Company, "company"}, {Level::Team, "team"}, {Level::Client, "client"},
               {Level::Individual, "individual"})
OKR_ENUM_TABLE(Profile, {Profile::Agency, "agency"}, {Profile::Startup, "startup"},
               {Profile::Teams, "teams"})
OKR_ENUM_TABLE(Sector, {Sector::Business, "business"}, {Sector::PublicBody, "public-body"},
               {Sector::OpenSource, "open-source"}, {Sector::Charity, "charity"})
OKR_ENUM_TABLE(Cascade, {Cascade::Strict, "strict"},
               {Cascade::ModifiedParallel, "modified-parallel"},
               {Cascade::PureParallel, "pure-parallel"})
OKR_ENUM_TABLE(Meeting, {Meeting::Agenda45, "agenda-45"}, {Meeting::Segment15, "segment-15"},
               {Meeting::ThreeQuestions, "three-questions"})
OKR_ENUM_TABLE(NodeKind, {NodeKind::Nsm, "nsm"}, {NodeKind::Driver, "driver"},
               {NodeKind::Guardrail, "guardrail"})
OKR_ENUM_TABLE(Stage, {Stage::None, "none"}, {Stage::Acquisition, "acquisition"},
               {Stage::Activation, "activation"}, {Stage::Engagement, "engagement"},
               {Stage::Monetization, "monetization"}, {Stage::Referral, "referral"})
OKR_ENUM_TABLE(Relation, {Relation::Add, "add"}, {Relation::Multiply, "multiply"},
               {Relation::RatioNumerator, "ratio-numerator"},
               {Relation::RatioDenominator, "ratio-denominator"},
               {Relation::Influence, "influence"})
OKR_ENUM_TABLE(Comparison, {Comparison::AtMost, "at-most"}, {Comparison::AtLeast, "at-least"})
OKR_ENUM_TABLE(KrKind, {KrKind::Metric, "metric"}, {KrKind::Maintain, "maintain"},
               {KrKind::Milestone, "milestone"}, {KrKind::Baseline, "baseline"})
OKR_ENUM_TABLE(Direction, {Direction::Increase, "increase"}, {Direction::Decrease, "decrease"})
OKR_ENUM_TABLE(Cadence, {Cadence::Unset, "unset"}, {Cadence::Daily, "daily"},
               {Cadence::Weekly, "weekly"}, {Cadence::Biweekly, "biweekly"},
               {Cadence::Monthly, "monthly"}, {Cadence::Quarterly, "quarterly"})
OKR_ENUM_TABLE(Signal, {Signal::Unset, "unset"}, {Signal::Leading, "leading"},
               {Signal::Lagging, "lagging"})
OKR_ENUM_TABLE(Style, {Style::Committed, "committed"}, {Style::Aspirational, "aspirational"})
OKR_ENUM_TABLE(AdjustmentAction, {AdjustmentAction::Pause, "pause"},
               {AdjustmentAction::Pivot, "pivot"}, {AdjustmentAction::Persist, "persist"},
               {AdjustmentAction::Retire, "retire"})
OKR_ENUM_TABLE(AdjustmentCause, {AdjustmentCause::External, "external"},
               {AdjustmentCause::Execution, "execution"})
OKR_ENUM_TABLE(TargetKind, {TargetKind::Objective, "objective"},
               {TargetKind::KeyResult, "keyResult"})
OKR_ENUM_TABLE(Severity, {Severity::Off, "off"}, {Severity::Info, "info"},
               {Severity::Warning, "warning"}, {Severity::Error, "error"})

#undef OKR_ENUM_TABLE

template <class E>
const char* nameOf(E v) {
    for (const auto& entry : table<E>().entries)
        if (entry.first == v) return entry.second;
    return "?";
}

template <class Container, class IdT>
auto findById(Container& items, const IdT& id) -> decltype(&items.front()) {
    for (auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

}  // namespace

template <class E>
std::optional<E> parseEnum(std::string_view text) {
    for (const auto& entry : table<E>().entries)
        if (text == entry.second) return entry.first;
    return std::nullopt;
}

template <class E>
const std::vector<E>& enumValues() {
    return table<E>().values;
}

#define OKR_ENUM_API(E)                                       \
    const char* name(E v) { return nameOf(v); }               \
    template std::optional<E> parseEnum<E>(std::string_view); \
    template const std::vector<E>& enumValues<E>();

OKR_ENUM_API(Level)
OKR_ENUM_API(Profile)
OKR_ENUM_API(Sector)
OKR_ENUM_API(Cascade)
OKR_ENUM_API(Meeting)
OKR_ENUM_API(NodeKind)
OKR_ENUM_API(Stage)
OKR_ENUM_API(Relation)
OKR_ENUM_API(Comparison)
OKR_ENUM_API(KrKind)
OKR_ENUM_API(Direction)
OKR_ENUM_API(Cadence)
OKR_ENUM_API(Signal)
OKR_ENUM_API(Style)
OKR_ENUM_API(AdjustmentAction)
OKR_ENUM_API(AdjustmentCause)
OKR_ENUM_API(TargetKind)
OKR_ENUM_API(Severity)

#undef OKR_ENUM_API

namespace {

bool keyBefore(const Extra::Member& m, std::string_view key) { return m.key < key; }

}  // namespace

const std::string* Extra::find(std::string_view key) const {
    auto it = std::lower_bound(members_.begin(), members_.end(), key, keyBefore);
    return it != members_.end() && it->key == key ? &it->json : nullptr;
}

void Extra::set(std::string key, std::string json) {
    auto it = std::lower_bound(members_.begin(), members_.end(), key, keyBefore);
    if (it != members_.end() && it->key == key)
        it->json = std::move(json);
    else
        members_.insert(it, Member{std::move(key), std::move(json)});
}

bool Extra::erase(std::string_view key) {
    auto it = std::lower_bound(members_.begin(), members_.end(), key, keyBefore);
    if (it == members_.end() || it->key != key) return false;
    members_.erase(it);
    return true;
}

bool operator==(const Extra& a, const Extra& b) {
    return std::equal(a.members_.begin(), a.members_.end(), b.members_.begin(), b.members_.end(),
                      [](const Extra::Member& x, const Extra::Member& y) {
                          return x.key == y.key && x.json == y.json;
                      });
}

Cascade cascadeOf(const PlanMeta& meta) {
    if (meta.cascade) return *meta.cascade;
    if (meta.headcount && *meta.headcount >= 100) return Cascade::Strict;
    if (meta.headcount && *meta.headcount < 5) return Cascade::PureParallel;
    return Cascade::ModifiedParallel;
}

const Node* findNode(const Plan& plan, const NodeId& id) { return findById(plan.tree.nodes, id); }
Node* findNode(Plan& plan, const NodeId& id) { return findById(plan.tree.nodes, id); }

const Objective* findObjective(const Plan& plan, const ObjectiveId& id) {
    return findById(plan.objectives, id);
}
Objective* findObjective(Plan& plan, const ObjectiveId& id) {
    return findById(plan.objectives, id);
}

const Theme* findTheme(const Plan& plan, const ThemeId& id) {
    return findById(plan.strategy.themes, id);
}

const KeyResult* findKeyResult(const Plan& plan, const KeyResultId& id) {
    for (const auto& o : plan.objectives)
        if (const KeyResult* kr = findById(o.keyResults, id)) return kr;
    return nullptr;
}

KeyResult* findKeyResult(Plan& plan, const KeyResultId& id) {
    for (auto& o : plan.objectives)
        if (KeyResult* kr = findById(o.keyResults, id)) return kr;
    return nullptr;
}

Direction directionOf(const KeyResult& kr, std::optional<Direction> read,
                      std::optional<double> baseline, std::optional<double> target) {
    if (kr.direction) return *kr.direction;
    if (!baseline) baseline = kr.baseline;
    if (!target) target = kr.target;
    if (baseline && target && std::isfinite(*baseline) && std::isfinite(*target) &&
        *baseline != *target)
        return *target < *baseline ? Direction::Decrease : Direction::Increase;
    return read ? *read : Direction::Increase;
}

namespace {

// Bytes outside the object itself.
std::size_t heap(const std::string& s) {
    return s.capacity() > std::string().capacity() ? s.capacity() + 1 : 0;
}

template <class Tag>
std::size_t heap(const Id<Tag>& id) {
    return heap(id.value);
}

std::size_t heap(const Extra& extra) {
    std::size_t n = extra.members().capacity() * sizeof(Extra::Member);
    for (const auto& m : extra.members()) n += heap(m.key) + heap(m.json);
    return n;
}

template <class T, class F>
std::size_t heapOf(const std::vector<T>& items, F each) {
    std::size_t n = items.capacity() * sizeof(T);
    for (const T& item : items) n += each(item);
    return n;
}

template <class V>
std::size_t heapOf(const std::map<std::string, V>& items) {
    // A red-black tree node: three pointers and a colour beside the value.
    std::size_t n = items.size() * (sizeof(std::pair<const std::string, V>) + 4 * sizeof(void*));
    for (const auto& [key, value] : items) n += heap(key);
    return n;
}

std::size_t heap(const Checkin& c) { return heap(c.blockers) + heap(c.note) + heap(c.extra); }

std::size_t heap(const KeyResult& kr) {
    return heap(kr.id) + heap(kr.title) + heap(kr.metric) + heap(kr.unit) + heap(kr.owner) +
           heap(kr.source) + heap(kr.driver) + heap(kr.contributesTo) +
           heapOf(kr.checkins, [](const Checkin& c) { return heap(c); }) +
           heap(kr.scoreOverride.reason) + heap(kr.evidence) + heap(kr.notes) + heap(kr.extra);
}

std::size_t heap(const Objective& o) {
    return heap(o.id) + heap(o.title) + heap(o.owner) + heap(o.team) + heap(o.parent) +
           heap(o.theme) + heap(o.notes) +
           heapOf(o.keyResults, [](const KeyResult& kr) { return heap(kr); }) + heap(o.extra);
}

std::size_t heap(const Node& n) {
    return heap(n.id) + heap(n.name) + heap(n.kpi.owner) + heap(n.kpi.source) + heap(n.kpi.unit) +
           heap(n.notes) + heap(n.extra);
}

}  // namespace

std::size_t memoryBytes(const Plan& plan) {
    std::size_t n = sizeof(Plan);
    n += heap(plan.meta.title) + heap(plan.meta.client) + heap(plan.meta.extra);
    n += heap(plan.strategy.vision) + heap(plan.strategy.statement) + heap(plan.strategy.extra);
    n += heapOf(plan.strategy.themes,
                [](const Theme& t) { return heap(t.id) + heap(t.title) + heap(t.extra); });
    n += heap(plan.economics.currency) + heap(plan.economics.capacity) + heap(plan.economics.extra);
    n += heapOf(plan.tree.nodes, [](const Node& node) { return heap(node); });
    n += heapOf(plan.tree.links, [](const Link& l) {
        return heap(l.id) + heap(l.from) + heap(l.to) + heap(l.extra);
    });
    n += heap(plan.tree.extra);
    n += heapOf(plan.objectives, [](const Objective& o) { return heap(o); });
    n += heapOf(plan.initiatives, [](const Initiative& i) {
        return heap(i.id) + heap(i.title) + heap(i.owner) + heap(i.notes) + heap(i.extra) +
               heapOf(i.keyResults, [](const KeyResultId& id) { return heap(id); });
    });
    n += heapOf(plan.adjustments, [](const Adjustment& a) {
        return heap(a.id) + heap(a.targetId) + heap(a.reason) + heap(a.extra);
    });
    n += heapOf(plan.retrospective, [](const RetroAnswer& r) {
        return heap(r.question) + heap(r.answer) + heap(r.extra);
    });
    n += heapOf(plan.rules.overrides) + heapOf(plan.rules.thresholds) + heap(plan.rules.extra);
    return n + heap(plan.extra);
}

}  // namespace okr
