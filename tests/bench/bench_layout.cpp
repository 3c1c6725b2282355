// Benchmark of the driver tree's automatic layout (issue 6's numbers): layoutTree() on the
// generated plan's 300-node tree (an NSM, drivers linked to earlier drivers, unlinked
// guardrails), 200 runs, median / min / max against the budget (5 ms native); and the SVG export
// drawn from it, for scale.
//
// usage: bench_layout [RUNS]      exit 0 when the layout is within budget, 1 otherwise
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "generate.h"
#include "layout.h"
#include "tree_svg.h"

namespace {

struct Stats {
    double median, min, max;
};

template <class F>
Stats time(int runs, F f) {
    for (int i = 0; i < 10; ++i) f();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    return {n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2, ms.front(), ms.back()};
}

void print(const char* what, const char* key, const Stats& s, int runs) {
    std::printf("%-30s median %7.3f ms   min %7.3f ms   max %7.3f ms\n", what, s.median, s.min,
                s.max);
    std::printf("BENCH name=%s median_ms=%.3f min_ms=%.3f max_ms=%.3f n=%d\n", key, s.median, s.min,
                s.max, runs);
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const double budget = 5.0;
    const okr::Plan plan = okr::generatePlan(0, 0, 0, 300);
    std::printf("tree: %zu nodes, %zu links; %d runs\n\n", plan.tree.nodes.size(),
                plan.tree.links.size(), runs);
    std::size_t sink = 0;
    const Stats layout = time(runs, [&] { sink += okr::layoutTree(plan).size(); });
    print("layout, 300 nodes", "layout_300_nodes", layout, runs);
    okr::Plan laid = plan;
    const auto positions = okr::layoutTree(plan);
    for (std::size_t i = 0; i < positions.size(); ++i)
        laid.tree.nodes[i].position = positions[i].position;
    const Stats svg = time(runs, [&] { sink += okr::treeSvg(laid).size(); });
    print("SVG export, 300 nodes", "tree_svg_300_nodes", svg, runs);
    std::printf("\nbudget: layout median <= %.1f ms native: %s\n", budget,
                layout.median <= budget ? "met" : "NOT met");
    return sink == 0 || layout.median > budget ? 1 : 0;
}
