// The menu bar, its status line and the keyboard shortcuts; see menu_bar.h.
#include "menu_bar.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "export/export.h"
#include "export/print_html.h"
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

// The one-pager on paper or as a PDF, through the browser's print dialog: the plan as a handout,
// no checks; the initiatives only when asked (S0: tactics are not part of the OKR document).
void printOnePager(panels::Context& ctx, bool withInitiatives = false) {
    platform::printPage(
        okr::exportPrintHtml(ctx.doc.plan(), ctx.findings.analysis(), withInitiatives));
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
        {"One-pager with the initiatives (Markdown)", okr::ExportFormat::MarkdownWithInitiatives,
         " with initiatives", "menu/export/mdInitiatives"},
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

// The examples as people choose them: a title, and when to start from it. Worked examples first,
// then S4's growth levers by stage; a file with no entry here is listed by its name at the end.
struct TemplateEntry {
    std::string_view name;
    const char* title;
    const char* when;
    bool lever;  // one of S4's growth-lever templates
};

constexpr TemplateEntry kTemplateEntries[] = {
    {"talentsync", "TalentSync: a seed-stage SaaS company's quarter",
     "The worked example, run in this quarter: objectives, a driver tree, the weeks' check-ins "
     "so far and a mid-quarter review.",
     false},
    {"talentsync-end", "TalentSync at the end of its quarter: scored",
     "The same quarter scored: final values, the scoring session's grades (0.8, 0.8, 0.87; plan "
     "0.82) and the retrospective. Start here to run a scoring session.",
     false},
    {"s0-agency-leadgen", "Agency: a lead-generation client's quarter",
     "An agency setting OKRs with a client whose goal is qualified leads.", false},
    {"s3-plg", "Product-led SaaS (self-serve): company OKRs",
     "Users sign up, start and pay without talking to sales.", false},
    {"s3-b2b-saas", "B2B SaaS with sales assist: half-year OKRs",
     "Trials that a sales team turns into contracts.", false},
    {"s3-dtc", "E-commerce (direct to consumer): company OKRs",
     "An online shop growing orders, repeat purchases and margin.", false},
    {"s4-pm-saas", "Project-management SaaS: a lever tree and its OKRs",
     "Start from a North Star and the levers under it, then set OKRs on them.", false},
    {"s4-a1", "Acquisition: owned channels",
     "More sign-ups from channels you own (content, search, community) rather than pay for.", true},
    {"s4-a2", "Acquisition: outbound", "Pipeline built by reaching out to chosen accounts.", true},
    {"s4-b1", "Activation: time to value", "New users take too long to reach a first result.",
     true},
    {"s4-b2", "Activation: onboarding conversion",
     "Too few trials finish onboarding or become paying customers.", true},
    {"s4-c1", "Retention: early churn", "Customers leave in their first months.", true},
    {"s4-c2", "Retention: net revenue retention",
     "Revenue from existing accounts: expansion against churn and downgrades.", true},
    {"s4-d1", "Revenue: pipeline and close rate",
     "More of the pipeline should become signed deals.", true},
    {"s4-d2", "Revenue: quality and efficiency", "Revenue that costs less to win and stays longer.",
     true},
    {"s4-e1", "Referral: customers bring customers",
     "A referral programme among your happiest customers.", true},
    {"s4-e2", "Referral: partners and ecosystem",
     "Partners, integrations and marketplaces that bring customers.", true},
};

void templateItem(Session& session, std::string_view name, const char* title, const char* when) {
    const std::string file(name);
    if (ImGui::MenuItem(title)) session.startFromTemplate(file, nullptr);
    testhook::item("menu/template/" + file);
    if (when && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", when);
}

void drawTemplateMenu(Session& session) {
    const auto& names = okr::templateNames();
    const auto present = [&](std::string_view n) {
        return std::find(names.begin(), names.end(), n) != names.end();
    };
    for (bool levers : {false, true}) {
        if (levers) ImGui::SeparatorText("Growth levers (S4)");
        for (const TemplateEntry& e : kTemplateEntries)
            if (e.lever == levers && present(e.name))
                templateItem(session, e.name, e.title, e.when);
    }
    bool first = true;
    for (const std::string_view n : names) {
        const bool known = std::any_of(std::begin(kTemplateEntries), std::end(kTemplateEntries),
                                       [&](const TemplateEntry& e) { return e.name == n; });
        if (known) continue;
        if (first) ImGui::Separator();
        first = false;
        templateItem(session, n, std::string(n).c_str(), nullptr);
    }
}

void drawFileMenu(Session& session, panels::Context& ctx) {
    if (ImGui::MenuItem("New blank plan")) session.startBlank();
    const bool templatesOpen = ImGui::BeginMenu("New from template");
    testhook::item("menu/file/templates");
    if (templatesOpen) {
        drawTemplateMenu(session);
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Open…", "Ctrl+O")) platform::openFilePicker();
    if (ImGui::MenuItem("Import OKRs from a spreadsheet or a list…"))
        panels::openImport(ctx.ui, "", "", ctx.today);
    testhook::item("menu/file/import");
    if (ImGui::MenuItem("Drafts in this browser…")) ctx.ui.showDrafts = true;
    testhook::item("menu/file/drafts");
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S")) session.save(ctx.doc.fileName());
    if (ImGui::MenuItem("Save as…", "Ctrl+Shift+S")) openSaveAs(ctx);
    if (ImGui::MenuItem("Print or save as PDF…", "Ctrl+P")) printOnePager(ctx);
    testhook::item("menu/file/print");
    if (ImGui::MenuItem("Print with the initiatives…")) printOnePager(ctx, true);
    testhook::item("menu/file/printInitiatives");
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
    if (ImGui::MenuItem("Draft on the wall (large type)", nullptr, ui.coDraft))
        ui.coDraft = !ui.coDraft;
    testhook::item("menu/view/coDraft");
    if (ImGui::MenuItem("Client view (hide the checks)", nullptr, ui.clientView))
        ui.clientView = !ui.clientView;
    testhook::item("menu/view/client");
    ImGui::Separator();
    if (ImGui::MenuItem("Screen reader outline", nullptr, ui.mirror)) {
        ui.mirror = !ui.mirror;
        platform::setMirror(ui.mirror);
    }
    testhook::item("menu/view/mirror");
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
    ui.mirror = platform::loadSetting("okr.mirror") == "1";
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
    if (ctx.ui.coDraft) {
        if (ImGui::MenuItem("Large type: back to the desk")) ctx.ui.coDraft = false;
        testhook::item("toolbar/leaveCoDraft");
    }
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
    if (ImGui::IsKeyPressed(ImGuiKey_P, false) && !io.KeyShift) printOnePager(ctx);
    if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
        if (io.KeyShift)
            openSaveAs(ctx);
        else
            session.save(ctx.doc.fileName());
    }
    if (ImGui::IsKeyPressed(ImGuiKey_O, false)) ui.showOpen = true;
    // While a text field is being edited, Ctrl+Z belongs to the field.
    if (widgets::typingExpected()) return;
    // Rows or a list pasted outside a field (the tree pastes its own cards): the import window.
    if (ImGui::IsKeyPressed(ImGuiKey_V, false) && !ui.showTree &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) {
        const char* text = ImGui::GetClipboardText();
        if (text && std::string_view(text).find('\n') != std::string_view::npos)
            panels::openImport(ui, "pasted text", text, ctx.today);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        if (io.KeyShift)
            ctx.doc.redo();
        else
            ctx.doc.undo();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) ctx.doc.redo();
}

}  // namespace menus
