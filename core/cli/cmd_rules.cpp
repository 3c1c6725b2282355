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
    "switches a rule off, in its `rules.overrides`.\n";

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
    if (format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const okr::RuleInfo& r : catalog)
            out.push_back({{"id", r.id},
                           {"title", r.title},
                           {"description", r.description},
                           {"target", okr::name(r.target)},
                           {"agency", okr::name(r.agency)},
                           {"startup", okr::name(r.startup)},
                           {"teams", okr::name(r.teams)},
                           {"source", r.source}});
        std::puts(out.dump(2).c_str());
    } else if (format == "markdown") {
        std::puts("| Rule | Checks | agency | startup | teams | Source |");
        std::puts("| --- | --- | --- | --- | --- | --- |");
        for (const okr::RuleInfo& r : catalog)
            std::printf("| `%s` | **%s.** %s | %s | %s | %s | %s |\n", r.id, cell(r.title).c_str(),
                        cell(r.description).c_str(), okr::name(r.agency), okr::name(r.startup),
                        okr::name(r.teams), cell(r.source).c_str());
    } else {
        for (const okr::RuleInfo& r : catalog)
            std::printf("%-25s %s\n  %s\n  agency %s, startup %s, teams %s; %s (%s)\n\n", r.id,
                        r.title, r.description, okr::name(r.agency), okr::name(r.startup),
                        okr::name(r.teams), okr::name(r.target), r.source);
        std::printf("%zu rules\n", catalog.size());
    }
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"rules", "rules [--format text|markdown|json]", "print the rule catalog", run});

}  // namespace
