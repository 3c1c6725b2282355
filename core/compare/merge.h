// Three drafts of one plan merged: the one both started from (base), ours and theirs. Every change
// either side made against the base is applied; where both changed the same field differently,
// or one removed what the other changed, that is a conflict: ours is kept in the result (or the
// changed entity, so nothing is lost) and the conflict is listed for a person to settle. What
// `okr merge BASE OURS THEIRS -o OUT` does, and what a facilitator does with a client's copy.
//
// Contract:
// - Entities are matched by ID (check-ins by their key result and day, retrospective answers by
//   their week and question), fields through model/fields.h's lists, as diff.h does.
// - merge(base, a, base) == a and merge(base, base, b) == b; changes that touch different fields
//   or entities give the same plan whichever side they come from (up to the order of entities
//   both sides added).
// - Both sides adding an entity under one ID (each draft's "o3") is no conflict: theirs gets a
//   fresh ID (its references follow) and both are kept; the renaming is listed.
// - The result is intact (validate.h): a reference left pointing at an entity the other side
//   removed is cleared and listed as a conflict; a link whose end is gone is dropped.
// - Pure and total: any three plans.
#pragma once

#include <string>
#include <vector>

#include "model/fields.h"
#include "model/plan.h"

namespace okr {

struct MergeConflict {
    Entity entity = Entity::None;
    std::string id;       // the entity's ID; a check-in's key result; "" for the plan's sections
    std::string label;    // its title, as in ours when it is there
    std::string key;      // the field; "" when the conflict is about the entity as a whole
    std::string caption;  // the field's name for people
    FieldValue base, ours, theirs;
    std::string message;  // the conflict in a plain sentence, with what the result kept
};

struct MergeResult {
    Plan plan;
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> notes;  // what was done without asking: IDs given to theirs' additions
};

MergeResult mergePlans(const Plan& base, const Plan& ours, const Plan& theirs);

// The conflicts and notes for people, one per line, and a count; "Merged without conflicts."
// when there are none.
std::string mergeText(const MergeResult& result);

}  // namespace okr
