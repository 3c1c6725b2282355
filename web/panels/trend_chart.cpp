// A key result's trend, drawn with ImGui's draw lists (no plotting library): the straight line
// from baseline to target over the period (the expected pace), the check-in values, the
// least-squares projection to the deadline (dashed, labelled "projection"), and under it the
// confidence of each check-in on a 0–10 scale with KR-CONFIDENCE-DROP marked where it fired.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "rhythm/rhythm.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

// The chart's colours are the palette's (palette.h), so its lines and its legend read at 4.5:1:
// the value in the info colour, the plan line and labels muted, the projection in the warning
// colour, confidence in the good-news colour and its drops in the error colour; the frame in the
// grid colour, which carries nothing of its own.

void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0) return;
    for (float t = 0; t < length; t += dash * 2) {
        const float e = std::min(t + dash, length);
        dl->AddLine(ImVec2(a.x + dx * t / length, a.y + dy * t / length),
                    ImVec2(a.x + dx * e / length, a.y + dy * e / length), colour, thickness);
    }
}

}  // namespace

void drawTrendChart(const Context& ctx, const okr::Objective& objective, const okr::KeyResult& kr,
                    float height) {
    const palette::Colours& colours = theme::colours();
    const ImU32 grid = theme::u32(colours.grid), muted = theme::u32(colours.muted),
                value = theme::u32(colours.info), projected = theme::u32(colours.warning),
                confidence = theme::u32(colours.success), alertColour = theme::u32(colours.error);
    const okr::PlanMeta& meta = ctx.doc.plan().meta;
    const auto deadline = okr::deadlineOf(kr, meta);
    if (!okr::hasPeriod(meta) || !deadline || *deadline <= *meta.start) {
        ImGui::TextDisabled("No trend: the plan needs a period and the key result a deadline.");
        return;
    }
    const long d0 = meta.start->toDays();
    const long d1 = std::max(deadline->toDays(), meta.end->toDays());
    const okr::Projection projection = okr::project(kr, meta);
    const auto trend = okr::confidenceTrend(kr, meta, okr::styleOf(objective, kr));

    // The value axis spans the baseline, the target, the values and the projection.
    std::vector<std::pair<long, double>> values;
    for (const auto& c : kr.checkins)
        if (c.value && std::isfinite(*c.value)) values.push_back({c.date.toDays(), *c.value});
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    const auto widen = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    if (kr.baseline) widen(*kr.baseline);
    if (kr.target) widen(*kr.target);
    for (const auto& v : values) widen(v.second);
    if (projection.ok) widen(projection.value);
    if (!(lo <= hi)) {
        ImGui::TextDisabled("No values yet: the trend starts with the first check-in.");
        return;
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;

    const float em = ImGui::GetFontSize();
    const float labelWidth = em * 4.5f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float valueHeight = height * 0.62f;
    const float confTop = valueHeight + em * 0.6f;
    const float confHeight = height - confTop - em * 1.2f;
    const float left = origin.x + labelWidth, right = origin.x + width - em * 0.5f;
    const auto xAt = [&](long day) {
        return left + (right - left) * static_cast<float>(day - d0) / static_cast<float>(d1 - d0);
    };
    const auto yValue = [&](double v) {
        return origin.y + valueHeight - static_cast<float>((v - lo) / (hi - lo)) * valueHeight;
    };
    const auto yConf = [&](int c) {
        return origin.y + confTop + confHeight - confHeight * static_cast<float>(c) / 10.0f;
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float thick = std::max(1.0f, em * 0.1f);

    // Frames, week ticks and axis labels.
    dl->AddRect(ImVec2(left, origin.y), ImVec2(right, origin.y + valueHeight), grid);
    dl->AddRect(ImVec2(left, origin.y + confTop), ImVec2(right, origin.y + confTop + confHeight),
                grid);
    const int weeks = okr::weeksInPeriod(meta);
    for (int w = 2; w <= weeks; ++w) {
        const float x = xAt(okr::weekStart(meta, w).toDays());
        dl->AddLine(ImVec2(x, origin.y + valueHeight - em * 0.25f),
                    ImVec2(x, origin.y + valueHeight), grid);
    }
    const auto label = [&](float x, float y, const std::string& text, bool alignRight = false) {
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        dl->AddText(ImVec2(alignRight ? x - size.x : x, y - size.y * 0.5f), muted, text.c_str());
    };
    label(left - em * 0.3f, origin.y + em * 0.4f, okr::formatValue(hi - pad, kr.unit), true);
    label(left - em * 0.3f, origin.y + valueHeight - em * 0.4f, okr::formatValue(lo + pad, kr.unit),
          true);
    label(left - em * 0.3f, origin.y + confTop + confHeight * 0.5f, "conf.", true);
    label(left, origin.y + height - em * 0.5f, meta.start->str());
    label(right, origin.y + height - em * 0.5f, okr::Date::fromDays(d1).str(), true);

    // The expected pace: baseline on the start to target on the deadline.
    const auto startExpected = okr::expectedValue(kr, meta, *meta.start);
    const auto endExpected = okr::expectedValue(kr, meta, *deadline);
    if (startExpected && endExpected) {
        dl->AddLine(ImVec2(xAt(d0), yValue(*startExpected)),
                    ImVec2(xAt(deadline->toDays()), yValue(*endExpected)), muted, thick);
    }
    // The projection, dashed, from the first check-in to the deadline.
    if (projection.ok) {
        const ImVec2 a(xAt(projection.origin.toDays()), yValue(projection.originValue));
        const ImVec2 b(xAt(projection.at.toDays()), yValue(projection.value));
        dashedLine(dl, a, b, projected, thick, em * 0.4f);
        dl->AddCircle(b, em * 0.22f, projected, 12, thick);
        label(b.x - em * 0.4f, b.y - em * 0.75f, "projection", true);
    }
    // The values.
    for (size_t i = 0; i < values.size(); ++i) {
        const ImVec2 p(xAt(values[i].first), yValue(values[i].second));
        if (i > 0)
            dl->AddLine(ImVec2(xAt(values[i - 1].first), yValue(values[i - 1].second)), p, value,
                        thick * 1.5f);
        dl->AddCircleFilled(p, em * 0.18f, value);
    }
    // Confidence, with KR-CONFIDENCE-DROP where it fired.
    for (size_t i = 0; i < trend.size(); ++i) {
        const ImVec2 p(xAt(trend[i].date.toDays()), yConf(trend[i].confidence));
        if (i > 0)
            dl->AddLine(ImVec2(xAt(trend[i - 1].date.toDays()), yConf(trend[i - 1].confidence)), p,
                        confidence, thick);
        const bool alert = trend[i].alert.has_value();
        dl->AddCircleFilled(p, em * (alert ? 0.26f : 0.16f), alert ? alertColour : confidence);
        label(p.x + em * 0.3f, p.y - em * 0.45f, std::to_string(trend[i].confidence));
    }

    ImGui::Dummy(ImVec2(width, height));
    testhook::item("checkin/" + kr.id.value + "/chart");
    // Hover: what each mark is.
    if (ImGui::IsItemHovered()) {
        const ImVec2 m = ImGui::GetMousePos();
        for (const auto& t : trend) {
            if (std::fabs(m.x - xAt(t.date.toDays())) > em * 0.5f) continue;
            std::string tip = t.date.str() + " (week " + std::to_string(t.week) + "): confidence " +
                              std::to_string(t.confidence) + "/10";
            if (t.alert)
                tip += t.alert->kind == okr::ConfidenceAlert::Drop
                           ? "\nKR-CONFIDENCE-DROP: down from " + std::to_string(t.alert->from) +
                                 " on " + t.alert->fromDate.str()
                           : "\nKR-CONFIDENCE-DROP: a committed key result below 7/10";
            ImGui::SetTooltip("%s", tip.c_str());
            break;
        }
    }

    // The legend in words, and the projection's sentence.
    ImGui::TextColored(theme::vec(colours.info), "● value");
    ImGui::SameLine();
    ImGui::TextColored(theme::vec(colours.muted), "— baseline → target");
    ImGui::SameLine();
    ImGui::TextColored(theme::vec(colours.warning), "- - projection");
    ImGui::SameLine();
    ImGui::TextColored(theme::vec(colours.error), "● confidence drop");
    if (projection.ok)
        widgets::textWrapped("%s", projection.label.c_str());
    else
        ImGui::TextDisabled("No projection yet: it needs values on two different days.");
}

}  // namespace panels
