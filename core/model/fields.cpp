// The field lists of the plan's entities, in save order; see fields.h. Each field is made from
// its member pointer: the member's C++ type gives the field type and its typed access.
#include "model/fields.h"

#include <climits>
#include <cmath>
#include <cstdio>

#include "model/text.h"

namespace okr {

namespace {

// ---- typed access, per member type

template <class P>
struct MemberOf;
template <class C, class M>
struct MemberOf<M C::*> {
    using Class = C;
};

// Member M of an entity, or member N of that member (a node's kpi.owner).
template <auto M, auto N>
struct Path {
    using Owner = typename MemberOf<decltype(M)>::Class;
    static constexpr bool kNested = !std::is_same_v<decltype(N), std::nullptr_t>;

    static auto& in(Owner& o) {
        if constexpr (kNested)
            return (o.*M).*N;
        else
            return o.*M;
    }
    static const auto& in(const Owner& o) {
        if constexpr (kNested)
            return (o.*M).*N;
        else
            return o.*M;
    }
};

template <class E>
const std::vector<std::string_view>& spellings() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (E value : enumValues<E>()) out.emplace_back(name(value));
        return out;
    }();
    return names;
}

template <class M, class Enable = void>
struct Codec;

template <>
struct Codec<std::string> {
    static constexpr FieldType kType = FieldType::Text;
    static FieldView view(const std::string& m) { return FieldView(std::string_view(m)); }
    static bool assign(std::string& m, FieldValue&& v) {
        if (v.absent()) {
            m.clear();
            return true;
        }
        std::string* text = v.text();
        if (!text) return false;
        m = std::move(*text);
        return true;
    }
};

template <class Tag>
struct Codec<Id<Tag>> {
    static constexpr FieldType kType = FieldType::Ref;
    static FieldView view(const Id<Tag>& m) { return FieldView(std::string_view(m.value)); }
    static bool assign(Id<Tag>& m, FieldValue&& v) {
        return Codec<std::string>::assign(m.value, std::move(v));
    }
};

template <>
struct Codec<double> {
    static constexpr FieldType kType = FieldType::Number;
    static FieldView view(double m) { return FieldView(m); }
    static bool assign(double& m, FieldValue&& v) {
        if (!v.number()) return false;
        m = *v.number();
        return true;
    }
};

template <>
struct Codec<std::optional<double>> {
    static constexpr FieldType kType = FieldType::OptionalNumber;
    static FieldView view(const std::optional<double>& m) {
        return m ? FieldView(*m) : FieldView();
    }
    static bool assign(std::optional<double>& m, FieldValue&& v) {
        if (v.absent()) {
            m.reset();
            return true;
        }
        if (!v.number()) return false;
        m = *v.number();
        return true;
    }
};

template <>
struct Codec<std::optional<int>> {
    static constexpr FieldType kType = FieldType::WholeNumber;
    static FieldView view(const std::optional<int>& m) {
        return m ? FieldView(static_cast<double>(*m)) : FieldView();
    }
    static bool assign(std::optional<int>& m, FieldValue&& v) {
        if (v.absent()) {
            m.reset();
            return true;
        }
        const double* d = v.number();
        if (!d || *d != std::floor(*d) || *d < INT_MIN || *d > INT_MAX) return false;
        m = static_cast<int>(*d);
        return true;
    }
};

template <>
struct Codec<bool> {
    static constexpr FieldType kType = FieldType::Bool;
    static FieldView view(bool m) { return FieldView(m); }
    static bool assign(bool& m, FieldValue&& v) {
        if (!v.truth()) return false;
        m = *v.truth();
        return true;
    }
};

template <class E>
struct Codec<E, std::enable_if_t<std::is_enum_v<E>>> {
    static constexpr FieldType kType = FieldType::Enum;
    using Enum = E;
    static FieldView view(E m) { return FieldView(std::string_view(name(m))); }
    static bool assign(E& m, FieldValue&& v) {
        const std::string* text = v.text();
        if (!text) return false;
        const std::optional<E> parsed = parseEnum<E>(*text);
        if (!parsed) return false;
        m = *parsed;
        return true;
    }
};

template <class E>
struct Codec<std::optional<E>, std::enable_if_t<std::is_enum_v<E>>> {
    static constexpr FieldType kType = FieldType::OptionalEnum;
    using Enum = E;
    static FieldView view(const std::optional<E>& m) {
        return m ? FieldView(std::string_view(name(*m))) : FieldView();
    }
    static bool assign(std::optional<E>& m, FieldValue&& v) {
        if (v.absent()) {
            m.reset();
            return true;
        }
        E e{};
        if (!Codec<E>::assign(e, std::move(v))) return false;
        m = e;
        return true;
    }
};

