// Browser entry point: a WebGL2 context through Emscripten's GLFW, Dear ImGui on top, and one App
// drawn every animation frame. The canvas backing store follows devicePixelRatio: ImGui works in
// device pixels and the whole UI is scaled (theme.h), so text stays crisp at any ratio.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "app.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace {

// With no input for this long, the app draws at most one frame a second instead of one per
// animation frame: an untouched planner on a projector costs next to nothing.
constexpr double kIdleAfterMs = 2000;
constexpr double kIdleFrameEveryMs = 1000;

GLFWwindow* gWindow = nullptr;
App gApp;
bool gFirstFrameDone = false;
double gLastFrameAt = 0;
std::string gClipboard;  // GLFW's browser clipboard is a stub: ImGui copies and pastes through this

const char* getClipboard(void*) { return gClipboard.c_str(); }

void setClipboard(void*, const char* text) {
    gClipboard = widgets::copiedText(text);
    platform::setClipboardText(gClipboard);
}

void onPaste(const std::string& text) { gClipboard = text; }
void onText(const std::string& text) { ImGui::GetIO().AddInputCharactersUTF8(text.c_str()); }

// ImGui tells where the text cursor is while a field is edited: the hidden textarea follows it.
void onImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    const double k = 1.0 / platform::canvasMetrics().pixelRatio;
    platform::setTextInput(data->WantVisible, data->InputPos.x * k, data->InputPos.y * k,
                           data->InputLineHeight * k);
}
void onFile(const platform::FileDrop& file) { gApp.onFile(file); }
void onTemplate(const platform::FileDrop& file) { gApp.onTemplate(file); }
void onFont(const platform::FileDrop& file) {
    if (file.error.empty())
        theme::addFetchedFont(file.name.c_str(), file.text.data(), file.text.size());
    else
        std::fprintf(stderr, "okr: font %s: %s\n", file.name.c_str(), file.error.c_str());
}
void onReaderModel(const platform::FileDrop& file) { gApp.onReaderModel(file); }
void onPageHide() { gApp.onPageHide(); }
void onDraftOpenElsewhere(const std::string& id) { gApp.onDraftOpenElsewhere(id); }
void onShareLink(const platform::ShareLink& link) { gApp.onShareLink(link); }

// Touch gestures become ImGui input from a touch screen (ImGui then waits a frame between moving
// the pointer and pressing, as a finger has no hover): a tap is a left click, a long press a
// right click (a row's menu), a drag a wheel scroll of what is under the finger measured in
// ImGui's own scroll steps, so the list follows the finger (the tree pans by the same amount).
void onTouch(const platform::Touch& t) {
    ImGuiIO& io = ImGui::GetIO();
    const float ratio = static_cast<float>(platform::canvasMetrics().pixelRatio);
    const ImVec2 at(static_cast<float>(t.x) * ratio, static_cast<float>(t.y) * ratio);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    // The GLFW backend puts the pointer back where the mouse last was on every frame until the
    // mouse has entered the canvas: a finger counts as having entered.
    ImGui_ImplGlfw_CursorEnterCallback(gWindow, GLFW_TRUE);
    switch (t.kind) {
        case platform::Touch::Kind::Tap:
        case platform::Touch::Kind::LongPress: {
            const int button = t.kind == platform::Touch::Kind::Tap ? 0 : 1;
            io.AddMousePosEvent(at.x, at.y);
            io.AddMouseButtonEvent(button, true);
            io.AddMouseButtonEvent(button, false);
            break;
        }
        case platform::Touch::Kind::Scroll: {
            const ImVec2 step = theme::touchScrollStep();
            io.AddMousePosEvent(at.x, at.y);
            io.AddMouseWheelEvent(static_cast<float>(t.dx) * ratio / step.x,
                                  static_cast<float>(t.dy) * ratio / step.y);
            break;
        }
        case platform::Touch::Kind::Pinch:
            io.AddMousePosEvent(at.x, at.y);
            if (t.scale > 0) gApp.onPinch(static_cast<float>(t.scale));
            break;
        case platform::Touch::Kind::End:
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            break;
    }
}

bool textFieldAt(double x, double y) {
    const double ratio = platform::canvasMetrics().pixelRatio;
    return widgets::textFieldAt(
        ImVec2(static_cast<float>(x * ratio), static_cast<float>(y * ratio)));
}

