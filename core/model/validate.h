// The integrity of a typed Plan: what must hold for savePlan's output to load again.
//
// loadPlan runs it after reading a file; the commands of commands.h run it after every edit and
// refuse an edit that would break it. It checks values (non-empty IDs, text of at most 10,000
// characters, finite numbers within ±1e15, confidence 0..10, real calendar dates), unique IDs
// among entities of one kind, references that resolve (KR driver and contributesTo, objective
// parent and theme, initiative key results, link ends, adjustment targets) and the absence of
// loops (tree links, objective parents, KR contributions).
//
// The value checks walk the field lists of fields.h (type and limits of every field); the lists
// themselves (check-ins, key results, …) and the checks across entities are written out here.
//
// It does not judge the plan's quality: that is the rule catalog's job (rules.h).
#pragma once

#include <vector>

#include "model/fields.h"
#include "model/plan.h"
#include "model/problem.h"

namespace okr {

// kMaxTextChars and kMaxMagnitude, the limits of a text and of a number, are in fields.h.
inline constexpr std::size_t kMaxEntities = 60000;

// Problems located by the JSON pointer the value has in the saved file; empty when intact.
std::vector<Problem> validatePlan(const Plan& plan);

// Objectives, key results, check-ins, nodes, links, themes, initiatives and adjustments.
std::size_t countEntities(const Plan& plan);

}  // namespace okr
