// At-risk panel, for the weekly meeting (S4: discuss only what is at risk): the key results
// atRisk() returns and why — a confidence drop, below the committed threshold, off the expected
// pace, a guardrail tripped — and nothing else; the weekly meeting in the plan's format (S3's
// 45-minute agenda, S4's 15-minute segment or S2's three questions) with a timer per item (view
// state; App keeps frames coming while it runs); the mid-quarter adjustment log.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "edit/rhythm_commands.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "rhythm/rhythm.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

const char* kindText(okr::RiskKind kind) {
    switch (kind) {
        case okr::RiskKind::ConfidenceDrop:
            return "confidence drop";
        case okr::RiskKind::BelowCommitted:
            return "below committed 7/10";
        case okr::RiskKind::OffPace:
            return "off pace";
        case okr::RiskKind::GuardrailTripped:
            return "guardrail tripped";
    }
    return "";
}

// Test labels: "risk/<kr>/offPace".
const char* kindKey(okr::RiskKind kind) {
    switch (kind) {
        case okr::RiskKind::ConfidenceDrop:
            return "confidenceDrop";
        case okr::RiskKind::BelowCommitted:
            return "belowCommitted";
        case okr::RiskKind::OffPace:
            return "offPace";
        case okr::RiskKind::GuardrailTripped:
            return "guardrailTripped";
    }
    return "";
}

ImVec4 kindColour(okr::RiskKind kind) {
    const palette::Colours& p = theme::colours();
    return theme::vec(kind == okr::RiskKind::OffPace ? p.warning : p.error);
}

// S4: the mid-quarter review falls in weeks 6–7. Walk every objective with S4's questions and
// record what the team decides: persist, pause, pivot or retire (the adjustment dialog).
void drawMidQuarterReview(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::Separator();
    ImGui::PushFont(theme::strongFont());
    widgets::textWrapped("Mid-quarter review due (S4: weeks 6–7 of the quarter)");
    ImGui::PopFont();
    testhook::item("review/heading");
    widgets::textWrapped(
        "Walk every objective with three questions, then record the decision: "
        "persist, pause, pivot, or retire a key result that no longer fits.");
    for (const std::string& q : okr::adjustmentQuestions()) {
        ImGui::Bullet();
        widgets::textWrapped("%s", q.c_str());
    }
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const okr::Objective& obj = plan.objectives[o];
        ImGui::PushID(obj.id.value.c_str());
        if (!widgets::readOnly()) {
            if (ImGui::SmallButton("Decide…"))
                requestAdjustment(ctx.ui, okr::TargetKind::Objective, obj.id.value);
            testhook::item("review/" + obj.id.value);
            ImGui::SameLine();
        }
        const std::string line = "O" + std::to_string(o + 1) + "  " + obj.title;
        ImGui::TextUnformatted(widgets::ellipsized(line, ImGui::GetContentRegionAvail().x).c_str());
        ImGui::PopID();
    }
    ImGui::Separator();
}

