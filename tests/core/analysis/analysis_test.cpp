// The one analysis call: the example plans lint with exactly the violations expected, coverage,
// counts and order, the text-rule switch, and the property that no plan content makes it throw.
#include <doctest/doctest.h>

#include <climits>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <random>

#include "analysis/analysis.h"
#include "analysis/score.h"
#include "analysis/words.h"
#include "io/format.h"
#include "model/generate.h"
#include "plan_fixtures.h"
#include "test_files.h"

using fixtures::cleanPlan;
using fixtures::keyResult;

TEST_CASE("the example plans lint with exactly the expected violations") {
    // Every example in assets/examples with what it must produce (its own profile, no --today).
    // A new example needs its line here.
    const std::vector<std::string> triad = {"SET-TRIAD /objectives"};
    const std::vector<std::string> clean = {};
    const std::map<std::string, std::vector<std::string>> expected = {
        {"talentsync.json",
         {
             // 9 company KRs for 12 people with teams: within S4's own numbers (its FAQ's
             // "under 8" is for about 10 people). S4's table names teams as KR owners; S2:
             // names, not teams.
             "KR-NO-OWNER /objectives/0/keyResults/2/owner",  // "Growth"
             "KR-NO-OWNER /objectives/1/keyResults/2/owner",  // "Sales"
         }},
        // The same quarter scored: the same two findings.
        {"talentsync-end.json",
         {
             "KR-NO-OWNER /objectives/0/keyResults/2/owner",
             "KR-NO-OWNER /objectives/1/keyResults/2/owner",
         }},
        // One-objective templates rarely thread customer value, revenue and cost (an info).
        {"s0-agency-leadgen.json", triad},
        // S2's shared key result: four teams' key results roll up into one; the teams' own
        // measures are not nodes of the tree (infos), the shared one is.
        {"s2-marketplace.json",
         {
             "SET-TRIAD /objectives",
             "KR-UNDEFINED-METRIC /objectives/1/keyResults/0/driver",
             "KR-UNDEFINED-METRIC /objectives/1/keyResults/1/driver",
             "KR-UNDEFINED-METRIC /objectives/2/keyResults/0/driver",
             "KR-UNDEFINED-METRIC /objectives/2/keyResults/1/driver",
             "KR-UNDEFINED-METRIC /objectives/3/keyResults/0/driver",
             "KR-UNDEFINED-METRIC /objectives/3/keyResults/1/driver",
             "KR-UNDEFINED-METRIC /objectives/4/keyResults/0/driver",
             "KR-UNDEFINED-METRIC /objectives/4/keyResults/1/driver",
         }},
        {"s3-b2b-saas.json", clean},  // refund rate and INP guardrails cover customer value
        {"s3-dtc.json", clean},
        {"s3-plg.json", triad},
        {"s4-a1.json", triad},
        {"s4-a2.json", triad},
        {"s4-b1.json", triad},
        {"s4-b2.json", triad},
        {"s4-c1.json", triad},
        {"s4-c2.json", triad},
        {"s4-d1.json", triad},
        {"s4-d2.json", triad},
        {"s4-e1.json", triad},
        {"s4-e2.json", clean},
        {"s4-pm-saas.json", triad},
    };
    const std::filesystem::path dir = sourcePath("assets/examples");
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        const okr::LoadResult r = okr::loadPlan(readExample(name));
        REQUIRE(r.ok());
        const okr::Analysis a = okr::analyze(*r.plan);
        const auto it = expected.find(name);
        if (it == expected.end()) {
            FAIL_CHECK("no expected violations for " << name << " (it has " << a.counts.total()
                                                     << "): add its line to the table");
            continue;
        }
        ++seen;
        CHECK(fixtures::summary(a) == it->second);
        CHECK_FALSE(a.hasErrors());
    }
    CHECK(seen == static_cast<int>(expected.size()));
}

