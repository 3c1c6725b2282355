// The tree rules: TREE-ROOT, TREE-CYCLE, TREE-DISCONNECTED, TREE-KPI-INCOMPLETE,
// TREE-GUARDRAIL-THRESHOLD, TREE-UNCOVERED, TREE-FORMULA, TREE-NSM-OUTPUT.
#include <cmath>
#include <string>

#include "analysis/checks.h"
#include "model/value_text.h"

namespace okr::detail {

namespace {

void root(Context& c) {
    const auto& nodes = c.plan.tree.nodes;
    if (nodes.empty()) return;  // no tree at all is SET-NO-NSM
    const auto& nsms = c.tree.nsms();
    if (nsms.empty()) {
        c.emit(RuleId::TreeRoot, EntityKind::Plan, "", "/tree/nodes",
               "The tree has " + std::to_string(nodes.size()) + " metric" +
                   (nodes.size() == 1 ? "" : "s") + " but no North Star.",
               "Mark the one metric that captures the value customers receive as the NSM (kind "
               "nsm) and link the drivers up to it (S3 §2A).");
        return;
    }
    // A North Star with a parent is not the root (canLink refuses such a link: NsmAsChild).
    for (int n : nsms) {
        for (int l : c.tree.up(n)) {
            const Node& nsm = nodes[static_cast<std::size_t>(n)];
            const Node& parent = nodes[static_cast<std::size_t>(c.tree.linkTo(l))];
            c.emit(RuleId::TreeRoot, EntityKind::Link,
                   c.plan.tree.links[static_cast<std::size_t>(l)].id.value,
                   "/tree/links/" + std::to_string(l),
                   "The North Star " + nodeName(nsm) + " is linked as a driver of " +
                       nodeName(parent) + ": the North Star is the root of the tree.",
                   "Remove the link, or make " + nodeName(parent) +
                       " the North Star if it captures delivered value better.");
        }
    }
    const Node& first = nodes[static_cast<std::size_t>(nsms[0])];
    for (std::size_t i = 1; i < nsms.size(); ++i) {
        const auto n = static_cast<std::size_t>(nsms[i]);
        c.emit(RuleId::TreeRoot, EntityKind::Node, nodes[n].id.value, nodePath(n, "kind"),
               nodeName(nodes[n]) + " is a second North Star beside " + nodeName(first) + ".",
               "Keep one North Star; make the other a driver of it, or remove it (S4: the single "
               "number that best captures delivered value).");
    }
}

void cycles(Context& c) {
    const auto& nodes = c.plan.tree.nodes;
    const auto& links = c.plan.tree.links;
    for (int l : c.tree.cycleLinks()) {
        const Node& from = nodes[static_cast<std::size_t>(c.tree.linkFrom(l))];
        const Node& to = nodes[static_cast<std::size_t>(c.tree.linkTo(l))];
        c.emit(RuleId::TreeCycle, EntityKind::Link, links[static_cast<std::size_t>(l)].id.value,
               "/tree/links/" + std::to_string(l),
               "The link " + nodeName(from) + " → " + nodeName(to) +
                   " closes a loop: " + nodeName(to) + " already drives " + nodeName(from) + ".",
               "Remove one link of the loop: a metric cannot drive itself.");
    }
}

void disconnected(Context& c, std::size_t n, const Node& node) {
    if (node.kind != NodeKind::Driver || c.tree.nsms().empty() ||
        c.tree.reachesNsm(static_cast<int>(n)))
        return;
    const Node& nsm = c.plan.tree.nodes[static_cast<std::size_t>(c.tree.nsms()[0])];
    c.emit(RuleId::TreeDisconnected, EntityKind::Node, node.id.value, nodePath(n),
           "Driver " + nodeName(node) + " does not reach the North Star " + nodeName(nsm) + ".",
           "Link it to the metric it drives, up to the North Star — or remove it if it drives "
           "nothing we care about (S4: every lever feeds the NSM).");
}

void kpiIncomplete(Context& c, std::size_t n, const Node& node) {
    const char* firstField = nullptr;
    std::string missing;
    int count = 0;
    const auto need = [&](bool ok, const char* field, const char* label) {
        if (ok) return;
        if (!firstField) firstField = field;
        if (!missing.empty()) missing += ", ";
        missing += label;
        ++count;
    };
    need(!trimmed(node.kpi.owner).empty(), "owner", "owner");
    need(!trimmed(node.kpi.unit).empty(), "unit", "unit");
    need(!trimmed(node.kpi.source).empty(), "source", "source");
    need(node.kpi.baseline && std::isfinite(*node.kpi.baseline), "baseline", "baseline");
    need(node.kpi.cadence != Cadence::Unset, "cadence", "cadence");
    if (count == 0) return;
    c.emit(RuleId::TreeKpiIncomplete, EntityKind::Node, node.id.value, nodePath(n, firstField),
           nodeName(node) + " has no " + missing + " in its KPI definition.",
           "Define each KPI once: owner, query or source, unit, baseline µ (and σ) and measurement "
           "cadence (S3 §2D).");
}

void guardrailThreshold(Context& c, std::size_t n, const Node& node) {
    if (node.kind != NodeKind::Guardrail) return;
    if (node.guardrail.threshold && std::isfinite(*node.guardrail.threshold)) return;
    c.emit(RuleId::TreeGuardrailThreshold, EntityKind::Node, node.id.value,
           nodePath(n, "threshold"),
           "Guardrail " + nodeName(node) + " has no threshold: nothing can trip it.",
           "Set the threshold and its comparison (S3: \"INP p95 ≤ 200ms\", \"refund rate ≤ "
           "1.2%\").");
}

void uncovered(Context& c, std::size_t n, const Node& node) {
    if (node.kind != NodeKind::Driver || node.monitorOnly || c.krsPerNode[n] > 0) return;
    c.emit(RuleId::TreeUncovered, EntityKind::Node, node.id.value, nodePath(n),
           concat({"No key result moves the driver ", nodeName(node), "."}),
           "Add a key result for it if it is a lever this quarter; otherwise mark it \"monitor "
           "only\" (S4: focused bets on the highest-leverage inputs).");
}

void formula(Context& c, std::size_t n, const Node& node) {
    if (!node.value || !std::isfinite(*node.value)) return;
    const auto implied = c.formula.impliedFromStated(static_cast<int>(n));
    if (!implied) return;
    const double stated = *node.value;
    const double diff = std::fabs(*implied - stated);
    const double scale = std::fabs(stated);
    if (scale > 0 ? diff <= c.options.formulaTolerance * scale : diff <= 1e-9) return;
    const std::string off =
        scale > 0 ? valueText(std::round(100.0 * diff / scale), "%") : std::string();
    c.emit(RuleId::TreeFormula, EntityKind::Node, node.id.value, nodePath(n, "value"),
           concat({nodeName(node), " is stated as ", ValueChars(stated, node.kpi.unit),
                   " but its drivers give ", ValueChars(*implied, node.kpi.unit),
                   scale > 0 ? ", " : "", off, scale > 0 ? " off" : "", "."}),
           "Update the stated value or the drivers' values, or check the links' relations (add, "
           "multiply, ratio numerator / denominator).");
}

void nsmOutput(Context& c, std::size_t n, const Node& node) {
    if (node.kind != NodeKind::Nsm) return;
    const WordText t(node.name);
    const WordTable::Match m = c.words.find(t, WordClass::BusinessOutput);
    if (!m) return;
    c.emit(RuleId::TreeNsmOutput, EntityKind::Node, node.id.value, nodePath(n, "name"),
           "The North Star " + nodeName(node) + " is a business output (\"" +
               std::string(t.word(m.start)) +
               "\": what the business receives), not the value customers get.",
           "Pick the metric that measures value delivered and leads revenue (S4: \"weekly active "
           "teams with 3+ collaborators\"); keep revenue as a driver or a KPI.");
}

}  // namespace

void checkTree(Context& c) {
    if (c.on(RuleId::TreeRoot)) root(c);
    if (c.on(RuleId::TreeCycle)) cycles(c);
    const auto& nodes = c.plan.tree.nodes;
    const bool formulas = c.on(RuleId::TreeFormula);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const Node& node = nodes[n];
        if (c.on(RuleId::TreeDisconnected)) disconnected(c, n, node);
        if (c.on(RuleId::TreeKpiIncomplete)) kpiIncomplete(c, n, node);
        if (c.on(RuleId::TreeGuardrailThreshold)) guardrailThreshold(c, n, node);
        if (c.on(RuleId::TreeUncovered)) uncovered(c, n, node);
        if (formulas) formula(c, n, node);
        if (c.text() && c.on(RuleId::TreeNsmOutput)) nsmOutput(c, n, node);
    }
}

}  // namespace okr::detail
