// Tree formulas on hand-computed trees: add / multiply / ratio, percent units, what-if values,
// sensitivity (+10% of one driver) and the lever ranking; cycles and zero denominators.
#include <doctest/doctest.h>

#include <cmath>

#include "plan_fixtures.h"
#include "tree/formula.h"

using doctest::Approx;
using fixtures::link;
using okr::NodeId;
using okr::NodeKind;
using okr::Relation;

namespace {

okr::Node valued(const char* id, const char* name, NodeKind kind, const char* unit,
                 std::optional<double> value) {
    okr::Node n = fixtures::node(id, name, kind, unit, 0);
    n.value = value;
    return n;
}

// activated teams = trials × activation rate; trials = organic + paid;
// paid conversion % = paid customers / trials; support load influences the NSM.
okr::Plan funnel() {
    okr::Plan p;
    p.tree.nodes = {
        valued("nsm", "Weekly activated teams", NodeKind::Nsm, "teams", 700),
        valued("trials", "Weekly trials", NodeKind::Driver, "trials", 2000),
        valued("rate", "Trial activation rate", NodeKind::Driver, "%", 35),
        valued("organic", "Organic trials", NodeKind::Driver, "trials", 1200),
        valued("paid", "Paid trials", NodeKind::Driver, "trials", 800),
        valued("conv", "Trial to paid", NodeKind::Driver, "%", std::nullopt),
        valued("won", "New paying customers", NodeKind::Driver, "customers", 140),
        valued("nps", "NPS", NodeKind::Driver, "points", 40),
        valued("g", "Support tickets", NodeKind::Guardrail, "tickets", 99),
    };
    p.tree.links = {
        link("l1", "trials", "nsm", Relation::Multiply),
        link("l2", "rate", "nsm", Relation::Multiply),
        link("l3", "organic", "trials", Relation::Add),
        link("l4", "paid", "trials", Relation::Add),
        link("l5", "won", "conv", Relation::RatioNumerator),
        link("l6", "trials", "conv", Relation::RatioDenominator),
        link("l7", "nps", "nsm", Relation::Influence),
        link("l8", "g", "nsm", Relation::Influence),
        link("l9", "conv", "nsm", Relation::Influence),
    };
    return p;
}

}  // namespace

TEST_CASE("implied values: sums, products, ratios, percents as fractions") {
    const okr::Plan p = funnel();
    CHECK(*okr::impliedValue(p, NodeId("trials")) == Approx(2000));
    CHECK(*okr::impliedValue(p, NodeId("nsm")) == Approx(700));  // 2000 × 35%
    CHECK(*okr::impliedValue(p, NodeId("conv")) == Approx(7));   // 140 / 2000, in %
    CHECK_FALSE(okr::impliedValue(p, NodeId("organic")));        // a leaf has no formula
    CHECK_FALSE(okr::impliedValue(p, NodeId("nps")));
    CHECK_FALSE(okr::impliedValue(p, NodeId("missing")));
}

TEST_CASE("values are pushed up from the leaves, stated values stand where the formula cannot") {
    okr::Plan p = funnel();
    p.tree.nodes[1].value = 5;  // a stale stated value for trials: the leaves win
    CHECK(*okr::impliedValue(p, NodeId("nsm")) == Approx(700));
    p.tree.nodes[4].value.reset();  // paid trials unknown: trials falls back to its stated 5
    CHECK(*okr::impliedValue(p, NodeId("nsm")) == Approx(1.75));
    const okr::TreeIndex index(p);
    const okr::FormulaEvaluator eval(p, index);
    CHECK_FALSE(eval.implied(index.find("trials")));
    CHECK(*eval.value(index.find("trials")) == Approx(5));
    // impliedFromStated: what the children say they are, for TREE-FORMULA.
    p = funnel();
    p.tree.nodes[1].value = 2100;
    const okr::TreeIndex index2(p);
    const okr::FormulaEvaluator eval2(p, index2);
    CHECK(*eval2.impliedFromStated(index2.find("nsm")) == Approx(735));
    CHECK(*eval2.implied(index2.find("nsm")) == Approx(700));
}

TEST_CASE("what-if: a driver's new value moves every ancestor") {
    const okr::Plan p = funnel();
    const okr::TreeIndex index(p);
    okr::FormulaEvaluator eval(p, index);
    eval.setValue(index.find("paid"), 1800);
    CHECK(*eval.value(index.find("trials")) == Approx(3000));
    CHECK(*eval.value(index.find("nsm")) == Approx(1050));
    CHECK(*eval.value(index.find("conv")) == Approx(140.0 / 3000 * 100));
    eval.clearValues();
    CHECK(*eval.value(index.find("nsm")) == Approx(700));
}

