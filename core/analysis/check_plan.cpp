// The plan rules (SET-OBJ-COUNT, SET-KR-TOTAL, SET-OWNER-LOAD, SET-NO-STRATEGY, SET-NO-NSM,
// SET-NO-GUARDRAIL, SET-CONFLICT, SET-TRIAD) and those on initiatives and themes (INIT-UNLINKED,
// THEME-GAP).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analysis/checks.h"
#include "model/order.h"

namespace okr::detail {

namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A company of about ten people or fewer, where S4's FAQ gives its own numbers: 2–3 company-level
// OKRs, each person owning one key result, under 8 key results in all, no team-level OKRs yet.
// (An agency's limits are per client, whatever the agency's size.)
std::optional<int> smallCompany(const Context& c) {
    if (!c.plan.meta.headcount || *c.plan.meta.headcount > 10 || c.profile == Profile::Agency)
        return std::nullopt;
    return *c.plan.meta.headcount;
}

// Objectives per level: one count for the company (or client) level, one per team at the team
// level (S4: at most 3 at company, team and individual level — per team, not for all teams); in a
// small company, S4's 2–3 company-level objectives, and a note on team-level ones.
void objectiveCount(Context& c) {
    struct Group {
        Level level;
        std::string team;  // lower case, trimmed; "" for the other levels or no team named
        std::string shown;
        int n = 0;
    };
    std::vector<Group> groups;
    for (const Objective& o : c.plan.objectives) {
        std::string key, shown;
        if (o.level == Level::Team || o.level == Level::Individual) {
            // Counted per team, and an individual's per person (S4: at most 3 at each level).
            shown = trimmed(o.level == Level::Team ? o.team : o.owner);
            key = lowerCase(shown);
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group& g) { return g.level == o.level && g.team == key; });
        if (it == groups.end()) {
            groups.push_back({o.level, key, shown, 0});
            it = groups.end() - 1;
        }
        ++it->n;
    }
    stableSort(groups, [](const Group& a, const Group& b) {
        return static_cast<int>(a.level) < static_cast<int>(b.level);
    });
    const std::optional<int> small = smallCompany(c);
    int teamObjectives = 0, individual = 0;
    for (const Group& g : groups) {
        teamObjectives += g.level == Level::Team ? g.n : 0;
        individual += g.level == Level::Individual ? g.n : 0;
    }
    // S4's FAQ: below 30 people, no individual OKRs — people own key results at the team level.
    if (individual > 0 && c.plan.meta.headcount && *c.plan.meta.headcount < 30)
        c.emit(RuleId::SetObjCount, EntityKind::Plan, "", "/objectives",
               plural(individual, "individual objective", "individual objectives") + ": at " +
                   std::to_string(*c.plan.meta.headcount) +
                   " people, S4 sets no individual OKRs; individual contributors own key results "
                   "at the team level.",
               "Turn each into a key result of the team objective it serves, owned by that "
               "person; a project of its own scope can be a small team's objective instead "
               "(S4's FAQ).");
    if (small && teamObjectives > 0)
        c.emit(RuleId::SetObjCount, EntityKind::Plan, "", "/objectives",
               plural(teamObjectives, "team-level objective", "team-level objectives") + ": at " +
                   std::to_string(*small) +
                   " people there are seldom teams distinct enough to need their own OKRs (S4).",
               "Set 2–3 company-level objectives and have each person own one key result under "
               "them (S4's FAQ for a company of about ten people).",
               Severity::Info);
    for (const Group& g : groups) {
        const Level level = g.level;
        const int n = g.n;
        const ProfileLimits& lim = c.limits;
        // S4's 2–3 company-level OKRs for a company of about ten people.
        const bool bySize = small && level == Level::Company;
        const int least = bySize ? 2 : lim.minObjectives;
        const int most = bySize ? std::min(3, lim.maxObjectives) : lim.maxObjectives;
        if (n >= least && n <= most) continue;
        const std::string range = least > 1 ? std::to_string(least) + "–" + std::to_string(most)
                                            : "at most " + std::to_string(most);
        const char* who = level == Level::Individual ? "" : "Team ";
        std::string msg =
            (g.shown.empty() ? "" : who + g.shown + ": ") +
            plural(n, (std::string(name(level)) + "-level objective").c_str(),
                   (std::string(name(level)) + "-level objectives").c_str()) +
            (bySize ? ": at " + std::to_string(*small) + " people, S4 sets " + range
                    : ": the " + std::string(name(c.profile)) + " profile asks for " + range) +
            (g.shown.empty()              ? ""
             : level == Level::Individual ? " per person"
                                          : " per team") +
            ".";
        std::optional<Severity> severity;
        if (n >= 5) {
            msg += " Five or more is always too many (S0).";
            severity = Severity::Error;
        }
        c.emit(RuleId::SetObjCount, EntityKind::Plan, "", "/objectives", std::move(msg),
               n > most
                   ? "Ruthlessly prioritize: keep the objectives that matter most this quarter and "
                     "move the rest to a backlog (S4: if you cannot choose, that is a strategy "
                     "problem)."
               : c.profile == Profile::Agency
                   ? "Add the outcome the client cares about that is missing (S0: 3–4 "
                     "objectives per client per quarter)."
                   : "Add the outcome that is missing, or keep the plan this focused on "
                     "purpose.",
               severity);
    }
}

