// The planner's colours by role, for its three palettes (the planner's own, and projector mode's
// light and dark), with no ImGui in sight so that a native test can check them: every text role
// against every background it is drawn on meets WCAG 2.1 AA for body text (4.5:1), on a screen and
// on a washed-out projector alike (tests/web/palette_test.cpp). theme.cpp turns them into the
// ImGui style; the severity colours of the checks come from here too.
#pragma once

#include <cstdint>

namespace palette {

// The planner's colours, and projector mode's two (a room with the lights on or off).
enum class Palette { Planner, ProjectorLight, ProjectorDark };

struct Rgb {
    std::uint8_t r, g, b;
};

struct Colours {
    // Backgrounds text is drawn on.
    Rgb window, panel, frame, frameHovered, frameActive, header, headerHovered, tableHeader, button,
        menuBar, rowAlt;
    // Text.
    Rgb text, muted;
    // The checks' severities and good news, as text and as dots; the trend chart's value,
    // projection, confidence and alert lines and its legend are these too.
    Rgb error, warning, info, success;
    // A projector card and a field whose value was refused: backgrounds text is drawn on.
    Rgb card, invalidFrame;
    // What is highlighted (the path to the North Star, a field jumped to): a line that must stand
    // out (3:1) on every background; the edge of a card or a line that shows a link (3:1 too).
    Rgb accent, border;
    // Grid lines that frame a chart and carry nothing of their own (decoration, no bar).
    Rgb grid;
};

const Colours& coloursOf(Palette p);

// WCAG 2.1's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(Rgb a, Rgb b);

}  // namespace palette
