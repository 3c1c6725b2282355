// `okr check FILE`: loads and validates a plan file, printing every problem as `path: message`
// (warnings prefixed with "warning:"). Exit 0 when the plan loads, 2 when it does not.
#include <cstdio>
#include <cstring>

#include "cli.h"
#include "io/format.h"

namespace {

const char* const kHelp =
    "usage: okr check FILE\n\n"
    "Loads FILE as an OKR plan (format version 1) and validates it: JSON syntax, types, dates,\n"
    "IDs, references between objectives, key results and tree nodes, cycles, limits.\n"
    "Prints one problem per line as `PATH: MESSAGE`, where PATH is a JSON pointer such as\n"
    "/objectives/2/keyResults/0/target (\"/\" for the whole file); warnings start with\n"
    "\"warning:\" and do not make the file invalid.\n\n"
    "exit codes: 0 valid (warnings allowed), 2 unreadable or invalid, 64 usage error\n";

int run(const okr::cli::Args& args) {
    if (const std::optional<int> code = okr::cli::oneFileArgument(args, kHelp)) return *code;
    std::string bytes;
    if (!okr::cli::readFile(args[0], bytes)) return 2;
    const okr::LoadResult result = okr::loadPlan(bytes);
    for (const auto& p : result.problems) {
        const std::string path = okr::cli::printable(p.path.empty() ? "/" : p.path);
        std::printf("%s: %s%s\n", path.c_str(), p.warning ? "warning: " : "",
                    okr::cli::printable(p.message).c_str());
    }
    if (!result.ok()) return 2;
    std::printf("%s: valid plan\n", args[0].c_str());
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"check", "check FILE", "validate a plan file; print each problem as `path: message`", run});

}  // namespace
