// The driver tree's figures as the canvas and the node inspector show them: each node's value
// with the what-if values applied (and its change), each driver's sensitivity (the NSM's change
// for +10 % of it) and the lever ranking. The core computes them (formula.h); this keeps them
// until the plan or the what-if values change, since a 300-node ranking is too dear per frame.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/plan.h"
#include "tree/formula.h"

class TreeFigures {
  public:
    // Recomputes when the revision or the what-if values differ from the last call.
    void update(const okr::Plan& plan, long revision,
                const std::vector<std::pair<std::string, double>>& whatIf);

    // Per node index (plan.tree.nodes order); empty before the first update.
    const std::vector<okr::WhatIfValue>& values() const { return values_; }
    const std::optional<okr::Sensitivity>& sensitivity(size_t node) const;
    // Drivers by leverage (core rankDrivers), the largest NSM change first.
    const std::vector<okr::Sensitivity>& ranking() const { return ranking_; }

  private:
    long revision_ = -1;
    std::vector<std::pair<std::string, double>> whatIf_;
    std::vector<okr::WhatIfValue> values_;
    std::vector<std::optional<okr::Sensitivity>> sensitivity_;
    std::vector<okr::Sensitivity> ranking_;
};

// The one instance the panels share.
TreeFigures& treeFigures();
