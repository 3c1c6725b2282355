// Objectives panel: add, reorder and delete objectives and key results; edit every field of
// both; turn a key result typed as a sentence into baseline, target, unit and date in one click;
// the initiatives that serve each key result, and the initiatives list itself.
//
// The panel places the fields; what each one is (type, caption, undo label) comes from the field
// lists of model/fields.h: a field is drawn by its type and edited through setField.
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "analysis/score.h"
#include "analysis/sentence.h"
#include "imgui.h"
#include "model/fields.h"
#include "model/value_text.h"
#include "panels.h"
#include "plain_words.h"
#include "rhythm/rhythm.h"
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
    const ImVec2 size(ImGui::GetFrameHeight() * 1.2f, 0);
    if (widgets::readOnly()) {
        ImGui::Dummy(ImVec2(size.x, ImGui::GetFrameHeight()));
        return;
    }
    if (ImGui::Button("…", size)) ImGui::OpenPopup("row");
    testhook::item(label + "/menu");
    // A right click (a long press on a touch screen) anywhere on the row's line opens it too.
    const ImGuiIO& io = ImGui::GetIO();
    const float at = io.MouseClickedPos[ImGuiMouseButton_Right].y;
    // (A text field is a window of its own inside the list: over it counts as over the list.)
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && at >= ImGui::GetItemRectMin().y &&
        at < ImGui::GetItemRectMax().y)
        ImGui::OpenPopup("row");
    if (ImGui::IsItemHovered() && io.MouseSource != ImGuiMouseSource_TouchScreen)
        ImGui::SetTooltip("Move or delete");
    if (!ImGui::BeginPopup("row")) return;
    if (ImGui::MenuItem("Move up", nullptr, false, index > 0)) move(index - 1);
    testhook::item(label + "/up");
    if (ImGui::MenuItem("Move down")) move(index + 1);
    testhook::item(label + "/down");
    if (adjust) {
        ImGui::Separator();
        if (ImGui::MenuItem("Pause / pivot / retire…")) adjust();
        testhook::item(label + "/adjust");
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Delete")) remove();
    testhook::item(label + "/delete");
    ImGui::EndPopup();
}

