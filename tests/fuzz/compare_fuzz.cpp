// Fuzz target: the compare and the three-way merge of drafts (compare/diff.h, compare/merge.h).
// The input is a plan file; two drafts are made from it by edits through the app's own commands,
// chosen by the input's bytes. Whatever the plan holds (odd IDs, dangling-free references, kept
// unknown keys, many check-ins): the merge never crashes, its result is intact and saves and loads
// again unchanged, one side's edits come through whole (merge(base, a, base) and
// merge(base, base, a) are a), and a plan compared with itself has no differences.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "compare/diff.h"
#include "compare/merge.h"
#include "edit/commands.h"
#include "io/format.h"
#include "model/validate.h"

namespace {

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "compare_fuzz: %s\n", what);
    std::abort();
}

// A small deterministic generator seeded from the input's bytes.
struct Bytes {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
};

okr::Plan edited(const okr::Plan& base, Bytes rng, int steps) {
    okr::Plan p = base;
    okr::History h;
    for (int i = 0; i < steps; ++i) {
        const std::uint32_t op = rng.next() % 9;
        if (op == 8) {
            okr::addObjective(h, p, "Customers come back " + std::to_string(rng.next() % 100));
            continue;
        }
        if (p.objectives.empty()) continue;
        okr::Objective& o = p.objectives[rng.next() % p.objectives.size()];
        if (op == 0) {
            okr::setObjectiveTitle(h, p, o.id, o.title + " x");
        } else if (op == 1) {
            okr::moveObjective(h, p, o.id, rng.next() % p.objectives.size());
        } else if (op == 2) {
            okr::deleteObjective(h, p, o.id);
        } else if (!o.keyResults.empty()) {
            const okr::KeyResultId k = o.keyResults[rng.next() % o.keyResults.size()].id;
            if (op == 3) okr::setKeyResultTarget(h, p, k, static_cast<double>(rng.next() % 1000));
            if (op == 4) okr::deleteKeyResult(h, p, k);
            if (op == 5) okr::addKeyResult(h, p, o.id, "Lift repeat orders from 3 to 9");
            if (op == 6) {
                const okr::ObjectiveId to = p.objectives[rng.next() % p.objectives.size()].id;
                okr::moveKeyResult(h, p, k, to, rng.next() % 4);
            }
            if (op == 7) {
                okr::Checkin c;
                c.date = okr::Date{2026, 1 + static_cast<int>(rng.next() % 12),
                                   1 + static_cast<int>(rng.next() % 28)};
                c.confidence = static_cast<int>(rng.next() % 11);
                okr::addCheckin(h, p, k, c);
            }
        }
    }
    return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 65536) return 0;
    const okr::LoadResult loaded =
        okr::loadPlan(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!loaded.ok() || okr::countEntities(*loaded.plan) > 2000) return 0;
    const okr::Plan& base = *loaded.plan;
    std::uint64_t seed = 1469598103934665603ULL;
    for (std::size_t i = 0; i < size; ++i) seed = (seed ^ data[i]) * 1099511628211ULL;
    const okr::Plan ours = edited(base, Bytes{seed}, 6);
    const okr::Plan theirs = edited(base, Bytes{seed ^ 0x9E3779B97F4A7C15ULL}, 6);

    const okr::MergeResult m = okr::mergePlans(base, ours, theirs);
    check(okr::validatePlan(m.plan).empty(), "a merged plan is not intact");
    const std::string saved = okr::savePlan(m.plan);
    const okr::LoadResult again = okr::loadPlan(saved);
    check(again.ok(), "a merged plan does not load");
    check(okr::savePlan(*again.plan) == saved, "a merged plan changes when it loads");
    for (const okr::MergeConflict& c : m.conflicts) check(!c.message.empty(), "a silent conflict");

    check(okr::savePlan(okr::mergePlans(base, ours, base).plan) == okr::savePlan(ours),
          "merge(base, ours, base) is not ours");
    check(okr::savePlan(okr::mergePlans(base, base, theirs).plan) == okr::savePlan(theirs),
          "merge(base, base, theirs) is not theirs");

    okr::DiffOptions quick;
    quick.findings = false;
    check(okr::diffPlans(ours, ours, quick).empty(), "a plan differs from itself");
    const okr::PlanDiff d = okr::diffPlans(base, m.plan, quick);
    check(!okr::diffText(d).empty(), "an empty change list");
    return 0;
}
