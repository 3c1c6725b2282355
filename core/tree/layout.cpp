// Tidy tree layout: post-order slot assignment (leaves take consecutive columns, a parent sits
// centred over its children), depth gives the row.
#include "tree/layout.h"

#include <algorithm>
#include <unordered_map>

namespace okr {

namespace {

struct Builder {
    const Plan& plan;
    const LayoutOptions& opt;
    std::unordered_map<std::string, size_t> indexOf;  // node ID -> index in plan.tree.nodes
    std::vector<std::vector<size_t>> children;        // spanning-tree children, in link order
    std::vector<bool> hasParent;
    std::vector<bool> placed;
    std::vector<Vec2> pos;
    double nextColumn = 0;

    Builder(const Plan& p, const LayoutOptions& o) : plan(p), opt(o) {
        const size_t n = plan.tree.nodes.size();
        children.resize(n);
        hasParent.assign(n, false);
        placed.assign(n, false);
        pos.resize(n);
        for (size_t i = 0; i < n; ++i) indexOf.emplace(plan.tree.nodes[i].id.value, i);
        for (const Link& link : plan.tree.links) {
            auto from = indexOf.find(link.from.value);
            auto to = indexOf.find(link.to.value);
            if (from == indexOf.end() || to == indexOf.end() || from->second == to->second)
                continue;
            if (hasParent[from->second]) continue;  // placed under its first parent only
            hasParent[from->second] = true;
            children[to->second].push_back(from->second);
        }
    }

    // Places the subtree under `node` at `depth`; returns the x of its card's centre.
    double place(size_t node, int depth) {
        placed[node] = true;
        const double y = depth * (opt.cardHeight + opt.verticalGap);
        double first = 0, last = 0;
        bool any = false;
        for (size_t child : children[node]) {
            if (placed[child]) continue;  // a cycle or a node already placed elsewhere
            const double centre = place(child, depth + 1);
            if (!any) first = centre;
            last = centre;
            any = true;
        }
        double centre;
        if (any) {
            centre = (first + last) / 2;
        } else {
            centre = nextColumn * (opt.cardWidth + opt.horizontalGap) + opt.cardWidth / 2;
            nextColumn += 1;
        }
        pos[node] = Vec2{centre - opt.cardWidth / 2, y};
        return centre;
    }

    void placeRoots(bool nsmOnly) {
        for (size_t i = 0; i < plan.tree.nodes.size(); ++i) {
            if (placed[i] || hasParent[i]) continue;
            if (nsmOnly && plan.tree.nodes[i].kind != NodeKind::Nsm) continue;
            place(i, 0);
        }
    }
};

}  // namespace

std::vector<NodePosition> layoutTree(const Plan& plan, const LayoutOptions& options) {
    Builder b(plan, options);
    b.placeRoots(true);
    b.placeRoots(false);
    // Whatever is left sits on a cycle with no way in: place each from its first node.
    for (size_t i = 0; i < plan.tree.nodes.size(); ++i)
        if (!b.placed[i]) b.place(i, 0);
    std::vector<NodePosition> out;
    out.reserve(plan.tree.nodes.size());
    for (size_t i = 0; i < plan.tree.nodes.size(); ++i)
        out.push_back({plan.tree.nodes[i].id, b.pos[i]});
    return out;
}

std::optional<CardBounds> cardBounds(const std::vector<Vec2>& corners, const LayoutOptions& card) {
    if (corners.empty()) return std::nullopt;
    CardBounds b{Vec2{1e300, 1e300}, Vec2{-1e300, -1e300}};
    for (const Vec2& p : corners) {
        b.min.x = std::min(b.min.x, p.x);
        b.min.y = std::min(b.min.y, p.y);
        b.max.x = std::max(b.max.x, p.x + card.cardWidth);
        b.max.y = std::max(b.max.y, p.y + card.cardHeight);
    }
    return b;
}

std::optional<CardFit> fitCards(const std::vector<Vec2>& corners, const LayoutOptions& card,
                                double width, double height, double margin, double readable,
                                double maxScale) {
    const std::optional<CardBounds> all = cardBounds(corners, card);
    if (!all) return std::nullopt;
    const auto scaleFor = [&](double w, double h) {
        return std::min(width / (w + 2 * margin), height / (h + 2 * margin));
    };
    // Rows: cards whose tops lie within half a card of each other are one level.
    std::vector<double> tops;
    for (const Vec2& p : corners) tops.push_back(p.y);
    std::sort(tops.begin(), tops.end());
    std::vector<double> rows;
    for (const double y : tops)
        if (rows.empty() || y - rows.back() > card.cardHeight / 2) rows.push_back(y);

    CardFit fit;
    fit.levels = rows.size();
    fit.box = *all;
    fit.scale = std::min(scaleFor(all->width(), all->height()), maxScale);
    fit.levelsShown = fit.levels;
    if (fit.scale >= readable) return fit;

    // The top levels whose height fits at the readable scale (at least the first).
    fit.scale = readable;
    std::size_t shown = rows.size();
    CardBounds box = *all;
    for (; shown >= 1; --shown) {
        const double last = rows[shown - 1] + card.cardHeight / 2;
        std::vector<Vec2> top;
        for (const Vec2& p : corners)
            if (p.y <= last) top.push_back(p);
        box = *cardBounds(top, card);
        if ((box.height() + 2 * margin) * readable <= height || shown == 1) break;
    }
    fit.levelsShown = (box.height() + 2 * margin) * readable <= height ? shown : 0;
    // Wider than the view: centre on the topmost card (the North Star in a tidy tree).
    if ((box.width() + 2 * margin) * readable > width) {
        Vec2 topmost = corners.front();
        for (const Vec2& p : corners)
            if (p.y < topmost.y || (p.y == topmost.y && p.x < topmost.x)) topmost = p;
        box.min.x = topmost.x;
        box.max.x = topmost.x + card.cardWidth;
    }
    fit.box = box;
    return fit;
}

}  // namespace okr
