// `okr import FILE [--from csv|tsv|text] [--title TITLE] [--today YYYY-MM-DD]`: objectives and
// key results from a spreadsheet's rows or a written list, as a new plan on standard output.
#include <cstdio>
#include <string>

#include "cli.h"
#include "io/format.h"
#include "io/import.h"

namespace {

const char* const kHelp =
    "usage: okr import FILE [--from csv|tsv|text] [--title TITLE] [--today YYYY-MM-DD] > "
    "plan.json\n"
    "\n"
    "Reads objectives and key results from a spreadsheet saved as CSV or TSV (columns recognised "
    "by\n"
    "their names: Objective, Key result, Owner, Baseline, Target, Current, Confidence, Due, Unit,\n"
    "Notes…; our own CSV export imports back), or from a plain-text or Markdown list ('O1: …',\n"
    "'Objective: …', key results as '- …' or '1. …' under it; our Markdown one-pager imports\n"
    "back), and writes them as a new plan to standard output. The format follows the file's name\n"
    "unless --from says it. --today sets the plan's quarter and dates the check-ins that\n"
    "Confidence and Blockers columns make (none without it). Every problem is printed as\n"
    "FILE:ROW:COLUMN: message (a list's line as ROW).\n"
    "\n"
    "exit codes: 0 written, 2 unreadable or nothing to import, 64 usage error\n";

void report(const std::string& file, const okr::ImportProblem& p) {
    std::fprintf(stderr, "%s:%zu:%zu: %s\n", file.c_str(), p.row, p.column,
                 okr::cli::printable(p.message).c_str());
}

int run(const okr::cli::Args& args) {
    std::string file, from, title;
    std::optional<okr::Date> today;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if ((a == "--from" || a == "--title" || a == "--today") && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (a == "--from") from = v;
            if (a == "--title") title = v;
            if (a == "--today") {
                today = okr::Date::parse(v);
                if (!today) {
                    std::fprintf(stderr, "okr: --today wants a date as YYYY-MM-DD, not '%s'\n",
                                 okr::cli::printable(v).c_str());
                    return 64;
                }
            }
        } else if (file.empty() && (a.empty() || a[0] != '-')) {
            file = a;
        } else {
            std::fputs(kHelp, stderr);
            return 64;
        }
    }
    if (file.empty() || !(from.empty() || from == "csv" || from == "tsv" || from == "text" ||
                          from == "md" || from == "txt")) {
        std::fputs(kHelp, stderr);
        return 64;
    }
    std::string text;
    if (!okr::cli::readFile(file, text)) return 2;
    const bool table =
        from.empty() ? okr::looksLikeTable(text, file) : from == "csv" || from == "tsv";
    okr::ImportResult result;
    if (table) {
        okr::ImportTable rows;
        okr::ImportProblem problem;
        if (!okr::readImportTable(text, rows, problem)) {
            report(file, problem);
            return 2;
        }
        result = okr::importTable(rows, today);
    } else {
        result = okr::importText(text);
    }
    for (const okr::ImportProblem& p : result.problems) report(file, p);
    if (result.objectives.empty()) return 2;
    const std::string json = okr::savePlan(okr::importedPlan(result, title, today));
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fprintf(stderr, "%s: %zu objective%s, %zu key result%s\n", file.c_str(),
                 result.objectives.size(), result.objectives.size() == 1 ? "" : "s",
                 result.keyResults, result.keyResults == 1 ? "" : "s");
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"import", "import FILE [--from csv|tsv|text]",
     "objectives and key results from a spreadsheet or a list, as a new plan", run});

}  // namespace
