// The driver tree as SVG; see tree_svg.h.
#include "export/tree_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"
#include "tree/drawing.h"
#include "tree/tree.h"

namespace okr {

namespace {

// A stage colour (drawing.h) as an SVG colour: "#4285f4".
std::string hexColour(std::uint32_t rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFF));
    return buf;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

bool overlapping(const std::vector<Vec2>& at, const LayoutOptions& card) {
    for (std::size_t i = 0; i < at.size(); ++i)
        for (std::size_t j = i + 1; j < at.size(); ++j)
            if (std::abs(at[i].x - at[j].x) < card.cardWidth &&
                std::abs(at[i].y - at[j].y) < card.cardHeight)
                return true;
    return false;
}

// Widths are estimated, as the reader's font is unknown: a character of a bold sans-serif face
// is at most about 0.6 of its size wide on average, so a line of that many characters fits.
constexpr double kCharWidth = 0.6;
constexpr double kInset = 16;  // text starts this far from the card's left edge

std::size_t charsThatFit(double width, double fontSize) {
    return static_cast<std::size_t>(std::max(4.0, std::floor(width / (kCharWidth * fontSize))));
}

// `text` in lines of at most `limit` characters, broken at spaces; a word longer than a line is
// broken inside. Nothing is left out.
std::vector<std::string> wrapped(std::string_view text, std::size_t limit) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t lineLength = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t e = i;
        while (e < text.size() && text[e] != ' ') ++e;
        if (e == i) break;
        std::string_view word = text.substr(i, e - i);
        i = e;
        while (!word.empty()) {
            const std::size_t length = utf8Length(word);
            const std::size_t room = lineLength == 0           ? limit
                                     : lineLength + 1 >= limit ? 0
                                                               : limit - lineLength - 1;
            if (lineLength > 0 && length > room) {
                lines.push_back(line);
                line.clear();
                lineLength = 0;
                continue;
            }
            if (length <= limit || lineLength > 0) {
                if (lineLength > 0) {
                    line += ' ';
                    ++lineLength;
                }
                line += word;
                lineLength += length;
                word = {};
            } else {
                // A word wider than the card: as much as fits, the rest on the next line.
                const std::string head = utf8Prefix(word, limit);
                lines.push_back(head);
                word.remove_prefix(head.size());
            }
        }
    }
    if (lineLength > 0 || lines.empty()) lines.push_back(line);
    return lines;
}

// How a card's name is set: the largest size at which it fits the card's two name lines, or, at
// the smallest size, as many lines as it needs (the card then grows).
struct NameSetting {
    double size = 15;
    double leading = 18;
    std::vector<std::string> lines;
};

NameSetting setName(std::string_view name, double textWidth) {
    NameSetting s;
    for (const double size : {15.0, 13.0, 12.0}) {
        s.size = size;
        s.leading = std::round(size * 1.25);
        s.lines = wrapped(name, charsThatFit(textWidth, size));
        if (s.lines.size() <= 2 || (size == 12.0 && s.lines.size() <= 3)) break;
    }
    return s;
}

}  // namespace

std::string xmlText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // U+FFFE and U+FFFF are not characters XML 1.0 allows (nor are C0 controls, below).
        if (text.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < text.size() &&
            (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
            i += 2;
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    out += c;
        }
    }
    return out;
}

