// Drawing the driver tree on the canvas: the background grid, links as curves labelled with their
// relation, cards (stage colour, kind badge, name, value with unit — or the what-if value and the
// driver's leverage — number of key results, violation dot, link handle), and the marks of the
// open key result's path to the North Star and of OBJ-UNTRACED objectives. Only draws; the
// interactions are in tree_canvas.cpp.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/value_text.h"
#include "theme.h"
#include "tree/drawing.h"
#include "tree/tree.h"
#include "tree_canvas.h"
#include "tree_figures.h"

namespace panels::canvas {

namespace {

std::string shortPercent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f%%", fraction * 100);
    return buf;
}

// The key result open in the objectives panel: its driver and the path up to the North Star.
void markOpenKeyResult(const Context& ctx, const okr::TreeIndex& index, Marks& m) {
    const okr::Plan& plan = ctx.doc.plan();
    for (const auto& c : ctx.findings.analysis().keyResults) {
        if (c.id.value != ctx.ui.openKeyResult) continue;
        const okr::KeyResult* kr = okr::findKeyResult(plan, c.id);
        const std::string title = kr && !kr->title.empty() ? kr->title : c.id.value;
        if (c.driver >= 0 && static_cast<size_t>(c.driver) < m.onPath.size()) {
            m.onPath[static_cast<size_t>(c.driver)] = 1;
            for (const auto& id : c.pathToNsm) {
                const int i = index.find(id);
                if (i >= 0) m.onPath[static_cast<size_t>(i)] = 1;
            }
            m.pathCaption = "Key result \"" + title + "\"" +
                            (c.reachesNsm ? ": its driver and the path to the North Star"
                                          : ": its driver does not reach the North Star");
        } else {
            m.pathCaption = "Key result \"" + title + "\" has no driver in this tree";
        }
    }
}

// Objectives OBJ-UNTRACED reports: tagged on their drivers, or listed when they have none.
void markUntraced(const Context& ctx, const okr::TreeIndex& index, Marks& m) {
    const okr::Plan& plan = ctx.doc.plan();
    for (const auto& v : ctx.findings.analysis().violations) {
        if (v.rule != okr::RuleId::ObjUntraced) continue;
        const okr::Objective* o = okr::findObjective(plan, okr::ObjectiveId(v.target.id));
        if (!o) continue;
        const size_t number = static_cast<size_t>(o - plan.objectives.data()) + 1;
        const std::string tag = "O" + std::to_string(number) + " not traced";
        bool anyDriver = false;
        for (const auto& kr : o->keyResults) {
            const int i = index.find(kr.driver);
            if (i < 0) continue;
            anyDriver = true;
            m.untraced[static_cast<size_t>(i)] = tag;
        }
        if (!anyDriver)
            m.untracedCaption += (m.untracedCaption.empty() ? "" : ", ") + std::string("O") +
                                 std::to_string(number) + " \"" + o->title + "\"";
    }
}

// The card's shape: white, the stage colour on its left edge, the path mark, the selection.
void drawCardShape(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl,
                   size_t i, ImVec2 a, ImVec2 b) {
    const okr::Node& n = ctx.doc.plan().tree.nodes[i];
    const float r = 8 * v.scale;
    const bool selected = isSelected(ctx.ui.tree, n.id.value);
    const palette::Colours& c = theme::colours();
    dl->AddRectFilled(a, b, theme::u32(c.card), r);
    dl->AddRectFilled(a, ImVec2(a.x + 7 * v.scale, b.y), theme::fromRgb(okr::stageColour(n.stage)),
                      r, ImDrawFlags_RoundCornersLeft);
    if (marks.onPath[i])
        dl->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), theme::u32(c.warning),
                    r + 4, 0, 3.0f);
    dl->AddRect(a, b, theme::u32(selected ? c.accent : c.border), r, 0, selected ? 3.0f : 1.0f);
}

// The value line: the node's value, or in what-if mode the hypothetical value and its change
// where the what-if values reach; the driver's leverage on the North Star above it.
void drawCardValue(const Context& ctx, const CanvasView& v, ImDrawList* dl, size_t i, ImVec2 a,
                   ImVec2 b, float size, const ImVec4& clip) {
    const okr::Node& n = ctx.doc.plan().tree.nodes[i];
    ImFont* font = ImGui::GetFont();
    const float pad = 12 * v.scale;
    std::string value = okr::cardValue(n);
    const palette::Colours& c = theme::colours();
    ImU32 valueColour = theme::u32(c.muted);
    if (ctx.ui.tree.whatIf) {
        const auto& w = treeFigures().values();
        if (i < w.size() && w[i].changed && w[i].after) {
            value = "what-if " + okr::formatValue(*w[i].after, n.kpi.unit);
            if (w[i].before && *w[i].before != 0)
                value +=
                    "  " + shortPercent((*w[i].after - *w[i].before) / std::fabs(*w[i].before));
            valueColour = theme::u32(c.warning);
        }
        std::string lever;
        if (const auto& sens = treeFigures().sensitivity(i); sens && sens->formulaPath)
            lever = "+10% → NSM " + shortPercent(sens->relative);
        else if (n.kind == okr::NodeKind::Driver)
            lever = "influence: no formula";
        if (!lever.empty())
            dl->AddText(font, size * 0.8f, ImVec2(a.x + pad, a.y + 52 * v.scale),
                        theme::u32(c.info), lever.c_str(), nullptr, 0, &clip);
    }
    dl->AddText(font, size, ImVec2(a.x + pad, b.y - 26 * v.scale), valueColour, value.c_str(),
                nullptr, 0, &clip);
}

