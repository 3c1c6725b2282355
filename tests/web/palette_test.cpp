// The planner's colours meet WCAG 2.1 AA for body text (4.5:1) in every palette: each text role
// against each background it is drawn on (issue 20, "Contrast").
#include <doctest/doctest.h>

#include <string>

#include "palette.h"

namespace {

const char* paletteName(palette::Palette p) {
    switch (p) {
        case palette::Palette::Planner:
            return "planner";
        case palette::Palette::ProjectorLight:
            return "projector light";
        case palette::Palette::ProjectorDark:
            return "projector dark";
    }
    return "?";
}

}  // namespace

TEST_CASE("every text colour reads at 4.5:1 on every background it is drawn on") {
    for (const palette::Palette which :
         {palette::Palette::Planner, palette::Palette::ProjectorLight,
          palette::Palette::ProjectorDark}) {
        const palette::Colours& c = palette::coloursOf(which);
        const struct {
            const char* name;
            palette::Rgb colour;
        } texts[] = {{"text", c.text},       {"muted", c.muted}, {"error", c.error},
                     {"warning", c.warning}, {"info", c.info},   {"success", c.success}},
          backgrounds[] = {{"window", c.window},
                           {"panel", c.panel},
                           {"frame", c.frame},
                           {"frame hovered", c.frameHovered},
                           {"frame active", c.frameActive},
                           {"header", c.header},
                           {"header hovered", c.headerHovered},
                           {"table header", c.tableHeader},
                           {"button", c.button},
                           {"table row", c.rowAlt},
                           {"projector card", c.card},
                           {"refused field", c.invalidFrame}};
        for (const auto& t : texts)
            for (const auto& b : backgrounds) {
                const std::string pair =
                    std::string(paletteName(which)) + ": " + t.name + " on " + b.name;
                CAPTURE(pair);
                CHECK(palette::contrastRatio(t.colour, b.colour) >= 4.5);
            }
        // The menu bar's items are text.
        CHECK(palette::contrastRatio(c.text, c.menuBar) >= 4.5);
    }
}

TEST_CASE("what must stand out stands out at 3:1 (WCAG 2.1 non-text contrast)") {
    for (const palette::Palette which :
         {palette::Palette::Planner, palette::Palette::ProjectorLight,
          palette::Palette::ProjectorDark}) {
        const palette::Colours& c = palette::coloursOf(which);
        // The highlighted path and the field jumped to, and the tree's links and the trend chart's
        // plan line (drawn muted), on the backgrounds they are drawn on.
        for (const palette::Rgb background : {c.window, c.panel, c.card, c.frame}) {
            CAPTURE(paletteName(which));
            CHECK(palette::contrastRatio(c.accent, background) >= 3.0);
            CHECK(palette::contrastRatio(c.muted, background) >= 3.0);
        }
        // A card's edge and an influence link, on the canvas and on a card.
        for (const palette::Rgb background : {c.window, c.panel, c.card}) {
            CAPTURE(paletteName(which));
            CHECK(palette::contrastRatio(c.border, background) >= 3.0);
        }
    }
}

TEST_CASE("the contrast ratio is WCAG's: 21 for black on white, 1 for a colour on itself") {
    CHECK(palette::contrastRatio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(palette::contrastRatio({118, 118, 118}, {255, 255, 255}) ==
          doctest::Approx(4.54).epsilon(0.01));
    CHECK(palette::contrastRatio({90, 90, 90}, {90, 90, 90}) == doctest::Approx(1.0));
}