TEST_CASE("TalentSync: coverage and scores of the example") {
    const okr::LoadResult r = okr::loadPlan(readExample("talentsync.json"));
    REQUIRE(r.ok());
    const okr::Analysis a = okr::analyze(*r.plan);
    REQUIRE(a.keyResults.size() == 9);
    CHECK(a.keyResults[0].reachesNsm);
    REQUIRE(a.keyResults[1].pathToNsm.size() == 3);  // time to first sequence → completion → NSM
    CHECK(a.keyResults[1].pathToNsm.back().value == "n1");
    CHECK_FALSE(a.keyResults[4].reachesNsm);  // the CAC guardrail watches, it is no lever
    REQUIRE(a.nodes.size() == r.plan->tree.nodes.size());
    CHECK(a.nodes[1].keyResults == 1);
    // Weekly check-ins carry values and confidence, so the quarter is scored as it goes: by its
    // last week KR1 stands at S4's 39%.
    REQUIRE(a.planScore);
    CHECK(a.krScores[0].status == okr::ScoreStatus::Scored);
    CHECK(*okr::currentValue(r.plan->objectives[0].keyResults[0]) == doctest::Approx(39));
    // On June 10 the last check-ins (June 5) are 5 days old; without June's they are 12.
    okr::AnalyzeOptions o;
    o.today = okr::Date{2026, 6, 10};
    CHECK(fixtures::fires(*r.plan, "KR-STALE", o) == 0);
    okr::Plan may = *r.plan;
    for (auto& ob : may.objectives)
        for (auto& k : ob.keyResults)
            while (!k.checkins.empty() && okr::Date{2026, 6, 1} < k.checkins.back().date)
                k.checkins.pop_back();
    CHECK(fixtures::fires(may, "KR-STALE", o) == 9);
}

TEST_CASE("coverage: KRs per node, reachability, the path to the North Star") {
    okr::Plan p = cleanPlan();
    keyResult(p, 0, 2).driver = okr::NodeId("n2");
    const okr::Analysis a = okr::analyze(p);
    REQUIRE(a.nodes.size() == 8);
    CHECK(a.nodes[0].id.value == "n1");
    CHECK(a.nodes[1].keyResults == 2);
    CHECK(a.nodes[3].keyResults == 0);
    CHECK(a.nodes[1].reachesNsm);
    CHECK(a.nodes[1].nextTowardNsm == 0);
    CHECK(a.nodes[0].nextTowardNsm == -1);
    REQUIRE(a.keyResults.size() == 6);
    CHECK(a.keyResults[2].objective.value == "o1");
    CHECK(a.keyResults[2].driver == 1);
    REQUIRE(a.keyResults[2].pathToNsm.size() == 2);
    CHECK(a.keyResults[2].pathToNsm[0].value == "n2");
}

TEST_CASE("violations come in plan order and are counted by severity") {
    okr::Plan p = cleanPlan();
    p.strategy.statement = "";                                // plan: warning
    p.objectives[1].owner = "";                               // objective 2: warning
    keyResult(p, 0, 0).sourceVisible = false;                 // KR of objective 1: warning
    p.tree.nodes[2].kpi.owner = "";                           // tree: info
    keyResult(p, 1, 2).direction = okr::Direction::Increase;  // KR of objective 2: error
    const okr::Analysis a = okr::analyze(p);
    CHECK(fixtures::summary(a) == std::vector<std::string>{
                                      "SET-NO-STRATEGY /strategy/statement",
                                      "KR-BLIND-SOURCE /objectives/0/keyResults/0/sourceVisible",
                                      "OBJ-OWNER /objectives/1/owner",
                                      "KR-DIRECTION /objectives/1/keyResults/2/direction",
                                      "TREE-KPI-INCOMPLETE /tree/nodes/2/owner",
                                  });
    CHECK(a.counts.errors == 1);
    CHECK(a.counts.warnings == 3);
    CHECK(a.counts.infos == 1);
    CHECK(a.hasErrors());
    CHECK(a.profile == okr::Profile::Startup);
}

TEST_CASE("text rules can be switched off, a user's word table extends them") {
    okr::Plan p = cleanPlan();
    keyResult(p, 0, 0).title = "Publish 20 blog posts";
    p.objectives[0].title = "Grow revenue";
    okr::AnalyzeOptions o;
    CHECK(fixtures::fires(p, "KR-ACTIVITY", o) == 1);
    o.textRules = false;
    const okr::Analysis a = okr::analyze(p, o);
    CHECK(fixtures::violations(a, "KR-ACTIVITY").empty());
    CHECK(fixtures::violations(a, "OBJ-VAGUE").empty());

    okr::WordTable mine(okr::defaultWordEntries());
    mine.add({"tiktok heart", okr::WordClass::VanityMetric, false});
    keyResult(p, 0, 0).title = "Grow TikTok hearts from 2k to 9k";
    keyResult(p, 0, 0).driver = okr::NodeId();
    okr::AnalyzeOptions withMine;
    CHECK(fixtures::fires(p, "KR-VANITY", withMine) == 0);
    withMine.words = &mine;
    CHECK(fixtures::fires(p, "KR-VANITY", withMine) == 1);
}

