// The template gallery (assets/templates.h): every embedded example plan opens as a complete plan —
// a title, a strategy, exactly one North Star, objectives with owned, sourced, dated key results
// traced to the tree — and the seeds' worked examples are all there. (Byte-for-byte round trips of
// the example files are format_test.cpp's.)
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/sentence.h"
#include "io/format.h"
#include "templates.h"

namespace {

okr::Plan loadTemplate(const okr::Template& t) {
    const okr::LoadResult r = okr::loadPlan(t.json);
    std::string problems;
    for (const auto& p : r.problems) problems += p.path + ": " + p.message + "\n";
    CAPTURE(problems);
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    return *r.plan;
}

// True when a path of links leads from `from` up to `to`.
bool reaches(const okr::Plan& plan, const okr::NodeId& from, const okr::NodeId& to) {
    std::set<std::string> seen{from.value};
    std::vector<std::string> stack{from.value};
    while (!stack.empty()) {
        const std::string id = stack.back();
        stack.pop_back();
        if (id == to.value) return true;
        for (const auto& l : plan.tree.links)
            if (l.from.value == id && seen.insert(l.to.value).second) stack.push_back(l.to.value);
    }
    return false;
}

const okr::Node* theNsm(const okr::Plan& plan) {
    const okr::Node* nsm = nullptr;
    for (const auto& n : plan.tree.nodes)
        if (n.kind == okr::NodeKind::Nsm) nsm = &n;
    return nsm;
}

int nsmCount(const okr::Plan& plan) {
    int count = 0;
    for (const auto& n : plan.tree.nodes) count += n.kind == okr::NodeKind::Nsm ? 1 : 0;
    return count;
}

// A person, not a team or a pair: "Product / Growth" and "CS & Sales" are two owners.
bool singleOwner(const std::string& owner) {
    return !owner.empty() && owner.find('/') == std::string::npos &&
           owner.find('&') == std::string::npos && owner.find(',') == std::string::npos &&
           owner.find(" and ") == std::string::npos;
}

double natural(double v, const std::string& unit) { return unit == "%" ? v / 100 : v; }

// The baseline a node's add / multiply / ratio children imply from their baselines (percent
// children count as fractions, a percent parent gets its result × 100); nullopt without a formula
// or when a child has no baseline.
std::optional<double> impliedBaseline(const okr::Plan& plan, const okr::Node& node) {
    double sum = 0, product = 1, numerator = 1, denominator = 1;
    bool add = false, multiply = false, ratio = false;
    for (const auto& l : plan.tree.links) {
        if (l.to != node.id || l.relation == okr::Relation::Influence) continue;
        const okr::Node* child = okr::findNode(plan, l.from);
        if (!child || !child->kpi.baseline) return std::nullopt;
        const double x = natural(*child->kpi.baseline, child->kpi.unit);
        switch (l.relation) {
            case okr::Relation::Add:
                sum += x;
                add = true;
                break;
            case okr::Relation::Multiply:
                product *= x;
                multiply = true;
                break;
            case okr::Relation::RatioNumerator:
                numerator *= x;
                ratio = true;
                break;
            case okr::Relation::RatioDenominator:
                denominator *= x;
                ratio = true;
                break;
            case okr::Relation::Influence:
                break;
        }
    }
    if (!add && !multiply && !ratio) return std::nullopt;
    double v = (add ? sum : 1) * (multiply ? product : 1) * numerator / denominator;
    if (node.kpi.unit == "%") v *= 100;
    return v;
}

}  // namespace

TEST_CASE("the gallery holds the seeds' worked examples") {
    const char* const expected[] = {"s0-agency-leadgen",
                                    "s3-b2b-saas",
                                    "s3-dtc",
                                    "s3-plg",
                                    "s4-a1",
                                    "s4-a2",
                                    "s4-b1",
                                    "s4-b2",
                                    "s4-c1",
                                    "s4-c2",
                                    "s4-d1",
                                    "s4-d2",
                                    "s4-e1",
                                    "s4-e2",
                                    "s4-pm-saas",
                                    "talentsync",
                                    "talentsync-end"};
    for (const char* name : expected) {
        CAPTURE(name);
        CHECK(okr::findTemplate(name) != nullptr);
    }
    // Sorted by name, no duplicates: the gallery lists them in a stable order.
    const auto& all = okr::templates();
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].name < all[i].name);
}