// The card's text at font size `size`: badge, name, value line, untraced tag, KR count.
void drawCardText(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl,
                  size_t i, ImVec2 a, ImVec2 b, float size) {
    const okr::Node& n = ctx.doc.plan().tree.nodes[i];
    ImFont* font = ImGui::GetFont();
    const float pad = 12 * v.scale;
    const palette::Colours& c = theme::colours();
    dl->AddText(font, size * 0.8f, ImVec2(a.x + pad, a.y + 8 * v.scale),
                theme::u32(n.kind == okr::NodeKind::Nsm ? c.warning : c.muted),
                okr::kindBadge(n.kind));
    const ImVec4 clip(a.x + pad, a.y, b.x - pad, b.y);
    dl->AddText(font, size, ImVec2(a.x + pad, a.y + 28 * v.scale), theme::u32(c.text),
                n.name.c_str(), nullptr, (b.x - a.x) - 2 * pad, &clip);
    drawCardValue(ctx, v, dl, i, a, b, size, clip);
    if (!marks.untraced[i].empty()) {
        const ImVec2 ts = font->CalcTextSizeA(size * 0.75f, 1e9f, 0, marks.untraced[i].c_str());
        const ImVec2 at(b.x - pad - ts.x, b.y + 4 * v.scale);
        dl->AddRectFilled(ImVec2(at.x - 4, at.y - 1), ImVec2(at.x + ts.x + 4, at.y + ts.y + 1),
                          IM_COL32(253, 236, 200, 255), 3);
        dl->AddText(font, size * 0.75f, at, theme::u32(c.warning), marks.untraced[i].c_str());
    }
    const okr::Analysis& an = ctx.findings.analysis();
    const int krs = i < an.nodes.size() ? an.nodes[i].keyResults : 0;
    const std::string count = std::to_string(krs) + (krs == 1 ? " KR" : " KRs");
    const ImVec2 cs = font->CalcTextSizeA(size * 0.8f, 1e9f, 0, count.c_str());
    dl->AddText(font, size * 0.8f, ImVec2(b.x - pad - cs.x, a.y + 8 * v.scale),
                theme::u32(krs > 0 ? c.success : c.muted), count.c_str());
}

// The dot in the colour of the card's worst violation, and the link handle (not on a North Star).
void drawCardMarkers(const Context& ctx, const CanvasView& v, ImDrawList* dl, size_t i, okr::Vec2 p,
                     ImVec2 b) {
    const okr::Node& n = ctx.doc.plan().tree.nodes[i];
    const std::vector<int>& found = ctx.findings.forEntity(n.id.value);
    if (!found.empty()) {
        okr::Severity worst = okr::Severity::Info;
        for (int k : found)
            worst = std::max(worst,
                             ctx.findings.analysis().violations[static_cast<size_t>(k)].severity);
        dl->AddCircleFilled(ImVec2(b.x - 10 * v.scale, b.y - 12 * v.scale), 5 * v.scale,
                            severityColour(worst));
    }
    if (n.kind != okr::NodeKind::Nsm)
        dl->AddCircleFilled(handleOf(v, p), 6 * v.scale, IM_COL32(70, 90, 140, 255));
}

}  // namespace

Marks marksFor(const Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    Marks m;
    m.onPath.assign(plan.tree.nodes.size(), 0);
    m.untraced.assign(plan.tree.nodes.size(), std::string());
    const okr::TreeIndex index(plan);
    if (!ctx.ui.openKeyResult.empty()) markOpenKeyResult(ctx, index, m);
    markUntraced(ctx, index, m);
    return m;
}

bool isSelected(const TreeViewState& t, const std::string& id) {
    return std::find(t.selected.begin(), t.selected.end(), id) != t.selected.end();
}

okr::Vec2 drawnPosition(const TreeViewState& t, const okr::Node& n) {
    okr::Vec2 p = n.position;
    if (t.interaction == TreeViewState::Interaction::DraggingNodes && isSelected(t, n.id.value)) {
        p.x += t.dragOffset.x;
        p.y += t.dragOffset.y;
    }
    return p;
}

ImVec2 handleOf(const CanvasView& v, okr::Vec2 p) {
    return v.toScreen(okr::Vec2{p.x + kCard.cardWidth / 2, p.y});
}

