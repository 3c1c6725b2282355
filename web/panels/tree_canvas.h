// Inside the driver-tree canvas, shared by its three files: tree_canvas.cpp (the panel and one
// function per interaction), tree_cards.cpp (drawing: background, links, cards) and
// tree_toolbar.cpp (the toolbar, the clipboard, the exports). Not for other panels: they call
// panels.h.
//
// Positions are in canvas units (canvas_view.h); a card is kCard.cardWidth × cardHeight.
#pragma once

#include <string>
#include <vector>

#include "canvas_view.h"
#include "panels.h"
#include "tree/layout.h"

namespace panels::canvas {

inline const okr::LayoutOptions kCard;

// What the canvas marks besides selection: the open key result's path to the North Star and the
// drivers of objectives that OBJ-UNTRACED reports.
struct Marks {
    std::vector<char> onPath;           // per node index
    std::vector<std::string> untraced;  // per node index: "O2 not traced" or ""
    std::string pathCaption;            // "KR … → North Star", "" when no KR is open
    std::string untracedCaption;        // objectives with no driver at all
};
Marks marksFor(const Context& ctx);

bool isSelected(const TreeViewState& t, const std::string& id);
// The position a node is drawn at: its saved position, plus the drag offset while it is dragged.
okr::Vec2 drawnPosition(const TreeViewState& t, const okr::Node& n);
// The link handle: a dot at the middle of a card's top edge (a link runs up to the parent).
ImVec2 handleOf(const CanvasView& v, okr::Vec2 p);

// tree_toolbar.cpp. The toolbar above the canvas.
void drawToolbar(Context& ctx);
// Copies the selection to the clipboard (the app's path: ImGui → platform → the system's).
void copySelection(const Context& ctx);
// Pastes metrics from the clipboard, offset so they do not hide the originals; the next frame
// selects what was added.
void paste(Context& ctx);
// Adds a metric at `at` (canvas units), selects it and puts the keyboard in its name, selected so
// that typing replaces "New metric".
void addMetric(Context& ctx, okr::Vec2 at);

// tree_cards.cpp. The canvas's background and grid over the widget's rectangle.
void drawBackground(ImDrawList* dl, const CanvasView& v, ImVec2 size);
// Links as curves from a child's handle to its parent's bottom edge, labelled with the relation.
void drawLinks(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl);
// The card of node `i`: shape, text (when readable at this zoom), violation dot, link handle.
void drawCard(const Context& ctx, const Marks& marks, const CanvasView& v, ImDrawList* dl,
              size_t i);
// The captions at the canvas's top: the open key result's path, objectives with no driver.
void drawCaptions(const Marks& marks, ImDrawList* dl, ImVec2 origin);

}  // namespace panels::canvas
