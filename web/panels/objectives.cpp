// Objectives panel: add, reorder and delete objectives and key results; edit every field of
// both; turn a key result typed as a sentence into baseline, target, unit and date in one click;
// the initiatives that serve each key result, and the initiatives list itself.
#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "analysis/score.h"
#include "analysis/sentence.h"
#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

std::vector<std::string> ownersInPlan(const okr::Plan& plan) {
    std::set<std::string> owners;
    for (const auto& o : plan.objectives) {
        if (!o.owner.empty()) owners.insert(o.owner);
        for (const auto& kr : o.keyResults)
            if (!kr.owner.empty()) owners.insert(kr.owner);
    }
    for (const auto& n : plan.tree.nodes)
        if (!n.kpi.owner.empty()) owners.insert(n.kpi.owner);
    for (const auto& i : plan.initiatives)
        if (!i.owner.empty()) owners.insert(i.owner);
    return {owners.begin(), owners.end()};
}

// A "…" button with the row's actions: move up, move down, delete. `move(to)` and `remove()` emit
// the commands. The menu items are labelled for tests: "<label>/up", "/down", "/delete".
template <class Move, class Remove>
void rowMenu(const std::string& label, size_t index, Move move, Remove remove,
             const std::function<void()>& adjust = {}) {
    if (ImGui::Button("…", ImVec2(ImGui::GetFrameHeight() * 1.2f, 0))) ImGui::OpenPopup("row");
    testhook::item(label + "/menu");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move or delete");
    if (!ImGui::BeginPopup("row")) return;
    if (ImGui::MenuItem("Move up", nullptr, false, index > 0)) move(index - 1);
    testhook::item(label + "/up");
    if (ImGui::MenuItem("Move down")) move(index + 1);
    testhook::item(label + "/down");
    if (adjust) {
        ImGui::Separator();
        if (ImGui::MenuItem("Pause / pivot / persist…")) adjust();
        testhook::item(label + "/adjust");
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Delete")) remove();
    testhook::item(label + "/delete");
    ImGui::EndPopup();
}

// Disabled-colour text cut to `width` with an ellipsis; the whole text shows on hover.
void clippedText(const std::string& text, float width) {
    std::string shown = text;
    if (ImGui::CalcTextSize(shown.c_str()).x > width) {
        while (!shown.empty() && ImGui::CalcTextSize((shown + "…").c_str()).x > width) {
            // Drop one whole UTF-8 code point: its continuation bytes, then its lead byte.
            while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80)
                shown.pop_back();
            if (!shown.empty()) shown.pop_back();
        }
        shown += "…";
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", shown.c_str());
    if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

float rowButtonsWidth() { return ImGui::GetFrameHeight() * 1.2f + ImGui::GetStyle().ItemSpacing.x; }

std::string krSummary(const okr::KeyResult& kr) {
    switch (kr.kind) {
        case okr::KrKind::Milestone:
            return kr.done ? "milestone · done" : "milestone";
        case okr::KrKind::Baseline:
            return "establish the baseline";
        case okr::KrKind::Maintain:
            return "keep " + okr::formatValue(kr.bandLow, kr.unit) + " – " +
                   okr::formatValue(kr.bandHigh, kr.unit);
        case okr::KrKind::Metric:
            break;
    }
    return okr::formatValue(kr.baseline, kr.unit) + " → " + okr::formatValue(kr.target, kr.unit);
}

// "From the sentence: baseline 14%, target 22%, due 2026-06-30 [Use these]" when the title carries
// values the fields do not have yet.
void drawSentenceSuggestion(Context& ctx, const okr::KeyResult& kr, const std::string& path) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::KrSentence s =
        okr::parseKrSentence(kr.title, okr::SentenceContext{plan.meta.start, plan.meta.end});
    const std::optional<double> target = s.target ? s.target : s.targetFrom(kr.baseline);
    const bool newBaseline = s.baseline && s.baseline != kr.baseline;
    const bool newTarget = target && target != kr.target;
    const bool newUnit = !s.unit.empty() && s.unit != kr.unit;
    const bool newDue = s.due && (!kr.due || *s.due != *kr.due);
    const bool newDirection = s.direction && *s.direction != kr.direction;
    if (!newBaseline && !newTarget && !newUnit && !newDue && !newDirection) return;
    const std::string unit = s.unit.empty() ? kr.unit : s.unit;
    std::string offer;
    auto add = [&offer](const std::string& part) { offer += (offer.empty() ? "" : ", ") + part; };
    if (newBaseline) add("baseline " + okr::formatValue(*s.baseline, unit));
    if (newTarget) add("target " + okr::formatValue(*target, unit));
    if (newUnit && !newBaseline && !newTarget) add("unit " + s.unit);
    if (newDirection) add(okr::name(*s.direction));
    if (newDue) add("due " + s.due->str());
    const bool use = ImGui::SmallButton("Use these");
    testhook::item(path + "/useSentence");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("From the sentence: %s", offer.c_str());
    ImGui::PopStyleColor();
    if (use) {
        ctx.doc.beginGroup("Use values from the sentence");
        if (newUnit) ctx.doc.edit(okr::setKeyResultUnit, kr.id, s.unit);
        if (newBaseline) ctx.doc.edit(okr::setKeyResultBaseline, kr.id, s.baseline);
        if (newTarget) ctx.doc.edit(okr::setKeyResultTarget, kr.id, target);
        if (newDirection) ctx.doc.edit(okr::setKeyResultDirection, kr.id, *s.direction);
        if (newDue) ctx.doc.edit(okr::setKeyResultDue, kr.id, s.due);
        ctx.doc.endGroup();
    }
}

// The objective's score as a bar (band colour), its reading for the objective's style, and each
// KR's grade.
void drawScoreStrip(const Context& ctx, size_t index) {
    const okr::Analysis& a = ctx.findings.analysis();
    if (index >= a.objectiveScores.size()) return;
    const okr::ObjectiveScore& os = a.objectiveScores[index];
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Score");
    ImGui::SameLine();
    const float width = ImGui::GetFontSize() * 8;
    const float height = ImGui::GetFontSize() * 0.6f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetFrameHeight() - height) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + width, y + height), IM_COL32(225, 228, 235, 255),
                      height * 0.5f);
    if (os.score) {
        const float v = static_cast<float>(std::clamp(*os.score, 0.0, 1.0));
        const ImU32 colour = v >= 0.7f   ? IM_COL32(40, 150, 80, 255)
                             : v >= 0.4f ? IM_COL32(225, 160, 20, 255)
                                         : IM_COL32(200, 60, 50, 255);
        if (v > 0)
            dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + width * v, y + height), colour,
                              height * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetFrameHeight()));
    testhook::item("/objectives/" + std::to_string(index) + "/score");
    ImGui::SameLine();
    if (!os.score) {
        ImGui::TextDisabled("not scored yet (%d of %d key results measured)", os.scored, os.total);
        return;
    }
    const okr::Reading reading = okr::readScore(os.style, *os.score);
    ImGui::Text("%.2f", *os.score);
    ImGui::SameLine();
    ImGui::TextDisabled("%s · %s", okr::bandOf(*os.score).label, reading.text);
}