void drawBackground(ImDrawList* dl, const CanvasView& v, ImVec2 size) {
    const ImVec2 origin = v.origin;
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y),
                      IM_COL32(244, 246, 250, 255));
    const float grid = 60 * v.scale;
    if (grid <= 8) return;
    const float ox = std::fmod(static_cast<float>(v.pan.x) * v.scale, grid);
    const float oy = std::fmod(static_cast<float>(v.pan.y) * v.scale, grid);
    for (float x = origin.x + ox; x < origin.x + size.x; x += grid)
        dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + size.y),
                    IM_COL32(232, 235, 241, 255));
    for (float y = origin.y + oy; y < origin.y + size.y; y += grid)
        dl->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + size.x, y),
                    IM_COL32(232, 235, 241, 255));
}

void drawLinks(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::TreeIndex index(plan);
    const float thickness = std::max(1.0f, 2.0f * v.scale);
    for (size_t l = 0; l < plan.tree.links.size(); ++l) {
        const int from = index.linkFrom(static_cast<int>(l));
        const int to = index.linkTo(static_cast<int>(l));
        if (from < 0 || to < 0) continue;
        const okr::Vec2 cp = drawnPosition(ctx.ui.tree, plan.tree.nodes[static_cast<size_t>(from)]);
        const okr::Vec2 pp = drawnPosition(ctx.ui.tree, plan.tree.nodes[static_cast<size_t>(to)]);
        const ImVec2 a = handleOf(v, cp);
        const ImVec2 b = v.toScreen(okr::Vec2{pp.x + kCard.cardWidth / 2, pp.y + kCard.cardHeight});
        const float bend = std::max(30.0f, std::fabs(a.y - b.y) * 0.5f);
        const okr::Relation rel = plan.tree.links[l].relation;
        const bool onPath =
            marks.onPath[static_cast<size_t>(from)] && marks.onPath[static_cast<size_t>(to)];
        // (The palette's: a line at 3:1, its glyph as text at 4.5:1; palette_test.cpp.)
        const palette::Colours& c = theme::colours();
        const bool influence = rel == okr::Relation::Influence;
        const ImU32 colour = theme::u32(onPath ? c.warning : influence ? c.border : c.info);
        dl->AddBezierCubic(a, ImVec2(a.x, a.y - bend), ImVec2(b.x, b.y + bend), b, colour,
                           onPath ? thickness * 2.5f : thickness);
        const ImVec2 mid((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
        // In what-if mode an influence link says why nothing flows through it.
        const char* glyph = ctx.ui.tree.whatIf && rel == okr::Relation::Influence
                                ? "~ no formula"
                                : okr::relationGlyph(rel);
        const ImVec2 ts = ImGui::CalcTextSize(glyph);
        dl->AddRectFilled(ImVec2(mid.x - ts.x / 2 - 4, mid.y - ts.y / 2 - 2),
                          ImVec2(mid.x + ts.x / 2 + 4, mid.y + ts.y / 2 + 2),
                          IM_COL32(255, 255, 255, 235), 4);
        dl->AddText(ImVec2(mid.x - ts.x / 2, mid.y - ts.y / 2),
                    influence && !onPath ? theme::u32(c.muted) : colour, glyph);
    }
}

void drawCard(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl,
              size_t i) {
    const okr::Vec2 p = drawnPosition(ctx.ui.tree, ctx.doc.plan().tree.nodes[i]);
    const ImVec2 a = v.toScreen(p);
    const ImVec2 b = v.toScreen(okr::Vec2{p.x + kCard.cardWidth, p.y + kCard.cardHeight});
    if (!ImGui::IsRectVisible(a, b)) return;
    drawCardShape(ctx, marks, v, dl, i, a, b);
    // Text scales with the zoom; below a readable size only the shape is drawn.
    const float size = 15.0f * v.scale;
    if (size >= 6.0f) drawCardText(ctx, marks, v, dl, i, a, b, size);
    drawCardMarkers(ctx, v, dl, i, p, b);
}

void drawCaptions(const Marks& marks, ImDrawList* dl, ImVec2 origin) {
    float captionY = origin.y + 8;
    for (const auto* caption : {&marks.pathCaption, &marks.untracedCaption}) {
        if (caption->empty()) continue;
        const std::string text = caption == &marks.untracedCaption
                                     ? "Not traced to the North Star (no driver): " + *caption
                                     : *caption;
        const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
        dl->AddRectFilled(ImVec2(origin.x + 8, captionY - 2),
                          ImVec2(origin.x + 16 + ts.x, captionY + ts.y + 2),
                          IM_COL32(253, 236, 200, 235), 4);
        dl->AddText(ImVec2(origin.x + 12, captionY), IM_COL32(150, 80, 0, 255), text.c_str());
        captionY += ts.y + 8;
    }
}

}  // namespace panels::canvas
