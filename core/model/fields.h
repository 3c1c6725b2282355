// The field lists of the plan's entities: one descriptor per entity type (PlanMeta, Strategy,
// Economics, Theme, Node with its KPI definition and guardrail, Link, Checkin, KeyResult,
// Objective, Initiative, Adjustment, RetroAnswer, RuleSettings) giving, for every field, its JSON
// key, type, limits, human wording and typed access, in the order the file writes them. This is
// the only list of an entity's fields: the file's reader and writer (io/format.cpp), the integrity
// checks (validate.h) and the generic setField command (edit/commands.h) walk it, the objectives
// panel (web/panels/objectives.cpp) draws fields by it, and so can a later compare, merge or
// spreadsheet import.
//
// It lives in model/ and not in io/ because it does no I/O and validate.h (model) needs it: the
// keys are also the JSON pointer segments of the problems validate.h reports.
//
// Contract:
// - entityInfo<T>().fields lists every key of format version 1 for T in save order (FORMAT.md
//   documents them). Scalar fields have typed access: view() reads without copying, assign()
//   stores a FieldValue and refuses one of the wrong kind. Sub-lists (FieldType::List: themes,
//   key results, check-ins, an initiative's key result IDs, rule overrides) only hold their key
//   and place in the order; the code of each list reads, writes, checks and edits it.
// - Limits are the file's: text ≤ maxChars characters, numbers within [min, max] (±kMaxMagnitude
//   unless stated), whole numbers for WholeNumber. validate.h enforces them on a typed plan and
//   the reader on the text; the method's own judgements (a score between 0 and 1, …) are not
//   limits and stay with their commands and rules.
// - The tree and the top level of the file are sections of lists, not entities: format.cpp keeps
//   their keys.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "model/date.h"
#include "model/plan.h"

namespace okr {

inline constexpr std::size_t kMaxTextChars = 10000;
inline constexpr double kMaxMagnitude = 1e15;

enum class FieldType {
    Text,            // std::string; left out of the file when empty
    Id,              // the entity's own ID: required, non-empty, always written
    Ref,             // the ID of another entity (refersTo); empty = none, left out
    Number,          // double, always written (a node's x and y)
    OptionalNumber,  // std::optional<double>; left out when absent
    WholeNumber,     // std::optional<int> (a check-in's confidence); left out when absent
    Bool,            // always written
    Enum,            // always written, as its file spelling
    OptionalEnum,    // std::optional<enum>; left out when absent
    Date,            // a date the entity needs: required, always written
    OptionalDate,    // left out when absent
    List,            // a sub-list with its own code; here for its key and place
};

enum class Entity {
    None,
    PlanMeta,
    Strategy,
    Economics,
    Theme,
    Node,
    Link,
    Checkin,
    KeyResult,
    Objective,
    Initiative,
    Adjustment,
    RetroAnswer,
    RuleSettings,
};

// The word for one entity of a kind in messages: "key result", "tree node", "check-in".
const char* nounOf(Entity kind);

// Which entity of a plan a command addresses.
struct EntityRef {
    Entity kind = Entity::None;
    std::string id;  // its ID; a check-in's key result; empty for meta, strategy, economics, rules
    std::size_t index = 0;  // a check-in's place in its key result; a retrospective answer's place
};

EntityRef entityRef(Entity section);  // PlanMeta, Strategy, Economics or RuleSettings
EntityRef entityRef(const ThemeId& id);
EntityRef entityRef(const NodeId& id);
EntityRef entityRef(const LinkId& id);
EntityRef entityRef(const ObjectiveId& id);
EntityRef entityRef(const KeyResultId& id);
EntityRef entityRef(const InitiativeId& id);
EntityRef entityRef(const AdjustmentId& id);
EntityRef checkinRef(const KeyResultId& keyResult, std::size_t index);
EntityRef retroAnswerRef(std::size_t index);

// Does an entity of `kind` with ID `id` exist? (Kinds with IDs only.)
bool entityExists(const Plan& plan, Entity kind, std::string_view id);

class FieldView;

// A field's value, owned: absent, text (text, IDs, references and enum spellings), a number, true
// or false, or a date. Converts from every member type of the model.
class FieldValue {
  public:
    FieldValue() = default;
    FieldValue(std::nullopt_t) {}
    FieldValue(std::string text) : v_(std::move(text)) {}
    FieldValue(const char* text) : v_(std::string(text)) {}
    FieldValue(double number) : v_(number) {}
    FieldValue(int number) : v_(static_cast<double>(number)) {}
    FieldValue(bool truth) : v_(truth) {}
    FieldValue(Date date) : v_(date) {}
    template <class Tag>
    FieldValue(const Id<Tag>& id) : v_(id.value) {}
    template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    FieldValue(E value) : v_(std::string(name(value))) {}
    template <class V>
    FieldValue(const std::optional<V>& value) {
        if (value) *this = FieldValue(*value);
    }
    explicit FieldValue(const FieldView& view);

    bool absent() const { return std::holds_alternative<std::monostate>(v_); }
    const std::string* text() const { return std::get_if<std::string>(&v_); }
    std::string* text() { return std::get_if<std::string>(&v_); }
    const double* number() const { return std::get_if<double>(&v_); }
    const bool* truth() const { return std::get_if<bool>(&v_); }
    const Date* date() const { return std::get_if<Date>(&v_); }
    // Absent, empty text or false: what the "off" label of a field describes.
    bool off() const;