void drawRisks(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Date asOf = rhythmAsOf(ctx);
    const std::vector<okr::RiskItem> items = okr::atRisk(plan, asOf);
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("At risk (%zu)", items.size());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const int week = rhythmWeek(ctx);
    if (week > 0)
        ImGui::TextDisabled("as of %s, week %d", asOf.str().c_str(), week);
    else
        ImGui::TextDisabled("as of %s", asOf.str().c_str());
    testhook::item("risk/heading");
    if (okr::midQuarterReviewDue(plan.meta, asOf)) drawMidQuarterReview(ctx);
    if (items.empty()) {
        widgets::textWrapped(
            "Nothing is at risk: no confidence drop, no committed key result below 7/10, nobody "
            "off pace, no guardrail tripped. Keep the meeting short.");
        return;
    }
    // One block per key result, its reasons under it, in plan order.
    std::vector<okr::KeyResultId> order;
    std::map<std::string, std::vector<const okr::RiskItem*>> byKr;
    for (const auto& item : items) {
        if (byKr[item.kr.value].empty()) order.push_back(item.kr);
        byKr[item.kr.value].push_back(&item);
    }
    for (const auto& id : order) {
        const okr::KeyResult* kr = okr::findKeyResult(plan, id);
        if (!kr) continue;
        ImGui::PushID(id.value.c_str());
        ImGui::Separator();
        ImGui::PushFont(theme::strongFont());
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - ImGui::GetFontSize() * 5);
        widgets::textWrapped("%s", kr->title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        testhook::item("risk/" + id.value);
        if (!widgets::readOnly()) {
            ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFontSize() * 4.5f);
            if (ImGui::SmallButton("Adjust…"))
                requestAdjustment(ctx.ui, okr::TargetKind::KeyResult, id.value);
            testhook::item("risk/" + id.value + "/adjust");
        }
        if (!kr->owner.empty()) ImGui::TextDisabled("%s", kr->owner.c_str());
        for (const okr::RiskItem* item : byKr[id.value]) {
            ImGui::Bullet();
            ImGui::TextColored(kindColour(item->kind), "%s", kindText(item->kind));
            testhook::item("risk/" + id.value + "/" + kindKey(item->kind));
            ImGui::SameLine();
            widgets::textWrapped("%s", item->why.c_str());
        }
        ImGui::PopID();
    }
}

double elapsedSeconds(const RhythmViewState& r, size_t item) {
    double s = item < r.agendaSeconds.size() ? r.agendaSeconds[item] : 0;
    if (r.timerRunning && static_cast<int>(item) == r.agendaItem)
        s += ImGui::GetTime() - r.timerStartedAt;
    return s;
}

// Ends the running stretch: its time goes to the current item.
void bankTime(RhythmViewState& r) {
    if (!r.timerRunning) return;
    r.agendaSeconds[static_cast<size_t>(r.agendaItem)] += ImGui::GetTime() - r.timerStartedAt;
    r.timerStartedAt = ImGui::GetTime();
}

// The plan's meeting format (a plan setting, one undo step): S3's agenda, S4's segment, S2's
// questions. A new format starts its timer afresh.
void drawMeetingFormat(Context& ctx) {
    const std::vector<std::string_view>& formats = widgets::spellingsOf<okr::Meeting>();
    const okr::Meeting now = okr::meetingOf(ctx.doc.plan().meta);
    std::string spelling;
    if (widgets::spellingCombo(ctx.doc, "Format", "agenda/format", okr::name(now), formats,
                               spelling, ImGui::GetFontSize() * 14)) {
        ctx.doc.edit(okr::setField, okr::entityRef(okr::Entity::PlanMeta), std::string("meeting"),
                     okr::FieldValue(spelling));
        RhythmViewState& r = ctx.ui.rhythm;
        r.timerRunning = false;
        r.agendaItem = 0;
        r.agendaSeconds.clear();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "S3: a 45-minute weekly meeting. S4: 15 minutes inside the meeting you already "
            "hold, only what is at risk. S2: a weekly review around three questions");
}

// S2's second question answered from the check-ins: each key result checked in this week, its
// value before and now.
void drawMoves(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    RhythmViewState& r = ctx.ui.rhythm;
    const okr::Date today = rhythmAsOf(ctx);
    if (r.movesRevision != ctx.doc.revision() || !(r.movesDay == today)) {
        r.moves = okr::movesThisWeek(plan, today);
        r.movesRevision = ctx.doc.revision();
        r.movesDay = today;
    }
    const std::vector<okr::WeeklyMove>& moves = r.moves;
    if (moves.empty()) {
        ImGui::TextDisabled("No key result checked in within the last seven days.");
        testhook::item("agenda/moves/none");
        return;
    }
    for (const okr::WeeklyMove& m : moves) {
        const okr::KeyResult* kr = okr::findKeyResult(plan, m.kr);
        if (!kr) continue;
        const std::string line = m.label + "  " + okr::formatValue(m.before, kr->unit) + " → " +
                                 okr::formatValue(m.now, kr->unit) + "  " + kr->title;
        ImGui::TextUnformatted(widgets::ellipsized(line, ImGui::GetContentRegionAvail().x).c_str());
        testhook::item("agenda/moves/" + m.kr.value);
    }
}

