// Entry point of the native `okr` program: dispatches to the registered subcommands.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "cli.h"
#include "io/format.h"

namespace okr::cli {

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> r;
    return r;
}
}  // namespace

bool registerCommand(const Command& command) {
    registry().push_back(command);
    return true;
}

const std::vector<Command>& commands() { return registry(); }

std::string printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == '\n' || c == '\t' || c == '\r') {
            out += ' ';
        } else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out;
}

std::optional<int> oneFileArgument(const Args& args, const char* help) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(help, stdout);
        return 0;
    }
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
        std::fputs(help, stderr);
        return 64;
    }
    return std::nullopt;
}

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "okr: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

bool loadPlanFile(const std::string& path, okr::Plan& plan) {
    std::string bytes;
    if (!readFile(path, bytes)) return false;
    okr::LoadResult loaded = okr::loadPlan(bytes);
    for (const auto& p : loaded.problems)
        std::fprintf(stderr, "%s: %s%s\n", printable(p.path.empty() ? "/" : p.path).c_str(),
                     p.warning ? "warning: " : "", printable(p.message).c_str());
    if (!loaded.ok()) {
        std::fprintf(stderr, "okr: %s is not a valid plan (see `okr check`)\n", path.c_str());
        return false;
    }
    plan = std::move(*loaded.plan);
    return true;
}

}  // namespace okr::cli

namespace {

void printHelp(std::FILE* to) {
    std::fprintf(to,
                 "okr - check, lint, score and format OKR plan files (format version 1)\n\n"
                 "usage: okr COMMAND [ARGS]\n\ncommands:\n");
    for (const auto& c : okr::cli::commands())
        std::fprintf(to, "  okr %-34s %s\n", c.usage, c.summary);
    std::fprintf(to,
                 "\nexit codes: 0 ok, 1 error-level violations, 2 unreadable or invalid input, "
                 "64 usage error\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        printHelp(stderr);
        return 64;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printHelp(stdout);
        return 0;
    }
    for (const auto& c : okr::cli::commands()) {
        if (name == c.name) return c.run(okr::cli::Args(argv + 2, argv + argc));
    }
    std::fprintf(stderr, "okr: unknown command '%s'\n\n", name.c_str());
    printHelp(stderr);
    return 64;
}
