// The menu bar, its status line and the keyboard shortcuts; see menu_bar.h.
#include "menu_bar.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "export/export.h"
#include "imgui.h"
#include "platform.h"
#include "templates.h"
#include "test_hook.h"
#include "widgets.h"

namespace menus {

namespace {

constexpr const char* kScaleSetting = "okr.uiScale";
constexpr float kMinScale = 0.5f;
constexpr float kMaxScale = 3.0f;

void setUserScale(UiState& ui, float scale) {
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (scale == ui.userScale) return;
    ui.userScale = scale;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", scale);
    platform::saveSetting(kScaleSetting, buf);
}

void openSaveAs(panels::Context& ctx) {
    ctx.ui.showSaveAs = true;
    ctx.ui.saveAsName = ctx.doc.fileName();
}

// Downloads an export of the open plan: "<file stem><suffix>.<md|csv>".
void exportFile(panels::Context& ctx, okr::ExportFormat format, const char* suffix) {
    const std::string name = ctx.doc.fileStem() + suffix + "." + okr::fileExtension(format);
    platform::downloadText(name, okr::mimeType(format),
                           okr::exportAs(format, ctx.doc.plan(), ctx.findings.analysis()));
    ctx.ui.notice(Notice::Kind::Info, "Exported " + name + " to your downloads.", true);
}

void drawExportMenu(panels::Context& ctx) {
    const struct {
        const char* text;
        okr::ExportFormat format;
        const char* suffix;
        const char* label;
    } exports[] = {
        {"One-pager (Markdown)", okr::ExportFormat::Markdown, "", "menu/export/md"},
        {"One-pager with the open findings (Markdown)", okr::ExportFormat::MarkdownWithFindings,
         " with findings", "menu/export/mdFindings"},
        {"Tracking sheet (CSV)", okr::ExportFormat::Csv, "", "menu/export/csv"},
        {"Lint report (Markdown)", okr::ExportFormat::LintReport, " lint report",
         "menu/export/report"}};
    for (const auto& e : exports) {
        if (ImGui::MenuItem(e.text)) exportFile(ctx, e.format, e.suffix);
        testhook::item(e.label);
    }
    if (ImGui::MenuItem("Driver tree (SVG)"))
        ctx.ui.notice(Notice::Kind::Info,
                      "Exported " + panels::exportTreeSvg(ctx) + " to your downloads.");
    testhook::item("menu/export/svg");
}

void drawFileMenu(Session& session, panels::Context& ctx) {
    if (ImGui::MenuItem("New blank plan")) session.startBlank();
    const bool templatesOpen = ImGui::BeginMenu("New from template");
    testhook::item("menu/file/templates");
    if (templatesOpen) {
        for (const std::string_view t : okr::templateNames()) {
            const std::string name(t);
            if (ImGui::MenuItem(name.c_str())) session.startFromTemplate(name, nullptr);
            testhook::item("menu/template/" + name);
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Open…", "Ctrl+O")) platform::openFilePicker();
    if (ImGui::MenuItem("Drafts in this browser…")) ctx.ui.showDrafts = true;
    testhook::item("menu/file/drafts");
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S")) session.save(ctx.doc.fileName());
    if (ImGui::MenuItem("Save as…", "Ctrl+Shift+S")) openSaveAs(ctx);
    if (ImGui::MenuItem("Copy share link…")) panels::requestShareLink(ctx);
    testhook::item("menu/file/share");
    const bool exportOpen = ImGui::BeginMenu("Export");
    testhook::item("menu/file/export");
    if (exportOpen) {
        drawExportMenu(ctx);
        ImGui::EndMenu();
    }
}

void drawEditMenu(panels::Context& ctx) {
    const okr::History& h = ctx.doc.history();
    const std::string undo = h.undoLabel().empty() ? "Undo" : "Undo " + h.undoLabel();
    const std::string redo = h.redoLabel().empty() ? "Redo" : "Redo " + h.redoLabel();
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, h.canUndo())) ctx.doc.undo();
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, h.canRedo())) ctx.doc.redo();
}

