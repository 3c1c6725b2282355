// The quarantined platform file: every EM_JS, every emscripten call and every function exported
// to JavaScript lives here. shell/okr.js is the other half (window.okrShell).
//
// Exported for the page and for end-to-end tests (all return JSON text owned by the app, valid
// until the next call):
//   okr_state_json()       the current plan (file format) and UI state
//   okr_item_rect(label)   the screen rectangle of a UI item by its stable label, CSS pixels
//   okr_frame_stats()      frame counts and CPU time per frame
// Called by the page: okr_open_file(name, bytes, size, error), okr_paste(text),
// okr_text_input(text), okr_share_link(link, clipboard, error), okr_page_hide(),
// okr_draft_open_elsewhere(id), okr_touch(kind, x, y, dx, dy, scale), okr_text_field_at(x, y).
#include "platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <string>

#include "test_hook.h"

// clang-format off
// Strings going to C++ are malloc'ed here and freed by takeString().
EM_JS(void, okr_js_set_canvas_size, (int width, int height), {
    var canvas = Module['canvas'];
    if (canvas.width != width) canvas.width = width;
    if (canvas.height != height) canvas.height = height;
    canvas.style.removeProperty('width');
    canvas.style.removeProperty('height');
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
});

EM_JS(char*, okr_js_call_string, (const char* method, const char* arg), {
    const value = window.okrShell[UTF8ToString(method)](UTF8ToString(arg));
    if (value === null || value === undefined) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const out = _malloc(size);
    stringToUTF8(value, out, size);
    return out;
});

EM_JS(char*, okr_js_store_draft, (const char* id, const char* title, const char* text), {
    const error = window.okrShell.storeDraft(UTF8ToString(id), UTF8ToString(title),
                                             UTF8ToString(text));
    const size = lengthBytesUTF8(error) + 1;
    const out = _malloc(size);
    stringToUTF8(error, out, size);
    return out;
});

EM_JS(void, okr_js_call, (const char* method, const char* a, const char* b, const char* c), {
    window.okrShell[UTF8ToString(method)](UTF8ToString(a), UTF8ToString(b), UTF8ToString(c));
});

// Bytes, not a C string: a download keeps its byte-order mark and any byte, NUL included.
EM_JS(void, okr_js_download, (const char* name, const char* mime, const char* data, int size), {
    window.okrShell.download(UTF8ToString(name), UTF8ToString(mime),
                             HEAPU8.slice(data, data + size));
});

// A frame whose top page has another origin (reading its location throws then).
EM_JS(int, okr_js_framed, (), {
    if (window.top === window.self) return 0;
    try {
        return window.top.location.origin === window.location.origin ? 0 : 1;
    } catch (e) {
        return 1;
    }
});

EM_JS(void, okr_js_open_in_own_tab, (), {
    window.open(window.location.href, '_blank', 'noopener');
});

EM_JS(void, okr_js_text_input, (int active, double x, double y, double h), {
    window.okrShell.setTextInput(!!active, x, y, h);
});

EM_JS(int, okr_js_is_fullscreen, (), { return document.fullscreenElement ? 1 : 0; });

EM_JS(double, okr_js_ms_since_input, (), {
    return window.okrShell ? performance.now() - window.okrShell.lastInputAt : 0;
});

// clang-format on

namespace {

std::string takeString(char* raw, bool* present = nullptr) {
    if (present) *present = raw != nullptr;
    if (!raw) return {};
    std::string value(raw);
    std::free(raw);
    return value;
}

void call(const char* method, const std::string& a = {}, const std::string& b = {},
          const std::string& c = {}) {
    okr_js_call(method, a.c_str(), b.c_str(), c.c_str());
}

void (*gFileHandler)(const platform::FileDrop&) = nullptr;
void (*gTemplateHandler)(const platform::FileDrop&) = nullptr;
void (*gFontHandler)(const platform::FileDrop&) = nullptr;
void (*gReaderModelHandler)(const platform::FileDrop&) = nullptr;
void (*gPasteHandler)(const std::string&) = nullptr;
void (*gTextHandler)(const std::string&) = nullptr;
void (*gPageHideHandler)() = nullptr;
void (*gDraftElsewhereHandler)(const std::string&) = nullptr;
void (*gShareHandler)(const platform::ShareLink&) = nullptr;
void (*gTouchHandler)(const platform::Touch&) = nullptr;
bool (*gTextFieldQuery)(double, double) = nullptr;

}  // namespace

