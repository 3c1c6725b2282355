// Node inspector, beside the driver-tree canvas: the selected metric's KPI definition (name,
// kind, stage, owner, source, unit, current value, baseline µ, σ, cadence), guardrail threshold
// and comparison, "monitor only", notes, and the relation of each link up to a parent; the key
// results linked to it (a click opens one in the objectives view) and "Add KR for this driver"
// under an objective the user picks. In what-if mode it takes a hypothetical value for the metric
// (view state, never saved), shows the North Star's implied value, and ranks drivers by leverage.
// Every edit is a core command; field labels are the JSON pointers of the node's values.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/value_text.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "tree/formula.h"
#include "tree/tree.h"
#include "tree_figures.h"
#include "widgets.h"

namespace panels {

namespace {

// A quiet sentence that wraps to the inspector's width.
void note(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    widgets::textWrapped("%s", text);
    ImGui::PopStyleColor();
}

std::string signedValue(double v, const std::string& unit) {
    return (v >= 0 ? "+" : "−") + okr::formatValue(std::fabs(v), unit);
}

std::string signedPercent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f%%", fraction * 100);
    return buf;
}

void drawDefinition(Context& ctx, const okr::Node& n, const std::string& path) {
    std::string text;
    std::optional<double> number;
    if (widgets::text(ctx.doc, "Name", path + "/name", n.name, text))
        ctx.doc.edit(okr::setNodeName, n.id, text);
    okr::NodeKind kind;
    if (widgets::enumCombo(ctx.doc, "Kind", path + "/kind", n.kind, kind))
        ctx.doc.edit(okr::setNodeKind, n.id, kind);
    okr::Stage stage;
    if (widgets::enumCombo(ctx.doc, "Stage", path + "/stage", n.stage, stage))
        ctx.doc.edit(okr::setNodeStage, n.id, stage);
    ImGui::SeparatorText("KPI definition");
    if (widgets::text(ctx.doc, "Owner", path + "/owner", n.kpi.owner, text, -1, "one named person"))
        ctx.doc.edit(okr::setNodeOwner, n.id, text);
    if (widgets::text(ctx.doc, "Source", path + "/source", n.kpi.source, text, -1,
                      "query, dashboard…"))
        ctx.doc.edit(okr::setNodeSource, n.id, text);
    if (widgets::text(ctx.doc, "Unit", path + "/unit", n.kpi.unit, text, -1, "%, $, days…"))
        ctx.doc.edit(okr::setNodeUnit, n.id, text);
    if (widgets::optionalNumber(ctx.doc, "Current", path + "/value", n.value, number))
        ctx.doc.edit(okr::setNodeValue, n.id, number);
    if (widgets::optionalNumber(ctx.doc, "Baseline µ", path + "/baseline", n.kpi.baseline, number))
        ctx.doc.edit(okr::setNodeBaseline, n.id, number);
    if (widgets::optionalNumber(ctx.doc, "Variation σ", path + "/sigma", n.kpi.sigma, number))
        ctx.doc.edit(okr::setNodeSigma, n.id, number);
    okr::Cadence cadence;
    if (widgets::enumCombo(ctx.doc, "Cadence", path + "/cadence", n.kpi.cadence, cadence))
        ctx.doc.edit(okr::setNodeCadence, n.id, cadence);
    if (n.kind == okr::NodeKind::Guardrail) {
        ImGui::SeparatorText("Guardrail");
        okr::Comparison comparison;
        if (widgets::enumCombo(ctx.doc, "Holds while", path + "/comparison", n.guardrail.comparison,
                               comparison))
            ctx.doc.edit(okr::setNodeComparison, n.id, comparison);
        if (widgets::optionalNumber(ctx.doc, "Threshold", path + "/threshold",
                                    n.guardrail.threshold, number))
            ctx.doc.edit(okr::setNodeThreshold, n.id, number);
    }
    if (n.kind == okr::NodeKind::Driver) {
        bool flag;
        if (widgets::checkbox(ctx.doc, "Monitor only (no key result needed)", path + "/monitorOnly",
                              n.monitorOnly, flag))
            ctx.doc.edit(okr::setNodeMonitorOnly, n.id, flag);
    }
    if (widgets::multiline(ctx.doc, "Notes", path + "/notes", n.notes, text, 2))
        ctx.doc.edit(okr::setNodeNotes, n.id, text);
}

// Each link up to a parent, with its relation (the formula term) and a way to remove it.
void drawParents(Context& ctx, const okr::Node& n) {
    const okr::Plan& plan = ctx.doc.plan();
    bool any = false;
    for (size_t l = 0; l < plan.tree.links.size(); ++l) {
        const okr::Link& link = plan.tree.links[l];
        if (link.from != n.id) continue;
        const okr::Node* parent = okr::findNode(plan, link.to);
        if (!parent) continue;
        if (!any) ImGui::SeparatorText("Drives");
        any = true;
        ImGui::PushID(link.id.value.c_str());
        const std::string path = "/tree/links/" + std::to_string(l);
        okr::Relation relation;
        if (widgets::enumCombo(ctx.doc, parent->name.c_str(), path + "/relation", link.relation,
                               relation,
                               ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2.2f)) {
            const okr::LinkCheck check = okr::canLink(plan, n.id, parent->id, relation);
            // The link itself is no obstacle to changing its own relation.
            if (check || check.reason == okr::LinkRefusal::Duplicate)
                ctx.doc.edit(okr::setLinkRelation, link.id, relation);
            else {
                ctx.ui.tree.refusal = check.message;
                ctx.ui.tree.refusalAt = platform::nowMs();
            }
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("×")) ctx.doc.edit(okr::deleteLink, link.id);
        testhook::item(path + "/delete");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this link");
        if (link.relation == okr::Relation::Influence)
            note("Influence: an empirical link, no formula.");
        ImGui::PopID();
    }
}

void drawKeyResults(Context& ctx, const okr::Node& n) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::SeparatorText("Key results on this metric");
    int count = 0;
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        const okr::Objective& obj = plan.objectives[o];
        for (size_t k = 0; k < obj.keyResults.size(); ++k) {
            const okr::KeyResult& kr = obj.keyResults[k];
            if (kr.driver != n.id) continue;
            ++count;
            const std::string text = "O" + std::to_string(o + 1) + " KR" + std::to_string(k + 1) +
                                     "  " + (kr.title.empty() ? "(untitled)" : kr.title);
            ImGui::PushID(kr.id.value.c_str());
            if (ImGui::Selectable(text.c_str(), ctx.ui.openKeyResult == kr.id.value)) {
                // Go to it in the objectives view, opened and scrolled to.
                ctx.ui.showTree = false;
                ctx.ui.showCascade = false;
                ctx.ui.openKeyResult = kr.id.value;
                widgets::requestFocus("/objectives/" + std::to_string(o) + "/keyResults/" +
                                      std::to_string(k) + "/title");
            }
            testhook::item("inspector/kr/" + kr.id.value);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open it in the objectives view");
            ImGui::PopID();
        }
    }
    if (count == 0) ImGui::TextDisabled(n.monitorOnly ? "None: monitored only." : "None yet.");
    if (n.kind == okr::NodeKind::Nsm || plan.objectives.empty()) {
        if (plan.objectives.empty()) note("Add an objective to hang a KR here.");
        return;
    }
    std::vector<widgets::Choice> choices;
    for (size_t o = 0; o < plan.objectives.size(); ++o)
        choices.push_back({plan.objectives[o].id.value,
                           "O" + std::to_string(o + 1) + " " + plan.objectives[o].title});
    std::string& chosen = ctx.ui.tree.krObjective;
    if (!okr::findObjective(plan, okr::ObjectiveId(chosen))) chosen = choices.front().id;
    std::string picked;
    if (widgets::choiceCombo(ctx.doc, "Under", "inspector/krObjective", chosen, choices, picked) &&
        !picked.empty())
        chosen = picked;
    if (ImGui::Button("Add KR for this driver"))
        ctx.doc.edit(okr::addKeyResultForDriver, okr::ObjectiveId(chosen), n.id);
    testhook::item("inspector/addKr");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "A key result on this metric: its name, unit and current value as the "
            "baseline, the driver link set");
}

