// View state: what the panels show and how, never saved in the plan file and never undone
// (STYLE.md 5). Persistent preferences (UI scale) are kept in the browser's settings.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "imgui.h"
#include "io/import.h"
#include "model/plan.h"
#include "rhythm/rhythm.h"

struct Notice {
    enum class Kind { Info, Warning, Error };
    Kind kind = Kind::Info;
    std::string text;
    // A confirmation ("Restored your draft…", "Saved…"): it goes by itself a few seconds after it
    // is first drawn, or at the first edit after that, whichever comes first.
    bool fleeting = false;
    double shownAt = -1;  // ms, set when first drawn
    long revision = -1;   // the document's revision when first drawn
};

// OKRs being brought in (panels/import.cpp): the text dropped, opened or pasted, read as a
// spreadsheet's rows or as a list, and what it gives, shown before anything changes.
struct ImportState {
    bool open = false;
    std::string source;  // "sheet.csv", "pasted text"; "" while the paste box waits
    std::string text;
    bool isTable = false;
    okr::ImportTable table;
    std::optional<okr::ImportProblem> unreadable;  // why the text is no table at all
    okr::ImportResult result;
};

// The driver-tree canvas's view state: zoom, pan, selection and the one interaction under way.
struct TreeViewState {
    enum class Interaction { Idle, Panning, DraggingNodes, Linking, BoxSelecting };
    Interaction interaction = Interaction::Idle;
    okr::Vec2 pan;
    okr::Vec2 panAtPress;               // the pan when the current press started
    float zoom = 1.0f;                  // multiplied by the UI scale
    float pinch = 1.0f;                 // a touch pinch's zoom factor since the last frame
    bool fitRequested = true;           // zoom to fit on the next frame (first view, "Fit")
    bool fitAfterEdits = false;         // … on the frame after this one's edits are applied
    std::vector<std::string> selected;  // node IDs
    ImVec2 pressAt;                     // where the current interaction started (screen)
    okr::Vec2 dragOffset;               // canvas units, while dragging nodes (applied on release)
    std::string linkFrom;               // the child node a link is being drawn from
    std::string refusal;                // why the last link was refused, shown on the canvas
    double refusalAt = 0;
    std::string fitNote;  // what "Fit" left out to keep the text readable, shown for a while
    double fitNoteAt = 0;

    // What-if mode: hypothetical values typed in the inspector (node ID → value), never saved.
    bool whatIf = false;
    bool inspectorHidden = false;  // the canvas takes the inspector's room (a narrow screen)
    // A link just drawn: its relation is asked where it was dropped (links before it, the place).
    bool askRelation = false;
    size_t linksBefore = 0;
    ImVec2 relationAt;
    std::vector<std::pair<std::string, double>> whatIfValues;
    std::string krObjective;  // the objective "Add KR for this driver" adds to ("" = first)
    size_t pastedFrom = 0;    // node count before a paste or a new metric, to select what it added
    bool pastePending = false;
    int pngFrames = 0;  // > 0: download the canvas as PNG when this many more frames are drawn
    ImVec2 canvasMin, canvasMax;           // the canvas widget's rectangle (screen), for the PNG
    std::vector<std::string> highlighted;  // nodes on the open key result's path (last frame)
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
    int timeboxMinutes = 0;  // a countdown from this many minutes; 0 counts up
    // Client view (no checks, no counts) as chosen in the mode; unset follows the planner's
    // switch, and is on for an agency's plan (it presents to its client).
    std::optional<bool> clientView;
};

// "Copy share link": the dialog showing the link (or why it cannot be one).
struct ShareDialogState {
    bool show = false;
    bool pending = false;   // the browser is still compressing
    std::string link;       // the whole link, also when too long to offer
    std::string clipboard;  // "copied", or why the clipboard refused
    std::string error;      // the browser could not make a link at all
};

// The quarter's rhythm views (check-ins, at risk, scoring): the week looked at, the meeting timer,
// the drafts of dialogs that must be complete before they become a command.
struct RhythmViewState {
    enum class View { None, Checkins, AtRisk, Scoring };
    View view = View::None;  // None: the middle column shows the objectives or the tree
    int week = 0;            // the week looked at; 0 = the default (this week)
    std::string openTrend;   // the key result whose trend chart is open ("" = none)

