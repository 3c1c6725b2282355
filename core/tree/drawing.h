// What every drawing of the driver tree shares (the planner's canvas, the projector, the SVG
// export), so a card and a link read the same wherever they are shown: the stage colour of a
// card's edge, the kind badge, the value line, the glyph of a link's relation.
#pragma once

#include <cstdint>
#include <string>

#include "model/plan.h"

namespace okr {

// The colour of a card's edge for its funnel stage, as 0xRRGGBB (grey for no stage): each at 3:1
// at least against the white of a card (WCAG 2.1's contrast for what must be seen).
std::uint32_t stageColour(Stage stage);

// "NORTH STAR", "GUARDRAIL" or "DRIVER".
const char* kindBadge(NodeKind kind);

// The value line of a card: the current value with its unit, else "baseline …", else "no value";
// a guardrail adds its threshold ("  ≤ 5%").
std::string cardValue(const Node& node);

// The short mark on a link: "+", "×", "÷ num", "÷ den", or "~" for an influence (no formula).
const char* relationGlyph(Relation relation);

}  // namespace okr