void drawViewMenu(panels::Context& ctx) {
    UiState& ui = ctx.ui;
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) setUserScale(ui, ui.userScale + 0.1f);
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) setUserScale(ui, ui.userScale - 0.1f);
    if (ImGui::MenuItem("Reset text size", "Ctrl+0")) setUserScale(ui, 1.0f);
    ImGui::Separator();
    if (ImGui::MenuItem("Projector mode", "F5")) panels::enterProjector(ui);
    if (ImGui::MenuItem("Client view (hide the checks)", nullptr, ui.clientView))
        ui.clientView = !ui.clientView;
    testhook::item("menu/view/client");
}

// The plan's title and where it is kept: read only, not saved to a file, stored or not.
void drawStatus(const Session& session, const Document& doc, bool framed) {
    std::string status = doc.plan().meta.title;
    if (framed)
        status += "  •  inside another site, read only";
    else if (doc.readOnly())
        status += "  •  shared link, read only";
    else if (doc.unsavedToFile())
        status += "  •  not saved to a file";
    if (!session.storageError().empty())
        status += "  •  NOT stored in this browser";
    else if (doc.stored() && doc.history().canUndo())
        status += "  •  draft stored";
    ImGui::TextDisabled("%s", status.c_str());
}

}  // namespace

void loadUserScale(UiState& ui) {
    const std::string saved = platform::loadSetting(kScaleSetting);
    if (saved.empty()) return;
    const float s = std::strtof(saved.c_str(), nullptr);
    if (s >= kMinScale && s <= kMaxScale) ui.userScale = s;
}

void drawMenuBar(Session& session, panels::Context& ctx) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        drawFileMenu(session, ctx);
        ImGui::EndMenu();
    }
    testhook::item("menu/file");
    if (ImGui::BeginMenu("Edit")) {
        drawEditMenu(ctx);
        ImGui::EndMenu();
    }
    testhook::item("menu/edit");
    if (ImGui::BeginMenu("View")) {
        drawViewMenu(ctx);
        ImGui::EndMenu();
    }
    testhook::item("menu/view");
    if (ImGui::MenuItem("▶ Present")) panels::enterProjector(ctx.ui);
    testhook::item("toolbar/projector");
    if (ctx.ui.clientView) {
        // Said where the facilitator looks, with the way back, while the client sees no checks.
        if (ImGui::MenuItem("Client view: show the checks")) ctx.ui.clientView = false;
        testhook::item("toolbar/showChecks");
    }
    drawStatus(session, ctx.doc, ctx.ui.framed);
    ImGui::EndMenuBar();
}

void handleShortcuts(Session& session, panels::Context& ctx) {
    UiState& ui = ctx.ui;
    const ImGuiIO& io = ImGui::GetIO();
    // No letter starts it: a title that begins with "P" typed before its field is ready must not
    // put the plan on the wall.
    if (!io.KeyCtrl && !io.KeySuper && !io.KeyAlt && !widgets::typingExpected() &&
        !ui.projector.on && ImGui::IsKeyPressed(ImGuiKey_F5, false) &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
        panels::enterProjector(ui);
    if (!io.KeyCtrl && !io.KeySuper) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, false))
        setUserScale(ui, ui.userScale + 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false))
        setUserScale(ui, ui.userScale - 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_0, false)) setUserScale(ui, 1.0f);
    if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
        if (io.KeyShift)
            openSaveAs(ctx);
        else
            session.save(ctx.doc.fileName());
    }
    if (ImGui::IsKeyPressed(ImGuiKey_O, false)) ui.showOpen = true;
    // While a text field is being edited, Ctrl+Z belongs to the field.
    if (widgets::typingExpected()) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        if (io.KeyShift)
            ctx.doc.redo();
        else
            ctx.doc.undo();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) ctx.doc.redo();
}

}  // namespace menus