template <>
struct Codec<Date> {
    static constexpr FieldType kType = FieldType::Date;
    static FieldView view(const Date& m) { return FieldView(m); }
    static bool assign(Date& m, FieldValue&& v) {
        if (!v.date()) return false;
        m = *v.date();
        return true;
    }
};

template <>
struct Codec<std::optional<Date>> {
    static constexpr FieldType kType = FieldType::OptionalDate;
    static FieldView view(const std::optional<Date>& m) { return m ? FieldView(*m) : FieldView(); }
    static bool assign(std::optional<Date>& m, FieldValue&& v) {
        if (v.absent()) {
            m.reset();
            return true;
        }
        if (!v.date()) return false;
        m = *v.date();
        return true;
    }
};

template <class C, class = void>
struct HasEnum : std::false_type {};
template <class C>
struct HasEnum<C, std::void_t<typename C::Enum>> : std::true_type {};

// ---- building the lists

// A field under construction; the modifiers return it for chaining.
template <class T>
struct Field {
    FieldInfo<T> info;

    Field& asId() {
        info.type = FieldType::Id;
        info.required = true;
        return *this;
    }
    Field& refersTo(Entity kind) {
        info.refersTo = kind;
        return *this;
    }
    Field& offLabel(const char* label) {
        info.offLabel = label;
        return *this;
    }
    Field& required(const char* missing) {
        info.required = true;
        info.missing = missing;
        return *this;
    }
    Field& always() {
        info.always = true;
        return *this;
    }
    Field& noLoop(const char* explanation) {
        info.loop = explanation;
        return *this;
    }
    Field& range(double min, double max) {
        info.min = min;
        info.max = max;
        return *this;
    }
    operator FieldInfo<T>() const { return info; }
};

// The field of member M (or M's member N) with JSON key `key`.
template <auto M, auto N = nullptr>
auto field(const char* key, const char* caption, const char* label) {
    using P = Path<M, N>;
    using Owner = typename P::Owner;
    using Member = std::decay_t<decltype(P::in(std::declval<Owner&>()))>;
    using C = Codec<Member>;
    Field<Owner> f;
    f.info.key = key;
    f.info.type = C::kType;
    f.info.caption = caption;
    f.info.label = label;
    f.info.required = C::kType == FieldType::Date;
    f.info.view = [](const Owner& o) { return C::view(P::in(o)); };
    f.info.assign = [](Owner& o, FieldValue&& v) { return C::assign(P::in(o), std::move(v)); };
    if constexpr (HasEnum<C>::value) f.info.choices = &spellings<typename C::Enum>();
    return f;
}

template <class T>
Field<T> list(const char* key, const char* caption, Entity refersTo = Entity::None) {
    Field<T> f;
    f.info.key = key;
    f.info.type = FieldType::List;
    f.info.caption = caption;
    f.info.refersTo = refersTo;
    return f;
}

template <class T>
EntityInfo<T> entity(Entity kind, std::vector<FieldInfo<T>> fields) {
    return EntityInfo<T>{kind, nounOf(kind), std::move(fields)};
}

