// Driver-tree canvas: the metric tree as cards (kind badge, name, value with unit, stage colour,
// number of key results, violation marker) and links as curves labelled with their relation.
// Pan (drag empty space, middle mouse, space-drag), zoom about the cursor (wheel, pinch), select
// (click, shift-click, shift-drag box), move (drag; several at once, one undo step), create
// (double-click empty space), link (drag from a card's top handle onto its parent; the core's
// canLink says whether, and the refusal is shown), delete (Delete key), zoom to fit, tidy layout.
// Every change is a core command; view state lives in UiState::tree.
#include <algorithm>
#include <cmath>
#include <string>

#include "canvas_view.h"
#include "imgui.h"
#include "layout.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "tree.h"
#include "value_text.h"

namespace panels {

namespace {

using Interaction = TreeViewState::Interaction;

const okr::LayoutOptions kCard;
constexpr float kMinZoom = 0.15f;
constexpr float kMaxZoom = 3.0f;

ImU32 stageColour(okr::Stage stage) {
    switch (stage) {
        case okr::Stage::Acquisition:
            return IM_COL32(66, 133, 244, 255);
        case okr::Stage::Activation:
            return IM_COL32(52, 168, 83, 255);
        case okr::Stage::Engagement:
            return IM_COL32(142, 68, 173, 255);
        case okr::Stage::Monetization:
            return IM_COL32(230, 145, 56, 255);
        case okr::Stage::Referral:
            return IM_COL32(0, 150, 160, 255);
        case okr::Stage::None:
            break;
    }
    return IM_COL32(150, 155, 165, 255);
}

const char* relationGlyph(okr::Relation r) {
    switch (r) {
        case okr::Relation::Add:
            return "+";
        case okr::Relation::Multiply:
            return "×";
        case okr::Relation::RatioNumerator:
            return "÷ num";
        case okr::Relation::RatioDenominator:
            return "÷ den";
        case okr::Relation::Influence:
            break;
    }
    return "~";
}

bool isSelected(const TreeViewState& t, const std::string& id) {
    return std::find(t.selected.begin(), t.selected.end(), id) != t.selected.end();
}

// The position a node is drawn at: its saved position, plus the drag offset while it is dragged.
okr::Vec2 drawnPosition(const TreeViewState& t, const okr::Node& n) {
    okr::Vec2 p = n.position;
    if (t.interaction == Interaction::DraggingNodes && isSelected(t, n.id.value)) {
        p.x += t.dragOffset.x;
        p.y += t.dragOffset.y;
    }
    return p;
}

// Index of the topmost card under a screen point, -1 when none.
int nodeAt(const okr::Plan& plan, const TreeViewState& t, const CanvasView& v, ImVec2 s) {
    const okr::Vec2 c = v.toCanvas(s);
    for (int i = static_cast<int>(plan.tree.nodes.size()) - 1; i >= 0; --i) {
        const okr::Vec2 p = drawnPosition(t, plan.tree.nodes[static_cast<size_t>(i)]);
        if (c.x >= p.x && c.x <= p.x + kCard.cardWidth && c.y >= p.y &&
            c.y <= p.y + kCard.cardHeight)
            return i;
    }
    return -1;
}

// The link handle: a dot at the middle of a card's top edge (a link runs up to the parent).
ImVec2 handleOf(const CanvasView& v, okr::Vec2 p) {
    return v.toScreen(okr::Vec2{p.x + kCard.cardWidth / 2, p.y});
}

// Index of the node whose link handle is under a screen point (within a finger's reach), -1 if
// none.
int handleAt(const okr::Plan& plan, const CanvasView& v, ImVec2 s) {
    const float reach = std::max(8.0f, 7.0f * v.scale);
    for (int i = static_cast<int>(plan.tree.nodes.size()) - 1; i >= 0; --i) {
        const okr::Node& n = plan.tree.nodes[static_cast<size_t>(i)];
        if (n.kind == okr::NodeKind::Nsm) continue;
        const ImVec2 h = handleOf(v, n.position);
        const float dx = s.x - h.x, dy = s.y - h.y;
        if (dx * dx + dy * dy <= reach * reach) return i;
    }
    return -1;
}

void fitToView(const okr::Plan& plan, TreeViewState& t, ImVec2 size, float uiScale) {
    if (plan.tree.nodes.empty()) {
        t.pan = okr::Vec2{40, 40};
        t.zoom = 1;
        return;
    }
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& n : plan.tree.nodes) {
        x0 = std::min(x0, n.position.x);
        y0 = std::min(y0, n.position.y);
        x1 = std::max(x1, n.position.x + kCard.cardWidth);
        y1 = std::max(y1, n.position.y + kCard.cardHeight);
    }
    const double margin = 40;
    const double w = x1 - x0 + 2 * margin, h = y1 - y0 + 2 * margin;
    const double scale = std::min(size.x / w, size.y / h);
    t.zoom = std::clamp(static_cast<float>(scale / uiScale), kMinZoom, 1.5f);
    const double s = t.zoom * uiScale;
    t.pan = okr::Vec2{(size.x / s - (x1 - x0)) / 2 - x0, (size.y / s - (y1 - y0)) / 2 - y0};
}

void drawLinks(const Context& ctx, const CanvasView& v, ImDrawList* dl) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::TreeIndex index(plan);
    const float thickness = std::max(1.0f, 2.0f * v.scale);
    for (size_t l = 0; l < plan.tree.links.size(); ++l) {
        const int from = index.linkFrom(static_cast<int>(l));
        const int to = index.linkTo(static_cast<int>(l));
        if (from < 0 || to < 0) continue;
        const okr::Node& child = plan.tree.nodes[static_cast<size_t>(from)];
        const okr::Node& parent = plan.tree.nodes[static_cast<size_t>(to)];
        const okr::Vec2 cp = drawnPosition(ctx.ui.tree, child);
        const okr::Vec2 pp = drawnPosition(ctx.ui.tree, parent);
        const ImVec2 a = handleOf(v, cp);
        const ImVec2 b = v.toScreen(okr::Vec2{pp.x + kCard.cardWidth / 2, pp.y + kCard.cardHeight});
        const float bend = std::max(30.0f, std::fabs(a.y - b.y) * 0.5f);
        const okr::Relation rel = plan.tree.links[l].relation;
        const ImU32 colour = rel == okr::Relation::Influence ? IM_COL32(160, 165, 180, 255)
                                                             : IM_COL32(70, 90, 140, 255);
        dl->AddBezierCubic(a, ImVec2(a.x, a.y - bend), ImVec2(b.x, b.y + bend), b, colour,
                           thickness);
        const ImVec2 mid((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
        const char* glyph = relationGlyph(rel);
        const ImVec2 ts = ImGui::CalcTextSize(glyph);
        dl->AddRectFilled(ImVec2(mid.x - ts.x / 2 - 4, mid.y - ts.y / 2 - 2),
                          ImVec2(mid.x + ts.x / 2 + 4, mid.y + ts.y / 2 + 2),
                          IM_COL32(255, 255, 255, 235), 4);
        dl->AddText(ImVec2(mid.x - ts.x / 2, mid.y - ts.y / 2), colour, glyph);
    }
}

void drawCard(const Context& ctx, const CanvasView& v, ImDrawList* dl, size_t i) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Node& n = plan.tree.nodes[i];
    const okr::Vec2 p = drawnPosition(ctx.ui.tree, n);
    const ImVec2 a = v.toScreen(p);
    const ImVec2 b = v.toScreen(okr::Vec2{p.x + kCard.cardWidth, p.y + kCard.cardHeight});
    if (!ImGui::IsRectVisible(a, b)) return;
    const float r = 8 * v.scale;
    const bool selected = isSelected(ctx.ui.tree, n.id.value);
    dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), r);
    dl->AddRectFilled(a, ImVec2(a.x + 7 * v.scale, b.y), stageColour(n.stage), r,
                      ImDrawFlags_RoundCornersLeft);
    dl->AddRect(a, b, selected ? IM_COL32(40, 100, 230, 255) : IM_COL32(200, 205, 215, 255), r, 0,
                selected ? 3.0f : 1.0f);

    // Text scales with the zoom; below a readable size only the shape is drawn.
    ImFont* font = ImGui::GetFont();
    const float size = 15.0f * v.scale;
    if (size >= 6.0f) {
        const float pad = 12 * v.scale;
        const char* badge = n.kind == okr::NodeKind::Nsm         ? "NORTH STAR"
                            : n.kind == okr::NodeKind::Guardrail ? "GUARDRAIL"
                                                                 : "DRIVER";
        dl->AddText(font, size * 0.8f, ImVec2(a.x + pad, a.y + 8 * v.scale),
                    n.kind == okr::NodeKind::Nsm ? IM_COL32(190, 120, 0, 255)
                                                 : IM_COL32(110, 115, 130, 255),
                    badge);
        const ImVec4 clip(a.x + pad, a.y, b.x - pad, b.y);
        dl->AddText(font, size, ImVec2(a.x + pad, a.y + 28 * v.scale), IM_COL32(25, 28, 35, 255),
                    n.name.c_str(), nullptr, (b.x - a.x) - 2 * pad, &clip);
        std::string value = n.value ? okr::formatValue(*n.value, n.kpi.unit)
                            : n.kpi.baseline
                                ? "baseline " + okr::formatValue(*n.kpi.baseline, n.kpi.unit)
                                : std::string("no value");
        if (n.kind == okr::NodeKind::Guardrail && n.guardrail.threshold)
            value +=
                std::string(n.guardrail.comparison == okr::Comparison::AtMost ? "  ≤ " : "  ≥ ") +
                okr::formatValue(*n.guardrail.threshold, n.kpi.unit);
        dl->AddText(font, size, ImVec2(a.x + pad, b.y - 26 * v.scale), IM_COL32(60, 70, 90, 255),
                    value.c_str(), nullptr, 0, &clip);
        const okr::Analysis& an = ctx.findings.analysis();
        const int krs = i < an.nodes.size() ? an.nodes[i].keyResults : 0;
        const std::string count = std::to_string(krs) + (krs == 1 ? " KR" : " KRs");
        const ImVec2 cs = font->CalcTextSizeA(size * 0.8f, 1e9f, 0, count.c_str());
        dl->AddText(font, size * 0.8f, ImVec2(b.x - pad - cs.x, a.y + 8 * v.scale),
                    krs > 0 ? IM_COL32(40, 120, 70, 255) : IM_COL32(150, 150, 160, 255),
                    count.c_str());
    }
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