TEST_CASE("every template opens as a complete plan") {
    REQUIRE_FALSE(okr::templates().empty());
    for (const okr::Template& t : okr::templates()) {
        CAPTURE(std::string(t.name));
        const okr::Plan plan = loadTemplate(t);

        CHECK_FALSE(plan.meta.title.empty());
        REQUIRE(plan.meta.start.has_value());
        REQUIRE(plan.meta.end.has_value());
        CHECK(*plan.meta.start < *plan.meta.end);
        CHECK_FALSE(plan.strategy.statement.empty());

        // Exactly one North Star, and every driver reaches it.
        CHECK(nsmCount(plan) == 1);
        const okr::Node* nsm = theNsm(plan);
        REQUIRE(nsm != nullptr);
        for (const auto& n : plan.tree.nodes) {
            CAPTURE(n.id.value);
            if (n.kind == okr::NodeKind::Driver) CHECK(reaches(plan, n.id, nsm->id));
            if (n.kind == okr::NodeKind::Guardrail) CHECK(n.guardrail.threshold.has_value());
        }

        REQUIRE_FALSE(plan.objectives.empty());
        for (const auto& o : plan.objectives) {
            CAPTURE(o.id.value);
            CHECK_FALSE(o.title.empty());
            CHECK(singleOwner(o.owner));
            REQUIRE_FALSE(o.keyResults.empty());
            bool traced = false;
            for (const auto& kr : o.keyResults) {
                CAPTURE(kr.id.value);
                CHECK_FALSE(kr.title.empty());
                CHECK(singleOwner(kr.owner));
                CHECK_FALSE(kr.source.empty());
                REQUIRE(kr.due.has_value());
                CHECK_FALSE(*kr.due < *plan.meta.start);
                CHECK_FALSE(*plan.meta.end < *kr.due);
                if (kr.kind == okr::KrKind::Metric) {
                    REQUIRE(kr.baseline.has_value());
                    REQUIRE(kr.target.has_value());
                    CHECK(*kr.target != *kr.baseline);
                    CHECK((kr.direction == okr::Direction::Increase) ==
                          (*kr.target > *kr.baseline));
                }
                // A key result that contributes to a shared one is traced through it (S2).
                const okr::KeyResult* via = &kr;
                for (int hop = 0;
                     hop < 8 && via && via->driver.empty() && !via->contributesTo.empty(); ++hop)
                    via = okr::findKeyResult(plan, via->contributesTo);
                const okr::Node* driver = via ? okr::findNode(plan, via->driver) : nullptr;
                if (driver && reaches(plan, driver->id, nsm->id)) traced = true;
            }
            CHECK(
                traced);  // S3/S4: an OKR that cannot be traced to the North Star is a distraction
        }
    }
}

TEST_CASE("what a template's key-result sentence says agrees with its fields") {
    // S4's own TalentSync table writes "Book 45 qualified discovery calls" (the quarter) beside a
    // target of 15/month: the one known case where the sentence and the fields count differently.
    const std::set<std::string> quarterInTitle = {"talentsync/kr4", "talentsync-end/kr4"};
    for (const okr::Template& t : okr::templates()) {
        CAPTURE(std::string(t.name));
        const okr::Plan plan = loadTemplate(t);
        const okr::SentenceContext context{plan.meta.start, plan.meta.end};
        for (const auto& o : plan.objectives)
            for (const auto& kr : o.keyResults) {
                CAPTURE(kr.title);
                const okr::KrSentence s = okr::parseKrSentence(kr.title, context);
                const bool perQuarter =
                    quarterInTitle.count(std::string(t.name) + "/" + kr.id.value);
                if (s.baseline && kr.baseline) CHECK(*s.baseline == doctest::Approx(*kr.baseline));
                if (s.target && kr.target && !perQuarter)
                    CHECK(*s.target == doctest::Approx(*kr.target));
                if (s.direction) CHECK(*s.direction == kr.direction);
                if (s.kind) CHECK(*s.kind == kr.kind);
            }
    }
}

