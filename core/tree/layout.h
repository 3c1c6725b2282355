// Automatic layout of the metric tree: a tidy top-down tree with the North Star at the top, its
// drivers below it, their drivers below them, and so on. Also the bounding box of a set of cards,
// which every drawing of the tree fits to its space.
//
// Contract:
// - Deterministic: the same plan gives the same positions (order follows the file's link order,
//   then node order; nothing depends on addresses or hashing).
// - No two cards overlap: every subtree owns its own band of columns, so siblings and cousins
//   never share space. A node with several parents is placed under the first one (by link order).
// - Nodes that do not reach a root through links (orphans, guardrails without links, a second
//   NSM) are laid out as trees of their own to the right, roots in node order, NSMs first.
// - Tolerates cycles (each node is placed once) and dangling links (ignored).
// Positions are the top-left corners of cards, in canvas units.
#pragma once

#include <optional>
#include <vector>

#include "model/plan.h"

namespace okr {

struct LayoutOptions {
    double cardWidth = 240;
    double cardHeight = 110;
    double horizontalGap = 40;
    double verticalGap = 90;
};

struct NodePosition {
    NodeId id;
    Vec2 position;
};

// One entry per node of the plan, in node order.
std::vector<NodePosition> layoutTree(const Plan& plan, const LayoutOptions& options = {});

// The rectangle a set of cards covers, in canvas units.
struct CardBounds {
    Vec2 min;  // top-left corner of the leftmost / topmost card
    Vec2 max;  // bottom-right corner of the rightmost / lowest card
    double width() const { return max.x - min.x; }
    double height() const { return max.y - min.y; }
};
// The smallest rectangle around cards of `card`'s size whose top-left corners are `corners`
// (what the canvas fits to view, the projector fits to the screen, the SVG sizes its picture to);
// nullopt when there are none.
std::optional<CardBounds> cardBounds(const std::vector<Vec2>& corners, const LayoutOptions& card);

// What "Fit" shows of cards in a view of `width` × `height` pixels with `margin` canvas units
// around them: all of them when that leaves them at least `readable` scale (pixels per canvas
// unit), else the top levels (rows of cards, from the top) that fit at that scale — centred on
// the topmost card when even those are wider than the view. `box` is what to centre the view on.
struct CardFit {
    CardBounds box;
    double scale = 1;
    std::size_t levels = 0;       // rows of cards in all
    std::size_t levelsShown = 0;  // rows the view shows whole
};
// nullopt when there are no cards.
std::optional<CardFit> fitCards(const std::vector<Vec2>& corners, const LayoutOptions& card,
                                double width, double height, double margin, double readable,
                                double maxScale);

}  // namespace okr