// Disabled-colour text cut to `width` with an ellipsis; the whole text shows on hover.
void clippedText(const std::string& text, float width) {
    const std::string shown = widgets::ellipsized(text, width);
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
    // An unset direction already follows the sentence: it is offered along with other values,
    // never alone.
    const bool newDirection = s.direction && (!kr.direction || *s.direction != *kr.direction);
    if (!newBaseline && !newTarget && !newUnit && !newDue && !(newDirection && kr.direction))
        return;
    const std::string unit = okr::offeredUnit(kr.title, s, kr.unit);
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
    widgets::textWrapped("From the sentence: %s", offer.c_str());
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
    // (The palette's: the bar in the score's colour reads at 3:1 and more on its frame-coloured
    // track, palette_test.cpp.)
    const palette::Colours& c = theme::colours();
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + width, y + height), theme::u32(c.frame),
                      height * 0.5f);
    if (os.score) {
        const float v = static_cast<float>(std::clamp(*os.score, 0.0, 1.0));
        const ImU32 colour = theme::u32(v >= 0.7f ? c.success : v >= 0.4f ? c.warning : c.error);
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

// How a field is drawn beyond its type (each default leaves the widget's own).
struct Look {
    bool caption = true;  // false: a title in its row, without a caption
    float width = -1;
    const char* hint = nullptr;
    float lines = 0;                                        // > 0: a multi-line text
    const std::vector<std::string>* suggestions = nullptr;  // a text with suggestions
    const std::vector<widgets::Choice>* choices = nullptr;  // what a reference may name
    const char* unset = "not set";                          // an optional enum without a value
};

// Draws scalar field `key` of `entity` by its type (model/fields.h) with the field's caption,
// labelled `path` + "/" + key; true with the new value when the user changed it.
template <class T>
bool fieldWidget(Document& doc, const T& entity, const std::string& path, std::string_view key,
                 okr::FieldValue& out, const Look& look = {}) {
    const okr::FieldInfo<T>* f = okr::entityInfo<T>().find(key);
    if (!f) return false;
    const std::string label = path + "/" + f->key;
    const char* caption = look.caption ? f->caption : nullptr;
    const okr::FieldValue now = f->get(entity);
    switch (f->type) {
        case okr::FieldType::Text: {
            std::string text;
            const bool changed =
                look.suggestions ? widgets::textWithSuggestions(doc, caption, label, *now.text(),
                                                                *look.suggestions, text, look.width)
                : look.lines > 0
                    ? widgets::multiline(doc, caption, label, *now.text(), text, look.lines)
                    : widgets::text(doc, caption, label, *now.text(), text, look.width, look.hint);
            if (changed) out = okr::FieldValue(std::move(text));
            return changed;
        }
        case okr::FieldType::Ref: {
            static const std::vector<widgets::Choice> none;
            std::string id;
            if (!widgets::choiceCombo(doc, caption, label, *now.text(),
                                      look.choices ? *look.choices : none, id, look.width))
                return false;
            out = okr::FieldValue(std::move(id));
            return true;
        }
        case okr::FieldType::OptionalNumber: {
            const std::optional<double> value =
                now.number() ? std::optional<double>(*now.number()) : std::nullopt;
            std::optional<double> number;
            if (!widgets::optionalNumber(doc, caption, label, value, number, look.width))
                return false;
            out = okr::FieldValue(number);
            return true;
        }
        case okr::FieldType::OptionalDate: {
            const std::optional<okr::Date> value =
                now.date() ? std::optional<okr::Date>(*now.date()) : std::nullopt;
            std::optional<okr::Date> date;
            if (!widgets::optionalDate(doc, caption, label, value, date, look.width)) return false;
            out = okr::FieldValue(date);
            return true;
        }
        case okr::FieldType::Bool: {
            bool value = false;
            if (!widgets::checkbox(doc, caption, label, *now.truth(), value)) return false;
            out = okr::FieldValue(value);
            return true;
        }
        case okr::FieldType::Enum:
        case okr::FieldType::OptionalEnum: {
            const bool optional = f->type == okr::FieldType::OptionalEnum;
            std::string spelling;
            if (!widgets::spellingCombo(doc, caption, label, now.text() ? *now.text() : "",
                                        *f->choices, spelling, look.width,
                                        optional ? look.unset : nullptr))
                return false;
            out = spelling.empty() ? okr::FieldValue() : okr::FieldValue(std::move(spelling));
            return true;
        }
        default:
            return false;
    }
}

// fieldWidget, and setField with the new value.
template <class T>
void editField(Context& ctx, const T& entity, const std::string& path, std::string_view key,
               const Look& look = {}) {
    okr::FieldValue value;
    if (fieldWidget(ctx.doc, entity, path, key, value, look))
        ctx.doc.edit(okr::setField, okr::entityRef(entity.id), std::string(key), value);
}

bool beginFieldTable(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame)) return false;
    return true;
}

void nextCell() { ImGui::TableNextColumn(); }

void drawKeyResultDetails(Context& ctx, const okr::KeyResult& kr, const std::string& path,
                          const std::vector<std::string>& owners) {
    const okr::Plan& plan = ctx.doc.plan();
    if (!beginFieldTable("details")) return;
    // An unset direction follows the numbers, else the title: the combo says which it reads.
    const std::string readDirection =
        std::string("as written: ") +
        okr::name(okr::directionOf(
            kr, okr::parseKrSentence(kr.title, okr::SentenceContext{plan.meta.start, plan.meta.end})
                    .direction));
    for (const char* key : {"kind", "direction", "metric", "unit"}) {
        nextCell();
        Look look;
        if (std::string_view(key) == "unit") look.hint = "%, $, days…";
        if (std::string_view(key) == "direction") look.unset = readDirection.c_str();
        editField(ctx, kr, path, key, look);
    }
    for (const char* key : {"baseline", "target", "current", "due"}) {
        nextCell();
        editField(ctx, kr, path, key);
    }
    if (kr.kind == okr::KrKind::Maintain) {
        // The band is one edit of both ends (setKeyResultBand), so typing both undoes at once.
        okr::FieldValue end;
        nextCell();
        if (fieldWidget(ctx.doc, kr, path, "bandLow", end))
            ctx.doc.edit(okr::setKeyResultBand, kr.id,
                         end.number() ? std::optional<double>(*end.number()) : std::nullopt,
                         kr.bandHigh);
        nextCell();
        if (fieldWidget(ctx.doc, kr, path, "bandHigh", end))
            ctx.doc.edit(okr::setKeyResultBand, kr.id, kr.bandLow,
                         end.number() ? std::optional<double>(*end.number()) : std::nullopt);
    }
    if (kr.kind == okr::KrKind::Milestone) {
        nextCell();
        editField(ctx, kr, path, "done");
        nextCell();
    }
    nextCell();
    Look owner;
    owner.suggestions = &owners;
    editField(ctx, kr, path, "owner", owner);
    nextCell();
    editField(ctx, kr, path, "cadence");
    nextCell();
    Look source;
    source.hint = "where will we look?";
    editField(ctx, kr, path, "source", source);
    nextCell();
    editField(ctx, kr, path, "sourceVisible");
    nextCell();
    std::vector<widgets::Choice> nodes;
    for (const auto& n : plan.tree.nodes)
        nodes.push_back({n.id.value, std::string(words::shown(okr::name(n.kind))) + ": " + n.name});
    Look driver;
    driver.choices = &nodes;
    editField(ctx, kr, path, "driver", driver);
    nextCell();
    editField(ctx, kr, path, "signal");
    nextCell();
    Look expected;
    expected.hint = "0.6–0.7 stretch, 1.0 committed";
    editField(ctx, kr, path, "expectedScore", expected);
    nextCell();
    std::vector<widgets::Choice> others;
    for (const auto& o : plan.objectives)
        for (const auto& other : o.keyResults)
            if (other.id != kr.id) others.push_back({other.id.value, other.title});
    Look contributesTo;
    contributesTo.choices = &others;
    editField(ctx, kr, path, "contributesTo", contributesTo);
    ImGui::EndTable();
    Look text;
    text.lines = 2;
    editField(ctx, kr, path, "evidence", text);
    editField(ctx, kr, path, "notes", text);
    drawStretchCalculator(ctx, kr, path);
}

