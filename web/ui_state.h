// View state: what the panels show and how, never saved in the plan file and never undone
// (STYLE.md 5). Persistent preferences (UI scale) are kept in the browser's settings.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "plan.h"

struct Notice {
    enum class Kind { Info, Warning, Error };
    Kind kind = Kind::Info;
    std::string text;
};

// The driver-tree canvas's view state: zoom, pan, selection and the one interaction under way.
struct TreeViewState {
    enum class Interaction { Idle, Panning, DraggingNodes, Linking, BoxSelecting };
    Interaction interaction = Interaction::Idle;
    okr::Vec2 pan;
    okr::Vec2 panAtPress;               // the pan when the current press started
    float zoom = 1.0f;                  // multiplied by the UI scale
    bool fitRequested = true;           // zoom to fit on the next frame (first view, "Fit")
    std::vector<std::string> selected;  // node IDs
    ImVec2 pressAt;                     // where the current interaction started (screen)
    okr::Vec2 dragOffset;               // canvas units, while dragging nodes (applied on release)
    std::string linkFrom;               // the child node a link is being drawn from
    std::string refusal;                // why the last link was refused, shown on the canvas
    double refusalAt = 0;
};

// Projector mode: the plan presented to a room, one objective at a time (or the driver tree).
struct ProjectorState {
    bool on = false;
    bool dark = false;             // the dark theme instead of the high-contrast light one
    bool showTree = false;         // the driver tree instead of the focused objective
    int objective = 0;             // index of the focused objective, clamped to the plan
    bool askedFullscreen = false;  // full screen was requested on entry (the browser may refuse)
    bool sawFullscreen = false;    // the page did go full screen; leaving it leaves the mode
    // The session timer: time accumulated while paused plus the running stretch.
    bool timerRunning = false;
    double timerAccumMs = 0;
    double timerStartedAt = 0;
};

// "Copy share link": the dialog showing the link (or why it cannot be one).
struct ShareDialogState {
    bool show = false;
    bool pending = false;   // the browser is still compressing
    std::string link;       // the whole link, also when too long to offer
    std::string clipboard;  // "copied", or why the clipboard refused
    std::string error;      // the browser could not make a link at all
};

struct UiState {
    float userScale = 1.0f;       // the user's UI scale, multiplied by devicePixelRatio
    std::vector<Notice> notices;  // the banner under the menu bar; each can be dismissed

    // A file that could not be opened: the dialog lists the core's located messages.
    std::string fileErrorTitle;
    std::vector<std::string> fileErrors;

    // A stored draft that could not be read at start-up: kept, and offered for download.
    std::string corruptDraftId;
    std::string corruptDraftText;

    bool showDrafts = false;
    // Ctrl+O asks first: browsers open a file picker only from a click, not from a shortcut.
    bool showOpen = false;
    bool showSaveAs = false;
    std::string saveAsName;

    // Objectives panel: which key result's details are open ("" = none).
    std::string openKeyResult;

    // The middle column shows the objectives or the driver tree.
    bool showTree = false;
    TreeViewState tree;

    ProjectorState projector;

    ShareDialogState share;
    // The open plan came from a share link: read only, not stored, the fragment still in the URL.
    bool sharedView = false;

    // Heights of long-list rows (objectives, violation groups) from the frame they were last
    // drawn, by a stable key: rows scrolled out of view are skipped and only their space kept.
    std::unordered_map<std::string, float> rowHeights;
};
