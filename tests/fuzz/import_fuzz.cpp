// Fuzz target: the import of spreadsheets and lists (io/import.h). Any bytes in, read both as a
// table and as a list: never crashes, every problem has a message, every table row has one cell
// per column, and whatever is found becomes a plan that saves and loads again unchanged — so
// what the import window adds is always a plan the planner can keep.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "io/format.h"
#include "io/import.h"

namespace {

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "import_fuzz: %s\n", what);
    std::abort();
}

void checkResult(const okr::ImportResult& r) {
    for (const okr::ImportProblem& p : r.problems) check(!p.message.empty(), "a silent problem");
    std::size_t krs = 0;
    for (const okr::Objective& o : r.objectives) krs += o.keyResults.size();
    check(krs == r.keyResults, "key results miscounted");
    if (r.objectives.empty()) return;
    const std::string saved = okr::savePlan(okr::importedPlan(r, "", okr::Date{2026, 5, 4}));
    const okr::LoadResult loaded = okr::loadPlan(saved);
    check(loaded.ok(), "an imported plan does not load");
    check(okr::savePlan(*loaded.plan) == saved, "an imported plan changes when it loads");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    okr::ImportTable table;
    okr::ImportProblem problem;
    if (okr::readImportTable(text, table, problem)) {
        check(table.columns.size() >= 2, "a table of fewer than two columns");
        for (const auto& row : table.rows) check(row.size() == table.columns.size(), "ragged row");
        checkResult(okr::importTable(table, okr::Date{2026, 5, 4}));
    } else {
        check(!problem.message.empty(), "refused without a reason");
    }
    checkResult(okr::importText(text));
    return 0;
}
