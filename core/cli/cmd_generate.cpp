// `okr generate`: writes a synthetic plan of a chosen size (core/model/generate.h) to standard
// output, for benchmarks, browser frame-time measurements and stress tests.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli.h"
#include "io/format.h"
#include "model/generate.h"
#include "model/text.h"
#include "model/validate.h"

namespace {

void help(std::FILE* to) {
    std::fputs(
        "usage: okr generate [--objectives N] [--krs N] [--checkins N] [--nodes N] > plan.json\n\n"
        "Writes a synthetic but realistic plan: N objectives with --krs key results each (default\n"
        "50 x 4), --checkins weekly check-ins per key result (12) and a tree of --nodes metrics\n"
        "(300). The same sizes always give the same file. A plan over the format's 60,000\n"
        "entities is refused before anything is built.\n\n"
        "exit codes: 0 written, 64 usage error (a size over the format's limits included)\n",
        to);
}

int run(const okr::cli::Args& args) {
    int sizes[4] = {50, 4, 12, 300};
    const char* names[4] = {"--objectives", "--krs", "--checkins", "--nodes"};
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            help(stdout);
            return 0;
        }
        bool known = false;
        for (int k = 0; k < 4; ++k) {
            if (args[i] != names[k] || i + 1 >= args.size()) continue;
            char* end = nullptr;
            const long v = std::strtol(args[i + 1].c_str(), &end, 10);
            if (*end != '\0' || v < 0 || v > 100000) {
                std::fprintf(stderr, "okr: %s takes a whole number from 0 to 100000\n", names[k]);
                return 64;
            }
            sizes[k] = static_cast<int>(v);
            known = true;
            ++i;
        }
        if (!known) {
            help(stderr);
            return 64;
        }
    }
    // Refuse at once what the format could not hold: the objectives, key results, check-ins and
    // nodes alone are a lower bound, computed without building anything.
    const unsigned long long least =
        static_cast<unsigned long long>(sizes[0]) *
            (1 + static_cast<unsigned long long>(sizes[1]) * (1ULL + sizes[2])) +
        static_cast<unsigned long long>(sizes[3]);
    const auto tooMany = [](unsigned long long n) {
        std::fprintf(stderr,
                     "okr: that plan would hold %s entities; a plan file holds at most %s "
                     "(objectives, key results, check-ins, nodes, links, …)\n",
                     okr::withCommas(n).c_str(), okr::withCommas(okr::kMaxEntities).c_str());
        return 64;
    };
    if (least > okr::kMaxEntities) return tooMany(least);
    const okr::Plan plan = okr::generatePlan(sizes[0], sizes[1], sizes[2], sizes[3]);
    if (const std::size_t n = okr::countEntities(plan); n > okr::kMaxEntities) return tooMany(n);
    const std::string text = okr::savePlan(plan);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

const bool registered =
    okr::cli::registerCommand({"generate", "generate [--objectives N] [--krs N] …",
                               "write a synthetic plan of a chosen size", run});

}  // namespace
