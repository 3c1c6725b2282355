// App: start-up (restore the last draft, or the example), drafts, files, shortcuts, menus,
// dialogs, and the layout of the panels.
#include "app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/tree_svg.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "io/format.h"
#include "panels/panels.h"
#include "rhythm/rhythm.h"
#include "share/link.h"
#include "templates.h"
#include "test_hook.h"
#include "theme.h"
#include "tree_figures.h"
#include "widgets.h"

namespace {

constexpr const char* kStartupExample = "talentsync";
constexpr const char* kScaleSetting = "okr.uiScale";
constexpr const char* kCurrentDraftSetting = "okr.currentDraft";
constexpr float kMinScale = 0.5f;
constexpr float kMaxScale = 3.0f;
constexpr double kStorageRetryMs = 5000;  // after a failed autosave
// Projector mode's scale for a canvas 1080 device pixels high (or 1920 wide): body text of 34 px,
// readable from the back of a meeting room; other sizes scale with the canvas.
constexpr float kProjectorScaleAt1080 = 2.0f;
constexpr float kProjectorMaxScale = 4.0f;
constexpr const char* kReadOnlyNotice =
    "This shared plan is read only: \"Make an editable copy\" to change it.";

}  // namespace

void App::init() {
    today_ = platform::today();
    const std::string saved = platform::loadSetting(kScaleSetting);
    if (!saved.empty()) {
        const float s = std::strtof(saved.c_str(), nullptr);
        if (s >= kMinScale && s <= kMaxScale) ui_.userScale = s;
    }
    // A share link opens its plan read only, beside the user's drafts (which are not even read).
    const std::string fragment = platform::locationFragment();
    if (fragment.rfind("#" + std::string(okr::kShareFragmentKey), 0) == 0 &&
        openSharedLink(fragment))
        return;
    const std::string current = platform::loadSetting(kCurrentDraftSetting);
    std::string text;
    if (!current.empty() && platform::loadDraft(current, text)) {
        okr::LoadResult result = okr::loadPlan(text);
        if (result.plan) {
            adopt(std::move(*result.plan), current);
            notice(Notice::Kind::Info,
                   "Restored your draft \"" + doc_.plan().meta.title + "\" from this browser.");
            return;
        }
        ui_.corruptDraftId = current;
        ui_.corruptDraftText = text;
        for (const auto& p : result.problems)
            if (!p.warning)
                ui_.fileErrors.push_back((p.path.empty() ? "" : p.path + ": ") + p.message);
        ui_.fileErrorTitle = "Your stored draft could not be read";
        startFromTemplate(kStartupExample, "The planner opened the example instead.");
        notice(Notice::Kind::Warning,
               "Your last draft in this browser could not be read; it is kept untouched. Use "
               "\"Download its text\" in the dialog to rescue it.");
        return;
    }
    startFromTemplate(kStartupExample, nullptr);
}

std::string App::newDraftId() const { return "d" + platform::uniqueToken(); }

void App::notice(Notice::Kind kind, std::string text) {
    ui_.notices.push_back({kind, std::move(text)});
    if (ui_.notices.size() > 4) ui_.notices.erase(ui_.notices.begin());
}

void App::adopt(okr::Plan plan, const std::string& draftId) {
    doc_.reset(std::move(plan), draftId);
    documentReplaced_ = true;
    storageError_.clear();
    ui_.openKeyResult.clear();
    ui_.rhythm.week = 0;
    ui_.rhythm.overrides.clear();
    ui_.rhythm.adjustOpen = false;
    ui_.rhythm.nextQuarterOpen = false;
    platform::saveSetting(kCurrentDraftSetting, draftId);
}

