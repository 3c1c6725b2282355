#include "compare/diff.h"

#include <cstddef>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "analysis/analysis.h"
#include "compare/field_changes.h"
#include "model/value_text.h"

namespace okr {

std::string extraText(const Extra& extra) {
    std::string out;
    for (const Extra::Member& m : extra.members()) {
        if (!out.empty()) out += ", ";
        out += m.key;
        out += ": ";
        out += m.json;
    }
    return out;
}

namespace {

// A key made unique among those before it by its count: "2026-01-12", "2026-01-12 #2".
std::vector<std::string> numberedKeys(std::vector<std::string> keys) {
    std::map<std::string, int> seen;
    for (std::string& key : keys) {
        const int n = ++seen[key];
        if (n > 1) key += " #" + std::to_string(n);
    }
    return keys;
}

}  // namespace

std::vector<std::string> checkinKeys(const KeyResult& kr) {
    std::vector<std::string> keys;
    for (const Checkin& c : kr.checkins) keys.push_back(c.date.str());
    return numberedKeys(std::move(keys));
}

std::vector<std::string> answerKeys(const Plan& plan) {
    std::vector<std::string> keys;
    for (const RetroAnswer& r : plan.retrospective)
        keys.push_back((r.week ? "week " + std::to_string(*r.week) + ": " : std::string()) +
                       r.question);
    return numberedKeys(std::move(keys));
}

namespace {

// One entity of a list, found by its identity, with where it sits (a key result's objective).
template <class T>
struct Entry {
    const T* item = nullptr;
    std::string where;
};

template <class T>
struct Indexed {
    std::vector<std::pair<std::string, Entry<T>>> order;
    std::unordered_map<std::string, std::size_t> at;