namespace platform {

void runMainLoop(void (*frame)()) { emscripten_set_main_loop(frame, 0, true); }

CanvasMetrics canvasMetrics() {
    CanvasMetrics m;
    emscripten_get_element_css_size("#canvas", &m.cssWidth, &m.cssHeight);
    m.pixelRatio = emscripten_get_device_pixel_ratio();
    if (m.pixelRatio <= 0) m.pixelRatio = 1;
    return m;
}

void setCanvasSize(int width, int height) { okr_js_set_canvas_size(width, height); }

double nowMs() { return emscripten_get_now(); }

std::string loadSetting(const char* key) {
    return takeString(okr_js_call_string("loadSetting", key));
}

void saveSetting(const char* key, const std::string& value) { call("saveSetting", key, value); }

void firstFrameDrawn() { call("firstFrameDrawn"); }

double msSinceInput() { return okr_js_ms_since_input(); }

std::string today() { return takeString(okr_js_call_string("today", "")); }
std::string uniqueToken() { return takeString(okr_js_call_string("uniqueToken", "")); }

std::string storeDraft(const std::string& id, const std::string& title, const std::string& text) {
    return takeString(okr_js_store_draft(id.c_str(), title.c_str(), text.c_str()));
}

bool loadDraft(const std::string& id, std::string& text) {
    bool present = false;
    text = takeString(okr_js_call_string("loadDraft", id.c_str()), &present);
    return present;
}

std::string listDrafts() { return takeString(okr_js_call_string("listDrafts", "")); }
void removeDraft(const std::string& id) { call("removeDraft", id); }

namespace {

void (*gWheel)(float, float) = nullptr;

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    // One wheel step is 100 pixels, 3 lines or 1/80 page, in the direction ImGui scrolls.
    double step = 1.0 / 100.0;
    if (e->deltaMode == DOM_DELTA_LINE) step = 1.0 / 3.0;
    if (e->deltaMode == DOM_DELTA_PAGE) step = 80.0;
    if (gWheel)
        gWheel(static_cast<float>(-e->deltaX * step), static_cast<float>(-e->deltaY * step));
    return EM_TRUE;  // the page itself never scrolls or zooms under the canvas
}

}  // namespace

void startupFailed(const std::string& text) { call("startupFailed", text); }

bool framedByOtherSite() { return okr_js_framed() != 0; }

void openInOwnTab() { okr_js_open_in_own_tab(); }

void takeWheelToCanvas(void (*addWheel)(float x, float y)) {
    gWheel = addWheel;
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, onWheel);
}

void downloadText(const std::string& fileName, const std::string& mimeType,
                  const std::string& text) {
    okr_js_download(fileName.c_str(), mimeType.c_str(), text.data(), static_cast<int>(text.size()));
}

void downloadCanvasPng(const std::string& fileName, float x, float y, float width, float height) {
    const std::string rect = std::to_string(x) + "," + std::to_string(y) + "," +
                             std::to_string(width) + "," + std::to_string(height);
    call("downloadCanvasPng", fileName, rect);
}

void openFilePicker() { call("openFilePicker"); }
void printPage(const std::string& html) { call("print", html); }
void setClipboardText(const std::string& text) { call("setClipboard", text); }
void setPageTitle(const std::string& title) { call("setTitle", title); }
void requestFullscreen(bool on) { call("fullscreen", on ? "1" : ""); }
bool isFullscreen() { return okr_js_is_fullscreen() != 0; }
void setUnsavedWarning(bool unsaved) { call("setUnsaved", unsaved ? "1" : ""); }
void setMirror(bool on) { call("setMirror", on ? "1" : ""); }

void setFileHandler(void (*handler)(const FileDrop&)) { gFileHandler = handler; }
void fetchTemplate(const std::string& name) { call("fetchTemplate", name); }
void setTemplateHandler(void (*handler)(const FileDrop&)) { gTemplateHandler = handler; }
void fetchFont(const std::string& name) { call("fetchFont", name); }
void setFontHandler(void (*handler)(const FileDrop&)) { gFontHandler = handler; }
void fetchReaderModel() { call("fetchReaderModel"); }
void setReaderModelHandler(void (*handler)(const FileDrop&)) { gReaderModelHandler = handler; }
void setPasteHandler(void (*handler)(const std::string&)) { gPasteHandler = handler; }
void setTextHandler(void (*handler)(const std::string&)) { gTextHandler = handler; }
void setPageHideHandler(void (*handler)()) { gPageHideHandler = handler; }
void announceOpenDraft(const std::string& id) { call("announceOpenDraft", id); }
void setDraftOpenElsewhereHandler(void (*handler)(const std::string&)) {
    gDraftElsewhereHandler = handler;
}

