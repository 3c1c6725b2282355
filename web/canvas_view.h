// Canvas maths for the driver tree, in one small struct.
//
// Coordinate spaces:
// - canvas: where node positions live (Node::position, saved in the plan), in canvas units; a card
//   is LayoutOptions::cardWidth × cardHeight units.
// - screen: ImGui's device pixels in the window.
// screen = origin + (canvas + pan) × scale, where origin is the canvas widget's top-left corner on
// screen, pan is in canvas units and scale is screen pixels per canvas unit (zoom × UI scale).
#pragma once

#include "imgui.h"
#include "model/plan.h"
#include "tree/layout.h"

struct CanvasView {
    ImVec2 origin;       // screen position of the widget's top-left corner
    okr::Vec2 pan;       // canvas units
    float scale = 1.0f;  // screen pixels per canvas unit

    ImVec2 toScreen(okr::Vec2 p) const {
        return ImVec2(origin.x + static_cast<float>((p.x + pan.x) * scale),
                      origin.y + static_cast<float>((p.y + pan.y) * scale));
    }
    okr::Vec2 toCanvas(ImVec2 s) const {
        return okr::Vec2{(s.x - origin.x) / scale - pan.x, (s.y - origin.y) / scale - pan.y};
    }
    // Changes the zoom so that the canvas point under `screenAnchor` stays under it.
    void zoomAbout(ImVec2 screenAnchor, float newScale) {
        const okr::Vec2 before = toCanvas(screenAnchor);
        scale = newScale;
        const okr::Vec2 after = toCanvas(screenAnchor);
        pan.x += after.x - before.x;
        pan.y += after.y - before.y;
    }
    // The pan that centres `box` (canvas units) in a widget of `size` (screen) at `scale`.
    static okr::Vec2 centredPan(const okr::CardBounds& box, ImVec2 size, double scale) {
        return okr::Vec2{(size.x / scale - box.width()) / 2 - box.min.x,
                         (size.y / scale - box.height()) / 2 - box.min.y};
    }
};