    void add(std::string key, const T* item, std::string where) {
        if (at.count(key)) return;  // a duplicate ID: the first one speaks for it
        at.emplace(key, order.size());
        order.push_back({std::move(key), Entry<T>{item, std::move(where)}});
    }
    const Entry<T>* find(const std::string& key) const {
        const auto it = at.find(key);
        return it == at.end() ? nullptr : &order[it->second].second;
    }
};

// What an entity holds beyond its fields that a change list shows as one: an initiative's key
// results, a list with no field of its own; nothing for the other kinds.
template <class T>
std::vector<FieldChange> listChanges(const T&, const T&) {
    return {};
}

std::string servedText(const Initiative& i) {
    std::string out;
    for (const KeyResultId& k : i.keyResults) {
        if (!out.empty()) out += ", ";
        out += k.value;
    }
    return out;
}

std::vector<FieldChange> listChanges(const Initiative& a, const Initiative& b) {
    const std::string was = servedText(a), now = servedText(b);
    if (was == now) return {};
    return {{"keyResults", "Serves", was, now}};
}

// Adds the changes between two indexed lists of T: changed and added in the later order, then
// removed in the earlier. `where` is a pseudo-field (the key result's objective) when named.
template <class T>
void diffLists(const Indexed<T>& a, const Indexed<T>& b, Entity kind, const char* whereKey,
               const char* whereCaption, std::vector<EntityChange>& out) {
    for (const auto& [key, entry] : b.order) {
        const Entry<T>* old = a.find(key);
        EntityChange c;
        c.entity = kind;
        c.id = kind == Entity::Checkin ? entry.where : key;
        c.label = labelOf(*entry.item);
        c.where = entry.where;
        if (!old) {
            c.kind = ChangeKind::Added;
            out.push_back(std::move(c));
            continue;
        }
        c.fields = fieldChanges(*old->item, *entry.item);
        for (FieldChange& f : listChanges(*old->item, *entry.item))
            c.fields.push_back(std::move(f));
        if (whereKey && old->where != entry.where)
            c.fields.insert(c.fields.begin(), {whereKey, whereCaption, old->where, entry.where});
        if (c.fields.empty()) continue;
        c.kind = ChangeKind::Changed;
        out.push_back(std::move(c));
    }
    for (const auto& [key, entry] : a.order) {
        if (b.find(key)) continue;
        EntityChange c;
        c.kind = ChangeKind::Removed;
        c.entity = kind;
        c.id = kind == Entity::Checkin ? entry.where : key;
        c.label = labelOf(*entry.item);
        c.where = entry.where;
        out.push_back(std::move(c));
    }
}

template <class T>
Indexed<T> byId(const std::vector<T>& list) {
    Indexed<T> out;
    for (const T& item : list) out.add(item.id.value, &item, {});
    return out;
}

Indexed<KeyResult> keyResultsOf(const Plan& plan) {
    Indexed<KeyResult> out;
    for (const Objective& o : plan.objectives)
        for (const KeyResult& k : o.keyResults) out.add(k.id.value, &k, o.id.value);
    return out;
}

// Check-ins by their key result and day ("KR3 2026-01-12", a second one that day "… #2").
Indexed<Checkin> checkinsOf(const Plan& plan) {
    Indexed<Checkin> out;
    for (const Objective& o : plan.objectives)
        for (const KeyResult& k : o.keyResults) {
            const std::vector<std::string> keys = checkinKeys(k);
            for (std::size_t i = 0; i < keys.size(); ++i)
                out.add(k.id.value + " " + keys[i], &k.checkins[i], k.id.value);
        }
    return out;
}

Indexed<RetroAnswer> answersOf(const Plan& plan) {
    Indexed<RetroAnswer> out;
    const std::vector<std::string> keys = answerKeys(plan);
    for (std::size_t i = 0; i < keys.size(); ++i) out.add(keys[i], &plan.retrospective[i], {});
    return out;
}

template <class T>
void diffSection(const T& a, const T& b, Entity kind, const char* label,
                 std::vector<EntityChange>& out, std::vector<FieldChange> more = {}) {
    std::vector<FieldChange> fields = fieldChanges(a, b);
    for (FieldChange& f : more) fields.push_back(std::move(f));
    if (fields.empty()) return;
    EntityChange c;
    c.kind = ChangeKind::Changed;
    c.entity = kind;
    c.label = label;
    c.fields = std::move(fields);
    out.push_back(std::move(c));
}

// The rule settings' two maps, key by key.
template <class V, class Text>
void mapChanges(const std::map<std::string, V>& a, const std::map<std::string, V>& b,
                const char* prefix, const char* caption, Text text, std::vector<FieldChange>& out) {
    for (const auto& [key, value] : b) {
        const auto it = a.find(key);
        if (it != a.end() && it->second == value) continue;
        out.push_back({std::string(prefix) + "/" + key, std::string(caption) + " " + key,
                       it == a.end() ? FieldValue() : text(it->second), text(value)});
    }
    for (const auto& [key, value] : a)
        if (!b.count(key))
            out.push_back({std::string(prefix) + "/" + key, std::string(caption) + " " + key,
                           text(value), FieldValue()});
}

// A finding's identity across two plans: its rule and the entity it is on (its words change with
// the entity's title, its path with the entity's place).
std::string findingKey(const Violation& v) {
    return std::string(v.ruleId()) + "\x1f" + name(v.target.kind) + "\x1f" + v.target.id;
}

void diffFindings(const Plan& before, const Plan& after, const DiffOptions& options,
                  std::vector<FindingChange>& out) {
    AnalyzeOptions ao;
    ao.today = options.today;
    const Analysis a = analyze(before, ao);
    const Analysis b = analyze(after, ao);
    std::unordered_map<std::string, int> inA, inB;
    for (const Violation& v : a.violations) ++inA[findingKey(v)];
    for (const Violation& v : b.violations) ++inB[findingKey(v)];
    // As many of a key as the other plan has are the same findings; the rest appeared or went.
    std::unordered_map<std::string, int> seen;
    for (const Violation& v : b.violations) {
        const std::string key = findingKey(v);
        if (++seen[key] > inA[key])
            out.push_back({true, v.ruleId(), v.severity, v.target.id, v.message});
    }
    seen.clear();
    for (const Violation& v : a.violations) {
        const std::string key = findingKey(v);
        if (++seen[key] > inB[key])
            out.push_back({false, v.ruleId(), v.severity, v.target.id, v.message});
    }
}

}  // namespace

PlanDiff diffPlans(const Plan& before, const Plan& after, const DiffOptions& options) {
    PlanDiff d;
    std::vector<EntityChange>& out = d.changes;

    std::vector<FieldChange> planMore;
    if (before.extra != after.extra)
        planMore.push_back(
            {"extra", "Other keys of the file", extraText(before.extra), extraText(after.extra)});
    if (before.tree.extra != after.tree.extra)
        planMore.push_back({"tree/extra", "Other keys of the tree", extraText(before.tree.extra),
                            extraText(after.tree.extra)});
    diffSection(before.meta, after.meta, Entity::PlanMeta, "Plan", out, std::move(planMore));
    diffSection(before.strategy, after.strategy, Entity::Strategy, "Strategy", out);
    diffSection(before.economics, after.economics, Entity::Economics, "Economics", out);
    std::vector<FieldChange> ruleMore;
    mapChanges(
        before.rules.overrides, after.rules.overrides, "overrides", "Severity of",
        [](Severity s) { return FieldValue(s); }, ruleMore);
    mapChanges(
        before.rules.thresholds, after.rules.thresholds, "thresholds", "Threshold",
        [](double v) { return FieldValue(v); }, ruleMore);
    diffSection(before.rules, after.rules, Entity::RuleSettings, "Rules", out, std::move(ruleMore));

    diffLists(byId(before.strategy.themes), byId(after.strategy.themes), Entity::Theme, nullptr,
              nullptr, out);
    diffLists(byId(before.objectives), byId(after.objectives), Entity::Objective, nullptr, nullptr,
              out);
    diffLists(keyResultsOf(before), keyResultsOf(after), Entity::KeyResult, "objective",
              "Objective", out);
    diffLists(checkinsOf(before), checkinsOf(after), Entity::Checkin, nullptr, nullptr, out);
    diffLists(byId(before.initiatives), byId(after.initiatives), Entity::Initiative, nullptr,
              nullptr, out);
    diffLists(byId(before.adjustments), byId(after.adjustments), Entity::Adjustment, nullptr,
              nullptr, out);
    diffLists(answersOf(before), answersOf(after), Entity::RetroAnswer, nullptr, nullptr, out);
    diffLists(byId(before.tree.nodes), byId(after.tree.nodes), Entity::Node, nullptr, nullptr, out);
    diffLists(byId(before.tree.links), byId(after.tree.links), Entity::Link, nullptr, nullptr, out);

    if (options.findings) diffFindings(before, after, options, d.findings);
    return d;
}

std::string valueText(const FieldValue& value) {
    if (const std::string* t = value.text()) {
        if (t->empty()) return "(none)";
        return "\"" + *t + "\"";
    }
    if (const double* n = value.number()) return formatNumber(*n);
    if (const bool* b = value.truth()) return *b ? "yes" : "no";
    if (const Date* d = value.date()) return d->str();
    return "(none)";
}

namespace {

const char* sectionTitle(Entity kind) {
    switch (kind) {
        case Entity::PlanMeta:
        case Entity::Strategy:
        case Entity::Economics:
        case Entity::RuleSettings:
            return "Plan";
        case Entity::Theme:
            return "Themes";
        case Entity::Objective:
            return "Objectives";
        case Entity::KeyResult:
            return "Key results";
        case Entity::Checkin:
            return "Check-ins";
        case Entity::Initiative:
            return "Initiatives";
        case Entity::Adjustment:
            return "Adjustments";
        case Entity::RetroAnswer:
            return "Retrospective";
        case Entity::Node:
            return "Driver tree: metrics";
        case Entity::Link:
            return "Driver tree: links";
        case Entity::None:
            break;
    }
    return "Other";
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string diffText(const PlanDiff& diff) {
    if (diff.empty()) return "No differences.\n";
    std::string out;
    const char* section = nullptr;
    std::size_t added = 0, removed = 0, changed = 0;
    for (const EntityChange& c : diff.changes) {
        const char* title = sectionTitle(c.entity);
        if (!section || std::string_view(section) != title) {
            if (section) out += "\n";
            out += title;
            out += "\n";
            section = title;
        }
        const char mark = c.kind == ChangeKind::Added     ? '+'
                          : c.kind == ChangeKind::Removed ? '-'
                                                          : '~';
        (c.kind == ChangeKind::Added ? added : c.kind == ChangeKind::Removed ? removed : changed)++;
        out += "  ";
        out += mark;
        out += ' ';
        if (!c.id.empty() && c.entity != Entity::Checkin) out += c.id + " ";
        if (c.entity == Entity::Checkin)
            out += c.label + " on " + c.where;
        else if (c.entity == Entity::PlanMeta || c.entity == Entity::Strategy ||
                 c.entity == Entity::Economics || c.entity == Entity::RuleSettings)
            out += c.label;
        else
            out += c.label.empty() ? "(untitled)" : "\"" + c.label + "\"";
        if (c.entity == Entity::KeyResult && !c.where.empty() && c.kind != ChangeKind::Changed)
            out += " (" + c.where + ")";
        out += "\n";
        // (A position is written as it reads, "(560, 0)", not as quoted text.)
        for (const FieldChange& f : c.fields) {
            const bool raw = f.key == "position";
            out += "      " + f.caption + ": " +
                   (raw && f.before.text() ? *f.before.text() : valueText(f.before)) + " → " +
                   (raw && f.after.text() ? *f.after.text() : valueText(f.after)) + "\n";
        }
    }
    std::size_t appeared = 0, resolved = 0;
    if (!diff.findings.empty()) {
        if (section) out += "\n";
        out += "Findings\n";
        for (const FindingChange& f : diff.findings) {
            (f.appeared ? appeared : resolved)++;
            out += std::string("  ") + (f.appeared ? "+ " : "- ") + name(f.severity) + " " +
                   f.rule + (f.id.empty() ? std::string() : " " + f.id) +
                   (f.appeared ? "" : " (resolved)") + ": " + f.message + "\n";
        }
    }
    out += "\n" + plural(added, "added", "added") + ", " + plural(removed, "removed", "removed") +
           ", " + plural(changed, "changed", "changed") + "; " +
           plural(appeared, "finding appeared", "findings appeared") + ", " +
           plural(resolved, "resolved", "resolved") + ".\n";
    return out;
}

}  // namespace okr
