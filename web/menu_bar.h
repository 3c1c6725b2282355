// The planner's menu bar — File (new, open, drafts, save, share link, exports), Edit (undo and
// redo with their labels), View (text size, projector mode), ▶ Present, and the status line — and
// the keyboard shortcuts that mirror its items. What an item does belongs to its owner: files and
// drafts to the Session, the share link to share.cpp, the tree's SVG to tree_canvas.cpp, projector
// mode to projector.cpp.
#pragma once

#include "panels/panels.h"
#include "session.h"

namespace menus {

void drawMenuBar(Session& session, panels::Context& ctx);
// Keyboard shortcuts; call after NewFrame, before the frame's panels.
void handleShortcuts(Session& session, panels::Context& ctx);

// The user's text size (UiState::userScale), kept in the browser's settings: read at start-up,
// changed by the View menu and Ctrl+= / Ctrl+- / Ctrl+0; with it, whether the screen-reader
// outline is on (the page turns it on itself).
void loadUserScale(UiState& ui);

}  // namespace menus
