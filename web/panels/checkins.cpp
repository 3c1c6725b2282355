// Check-ins panel: the weekly table of S4's tracking sheet. One row per key result with last
// week's value and confidence beside this week's inputs (value, confidence 0–10, blockers,
// note); each entry is recordCheckin (typing in a row is one undo step). A row without a check-in
// this week says so, and KR-STALE's test marks the ones left alone for more than a week. Each row
// opens its trend chart and the adjustment dialog.
#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/rules.h"
#include "edit/rhythm_commands.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "rhythm/rhythm.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

int rhythmWeek(const Context& ctx) {
    const okr::PlanMeta& meta = ctx.doc.plan().meta;
    const int weeks = okr::weeksInPeriod(meta);
    if (weeks == 0) return 0;
    const int chosen = ctx.ui.rhythm.week;
    if (chosen >= 1 && chosen <= weeks) return chosen;
    if (meta.start && meta.end && *meta.start <= ctx.today && ctx.today <= *meta.end)
        return okr::weekOf(meta, ctx.today);
    // Today lies outside the period (a plan reviewed after its quarter, or drafted before it):
    // the latest week anyone checked in is the one worth looking at.
    int latest = 0;
    for (const auto& o : ctx.doc.plan().objectives)
        for (const auto& kr : o.keyResults)
            for (const auto& c : kr.checkins)
                if (*meta.start <= c.date && c.date <= *meta.end)
                    latest = std::max(latest, okr::weekOf(meta, c.date));
    return latest > 0 ? latest : okr::weekOf(meta, ctx.today);
}

okr::Date rhythmAsOf(const Context& ctx) {
    const okr::PlanMeta& meta = ctx.doc.plan().meta;
    const int week = rhythmWeek(ctx);
    if (week == 0 || okr::inWeek(meta, ctx.today, week)) return ctx.today;
    return okr::weekEnd(meta, week);
}

namespace {

// The confidence being typed into a row, and the row whose last typed confidence was not a whole
// number from 0 to 10 (not recorded; said beside the field until the next entry).
struct ConfidenceDraft {
    std::string path;
    std::optional<double> value;
};
ConfidenceDraft gConfidence;
std::string gBadConfidence;

std::string valueText(const std::optional<okr::Checkin>& c, const std::string& unit) {
    if (!c) return "—";
    std::string s = c->value ? okr::formatValue(*c->value, unit) : std::string();
    if (c->confidence) s += (s.empty() ? "" : " · ") + std::to_string(*c->confidence) + "/10";
    return s.empty() ? "—" : s;
}

// The target a pivot replaced, shown beside the new one.
std::optional<double> originalTarget(const okr::Plan& plan, const okr::KeyResult& kr) {
    for (const auto& a : plan.adjustments)
        if (a.targetKind == okr::TargetKind::KeyResult && a.targetId == kr.id.value &&
            a.action == okr::AdjustmentAction::Pivot && a.originalTarget)
            return a.originalTarget;
    return std::nullopt;
}

// `staleOn`: KR-STALE is not switched off for the plan (a switched-off rule is silent here too).
void drawRow(Context& ctx, const okr::Objective& objective, const okr::KeyResult& kr,
             const okr::CheckinRow& row, const std::string& krLabel, bool staleOn) {
    const okr::Plan& plan = ctx.doc.plan();
    const std::string path = "checkin/" + kr.id.value;
    ImGui::PushID(kr.id.value.c_str());
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(theme::strongFont());
    ImGui::TextUnformatted(krLabel.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    const float buttons = ImGui::GetFontSize() * 8.0f;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - buttons);
    widgets::textWrapped("%s", kr.title.empty() ? "(untitled key result)" : kr.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons);
    const bool open = ctx.ui.rhythm.openTrend == kr.id.value;
    if (open)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton("Trend")) ctx.ui.rhythm.openTrend = open ? "" : kr.id.value;
    if (open) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(open ? "Hide the trend" : "Show the trend");
    testhook::item(path + "/trend");
    if (!widgets::readOnly()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Adjust…"))
            requestAdjustment(ctx.ui, okr::TargetKind::KeyResult, kr.id.value);
        testhook::item(path + "/adjust");
    }