void frame() {
    const platform::CanvasMetrics m = platform::canvasMetrics();
    const int pw = static_cast<int>(std::lround(m.cssWidth * m.pixelRatio));
    const int ph = static_cast<int>(std::lround(m.cssHeight * m.pixelRatio));
    int ww = 0, wh = 0;
    glfwGetWindowSize(gWindow, &ww, &wh);
    const bool resized = pw > 0 && ph > 0 && (pw != ww || ph != wh);
    if (resized) platform::setCanvasSize(pw, ph);
    const float scale = gApp.displayScale(static_cast<float>(m.pixelRatio), static_cast<float>(pw),
                                          static_cast<float>(ph));
    const theme::Palette palette = !gApp.projectorOn()    ? theme::Palette::Planner
                                   : gApp.projectorDark() ? theme::Palette::ProjectorDark
                                                          : theme::Palette::ProjectorLight;
    const bool rescaled = scale != theme::currentScale() || palette != theme::currentPalette();
    theme::apply(scale, palette);

    const double start = platform::nowMs();
    // ImGui takes about a key a frame: typing faster than that leaves keys queued, and they must
    // not wait for the idle frame rate (one a second) to land.
    const bool queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    const bool idle = gFirstFrameDone && !resized && !rescaled && !gApp.wantsFrames() && !queued &&
                      platform::msSinceInput() > kIdleAfterMs;
    if (idle && start - gLastFrameAt < kIdleFrameEveryMs) return;
    gLastFrameAt = start;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    widgets::holdTyping();
    testhook::beginFrame(static_cast<float>(m.pixelRatio));
    gApp.handleShortcuts();
    const ImGuiIO& io = ImGui::GetIO();
    gApp.draw(io.DisplaySize.x, io.DisplaySize.y);
    ImGui::Render();
    gApp.endFrame();
    const double cpuMs = platform::nowMs() - start;

    int fw = 0, fh = 0;
    glfwGetFramebufferSize(gWindow, &fw, &fh);
    glViewport(0, 0, fw, fh);
    const ImVec4 bg = theme::backgroundColour();
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    gApp.afterRender();
    testhook::endFrame(cpuMs);
    if (!gFirstFrameDone) {
        gFirstFrameDone = true;
        platform::firstFrameDrawn();
        for (const char* name : theme::kFetchedFonts) platform::fetchFont(name);
        platform::fetchReaderModel();
    }
}

}  // namespace

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "okr: could not initialise GLFW\n");
        return 1;
    }
    const platform::CanvasMetrics m = platform::canvasMetrics();
    const int pw = std::max(1, static_cast<int>(std::lround(m.cssWidth * m.pixelRatio)));
    const int ph = std::max(1, static_cast<int>(std::lround(m.cssHeight * m.pixelRatio)));
    gWindow = glfwCreateWindow(pw, ph, "OKR planner", nullptr, nullptr);
    if (!gWindow) {
        std::fprintf(stderr, "okr: could not create a WebGL2 context\n");
        platform::startupFailed(
            "This browser cannot draw with WebGL 2, which the OKR planner needs. Turn on "
            "hardware acceleration in the browser's settings, or open the planner in a current "
            "Firefox, Chrome, Edge or Safari (15 or later).");
        return 1;
    }
    glfwMakeContextCurrent(gWindow);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.MouseDoubleClickTime = 0.5f;  // the common desktop default; ImGui's 0.3 s is strict
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(gWindow, true);
    platform::takeWheelToCanvas([](float x, float y) { ImGui::GetIO().AddMouseWheelEvent(x, y); });
    ImGui_ImplOpenGL3_Init("#version 300 es");
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    platform::setPasteHandler(onPaste);
    platform::setTextHandler(onText);
    io.SetPlatformImeDataFn = onImeData;
    platform::setFileHandler(onFile);
    platform::setTemplateHandler(onTemplate);
    platform::setFontHandler(onFont);
    platform::setReaderModelHandler(onReaderModel);
    platform::setPageHideHandler(onPageHide);
    platform::setDraftOpenElsewhereHandler(onDraftOpenElsewhere);
    platform::setShareHandler(onShareLink);
    platform::setTouchHandler(onTouch);
    platform::setTextFieldQuery(textFieldAt);

    gApp.init();
    testhook::setStateProvider(
        [] { return gApp.stateJson(static_cast<float>(platform::canvasMetrics().pixelRatio)); });
    platform::runMainLoop(frame);
    return 0;
}
