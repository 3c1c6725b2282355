// Violations panel: the live checks of the open plan — counts at the top, the rule profile,
// violations grouped by severity and then by entity, each with its message, fix and source;
// clicking one scrolls to and highlights its field; any rule can be switched off for this plan
// (and on again). Also the violation markers the other panels draw beside entities.
#include <string>
#include <vector>

#include "imgui.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

// "O2 Prove outbound…", "KR1.3 Increase…", "Plan", "Node: Active teams".
std::string entityName(const okr::Plan& plan, const okr::Target& t) {
    // At most 60 bytes, cut between characters; an empty title says what it is.
    auto shorten = [](const std::string& s, const char* untitled) {
        if (s.empty()) return std::string(untitled);
        if (s.size() <= 60) return s;
        size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        return s.substr(0, cut) + "…";
    };
    switch (t.kind) {
        case okr::EntityKind::Plan:
            return "Plan";
        case okr::EntityKind::Objective:
            for (size_t i = 0; i < plan.objectives.size(); ++i)
                if (plan.objectives[i].id.value == t.id)
                    return "O" + std::to_string(i + 1) + "  " +
                           shorten(plan.objectives[i].title, "untitled objective");
            break;
        case okr::EntityKind::KeyResult:
            for (size_t i = 0; i < plan.objectives.size(); ++i)
                for (size_t k = 0; k < plan.objectives[i].keyResults.size(); ++k)
                    if (plan.objectives[i].keyResults[k].id.value == t.id)
                        return "O" + std::to_string(i + 1) + " KR" + std::to_string(k + 1) + "  " +
                               shorten(plan.objectives[i].keyResults[k].title,
                                       "untitled key result");
            break;
        case okr::EntityKind::Node:
            for (const auto& n : plan.tree.nodes)
                if (n.id.value == t.id) return "Metric  " + shorten(n.name, "unnamed metric");
            break;
        case okr::EntityKind::Link:
            return "Link " + t.id;
        case okr::EntityKind::Initiative:
            for (const auto& in : plan.initiatives)
                if (in.id.value == t.id)
                    return "Initiative  " + shorten(in.title, "untitled initiative");
            break;
        case okr::EntityKind::Theme:
            for (const auto& th : plan.strategy.themes)
                if (th.id.value == t.id) return "Theme  " + shorten(th.title, "untitled theme");
            break;
    }
    return t.id;
}

const char* severityHeading(okr::Severity s) {
    switch (s) {
        case okr::Severity::Error:
            return "Errors";
        case okr::Severity::Warning:
            return "Warnings";
        case okr::Severity::Info:
            return "Notes";
        case okr::Severity::Off:
            break;
    }
    return "";
}

void drawCounts(const okr::SeverityCounts& c) {
    const okr::Severity order[] = {okr::Severity::Error, okr::Severity::Warning,
                                   okr::Severity::Info};
    const int counts[] = {c.errors, c.warnings, c.infos};
    const char* one[] = {" error", " warning", " note"};
    const char* many[] = {" errors", " warnings", " notes"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text,
                              ImGui::ColorConvertU32ToFloat4(severityColour(order[i])));
        ImGui::Text("%d%s", counts[i], counts[i] == 1 ? one[i] : many[i]);
        ImGui::PopStyleColor();
    }
    testhook::item("violations/counts");
}

