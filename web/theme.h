// Fonts and style at a given scale. The UI is laid out in device pixels: scale = the screen's
// devicePixelRatio × the user's UI scale, so text is rasterised at its final size (crisp on HiDPI
// screens and projectors) instead of being stretched.
#pragma once

#include <cstddef>
#include <cstdint>

#include "imgui.h"
#include "palette.h"

namespace theme {

constexpr float kBaseFontPx = 17.0f;

// The planner's own colours, and projector mode's two (a room with the lights on or off): a
// high-contrast light theme (near-black on white) and a dark one (near-white on near-black);
// palette.h has them by role.
using Palette = palette::Palette;

// Rebuilds the font atlas and the style for `scale`; call between frames, after the renderer
// backend is initialised. Cheap to call again with the same scale and palette (does nothing); a
// new palette alone only resets the style.
void apply(float scale, Palette palette = Palette::Planner);
float currentScale();
Palette currentPalette();
// The colour behind the UI, for the frame's clear.
ImVec4 backgroundColour();
// The current palette's colours by role (palette.h), whose contrast the palette test checks:
// draw with these, not with colours of a panel's own.
const palette::Colours& colours();
// A palette colour for ImGui's text (TextColored, PushStyleColor) and for a draw list.
ImVec4 vec(palette::Rgb c, float alpha = 1);
ImU32 u32(palette::Rgb c);

// The fonts fetched after the first frame (web/web.cmake), used from the next frame on: the
// semi-bold face (until it arrives, headings and emphasis are drawn in the regular face), and the
// second part of each face ("Inter-Regular-extra": Latin Extended, Greek, Cyrillic), merged into
// it (until it arrives those characters show as "?").
const char* const kFetchedFonts[] = {"Inter-SemiBold", "Inter-Regular-extra",
                                     "Inter-SemiBold-extra"};
void addFetchedFont(const char* name, const char* data, std::size_t size);

ImFont* bodyFont();
ImFont* headingFont();
ImFont* strongFont();  // semi-bold at body size
// How far ImGui scrolls a window per wheel step with the body font (2 lines across, 5 down),
// device pixels: a touch drag becomes wheel steps of this size, so what is dragged follows the
// finger.
ImVec2 touchScrollStep();

// A colour the core chooses (0xRRGGBB, e.g. tree/drawing.h's stage colours) as an ImGui colour.
inline ImU32 fromRgb(std::uint32_t rgb, int alpha = 255) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

}  // namespace theme
