// The Markdown one-pager, the CSV tracking sheet and the lint report of a plan; see export.h.
#include "export/export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/rules.h"
#include "analysis/score.h"
#include "model/order.h"
#include "model/value_text.h"
#include "rhythm/rhythm.h"
#include "tree/tree.h"

namespace okr {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// True when line[from..] is only `c` and spaces (a setext underline or a thematic break).
bool onlyOf(const std::string& line, std::size_t from, char c) {
    for (std::size_t i = from; i < line.size(); ++i)
        if (line[i] != c && line[i] != ' ') return false;
    return true;
}

// Escapes what would start a block at the beginning of a line: an ATX heading ("# "), a list item
// ("- ", "+ ", "1. ", "1) "), a setext underline or rule ("===", "---"). `line` is already
// inline-escaped and trimmed; text that merely starts with those characters ("-5 days", "3.5%",
// "#1") is left alone.
void escapeLineStart(std::string& line) {
    if (line.empty()) return;
    const auto endsMarker = [&](std::size_t i) { return i >= line.size() || line[i] == ' '; };
    const char c = line[0];
    std::size_t i = 0;
    if (c == '#') {
        while (i < line.size() && line[i] == '#') ++i;
        if (endsMarker(i)) line.insert(line.begin(), '\\');
    } else if (c == '-' || c == '+' || c == '=') {
        if ((c != '=' && endsMarker(1)) || (c != '+' && onlyOf(line, 0, c)))
            line.insert(line.begin(), '\\');
    } else {
        while (i < line.size() && i < 10 && isDigit(line[i])) ++i;
        if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')') && endsMarker(i + 1))
            line.insert(line.begin() + static_cast<std::ptrdiff_t>(i), '\\');
    }
}

// A two-decimal or one-decimal score ("0.80", "0.7").
std::string scoreText(double score, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, score);
    return buf;
}

std::string quoted(const std::string& text) {
    return text.empty() ? std::string("(untitled)") : "“" + text + "”";
}

const char* comparisonSign(Comparison c) { return c == Comparison::AtMost ? "≤" : "≥"; }

const char* severityHeading(Severity s) {
    switch (s) {
        case Severity::Error:
            return "Errors";
        case Severity::Warning:
            return "Warnings";
        case Severity::Info:
            return "Infos";
        case Severity::Off:
            break;
    }
    return "Other";
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "**Client:** X · **Level:** company · **Period:** 2026-04-01 – 2026-06-30"; empty parts left out.
std::string metaLine(const Plan& plan) {
    std::vector<std::string> parts;
    if (!plan.meta.client.empty()) parts.push_back("**Client:** " + markdownText(plan.meta.client));
    parts.push_back(std::string("**Level:** ") + name(plan.meta.level));
    const auto& m = plan.meta;
    if (m.start && m.end)
        parts.push_back("**Period:** " + m.start->str() + " – " + m.end->str());
    else if (m.start)
        parts.push_back("**Period:** from " + m.start->str());
    else if (m.end)
        parts.push_back("**Period:** until " + m.end->str());
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : " · ") + p;
    return out;
}

std::string titleOf(const Plan& plan, const char* fallback) {
    if (!plan.meta.title.empty()) return markdownText(plan.meta.title);
    if (!plan.meta.client.empty()) return markdownText(plan.meta.client);
    return fallback;
}

std::string orDash(const std::string& text) { return text.empty() ? "—" : markdownText(text); }

