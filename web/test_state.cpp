// The test state as JSON; see test_state.h.
#include "test_state.h"

#include <nlohmann/json.hpp>

#include "imgui_internal.h"
#include "io/format.h"
#include "io/json_scan.h"
#include "platform.h"
#include "theme.h"
#include "tree_figures.h"
#include "widgets.h"

namespace {

nlohmann::json uiJson(const Document& doc, const UiState& ui, float pixelRatio) {
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : ui.notices) notices.push_back(n.text);
    nlohmann::json out = {{"userScale", ui.userScale},
                          {"clientView", ui.clientView},
                          {"coDraft", ui.coDraft},
                          {"pixelRatio", pixelRatio},
                          {"notices", notices},
                          {"fileErrorTitle", ui.fileErrorTitle},
                          {"fileErrors", ui.fileErrors},
                          {"corruptDraftId", ui.corruptDraftId},
                          {"treeRefusal", ui.tree.refusal},
                          {"selectedNodes", ui.tree.selected},
                          {"treeInteraction", static_cast<int>(ui.tree.interaction)},
                          {"rhythmView", static_cast<int>(ui.rhythm.view)},
                          {"timerRunning", ui.rhythm.timerRunning},
                          // Input ImGui has yet to take (it takes about a key a frame): a test
                          // that typed at full speed waits for 0 before it reads the field.
                          {"inputPending", ImGui::GetCurrentContext()->InputEventsQueue.Size},
                          {"showTree", ui.showTree},
                          {"showCascade", ui.showCascade},
                          {"openKeyResult", ui.openKeyResult},
                          {"treeHighlighted", ui.tree.highlighted},
                          {"whatIf", ui.tree.whatIf}};
    if (!ui.tree.whatIf) return out;
    // What the cards show in what-if mode: each changed node's value before and after.
    const TreeFigures& figures = treeFigures();
    nlohmann::json changed = nlohmann::json::object();
    const auto& nodes = doc.plan().tree.nodes;
    for (size_t i = 0; i < figures.values().size() && i < nodes.size(); ++i) {
        const okr::WhatIfValue& w = figures.values()[i];
        if (w.changed && w.after)
            changed[nodes[i].id.value] = {{"before", w.before ? *w.before : 0.0},
                                          {"after", *w.after}};
    }
    out["whatIfChanged"] = changed;
    nlohmann::json ranking = nlohmann::json::array();
    for (const auto& s : figures.ranking())
        if (s.formulaPath) ranking.push_back({{"id", s.driver.value}, {"relative", s.relative}});
    out["leverRanking"] = ranking;
    return out;
}

nlohmann::json projectorJson(const okr::Plan& plan, const ProjectorState& p, float pixelRatio) {
    return {
        {"on", p.on},
        {"scale", theme::currentScale()},
        {"bodyFontPx", theme::bodyFont() ? theme::bodyFont()->FontSize / pixelRatio : 0.0f},
        {"theme", theme::currentPalette() == theme::Palette::ProjectorDark    ? "dark"
                  : theme::currentPalette() == theme::Palette::ProjectorLight ? "light"
                                                                              : "planner"},
        {"view", p.showTree ? "tree" : "objective"},
        {"objectiveIndex", p.objective},
        {"focusedObjective", p.on && static_cast<size_t>(p.objective) < plan.objectives.size()
                                 ? plan.objectives[static_cast<size_t>(p.objective)].id.value
                                 : std::string()},
        {"timerRunning", p.timerRunning},
        {"timeboxMinutes", p.timeboxMinutes},
        {"timerMs", p.timerAccumMs + (p.timerRunning ? platform::nowMs() - p.timerStartedAt : 0)},
        {"fullscreen", platform::isFullscreen()}};
}

nlohmann::json analysisJson(const Findings& findings) {
    const okr::Analysis& a = findings.analysis();
    nlohmann::json violations = nlohmann::json::array();
    for (const auto& v : a.violations)
        violations.push_back({{"rule", v.ruleId()},
                              {"severity", okr::name(v.severity)},
                              {"kind", okr::name(v.target.kind)},
                              {"id", v.target.id},
                              {"path", v.target.path},
                              {"message", v.message}});
    nlohmann::json out = {{"violations", violations},
                          {"errors", a.counts.errors},
                          {"warnings", a.counts.warnings},
                          {"infos", a.counts.infos},
                          {"drafts", a.drafts},
                          {"lastAnalysisMs", findings.lastAnalysisMs()},
                          {"focus", widgets::focusedLabel()},
                          {"activeField", widgets::activeLabel()}};
    if (a.planScore) out["planScore"] = *a.planScore;
    return out;
}

}  // namespace

std::string testStateJson(const Document& doc, const UiState& ui, const Findings& findings,
                          const Session& session, float pixelRatio) {
    nlohmann::json state;
    okr::parseJson(okr::savePlan(doc.plan()), state["plan"]);
    state["ui"] = uiJson(doc, ui, pixelRatio);
    state["projector"] = projectorJson(doc.plan(), ui.projector, pixelRatio);
    const okr::History& h = doc.history();
    state["share"] = {{"show", ui.share.show},   {"pending", ui.share.pending},
                      {"link", ui.share.link},   {"clipboard", ui.share.clipboard},
                      {"error", ui.share.error}, {"sharedView", ui.sharedView},
                      {"framed", ui.framed}};
    state["document"] = {{"draftId", doc.draftId()},
                         {"readOnly", doc.readOnly()},
                         {"revision", doc.revision()},
                         {"lastEditMs", doc.lastEditMs()},
                         {"stored", doc.stored()},
                         {"storageError", session.storageError()},
                         {"unsavedToFile", doc.unsavedToFile()},
                         {"undoLabel", h.undoLabel()},
                         {"redoLabel", h.redoLabel()},
                         {"lastError", h.lastError()}};
    state["analysis"] = analysisJson(findings);
    // Never throws: text that is not UTF-8 (which nothing should hold) shows as U+FFFD.
    return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
