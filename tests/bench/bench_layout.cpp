// Benchmark of the driver tree's automatic layout (issue 6's numbers): layoutTree() on the
// generated plan's 300-node tree (an NSM, drivers linked to earlier drivers, unlinked
// guardrails), 200 runs, median / min / max against the budget (5 ms native); and the SVG export
// drawn from it, for scale.
//
// usage: bench_layout [RUNS]      exit 0 when the layout is within budget, 1 otherwise
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "bench.h"
#include "export/tree_svg.h"
#include "model/generate.h"
#include "tree/layout.h"

namespace {

// Ten warm-up calls, then `runs` timed ones.
template <class F>
bench::Stats measure(int runs, F f) {
    for (int i = 0; i < 10; ++i) f();
    return bench::stats(bench::time(runs, f));
}

void print(const char* what, const char* key, const bench::Stats& s) {
    std::printf("%-30s median %7.3f ms   min %7.3f ms   max %7.3f ms\n", what, s.median, s.min,
                s.max);
    bench::line(key, s);
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const double budget = 5.0;
    const okr::Plan plan = okr::generatePlan(0, 0, 0, 300);
    std::printf("tree: %zu nodes, %zu links; %d runs\n\n", plan.tree.nodes.size(),
                plan.tree.links.size(), runs);
    std::size_t sink = 0;
    const bench::Stats layout = measure(runs, [&] { sink += okr::layoutTree(plan).size(); });
    print("layout, 300 nodes", "layout_300_nodes", layout);
    okr::Plan laid = plan;
    const auto positions = okr::layoutTree(plan);
    for (std::size_t i = 0; i < positions.size(); ++i)
        laid.tree.nodes[i].position = positions[i].position;
    const bench::Stats svg = measure(runs, [&] { sink += okr::treeSvg(laid).size(); });
    print("SVG export, 300 nodes", "tree_svg_300_nodes", svg);
    std::printf("\nbudget: layout median <= %.1f ms native: %s\n", budget,
                layout.median <= budget ? "met" : "NOT met");
    return sink == 0 || layout.median > budget ? 1 : 0;
}