bool App::openSharedLink(const std::string& fragment) {
    okr::LoadResult result = okr::decodeShareFragment(fragment);
    if (!result.plan) {
        ui_.fileErrorTitle = "This share link could not be opened. Your own drafts are untouched.";
        ui_.fileErrors.clear();
        for (const auto& p : result.problems) {
            if (p.warning) continue;
            if (ui_.fileErrors.size() >= 200) break;
            ui_.fileErrors.push_back((p.path.empty() ? "" : p.path + ": ") + p.message);
        }
        return false;
    }
    doc_.reset(std::move(*result.plan), "", true);
    documentReplaced_ = true;
    storageError_.clear();
    ui_.sharedView = true;
    return true;
}

void App::makeEditableCopy() {
    okr::Plan plan = doc_.plan();
    adopt(std::move(plan), newDraftId());
    doc_.requestStore();  // store it at once: the user asked for it
    notice(Notice::Kind::Info,
           "\"" + doc_.plan().meta.title + "\" is now your own draft in this browser; edit away.");
}

void App::onShareLink(const platform::ShareLink& link) {
    ui_.share.pending = false;
    ui_.share.link = link.link;
    ui_.share.clipboard = link.clipboard;
    ui_.share.error = link.error;
}

void App::startFromTemplate(const std::string& name, const char* why) {
    const okr::Template* t = okr::findTemplate(name);
    okr::LoadResult result = t ? okr::loadPlan(t->json) : okr::LoadResult{};
    if (!result.plan) {
        notice(Notice::Kind::Error, "The built-in template '" + name + "' could not be loaded.");
        startBlank();
        return;
    }
    autosave(true);
    doc_.reset(std::move(*result.plan), newDraftId());
    documentReplaced_ = true;
    // A fresh template is stored only once it is edited, so untouched examples do not pile up.
    storageError_.clear();
    if (why) notice(Notice::Kind::Info, why);
}

void App::startBlank() {
    okr::Plan plan;
    plan.meta.title = "Untitled plan";
    if (auto today = okr::Date::parse(platform::today())) {
        const int q = (today->month - 1) / 3;
        plan.meta.start = okr::Date{today->year, q * 3 + 1, 1};
        const okr::Date next =
            q == 3 ? okr::Date{today->year + 1, 1, 1} : okr::Date{today->year, q * 3 + 4, 1};
        plan.meta.end = okr::Date::fromDays(next.toDays() - 1);
    }
    autosave(true);
    adopt(std::move(plan), newDraftId());
    doc_.requestStore();  // store it at once: the user asked for it
}

void App::openDraft(const std::string& id) {
    std::string text;
    if (!platform::loadDraft(id, text)) {
        notice(Notice::Kind::Error, "That draft is no longer in this browser's storage.");
        return;
    }
    okr::LoadResult result = okr::loadPlan(text);
    if (!result.plan) {
        ui_.fileErrorTitle = "This draft could not be read";
        ui_.fileErrors.clear();
        for (const auto& p : result.problems) ui_.fileErrors.push_back(p.path + ": " + p.message);
        return;
    }
    autosave(true);
    adopt(std::move(*result.plan), id);
    notice(Notice::Kind::Info, "Switched to the draft \"" + doc_.plan().meta.title + "\".");
}

void App::onFile(const platform::FileDrop& file) {
    ui_.fileErrors.clear();
    if (!file.error.empty()) {
        ui_.fileErrorTitle = "Could not open " + file.name;
        ui_.fileErrors.push_back(file.error);
        return;
    }
    okr::LoadResult result = okr::loadPlan(file.text);
    if (!result.plan) {
        ui_.fileErrorTitle = "Could not open " + file.name + " — your draft is unchanged";
        for (const auto& p : result.problems) {
            if (ui_.fileErrors.size() >= 200) break;
            ui_.fileErrors.push_back((p.path.empty() ? std::string("file") : p.path) + ": " +
                                     p.message);
        }
        return;
    }
    autosave(true);
    adopt(std::move(*result.plan), newDraftId());
    doc_.requestStore();
    notice(Notice::Kind::Info, "Opened " + file.name + " as a new draft.");
    for (const auto& p : result.problems)
        if (p.warning) notice(Notice::Kind::Warning, p.path + ": " + p.message);
}

