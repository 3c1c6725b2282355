// Entry point of the native `okr` program: dispatches to the registered subcommands.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
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
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const unsigned char next =
            i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        char buf[8];
        if (c == '\n' || c == '\t' || c == '\r') {
            out += ' ';
        } else if (c < 0x20 || c == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
            // U+0080–U+009F, the C1 controls: U+009B opens an escape sequence on some terminals.
            std::snprintf(buf, sizeof buf, "\\u%04X", next);
            out += buf;
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool replaceFile(const std::string& path, const std::string& bytes) {
    // Write where the link points, so a symlinked plan stays a symlink.
    std::string real = path;
    if (char* resolved = ::realpath(path.c_str(), nullptr)) {
        real = resolved;
        std::free(resolved);
    }
    mode_t mode = 0;
    struct stat st {};
    if (::stat(real.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    // mkstemp creates the file exclusively (O_EXCL): a link planted at the name is never followed.
    std::string tmp = real + ".okr-XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        std::fprintf(stderr, "okr: cannot write beside %s: %s\n", path.c_str(),
                     std::strerror(errno));
        return false;
    }
    std::size_t done = 0;
    bool ok = ::fchmod(fd, mode) == 0;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        ok = n > 0;
        if (ok) done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), real.c_str()) != 0) {
        std::fprintf(stderr, "okr: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
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
