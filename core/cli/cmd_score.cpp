// `okr score FILE`: prints the score table of a plan — each key result's baseline → target,
// current value, computed score and grade (overrides marked, with their reason), each objective's
// mean with its S4 band and the committed / aspirational reading, and the plan score.
#include <cstdio>
#include <string>

#include "analysis/analysis.h"
#include "cli.h"
#include "io/format.h"
#include "model/value_text.h"
#include "rhythm/rhythm.h"

namespace {

const char* const kHelp =
    "usage: okr score FILE\n\n"
    "Scores every key result (metric: progress from baseline to target, clamped to 0..1;\n"
    "maintain: 1 inside its band; milestone: 1 when done; baseline: 1 once a value is recorded),\n"
    "grades it to one decimal (a person's override replaces the grade, both are shown), and\n"
    "averages grades per objective and objective scores for the plan (S4).\n\n"
    "exit codes: 0 printed, 2 unreadable or invalid file, 64 usage error\n";

// `text` cut or padded to `width` characters (UTF-8 aware).
std::string fit(const std::string& raw, std::size_t width) {
    const std::string text = okr::cli::printable(raw);
    std::string out;
    std::size_t chars = 0, i = 0;
    while (i < text.size() && chars < width) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        if (i + len > text.size()) break;
        if (chars + 1 == width && i + len < text.size()) {
            out += "…";
            ++chars;
            i = text.size();
            break;
        }
        out.append(text, i, len);
        i += len;
        ++chars;
    }
    for (; chars < width; ++chars) out += ' ';
    return out;
}

std::string number(const std::optional<double>& v, int decimals) {
    if (!v) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    return buf;
}

int run(const okr::cli::Args& args) {
    if (const std::optional<int> code = okr::cli::oneFileArgument(args, kHelp)) return *code;
    std::string bytes;
    if (!okr::cli::readFile(args[0], bytes)) return 2;
    const okr::LoadResult loaded = okr::loadPlan(bytes);
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems)
            std::fprintf(stderr, "%s: %s\n",
                         okr::cli::printable(p.path.empty() ? "/" : p.path).c_str(),
                         okr::cli::printable(p.message).c_str());
        return 2;
    }
    const okr::Plan& plan = *loaded.plan;
    const okr::Analysis a = okr::analyze(plan);

    std::printf("%s — scores\n%s\n\n",
                okr::cli::printable(plan.meta.title.empty() ? args[0] : plan.meta.title).c_str(),
                okr::kScoresAreForLearning);
    std::printf("%s %s %s %s %s\n", fit("Objective / key result", 46).c_str(),
                fit("baseline → target", 20).c_str(), fit("current", 10).c_str(),
                fit("score", 6).c_str(), "grade");
    std::size_t k = 0;
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const okr::Objective& obj = plan.objectives[o];
        const okr::ObjectiveScore& os = a.objectiveScores[o];
        std::printf("%s %s", fit(obj.title, 46).c_str(), fit(okr::name(obj.style), 38).c_str());
        if (os.score) {
            const okr::Band& band = okr::bandOf(*os.score);
            std::printf("%s  %s %s\n", number(okr::roundHundredth(*os.score), 2).c_str(),
                        band.range, band.label);
            std::printf("    %s\n", okr::readScore(obj.style, *os.score).text);
        } else {
            std::printf("—  not scored yet\n");
        }
        for (std::size_t i = 0; i < obj.keyResults.size(); ++i, ++k) {
            const okr::KeyResult& kr = obj.keyResults[i];
            const okr::KrScore& s = a.krScores[k];
            std::string range;
            if (kr.kind == okr::KrKind::Milestone)
                range = "milestone";
            else if (kr.kind == okr::KrKind::Baseline)
                range = "establish baseline";
            else if (kr.kind == okr::KrKind::Maintain)
                range = "stay in " + okr::formatValue(kr.bandLow, kr.unit) + "–" +
                        okr::formatValue(kr.bandHigh, kr.unit);
            else
                range = okr::formatValue(s.baseline, kr.unit) + " → " +
                        okr::formatValue(s.target, kr.unit);
            std::string current = kr.kind == okr::KrKind::Milestone
                                      ? (kr.done ? "done" : "not done")
                                      : okr::formatValue(s.current, kr.unit);
            // Retired or paused by a review: said, not left as a bare dash.
            const bool retired = s.status == okr::ScoreStatus::Retired;
            std::printf("  %s %s %s %s %s%s%s\n", fit(kr.title, 44).c_str(), fit(range, 20).c_str(),
                        fit(current, 10).c_str(), fit(number(s.computed, 2), 6).c_str(),
                        retired ? "retired" : number(s.grade, s.overridden ? 2 : 1).c_str(),
                        s.overridden ? "*" : "", s.paused ? "  (paused)" : "");
            // S4: the score expected when it was written, where the plan says one.
            if (kr.expectedScore && s.grade) {
                const okr::Expectation e = okr::expectationOf(kr, okr::styleOf(obj, kr));
                const int vs = okr::againstExpectation(e, *s.grade);
                std::printf("      expected %s when written: graded %s\n", number(e.low, 1).c_str(),
                            vs < 0   ? "below"
                            : vs > 0 ? "above"
                                     : "as expected");
            }
            if (s.overridden)
                std::printf("      * set in the scoring session (computed %s): %s\n",
                            number(s.computed, 2).c_str(),
                            kr.scoreOverride.reason.empty()
                                ? "no reason given"
                                : okr::cli::printable(kr.scoreOverride.reason).c_str());
        }
        std::printf("\n");
    }
    if (a.planScore) {
        const okr::Band& band = okr::bandOf(*a.planScore);
        std::printf("Plan score %s — %s %s: %s\n",
                    number(okr::roundHundredth(*a.planScore), 2).c_str(), band.range, band.label,
                    band.response);
    } else {
        std::printf("Plan score — (nothing measured yet)\n");
    }
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"score", "score FILE", "print the score table: key results, objectives, plan", run});

}  // namespace
