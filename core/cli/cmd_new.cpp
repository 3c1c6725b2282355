// `okr new --template NAME`: writes one of the embedded example plans (assets/examples/) to
// standard output, as the starting point of a new plan.
#include <cstdio>
#include <string>

#include "cli.h"
#include "templates.h"

namespace {

void listTemplates(std::FILE* to) {
    std::fputs("templates:\n", to);
    for (const auto& t : okr::templates())
        std::fprintf(to, "  %.*s\n", static_cast<int>(t.name.size()), t.name.data());
}

void help(std::FILE* to) {
    std::fputs(
        "usage: okr new --template NAME > plan.json\n\n"
        "Writes the example plan NAME (format version 1) to standard output.\n\n",
        to);
    listTemplates(to);
    std::fputs("\nexit codes: 0 written, 64 usage error or unknown template\n", to);
}

int run(const okr::cli::Args& args) {
    std::string name;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            help(stdout);
            return 0;
        }
        if (a == "--template" && i + 1 < args.size()) {
            name = args[++i];
        } else if (a.rfind("--template=", 0) == 0) {
            name = a.substr(11);
        } else {
            help(stderr);
            return 64;
        }
    }
    if (name.empty()) {
        help(stderr);
        return 64;
    }
    const okr::Template* t = okr::findTemplate(name);
    if (!t) {
        std::fprintf(stderr, "okr: no template named '%s'\n", name.c_str());
        listTemplates(stderr);
        return 64;
    }
    std::fwrite(t->json.data(), 1, t->json.size(), stdout);
    return 0;
}

const bool registered = okr::cli::registerCommand(
    {"new", "new --template NAME", "write an example plan to standard output", run});

}  // namespace