void App::onDraftOpenElsewhere(const std::string& id) {
    if (id != doc_.draftId()) return;
    const std::string text =
        "This draft is also open in another tab of this browser: the tab that stores last "
        "overwrites the other's changes. Keep editing it in one tab only.";
    for (const auto& n : ui_.notices)
        if (n.text == text) return;
    notice(Notice::Kind::Warning, text);
}

void App::setUserScale(float scale) {
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (scale == ui_.userScale) return;
    ui_.userScale = scale;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", scale);
    platform::saveSetting(kScaleSetting, buf);
}

float App::displayScale(float pixelRatio, float deviceWidth, float deviceHeight) const {
    if (!ui_.projector.on) return pixelRatio * ui_.userScale;
    const float fit = std::min(deviceHeight / 1080.0f, deviceWidth / 1920.0f);
    return std::clamp(fit * kProjectorScaleAt1080, std::min(pixelRatio, kProjectorMaxScale),
                      kProjectorMaxScale);
}

void App::enterProjector() {
    if (ui_.projector.on) return;
    ImGui::ClearActiveID();
    ui_.projector.on = true;
    ui_.projector.sawFullscreen = false;
    ui_.projector.askedFullscreen = true;
    platform::requestFullscreen(true);
}

void App::leaveProjector() {
    ui_.projector.on = false;
    ui_.projector.askedFullscreen = false;
    if (platform::isFullscreen()) platform::requestFullscreen(false);
}

void App::save(const std::string& fileName) {
    platform::downloadText(fileName, "application/json", okr::savePlan(doc_.plan()));
    doc_.markSavedToFile();
    notice(Notice::Kind::Info, "Saved " + fileName + " to your downloads.");
}

void App::exportFile(okr::ExportFormat format, const char* suffix) {
    std::string name = doc_.fileName();
    name = name.substr(0, name.size() - std::string(".okr.json").size()) + suffix + "." +
           okr::fileExtension(format);
    platform::downloadText(name, okr::mimeType(format),
                           okr::exportAs(format, doc_.plan(), findings_.analysis()));
    notice(Notice::Kind::Info, "Exported " + name + " to your downloads.");
}

void App::autosave(bool force) {
    if (!doc_.needsStoring()) return;
    const double now = platform::nowMs();
    if (!force) {
        if (!doc_.autosaveDue()) return;
        if (!storageError_.empty() && now - lastStoreAttempt_ < kStorageRetryMs) return;
    }
    lastStoreAttempt_ = now;
    const std::string error =
        platform::storeDraft(doc_.draftId(), doc_.plan().meta.title, okr::savePlan(doc_.plan()));
    if (error.empty()) {
        doc_.markStored();
        platform::saveSetting(kCurrentDraftSetting, doc_.draftId());
    }
    storageError_ = error;
}

bool App::wantsFrames() const {
    return !doc_.stored() || !widgets::focusedLabel().empty() || ui_.tree.pngFrames > 0 ||
           (ui_.projector.on && ui_.projector.timerRunning) || ui_.rhythm.timerRunning;
}