    friend bool operator==(const FieldValue& a, const FieldValue& b) { return a.v_ == b.v_; }
    friend bool operator!=(const FieldValue& a, const FieldValue& b) { return !(a == b); }

  private:
    std::variant<std::monostate, std::string, double, bool, Date> v_;
};

// A field's value as it is in the plan, without copying it (valid while the entity is).
class FieldView {
  public:
    FieldView() = default;
    explicit FieldView(std::string_view text) : v_(text) {}
    explicit FieldView(double number) : v_(number) {}
    explicit FieldView(bool truth) : v_(truth) {}
    explicit FieldView(Date date) : v_(date) {}

    bool absent() const { return std::holds_alternative<std::monostate>(v_); }
    const std::string_view* text() const { return std::get_if<std::string_view>(&v_); }
    const double* number() const { return std::get_if<double>(&v_); }
    const bool* truth() const { return std::get_if<bool>(&v_); }
    const Date* date() const { return std::get_if<Date>(&v_); }

  private:
    std::variant<std::monostate, std::string_view, double, bool, Date> v_;
};

// One field of entity type T.
template <class T>
struct FieldInfo {
    const char* key = "";  // JSON key; the JSON pointer segment of its problems
    FieldType type = FieldType::Text;
    const char* caption = "";  // its name for people: "Band low", "Contributes to"
    const char* label = "";    // the undo label of an edit: "Edit target"
    // The label of an edit that clears it (absent, empty, false): "Unlink driver"; nullptr: label.
    const char* offLabel = nullptr;
    Entity refersTo = Entity::None;  // Ref and lists of IDs: the kind of entity named
    // The file must hold it: a Text non-empty, any other type present (reading without it is an
    // error, `missing` says why; Id and Date have a sentence made from the entity's noun). A
    // required field is always written.
    bool required = false;
    const char* missing = nullptr;
    bool always = false;  // written even when empty
    // A reference to the entity's own kind may not loop back: "an objective cannot support
    // itself" (validate.h's loop problems, and the commands' refusals).
    const char* loop = nullptr;
    std::size_t maxChars = kMaxTextChars;  // Text, Id, Ref
    double min = -kMaxMagnitude;           // Number, OptionalNumber, WholeNumber
    double max = kMaxMagnitude;
    const std::vector<std::string_view>* choices = nullptr;  // Enum, OptionalEnum: file spellings

    FieldView (*view)(const T&) = nullptr;       // every type but List
    bool (*assign)(T&, FieldValue&&) = nullptr;  // false (T unchanged) for a value of another kind

    FieldValue get(const T& entity) const { return FieldValue(view(entity)); }
    bool scalar() const { return type != FieldType::List; }
};

// The descriptor of entity type T: its kind, its noun and its fields in save order.
template <class T>
struct EntityInfo {
    Entity kind = Entity::None;
    const char* noun = "";  // nounOf(kind)
    std::vector<FieldInfo<T>> fields;

    const FieldInfo<T>* find(std::string_view key) const {
        for (const auto& f : fields)
            if (key == f.key) return &f;
        return nullptr;
    }
};

template <class T>
const EntityInfo<T>& entityInfo();

template <>
const EntityInfo<PlanMeta>& entityInfo<PlanMeta>();
template <>
const EntityInfo<Strategy>& entityInfo<Strategy>();
template <>
const EntityInfo<Economics>& entityInfo<Economics>();
template <>
const EntityInfo<Theme>& entityInfo<Theme>();
template <>
const EntityInfo<Node>& entityInfo<Node>();
template <>
const EntityInfo<Link>& entityInfo<Link>();
template <>
const EntityInfo<Checkin>& entityInfo<Checkin>();
template <>
const EntityInfo<KeyResult>& entityInfo<KeyResult>();
template <>
const EntityInfo<Objective>& entityInfo<Objective>();
template <>
const EntityInfo<Initiative>& entityInfo<Initiative>();
template <>
const EntityInfo<Adjustment>& entityInfo<Adjustment>();
template <>
const EntityInfo<RetroAnswer>& entityInfo<RetroAnswer>();
template <>
const EntityInfo<RuleSettings>& entityInfo<RuleSettings>();

// Calls visit(entityInfo<T>()) for every entity type, in the order above.
template <class Visit>
void forEachEntityInfo(Visit&& visit) {
    visit(entityInfo<PlanMeta>());
    visit(entityInfo<Strategy>());
    visit(entityInfo<Economics>());
    visit(entityInfo<Theme>());
    visit(entityInfo<Node>());
    visit(entityInfo<Link>());
    visit(entityInfo<Checkin>());
    visit(entityInfo<KeyResult>());
    visit(entityInfo<Objective>());
    visit(entityInfo<Initiative>());
    visit(entityInfo<Adjustment>());
    visit(entityInfo<RetroAnswer>());
    visit(entityInfo<RuleSettings>());
}

// The entity `ref` names, if it is a T and exists; nullptr otherwise.
template <class T>
T* findEntity(Plan& plan, const EntityRef& ref);
template <class T>
const T* findEntity(const Plan& plan, const EntityRef& ref);

// ---- the sentences of a value outside its field's limits (the reader and validate.h share them)

// A number in a sentence: whole numbers as integers ("10", "-1"), others as %g without '+'
// ("1e15").
std::string numberText(double v);
// "this text is 10,001 characters long; the limit is 10,000 characters"
std::string textTooLong(std::size_t chars, std::size_t limit);
// "a whole number from 0 to 10"
std::string wholeNumberRange(double min, double max);

}  // namespace okr