bool beginFieldTable(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame)) return false;
    return true;
}

void nextCell() { ImGui::TableNextColumn(); }

void drawKeyResultDetails(Context& ctx, const okr::KeyResult& kr, const std::string& path,
                          const std::vector<std::string>& owners) {
    const okr::Plan& plan = ctx.doc.plan();
    std::string text;
    std::optional<double> number;
    std::optional<okr::Date> date;
    if (!beginFieldTable("details")) return;
    nextCell();
    okr::KrKind kind;
    if (widgets::enumCombo(ctx.doc, "Kind", path + "/kind", kr.kind, kind))
        ctx.doc.edit(okr::setKeyResultKind, kr.id, kind);
    nextCell();
    okr::Direction direction;
    if (widgets::enumCombo(ctx.doc, "Direction", path + "/direction", kr.direction, direction))
        ctx.doc.edit(okr::setKeyResultDirection, kr.id, direction);
    nextCell();
    if (widgets::text(ctx.doc, "Metric", path + "/metric", kr.metric, text))
        ctx.doc.edit(okr::setKeyResultMetric, kr.id, text);
    nextCell();
    if (widgets::text(ctx.doc, "Unit", path + "/unit", kr.unit, text, -1, "%, $, days…"))
        ctx.doc.edit(okr::setKeyResultUnit, kr.id, text);
    nextCell();
    if (widgets::optionalNumber(ctx.doc, "Baseline", path + "/baseline", kr.baseline, number))
        ctx.doc.edit(okr::setKeyResultBaseline, kr.id, number);
    nextCell();
    if (widgets::optionalNumber(ctx.doc, "Target", path + "/target", kr.target, number))
        ctx.doc.edit(okr::setKeyResultTarget, kr.id, number);
    nextCell();
    if (widgets::optionalNumber(ctx.doc, "Current", path + "/current", kr.current, number))
        ctx.doc.edit(okr::setKeyResultCurrent, kr.id, number);
    nextCell();
    if (widgets::optionalDate(ctx.doc, "Due", path + "/due", kr.due, date))
        ctx.doc.edit(okr::setKeyResultDue, kr.id, date);
    if (kr.kind == okr::KrKind::Maintain) {
        nextCell();
        if (widgets::optionalNumber(ctx.doc, "Band low", path + "/bandLow", kr.bandLow, number))
            ctx.doc.edit(okr::setKeyResultBand, kr.id, number, kr.bandHigh);
        nextCell();
        if (widgets::optionalNumber(ctx.doc, "Band high", path + "/bandHigh", kr.bandHigh, number))
            ctx.doc.edit(okr::setKeyResultBand, kr.id, kr.bandLow, number);
    }
    if (kr.kind == okr::KrKind::Milestone) {
        nextCell();
        bool done;
        if (widgets::checkbox(ctx.doc, "Done", path + "/done", kr.done, done))
            ctx.doc.edit(okr::setKeyResultDone, kr.id, done);
        nextCell();
    }
    nextCell();
    if (widgets::textWithSuggestions(ctx.doc, "Owner", path + "/owner", kr.owner, owners, text))
        ctx.doc.edit(okr::setKeyResultOwner, kr.id, text);
    nextCell();
    okr::Cadence cadence;
    if (widgets::enumCombo(ctx.doc, "Cadence", path + "/cadence", kr.cadence, cadence))
        ctx.doc.edit(okr::setKeyResultCadence, kr.id, cadence);
    nextCell();
    if (widgets::text(ctx.doc, "Source", path + "/source", kr.source, text, -1,
                      "where will we look?"))
        ctx.doc.edit(okr::setKeyResultSource, kr.id, text);
    nextCell();
    bool visible;
    if (widgets::checkbox(ctx.doc, "We can see this source", path + "/sourceVisible",
                          kr.sourceVisible, visible))
        ctx.doc.edit(okr::setKeyResultSourceVisible, kr.id, visible);
    nextCell();
    std::vector<widgets::Choice> nodes;
    for (const auto& n : plan.tree.nodes)
        nodes.push_back({n.id.value, std::string(okr::name(n.kind)) + ": " + n.name});
    if (widgets::choiceCombo(ctx.doc, "Driver", path + "/driver", kr.driver.value, nodes, text))
        ctx.doc.edit(okr::setKeyResultDriver, kr.id, okr::NodeId(text));
    nextCell();
    okr::Signal signal;
    if (widgets::enumCombo(ctx.doc, "Signal", path + "/signal", kr.signal, signal))
        ctx.doc.edit(okr::setKeyResultSignal, kr.id, signal);
    nextCell();
    std::vector<widgets::Choice> others;
    for (const auto& o : plan.objectives)
        for (const auto& other : o.keyResults)
            if (other.id != kr.id) others.push_back({other.id.value, other.title});
    if (widgets::choiceCombo(ctx.doc, "Contributes to", path + "/contributesTo",
                             kr.contributesTo.value, others, text))
        ctx.doc.edit(okr::setKeyResultContributesTo, kr.id, okr::KeyResultId(text));
    ImGui::EndTable();
    if (widgets::multiline(ctx.doc, "Evidence plan", path + "/evidence", kr.evidence, text, 2))
        ctx.doc.edit(okr::setKeyResultEvidence, kr.id, text);
    if (widgets::multiline(ctx.doc, "Notes", path + "/notes", kr.notes, text, 2))
        ctx.doc.edit(okr::setKeyResultNotes, kr.id, text);
    drawStretchCalculator(ctx, kr, path);
}