template <class Items, class IdT>
auto findIn(Items& items, const IdT& id) -> decltype(&items.front()) {
    for (auto& item : items)
        if (item.id.value == id) return &item;
    return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The lists. Their order is the order of the keys in a saved file (FORMAT.md).

template <>
const EntityInfo<PlanMeta>& entityInfo<PlanMeta>() {
    static const auto info = entity<PlanMeta>(
        Entity::PlanMeta,
        {
            field<&PlanMeta::title>("title", "Title", "Edit plan title"),
            field<&PlanMeta::client>("client", "Client", "Edit client"),
            field<&PlanMeta::level>("level", "Level", "Change plan level"),
            field<&PlanMeta::sector>("sector", "Sector", "Change sector"),
            field<&PlanMeta::headcount>("headcount", "People", "Change company size")
                .range(1, 1000000),
            field<&PlanMeta::cascade>("cascade", "Cascade", "Change cascade model"),
            field<&PlanMeta::meeting>("meeting", "Weekly meeting", "Change weekly meeting"),
            field<&PlanMeta::start>("start", "Start", "Change period"),
            field<&PlanMeta::end>("end", "End", "Change period"),
        });
    return info;
}

template <>
const EntityInfo<Strategy>& entityInfo<Strategy>() {
    static const auto info = entity<Strategy>(
        Entity::Strategy,
        {
            field<&Strategy::vision>("vision", "Vision", "Edit vision"),
            field<&Strategy::statement>("statement", "Strategy statement", "Edit strategy"),
            list<Strategy>("themes", "Themes"),
        });
    return info;
}

template <>
const EntityInfo<Economics>& entityInfo<Economics>() {
    static const auto info = entity<Economics>(
        Entity::Economics, {
                               field<&Economics::currency>("currency", "Currency", "Edit currency"),
                               field<&Economics::revenuePerSale>(
                                   "revenuePerSale", "Revenue per sale", "Edit revenue per sale"),
                               field<&Economics::lifetimeValue>("lifetimeValue", "Lifetime value",
                                                                "Edit lifetime value"),
                               field<&Economics::capacity>("capacity", "Capacity", "Edit capacity"),
                           });
    return info;
}

template <>
const EntityInfo<Theme>& entityInfo<Theme>() {
    static const auto info =
        entity<Theme>(Entity::Theme, {
                                         field<&Theme::id>("id", "ID", "Change theme ID").asId(),
                                         field<&Theme::title>("title", "Title", "Edit theme"),
                                     });
    return info;
}

template <>
const EntityInfo<Node>& entityInfo<Node>() {
    static const auto info = entity<Node>(
        Entity::Node,
        {
            field<&Node::id>("id", "ID", "Change metric ID").asId(),
            field<&Node::name>("name", "Name", "Rename metric"),
            field<&Node::kind>("kind", "Kind", "Change metric kind"),
            field<&Node::stage>("stage", "Funnel stage", "Change funnel stage"),
            field<&Node::kpi, &KpiDefinition::owner>("owner", "Owner", "Edit metric owner"),
            field<&Node::kpi, &KpiDefinition::source>("source", "Source", "Edit metric source"),
            field<&Node::kpi, &KpiDefinition::unit>("unit", "Unit", "Edit metric unit"),
            field<&Node::kpi, &KpiDefinition::baseline>("baseline", "Baseline µ",
                                                        "Edit metric baseline"),
            field<&Node::kpi, &KpiDefinition::sigma>("sigma", "σ", "Edit metric variation"),
            field<&Node::kpi, &KpiDefinition::cadence>("cadence", "Cadence",
                                                       "Change metric cadence"),
            field<&Node::value>("value", "Current value", "Edit metric value"),
            field<&Node::guardrail, &GuardrailThreshold::threshold>("threshold", "Threshold",
                                                                    "Edit guardrail threshold"),
            field<&Node::guardrail, &GuardrailThreshold::comparison>("comparison", "Comparison",
                                                                     "Change guardrail comparison"),
            field<&Node::monitorOnly>("monitorOnly", "Monitor only", "Mark monitor only")
                .offLabel("Unmark monitor only"),
            field<&Node::position, &Vec2::x>("x", "x", "Move metric"),
            field<&Node::position, &Vec2::y>("y", "y", "Move metric"),
            field<&Node::notes>("notes", "Notes", "Edit metric notes"),
        });
    return info;
}

template <>
const EntityInfo<Link>& entityInfo<Link>() {
    static const auto info = entity<Link>(
        Entity::Link,
        {
            field<&Link::id>("id", "ID", "Change link ID").asId(),
            field<&Link::from>("from", "From", "Change link")
                .refersTo(Entity::Node)
                .required("this link has no \"from\" node; a link runs from a child metric"),
            field<&Link::to>("to", "To", "Change link")
                .refersTo(Entity::Node)
                .required("this link has no \"to\" node; a link runs to the metric it drives"),
            field<&Link::relation>("relation", "Relation", "Change link relation"),
        });
    return info;
}

template <>
const EntityInfo<Checkin>& entityInfo<Checkin>() {
    static const auto info = entity<Checkin>(
        Entity::Checkin,
        {
            field<&Checkin::date>("date", "Date", "Edit check-in"),
            field<&Checkin::value>("value", "Value", "Edit check-in"),
            field<&Checkin::confidence>("confidence", "Confidence", "Edit check-in").range(0, 10),
            field<&Checkin::blockers>("blockers", "Blockers", "Edit check-in"),
            field<&Checkin::note>("note", "Note", "Edit check-in"),
        });
    return info;
}

template <>
const EntityInfo<KeyResult>& entityInfo<KeyResult>() {
    static const auto info = entity<KeyResult>(
        Entity::KeyResult,
        {
            field<&KeyResult::id>("id", "ID", "Change key result ID").asId(),
            field<&KeyResult::title>("title", "Title", "Edit key result title"),
            field<&KeyResult::kind>("kind", "Kind", "Change key result kind"),
            field<&KeyResult::metric>("metric", "Metric", "Edit metric"),
            field<&KeyResult::unit>("unit", "Unit", "Edit unit"),
            field<&KeyResult::direction>("direction", "Direction", "Change direction"),
            field<&KeyResult::baseline>("baseline", "Baseline", "Edit baseline"),
            field<&KeyResult::target>("target", "Target", "Edit target"),
            field<&KeyResult::current>("current", "Current", "Edit current value"),
            field<&KeyResult::bandLow>("bandLow", "Band low", "Edit band"),
            field<&KeyResult::bandHigh>("bandHigh", "Band high", "Edit band"),
            field<&KeyResult::done>("done", "Done", "Mark done").offLabel("Mark not done"),
            field<&KeyResult::due>("due", "Due", "Change due date"),
            field<&KeyResult::owner>("owner", "Owner", "Edit key result owner"),
            field<&KeyResult::source>("source", "Source", "Edit data source"),
            field<&KeyResult::sourceVisible>("sourceVisible", "We can see this source",
                                             "Mark source visible")
                .offLabel("Mark source not visible"),
            field<&KeyResult::cadence>("cadence", "Cadence", "Change cadence"),
            field<&KeyResult::driver>("driver", "Driver", "Link driver")
                .refersTo(Entity::Node)
                .offLabel("Unlink driver"),
            field<&KeyResult::signal>("signal", "Signal", "Change leading/lagging"),
            field<&KeyResult::style>("style", "Style", "Change key result style"),
            field<&KeyResult::expectedScore>("expectedScore", "Expected score",
                                             "Set expected score")
                .range(0, 1),
            field<&KeyResult::contributesTo>("contributesTo", "Contributes to", "Contribute to KR")
                .refersTo(Entity::KeyResult)
                .offLabel("Stop contributing")
                .noLoop("a key result cannot contribute to itself"),
            field<&KeyResult::scoreOverride, &ScoreOverride::score>(
                "scoreOverride", "Score override", "Override score")
                .offLabel("Clear score override"),
            field<&KeyResult::scoreOverride, &ScoreOverride::reason>(
                "scoreReason", "Why the score differs", "Override score"),
            field<&KeyResult::evidence>("evidence", "Evidence plan", "Edit evidence plan"),
            field<&KeyResult::notes>("notes", "Notes", "Edit key result notes"),
            list<KeyResult>("checkins", "Check-ins"),
        });
    return info;
}

template <>
const EntityInfo<Objective>& entityInfo<Objective>() {
    static const auto info = entity<Objective>(
        Entity::Objective, {
                               field<&Objective::id>("id", "ID", "Change objective ID").asId(),
                               field<&Objective::title>("title", "Title", "Edit objective title"),
                               field<&Objective::owner>("owner", "Owner", "Edit objective owner"),
                               field<&Objective::level>("level", "Level", "Change objective level"),
                               field<&Objective::team>("team", "Team", "Edit objective team"),
                               field<&Objective::parent>("parent", "Supports", "Support objective")
                                   .refersTo(Entity::Objective)
                                   .offLabel("Detach objective")
                                   .noLoop("an objective cannot support itself"),
                               field<&Objective::theme>("theme", "Theme", "Change objective theme")
                                   .refersTo(Entity::Theme),
                               field<&Objective::style>("style", "Style", "Change objective style"),
                               field<&Objective::notes>("notes", "Notes", "Edit objective notes"),
                               list<Objective>("keyResults", "Key results"),
                           });
    return info;
}

template <>
const EntityInfo<Initiative>& entityInfo<Initiative>() {
    static const auto info =
        entity<Initiative>(Entity::Initiative,
                           {
                               field<&Initiative::id>("id", "ID", "Change initiative ID").asId(),
                               field<&Initiative::title>("title", "Title", "Edit initiative title"),
                               field<&Initiative::owner>("owner", "Owner", "Edit initiative owner"),
                               list<Initiative>("keyResults", "Serves", Entity::KeyResult),
                               field<&Initiative::notes>("notes", "Notes", "Edit initiative notes"),
                           });
    return info;
}

template <>
const EntityInfo<Adjustment>& entityInfo<Adjustment>() {
    static const auto info = entity<Adjustment>(
        Entity::Adjustment,
        {
            field<&Adjustment::id>("id", "ID", "Change adjustment ID").asId(),
            field<&Adjustment::date>("date", "Date", "Edit adjustment"),
            field<&Adjustment::targetKind>("targetKind", "Adjusts", "Edit adjustment"),
            // An objective's or a key result's ID, per targetKind; validate.h checks it.
            field<&Adjustment::targetId>("targetId", "Adjusted", "Edit adjustment").always(),
            field<&Adjustment::action>("action", "Response", "Edit adjustment"),
            field<&Adjustment::cause>("cause", "Cause", "Edit adjustment"),
            field<&Adjustment::reason>("reason", "Reason", "Edit adjustment"),
            field<&Adjustment::originalTarget>("originalTarget", "Original target",
                                               "Edit adjustment"),
            field<&Adjustment::newTarget>("newTarget", "New target", "Edit adjustment"),
        });
    return info;
}

template <>
const EntityInfo<RetroAnswer>& entityInfo<RetroAnswer>() {
    static const auto info = entity<RetroAnswer>(
        Entity::RetroAnswer,
        {
            field<&RetroAnswer::question>("question", "Question", "Answer retrospective question")
                .required("this retrospective answer has no \"question\"; write the question it "
                          "answers"),
            field<&RetroAnswer::answer>("answer", "Answer", "Answer retrospective question"),
            field<&RetroAnswer::week>("week", "Week", "Answer retrospective question")
                .range(1, 520),
        });
    return info;
}

template <>
const EntityInfo<RuleSettings>& entityInfo<RuleSettings>() {
    static const auto info = entity<RuleSettings>(
        Entity::RuleSettings,
        {
            field<&RuleSettings::profile>("profile", "Profile", "Change profile"),
            list<RuleSettings>("overrides", "Rule severities"),
            list<RuleSettings>("thresholds", "Rule thresholds"),
        });
    return info;
}

// ---------------------------------------------------------------------------------------------
// Entities and values

const char* nounOf(Entity kind) {
    switch (kind) {
        case Entity::None:
            return "entity";
        case Entity::PlanMeta:
            return "plan";
        case Entity::Strategy:
            return "strategy";
        case Entity::Economics:
            return "economics";
        case Entity::Theme:
            return "theme";
        case Entity::Node:
            return "tree node";
        case Entity::Link:
            return "link";
        case Entity::Checkin:
            return "check-in";
        case Entity::KeyResult:
            return "key result";
        case Entity::Objective:
            return "objective";
        case Entity::Initiative:
            return "initiative";
        case Entity::Adjustment:
            return "adjustment";
        case Entity::RetroAnswer:
            return "retrospective answer";
        case Entity::RuleSettings:
            return "rules";
    }
    return "entity";
}

EntityRef entityRef(Entity section) { return EntityRef{section, {}, 0}; }
EntityRef entityRef(const ThemeId& id) { return EntityRef{Entity::Theme, id.value, 0}; }
EntityRef entityRef(const NodeId& id) { return EntityRef{Entity::Node, id.value, 0}; }
EntityRef entityRef(const LinkId& id) { return EntityRef{Entity::Link, id.value, 0}; }
EntityRef entityRef(const ObjectiveId& id) { return EntityRef{Entity::Objective, id.value, 0}; }
EntityRef entityRef(const KeyResultId& id) { return EntityRef{Entity::KeyResult, id.value, 0}; }
EntityRef entityRef(const InitiativeId& id) { return EntityRef{Entity::Initiative, id.value, 0}; }
EntityRef entityRef(const AdjustmentId& id) { return EntityRef{Entity::Adjustment, id.value, 0}; }
EntityRef checkinRef(const KeyResultId& keyResult, std::size_t index) {
    return EntityRef{Entity::Checkin, keyResult.value, index};
}
EntityRef retroAnswerRef(std::size_t index) { return EntityRef{Entity::RetroAnswer, {}, index}; }

template <class T>
T* findEntity(Plan& plan, const EntityRef& ref) {
    if (ref.kind != entityInfo<T>().kind) return nullptr;
    if constexpr (std::is_same_v<T, PlanMeta>) {
        return &plan.meta;
    } else if constexpr (std::is_same_v<T, Strategy>) {
        return &plan.strategy;
    } else if constexpr (std::is_same_v<T, Economics>) {
        return &plan.economics;
    } else if constexpr (std::is_same_v<T, RuleSettings>) {
        return &plan.rules;
    } else if constexpr (std::is_same_v<T, Theme>) {
        return findIn(plan.strategy.themes, ref.id);
    } else if constexpr (std::is_same_v<T, Node>) {
        return findIn(plan.tree.nodes, ref.id);
    } else if constexpr (std::is_same_v<T, Link>) {
        return findIn(plan.tree.links, ref.id);
    } else if constexpr (std::is_same_v<T, Checkin>) {
        KeyResult* kr = findKeyResult(plan, KeyResultId(ref.id));
        return kr && ref.index < kr->checkins.size() ? &kr->checkins[ref.index] : nullptr;
    } else if constexpr (std::is_same_v<T, KeyResult>) {
        return findKeyResult(plan, KeyResultId(ref.id));
    } else if constexpr (std::is_same_v<T, Objective>) {
        return findIn(plan.objectives, ref.id);
    } else if constexpr (std::is_same_v<T, Initiative>) {
        return findIn(plan.initiatives, ref.id);
    } else if constexpr (std::is_same_v<T, Adjustment>) {
        return findIn(plan.adjustments, ref.id);
    } else {
        static_assert(std::is_same_v<T, RetroAnswer>, "an entity type of fields.h");
        return ref.index < plan.retrospective.size() ? &plan.retrospective[ref.index] : nullptr;
    }
}

template <class T>
const T* findEntity(const Plan& plan, const EntityRef& ref) {
    // The lookup only reads; it is written once, for a mutable plan.
    return findEntity<T>(const_cast<Plan&>(plan), ref);
}

#define OKR_FIND_ENTITY(T)                              \
    template T* findEntity<T>(Plan&, const EntityRef&); \
    template const T* findEntity<T>(const Plan&, const EntityRef&);
OKR_FIND_ENTITY(PlanMeta)
OKR_FIND_ENTITY(Strategy)
OKR_FIND_ENTITY(Economics)
OKR_FIND_ENTITY(Theme)
OKR_FIND_ENTITY(Node)
OKR_FIND_ENTITY(Link)
OKR_FIND_ENTITY(Checkin)
OKR_FIND_ENTITY(KeyResult)
OKR_FIND_ENTITY(Objective)
OKR_FIND_ENTITY(Initiative)
OKR_FIND_ENTITY(Adjustment)
OKR_FIND_ENTITY(RetroAnswer)
OKR_FIND_ENTITY(RuleSettings)
#undef OKR_FIND_ENTITY

bool entityExists(const Plan& plan, Entity kind, std::string_view id) {
    const EntityRef ref{kind, std::string(id), 0};
    switch (kind) {
        case Entity::Theme:
            return findEntity<Theme>(plan, ref) != nullptr;
        case Entity::Node:
            return findEntity<Node>(plan, ref) != nullptr;
        case Entity::Link:
            return findEntity<Link>(plan, ref) != nullptr;
        case Entity::KeyResult:
            return findEntity<KeyResult>(plan, ref) != nullptr;
        case Entity::Objective:
            return findEntity<Objective>(plan, ref) != nullptr;
        case Entity::Initiative:
            return findEntity<Initiative>(plan, ref) != nullptr;
        case Entity::Adjustment:
            return findEntity<Adjustment>(plan, ref) != nullptr;
        default:
            return false;
    }
}

FieldValue::FieldValue(const FieldView& view) {
    if (const std::string_view* text = view.text())
        v_ = std::string(*text);
    else if (const double* number = view.number())
        v_ = *number;
    else if (const bool* truth = view.truth())
        v_ = *truth;
    else if (const Date* date = view.date())
        v_ = *date;
}

bool FieldValue::off() const {
    if (absent()) return true;
    if (const std::string* s = text()) return s->empty();
    if (const bool* b = truth()) return !*b;
    return false;
}

std::string numberText(double v) {
    if (v == std::floor(v) && std::fabs(v) < kMaxMagnitude)
        return std::to_string(static_cast<long long>(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    std::string out;
    for (const char* c = buf; *c; ++c)
        if (*c != '+') out += *c;
    return out;
}

std::string textTooLong(std::size_t chars, std::size_t limit) {
    return "this text is " + withCommas(chars) + " characters long; the limit is " +
           withCommas(limit) + " characters";
}

std::string wholeNumberRange(double min, double max) {
    return "a whole number from " + numberText(min) + " to " + numberText(max);
}

}  // namespace okr
