// Everything the app asks of the browser, behind plain C++ calls. The only implementation is
// platform.cpp, the one file that includes emscripten headers or defines EM_JS / exports; the
// JavaScript side of it lives in shell/okr.js.
#pragma once

#include <cstddef>
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
// Gives the canvas a backing store of width × height device pixels, keeps its CSS size the page's
// (the full window), and tells GLFW the window's new size. Not glfwSetWindowSize: Emscripten's
// asks for full screen when the size equals the screen's, and leaves the old backing store
// squeezed into the new CSS size.
void setCanvasSize(int width, int height);
double nowMs();       // a monotonic clock, milliseconds
std::string today();  // the local date, YYYY-MM-DD
// A string unique to this page load, for new draft IDs.
std::string uniqueToken();

// Small persistent settings (UI scale, …) in the browser's storage; "" when absent.
std::string loadSetting(const char* key);
void saveSetting(const char* key, const std::string& value);

// Tells the page the first frame has been drawn (hides the loading note, records the time).
void firstFrameDrawn();

// Milliseconds since the last user input (pointer, key, wheel, resize, focus) or wake-up.
double msSinceInput();

// Drafts in the browser's storage, keyed by draft ID. storeDraft returns "" on success, or the
// browser's reason (quota exhausted, storage disabled) — the caller keeps the draft in memory.
// What storeDraft returns when another tab stored the draft since this tab last read or wrote
// it: nothing was written.
inline constexpr const char* kDraftChangedElsewhere = "changed in another tab";
std::string storeDraft(const std::string& id, const std::string& title, const std::string& text);
// The stored text; false when there is none.
bool loadDraft(const std::string& id, std::string& text);
// JSON array [{"id","title","updated"}], newest first.
std::string listDrafts();
void removeDraft(const std::string& id);

// Offers `text` to the user as a downloaded file.
// Opens the browser's print dialog on `html` (a whole page, core/export/print_html.h).
void printPage(const std::string& html);
void downloadText(const std::string& fileName, const std::string& mimeType,
                  const std::string& text);
// Offers a rectangle of the canvas (device pixels), as drawn by this frame, as a PNG download.
// Call right after drawing: WebGL keeps the pixels only until the frame is shown.
// Takes the mouse wheel from the document (where ImGui's backend listens, and where a browser
// treats the listener as passive and logs an error for every preventDefault) to the canvas, and
// feeds it to ImGui in wheel steps. Call after ImGui_ImplGlfw_Init*.
void takeWheelToCanvas(void (*addWheel)(float x, float y));

// Says on the page, in place of the loading line, why the planner cannot start.
void startupFailed(const std::string& text);

// Whether another site frames this page (a wiki embedding a shared plan, or a click-jacking
// attempt): a frame whose top page has another origin.
bool framedByOtherSite();
// Opens this page's address (share link included) in a tab of its own.
void openInOwnTab();

void downloadCanvasPng(const std::string& fileName, float x, float y, float width, float height);
// Opens the browser's file picker; the chosen file arrives through the file handler.
void openFilePicker();

// Writes to the system clipboard (best effort: the browser may refuse without a user gesture).
void setClipboardText(const std::string& text);
void setPageTitle(const std::string& title);
// Asks the browser for full screen (or out of it). Best effort: a browser may refuse (no user
// gesture, headless, a kiosk), and the caller works the same either way.
void requestFullscreen(bool on);
bool isFullscreen();
// Asks the browser to warn before the tab is closed while something is unsaved.
void setUnsavedWarning(bool unsaved);
// The screen-reader outline of the plan (shell/mirror.js, loaded on first use), on or off; the
// page keeps the choice and turns it on again at the next visit.
void setMirror(bool on);

// Callbacks from the page into the app. The file handler receives a file chosen in the picker or
// dropped on the page (name, text, or an error such as "too large"); the paste handler the text of
// a paste event.
// Text typing goes through a hidden <textarea> while a field is being edited, so dead keys,
// IME composition and accented or non-Latin text arrive as committed text. `active` focuses it
// (at the text cursor, CSS pixels, so the IME's candidate window appears there) or gives the
// keyboard back to the canvas.
void setTextInput(bool active, double x, double y, double lineHeight);
void setTextHandler(void (*handler)(const std::string& text));

struct FileDrop {
    std::string name;
    std::string text;
    std::string error;
};
void setFileHandler(void (*handler)(const FileDrop& file));
// Fetches the example plan templates/NAME.json from the page's own origin (the service worker
// keeps a copy for offline use); it arrives through the template handler, `name` as given.
void fetchTemplate(const std::string& name);
void setTemplateHandler(void (*handler)(const FileDrop& file));
// Fetches fonts/NAME.otf from the page's own origin (cached by the service worker); its bytes
// arrive through the font handler (text holds them; error says why not).
void fetchFont(const std::string& name);
void setFontHandler(void (*handler)(const FileDrop& file));
// Fetches model/reader.bin, the learned reader's weights (cached by the service worker); its
// bytes arrive through the reader handler (text holds them; error says why not).
void fetchReaderModel();
void setReaderModelHandler(void (*handler)(const FileDrop& file));
// The page is being hidden or closed (pagehide, visibilitychange): store what is not stored yet.
void setPageHideHandler(void (*handler)());

// Which draft this tab has open, told to the other tabs of this browser; the handler hears of a
// draft ID another tab has open too (either tab may be the newer one).
void announceOpenDraft(const std::string& id);
void setDraftOpenElsewhereHandler(void (*handler)(const std::string& id));

// Share links. The page's URL fragment ("#plan=…", "" when none), and removing it from the address
// bar without a reload (history.replaceState).
std::string locationFragment();
void clearLocationFragment();
// Compresses `planText` in the browser (CompressionStream "deflate"), makes the link
// origin + path + "#plan=" + base64url and, when it is at most `maxChars` long, writes it to the
// clipboard. The link arrives through the share handler with the clipboard's answer: "copied", or
// why not ("" when the link was too long to try).
void makeShareLink(const std::string& planText, std::size_t maxChars);
struct ShareLink {
    std::string link;
    std::string clipboard;
    std::string error;  // the browser could not compress (no CompressionStream)
};
void setShareHandler(void (*handler)(const ShareLink& link));
void setPasteHandler(void (*handler)(const std::string& text));

// Touch on the canvas, as shell/okr.js reads the gestures (the browser's own touch handling and
// Emscripten GLFW's, which places every touch at the last mouse position, are kept off the
// canvas). Coordinates in CSS pixels.
struct Touch {
    enum class Kind {
        Tap,        // a short touch that did not move: a click at (x, y)
        Scroll,     // one finger (or two together) moved by (dx, dy): scroll or pan what is there
        Pinch,      // two fingers: the distance between them grew by `scale` about (x, y)
        LongPress,  // held still: the context menu of what is at (x, y)
        End,        // the last finger lifted: nothing is hovered any more
    };
    Kind kind = Kind::Tap;
    double x = 0, y = 0;
    double dx = 0, dy = 0;
    double scale = 1;
};
void setTouchHandler(void (*handler)(const Touch& touch));
// Asked during a tap, before the app has seen it: whether (x, y), CSS pixels, is on a text field.
// The page then focuses its hidden text field inside the tap's own event, which is what makes a
// phone or tablet show its on-screen keyboard.
void setTextFieldQuery(bool (*query)(double x, double y));

}  // namespace platform