std::string treeSvg(const Plan& plan, const LayoutOptions& card) {
    const auto& nodes = plan.tree.nodes;
    std::vector<Vec2> at;
    at.reserve(nodes.size());
    for (const auto& n : nodes) at.push_back(n.position);
    if (overlapping(at, card)) {
        const auto laid = layoutTree(plan, card);
        for (std::size_t i = 0; i < laid.size() && i < at.size(); ++i) at[i] = laid[i].position;
    }
    const double margin = 30;
    // Each card's name is wrapped to the card; a card grows when its name needs more lines than
    // the two it has room for (at the smallest size).
    const double textWidth = card.cardWidth - kInset - 10;
    std::vector<NameSetting> names;
    std::vector<double> heights;
    names.reserve(nodes.size());
    heights.reserve(nodes.size());
    for (const auto& n : nodes) {
        names.push_back(setName(n.name, textWidth));
        const NameSetting& name = names.back();
        heights.push_back(
            std::max(card.cardHeight, 72 + name.leading * static_cast<double>(name.lines.size())));
    }
    // An empty tree gets a small picture with room for its sentence.
    CardBounds box = cardBounds(at, card).value_or(CardBounds{Vec2{0, 0}, Vec2{360, 80}});
    for (std::size_t i = 0; i < at.size(); ++i)
        box.max.y = std::max(box.max.y, at[i].y + heights[i]);
    const double x0 = box.min.x, y0 = box.min.y;
    const double w = box.width() + 2 * margin, h = box.height() + 2 * margin;
    const auto X = [&](double x) { return num(x - x0 + margin); };
    const auto Y = [&](double y) { return num(y - y0 + margin); };

    std::string s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(w) +
         "\" height=\"" + num(h) + "\" viewBox=\"0 0 " + num(w) + " " + num(h) +
         "\" font-family=\"Inter, Helvetica, Arial, sans-serif\">\n";
    s += "<title>" + xmlText(plan.meta.title.empty() ? "Driver tree" : plan.meta.title) +
         " — driver tree</title>\n";
    s += "<rect width=\"100%\" height=\"100%\" fill=\"#f4f6fa\"/>\n";
    if (nodes.empty())
        s += "<text x=\"" + X(20) + "\" y=\"" + Y(45) +
             "\" font-size=\"16\" fill=\"#555\">This plan has no driver tree yet.</text>\n";

    const TreeIndex index(plan);
    s += "<g fill=\"none\" stroke-width=\"2\">\n";
    std::string glyphs;
    for (std::size_t l = 0; l < plan.tree.links.size(); ++l) {
        const int from = index.linkFrom(static_cast<int>(l));
        const int to = index.linkTo(static_cast<int>(l));
        if (from < 0 || to < 0) continue;
        const Vec2 c = at[static_cast<std::size_t>(from)], p = at[static_cast<std::size_t>(to)];
        const double ax = c.x + card.cardWidth / 2, ay = c.y;
        const double bx = p.x + card.cardWidth / 2,
                     by = p.y + heights[static_cast<std::size_t>(to)];
        const double bend = std::max(30.0, std::abs(ay - by) * 0.5);
        const Relation rel = plan.tree.links[l].relation;
        const char* colour = rel == Relation::Influence ? "#a0a5b4" : "#465a8c";
        s += "<path d=\"M" + X(ax) + " " + Y(ay) + " C" + X(ax) + " " + Y(ay - bend) + " " + X(bx) +
             " " + Y(by + bend) + " " + X(bx) + " " + Y(by) + "\" stroke=\"" + colour + "\"" +
             (rel == Relation::Influence ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
        const double mx = (ax + bx) / 2, my = (ay + by) / 2;
        const double half = rel == Relation::Influence                          ? 40
                            : rel == Relation::Add || rel == Relation::Multiply ? 12
                                                                                : 26;
        glyphs += "<g><rect x=\"" + X(mx - half) + "\" y=\"" + Y(my - 10) + "\" width=\"" +
                  num(2 * half) +
                  "\" height=\"20\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>"
                  "<text x=\"" +
                  X(mx) + "\" y=\"" + Y(my + 4) +
                  "\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"" +
                  colour + "\">" + relationGlyph(rel) +
                  (rel == Relation::Influence ? " influence" : "") + "</text></g>\n";
    }
    s += "</g>\n" + glyphs;

    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        const double x = at[i].x, y = at[i].y;
        const char* badge = kindBadge(n.kind);
        const std::string value = cardValue(n);
        s += "<g id=\"" + xmlText(n.id.value) + "\">";
        s += "<title>" + xmlText(n.name) + "</title>";
        const double height = heights[i];
        const NameSetting& name = names[i];
        s += "<rect x=\"" + X(x) + "\" y=\"" + Y(y) + "\" width=\"" + num(card.cardWidth) +
             "\" height=\"" + num(height) + "\" rx=\"8\" fill=\"#ffffff\" stroke=\"#c8cdd7\"/>";
        s += "<rect x=\"" + X(x) + "\" y=\"" + Y(y) + "\" width=\"7\" height=\"" + num(height) +
             "\" fill=\"" + hexColour(stageColour(n.stage)) + "\"/>";
        s += "<text x=\"" + X(x + kInset) + "\" y=\"" + Y(y + 22) + "\" font-size=\"11\" fill=\"" +
             (n.kind == NodeKind::Nsm ? "#be7800" : "#6e7382") + "\">" + badge + "</text>";
        s += "<text x=\"" + X(x + kInset) + "\" y=\"" + Y(y + 28 + name.leading) +
             "\" font-size=\"" + num(name.size) + "\" font-weight=\"600\" fill=\"#191c23\">";
        for (std::size_t l = 0; l < name.lines.size(); ++l)
            s += "<tspan x=\"" + X(x + kInset) + "\"" +
                 (l == 0 ? std::string() : " dy=\"" + num(name.leading) + "\"") + ">" +
                 xmlText(name.lines[l]) + "</tspan>";
        s += "</text>";
        // A value wider than the card is drawn narrower rather than past its edge.
        const bool wide = static_cast<double>(utf8Length(value)) * kCharWidth * 14 > textWidth;
        s += "<text x=\"" + X(x + kInset) + "\" y=\"" + Y(y + height - 18) +
             "\" font-size=\"14\" fill=\"#3c465a\"" +
             (wide ? " textLength=\"" + num(textWidth) + "\" lengthAdjust=\"spacingAndGlyphs\""
                   : std::string()) +
             ">" + xmlText(value) + "</text>";
        s += "</g>\n";
    }
    s += "</svg>\n";
    return s;
}

}  // namespace okr
