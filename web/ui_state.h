// View state: what the panels show and how, never saved in the plan file and never undone
// (STYLE.md 5). Persistent preferences (UI scale) are kept in the browser's settings.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

struct Notice {
    enum class Kind { Info, Warning, Error };
    Kind kind = Kind::Info;
    std::string text;
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

    // Heights of long-list rows (objectives, violation groups) from the frame they were last
    // drawn, by a stable key: rows scrolled out of view are skipped and only their space kept.
    std::unordered_map<std::string, float> rowHeights;
};
