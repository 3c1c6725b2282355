// `okr export FILE --to md|csv|report|svg [-o OUT]`: writes a plan as the Markdown one-pager, S4's
// tracking sheet as CSV, the lint report as Markdown (core/export/export.h) or its driver tree as
// SVG (core/export/tree_svg.h), to standard output or to OUT. Exit 0 written, 2 when FILE cannot be
// read or is not a valid plan (or OUT cannot be written), 64 usage error (OUT is FILE included).
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

#include "analysis/analysis.h"
#include "cli.h"
#include "export/export.h"
#include "export/tree_svg.h"
#include "io/format.h"

namespace {

const char* const kHelp =
    "usage: okr export FILE --to md|csv|report|svg [--with-findings | --with-initiatives]\n"
    "                  [-o OUT]\n\n"
    "Writes FILE in a form to hand on, to standard output (no -o, or -o -) or to OUT, which\n"
    "is replaced whole or not at all and may not be FILE itself:\n"
    "  md      a Markdown one-pager: strategy, North Star and drivers, guardrails, each\n"
    "          objective with a table of its key results (baseline -> target, owner, due,\n"
    "          data source, score) and the adjustment log; with --with-findings also the\n"
    "          open errors and warnings, in words; with --with-initiatives the initiatives\n"
    "          (tactics are not part of the OKR document, S0)\n"
    "  csv     S4's weekly tracking sheet, one row per key result: Objective, Key Result,\n"
    "          Owner, Baseline, Target, Current, Confidence this week, Confidence last week,\n"
    "          Blockers, then Unit, Due, Driver, Objective ID, Key Result ID, Status (active,\n"
    "          paused or retired by a review) (RFC 4180, CRLF,\n"
    "          UTF-8 with a byte-order mark; text that a spreadsheet would run as a formula\n"
    "          starts with an apostrophe)\n"
    "  report  the lint report as Markdown, a deliverable for the client: counts by severity,\n"
    "          then each violation with its rule, what it points at, the fix and the source\n"
    "  svg     the driver tree as a picture for slides: cards with kind, name and value,\n"
    "          links with their relation (+, x, ÷, ~ influence)\n\n"
    "Plan text is always shown as text: HTML and Markdown characters are escaped.\n"
    "Rules run with the plan's own profile and settings, as `okr lint FILE` does.\n\n"
    "exit codes: 0 written, 2 FILE unreadable or invalid (each problem printed as\n"
    "`PATH: MESSAGE`) or OUT not writable, 64 usage error (OUT is FILE included)\n";

int usage() {
    std::fputs(kHelp, stderr);
    return 64;
}

int run(const okr::cli::Args& args) {
    std::string file, out;
    std::optional<okr::ExportFormat> format;
    bool svg = false;
    bool hasOut = false;
    bool findings = false;
    bool initiatives = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (a == "--to" && i + 1 < args.size() && !format && !svg) {
            svg = args[i + 1] == "svg";
            format = okr::parseExportFormat(args[++i]);
            if (!format && !svg) return usage();
        } else if (a == "--with-findings" && !findings) {
            findings = true;
        } else if (a == "--with-initiatives" && !initiatives) {
            initiatives = true;
        } else if ((a == "-o" || a == "--output") && i + 1 < args.size() && !hasOut) {
            out = args[++i];
            hasOut = true;
            if (out.empty()) return usage();
        } else if (!a.empty() && a[0] != '-' && file.empty()) {
            file = a;
        } else {
            return usage();
        }
    }
    if (file.empty() || (!format && !svg)) return usage();
    if (findings || initiatives) {
        if (format != okr::ExportFormat::Markdown || (findings && initiatives)) return usage();
        format = findings ? okr::ExportFormat::MarkdownWithFindings
                          : okr::ExportFormat::MarkdownWithInitiatives;
    }

    if (hasOut && out != "-" && okr::cli::sameFile(file, out)) {
        std::fprintf(stderr, "okr: %s is the plan itself; choose another file for the export\n",
                     out.c_str());
        return 64;
    }
    okr::Plan plan;
    if (!okr::cli::loadPlanFile(file, plan)) return 2;
    const std::string text =
        svg ? okr::treeSvg(plan) : okr::exportAs(*format, plan, okr::analyze(plan));

    if (!hasOut || out == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 2;
    }
    return okr::cli::replaceFile(out, text) ? 0 : 2;
}

const bool registered = okr::cli::registerCommand(
    {"export", "export FILE --to md|csv|report|svg [--with-findings] [-o OUT]",
     "write a plan as a Markdown one-pager, S4's tracking sheet (CSV), the lint report or its "
     "driver tree (SVG)",
     run});

}  // namespace
