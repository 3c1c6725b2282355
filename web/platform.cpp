// The quarantined platform file: every EM_JS, every emscripten call and every function exported
// to JavaScript lives here. shell/okr.js is the other half (window.okrShell).
//
// Exported for the page and for end-to-end tests (all return JSON text owned by the app, valid
// until the next call):
//   okr_state_json()       the current plan (file format) and UI state
//   okr_item_rect(label)   the screen rectangle of a UI item by its stable label, CSS pixels
//   okr_frame_stats()      frame counts and CPU time per frame
#include "platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

#include "test_hook.h"

// clang-format off
EM_JS(char*, okr_js_load_setting, (const char* key), {
    const value = window.okrShell ? window.okrShell.loadSetting(UTF8ToString(key)) : null;
    if (value === null || value === undefined) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const out = _malloc(size);
    stringToUTF8(value, out, size);
    return out;
});

EM_JS(void, okr_js_save_setting, (const char* key, const char* value), {
    if (window.okrShell) window.okrShell.saveSetting(UTF8ToString(key), UTF8ToString(value));
});

EM_JS(void, okr_js_first_frame, (), {
    if (window.okrShell) window.okrShell.firstFrameDrawn();
});
// clang-format on

namespace platform {

void runMainLoop(void (*frame)()) {
    emscripten_set_main_loop(frame, 0, true);
}

CanvasMetrics canvasMetrics() {
    CanvasMetrics m;
    emscripten_get_element_css_size("#canvas", &m.cssWidth, &m.cssHeight);
    m.pixelRatio = emscripten_get_device_pixel_ratio();
    if (m.pixelRatio <= 0) m.pixelRatio = 1;
    return m;
}

double nowMs() {
    return emscripten_get_now();
}

std::string loadSetting(const char* key) {
    char* raw = okr_js_load_setting(key);
    if (!raw) return {};
    std::string value(raw);
    std::free(raw);
    return value;
}

void saveSetting(const char* key, const std::string& value) {
    okr_js_save_setting(key, value.c_str());
}

void firstFrameDrawn() {
    okr_js_first_frame();
}

}  // namespace platform

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* okr_state_json() {
    return testhook::stateJson();
}

EMSCRIPTEN_KEEPALIVE const char* okr_item_rect(const char* label) {
    return testhook::itemRectJson(label);
}

EMSCRIPTEN_KEEPALIVE const char* okr_frame_stats() {
    return testhook::frameStatsJson();
}
}