void drawTreeCanvas(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
    const float uiScale = ImGui::GetFontSize() / 17.0f;

    if (ImGui::Button("+ Metric")) {
        ctx.doc.edit(okr::addNode, okr::NodeKind::Driver, std::string("New metric"),
                     okr::Vec2{-t.pan.x + 40, -t.pan.y + 40});
    }
    testhook::item("tree/add");
    ImGui::SameLine();
    if (ImGui::Button("Fit")) t.fitRequested = true;
    testhook::item("tree/fit");
    ImGui::SameLine();
    if (ImGui::Button("Tidy layout")) {
        ctx.doc.beginGroup("Tidy layout");
        for (const auto& np : okr::layoutTree(plan, kCard))
            ctx.doc.edit(okr::moveNode, np.id, np.position);
        ctx.doc.endGroup();
        t.fitRequested = true;
    }
    testhook::item("tree/layout");
    ImGui::SameLine();
    ImGui::TextDisabled(
        "%zu metrics · drag empty space to pan, wheel to zoom, double-click to add, "
        "drag a card's top dot onto its parent to link",
        plan.tree.nodes.size());

    const ImVec2 size = ImGui::GetContentRegionAvail();
    if (size.x < 50 || size.y < 50) return;
    ImGui::InvisibleButton("canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
    testhook::item("tree/canvas");
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 origin = ImGui::GetItemRectMin();
    if (t.fitRequested) {
        fitToView(plan, t, size, uiScale);
        t.fitRequested = false;
    }
    CanvasView v{origin, t.pan, t.zoom * uiScale};
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;

    // Zoom about the cursor (wheel, trackpad pinch).
    if (hovered && io.MouseWheel != 0) {
        const float z = std::clamp(t.zoom * std::pow(1.15f, io.MouseWheel), kMinZoom, kMaxZoom);
        v.zoomAbout(mouse, z * uiScale);
        t.zoom = z;
        t.pan = v.pan;
    }

    const int under = hovered ? nodeAt(plan, t, v, mouse) : -1;
    const bool spaceHeld = ImGui::IsKeyDown(ImGuiKey_Space) && !io.WantTextInput;
    if (hovered && t.interaction == Interaction::Idle) {
        t.panAtPress = t.pan;
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
            (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && spaceHeld)) {
            t.interaction = Interaction::Panning;
        } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && under < 0) {
            const okr::Vec2 c = v.toCanvas(mouse);
            ctx.doc.edit(okr::addNode, okr::NodeKind::Driver, std::string("New metric"),
                         okr::Vec2{c.x - kCard.cardWidth / 2, c.y - kCard.cardHeight / 2});
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            t.pressAt = mouse;
            const int handle = handleAt(plan, v, mouse);
            if (handle >= 0) {
                t.interaction = Interaction::Linking;
                t.linkFrom = plan.tree.nodes[static_cast<size_t>(handle)].id.value;
            } else if (under >= 0) {
                const okr::Node& n = plan.tree.nodes[static_cast<size_t>(under)];
                if (io.KeyShift) {
                    auto it = std::find(t.selected.begin(), t.selected.end(), n.id.value);
                    if (it == t.selected.end())
                        t.selected.push_back(n.id.value);
                    else
                        t.selected.erase(it);
                } else if (!isSelected(t, n.id.value)) {
                    t.selected = {n.id.value};
                }
                t.interaction = Interaction::DraggingNodes;
                t.dragOffset = okr::Vec2{};
            } else if (io.KeyShift) {
                t.interaction = Interaction::BoxSelecting;
            } else {
                t.selected.clear();
                t.interaction = Interaction::Panning;
            }
        }
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y),
                      IM_COL32(244, 246, 250, 255));
    const float grid = 60 * v.scale;
    if (grid > 8) {
        const float ox = std::fmod(static_cast<float>(t.pan.x) * v.scale, grid);
        const float oy = std::fmod(static_cast<float>(t.pan.y) * v.scale, grid);
        for (float x = origin.x + ox; x < origin.x + size.x; x += grid)
            dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + size.y),
                        IM_COL32(232, 235, 241, 255));
        for (float y = origin.y + oy; y < origin.y + size.y; y += grid)
            dl->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + size.x, y),
                        IM_COL32(232, 235, 241, 255));
    }
    drawLinks(ctx, v, dl);
    for (size_t i = 0; i < plan.tree.nodes.size(); ++i) drawCard(ctx, v, dl, i);

    // The interaction under way.
    switch (t.interaction) {
        case Interaction::Panning:
            if (ImGui::IsMouseDown(ImGuiMouseButton_Left) ||
                ImGui::IsMouseDown(ImGuiMouseButton_Middle)) {
                // Measured from the press, so a pointer that jumps (a touch, a test) pans exactly.
                const ImGuiMouseButton button = ImGui::IsMouseDown(ImGuiMouseButton_Middle)
                                                    ? ImGuiMouseButton_Middle
                                                    : ImGuiMouseButton_Left;
                const ImVec2 d = ImGui::GetMouseDragDelta(button, 0.0f);
                t.pan.x = t.panAtPress.x + d.x / v.scale;
                t.pan.y = t.panAtPress.y + d.y / v.scale;
            } else {
                t.interaction = Interaction::Idle;
            }
            break;
        case Interaction::DraggingNodes:
            if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
                t.dragOffset = okr::Vec2{d.x / v.scale, d.y / v.scale};
            } else {
                if (t.dragOffset.x != 0 || t.dragOffset.y != 0) {
                    ctx.doc.beginGroup(t.selected.size() == 1 ? "Move metric" : "Move metrics");
                    for (const auto& id : t.selected)
                        if (const okr::Node* n = okr::findNode(plan, okr::NodeId(id)))
                            ctx.doc.edit(okr::moveNode, n->id,
                                         okr::Vec2{n->position.x + t.dragOffset.x,
                                                   n->position.y + t.dragOffset.y});
                    ctx.doc.endGroup();
                }
                t.dragOffset = okr::Vec2{};
                t.interaction = Interaction::Idle;
            }
            break;
        case Interaction::Linking: {
            const okr::Node* from = okr::findNode(plan, okr::NodeId(t.linkFrom));
            if (!from) {
                t.interaction = Interaction::Idle;
                break;
            }
            const ImVec2 a = handleOf(v, from->position);
            std::string verdict;
            if (under >= 0 && plan.tree.nodes[static_cast<size_t>(under)].id != from->id) {
                const okr::LinkCheck check =
                    okr::canLink(plan, from->id, plan.tree.nodes[static_cast<size_t>(under)].id);
                verdict = check ? "" : check.message;
            }
            dl->AddLine(a, mouse,
                        verdict.empty() ? IM_COL32(40, 100, 230, 255) : IM_COL32(200, 50, 50, 255),
                        2.5f);
            if (!verdict.empty())
                dl->AddText(ImVec2(mouse.x + 12, mouse.y + 4), IM_COL32(200, 50, 50, 255),
                            verdict.c_str());
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                if (under >= 0 && plan.tree.nodes[static_cast<size_t>(under)].id != from->id) {
                    if (verdict.empty()) {
                        ctx.doc.edit(okr::addLink, from->id,
                                     plan.tree.nodes[static_cast<size_t>(under)].id,
                                     okr::Relation::Influence);
                    } else {
                        t.refusal = verdict;
                        t.refusalAt = platform::nowMs();
                    }
                }
                t.interaction = Interaction::Idle;
            }
            break;
        }
        case Interaction::BoxSelecting: {
            const ImVec2 a(std::min(t.pressAt.x, mouse.x), std::min(t.pressAt.y, mouse.y));
            const ImVec2 b(std::max(t.pressAt.x, mouse.x), std::max(t.pressAt.y, mouse.y));
            dl->AddRectFilled(a, b, IM_COL32(40, 100, 230, 40));
            dl->AddRect(a, b, IM_COL32(40, 100, 230, 200));
            if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
                const okr::Vec2 ca = v.toCanvas(a), cb = v.toCanvas(b);
                for (const auto& n : plan.tree.nodes) {
                    const bool inside = n.position.x >= ca.x && n.position.y >= ca.y &&
                                        n.position.x + kCard.cardWidth <= cb.x &&
                                        n.position.y + kCard.cardHeight <= cb.y;
                    if (inside && !isSelected(t, n.id.value)) t.selected.push_back(n.id.value);
                }
                t.interaction = Interaction::Idle;
            }
            break;
        }
        case Interaction::Idle:
            break;
    }
    if (!t.refusal.empty() && platform::nowMs() - t.refusalAt < 4000) {
        const ImVec2 at(origin.x + 12,
                        origin.y + size.y - ImGui::GetTextLineHeightWithSpacing() * 1.5f);
        dl->AddText(at, IM_COL32(200, 50, 50, 255), ("Link refused: " + t.refusal).c_str());
    }
    dl->PopClipRect();

    // Delete the selection with the Delete key while the canvas is hovered and nothing is typed.
    if (hovered && !io.WantTextInput && !t.selected.empty() &&
        (ImGui::IsKeyPressed(ImGuiKey_Delete, false) ||
         ImGui::IsKeyPressed(ImGuiKey_Backspace, false))) {
        ctx.doc.beginGroup(t.selected.size() == 1 ? "Delete metric" : "Delete metrics");
        for (const auto& id : t.selected) ctx.doc.edit(okr::deleteNode, okr::NodeId(id));
        ctx.doc.endGroup();
        t.selected.clear();
    }

    // Test window: each card's rectangle and its link handle, by node ID.
    for (const auto& n : plan.tree.nodes) {
        const okr::Vec2 p = drawnPosition(t, n);
        testhook::rect("node/" + n.id.value, v.toScreen(p),
                       v.toScreen(okr::Vec2{p.x + kCard.cardWidth, p.y + kCard.cardHeight}));
        const ImVec2 h = handleOf(v, p);
        testhook::rect("node/" + n.id.value + "/handle", ImVec2(h.x - 3, h.y - 3),
                       ImVec2(h.x + 3, h.y + 3));
    }
}

}  // namespace panels
