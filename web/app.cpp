// App: the frame order and the layout of the planner's window; everything else is in the files
// app.h names.
//
// Frame order (main.cpp, once per animation frame):
//   0. widgets::holdTyping()  what is typed for a field that asked for the keyboard and is not
//                         yet being edited is kept for it (widgets.h)
//   1. handleShortcuts()  the menus' keyboard shortcuts (menu_bar.cpp), F5 for projector mode
//   2. draw()             the window: in projector mode the presentation alone (projector.cpp);
//                         else the menu bar, the notices, three columns — plan | objectives, the
//                         driver tree or a rhythm view | checks — and the adjustment dialog; then a
//                         requested next quarter is started, the Drafts window and the dialogs
//                         drawn. Panels read the plan and queue edits in the Document.
//   3. ImGui::Render()    (main.cpp)
//   4. endFrame()         the queued edits applied (Document::applyEdits, which also ends a typing
//                         burst), the plan re-analysed when it changed, then the session's work:
//                         a refusal said, autosave, the page's title and unsaved warning.
//   5. the frame drawn on the canvas (main.cpp)
//   6. afterRender()      the driver tree's PNG, when asked for, taken from those pixels.
#include "app.h"

#include <algorithm>
#include <cstdio>

#include "analysis/learned.h"
#include "dialogs.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "menu_bar.h"
#include "test_hook.h"
#include "test_state.h"
#include "widgets.h"

namespace {

// Projector mode's scale for a canvas 1080 device pixels high (or 1920 wide): body text of 44 px,
// readable from the back of a meeting room; other sizes scale with the canvas.
constexpr float kProjectorScaleAt1080 = 2.6f;
constexpr float kProjectorMaxScale = 4.0f;
// Co-drafting on the wall: body text of 34 px on a 1080-pixel-high screen.
constexpr float kCoDraftScaleAt1080 = 2.0f;

// A tab of the middle column, drawn pressed while it is the one shown.
bool tabButton(const char* text, bool active, const char* label) {
    if (active)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool clicked = ImGui::Button(text);
    if (active) ImGui::PopStyleColor();
    testhook::item(label);
    return clicked;
}

}  // namespace

void App::init() {
    today_ = platform::today();
    menus::loadUserScale(ui_);
    session_.start();
}

panels::Context App::context() {
    return panels::Context{doc_, ui_, findings_, okr::Date::parse(today_).value_or(okr::Date{})};
}

float App::displayScale(float pixelRatio, float deviceWidth, float deviceHeight) const {
    if (!ui_.projector.on && !ui_.coDraft) return pixelRatio * ui_.userScale;
    // Drafting on the wall takes most of the projector's size: fields and the checks beside them
    // must still fit a 1920-wide screen.
    const float room = ui_.projector.on ? kProjectorScaleAt1080 : kCoDraftScaleAt1080;
    const float fit = std::min(deviceHeight / 1080.0f, deviceWidth / 1920.0f);
    return std::clamp(fit * room, std::min(pixelRatio, kProjectorMaxScale), kProjectorMaxScale);
}

bool App::wantsFrames() const {
    return !doc_.stored() || !widgets::focusedLabel().empty() || !widgets::activeLabel().empty() ||
           ui_.tree.pngFrames > 0 || (ui_.projector.on && ui_.projector.timerRunning) ||
           ui_.rhythm.timerRunning;
}

void App::handleShortcuts() {
    panels::Context ctx = context();
    menus::handleShortcuts(session_, ctx);
}

