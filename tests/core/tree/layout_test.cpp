// Tree layout: the North Star on top, no overlapping cards, the same layout every time.
#include <doctest/doctest.h>

#include <string>

#include "tree/layout.h"

namespace {

okr::Plan treePlan(int drivers, int subDrivers) {
    okr::Plan plan;
    okr::Node nsm;
    nsm.id = okr::NodeId("nsm");
    nsm.kind = okr::NodeKind::Nsm;
    plan.tree.nodes.push_back(nsm);
    int links = 0;
    for (int d = 0; d < drivers; ++d) {
        okr::Node n;
        n.id = okr::NodeId("d" + std::to_string(d));
        plan.tree.nodes.push_back(n);
        plan.tree.links.push_back(
            {okr::LinkId("l" + std::to_string(links++)), n.id, nsm.id, okr::Relation::Add});
        for (int s = 0; s < subDrivers; ++s) {
            okr::Node c;
            c.id = okr::NodeId(n.id.value + "s" + std::to_string(s));
            plan.tree.nodes.push_back(c);
            plan.tree.links.push_back(
                {okr::LinkId("l" + std::to_string(links++)), c.id, n.id, okr::Relation::Multiply});
        }
    }
    return plan;
}

bool overlap(const okr::Vec2& a, const okr::Vec2& b, const okr::LayoutOptions& o) {
    return a.x < b.x + o.cardWidth && b.x < a.x + o.cardWidth && a.y < b.y + o.cardHeight &&
           b.y < a.y + o.cardHeight;
}

void checkNoOverlap(const std::vector<okr::NodePosition>& pos, const okr::LayoutOptions& o) {
    for (size_t i = 0; i < pos.size(); ++i)
        for (size_t j = i + 1; j < pos.size(); ++j) {
            INFO(pos[i].id.value << " and " << pos[j].id.value);
            CHECK_FALSE(overlap(pos[i].position, pos[j].position, o));
        }
}

}  // namespace

TEST_CASE("the North Star sits on top, centred over its drivers, drivers a row below") {
    const okr::Plan plan = treePlan(3, 0);
    const auto pos = okr::layoutTree(plan);
    REQUIRE(pos.size() == 4);
    CHECK(pos[0].id.value == "nsm");
    CHECK(pos[0].position.y == 0);
    for (size_t i = 1; i < 4; ++i) CHECK(pos[i].position.y > pos[0].position.y);
    CHECK(pos[0].position.x == doctest::Approx((pos[1].position.x + pos[3].position.x) / 2));
    CHECK(pos[1].position.x < pos[2].position.x);
    CHECK(pos[2].position.x < pos[3].position.x);
}

TEST_CASE("a 300-node tree lays out with no overlapping cards, deterministically") {
    const okr::Plan plan = treePlan(20, 14);
    REQUIRE(plan.tree.nodes.size() == 301);
    const okr::LayoutOptions options;
    const auto first = okr::layoutTree(plan, options);
    checkNoOverlap(first, options);
    const auto second = okr::layoutTree(plan, options);
    for (size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].position.x == second[i].position.x);
        CHECK(first[i].position.y == second[i].position.y);
    }
}

TEST_CASE("orphans, guardrails without links and cycles still get a place of their own") {
    okr::Plan plan = treePlan(2, 1);
    okr::Node guard;
    guard.id = okr::NodeId("guard");
    guard.kind = okr::NodeKind::Guardrail;
    plan.tree.nodes.push_back(guard);
    okr::Node a, b;
    a.id = okr::NodeId("a");
    b.id = okr::NodeId("b");
    plan.tree.nodes.push_back(a);
    plan.tree.nodes.push_back(b);
    plan.tree.links.push_back({okr::LinkId("x1"), a.id, b.id, okr::Relation::Add});
    plan.tree.links.push_back({okr::LinkId("x2"), b.id, a.id, okr::Relation::Add});
    plan.tree.links.push_back(
        {okr::LinkId("x3"), a.id, okr::NodeId("missing"), okr::Relation::Add});
    const okr::LayoutOptions options;
    const auto pos = okr::layoutTree(plan, options);
    CHECK(pos.size() == plan.tree.nodes.size());
    checkNoOverlap(pos, options);
}

TEST_CASE("the cards' bounding box covers every card, and nothing when there is none") {
    const okr::LayoutOptions card{100, 50, 10, 10};
    CHECK_FALSE(okr::cardBounds({}, card));
    const auto box = okr::cardBounds({okr::Vec2{10, 20}, okr::Vec2{-30, 200}}, card);
    REQUIRE(box);
    CHECK(box->min.x == -30);
    CHECK(box->min.y == 20);
    CHECK(box->max.x == 110);
    CHECK(box->max.y == 250);
    CHECK(box->width() == 140);
    CHECK(box->height() == 230);
}

TEST_CASE("fit shows every card when they stay readable, else the top levels that do") {
    const okr::LayoutOptions card;  // 240 × 110, rows 200 apart in a tidy layout
    CHECK_FALSE(okr::fitCards({}, card, 1000, 600, 40, 0.7, 1.5));
    // A small tree fits whole, no larger than the largest zoom.
    const std::vector<okr::Vec2> small{{0, 0}, {-140, 200}, {140, 200}};
    const auto whole = okr::fitCards(small, card, 1000, 400, 40, 0.7, 1.5);
    REQUIRE(whole);
    CHECK(whole->levels == 2);
    CHECK(whole->levelsShown == 2);
    CHECK(whole->scale == doctest::Approx(400.0 / (310 + 80)));
    CHECK(okr::fitCards(small, card, 1000, 600, 40, 0.7, 1.5)->scale == doctest::Approx(1.5));
    // Six levels in a 600-pixel-high view: whole, they would be drawn at 0.5 — too small to
    // read; at 0.7 the top four levels fit (710 canvas units + margins = 553 px).
    std::vector<okr::Vec2> deep;
    for (int level = 0; level < 6; ++level) deep.push_back(okr::Vec2{0, level * 200.0});
    const auto top = okr::fitCards(deep, card, 1000, 600, 40, 0.7, 1.5);
    REQUIRE(top);
    CHECK(top->scale == doctest::Approx(0.7));
    CHECK(top->levels == 6);
    CHECK(top->levelsShown == 4);
    CHECK(top->box.min.y == doctest::Approx(0));
    CHECK(top->box.max.y == doctest::Approx(710));
    // Forty cards side by side: readable, centred on the topmost card, the rest a drag away.
    std::vector<okr::Vec2> wide{{0, -200}};
    for (int i = 0; i < 40; ++i) wide.push_back(okr::Vec2{i * 280.0 - 5600, 0});
    const auto broad = okr::fitCards(wide, card, 1000, 600, 40, 0.7, 1.5);
    REQUIRE(broad);
    CHECK(broad->scale == doctest::Approx(0.7));
    CHECK(broad->levelsShown == 2);
    CHECK(broad->box.min.x == doctest::Approx(0));
    CHECK(broad->box.width() == doctest::Approx(card.cardWidth));
}
