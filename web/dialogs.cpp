// The notices banner, the modal dialogs and the Drafts window; see dialogs.h.
#include "dialogs.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "io/json_scan.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace dialogs {

namespace {

// How long a confirmation stays in the banner when nothing is edited.
constexpr double kFleetingMs = 6000;

void drawFileProblems(UiState& ui, ImVec2 centre) {
    if (!ui.fileErrorTitle.empty()) ImGui::OpenPopup("File problems");
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(ImGui::GetFontSize() * 24, 0),
        ImVec2(ImGui::GetFontSize() * 48, ImGui::GetFontSize() * 30));
    if (!ImGui::BeginPopupModal("File problems", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    widgets::textWrapped("%s", ui.fileErrorTitle.c_str());
    testhook::item("dialog/fileProblems");
    ImGui::Separator();
    ImGui::BeginChild("problems", ImVec2(ImGui::GetFontSize() * 44,
                                         std::min<float>(ImGui::GetFontSize() * 18,
                                                         ImGui::GetTextLineHeightWithSpacing() *
                                                             (ui.fileErrors.size() + 1) * 1.6f)));
    for (const auto& e : ui.fileErrors) ImGui::BulletText("%s", e.c_str());
    ImGui::EndChild();
    if (!ui.corruptDraftText.empty()) {
        if (ImGui::Button("Download its text")) {
            platform::downloadText("recovered-draft.txt", "text/plain", ui.corruptDraftText);
        }
        testhook::item("dialog/downloadCorrupt");
        ImGui::SameLine();
    }
    if (ImGui::Button("Close")) {
        ui.fileErrorTitle.clear();
        ui.fileErrors.clear();
        ImGui::CloseCurrentPopup();
    }
    testhook::item("dialog/close");
    ImGui::EndPopup();
}

// Ctrl+O asks first: browsers open a file picker only from a click, not from a shortcut.
void drawOpen(UiState& ui, ImVec2 centre) {
    if (ui.showOpen) ImGui::OpenPopup("Open a plan");
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Open a plan", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Open a plan file (.json) as a new draft; the current draft is kept.");
    ImGui::TextUnformatted("A spreadsheet (.csv, .tsv) or a list of OKRs (.txt, .md) is imported.");
    ImGui::TextDisabled("You can also drop a file anywhere on the page.");
    if (ImGui::Button("Choose a file…")) {
        platform::openFilePicker();
        ui.showOpen = false;
        ImGui::CloseCurrentPopup();
    }
    testhook::item("dialog/chooseFile");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        ui.showOpen = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawSaveAs(Session& session, panels::Context& ctx, ImVec2 centre) {
    UiState& ui = ctx.ui;
    if (ui.showSaveAs) ImGui::OpenPopup("Save as");
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Save as", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    std::string name;
    ImGui::TextUnformatted("File name");
    if (widgets::text(ctx.doc, nullptr, "dialog/saveAsName", ui.saveAsName, name,
                      ImGui::GetFontSize() * 24))
        ui.saveAsName = name;
    if (ImGui::Button("Save") && !ui.saveAsName.empty()) {
        session.save(ui.saveAsName);
        ui.showSaveAs = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        ui.showSaveAs = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Another plan is about to replace one whose latest change the browser would not store.
void drawUnstored(Session& session, ImVec2 centre) {
    const char* title = "Your latest changes are not stored";
    if (!session.pendingReplacement().empty() && !ImGui::IsPopupOpen(title))
        ImGui::OpenPopup(title);
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    testhook::item("dialog/unstored");
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    const std::string why = session.storageError().empty()
                                ? std::string("the browser's storage refused them")
                                : session.storageError();
    widgets::textWrapped(
        "The latest changes to the plan you are editing live only in this tab: %s. To %s, save "
        "them to a file first, or let them go.",
        why.c_str(), session.pendingReplacement().c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Save to a file, then go on")) {
        session.saveThenReplace();
        ImGui::CloseCurrentPopup();
    }
    testhook::item("dialog/unstored/save");
    ImGui::SameLine();
    if (ImGui::Button("Discard my changes")) {
        session.discardThenReplace();
        ImGui::CloseCurrentPopup();
    }
    testhook::item("dialog/unstored/discard");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        session.cancelReplace();
        ImGui::CloseCurrentPopup();
    }
    testhook::item("dialog/unstored/cancel");
    ImGui::EndPopup();
}

}  // namespace

void drawNotices(Session& session, panels::Context& ctx) {
    UiState& ui = ctx.ui;
    if (ui.framed) {
        if (panels::drawFramedBanner(ctx)) platform::openInOwnTab();
    } else if (ctx.doc.readOnly() && panels::drawSharedBanner(ctx)) {
        session.makeEditableCopy();
    }
    if (!session.storageError().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::vec(theme::colours().error));
        widgets::textWrapped(
            "Your draft could not be stored in this browser (%s). It is safe in this tab; save it "
            "to a file (Ctrl+S) before closing.",
            session.storageError().c_str());
        ImGui::PopStyleColor();
        testhook::item("notice/storage");
    }
    const double now = platform::nowMs();
    ui.notices.erase(std::remove_if(ui.notices.begin(), ui.notices.end(),
                                    [&](const Notice& n) {
                                        return n.fleeting && n.shownAt >= 0 &&
                                               (now - n.shownAt > kFleetingMs ||
                                                ctx.doc.revision() != n.revision);
                                    }),
                     ui.notices.end());
    for (Notice& n : ui.notices) {
        if (n.shownAt >= 0) continue;
        n.shownAt = now;
        n.revision = ctx.doc.revision();
    }
    for (size_t i = 0; i < ui.notices.size(); ++i) {
        const Notice& n = ui.notices[i];
        ImGui::PushID(static_cast<int>(i));
        const palette::Colours& p = theme::colours();
        const ImVec4 colour = theme::vec(n.kind == Notice::Kind::Error     ? p.error
                                         : n.kind == Notice::Kind::Warning ? p.warning
                                                                           : p.info);
        if (ImGui::SmallButton("×")) {
            ui.notices.erase(ui.notices.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        widgets::textWrapped("%s", n.text.c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void drawDialogs(Session& session, panels::Context& ctx) {
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    drawFileProblems(ctx.ui, centre);
    if (panels::drawShareDialog(ctx)) session.save(ctx.doc.fileName());
    if (panels::drawImport(ctx)) session.openImported();
    drawOpen(ctx.ui, centre);
    drawSaveAs(session, ctx, centre);
    drawUnstored(session, centre);
}

void drawDrafts(Session& session, panels::Context& ctx) {
    UiState& ui = ctx.ui;
    if (!ui.showDrafts) return;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, ImGui::GetFontSize() * 20),
                             ImGuiCond_Appearing);
    if (!ImGui::Begin("Drafts in this browser", &ui.showDrafts)) {
        ImGui::End();
        return;
    }
    session.autosave(true);
    nlohmann::json list;
    okr::parseJson(platform::listDrafts(), list);
    if (!list.is_array() || list.empty()) ImGui::TextDisabled("No drafts stored yet.");
    if (list.is_array() && ImGui::BeginTable("drafts", 3, ImGuiTableFlags_RowBg)) {
        for (const auto& d : list) {
            if (!d.is_object() || !d.value("id", nlohmann::json()).is_string()) continue;
            // Storage is untrusted input: a title or date that is not text reads as none.
            const auto text = [&d](const char* key) {
                const auto it = d.find(key);
                return it != d.end() && it->is_string() ? it->get<std::string>() : std::string();
            };
            const std::string id = d["id"];
            std::string title = text("title");
            if (title.empty()) title = "(untitled)";
            const std::string updated = text("updated");
            ImGui::PushID(id.c_str());
            ImGui::TableNextColumn();
            widgets::textWrapped("%s%s", title.c_str(), id == ctx.doc.draftId() ? "  (open)" : "");
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", updated.substr(0, 16).c_str());
            ImGui::TableNextColumn();
            if (id != ctx.doc.draftId()) {
                if (ImGui::SmallButton("Open")) session.openDraft(id);
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

}  // namespace dialogs
