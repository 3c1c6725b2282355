// `okr merge BASE OURS THEIRS [-o OUT]`: the three-way merge of two drafts of a plan against the
// one both started from (compare/merge.h). Writes the merged plan to OUT (or standard output) and
// lists the conflicts, each settled for ours so nothing is lost. Exit 0 merged cleanly, 1 merged
// with conflicts listed, 2 a file cannot be read or loaded or OUT cannot be written.
#include <cstdio>
#include <string>

#include "cli.h"
#include "compare/merge.h"
#include "io/format.h"
#include "model/plan.h"

namespace {

const char* const kHelp =
    "usage: okr merge BASE OURS THEIRS [-o OUT]\n\n"
    "Merges two drafts of a plan (OURS, THEIRS) made from the same plan (BASE): every change\n"
    "either draft made is applied, field by field; entities are matched by ID. Where both\n"
    "changed the same field differently, or one removed what the other changed, ours is kept\n"
    "(a changed entity is kept rather than removed) and the conflict is listed. Entities both\n"
    "drafts added under the same ID are both kept, theirs under a new ID. A reference left\n"
    "pointing at something removed is cleared and listed. The merged plan goes to OUT (or\n"
    "standard output, the list then to standard error).\n\n"
    "exit codes: 0 merged without conflicts, 1 merged with conflicts (listed), 2 unreadable or\n"
    "invalid file, or OUT cannot be written, 64 usage error\n";

int usage() {
    std::fputs(kHelp, stderr);
    return 64;
}

int run(const okr::cli::Args& args) {
    std::string files[3], out;
    int given = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if ((a == "-o" || a == "--output") && i + 1 < args.size() && out.empty()) {
            out = args[++i];
        } else if (!a.empty() && a[0] != '-' && given < 3) {
            files[given++] = a;
        } else {
            return usage();
        }
    }
    if (given != 3 || (!out.empty() && out[0] == '-')) return usage();

    okr::Plan base, ours, theirs;
    if (!okr::cli::loadPlanFile(files[0], base) || !okr::cli::loadPlanFile(files[1], ours) ||
        !okr::cli::loadPlanFile(files[2], theirs))
        return 2;
    const okr::MergeResult merged = okr::mergePlans(base, ours, theirs);
    const std::string bytes = okr::savePlan(merged.plan);
    FILE* report = stdout;
    if (out.empty()) {
        std::fputs(bytes.c_str(), stdout);
        report = stderr;
    } else if (!okr::cli::replaceFile(out, bytes)) {
        return 2;
    }
    const std::string text = okr::mergeText(merged);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::fprintf(report, "%s\n", okr::cli::printable(text.substr(start, end - start)).c_str());
        start = end + 1;
    }
    return merged.conflicts.empty() ? 0 : 1;
}

const bool registered = okr::cli::registerCommand(
    {"merge", "merge BASE OURS THEIRS [-o OUT]",
     "merge two drafts of a plan against the one both started from; exit 1 with conflicts", run});

}  // namespace