    // Where it stands: owner, baseline → target (with a pivot's original), last week.
    std::string stand = kr.owner.empty() ? std::string("no owner") : kr.owner;
    if (kr.kind == okr::KrKind::Metric) {
        stand += " · " + okr::formatValue(kr.baseline, kr.unit) + " → " +
                 okr::formatValue(kr.target, kr.unit);
        if (auto was = originalTarget(plan, kr))
            stand += " (originally " + okr::formatValue(*was, kr.unit) + ")";
    }
    stand += " · last: " + valueText(row.previous, kr.unit);
    if (row.previous && row.previousWeek > 0)
        stand += " (week " + std::to_string(row.previousWeek) + ")";
    ImGui::TextDisabled("%s", stand.c_str());

    const okr::Date asOf = rhythmAsOf(ctx);
    const auto stale = staleOn ? okr::staleness(kr, plan.meta, asOf) : std::nullopt;
    // The line is there whether or not this week is checked in, and beside the standing or under
    // it by the longest it can be, so that entering a value never moves the rows below under the
    // pointer.
    std::string mark = row.missing() ? "no check-in this week" : "";
    if (stale)
        mark += std::string(mark.empty() ? "" : " · ") + "stale: " +
                (stale->last ? std::to_string(stale->days) + " days since the last check-in"
                             : std::string("no check-in yet this period"));
    const bool done = mark.empty();
    if (done) mark = "checked in this week";
    ImGui::SameLine();
    if (ImGui::CalcTextSize("no check-in this week · stale: 99 days since the last check-in").x >
        ImGui::GetContentRegionAvail().x)
        ImGui::NewLine();
    const palette::Colours& p = theme::colours();
    const ImVec4 colour = theme::vec(done ? p.success : stale ? p.warning : p.muted);
    ImGui::TextColored(colour, "%s", mark.c_str());
    testhook::item(path + (done ? "/checkedIn" : "/status"));

    // This week's inputs; each change records the whole row again (one step per row).
    okr::CheckinInput input;
    if (row.current) {
        input.value = row.current->value;
        input.confidence = row.current->confidence;
        input.blockers = row.current->blockers;
        input.note = row.current->note;
    }
    const int week = row.week;
    const auto record = [&](const okr::CheckinInput& in) {
        ctx.doc.edit(okr::recordCheckin, kr.id, week, in, ctx.today);
    };
    const float em = ImGui::GetFontSize();
    ImGui::BeginDisabled(widgets::readOnly());
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Value");
    ImGui::SameLine();
    std::optional<double> number;
    if (widgets::optionalNumber(ctx.doc, nullptr, path + "/value", input.value, number, em * 5)) {
        okr::CheckinInput in = input;
        in.value = number;
        record(in);
    }
    ImGui::SameLine();
    if (!kr.unit.empty()) {
        ImGui::TextDisabled("%s", kr.unit.c_str());
        ImGui::SameLine();
    }
    ImGui::TextDisabled("Confidence");
    ImGui::SameLine();
    std::optional<double> confidence =
        input.confidence ? std::optional<double>(*input.confidence) : std::nullopt;
    // Recorded when the field is left, not per keystroke: typing "10" would record a 1 first.
    if (widgets::optionalNumber(ctx.doc, nullptr, path + "/confidence", confidence, number, em * 3))
        gConfidence = {path, number};
    else if (ImGui::IsItemEdited())  // typed back to the recorded value, or not a number yet
        gConfidence = {path, confidence};
    if (ImGui::IsItemDeactivatedAfterEdit() && gConfidence.path == path) {
        const std::optional<double> typed = gConfidence.value;
        gConfidence = {};
        if (typed && (*typed < 0 || *typed > 10 || std::floor(*typed) != *typed)) {
            gBadConfidence = path;
        } else {
            if (gBadConfidence == path) gBadConfidence.clear();
            if (typed != confidence) {
                okr::CheckinInput in = input;
                in.confidence = typed ? std::optional<int>(static_cast<int>(*typed)) : std::nullopt;
                record(in);
            }
        }
    }
    ImGui::SameLine();
    ImGui::TextDisabled("/ 10");
    if (gBadConfidence == path) {
        ImGui::SameLine();
        ImGui::TextColored(theme::vec(theme::colours().error), "not saved: a whole number 0–10");
        testhook::item(path + "/confidenceError");
    }
    std::string text;
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::text(ctx.doc, nullptr, path + "/blockers", input.blockers, text, half,
                      "blockers")) {
        okr::CheckinInput in = input;
        in.blockers = text;
        record(in);
    }
    ImGui::SameLine();
    if (widgets::text(ctx.doc, nullptr, path + "/note", input.note, text, -1, "note")) {
        okr::CheckinInput in = input;
        in.note = text;
        record(in);
    }
    ImGui::EndDisabled();
    if (open) drawTrendChart(ctx, objective, kr, em * 11);
    ImGui::Spacing();
    ImGui::PopID();
}

}  // namespace

