// App: start-up (example plan, persisted UI scale), shortcuts, the frame's panel layout.
#include "app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "format.h"
#include "imgui.h"
#include "panels/panels.h"
#include "platform.h"
#include "templates.h"
#include "test_hook.h"

namespace {

constexpr const char* kStartupExample = "talentsync";
constexpr const char* kScaleSetting = "okr.uiScale";
constexpr float kMinScale = 0.5f;
constexpr float kMaxScale = 3.0f;

}  // namespace

void App::init() {
    const std::string saved = platform::loadSetting(kScaleSetting);
    if (!saved.empty()) {
        const float s = std::strtof(saved.c_str(), nullptr);
        if (s >= kMinScale && s <= kMaxScale) ui_.userScale = s;
    }
    loadExample(kStartupExample);
}

void App::loadExample(const char* name) {
    const okr::Template* t = okr::findTemplate(name);
    if (!t) {
        ui_.notices.push_back(std::string("The example plan '") + name + "' is not built in.");
        return;
    }
    okr::LoadResult result = okr::loadPlan(t->json);
    for (const auto& p : result.problems) ui_.notices.push_back(p.path + ": " + p.message);
    if (result.plan) {
        plan_ = std::move(*result.plan);
        ui_.planSource = std::string("example: ") + name;
    }
}

void App::setUserScale(float scale) {
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (scale == ui_.userScale) return;
    ui_.userScale = scale;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", scale);
    platform::saveSetting(kScaleSetting, buf);
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl && !io.KeySuper) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, false))
        setUserScale(ui_.userScale + 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false))
        setUserScale(ui_.userScale - 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_0, false)) setUserScale(1.0f);
}

void App::draw(float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Planner", nullptr, flags);

    if (ImGui::BeginMenuBar()) {
        if (ImGui::BeginMenu("View")) {
            testhook::item("menu/view");
            if (ImGui::MenuItem("Larger text", "Ctrl+=")) setUserScale(ui_.userScale + 0.1f);
            if (ImGui::MenuItem("Smaller text", "Ctrl+-")) setUserScale(ui_.userScale - 0.1f);
            if (ImGui::MenuItem("Reset text size", "Ctrl+0")) setUserScale(1.0f);
            ImGui::EndMenu();
        } else {
            testhook::item("menu/view");
        }
        ImGui::TextDisabled("%s", ui_.planSource.c_str());
        ImGui::EndMenuBar();
    }

    for (const auto& notice : ui_.notices)
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", notice.c_str());

    const float sideWidth = std::max(ImGui::GetContentRegionAvail().x * 0.32f, 240.0f);
    ImGui::BeginChild("plan", ImVec2(sideWidth, 0), ImGuiChildFlags_Border);
    panels::drawPlanSummary(plan_);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("objectives", ImVec2(0, 0), ImGuiChildFlags_Border);
    panels::drawObjectives(plan_);
    ImGui::EndChild();

    ImGui::End();
}

std::string App::stateJson(float pixelRatio) const {
    nlohmann::json state;
    state["plan"] = nlohmann::json::parse(okr::savePlan(plan_));
    state["ui"] = {{"userScale", ui_.userScale},
                   {"pixelRatio", pixelRatio},
                   {"planSource", ui_.planSource},
                   {"notices", ui_.notices}};
    return state.dump();
}