// Where each objective, key result, node, link, initiative and theme sits in the plan, by ID,
// built once per export so that labelling every violation of a large plan stays linear. The first
// entity with an ID wins, as the plan's own lookups do.
class Labels {
  public:
    explicit Labels(const Plan& plan) : plan_(plan) {
        for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
            objectives_.emplace(plan.objectives[o].id.value, o);
            const auto& krs = plan.objectives[o].keyResults;
            for (std::size_t k = 0; k < krs.size(); ++k) krs_.emplace(krs[k].id.value, Pos{o, k});
        }
        for (std::size_t n = 0; n < plan.tree.nodes.size(); ++n)
            nodes_.emplace(plan.tree.nodes[n].id.value, n);
        for (std::size_t l = 0; l < plan.tree.links.size(); ++l)
            links_.emplace(plan.tree.links[l].id.value, l);
        for (std::size_t i = 0; i < plan.initiatives.size(); ++i)
            initiatives_.emplace(plan.initiatives[i].id.value, i);
        for (std::size_t t = 0; t < plan.strategy.themes.size(); ++t)
            themes_.emplace(plan.strategy.themes[t].id.value, t);
    }

    // "O2"; empty when no objective has the ID.
    std::string objective(std::string_view id) const {
        const auto it = objectives_.find(id);
        return it == objectives_.end() ? "" : "O" + std::to_string(it->second + 1);
    }
    // "O2 KR1"; empty when no key result has the ID.
    std::string keyResult(std::string_view id) const {
        const auto it = krs_.find(id);
        return it == krs_.end() ? ""
                                : "O" + std::to_string(it->second.objective + 1) + " KR" +
                                      std::to_string(it->second.keyResult + 1);
    }
    const KeyResult* findKr(std::string_view id) const {
        const auto it = krs_.find(id);
        return it == krs_.end()
                   ? nullptr
                   : &plan_.objectives[it->second.objective].keyResults[it->second.keyResult];
    }
    const Node* node(std::string_view id) const {
        const auto it = nodes_.find(id);
        return it == nodes_.end() ? nullptr : &plan_.tree.nodes[it->second];
    }
    const Theme* theme(std::string_view id) const {
        const auto it = themes_.find(id);
        return it == themes_.end() ? nullptr : &plan_.strategy.themes[it->second];
    }

    std::string entity(const Target& target) const {
        const std::string_view id = target.id;
        switch (target.kind) {
            case EntityKind::Plan:
                return "the plan";
            case EntityKind::Objective:
                if (const auto it = objectives_.find(id); it != objectives_.end())
                    return objective(id) + " " + quoted(plan_.objectives[it->second].title);
                break;
            case EntityKind::KeyResult:
                if (const KeyResult* kr = findKr(id))
                    return keyResult(id) + " " + quoted(kr->title);
                break;
            case EntityKind::Node:
                if (const Node* n = node(id)) {
                    const char* kind = n->kind == NodeKind::Nsm         ? "North Star "
                                       : n->kind == NodeKind::Guardrail ? "Guardrail "
                                                                        : "Driver ";
                    return kind + quoted(n->name);
                }
                break;
            case EntityKind::Link:
                if (const auto it = links_.find(id); it != links_.end()) {
                    const Link& l = plan_.tree.links[it->second];
                    const Node* from = node(l.from.value);
                    const Node* to = node(l.to.value);
                    return "Link " + (from ? quoted(from->name) : l.from.value) + " → " +
                           (to ? quoted(to->name) : l.to.value);
                }
                break;
            case EntityKind::Initiative:
                if (const auto it = initiatives_.find(id); it != initiatives_.end())
                    return "Initiative " + quoted(plan_.initiatives[it->second].title);
                break;
            case EntityKind::Theme:
                if (const Theme* t = theme(id)) return "Theme " + quoted(t->title);
                break;
        }
        return std::string(name(target.kind)) + " " + target.id;
    }

  private:
    struct Pos {
        std::size_t objective, keyResult;
    };
    using Index = std::unordered_map<std::string_view, std::size_t>;
    const Plan& plan_;
    Index objectives_, nodes_, links_, initiatives_, themes_;
    std::unordered_map<std::string_view, Pos> krs_;
};

