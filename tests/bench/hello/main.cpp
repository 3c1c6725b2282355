// The baseline for tests/bench/report: a bare Dear ImGui + GLFW + WebGL2 "hello" built with the
// planner's flags, so the report can show the planner's own cost (first frame, size) as a ratio.
// Like web/main.cpp it sizes the canvas backing store to the CSS size × devicePixelRatio; it
// tells the page when its first frame is drawn (hello.js records the time).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

GLFWwindow* gWindow = nullptr;
bool gFirstFrameDone = false;

void frame() {
    double cssW = 0, cssH = 0;
    emscripten_get_element_css_size("#canvas", &cssW, &cssH);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int pw = static_cast<int>(std::lround(cssW * ratio));
    const int ph = static_cast<int>(std::lround(cssH * ratio));
    int ww = 0, wh = 0;
    glfwGetWindowSize(gWindow, &ww, &wh);
    if (pw > 0 && ph > 0 && (pw != ww || ph != wh)) glfwSetWindowSize(gWindow, pw, ph);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::TextUnformatted("Hello, world");
    ImGui::End();
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(gWindow, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.97f, 0.97f, 0.98f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!gFirstFrameDone) {
        gFirstFrameDone = true;
        EM_ASM(window.helloFirstFrame());
    }
}

}  // namespace

int main() {
    if (!glfwInit()) return 1;
    gWindow = glfwCreateWindow(640, 480, "hello", nullptr, nullptr);
    if (!gWindow) return 1;
    glfwMakeContextCurrent(gWindow);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(gWindow, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
