// `okr diff A B [--format text|json] [--today YYYY-MM-DD] [--no-findings]`: what changed from
// plan file A to plan file B — entities added, removed and changed field by field, key results
// moved, and the findings of the checks that appeared or were resolved. Exit 0 when the two plans
// are the same, 1 when they differ (as diff(1) does), 2 when a file cannot be read or loaded.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "compare/diff.h"
#include "model/plan.h"

namespace {

const char* const kHelp =
    "usage: okr diff A B [--format text|json] [--today YYYY-MM-DD] [--no-findings]\n\n"
    "Compares two drafts of a plan: objectives, key results, check-ins, initiatives, themes,\n"
    "adjustments, tree metrics and links added (+), removed (-) or changed (~), each changed\n"
    "field as old → new; a key result moved to another objective shows as its Objective\n"
    "changing. Entities are matched by ID, so reordering is no change. Then the findings of\n"
    "the checks that appeared in B or were resolved since A (--no-findings leaves them out;\n"
    "--today dates the checks for KR-STALE).\n\n"
    "json: {\"changes\":[{\"change\":\"added|removed|changed\",\"entity\",\"id\",\"label\",\n"
    "       \"where\",\"fields\":[{\"key\",\"caption\",\"before\",\"after\"}]}],\n"
    "       \"findings\":[{\"change\":\"appeared|resolved\",\"rule\",\"severity\",\"id\",\n"
    "       \"message\"}]}\n\n"
    "exit codes: 0 no differences, 1 the plans differ, 2 unreadable or invalid file,\n"
    "64 usage error\n";

int usage() {
    std::fputs(kHelp, stderr);
    return 64;
}

nlohmann::ordered_json jsonValue(const okr::FieldValue& v) {
    if (const std::string* t = v.text()) return *t;
    if (const double* n = v.number()) return *n;
    if (const bool* b = v.truth()) return *b;
    if (const okr::Date* d = v.date()) return d->str();
    return nullptr;
}

const char* changeName(okr::ChangeKind k) {
    switch (k) {
        case okr::ChangeKind::Added:
            return "added";
        case okr::ChangeKind::Removed:
            return "removed";
        case okr::ChangeKind::Changed:
            break;
    }
    return "changed";
}

int run(const okr::cli::Args& args) {
    std::string files[2], format = "text";
    int given = 0;
    okr::DiffOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (a == "--no-findings") {
            options.findings = false;
        } else if ((a == "--format" || a == "--today") && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (a == "--format") {
                if (v != "text" && v != "json") return usage();
                format = v;
            } else {
                const auto d = okr::Date::parse(v);
                if (!d) return usage();
                options.today = d;
            }
        } else if (!a.empty() && a[0] != '-' && given < 2) {
            files[given++] = a;
        } else {
            return usage();
        }
    }
    if (given != 2) return usage();

    okr::Plan before, after;
    if (!okr::cli::loadPlanFile(files[0], before) || !okr::cli::loadPlanFile(files[1], after))
        return 2;
    const okr::PlanDiff d = okr::diffPlans(before, after, options);

    if (format == "json") {
        nlohmann::ordered_json out;
        auto& changes = out["changes"] = nlohmann::ordered_json::array();
        for (const okr::EntityChange& c : d.changes) {
            nlohmann::ordered_json j;
            j["change"] = changeName(c.kind);
            j["entity"] = okr::nounOf(c.entity);
            j["id"] = c.id;
            j["label"] = c.label;
            if (!c.where.empty()) j["where"] = c.where;
            auto& fields = j["fields"] = nlohmann::ordered_json::array();
            for (const okr::FieldChange& f : c.fields)
                fields.push_back({{"key", f.key},
                                  {"caption", f.caption},
                                  {"before", jsonValue(f.before)},
                                  {"after", jsonValue(f.after)}});
            changes.push_back(std::move(j));
        }
        auto& findings = out["findings"] = nlohmann::ordered_json::array();
        for (const okr::FindingChange& f : d.findings)
            findings.push_back({{"change", f.appeared ? "appeared" : "resolved"},
                                {"rule", f.rule},
                                {"severity", okr::name(f.severity)},
                                {"id", f.id},
                                {"message", f.message}});
        std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        // Plan text made safe for the terminal line by line (printable() flattens newlines).
        const std::string text = okr::diffText(d);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::printf("%s\n", okr::cli::printable(text.substr(start, end - start)).c_str());
            start = end + 1;
        }
    }
    return d.empty() ? 0 : 1;
}

const bool registered = okr::cli::registerCommand(
    {"diff", "diff A B [--format F]",
     "compare two drafts of a plan: changes field by field, findings appeared or resolved; "
     "exit 1 when they differ",
     run});

}  // namespace