void writeStrategy(std::string& out, const Plan& plan) {
    const Strategy& s = plan.strategy;
    out += "## Strategy\n\n";
    if (s.vision.empty() && s.statement.empty() && s.themes.empty()) {
        out += "No strategy written yet.\n\n";
        return;
    }
    if (!s.vision.empty()) out += "**Vision.** " + markdownParagraphs(s.vision) + "\n\n";
    if (!s.statement.empty()) out += "**Strategy.** " + markdownParagraphs(s.statement) + "\n\n";
    if (s.themes.empty()) return;
    out += "**Themes**\n\n";
    for (std::size_t t = 0; t < s.themes.size(); ++t) {
        out += std::to_string(t + 1) + ". " + orDash(s.themes[t].title);
        std::string served;
        for (std::size_t o = 0; o < plan.objectives.size(); ++o)
            if (plan.objectives[o].theme == s.themes[t].id)
                served += (served.empty() ? "" : ", ") + ("O" + std::to_string(o + 1));
        out += served.empty() ? " — no objective yet\n" : " — " + served + "\n";
    }
    out += "\n";
}

// "name — activation · Head of Product · baseline 18% · now 20% · 1 key result"
std::string nodeLine(const Node& n, const Analysis& a, std::size_t index, bool bold = true) {
    std::string line = bold ? "**" + orDash(n.name) + "**" : orDash(n.name);
    std::vector<std::string> parts;
    if (n.stage != Stage::None) parts.push_back(name(n.stage));
    if (!n.kpi.owner.empty()) parts.push_back(markdownText(n.kpi.owner));
    if (n.kpi.baseline)
        parts.push_back("baseline " + markdownText(formatValue(*n.kpi.baseline, n.kpi.unit)));
    if (n.value) parts.push_back("now " + markdownText(formatValue(*n.value, n.kpi.unit)));
    if (n.kpi.cadence != Cadence::Unset) parts.push_back(name(n.kpi.cadence));
    if (n.kind == NodeKind::Driver) {
        if (n.monitorOnly) parts.push_back("monitor only");
        if (index < a.nodes.size())
            parts.push_back(plural(a.nodes[index].keyResults, "key result", "key results"));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? " — " : " · ") + parts[i];
    return line;
}

void writeNorthStar(std::string& out, const Plan& plan, const Analysis& a) {
    constexpr int kMaxDepth = 8;
    out += "## North Star and drivers\n\n";
    const auto& nodes = plan.tree.nodes;
    if (nodes.empty()) {
        out += "No metric tree yet.\n\n";
        return;
    }
    const TreeIndex index(plan);
    std::vector<bool> shown(nodes.size(), false);
    if (index.nsms().empty()) out += "No North-Star Metric chosen yet.\n\n";
    for (const int nsm : index.nsms()) {
        shown[static_cast<std::size_t>(nsm)] = true;
        out += "**North Star:** " +
               nodeLine(nodes[static_cast<std::size_t>(nsm)], a, static_cast<std::size_t>(nsm),
                        false) +
               "\n\n";
        // Depth-first down the links, drivers only, each node once (cycles are tolerated); lists
        // nest at most kMaxDepth deep, deeper drivers are shown at that depth.
        std::vector<std::pair<int, int>> stack;  // node, depth
        const auto pushChildren = [&](int node, int depth) {
            const auto links = index.down(node);
            for (auto it = links.end(); it != links.begin();) {
                const int child = index.linkFrom(*--it);
                if (child >= 0 && !shown[static_cast<std::size_t>(child)] &&
                    nodes[static_cast<std::size_t>(child)].kind == NodeKind::Driver)
                    stack.emplace_back(child, depth);
            }
        };
        pushChildren(nsm, 0);
        bool any = false;
        while (!stack.empty()) {
            const auto [node, depth] = stack.back();
            stack.pop_back();
            const auto n = static_cast<std::size_t>(node);
            if (shown[n]) continue;
            shown[n] = true;
            any = true;
            out += std::string(static_cast<std::size_t>(std::min(depth, kMaxDepth)) * 2, ' ') +
                   "- " + nodeLine(nodes[n], a, n) + "\n";
            pushChildren(node, depth + 1);
        }
        out += any ? "\n" : "No drivers linked to it yet.\n\n";
    }
    std::string loose;
    for (std::size_t n = 0; n < nodes.size(); ++n)
        if (!shown[n] && nodes[n].kind == NodeKind::Driver)
            loose += "- " + nodeLine(nodes[n], a, n) + "\n";
    if (!loose.empty()) out += "Drivers not connected to the North Star:\n\n" + loose + "\n";

    std::string guards;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const Node& g = nodes[n];
        if (g.kind != NodeKind::Guardrail) continue;
        guards += "- **" + orDash(g.name) + "** ";
        if (g.guardrail.threshold) {
            guards += std::string(comparisonSign(g.guardrail.comparison)) + " " +
                      markdownText(formatValue(*g.guardrail.threshold, g.kpi.unit));
            if (g.value) {
                const bool holds = g.guardrail.comparison == Comparison::AtMost
                                       ? *g.value <= *g.guardrail.threshold
                                       : *g.value >= *g.guardrail.threshold;
                guards += " — now " + markdownText(formatValue(*g.value, g.kpi.unit)) +
                          (holds ? ", holding" : ", **breached**");
            }
        } else {
            guards += "— no threshold yet";
        }
        if (!g.kpi.owner.empty()) guards += " · " + markdownText(g.kpi.owner);
        guards += "\n";
    }
    if (!guards.empty()) out += "**Guardrails**\n\n" + guards + "\n";
}

