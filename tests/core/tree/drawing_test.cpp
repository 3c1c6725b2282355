// The look every drawing of the driver tree shares: stage colours, badges, value lines, glyphs.
#include <doctest/doctest.h>

#include "tree/drawing.h"

TEST_CASE("each stage has its colour, and no stage is grey") {
    CHECK(okr::stageColour(okr::Stage::Acquisition) == 0x4285f4);
    CHECK(okr::stageColour(okr::Stage::Referral) == 0x0096a0);
    CHECK(okr::stageColour(okr::Stage::None) == 0x969ba5);
}

TEST_CASE("a card's badge and value line") {
    okr::Node n;
    n.kind = okr::NodeKind::Guardrail;
    CHECK(std::string(okr::kindBadge(n.kind)) == "GUARDRAIL");
    CHECK(okr::cardValue(n) == "no value");
    n.kpi.unit = "%";
    n.kpi.baseline = 4;
    CHECK(okr::cardValue(n) == "baseline 4%");
    n.value = 3.5;
    n.guardrail.threshold = 5;
    n.guardrail.comparison = okr::Comparison::AtMost;
    CHECK(okr::cardValue(n) == "3.5%  ≤ 5%");
}

TEST_CASE("a link's glyph says its relation") {
    CHECK(std::string(okr::relationGlyph(okr::Relation::Multiply)) == "×");
    CHECK(std::string(okr::relationGlyph(okr::Relation::RatioDenominator)) == "÷ den");
    CHECK(std::string(okr::relationGlyph(okr::Relation::Influence)) == "~");
}