void drawKeyResult(Context& ctx, const okr::Objective& objective, size_t krIndex,
                   const std::string& objectivePath, const std::vector<std::string>& owners) {
    const okr::KeyResult& kr = objective.keyResults[krIndex];
    const std::string path = objectivePath + "/keyResults/" + std::to_string(krIndex);
    ImGui::PushID(kr.id.value.c_str());
    const bool focusInside = widgets::focusedLabel().rfind(path + "/", 0) == 0;
    bool open = ctx.ui.openKeyResult == kr.id.value;
    if (focusInside && !open && widgets::focusedLabel() != path + "/title") {
        ctx.ui.openKeyResult = kr.id.value;
        open = true;
    }
    violationMarker(ctx, kr.id.value, path);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("KR%zu", krIndex + 1);
    ImGui::SameLine();
    const std::string summary = krSummary(kr);
    const float summaryWidth = ImGui::GetFontSize() * 7.5f;
    const float toggle = ImGui::GetFrameHeight();
    std::string text;
    const float titleWidth = ImGui::GetContentRegionAvail().x - summaryWidth - toggle -
                             rowButtonsWidth() - ImGui::GetStyle().ItemSpacing.x * 2;
    if (widgets::text(ctx.doc, nullptr, path + "/title", kr.title, text,
                      std::max(titleWidth, 80.0f),
                      "Increase [metric] from [baseline] to [target] by [date]"))
        ctx.doc.edit(okr::setKeyResultTitle, kr.id, text);
    ImGui::SameLine();
    clippedText(summary, summaryWidth);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - toggle - rowButtonsWidth() +
                    ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::ArrowButton("details", open ? ImGuiDir_Down : ImGuiDir_Right))
        ctx.ui.openKeyResult = open ? "" : kr.id.value;
    testhook::item(path + "/details");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(open ? "Hide details" : "Show every field");
    ImGui::SameLine();
    rowMenu(
        path, krIndex,
        [&](size_t to) { ctx.doc.edit(okr::moveKeyResult, kr.id, objective.id, to); },
        [&] { ctx.doc.edit(okr::deleteKeyResult, kr.id); },
        [&] { requestAdjustment(ctx.ui, okr::TargetKind::KeyResult, kr.id.value); });
    ImGui::Indent(ImGui::GetFontSize() * 2.5f);
    drawSentenceSuggestion(ctx, kr, path);
    for (const auto& initiative : ctx.doc.plan().initiatives) {
        if (std::find(initiative.keyResults.begin(), initiative.keyResults.end(), kr.id) !=
            initiative.keyResults.end())
            ImGui::TextDisabled("↳ initiative: %s%s%s", initiative.title.c_str(),
                                initiative.owner.empty() ? "" : " · ", initiative.owner.c_str());
    }
    if (open) drawKeyResultDetails(ctx, kr, path, owners);
    ImGui::Unindent(ImGui::GetFontSize() * 2.5f);
    ImGui::PopID();
}

