// Benchmark of the undo history's memory (issue 22): the 50-objective benchmark plan edited one
// key result target at a time, each edit its own step, until the history has dropped steps for
// longer than its byte cap allows. Prints the bytes one step keeps (a copy of the plan, measured
// by memoryBytes), the steps kept, the bytes the history holds against its cap, and the time one
// edit takes with its undo step (copy, validation, memory count), and of a keystroke typed into a
// title after the first (merged into that step in place).
//
// usage: bench_undo [RUNS]   exit 0 when the history stays within its cap, 1 otherwise
#include <cstdio>
#include <string>

#include "bench.h"
#include "edit/commands.h"
#include "model/generate.h"

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    okr::Plan plan = okr::generatePlan(50, 4, 12, 300);
    okr::History history;
    const okr::KeyResultId kr = plan.objectives.front().keyResults.front().id;
    std::size_t peak = 0;
    int step = 0;
    const bench::Stats edit = bench::stats(bench::time(runs, [&] {
        history.breakCoalescing();
        okr::setKeyResultTarget(history, plan, kr, 1000.0 + ++step);
        peak = std::max(peak, history.bytes());
    }));
    const double mb = 1024.0 * 1024.0;
    const double stepKb = history.bytes() / 1024.0 / std::max<std::size_t>(history.undoCount(), 1);
    std::printf("plan: 50 objectives x 4 KRs x 12 check-ins, 300 nodes; %d edits\n", runs);
    std::printf(
        "one step %.0f KB; %zu steps kept; history %.1f MB (peak %.1f MB) of a %.0f MB cap\n",
        stepKb, history.undoCount(), history.bytes() / mb, peak / mb, history.byteCap() / mb);
    std::printf("edit with its undo step: median %.3f ms, min %.3f, max %.3f\n", edit.median,
                edit.min, edit.max);
    std::printf("BENCH name=undo_step_kb value=%.0f unit=KB n=1\n", stepKb);
    std::printf("BENCH name=undo_steps_kept value=%zu unit=steps n=1\n", history.undoCount());
    std::printf("BENCH name=undo_history_peak_mb value=%.1f unit=MB n=%d\n", peak / mb, runs);
    bench::line("edit_with_undo_step", edit);

    // Typing: each keystroke sets the whole title typed so far, merged into one step.
    const okr::KeyResultId typedInto = plan.objectives.back().keyResults.back().id;
    std::string field;
    history.breakCoalescing();
    const bench::Stats key = bench::stats(bench::time(runs, [&] {
        field += static_cast<char>('a' + field.size() % 26);
        okr::setKeyResultTitle(history, plan, typedInto, field);
    }));
    std::printf("a keystroke into a key result title (after the first): median %.4f ms\n",
                key.median);
    bench::line("keystroke_edit", key);
    return peak <= history.byteCap() ? 0 : 1;
}
