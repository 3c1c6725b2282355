// The tree index (reachability, paths, cycles, dangling links) and canLink's answers with reasons.
#include <doctest/doctest.h>

#include "plan_fixtures.h"
#include "tree/tree.h"

using fixtures::cleanPlan;
using fixtures::link;
using okr::LinkRefusal;
using okr::NodeId;
using okr::Relation;

TEST_CASE("the index finds nodes, the North Star and paths up to it") {
    okr::Plan p = cleanPlan();
    p.tree.nodes.push_back(fixtures::node("n8", "Weekly trials", okr::NodeKind::Driver, "", 1));
    p.tree.links.push_back(link("l8", "n8", "n2"));
    p.tree.links.push_back(link("l9", "n8", "missing"));  // dangling: ignored
    const okr::TreeIndex t(p);
    CHECK(t.size() == 9);
    CHECK(t.find("n2") == 1);
    CHECK(t.find(NodeId("zz")) == -1);
    CHECK(t.nsm() == 0);
    CHECK(t.reachesNsm(8));
    CHECK(t.distanceToNsm(8) == 2);
    CHECK(t.nextTowardNsm(8) == 1);
    const auto path = t.pathToNsm(8);
    REQUIRE(path.size() == 3);
    CHECK(path[0].value == "n8");
    CHECK(path[1].value == "n2");
    CHECK(path[2].value == "n1");
    CHECK(t.up(8).size() == 1);
    CHECK(t.down(1).size() == 1);
    CHECK(t.cycleLinks().empty());
    CHECK(t.reachesUp(8, 0));
    CHECK_FALSE(t.reachesUp(0, 8));
    CHECK(t.linkTo(8) == -1);
}

TEST_CASE("cycles are found, nodes outside them still reach the North Star") {
    okr::Plan p = cleanPlan();
    p.tree.links.push_back(link("c1", "n1", "n3"));
    p.tree.links.push_back(link("c2", "n4", "n4"));
    const okr::TreeIndex t(p);
    REQUIRE(t.cycleLinks().size() == 2);
    CHECK(p.tree.links[static_cast<std::size_t>(t.cycleLinks()[0])].id.value == "c1");
    CHECK(p.tree.links[static_cast<std::size_t>(t.cycleLinks()[1])].id.value == "c2");
    CHECK(t.reachesNsm(4));
}

TEST_CASE("two North Stars: no single NSM, both count as roots") {
    okr::Plan p = cleanPlan();
    p.tree.nodes[4].kind = okr::NodeKind::Nsm;
    const okr::TreeIndex t(p);
    CHECK(t.nsm() == -1);
    CHECK(t.nsms().size() == 2);
    CHECK(t.reachesNsm(4));
}

TEST_CASE("canLink says yes, or why not, naming the metrics") {
    const okr::Plan p = cleanPlan();
    CHECK(okr::canLink(p, NodeId("n3"), NodeId("n2")).ok);
    CHECK(okr::canLink(p, NodeId("g1"), NodeId("n4")).ok);  // a guardrail may watch a driver

    auto r = okr::canLink(p, NodeId("n2"), NodeId("n2"));
    CHECK(r.reason == LinkRefusal::SelfLink);
    CHECK(r.message == "'Trial to activation' cannot drive itself");
    CHECK(okr::canLink(p, NodeId("n2"), NodeId("x")).reason == LinkRefusal::UnknownNode);
    r = okr::canLink(p, NodeId("n1"), NodeId("n2"));
    CHECK(r.reason == LinkRefusal::NsmAsChild);
    CHECK(r.message.find("'Weekly activated workspaces' is the North Star") == 0);
    r = okr::canLink(p, NodeId("n2"), NodeId("g1"));
    CHECK(r.reason == LinkRefusal::IntoGuardrail);
    CHECK(okr::canLink(p, NodeId("g1"), NodeId("n4"), Relation::Multiply).reason ==
          LinkRefusal::GuardrailFormula);
    CHECK(okr::canLink(p, NodeId("n2"), NodeId("n1")).reason == LinkRefusal::Duplicate);
    CHECK_FALSE(okr::canLink(p, NodeId("n2"), NodeId("n1")));
}

TEST_CASE("canLink refuses loops, direct and through other metrics") {
    okr::Plan p = cleanPlan();
    p.tree.links.push_back(link("l8", "n3", "n2"));  // n3 → n2 → n1
    auto r = okr::canLink(p, NodeId("n2"), NodeId("n3"));
    CHECK(r.reason == LinkRefusal::Cycle);
    CHECK(r.message ==
          "'Week-1 checklist completion' already drives 'Trial to activation'; this link would "
          "make a loop");
    p.tree.links.push_back(link("l9", "n4", "n3"));  // n4 → n3 → n2
    CHECK(okr::canLink(p, NodeId("n2"), NodeId("n4")).reason == LinkRefusal::Cycle);
    const okr::TreeIndex index(p);
    CHECK(okr::canLink(p, index, NodeId("n4"), NodeId("n2")).ok);
}

TEST_CASE("a long chain indexes without recursion") {
    okr::Plan p;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const std::string id = "n" + std::to_string(i);
        p.tree.nodes.push_back(fixtures::node(
            id.c_str(), id.c_str(), i == 0 ? okr::NodeKind::Nsm : okr::NodeKind::Driver, "", 1));
        if (i > 0)
            p.tree.links.push_back(
                link(("l" + id).c_str(), id.c_str(), ("n" + std::to_string(i - 1)).c_str()));
    }
    p.tree.links.push_back(link("back", "n0", ("n" + std::to_string(n - 1)).c_str()));
    const okr::TreeIndex t(p);
    CHECK(t.distanceToNsm(n - 1) == n - 1);
    CHECK(t.cycleLinks().size() == 1);
    CHECK(okr::canLink(p, t, NodeId("n5"), NodeId("n9")).reason == LinkRefusal::Cycle);
}