std::string locationFragment() { return takeString(okr_js_call_string("fragment", "")); }
void clearLocationFragment() { call("clearFragment"); }
void makeShareLink(const std::string& planText, std::size_t maxChars) {
    call("shareLink", planText, std::to_string(maxChars));
}
void setShareHandler(void (*handler)(const ShareLink&)) { gShareHandler = handler; }
void setTouchHandler(void (*handler)(const Touch&)) { gTouchHandler = handler; }
void setTextFieldQuery(bool (*query)(double, double)) { gTextFieldQuery = query; }

void setTextInput(bool active, double x, double y, double lineHeight) {
    okr_js_text_input(active ? 1 : 0, x, y, lineHeight);
}

}  // namespace platform

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* okr_state_json() { return testhook::stateJson(); }

EMSCRIPTEN_KEEPALIVE const char* okr_item_rect(const char* label) {
    return testhook::itemRectJson(label);
}

EMSCRIPTEN_KEEPALIVE const char* okr_frame_stats() { return testhook::frameStatsJson(); }

// A file chosen in the picker or dropped on the page, as its bytes; error is "" or why it could
// not be read.
EMSCRIPTEN_KEEPALIVE void okr_open_file(const char* name, const char* data, int size,
                                        const char* error) {
    if (gFileHandler)
        gFileHandler(
            platform::FileDrop{name, std::string(data, static_cast<std::size_t>(size)), error});
}

// An example plan fetched by platform::fetchTemplate; error is "" or why it could not be had.
EMSCRIPTEN_KEEPALIVE void okr_template_loaded(const char* name, const char* text,
                                              const char* error) {
    if (gTemplateHandler) gTemplateHandler(platform::FileDrop{name, text, error});
}

// A font fetched by platform::fetchFont: its bytes, or error saying why it could not be had.
EMSCRIPTEN_KEEPALIVE void okr_font_loaded(const char* name, const char* data, int size,
                                          const char* error) {
    if (gFontHandler)
        gFontHandler(
            platform::FileDrop{name, std::string(data, static_cast<std::size_t>(size)), error});
}

// The learned reader fetched by platform::fetchReaderModel: its bytes, or error saying why it
// could not be had.
EMSCRIPTEN_KEEPALIVE void okr_reader_model_loaded(const char* data, int size, const char* error) {
    if (gReaderModelHandler)
        gReaderModelHandler(
            platform::FileDrop{"reader", std::string(data, static_cast<std::size_t>(size)), error});
}

// The text of a paste event, so ImGui's Ctrl+V pastes what the system clipboard holds.
EMSCRIPTEN_KEEPALIVE void okr_paste(const char* text) {
    if (gPasteHandler) gPasteHandler(text);
}

// A share link made by the page (platform::makeShareLink).
EMSCRIPTEN_KEEPALIVE void okr_share_link(const char* link, const char* clipboard,
                                         const char* error) {
    if (gShareHandler) gShareHandler(platform::ShareLink{link, clipboard, error});
}

// Text committed in the hidden textarea (typed, dead-key or IME composition).
EMSCRIPTEN_KEEPALIVE void okr_text_input(const char* text) {
    if (gTextHandler) gTextHandler(text);
}

// The page is being hidden or closed: the last chance to store the draft.
EMSCRIPTEN_KEEPALIVE void okr_page_hide() {
    if (gPageHideHandler) gPageHideHandler();
}

// Another tab of this browser has the draft `id` open.
EMSCRIPTEN_KEEPALIVE void okr_draft_open_elsewhere(const char* id) {
    if (gDraftElsewhereHandler) gDraftElsewhereHandler(id);
}

// A touch gesture on the canvas; `kind` is platform::Touch::Kind's order.
EMSCRIPTEN_KEEPALIVE void okr_touch(int kind, double x, double y, double dx, double dy,
                                    double scale) {
    if (!gTouchHandler || kind < 0 || kind > static_cast<int>(platform::Touch::Kind::End)) return;
    gTouchHandler(platform::Touch{static_cast<platform::Touch::Kind>(kind), x, y, dx, dy, scale});
}

// 1 when (x, y), CSS pixels, is on a text field drawn in the last frame.
EMSCRIPTEN_KEEPALIVE int okr_text_field_at(double x, double y) {
    return gTextFieldQuery && gTextFieldQuery(x, y) ? 1 : 0;
}
}
