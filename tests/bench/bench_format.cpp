// Benchmark of the plan file format (issue 3's numbers): load + validate and save of a generated
// plan of 50 objectives × 4 key results with 12 weekly check-ins each and 300 tree nodes, 20 runs
// each, median / min / max against the budgets (load ≤ 10 ms, save ≤ 5 ms, native).
//
// The first (cold) load is reported on its own; then 10 unmeasured warm-up runs of each, because
// a WASM engine compiles hot functions a second time (V8's Liftoff → TurboFan) during the first
// dozen runs and the figures compare steady states.
//
// usage: bench_format [RUNS]      exit 0 when both medians are within budget, 1 otherwise
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "format.h"
#include "generate.h"

namespace {

struct Stats {
    double median, min, max;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return {median, ms.front(), ms.back()};
}

template <class F>
std::vector<double> time(int runs, F f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return ms;
}

bool report(const char* what, const Stats& s, double budget) {
    const bool ok = s.median <= budget;
    std::printf("%-16s median %7.3f ms   min %7.3f ms   max %7.3f ms   budget %5.1f ms   %s\n",
                what, s.median, s.min, s.max, budget, ok ? "ok" : "OVER BUDGET");
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    const okr::Plan plan = okr::generatePlan(50, 4, 12, 300);
    const std::string text = okr::savePlan(plan);
    if (!okr::loadPlan(text).ok()) {
        std::fprintf(stderr, "bench_format: the generated plan does not load\n");
        return 2;
    }
    std::printf("plan: 50 objectives x 4 KRs x 12 check-ins, 300 nodes; file %zu bytes; %d runs\n",
                text.size(), runs);

    std::size_t sink = 0;
    const double cold = time(1, [&] { sink += okr::loadPlan(text).problems.size(); })[0];
    time(10, [&] { sink += okr::loadPlan(text).problems.size(); });
    time(10, [&] { sink += okr::savePlan(plan).size(); });
    std::printf("first (cold) load %.3f ms\n", cold);
    const Stats load = stats(time(runs, [&] { sink += okr::loadPlan(text).problems.size(); }));
    const Stats save = stats(time(runs, [&] { sink += okr::savePlan(plan).size(); }));
    const bool loadOk = report("load + validate", load, 10.0);
    const bool saveOk = report("save", save, 5.0);
    std::printf("(checksum %zu)\n", sink);
    return loadOk && saveOk ? 0 : 1;
}
