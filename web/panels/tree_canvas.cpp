// Driver-tree canvas: the metric tree as cards (kind badge, name, value with unit, stage colour,
// number of key results, violation marker) and links as curves labelled with their relation.
// Pan (drag empty space, middle mouse, space-drag, a finger), zoom about the cursor (wheel, pinch,
// two fingers), select (click, shift-click, shift-drag box), move (drag; several at once, one undo
// step), create (double-click empty space), link (drag from a card's top handle onto its parent;
// the core's canLink says whether, and the refusal is shown), delete (Delete key), copy / paste
// (Ctrl+C, Ctrl+V, toolbar), zoom to fit, tidy layout, export as SVG (the core's drawing) and PNG
// (these pixels). What-if mode shows each card's value with the inspector's hypothetical values
// pushed up, and each driver's sensitivity. The open key result's driver and its path to the North
// Star are highlighted; OBJ-UNTRACED objectives are tagged on their drivers or listed on the
// canvas. The node inspector (node_inspector.cpp) sits at the right while a node is selected or
// what-if is on. Every change is a core command; view state lives in UiState::tree.
//
// This file: the panel and its interactions, one function per state of TreeViewState::Interaction
// — idle (what a press starts), panning, dragging nodes, linking, box selecting — then keys, hover
// and the test window. Drawing is in tree_cards.cpp, the toolbar and exports in tree_toolbar.cpp.
#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "plain_words.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "tree/tree.h"
#include "tree_canvas.h"
#include "tree_figures.h"
#include "widgets.h"

