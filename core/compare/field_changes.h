// Shared by the compare (diff.h) and the merge (merge.h): the fields of one entity that differ
// between two versions of it, walked through model/fields.h's field lists.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "compare/diff.h"
#include "model/fields.h"
#include "model/plan.h"
#include "model/value_text.h"

namespace okr {

// The kept unknown keys as one line: "color: \"teal\", rank: 2".
std::string extraText(const Extra& extra);

// What people call an entity in a change list or a conflict: its title or name, a link's ends,
// an adjustment's response, target and day, a check-in's day, an answer's question.
inline std::string labelOf(const Theme& t) { return t.title; }
inline std::string labelOf(const Node& n) { return n.name; }
inline std::string labelOf(const Objective& o) { return o.title; }
inline std::string labelOf(const KeyResult& k) { return k.title; }
inline std::string labelOf(const Initiative& i) { return i.title; }
inline std::string labelOf(const Link& l) { return l.from.value + " → " + l.to.value; }
inline std::string labelOf(const Adjustment& a) {
    return std::string(name(a.action)) + " of " + a.targetId + " on " + a.date.str();
}
inline std::string labelOf(const Checkin& c) { return "check-in of " + c.date.str(); }
inline std::string labelOf(const RetroAnswer& r) { return r.question; }

// What check-ins and retrospective answers are matched by, in their order: a check-in by its day
// ("2026-01-12", a second one that day "2026-01-12 #2"), an answer by its week and question.
std::vector<std::string> checkinKeys(const KeyResult& kr);
std::vector<std::string> answerKeys(const Plan& plan);

// Every scalar field of T that differs, in save order; the entity's own ID is its identity, not a
// field; a sub-list (key results, check-ins) is not a field either. A node's x and y are one
// change, its position; the kept unknown keys are one, "extra".
template <class T>
std::vector<FieldChange> fieldChanges(const T& a, const T& b) {
    std::vector<FieldChange> out;
    for (const FieldInfo<T>& f : entityInfo<T>().fields) {
        if (!f.scalar() || f.type == FieldType::Id) continue;
        if constexpr (std::is_same_v<T, Node>)
            if (std::string_view(f.key) == "x" || std::string_view(f.key) == "y") continue;
        FieldValue x = f.get(a), y = f.get(b);
        if (x != y) out.push_back({f.key, f.caption, std::move(x), std::move(y)});
    }
    if constexpr (std::is_same_v<T, Node>) {
        if (a.position.x != b.position.x || a.position.y != b.position.y) {
            const auto at = [](const Vec2& p) {
                return "(" + formatNumber(p.x) + ", " + formatNumber(p.y) + ")";
            };
            out.push_back({"position", "Position", at(a.position), at(b.position)});
        }
    }
    if (a.extra != b.extra)
        out.push_back({"extra", "Other keys", extraText(a.extra), extraText(b.extra)});
    return out;
}

}  // namespace okr
