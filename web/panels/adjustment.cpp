// Mid-quarter adjustments (S2 "handling surprises", S4 "adjusting mid-quarter"): a dialog to
// pause, pivot or persist an objective or key result with its reason and cause — external change
// or execution shortfall, with S4's caution for the latter — and the log. A pivot keeps the
// original target beside the new one. The dialog only becomes applyAdjustment once it is complete.
#include <string>

#include "edit/rhythm_commands.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "plain_words.h"
#include "rhythm/rhythm.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

std::string targetName(const okr::Plan& plan, okr::TargetKind kind, const std::string& id) {
    if (kind == okr::TargetKind::KeyResult) {
        const okr::KeyResult* kr = okr::findKeyResult(plan, okr::KeyResultId(id));
        return kr ? "Key result: " + kr->title : "Key result " + id;
    }
    const okr::Objective* o = okr::findObjective(plan, okr::ObjectiveId(id));
    return o ? "Objective: " + o->title : "Objective " + id;
}

template <class E>
void radio(const char* text, const char* label, E value, E& current) {
    if (ImGui::RadioButton(text, current == value)) current = value;
    testhook::item(label);
}

}  // namespace

void requestAdjustment(UiState& ui, okr::TargetKind kind, const std::string& id) {
    RhythmViewState& r = ui.rhythm;
    r.adjustOpen = true;
    r.adjustKind = kind;
    r.adjustId = id;
    r.adjustAction = okr::AdjustmentAction::Persist;
    r.adjustCause = okr::AdjustmentCause::External;
    r.adjustReason.clear();
    r.adjustNewTarget.reset();
    r.adjustError.clear();
}

void drawAdjustmentDialog(Context& ctx) {
    RhythmViewState& r = ctx.ui.rhythm;
    const okr::Plan& plan = ctx.doc.plan();
    const char* title = "Adjust mid-quarter";
    if (r.adjustOpen && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const bool onKr = r.adjustKind == okr::TargetKind::KeyResult;
    const okr::KeyResult* kr =
        onKr ? okr::findKeyResult(plan, okr::KeyResultId(r.adjustId)) : nullptr;
    widgets::textWrapped("%s", targetName(plan, r.adjustKind, r.adjustId).c_str());
    ImGui::Separator();
    ImGui::TextDisabled("Response");
    radio("Persist", "adjust/persist", okr::AdjustmentAction::Persist, r.adjustAction);
    ImGui::SameLine();
    radio("Pause", "adjust/pause", okr::AdjustmentAction::Pause, r.adjustAction);
    ImGui::SameLine();
    radio("Pivot", "adjust/pivot", okr::AdjustmentAction::Pivot, r.adjustAction);
    ImGui::SameLine();
    radio("Retire", "adjust/retire", okr::AdjustmentAction::Retire, r.adjustAction);
    if (r.adjustAction == okr::AdjustmentAction::Retire ||
        r.adjustAction == okr::AdjustmentAction::Pause)
        ImGui::TextDisabled(r.adjustAction == okr::AdjustmentAction::Retire
                                ? "Leaves the score, the check-ins and the at-risk list."
                                : "Leaves the check-ins and the at-risk list until a persist.");
    // S4's questions before adjusting.
    for (const std::string& q : okr::adjustmentQuestions()) {
        ImGui::Bullet();
        widgets::textWrapped("%s", q.c_str());
    }
    ImGui::TextDisabled("Cause");
    radio("External change", "adjust/external", okr::AdjustmentCause::External, r.adjustCause);
    ImGui::SameLine();
    radio("Execution shortfall", "adjust/execution", okr::AdjustmentCause::Execution,
          r.adjustCause);
    if (r.adjustAction == okr::AdjustmentAction::Pivot && kr) {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Target %s → new target", okr::formatValue(kr->target, kr->unit).c_str());
        ImGui::SameLine();
        std::optional<double> number;
        if (widgets::optionalNumber(ctx.doc, nullptr, "adjust/newTarget", r.adjustNewTarget, number,
                                    ImGui::GetFontSize() * 6))
            r.adjustNewTarget = number;
        ImGui::TextDisabled("The original target stays in the log beside the new one.");
    }
    std::string text;
    ImGui::TextDisabled("Reason (required)");
    if (widgets::multiline(ctx.doc, nullptr, "adjust/reason", r.adjustReason, text, 3))
        r.adjustReason = text;

    const okr::Adjustment adjustment = okr::makeAdjustment(
        plan, r.adjustKind, r.adjustId, r.adjustAction, r.adjustCause, r.adjustReason, ctx.today,
        r.adjustAction == okr::AdjustmentAction::Pivot && onKr ? r.adjustNewTarget : std::nullopt);
    const std::string advice = okr::adjustmentAdvice(adjustment);
    if (!advice.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::vec(theme::colours().warning));
        widgets::textWrapped("%s", advice.c_str());
        ImGui::PopStyleColor();
        testhook::item("adjust/advice");
    }
    if (!r.adjustError.empty()) {
        ImGui::TextColored(theme::vec(theme::colours().error), "%s", r.adjustError.c_str());
        testhook::item("adjust/error");
    }
    if (ImGui::Button("Record adjustment")) {
        if (r.adjustReason.find_first_not_of(" \t\r\n") == std::string::npos)
            r.adjustError = "Write the reason: what changed, and why this response.";
        else if (r.adjustAction == okr::AdjustmentAction::Pivot && onKr && !r.adjustNewTarget)
            r.adjustError = "A pivot of a key result needs its new target.";
        else {
            ctx.doc.edit(okr::applyAdjustment, adjustment);
            r.adjustOpen = false;
            ImGui::CloseCurrentPopup();
        }
    }
    testhook::item("adjust/apply");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        r.adjustOpen = false;
        ImGui::CloseCurrentPopup();
    }
    testhook::item("adjust/cancel");
    ImGui::EndPopup();
}

void drawAdjustmentLog(const Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Adjustment log (%zu)", plan.adjustments.size());
    ImGui::PopFont();
    if (plan.adjustments.empty()) {
        ImGui::TextDisabled("No mid-quarter adjustments yet.");
        return;
    }
    for (size_t i = 0; i < plan.adjustments.size(); ++i) {
        const okr::Adjustment& a = plan.adjustments[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::Text(
            "%s · %s · %s", a.date.str().c_str(), words::shown(okr::name(a.action)),
            a.cause == okr::AdjustmentCause::External ? "external change" : "execution shortfall");
        testhook::item("adjustment/" + a.id.value);
        widgets::textWrapped("%s", targetName(plan, a.targetKind, a.targetId).c_str());
        if (a.originalTarget || a.newTarget) {
            const okr::KeyResult* kr = okr::findKeyResult(plan, okr::KeyResultId(a.targetId));
            const std::string unit = kr ? kr->unit : "";
            ImGui::Text("Original target %s → new target %s",
                        okr::formatValue(a.originalTarget, unit).c_str(),
                        okr::formatValue(a.newTarget, unit).c_str());
        }
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        widgets::textWrapped("%s", a.reason.c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

}  // namespace panels
