// The panels of the planner, one file each, one small interface: a panel reads the document's
// `const Plan&` (and the analysis), draws, and emits core commands through Document::edit.
//
// Field labels are the JSON pointers of the values they edit ("/objectives/0/keyResults/1/target"),
// the same paths the loader and the rules use, so a violation can point at its field and a test
// can find it (test_hook.h).
#pragma once

#include "document.h"
#include "ui_state.h"

namespace panels {

struct Context {
    Document& doc;
    UiState& ui;
};

void drawPlan(Context& ctx);        // plan.cpp: meta, profile, strategy, themes, economics
void drawObjectives(Context& ctx);  // objectives.cpp: objectives, key results, initiatives

}  // namespace panels