void drawCheckins(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::PushFont(theme::headingFont());
    ImGui::TextUnformatted("Weekly check-in");
    ImGui::PopFont();
    const int weeks = okr::weeksInPeriod(plan.meta);
    if (weeks == 0) {
        widgets::textWrapped(
            "The plan has no period: set its start and end in the plan panel to check in week by "
            "week.");
        return;
    }
    const int week = rhythmWeek(ctx);
    ImGui::SameLine();
    if (ImGui::ArrowButton("prevWeek", ImGuiDir_Left) && week > 1) ctx.ui.rhythm.week = week - 1;
    testhook::item("checkins/prev");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Week %d of %d · %s – %s", week, weeks,
                okr::weekStart(plan.meta, week).str().c_str(),
                okr::weekEnd(plan.meta, week).str().c_str());
    testhook::item("checkins/week");
    ImGui::SameLine();
    if (ImGui::ArrowButton("nextWeek", ImGuiDir_Right) && week < weeks)
        ctx.ui.rhythm.week = week + 1;
    testhook::item("checkins/next");
    if (!okr::inWeek(plan.meta, ctx.today, week))
        ImGui::TextDisabled("Today is %s: this is not the current week.", ctx.today.str().c_str());
    const auto missing = okr::missingCheckins(plan, week);
    if (!missing.empty())
        ImGui::TextColored(theme::vec(theme::colours().warning),
                           "%zu key result%s without a check-in this week", missing.size(),
                           missing.size() == 1 ? "" : "s");
    else
        ImGui::TextDisabled("Every key result has checked in this week.");

    const bool staleOn = okr::resolveSeverities(plan.rules).on(okr::RuleId::KrStale);
    ImGui::BeginChild("checkinRows");
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        const okr::Objective& objective = plan.objectives[o];
        ImGui::Spacing();
        ImGui::PushFont(theme::headingFont());
        widgets::textWrapped("O%zu  %s", o + 1, objective.title.c_str());
        ImGui::PopFont();
        for (size_t k = 0; k < objective.keyResults.size(); ++k) {
            const okr::KeyResult& kr = objective.keyResults[k];
            const okr::CheckinRow row = okr::rowFor(kr, plan.meta, week);
            lazyRow(ctx.ui, "checkin/" + kr.id.value,
                    widgets::focusedLabel().rfind("checkin/" + kr.id.value, 0) == 0, [&] {
                        drawRow(ctx, objective, kr, row, "KR" + std::to_string(k + 1), staleOn);
                    });
        }
    }
    ImGui::EndChild();
}

}  // namespace panels
