// Bringing OKRs in (issue 19): a spreadsheet's rows or a written list, dropped, opened or pasted,
// read by core/io/import.h and shown before anything changes — the columns with the role each
// was given (changeable), the objectives and key results found, every problem with its row and
// column — then added to the plan as one undo step, or opened as a new plan.
#include <algorithm>
#include <string>

#include "edit/commands.h"
#include "imgui.h"
#include "panels.h"
#include "test_hook.h"
#include "widgets.h"

namespace panels {

namespace {

constexpr std::size_t kRowsShown = 4;
constexpr std::size_t kColumnsShown = 24;  // ImGui's tables hold at most 512
constexpr std::size_t kListed = 6;

void read(ImportState& s, okr::Date today) {
    s.result = okr::ImportResult{};
    s.unreadable.reset();
    if (!s.isTable) {
        s.result = okr::importText(s.text);
        return;
    }
    s.result = okr::importTable(s.table, today);
}

std::string where(const okr::ImportProblem& p, bool table) {
    if (p.row == 0) return "";
    std::string at = (table ? "Row " : "Line ") + std::to_string(p.row);
    if (p.column > 0) at += ", column " + std::to_string(p.column);
    return at + ": ";
}

// The table's first rows, a role chooser over each column.
void drawColumns(Context& ctx, ImportState& s) {
    const std::size_t columns = std::min(s.table.columns.size(), kColumnsShown);
    if (s.table.columns.size() > columns)
        ImGui::TextDisabled("The first %zu of %zu columns; the others keep the role of their name.",
                            columns, s.table.columns.size());
    if (!ImGui::BeginTable(
            "importColumns", static_cast<int>(columns),
            ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
            ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * (kRowsShown + 3))))
        return;
    std::vector<widgets::Choice> roles;
    for (int r = 0; r < static_cast<int>(okr::ImportColumn::Count); ++r)
        roles.push_back({std::to_string(r), okr::importColumnName(okr::ImportColumn(r))});
    const float width = ImGui::GetFontSize() * 9;
    ImGui::TableNextRow();
    for (std::size_t c = 0; c < columns; ++c) {
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(c));
        std::string picked;
        if (widgets::choiceCombo(ctx.doc, nullptr, "import/column/" + std::to_string(c),
                                 std::to_string(static_cast<int>(s.table.columns[c])), roles,
                                 picked, width) &&
            !picked.empty()) {
            s.table.columns[c] = okr::ImportColumn(std::stoi(picked));
            read(s, ctx.today);
        }
        ImGui::PopID();
    }
    for (std::size_t r = 0; r < s.table.rows.size() && r <= kRowsShown; ++r) {
        ImGui::TableNextRow();
        for (std::size_t c = 0; c < columns; ++c) {
            ImGui::TableNextColumn();
            const std::string cell = widgets::ellipsized(s.table.rows[r][c], width);
            if (r == 0 && s.table.header)
                ImGui::TextDisabled("%s", cell.c_str());
            else
                ImGui::TextUnformatted(cell.c_str());
        }
    }
    ImGui::EndTable();
}

void drawFound(const ImportState& s) {
    const okr::ImportResult& r = s.result;
    ImGui::Text("%zu objective%s, %zu key result%s", r.objectives.size(),
                r.objectives.size() == 1 ? "" : "s", r.keyResults, r.keyResults == 1 ? "" : "s");
    testhook::item("import/found");
    for (std::size_t o = 0; o < r.objectives.size() && o < kListed; ++o)
        widgets::textWrapped("• %s — %zu key result%s", r.objectives[o].title.c_str(),
                             r.objectives[o].keyResults.size(),
                             r.objectives[o].keyResults.size() == 1 ? "" : "s");
    if (r.objectives.size() > kListed)
        ImGui::TextDisabled("… and %zu more", r.objectives.size() - kListed);
    ImGui::PushStyleColor(ImGuiCol_Text, severityColour(okr::Severity::Warning));
    for (std::size_t i = 0; i < r.problems.size() && i < kListed; ++i)
        widgets::textWrapped("%s%s", where(r.problems[i], s.isTable).c_str(),
                             r.problems[i].message.c_str());
    if (r.problems.size() > kListed)
        widgets::textWrapped("… and %zu more problems", r.problems.size() - kListed);
    ImGui::PopStyleColor();
}

}  // namespace

void openImport(UiState& ui, std::string source, std::string text, okr::Date today) {
    ImportState& s = ui.importing;
    s = ImportState{};
    s.open = true;
    s.source = std::move(source);
    s.text = std::move(text);
    if (s.text.empty()) return;
    s.isTable = okr::looksLikeTable(s.text, s.source);
    okr::ImportProblem problem;
    if (s.isTable && !okr::readImportTable(s.text, s.table, problem)) {
        s.unreadable = problem;
        return;
    }
    read(s, today);
}

bool drawImport(Context& ctx) {
    ImportState& s = ctx.ui.importing;
    const char* title = "Bring OKRs in";
    if (s.open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* view = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(view->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(view->WorkSize.x * 0.92f, ImGui::GetFontSize() * 46), 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
    testhook::item("dialog/import");
    bool openAsPlan = false;
    if (s.source.empty()) {
        widgets::textWrapped(
            "Paste rows copied from a spreadsheet (with its header row: Objective, Key result, "
            "Owner, Target…) or a list of objectives with their key results under them.");
        std::string typed;
        if (widgets::multiline(ctx.doc, nullptr, "import/paste", s.text, typed, 8,
                               "Objective: …\n- a key result\n- another key result"))
            s.text = typed;
        if (ImGui::Button("Read it") && !s.text.empty())
            openImport(ctx.ui, "pasted text", s.text, ctx.today);
        testhook::item("import/read");
        ImGui::SameLine();
        if (ImGui::Button("Choose a file…")) platform::openFilePicker();
    } else {
        ImGui::TextDisabled("From %s, read as %s", s.source.c_str(),
                            s.isTable ? "a spreadsheet's rows" : "a list");
        if (s.unreadable) {
            ImGui::PushStyleColor(ImGuiCol_Text, severityColour(okr::Severity::Error));
            widgets::textWrapped("%s%s", where(*s.unreadable, true).c_str(),
                                 s.unreadable->message.c_str());
            ImGui::PopStyleColor();
        } else {
            if (s.isTable) drawColumns(ctx, s);
            drawFound(s);
        }
    }
    ImGui::Separator();
    const bool any = !s.result.objectives.empty();
    ImGui::BeginDisabled(!any || ctx.doc.readOnly());
    if (ImGui::Button("Add to this plan")) {
        const std::size_t n = s.result.objectives.size();
        ctx.doc.beginGroup("Import " + std::to_string(n) + (n == 1 ? " objective" : " objectives"));
        for (const okr::Objective& o : s.result.objectives)
            ctx.doc.edit(okr::pasteObjective, o, std::string::npos);
        ctx.doc.endGroup();
        ctx.ui.notice(Notice::Kind::Info,
                      "Added " + std::to_string(n) + (n == 1 ? " objective" : " objectives") +
                          " to the plan (Ctrl+Z takes them out again).",
                      true);
        s.open = false;
    }
    testhook::item("import/add");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!any);
    if (ImGui::Button("Open as a new plan")) {
        openAsPlan = true;
        s.open = false;
    }
    testhook::item("import/newPlan");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) s.open = false;
    testhook::item("import/cancel");
    if (!s.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return openAsPlan;
}

}  // namespace panels
