// Share links in the planner: the banner over a plan opened from a link (read only; the Document
// refuses edits, this only says so and offers the way out) and File → "Copy share link": the
// request to the page and the dialog, which shows the link for copying by hand, or why there is
// none: too long for a link (then the file is offered instead) or a browser that cannot compress.
// The link itself is made by the page (platform::makeShareLink) and decoded by the core (share.h).
#include "imgui.h"
#include "imgui_stdlib.h"
#include "io/format.h"
#include "panels.h"
#include "platform.h"
#include "share/link.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

void requestShareLink(Context& ctx) {
    ctx.ui.share = ShareDialogState{};
    ctx.ui.share.show = true;
    ctx.ui.share.pending = true;
    platform::makeShareLink(okr::savePlan(ctx.doc.plan()), okr::kShareMaxLinkChars);
}

void receiveShareLink(UiState& ui, const platform::ShareLink& link) {
    ui.share.pending = false;
    ui.share.link = link.link;
    ui.share.clipboard = link.clipboard;
    ui.share.error = link.error;
}

namespace {

// A read-only plan's banner: what it is, in strong type, a note and one button; true on a click.
bool readOnlyBanner(const char* what, const char* label, const char* note, const char* button,
                    const char* buttonLabel) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::vec(theme::colours().info));
    ImGui::PushFont(theme::strongFont());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(what);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    testhook::item(label);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", note);
    ImGui::SameLine();
    const bool clicked = ImGui::Button(button);
    testhook::item(buttonLabel);
    return clicked;
}

}  // namespace

bool drawSharedBanner(Context&) {
    return readOnlyBanner("Shared plan — read only.", "shared/banner",
                          "Nothing here is stored; your own drafts are untouched.",
                          "Make an editable copy", "shared/copy");
}

bool drawFramedBanner(Context&) {
    return readOnlyBanner("Shown inside another site — read only.", "framed/banner",
                          "To edit, open the planner in its own tab.", "Open in its own tab",
                          "framed/open");
}

bool drawShareDialog(Context& ctx) {
    ShareDialogState& s = ctx.ui.share;
    if (s.show) ImGui::OpenPopup("Share link");
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Share link", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return false;
    bool download = false;
    const float width = ImGui::GetFontSize() * 32;
    ImGui::PushTextWrapPos(width);
    if (s.pending) {
        ImGui::TextUnformatted("Compressing the plan…");
    } else if (!s.error.empty()) {
        widgets::textWrapped("No link could be made: %s.", s.error.c_str());
    } else if (s.link.size() > okr::kShareMaxLinkChars) {
        widgets::textWrapped(
            "This plan is too big for a share link: the link would be %zu characters long, and "
            "links are limited to %zu. Send the plan as a file instead.",
            s.link.size(), okr::kShareMaxLinkChars);
        testhook::item("share/tooBig");
        download = ImGui::Button("Download the file");
        testhook::item("share/download");
        ImGui::SameLine();
    } else {
        if (s.clipboard == "copied")
            ImGui::TextUnformatted("The link is on your clipboard.");
        else
            widgets::textWrapped("Copy the link below by hand: %s.", s.clipboard.c_str());
        widgets::textWrapped(
            "Whoever opens it sees this plan read only and can make their own copy. The plan "
            "travels inside the link, after the #: it is not uploaded anywhere.");
        ImGui::SetNextItemWidth(width);
        ImGui::InputText("##link", &s.link,
                         ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        testhook::item("share/link");
        ImGui::TextDisabled("%zu characters (links up to %zu)", s.link.size(),
                            okr::kShareMaxLinkChars);
    }
    testhook::item("dialog/share");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Close") || download) {
        s.show = false;
        ImGui::CloseCurrentPopup();
    }
    testhook::item("share/close");
    ImGui::EndPopup();
    return download;
}

}  // namespace panels
