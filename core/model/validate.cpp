// Integrity checks of a typed Plan; see validate.h.
#include "model/validate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "model/text.h"

namespace okr {

namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size() && i < 60; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (s.size() > 60) out += "…";
    return out + "\"";
}

using IdIndex = std::unordered_map<std::string, std::string>;  // ID → path of its entity

class Checker {
  public:
    explicit Checker(const Plan& plan) : plan_(plan) {}

    std::vector<Problem> run() {
        values();
        ids();
        references();
        treeLoops();
        objectiveLoops();
        contributionLoops();
        return std::move(problems_);
    }

  private:
    const Plan& plan_;
    std::vector<Problem> problems_;
    IdIndex nodes_, objectives_, krs_, themes_;

    void error(std::string path, std::string message) {
        problems_.push_back({std::move(path), std::move(message), false});
    }

    static std::string at(const std::string& base, std::size_t i) {
        return base + "/" + std::to_string(i);
    }
    static std::string objPath(std::size_t o) { return at("/objectives", o); }
    static std::string krPath(std::size_t o, std::size_t k) {
        return at(objPath(o) + "/keyResults", k);
    }

    // ---- values: `base` + "/" + `key` is the path, built only when something is wrong.
    static std::string join(const std::string& base, const char* key) {
        return key ? base + "/" + key : base;
    }
    void text(const std::string& base, const char* key, std::string_view s,
              std::size_t limit = kMaxTextChars) {
        if (s.size() <= limit) return;
        const std::size_t n = utf8Length(s);
        if (n > limit) error(join(base, key), textTooLong(n, limit));
    }
    void id(const std::string& base, const char* key, std::string_view s) {
        if (s.empty())
            error(join(base, key), "the ID is empty; IDs are non-empty strings");
        else
            text(base, key, s);
    }
    template <class T>
    void number(const std::string& base, const FieldInfo<T>& f, double v) {
        if (!std::isfinite(v))
            error(join(base, f.key),
                  "this value is not a finite number; write a number or leave it out");
        else if (v < f.min || v > f.max)
            error(join(base, f.key), "this number is too large; plan numbers must lie between " +
                                         numberText(f.min) + " and " + numberText(f.max));
    }
    template <class T>
    void wholeNumber(const std::string& base, const FieldInfo<T>& f, double v) {
        if (v < f.min || v > f.max)
            error(join(base, f.key), std::string(f.key) + " is " + numberText(v) + "; it must be " +
                                         wholeNumberRange(f.min, f.max));
    }
    void date(const std::string& base, const char* key, const Date& d) {
        if (!isValidDate(d.year, d.month, d.day))
            error(join(base, key), "this is not a real calendar date (years 1 to 9999)");
    }

    // The values of one entity at `base`, field by field (fields.h); `list(field)` checks each
    // of its sub-lists, in their place.
    template <class T, class List>
    void values(const std::string& base, const T& entity, List list) {
        for (const FieldInfo<T>& f : entityInfo<T>().fields) {
            if (f.type == FieldType::List) {
                list(f);
                continue;
            }
            // Booleans and enums cannot hold a value outside their limits.
            if (f.type == FieldType::Bool || f.type == FieldType::Enum ||
                f.type == FieldType::OptionalEnum)
                continue;
            const FieldView v = f.view(entity);
            switch (f.type) {
                case FieldType::Text:
                    text(base, f.key, *v.text(), f.maxChars);
                    if (f.required && v.text()->empty()) error(base, f.missing);
                    break;
                case FieldType::Id:
                    id(base, f.key, *v.text());
                    break;
                case FieldType::Ref:
                    if (f.required)
                        id(base, f.key, *v.text());
                    else
                        text(base, f.key, *v.text(), f.maxChars);
                    break;
                case FieldType::Number:
                case FieldType::OptionalNumber:
                    if (v.number()) number(base, f, *v.number());
                    break;
                case FieldType::WholeNumber:
                    if (v.number()) wholeNumber(base, f, *v.number());
                    break;
                case FieldType::Date:
                case FieldType::OptionalDate:
                    if (v.date()) date(base, f.key, *v.date());
                    break;
                default:
                    break;
            }
        }
    }
    template <class T>
    void values(const std::string& base, const T& entity) {
        values(base, entity, [](const FieldInfo<T>&) {});
    }

