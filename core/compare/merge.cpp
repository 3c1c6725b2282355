#include "compare/merge.h"

#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "compare/diff.h"
#include "compare/field_changes.h"
#include "model/validate.h"

namespace okr {

namespace {

struct Ctx {
    MergeResult& result;

    void conflict(Entity kind, const std::string& id, const std::string& label,
                  const std::string& key, const std::string& caption, FieldValue base,
                  FieldValue ours, FieldValue theirs) {
        MergeConflict c;
        c.entity = kind;
        c.id = id;
        c.label = label;
        c.key = key;
        c.caption = caption;
        const std::string what = std::string(nounOf(kind)) + (id.empty() ? "" : " " + id) +
                                 (label.empty() ? "" : " \"" + label + "\"");
        c.message = caption + " of the " + what + ": " + valueText(ours) + " in ours, " +
                    valueText(theirs) + " in theirs (was " + valueText(base) + "); ours kept.";
        c.base = std::move(base);
        c.ours = std::move(ours);
        c.theirs = std::move(theirs);
        result.conflicts.push_back(std::move(c));
    }

    void whole(Entity kind, const std::string& id, const std::string& label, std::string message) {
        MergeConflict c;
        c.entity = kind;
        c.id = id;
        c.label = label;
        c.message = std::move(message);
        result.conflicts.push_back(std::move(c));
    }
};

// The three-way merge of the keys this version does not know, as one value: one side's change
// is taken; both changed differently is a conflict and keeps ours.
void mergeExtra(const Extra* base, const Extra& ours, const Extra& theirs, Extra& out, Entity kind,
                const std::string& id, const std::string& label, const char* caption, Ctx& ctx) {
    if (ours == theirs) return;
    if (base && ours == *base)
        out = theirs;
    else if (!(base && theirs == *base))
        ctx.conflict(kind, id, label, "extra", caption,
                     base ? FieldValue(extraText(*base)) : FieldValue(), extraText(ours),
                     extraText(theirs));
}

// The three-way merge of T's own fields into `out` (a copy of ours): a field only theirs changed
// takes theirs; one both changed differently is a conflict and keeps ours. `base` is null for an
// entity both sides added under one ID.
template <class T>
void mergeFields(const T* base, const T& ours, const T& theirs, T& out, Entity kind,
                 const std::string& id, const std::string& label, Ctx& ctx) {
    for (const FieldInfo<T>& f : entityInfo<T>().fields) {
        if (!f.scalar() || f.type == FieldType::Id) continue;
        FieldValue o = f.get(ours), t = f.get(theirs);
        if (o == t) continue;
        FieldValue b = base ? f.get(*base) : FieldValue();
        if (base && o == b) {
            f.assign(out, FieldValue(t));
        } else if (!(base && t == b)) {
            ctx.conflict(kind, id, label, f.key, f.caption, std::move(b), std::move(o),
                         std::move(t));
        }
    }
    mergeExtra(base ? &base->extra : nullptr, ours.extra, theirs.extra, out.extra, kind, id, label,
               "Other keys", ctx);
}

// Sections without an ID: the plan's meta, strategy, economics and rule settings.
template <class T>
void mergeSection(const T& base, const T& ours, const T& theirs, T& out, Entity kind, Ctx& ctx) {
    mergeFields(&base, ours, theirs, out, kind, "", "", ctx);
}

// A map of the rule settings, key by key.
template <class V, class Text>
void mergeMap(const std::map<std::string, V>& base, const std::map<std::string, V>& ours,
              const std::map<std::string, V>& theirs, std::map<std::string, V>& out,
              const char* caption, Text text, Ctx& ctx) {
    std::set<std::string> keys;
    for (const auto* m : {&base, &ours, &theirs})
        for (const auto& kv : *m) keys.insert(kv.first);
    const auto at = [](const std::map<std::string, V>& m, const std::string& k) {
        const auto it = m.find(k);
        return it == m.end() ? std::optional<V>() : std::optional<V>(it->second);
    };
    for (const std::string& k : keys) {
        const std::optional<V> b = at(base, k), o = at(ours, k), t = at(theirs, k);
        if (o == t) continue;
        if (o == b) {
            if (t)
                out[k] = *t;
            else
                out.erase(k);
        } else if (t != b) {
            const auto value = [&](const std::optional<V>& v) {
                return v ? text(*v) : FieldValue();
            };
            ctx.conflict(Entity::RuleSettings, "", "rules", k, std::string(caption) + " " + k,
                         value(b), value(o), value(t));
        }
    }
}

// One entity of a list with the key it is matched by.
template <class T>
using Keyed = std::vector<std::pair<std::string, const T*>>;

template <class T>
std::unordered_map<std::string, const T*> indexOf(const Keyed<T>& list) {
    std::unordered_map<std::string, const T*> out;
    for (const auto& [k, item] : list) out.emplace(k, item);
    return out;
}

template <class T>
const T* lookup(const std::unordered_map<std::string, const T*>& index, const std::string& key) {
    const auto it = index.find(key);
    return it == index.end() ? nullptr : it->second;
}

template <class T>
Keyed<T> byId(const std::vector<T>& list) {
    Keyed<T> out;
    for (const T& item : list) out.push_back({item.id.value, &item});
    return out;
}

// Whether `x` differs from the base's version in its own fields (`more` adds what else counts).
template <class T>
bool changedFrom(const T& base, const T& x) {
    return !fieldChanges(base, x).empty();
}

// The three-way merge of a keyed list: ours' order, then what only theirs added. An entity one
// side removed goes when the other left it as it was; when the other changed it, it stays and that
// is a conflict. `inner` merges what the entity holds beyond its fields; `changed` says whether a
// side changed an entity since the base (its fields or what it holds).
template <class T>
bool sameKeys(const Keyed<T>& a, const Keyed<T>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].first != b[i].first) return false;
    return true;
}

