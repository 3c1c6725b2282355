// Undo history and the edit commands of the plan; see commands.h.
#include "edit/commands.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <utility>

#include "model/order.h"
#include "model/text.h"
#include "model/validate.h"
#include "tree/tree.h"

namespace okr {

// ---------------------------------------------------------------------------------------------
// History

History::History(std::size_t byteCap) : byteCap_(byteCap) {}

void History::push(std::deque<Step>& stack, Step step) {
    step.bytes = memoryBytes(step.plan);
    bytes_ += step.bytes;
    stack.push_back(std::move(step));
    while (bytes_ > byteCap_ && undo_.size() + redo_.size() > 1) {
        const bool keepUndo = undo_.empty() || (&stack == &undo_ && undo_.size() == 1);
        std::deque<Step>& from = keepUndo ? redo_ : undo_;
        bytes_ -= from.front().bytes;
        from.pop_front();
    }
}

History::Step History::pop(std::deque<Step>& stack) {
    Step step = std::move(stack.back());
    stack.pop_back();
    bytes_ -= step.bytes;
    return step;
}

void History::clearStack(std::deque<Step>& stack) {
    for (const Step& step : stack) bytes_ -= step.bytes;
    stack.clear();
}

bool History::apply(Plan& plan, std::string_view label, const Mutation& mutation,
                    std::string_view coalesceKey) {
    lastError_.clear();
    Plan before = plan;
    if (!mutation(plan)) {
        plan = std::move(before);
        return false;
    }
    std::vector<Problem> after = validatePlan(plan);
    if (!after.empty()) {
        const std::vector<Problem> prior = validatePlan(before);
        if (after.size() > prior.size()) {
            // Explain with the first problem the edit introduced.
            const Problem* introduced = &after.front();
            for (const auto& p : after) {
                const bool old = std::any_of(prior.begin(), prior.end(), [&](const Problem& q) {
                    return q.path == p.path && q.message == p.message;
                });
                if (!old) {
                    introduced = &p;
                    break;
                }
            }
            lastError_ = introduced->message;
            plan = std::move(before);
            return false;
        }
    }
    if (groupDepth_ > 0) {
        groupChanged_ = true;
        state_ = nextState_++;
        return true;
    }
    clearStack(redo_);
    if (!merges(coalesceKey)) push(undo_, Step{std::string(label), std::move(before), state_});
    state_ = nextState_++;
    coalesceKey_ = std::string(coalesceKey);
    return true;
}

bool History::merges(std::string_view coalesceKey) const {
    return !coalesceKey.empty() && coalesceKey == coalesceKey_ && !undo_.empty();
}

bool History::applyValid(Plan& plan, std::string_view label, const Mutation& mutation,
                         std::string_view coalesceKey) {
    // (Undo and redo clear the key, so a merge never leaves a redo step behind.)
    if (groupDepth_ > 0 || !merges(coalesceKey)) return apply(plan, label, mutation, coalesceKey);
    lastError_.clear();
    if (!mutation(plan)) return false;
    state_ = nextState_++;
    return true;
}

void History::beginGroup(const Plan& plan, std::string_view label) {
    if (groupDepth_++ > 0) return;
    group_ = Step{std::string(label), plan, state_};
    groupChanged_ = false;
    coalesceKey_.clear();
}

void History::endGroup() {
    if (groupDepth_ == 0 || --groupDepth_ > 0) return;
    if (groupChanged_) {
        clearStack(redo_);
        push(undo_, std::move(group_));
    }
    group_ = Step{};
    groupChanged_ = false;
    coalesceKey_.clear();
}

bool History::undo(Plan& plan) {
    if (groupDepth_ > 0) {
        groupDepth_ = 1;
        endGroup();
    }
    lastError_.clear();
    coalesceKey_.clear();
    if (undo_.empty()) return false;
    Step step = pop(undo_);
    push(redo_, Step{step.label, std::move(plan), state_});
    plan = std::move(step.plan);
    state_ = step.state;
    return true;
}

bool History::redo(Plan& plan) {
    if (groupDepth_ > 0) {
        groupDepth_ = 1;
        endGroup();
    }
    lastError_.clear();
    coalesceKey_.clear();
    if (redo_.empty()) return false;
    Step step = pop(redo_);
    push(undo_, Step{step.label, std::move(plan), state_});
    plan = std::move(step.plan);
    state_ = step.state;
    return true;
}

const std::string& History::undoLabel() const {
    static const std::string none;
    if (groupChanged_) return group_.label;
    return undo_.empty() ? none : undo_.back().label;
}

const std::string& History::redoLabel() const {
    static const std::string none;
    return redo_.empty() ? none : redo_.back().label;
}

void History::clear() {
    clearStack(undo_);
    clearStack(redo_);
    coalesceKey_.clear();
    lastError_.clear();
    groupDepth_ = 0;
    groupChanged_ = false;
    group_ = Step{};
    savedState_ = state_;
}

// ---------------------------------------------------------------------------------------------
// Helpers

namespace {

template <class Container, class IdT>
auto findIn(Container& items, const IdT& id) -> decltype(&items.front()) {
    for (auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

Theme* findThemeIn(Plan& p, const ThemeId& id) { return findIn(p.strategy.themes, id); }
Link* findLink(Plan& p, const LinkId& id) { return findIn(p.tree.links, id); }
Initiative* findInitiative(Plan& p, const InitiativeId& id) { return findIn(p.initiatives, id); }
Adjustment* findAdjustment(Plan& p, const AdjustmentId& id) { return findIn(p.adjustments, id); }

bool refuse(History& h, std::string message) {
    h.setError(std::move(message));
    return false;
}

bool notFound(History& h, const char* what, const std::string& id) {
    return refuse(h, std::string("no ") + what + " has the ID \"" + id + "\"");
}

// Moves the element with `id` to `toIndex` (clamped) of `items`.
template <class T, class IdT>
bool moveInVector(History& h, Plan& plan, const char* what, const char* label,
                  std::vector<T>& (*items)(Plan&), const IdT& id, std::size_t toIndex) {
    auto& list = items(plan);
    auto it = std::find_if(list.begin(), list.end(), [&](const T& e) { return e.id == id; });
    if (it == list.end()) return notFound(h, what, id.value);
    const std::size_t from = static_cast<std::size_t>(it - list.begin());
    const std::size_t to = std::min(toIndex, list.size() - 1);
    h.setError("");
    if (from == to) return false;
    return h.apply(plan, label, [&](Plan& p) {
        auto& l = items(p);
        T moved = std::move(l[from]);
        l.erase(l.begin() + static_cast<std::ptrdiff_t>(from));
        l.insert(l.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
        return true;
    });
}

std::vector<Theme>& themesOf(Plan& p) { return p.strategy.themes; }
std::vector<Objective>& objectivesOf(Plan& p) { return p.objectives; }
std::vector<Initiative>& initiativesOf(Plan& p) { return p.initiatives; }

// Removes what would dangle once key result `id` is gone.
void forgetKeyResult(Plan& p, const std::string& id) {
    for (auto& in : p.initiatives)
        in.keyResults.erase(std::remove_if(in.keyResults.begin(), in.keyResults.end(),
                                           [&](const KeyResultId& k) { return k.value == id; }),
                            in.keyResults.end());
    for (auto& o : p.objectives)
        for (auto& kr : o.keyResults)
            if (kr.contributesTo.value == id) kr.contributesTo = KeyResultId();
    p.adjustments.erase(std::remove_if(p.adjustments.begin(), p.adjustments.end(),
                                       [&](const Adjustment& a) {
                                           return a.targetKind == TargetKind::KeyResult &&
                                                  a.targetId == id;
                                       }),
                        p.adjustments.end());
}

// The largest n of any ID "<prefix><n>" in the plan.
long long largestNumber(const Plan& plan, std::string_view prefix) {
    long long best = 0;
    auto consider = [&](const std::string& id) {
        if (id.size() <= prefix.size() || id.size() > prefix.size() + 15) return;
        if (id.compare(0, prefix.size(), prefix) != 0) return;
        long long n = 0;
        for (std::size_t i = prefix.size(); i < id.size(); ++i) {
            if (id[i] < '0' || id[i] > '9') return;
            n = n * 10 + (id[i] - '0');
        }
        best = std::max(best, n);
    };
    for (const auto& t : plan.strategy.themes) consider(t.id.value);
    for (const auto& n : plan.tree.nodes) consider(n.id.value);
    for (const auto& l : plan.tree.links) consider(l.id.value);
    for (const auto& o : plan.objectives) {
        consider(o.id.value);
        for (const auto& kr : o.keyResults) consider(kr.id.value);
    }
    for (const auto& i : plan.initiatives) consider(i.id.value);
    for (const auto& a : plan.adjustments) consider(a.id.value);
    return best;
}

bool dateOrder(const Checkin& a, const Checkin& b) { return a.date < b.date; }

// ---- setField and canReference, through the field lists of model/fields.h

template <class T>
struct Type {
    using type = T;
};

// Calls visit(Type<T>()) with the entity type of `kind`; `none` when there is none.
template <class Visit, class R>
R withEntityType(Entity kind, Visit visit, R none) {
    switch (kind) {
        case Entity::PlanMeta:
            return visit(Type<PlanMeta>());
        case Entity::Strategy:
            return visit(Type<Strategy>());
        case Entity::Economics:
            return visit(Type<Economics>());
        case Entity::Theme:
            return visit(Type<Theme>());
        case Entity::Node:
            return visit(Type<Node>());
        case Entity::Link:
            return visit(Type<Link>());
        case Entity::Checkin:
            return visit(Type<Checkin>());
        case Entity::KeyResult:
            return visit(Type<KeyResult>());
        case Entity::Objective:
            return visit(Type<Objective>());
        case Entity::Initiative:
            return visit(Type<Initiative>());
        case Entity::Adjustment:
            return visit(Type<Adjustment>());
        case Entity::RetroAnswer:
            return visit(Type<RetroAnswer>());
        case Entity::RuleSettings:
            return visit(Type<RuleSettings>());
        case Entity::None:
            break;
    }
    return none;
}

// Why the entity `ref` names is not there.
std::string missingEntity(const Plan& plan, const EntityRef& ref) {
    if (ref.kind == Entity::Checkin && findKeyResult(plan, KeyResultId(ref.id)))
        return "key result \"" + ref.id + "\" has no check-in number " +
               std::to_string(ref.index + 1);
    if (ref.kind == Entity::Checkin) return "no key result has the ID \"" + ref.id + "\"";
    if (ref.kind == Entity::RetroAnswer)
        return "the retrospective has no answer number " + std::to_string(ref.index + 1);
    return std::string("no ") + nounOf(ref.kind) + " has the ID \"" + ref.id + "\"";
}

// What a field of `type` takes, for the refusal of a value of another kind.
std::string expected(FieldType type, const std::vector<std::string_view>* choices) {
    switch (type) {
        case FieldType::Text:
        case FieldType::Id:
        case FieldType::Ref:
            return "text";
        case FieldType::Number:
            return "a number";
        case FieldType::OptionalNumber:
            return "a number or nothing";
        case FieldType::WholeNumber:
            return "a whole number or nothing";
        case FieldType::Bool:
            return "true or false";
        case FieldType::Enum:
        case FieldType::OptionalEnum: {
            std::string out = type == FieldType::Enum ? "one of " : "nothing or one of ";
            for (std::size_t i = 0; choices && i < choices->size(); ++i)
                out += (i ? ", \"" : "\"") + std::string((*choices)[i]) + "\"";
            return out;
        }
        case FieldType::Date:
            return "a date";
        case FieldType::OptionalDate:
            return "a date or nothing";
        case FieldType::List:
            break;
    }
    return "a list";
}

// Would field `f` of entity `self` naming `target` lead back to `self`, following the same field
// from entity to entity?
template <class T>
bool loopsBack(const Plan& plan, const FieldInfo<T>& f, const std::string& self,
               std::string target) {
    const std::size_t bound = countEntities(plan);
    for (std::size_t steps = 0; !target.empty() && steps <= bound; ++steps) {
        if (target == self) return true;
        const T* next = findEntity<T>(plan, EntityRef{entityInfo<T>().kind, target, 0});
        target = next ? std::string(*f.view(*next).text()) : std::string();
    }
    return false;
}

template <class T>
Allowed canReferenceFrom(const Plan& plan, const std::string& self, const FieldInfo<T>& f,
                         const std::string& target) {
    if (target.empty() || f.refersTo == Entity::None) return {};
    if (!entityExists(plan, f.refersTo, target))
        return {false, std::string("no ") + nounOf(f.refersTo) + " has the ID \"" + target + "\""};
    if (f.loop && f.refersTo == entityInfo<T>().kind && loopsBack(plan, f, self, target))
        return {false, std::string(f.loop) + ", even through others"};
    return {};
}

template <class T>
bool setFieldOf(History& h, Plan& plan, const EntityRef& ref, std::string_view key,
                FieldValue value) {
    const EntityInfo<T>& info = entityInfo<T>();
    const T* entity = findEntity<T>(plan, ref);
    if (!entity) return refuse(h, missingEntity(plan, ref));
    const FieldInfo<T>* f = info.find(key);
    if (!f) return refuse(h, "\"" + std::string(key) + "\" is not a field of the " + info.noun);
    if (!f->scalar())
        return refuse(h, "\"" + std::string(key) + "\" of the " + info.noun +
                             " is a list; it has commands of its own");
    // The value as the field holds it (an absent text is empty, 7.0 confidence is 7, …).
    T scratch{};
    if (!f->assign(scratch, std::move(value)))
        return refuse(h, "\"" + std::string(key) + "\" takes " + expected(f->type, f->choices));
    const FieldValue stored = f->get(scratch);
    if (f->type == FieldType::Ref) {
        const Allowed allowed = canReferenceFrom(plan, ref.id, *f, *stored.text());
        if (!allowed) return refuse(h, allowed.reason);
    }
    h.setError("");
    if (f->get(*entity) == stored) return false;
    const char* label = f->offLabel && stored.off() ? f->offLabel : f->label;
    std::string entityKey = ref.id;
    if (ref.kind == Entity::Checkin) entityKey += "/checkins/" + std::to_string(ref.index);
    if (ref.kind == Entity::RetroAnswer) entityKey = std::to_string(ref.index);
    const auto set = [&](Plan& p) {
        f->assign(*findEntity<T>(p, ref), FieldValue(stored));
        if constexpr (std::is_same_v<T, Checkin>) {
            auto& cs = findKeyResult(p, KeyResultId(ref.id))->checkins;
            stableSort(cs, dateOrder);
        }
        return true;
    };
    const std::string coalesceKey = std::string(info.noun) + ":" + entityKey + "." + f->key;
    // A text within its field's limits cannot make the plan invalid (validate.cpp checks a text
    // field for its length and, when required, for being there, and nothing else).
    const bool validText = f->type == FieldType::Text && stored.text() &&
                           utf8Length(*stored.text()) <= f->maxChars &&
                           !(f->required && stored.text()->empty());
    // Nor can a number within its field's limits, or an optional one left out (validate.cpp
    // checks a number for being finite and in [min, max], and nothing else): a figure typed
    // digit by digit merges into its undo step in place too.
    const bool number = f->type == FieldType::Number || f->type == FieldType::OptionalNumber ||
                        f->type == FieldType::WholeNumber;
    const double* n = stored.number();
    const bool validNumber = number && (n ? std::isfinite(*n) && *n >= f->min && *n <= f->max
                                          : stored.absent() && f->type != FieldType::Number);
    return validText || validNumber ? h.applyValid(plan, label, set, coalesceKey)
                                    : h.apply(plan, label, set, coalesceKey);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Identity and guards

std::string newId(const Plan& plan, std::string_view prefix) {
    return std::string(prefix) + std::to_string(largestNumber(plan, prefix) + 1);
}

Allowed canReference(const Plan& plan, const EntityRef& ref, std::string_view key,
                     const std::string& target) {
    return withEntityType(
        ref.kind,
        [&](auto type) -> Allowed {
            using T = typename decltype(type)::type;
            if (!findEntity<T>(plan, ref)) return {false, missingEntity(plan, ref)};
            const FieldInfo<T>* f = entityInfo<T>().find(key);
            if (!f)
                return {false, "\"" + std::string(key) + "\" is not a field of the " +
                                   entityInfo<T>().noun};
            return canReferenceFrom(plan, ref.id, *f, target);
        },
        Allowed{false, "no entity was named"});
}

Allowed canSetParent(const Plan& plan, const ObjectiveId& objective, const ObjectiveId& parent) {
    return canReference(plan, entityRef(objective), "parent", parent.value);
}

Allowed canContribute(const Plan& plan, const KeyResultId& kr, const KeyResultId& target) {
    return canReference(plan, entityRef(kr), "contributesTo", target.value);
}

bool setField(History& h, Plan& plan, const EntityRef& ref, std::string_view key,
              FieldValue value) {
    if (ref.kind == Entity::None) return refuse(h, "no entity was named");
    return withEntityType(
        ref.kind,
        [&](auto type) {
            using T = typename decltype(type)::type;
            return setFieldOf<T>(h, plan, ref, key, std::move(value));
        },
        false);
}

// ---------------------------------------------------------------------------------------------
// Plan meta, strategy, economics, rules

bool setPlanTitle(History& h, Plan& plan, const std::string& title) {
    return setField(h, plan, entityRef(Entity::PlanMeta), "title", title);
}
bool setPlanClient(History& h, Plan& plan, const std::string& client) {
    return setField(h, plan, entityRef(Entity::PlanMeta), "client", client);
}
bool setPlanLevel(History& h, Plan& plan, Level level) {
    return setField(h, plan, entityRef(Entity::PlanMeta), "level", level);
}
bool setPlanPeriod(History& h, Plan& plan, std::optional<Date> start, std::optional<Date> end) {
    h.setError("");
    if (plan.meta.start == start && plan.meta.end == end) return false;
    return h.apply(
        plan, "Change period",
        [&](Plan& p) {
            p.meta.start = start;
            p.meta.end = end;
            return true;
        },
        "plan:.period");
}
bool setProfile(History& h, Plan& plan, Profile profile) {
    return setField(h, plan, entityRef(Entity::RuleSettings), "profile", profile);
}
bool setRuleSeverity(History& h, Plan& plan, const std::string& ruleId,
                     std::optional<Severity> severity) {
    h.setError("");
    if (ruleId.empty()) return refuse(h, "a rule override needs a rule ID");
    auto it = plan.rules.overrides.find(ruleId);
    const std::optional<Severity> current =
        it == plan.rules.overrides.end() ? std::nullopt : std::optional<Severity>(it->second);
    if (current == severity) return false;
    return h.apply(plan, severity ? "Change rule severity" : "Reset rule severity", [&](Plan& p) {
        if (severity)
            p.rules.overrides[ruleId] = *severity;
        else
            p.rules.overrides.erase(ruleId);
        return true;
    });
}
bool setVision(History& h, Plan& plan, const std::string& vision) {
    return setField(h, plan, entityRef(Entity::Strategy), "vision", vision);
}
bool setStrategyStatement(History& h, Plan& plan, const std::string& statement) {
    return setField(h, plan, entityRef(Entity::Strategy), "statement", statement);
}

ThemeId addTheme(History& h, Plan& plan, const std::string& title) {
    const ThemeId id(newId(plan, "t"));
    const bool ok = h.apply(plan, "Add theme", [&](Plan& p) {
        p.strategy.themes.push_back(Theme{id, title, {}});
        return true;
    });
    return ok ? id : ThemeId();
}
bool setThemeTitle(History& h, Plan& plan, const ThemeId& id, const std::string& title) {
    return setField(h, plan, entityRef(id), "title", title);
}
bool deleteTheme(History& h, Plan& plan, const ThemeId& id) {
    if (!findThemeIn(plan, id)) return notFound(h, "theme", id.value);
    return h.apply(plan, "Delete theme", [&](Plan& p) {
        auto& ts = p.strategy.themes;
        ts.erase(std::remove_if(ts.begin(), ts.end(), [&](const Theme& t) { return t.id == id; }),
                 ts.end());
        for (auto& o : p.objectives)
            if (o.theme == id) o.theme = ThemeId();
        return true;
    });
}
bool moveTheme(History& h, Plan& plan, const ThemeId& id, std::size_t toIndex) {
    return moveInVector(h, plan, "theme", "Move theme", themesOf, id, toIndex);
}

bool setCurrency(History& h, Plan& plan, const std::string& currency) {
    return setField(h, plan, entityRef(Entity::Economics), "currency", currency);
}
bool setRevenuePerSale(History& h, Plan& plan, std::optional<double> value) {
    return setField(h, plan, entityRef(Entity::Economics), "revenuePerSale", value);
}
bool setLifetimeValue(History& h, Plan& plan, std::optional<double> value) {
    return setField(h, plan, entityRef(Entity::Economics), "lifetimeValue", value);
}
bool setCapacity(History& h, Plan& plan, const std::string& capacity) {
    return setField(h, plan, entityRef(Entity::Economics), "capacity", capacity);
}

// ---------------------------------------------------------------------------------------------
// Tree

NodeId addNode(History& h, Plan& plan, NodeKind kind, const std::string& name, Vec2 position) {
    const NodeId id(newId(plan, "n"));
    const bool ok = h.apply(plan, "Add metric", [&](Plan& p) {
        Node n;
        n.id = id;
        n.name = name;
        n.kind = kind;
        n.position = position;
        p.tree.nodes.push_back(std::move(n));
        return true;
    });
    return ok ? id : NodeId();
}

bool deleteNode(History& h, Plan& plan, const NodeId& id) {
    if (!findNode(plan, id)) return notFound(h, "tree node", id.value);
    return h.apply(plan, "Delete metric", [&](Plan& p) {
        auto& ns = p.tree.nodes;
        ns.erase(std::remove_if(ns.begin(), ns.end(), [&](const Node& n) { return n.id == id; }),
                 ns.end());
        auto& ls = p.tree.links;
        ls.erase(std::remove_if(ls.begin(), ls.end(),
                                [&](const Link& l) { return l.from == id || l.to == id; }),
                 ls.end());
        for (auto& o : p.objectives)
            for (auto& kr : o.keyResults)
                if (kr.driver == id) kr.driver = NodeId();
        return true;
    });
}

bool moveNode(History& h, Plan& plan, const NodeId& id, Vec2 position) {
    Node* n = findNode(plan, id);
    if (!n) return notFound(h, "tree node", id.value);
    h.setError("");
    if (n->position.x == position.x && n->position.y == position.y) return false;
    return h.apply(
        plan, "Move metric",
        [&](Plan& p) {
            findNode(p, id)->position = position;
            return true;
        },
        "tree node:" + id.value + ".position");
}

bool setNodeName(History& h, Plan& plan, const NodeId& id, const std::string& name) {
    return setField(h, plan, entityRef(id), "name", name);
}
bool setNodeKind(History& h, Plan& plan, const NodeId& id, NodeKind kind) {
    return setField(h, plan, entityRef(id), "kind", kind);
}
bool setNodeStage(History& h, Plan& plan, const NodeId& id, Stage stage) {
    return setField(h, plan, entityRef(id), "stage", stage);
}
bool setNodeOwner(History& h, Plan& plan, const NodeId& id, const std::string& owner) {
    return setField(h, plan, entityRef(id), "owner", owner);
}
bool setNodeSource(History& h, Plan& plan, const NodeId& id, const std::string& source) {
    return setField(h, plan, entityRef(id), "source", source);
}
bool setNodeUnit(History& h, Plan& plan, const NodeId& id, const std::string& unit) {
    return setField(h, plan, entityRef(id), "unit", unit);
}
bool setNodeBaseline(History& h, Plan& plan, const NodeId& id, std::optional<double> value) {
    return setField(h, plan, entityRef(id), "baseline", value);
}
bool setNodeSigma(History& h, Plan& plan, const NodeId& id, std::optional<double> value) {
    return setField(h, plan, entityRef(id), "sigma", value);
}
bool setNodeCadence(History& h, Plan& plan, const NodeId& id, Cadence cadence) {
    return setField(h, plan, entityRef(id), "cadence", cadence);
}
bool setNodeValue(History& h, Plan& plan, const NodeId& id, std::optional<double> value) {
    return setField(h, plan, entityRef(id), "value", value);
}
bool setNodeThreshold(History& h, Plan& plan, const NodeId& id, std::optional<double> value) {
    return setField(h, plan, entityRef(id), "threshold", value);
}
bool setNodeComparison(History& h, Plan& plan, const NodeId& id, Comparison comparison) {
    return setField(h, plan, entityRef(id), "comparison", comparison);
}
bool setNodeMonitorOnly(History& h, Plan& plan, const NodeId& id, bool monitorOnly) {
    return setField(h, plan, entityRef(id), "monitorOnly", monitorOnly);
}
bool setNodeNotes(History& h, Plan& plan, const NodeId& id, const std::string& notes) {
    return setField(h, plan, entityRef(id), "notes", notes);
}

LinkId addLink(History& h, Plan& plan, const NodeId& from, const NodeId& to, Relation relation) {
    const LinkCheck v = canLink(plan, from, to, relation);
    if (!v) {
        refuse(h, v.message);
        return LinkId();
    }
    const LinkId id(newId(plan, "l"));
    const bool ok = h.apply(plan, "Link metrics", [&](Plan& p) {
        Link l;
        l.id = id;
        l.from = from;
        l.to = to;
        l.relation = relation;
        p.tree.links.push_back(std::move(l));
        return true;
    });
    return ok ? id : LinkId();
}

bool deleteLink(History& h, Plan& plan, const LinkId& id) {
    if (!findLink(plan, id)) return notFound(h, "link", id.value);
    return h.apply(plan, "Unlink metrics", [&](Plan& p) {
        auto& ls = p.tree.links;
        ls.erase(std::remove_if(ls.begin(), ls.end(), [&](const Link& l) { return l.id == id; }),
                 ls.end());
        return true;
    });
}

bool setLinkRelation(History& h, Plan& plan, const LinkId& id, Relation relation) {
    return setField(h, plan, entityRef(id), "relation", relation);
}

// ---------------------------------------------------------------------------------------------
// Objectives

ObjectiveId addObjective(History& h, Plan& plan, const std::string& title) {
    const ObjectiveId id(newId(plan, "o"));
    const bool ok = h.apply(plan, "Add objective", [&](Plan& p) {
        Objective o;
        o.id = id;
        o.title = title;
        o.level = p.meta.level;
        p.objectives.push_back(std::move(o));
        return true;
    });
    return ok ? id : ObjectiveId();
}

ObjectiveId pasteObjective(History& h, Plan& plan, const Objective& objective, std::size_t index) {
    Objective copy = objective;
    copy.id = ObjectiveId(newId(plan, "o"));
    if (!copy.parent.empty() && !findObjective(plan, copy.parent)) copy.parent = ObjectiveId();
    if (!copy.theme.empty() && !findTheme(plan, copy.theme)) copy.theme = ThemeId();
    long long next = largestNumber(plan, "kr");
    std::vector<std::pair<std::string, std::string>> renamed;
    for (auto& kr : copy.keyResults) {
        const std::string fresh = "kr" + std::to_string(++next);
        renamed.emplace_back(kr.id.value, fresh);
        kr.id = KeyResultId(fresh);
        if (!kr.driver.empty() && !findNode(plan, kr.driver)) kr.driver = NodeId();
    }
    for (auto& kr : copy.keyResults) {
        if (kr.contributesTo.empty()) continue;
        auto it = std::find_if(renamed.begin(), renamed.end(),
                               [&](const auto& r) { return r.first == kr.contributesTo.value; });
        if (it != renamed.end())
            kr.contributesTo = KeyResultId(it->second);
        else if (!findKeyResult(plan, kr.contributesTo))
            kr.contributesTo = KeyResultId();
    }
    const ObjectiveId id = copy.id;
    const bool ok = h.apply(plan, "Paste objective", [&](Plan& p) {
        const std::size_t at = std::min(index, p.objectives.size());
        p.objectives.insert(p.objectives.begin() + static_cast<std::ptrdiff_t>(at),
                            std::move(copy));
        return true;
    });
    return ok ? id : ObjectiveId();
}

bool deleteObjective(History& h, Plan& plan, const ObjectiveId& id) {
    if (!findObjective(plan, id)) return notFound(h, "objective", id.value);
    return h.apply(plan, "Delete objective", [&](Plan& p) {
        auto it = std::find_if(p.objectives.begin(), p.objectives.end(),
                               [&](const Objective& o) { return o.id == id; });
        std::vector<std::string> krs;
        for (const auto& kr : it->keyResults) krs.push_back(kr.id.value);
        p.objectives.erase(it);
        for (const auto& kr : krs) forgetKeyResult(p, kr);
        for (auto& o : p.objectives)
            if (o.parent == id) o.parent = ObjectiveId();
        auto& adj = p.adjustments;
        adj.erase(std::remove_if(adj.begin(), adj.end(),
                                 [&](const Adjustment& a) {
                                     return a.targetKind == TargetKind::Objective &&
                                            a.targetId == id.value;
                                 }),
                  adj.end());
        return true;
    });
}

bool moveObjective(History& h, Plan& plan, const ObjectiveId& id, std::size_t toIndex) {
    return moveInVector(h, plan, "objective", "Move objective", objectivesOf, id, toIndex);
}

bool setObjectiveTitle(History& h, Plan& plan, const ObjectiveId& id, const std::string& title) {
    return setField(h, plan, entityRef(id), "title", title);
}
bool setObjectiveOwner(History& h, Plan& plan, const ObjectiveId& id, const std::string& owner) {
    return setField(h, plan, entityRef(id), "owner", owner);
}
bool setObjectiveLevel(History& h, Plan& plan, const ObjectiveId& id, Level level) {
    return setField(h, plan, entityRef(id), "level", level);
}
bool setObjectiveParent(History& h, Plan& plan, const ObjectiveId& id, const ObjectiveId& parent) {
    return setField(h, plan, entityRef(id), "parent", parent);
}
bool setObjectiveTheme(History& h, Plan& plan, const ObjectiveId& id, const ThemeId& theme) {
    return setField(h, plan, entityRef(id), "theme", theme);
}
bool setObjectiveStyle(History& h, Plan& plan, const ObjectiveId& id, Style style) {
    return setField(h, plan, entityRef(id), "style", style);
}
bool setObjectiveNotes(History& h, Plan& plan, const ObjectiveId& id, const std::string& notes) {
    return setField(h, plan, entityRef(id), "notes", notes);
}

// ---------------------------------------------------------------------------------------------
// Key results

KeyResultId addKeyResult(History& h, Plan& plan, const ObjectiveId& objective,
                         const std::string& title) {
    if (!findObjective(plan, objective)) {
        notFound(h, "objective", objective.value);
        return KeyResultId();
    }
    const KeyResultId id(newId(plan, "kr"));
    const bool ok = h.apply(plan, "Add key result", [&](Plan& p) {
        KeyResult kr;
        kr.id = id;
        kr.title = title;
        kr.due = p.meta.end;
        findObjective(p, objective)->keyResults.push_back(std::move(kr));
        return true;
    });
    return ok ? id : KeyResultId();
}

KeyResultId addKeyResultForDriver(History& h, Plan& plan, const ObjectiveId& objective,
                                  const NodeId& node) {
    const Node* n = findNode(plan, node);
    if (!n) {
        notFound(h, "tree node", node.value);
        return KeyResultId();
    }
    if (!findObjective(plan, objective)) {
        notFound(h, "objective", objective.value);
        return KeyResultId();
    }
    const KeyResultId id(newId(plan, "kr"));
    KeyResult kr;
    kr.id = id;
    kr.title = "Move " + n->name;
    kr.kind = KrKind::Metric;
    kr.metric = n->name;
    kr.unit = n->kpi.unit;
    kr.baseline = n->value ? n->value : n->kpi.baseline;
    kr.owner = n->kpi.owner;
    kr.source = n->kpi.source;
    kr.cadence = n->kpi.cadence;
    kr.driver = n->id;
    kr.due = plan.meta.end;
    const bool ok = h.apply(plan, "Add KR for driver", [&](Plan& p) {
        findObjective(p, objective)->keyResults.push_back(std::move(kr));
        return true;
    });
    return ok ? id : KeyResultId();
}

bool deleteKeyResult(History& h, Plan& plan, const KeyResultId& id) {
    if (!findKeyResult(plan, id)) return notFound(h, "key result", id.value);
    return h.apply(plan, "Delete key result", [&](Plan& p) {
        for (auto& o : p.objectives) {
            auto& krs = o.keyResults;
            krs.erase(std::remove_if(krs.begin(), krs.end(),
                                     [&](const KeyResult& k) { return k.id == id; }),
                      krs.end());
        }
        forgetKeyResult(p, id.value);
        return true;
    });
}

bool moveKeyResult(History& h, Plan& plan, const KeyResultId& id, const ObjectiveId& objective,
                   std::size_t toIndex) {
    if (!findKeyResult(plan, id)) return notFound(h, "key result", id.value);
    Objective* target = findObjective(plan, objective);
    if (!target) return notFound(h, "objective", objective.value);
    h.setError("");
    const auto& targetKrs = target->keyResults;
    const bool sameObjective = std::any_of(targetKrs.begin(), targetKrs.end(),
                                           [&](const KeyResult& k) { return k.id == id; });
    if (sameObjective) {
        const std::size_t from =
            static_cast<std::size_t>(std::find_if(targetKrs.begin(), targetKrs.end(),
                                                  [&](const KeyResult& k) { return k.id == id; }) -
                                     targetKrs.begin());
        if (std::min(toIndex, targetKrs.size() - 1) == from) return false;
    }
    return h.apply(plan, "Move key result", [&](Plan& p) {
        KeyResult moved;
        for (auto& o : p.objectives) {
            auto it = std::find_if(o.keyResults.begin(), o.keyResults.end(),
                                   [&](const KeyResult& k) { return k.id == id; });
            if (it == o.keyResults.end()) continue;
            moved = std::move(*it);
            o.keyResults.erase(it);
            break;
        }
        auto& krs = findObjective(p, objective)->keyResults;
        const std::size_t at = std::min(toIndex, krs.size());
        krs.insert(krs.begin() + static_cast<std::ptrdiff_t>(at), std::move(moved));
        return true;
    });
}

bool replaceKeyResult(History& h, Plan& plan, const KeyResult& kr) {
    if (!findKeyResult(plan, kr.id)) return notFound(h, "key result", kr.id.value);
    return h.apply(plan, "Edit key result", [&](Plan& p) {
        *findKeyResult(p, kr.id) = kr;
        return true;
    });
}

bool setKeyResultTitle(History& h, Plan& plan, const KeyResultId& id, const std::string& title) {
    return setField(h, plan, entityRef(id), "title", title);
}
bool setKeyResultKind(History& h, Plan& plan, const KeyResultId& id, KrKind kind) {
    return setField(h, plan, entityRef(id), "kind", kind);
}
bool setKeyResultMetric(History& h, Plan& plan, const KeyResultId& id, const std::string& metric) {
    return setField(h, plan, entityRef(id), "metric", metric);
}
bool setKeyResultUnit(History& h, Plan& plan, const KeyResultId& id, const std::string& unit) {
    return setField(h, plan, entityRef(id), "unit", unit);
}
bool setKeyResultDirection(History& h, Plan& plan, const KeyResultId& id,
                           std::optional<Direction> direction) {
    return setField(h, plan, entityRef(id), "direction", direction);
}
bool setKeyResultBaseline(History& h, Plan& plan, const KeyResultId& id,
                          std::optional<double> value) {
    return setField(h, plan, entityRef(id), "baseline", value);
}
bool setKeyResultTarget(History& h, Plan& plan, const KeyResultId& id,
                        std::optional<double> value) {
    return setField(h, plan, entityRef(id), "target", value);
}
bool setKeyResultCurrent(History& h, Plan& plan, const KeyResultId& id,
                         std::optional<double> value) {
    return setField(h, plan, entityRef(id), "current", value);
}
bool setKeyResultBand(History& h, Plan& plan, const KeyResultId& id, std::optional<double> low,
                      std::optional<double> high) {
    KeyResult* kr = findKeyResult(plan, id);
    if (!kr) return notFound(h, "key result", id.value);
    h.setError("");
    if (kr->bandLow == low && kr->bandHigh == high) return false;
    return h.apply(
        plan, "Edit band",
        [&](Plan& p) {
            KeyResult* k = findKeyResult(p, id);
            k->bandLow = low;
            k->bandHigh = high;
            return true;
        },
        "key result:" + id.value + ".band");
}
bool setKeyResultDone(History& h, Plan& plan, const KeyResultId& id, bool done) {
    return setField(h, plan, entityRef(id), "done", done);
}
bool setKeyResultDue(History& h, Plan& plan, const KeyResultId& id, std::optional<Date> due) {
    return setField(h, plan, entityRef(id), "due", due);
}
bool setKeyResultOwner(History& h, Plan& plan, const KeyResultId& id, const std::string& owner) {
    return setField(h, plan, entityRef(id), "owner", owner);
}
bool setKeyResultSource(History& h, Plan& plan, const KeyResultId& id, const std::string& source) {
    return setField(h, plan, entityRef(id), "source", source);
}
bool setKeyResultSourceVisible(History& h, Plan& plan, const KeyResultId& id, bool visible) {
    return setField(h, plan, entityRef(id), "sourceVisible", visible);
}
bool setKeyResultCadence(History& h, Plan& plan, const KeyResultId& id, Cadence cadence) {
    return setField(h, plan, entityRef(id), "cadence", cadence);
}
bool setKeyResultDriver(History& h, Plan& plan, const KeyResultId& id, const NodeId& driver) {
    return setField(h, plan, entityRef(id), "driver", driver);
}
bool setKeyResultSignal(History& h, Plan& plan, const KeyResultId& id, Signal signal) {
    return setField(h, plan, entityRef(id), "signal", signal);
}
bool setKeyResultStyle(History& h, Plan& plan, const KeyResultId& id, std::optional<Style> style) {
    return setField(h, plan, entityRef(id), "style", style);
}
bool setKeyResultContributesTo(History& h, Plan& plan, const KeyResultId& id,
                               const KeyResultId& target) {
    return setField(h, plan, entityRef(id), "contributesTo", target);
}
bool setKeyResultScoreOverride(History& h, Plan& plan, const KeyResultId& id,
                               std::optional<double> score, const std::string& reason) {
    KeyResult* kr = findKeyResult(plan, id);
    if (!kr) return notFound(h, "key result", id.value);
    if (score && !(*score >= 0.0 && *score <= 1.0))
        return refuse(h, "A score is between 0 and 1 (0.7 is 70% of the way).");
    // S4: a person's grade stands beside the computed one only with the reason written down.
    if (score && reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return refuse(h, "Write why the score differs from the computed one before overriding it.");
    h.setError("");
    if (kr->scoreOverride.score == score && kr->scoreOverride.reason == reason) return false;
    return h.apply(
        plan, score ? "Override score" : "Clear score override",
        [&](Plan& p) {
            findKeyResult(p, id)->scoreOverride = ScoreOverride{score, reason};
            return true;
        },
        "key result:" + id.value + ".scoreOverride");
}
bool setKeyResultEvidence(History& h, Plan& plan, const KeyResultId& id,
                          const std::string& evidence) {
    return setField(h, plan, entityRef(id), "evidence", evidence);
}
bool setKeyResultNotes(History& h, Plan& plan, const KeyResultId& id, const std::string& notes) {
    return setField(h, plan, entityRef(id), "notes", notes);
}

// ---------------------------------------------------------------------------------------------
// Check-ins

bool addCheckin(History& h, Plan& plan, const KeyResultId& kr, const Checkin& checkin) {
    if (!findKeyResult(plan, kr)) return notFound(h, "key result", kr.value);
    return h.apply(plan, "Add check-in", [&](Plan& p) {
        auto& cs = findKeyResult(p, kr)->checkins;
        cs.insert(std::upper_bound(cs.begin(), cs.end(), checkin, dateOrder), checkin);
        return true;
    });
}

bool setCheckin(History& h, Plan& plan, const KeyResultId& kr, std::size_t index,
                const Checkin& checkin) {
    const KeyResult* k = findKeyResult(plan, kr);
    if (!k) return notFound(h, "key result", kr.value);
    if (index >= k->checkins.size())
        return refuse(h, "key result \"" + kr.value + "\" has no check-in number " +
                             std::to_string(index + 1));
    return h.apply(
        plan, "Edit check-in",
        [&](Plan& p) {
            auto& cs = findKeyResult(p, kr)->checkins;
            cs[index] = checkin;
            stableSort(cs, dateOrder);
            return true;
        },
        "key result:" + kr.value + ".checkin" + std::to_string(index));
}

bool deleteCheckin(History& h, Plan& plan, const KeyResultId& kr, std::size_t index) {
    const KeyResult* k = findKeyResult(plan, kr);
    if (!k) return notFound(h, "key result", kr.value);
    if (index >= k->checkins.size())
        return refuse(h, "key result \"" + kr.value + "\" has no check-in number " +
                             std::to_string(index + 1));
    return h.apply(plan, "Delete check-in", [&](Plan& p) {
        auto& cs = findKeyResult(p, kr)->checkins;
        cs.erase(cs.begin() + static_cast<std::ptrdiff_t>(index));
        return true;
    });
}

// ---------------------------------------------------------------------------------------------
// Initiatives

InitiativeId addInitiative(History& h, Plan& plan, const std::string& title) {
    const InitiativeId id(newId(plan, "i"));
    const bool ok = h.apply(plan, "Add initiative", [&](Plan& p) {
        Initiative in;
        in.id = id;
        in.title = title;
        p.initiatives.push_back(std::move(in));
        return true;
    });
    return ok ? id : InitiativeId();
}

bool deleteInitiative(History& h, Plan& plan, const InitiativeId& id) {
    if (!findInitiative(plan, id)) return notFound(h, "initiative", id.value);
    return h.apply(plan, "Delete initiative", [&](Plan& p) {
        auto& ins = p.initiatives;
        ins.erase(
            std::remove_if(ins.begin(), ins.end(), [&](const Initiative& i) { return i.id == id; }),
            ins.end());
        return true;
    });
}

bool moveInitiative(History& h, Plan& plan, const InitiativeId& id, std::size_t toIndex) {
    return moveInVector(h, plan, "initiative", "Move initiative", initiativesOf, id, toIndex);
}

bool setInitiativeTitle(History& h, Plan& plan, const InitiativeId& id, const std::string& title) {
    return setField(h, plan, entityRef(id), "title", title);
}
bool setInitiativeOwner(History& h, Plan& plan, const InitiativeId& id, const std::string& owner) {
    return setField(h, plan, entityRef(id), "owner", owner);
}
bool setInitiativeNotes(History& h, Plan& plan, const InitiativeId& id, const std::string& notes) {
    return setField(h, plan, entityRef(id), "notes", notes);
}

bool linkInitiative(History& h, Plan& plan, const InitiativeId& id, const KeyResultId& kr) {
    Initiative* in = findInitiative(plan, id);
    if (!in) return notFound(h, "initiative", id.value);
    if (!findKeyResult(plan, kr)) return notFound(h, "key result", kr.value);
    h.setError("");
    if (std::find(in->keyResults.begin(), in->keyResults.end(), kr) != in->keyResults.end())
        return false;
    return h.apply(plan, "Link initiative to key result", [&](Plan& p) {
        findInitiative(p, id)->keyResults.push_back(kr);
        return true;
    });
}

bool unlinkInitiative(History& h, Plan& plan, const InitiativeId& id, const KeyResultId& kr) {
    Initiative* in = findInitiative(plan, id);
    if (!in) return notFound(h, "initiative", id.value);
    h.setError("");
    if (std::find(in->keyResults.begin(), in->keyResults.end(), kr) == in->keyResults.end())
        return false;
    return h.apply(plan, "Unlink initiative from key result", [&](Plan& p) {
        auto& ks = findInitiative(p, id)->keyResults;
        ks.erase(std::remove(ks.begin(), ks.end(), kr), ks.end());
        return true;
    });
}

// ---------------------------------------------------------------------------------------------
// Adjustment log

AdjustmentId addAdjustment(History& h, Plan& plan, Adjustment adjustment) {
    if (adjustment.id.empty() || findAdjustment(plan, adjustment.id))
        adjustment.id = AdjustmentId(newId(plan, "a"));
    const AdjustmentId id = adjustment.id;
    const bool ok = h.apply(plan, "Log adjustment", [&](Plan& p) {
        p.adjustments.push_back(adjustment);
        return true;
    });
    return ok ? id : AdjustmentId();
}

bool setAdjustment(History& h, Plan& plan, const Adjustment& adjustment) {
    if (!findAdjustment(plan, adjustment.id)) return notFound(h, "adjustment", adjustment.id.value);
    return h.apply(plan, "Edit adjustment", [&](Plan& p) {
        *findAdjustment(p, adjustment.id) = adjustment;
        return true;
    });
}

bool deleteAdjustment(History& h, Plan& plan, const AdjustmentId& id) {
    if (!findAdjustment(plan, id)) return notFound(h, "adjustment", id.value);
    return h.apply(plan, "Delete adjustment", [&](Plan& p) {
        auto& adj = p.adjustments;
        adj.erase(
            std::remove_if(adj.begin(), adj.end(), [&](const Adjustment& a) { return a.id == id; }),
            adj.end());
        return true;
    });
}

}  // namespace okr