void writeObjectives(std::string& out, const Plan& plan, const Analysis& a, const Labels& labels) {
    out += "## Objectives\n\n";
    if (plan.objectives.empty()) {
        out += "No objectives yet.\n\n";
        return;
    }
    std::size_t k = 0;  // index into the analysis' KR scores, objectives in order
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const Objective& obj = plan.objectives[o];
        out += "### O" + std::to_string(o + 1) + ". " + orDash(obj.title) + "\n\n";
        std::string line = "**Owner:** " + orDash(obj.owner) + " · " + name(obj.style);
        if (const Theme* t = labels.theme(obj.theme.value))
            line += " · **Theme:** " + orDash(t->title);
        if (const std::string parent = labels.objective(obj.parent.value); !parent.empty())
            line += " · **Supports:** " + parent;
        const ObjectiveScore* os = o < a.objectiveScores.size() && a.objectiveScores[o].id == obj.id
                                       ? &a.objectiveScores[o]
                                       : nullptr;
        if (os && os->score) {
            const double score = roundHundredth(*os->score);
            const Band& band = bandOf(score);
            line +=
                " · **Score:** " + scoreText(score, 2) + " (" + band.range + " " + band.label + ")";
        }
        out += line + "\n\n";
        if (obj.keyResults.empty()) {
            out += "No key results yet.\n\n";
            continue;
        }
        out += "| KR | Key result | Baseline → target | Owner | Due | Data source | Score |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (std::size_t i = 0; i < obj.keyResults.size(); ++i, ++k) {
            const KeyResult& kr = obj.keyResults[i];
            const KrScore* s =
                k < a.krScores.size() && a.krScores[k].id == kr.id ? &a.krScores[k] : nullptr;
            std::string score = "—";
            if (s && s->grade)
                score = s->overridden ? scoreText(*s->grade, 2) + " (set in session)"
                                      : scoreText(*s->grade, 1);
            // Retired or paused by a review: struck through, and said so (S4 FAQ).
            const Standing standing = standingOf(plan, obj, kr);
            std::string title = orDash(kr.title);
            if (standing == Standing::Retired) {
                title = "~~" + title + "~~ (retired)";
                score = "retired";
            } else if (standing == Standing::Paused) {
                title += " (paused)";
            }
            // S2's shared key result: where a contribution goes, and a shared one's scoreboard.
            if (const std::string to = labels.keyResult(kr.contributesTo.value); !to.empty())
                title += " (contributes to " + to + ")";
            const KrCoverage* cov =
                k < a.keyResults.size() && a.keyResults[k].id == kr.id ? &a.keyResults[k] : nullptr;
            if (cov && !cov->contributors.empty()) {
                title += " (shared: " + std::to_string(cov->contributors.size()) +
                         (cov->contributors.size() == 1 ? " contributor" : " contributors");
                if (cov->contributorProgress)
                    title += ", on average " +
                             std::to_string(
                                 static_cast<int>(std::lround(*cov->contributorProgress * 100))) +
                             "% of the way";
                title += ")";
            }
            out += "| KR" + std::to_string(i + 1) + " | " + title + " | " +
                   markdownText(rangeText(kr, s)) + " | " + orDash(kr.owner) + " | " +
                   (kr.due ? kr.due->str() : "—") + " | " +
                   (kr.source.empty() ? std::string(kr.sourceVisible ? "—" : "not visible to us")
                                      : markdownText(kr.source) +
                                            (kr.sourceVisible ? "" : " (not visible to us)")) +
                   " | " + score + " |\n";
        }
        out += "\n";
    }
    if (a.planScore) {
        const double score = roundHundredth(*a.planScore);
        const Band& band = bandOf(score);
        out += "**Plan score:** " + scoreText(score, 2) + " (" + band.range + " " + band.label +
               ")\n\n";
    }
}

