// What `okr rules` says of each threshold (rules.h): kept apart from the numbers so that the
// browser build, which never shows it, does not carry it.
#include "analysis/rules.h"

namespace okr {

namespace {

// clang-format off
const ThresholdNotes kNotes[] = {
    {"KR-CONFIDENCE-DROP", "points of 10", "product default",
     "S4 names a fall in weekly confidence as the signal but not its size; its worked example, "
     "TalentSync's activation KR going from 7 to 5 in week 5, is what triggered the mid-quarter "
     "review, so a fall of 2 from the best earlier value speaks."},
    {"KR-CONFIDENCE-DROP", "points of 10", "product default",
     "A committed key result is expected in full (S3, S4); below 7 of 10 its owner no longer "
     "expects it, which is worth saying before the number shows it."},
    {"at risk (the pace line)", "share (0.1 = 10%)", "product default",
     "Progress is rarely a straight line; a key result is called behind only when it trails the "
     "line from baseline to target by more than this share of the distance."},
    {"KR-AMBITION, driver tree", "σ/µ (0.1 = 10%)", "product default",
     "S3 stretches a noisy metric less (µ + 1σ to 1.5σ) than a stable one (µ + 2σ) without "
     "saying where noisy starts; a σ of a tenth of the mean or more is called noisy."},
    {"SET-NO-GUARDRAIL", "share (0.2 = 20%)", "product default",
     "S2 pairs a hard push with a counter-metric without saying how hard; a target 20% or more "
     "away from its baseline is where over-optimising starts to pay."},
    {"KR-CPA", "share of LTV", "product default",
     "S0 weighs the cost of winning a customer against what the customer brings without a "
     "ratio; the usual rule of thumb, lifetime value at least three times CPA, sets the line."},
    {"KR-CPA", "share of revenue per sale", "product default",
     "When lifetime value is unknown, a CPA above 15% of the revenue of one sale leaves little "
     "margin; set it to your own gross margin."},
    {"SET-KR-TOTAL", "key results",
     "S4 (startup: under 8 in a company of ten or fewer); product default for agency and teams, "
     "and for a startup above ten people (12)",
     "S4 keeps a small company under 8 key results in all; for agency and teams plans, 12 is "
     "three or four objectives at their profile's key-result limit."},
    {"SET-OWNER-LOAD", "objectives and key results", "product default",
     "S2 and S4 want one named owner per key result without saying how many one person can "
     "carry; past six (eight for an agency strategist across clients) updates go stale."},
};
// clang-format on
static_assert(sizeof(kNotes) / sizeof(kNotes[0]) == kThresholdCount, "a note per threshold");

}  // namespace

const ThresholdNotes& thresholdNotes(ThresholdId threshold) {
    return kNotes[static_cast<std::size_t>(threshold)];
}

}  // namespace okr