template <class T, class Inner, class Changed>
std::vector<T> mergeKeyed(const Keyed<T>& base, const Keyed<T>& ours, const Keyed<T>& theirs,
                          Entity kind, Ctx& ctx, Inner inner, Changed changed) {
    std::vector<T> out;
    const auto baseAt = indexOf(base), oursAt = indexOf(ours), theirsAt = indexOf(theirs);
    // The order is ours, unless only theirs reordered, added or removed (then theirs'); what
    // the other side alone has comes after.
    const bool theirsOrder = sameKeys(ours, base) && !sameKeys(theirs, base);
    const Keyed<T>& first = theirsOrder ? theirs : ours;
    const Keyed<T>& second = theirsOrder ? ours : theirs;
    const auto& firstAt = theirsOrder ? theirsAt : oursAt;
    const auto merge = [&](const std::string& key) {
        const T* b = lookup(baseAt, key);
        const T* o = lookup(oursAt, key);
        const T* t = lookup(theirsAt, key);
        if (o && t) {
            T merged = *o;
            mergeFields(b, *o, *t, merged, kind, key, labelOf(*o), ctx);
            inner(b, *o, *t, merged);
            out.push_back(std::move(merged));
            return;
        }
        const T* kept = o ? o : t;
        if (b && !changed(*b, *kept)) return;  // one side removed it, the other left it alone
        if (b)
            ctx.whole(kind, key, labelOf(*kept),
                      std::string(nounOf(kind)) + " " + key + " \"" + labelOf(*kept) +
                          (o ? "\" was removed in theirs and changed in ours; ours kept."
                             : "\" was removed in ours and changed in theirs; theirs kept."));
        out.push_back(*kept);
    };
    for (const auto& entry : first) merge(entry.first);
    for (const auto& entry : second)
        if (!firstAt.count(entry.first)) merge(entry.first);
    return out;
}

template <class T>
std::vector<T> mergeById(const std::vector<T>& base, const std::vector<T>& ours,
                         const std::vector<T>& theirs, Entity kind, Ctx& ctx) {
    return mergeKeyed<T>(
        byId(base), byId(ours), byId(theirs), kind, ctx, [](const T*, const T&, const T&, T&) {},
        [](const T& b, const T& x) { return changedFrom(b, x); });
}