    // The weekly meeting's timer (S3's agenda): the item under way and the seconds spent on each.
    int agendaItem = 0;
    bool timerRunning = false;
    double timerStartedAt = 0;  // ImGui::GetTime() when the running stretch began
    std::vector<double> agendaSeconds;
    // S2's "what moved this week", kept until the plan or the day changes.
    long movesRevision = -1;
    okr::Date movesDay{};
    std::vector<okr::WeeklyMove> moves;

    // The adjustment dialog: what it adjusts and the choices typed so far.
    bool adjustOpen = false;
    okr::TargetKind adjustKind = okr::TargetKind::KeyResult;
    std::string adjustId;
    okr::AdjustmentAction adjustAction = okr::AdjustmentAction::Persist;
    okr::AdjustmentCause adjustCause = okr::AdjustmentCause::External;
    std::string adjustReason;
    std::optional<double> adjustNewTarget;
    std::string adjustError;

    // Score overrides being written: key result ID → score and reason, until "Save override".
    struct OverrideDraft {
        std::optional<double> score;
        std::string reason;
        std::string error;       // the core's refusal of the last save
        bool submitted = false;  // saved this frame; the core answers by the next
        bool shown = false;      // drawn once: brought into view when it opened below the fold
    };
    std::unordered_map<std::string, OverrideDraft> overrides;

    // Start next quarter: the objectives to carry, and the old quarter offered for download.
    bool nextQuarterOpen = false;
    std::vector<std::string> carry;  // objective IDs ticked
    bool nextQuarterRequested = false;
    std::string oldQuarterName;  // file name and text of the quarter just closed
    std::string oldQuarterText;

    // The stretch calculator in the key result editor: µ and σ typed for one key result.
    std::string stretchKr;
    std::optional<double> stretchMu, stretchSigma;
};

struct UiState {
    float userScale = 1.0f;   // the user's UI scale, multiplied by devicePixelRatio
    bool clientView = false;  // the live checks and their counts hidden, for a client's eyes
    // Drafting on the wall: room-sized type, the objectives and the checks, the plan's column
    // folded away; everything stays editable (projector mode is read only).
    bool coDraft = false;
    // The screen-reader outline of the plan (View; shell/mirror.js), kept as a browser setting.
    bool mirror = false;
    std::vector<Notice> notices;  // the banner under the menu bar; each can be dismissed

    // Adds a notice to the banner; beyond four, the oldest goes.
    void notice(Notice::Kind kind, std::string text, bool fleeting = false) {
        notices.push_back({kind, std::move(text), fleeting});
        if (notices.size() > 4) notices.erase(notices.begin());
    }

    // A file that could not be opened: the dialog lists the core's located messages.
    std::string fileErrorTitle;
    std::vector<std::string> fileErrors;

    // A stored draft that could not be read at start-up: kept, and offered for download.
    std::string corruptDraftId;
    std::string corruptDraftText;

    ImportState importing;

    bool showDrafts = false;
    // Ctrl+O asks first: browsers open a file picker only from a click, not from a shortcut.
    bool showOpen = false;
    bool showSaveAs = false;
    std::string saveAsName;

    // Objectives panel: which key result's details are open ("" = none).
    std::string openKeyResult;

    // The middle column shows the objectives, the driver tree or the cascade.
    bool showTree = false;
    bool showCascade = false;
    TreeViewState tree;
    RhythmViewState rhythm;

    ProjectorState projector;

    ShareDialogState share;
    // The open plan came from a share link: read only, not stored, the fragment still in the URL.
    bool sharedView = false;
    // The page is framed by another site: the plan is shown read only, with "Open in its own tab".
    bool framed = false;

    // Heights of long-list rows (objectives, violation groups) from the frame they were last
    // drawn, by a stable key: rows scrolled out of view are skipped and only their space kept.
    std::unordered_map<std::string, float> rowHeights;
    float lastRowHeight = 0.0f;  // the height of the last row drawn, for rows not drawn yet
    // The people named as owners in the plan, for the owner fields' suggestions: gathered once
    // per plan revision, not per frame.
    std::vector<std::string> owners;
    long ownersRevision = -1;
};
