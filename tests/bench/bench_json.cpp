// Benchmark of the JSON reading behind the plan loader: why io/json_scan.h exists, measured. On
// the generated plan bench_format loads (50 objectives × 4 key results with 12 weekly check-ins
// each, 300 tree nodes), 20 runs each after 10 unmeasured warm-up runs:
//   json_load_plan       loadPlan(): the streaming reader straight into a Plan, plus validation
//   json_scan_walk       the streaming reader alone, every value read and dropped
//   json_nlohmann_sax    nlohmann::json::sax_parse with a do-nothing handler (its lexer alone)
//   json_nlohmann_dom    nlohmann::json::parse into a document, which a loader would then walk
// The first two against the last two compare the readers at equal work: lexing only, and
// everything up to something a loader can use. Built natively and as Node-hosted WASM with
// -fwasm-exceptions like the app (tests/bench/report).
//
// SCALE multiplies the objectives and nodes (growth: tests/bench/report runs 1/16, 1/4, 1, 4, 16).
// A plan over the file format's 10,000-entity cap cannot be loaded: then loadPlan is not measured.
//
// usage: bench_json [RUNS] [SCALE]   always exits 0 (no budget: the figures inform a choice)
#include <cstdio>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "bench.h"
#include "io/format.h"
#include "io/json_scan.h"
#include "model/generate.h"
#include "model/validate.h"

namespace {

// A SAX handler that accepts everything and keeps nothing.
struct NullSax : nlohmann::json_sax<nlohmann::json> {
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }
};

// Reads one value and everything inside it through the streaming reader, keeping nothing.
bool walk(okr::JsonScanner& sc, std::string& text) {
    using Kind = okr::JsonScanner::Kind;
    switch (sc.peek()) {
        case Kind::Null:
            return sc.readNull();
        case Kind::Bool: {
            bool b = false;
            return sc.readBool(b);
        }
        case Kind::Number: {
            double d = 0;
            return sc.readNumber(d);
        }
        case Kind::String:
            return sc.readString(text);
        case Kind::Object:
            if (!sc.beginObject()) return false;
            while (sc.nextKey(text))
                if (!walk(sc, text)) return false;
            return sc.ok();
        case Kind::Array:
            if (!sc.beginArray()) return false;
            while (sc.nextElement())
                if (!walk(sc, text)) return false;
            return sc.ok();
        default:
            return false;
    }
}

bench::Stats measure(int runs, const char* name, double megabytes, const std::function<void()>& f) {
    bench::time(10, f);
    const bench::Stats s = bench::stats(bench::time(runs, f));
    std::printf("%-36s median %8.3f ms   min %8.3f ms   max %8.3f ms   %6.1f MB/s\n", name,
                s.median, s.min, s.max, s.median > 0 ? megabytes / (s.median / 1000) : 0.0);
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    const double scale = bench::scaleArg(argc, argv, 2);
    const int objectives = bench::scaled(50, scale), nodes = bench::scaled(300, scale);
    const okr::Plan plan = okr::generatePlan(objectives, 4, 12, nodes);
    const std::string text = okr::savePlan(plan);
    const double mb = text.size() / 1e6;
    const bool loadable = okr::countEntities(plan) <= okr::kMaxEntities;
    std::printf("plan: %d objectives x 4 KRs x 12 check-ins, %d nodes; file %zu bytes; %d runs\n",
                objectives, nodes, text.size(), runs);

    std::size_t sink = 0;
    std::string scratch;
    okr::JsonScanner check(text);
    if (!walk(check, scratch) || !check.atEnd() || (loadable && !okr::loadPlan(text).ok())) {
        std::fprintf(stderr, "bench_json: the generated plan does not read\n");
        return 2;
    }
    if (loadable) {
        const bench::Stats load = measure(runs, "loadPlan (reader + Plan + validate)", mb,
                                          [&] { sink += okr::loadPlan(text).problems.size(); });
        bench::line("json_load_plan", load);
    } else {
        std::printf("loadPlan: not measured, %zu entities is over the format's cap of %zu\n",
                    okr::countEntities(plan), okr::kMaxEntities);
    }
    const bench::Stats scan = measure(runs, "streaming reader alone (walk)", mb, [&] {
        okr::JsonScanner sc(text);
        sink += walk(sc, scratch) ? sc.offset() : 0;
    });
    const bench::Stats sax = measure(runs, "nlohmann sax_parse, no-op handler", mb, [&] {
        NullSax handler;
        sink += nlohmann::json::sax_parse(text, &handler) ? 1 : 0;
    });
    const bench::Stats dom = measure(runs, "nlohmann parse (DOM)", mb,
                                     [&] { sink += nlohmann::json::parse(text).size(); });
    bench::line("json_scan_walk", scan);
    bench::line("json_nlohmann_sax", sax);
    bench::line("json_nlohmann_dom", dom);
    std::printf("nlohmann SAX / streaming reader: %.2fx; nlohmann DOM / streaming reader: %.2fx\n",
                scan.median > 0 ? sax.median / scan.median : 0.0,
                scan.median > 0 ? dom.median / scan.median : 0.0);
    std::printf("(checksum %zu)\n", sink);
    return 0;
}
