// Plan summary panel: title, client, level and period, strategy and themes, the North Star.
#include "imgui.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "value_text.h"

namespace panels {

namespace {

void labelled(const char* label, const std::string& text) {
    if (text.empty()) return;
    ImGui::TextDisabled("%s", label);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::Spacing();
}

}  // namespace

void drawPlanSummary(const okr::Plan& plan) {
    ImGui::PushFont(theme::headingFont());
    ImGui::TextWrapped("%s", plan.meta.title.empty() ? "Untitled plan" : plan.meta.title.c_str());
    ImGui::PopFont();
    testhook::item("plan/title");
    std::string period = okr::name(plan.meta.level);
    if (plan.meta.start && plan.meta.end)
        period += " · " + plan.meta.start->str() + " to " + plan.meta.end->str();
    ImGui::TextDisabled("%s", period.c_str());
    ImGui::Separator();
    labelled("Client / team", plan.meta.client);
    labelled("Vision", plan.strategy.vision);
    labelled("Strategy", plan.strategy.statement);
    if (!plan.strategy.themes.empty()) {
        ImGui::TextDisabled("Themes");
        for (const auto& t : plan.strategy.themes) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", t.title.c_str());
        }
        ImGui::Spacing();
    }
    for (const auto& node : plan.tree.nodes) {
        if (node.kind != okr::NodeKind::Nsm) continue;
        ImGui::TextDisabled("North Star Metric");
        ImGui::TextWrapped("%s", node.name.c_str());
        if (node.value) ImGui::Text("now %s", okr::formatValue(node.value, node.kpi.unit).c_str());
        testhook::item("plan/nsm");
    }
}

}  // namespace panels