void writeInitiatives(std::string& out, const Plan& plan, const Labels& labels) {
    if (plan.initiatives.empty()) return;
    out += "## Initiatives\n\n";
    for (const Initiative& in : plan.initiatives) {
        out += "- " + orDash(in.title);
        if (!in.owner.empty()) out += " — " + markdownText(in.owner);
        if (in.keyResults.empty()) {
            out += " · serves no key result yet\n";
            continue;
        }
        out += " · serves ";
        for (std::size_t i = 0; i < in.keyResults.size(); ++i) {
            const std::string label = labels.keyResult(in.keyResults[i].value);
            out +=
                (i == 0 ? "" : ", ") + markdownText(label.empty() ? in.keyResults[i].value : label);
        }
        out += "\n";
    }
    out += "\n";
}

void writeViolations(std::string& out, const Analysis& a, const Labels& labels) {
    out += "## Open findings\n\n";
    if (a.violations.empty()) {
        out += "None: the plan passes every check.\n\n";
        return;
    }
    out += plural(a.counts.errors, "error", "errors") + ", " +
           plural(a.counts.warnings, "warning", "warnings") + ".\n\n";
    for (const Violation& v : a.violations) {
        if (v.severity != Severity::Error && v.severity != Severity::Warning) continue;
        out += std::string("- **") + (v.severity == Severity::Error ? "Error" : "Warning") +
               "** · " + markdownText(labels.entity(v.target)) + ": " + markdownText(v.message) +
               "\n";
    }
    out += "\n";
}

void writeAdjustments(std::string& out, const Plan& plan, const Labels& labels) {
    if (plan.adjustments.empty()) return;
    out += "## Adjustment log\n\n";
    for (const Adjustment& adj : plan.adjustments) {
        const bool objective = adj.targetKind == TargetKind::Objective;
        const Target target{objective ? EntityKind::Objective : EntityKind::KeyResult, adj.targetId,
                            ""};
        out += "- " + adj.date.str() + " · **" + name(adj.action) + "** " +
               markdownText(labels.entity(target)) + " (" +
               (adj.cause == AdjustmentCause::External ? "external change" : "execution") +
               "): " + orDash(adj.reason);
        if (adj.originalTarget || adj.newTarget) {
            std::string unit;
            if (const KeyResult* kr = objective ? nullptr : labels.findKr(adj.targetId))
                unit = kr->unit;
            out += " Target " + markdownText(formatValue(adj.originalTarget, unit)) + " → " +
                   markdownText(formatValue(adj.newTarget, unit)) + ".";
        }
        out += "\n";
    }
    out += "\n";
}