TEST_CASE("the generated benchmark plan analyses with scores and coverage for everything") {
    const okr::Plan p = okr::generatePlan(50, 4, 12, 300);
    const okr::Analysis a = okr::analyze(p);
    CHECK(a.krScores.size() == 200);
    CHECK(a.objectiveScores.size() == 50);
    CHECK(a.nodes.size() == 300);
    CHECK(a.counts.total() == static_cast<int>(a.violations.size()));
}

// ---- property: any content ---------------------------------------------------------------------

namespace {

struct Random {
    std::mt19937 rng;
    explicit Random(unsigned seed) : rng(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    bool chance(int percent) { return below(100) < percent; }

    std::string text() {
        static const char* const pieces[] = {"launch ",    "Publish ",
                                             "from ",      " to ",
                                             "→",          "->",
                                             "%",          "$",
                                             "€5k",        "by Jun 30",
                                             "end of Q2",  "page views",
                                             "CAC ",       "the leading ",
                                             "Growth",     " / ",
                                             "team ",      "1,100",
                                             "0.5",        "-3",
                                             "9999999999", "\xE2\x80\x91",
                                             "\xFF",       "\x00",
                                             "\n",         "not to exceed ",
                                             "revenue",    "KR1: ",
                                             "week 6",     "x",
                                             "Q",          "   "};
        std::string s;
        const int n = below(8);
        for (int i = 0; i < n; ++i) {
            if (chance(80)) {
                s += pieces[below(static_cast<int>(std::size(pieces)))];
            } else {
                const int len = below(12);
                for (int j = 0; j < len; ++j) s += static_cast<char>(below(256));
            }
        }
        return s;
    }

    std::optional<double> number() {
        switch (below(10)) {
            case 0:
                return std::nullopt;
            case 1:
                return std::numeric_limits<double>::quiet_NaN();
            case 2:
                return chance(50) ? std::numeric_limits<double>::infinity()
                                  : -std::numeric_limits<double>::infinity();
            case 3:
                return chance(50) ? 1e300 : -1e300;
            case 4:
                return 0.0;
            case 5:
                return std::numeric_limits<double>::denorm_min();
            default:
                return std::uniform_real_distribution<double>(-200, 200)(rng);
        }
    }

    okr::Date date() {
        switch (below(6)) {
            case 0:
                return okr::Date{};
            case 1:
                return okr::Date{INT_MAX, INT_MAX, INT_MAX};
            case 2:
                return okr::Date{INT_MIN, -5, 40};
            default:
                return okr::Date{2025 + below(3), 1 + below(12), 1 + below(28)};
        }
    }

    template <class E>
    E pick() {
        const auto& values = okr::enumValues<E>();
        return values[static_cast<std::size_t>(below(static_cast<int>(values.size())))];
    }

    std::string id(const char* prefix, int count) {
        if (chance(5)) return text();  // dangling or odd
        return prefix + std::to_string(below(count + 1));
    }
};

okr::Plan randomPlan(Random& r) {
    okr::Plan p;
    p.meta.title = r.text();
    p.meta.level = r.pick<okr::Level>();
    if (r.chance(70)) p.meta.start = r.date();
    if (r.chance(70)) p.meta.end = r.date();
    p.strategy.statement = r.text();
    for (int i = r.below(4); i > 0; --i) {
        okr::Theme t;
        t.id = okr::ThemeId(r.id("t", 3));
        t.title = r.text();
        p.strategy.themes.push_back(t);
    }
    p.economics.revenuePerSale = r.number();
    p.economics.lifetimeValue = r.number();
    p.economics.currency = r.chance(50) ? "USD" : r.text();
    const int nodes = r.below(30);
    for (int i = 0; i < nodes; ++i) {
        okr::Node n;
        n.id = okr::NodeId(r.chance(90) ? "n" + std::to_string(i) : r.text());
        n.name = r.text();
        n.kind = r.pick<okr::NodeKind>();
        n.stage = r.pick<okr::Stage>();
        n.kpi.owner = r.text();
        n.kpi.source = r.text();
        n.kpi.unit = r.chance(30) ? "%" : r.text();
        n.kpi.baseline = r.number();
        n.kpi.sigma = r.number();
        n.kpi.cadence = r.pick<okr::Cadence>();
        n.value = r.number();
        n.guardrail.threshold = r.number();
        n.guardrail.comparison = r.pick<okr::Comparison>();
        n.monitorOnly = r.chance(20);
        p.tree.nodes.push_back(n);
    }
    for (int i = r.below(40); i > 0; --i) {
        okr::Link l;
        l.id = okr::LinkId("l" + std::to_string(i));
        l.from = okr::NodeId(r.id("n", nodes));
        l.to = okr::NodeId(r.id("n", nodes));
        l.relation = r.pick<okr::Relation>();
        p.tree.links.push_back(l);
    }
    for (int o = r.below(8); o > 0; --o) {
        okr::Objective obj;
        obj.id = okr::ObjectiveId("o" + std::to_string(o));
        obj.title = r.text();
        obj.owner = r.text();
        obj.level = r.pick<okr::Level>();
        obj.style = r.pick<okr::Style>();
        if (r.chance(30)) obj.parent = okr::ObjectiveId(r.id("o", 8));
        if (r.chance(30)) obj.theme = okr::ThemeId(r.id("t", 3));
        for (int k = r.below(7); k > 0; --k) {
            okr::KeyResult kr;
            kr.id = okr::KeyResultId("kr" + std::to_string(o) + "_" + std::to_string(k));
            kr.title = r.text();
            kr.kind = r.pick<okr::KrKind>();
            kr.metric = r.text();
            kr.unit = r.chance(40) ? "$" : r.text();
            kr.direction = r.pick<okr::Direction>();
            kr.baseline = r.number();
            kr.target = r.number();
            kr.current = r.number();
            kr.bandLow = r.number();
            kr.bandHigh = r.number();
            kr.done = r.chance(30);
            if (r.chance(40)) kr.due = r.date();
            kr.owner = r.text();
            kr.source = r.text();
            kr.sourceVisible = r.chance(80);
            kr.cadence = r.pick<okr::Cadence>();
            if (r.chance(70)) kr.driver = okr::NodeId(r.id("n", nodes));
            kr.signal = r.pick<okr::Signal>();
            if (r.chance(30)) kr.style = r.pick<okr::Style>();
            for (int c = r.below(6); c > 0; --c) {
                okr::Checkin ch;
                ch.date = r.date();
                ch.value = r.number();
                if (r.chance(80)) ch.confidence = r.below(30) - 10;
                kr.checkins.push_back(ch);
            }
            kr.scoreOverride.score = r.chance(20) ? r.number() : std::nullopt;
            obj.keyResults.push_back(kr);
        }
        p.objectives.push_back(obj);
    }
    for (int i = r.below(4); i > 0; --i) {
        okr::Initiative in;
        in.id = okr::InitiativeId("i" + std::to_string(i));
        in.title = r.text();
        if (r.chance(50)) in.keyResults.push_back(okr::KeyResultId(r.id("kr", 5)));
        p.initiatives.push_back(in);
    }
    p.rules.profile = r.pick<okr::Profile>();
    if (r.chance(30))
        p.rules.overrides[r.chance(50) ? "KR-STALE" : r.text()] = r.pick<okr::Severity>();
    return p;
}

}  // namespace

TEST_CASE("property: analysis never throws and stays consistent, whatever the plan holds") {
    Random r(20260401);
    for (int round = 0; round < 1500; ++round) {
        const okr::Plan p = randomPlan(r);
        okr::AnalyzeOptions o;
        if (r.chance(50)) o.today = r.date();
        if (r.chance(30)) o.profile = r.pick<okr::Profile>();
        o.textRules = r.chance(80);
        okr::Analysis a;
        REQUIRE_NOTHROW(a = okr::analyze(p, o));
        std::size_t krs = 0;
        for (const auto& obj : p.objectives) krs += obj.keyResults.size();
        CHECK(a.krScores.size() == krs);
        CHECK(a.keyResults.size() == krs);
        CHECK(a.objectiveScores.size() == p.objectives.size());
        CHECK(a.nodes.size() == p.tree.nodes.size());
        CHECK(a.counts.total() == static_cast<int>(a.violations.size()));
        for (const auto& s : a.krScores)
            if (s.grade) CHECK((*s.grade >= 0 && *s.grade <= 1));
        if (a.planScore) CHECK(std::isfinite(*a.planScore));
        for (const auto& v : a.violations) {
            CHECK(v.rule != okr::RuleId::Count);
            CHECK(v.severity != okr::Severity::Off);
            CHECK_FALSE(v.message.empty());
        }
    }
}