void drawWhatIf(Context& ctx, const okr::Node& n, size_t index) {
    TreeViewState& t = ctx.ui.tree;
    const TreeFigures& figures = treeFigures();
    ImGui::SeparatorText("What-if");
    std::optional<double> hypothetical;
    for (const auto& [id, v] : t.whatIfValues)
        if (id == n.id.value) hypothetical = v;
    std::optional<double> typed;
    if (widgets::optionalNumber(ctx.doc, "Try a value", "inspector/whatIf", hypothetical, typed)) {
        auto& vs = t.whatIfValues;
        vs.erase(std::remove_if(vs.begin(), vs.end(),
                                [&](const auto& w) { return w.first == n.id.value; }),
                 vs.end());
        if (typed) vs.emplace_back(n.id.value, *typed);
    }
    note("Not saved: a what-if only changes what the cards show.");
    const okr::Plan& plan = ctx.doc.plan();
    const okr::TreeIndex tree(plan);
    const int nsm = tree.nsm();
    const auto& values = figures.values();
    const std::string nsmUnit = nsm >= 0 ? plan.tree.nodes[static_cast<size_t>(nsm)].kpi.unit : "";
    // A stated North Star its drivers do not give: said, or "320 → 8.1" would look like a loss.
    if (nsm >= 0) {
        const okr::Node& star = plan.tree.nodes[static_cast<size_t>(nsm)];
        const std::optional<double> implied = okr::impliedValue(plan, star.id);
        if (star.value && implied &&
            std::fabs(*implied - *star.value) > 0.01 * std::max(1.0, std::fabs(*star.value))) {
            widgets::textWrapped(
                "The North Star is stated as %s, but its drivers as stated give %s: what-if "
                "figures start from the drivers. Check their values and how each link moves its "
                "parent (adds to, multiplies, divides).",
                okr::formatValue(*star.value, nsmUnit).c_str(),
                okr::formatValue(*implied, nsmUnit).c_str());
            testhook::item("inspector/whatIf/mismatch");
        }
    }
    if (nsm >= 0 && static_cast<size_t>(nsm) < values.size() &&
        values[static_cast<size_t>(nsm)].changed && values[static_cast<size_t>(nsm)].before &&
        values[static_cast<size_t>(nsm)].after) {
        const std::string& unit = nsmUnit;
        const double before = *values[static_cast<size_t>(nsm)].before;
        const double after = *values[static_cast<size_t>(nsm)].after;
        widgets::textWrapped(
            "North Star: %s → %s (%s%s)", okr::formatValue(before, unit).c_str(),
            okr::formatValue(after, unit).c_str(), signedValue(after - before, unit).c_str(),
            before != 0 ? (", " + signedPercent((after - before) / std::fabs(before))).c_str()
                        : "");
    }
    const auto& s = figures.sensitivity(index);
    if (n.kind == okr::NodeKind::Driver) {
        if (s && s->formulaPath)
            widgets::textWrapped("+10%% of this driver moves the North Star %s (%s).",
                                 signedValue(s->delta, nsmUnit).c_str(),
                                 signedPercent(s->relative).c_str());
        else if (tree.reachesNsm(static_cast<int>(index)))
            widgets::textWrapped(
                "Reaches the North Star through influence links only: they carry no formula, so "
                "no what-if value moves it.");
        else if (!n.value && !n.kpi.baseline)
            note("No value or baseline: nothing to compute from.");
    }
    if (!t.whatIfValues.empty() && ImGui::SmallButton("Clear all what-if values"))
        t.whatIfValues.clear();
}

