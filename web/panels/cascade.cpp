// Cascade view (S4 cascading, S2 shared key results): the company objectives side by side, each
// with the team objectives that support it drawn under it, joined by a line, so a facilitator can
// show alignment on the wall. Each card names its team and lead, its score and its key results; a
// shared key result shows its scoreboard, a contributing one the key result it rolls up into.
// Team objectives under no company objective get a column of their own, grouped by the theme
// they support.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "panels.h"
#include "plain_words.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

// What the cards need to know about the whole plan, gathered once per frame in one pass.
struct Layout {
    const okr::Plan& plan;
    const okr::Analysis& analysis;
    std::vector<std::size_t> krStart;                 // flat index of each objective's first KR
    std::vector<std::vector<std::size_t>> children;   // objectives supporting each objective
    std::unordered_map<std::string, std::string> kr;  // key result ID → "O2 KR1"
    std::vector<bool> supports;                       // its parent is an objective of the plan
};

Layout layoutOf(const okr::Plan& plan, const okr::Analysis& analysis) {
    Layout l{plan, analysis, {}, {}, {}, {}};
    const std::size_t n = plan.objectives.size();
    l.children.resize(n);
    l.supports.assign(n, false);
    std::unordered_map<std::string, std::size_t> index;
    std::size_t flat = 0;
    for (std::size_t o = 0; o < n; ++o) {
        const okr::Objective& obj = plan.objectives[o];
        index.emplace(obj.id.value, o);
        l.krStart.push_back(flat);
        flat += obj.keyResults.size();
        for (std::size_t k = 0; k < obj.keyResults.size(); ++k)
            l.kr.emplace(obj.keyResults[k].id.value,
                         "O" + std::to_string(o + 1) + " KR" + std::to_string(k + 1));
    }
    for (std::size_t o = 0; o < n; ++o) {
        const okr::Objective& obj = plan.objectives[o];
        if (obj.parent.empty()) continue;
        const auto it = index.find(obj.parent.value);
        if (it == index.end()) continue;
        l.supports[o] = true;
        if (it->second != o) l.children[it->second].push_back(o);
    }
    return l;
}

// "O2 KR1" for a key result, by its place in the plan.
std::string krLabel(const Layout& l, const okr::KeyResultId& id) {
    const auto it = l.kr.find(id.value);
    return it == l.kr.end() ? id.value : it->second;
}