// S2's shared key result: the one this key result contributes to, or — for a shared one — its
// contributors rolled up as its scoreboard (how far they are, on average, and the lowest
// confidence among them).
void drawSharing(const Context& ctx, const okr::Objective& objective, size_t krIndex,
                 const std::string& path) {
    const okr::KeyResult& kr = objective.keyResults[krIndex];
    const float width = ImGui::GetContentRegionAvail().x;
    if (!kr.contributesTo.empty())
        if (const okr::KeyResult* shared = okr::findKeyResult(ctx.doc.plan(), kr.contributesTo)) {
            clippedText("↗ contributes to the shared key result: " + shared->title, width);
            testhook::item(path + "/contributes");
        }
    // The analysis lists key results in plan order: this one's place is the key results of the
    // objectives before it plus its own index.
    size_t at = krIndex;
    for (const okr::Objective& o : ctx.doc.plan().objectives) {
        if (&o == &objective) break;
        at += o.keyResults.size();
    }
    const auto& coverage = ctx.findings.analysis().keyResults;
    const okr::KrCoverage* cov =
        at < coverage.size() && coverage[at].id == kr.id ? &coverage[at] : nullptr;
    if (!cov || cov->contributors.empty()) return;
    const std::size_t n = cov->contributors.size();
    std::string line = "↔ shared: " + std::to_string(n) +
                       (n == 1 ? " key result contributes" : " key results contribute");
    if (cov->contributorProgress)
        line += " · on average " +
                std::to_string(static_cast<int>(std::lround(*cov->contributorProgress * 100))) +
                "% of the way" +
                (cov->contributorsScored < static_cast<int>(n)
                     ? " (" + std::to_string(cov->contributorsScored) + " measured)"
                     : std::string());
    else
        line += " · none measured yet";
    if (cov->lowestConfidence) {
        const okr::KeyResult* low = okr::findKeyResult(ctx.doc.plan(), cov->lowestConfidenceOf);
        line += " · lowest confidence " + std::to_string(*cov->lowestConfidence) + "/10" +
                (low ? ": " + low->title : std::string());
    }
    clippedText(line, width);
    testhook::item(path + "/shared");
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
    const okr::Standing standing = okr::standingOf(ctx.doc.plan(), objective, kr);
    const std::string summary = standing == okr::Standing::Retired  ? "retired · " + krSummary(kr)
                                : standing == okr::Standing::Paused ? "paused · " + krSummary(kr)
                                                                    : krSummary(kr);
    const float summaryWidth = ImGui::GetFontSize() * 7.5f;
    const float toggle = ImGui::GetFrameHeight();
    const float titleWidth = ImGui::GetContentRegionAvail().x - summaryWidth - toggle -
                             rowButtonsWidth() - ImGui::GetStyle().ItemSpacing.x * 2;
    Look title;
    title.caption = false;
    title.width = std::max(titleWidth, 80.0f);
    title.hint = "Increase [metric] from [baseline] to [target] by [date]";
    editField(ctx, kr, path, "title", title);
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
    drawSharing(ctx, objective, krIndex, path);
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
    Look title;
    title.caption = false;
    title.width = ImGui::GetContentRegionAvail().x - rowButtonsWidth();
    title.hint = ctx.doc.plan().rules.profile == okr::Profile::Agency
                     ? "An outcome the client would pay for"
                     : "An outcome: who changes, and how";
    editField(ctx, o, path, "title", title);
    ImGui::PopFont();
    ImGui::SameLine();
    rowMenu(
        path, index, [&](size_t to) { ctx.doc.edit(okr::moveObjective, o.id, to); },
        [&] { ctx.doc.edit(okr::deleteObjective, o.id); },
        [&] { requestAdjustment(ctx.ui, okr::TargetKind::Objective, o.id.value); });

    if (beginFieldTable("meta")) {
        nextCell();
        Look owner;
        owner.suggestions = &owners;
        editField(ctx, o, path, "owner", owner);
        nextCell();
        editField(ctx, o, path, "style");
        nextCell();
        std::vector<widgets::Choice> themes;
        for (const auto& t : plan.strategy.themes) themes.push_back({t.id.value, t.title});
        Look theme;
        theme.choices = &themes;
        editField(ctx, o, path, "theme", theme);
        nextCell();
        std::vector<widgets::Choice> parents;
        for (const auto& p : plan.objectives)
            if (p.id != o.id) parents.push_back({p.id.value, p.title});
        Look parent;
        parent.choices = &parents;
        editField(ctx, o, path, "parent", parent);
        nextCell();
        editField(ctx, o, path, "level");
        if (o.level == okr::Level::Team) {
            // A team objective's team; its owner above is the team's lead.
            nextCell();
            Look team;
            team.hint = "Support, Product…";
            editField(ctx, o, path, "team", team);
        }
        ImGui::EndTable();
    }

    drawScoreStrip(ctx, index);
    // Key results are rows of their own: an objective with thousands of them (the format allows
    // it) draws only those on screen.
    const std::string& focus = widgets::focusedLabel();
    for (size_t k = 0; k < o.keyResults.size(); ++k) {
        const std::string krPath = path + "/keyResults/" + std::to_string(k) + "/";
        lazyRow(ctx.ui, "keyResult/" + o.keyResults[k].id.value,
                focus.compare(0, krPath.size(), krPath) == 0,
                [&] { drawKeyResult(ctx, o, k, path, owners); });
    }
    if (!widgets::readOnly()) {
        if (ImGui::SmallButton("+ Key result")) {
            ctx.doc.edit(okr::addKeyResult, o.id, std::string());
            widgets::requestFocus(
                path + "/keyResults/" + std::to_string(o.keyResults.size()) + "/title", true);
        }
        testhook::item(path + "/addKeyResult");
    }
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
        const float ownerWidth = ImGui::GetFontSize() * 9;
        const float linkWidth = ImGui::GetFontSize() * 7;
        Look title;
        title.caption = false;
        title.width = ImGui::GetContentRegionAvail().x - ownerWidth - linkWidth -
                      rowButtonsWidth() - ImGui::GetStyle().ItemSpacing.x * 2;
        title.hint = "initiative";
        editField(ctx, in, path, "title", title);
        ImGui::SameLine();
        Look owner;
        owner.caption = false;
        owner.width = ownerWidth;
        owner.suggestions = &owners;
        editField(ctx, in, path, "owner", owner);
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
    if (widgets::readOnly()) return;
    if (ImGui::SmallButton("+ Initiative")) {
        ctx.doc.edit(okr::addInitiative, std::string());
        widgets::requestFocus("/initiatives/" + std::to_string(plan.initiatives.size()) + "/title",
                              true);
    }
    testhook::item("/initiatives/add");
}

}  // namespace

void drawObjectives(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    if (ctx.ui.ownersRevision != ctx.doc.revision()) {
        ctx.ui.owners = ownersInPlan(plan);
        ctx.ui.ownersRevision = ctx.doc.revision();
    }
    const std::vector<std::string>& owners = ctx.ui.owners;
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Objectives (%zu)", plan.objectives.size());
    ImGui::PopFont();
    if (!widgets::readOnly()) {
        ImGui::SameLine();
        if (ImGui::Button("+ Objective")) {
            ctx.doc.edit(okr::addObjective, std::string());
            widgets::requestFocus(
                "/objectives/" + std::to_string(plan.objectives.size()) + "/title", true);
        }
        testhook::item("/objectives/add");
    }
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
