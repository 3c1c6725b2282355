// Formulas of the metric tree: the value a node's drivers imply through add / multiply / ratio
// links, what-if values pushed up to the North Star, and each driver's sensitivity (the NSM's
// change for a +10% change of that driver). Used by TREE-FORMULA, the canvas and what-if mode.
//
// A node's formula, from the links into it (influence links and guardrails carry none):
//   value = (sum of its add children) × (product of its multiply children)
//           × (product of its ratio numerators) / (product of its ratio denominators),
// a group with no children being left out. Percent values take part as fractions (a child of
// unit "%" with value 35 counts as 0.35) and a parent of unit "%" gets its result × 100, so
// "paid / trials" can be compared with a stated "14%".
//
// Contract: pure; any tree (cycles, missing values, zero denominators) gives an answer or
// nullopt, never a throw, never a NaN or infinity; evaluation is iterative.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "model/plan.h"
#include "tree/tree.h"

namespace okr {

class FormulaEvaluator {
  public:
    // The index must be built from the same plan; both must outlive the evaluator.
    FormulaEvaluator(const Plan& plan, const TreeIndex& index);

    // True when the node has at least one add / multiply / ratio child.
    bool hasFormula(int node) const;
    // The node's value with every formula pushed up from the leaves: a node with a formula whose
    // children all have values takes the formula's result, any other its stated value (or its
    // what-if value, see setValue).
    std::optional<double> value(int node) const;
    // The formula's result from the children's pushed values; nullopt without a formula or when a
    // child has no value.
    std::optional<double> implied(int node) const;
    // The formula's result from the children's stated values (a child without one takes its pushed
    // value): what TREE-FORMULA compares with the node's own stated value.
    std::optional<double> impliedFromStated(int node) const;

    // What-if: a node takes `value` instead of its own and everything above it is recomputed.
    void setValue(int node, double value);
    void clearValues();

  private:
    void evaluate();
    template <class ChildValue>
    std::optional<double> combine(int node, ChildValue childValue) const;

    const Plan& plan_;
    const TreeIndex& index_;
    std::vector<std::pair<int, double>> whatIf_;
    std::vector<std::optional<double>> pushed_;
    std::vector<std::optional<double>> implied_;
};

// The value a node's drivers imply (FormulaEvaluator::implied); nullopt when the node is unknown,
// has no formula, or a driver has no value.
std::optional<double> impliedValue(const Plan& plan, const NodeId& node);

struct Sensitivity {
    NodeId driver;
    NodeId nsm;
    double driverValue = 0;    // before the change
    double base = 0;           // the NSM's value before …
    double changed = 0;        // … and after the driver's change
    double delta = 0;          // changed - base
    double relative = 0;       // delta / |base| (0 when base is 0)
    bool formulaPath = false;  // a chain of formula links leads from the driver to the NSM
};

// The North Star's change when `driver` changes by `change` (0.10 = +10%). nullopt when there is
// no single NSM or the driver is unknown or has no value. A driver tied to the NSM only through
// influence links has formulaPath false and delta 0: influence carries no formula.
std::optional<Sensitivity> sensitivity(const Plan& plan, const NodeId& driver,
                                       double change = 0.10);
// Every driver with a value, by |relative| descending (ties in node order): the lever ranking.
std::vector<Sensitivity> rankDrivers(const Plan& plan, double change = 0.10);

// What-if mode: hypothetical values for some nodes (never written into the plan) and what every
// node's value becomes. One entry per node in node order; `changed` is true when `after` differs
// from `before` (a node given a value, or an ancestor reached through formula links). Unknown
// node IDs and non-finite values among the overrides are ignored.
struct WhatIfValue {
    std::optional<double> before;  // the node's value without the overrides (FormulaEvaluator)
    std::optional<double> after;   // … and with them
    bool changed = false;
};
std::vector<WhatIfValue> whatIf(const Plan& plan,
                                const std::vector<std::pair<NodeId, double>>& overrides);

}  // namespace okr
