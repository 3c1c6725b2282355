// The plan file format, version 1 (FORMAT.md is the reference): one JSON document with the
// top-level keys format, version, plan, strategy, economics, tree, objectives, initiatives,
// adjustments, retrospective (left out when empty), rules. The keys of each entity, their types,
// limits and order are the field lists of model/fields.h.
//
// Contract:
// - loadPlan never throws and never aborts, whatever the bytes: it returns either a plan or the
//   list of problems, each located by a JSON pointer path ("/objectives/2/keyResults/0/target")
//   and explained in a plain sentence. Warnings (e.g. an unknown rule ID in overrides) come with
//   a plan; errors come without one.
// - savePlan is deterministic: same plan, same bytes (stable key order, 2-space indent, trailing
//   newline); save → load → save is byte-identical, unknown keys included.
#pragma once

#include <string>
#include <string_view>

#include "model/plan.h"
#include "model/problem.h"

namespace okr {

inline constexpr int kFormatVersion = 1;

LoadResult loadPlan(std::string_view bytes);
std::string savePlan(const Plan& plan);

}  // namespace okr