namespace panels {

namespace {

using Interaction = TreeViewState::Interaction;
using canvas::kCard;

constexpr float kMinZoom = 0.01f;  // the wheel can take a 300-metric tree in at a glance
// "Fit" stops here: a card's name at 10.5 px and its badge at 8.4 px (per unit of UI scale).
constexpr float kReadableZoom = 0.7f;
constexpr float kMaxZoom = 3.0f;

// One frame of the canvas: the document, the view state, the widget and the pointer.
struct Frame {
    Context& ctx;
    const okr::Plan& plan;
    TreeViewState& t;
    CanvasView v;  // this frame's view (after the wheel's zoom)
    ImVec2 size;   // the canvas widget's size; its top-left corner is v.origin
    ImVec2 mouse;  // screen
    bool hovered;  // the pointer is over the canvas
    int under;     // index of the card under the pointer, -1 when none (or not hovered)
    ImDrawList* dl;
};

// Index of the topmost card under a screen point, -1 when none.
int nodeAt(const okr::Plan& plan, const TreeViewState& t, const CanvasView& v, ImVec2 s) {
    const okr::Vec2 c = v.toCanvas(s);
    for (int i = static_cast<int>(plan.tree.nodes.size()) - 1; i >= 0; --i) {
        const okr::Vec2 p = canvas::drawnPosition(t, plan.tree.nodes[static_cast<size_t>(i)]);
        if (c.x >= p.x && c.x <= p.x + kCard.cardWidth && c.y >= p.y &&
            c.y <= p.y + kCard.cardHeight)
            return i;
    }
    return -1;
}

// Index of the node whose link handle is under a screen point (within a finger's reach), -1 if
// none.
int handleAt(const okr::Plan& plan, const CanvasView& v, ImVec2 s) {
    const float reach = std::max(8.0f, 7.0f * v.scale);
    for (int i = static_cast<int>(plan.tree.nodes.size()) - 1; i >= 0; --i) {
        const okr::Node& n = plan.tree.nodes[static_cast<size_t>(i)];
        if (n.kind == okr::NodeKind::Nsm) continue;
        const ImVec2 h = canvas::handleOf(v, n.position);
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
    const okr::CardFit fit =
        *okr::fitCards(corners, kCard, size.x, size.y, 40, kReadableZoom * uiScale, 1.5 * uiScale);
    t.zoom = std::clamp(static_cast<float>(fit.scale / uiScale), kMinZoom, 1.5f);
    t.pan = CanvasView::centredPan(fit.box, size, t.zoom * uiScale);
    t.fitNote.clear();
    if (fit.levelsShown < fit.levels) {
        t.fitNote = fit.levelsShown == 0
                        ? "Too big to show whole and readable: drag for the rest."
                        : "Top " + std::to_string(fit.levelsShown) + " of " +
                              std::to_string(fit.levels) +
                              " levels, so the text stays readable: drag for the rest.";
        t.fitNoteAt = platform::nowMs();
    } else if (fit.box.width() < okr::cardBounds(corners, kCard)->width()) {
        t.fitNote = "Too wide to show whole and readable: drag sideways for the rest.";
        t.fitNoteAt = platform::nowMs();
    }
}

void refuse(TreeViewState& t, std::string reason) {
    t.refusal = std::move(reason);
    t.refusalAt = platform::nowMs();
}

// Before the frame: select what last frame's paste added (or say why nothing was), and forget
// selected nodes that are gone (undo, another plan).
void settleSelection(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
    if (t.pastePending) {
        t.pastePending = false;
        if (plan.tree.nodes.size() > t.pastedFrom) {
            t.selected.clear();
            for (size_t i = t.pastedFrom; i < plan.tree.nodes.size(); ++i)
                t.selected.push_back(plan.tree.nodes[i].id.value);
        } else if (!ctx.doc.history().lastError().empty()) {
            refuse(t, ctx.doc.history().lastError());
        }
    }
    t.selected.erase(std::remove_if(t.selected.begin(), t.selected.end(),
                                    [&](const std::string& id) {
                                        return !okr::findNode(plan, okr::NodeId(id));
                                    }),
                     t.selected.end());
}

// The canvas widget of `size` at the cursor: zoom to fit when asked, zoom about the pointer with
// the wheel (or a trackpad pinch), the card under the pointer.
Frame beginCanvas(Context& ctx, ImVec2 size) {
    TreeViewState& t = ctx.ui.tree;
    const okr::Plan& plan = ctx.doc.plan();
    const float uiScale = ImGui::GetFontSize() / 17.0f;
    ImGui::InvisibleButton("canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
    testhook::item("tree/canvas");
    // The wheel over the canvas zooms or pans the drawing; no window around it scrolls with it.
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelX);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 origin = ImGui::GetItemRectMin();
    if (t.fitRequested) {
        fitToView(plan, t, size, uiScale);
        t.fitRequested = false;
    }
    // The layout's moves are applied after this frame: fit to them on the next.
    if (t.fitAfterEdits) {
        t.fitAfterEdits = false;
        t.fitRequested = true;
    }
    CanvasView v{origin, t.pan, t.zoom * uiScale};
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (hovered && touch && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
        // A finger dragged: the drawing follows it (the wheel steps are the drag, theme.h).
        const ImVec2 step = theme::touchScrollStep();
        t.pan.x += io.MouseWheelH * step.x / v.scale;
        t.pan.y += io.MouseWheel * step.y / v.scale;
        v.pan = t.pan;
    } else if (hovered && io.MouseWheel != 0) {
        const float z = std::clamp(t.zoom * std::pow(1.15f, io.MouseWheel), kMinZoom, kMaxZoom);
        v.zoomAbout(mouse, z * uiScale);
        t.zoom = z;
        t.pan = v.pan;
    }
    if (hovered && t.pinch != 1.0f) {
        const float z = std::clamp(t.zoom * t.pinch, kMinZoom, kMaxZoom);
        v.zoomAbout(mouse, z * uiScale);
        t.zoom = z;
        t.pan = v.pan;
    }
    t.pinch = 1.0f;
    const int under = hovered ? nodeAt(plan, t, v, mouse) : -1;
    return Frame{ctx, plan, t, v, size, mouse, hovered, under, ImGui::GetWindowDrawList()};
}

// A click on a card selects it (shift: adds or removes it) and starts dragging the selection.
void pressOnCard(Frame& f) {
    TreeViewState& t = f.t;
    const okr::Node& n = f.plan.tree.nodes[static_cast<size_t>(f.under)];
    if (ImGui::GetIO().KeyShift) {
        auto it = std::find(t.selected.begin(), t.selected.end(), n.id.value);
        if (it == t.selected.end())
            t.selected.push_back(n.id.value);
        else
            t.selected.erase(it);
    } else if (!canvas::isSelected(t, n.id.value)) {
        t.selected = {n.id.value};
    }
    t.interaction = Interaction::DraggingNodes;
    t.dragOffset = okr::Vec2{};
}

// Idle, pointer over the canvas: what a press starts. Middle button or space + left: panning;
// double-click on empty space: a new metric there; left on a card's handle: linking, on a card:
// dragging, on empty space: box selecting with shift, else panning (and the selection cleared).
void idle(Frame& f) {
    TreeViewState& t = f.t;
    const ImGuiIO& io = ImGui::GetIO();
    const bool spaceHeld = ImGui::IsKeyDown(ImGuiKey_Space) && !widgets::typingExpected();
    t.panAtPress = t.pan;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
        (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && spaceHeld)) {
        t.interaction = Interaction::Panning;
    } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && f.under < 0 &&
               !widgets::readOnly()) {
        const okr::Vec2 c = f.v.toCanvas(f.mouse);
        canvas::addMetric(f.ctx, okr::Vec2{c.x - kCard.cardWidth / 2, c.y - kCard.cardHeight / 2});
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        t.pressAt = f.mouse;
        const int handle = handleAt(f.plan, f.v, f.mouse);
        if (handle >= 0) {
            t.interaction = Interaction::Linking;
            t.linkFrom = f.plan.tree.nodes[static_cast<size_t>(handle)].id.value;
        } else if (f.under >= 0) {
            pressOnCard(f);
        } else if (io.KeyShift) {
            t.interaction = Interaction::BoxSelecting;
        } else {
            t.selected.clear();
            t.interaction = Interaction::Panning;
        }
    }
}

// Panning: the pan follows the drag, measured from the press, so a pointer that jumps (a touch, a
// test) pans exactly; ends when the button is released.
void panning(Frame& f) {
    TreeViewState& t = f.t;
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
        !ImGui::IsMouseDown(ImGuiMouseButton_Middle)) {
        t.interaction = Interaction::Idle;
        return;
    }
    const ImGuiMouseButton button = ImGui::IsMouseDown(ImGuiMouseButton_Middle)
                                        ? ImGuiMouseButton_Middle
                                        : ImGuiMouseButton_Left;
    const ImVec2 d = ImGui::GetMouseDragDelta(button, 0.0f);
    t.pan.x = t.panAtPress.x + d.x / f.v.scale;
    t.pan.y = t.panAtPress.y + d.y / f.v.scale;
}