Keyed<Checkin> checkinsOf(const KeyResult& k) {
    Keyed<Checkin> out;
    const std::vector<std::string> keys = checkinKeys(k);
    for (std::size_t i = 0; i < keys.size(); ++i) out.push_back({keys[i], &k.checkins[i]});
    return out;
}

Keyed<RetroAnswer> answersOf(const Plan& plan) {
    Keyed<RetroAnswer> out;
    const std::vector<std::string> keys = answerKeys(plan);
    for (std::size_t i = 0; i < keys.size(); ++i) out.push_back({keys[i], &plan.retrospective[i]});
    return out;
}

bool checkinsChanged(const KeyResult& a, const KeyResult& b) {
    if (a.checkins.size() != b.checkins.size()) return true;
    for (std::size_t i = 0; i < a.checkins.size(); ++i)
        if (a.checkins[i].date != b.checkins[i].date || changedFrom(a.checkins[i], b.checkins[i]))
            return true;
    return false;
}

// ---- IDs both sides added -------------------------------------------------------------------

// The IDs of every entity kind in a plan.
std::set<std::string> idsOf(const Plan& p) {
    std::set<std::string> out;
    for (const Theme& t : p.strategy.themes) out.insert(t.id.value);
    for (const Node& n : p.tree.nodes) out.insert(n.id.value);
    for (const Link& l : p.tree.links) out.insert(l.id.value);
    for (const Objective& o : p.objectives) {
        out.insert(o.id.value);
        for (const KeyResult& k : o.keyResults) out.insert(k.id.value);
    }
    for (const Initiative& i : p.initiatives) out.insert(i.id.value);
    for (const Adjustment& a : p.adjustments) out.insert(a.id.value);
    return out;
}

template <class T>
const T* findIn(const std::vector<T>& list, const std::string& id) {
    for (const T& item : list)
        if (item.id.value == id) return &item;
    return nullptr;
}

const KeyResult* krIn(const Plan& p, const std::string& id) {
    for (const Objective& o : p.objectives)
        if (const KeyResult* k = findIn(o.keyResults, id)) return k;
    return nullptr;
}

