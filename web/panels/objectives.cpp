// Objectives panel: every objective with its owner and style, and a table of its key results
// (baseline → target, owner, due date).
#include "imgui.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "value_text.h"

namespace panels {

namespace {

void drawKeyResults(const okr::Objective& objective) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(objective.id.value.c_str(), 4, flags)) return;
    ImGui::TableSetupColumn("Key result", ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn("Baseline → target", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (const auto& kr : objective.keyResults) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", kr.title.c_str());
        testhook::item("kr/" + kr.id.value + "/title");
        ImGui::TableNextColumn();
        if (kr.kind == okr::KrKind::Milestone) {
            ImGui::TextUnformatted(kr.done ? "done" : "milestone");
        } else {
            const std::string range = okr::formatValue(kr.baseline, kr.unit) + " → " +
                                      okr::formatValue(kr.target, kr.unit);
            ImGui::TextWrapped("%s", range.c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", kr.owner.empty() ? "—" : kr.owner.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(kr.due ? kr.due->str().c_str() : "—");
    }
    ImGui::EndTable();
}

}  // namespace

void drawObjectives(const okr::Plan& plan) {
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Objectives (%zu)", plan.objectives.size());
    ImGui::PopFont();
    int index = 0;
    for (const auto& objective : plan.objectives) {
        ImGui::PushID(objective.id.value.c_str());
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::PushFont(theme::headingFont());
        ImGui::TextWrapped("O%d  %s", ++index, objective.title.c_str());
        ImGui::PopFont();
        testhook::item("objective/" + objective.id.value + "/title");
        ImGui::TextDisabled("%s · %s · owner: %s", okr::name(objective.level),
                            okr::name(objective.style),
                            objective.owner.empty() ? "none" : objective.owner.c_str());
        drawKeyResults(objective);
        ImGui::PopID();
    }
}

}  // namespace panels
