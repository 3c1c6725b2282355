// `okr fmt FILE`: rewrites a plan file in the canonical form savePlan writes (stable key order,
// 2-space indent), so drafts diff well. `--check` only reports whether the file is canonical.
#include <cstdio>

#include "cli.h"
#include "io/format.h"

namespace {

const char* const kHelp =
    "usage: okr fmt [--check] FILE\n\n"
    "Rewrites FILE in place in the canonical form of format version 1: fixed key order, 2-space\n"
    "indent, absent values left out, unknown keys kept (sorted, after the known ones).\n"
    "An invalid file is left untouched and its problems are printed as `path: message`.\n\n"
    "  --check   do not write; exit 1 if FILE is not already canonical\n\n"
    "exit codes: 0 formatted (or already canonical), 1 not canonical (--check),\n"
    "            2 unreadable or invalid, 64 usage error\n";

int run(const okr::cli::Args& args) {
    bool check = false;
    std::string path;
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (a == "--check") {
            check = true;
        } else if (!a.empty() && a[0] != '-' && path.empty()) {
            path = a;
        } else {
            std::fputs(kHelp, stderr);
            return 64;
        }
    }
    if (path.empty()) {
        std::fputs(kHelp, stderr);
        return 64;
    }
    std::string bytes;
    if (!okr::cli::readFile(path, bytes)) return 2;
    const okr::LoadResult result = okr::loadPlan(bytes);
    if (!result.ok()) {
        for (const auto& p : result.problems)
            std::fprintf(stderr, "%s: %s%s\n", p.path.empty() ? "/" : p.path.c_str(),
                         p.warning ? "warning: " : "", p.message.c_str());
        return 2;
    }
    const std::string canonical = okr::savePlan(*result.plan);
    if (canonical == bytes) return 0;
    if (check) {
        std::printf("%s: not in canonical form (run `okr fmt %s`)\n", path.c_str(), path.c_str());
        return 1;
    }
    return okr::cli::replaceFile(path, canonical) ? 0 : 2;
}

const bool registered = okr::cli::registerCommand(
    {"fmt", "fmt [--check] FILE", "rewrite a plan file in canonical form", run});

}  // namespace