void drawRanking(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const TreeFigures& figures = treeFigures();
    ImGui::SeparatorText("Rank drivers by leverage");
    note("North Star change for +10% of each driver");
    int shown = 0;
    for (const auto& s : figures.ranking()) {
        if (!s.formulaPath) continue;
        const okr::Node* d = okr::findNode(plan, s.driver);
        if (!d) continue;
        ImGui::PushID(d->id.value.c_str());
        const std::string text = signedPercent(s.relative) + "  " + d->name;
        if (ImGui::Selectable(text.c_str(), ctx.ui.tree.selected.size() == 1 &&
                                                ctx.ui.tree.selected[0] == d->id.value))
            ctx.ui.tree.selected = {d->id.value};
        testhook::item("inspector/rank/" + std::to_string(shown));
        ImGui::PopID();
        if (++shown == 12) break;
    }
    if (shown == 0)
        widgets::textWrapped(
            "No driver reaches the North Star through add, multiply or ratio links with values: "
            "influence links carry no formula.");
}

}  // namespace

void drawNodeInspector(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    TreeViewState& t = ctx.ui.tree;
    const okr::Node* node =
        t.selected.size() == 1 ? okr::findNode(plan, okr::NodeId(t.selected[0])) : nullptr;
    if (node) {
        const size_t index = static_cast<size_t>(node - plan.tree.nodes.data());
        const std::string path = "/tree/nodes/" + std::to_string(index);
        ImGui::PushID(node->id.value.c_str());
        if (t.whatIf) drawWhatIf(ctx, *node, index);
        // A shared plan's metric is shown, not edited; what-if values are not the plan's.
        ImGui::BeginDisabled(widgets::readOnly());
        drawDefinition(ctx, *node, path);
        drawParents(ctx, *node);
        drawKeyResults(ctx, *node);
        ImGui::EndDisabled();
        ImGui::PopID();
    } else if (t.selected.size() > 1) {
        note(
            (std::to_string(t.selected.size()) + " metrics selected. Ctrl+C copies them.").c_str());
    }
    if (t.whatIf) drawRanking(ctx);
}

}  // namespace panels
