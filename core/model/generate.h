// Synthetic plans of any size for benchmarks and stress tests (format, analysis, layout).
//
// Contract: deterministic (same arguments, same plan, on every platform) and intact:
// validatePlan(generatePlan(...)) is empty, so savePlan's output loads again. The plan looks like a
// real one: a company period of one quarter, three themes, an NSM with a driver tree and a few
// guardrails, the first three objectives at company level and the rest team objectives supporting
// them, key results of every kind linked to drivers, weekly check-ins, initiatives and
// adjustments.
#pragma once

#include "model/plan.h"

namespace okr {

// objectives × krsPerObjective key results with `checkins` weekly check-ins each (weeks beyond a
// quarter keep going past the period end) and `nodes` tree nodes (at least 1: the NSM). Negative
// counts are treated as 0.
Plan generatePlan(int objectives, int krsPerObjective, int checkins, int nodes);

}  // namespace okr