    void values() {
        values("/plan", plan_.meta);
        values("/strategy", plan_.strategy, [&](const FieldInfo<Strategy>&) {
            for (std::size_t i = 0; i < plan_.strategy.themes.size(); ++i)
                values(at("/strategy/themes", i), plan_.strategy.themes[i]);
        });
        values("/economics", plan_.economics);
        for (std::size_t i = 0; i < plan_.tree.nodes.size(); ++i)
            values(at("/tree/nodes", i), plan_.tree.nodes[i]);
        for (std::size_t i = 0; i < plan_.tree.links.size(); ++i)
            values(at("/tree/links", i), plan_.tree.links[i]);
        for (std::size_t o = 0; o < plan_.objectives.size(); ++o) {
            const Objective& obj = plan_.objectives[o];
            values(objPath(o), obj, [&](const FieldInfo<Objective>&) {
                for (std::size_t k = 0; k < obj.keyResults.size(); ++k) keyResultValues(o, k);
            });
        }
        for (std::size_t i = 0; i < plan_.initiatives.size(); ++i) {
            const Initiative& in = plan_.initiatives[i];
            const std::string p = at("/initiatives", i);
            values(p, in, [&](const FieldInfo<Initiative>&) {
                for (std::size_t k = 0; k < in.keyResults.size(); ++k)
                    id(at(p + "/keyResults", k), nullptr, in.keyResults[k].value);
            });
        }
        for (std::size_t i = 0; i < plan_.adjustments.size(); ++i)
            values(at("/adjustments", i), plan_.adjustments[i]);
        for (std::size_t i = 0; i < plan_.retrospective.size(); ++i)
            values(at("/retrospective", i), plan_.retrospective[i]);
        values("/rules", plan_.rules, [&](const FieldInfo<RuleSettings>& f) {
            if (std::string_view(f.key) == "thresholds") {
                for (const auto& [key, value] : plan_.rules.thresholds) {
                    if (key.empty())
                        error("/rules/thresholds/", "a threshold has an empty name");
                    else if (!std::isfinite(value))
                        error("/rules/thresholds/" + pointerEscape(key),
                              "the threshold is not a finite number");
                }
                return;
            }
            for (const auto& [rule, severity] : plan_.rules.overrides) {
                (void)severity;
                if (rule.empty())
                    error("/rules/overrides/", "a rule override has an empty rule ID");
                else
                    text("/rules/overrides/" + pointerEscape(rule), nullptr, rule);
            }
        });
        if (const std::size_t n = countEntities(plan_); n > kMaxEntities)
            error("", "the plan has " + withCommas(n) +
                          " entities (objectives, key results, check-ins, nodes, links, …); a "
                          "plan file holds at most " +
                          withCommas(kMaxEntities));
    }

    void keyResultValues(std::size_t o, std::size_t k) {
        const KeyResult& kr = plan_.objectives[o].keyResults[k];
        const std::string p = krPath(o, k);
        values(p, kr, [&](const FieldInfo<KeyResult>&) {
            for (std::size_t c = 0; c < kr.checkins.size(); ++c)
                values(at(p + "/checkins", c), kr.checkins[c]);
        });
    }

    // ---- unique IDs
    void unique(IdIndex& seen, const std::string& idValue, const std::string& path,
                const char* kind) {
        if (idValue.empty()) return;
        auto [it, inserted] = seen.emplace(idValue, path);
        if (!inserted)
            error(path + "/id", "the ID " + quoted(idValue) + " is already used by " + it->second +
                                    "; " + kind + " IDs must be unique");
    }

