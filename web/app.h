// The planner application: the open document, drafts in the browser's storage (autosave,
// restore, switching), files (new, open, save), shortcuts, and the frame's layout of panels.
#pragma once

#include <string>

#include "document.h"
#include "export/export.h"
#include "findings.h"
#include "platform.h"
#include "ui_state.h"

class App {
  public:
    void init();
    // Keyboard shortcuts; call after NewFrame, before draw().
    void handleShortcuts();
    void draw(float width, float height);
    // After the frame's panels: apply queued edits, autosave, page title.
    void endFrame();
    // After the frame is drawn on the canvas: a requested PNG of the driver tree is taken now.
    void afterRender();

    float userScale() const { return ui_.userScale; }
    // The UI scale to draw at: the screen's pixel ratio × the user's scale, or in projector mode
    // a scale chosen for a room from the canvas size in device pixels.
    float displayScale(float pixelRatio, float deviceWidth, float deviceHeight) const;
    bool projectorDark() const { return ui_.projector.on && ui_.projector.dark; }
    bool projectorOn() const { return ui_.projector.on; }
    // True while something must happen without input (a pending autosave, a highlight fading).
    bool wantsFrames() const;
    std::string stateJson(float pixelRatio) const;

    void onFile(const platform::FileDrop& file);
    // The page is going away: store the draft now rather than after the autosave delay.
    void onPageHide() { autosave(true); }
    void onDraftOpenElsewhere(const std::string& id);
    void onShareLink(const platform::ShareLink& link);

  private:
    void setUserScale(float scale);
    // Opens the plan of a "#plan=…" fragment read only; false (with the error dialog) when the
    // link cannot be read.
    bool openSharedLink(const std::string& fragment);
    void makeEditableCopy();
    void enterProjector();
    void leaveProjector();
    void startFromTemplate(const std::string& name, const char* why);
    void startBlank();
    void openDraft(const std::string& id);
    void adopt(okr::Plan plan, const std::string& draftId);
    // Scoring → "Start next quarter": the carried objectives as a new draft; the old one is kept.
    void startNextQuarter();
    void autosave(bool force);
    void save(const std::string& fileName);
    // Downloads an export of the open plan: "<title><suffix>.<md|csv>".
    void exportFile(okr::ExportFormat format, const char* suffix);
    void notice(Notice::Kind kind, std::string text);
    std::string newDraftId() const;

    void drawMenuBar();
    void drawNotices();
    void drawDialogs();
    void drawDrafts();

    Document doc_{[] { return platform::nowMs() / 1000.0; }};
    Findings findings_;
    UiState ui_;
    std::string storageError_;  // why the last autosave failed; "" when it worked
    double lastStoreAttempt_ = 0;
    std::string lastTitle_;
    bool documentReplaced_ = false;  // another plan was opened since the last frame
    bool unsavedWarning_ = false;    // what the page was last told (a JS call only on change)
    std::string today_;           // the local date at start-up, for KR-STALE and new plans' periods
    std::string announcedDraft_;  // the draft ID the other tabs were last told this tab has open
};
