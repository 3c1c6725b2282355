// The planner application: owns the current plan and the UI state, and draws one frame of the
// panels. The plan is document state (saved, undoable); everything in UiState is view state
// (never in the file, never undone).
#pragma once

#include <string>
#include <vector>

#include "plan.h"

struct UiState {
    float userScale = 1.0f;  // the user's UI scale, persisted; multiplied by devicePixelRatio
    std::string planSource;  // where the open plan came from: "example: talentsync"
    std::vector<std::string> notices;  // messages shown to the user (load problems, …)
};

class App {
  public:
    void init();
    // Handles keyboard shortcuts; call after NewFrame, before draw().
    void handleShortcuts();
    void draw(float canvasWidth, float canvasHeight);

    float userScale() const { return ui_.userScale; }
    // True while something on screen moves without input (an animation, a pending autosave).
    bool wantsFrames() const { return false; }
    std::string stateJson(float pixelRatio) const;

  private:
    void setUserScale(float scale);
    void loadExample(const char* name);

    okr::Plan plan_;
    UiState ui_;
};
