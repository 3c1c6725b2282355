// The test window into the app: end-to-end tests (and nothing else) read the current plan and UI
// state as JSON and the screen rectangle of a UI item by a stable label, so a test can click the
// real widget. Compiled into the normal build; it only records what the UI already computed.
//
// Labels are plain strings chosen by the panels: "objective/o1/title", "menu/view". A rectangle is
// recorded by calling item(label) right after the widget; rectangles are in CSS pixels, relative
// to the canvas's top-left corner, and describe the last complete frame.
#pragma once

#include <functional>
#include <string>

#include "imgui.h"

namespace testhook {

void beginFrame(float pixelRatio);
void item(const std::string& label);                          // the last ImGui item's rectangle
void rect(const std::string& label, ImVec2 min, ImVec2 max);  // a drawn shape (canvas cards)
void endFrame(double cpuMs);

void setStateProvider(std::function<std::string()> provider);

const char* stateJson();
const char* itemRectJson(const char* label);  // "null" when the label was not drawn
const char* frameStatsJson();

}  // namespace testhook