TEST_CASE("sensitivity: the NSM's change for +10% of one driver") {
    const okr::Plan p = funnel();
    auto s = okr::sensitivity(p, NodeId("organic"));
    REQUIRE(s);
    CHECK(s->formulaPath);
    CHECK(s->driverValue == Approx(1200));
    CHECK(s->base == Approx(700));
    CHECK(s->changed == Approx(742));  // (1320 + 800) × 35%
    CHECK(s->delta == Approx(42));
    CHECK(s->relative == Approx(0.06));
    s = okr::sensitivity(p, NodeId("rate"));
    CHECK(s->relative == Approx(0.10));
    s = okr::sensitivity(p, NodeId("nps"), 0.10);  // influence: no formula
    REQUIRE(s);
    CHECK_FALSE(s->formulaPath);
    CHECK(s->delta == 0);
    s = okr::sensitivity(p, NodeId("conv"));  // valued by its formula, tied by influence
    REQUIRE(s);
    CHECK(s->driverValue == Approx(7));
    CHECK_FALSE(s->formulaPath);
    CHECK_FALSE(okr::sensitivity(p, NodeId("nope")));
    okr::Plan unvalued = p;
    unvalued.tree.nodes[7].value.reset();
    CHECK_FALSE(okr::sensitivity(unvalued, NodeId("nps")));  // no value
    s = okr::sensitivity(p, NodeId("paid"), -0.5);
    CHECK(s->changed == Approx(560));

    const auto ranked = okr::rankDrivers(p);
    REQUIRE(ranked.size() == 7);
    CHECK(ranked[0].driver.value == "trials");
    CHECK(ranked[1].driver.value == "rate");
    CHECK(ranked[2].driver.value == "organic");
    CHECK(ranked[3].driver.value == "paid");
}

TEST_CASE("formulas survive cycles, zero denominators and missing NSMs") {
    okr::Plan p = funnel();
    p.tree.nodes[6].value = 0;
    p.tree.nodes[1].value.reset();
    p.tree.nodes[3].value.reset();
    CHECK_FALSE(okr::impliedValue(p, NodeId("conv")));  // trials unknown
    p = funnel();
    p.tree.links.push_back(link("l10", "won", "trials", Relation::RatioDenominator));
    p.tree.nodes[6].value = 0;
    CHECK_FALSE(okr::impliedValue(p, NodeId("trials")));  // divide by zero
    p = funnel();
    p.tree.links.push_back(link("l11", "nsm", "organic", Relation::Add));  // a loop
    CHECK_NOTHROW(okr::impliedValue(p, NodeId("nsm")));
    CHECK_NOTHROW(okr::rankDrivers(p));
    p.tree.nodes[0].kind = NodeKind::Driver;
    CHECK_FALSE(okr::sensitivity(p, NodeId("rate")));
    CHECK(okr::rankDrivers(p).empty());
}

TEST_CASE("a deep chain evaluates without recursion") {
    okr::Plan p;
    const int n = 20000;
    p.tree.nodes.reserve(n);
    for (int i = 0; i < n; ++i) {
        const std::string id = "n" + std::to_string(i);
        p.tree.nodes.push_back(
            valued(id.c_str(), id.c_str(), i == 0 ? NodeKind::Nsm : NodeKind::Driver, "", 1));
        if (i > 0) {
            const std::string from = id, to = "n" + std::to_string(i - 1);
            p.tree.links.push_back(
                link(("l" + std::to_string(i)).c_str(), from.c_str(), to.c_str(), Relation::Add));
        }
    }
    CHECK(*okr::impliedValue(p, NodeId("n0")) == Approx(1));
}

TEST_CASE("what-if: hypothetical driver values pushed up to every ancestor, plan untouched") {
    const okr::Plan p = funnel();
    // organic 1200 → 1600: trials 2000 → 2400, NSM 2400 × 35% = 840, conv 140 / 2400 = 5.83%.
    const auto w = okr::whatIf(p, {{NodeId("organic"), 1600}});
    REQUIRE(w.size() == p.tree.nodes.size());
    CHECK(*w[3].after == Approx(1600));
    CHECK(*w[1].before == Approx(2000));
    CHECK(*w[1].after == Approx(2400));
    CHECK(*w[0].before == Approx(700));
    CHECK(*w[0].after == Approx(840));
    CHECK(*w[5].after == Approx(100.0 * 140 / 2400));
    CHECK(w[0].changed);
    CHECK(w[5].changed);
    CHECK_FALSE(w[4].changed);  // paid trials: a sibling, not an ancestor
    CHECK_FALSE(w[7].changed);  // NPS: influence only
    CHECK(*p.tree.nodes[3].value == 1200);

    // Two overrides at once: paid 1000 and rate 40% → trials 2200, NSM 2200 × 0.40 = 880.
    const auto both = okr::whatIf(p, {{NodeId("paid"), 1000}, {NodeId("rate"), 40}});
    CHECK(*both[0].after == Approx(880));
    // An influence child changes nothing above it; unknown IDs and NaN are ignored.
    const auto none =
        okr::whatIf(p, {{NodeId("nps"), 90}, {NodeId("nope"), 5}, {NodeId("paid"), std::nan("")}});
    CHECK(*none[7].after == Approx(90));
    CHECK_FALSE(none[0].changed);
    CHECK_FALSE(none[4].changed);
}