// Theirs with a fresh ID for every entity both drafts added under the same ID but made
// differently, its references following it.
Plan rekeyTheirs(const Plan& base, const Plan& ours, Plan theirs, Ctx& ctx) {
    std::set<std::string> taken = idsOf(base);
    for (const std::string& id : idsOf(ours)) taken.insert(id);
    for (const std::string& id : idsOf(theirs)) taken.insert(id);
    const auto fresh = [&](const std::string& id) {
        for (int n = 2;; ++n) {
            std::string candidate = id + "-" + std::to_string(n);
            if (taken.insert(candidate).second) return candidate;
        }
    };
    const auto collides = [&](const auto* inBase, const auto* inOurs, const auto* inTheirs) {
        return !inBase && inOurs && inTheirs && changedFrom(*inOurs, *inTheirs);
    };
    const auto note = [&](const char* noun, const std::string& from, const std::string& to) {
        const char first = noun[0];
        const bool vowel =
            first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
        ctx.result.notes.push_back(std::string("Both drafts added ") + (vowel ? "an " : "a ") +
                                   noun + " " + from + ": theirs is kept as " + to + ".");
    };

    for (Theme& t : theirs.strategy.themes) {
        const std::string id = t.id.value;
        if (!collides(findIn(base.strategy.themes, id), findIn(ours.strategy.themes, id), &t))
            continue;
        t.id.value = fresh(id);
        note("theme", id, t.id.value);
        for (Objective& o : theirs.objectives)
            if (o.theme.value == id) o.theme.value = t.id.value;
    }
    for (Node& n : theirs.tree.nodes) {
        const std::string id = n.id.value;
        if (!collides(findIn(base.tree.nodes, id), findIn(ours.tree.nodes, id), &n)) continue;
        n.id.value = fresh(id);
        note("tree metric", id, n.id.value);
        for (Objective& o : theirs.objectives)
            for (KeyResult& k : o.keyResults)
                if (k.driver.value == id) k.driver.value = n.id.value;
        for (Link& l : theirs.tree.links) {
            if (l.from.value == id) l.from.value = n.id.value;
            if (l.to.value == id) l.to.value = n.id.value;
        }
    }
    // Entities nothing else names by their ID: links, initiatives, adjustments.
    const auto plain = [&](auto& list, const auto& inBase, const auto& inOurs, const char* noun) {
        for (auto& item : list) {
            const std::string id = item.id.value;
            if (!collides(findIn(inBase, id), findIn(inOurs, id), &item)) continue;
            item.id.value = fresh(id);
            note(noun, id, item.id.value);
        }
    };
    plain(theirs.tree.links, base.tree.links, ours.tree.links, "link");
    for (Objective& o : theirs.objectives) {
        const std::string id = o.id.value;
        if (!collides(findIn(base.objectives, id), findIn(ours.objectives, id), &o)) continue;
        o.id.value = fresh(id);
        note("objective", id, o.id.value);
        for (Objective& other : theirs.objectives)
            if (other.parent.value == id) other.parent.value = o.id.value;
        for (Adjustment& a : theirs.adjustments)
            if (a.targetKind == TargetKind::Objective && a.targetId == id) a.targetId = o.id.value;
    }
    for (Objective& o : theirs.objectives)
        for (KeyResult& k : o.keyResults) {
            const std::string id = k.id.value;
            if (!collides(krIn(base, id), krIn(ours, id), &k)) continue;
            k.id.value = fresh(id);
            note("key result", id, k.id.value);
            for (Objective& o2 : theirs.objectives)
                for (KeyResult& k2 : o2.keyResults)
                    if (k2.contributesTo.value == id) k2.contributesTo.value = k.id.value;
            for (Initiative& i : theirs.initiatives)
                for (KeyResultId& served : i.keyResults)
                    if (served.value == id) served.value = k.id.value;
            for (Adjustment& a : theirs.adjustments)
                if (a.targetKind == TargetKind::KeyResult && a.targetId == id)
                    a.targetId = k.id.value;
        }
    plain(theirs.initiatives, base.initiatives, ours.initiatives, "initiative");
    plain(theirs.adjustments, base.adjustments, ours.adjustments, "adjustment");
    return theirs;
}

// ---- key results, across objectives ---------------------------------------------------------

struct KrAt {
    const KeyResult* kr = nullptr;
    std::string objective;
};

std::vector<std::pair<std::string, KrAt>> keyResultsOf(const Plan& p) {
    std::vector<std::pair<std::string, KrAt>> out;
    for (const Objective& o : p.objectives)
        for (const KeyResult& k : o.keyResults) out.push_back({k.id.value, {&k, o.id.value}});
    return out;
}

using KrIndex = std::unordered_map<std::string, const KrAt*>;

KrIndex indexKrs(const std::vector<std::pair<std::string, KrAt>>& list) {
    KrIndex out;
    for (const auto& [k, at] : list) out.emplace(k, &at);
    return out;
}

const KrAt* lookupKr(const KrIndex& index, const std::string& id) {
    const auto it = index.find(id);
    return it == index.end() ? nullptr : it->second;
}