void App::startNextQuarter() {
    RhythmViewState& r = ui_.rhythm;
    r.nextQuarterRequested = false;
    const okr::Plan& old = doc_.plan();
    const auto period = okr::nextPeriod(old.meta);
    if (!period) return;
    std::vector<okr::ObjectiveId> carried;
    for (const auto& o : old.objectives)
        if (std::find(r.carry.begin(), r.carry.end(), o.id.value) != r.carry.end())
            carried.push_back(o.id);
    // The old quarter stays a stored draft (even an untouched example) and is offered as a file
    // right away.
    doc_.requestStore();
    autosave(true);
    r.oldQuarterName = doc_.fileName();
    r.oldQuarterText = okr::savePlan(old);
    const std::string oldTitle = old.meta.title;
    okr::Plan next = okr::startNextQuarter(old, carried, period->first, period->second);
    adopt(std::move(next), newDraftId());
    doc_.requestStore();
    r.nextQuarterOpen = false;
    r.week = 0;
    notice(Notice::Kind::Info, "Started \"" + doc_.plan().meta.title + "\" as a new draft; \"" +
                                   oldTitle + "\" stays in Drafts and can be downloaded.");
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl && !io.KeySuper && !io.KeyAlt && !io.WantTextInput && !ui_.projector.on &&
        (ImGui::IsKeyPressed(ImGuiKey_F5, false) || ImGui::IsKeyPressed(ImGuiKey_P, false)) &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
        enterProjector();
    if (!io.KeyCtrl && !io.KeySuper) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, false))
        setUserScale(ui_.userScale + 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false))
        setUserScale(ui_.userScale - 0.1f);
    if (ImGui::IsKeyPressed(ImGuiKey_0, false)) setUserScale(1.0f);
    if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
        if (io.KeyShift) {
            ui_.showSaveAs = true;
            ui_.saveAsName = doc_.fileName();
        } else {
            save(doc_.fileName());
        }
    }
    if (ImGui::IsKeyPressed(ImGuiKey_O, false)) ui_.showOpen = true;
    // While a text field is being edited, Ctrl+Z belongs to the field.
    if (io.WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        if (io.KeyShift)
            doc_.redo();
        else
            doc_.undo();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) doc_.redo();
}

void App::drawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New blank plan")) startBlank();
        if (ImGui::BeginMenu("New from template")) {
            for (const auto& t : okr::templates()) {
                const std::string name(t.name);
                if (ImGui::MenuItem(name.c_str())) startFromTemplate(name, nullptr);
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Open…", "Ctrl+O")) platform::openFilePicker();
        if (ImGui::MenuItem("Drafts in this browser…")) ui_.showDrafts = true;
        testhook::item("menu/file/drafts");
        ImGui::Separator();
        if (ImGui::MenuItem("Save", "Ctrl+S")) save(doc_.fileName());
        if (ImGui::MenuItem("Save as…", "Ctrl+Shift+S")) {
            ui_.showSaveAs = true;
            ui_.saveAsName = doc_.fileName();
        }
        if (ImGui::MenuItem("Copy share link…")) {
            ui_.share = ShareDialogState{};
            ui_.share.show = true;
            ui_.share.pending = true;
            platform::makeShareLink(okr::savePlan(doc_.plan()), okr::kShareMaxLinkChars);
        }
        testhook::item("menu/file/share");
        const bool exportOpen = ImGui::BeginMenu("Export");
        testhook::item("menu/file/export");
        if (exportOpen) {
            const struct {
                const char* text;
                okr::ExportFormat format;
                const char* suffix;
                const char* label;
            } exports[] = {
                {"One-pager (Markdown)", okr::ExportFormat::Markdown, "", "menu/export/md"},
                {"Tracking sheet (CSV)", okr::ExportFormat::Csv, "", "menu/export/csv"},
                {"Lint report (Markdown)", okr::ExportFormat::LintReport, " lint report",
                 "menu/export/report"}};
            for (const auto& e : exports) {
                if (ImGui::MenuItem(e.text)) exportFile(e.format, e.suffix);
                testhook::item(e.label);
            }
            if (ImGui::MenuItem("Driver tree (SVG)")) {
                std::string name = doc_.fileName();
                name = name.substr(0, name.size() - std::string(".okr.json").size()) + " tree.svg";
                platform::downloadText(name, "image/svg+xml", okr::treeSvg(doc_.plan()));
                notice(Notice::Kind::Info, "Exported " + name + " to your downloads.");
            }
            testhook::item("menu/export/svg");
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    testhook::item("menu/file");
    if (ImGui::BeginMenu("Edit")) {
        const okr::History& h = doc_.history();
        const std::string undo = h.undoLabel().empty() ? "Undo" : "Undo " + h.undoLabel();
        const std::string redo = h.redoLabel().empty() ? "Redo" : "Redo " + h.redoLabel();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, h.canUndo())) doc_.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, h.canRedo())) doc_.redo();
        ImGui::EndMenu();
    }
    testhook::item("menu/edit");
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Larger text", "Ctrl+=")) setUserScale(ui_.userScale + 0.1f);
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) setUserScale(ui_.userScale - 0.1f);
        if (ImGui::MenuItem("Reset text size", "Ctrl+0")) setUserScale(1.0f);
        ImGui::Separator();
        if (ImGui::MenuItem("Projector mode", "F5 or P")) enterProjector();
        ImGui::EndMenu();
    }
    testhook::item("menu/view");
    if (ImGui::MenuItem("▶ Present")) enterProjector();
    testhook::item("toolbar/projector");
    std::string status = doc_.plan().meta.title;
    if (doc_.readOnly())
        status += "  •  shared link, read only";
    else if (doc_.unsavedToFile())
        status += "  •  not saved to a file";
    if (!storageError_.empty())
        status += "  •  NOT stored in this browser";
    else if (doc_.stored() && doc_.history().canUndo())
        status += "  •  draft stored";
    ImGui::TextDisabled("%s", status.c_str());
    ImGui::EndMenuBar();
}

