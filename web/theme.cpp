// Embedded Inter fonts (assets/embed.cmake from Debian's fonts-inter) and the planner's style.
#include "theme.h"

#include <cstring>

#include "embedded.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"

extern const EmbeddedFile okr_embedded_fonts[];
extern const std::size_t okr_embedded_fonts_count;

namespace theme {

namespace {

float gScale = 0;
ImFont* gBody = nullptr;
ImFont* gHeading = nullptr;
ImFont* gStrong = nullptr;

const EmbeddedFile* fontFile(const char* name) {
    for (std::size_t i = 0; i < okr_embedded_fonts_count; ++i)
        if (std::strcmp(okr_embedded_fonts[i].name, name) == 0) return &okr_embedded_fonts[i];
    return nullptr;
}

// Latin with extensions, Greek, Cyrillic, punctuation, currency, arrows, maths, check marks: the
// characters the embedded fonts were cut to (web/web.cmake defines the list).
const ImWchar kRanges[] = {OKR_FONT_RANGES, 0};

ImFont* addFont(const char* name, float px) {
    ImGuiIO& io = ImGui::GetIO();
    const EmbeddedFile* f = fontFile(name);
    if (!f) return io.Fonts->AddFontDefault();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static, compiled into the program
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    std::strncpy(cfg.Name, name, sizeof cfg.Name - 1);
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(f->data),
                                          static_cast<int>(f->size), px, &cfg, kRanges);
}

void setStyle(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6;
    style.ChildRounding = 6;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.PopupRounding = 4;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.CellPadding = ImVec2(8, 5);
    style.WindowBorderSize = 0;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Header] = ImVec4(0.85f, 0.89f, 0.97f, 1);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.92f, 0.93f, 0.96f, 1);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.14f, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.44f, 0.50f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.94f, 0.96f, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.91f, 0.97f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.84f, 0.89f, 0.99f, 1);
    c[ImGuiCol_Button] = ImVec4(0.86f, 0.89f, 0.96f, 1);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.91f, 0.94f, 1);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace

void apply(float scale) {
    if (scale == gScale) return;
    gScale = scale;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    gBody = addFont("Inter-Regular", kBaseFontPx * scale);
    gHeading = addFont("Inter-SemiBold", kBaseFontPx * 1.25f * scale);
    gStrong = addFont("Inter-SemiBold", kBaseFontPx * scale);
    io.Fonts->Build();
    io.FontDefault = gBody;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    setStyle(scale);
}

float currentScale() { return gScale; }
ImFont* bodyFont() { return gBody; }
ImFont* headingFont() { return gHeading; }
ImFont* strongFont() { return gStrong; }

}  // namespace theme