void drawKeyResults(const Layout& l, std::size_t o) {
    const okr::Objective& obj = l.plan.objectives[o];
    for (std::size_t k = 0; k < obj.keyResults.size(); ++k) {
        const okr::KeyResult& kr = obj.keyResults[k];
        const std::size_t flat = l.krStart[o] + k;
        ImGui::Bullet();
        widgets::textWrapped("KR%zu  %s", k + 1, kr.title.c_str());
        const okr::KrCoverage* cov =
            flat < l.analysis.keyResults.size() ? &l.analysis.keyResults[flat] : nullptr;
        std::string note;
        if (cov && !cov->contributors.empty()) {
            note = "shared: " + std::to_string(cov->contributors.size()) + " contribute";
            if (cov->contributorProgress)
                note += ", on average " +
                        std::to_string(static_cast<int>(*cov->contributorProgress * 100 + 0.5)) +
                        "% of the way";
            if (cov->lowestConfidence)
                note += ", lowest confidence " + std::to_string(*cov->lowestConfidence) + "/10";
        } else if (!kr.contributesTo.empty()) {
            note = "↗ contributes to " + krLabel(l, kr.contributesTo);
        }
        if (!note.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            widgets::textWrapped("%s", note.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
    }
}

// One objective's card, then the cards of the objectives that support it, indented and joined to
// it by a line on their left.
void drawCard(const Layout& l, std::size_t o, float width, int depth) {
    const okr::Objective& obj = l.plan.objectives[o];
    ImGui::PushID(obj.id.value.c_str());
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginChild("card", ImVec2(width, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    std::string head = words::shown(okr::name(obj.level));
    if (obj.level == okr::Level::Team && !obj.team.empty()) head = "Team " + obj.team;
    if (!obj.owner.empty())
        head += obj.level == okr::Level::Team ? " · lead " + obj.owner : " · " + obj.owner;
    ImGui::TextDisabled("%s", widgets::ellipsized(head, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PushFont(theme::strongFont());
    widgets::textWrapped("O%zu  %s", o + 1, obj.title.c_str());
    ImGui::PopFont();
    testhook::item("cascade/" + obj.id.value);
    if (o < l.analysis.objectiveScores.size() && l.analysis.objectiveScores[o].score)
        ImGui::TextDisabled("score %.2f", *l.analysis.objectiveScores[o].score);
    drawKeyResults(l, o);
    ImGui::EndChild();
    const float cardBottom = ImGui::GetItemRectMax().y;

    const std::vector<std::size_t>& children = l.children[o];
    if (!children.empty() && depth < 6) {
        const float indent = ImGui::GetFontSize() * 1.2f;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImU32 line = ImGui::GetColorU32(ImGuiCol_Border);
        const float x = top.x + indent * 0.5f;
        float lastMid = cardBottom;
        for (std::size_t c : children) {
            ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.5f));
            ImGui::SetCursorScreenPos(ImVec2(top.x + indent, ImGui::GetCursorScreenPos().y));
            const float childTop = ImGui::GetCursorScreenPos().y;
            const float mid = childTop + ImGui::GetFontSize();
            draw->AddLine(ImVec2(x, mid), ImVec2(top.x + indent, mid), line, 2.0f);
            lastMid = mid;
            ImGui::BeginGroup();
            drawCard(l, c, width - indent, depth + 1);
            ImGui::EndGroup();
        }
        draw->AddLine(ImVec2(x, cardBottom), ImVec2(x, lastMid), line, 2.0f);
    }
    ImGui::PopID();
}

// The team objectives under no company objective: those that support a theme under it (enough
// under a modified parallel cascade, S4), then those that support nothing.
void drawUnlinked(const Layout& l, const std::vector<std::size_t>& unlinked, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::vec(theme::colours().warning));
    widgets::textWrapped("Not linked to a company objective");
    ImGui::PopStyleColor();
    testhook::item("cascade/unlinked");
    std::vector<bool> drawn(unlinked.size(), false);
    for (const okr::Theme& theme : l.plan.strategy.themes) {
        bool heading = false;
        for (std::size_t i = 0; i < unlinked.size(); ++i) {
            if (drawn[i] || l.plan.objectives[unlinked[i]].theme != theme.id) continue;
            if (!heading) {
                ImGui::Spacing();
                ImGui::TextDisabled("%s", widgets::ellipsized("Theme · " + theme.title,
                                                              ImGui::GetContentRegionAvail().x)
                                              .c_str());
                testhook::item("cascade/theme/" + theme.id.value);
                heading = true;
            }
            drawCard(l, unlinked[i], width, 0);
            drawn[i] = true;
        }
    }
    // Those with no theme either, under a heading of their own when some above had one.
    bool heading = std::find(drawn.begin(), drawn.end(), true) == drawn.end();
    for (std::size_t i = 0; i < unlinked.size(); ++i) {
        if (drawn[i]) continue;
        if (!heading) {
            ImGui::Spacing();
            ImGui::TextDisabled("No theme either");
            heading = true;
        }
        drawCard(l, unlinked[i], width, 0);
    }
}

}  // namespace

void drawCascade(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const Layout l = layoutOf(plan, ctx.findings.analysis());
    ImGui::PushFont(theme::headingFont());
    ImGui::Text("Cascade");
    ImGui::PopFont();
    testhook::item("cascade/heading");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    widgets::textWrapped("%s · company objectives with the team objectives that support them",
                         words::shown(okr::name(okr::cascadeOf(plan.meta))));
    ImGui::PopStyleColor();

    // The roots: objectives that support nothing found in the plan. Team objectives among them
    // are not linked to a company objective: they go last, in a column of their own.
    std::vector<std::size_t> roots, unlinked;
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        if (l.supports[o]) continue;
        const okr::Level level = plan.objectives[o].level;
        (level == okr::Level::Team || level == okr::Level::Individual ? unlinked : roots)
            .push_back(o);
    }
    if (plan.objectives.empty()) {
        widgets::textWrapped("No objectives yet.");
        return;
    }
    const bool anyTeam =
        std::any_of(plan.objectives.begin(), plan.objectives.end(),
                    [](const okr::Objective& o) { return o.level == okr::Level::Team; });
    if (!anyTeam)
        widgets::textWrapped(
            "No team objectives yet: give an objective the level Team, its team and the company "
            "objective it supports, and it is drawn under that objective here.");

    const std::size_t columns = roots.size() + (unlinked.empty() ? 0 : 1);
    ImGui::BeginChild("cascadeColumns", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::max(ImGui::GetFontSize() * 17,
                                 (avail - gap * static_cast<float>(columns - 1)) /
                                     static_cast<float>(std::max<std::size_t>(columns, 1)));
    const ImVec2 origin = ImGui::GetCursorPos();
    for (std::size_t i = 0; i < columns; ++i) {
        ImGui::SetCursorPos(ImVec2(origin.x + static_cast<float>(i) * (width + gap), origin.y));
        ImGui::BeginGroup();
        if (i < roots.size()) {
            drawCard(l, roots[i], width, 0);
        } else {
            drawUnlinked(l, unlinked, width);
        }
        ImGui::EndGroup();
    }
    ImGui::EndChild();
}

}  // namespace panels
