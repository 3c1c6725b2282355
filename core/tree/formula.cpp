// Formula evaluation over the metric tree; see formula.h. Values are computed for all nodes at
// once, children before parents, by an iterative depth-first walk down the formula links.
#include "tree/formula.h"

#include <algorithm>
#include <cmath>

#include "model/order.h"

namespace okr {

namespace {

bool isFormula(Relation r) { return r != Relation::Influence; }

double toNatural(double v, const std::string& unit) { return unit == "%" ? v / 100.0 : v; }

std::optional<double> finite(double v) {
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<double> stated(const Node& n) {
    if (n.value && std::isfinite(*n.value)) return n.value;
    return std::nullopt;
}

}  // namespace

FormulaEvaluator::FormulaEvaluator(const Plan& plan, const TreeIndex& index)
    : plan_(plan), index_(index) {
    evaluate();
}

bool FormulaEvaluator::hasFormula(int node) const {
    for (int l : index_.down(node)) {
        const int child = index_.linkFrom(l);
        if (isFormula(plan_.tree.links[static_cast<std::size_t>(l)].relation) &&
            plan_.tree.nodes[static_cast<std::size_t>(child)].kind != NodeKind::Guardrail)
            return true;
    }
    return false;
}

template <class ChildValue>
std::optional<double> FormulaEvaluator::combine(int node, ChildValue childValue) const {
    double sum = 0, product = 1, numerator = 1, denominator = 1;
    bool add = false, multiply = false, num = false, den = false;
    for (int l : index_.down(node)) {
        const Relation r = plan_.tree.links[static_cast<std::size_t>(l)].relation;
        const int child = index_.linkFrom(l);
        const Node& c = plan_.tree.nodes[static_cast<std::size_t>(child)];
        if (!isFormula(r) || c.kind == NodeKind::Guardrail) continue;
        const std::optional<double> v = childValue(child);
        if (!v) return std::nullopt;
        const double x = toNatural(*v, c.kpi.unit);
        switch (r) {
            case Relation::Add:
                sum += x;
                add = true;
                break;
            case Relation::Multiply:
                product *= x;
                multiply = true;
                break;
            case Relation::RatioNumerator:
                numerator *= x;
                num = true;
                break;
            case Relation::RatioDenominator:
                denominator *= x;
                den = true;
                break;
            case Relation::Influence:
                break;
        }
    }
    if (!add && !multiply && !num && !den) return std::nullopt;
    if (den && denominator == 0) return std::nullopt;
    double result = (add ? sum : 1) * (multiply ? product : 1) * (num ? numerator : 1);
    if (den) result /= denominator;
    if (plan_.tree.nodes[static_cast<std::size_t>(node)].kpi.unit == "%") result *= 100;
    return finite(result);
}

void FormulaEvaluator::evaluate() {
    const std::size_t n = index_.size();
    pushed_.assign(n, std::nullopt);
    implied_.assign(n, std::nullopt);
    std::vector<char> state(n, 0);  // 0 new, 1 in progress, 2 done
    std::vector<std::pair<int, std::size_t>> stack;
    const auto finishNode = [&](int node) {
        const auto i = static_cast<std::size_t>(node);
        // A child still in progress is on a cycle: it has no value yet, so nothing above it gets
        // one from the formula (the stated value stands).
        implied_[i] = combine(node, [&](int c) -> std::optional<double> {
            if (state[static_cast<std::size_t>(c)] != 2) return std::nullopt;
            return pushed_[static_cast<std::size_t>(c)];
        });
        pushed_[i] = implied_[i] ? implied_[i] : stated(plan_.tree.nodes[i]);
        for (const auto& [w, v] : whatIf_)
            if (w == node) pushed_[i] = finite(v);
        state[i] = 2;
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (state[root] != 0) continue;
        stack.emplace_back(static_cast<int>(root), 0);
        state[root] = 1;
        while (!stack.empty()) {
            const int node = stack.back().first;
            const TreeIndex::Links downs = index_.down(node);
            std::size_t& pos = stack.back().second;
            if (pos < downs.size()) {
                const int child = index_.linkFrom(downs.first[pos++]);
                if (state[static_cast<std::size_t>(child)] == 0) {
                    state[static_cast<std::size_t>(child)] = 1;
                    stack.emplace_back(child, 0);
                }
            } else {
                stack.pop_back();
                finishNode(node);
            }
        }
    }
}

std::optional<double> FormulaEvaluator::value(int node) const {
    if (node < 0 || static_cast<std::size_t>(node) >= pushed_.size()) return std::nullopt;
    return pushed_[static_cast<std::size_t>(node)];
}

std::optional<double> FormulaEvaluator::implied(int node) const {
    if (node < 0 || static_cast<std::size_t>(node) >= implied_.size()) return std::nullopt;
    return implied_[static_cast<std::size_t>(node)];
}

std::optional<double> FormulaEvaluator::impliedFromStated(int node) const {
    if (node < 0 || static_cast<std::size_t>(node) >= pushed_.size()) return std::nullopt;
    return combine(node, [&](int c) -> std::optional<double> {
        if (auto s = stated(plan_.tree.nodes[static_cast<std::size_t>(c)])) return s;
        return pushed_[static_cast<std::size_t>(c)];
    });
}

void FormulaEvaluator::setValue(int node, double value) {
    if (node < 0 || static_cast<std::size_t>(node) >= pushed_.size()) return;
    for (auto& [w, v] : whatIf_)
        if (w == node) {
            v = value;
            evaluate();
            return;
        }
    whatIf_.emplace_back(node, value);
    evaluate();
}

void FormulaEvaluator::clearValues() {
    whatIf_.clear();
    evaluate();
}

std::optional<double> impliedValue(const Plan& plan, const NodeId& node) {
    const TreeIndex index(plan);
    const FormulaEvaluator eval(plan, index);
    return eval.implied(index.find(node));
}

namespace {

// A chain of formula links from `node` up to `target`.
bool formulaPath(const Plan& plan, const TreeIndex& index, int node, int target) {
    std::vector<char> seen(index.size(), 0);
    std::vector<int> stack{node};
    seen[static_cast<std::size_t>(node)] = 1;
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        if (n == target) return true;
        if (plan.tree.nodes[static_cast<std::size_t>(n)].kind == NodeKind::Guardrail) continue;
        for (int l : index.up(n)) {
            if (!isFormula(plan.tree.links[static_cast<std::size_t>(l)].relation)) continue;
            const int p = index.linkTo(l);
            if (seen[static_cast<std::size_t>(p)]) continue;
            seen[static_cast<std::size_t>(p)] = 1;
            stack.push_back(p);
        }
    }
    return false;
}

std::optional<Sensitivity> sensitivityOf(const Plan& plan, const TreeIndex& index,
                                         FormulaEvaluator& eval, int driver, double change) {
    const int nsm = index.nsm();
    if (nsm < 0 || driver < 0) return std::nullopt;
    const auto before = eval.value(driver);
    const auto base = eval.value(nsm);
    if (!before || !base || !std::isfinite(change)) return std::nullopt;
    Sensitivity s;
    s.driver = plan.tree.nodes[static_cast<std::size_t>(driver)].id;
    s.nsm = plan.tree.nodes[static_cast<std::size_t>(nsm)].id;
    s.driverValue = *before;
    s.base = *base;
    s.formulaPath = driver != nsm && formulaPath(plan, index, driver, nsm);
    s.changed = s.base;
    if (s.formulaPath) {
        eval.setValue(driver, *before * (1.0 + change));
        if (const auto after = eval.value(nsm)) s.changed = *after;
        eval.clearValues();
    }
    s.delta = s.changed - s.base;
    s.relative = s.base != 0 ? s.delta / std::fabs(s.base) : 0;
    if (!std::isfinite(s.delta) || !std::isfinite(s.relative)) s.delta = s.relative = 0;
    return s;
}

}  // namespace

std::optional<Sensitivity> sensitivity(const Plan& plan, const NodeId& driver, double change) {
    const TreeIndex index(plan);
    FormulaEvaluator eval(plan, index);
    return sensitivityOf(plan, index, eval, index.find(driver), change);
}

std::vector<Sensitivity> rankDrivers(const Plan& plan, double change) {
    const TreeIndex index(plan);
    FormulaEvaluator eval(plan, index);
    std::vector<Sensitivity> out;
    for (std::size_t i = 0; i < index.size(); ++i) {
        if (plan.tree.nodes[i].kind != NodeKind::Driver) continue;
        if (auto s = sensitivityOf(plan, index, eval, static_cast<int>(i), change))
            out.push_back(std::move(*s));
    }
    stableSort(out, [](const Sensitivity& a, const Sensitivity& b) {
        return std::fabs(a.relative) > std::fabs(b.relative);
    });
    return out;
}

std::vector<WhatIfValue> whatIf(const Plan& plan,
                                const std::vector<std::pair<NodeId, double>>& overrides) {
    const TreeIndex index(plan);
    FormulaEvaluator eval(plan, index);
    std::vector<WhatIfValue> out(index.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i].before = eval.value(static_cast<int>(i));
    for (const auto& [id, value] : overrides) {
        const int n = index.find(id);
        if (n >= 0 && std::isfinite(value)) eval.setValue(n, value);
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].after = eval.value(static_cast<int>(i));
        out[i].changed = out[i].before != out[i].after;
    }
    return out;
}

}  // namespace okr
