// `okr lint FILE [--profile P] [--format text|json] [--today YYYY-MM-DD]`: runs every rule of the
// catalog on a plan file and prints the violations, for people (text) or tools (JSON). Exit 0 when
// no violation is an error, 1 when one is, 2 when the file cannot be read or loaded.
#include <cstdio>
#include <string>

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
    "text: one violation per block, `SEVERITY RULE PATH` then the message and the fix.\n"
    "json: {\"violations\":[{\"rule\",\"severity\",\"target\":{\"kind\",\"id\",\"path\"},\n"
    "       \"message\",\"fix\",\"source\"}],\"summary\":{\"errors\",\"warnings\",\"infos\",\n"
    "       \"total\",\"profile\"}}\n\n"
    "exit codes: 0 no error-level violation, 1 at least one, 2 unreadable or invalid file,\n"
    "64 usage error\n";

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
            list.push_back(std::move(j));
        }
        out["summary"] = {{"errors", a.counts.errors},
                          {"warnings", a.counts.warnings},
                          {"infos", a.counts.infos},
                          {"total", a.counts.total()},
                          {"profile", okr::name(a.profile)}};
        std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        for (const okr::Violation& v : a.violations) {
            std::printf("%-7s %s %s\n  %s\n  fix: %s\n\n", okr::name(v.severity), v.ruleId(),
                        v.target.path.empty() ? "/" : v.target.path.c_str(), v.message.c_str(),
                        v.fix.c_str());
        }
        std::printf("%s: %d error%s, %d warning%s, %d info%s (profile %s)\n", file.c_str(),
                    a.counts.errors, a.counts.errors == 1 ? "" : "s", a.counts.warnings,
                    a.counts.warnings == 1 ? "" : "s", a.counts.infos,
                    a.counts.infos == 1 ? "" : "s", okr::name(a.profile));
    }
    return a.hasErrors() ? 1 : 0;
}

const bool registered = okr::cli::registerCommand(
    {"lint", "lint FILE [--profile P] [--format F]",
     "check a plan against the method's rules; exit 1 on an error-level violation", run});

}  // namespace