    void ids() {
        const auto& themes = plan_.strategy.themes;
        for (std::size_t i = 0; i < themes.size(); ++i)
            unique(themes_, themes[i].id.value, at("/strategy/themes", i), "theme");
        const auto& nodes = plan_.tree.nodes;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            unique(nodes_, nodes[i].id.value, at("/tree/nodes", i), "tree node");
        IdIndex links, initiatives, adjustments;
        const auto& ls = plan_.tree.links;
        for (std::size_t i = 0; i < ls.size(); ++i)
            unique(links, ls[i].id.value, at("/tree/links", i), "link");
        for (std::size_t o = 0; o < plan_.objectives.size(); ++o) {
            const Objective& obj = plan_.objectives[o];
            unique(objectives_, obj.id.value, objPath(o), "objective");
            for (std::size_t k = 0; k < obj.keyResults.size(); ++k)
                unique(krs_, obj.keyResults[k].id.value, krPath(o, k), "key result");
        }
        const auto& ins = plan_.initiatives;
        for (std::size_t i = 0; i < ins.size(); ++i)
            unique(initiatives, ins[i].id.value, at("/initiatives", i), "initiative");
        const auto& adj = plan_.adjustments;
        for (std::size_t i = 0; i < adj.size(); ++i)
            unique(adjustments, adj[i].id.value, at("/adjustments", i), "adjustment");
    }

    // ---- references
    void references() {
        const auto& ls = plan_.tree.links;
        for (std::size_t i = 0; i < ls.size(); ++i) {
            const std::string p = at("/tree/links", i);
            if (!ls[i].from.empty() && !nodes_.count(ls[i].from.value))
                error(p + "/from", "no tree node has the ID " + quoted(ls[i].from.value));
            if (!ls[i].to.empty() && !nodes_.count(ls[i].to.value))
                error(p + "/to", "no tree node has the ID " + quoted(ls[i].to.value));
        }
        for (std::size_t o = 0; o < plan_.objectives.size(); ++o) {
            const Objective& obj = plan_.objectives[o];
            if (!obj.parent.empty() && !objectives_.count(obj.parent.value))
                error(objPath(o) + "/parent",
                      "no objective has the ID " + quoted(obj.parent.value));
            if (!obj.theme.empty() && !themes_.count(obj.theme.value))
                error(objPath(o) + "/theme",
                      "no strategy theme has the ID " + quoted(obj.theme.value));
            for (std::size_t k = 0; k < obj.keyResults.size(); ++k) {
                const KeyResult& kr = obj.keyResults[k];
                if (!kr.driver.empty() && !nodes_.count(kr.driver.value))
                    error(krPath(o, k) + "/driver",
                          "no tree node has the ID " + quoted(kr.driver.value));
                if (!kr.contributesTo.empty() && !krs_.count(kr.contributesTo.value))
                    error(krPath(o, k) + "/contributesTo",
                          "no key result has the ID " + quoted(kr.contributesTo.value));
            }
        }
        const auto& ins = plan_.initiatives;
        for (std::size_t i = 0; i < ins.size(); ++i)
            for (std::size_t k = 0; k < ins[i].keyResults.size(); ++k) {
                const std::string& ref = ins[i].keyResults[k].value;
                if (!ref.empty() && !krs_.count(ref))
                    error(at(at("/initiatives", i) + "/keyResults", k),
                          "no key result has the ID " + quoted(ref));
            }
        const auto& adj = plan_.adjustments;
        for (std::size_t i = 0; i < adj.size(); ++i) {
            const bool objective = adj[i].targetKind == TargetKind::Objective;
            const IdIndex& index = objective ? objectives_ : krs_;
            if (adj[i].targetId.empty())
                error(at("/adjustments", i),
                      "this adjustment has no \"targetId\"; say which objective or key result "
                      "it changes");
            else if (!index.count(adj[i].targetId))
                error(at("/adjustments", i) + "/targetId",
                      std::string("no ") + (objective ? "objective" : "key result") +
                          " has the ID " + quoted(adj[i].targetId));
        }
    }

