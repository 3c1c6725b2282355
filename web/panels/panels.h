// The panels of the planner, one file each, one small interface: a panel reads the document's
// `const Plan&` (and the analysis), draws, and emits core commands through Document::edit.
//
// Field labels are the JSON pointers of the values they edit ("/objectives/0/keyResults/1/target"),
// the same paths the loader and the rules use, so a violation can point at its field and a test
// can find it (test_hook.h).
#pragma once

#include "document.h"
#include "findings.h"
#include "imgui.h"
#include "ui_state.h"

namespace panels {

struct Context {
    Document& doc;
    UiState& ui;
    const Findings& findings;
};

void drawPlan(Context& ctx);        // plan.cpp: meta, profile, strategy, themes, economics
void drawObjectives(Context& ctx);  // objectives.cpp: objectives, key results, initiatives
void drawViolations(Context& ctx);  // violations.cpp: the live checks, grouped, with fixes
void drawTreeCanvas(Context& ctx);  // tree_canvas.cpp: the driver tree, drawn and edited
// node_inspector.cpp: the selected metric's fields and key results, what-if, lever ranking
void drawNodeInspector(Context& ctx);

// Draws a row of a long list only when it is (or may be) on screen: `draw` runs when the row's
// last known height would be visible or when `mustDraw`; otherwise only its space is kept. Saves
// most of the frame when a plan has dozens of objectives. Defined below.
template <class Draw>
void lazyRow(UiState& ui, const std::string& key, bool mustDraw, Draw&& draw);

// A dot in the colour of the worst violation of an entity, with the messages on hover
// (violations.cpp). Draws nothing (but keeps the space) when the entity has none.
void violationMarker(const Context& ctx, const std::string& entityId, const std::string& label);

template <class Draw>
void lazyRow(UiState& ui, const std::string& key, bool mustDraw, Draw&& draw) {
    auto known = ui.rowHeights.find(key);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    if (!mustDraw && known != ui.rowHeights.end() &&
        !ImGui::IsRectVisible(ImVec2(1.0f, known->second))) {
        ImGui::Dummy(ImVec2(1.0f, known->second > spacing ? known->second - spacing : 0.0f));
        return;
    }
    const float top = ImGui::GetCursorPosY();
    draw();
    ui.rowHeights[key] = ImGui::GetCursorPosY() - top;
}

}  // namespace panels
