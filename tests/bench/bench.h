// What the benchmarks share: timing repeated runs, their median / min / max, and the
// machine-readable line tests/bench/report collects from every tests/bench/bench_*.cpp:
//
//   BENCH name=<snake_case_name> median_ms=<x> min_ms=<x> max_ms=<x> n=<runs>
//
// one line per figure on standard output, beside the human-readable output.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace bench {

struct Stats {
    double median = 0, min = 0, max = 0;
    int n = 0;
};

inline Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    if (n == 0) return {};
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return {median, ms.front(), ms.back(), static_cast<int>(n)};
}

// Milliseconds of each of `runs` calls of f.
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

inline void line(const char* name, const Stats& s) {
    std::printf("BENCH name=%s median_ms=%.4f min_ms=%.4f max_ms=%.4f n=%d\n", name, s.median,
                s.min, s.max, s.n);
}

// The plan size factor from argv[i] (default 1): objectives and tree nodes are multiplied by it.
inline double scaleArg(int argc, char** argv, int i) {
    const double s = argc > i ? std::atof(argv[i]) : 1.0;
    return s > 0 ? s : 1.0;
}

inline int scaled(int count, double scale) {
    return std::max(1, static_cast<int>(count * scale + 0.5));
}

}  // namespace bench