// Who set a limit, for the message: "the startup profile" or "this plan's rules".
std::string limitSetter(const Context& c, const char* key) {
    return c.plan.rules.thresholds.count(key) ? std::string("this plan's rules")
                                              : "the " + std::string(name(c.profile)) + " profile";
}

void krTotal(Context& c) {
    const int n = static_cast<int>(c.krs.size());
    const int limit = static_cast<int>(c.thresholds[ThresholdId::KrTotal]);
    if (n <= limit) return;
    const bool own = c.plan.rules.thresholds.count("krTotal") > 0;
    c.emit(RuleId::SetKrTotal, EntityKind::Plan, "", "/objectives",
           plural(n, "key result", "key results") + " in all: " +
               (!own && c.plan.meta.headcount && *c.plan.meta.headcount <= 10
                    ? "at " + std::to_string(*c.plan.meta.headcount) + " people, S4 keeps"
                    : limitSetter(c, "krTotal") + " keeps") +
               " the plan to " + std::to_string(limit) +
               (c.profile == Profile::Startup && !own && limit == 7
                    ? " (S4: under 8 in a small company)."
                    : "."),
           "Focus: fewer key results get more attention; merge or drop the weakest (S2: when "
           "everything is important, nothing is).");
}

// Owners counted each once, whatever the case, in the order they first appear: found by a hash
// of the name in lower case (a collision is looked for one by one).
class OwnerTally {
  public:
    struct Owner {
        std::string_view owner;  // trimmed, as first written
        int count;
    };
    void add(std::string_view raw) {
        std::size_t b = 0, e = raw.size();
        while (b < e && std::isspace(static_cast<unsigned char>(raw[b]))) ++b;
        while (e > b && std::isspace(static_cast<unsigned char>(raw[e - 1]))) --e;
        if (b == e) return;
        const std::string_view who = raw.substr(b, e - b);
        std::uint64_t h = 1469598103934665603ull;
        for (const char ch : who)
            h = (h ^ static_cast<unsigned char>(asciiLower(ch))) * 1099511628211ull;
        const auto [it, fresh] = byName_.emplace(h, owners_.size());
        if (!fresh && sameIgnoringCase(owners_[it->second].owner, who)) {
            ++owners_[it->second].count;
            return;
        }
        if (!fresh)
            for (Owner& o : owners_)
                if (sameIgnoringCase(o.owner, who)) {
                    ++o.count;
                    return;
                }
        owners_.push_back({who, 1});
    }
    const std::vector<Owner>& owners() const { return owners_; }

  private:
    std::vector<Owner> owners_;
    std::unordered_map<std::uint64_t, std::size_t> byName_;
};

void ownerLoad(Context& c) {
    OwnerTally all, keyResults;
    for (const Objective& o : c.plan.objectives) all.add(o.owner);
    for (const KrFacts& f : c.krs) all.add(f.kr->owner);
    const int limit = static_cast<int>(c.thresholds[ThresholdId::OwnedPerPerson]);
    for (const OwnerTally::Owner& l : all.owners()) {
        if (l.count <= limit) continue;
        c.emit(RuleId::SetOwnerLoad, EntityKind::Plan, "", "/objectives",
               quote(l.owner) + " owns " + std::to_string(l.count) +
                   " objectives and key results; " + limitSetter(c, "ownedPerPerson") + " allows " +
                   std::to_string(limit) + ".",
               "Spread ownership: when one person owns nine goals, they have none (S2). Hand key "
               "results to the people closest to the work.");
    }
    // S4's FAQ for a company of about ten people: each person owns one key result.
    const std::optional<int> small = smallCompany(c);
    if (!small) return;
    for (const KrFacts& f : c.krs) keyResults.add(f.kr->owner);
    for (const OwnerTally::Owner& l : keyResults.owners())
        if (l.count > 1)
            c.emit(RuleId::SetOwnerLoad, EntityKind::Plan, "", "/objectives",
                   quote(l.owner) + " owns " + std::to_string(l.count) + " key results: at " +
                       std::to_string(*small) + " people, S4 has each person own one.",
                   "Hand the other key results to the people closest to the work (S4's FAQ for "
                   "a company of about ten people).",
                   Severity::Info);
}