// S2's three questions answered for the week looked at, kept in the plan week by week.
void drawWeekAnswer(Context& ctx, const char* question, size_t item) {
    const int week = rhythmWeek(ctx);
    if (week < 1) return;
    std::string text;
    const std::string hint = "Week " + std::to_string(week) + ": the team's answer";
    if (widgets::multiline(ctx.doc, nullptr, "agenda/" + std::to_string(item) + "/answer",
                           okr::retrospectiveAnswer(ctx.doc.plan(), question, week), text, 2,
                           hint.c_str()))
        ctx.doc.edit(okr::setRetrospectiveAnswer, std::string(question), text,
                     std::optional<int>(week));
}

void drawAgenda(Context& ctx) {
    RhythmViewState& r = ctx.ui.rhythm;
    const okr::Meeting format = okr::meetingOf(ctx.doc.plan().meta);
    const auto& agenda = okr::meetingAgenda(format);
    r.agendaSeconds.resize(agenda.size(), 0.0);
    if (r.agendaItem < 0 || r.agendaItem >= static_cast<int>(agenda.size())) r.agendaItem = 0;
    int planned = 0;
    for (const auto& a : agenda) planned += a.minutes;
    ImGui::Spacing();
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Weekly meeting · %d minutes", planned);
    ImGui::PopFont();
    testhook::item("agenda/heading");
    drawMeetingFormat(ctx);
    if (ImGui::Button(r.timerRunning ? "Pause" : "Start")) {
        if (r.timerRunning) {
            bankTime(r);
            r.timerRunning = false;
        } else {
            r.timerRunning = true;
            r.timerStartedAt = ImGui::GetTime();
        }
    }
    testhook::item("agenda/startPause");
    ImGui::SameLine();
    const bool last = r.agendaItem + 1 >= static_cast<int>(agenda.size());
    ImGui::BeginDisabled(last);
    if (ImGui::Button("Next item")) {
        bankTime(r);
        ++r.agendaItem;
    }
    ImGui::EndDisabled();
    testhook::item("agenda/next");
    ImGui::SameLine();
    if (ImGui::Button("Reset")) {
        r.timerRunning = false;
        r.agendaItem = 0;
        std::fill(r.agendaSeconds.begin(), r.agendaSeconds.end(), 0.0);
    }
    testhook::item("agenda/reset");

    if (!ImGui::BeginTable("agenda", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6.5f);
    ImGui::TableSetupColumn("pick", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3);
    for (size_t i = 0; i < agenda.size(); ++i) {
        const okr::AgendaItem& a = agenda[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        const bool current = static_cast<int>(i) == r.agendaItem;
        if (current)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                   theme::u32(theme::colours().frameActive));
        ImGui::TableNextColumn();
        ImGui::PushFont(theme::strongFont());
        ImGui::Text("%zu. %s", i + 1, a.title);
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        widgets::textWrapped("%s", a.what);
        ImGui::PopStyleColor();
        if (format == okr::Meeting::ThreeQuestions && i == 1) drawMoves(ctx);
        if (format == okr::Meeting::ThreeQuestions) drawWeekAnswer(ctx, a.title, i);
        ImGui::TableNextColumn();
        const double s = elapsedSeconds(r, i);
        const int whole = static_cast<int>(s);
        const bool over = s > a.minutes * 60.0;
        ImGui::TextColored(
            over ? theme::vec(theme::colours().error) : ImGui::GetStyleColorVec4(ImGuiCol_Text),
            "%d:%02d / %d:00", whole / 60, whole % 60, a.minutes);
        testhook::item("agenda/" + std::to_string(i) + "/time");
        ImGui::TableNextColumn();
        if (!current && ImGui::SmallButton("Go")) {
            bankTime(r);
            r.agendaItem = static_cast<int>(i);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void drawAtRisk(Context& ctx) {
    ImGui::BeginChild("atRisk");
    drawRisks(ctx);
    drawAgenda(ctx);
    ImGui::Spacing();
    drawAdjustmentLog(ctx);
    ImGui::EndChild();
}

}  // namespace panels