void App::drawNotices() {
    panels::Context ctx{doc_, ui_, findings_};
    if (doc_.readOnly() && panels::drawSharedBanner(ctx)) makeEditableCopy();
    if (!storageError_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.65f, 0.08f, 0.08f, 1));
        ImGui::TextWrapped(
            "Your draft could not be stored in this browser (%s). It is safe in this tab; save it "
            "to a file (Ctrl+S) before closing.",
            storageError_.c_str());
        ImGui::PopStyleColor();
        testhook::item("notice/storage");
    }
    for (size_t i = 0; i < ui_.notices.size(); ++i) {
        const Notice& n = ui_.notices[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec4 colour = n.kind == Notice::Kind::Error     ? ImVec4(0.65f, 0.08f, 0.08f, 1)
                              : n.kind == Notice::Kind::Warning ? ImVec4(0.6f, 0.35f, 0.0f, 1)
                                                                : ImVec4(0.1f, 0.3f, 0.6f, 1);
        if (ImGui::SmallButton("×")) {
            ui_.notices.erase(ui_.notices.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", n.text.c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void App::drawDialogs() {
    if (!ui_.fileErrorTitle.empty()) ImGui::OpenPopup("File problems");
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(ImGui::GetFontSize() * 24, 0),
        ImVec2(ImGui::GetFontSize() * 48, ImGui::GetFontSize() * 30));
    if (ImGui::BeginPopupModal("File problems", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped("%s", ui_.fileErrorTitle.c_str());
        testhook::item("dialog/fileProblems");
        ImGui::Separator();
        ImGui::BeginChild("problems",
                          ImVec2(ImGui::GetFontSize() * 44,
                                 std::min<float>(ImGui::GetFontSize() * 18,
                                                 ImGui::GetTextLineHeightWithSpacing() *
                                                     (ui_.fileErrors.size() + 1) * 1.6f)));
        for (const auto& e : ui_.fileErrors) ImGui::BulletText("%s", e.c_str());
        ImGui::EndChild();
        if (!ui_.corruptDraftText.empty()) {
            if (ImGui::Button("Download its text")) {
                platform::downloadText("recovered-draft.txt", "text/plain", ui_.corruptDraftText);
            }
            testhook::item("dialog/downloadCorrupt");
            ImGui::SameLine();
        }
        if (ImGui::Button("Close")) {
            ui_.fileErrorTitle.clear();
            ui_.fileErrors.clear();
            ImGui::CloseCurrentPopup();
        }
        testhook::item("dialog/close");
        ImGui::EndPopup();
    }

    panels::Context ctx{doc_, ui_, findings_};
    if (panels::drawShareDialog(ctx)) save(doc_.fileName());

    if (ui_.showOpen) ImGui::OpenPopup("Open a plan");
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Open a plan", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(
            "Open a plan file (.json) as a new draft; the current draft is kept.");
        ImGui::TextDisabled("You can also drop a file anywhere on the page.");
        if (ImGui::Button("Choose a file…")) {
            platform::openFilePicker();
            ui_.showOpen = false;
            ImGui::CloseCurrentPopup();
        }
        testhook::item("dialog/chooseFile");
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            ui_.showOpen = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (ui_.showSaveAs) ImGui::OpenPopup("Save as");
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Save as", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        std::string name;
        ImGui::TextUnformatted("File name");
        if (widgets::text(doc_, nullptr, "dialog/saveAsName", ui_.saveAsName, name,
                          ImGui::GetFontSize() * 24))
            ui_.saveAsName = name;
        if (ImGui::Button("Save") && !ui_.saveAsName.empty()) {
            save(ui_.saveAsName);
            ui_.showSaveAs = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            ui_.showSaveAs = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void App::drawDrafts() {
    if (!ui_.showDrafts) return;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, ImGui::GetFontSize() * 20),
                             ImGuiCond_Appearing);
    if (!ImGui::Begin("Drafts in this browser", &ui_.showDrafts)) {
        ImGui::End();
        return;
    }
    autosave(true);
    const nlohmann::json list = nlohmann::json::parse(platform::listDrafts(), nullptr, false);
    if (!list.is_array() || list.empty()) ImGui::TextDisabled("No drafts stored yet.");
    if (list.is_array() && ImGui::BeginTable("drafts", 3, ImGuiTableFlags_RowBg)) {
        for (const auto& d : list) {
            if (!d.is_object() || !d.value("id", nlohmann::json()).is_string()) continue;
            const std::string id = d["id"];
            const std::string title = d.value("title", std::string("(untitled)"));
            const std::string updated = d.value("updated", std::string());
            ImGui::PushID(id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s%s", title.c_str(), id == doc_.draftId() ? "  (open)" : "");
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", updated.substr(0, 16).c_str());
            ImGui::TableNextColumn();
            if (id != doc_.draftId()) {
                if (ImGui::SmallButton("Open")) openDraft(id);
                testhook::item("drafts/" + id + "/open");
                ImGui::SameLine();
                if (ImGui::SmallButton("Delete")) platform::removeDraft(id);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

void App::draw(float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Planner", nullptr, ui_.projector.on ? flags & ~ImGuiWindowFlags_MenuBar : flags);
    if (documentReplaced_) {
        // A field being typed into belonged to the previous plan: drop its edit, or it would be
        // written into the new one.
        ImGui::ClearActiveID();
        ImGui::GetCurrentContext()->InputTextDeactivatedState.ID = 0;
        documentReplaced_ = false;
    }
    findings_.update(doc_.plan(), doc_.revision(), today_);
    panels::Context ctx{doc_, ui_, findings_, okr::Date::parse(today_).value_or(okr::Date{})};
    if (ui_.projector.on) {
        // Leaving the browser's full screen (its own Esc) leaves projector mode too.
        if (platform::isFullscreen())
            ui_.projector.sawFullscreen = true;
        else if (ui_.projector.sawFullscreen)
            ui_.projector.on = false;
        if (ui_.projector.on) panels::drawProjector(ctx);
        ImGui::End();
        if (!ui_.projector.on) leaveProjector();
        return;
    }
    drawMenuBar();
    drawNotices();

    const float avail = ImGui::GetContentRegionAvail().x;
    const float planWidth = std::max(avail * 0.24f, 240.0f);
    const float checksWidth = std::max(avail * 0.26f, 260.0f);
    // A shared plan's fields are shown disabled (the document refuses edits anyway); the view
    // tabs, the tree's pan and zoom and the checks stay usable.
    const bool locked = doc_.readOnly();
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 0.7f);
    ImGui::BeginChild("plan", ImVec2(planWidth, 0), ImGuiChildFlags_Border);
    ImGui::BeginDisabled(locked);
    panels::drawPlan(ctx);
    ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild(
        "objectives",
        ImVec2(avail - planWidth - checksWidth - ImGui::GetStyle().ItemSpacing.x * 2, 0),
        ImGuiChildFlags_Border);
    // The middle column shows the objectives or the driver tree.
    using Rhythm = RhythmViewState::View;
    const auto viewButton = [this](const char* text, bool tree, const char* label) {
        const bool active = ui_.showTree == tree && ui_.rhythm.view == Rhythm::None;
        if (active)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(text)) {
            ui_.showTree = tree;
            ui_.rhythm.view = Rhythm::None;
        }
        if (active) ImGui::PopStyleColor();
        testhook::item(label);
    };
    // The quarter's rhythm views take the middle column over until another tab is chosen.
    const auto rhythmButton = [this](const char* text, Rhythm view, const char* label) {
        const bool active = ui_.rhythm.view == view;
        if (active)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(text)) ui_.rhythm.view = view;
        if (active) ImGui::PopStyleColor();
        testhook::item(label);
    };
    viewButton("Objectives", false, "tab/objectives");
    ImGui::SameLine();
    viewButton("Driver tree", true, "tab/tree");
    ImGui::SameLine();
    rhythmButton("Check-ins", Rhythm::Checkins, "tab/checkins");
    ImGui::SameLine();
    rhythmButton("At risk", Rhythm::AtRisk, "tab/risk");
    ImGui::SameLine();
    rhythmButton("Scoring", Rhythm::Scoring, "tab/scoring");
    if (ui_.rhythm.view == Rhythm::Checkins) {
        panels::drawCheckins(ctx);
    } else if (ui_.rhythm.view == Rhythm::AtRisk) {
        panels::drawAtRisk(ctx);
    } else if (ui_.rhythm.view == Rhythm::Scoring) {
        panels::drawScoring(ctx);
    } else if (ui_.showTree) {
        panels::drawTreeCanvas(ctx);
    } else {
        ImGui::BeginChild("objectiveList");
        ImGui::BeginDisabled(locked);
        panels::drawObjectives(ctx);
        ImGui::EndDisabled();
        ImGui::EndChild();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("checks", ImVec2(0, 0), ImGuiChildFlags_Border);
    panels::drawViolations(ctx);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    panels::drawAdjustmentDialog(ctx);
    ImGui::End();

    if (ui_.rhythm.nextQuarterRequested) startNextQuarter();

    drawDrafts();
    drawDialogs();
}

void App::endFrame() {
    doc_.applyEdits();
    if (doc_.takeRefusal() && (ui_.notices.empty() || ui_.notices.back().text != kReadOnlyNotice))
        notice(Notice::Kind::Warning, kReadOnlyNotice);
    if (ui_.sharedView && !doc_.readOnly()) {
        // The shared plan was copied or another one opened: a reload must not bring the link back.
        platform::clearLocationFragment();
        ui_.sharedView = false;
    }
    findings_.update(doc_.plan(), doc_.revision(), today_);
    autosave(false);
    std::string title = doc_.plan().meta.title.empty() ? "Untitled plan" : doc_.plan().meta.title;
    if (doc_.unsavedToFile()) title = "• " + title;
    title += " — OKR planner";
    if (title != lastTitle_) {
        platform::setPageTitle(title);
        lastTitle_ = title;
    }
    if (doc_.draftId() != announcedDraft_) {
        announcedDraft_ = doc_.draftId();
        platform::announceOpenDraft(announcedDraft_);
    }
    const bool unstored = !doc_.stored() || !storageError_.empty();
    if (unstored != unsavedWarning_) {
        platform::setUnsavedWarning(unstored);
        unsavedWarning_ = unstored;
    }
}

void App::afterRender() {
    TreeViewState& t = ui_.tree;
    if (t.pngFrames <= 0 || --t.pngFrames > 0) return;
    std::string name = doc_.fileName();
    name = name.substr(0, name.size() - std::string(".okr.json").size()) + " tree.png";
    platform::downloadCanvasPng(name, t.canvasMin.x, t.canvasMin.y, t.canvasMax.x - t.canvasMin.x,
                                t.canvasMax.y - t.canvasMin.y);
    notice(Notice::Kind::Info, "Exported " + name + " to your downloads.");
}

std::string App::stateJson(float pixelRatio) const {
    nlohmann::json state;
    state["plan"] = nlohmann::json::parse(okr::savePlan(doc_.plan()));
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : ui_.notices) notices.push_back(n.text);
    state["ui"] = {{"userScale", ui_.userScale},
                   {"pixelRatio", pixelRatio},
                   {"notices", notices},
                   {"fileErrorTitle", ui_.fileErrorTitle},
                   {"fileErrors", ui_.fileErrors},
                   {"corruptDraftId", ui_.corruptDraftId},
                   {"treeRefusal", ui_.tree.refusal},
                   {"selectedNodes", ui_.tree.selected},
                   {"treeInteraction", static_cast<int>(ui_.tree.interaction)},
                   {"rhythmView", static_cast<int>(ui_.rhythm.view)},
                   {"timerRunning", ui_.rhythm.timerRunning},
                   {"showTree", ui_.showTree},
                   {"openKeyResult", ui_.openKeyResult},
                   {"treeHighlighted", ui_.tree.highlighted},
                   {"whatIf", ui_.tree.whatIf}};
    if (ui_.tree.whatIf) {
        // What the cards show in what-if mode: each changed node's value before and after.
        const TreeFigures& figures = treeFigures();
        nlohmann::json changed = nlohmann::json::object();
        const auto& nodes = doc_.plan().tree.nodes;
        for (size_t i = 0; i < figures.values().size() && i < nodes.size(); ++i) {
            const okr::WhatIfValue& w = figures.values()[i];
            if (w.changed && w.after)
                changed[nodes[i].id.value] = {{"before", w.before ? *w.before : 0.0},
                                              {"after", *w.after}};
        }
        state["ui"]["whatIfChanged"] = changed;
        nlohmann::json ranking = nlohmann::json::array();
        for (const auto& s : figures.ranking())
            if (s.formulaPath)
                ranking.push_back({{"id", s.driver.value}, {"relative", s.relative}});
        state["ui"]["leverRanking"] = ranking;
    }
    const ProjectorState& p = ui_.projector;
    const okr::Plan& plan = doc_.plan();
    state["projector"] = {
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
        {"timerMs", p.timerAccumMs + (p.timerRunning ? platform::nowMs() - p.timerStartedAt : 0)},
        {"fullscreen", platform::isFullscreen()}};

    const okr::History& h = doc_.history();
    state["share"] = {{"show", ui_.share.show},   {"pending", ui_.share.pending},
                      {"link", ui_.share.link},   {"clipboard", ui_.share.clipboard},
                      {"error", ui_.share.error}, {"sharedView", ui_.sharedView}};
    state["document"] = {{"draftId", doc_.draftId()},     {"readOnly", doc_.readOnly()},
                         {"revision", doc_.revision()},   {"stored", doc_.stored()},
                         {"storageError", storageError_}, {"unsavedToFile", doc_.unsavedToFile()},
                         {"undoLabel", h.undoLabel()},    {"redoLabel", h.redoLabel()},
                         {"lastError", h.lastError()}};
    const okr::Analysis& a = findings_.analysis();
    nlohmann::json violations = nlohmann::json::array();
    for (const auto& v : a.violations)
        violations.push_back({{"rule", v.ruleId()},
                              {"severity", okr::name(v.severity)},
                              {"kind", okr::name(v.target.kind)},
                              {"id", v.target.id},
                              {"path", v.target.path},
                              {"message", v.message}});
    state["analysis"] = {{"violations", violations},
                         {"errors", a.counts.errors},
                         {"warnings", a.counts.warnings},
                         {"infos", a.counts.infos},
                         {"lastAnalysisMs", findings_.lastAnalysisMs()},
                         {"focus", widgets::focusedLabel()},
                         {"activeField", widgets::activeLabel()}};
    if (a.planScore) state["analysis"]["planScore"] = *a.planScore;
    return state.dump();
}
