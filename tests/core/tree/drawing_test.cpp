// The look every drawing of the driver tree shares: stage colours, badges, value lines, glyphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "tree/drawing.h"

namespace {

// WCAG 2.1's contrast ratio of a colour (0xRRGGBB) against white.
double onWhite(std::uint32_t rgb) {
    const auto channel = [](std::uint32_t v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) +
                     0.0722 * channel(rgb & 0xFF);
    return 1.05 / (l + 0.05);
}

}  // namespace

TEST_CASE("each stage has its own colour, seen at 3:1 on a white card, and no stage is grey") {
    const okr::Stage stages[] = {okr::Stage::None,         okr::Stage::Acquisition,
                                 okr::Stage::Activation,   okr::Stage::Engagement,
                                 okr::Stage::Monetization, okr::Stage::Referral};
    for (const okr::Stage a : stages) {
        CAPTURE(okr::name(a));
        CHECK(onWhite(okr::stageColour(a)) >= 3.0);
        for (const okr::Stage b : stages)
            if (a != b) CHECK(okr::stageColour(a) != okr::stageColour(b));
    }
    // A stage is a colour; no stage is a grey.
    const auto spread = [](std::uint32_t rgb) {
        const int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return std::max({r, g, b}) - std::min({r, g, b});
    };
    for (const okr::Stage s : stages)
        CHECK((s == okr::Stage::None) == (spread(okr::stageColour(s)) < 24));
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
