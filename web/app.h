// The planner application: the open document, its session in the browser, the analysis and the
// view state, put together in the frame order main.cpp calls (app.cpp says it) and laid out as
// the planner's window. The parts live in their own files: session.h (start-up, drafts, files,
// autosave), menu_bar.h (menus and shortcuts), dialogs.h (notices, dialogs, the Drafts window),
// panels/ (the views), test_state.h (the state the end-to-end tests read).
#pragma once

#include <string>

#include "document.h"
#include "findings.h"
#include "panels/panels.h"
#include "platform.h"
#include "session.h"
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

    // Page events.
    void onFile(const platform::FileDrop& file) { session_.onFile(file); }
    void onTemplate(const platform::FileDrop& file) { session_.onTemplate(file); }
    // The learned reader arrived after the first frame: the checks read every title again, now.
    void onReaderModel(const platform::FileDrop& file);
    void onPageHide() { session_.onPageHide(); }
    void onDraftOpenElsewhere(const std::string& id) { session_.onDraftOpenElsewhere(id); }
    void onShareLink(const platform::ShareLink& link) { panels::receiveShareLink(ui_, link); }
    // Two fingers spread by `scale`: the tree zooms about them on its next frame, when under them.
    void onPinch(float scale) { ui_.tree.pinch *= scale; }

  private:
    // The panels' view of the app for this frame.
    panels::Context context();
    // The middle column's tabs and the view they choose.
    void drawMiddleColumn(panels::Context& ctx);

    Document doc_{[] { return platform::nowMs() / 1000.0; }};
    Findings findings_;
    UiState ui_;
    Session session_{doc_, ui_};
    std::string today_;  // the local date at start-up, for KR-STALE and the rhythm views
};