// Dragging nodes: the selection is drawn offset while the button is down; on release the moves
// are one undo step.
void draggingNodes(Frame& f) {
    TreeViewState& t = f.t;
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
        t.dragOffset = okr::Vec2{d.x / f.v.scale, d.y / f.v.scale};
        return;
    }
    if (t.dragOffset.x != 0 || t.dragOffset.y != 0) {
        Document& doc = f.ctx.doc;
        doc.beginGroup(t.selected.size() == 1 ? "Move metric" : "Move metrics");
        for (const auto& id : t.selected)
            if (const okr::Node* n = okr::findNode(f.plan, okr::NodeId(id)))
                doc.edit(okr::moveNode, n->id,
                         okr::Vec2{n->position.x + t.dragOffset.x, n->position.y + t.dragOffset.y});
        doc.endGroup();
    }
    t.dragOffset = okr::Vec2{};
    t.interaction = Interaction::Idle;
}

// Linking: a line from the child's handle to the pointer, red with the core's reason when the
// card under the pointer cannot be its parent (canLink); on release the link is added or the
// refusal shown.
void linking(Frame& f) {
    TreeViewState& t = f.t;
    const okr::Node* from = okr::findNode(f.plan, okr::NodeId(t.linkFrom));
    if (!from) {
        t.interaction = Interaction::Idle;
        return;
    }
    const okr::Node* to = f.under >= 0 ? &f.plan.tree.nodes[static_cast<size_t>(f.under)] : nullptr;
    if (to && to->id == from->id) to = nullptr;
    std::string verdict;
    if (to) {
        const okr::LinkCheck check = okr::canLink(f.plan, from->id, to->id);
        verdict = check ? "" : check.message;
    }
    const ImU32 colour = verdict.empty() ? IM_COL32(40, 100, 230, 255) : IM_COL32(200, 50, 50, 255);
    f.dl->AddLine(canvas::handleOf(f.v, from->position), f.mouse, colour, 2.5f);
    if (!verdict.empty())
        f.dl->AddText(ImVec2(f.mouse.x + 12, f.mouse.y + 4), colour, verdict.c_str());
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
    if (to && verdict.empty()) {
        t.askRelation = true;
        t.linksBefore = f.plan.tree.links.size();
        t.relationAt = f.mouse;
        f.ctx.doc.edit(okr::addLink, from->id, to->id, okr::Relation::Influence);
    } else if (to)
        refuse(t, verdict);
    t.interaction = Interaction::Idle;
}

// Box selecting: the rectangle from the press to the pointer; on release the cards wholly inside
// it join the selection.
void boxSelecting(Frame& f) {
    TreeViewState& t = f.t;
    const ImVec2 a(std::min(t.pressAt.x, f.mouse.x), std::min(t.pressAt.y, f.mouse.y));
    const ImVec2 b(std::max(t.pressAt.x, f.mouse.x), std::max(t.pressAt.y, f.mouse.y));
    f.dl->AddRectFilled(a, b, IM_COL32(40, 100, 230, 40));
    f.dl->AddRect(a, b, IM_COL32(40, 100, 230, 200));
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
    const okr::Vec2 ca = f.v.toCanvas(a), cb = f.v.toCanvas(b);
    for (const auto& n : f.plan.tree.nodes) {
        const bool inside = n.position.x >= ca.x && n.position.y >= ca.y &&
                            n.position.x + kCard.cardWidth <= cb.x &&
                            n.position.y + kCard.cardHeight <= cb.y;
        if (inside && !canvas::isSelected(t, n.id.value)) t.selected.push_back(n.id.value);
    }
    t.interaction = Interaction::Idle;
}

