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
    void text(const std::string& base, const char* key, const std::string& s) {
        if (s.size() <= kMaxTextChars) return;
        const std::size_t n = utf8Length(s);
        if (n > kMaxTextChars)
            error(join(base, key), "this text is " + withCommas(n) +
                                       " characters long; the limit is 10,000 characters");
    }
    void id(const std::string& base, const char* key, const std::string& s) {
        if (s.empty())
            error(join(base, key), "the ID is empty; IDs are non-empty strings");
        else
            text(base, key, s);
    }
    void number(const std::string& base, const char* key, double v) {
        if (!std::isfinite(v))
            error(join(base, key),
                  "this value is not a finite number; write a number or leave it out");
        else if (std::fabs(v) > kMaxMagnitude)
            error(join(base, key),
                  "this number is too large; plan numbers must lie between -1e15 and 1e15");
    }
    void number(const std::string& base, const char* key, const std::optional<double>& v) {
        if (v) number(base, key, *v);
    }
    void date(const std::string& base, const char* key, const Date& d) {
        if (!isValidDate(d.year, d.month, d.day))
            error(join(base, key), "this is not a real calendar date (years 1 to 9999)");
    }
    void date(const std::string& base, const char* key, const std::optional<Date>& d) {
        if (d) date(base, key, *d);
    }

    void values() {
        const std::string m = "/plan";
        text(m, "title", plan_.meta.title);
        text(m, "client", plan_.meta.client);
        date(m, "start", plan_.meta.start);
        date(m, "end", plan_.meta.end);
        text("/strategy", "vision", plan_.strategy.vision);
        text("/strategy", "statement", plan_.strategy.statement);
        for (std::size_t i = 0; i < plan_.strategy.themes.size(); ++i) {
            const std::string p = at("/strategy/themes", i);
            id(p, "id", plan_.strategy.themes[i].id.value);
            text(p, "title", plan_.strategy.themes[i].title);
        }
        const Economics& e = plan_.economics;
        text("/economics", "currency", e.currency);
        number("/economics", "revenuePerSale", e.revenuePerSale);
        number("/economics", "lifetimeValue", e.lifetimeValue);
        text("/economics", "capacity", e.capacity);
        for (std::size_t i = 0; i < plan_.tree.nodes.size(); ++i) {
            const Node& n = plan_.tree.nodes[i];
            const std::string p = at("/tree/nodes", i);
            id(p, "id", n.id.value);
            text(p, "name", n.name);
            text(p, "owner", n.kpi.owner);
            text(p, "source", n.kpi.source);
            text(p, "unit", n.kpi.unit);
            number(p, "baseline", n.kpi.baseline);
            number(p, "sigma", n.kpi.sigma);
            number(p, "value", n.value);
            number(p, "threshold", n.guardrail.threshold);
            number(p, "x", n.position.x);
            number(p, "y", n.position.y);
            text(p, "notes", n.notes);
        }
        for (std::size_t i = 0; i < plan_.tree.links.size(); ++i) {
            const Link& l = plan_.tree.links[i];
            const std::string p = at("/tree/links", i);
            id(p, "id", l.id.value);
            id(p, "from", l.from.value);
            id(p, "to", l.to.value);
        }
        for (std::size_t o = 0; o < plan_.objectives.size(); ++o) {
            const Objective& obj = plan_.objectives[o];
            const std::string p = objPath(o);
            id(p, "id", obj.id.value);
            text(p, "title", obj.title);
            text(p, "owner", obj.owner);
            text(p, "parent", obj.parent.value);
            text(p, "theme", obj.theme.value);
            text(p, "notes", obj.notes);
            for (std::size_t k = 0; k < obj.keyResults.size(); ++k) keyResultValues(o, k);
        }
        for (std::size_t i = 0; i < plan_.initiatives.size(); ++i) {
            const Initiative& in = plan_.initiatives[i];
            const std::string p = at("/initiatives", i);
            id(p, "id", in.id.value);
            text(p, "title", in.title);
            text(p, "owner", in.owner);
            for (std::size_t k = 0; k < in.keyResults.size(); ++k)
                id(at(p + "/keyResults", k), nullptr, in.keyResults[k].value);
            text(p, "notes", in.notes);
        }
        for (std::size_t i = 0; i < plan_.adjustments.size(); ++i) {
            const Adjustment& a = plan_.adjustments[i];
            const std::string p = at("/adjustments", i);
            id(p, "id", a.id.value);
            date(p, "date", a.date);
            text(p, "targetId", a.targetId);
            text(p, "reason", a.reason);
            number(p, "originalTarget", a.originalTarget);
            number(p, "newTarget", a.newTarget);
        }
        for (const auto& [rule, severity] : plan_.rules.overrides) {
            (void)severity;
            if (rule.empty())
                error("/rules/overrides/", "a rule override has an empty rule ID");
            else
                text("/rules/overrides/" + pointerEscape(rule), nullptr, rule);
        }
        if (const std::size_t n = countEntities(plan_); n > kMaxEntities)
            error("", "the plan has " + withCommas(n) +
                          " entities (objectives, key results, check-ins, nodes, links, …); a "
                          "plan file holds at most 10,000");
    }

    void keyResultValues(std::size_t o, std::size_t k) {
        const KeyResult& kr = plan_.objectives[o].keyResults[k];
        const std::string p = krPath(o, k);
        id(p, "id", kr.id.value);
        text(p, "title", kr.title);
        text(p, "metric", kr.metric);
        text(p, "unit", kr.unit);
        number(p, "baseline", kr.baseline);
        number(p, "target", kr.target);
        number(p, "current", kr.current);
        number(p, "bandLow", kr.bandLow);
        number(p, "bandHigh", kr.bandHigh);
        date(p, "due", kr.due);
        text(p, "owner", kr.owner);
        text(p, "source", kr.source);
        text(p, "driver", kr.driver.value);
        text(p, "contributesTo", kr.contributesTo.value);
        number(p, "scoreOverride", kr.scoreOverride.score);
        text(p, "scoreReason", kr.scoreOverride.reason);
        text(p, "evidence", kr.evidence);
        text(p, "notes", kr.notes);
        for (std::size_t c = 0; c < kr.checkins.size(); ++c) {
            const Checkin& ci = kr.checkins[c];
            const std::string cp = at(p + "/checkins", c);
            date(cp, "date", ci.date);
            number(cp, "value", ci.value);
            if (ci.confidence && (*ci.confidence < 0 || *ci.confidence > 10))
                error(cp + "/confidence", "confidence is " + std::to_string(*ci.confidence) +
                                              "; it must be a whole number from 0 to 10");
            text(cp, "blockers", ci.blockers);
            text(cp, "note", ci.note);
        }
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
            "an objective cannot support itself");
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
            "a key result cannot contribute to itself");
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