// The key results merged and put under their objectives (which `objectives` already holds, with
// no key results). A key result whose objective the result lost brings that objective back.
void mergeKeyResults(const Plan& base, const Plan& ours, const Plan& theirs,
                     std::vector<Objective>& objectives, Ctx& ctx) {
    const auto b = keyResultsOf(base), o = keyResultsOf(ours), t = keyResultsOf(theirs);
    const KrIndex bAt = indexKrs(b), oAt = indexKrs(o), tAt = indexKrs(t);
    const auto changed = [](const KrAt& was, const KrAt& now) {
        return was.objective != now.objective || changedFrom(*was.kr, *now.kr) ||
               checkinsChanged(*was.kr, *now.kr);
    };
    // The order is ours, unless only theirs moved, added or removed key results (then theirs').
    const auto sameOrder = [](const auto& x, const auto& y) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].first != y[i].first || x[i].second.objective != y[i].second.objective)
                return false;
        return true;
    };
    const bool theirsOrder = sameOrder(o, b) && !sameOrder(t, b);
    std::vector<std::pair<KeyResult, std::string>> merged;  // with its objective
    const auto merge = [&](const std::string& id) {
        const KrAt* bat = lookupKr(bAt, id);
        const KrAt* oat = lookupKr(oAt, id);
        const KrAt* tat = lookupKr(tAt, id);
        if (!oat || !tat) {
            const KrAt& kept = oat ? *oat : *tat;
            if (bat && !changed(*bat, kept)) return;  // removed on one side, left on the other
            if (bat)
                ctx.whole(Entity::KeyResult, id, kept.kr->title,
                          "key result " + id + " \"" + kept.kr->title +
                              (oat ? "\" was removed in theirs and changed in ours; ours kept."
                                   : "\" was removed in ours and changed in theirs; theirs kept."));
            merged.push_back({*kept.kr, kept.objective});
            return;
        }
        KeyResult k = *oat->kr;
        mergeFields(bat ? bat->kr : nullptr, *oat->kr, *tat->kr, k, Entity::KeyResult, id,
                    oat->kr->title, ctx);
        std::string parent = oat->objective;
        if (oat->objective != tat->objective) {
            if (bat && oat->objective == bat->objective)
                parent = tat->objective;
            else if (!(bat && tat->objective == bat->objective))
                ctx.conflict(Entity::KeyResult, id, oat->kr->title, "objective", "Objective",
                             bat ? FieldValue(bat->objective) : FieldValue(), oat->objective,
                             tat->objective);
        }
        const Keyed<Checkin> none;
        const std::size_t before = ctx.result.conflicts.size();
        k.checkins = mergeKeyed<Checkin>(
            bat ? checkinsOf(*bat->kr) : none, checkinsOf(*oat->kr), checkinsOf(*tat->kr),
            Entity::Checkin, ctx, [](const Checkin*, const Checkin&, const Checkin&, Checkin&) {},
            [](const Checkin& x, const Checkin& y) { return changedFrom(x, y); });
        // (A conflict on a check-in names the key result it belongs to.)
        for (std::size_t i = before; i < ctx.result.conflicts.size(); ++i)
            ctx.result.conflicts[i].id = id;
        merged.push_back({std::move(k), parent});
    };
    const auto& first = theirsOrder ? t : o;
    const auto& second = theirsOrder ? o : t;
    const KrIndex& firstAt = theirsOrder ? tAt : oAt;
    for (const auto& entry : first) merge(entry.first);
    for (const auto& entry : second)
        if (!firstAt.count(entry.first)) merge(entry.first);

    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < objectives.size(); ++i) at.emplace(objectives[i].id.value, i);
    for (auto& [k, parent] : merged) {
        auto it = at.find(parent);
        if (it == at.end()) {
            const Objective* from = findIn(ours.objectives, parent);
            if (!from) from = findIn(theirs.objectives, parent);
            if (!from) from = findIn(base.objectives, parent);
            if (!from) continue;  // cannot happen: a key result's objective is in its plan
            Objective back = *from;
            back.keyResults.clear();
            ctx.whole(Entity::Objective, parent, back.title,
                      "objective " + parent + " \"" + back.title +
                          "\" was removed in one draft while its key result " + k.id.value +
                          " changed in the other; the objective is kept.");
            objectives.push_back(std::move(back));
            it = at.emplace(parent, objectives.size() - 1).first;
        }
        objectives[it->second].keyResults.push_back(std::move(k));
    }
}

// ---- the result made intact ------------------------------------------------------------------