void drawViolation(Context& ctx, const okr::Violation& v, int index) {
    ImGui::PushID(index);
    const float start = ImGui::GetCursorPosX();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
    widgets::textWrapped("%s", v.message.c_str());
    const bool clicked = ImGui::IsItemClicked();
    ImGui::TextDisabled("Fix: %s", v.fix.c_str());
    // A rewrite built from the plan's own words, in S4's formula, to start from.
    if (!v.rewrite.empty()) {
        ImGui::TextDisabled("Try:");
        ImGui::SameLine();
        widgets::textWrapped("%s", v.rewrite.c_str());
        testhook::item(std::string("violation/") + v.ruleId() + "/" + v.target.id + "/rewrite");
    }
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosX(start);
    // The next button beside the last when it fits, else on a line of its own (large type).
    const auto beside = [&](const char* text, bool button) {
        const ImGuiStyle& st = ImGui::GetStyle();
        const float w = ImGui::CalcTextSize(text).x + (button ? st.FramePadding.x * 2 : 0.0f);
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (ImGui::GetItemRectMax().x + st.ItemSpacing.x + w <= right)
            ImGui::SameLine();
        else
            ImGui::SetCursorPosX(start);
    };
    if (ImGui::SmallButton("Show")) widgets::requestFocus(fieldForPath(v.target.path));
    testhook::item(std::string("violation/") + v.ruleId() + "/" + v.target.id + "/show");
    if (v.action == okr::FixAction::MakeMilestone && !widgets::readOnly()) {
        beside("Make it a milestone", true);
        if (ImGui::SmallButton("Make it a milestone"))
            ctx.doc.edit(okr::setKeyResultKind, okr::KeyResultId(v.target.id),
                         okr::KrKind::Milestone);
        testhook::item(std::string("violation/") + v.ruleId() + "/" + v.target.id + "/milestone");
    }
    if (!widgets::readOnly()) {
        beside("Switch off", true);
        if (ImGui::SmallButton("Switch off"))
            ctx.doc.edit(okr::setRuleSeverity, std::string(v.ruleId()),
                         std::optional<okr::Severity>(okr::Severity::Off));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Stop checking this (\"%s\") in this plan",
                              okr::ruleInfo(v.rule).title);
        testhook::item(std::string("violation/") + v.ruleId() + "/" + v.target.id + "/off");
    }
    beside("why?", false);
    // The rule and the seeds behind it, for whoever asks, not in front of a client.
    ImGui::TextDisabled("why?");
    if (ImGui::IsItemHovered()) {
        const okr::RuleInfo& info = okr::ruleInfo(v.rule);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted(info.title);
        widgets::textWrapped("%s", info.description);
        ImGui::TextDisabled("%s · %s", v.ruleId(), v.source());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (clicked) widgets::requestFocus(fieldForPath(v.target.path));
    ImGui::Spacing();
    ImGui::PopID();
}

void drawSwitchedOff(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    std::vector<std::string> off;
    for (const auto& [rule, severity] : plan.rules.overrides)
        if (severity == okr::Severity::Off) off.push_back(rule);
    if (off.empty()) return;
    const std::string heading =
        "Switched off in this plan (" + std::to_string(off.size()) + ")###off";
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (const auto& rule : off) {
        ImGui::PushID(rule.c_str());
        const okr::RuleInfo* info = okr::findRule(rule);
        if (!widgets::readOnly()) {
            if (ImGui::SmallButton("Switch on"))
                ctx.doc.edit(okr::setRuleSeverity, rule, std::optional<okr::Severity>());
            testhook::item("rules/" + rule + "/on");
            ImGui::SameLine();
        }
        widgets::textWrapped("%s", info ? info->title : rule.c_str());
        if (info && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", rule.c_str());
        ImGui::PopID();
    }
}

}  // namespace

void violationMarker(const Context& ctx, const std::string& entityId, const std::string& label) {
    const float size = ImGui::GetFontSize() * 0.55f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size * 1.6f, ImGui::GetFrameHeight()));
    if (ctx.ui.clientView) return;
    if (ctx.findings.isDraft(entityId)) {
        // A draft is not judged yet: a hollow mark, and the reason on hover.
        const ImVec2 centre(pos.x + size * 0.8f, pos.y + ImGui::GetFrameHeight() * 0.5f);
        ImGui::GetWindowDrawList()->AddCircle(centre, size * 0.45f,
                                              ImGui::GetColorU32(ImGuiCol_TextDisabled), 0, 1.5f);
        testhook::item(label + "/draft");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Draft: checked once its title is written and you move on");
        ImGui::SameLine();
        return;
    }
    const std::vector<int>& found = ctx.findings.forEntity(entityId);
    if (found.empty()) {
        ImGui::SameLine();
        return;
    }
    const auto& violations = ctx.findings.analysis().violations;
    okr::Severity worst = okr::Severity::Info;
    for (int i : found)
        if (violations[static_cast<size_t>(i)].severity > worst)
            worst = violations[static_cast<size_t>(i)].severity;
    const ImVec2 centre(pos.x + size * 0.8f, pos.y + ImGui::GetFrameHeight() * 0.5f);
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, size * 0.5f, severityColour(worst));
    testhook::item(label + "/marker");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        for (int i : found) {
            const okr::Violation& v = violations[static_cast<size_t>(i)];
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(severityColour(v.severity)), "%s",
                               v.ruleId());
            ImGui::SameLine();
            widgets::textWrapped("%s", v.message.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::SameLine();
}

void drawViolations(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Analysis& a = ctx.findings.analysis();
    ImGui::PushFont(theme::headingFont());
    ImGui::TextUnformatted("Checks");
    ImGui::PopFont();
    drawCounts(a.counts);
    if (!a.drafts.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled(a.drafts.size() == 1 ? "· 1 draft" : "· %zu drafts", a.drafts.size());
        testhook::item("violations/drafts");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Objectives and key results still being written are checked once "
                "their title is written and you move on");
    }
    okr::Profile profile;
    ImGui::BeginDisabled(widgets::readOnly());
    if (widgets::enumCombo(ctx.doc, "Profile", "violations/profile", plan.rules.profile, profile))
        ctx.doc.edit(okr::setProfile, profile);
    ImGui::EndDisabled();
    if (a.planScore) ImGui::TextDisabled("Plan score %.2f", *a.planScore);
    drawSwitchedOff(ctx);
    ImGui::Separator();
    if (a.violations.empty())
        widgets::textWrapped("No rule of the method is broken. Well drafted.");

    ImGui::BeginChild("list");
    for (okr::Severity severity :
         {okr::Severity::Error, okr::Severity::Warning, okr::Severity::Info}) {
        const std::vector<Findings::Group>& groups = ctx.findings.groups(severity);
        if (groups.empty()) continue;
        int count = 0;
        for (const auto& g : groups) count += static_cast<int>(g.indices.size());
        ImGui::PushStyleColor(ImGuiCol_Text,
                              ImGui::ColorConvertU32ToFloat4(severityColour(severity)));
        const std::string heading = std::string(severityHeading(severity)) + " (" +
                                    std::to_string(count) + ")###" + severityHeading(severity);
        const bool open = ImGui::CollapsingHeader(
            heading.c_str(), severity == okr::Severity::Info ? 0 : ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) continue;
        for (const auto& group : groups) {
            lazyRow(ctx.ui, group.key, false, [&] {
                const okr::Violation& first =
                    a.violations[static_cast<size_t>(group.indices.front())];
                ImGui::PushFont(theme::strongFont());
                widgets::textWrapped("%s", entityName(plan, first.target).c_str());
                ImGui::PopFont();
                ImGui::Indent();
                for (int i : group.indices)
                    drawViolation(ctx, a.violations[static_cast<size_t>(i)], i);
                ImGui::Unindent();
            });
        }
    }
    ImGui::EndChild();
}

}  // namespace panels
