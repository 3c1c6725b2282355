// Scoring panel, the end-of-quarter session (S4's grading table and scoring formula): every key
// result's computed score beside its grade, an override that needs a written reason, objective
// and plan means with their band and the response it calls for, read differently for committed
// and aspirational objectives; S2's retrospective questions with answers saved in the plan; and
// "Start next quarter" (the app makes the new draft; the old quarter stays downloadable).
#include <algorithm>
#include <cstdio>
#include <string>

#include "analysis/score.h"
#include "edit/rhythm_commands.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "platform.h"
#include "rhythm/rhythm.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

ImVec4 bandColour(double score) {
    const palette::Colours& p = theme::colours();
    return theme::vec(score >= 0.7 ? p.success : score >= 0.4 ? p.warning : p.error);
}

void drawBand(double score, okr::Style style) {
    const okr::Band& band = okr::bandOf(score);
    ImGui::TextColored(bandColour(score), "%.2f · %s (%s)", score, band.label, band.range);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    widgets::textWrapped("%s %s", okr::readScore(style, score).text, band.response);
    ImGui::PopStyleColor();
}

void drawOverrideEditor(Context& ctx, const okr::KeyResult& kr, size_t index) {
    auto& drafts = ctx.ui.rhythm.overrides;
    auto it = drafts.find(kr.id.value);
    if (it == drafts.end()) return;
    const std::string path = "score/" + kr.id.value;
    RhythmViewState::OverrideDraft& d = it->second;
    const float em = ImGui::GetFontSize();
    ImGui::PushID(kr.id.value.c_str());
    ImGui::Indent(em * 1.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Override KR%zu", index + 1);
    ImGui::SameLine();
    ImGui::TextDisabled("grade");
    ImGui::SameLine();
    std::optional<double> number;
    if (widgets::optionalNumber(ctx.doc, nullptr, path + "/overrideScore", d.score, number, em * 4))
        d.score = number;
    ImGui::SameLine();
    std::string text;
    if (widgets::text(ctx.doc, nullptr, path + "/overrideReason", d.reason, text, -1,
                      "why the grade differs (required)"))
        d.reason = text;
    if (d.submitted) {
        // Last frame's save went to the core: it either took the override or said why not.
        d.submitted = false;
        if (kr.scoreOverride.score == d.score && kr.scoreOverride.reason == d.reason) {
            drafts.erase(it);
            ImGui::Unindent(em * 1.5f);
            ImGui::PopID();
            return;
        }
        d.error = ctx.doc.history().lastError();
    }
    if (ImGui::Button("Save override")) {
        if (!d.score) {
            d.error = "Type the grade, from 0 to 1.";
        } else {
            ctx.doc.edit(okr::setKeyResultScoreOverride, kr.id, d.score, d.reason);
            d.submitted = true;
        }
    }
    testhook::item(path + "/overrideSave");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        drafts.erase(it);
        ImGui::Unindent(em * 1.5f);
        ImGui::PopID();
        return;
    }
    // Opened under the table, its buttons may fall below the panel's edge: bring them into view.
    if (!d.shown) {
        d.shown = true;
        if (ImGui::GetItemRectMax().y > ImGui::GetWindowPos().y + ImGui::GetWindowHeight())
            ImGui::SetScrollHereY(1.0f);
    }
    if (!d.error.empty()) {
        ImGui::TextColored(theme::vec(theme::colours().error), "%s", d.error.c_str());
        testhook::item(path + "/overrideError");
    }
    ImGui::Unindent(em * 1.5f);
    ImGui::PopID();
}

