// Fuzz target: the KR sentence parser. Pure and total: any bytes in, a suggestion out, and what
// it suggests is coherent — finite numbers, a band with low ≤ high, a due date that is a real
// calendar date, a target implied by a relative change that is finite, and a suggestion that
// carries a value is never called empty. The first two bytes pick
// the plan period the sentence is read against (none, or a quarter of some year).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "analysis/sentence.h"

namespace {

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "sentence_fuzz: %s\n", what);
    std::abort();
}

void checkFinite(const std::optional<double>& v, const char* what) {
    check(!v || std::isfinite(*v), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    okr::SentenceContext context;
    if (size >= 2 && data[0] & 1) {
        const int year = 1990 + data[1] % 80;
        const int quarter = (data[0] >> 1) % 4;
        context.periodStart = okr::Date{year, quarter * 3 + 1, 1};
        context.periodEnd = okr::Date{year, quarter * 3 + 3, 28};
    }
    const size_t skip = size >= 2 ? 2 : 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + skip, size - skip);
    const okr::KrSentence s = okr::parseKrSentence(text, context);
    checkFinite(s.baseline, "baseline not finite");
    checkFinite(s.target, "target not finite");
    checkFinite(s.bandLow, "band low not finite");
    checkFinite(s.bandHigh, "band high not finite");
    checkFinite(s.relativeChange, "relative change not finite");
    if (s.bandLow && s.bandHigh) check(*s.bandLow <= *s.bandHigh, "band low above band high");
    if (s.due) check(okr::Date::parse(s.due->str()).has_value(), "due date not a real date");
    if (s.relativeChange) checkFinite(s.targetFrom(100.0), "targetFrom(100) not finite");
    if (s.baseline || s.target || s.due || s.kind) check(!s.empty(), "a suggestion called empty");
    return 0;
}