std::string csvQuote(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

// An optional number: empty when absent.
std::string csvMaybe(const std::optional<double>& v) { return v ? okr::csvNumber(*v) : ""; }

// The check-ins of a KR, oldest first (file order among equal dates).
std::vector<const Checkin*> byDate(const KeyResult& kr) {
    std::vector<const Checkin*> out;
    out.reserve(kr.checkins.size());
    for (const Checkin& c : kr.checkins) out.push_back(&c);
    stableSort(out, [](const Checkin* x, const Checkin* y) { return x->date < y->date; });
    return out;
}

std::string confidence(const Checkin* c) {
    return c && c->confidence ? std::to_string(*c->confidence) : "";
}

}  // namespace

std::string rangeText(const KeyResult& kr, const KrScore* s) {
    switch (kr.kind) {
        case KrKind::Milestone:
            return std::string("milestone (") + (kr.done ? "done" : "not done") + ")";
        case KrKind::Baseline:
            return "establish the baseline";
        case KrKind::Maintain:
            return "stay in " + formatValue(kr.bandLow, kr.unit) + "–" +
                   formatValue(kr.bandHigh, kr.unit);
        case KrKind::Metric:
            break;
    }
    const auto baseline = s && s->baseline ? s->baseline : kr.baseline;
    const auto target = s && s->target ? s->target : kr.target;
    return formatValue(baseline, kr.unit) + " → " + formatValue(target, kr.unit);
}

std::string markdownText(std::string_view text) {
    // The last character that is neither '#' nor a space: '#'s after it would close a heading.
    std::size_t lastOther = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] != '#' && !isSpace(text[i])) lastOther = i;

    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += ' ';
                break;
            case '\n':
            case '\t':
                out += ' ';
                break;
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '|':
            case '~':
                out += '\\';
                out += c;
                break;
            case '#':
                if (lastOther == std::string_view::npos || i > lastOther) out += '\\';
                out += c;
                break;
            default: {
                const auto u = static_cast<unsigned char>(c);
                out += (u < 0x20 || u == 0x7f) ? ' ' : c;
            }
        }
    }
    const std::size_t first = out.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    out.erase(0, first);
    out.erase(out.find_last_not_of(' ') + 1);
    escapeLineStart(out);
    return out;
}

std::string markdownParagraphs(std::string_view text) {
    std::string out;
    bool blank = false;  // a blank line since the last text line
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        const std::string line = markdownText(text.substr(start, end - start));
        if (line.empty()) {
            blank = !out.empty();
        } else {
            if (!out.empty()) out += blank ? "\n\n" : "\n";
            out += line;
            blank = false;
        }
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() &&
            text[end + 1] == '\n')
            ++end;
        start = end + 1;
    }
    return out;
}

namespace {

// Whether a spreadsheet would start a formula at `i`: = + - @, or their full-width forms
// (＝ ＋ － ＠, which some spreadsheets fold to ASCII).
bool formulaAt(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    const char c = text[i];
    if (c == '=' || c == '+' || c == '-' || c == '@') return true;
    if (text.compare(i, 2, "\xEF\xBC") == 0 && i + 2 < text.size()) {
        const unsigned char d = static_cast<unsigned char>(text[i + 2]);
        return d == 0x9D || d == 0x8B || d == 0x8D;  // ＝ ＋ －
    }
    return text.compare(i, 3, "\xEF\xBC\xA0") == 0;  // ＠
}

std::size_t skipBlanks(std::string_view text, std::size_t i) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    return i;
}

}  // namespace