void drawKeyResultScore(Context& ctx, const okr::KeyResult& kr, const okr::KrScore& s, size_t index,
                        okr::Style style) {
    const std::string path = "score/" + kr.id.value;
    ImGui::PushID(kr.id.value.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    widgets::textWrapped("KR%zu  %s%s", index + 1, kr.title.c_str(),
                         s.paused ? "  (paused by a review)" : "");
    if (kr.scoreOverride.score) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        widgets::textWrapped("Override: %s", kr.scoreOverride.reason.c_str());
        ImGui::PopStyleColor();
    }
    // What was expected when it was written (S4), and how the grade compares.
    const okr::Expectation e = okr::expectationOf(kr, style);
    char expected[40];
    if (e.low == e.high)
        std::snprintf(expected, sizeof expected, "%.1f", e.low);
    else
        std::snprintf(expected, sizeof expected, "%.1f–%.1f", e.low, e.high);
    const int vs = s.grade ? okr::againstExpectation(e, *s.grade) : 0;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    widgets::textWrapped("Expected %s%s%s", expected, e.own ? "" : " (its style)",
                         !s.grade ? ""
                         : vs < 0 ? " · graded below"
                         : vs > 0 ? " · graded above"
                                  : " · graded as expected");
    ImGui::PopStyleColor();
    testhook::item(path + "/expected");
    ImGui::TableNextColumn();
    if (s.computed) {
        ImGui::Text("%.2f", *s.computed);
    } else {
        ImGui::TextDisabled(s.status == okr::ScoreStatus::NoBaseline ? "no baseline"
                            : s.status == okr::ScoreStatus::NoTarget ? "no target"
                            : s.status == okr::ScoreStatus::Retired  ? "retired"
                                                                     : "no value");
    }
    testhook::item(path + "/computed");
    ImGui::TableNextColumn();
    if (s.grade) {
        ImGui::TextColored(bandColour(*s.grade), "%.1f%s", *s.grade,
                           s.overridden ? " (override)" : "");
    } else {
        ImGui::TextDisabled("—");
    }
    testhook::item(path + "/grade");
    ImGui::TableNextColumn();
    const bool editing = ctx.ui.rhythm.overrides.count(kr.id.value) > 0;
    if (widgets::readOnly()) {
        ImGui::PopID();
        return;
    }
    if (!editing && ImGui::SmallButton(kr.scoreOverride.score ? "Change" : "Override")) {
        ctx.ui.rhythm.overrides[kr.id.value] = {
            kr.scoreOverride.score ? kr.scoreOverride.score : s.grade, kr.scoreOverride.reason, ""};
    }
    testhook::item(path + "/override");
    if (!editing && kr.scoreOverride.score) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear"))
            ctx.doc.edit(okr::setKeyResultScoreOverride, kr.id, std::nullopt, std::string());
        testhook::item(path + "/clearOverride");
    }
    ImGui::PopID();
}

void drawNextQuarter(Context& ctx) {
    RhythmViewState& r = ctx.ui.rhythm;
    const okr::Plan& plan = ctx.doc.plan();
    const bool period = okr::hasPeriod(plan.meta);
    if (period && !r.nextQuarterOpen && !widgets::readOnly()) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x -
                        ImGui::CalcTextSize("Start next quarter…").x -
                        ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button("Start next quarter…")) {
            r.nextQuarterOpen = true;
            r.carry.clear();
            for (const auto& o : plan.objectives) r.carry.push_back(o.id.value);
        }
        testhook::item("scoring/nextQuarter");
    }
    if (!r.oldQuarterText.empty()) {
        widgets::textWrapped(
            "The quarter you closed stays in this browser's drafts (File → Drafts) and as a file:");
        if (ImGui::Button("Download the old quarter"))
            platform::downloadText(r.oldQuarterName, "application/json", r.oldQuarterText);
        testhook::item("scoring/downloadOld");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", r.oldQuarterName.c_str());
    }
    if (!period) {
        ImGui::TextDisabled("Set the plan's period to start the next quarter from it.");
        return;
    }
    if (!r.nextQuarterOpen) return;
    const auto [start, end] = *okr::nextPeriod(plan.meta);
    ImGui::Separator();
    ImGui::PushFont(theme::strongFont());
    ImGui::TextUnformatted("Start next quarter");
    ImGui::PopFont();
    widgets::textWrapped(
        "\"%s\", %s – %s, as a new draft: the ticked objectives carry on with their final values "
        "as baselines; check-ins, scores and due dates are cleared; targets stay for you to reset.",
        okr::nextQuarterTitle(plan.meta.title, start).c_str(), start.str().c_str(),
        end.str().c_str());
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const okr::Objective& o = plan.objectives[i];
        bool on = std::find(r.carry.begin(), r.carry.end(), o.id.value) != r.carry.end();
        if (ImGui::Checkbox(
                ("O" + std::to_string(i + 1) + "  " + o.title + "##" + o.id.value).c_str(), &on)) {
            if (on)
                r.carry.push_back(o.id.value);
            else
                r.carry.erase(std::remove(r.carry.begin(), r.carry.end(), o.id.value),
                              r.carry.end());
        }
        testhook::item("scoring/carry/" + o.id.value);
    }
    if (ImGui::Button("Create the next quarter")) r.nextQuarterRequested = true;
    testhook::item("scoring/createNextQuarter");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) r.nextQuarterOpen = false;
    ImGui::Separator();
}