void repairReferences(Plan& p, Ctx& ctx) {
    std::set<std::string> themes, nodes, objectives, krs;
    for (const Theme& t : p.strategy.themes) themes.insert(t.id.value);
    for (const Node& n : p.tree.nodes) nodes.insert(n.id.value);
    for (const Objective& o : p.objectives) {
        objectives.insert(o.id.value);
        for (const KeyResult& k : o.keyResults) krs.insert(k.id.value);
    }
    const auto cleared = [&](Entity kind, const std::string& id, const std::string& label,
                             const char* caption, const std::string& gone) {
        ctx.whole(kind, id, label,
                  std::string(caption) + " of the " + nounOf(kind) + " " + id + " named " + gone +
                      ", which the other draft removed; cleared.");
    };
    for (Objective& o : p.objectives) {
        if (!o.theme.empty() && !themes.count(o.theme.value)) {
            cleared(Entity::Objective, o.id.value, o.title, "The theme", o.theme.value);
            o.theme = ThemeId();
        }
        if (!o.parent.empty() && !objectives.count(o.parent.value)) {
            cleared(Entity::Objective, o.id.value, o.title, "The parent", o.parent.value);
            o.parent = ObjectiveId();
        }
        for (KeyResult& k : o.keyResults) {
            if (!k.driver.empty() && !nodes.count(k.driver.value)) {
                cleared(Entity::KeyResult, k.id.value, k.title, "The driver", k.driver.value);
                k.driver = NodeId();
            }
            if (!k.contributesTo.empty() && !krs.count(k.contributesTo.value)) {
                cleared(Entity::KeyResult, k.id.value, k.title, "The shared key result",
                        k.contributesTo.value);
                k.contributesTo = KeyResultId();
            }
        }
    }
    for (Initiative& i : p.initiatives) {
        std::vector<KeyResultId> kept;
        for (const KeyResultId& k : i.keyResults) {
            if (krs.count(k.value))
                kept.push_back(k);
            else
                cleared(Entity::Initiative, i.id.value, i.title, "A key result served", k.value);
        }
        i.keyResults = std::move(kept);
    }
    std::vector<Link> links;
    for (Link& l : p.tree.links) {
        if (nodes.count(l.from.value) && nodes.count(l.to.value)) {
            links.push_back(std::move(l));
            continue;
        }
        ctx.whole(Entity::Link, l.id.value, labelOf(l),
                  "link " + l.id.value + " (" + labelOf(l) +
                      ") lost a metric the other draft removed; dropped.");
    }
    p.tree.links = std::move(links);
    std::vector<Adjustment> adjustments;
    for (Adjustment& a : p.adjustments) {
        const bool there = a.targetKind == TargetKind::Objective ? objectives.count(a.targetId) > 0
                                                                 : krs.count(a.targetId) > 0;
        if (there) {
            adjustments.push_back(std::move(a));
            continue;
        }
        ctx.whole(Entity::Adjustment, a.id.value, labelOf(a),
                  "adjustment " + a.id.value + " of " + a.targetId +
                      ", which the other draft removed; dropped.");
    }
    p.adjustments = std::move(adjustments);
    for (const Problem& problem : validatePlan(p))
        ctx.whole(Entity::None, "", "", problem.path + ": " + problem.message);
}

}  // namespace

