// `okr rules [--format text|markdown|json]`: prints the rule catalog — every rule's ID, what it
// checks, its default severity in each profile and the seed it comes from. `--format markdown`
// produces the README's rule table.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/rules.h"
#include "cli.h"

namespace {

const char* const kHelp =
    "usage: okr rules [--format text|markdown|json]\n\n"
    "Prints the rule catalog: ID, title, what the rule checks, default severity per profile\n"
    "(agency / startup / teams) and the source seed (S0-S4). A plan overrides a severity, or\n"
    "switches a rule off, in its `rules.overrides`. Then the thresholds the rules compare\n"
    "against: each one's default per profile, whether a seed gives it or it is a product\n"
    "default (ours), why, and the key under `rules.thresholds` that changes it in a plan.\n";

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string defaults(const okr::ThresholdInfo& t) {
    if (t.agency == t.startup && t.startup == t.teams) return number(t.startup);
    return "agency " + number(t.agency) + ", startup " + number(t.startup) + ", teams " +
           number(t.teams);
}

// The profiles in which a threshold's default is ours, not a seed's.
nlohmann::json oursIn(const okr::ThresholdInfo& t) {
    nlohmann::json out = nlohmann::json::array();
    for (const okr::Profile p : {okr::Profile::Agency, okr::Profile::Startup, okr::Profile::Teams})
        if (okr::productDefault(t, p)) out.push_back(okr::name(p));
    return out;
}

bool allOurs(const okr::ThresholdInfo& t) {
    return okr::productDefault(t, okr::Profile::Agency) &&
           okr::productDefault(t, okr::Profile::Startup) &&
           okr::productDefault(t, okr::Profile::Teams);
}

std::string cell(const char* text) {
    std::string out;
    for (const char* p = text; *p; ++p) out += *p == '|' ? std::string("\\|") : std::string(1, *p);
    return out;
}

int run(const okr::cli::Args& args) {
    std::string format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (args[i] == "--format" && i + 1 < args.size() &&
            (args[i + 1] == "text" || args[i + 1] == "markdown" || args[i + 1] == "json")) {
            format = args[++i];
            continue;
        }
        std::fputs(kHelp, stderr);
        return 64;
    }
    const auto& catalog = okr::ruleCatalog();
    const auto& thresholds = okr::thresholdCatalog();
    if (format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        out["rules"] = nlohmann::ordered_json::array();
        for (const okr::RuleInfo& r : catalog)
            out["rules"].push_back({{"id", r.id},
                                    {"title", r.title},
                                    {"description", r.description},
                                    {"target", okr::name(r.target)},
                                    {"agency", okr::name(r.agency)},
                                    {"startup", okr::name(r.startup)},
                                    {"teams", okr::name(r.teams)},
                                    {"source", r.source}});
        out["thresholds"] = nlohmann::ordered_json::array();
        for (const okr::ThresholdInfo& t : thresholds)
            out["thresholds"].push_back({{"key", t.key},
                                         {"planKey", std::string("rules.thresholds.") + t.key},
                                         {"rules", okr::thresholdNotes(t.threshold).rules},
                                         {"unit", okr::thresholdNotes(t.threshold).unit},
                                         {"agency", t.agency},
                                         {"startup", t.startup},
                                         {"teams", t.teams},
                                         {"min", t.min},
                                         {"max", t.max},
                                         {"productDefault", okr::productDefault(t)},
                                         {"productDefaultIn", oursIn(t)},
                                         {"origin", okr::thresholdNotes(t.threshold).origin},
                                         {"reason", okr::thresholdNotes(t.threshold).reason}});
        std::puts(out.dump(2).c_str());
    } else if (format == "markdown") {
        std::puts("| Rule | Checks | agency | startup | teams | Source |");
        std::puts("| --- | --- | --- | --- | --- | --- |");
        for (const okr::RuleInfo& r : catalog)
            std::printf("| `%s` | **%s.** %s | %s | %s | %s | %s |\n", r.id, cell(r.title).c_str(),
                        cell(r.description).c_str(), okr::name(r.agency), okr::name(r.startup),
                        okr::name(r.teams), cell(r.source).c_str());
        std::puts("");
        std::puts("| Threshold (`rules.thresholds.…`) | Rules | Default | Origin | Why |");
        std::puts("| --- | --- | --- | --- | --- |");
        for (const okr::ThresholdInfo& t : thresholds)
            std::printf("| `%s` (%s) | %s | %s | %s | %s |\n", t.key,
                        cell(okr::thresholdNotes(t.threshold).unit).c_str(),
                        cell(okr::thresholdNotes(t.threshold).rules).c_str(), defaults(t).c_str(),
                        allOurs(t) ? "**product default**"
                                   : cell(okr::thresholdNotes(t.threshold).origin).c_str(),
                        cell(okr::thresholdNotes(t.threshold).reason).c_str());
    } else {
        for (const okr::RuleInfo& r : catalog)
            std::printf("%-25s %s\n  %s\n  agency %s, startup %s, teams %s; %s (%s)\n\n", r.id,
                        r.title, r.description, okr::name(r.agency), okr::name(r.startup),
                        okr::name(r.teams), okr::name(r.target), r.source);
        std::printf("%zu rules\n\nThresholds (a plan sets them in rules.thresholds):\n\n",
                    catalog.size());
        for (const okr::ThresholdInfo& t : thresholds)
            std::printf("%-20s %s (%s)\n  %s; %s%s\n  %s\n\n", t.key, defaults(t).c_str(),
                        okr::thresholdNotes(t.threshold).unit,
                        okr::thresholdNotes(t.threshold).rules,
                        allOurs(t)               ? "PRODUCT DEFAULT"
                        : okr::productDefault(t) ? "PRODUCT DEFAULT in part: "
                                                 : "",
                        allOurs(t) ? "" : okr::thresholdNotes(t.threshold).origin,
                        okr::thresholdNotes(t.threshold).reason);
    }
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"rules", "rules [--format text|markdown|json]", "print the rule catalog", run});

}  // namespace