// The interaction under way, after the cards are drawn (its line or box goes on top of them).
void continueInteraction(Frame& f) {
    switch (f.t.interaction) {
        case Interaction::Panning:
            panning(f);
            break;
        case Interaction::DraggingNodes:
            draggingNodes(f);
            break;
        case Interaction::Linking:
            linking(f);
            break;
        case Interaction::BoxSelecting:
            boxSelecting(f);
            break;
        case Interaction::Idle:
            break;
    }
}

// A card's violations (TREE-UNCOVERED, TREE-FORMULA, …) and untraced objectives on hover.
void drawCardTooltip(const Frame& f, const canvas::Marks& marks) {
    const size_t i = static_cast<size_t>(f.under);
    const Findings& findings = f.ctx.findings;
    const std::vector<int>& found = findings.forEntity(f.plan.tree.nodes[i].id.value);
    const std::string& untraced = marks.untraced[i];
    if (found.empty() && untraced.empty()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    for (int k : found) {
        const okr::Violation& viol = findings.analysis().violations[static_cast<size_t>(k)];
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(severityColour(viol.severity)), "%s",
                           viol.ruleId());
        ImGui::SameLine();
        widgets::textWrapped("%s", viol.message.c_str());
    }
    if (!untraced.empty())
        widgets::textWrapped(
            "OBJ-UNTRACED: a key result of %s hangs on this metric, which does not reach the "
            "North Star.",
            untraced.substr(0, untraced.find(' ')).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// The canvas's pixels, clipped to the widget: background, links, cards, the interaction's line or
// box, the last refusal (for four seconds) and the captions.
void drawScene(Frame& f, const canvas::Marks& marks) {
    TreeViewState& t = f.t;
    const ImVec2 origin = f.v.origin;
    f.dl->PushClipRect(origin, ImVec2(origin.x + f.size.x, origin.y + f.size.y), true);
    // What is visible of the canvas (the window may clip it): the PNG export's rectangle.
    t.canvasMin = f.dl->GetClipRectMin();
    t.canvasMax = f.dl->GetClipRectMax();
    canvas::drawBackground(f.dl, f.v, f.size);
    t.highlighted.clear();
    for (size_t i = 0; i < marks.onPath.size(); ++i)
        if (marks.onPath[i]) t.highlighted.push_back(f.plan.tree.nodes[i].id.value);
    canvas::drawLinks(f.ctx, marks, f.v, f.dl);
    for (size_t i = 0; i < f.plan.tree.nodes.size(); ++i)
        canvas::drawCard(f.ctx, marks, f.v, f.dl, i);
    continueInteraction(f);
    if (!t.refusal.empty() && platform::nowMs() - t.refusalAt < 4000) {
        const ImVec2 at(origin.x + 12,
                        origin.y + f.size.y - ImGui::GetTextLineHeightWithSpacing() * 1.5f);
        f.dl->AddText(at, IM_COL32(200, 50, 50, 255), ("Refused: " + t.refusal).c_str());
    }
    if (!t.fitNote.empty() && platform::nowMs() - t.fitNoteAt < 6000) {
        // On a plate at the top of the canvas, wrapped to its width.
        const float pad = ImGui::GetFontSize() * 0.4f;
        const float wrap = f.size.x - 4 * pad;
        const ImVec2 text = ImGui::CalcTextSize(t.fitNote.c_str(), nullptr, false, wrap);
        const ImVec2 at(origin.x + 2 * pad, origin.y + 2 * pad);
        f.dl->AddRectFilled(ImVec2(at.x - pad, at.y - pad),
                            ImVec2(at.x + text.x + pad, at.y + text.y + pad),
                            ImGui::GetColorU32(ImGuiCol_PopupBg), pad);
        f.dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text),
                      t.fitNote.c_str(), nullptr, wrap);
    }
    canvas::drawCaptions(marks, f.dl, origin);
    f.dl->PopClipRect();
}