    // ---- loops: iterative depth-first search; reports the first loop found, at the path of
    // the edge that closes it.
    template <class PathOf>
    void findLoop(const std::vector<std::string>& ids,
                  const std::vector<std::vector<std::size_t>>& edges, PathOf pathOf,
                  const char* explanation) {
        enum Mark : char { White, Grey, Black };
        std::vector<Mark> mark(ids.size(), White);
        struct Frame {
            std::size_t node;
            std::size_t next;
        };
        std::vector<Frame> frames;
        for (std::size_t start = 0; start < ids.size(); ++start) {
            if (mark[start] != White) continue;
            frames.assign(1, {start, 0});
            mark[start] = Grey;
            while (!frames.empty()) {
                Frame& f = frames.back();
                if (f.next == edges[f.node].size()) {
                    mark[f.node] = Black;
                    frames.pop_back();
                    continue;
                }
                const std::size_t edge = f.next++;
                const std::size_t to = edges[f.node][edge];
                if (mark[to] == Grey) {
                    std::string loop;
                    bool inLoop = false;
                    for (const Frame& g : frames) {
                        inLoop = inLoop || g.node == to;
                        if (inLoop) loop += ids[g.node] + " → ";
                    }
                    loop += ids[to];
                    error(pathOf(f.node, edge), "this closes a loop: " + loop + "; " + explanation);
                    return;
                }
                if (mark[to] == White) {
                    mark[to] = Grey;
                    frames.push_back({to, 0});
                }
            }
        }
    }

    void treeLoops() {
        const auto& nodes = plan_.tree.nodes;
        std::unordered_map<std::string, std::size_t> index;
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            index.emplace(nodes[i].id.value, i);
            ids.push_back(nodes[i].id.value);
        }
        std::vector<std::vector<std::size_t>> edges(nodes.size()), linkOf(nodes.size());
        const auto& ls = plan_.tree.links;
        for (std::size_t i = 0; i < ls.size(); ++i) {
            auto a = index.find(ls[i].from.value);
            auto b = index.find(ls[i].to.value);
            if (a == index.end() || b == index.end()) continue;
            edges[a->second].push_back(b->second);
            linkOf[a->second].push_back(i);
        }
        findLoop(
            ids, edges,
            [&](std::size_t from, std::size_t edge) {
                return at("/tree/links", linkOf[from][edge]);
            },
            "a metric cannot drive itself");
    }

    void objectiveLoops() {
        std::unordered_map<std::string, std::size_t> index;
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < plan_.objectives.size(); ++i) {
            index.emplace(plan_.objectives[i].id.value, i);
            ids.push_back(plan_.objectives[i].id.value);
        }
        std::vector<std::vector<std::size_t>> edges(ids.size());
        for (std::size_t i = 0; i < plan_.objectives.size(); ++i) {
            auto p = index.find(plan_.objectives[i].parent.value);
            if (p != index.end()) edges[i].push_back(p->second);
        }
        findLoop(
            ids, edges, [](std::size_t from, std::size_t) { return objPath(from) + "/parent"; },
            entityInfo<Objective>().find("parent")->loop);
    }

    void contributionLoops() {
        std::unordered_map<std::string, std::size_t> index;
        std::vector<std::string> ids, paths;
        std::vector<const KeyResult*> krs;
        for (std::size_t o = 0; o < plan_.objectives.size(); ++o)
            for (std::size_t k = 0; k < plan_.objectives[o].keyResults.size(); ++k) {
                const KeyResult& kr = plan_.objectives[o].keyResults[k];
                index.emplace(kr.id.value, krs.size());
                ids.push_back(kr.id.value);
                paths.push_back(krPath(o, k) + "/contributesTo");
                krs.push_back(&kr);
            }
        std::vector<std::vector<std::size_t>> edges(ids.size());
        for (std::size_t i = 0; i < krs.size(); ++i) {
            auto p = index.find(krs[i]->contributesTo.value);
            if (p != index.end()) edges[i].push_back(p->second);
        }
        findLoop(
            ids, edges, [&](std::size_t from, std::size_t) { return paths[from]; },
            entityInfo<KeyResult>().find("contributesTo")->loop);
    }
};

}  // namespace

std::size_t countEntities(const Plan& plan) {
    std::size_t n = plan.strategy.themes.size() + plan.tree.nodes.size() + plan.tree.links.size() +
                    plan.initiatives.size() + plan.adjustments.size() + plan.objectives.size();
    for (const auto& o : plan.objectives) {
        n += o.keyResults.size();
        for (const auto& kr : o.keyResults) n += kr.checkins.size();
    }
    return n;
}

std::vector<Problem> validatePlan(const Plan& plan) { return Checker(plan).run(); }

}  // namespace okr