void noStrategy(Context& c) {
    if (!trimmedView(c.plan.strategy.statement).empty()) return;
    c.emit(RuleId::SetNoStrategy, EntityKind::Plan, "", "/strategy/statement",
           "The plan has no strategy statement: the OKRs have nothing to translate.",
           "Write where we play and how we win this period first (S2: \"Win midmarket customers "
           "in medical care by providing the fastest claims adjudication\"); then the OKRs.");
}

void noNsm(Context& c) {
    if (!c.plan.tree.nodes.empty()) return;  // a tree without an NSM is TREE-ROOT
    // (The value "the people the plan serves" get, in a public body's, a charity's or an
    // open-source project's plan.)
    c.emit(
        RuleId::SetNoNsm, EntityKind::Plan, "", "/tree/nodes",
        std::string("The plan has no North-Star Metric: nothing says which OKR moves the value ") +
            (c.commercial() ? "customers get." : "delivered to the people the plan serves."),
        "Add the North-Star Metric (S3: e.g. \"Weekly Activated Teams\") and the drivers that "
        "move it, then link each key result to its driver.");
}

bool hasCounterMetric(const Context& c) {
    for (const Node& n : c.plan.tree.nodes)
        if (n.kind == NodeKind::Guardrail) return true;
    for (const KrFacts& f : c.krs) {
        if (f.kr->kind == KrKind::Maintain || f.sentence.kind == KrKind::Maintain) return true;
        const std::string_view t = f.kr->title;
        if (t.find("without") != std::string_view::npos) return true;
    }
    return false;
}

void noGuardrail(Context& c) {
    bool checked = false, counter = false;
    for (const KrFacts& f : c.krs) {
        const KeyResult& k = *f.kr;
        if (k.kind != KrKind::Metric || !f.baseline || !f.target || *f.baseline <= 0) continue;
        const double ratio = *f.target / *f.baseline;
        const double aggressive = c.thresholds[ThresholdId::AggressiveChange];
        const bool up = f.direction == Direction::Increase && ratio >= 1.0 + aggressive;
        const bool down = f.direction == Direction::Decrease && ratio <= 1.0 - aggressive;
        if (!up && !down) continue;
        if (!checked) {
            counter = hasCounterMetric(c);
            checked = true;
        }
        if (counter) return;
        const double change = std::fabs(ratio - 1.0) * 100.0;
        c.emit(RuleId::SetNoGuardrail, EntityKind::KeyResult, k.id.value, krPath(f),
               quote(k.title, "key result") + " is aggressive (" + valueText(*f.baseline, f.unit) +
                   " → " + valueText(*f.target, f.unit) + ", " + (up ? "+" : "−") +
                   valueText(std::round(change), "%") +
                   ") and nothing guards against over-optimizing it: no guardrail, no maintain "
                   "key result.",
               up ? "Add a guardrail that keeps the push honest — a churn or NPS floor for growth "
                    "(S2) — as a guardrail node or a maintain key result."
                  : "Add a guardrail that keeps the cut honest — a cycle-time or defect-rate "
                    "ceiling (S2) — as a guardrail node or a maintain key result.");
    }
}

// A guardrail watches the node or one of its ancestors.
bool guarded(Context& c, int node) {
    if (node < 0) return false;
    const int stamp = ++c.markStamp;
    c.walk.clear();
    c.walk.push_back(node);
    c.mark[static_cast<std::size_t>(node)] = stamp;
    while (!c.walk.empty()) {
        const int n = c.walk.back();
        c.walk.pop_back();
        for (int l : c.tree.down(n))
            if (c.plan.tree.nodes[static_cast<std::size_t>(c.tree.linkFrom(l))].kind ==
                NodeKind::Guardrail)
                return true;
        for (int l : c.tree.up(n)) {
            const int p = c.tree.linkTo(l);
            if (c.mark[static_cast<std::size_t>(p)] == stamp) continue;
            c.mark[static_cast<std::size_t>(p)] = stamp;
            c.walk.push_back(p);
        }
    }
    return false;
}

