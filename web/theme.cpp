// Inter fonts (Debian's fonts-inter: embedded by assets/embed.cmake or fetched after the first
// frame) and the planner's style.
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include "embedded.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"

extern const EmbeddedFile okr_embedded_fonts[];
extern const std::size_t okr_embedded_fonts_count;

namespace theme {

namespace {

float gScale = 0;
Palette gPalette = Palette::Planner;
ImFont* gBody = nullptr;
ImFont* gHeading = nullptr;
ImFont* gStrong = nullptr;

// The characters each part of the fonts was cut to (web/web.cmake defines both lists): Latin-1 and
// the punctuation, arrows, signs and shapes the app writes in the first; Latin Extended, Greek,
// Cyrillic and the rest of punctuation, arrows, maths and shapes in the second.
const ImWchar kRanges[] = {OKR_FONT_RANGES, 0};
const ImWchar kExtraRanges[] = {OKR_FONT_EXTRA_RANGES, 0};

constexpr std::size_t kFetchedCount = sizeof kFetchedFonts / sizeof kFetchedFonts[0];
// The fetched fonts' bytes, in kFetchedFonts' order; kept for every rebuild of the atlas.
std::string gFetched[kFetchedCount];

// A font's bytes, embedded or fetched; empty when it is neither (not yet arrived, or refused).
std::string_view fontBytes(const std::string& name) {
    for (std::size_t i = 0; i < okr_embedded_fonts_count; ++i)
        if (name == okr_embedded_fonts[i].name)
            return {reinterpret_cast<const char*>(okr_embedded_fonts[i].data),
                    okr_embedded_fonts[i].size};
    for (std::size_t i = 0; i < kFetchedCount; ++i)
        if (name == kFetchedFonts[i]) return gFetched[i];
    return {};
}

ImFont* addFont(std::string face, float px) {
    ImGuiIO& io = ImGui::GetIO();
    std::string_view first = fontBytes(face);
    if (first.empty()) {
        face = "Inter-Regular";  // stands in for the semi-bold face until it arrives
        first = fontBytes(face);
    }
    // (The build embeds the regular face, so this is never empty; ImGui's own fallback font is
    // left out of the build, web.cmake.)
    if (first.empty()) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes outlive the atlas (static or kept above)
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    std::strncpy(cfg.Name, face.c_str(), sizeof cfg.Name - 1);
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(
        const_cast<char*>(first.data()), static_cast<int>(first.size()), px, &cfg, kRanges);
    const std::string_view extra = fontBytes(face + "-extra");
    if (!extra.empty()) {
        cfg.MergeMode = true;
        io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(extra.data()),
                                       static_cast<int>(extra.size()), px, &cfg, kExtraRanges);
    }
    return font;
}

// Projector colours: text at least 15:1 against its background in both, so a washed-out
// projector still shows it; frames and buttons are outlined because fills fade first.
void projectorColours(ImGuiStyle& style, const palette::Colours& p) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = vec(p.window);
    c[ImGuiCol_ChildBg] = vec(p.panel);
    c[ImGuiCol_PopupBg] = vec(p.frame);
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_Border] = vec(p.muted);
    c[ImGuiCol_Separator] = vec(p.muted);
    c[ImGuiCol_FrameBg] = vec(p.frame);
    c[ImGuiCol_FrameBgHovered] = vec(p.frameHovered);
    c[ImGuiCol_FrameBgActive] = vec(p.frameActive);
    c[ImGuiCol_Button] = vec(p.button);
    c[ImGuiCol_ButtonHovered] = vec(p.headerHovered);
    c[ImGuiCol_ButtonActive] = vec(p.headerHovered);
    c[ImGuiCol_Header] = vec(p.header);
    c[ImGuiCol_HeaderHovered] = vec(p.headerHovered);
    c[ImGuiCol_TableHeaderBg] = vec(p.tableHeader);
    c[ImGuiCol_TableRowBg] = vec(p.panel);
    c[ImGuiCol_TableRowBgAlt] = vec(p.rowAlt);
    c[ImGuiCol_TableBorderStrong] = vec(p.muted);
    c[ImGuiCol_TableBorderLight] = vec(p.frame);
    c[ImGuiCol_MenuBarBg] = vec(p.menuBar);
    style.FrameBorderSize = 1;
    style.ChildBorderSize = 0;
}

void setStyle(float scale, Palette which) {
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
    const palette::Colours& p = palette::coloursOf(Palette::Planner);
    c[ImGuiCol_WindowBg] = vec(p.window);
    c[ImGuiCol_ChildBg] = vec(p.panel);
    c[ImGuiCol_Header] = vec(p.header);
    c[ImGuiCol_HeaderHovered] = vec(p.headerHovered);
    c[ImGuiCol_TableHeaderBg] = vec(p.tableHeader);
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_FrameBg] = vec(p.frame);
    c[ImGuiCol_FrameBgHovered] = vec(p.frameHovered);
    c[ImGuiCol_FrameBgActive] = vec(p.frameActive);
    c[ImGuiCol_Button] = vec(p.button);
    c[ImGuiCol_MenuBarBg] = vec(p.menuBar);
    // Dialogs wear the app's colours: a title bar like the menu bar, not ImGui's blue-grey one.
    c[ImGuiCol_TitleBg] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_TitleBgActive] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_TitleBgCollapsed] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.11f, 0.14f, 0.35f);
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.PopupBorderSize = 1;
    if (which != Palette::Planner) projectorColours(style, palette::coloursOf(which));
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace

void apply(float scale, Palette palette) {
    if (scale == gScale && palette == gPalette) return;
    if (scale == gScale) {
        gPalette = palette;
        setStyle(scale, palette);
        return;
    }
    gScale = scale;
    gPalette = palette;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    gBody = addFont("Inter-Regular", kBaseFontPx * scale);
    gHeading = addFont("Inter-SemiBold", kBaseFontPx * 1.25f * scale);
    gStrong = addFont("Inter-SemiBold", kBaseFontPx * scale);
    io.Fonts->Build();
    io.FontDefault = gBody;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    setStyle(scale, palette);
}

void addFetchedFont(const char* name, const char* data, std::size_t size) {
    for (std::size_t i = 0; i < kFetchedCount; ++i) {
        if (std::strcmp(kFetchedFonts[i], name) != 0 || size == 0) continue;
        gFetched[i].assign(data, size);
        gScale = 0;  // the next apply() rebuilds the atlas with it
    }
}

float currentScale() { return gScale; }
Palette currentPalette() { return gPalette; }
ImVec4 backgroundColour() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }

const palette::Colours& colours() { return palette::coloursOf(gPalette); }

ImVec4 vec(palette::Rgb c, float alpha) {
    return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha);
}

ImU32 u32(palette::Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }
ImFont* bodyFont() { return gBody; }
ImFont* headingFont() { return gHeading; }
ImFont* strongFont() { return gStrong; }

ImVec2 touchScrollStep() {
    const float font = gBody ? gBody->FontSize : ImGui::GetFontSize();
    return ImVec2(std::max(1.0f, std::floor(2 * font)), std::max(1.0f, std::floor(5 * font)));
}

}  // namespace theme
