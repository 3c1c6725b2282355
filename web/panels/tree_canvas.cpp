// Driver-tree canvas: the metric tree as cards (kind badge, name, value with unit, stage colour,
// number of key results, violation marker) and links as curves labelled with their relation.
// Pan (drag empty space, middle mouse, space-drag), zoom about the cursor (wheel, pinch), select
// (click, shift-click, shift-drag box), move (drag; several at once, one undo step), create
// (double-click empty space), link (drag from a card's top handle onto its parent; the core's
// canLink says whether, and the refusal is shown), delete (Delete key), copy / paste (Ctrl+C,
// Ctrl+V, toolbar), zoom to fit, tidy layout, export as SVG (the core's drawing) and PNG (these
// pixels). What-if mode shows each card's value with the inspector's hypothetical values pushed
// up, and each driver's sensitivity. The open key result's driver and its path to the North Star
// are highlighted; OBJ-UNTRACED objectives are tagged on their drivers or listed on the canvas.
// The node inspector (node_inspector.cpp) sits at the right while a node is selected or what-if
// is on. Every change is a core command; view state lives in UiState::tree.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "canvas_view.h"
#include "edit/tree_copy.h"
#include "export/tree_svg.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "tree/drawing.h"
#include "tree/layout.h"
#include "tree/tree.h"
#include "tree_figures.h"

