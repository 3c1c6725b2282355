// The test state as JSON; see test_state.h.
#include "test_state.h"

#include <string_view>
#include <vector>

#include "export/export.h"
#include "imgui_internal.h"
#include "io/format.h"
#include "platform.h"
#include "theme.h"
#include "tree_figures.h"
#include "widgets.h"

namespace {

// JSON text written by hand (the app links no JSON writer of its own for this): a string quoted
// and escaped, a number, a boolean, and objects and arrays of such texts.
std::string str(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char* const hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out + '"';
}
std::string num(double v) { return okr::csvNumber(v); }
std::string boolean(bool b) { return b ? "true" : "false"; }
std::string strings(const std::vector<std::string>& list) {
    std::string out = "[";
    for (const std::string& s : list) out += (out.size() > 1 ? "," : "") + str(s);
    return out + ']';
}

struct Obj {
    std::string text = "{";
    Obj& add(const char* key, const std::string& json) {
        if (text.size() > 1) text += ',';
        text += str(key) + ':' + json;
        return *this;
    }
    std::string done() const { return text + '}'; }
};

std::string uiJson(const Document& doc, const UiState& ui, float pixelRatio) {
    std::vector<std::string> notices;
    for (const auto& n : ui.notices) notices.push_back(n.text);
    Obj out;
    out.add("userScale", num(ui.userScale))
        .add("clientView", boolean(ui.clientView))
        .add("coDraft", boolean(ui.coDraft))
        .add("pixelRatio", num(pixelRatio))
        .add("notices", strings(notices))
        .add("fileErrorTitle", str(ui.fileErrorTitle))
        .add("fileErrors", strings(ui.fileErrors))
        .add("corruptDraftId", str(ui.corruptDraftId))
        .add("treeRefusal", str(ui.tree.refusal))
        .add("selectedNodes", strings(ui.tree.selected))
        .add("treeInteraction", num(static_cast<int>(ui.tree.interaction)))
        .add("rhythmView", num(static_cast<int>(ui.rhythm.view)))
        .add("timerRunning", boolean(ui.rhythm.timerRunning))
        // Input ImGui has yet to take (it takes about a key a frame): a test that typed at full
        // speed waits for 0 before it reads the field.
        .add("inputPending", num(ImGui::GetCurrentContext()->InputEventsQueue.Size))
        .add("showTree", boolean(ui.showTree))
        .add("showCascade", boolean(ui.showCascade))
        .add("openKeyResult", str(ui.openKeyResult))
        .add("treeHighlighted", strings(ui.tree.highlighted))
        .add("whatIf", boolean(ui.tree.whatIf))
        .add("importing", boolean(ui.importing.open))
        .add("mirror", boolean(ui.mirror));
    if (!ui.tree.whatIf) return out.done();
    // What the cards show in what-if mode: each changed node's value before and after.
    const TreeFigures& figures = treeFigures();
    Obj changed;
    const auto& nodes = doc.plan().tree.nodes;
    for (size_t i = 0; i < figures.values().size() && i < nodes.size(); ++i) {
        const okr::WhatIfValue& w = figures.values()[i];
        if (w.changed && w.after)
            changed.add(nodes[i].id.value.c_str(),
                        Obj()
                            .add("before", num(w.before ? *w.before : 0.0))
                            .add("after", num(*w.after))
                            .done());
    }
    out.add("whatIfChanged", changed.done());
    std::string ranking = "[";
    for (const auto& s : figures.ranking())
        if (s.formulaPath)
            ranking += (ranking.size() > 1 ? "," : "") +
                       Obj().add("id", str(s.driver.value)).add("relative", num(s.relative)).done();
    out.add("leverRanking", ranking + ']');
    return out.done();
}

std::string projectorJson(const okr::Plan& plan, const ProjectorState& p, float pixelRatio) {
    const bool focused = p.on && static_cast<size_t>(p.objective) < plan.objectives.size();
    return Obj()
        .add("on", boolean(p.on))
        .add("scale", num(theme::currentScale()))
        .add("bodyFontPx", num(theme::bodyFont() ? theme::bodyFont()->FontSize / pixelRatio : 0.0f))
        .add("theme", str(theme::currentPalette() == theme::Palette::ProjectorDark    ? "dark"
                          : theme::currentPalette() == theme::Palette::ProjectorLight ? "light"
                                                                                      : "planner"))
        .add("view", str(p.showTree ? "tree" : "objective"))
        .add("objectiveIndex", num(p.objective))
        .add("focusedObjective",
             str(focused ? plan.objectives[static_cast<size_t>(p.objective)].id.value : ""))
        .add("timerRunning", boolean(p.timerRunning))
        .add("timeboxMinutes", num(p.timeboxMinutes))
        .add("timerMs",
             num(p.timerAccumMs + (p.timerRunning ? platform::nowMs() - p.timerStartedAt : 0)))
        .add("fullscreen", boolean(platform::isFullscreen()))
        .done();
}

std::string analysisJson(const Findings& findings) {
    const okr::Analysis& a = findings.analysis();
    std::string violations = "[";
    for (const auto& v : a.violations)
        violations +=
            (violations.size() > 1 ? "," : "") + Obj()
                                                     .add("rule", str(v.ruleId()))
                                                     .add("severity", str(okr::name(v.severity)))
                                                     .add("kind", str(okr::name(v.target.kind)))
                                                     .add("id", str(v.target.id))
                                                     .add("path", str(v.target.path))
                                                     .add("message", str(v.message))
                                                     .done();
    Obj out;
    out.add("violations", violations + ']')
        .add("errors", num(a.counts.errors))
        .add("warnings", num(a.counts.warnings))
        .add("infos", num(a.counts.infos))
        .add("drafts", strings(a.drafts))
        .add("lastAnalysisMs", num(findings.lastAnalysisMs()))
        .add("focus", str(widgets::focusedLabel()))
        .add("activeField", str(widgets::activeLabel()));
    if (a.planScore) out.add("planScore", num(*a.planScore));
    return out.done();
}

}  // namespace

std::string testStateJson(const Document& doc, const UiState& ui, const Findings& findings,
                          const Session& session, float pixelRatio) {
    const okr::History& h = doc.history();
    return Obj()
        .add("plan", okr::savePlan(doc.plan()))
        .add("ui", uiJson(doc, ui, pixelRatio))
        .add("projector", projectorJson(doc.plan(), ui.projector, pixelRatio))
        .add("share", Obj()
                          .add("show", boolean(ui.share.show))
                          .add("pending", boolean(ui.share.pending))
                          .add("link", str(ui.share.link))
                          .add("clipboard", str(ui.share.clipboard))
                          .add("error", str(ui.share.error))
                          .add("sharedView", boolean(ui.sharedView))
                          .add("framed", boolean(ui.framed))
                          .done())
        .add("document", Obj()
                             .add("draftId", str(doc.draftId()))
                             .add("readOnly", boolean(doc.readOnly()))
                             .add("revision", num(static_cast<double>(doc.revision())))
                             .add("lastEditMs", num(doc.lastEditMs()))
                             .add("stored", boolean(doc.stored()))
                             .add("storageError", str(session.storageError()))
                             .add("unsavedToFile", boolean(doc.unsavedToFile()))
                             .add("undoLabel", str(h.undoLabel()))
                             .add("redoLabel", str(h.redoLabel()))
                             .add("lastError", str(h.lastError()))
                             .done())
        .add("analysis", analysisJson(findings))
        .done();
}