void drawObjective(Context& ctx, size_t index, const std::vector<std::string>& owners) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Objective& o = plan.objectives[index];
    const std::string path = "/objectives/" + std::to_string(index);
    ImGui::PushID(o.id.value.c_str());
    ImGui::Spacing();
    ImGui::Separator();
    violationMarker(ctx, o.id.value, path);
    ImGui::PushFont(theme::headingFont());
    ImGui::AlignTextToFramePadding();
    ImGui::Text("O%zu", index + 1);
    ImGui::SameLine();
    std::string text;
    if (widgets::text(ctx.doc, nullptr, path + "/title", o.title, text,
                      ImGui::GetContentRegionAvail().x - rowButtonsWidth(),
                      "An outcome the client would pay for"))
        ctx.doc.edit(okr::setObjectiveTitle, o.id, text);
    ImGui::PopFont();
    ImGui::SameLine();
    rowMenu(
        path, index, [&](size_t to) { ctx.doc.edit(okr::moveObjective, o.id, to); },
        [&] { ctx.doc.edit(okr::deleteObjective, o.id); },
        [&] { requestAdjustment(ctx.ui, okr::TargetKind::Objective, o.id.value); });

    if (beginFieldTable("meta")) {
        nextCell();
        if (widgets::textWithSuggestions(ctx.doc, "Owner", path + "/owner", o.owner, owners, text))
            ctx.doc.edit(okr::setObjectiveOwner, o.id, text);
        nextCell();
        okr::Style style;
        if (widgets::enumCombo(ctx.doc, "Style", path + "/style", o.style, style))
            ctx.doc.edit(okr::setObjectiveStyle, o.id, style);
        nextCell();
        std::vector<widgets::Choice> themes;
        for (const auto& t : plan.strategy.themes) themes.push_back({t.id.value, t.title});
        if (widgets::choiceCombo(ctx.doc, "Theme", path + "/theme", o.theme.value, themes, text))
            ctx.doc.edit(okr::setObjectiveTheme, o.id, okr::ThemeId(text));
        nextCell();
        std::vector<widgets::Choice> parents;
        for (const auto& p : plan.objectives)
            if (p.id != o.id) parents.push_back({p.id.value, p.title});
        if (widgets::choiceCombo(ctx.doc, "Supports", path + "/parent", o.parent.value, parents,
                                 text))
            ctx.doc.edit(okr::setObjectiveParent, o.id, okr::ObjectiveId(text));
        nextCell();
        okr::Level level;
        if (widgets::enumCombo(ctx.doc, "Level", path + "/level", o.level, level))
            ctx.doc.edit(okr::setObjectiveLevel, o.id, level);
        ImGui::EndTable();
    }

    drawScoreStrip(ctx, index);
    for (size_t k = 0; k < o.keyResults.size(); ++k) drawKeyResult(ctx, o, k, path, owners);
    if (ImGui::SmallButton("+ Key result")) {
        ctx.doc.edit(okr::addKeyResult, o.id, std::string());
        widgets::requestFocus(
            path + "/keyResults/" + std::to_string(o.keyResults.size()) + "/title", true);
    }
    testhook::item(path + "/addKeyResult");
    ImGui::PopID();
}

