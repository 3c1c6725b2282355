// Copy and paste of metrics (tree_copy.h): pasted as new nodes with fresh IDs at an offset, links
// among the copied set kept and others dropped, one undo step, a second North Star pasted as a
// driver, and clipboard text that holds no metric refused with a reason.
#include <doctest/doctest.h>

#include "edit/commands.h"
#include "edit/tree_copy.h"
#include "plan_fixtures.h"

using okr::NodeId;
using okr::NodeKind;
using okr::Relation;

namespace {

okr::Plan tree() {
    okr::Plan p;
    p.meta.title = "Copy test";
    p.tree.nodes = {
        fixtures::node("n1", "Activated teams", NodeKind::Nsm, "teams", 700),
        fixtures::node("n2", "Weekly trials", NodeKind::Driver, "trials", 2000),
        fixtures::node("n3", "Organic trials", NodeKind::Driver, "trials", 1200),
        fixtures::node("n4", "Paid trials", NodeKind::Driver, "trials", 800),
    };
    p.tree.nodes[2].position = okr::Vec2{100, 400};
    p.tree.links = {fixtures::link("l1", "n2", "n1", Relation::Multiply),
                    fixtures::link("l2", "n3", "n2", Relation::Add),
                    fixtures::link("l3", "n4", "n2", Relation::Add)};
    return p;
}

}  // namespace

TEST_CASE("paste metrics: new IDs, offset positions, links among the copied set, one step") {
    okr::Plan p = tree();
    okr::History h;
    const std::string clip = okr::copyNodes(p, {NodeId("n2"), NodeId("n3"), NodeId("gone")});
    const auto ids = okr::pasteNodes(h, p, clip, okr::Vec2{40, 30});
    REQUIRE(ids.size() == 2);
    CHECK(ids[0] == NodeId("n5"));
    CHECK(ids[1] == NodeId("n6"));
    REQUIRE(p.tree.nodes.size() == 6);
    CHECK(p.tree.nodes[4].name == "Weekly trials");
    CHECK(p.tree.nodes[5].name == "Organic trials");
    CHECK(p.tree.nodes[5].position.x == 140);
    CHECK(p.tree.nodes[5].position.y == 430);
    CHECK(p.tree.nodes[5].kpi.owner == "Mia Chen");
    // Only n3 → n2 was inside the copied set: it comes back as n6 → n5; n2 → n1 stays behind.
    REQUIRE(p.tree.links.size() == 4);
    CHECK(p.tree.links[3].from == NodeId("n6"));
    CHECK(p.tree.links[3].to == NodeId("n5"));
    CHECK(p.tree.links[3].relation == Relation::Add);
    CHECK(h.undoCount() == 1);
    CHECK(h.undoLabel() == "Paste metrics");
    h.undo(p);
    CHECK(p.tree.nodes.size() == 4);
    CHECK(p.tree.links.size() == 3);
}

TEST_CASE("paste metrics: a second North Star comes in as a driver") {
    okr::Plan p = tree();
    okr::History h;
    const auto ids = okr::pasteNodes(h, p, okr::copyNodes(p, {NodeId("n1")}), okr::Vec2{});
    REQUIRE(ids.size() == 1);
    CHECK(okr::findNode(p, ids[0])->kind == NodeKind::Driver);
    CHECK(h.undoLabel() == "Paste metric");
    okr::Plan empty;
    okr::pasteNodes(h, empty, okr::copyNodes(p, {NodeId("n1")}), okr::Vec2{});
    REQUIRE(empty.tree.nodes.size() == 1);
    CHECK(empty.tree.nodes[0].kind == NodeKind::Nsm);
}

TEST_CASE("paste metrics: text without metrics changes nothing and says why") {
    okr::Plan p = tree();
    const okr::Plan before = p;
    okr::History h;
    CHECK(okr::pasteNodes(h, p, "hello", okr::Vec2{}).empty());
    CHECK(h.lastError().find("no metrics to paste") != std::string::npos);
    CHECK(okr::pasteNodes(h, p, okr::copyNodes(p, {}), okr::Vec2{}).empty());
    CHECK(h.undoCount() == 0);
    CHECK(p.tree.nodes.size() == before.tree.nodes.size());
}