std::string csvText(std::string_view text) {
    // A cell a spreadsheet would run as a formula — also after leading blanks or a line break,
    // and after a ';' that a spreadsheet set to ';' separators splits on — gets an apostrophe
    // there; a NUL, which ends the text in many readers, is dropped.
    std::string safe;
    safe.reserve(text.size() + 2);
    const std::size_t first = skipBlanks(text, 0);
    const bool startsBlank = !text.empty() && (text[0] == '\t' || text[0] == '\r');
    if (formulaAt(text, first) || startsBlank) safe += '\'';
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\0') continue;
        safe += text[i];
        if (text[i] != ';') continue;
        const std::size_t next = skipBlanks(text, i + 1);
        if (!formulaAt(text, next)) continue;
        safe.append(text.substr(i + 1, next - i - 1));
        safe += '\'';
        i = next - 1;
    }
    return csvQuote(safe);
}

std::string csvNumber(double value) {
    if (!std::isfinite(value)) return "";
    if (value == 0) return "0";
    // nlohmann writes the shortest text that reads back to the same double, locale-free.
    std::string s = nlohmann::json(value).dump();
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string entityLabel(const Plan& plan, const Target& target) {
    return Labels(plan).entity(target);
}

std::string exportMarkdown(const Plan& plan, const Analysis& analysis, bool withFindings,
                           bool withInitiatives) {
    std::string out = "# " + titleOf(plan, "OKR plan") + "\n\n" + metaLine(plan) + "\n\n";
    const Labels labels(plan);
    writeStrategy(out, plan);
    writeNorthStar(out, plan, analysis);
    writeObjectives(out, plan, analysis, labels);
    if (withInitiatives) writeInitiatives(out, plan, labels);
    if (withFindings) writeViolations(out, analysis, labels);
    writeAdjustments(out, plan, labels);
    out.pop_back();  // one newline at the end, not a blank line
    return out;
}

namespace {

// A key result's standing as the tracking sheet's Status column says it.
const char* standingWord(Standing standing) {
    switch (standing) {
        case Standing::Paused:
            return "paused";
        case Standing::Retired:
            return "retired";
        case Standing::Active:
            break;
    }
    return "active";
}

}  // namespace

std::string exportCsv(const Plan& plan, const Analysis& analysis) {
    std::string out =
        "\xEF\xBB\xBF"
        "Objective,Key Result,Owner,Baseline,Target,Current,Confidence this week,"
        "Confidence last week,Blockers,Unit,Due,Driver,Objective ID,Key Result ID,Status\r\n";
    std::unordered_map<std::string_view, const Node*> nodes;
    for (const Node& n : plan.tree.nodes) nodes.emplace(n.id.value, &n);
    std::size_t k = 0;
    for (const Objective& obj : plan.objectives) {
        for (const KeyResult& kr : obj.keyResults) {
            const KrScore* s = k < analysis.krScores.size() && analysis.krScores[k].id == kr.id
                                   ? &analysis.krScores[k]
                                   : nullptr;
            ++k;
            std::string baseline, target, current;
            switch (kr.kind) {
                case KrKind::Milestone:
                    target = "done";
                    current = kr.done ? "done" : "not done";
                    break;
                case KrKind::Maintain:
                    baseline = csvMaybe(kr.baseline);
                    target = kr.bandLow && kr.bandHigh
                                 ? csvText(csvNumber(*kr.bandLow) + "–" + csvNumber(*kr.bandHigh))
                                 : csvMaybe(kr.target);
                    current = csvMaybe(currentValue(kr));
                    break;
                case KrKind::Metric:
                case KrKind::Baseline:
                    baseline = csvMaybe(s && s->baseline ? s->baseline : kr.baseline);
                    target = csvMaybe(s && s->target ? s->target : kr.target);
                    current = csvMaybe(currentValue(kr));
                    break;
            }
            const auto driverAt = nodes.find(kr.driver.value);
            const Node* driver = driverAt == nodes.end() ? nullptr : driverAt->second;
            const auto checkins = byDate(kr);
            const Checkin* last = checkins.empty() ? nullptr : checkins.back();
            const Checkin* before = checkins.size() < 2 ? nullptr : checkins[checkins.size() - 2];
            out += csvText(obj.title) + ',' + csvText(kr.title) + ',' + csvText(kr.owner) + ',' +
                   baseline + ',' + target + ',' + current + ',' + confidence(last) + ',' +
                   confidence(before) + ',' + csvText(last ? last->blockers : "") + ',' +
                   csvText(kr.unit) + ',' + (kr.due ? kr.due->str() : "") + ',' +
                   csvText(driver ? driver->name : "") + ',' + csvText(obj.id.value) + ',' +
                   csvText(kr.id.value) + ',' + standingWord(standingOf(plan, obj, kr)) + "\r\n";
        }
    }
    return out;
}

std::string exportLintReport(const Plan& plan, const Analysis& analysis) {
    const Labels labels(plan);
    std::string out = "# Plan check: " + titleOf(plan, "OKR plan") + "\n\n" + metaLine(plan) +
                      std::string(" · **Profile:** ") + name(analysis.profile) + "\n\n";
    const SeverityCounts& c = analysis.counts;
    out += "## Summary\n\n| Severity | Count |\n|---|---|\n";
    out += "| Errors | " + std::to_string(c.errors) + " |\n";
    out += "| Warnings | " + std::to_string(c.warnings) + " |\n";
    out += "| Infos | " + std::to_string(c.infos) + " |\n";
    out += "| **Total** | **" + std::to_string(c.total()) + "** |\n\n";
    if (analysis.violations.empty()) {
        out += std::string("The plan passes every rule of the ") + name(analysis.profile) +
               " profile.\n";
        return out;
    }
    out +=
        "Fix errors before the plan is used; warnings are worth fixing before the quarter starts; "
        "infos are suggestions. Each entry names the rule, what it points at, what is wrong, "
        "what to do and the seed document the rule comes from.\n\n";
    int number = 0;
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        int inGroup = 0;
        for (const Violation& v : analysis.violations) inGroup += v.severity == s ? 1 : 0;
        if (inGroup == 0) continue;
        out += std::string("## ") + severityHeading(s) + " (" + std::to_string(inGroup) + ")\n\n";
        for (const Violation& v : analysis.violations) {
            if (v.severity != s) continue;
            const RuleInfo& rule = ruleInfo(v.rule);
            out += "### " + std::to_string(++number) + ". " + rule.id + ": " +
                   markdownText(rule.title) + "\n\n";
            out += "- **Where:** " + markdownText(labels.entity(v.target)) + "\n";
            out += "- **Problem:** " + orDash(v.message) + "\n";
            out += "- **Fix:** " + orDash(v.fix) + "\n";
            out += "- **Source:** " + markdownText(rule.source) + "\n\n";
        }
    }
    out.pop_back();
    return out;
}

std::optional<ExportFormat> parseExportFormat(std::string_view name) {
    if (name == "md") return ExportFormat::Markdown;
    if (name == "csv") return ExportFormat::Csv;
    if (name == "report") return ExportFormat::LintReport;
    return std::nullopt;
}

const char* fileExtension(ExportFormat format) {
    return format == ExportFormat::Csv ? "csv" : "md";
}

const char* mimeType(ExportFormat format) {
    return format == ExportFormat::Csv ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8";
}

std::string exportAs(ExportFormat format, const Plan& plan, const Analysis& analysis) {
    switch (format) {
        case ExportFormat::Markdown:
            return exportMarkdown(plan, analysis);
        case ExportFormat::MarkdownWithFindings:
            return exportMarkdown(plan, analysis, true);
        case ExportFormat::MarkdownWithInitiatives:
            return exportMarkdown(plan, analysis, false, true);
        case ExportFormat::Csv:
            return exportCsv(plan, analysis);
        case ExportFormat::LintReport:
            return exportLintReport(plan, analysis);
    }
    return {};
}

}  // namespace okr
