// The undoable edits of the quarter's rhythm (rhythm.h), in the style of commands.h: a week's
// check-in from the weekly table, a mid-quarter adjustment (pause / pivot / persist) and an answer
// to a retrospective question.
//
// Contract (as commands.h): every command is one labelled History step; it returns true when it
// changed the plan and false when it did nothing — the entity does not exist, nothing changed, or
// the edit is refused — and then the plan is exactly as it was and history.lastError() says why in
// a plain sentence ("" when nothing changed).
#pragma once

#include <optional>
#include <string>

#include "edit/commands.h"
#include "model/plan.h"

namespace okr {

// What the owner types in a row of the weekly table (S4: value, confidence 0–10, blockers).
struct CheckinInput {
    std::optional<double> value;
    std::optional<int> confidence;  // 0..10
    std::string blockers;
    std::string note;
};

// Records `input` as key result `kr`'s check-in of `week` (1 … weeksInPeriod). It replaces every
// check-in dated inside that week (a week holds one check-in; the unknown keys of the latest one
// are kept), so typing the row again edits it. The check-in is dated `today` when today falls in
// that week, else keeps the date of the check-in it replaces, else the week's first day. Edits of
// the same row coalesce into one step labelled "Check in week N". Refused without a plan period,
// for a week outside it and for a confidence outside 0–10.
bool recordCheckin(History& h, Plan& plan, const KeyResultId& kr, int week,
                   const CheckinInput& input, Date today);

// Appends `adjustment` to the log (makeAdjustment in rhythm.h builds one; a fresh ID is assigned
// when its ID is empty or taken) as one step. A pivot of a key result also sets the KR's target to
// newTarget and records the target it replaces as originalTarget; a pivot of a key result without
// a newTarget is refused, and so is any adjustment without a written reason. Pause and persist, and
// any adjustment of an objective, only log. Returns the adjustment's ID; empty when refused.
AdjustmentId applyAdjustment(History& h, Plan& plan, Adjustment adjustment);

// Sets the plan's answer to a retrospective question (S2's questions are in rhythm.h; another
// question is accepted too) — with `week`, to one of the weekly review's questions for that week
// of the period (S2's three-question format). An empty answer removes it. The quarter's answers
// come first, S2's questions in its order and others after them, then the weeks' in week order.
// Typing in one answer coalesces.
bool setRetrospectiveAnswer(History& h, Plan& plan, const std::string& question,
                            const std::string& answer, std::optional<int> week = std::nullopt);

}  // namespace okr
