// The driver-tree canvas's toolbar (add a metric, fit, tidy layout, what-if, copy, paste, export)
// and what it shares with the canvas's keys and the File menu: copy and paste of metrics through
// the clipboard, the tree as an SVG download and the canvas as a PNG.
#include <string>
#include <vector>

#include "edit/tree_copy.h"
#include "export/tree_svg.h"
#include "imgui.h"
#include "platform.h"
#include "test_hook.h"
#include "tree_canvas.h"
#include "widgets.h"

namespace panels {

namespace canvas {

void copySelection(const Context& ctx) {
    std::vector<okr::NodeId> ids;
    for (const auto& id : ctx.ui.tree.selected) ids.emplace_back(id);
    ImGui::SetClipboardText(okr::copyNodes(ctx.doc.plan(), ids).c_str());
}

void paste(Context& ctx) {
    const char* text = ImGui::GetClipboardText();
    TreeViewState& t = ctx.ui.tree;
    t.pastedFrom = ctx.doc.plan().tree.nodes.size();
    t.pastePending = true;
    ctx.doc.edit(okr::pasteNodes, std::string(text ? text : ""), okr::Vec2{60, 60});
}

void addMetric(Context& ctx, okr::Vec2 at) {
    TreeViewState& t = ctx.ui.tree;
    const size_t index = ctx.doc.plan().tree.nodes.size();
    t.pastedFrom = index;
    t.pastePending = true;
    ctx.doc.edit(okr::addNode, okr::NodeKind::Driver, std::string("New metric"), at);
    widgets::requestFocus("/tree/nodes/" + std::to_string(index) + "/name", true);
}

void drawToolbar(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
    // A shared plan's tree can be looked at, fitted, tried and copied, not changed.
    const bool edits = !widgets::readOnly();
    if (edits) {
        if (ImGui::Button("+ Metric"))
            canvas::addMetric(ctx, okr::Vec2{-t.pan.x + 40, -t.pan.y + 40});
        testhook::item("tree/add");
        ImGui::SameLine();
    }
    if (ImGui::Button("Fit")) t.fitRequested = true;
    testhook::item("tree/fit");
    ImGui::SameLine();
    if (edits) {
        if (ImGui::Button("Tidy layout")) {
            ctx.doc.beginGroup("Tidy layout");
            for (const auto& np : okr::layoutTree(plan, kCard))
                ctx.doc.edit(okr::moveNode, np.id, np.position);
            ctx.doc.endGroup();
            t.fitAfterEdits = true;
        }
        testhook::item("tree/layout");
        ImGui::SameLine();
    }
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
    if (edits) {
        ImGui::SameLine();
        if (ImGui::Button("Paste")) paste(ctx);
        testhook::item("tree/paste");
    }
    ImGui::SameLine();
    // The inspector can give its room to the drawing (at 1280 it leaves a third of the column).
    if (t.selected.size() == 1 || t.whatIf) {
        if (ImGui::Button(t.inspectorHidden ? "Details ‹" : "Hide details ›"))
            t.inspectorHidden = !t.inspectorHidden;
        testhook::item("tree/inspector");
        ImGui::SameLine();
    }
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
    ImGui::TextDisabled(edits ? "%zu metrics · drag empty space to pan, wheel to zoom, "
                                "double-click to add, drag a card's top dot onto its parent to "
                                "link"
                              : "%zu metrics · drag empty space to pan, wheel to zoom",
                        plan.tree.nodes.size());
}

}  // namespace canvas

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
    ctx.ui.notice(Notice::Kind::Info, "Exported " + name + " to your downloads.", true);
}

}  // namespace panels
