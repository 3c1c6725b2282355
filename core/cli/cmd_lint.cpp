// `okr lint FILE [--profile P] [--format text|json] [--today YYYY-MM-DD]`: runs every rule of the
// catalog on a plan file and prints the violations, for people (text) or tools (JSON). Exit 0 when
// no violation is an error, 1 when one is, 2 when the file cannot be read or loaded.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/analysis.h"
#include "cli.h"
#include "io/format.h"

namespace {

const char* const kHelp =
    "usage: okr lint FILE [--profile agency|startup|teams] [--format text|json]\n"
    "                     [--today YYYY-MM-DD]\n\n"
    "Checks FILE against the method's rule catalog (`okr rules` lists it) with the plan's own\n"
    "profile and rule settings, or the given profile. --today dates the look at the plan for\n"
    "KR-STALE (default: the plan's latest check-in).\n\n"
    "text: findings grouped by objective (the plan, each objective with its key results, the\n"
    "      initiatives and themes, the tree), one block per rule: `SEVERITY RULE PATH`, the\n"
    "      message (and how many more of the same rule in the group), the fix and a rewrite.\n"
    "json: {\"violations\":[{\"rule\",\"severity\",\"target\":{\"kind\",\"id\",\"path\"},\n"
    "       \"message\",\"fix\",\"source\"}],\"summary\":{\"errors\",\"warnings\",\"infos\",\n"
    "       \"total\",\"profile\"}}\n\n"
    "exit codes: 0 no error-level violation, 1 at least one, 2 unreadable or invalid file,\n"
    "64 usage error\n";

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string counted(const okr::SeverityCounts& c) {
    return plural(c.errors, "error", "errors") + ", " + plural(c.warnings, "warning", "warnings") +
           ", " + plural(c.infos, "info", "infos");
}

// The heading a finding is listed under: the plan, one objective (with its key results), the
// initiatives and themes, or the tree.
std::string groupOf(const okr::Plan& plan, const okr::Violation& v) {
    const std::string& path = v.target.path;
    if (path.rfind("/objectives/", 0) == 0) {
        const std::size_t n = std::strtoul(path.c_str() + 12, nullptr, 10);
        if (path.size() > 12 && path[12] >= '0' && path[12] <= '9' && n < plan.objectives.size()) {
            const std::string& title = plan.objectives[n].title;
            return "O" + std::to_string(n + 1) + " " + (title.empty() ? "(untitled)" : title);
        }
    }
    if (path.rfind("/tree", 0) == 0) return "Driver tree";
    if (path.rfind("/initiatives", 0) == 0 || path.rfind("/strategy", 0) == 0)
        return "Initiatives and themes";
    return "Plan";
}

// Text for people: findings grouped under their objective, one line per rule in each group
// (the first finding's words, and how many more of the same), its fix and any rewrite.
void printGrouped(const okr::Plan& plan, const okr::Analysis& a) {
    std::vector<std::string> groups;
    std::map<std::string, std::vector<const okr::Violation*>> byGroup;
    for (const okr::Violation& v : a.violations) {
        const std::string g = groupOf(plan, v);
        if (!byGroup.count(g)) groups.push_back(g);
        byGroup[g].push_back(&v);
    }
    for (const std::string& g : groups) {
        std::printf("%s\n", okr::cli::printable(g).c_str());
        std::vector<okr::RuleId> rules;
        std::map<okr::RuleId, std::vector<const okr::Violation*>> byRule;
        for (const okr::Violation* v : byGroup[g]) {
            if (!byRule.count(v->rule)) rules.push_back(v->rule);
            byRule[v->rule].push_back(v);
        }
        for (const okr::RuleId r : rules) {
            const auto& list = byRule[r];
            const okr::Violation& first = *list.front();
            std::string more;
            if (list.size() > 1)
                more = " (and " + std::to_string(list.size() - 1) + " more like it)";
            std::printf("  %-7s %s %s\n    %s%s\n    fix: %s\n", okr::name(first.severity),
                        first.ruleId(), first.target.path.empty() ? "/" : first.target.path.c_str(),
                        okr::cli::printable(first.message).c_str(), more.c_str(),
                        okr::cli::printable(first.fix).c_str());
            if (!first.rewrite.empty())
                std::printf("    rewrite: %s\n", okr::cli::printable(first.rewrite).c_str());
        }
        std::printf("\n");
    }
}

int usage() {
    std::fputs(kHelp, stderr);
    return 64;
}

int run(const okr::cli::Args& args) {
    std::string file, format = "text";
    okr::AnalyzeOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if ((a == "--profile" || a == "--format" || a == "--today") && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (a == "--format") {
                if (v != "text" && v != "json") return usage();
                format = v;
            } else if (a == "--profile") {
                const auto p = okr::parseEnum<okr::Profile>(v);
                if (!p) return usage();
                options.profile = p;
            } else {
                const auto d = okr::Date::parse(v);
                if (!d) return usage();
                options.today = d;
            }
        } else if (!a.empty() && a[0] != '-' && file.empty()) {
            file = a;
        } else {
            return usage();
        }
    }
    if (file.empty()) return usage();

    okr::Plan plan;
    if (!okr::cli::loadPlanFile(file, plan)) return 2;
    const okr::Analysis a = okr::analyze(plan, options);

    if (format == "json") {
        nlohmann::ordered_json out;
        auto& list = out["violations"] = nlohmann::ordered_json::array();
        for (const okr::Violation& v : a.violations) {
            nlohmann::ordered_json j;
            j["rule"] = v.ruleId();
            j["severity"] = okr::name(v.severity);
            j["target"] = {
                {"kind", okr::name(v.target.kind)}, {"id", v.target.id}, {"path", v.target.path}};
            j["message"] = v.message;
            j["fix"] = v.fix;
            j["source"] = v.source();
            if (!v.rewrite.empty()) j["rewrite"] = v.rewrite;
            list.push_back(std::move(j));
        }
        out["summary"] = {{"errors", a.counts.errors},
                          {"warnings", a.counts.warnings},
                          {"infos", a.counts.infos},
                          {"total", a.counts.total()},
                          {"profile", okr::name(a.profile)}};
        std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        printGrouped(plan, a);
        std::printf("%s: %s (profile %s)\n", file.c_str(), counted(a.counts).c_str(),
                    okr::name(a.profile));
    }
    return a.hasErrors() ? 1 : 0;
}

const bool registered = okr::cli::registerCommand(
    {"lint", "lint FILE [--profile P] [--format F]",
     "check a plan against the method's rules; exit 1 on an error-level violation", run});

}  // namespace
