// The stretch target calculator of the key result editor (S3 §3): from the metric's mean µ and
// its variation σ — typed, or computed from the key result's recorded weekly values — the targets
// at µ + 1σ, 1.5σ and 2σ (µ − kσ for a metric that should fall), which S3 calls right for a noisy
// or a stable metric, and a click that makes one the target (setKeyResultTarget).
#include <cmath>
#include <string>
#include <vector>

#include "analysis/rules.h"
#include "analysis/score.h"
#include "analysis/sentence.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "test_hook.h"
#include "widgets.h"

namespace panels {

void drawStretchCalculator(Context& ctx, const okr::KeyResult& kr, const std::string& path) {
    if (kr.kind != okr::KrKind::Metric) return;
    RhythmViewState& r = ctx.ui.rhythm;
    if (r.stretchKr != kr.id.value) {
        r.stretchKr = kr.id.value;
        r.stretchMu.reset();
        r.stretchSigma.reset();
    }
    const bool open = ImGui::TreeNode("Stretch target calculator");
    testhook::item(path + "/stretch");
    if (!open) return;
    const float em = ImGui::GetFontSize();
    std::optional<double> number;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("µ");
    ImGui::SameLine();
    if (widgets::optionalNumber(ctx.doc, nullptr, path + "/stretch/mu", r.stretchMu, number,
                                em * 5))
        r.stretchMu = number;
    ImGui::SameLine();
    ImGui::TextDisabled("σ");
    ImGui::SameLine();
    if (widgets::optionalNumber(ctx.doc, nullptr, path + "/stretch/sigma", r.stretchSigma, number,
                                em * 5))
        r.stretchSigma = number;
    ImGui::SameLine();
    std::vector<double> values;
    for (const auto& c : kr.checkins)
        if (c.value && std::isfinite(*c.value)) values.push_back(*c.value);
    ImGui::BeginDisabled(values.size() < 2);
    if (ImGui::SmallButton("From the weekly values")) {
        double sum = 0;
        for (double v : values) sum += v;
        const double mu = sum / static_cast<double>(values.size());
        double squares = 0;
        for (double v : values) squares += (v - mu) * (v - mu);
        r.stretchMu = mu;
        r.stretchSigma = std::sqrt(squares / static_cast<double>(values.size() - 1));
    }
    ImGui::EndDisabled();
    testhook::item(path + "/stretch/fromValues");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        if (values.size() < 2)
            ImGui::SetTooltip("Needs two or more recorded values");
        else
            ImGui::SetTooltip("Mean and sample standard deviation of %zu values", values.size());
    }
    if (!r.stretchMu || !r.stretchSigma || *r.stretchSigma <= 0) {
        ImGui::TextDisabled("Type µ and a σ above 0, or compute them from the recorded values.");
        ImGui::TreePop();
        return;
    }
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Direction direction = okr::directionOf(
        kr, okr::parseKrSentence(kr.title, okr::SentenceContext{plan.meta.start, plan.meta.end})
                .direction);
    const okr::Stretch s =
        okr::stretchTargets(*r.stretchMu, *r.stretchSigma, direction,
                            okr::resolveThresholds(plan.rules)[okr::ThresholdId::NoisyVariation]);
    const struct {
        const char* k;
        double value;
        bool right;
    } options[] = {{"1σ", s.k1, s.noisy}, {"1.5σ", s.k15, s.noisy}, {"2σ", s.k2, !s.noisy}};
    for (const auto& o : options) {
        const std::string text =
            std::string(direction == okr::Direction::Decrease ? "µ − " : "µ + ") + o.k + ": " +
            okr::formatValue(o.value, kr.unit) + "##" + o.k;
        if (o.right) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.78f, 0.9f, 0.8f, 1));
        if (ImGui::Button(text.c_str())) ctx.doc.edit(okr::setKeyResultTarget, kr.id, o.value);
        if (o.right) ImGui::PopStyleColor();
        testhook::item(path + "/stretch/" + o.k);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Make this the target");
        ImGui::SameLine();
    }
    ImGui::NewLine();
    widgets::textWrapped(
        "%s (σ is %.0f%% of µ.) Green: what S3 calls right. A click sets the target.", s.advice,
        std::fabs(*r.stretchMu) > 0 ? 100.0 * *r.stretchSigma / std::fabs(*r.stretchMu) : 0.0);
    ImGui::TreePop();
}

}  // namespace panels
