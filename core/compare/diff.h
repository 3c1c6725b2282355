// Two drafts of one plan compared: what was added, removed or changed field by field (old → new),
// key results moved between objectives, and the findings of the checks that appeared or were
// resolved between them. What `okr diff A B` prints and what a merge of two drafts starts from.
//
// Contract:
// - Entities are matched by their ID (check-ins by their key result and day, retrospective
//   answers by their week and question), never by their place in a list: reordering is no change.
// - Fields are compared through model/fields.h's field lists, so a field added to the model is
//   compared without touching this file; keys this version does not know (`extra`) are compared
//   as one field, "Other keys".
// - Deterministic: changes in the order of the later plan (removed entities after the others of
//   their kind, in the earlier plan's order); findings in the order analyze() gives them.
// - Pure and total: any two plans, however different, in time linear in their size (plus two
//   analyses when findings are asked for).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/fields.h"
#include "model/plan.h"

namespace okr {

struct FieldChange {
    std::string key;      // the JSON key ("target"); "objective" for a key result moved,
                          // "extra" for the other keys, "overrides/KR-STALE" for a rule setting
    std::string caption;  // its name for people: "Target", "Objective", "Other keys"
    FieldValue before, after;
};

enum class ChangeKind { Added, Removed, Changed };

struct EntityChange {
    ChangeKind kind = ChangeKind::Changed;
    Entity entity = Entity::None;
    std::string id;     // its ID; a check-in's key result; "" for the plan's sections
    std::string label;  // what people call it: its title (the later one), "check-in of 2026-01-12"
    std::string where;  // a key result's objective, a check-in's key result (later, else earlier)
    std::vector<FieldChange> fields;  // Changed: every field that differs
};

struct FindingChange {
    bool appeared = true;  // false: resolved (in the earlier plan, not in the later)
    std::string rule;      // "KR-NO-TARGET"
    Severity severity = Severity::Warning;
    std::string id;       // the entity's ID ("" for the plan)
    std::string message;  // the finding's words, from the plan it is in
};

struct PlanDiff {
    std::vector<EntityChange> changes;
    std::vector<FindingChange> findings;
    bool empty() const { return changes.empty() && findings.empty(); }
};

struct DiffOptions {
    bool findings = true;       // run the checks on both plans and compare their findings
    std::optional<Date> today;  // passed to the checks (KR-STALE)
};

PlanDiff diffPlans(const Plan& before, const Plan& after, const DiffOptions& options = {});

// A value as a change list shows it: text in quotes, numbers as people write them, yes / no,
// dates as YYYY-MM-DD, "(none)" when absent or empty.
std::string valueText(const FieldValue& value);

// The change list for people, grouped by kind of entity:
//   Objectives
//     + O3 "Win the mid-market in Germany"
//     ~ O1 "Make onboarding fast"
//         Title: "Make onboarding quick" → "Make onboarding fast"
//   Findings
//     + warning KR-NO-TARGET KR3: 'Grow revenue' names no number: …
//     - warning OBJ-VAGUE O2 (resolved): …
// ending with a one-line count; "No differences." when there are none.
std::string diffText(const PlanDiff& diff);

}  // namespace okr