void conflict(Context& c) {
    // What a key result pushes: its driver node (by ID), else its metric (trimmed, any case).
    // Views into the plan, so that a keystroke's re-check allocates none.
    struct Push {
        bool node;
        std::string_view key;
        Direction dir;
        std::size_t kr;
    };
    const auto order = [](const Push& a, const Push& b) {
        if (a.node != b.node) return a.node ? -1 : 1;
        return a.node ? a.key.compare(b.key) : compareIgnoringCase(a.key, b.key);
    };
    std::vector<Push> pushes;
    for (std::size_t i = 0; i < c.krs.size(); ++i) {
        const KrFacts& f = c.krs[i];
        if (f.kr->kind != KrKind::Metric) continue;
        const bool node = f.driver >= 0;
        const std::string_view key =
            node ? std::string_view(c.plan.tree.nodes[static_cast<std::size_t>(f.driver)].id.value)
                 : trimmedView(f.kr->metric);
        if (key.empty()) continue;
        pushes.push_back({node, key, f.direction, i});
    }
    stableSort(pushes, [&](const Push& a, const Push& b) { return order(a, b) < 0; });
    bool gathered = false;
    std::vector<char> maintainedNode;
    std::unordered_set<std::string> maintainedMetric;
    for (std::size_t a = 0; a < pushes.size();) {
        std::size_t b = a;
        while (b < pushes.size() && order(pushes[b], pushes[a]) == 0) ++b;
        const Push* up = nullptr;
        const Push* down = nullptr;
        for (std::size_t i = a; i < b; ++i) {
            if (pushes[i].dir == Direction::Increase && !up) up = &pushes[i];
            if (pushes[i].dir == Direction::Decrease && !down) down = &pushes[i];
        }
        if (up && down) {
            const KrFacts& fu = c.krs[up->kr];
            const KrFacts& fd = c.krs[down->kr];
            // The maintain key results' nodes and metrics, gathered at the first conflict: one
            // pass over the key results, not one per conflict (a plan's conflicts grow with it).
            if (!gathered) {
                gathered = true;
                maintainedNode.assign(c.tree.size(), 0);
                for (const KrFacts& f : c.krs) {
                    if (f.kr->kind != KrKind::Maintain) continue;
                    if (f.driver >= 0) maintainedNode[static_cast<std::size_t>(f.driver)] = 1;
                    if (!f.kr->metric.empty())
                        maintainedMetric.insert(lowerCase(trimmedView(f.kr->metric)));
                }
            }
            const bool maintained =
                (fu.driver >= 0 && maintainedNode[static_cast<std::size_t>(fu.driver)]) ||
                maintainedMetric.count(lowerCase(trimmedView(fu.kr->metric))) > 0;
            if (!maintained && !guarded(c, fu.driver)) {
                const KrFacts& later = up->kr > down->kr ? fu : fd;
                const std::string metric =
                    fu.driver >= 0
                        ? nodeName(c.plan.tree.nodes[static_cast<std::size_t>(fu.driver)])
                        : quote(fu.kr->metric);
                c.emit(RuleId::SetConflict, EntityKind::KeyResult, later.kr->id.value,
                       krPath(later, "direction"),
                       quote(fu.kr->title, "key result") + " pushes " + metric + " up while " +
                           quote(fd.kr->title, "key result") +
                           " pushes it down, and no guardrail watches it.",
                       "Decide which way the metric should move this quarter, or make one of them "
                       "a guardrail (a maintain key result with a band) that bounds the other "
                       "(S3).");
            }
        }
        a = b;
    }
}