// Keys while the canvas is hovered and nothing is typed: copy and paste metrics (Ctrl / Cmd + C,
// V), delete the selection (Delete, Backspace; one undo step).
void handleKeys(Frame& f) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!f.hovered || widgets::typingExpected()) return;
    TreeViewState& t = f.t;
    if (io.KeyCtrl || io.KeySuper) {
        if (ImGui::IsKeyPressed(ImGuiKey_C, false) && !t.selected.empty())
            canvas::copySelection(f.ctx);
        if (ImGui::IsKeyPressed(ImGuiKey_V, false)) canvas::paste(f.ctx);
    }
    if (!t.selected.empty() && (ImGui::IsKeyPressed(ImGuiKey_Delete, false) ||
                                ImGui::IsKeyPressed(ImGuiKey_Backspace, false))) {
        f.ctx.doc.beginGroup(t.selected.size() == 1 ? "Delete metric" : "Delete metrics");
        for (const auto& id : t.selected) f.ctx.doc.edit(okr::deleteNode, okr::NodeId(id));
        f.ctx.doc.endGroup();
        t.selected.clear();
    }
}

// Test window: each card's rectangle and its link handle, by node ID.
void recordTestRects(const Frame& f) {
    for (const auto& n : f.plan.tree.nodes) {
        const okr::Vec2 p = canvas::drawnPosition(f.t, n);
        testhook::rect("node/" + n.id.value, f.v.toScreen(p),
                       f.v.toScreen(okr::Vec2{p.x + kCard.cardWidth, p.y + kCard.cardHeight}));
        const ImVec2 h = canvas::handleOf(f.v, p);
        testhook::rect("node/" + n.id.value + "/handle", ImVec2(h.x - 3, h.y - 3),
                       ImVec2(h.x + 3, h.y + 3));
    }
}

}  // namespace

namespace {

// The relation of a link just drawn, asked in place: what-if can only compute a tree whose links
// say how a child moves its parent. Leaving the menu keeps "influences".
void askRelation(Context& ctx) {
    TreeViewState& t = ctx.ui.tree;
    const okr::Plan& plan = ctx.doc.plan();
    if (t.askRelation && plan.tree.links.size() > t.linksBefore) {
        t.askRelation = false;
        ImGui::SetNextWindowPos(t.relationAt);
        ImGui::OpenPopup("relation");
    } else if (t.askRelation && !ctx.doc.history().lastError().empty()) {
        t.askRelation = false;
    }
    if (!ImGui::BeginPopup("relation")) return;
    if (plan.tree.links.empty()) {  // undone while the question was open
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const okr::Link& link = plan.tree.links.back();
    const okr::Node* child = okr::findNode(plan, link.from);
    const okr::Node* parent = okr::findNode(plan, link.to);
    ImGui::TextDisabled("How does %s move %s?", child ? child->name.c_str() : "it",
                        parent ? parent->name.c_str() : "its parent");
    for (okr::Relation r : okr::enumValues<okr::Relation>()) {
        if (ImGui::Selectable(words::shown(okr::name(r)), r == link.relation)) {
            if (r != link.relation) ctx.doc.edit(okr::setLinkRelation, link.id, r);
            ImGui::CloseCurrentPopup();
        }
        testhook::item(std::string("tree/relation/") + okr::name(r));
    }
    ImGui::EndPopup();
}

}  // namespace

void drawTreeCanvas(Context& ctx) {
    TreeViewState& t = ctx.ui.tree;
    settleSelection(ctx);
    if (t.whatIf) treeFigures().update(ctx.doc.plan(), ctx.doc.revision(), t.whatIfValues);
    canvas::drawToolbar(ctx);

    // The node inspector at the right while one node is selected or what-if is on.
    const bool inspector = (t.selected.size() == 1 || t.whatIf) && !t.inspectorHidden;
    ImVec2 size = ImGui::GetContentRegionAvail();
    const float inspectorWidth =
        inspector ? std::min(ImGui::GetFontSize() * 19, size.x * 0.42f) : 0.0f;
    size.x -= inspector ? inspectorWidth + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    if (size.x < 50 || size.y < 50) return;

    Frame f = beginCanvas(ctx, size);
    if (f.hovered && t.interaction == Interaction::Idle) idle(f);
    const canvas::Marks marks = canvas::marksFor(ctx);
    drawScene(f, marks);
    if (f.hovered && f.under >= 0 && t.interaction == Interaction::Idle) drawCardTooltip(f, marks);
    handleKeys(f);
    recordTestRects(f);
    askRelation(ctx);

    if (inspector) {
        ImGui::SameLine();
        ImGui::BeginChild("inspector", ImVec2(inspectorWidth, size.y), ImGuiChildFlags_Border);
        drawNodeInspector(ctx);
        ImGui::EndChild();
    }
}

}  // namespace panels
