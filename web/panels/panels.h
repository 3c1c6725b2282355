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
#include "platform.h"
#include "ui_state.h"

namespace panels {

struct Context {
    Document& doc;
    UiState& ui;
    const Findings& findings;
    okr::Date today = {};  // the local date at start-up (App), for the week and the at-risk list
};

void drawPlan(Context& ctx);        // plan.cpp: meta, profile, strategy, themes, economics
void drawObjectives(Context& ctx);  // objectives.cpp: objectives, key results, initiatives
void drawViolations(Context& ctx);  // violations.cpp: the live checks, grouped, with fixes
void drawTreeCanvas(Context& ctx);  // tree_canvas.cpp: the driver tree, drawn and edited
void drawCascade(Context& ctx);     // cascade.cpp: company objectives and the team ones under them
// tree_canvas.cpp: the tree as an SVG download (returns the file's name), and after the frame is
// drawn, the PNG of the canvas the toolbar asked for.
std::string exportTreeSvg(const Context& ctx);
void takeTreePng(Context& ctx);

// projector.cpp: projector mode, the plan presented to a room, read only. enterProjector asks
// for full screen; drawProjector draws the whole window while the mode is on and leaves it (and
// full screen) on Esc, "Leave" or when the browser leaves full screen.
void enterProjector(UiState& ui);
void drawProjector(Context& ctx);

// share.cpp: File → "Copy share link" asks the page for a link and opens the dialog; the page's
// answer arrives in receiveShareLink. The banner over a plan opened from a share link (true:
// "Make an editable copy" was clicked) and the dialog (true: "Download the file" instead was
// clicked).
void requestShareLink(Context& ctx);
void receiveShareLink(UiState& ui, const platform::ShareLink& link);
bool drawSharedBanner(Context& ctx);
// The banner of a planner framed by another site; true when "Open in its own tab" was clicked.
bool drawFramedBanner(Context& ctx);
bool drawShareDialog(Context& ctx);
// import.cpp: OKRs brought in from a spreadsheet's rows or a written list. openImport reads
// `text` (from `source`: a file's name, "pasted text", or "" for an empty paste box) and opens
// the window; drawImport shows what it gives, lets each column's role be changed, and adds it to
// the plan as one undo step — or returns true when "Open as a new plan" was clicked (the caller
// then opens importedPlan of ui.importing.result).
void openImport(UiState& ui, std::string source, std::string text, okr::Date today);
bool drawImport(Context& ctx);
void drawCheckins(Context& ctx);  // checkins.cpp: the weekly check-in table with trends
void drawAtRisk(Context& ctx);    // meeting.cpp: what is at risk, the agenda and its timer
void drawScoring(Context& ctx);   // scoring.cpp: scores, overrides, retrospective, next quarter

// node_inspector.cpp: the selected metric's fields and key results, what-if, lever ranking
void drawNodeInspector(Context& ctx);

// The quarter's rhythm (checkins.cpp): the week the views look at (the chosen one, else today's
// when today lies in the period, else the latest week with a check-in) and the day they judge
// "at risk" on (today, or the end of that week when today is outside the period).
int rhythmWeek(const Context& ctx);
okr::Date rhythmAsOf(const Context& ctx);

// A key result's trend (trend_chart.cpp): value against the line from baseline to target, the
// projection dashed to the deadline, confidence under it, KR-CONFIDENCE-DROP marked.
void drawTrendChart(const Context& ctx, const okr::Objective& objective, const okr::KeyResult& kr,
                    float height);

// Mid-quarter adjustments (adjustment.cpp): open the dialog for an objective or key result; the
// dialog itself is drawn once a frame by the app; the log as a list.
void requestAdjustment(UiState& ui, okr::TargetKind kind, const std::string& id);
void drawAdjustmentDialog(Context& ctx);
void drawAdjustmentLog(const Context& ctx);

// The stretch calculator of the key result editor (stretch.cpp): µ and σ typed or computed from
// the recorded weekly values, targets at 1, 1.5 and 2 σ, a click sets the target.
void drawStretchCalculator(Context& ctx, const okr::KeyResult& kr, const std::string& path);

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
    const auto skip = [spacing](float height) {
        ImGui::Dummy(ImVec2(1.0f, height > spacing ? height - spacing : 0.0f));
    };
    if (!mustDraw && known != ui.rowHeights.end() &&
        !ImGui::IsRectVisible(ImVec2(1.0f, known->second))) {
        skip(known->second);
        return;
    }
    // A row never drawn yet that starts below the window keeps the last measured row's height
    // until it scrolls into view: opening a plan of thousands of rows draws a screenful, not all.
    if (!mustDraw && known == ui.rowHeights.end() && ui.lastRowHeight > 0.0f &&
        ImGui::GetCursorScreenPos().y > ImGui::GetWindowPos().y + ImGui::GetWindowHeight()) {
        skip(ui.lastRowHeight);
        return;
    }
    const float top = ImGui::GetCursorPosY();
    draw();
    ui.lastRowHeight = ui.rowHeights[key] = ImGui::GetCursorPosY() - top;
}

}  // namespace panels