void triad(Context& c) {
    if (c.krs.size() < 3) return;
    bool value = false, revenue = false, cost = false;
    for (const KrFacts& f : c.krs) {
        value = value || f.has(WordClass::ValueTerm);
        revenue = revenue || f.has(WordClass::RevenueTerm);
        cost = cost || f.has(WordClass::CostTerm) || f.has(WordClass::AcquisitionCost);
        if (f.driver >= 0) {
            const Stage s = c.plan.tree.nodes[static_cast<std::size_t>(f.driver)].stage;
            revenue = revenue || s == Stage::Monetization || s == Stage::Acquisition;
            value =
                value || s == Stage::Activation || s == Stage::Engagement || s == Stage::Referral;
        }
        if (value && revenue && cost) return;
    }
    // A guardrail watching one side threads it too (S2: "add one KR or guardrail").
    for (const Node& n : c.plan.tree.nodes) {
        if (n.kind != NodeKind::Guardrail) continue;
        // (The name's reading is kept between analyses, so a keystroke scans no name again.)
        const ClassMask h =
            readTitle(n.name, SentenceContext{}, c.words, TitleAs::Name).wording.classes;
        value = value || (h & bit(WordClass::ValueTerm));
        revenue = revenue || (h & bit(WordClass::RevenueTerm));
        cost = cost || (h & (bit(WordClass::CostTerm) | bit(WordClass::AcquisitionCost)));
    }
    if (value && ((revenue && cost) || !c.commercial())) return;
    if (!c.commercial()) {
        c.emit(RuleId::SetTriad, EntityKind::Plan, "", "/objectives",
               std::string("No key result measures what changes for ") + c.audience() + ".",
               "Add one key result (or guardrail) on the value the people you serve get, so the "
               "plan is not only about the work done for them (S2).");
        return;
    }
    std::string missing;
    const auto add = [&](bool have, const char* what) {
        if (have) return;
        if (!missing.empty()) missing += " or ";
        missing += what;
    };
    add(value, "customer value");
    add(revenue, "revenue");
    add(cost, "cost");
    c.emit(RuleId::SetTriad, EntityKind::Plan, "", "/objectives",
           "No key result on " + missing +
               ": the set does not thread customer value, revenue and "
               "cost.",
           "Add one key result (or guardrail) for the missing side, so growth does not bleed "
           "margin or wear down experience (S2).");
}

// KR-STALE for a plan with no check-in at all: one calm line (the plan may still be in
// planning), never one per key result.
void noCheckins(Context& c) {
    if (c.latestCheckin || c.krs.empty() || !c.options.today || !c.rhythmRuns()) return;
    const PlanMeta& m = c.plan.meta;
    if (!m.start || !isValidDate(m.start->year, m.start->month, m.start->day)) return;
    const long days = daysBetween(*m.start, *c.options.today);
    c.emit(RuleId::KrStale, EntityKind::Plan, "", "/objectives",
           "No key result has a check-in yet, " + std::to_string(days) +
               " days into the period (it began on " + m.start->str() + ").",
           "Once the key results are set, check in on each every week — value, confidence, "
           "blockers (S4: a 10–15 minute async update each Monday).",
           Severity::Info);
}

}  // namespace

void checkPlan(Context& c) {
    if (c.on(RuleId::SetObjCount)) objectiveCount(c);
    if (c.on(RuleId::SetKrTotal)) krTotal(c);
    if (c.on(RuleId::SetOwnerLoad)) ownerLoad(c);
    if (c.on(RuleId::SetNoStrategy)) noStrategy(c);
    if (c.on(RuleId::SetNoNsm)) noNsm(c);
    if (c.on(RuleId::SetNoGuardrail)) noGuardrail(c);
    if (c.on(RuleId::SetConflict)) conflict(c);
    if (c.text() && c.on(RuleId::SetTriad)) triad(c);
    if (c.on(RuleId::KrStale)) noCheckins(c);
}

void checkInitiativesAndThemes(Context& c) {
    if (c.on(RuleId::InitUnlinked)) {
        for (std::size_t i = 0; i < c.plan.initiatives.size(); ++i) {
            const Initiative& in = c.plan.initiatives[i];
            if (!in.keyResults.empty()) continue;
            c.emit(RuleId::InitUnlinked, EntityKind::Initiative, in.id.value,
                   "/initiatives/" + std::to_string(i) + "/keyResults",
                   "Initiative " + quote(in.title, "initiative") + " serves no key result.",
                   "Which key result does this work help? Link it; if none, decide what to drop "
                   "or deprioritize to make room (S1, S2).");
        }
    }
    if (c.on(RuleId::ThemeGap)) {
        const auto& themes = c.plan.strategy.themes;
        for (std::size_t t = 0; t < themes.size(); ++t) {
            bool supported = false;
            for (const Objective& o : c.plan.objectives)
                supported = supported || o.theme == themes[t].id;
            if (supported) continue;
            c.emit(RuleId::ThemeGap, EntityKind::Theme, themes[t].id.value,
                   "/strategy/themes/" + std::to_string(t),
                   "No objective supports the theme " + quote(themes[t].title, "theme") + ".",
                   "Add or link an objective that advances this theme, or drop the theme for the "
                   "quarter (S4 day 3 review: are there themes with no OKR supporting them?).");
        }
    }
}

}  // namespace okr::detail
