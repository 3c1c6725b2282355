// What the planner tells and asks outside its panels: the banner of notices under the menu bar
// (with the shared plan's banner and a failed store's warning), the modal dialogs (file problems,
// open a plan, save as, the share link's, drawn by share.cpp, and the question asked before a plan
// whose latest change is not stored is replaced) and the Drafts window, which
// lists the drafts in this browser's storage to open or delete.
#pragma once

#include "panels/panels.h"
#include "session.h"

namespace dialogs {

void drawNotices(Session& session, panels::Context& ctx);
void drawDialogs(Session& session, panels::Context& ctx);
void drawDrafts(Session& session, panels::Context& ctx);

}  // namespace dialogs
