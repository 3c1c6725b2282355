// The synthetic plan generator (generate.h) that benchmarks rely on: the sizes asked for, an
// intact plan that round-trips through the file format, and the same plan every time.
#include <doctest/doctest.h>

#include "io/format.h"
#include "model/generate.h"
#include "model/validate.h"

TEST_CASE("a generated plan has the requested size and is intact") {
    const okr::Plan p = okr::generatePlan(50, 4, 12, 300);
    CHECK(p.objectives.size() == 50);
    for (const auto& o : p.objectives) {
        REQUIRE(o.keyResults.size() == 4);
        for (const auto& kr : o.keyResults) CHECK(kr.checkins.size() == 12);
    }
    CHECK(p.tree.nodes.size() == 300);
    CHECK(p.tree.nodes[0].kind == okr::NodeKind::Nsm);
    CHECK(okr::validatePlan(p).empty());
    const std::string text = okr::savePlan(p);
    const auto r = okr::loadPlan(text);
    REQUIRE(r.ok());
    CHECK(okr::savePlan(*r.plan) == text);
}

TEST_CASE("every generated driver reaches the North Star") {
    const okr::Plan p = okr::generatePlan(3, 2, 1, 60);
    for (const auto& n : p.tree.nodes) {
        if (n.kind != okr::NodeKind::Driver) continue;
        CAPTURE(n.id.value);
        okr::NodeId at = n.id;
        for (int hops = 0; hops < 60 && at.value != "n1"; ++hops) {
            for (const auto& l : p.tree.links)
                if (l.from == at) at = l.to;
        }
        CHECK(at.value == "n1");
    }
}

TEST_CASE("generation is deterministic and copes with degenerate sizes") {
    CHECK(okr::savePlan(okr::generatePlan(5, 3, 4, 20)) ==
          okr::savePlan(okr::generatePlan(5, 3, 4, 20)));
    const okr::Plan tiny = okr::generatePlan(0, -1, -5, 0);
    CHECK(tiny.objectives.empty());
    CHECK(tiny.tree.nodes.size() == 1);
    CHECK(okr::loadPlan(okr::savePlan(tiny)).ok());
}
