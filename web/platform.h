// Everything the app asks of the browser, behind plain C++ calls. The only implementation is
// platform.cpp, the one file that includes emscripten headers or defines EM_JS / exports; the
// JavaScript side of it lives in shell/okr.js.
#pragma once

#include <string>

namespace platform {

struct CanvasMetrics {
    double cssWidth = 0;  // canvas size in CSS pixels
    double cssHeight = 0;
    double pixelRatio = 1;  // window.devicePixelRatio
};

// Runs frame() once per browser animation frame, forever (returns only in native builds).
void runMainLoop(void (*frame)());

CanvasMetrics canvasMetrics();
double nowMs();  // a monotonic clock, milliseconds

// Small persistent settings (UI scale, …) in the browser's storage; "" when absent.
std::string loadSetting(const char* key);
void saveSetting(const char* key, const std::string& value);

// Tells the page the first frame has been drawn (hides the loading note, records the time).
void firstFrameDrawn();

}  // namespace platform