void drawInitiatives(Context& ctx, const std::vector<std::string>& owners) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Initiatives (%zu)", plan.initiatives.size());
    ImGui::PopFont();
    ImGui::TextDisabled("Tactics and incoming requests: which key result does each one help?");
    for (size_t i = 0; i < plan.initiatives.size(); ++i) {
        const okr::Initiative& in = plan.initiatives[i];
        const std::string path = "/initiatives/" + std::to_string(i);
        ImGui::PushID(in.id.value.c_str());
        std::string text;
        const float ownerWidth = ImGui::GetFontSize() * 9;
        const float linkWidth = ImGui::GetFontSize() * 7;
        if (widgets::text(ctx.doc, nullptr, path + "/title", in.title, text,
                          ImGui::GetContentRegionAvail().x - ownerWidth - linkWidth -
                              rowButtonsWidth() - ImGui::GetStyle().ItemSpacing.x * 2,
                          "initiative"))
            ctx.doc.edit(okr::setInitiativeTitle, in.id, text);
        ImGui::SameLine();
        if (widgets::textWithSuggestions(ctx.doc, nullptr, path + "/owner", in.owner, owners, text,
                                         ownerWidth))
            ctx.doc.edit(okr::setInitiativeOwner, in.id, text);
        ImGui::SameLine();
        const std::string serves = in.keyResults.empty()
                                       ? std::string("serves no KR")
                                       : "serves " + std::to_string(in.keyResults.size()) + " KR";
        if (ImGui::Button(serves.c_str(), ImVec2(linkWidth, 0))) ImGui::OpenPopup("serves");
        testhook::item(path + "/keyResults");
        if (ImGui::BeginPopup("serves")) {
            for (const auto& o : plan.objectives)
                for (const auto& kr : o.keyResults) {
                    bool on = std::find(in.keyResults.begin(), in.keyResults.end(), kr.id) !=
                              in.keyResults.end();
                    if (ImGui::Checkbox((kr.title + "##" + kr.id.value).c_str(), &on)) {
                        if (on)
                            ctx.doc.edit(okr::linkInitiative, in.id, kr.id);
                        else
                            ctx.doc.edit(okr::unlinkInitiative, in.id, kr.id);
                    }
                }
            ImGui::EndPopup();
        }
        ImGui::SameLine();
        rowMenu(
            path, i, [&](size_t to) { ctx.doc.edit(okr::moveInitiative, in.id, to); },
            [&] { ctx.doc.edit(okr::deleteInitiative, in.id); });
        ImGui::PopID();
    }
    if (ImGui::SmallButton("+ Initiative")) ctx.doc.edit(okr::addInitiative, std::string());
    testhook::item("/initiatives/add");
}

}  // namespace

void drawObjectives(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const std::vector<std::string> owners = ownersInPlan(plan);
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Objectives (%zu)", plan.objectives.size());
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::Button("+ Objective")) {
        ctx.doc.edit(okr::addObjective, std::string());
        widgets::requestFocus("/objectives/" + std::to_string(plan.objectives.size()) + "/title",
                              true);
    }
    testhook::item("/objectives/add");
    const std::string& focus = widgets::focusedLabel();
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const std::string path = "/objectives/" + std::to_string(i);
        const bool focused = focus.compare(0, path.size() + 1, path + "/") == 0;
        lazyRow(ctx.ui, "objective/" + plan.objectives[i].id.value, focused,
                [&] { drawObjective(ctx, i, owners); });
    }
    drawInitiatives(ctx, owners);
}

}  // namespace panels