void App::draw(float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Planner", nullptr, ui_.projector.on ? flags & ~ImGuiWindowFlags_MenuBar : flags);
    widgets::setReadOnly(doc_.readOnly());
    if (session_.takeReplaced()) {
        // A field being typed into belonged to the previous plan: drop its edit, or it would be
        // written into the new one.
        ImGui::ClearActiveID();
        ImGui::GetCurrentContext()->InputTextDeactivatedState.ID = 0;
    }
    findings_.watchTyping(doc_.plan(), widgets::activeLabel());
    findings_.update(doc_.plan(), doc_.revision(), today_);
    panels::Context ctx = context();
    if (ui_.projector.on) {
        panels::drawProjector(ctx);
        ImGui::End();
        return;
    }
    menus::drawMenuBar(session_, ctx);
    dialogs::drawNotices(session_, ctx);

    const float avail = ImGui::GetContentRegionAvail().x;
    const float planWidth = ui_.coDraft ? 0.0f : std::max(avail * 0.24f, 240.0f);
    // Client view gives the checks' column to the objectives.
    const float checksWidth = ui_.clientView ? 0.0f : std::max(avail * 0.26f, 260.0f);
    // A shared plan's fields are shown disabled (the document refuses edits anyway); the view
    // tabs, the tree's pan and zoom and the checks stay usable.
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 0.7f);
    if (!ui_.coDraft) {
        ImGui::BeginChild("plan", ImVec2(planWidth, 0), ImGuiChildFlags_Border);
        ImGui::BeginDisabled(doc_.readOnly());
        panels::drawPlan(ctx);
        ImGui::EndDisabled();
        ImGui::EndChild();
        ImGui::SameLine();
    }
    const float gaps =
        ImGui::GetStyle().ItemSpacing.x * ((ui_.clientView ? 0 : 1) + (ui_.coDraft ? 0 : 1));
    ImGui::BeginChild("objectives", ImVec2(avail - planWidth - checksWidth - gaps, 0),
                      ImGuiChildFlags_Border);
    drawMiddleColumn(ctx);
    ImGui::EndChild();
    if (!ui_.clientView) {
        ImGui::SameLine();
        ImGui::BeginChild("checks", ImVec2(0, 0), ImGuiChildFlags_Border);
        panels::drawViolations(ctx);
        ImGui::EndChild();
    }
    ImGui::PopStyleVar();
    panels::drawAdjustmentDialog(ctx);
    ImGui::End();

    if (ui_.rhythm.nextQuarterRequested) session_.startNextQuarter();

    dialogs::drawDrafts(session_, ctx);
    dialogs::drawDialogs(session_, ctx);
}

void App::drawMiddleColumn(panels::Context& ctx) {
    // The objectives or the driver tree; the quarter's rhythm views take the column over until
    // another tab is chosen.
    using Rhythm = RhythmViewState::View;
    RhythmViewState& rhythm = ui_.rhythm;
    const bool planView = rhythm.view == Rhythm::None;
    if (tabButton("Objectives", planView && !ui_.showTree && !ui_.showCascade, "tab/objectives")) {
        ui_.showTree = ui_.showCascade = false;
        rhythm.view = Rhythm::None;
    }
    ImGui::SameLine();
    if (tabButton("Driver tree", planView && ui_.showTree, "tab/tree")) {
        ui_.showTree = true;
        ui_.showCascade = false;
        rhythm.view = Rhythm::None;
    }
    ImGui::SameLine();
    if (tabButton("Cascade", planView && ui_.showCascade && !ui_.showTree, "tab/cascade")) {
        ui_.showCascade = true;
        ui_.showTree = false;
        rhythm.view = Rhythm::None;
    }
    const struct {
        const char* text;
        Rhythm view;
        const char* label;
    } rhythmTabs[] = {{"Check-ins", Rhythm::Checkins, "tab/checkins"},
                      {"At risk", Rhythm::AtRisk, "tab/risk"},
                      {"Scoring", Rhythm::Scoring, "tab/scoring"}};
    for (const auto& tab : rhythmTabs) {
        ImGui::SameLine();
        if (tabButton(tab.text, rhythm.view == tab.view, tab.label)) rhythm.view = tab.view;
    }
    if (rhythm.view == Rhythm::Checkins) {
        panels::drawCheckins(ctx);
    } else if (rhythm.view == Rhythm::AtRisk) {
        panels::drawAtRisk(ctx);
    } else if (rhythm.view == Rhythm::Scoring) {
        panels::drawScoring(ctx);
    } else if (ui_.showTree) {
        panels::drawTreeCanvas(ctx);
    } else if (ui_.showCascade) {
        panels::drawCascade(ctx);
    } else {
        ImGui::BeginChild("objectiveList");
        ImGui::BeginDisabled(doc_.readOnly());
        panels::drawObjectives(ctx);
        ImGui::EndDisabled();
        ImGui::EndChild();
    }
}

void App::onReaderModel(const platform::FileDrop& file) {
    std::string error = file.error;
    if (error.empty() && okr::loadLearnedModel(file.text, &error)) {
        findings_.forget();
        findings_.update(doc_.plan(), doc_.revision(), today_);
        return;
    }
    // The checks go on with the rules alone: every finding they make is still right.
    std::fprintf(stderr, "okr: the learned reader could not be loaded: %s\n", error.c_str());
}

void App::endFrame() {
    doc_.applyEdits();
    findings_.watchTyping(doc_.plan(), widgets::activeLabel());
    findings_.update(doc_.plan(), doc_.revision(), today_);
    session_.afterEdits();
}

void App::afterRender() {
    panels::Context ctx = context();
    panels::takeTreePng(ctx);
}

std::string App::stateJson(float pixelRatio) const {
    return testStateJson(doc_, ui_, findings_, session_, pixelRatio);
}
