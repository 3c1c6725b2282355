// Fuzz target: the plan loader. Whatever the bytes, loadPlan answers without crashing; a plan it
// accepts is intact (validatePlan finds no error), and what loads saves and reloads identically
// (load → save → load → save gives the same bytes twice).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/format.h"
#include "model/validate.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "load_fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const okr::LoadResult first = okr::loadPlan(bytes);
    if (!first.ok()) {
        if (first.problems.empty()) fail("a refused file came with no problem", "");
        return 0;
    }
    for (const auto& p : okr::validatePlan(*first.plan))
        if (!p.warning) fail("a loaded plan is not intact", p.path + ": " + p.message);
    const std::string saved = okr::savePlan(*first.plan);
    const okr::LoadResult second = okr::loadPlan(saved);
    if (!second.ok()) {
        std::string why;
        for (const auto& p : second.problems) why += p.path + ": " + p.message + "\n";
        fail("what loaded, saved, does not load again", why + saved);
    }
    const std::string again = okr::savePlan(*second.plan);
    if (again != saved) fail("save -> load -> save is not identical", saved + "\n---\n" + again);
    return 0;
}
