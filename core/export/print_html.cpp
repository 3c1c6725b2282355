// See print_html.h.
#include "export/print_html.h"

#include <unordered_map>

#include "analysis/score.h"
#include "export/export.h"
#include "export/tree_svg.h"
#include "model/value_text.h"
#include "rhythm/rhythm.h"

namespace okr {

namespace {

std::string orDash(const std::string& text) { return text.empty() ? "—" : xmlText(text); }

// Paragraphs of a multi-line text, each line break kept.
std::string paragraphs(const std::string& text) {
    std::string out = "<p>";
    for (const char c : xmlText(text)) {
        if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out + "</p>\n";
}

void writeHead(std::string& out, const Plan& plan) {
    const std::string title = plan.meta.title.empty() ? "OKR plan" : plan.meta.title;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
           xmlText(title) +
           "</title>\n<link rel=\"stylesheet\" href=\"print.css\">\n</head>\n<body>\n<h1>" +
           xmlText(title) + "</h1>\n";
    std::string meta;
    const auto add = [&meta](const std::string& part) {
        meta += (meta.empty() ? "" : " · ") + part;
    };
    if (!plan.meta.client.empty()) add(xmlText(plan.meta.client));
    if (plan.meta.start && plan.meta.end)
        add(plan.meta.start->str() + " – " + plan.meta.end->str());
    if (!meta.empty()) out += "<p class=\"meta\">" + meta + "</p>\n";
}

void writeStrategy(std::string& out, const Plan& plan) {
    const Strategy& s = plan.strategy;
    if (s.vision.empty() && s.statement.empty() && s.themes.empty()) return;
    out += "<h2>Strategy</h2>\n";
    if (!s.vision.empty()) out += "<h3>Vision</h3>\n" + paragraphs(s.vision);
    if (!s.statement.empty()) out += "<h3>Strategy</h3>\n" + paragraphs(s.statement);
    if (s.themes.empty()) return;
    out += "<h3>Themes</h3>\n<ol>\n";
    for (const Theme& t : s.themes) out += "<li>" + orDash(t.title) + "</li>\n";
    out += "</ol>\n";
}

void writeTree(std::string& out, const Plan& plan) {
    if (plan.tree.nodes.empty()) return;
    std::string svg = treeSvg(plan);
    // Inline in the page: the XML declaration belongs to a file, not to HTML.
    if (svg.compare(0, 5, "<?xml") == 0) svg.erase(0, svg.find('\n') + 1);
    out += "<h2>North Star and drivers</h2>\n<figure class=\"tree\">\n" + svg + "</figure>\n";
}

// Where a key result's number comes from, as the Markdown one-pager says it (S0: the client sees
// each KR's data source, and whether we can see it too).
std::string sourceText(const KeyResult& kr) {
    if (kr.source.empty()) return kr.sourceVisible ? "—" : "not visible to us";
    return xmlText(kr.source) + (kr.sourceVisible ? "" : " (not visible to us)");
}

void writeObjectives(std::string& out, const Plan& plan, const Analysis& a) {
    out += "<h2>Objectives and key results</h2>\n";
    if (plan.objectives.empty()) {
        out += "<p>No objectives yet.</p>\n";
        return;
    }
    std::unordered_map<std::string, const KrScore*> scores;
    for (const KrScore& s : a.krScores) scores.emplace(s.id.value, &s);
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const Objective& obj = plan.objectives[o];
        out += "<section class=\"objective\">\n<h3><span class=\"label\">O" +
               std::to_string(o + 1) + "</span> " + orDash(obj.title) + "</h3>\n";
        std::string meta = obj.owner.empty() ? "" : xmlText(obj.owner);
        meta += std::string(meta.empty() ? "" : " · ") +
                (obj.style == Style::Committed ? "committed" : "aspirational");
        out += "<p class=\"meta\">" + meta + "</p>\n";
        if (obj.keyResults.empty()) {
            out += "<p>No key results yet.</p>\n</section>\n";
            continue;
        }
        out +=
            "<table>\n<thead><tr><th>KR</th><th>Key result</th><th>Baseline → target</th>"
            "<th>Owner</th><th>Due</th><th>Data source</th></tr></thead>\n<tbody>\n";
        for (std::size_t k = 0; k < obj.keyResults.size(); ++k) {
            const KeyResult& kr = obj.keyResults[k];
            const auto found = scores.find(kr.id.value);
            const KrScore* s = found == scores.end() ? nullptr : found->second;
            const Standing standing = standingOf(plan, obj, kr);
            const std::string title =
                standing == Standing::Retired  ? "<s>" + orDash(kr.title) + "</s> (retired)"
                : standing == Standing::Paused ? orDash(kr.title) + " (paused)"
                                               : orDash(kr.title);
            out += "<tr><td class=\"label\">KR" + std::to_string(k + 1) + "</td><td>" + title +
                   "</td><td class=\"range\">" + xmlText(rangeText(kr, s)) + "</td><td>" +
                   orDash(kr.owner) + "</td><td class=\"range\">" + (kr.due ? kr.due->str() : "—") +
                   "</td><td>" + sourceText(kr) + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n</section>\n";
    }
}

void writeInitiatives(std::string& out, const Plan& plan) {
    if (plan.initiatives.empty()) return;
    out += "<h2>Initiatives</h2>\n<ul>\n";
    for (const Initiative& in : plan.initiatives) {
        out += "<li>" + orDash(in.title);
        if (!in.owner.empty()) out += " — " + xmlText(in.owner);
        out += "</li>\n";
    }
    out += "</ul>\n";
}

}  // namespace

std::string exportPrintHtml(const Plan& plan, const Analysis& analysis, bool withInitiatives) {
    std::string out;
    writeHead(out, plan);
    writeStrategy(out, plan);
    writeTree(out, plan);
    writeObjectives(out, plan, analysis);
    if (withInitiatives) writeInitiatives(out, plan);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace okr
