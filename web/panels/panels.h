// The panels of the planner, one file each. A panel reads a `const Plan&` and draws; later it
// emits commands for edits instead of touching the model.
#pragma once

#include "plan.h"

namespace panels {

void drawPlanSummary(const okr::Plan& plan);  // plan_summary.cpp
void drawObjectives(const okr::Plan& plan);   // objectives.cpp

}  // namespace panels
