// See palette.h.
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace palette {

namespace {

// The planner: near-black text on white panels over a light grey window; muted text and the
// severities dark enough for the blue-grey headers and buttons too.
constexpr Colours kPlanner = {
    {247, 247, 250},  // window
    {255, 255, 255},  // panel
    {237, 240, 245},  // frame
    {224, 232, 247},  // frame hovered
    {214, 227, 252},  // frame active
    {217, 227, 247},  // header
    {200, 216, 247},  // header hovered
    {235, 237, 245},  // table header
    {219, 227, 245},  // button
    {230, 232, 240},  // menu bar
    {239, 239, 239},  // a table's other rows
    {26, 28, 36},     // text
    {84, 89, 102},    // muted
    {176, 28, 28},    // error
    {140, 76, 0},     // warning
    {28, 88, 170},    // info
    {10, 100, 48},    // success
    {255, 255, 255},  // card
    {255, 224, 224},  // a refused field
    {0, 80, 200},     // accent
    {128, 134, 146},  // border
    {200, 204, 212},  // grid
};

// Projector, lights on: black on white, frames outlined because fills fade first.
constexpr Colours kProjectorLight = {
    {255, 255, 255}, {255, 255, 255}, {235, 237, 242}, {209, 222, 247}, {209, 222, 247},
    {235, 237, 242}, {209, 222, 247}, {235, 237, 242}, {235, 237, 242}, {230, 232, 240},
    {245, 245, 247}, {5, 5, 10},      {64, 69, 82},    {176, 28, 28},   {140, 76, 0},
    {28, 88, 170},   {15, 110, 55},   {255, 255, 255}, {255, 224, 224}, {0, 80, 200},
    {110, 116, 128}, {200, 204, 212},
};

// Projector, lights off: near-white on near-black; the severities light enough for it.
constexpr Colours kProjectorDark = {
    {15, 18, 23},    {15, 18, 23},    {41, 46, 56},    {61, 71, 92},    {61, 71, 92},
    {41, 46, 56},    {61, 71, 92},    {41, 46, 56},    {41, 46, 56},    {41, 46, 56},
    {26, 28, 36},    {245, 247, 250}, {184, 191, 204}, {255, 165, 155}, {255, 196, 70},
    {150, 195, 255}, {90, 210, 130},  {28, 31, 38},    {90, 30, 34},    {255, 200, 60},
    {110, 116, 128}, {61, 71, 92},
};

double luminance(Rgb c) {
    const auto channel = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

}  // namespace

const Colours& coloursOf(Palette p) {
    switch (p) {
        case Palette::ProjectorLight:
            return kProjectorLight;
        case Palette::ProjectorDark:
            return kProjectorDark;
        case Palette::Planner:
            break;
    }
    return kPlanner;
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace palette
