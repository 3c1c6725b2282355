// The app's state as the end-to-end tests read it (test_hook.h's state provider): the plan, the
// view state, projector mode, the share dialog, the document (draft, revision, storage, undo
// labels) and the analysis, as one JSON object. Only reads; built when a test asks.
#pragma once

#include <string>

#include "document.h"
#include "findings.h"
#include "session.h"
#include "ui_state.h"

std::string testStateJson(const Document& doc, const UiState& ui, const Findings& findings,
                          const Session& session, float pixelRatio);