void drawRetrospective(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(theme::headingFont());
    ImGui::TextUnformatted("Retrospective");
    ImGui::PopFont();
    const auto& questions = okr::retrospectiveQuestions();
    for (size_t i = 0; i < questions.size(); ++i) {
        widgets::textWrapped("%zu. %s", i + 1, questions[i].c_str());
        std::string text;
        if (widgets::multiline(ctx.doc, nullptr, "retro/" + std::to_string(i),
                               okr::retrospectiveAnswer(plan, questions[i]), text, 2))
            ctx.doc.edit(okr::setRetrospectiveAnswer, questions[i], text, std::optional<int>());
    }
}

}  // namespace

void drawScoring(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Analysis& a = ctx.findings.analysis();
    ImGui::BeginChild("scoring");
    ImGui::PushFont(theme::headingFont());
    ImGui::TextUnformatted("Scoring session");
    ImGui::PopFont();
    drawNextQuarter(ctx);
    if (a.planScore) {
        ImGui::PushFont(theme::strongFont());
        ImGui::TextColored(bandColour(*a.planScore), "Plan %.2f · %s (%s)", *a.planScore,
                           okr::bandOf(*a.planScore).label, okr::bandOf(*a.planScore).range);
        ImGui::PopFont();
        testhook::item("scoring/plan");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    widgets::textWrapped(
        "Computed: progress from baseline to target. Grade: to one decimal, or a person's "
        "override with its reason. %s",
        okr::kScoresAreForLearning);
    ImGui::PopStyleColor();
    size_t krIndex = 0;
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        const okr::Objective& objective = plan.objectives[o];
        ImGui::PushID(objective.id.value.c_str());
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::PushFont(theme::headingFont());
        widgets::textWrapped("O%zu  %s", o + 1, objective.title.c_str());
        ImGui::PopFont();
        ImGui::TextDisabled("%s", objective.style == okr::Style::Committed
                                      ? "Committed: expected to reach 1.0"
                                      : "Aspirational: 0.6–0.7 is a success");
        if (o < a.objectiveScores.size() && a.objectiveScores[o].score)
            drawBand(*a.objectiveScores[o].score, objective.style);
        else
            ImGui::TextDisabled("Not scored yet.");
        if (ImGui::BeginTable("krs", 4,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            const float em = ImGui::GetFontSize();
            ImGui::TableSetupColumn("Key result", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Computed", ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
            ImGui::TableSetupColumn("Grade", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
            ImGui::TableHeadersRow();
            for (size_t k = 0; k < objective.keyResults.size(); ++k, ++krIndex) {
                if (krIndex >= a.krScores.size()) break;
                drawKeyResultScore(ctx, objective.keyResults[k], a.krScores[krIndex], k,
                                   okr::styleOf(objective, objective.keyResults[k]));
            }
            ImGui::EndTable();
        }
        // Override editors under the table, at full width: the reason needs room.
        for (size_t k = 0; k < objective.keyResults.size(); ++k)
            drawOverrideEditor(ctx, objective.keyResults[k], k);
        ImGui::PopID();
    }
    drawRetrospective(ctx);
    ImGui::EndChild();
}

}  // namespace panels
