// Benchmark of the plan file format (issue 3's numbers): load + validate and save of a generated
// plan of 50 objectives × 4 key results with 12 weekly check-ins each and 300 tree nodes, 20 runs
// each, median / min / max against the budgets (load ≤ 10 ms, save ≤ 5 ms, native).
//
// The first (cold) load is reported on its own; then 10 unmeasured warm-up runs of each, because
// a WASM engine compiles hot functions a second time (V8's Liftoff → TurboFan) during the first
// dozen runs and the figures compare steady states.
//
// SCALE multiplies the objectives and nodes (growth: tests/bench/report runs 1/16, 1/4, 1, 4, 16).
// A plan over the file format's 10,000-entity cap cannot be loaded: then only save is measured.
//
// usage: bench_format [RUNS] [SCALE]   exit 0 when the medians are within budget, 1 otherwise
#include <cstdio>
#include <string>

#include "bench.h"
#include "io/format.h"
#include "model/generate.h"
#include "model/validate.h"

namespace {

bool report(const char* what, const bench::Stats& s, double budget) {
    const bool ok = s.median <= budget;
    std::printf("%-16s median %7.3f ms   min %7.3f ms   max %7.3f ms   budget %5.1f ms   %s\n",
                what, s.median, s.min, s.max, budget, ok ? "ok" : "OVER BUDGET");
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    const double scale = bench::scaleArg(argc, argv, 2);
    const int objectives = bench::scaled(50, scale), nodes = bench::scaled(300, scale);
    const okr::Plan plan = okr::generatePlan(objectives, 4, 12, nodes);
    const std::string text = okr::savePlan(plan);
    const bool loadable = okr::countEntities(plan) <= okr::kMaxEntities;
    if (loadable && !okr::loadPlan(text).ok()) {
        std::fprintf(stderr, "bench_format: the generated plan does not load\n");
        return 2;
    }
    std::printf("plan: %d objectives x 4 KRs x 12 check-ins, %d nodes; file %zu bytes; %d runs\n",
                objectives, nodes, text.size(), runs);

    std::size_t sink = 0;
    bool loadOk = true;
    bench::time(10, [&] { sink += okr::savePlan(plan).size(); });
    if (loadable) {
        const double cold = bench::time(1, [&] { sink += okr::loadPlan(text).problems.size(); })[0];
        bench::time(10, [&] { sink += okr::loadPlan(text).problems.size(); });
        std::printf("first (cold) load %.3f ms\n", cold);
        const bench::Stats load =
            bench::stats(bench::time(runs, [&] { sink += okr::loadPlan(text).problems.size(); }));
        loadOk = report("load + validate", load, 10.0);
        bench::line("load_validate", load);
    } else {
        std::printf("load + validate: not measured, %zu entities is over the format's cap of %zu\n",
                    okr::countEntities(plan), okr::kMaxEntities);
    }
    const bench::Stats save =
        bench::stats(bench::time(runs, [&] { sink += okr::savePlan(plan).size(); }));
    const bool saveOk = report("save", save, 5.0);
    bench::line("save", save);
    std::printf("(checksum %zu)\n", sink);
    return loadOk && saveOk ? 0 : 1;
}
