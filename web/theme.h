// Fonts and style at a given scale. The UI is laid out in device pixels: scale = the screen's
// devicePixelRatio × the user's UI scale, so text is rasterised at its final size (crisp on HiDPI
// screens and projectors) instead of being stretched.
#pragma once

struct ImFont;

namespace theme {

constexpr float kBaseFontPx = 17.0f;

// Rebuilds the font atlas and the style for `scale`; call between frames, after the renderer
// backend is initialised. Cheap to call again with the same scale (does nothing).
void apply(float scale);
float currentScale();

ImFont* bodyFont();
ImFont* headingFont();
ImFont* strongFont();  // semi-bold at body size

}  // namespace theme
