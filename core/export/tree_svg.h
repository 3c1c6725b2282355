// The driver tree as an SVG picture, crisp on a slide: one card per metric (stage colour, kind
// badge, name, value with unit, guardrail threshold) and one curve per link with its relation
// glyph (+, ×, ÷ num, ÷ den, ~ influence). The web UI's File → Export and `okr export FILE --to
// svg` both call it.
//
// Contract:
// - Pure and total: any plan gives a well-formed SVG 1.1 document (UTF-8); an empty tree gives a
//   small picture that says so. Nothing depends on a clock or the locale.
// - Plan text is only ever character data: `& < > " '` are escaped and characters XML 1.0 does
//   not allow (control characters) are left out. A long name is shortened on the card and kept
//   whole in the card's <title> (the tooltip).
// - Positions are the plan's own (what the canvas shows); when two cards overlap there (a file
//   without positions), the whole tree is drawn at the core's tidy layout (layout.h) instead.
#pragma once

#include <string>
#include <string_view>

#include "model/plan.h"
#include "tree/layout.h"

namespace okr {

std::string treeSvg(const Plan& plan, const LayoutOptions& card = {});

// Text as XML character data or attribute value: entities for & < > " ', control characters
// other than tab, newline and carriage return dropped.
std::string xmlText(std::string_view text);

}  // namespace okr
