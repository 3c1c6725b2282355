// The driver tree as SVG (tree_svg.h) and `okr export --to svg`: well-formed XML whatever the
// names hold, every node's name in it (escaped), relation glyphs on links, overlapping saved
// positions replaced by the tidy layout, and the same bytes from the command line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli/cli_run.h"
#include "export/tree_svg.h"
#include "export/xml_check.h"
#include "io/format.h"
#include "model/text.h"
#include "plan_fixtures.h"
#include "test_files.h"
#include "tree/layout.h"

using okr::NodeKind;
using okr::Relation;

namespace {

okr::Plan awkward() {
    okr::Plan p;
    p.meta.title = "Q3 <plan> & \"co\"";
    p.tree.nodes = {
        fixtures::node("nsm", "Teams <activated> & retained", NodeKind::Nsm, "teams", 700),
        fixtures::node("a", "Trials \"paid\" 'n' free", NodeKind::Driver, "%", 35),
        fixtures::node("b", "Bell\x07 ring — ünïcødé 体验", NodeKind::Driver, "$", 12),
        fixtures::node("g", "INP p95 ≤ 200ms\xEF\xBF\xBE\xEF\xBF\xBF", NodeKind::Guardrail, "ms",
                       180),
    };
    p.tree.nodes[3].guardrail.threshold = 200;
    double x = 0;
    for (auto& n : p.tree.nodes) n.position = okr::Vec2{x += 300, 0};
    p.tree.links = {fixtures::link("l1", "a", "nsm", Relation::Multiply),
                    fixtures::link("l2", "b", "nsm", Relation::RatioDenominator),
                    fixtures::link("l3", "g", "nsm", Relation::Influence)};
    return p;
}

}  // namespace

TEST_CASE("tree SVG: well-formed, every name escaped, glyphs on links") {
    const std::string svg = okr::treeSvg(awkward());
    CHECK(xmlProblem(svg) == "");
    CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(svg.find("Teams &lt;activated&gt; &amp; retained") != std::string::npos);
    CHECK(svg.find("Trials &quot;paid&quot; &apos;n&apos; free") != std::string::npos);
    CHECK(svg.find("Bell ring — ünïcødé 体验") != std::string::npos);  // the bell is dropped
    CHECK(svg.find("INP p95 ≤ 200ms<") != std::string::npos);          // U+FFFE and U+FFFF dropped
    CHECK(svg.find("<activated>") == std::string::npos);
    CHECK(svg.find(">×</text>") != std::string::npos);
    CHECK(svg.find(">÷ den</text>") != std::string::npos);
    CHECK(svg.find(">~ influence</text>") != std::string::npos);
    CHECK(svg.find("700 teams") != std::string::npos);
    CHECK(svg.find("≤ 200ms") != std::string::npos);
}

// The lines of a card's name as the SVG draws them (its <tspan>s), and the font size used.
std::vector<std::string> nameLines(const std::string& svg, const std::string& id, double& size) {
    std::vector<std::string> lines;
    const std::size_t card = svg.find("<g id=\"" + id + "\">");
    const std::size_t end = svg.find("</g>", card);
    const std::size_t text = svg.find("font-weight=\"600\"", card);
    const std::size_t sizeAt = svg.rfind("font-size=\"", text) + 11;
    size = std::stod(svg.substr(sizeAt, svg.find('"', sizeAt) - sizeAt));
    for (std::size_t at = svg.find("<tspan", text); at < end; at = svg.find("<tspan", at + 1)) {
        const std::size_t open = svg.find('>', at) + 1;
        lines.push_back(svg.substr(open, svg.find("</tspan>", open) - open));
    }
    return lines;
}

TEST_CASE("tree SVG: a long name wraps on its card, every word drawn and no line past its edge") {
    okr::Plan p = awkward();
    const std::string name = "Weekly active teams that invited at least three colleagues";
    const std::string longer =
        "Share of new agencies in the Nordics that book a second client workshop within thirty "
        "days of their first, counted by the partner success team every Monday morning";
    p.tree.nodes[1].name = name;
    p.tree.nodes[2].name = longer;
    p.tree.nodes[3].name = "Supercalifragilisticexpialidociousnessfulnesslessness";
    const std::string svg = okr::treeSvg(p);
    CHECK(xmlProblem(svg) == "");
    CHECK(svg.find("<title>" + name + "</title>") != std::string::npos);
    CHECK(svg.find("…") == std::string::npos);
    const okr::LayoutOptions card;
    for (const auto& [id, whole] : {std::pair<std::string, std::string>{"a", name},
                                    {"b", longer},
                                    {"g", p.tree.nodes[3].name}}) {
        CAPTURE(id);
        double size = 0;
        const std::vector<std::string> lines = nameLines(svg, id, size);
        std::string joined;
        for (const std::string& line : lines) {
            // A bold sans-serif character is under 0.6 em wide on average.
            CHECK(static_cast<double>(okr::utf8Length(line)) * 0.6 * size <= card.cardWidth - 16);
            joined += line;
        }
        std::string squeezed = whole;
        squeezed.erase(std::remove(squeezed.begin(), squeezed.end(), ' '), squeezed.end());
        joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
        CHECK(joined == squeezed);
    }
    // The longest name needs more than two lines: its card grows to hold them.
    const std::size_t b = svg.find("<g id=\"b\">");
    const std::size_t h = svg.find("height=\"", b) + 8;
    CHECK(std::stod(svg.substr(h, svg.find('"', h) - h)) > card.cardHeight);
}

TEST_CASE("tree SVG: stacked cards are drawn at the tidy layout, an empty tree says so") {
    okr::Plan p = awkward();
    for (auto& n : p.tree.nodes) n.position = okr::Vec2{};
    const std::string stacked = okr::treeSvg(p);
    CHECK(xmlProblem(stacked) == "");
    // The NSM sits alone on the top row and its three drivers on the row below.
    CHECK(stacked.find("<g id=\"nsm\"><title>Teams &lt;activated&gt; &amp; retained</title><rect "
                       "x=\"") != std::string::npos);
    std::vector<std::string> ys;
    for (std::size_t at = stacked.find("<g id="); at != std::string::npos;
         at = stacked.find("<g id=", at + 1)) {
        const std::size_t y = stacked.find(" y=\"", at);
        ys.push_back(stacked.substr(y + 4, stacked.find('"', y + 4) - y - 4));
    }
    REQUIRE(ys.size() == 4);
    CHECK(ys[0] != ys[1]);
    CHECK(ys[1] == ys[2]);

    const std::string empty = okr::treeSvg(okr::Plan{});
    CHECK(xmlProblem(empty) == "");
    CHECK(empty.find("no driver tree yet") != std::string::npos);
}

TEST_CASE("okr export --to svg: the core's SVG of the plan's tree") {
    const std::filesystem::path file = sourcePath("assets/examples/talentsync.json");
    const okr::LoadResult loaded = okr::loadPlan(readFile(file));
    REQUIRE(loaded.ok());
    const Run r = okrCommand("export '" + file.string() + "' --to svg", false);
    CHECK(r.code == 0);
    CHECK(r.out == okr::treeSvg(*loaded.plan));
    CHECK(xmlProblem(r.out) == "");
    for (const auto& n : loaded.plan->tree.nodes)
        CHECK_MESSAGE(r.out.find(okr::xmlText(n.name)) != std::string::npos, n.name);
    CHECK(okrCommand("export '" + file.string() + "' --to png").code == 64);
}
