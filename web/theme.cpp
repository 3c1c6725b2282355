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
    if (first.empty()) return io.Fonts->AddFontDefault();
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
void projectorColours(ImGuiStyle& style, bool dark) {
    ImVec4* c = style.Colors;
    const ImVec4 bg = dark ? ImVec4(0.06f, 0.07f, 0.09f, 1) : ImVec4(1, 1, 1, 1);
    const ImVec4 text = dark ? ImVec4(0.96f, 0.97f, 0.98f, 1) : ImVec4(0.02f, 0.02f, 0.04f, 1);
    const ImVec4 muted = dark ? ImVec4(0.72f, 0.75f, 0.80f, 1) : ImVec4(0.25f, 0.27f, 0.32f, 1);
    const ImVec4 frame = dark ? ImVec4(0.16f, 0.18f, 0.22f, 1) : ImVec4(0.92f, 0.93f, 0.95f, 1);
    const ImVec4 hover = dark ? ImVec4(0.24f, 0.28f, 0.36f, 1) : ImVec4(0.82f, 0.87f, 0.97f, 1);
    c[ImGuiCol_WindowBg] = bg;
    c[ImGuiCol_ChildBg] = bg;
    c[ImGuiCol_PopupBg] = frame;
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = muted;
    c[ImGuiCol_Border] = muted;
    c[ImGuiCol_Separator] = muted;
    c[ImGuiCol_FrameBg] = frame;
    c[ImGuiCol_Button] = frame;
    c[ImGuiCol_ButtonHovered] = hover;
    c[ImGuiCol_ButtonActive] = hover;
    c[ImGuiCol_Header] = frame;
    c[ImGuiCol_HeaderHovered] = hover;
    c[ImGuiCol_TableHeaderBg] = frame;
    c[ImGuiCol_TableRowBg] = bg;
    c[ImGuiCol_TableRowBgAlt] =
        dark ? ImVec4(0.10f, 0.11f, 0.14f, 1) : ImVec4(0.96f, 0.96f, 0.97f, 1);
    c[ImGuiCol_TableBorderStrong] = muted;
    c[ImGuiCol_TableBorderLight] = frame;
    style.FrameBorderSize = 1;
    style.ChildBorderSize = 0;
}

void setStyle(float scale, Palette palette) {
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
    // Dialogs wear the app's colours: a title bar like the menu bar, not ImGui's blue-grey one.
    c[ImGuiCol_TitleBg] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_TitleBgActive] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_TitleBgCollapsed] = c[ImGuiCol_MenuBarBg];
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.11f, 0.14f, 0.35f);
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.PopupBorderSize = 1;
    if (palette != Palette::Planner) projectorColours(style, palette == Palette::ProjectorDark);
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
ImFont* bodyFont() { return gBody; }
ImFont* headingFont() { return gHeading; }
ImFont* strongFont() { return gStrong; }

ImVec2 touchScrollStep() {
    const float font = gBody ? gBody->FontSize : ImGui::GetFontSize();
    return ImVec2(std::max(1.0f, std::floor(2 * font)), std::max(1.0f, std::floor(5 * font)));
}

}  // namespace theme