namespace panels {

namespace {

using Interaction = TreeViewState::Interaction;

const okr::LayoutOptions kCard;
constexpr float kMinZoom = 0.01f;  // low enough to fit a 300-metric tree on screen
constexpr float kMaxZoom = 3.0f;

// What the canvas marks besides selection: the open key result's path to the North Star and the
// drivers of objectives that OBJ-UNTRACED reports.
struct Marks {
    std::vector<char> onPath;           // per node index
    std::vector<std::string> untraced;  // per node index: "O2 not traced" or ""
    std::string pathCaption;            // "KR … → North Star", "" when no KR is open
    std::string untracedCaption;        // objectives with no driver at all
};

Marks marksFor(const Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Analysis& an = ctx.findings.analysis();
    Marks m;
    m.onPath.assign(plan.tree.nodes.size(), 0);
    m.untraced.assign(plan.tree.nodes.size(), std::string());
    const okr::TreeIndex index(plan);
    if (!ctx.ui.openKeyResult.empty()) {
        for (const auto& c : an.keyResults) {
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
    for (const auto& v : an.violations) {
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
    return m;
}

std::string shortPercent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f%%", fraction * 100);
    return buf;
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
    std::vector<okr::Vec2> corners;
    for (const auto& n : plan.tree.nodes) corners.push_back(n.position);
    const okr::CardBounds box = *okr::cardBounds(corners, kCard);
    const double margin = 40;
    const double scale =
        std::min(size.x / (box.width() + 2 * margin), size.y / (box.height() + 2 * margin));
    t.zoom = std::clamp(static_cast<float>(scale / uiScale), kMinZoom, 1.5f);
    t.pan = CanvasView::centredPan(box, size, t.zoom * uiScale);
}

void drawLinks(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl) {
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
        const bool onPath =
            marks.onPath[static_cast<size_t>(from)] && marks.onPath[static_cast<size_t>(to)];
        const ImU32 colour = onPath                            ? IM_COL32(230, 120, 0, 255)
                             : rel == okr::Relation::Influence ? IM_COL32(160, 165, 180, 255)
                                                               : IM_COL32(70, 90, 140, 255);
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
        dl->AddText(ImVec2(mid.x - ts.x / 2, mid.y - ts.y / 2), colour, glyph);
    }
}

void drawCard(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl,
              size_t i) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Node& n = plan.tree.nodes[i];
    const okr::Vec2 p = drawnPosition(ctx.ui.tree, n);
    const ImVec2 a = v.toScreen(p);
    const ImVec2 b = v.toScreen(okr::Vec2{p.x + kCard.cardWidth, p.y + kCard.cardHeight});
    if (!ImGui::IsRectVisible(a, b)) return;
    const float r = 8 * v.scale;
    const bool selected = isSelected(ctx.ui.tree, n.id.value);
    dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), r);
    dl->AddRectFilled(a, ImVec2(a.x + 7 * v.scale, b.y), theme::fromRgb(okr::stageColour(n.stage)),
                      r, ImDrawFlags_RoundCornersLeft);
    if (marks.onPath[i])
        dl->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), IM_COL32(230, 120, 0, 255),
                    r + 4, 0, 3.0f);
    dl->AddRect(a, b, selected ? IM_COL32(40, 100, 230, 255) : IM_COL32(200, 205, 215, 255), r, 0,
                selected ? 3.0f : 1.0f);

    // Text scales with the zoom; below a readable size only the shape is drawn.
    ImFont* font = ImGui::GetFont();
    const float size = 15.0f * v.scale;
    if (size >= 6.0f) {
        const float pad = 12 * v.scale;
        const char* badge = okr::kindBadge(n.kind);
        dl->AddText(font, size * 0.8f, ImVec2(a.x + pad, a.y + 8 * v.scale),
                    n.kind == okr::NodeKind::Nsm ? IM_COL32(190, 120, 0, 255)
                                                 : IM_COL32(110, 115, 130, 255),
                    badge);
        const ImVec4 clip(a.x + pad, a.y, b.x - pad, b.y);
        dl->AddText(font, size, ImVec2(a.x + pad, a.y + 28 * v.scale), IM_COL32(25, 28, 35, 255),
                    n.name.c_str(), nullptr, (b.x - a.x) - 2 * pad, &clip);
        std::string value = okr::cardValue(n);
        ImU32 valueColour = IM_COL32(60, 70, 90, 255);
        if (ctx.ui.tree.whatIf) {
            // The what-if value and its change, where the hypothetical values reach.
            const auto& w = treeFigures().values();
            if (i < w.size() && w[i].changed && w[i].after) {
                value = "what-if " + okr::formatValue(*w[i].after, n.kpi.unit);
                if (w[i].before && *w[i].before != 0)
                    value +=
                        "  " + shortPercent((*w[i].after - *w[i].before) / std::fabs(*w[i].before));
                valueColour = IM_COL32(200, 95, 0, 255);
            }
            std::string lever;
            if (const auto& sens = treeFigures().sensitivity(i); sens && sens->formulaPath)
                lever = "+10% → NSM " + shortPercent(sens->relative);
            else if (n.kind == okr::NodeKind::Driver)
                lever = "influence: no formula";
            if (!lever.empty())
                dl->AddText(font, size * 0.8f, ImVec2(a.x + pad, a.y + 52 * v.scale),
                            IM_COL32(120, 80, 160, 255), lever.c_str(), nullptr, 0, &clip);
        }
        dl->AddText(font, size, ImVec2(a.x + pad, b.y - 26 * v.scale), valueColour, value.c_str(),
                    nullptr, 0, &clip);
        if (!marks.untraced[i].empty()) {
            const ImVec2 ts = font->CalcTextSizeA(size * 0.75f, 1e9f, 0, marks.untraced[i].c_str());
            const ImVec2 at(b.x - pad - ts.x, b.y + 4 * v.scale);
            dl->AddRectFilled(ImVec2(at.x - 4, at.y - 1), ImVec2(at.x + ts.x + 4, at.y + ts.y + 1),
                              IM_COL32(253, 236, 200, 255), 3);
            dl->AddText(font, size * 0.75f, at, IM_COL32(150, 80, 0, 255),
                        marks.untraced[i].c_str());
        }
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

// Copies the selection to the clipboard (the app's path: ImGui → platform → the system's).
void copySelection(const Context& ctx) {
    std::vector<okr::NodeId> ids;
    for (const auto& id : ctx.ui.tree.selected) ids.emplace_back(id);
    ImGui::SetClipboardText(okr::copyNodes(ctx.doc.plan(), ids).c_str());
}

// Pastes metrics from the clipboard, offset so they do not hide the originals; the next frame
// selects what was added.
void paste(Context& ctx) {
    const char* text = ImGui::GetClipboardText();
    TreeViewState& t = ctx.ui.tree;
    t.pastedFrom = ctx.doc.plan().tree.nodes.size();
    t.pastePending = true;
    ctx.doc.edit(okr::pasteNodes, std::string(text ? text : ""), okr::Vec2{60, 60});
}

void drawToolbar(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
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
    const bool whatIf = t.whatIf;
    if (whatIf)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button("What-if")) t.whatIf = !t.whatIf;
    if (whatIf) ImGui::PopStyleColor();
    testhook::item("tree/whatIf");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Try values for drivers (in the inspector) and see the North Star move; "
            "nothing is saved");
    ImGui::SameLine();
    ImGui::BeginDisabled(t.selected.empty());
    if (ImGui::Button("Copy")) copySelection(ctx);
    ImGui::EndDisabled();
    testhook::item("tree/copy");
    ImGui::SameLine();
    if (ImGui::Button("Paste")) paste(ctx);
    testhook::item("tree/paste");
    ImGui::SameLine();
    if (ImGui::Button("Export…")) ImGui::OpenPopup("treeExport");
    testhook::item("tree/export");
    if (ImGui::BeginPopup("treeExport")) {
        if (ImGui::MenuItem("SVG (for slides)")) exportTreeSvg(ctx);
        testhook::item("tree/export/svg");
        // Two frames on, once the menu is gone from the picture.
        if (ImGui::MenuItem("PNG (this view)")) t.pngFrames = 2;
        testhook::item("tree/export/png");
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    ImGui::TextDisabled(
        "%zu metrics · drag empty space to pan, wheel to zoom, double-click to "
        "add, drag a card's top dot onto its parent to link",
        plan.tree.nodes.size());
}

}  // namespace