TEST_CASE("template trees add up: formula links agree with the baselines") {
    int formulas = 0;
    for (const okr::Template& t : okr::templates()) {
        CAPTURE(std::string(t.name));
        const okr::Plan plan = loadTemplate(t);
        for (const auto& n : plan.tree.nodes) {
            const auto implied = impliedBaseline(plan, n);
            if (!implied) continue;
            ++formulas;
            CAPTURE(n.name);
            REQUIRE(n.kpi.baseline.has_value());
            CHECK(std::fabs(*implied - *n.kpi.baseline) <= 0.05 * std::fabs(*n.kpi.baseline));
        }
    }
    CHECK(formulas >= 4);  // S3 B2B and DTC, S4 D2 and the PM lever tree, S0
}

TEST_CASE("S0's agency template is a client quarter the agency can measure") {
    const okr::Template* t = okr::findTemplate("s0-agency-leadgen");
    REQUIRE(t != nullptr);
    const okr::Plan plan = loadTemplate(*t);
    CHECK(plan.rules.profile == okr::Profile::Agency);
    CHECK(plan.meta.level == okr::Level::Client);
    CHECK_FALSE(plan.meta.client.empty());
    // S0 P4: client economics before targets.
    REQUIRE(plan.economics.revenuePerSale.has_value());
    REQUIRE(plan.economics.lifetimeValue.has_value());
    CHECK_FALSE(plan.economics.capacity.empty());
    // S0: 3-4 objectives per client per quarter, 1-3 key results each, every source one we see.
    CHECK(plan.objectives.size() >= 3);
    CHECK(plan.objectives.size() <= 4);
    for (const auto& o : plan.objectives) {
        CAPTURE(o.title);
        CHECK(o.level == okr::Level::Client);
        CHECK(o.keyResults.size() >= 1);
        CHECK(o.keyResults.size() <= 3);
        for (const auto& kr : o.keyResults) CHECK(kr.sourceVisible);
    }
    // S0 P1: the tactics of its table live as initiatives linked to key results, not objectives.
    REQUIRE_FALSE(plan.initiatives.empty());
    for (const auto& in : plan.initiatives) CHECK_FALSE(in.keyResults.empty());
}

TEST_CASE("S4's AARRR templates carry the template's objective with its three key results") {
    const std::map<std::string, std::string> objectives = {
        {"s4-a1",
         "Build a content engine that generates a reliable, growing stream of qualified "
         "inbound leads"},
        {"s4-a2",
         "Prove that outbound is a scalable, cost-efficient acquisition channel for our ICP"},
        {"s4-b1",
         "Dramatically reduce the time it takes new users to experience their first "
         "moment of value"},
        {"s4-b2",
         "Make our onboarding experience the reason users convert, not a barrier they "
         "push through"},
        {"s4-c1",
         "Build the early warning system that lets us intervene before customers decide "
         "to leave"},
        {"s4-c2",
         "Turn our existing customer base into a net growth engine through expansion and "
         "retention"},
        {"s4-d1",
         "Build a sales motion that converts pipeline into revenue predictably and "
         "efficiently"},
        {"s4-d2",
         "Improve the unit economics of revenue generation to create a capital-efficient "
         "growth model"},
        {"s4-e1",
         "Make customer referrals a meaningful, measurable acquisition channel by end of "
         "quarter"},
        {"s4-e2",
         "Build a partner channel that generates qualified pipeline without proportional "
         "cost increase"},
    };
    for (const auto& [name, objective] : objectives) {
        CAPTURE(name);
        const okr::Template* t = okr::findTemplate(name);
        REQUIRE(t != nullptr);
        const okr::Plan plan = loadTemplate(*t);
        CHECK(plan.rules.profile == okr::Profile::Startup);
        REQUIRE(plan.objectives.size() == 1);
        CHECK(plan.objectives[0].title == objective);
        CHECK(plan.objectives[0].keyResults.size() == 3);
        // A guardrail watches the growth push (S2, S3 §2C).
        bool guardrail = false;
        for (const auto& n : plan.tree.nodes) guardrail |= n.kind == okr::NodeKind::Guardrail;
        CHECK(guardrail);
    }
}