MergeResult mergePlans(const Plan& base, const Plan& ours, const Plan& theirsAsGiven) {
    MergeResult result;
    Ctx ctx{result};
    const Plan theirs = rekeyTheirs(base, ours, theirsAsGiven, ctx);
    Plan& out = result.plan;
    out = ours;

    mergeSection(base.meta, ours.meta, theirs.meta, out.meta, Entity::PlanMeta, ctx);
    mergeSection(base.strategy, ours.strategy, theirs.strategy, out.strategy, Entity::Strategy,
                 ctx);
    mergeSection(base.economics, ours.economics, theirs.economics, out.economics, Entity::Economics,
                 ctx);
    mergeSection(base.rules, ours.rules, theirs.rules, out.rules, Entity::RuleSettings, ctx);
    mergeMap(
        base.rules.overrides, ours.rules.overrides, theirs.rules.overrides, out.rules.overrides,
        "Severity of", [](Severity s) { return FieldValue(s); }, ctx);
    mergeMap(
        base.rules.thresholds, ours.rules.thresholds, theirs.rules.thresholds, out.rules.thresholds,
        "Threshold", [](double v) { return FieldValue(v); }, ctx);
    mergeExtra(&base.extra, ours.extra, theirs.extra, out.extra, Entity::PlanMeta, "", "",
               "Other keys of the file", ctx);
    mergeExtra(&base.tree.extra, ours.tree.extra, theirs.tree.extra, out.tree.extra,
               Entity::PlanMeta, "", "", "Other keys of the tree", ctx);

    out.strategy.themes = mergeById(base.strategy.themes, ours.strategy.themes,
                                    theirs.strategy.themes, Entity::Theme, ctx);
    out.tree.nodes =
        mergeById(base.tree.nodes, ours.tree.nodes, theirs.tree.nodes, Entity::Node, ctx);
    out.tree.links =
        mergeById(base.tree.links, ours.tree.links, theirs.tree.links, Entity::Link, ctx);
    // Objectives by their own fields; their key results across objectives after.
    out.objectives =
        mergeById(base.objectives, ours.objectives, theirs.objectives, Entity::Objective, ctx);
    for (Objective& o : out.objectives) o.keyResults.clear();
    mergeKeyResults(base, ours, theirs, out.objectives, ctx);
    // Initiatives: the key results they serve merged as sets (what either side added is served,
    // what either side took away is not).
    out.initiatives = mergeKeyed<Initiative>(
        byId(base.initiatives), byId(ours.initiatives), byId(theirs.initiatives),
        Entity::Initiative, ctx,
        [](const Initiative* b, const Initiative& o, const Initiative& t, Initiative& into) {
            if (o.keyResults == t.keyResults) return;
            const std::vector<KeyResultId> none;
            const std::vector<KeyResultId>& was = b ? b->keyResults : none;
            if (b && o.keyResults == was) {
                into.keyResults = t.keyResults;
                return;
            }
            if (b && t.keyResults == was) return;
            const auto has = [](const std::vector<KeyResultId>& list, const KeyResultId& k) {
                for (const KeyResultId& x : list)
                    if (x == k) return true;
                return false;
            };
            into.keyResults.clear();
            for (const KeyResultId& k : o.keyResults)
                if (has(t.keyResults, k) || !has(was, k)) into.keyResults.push_back(k);
            for (const KeyResultId& k : t.keyResults)
                if (!has(o.keyResults, k) && !has(was, k)) into.keyResults.push_back(k);
        },
        [](const Initiative& b, const Initiative& x) {
            return changedFrom(b, x) || b.keyResults != x.keyResults;
        });
    out.adjustments =
        mergeById(base.adjustments, ours.adjustments, theirs.adjustments, Entity::Adjustment, ctx);
    out.retrospective = mergeKeyed<RetroAnswer>(
        answersOf(base), answersOf(ours), answersOf(theirs), Entity::RetroAnswer, ctx,
        [](const RetroAnswer*, const RetroAnswer&, const RetroAnswer&, RetroAnswer&) {},
        [](const RetroAnswer& b, const RetroAnswer& x) { return changedFrom(b, x); });

    repairReferences(out, ctx);
    return result;
}

std::string mergeText(const MergeResult& result) {
    std::string out;
    for (const std::string& n : result.notes) out += "note: " + n + "\n";
    for (const MergeConflict& c : result.conflicts) out += "conflict: " + c.message + "\n";
    const std::size_t n = result.conflicts.size();
    out += n == 0 ? "Merged without conflicts.\n"
                  : std::to_string(n) + (n == 1 ? " conflict" : " conflicts") +
                        ": ours was kept where both drafts changed the same thing.\n";
    return out;
}

}  // namespace okr