void drawTreeCanvas(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
    const float uiScale = ImGui::GetFontSize() / 17.0f;

    if (t.pastePending) {
        // Select what the paste added, or say why nothing was.
        t.pastePending = false;
        if (plan.tree.nodes.size() > t.pastedFrom) {
            t.selected.clear();
            for (size_t i = t.pastedFrom; i < plan.tree.nodes.size(); ++i)
                t.selected.push_back(plan.tree.nodes[i].id.value);
        } else if (!ctx.doc.history().lastError().empty()) {
            t.refusal = ctx.doc.history().lastError();
            t.refusalAt = platform::nowMs();
        }
    }
    // Forget selected nodes that are gone (undo, another plan).
    t.selected.erase(std::remove_if(t.selected.begin(), t.selected.end(),
                                    [&](const std::string& id) {
                                        return !okr::findNode(plan, okr::NodeId(id));
                                    }),
                     t.selected.end());
    if (t.whatIf) treeFigures().update(plan, ctx.doc.revision(), t.whatIfValues);

    drawToolbar(ctx);

    const bool inspector = t.selected.size() == 1 || t.whatIf;
    ImVec2 size = ImGui::GetContentRegionAvail();
    const float inspectorWidth =
        inspector ? std::min(ImGui::GetFontSize() * 19, size.x * 0.42f) : 0.0f;
    size.x -= inspector ? inspectorWidth + ImGui::GetStyle().ItemSpacing.x : 0.0f;
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
    // What is visible of the canvas (the window may clip it): the PNG export's rectangle.
    t.canvasMin = dl->GetClipRectMin();
    t.canvasMax = dl->GetClipRectMax();
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
    const Marks marks = marksFor(ctx);
    t.highlighted.clear();
    for (size_t i = 0; i < marks.onPath.size(); ++i)
        if (marks.onPath[i]) t.highlighted.push_back(plan.tree.nodes[i].id.value);
    drawLinks(ctx, marks, v, dl);
    for (size_t i = 0; i < plan.tree.nodes.size(); ++i) drawCard(ctx, marks, v, dl, i);

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
        dl->AddText(at, IM_COL32(200, 50, 50, 255), ("Refused: " + t.refusal).c_str());
    }
    // Captions at the top: the open key result's path, objectives with no driver at all.
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
    dl->PopClipRect();

    // A card's violations (TREE-UNCOVERED, TREE-FORMULA, …) and untraced objectives on hover.
    if (hovered && under >= 0 && t.interaction == Interaction::Idle) {
        const okr::Node& n = plan.tree.nodes[static_cast<size_t>(under)];
        const std::vector<int>& found = ctx.findings.forEntity(n.id.value);
        if (!found.empty() || !marks.untraced[static_cast<size_t>(under)].empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
            for (int k : found) {
                const okr::Violation& viol =
                    ctx.findings.analysis().violations[static_cast<size_t>(k)];
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(severityColour(viol.severity)),
                                   "%s", viol.ruleId());
                ImGui::SameLine();
                ImGui::TextWrapped("%s", viol.message.c_str());
            }
            if (!marks.untraced[static_cast<size_t>(under)].empty())
                ImGui::TextWrapped(
                    "OBJ-UNTRACED: a key result of %s hangs on this metric, which "
                    "does not reach the North Star.",
                    marks.untraced[static_cast<size_t>(under)]
                        .substr(0, marks.untraced[static_cast<size_t>(under)].find(' '))
                        .c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }

    // Copy and paste metrics with the keyboard while the canvas is hovered and nothing is typed.
    if (hovered && !io.WantTextInput && (io.KeyCtrl || io.KeySuper)) {
        if (ImGui::IsKeyPressed(ImGuiKey_C, false) && !t.selected.empty()) copySelection(ctx);
        if (ImGui::IsKeyPressed(ImGuiKey_V, false)) paste(ctx);
    }

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

    if (inspector) {
        ImGui::SameLine();
        ImGui::BeginChild("inspector", ImVec2(inspectorWidth, size.y), ImGuiChildFlags_Border);
        drawNodeInspector(ctx);
        ImGui::EndChild();
    }
}

std::string exportTreeSvg(const Context& ctx) {
    const std::string name = ctx.doc.fileStem() + " tree.svg";
    platform::downloadText(name, "image/svg+xml", okr::treeSvg(ctx.doc.plan()));
    return name;
}

void takeTreePng(Context& ctx) {
    TreeViewState& t = ctx.ui.tree;
    if (t.pngFrames <= 0 || --t.pngFrames > 0) return;
    const std::string name = ctx.doc.fileStem() + " tree.png";
    platform::downloadCanvasPng(name, t.canvasMin.x, t.canvasMin.y, t.canvasMax.x - t.canvasMin.x,
                                t.canvasMax.y - t.canvasMin.y);
    ctx.ui.notice(Notice::Kind::Info, "Exported " + name + " to your downloads.");
}

}  // namespace panels
