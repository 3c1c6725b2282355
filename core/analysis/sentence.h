// The key-result sentence parser: reads what a person typed as a KR title ("Reduce median
// time-to-first-sequence from 12 days to 4 days by Jun 30") and suggests the structured fields —
// baseline, target, unit, due date, direction, kind — so the editor can prefill them and the
// rules do not ask for a baseline the sentence already carries (S4's formula "[verb] [metric]
// from [baseline] to [target] by [date]").
//
// What it understands:
// - shapes: "from X to Y", "X → Y", "X -> Y", "to Y", "(baseline: X)", "between X and Y",
//   "range X to Y", bounds ("under $900", "less than 2%", "at least 38%", "≤ 200ms",
//   "not to exceed 85"), relative changes ("by 25 percent", "by +12%", "double", "halve"),
//   "achieve … of 45%", and a count right after the verb ("Book 45 qualified calls");
// - numbers: 1,100 · 4.5 · .5 · 5k · $1.2M · €5k · £80 · 18% · 31 percent · 2.4x · -3;
// - units: %, currency, days/weeks/months/hours/minutes/seconds/ms, "/month", "per week";
// - due dates after "by", "before", "until" or "due": 2026-06-30, Jun 30, 30 June 2026,
//   end of Q2, end of quarter / EOQ, end of June, end of year, (end of) week 6 — a date without
//   a year takes the plan period's year (the next one if it would fall before the period).
// Numbers glued to words are labels, not values: p95, Q2, D30, Day-3, 90-day, KR1.
//
// Contract: pure and total. Any bytes in, a (possibly empty) suggestion out; no exceptions, no
// undefined behaviour, no allocation except the unit text. Only the first kMaxSentenceBytes of a
// text are read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/plan.h"

namespace okr {

inline constexpr std::size_t kMaxSentenceBytes = 1024;

struct SentenceContext {
    std::optional<Date> periodStart;  // the plan period, to place "Jun 30" and "end of quarter"
    std::optional<Date> periodEnd;
};

enum class Bound { None, AtMost, AtLeast };

struct KrSentence {
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> bandLow;  // "between 72 and 78 percent", "range 72 to 78"
    std::optional<double> bandHigh;
    std::optional<double> relativeChange;      // "by 25%" → 0.25 (sign follows the direction)
    std::string unit;                          // "%", "$", "€", "days", "/month", "ms", "x", …
    std::optional<Direction> direction;        // best guess: the numbers, else the verb, else bound
    std::optional<Direction> verbDirection;    // what the leading verb says
    std::optional<Direction> numberDirection;  // what baseline → target says
    std::optional<KrKind> kind;
    std::optional<Date> due;
    Bound bound = Bound::None;  // the target is a ceiling ("under $900") or a floor
    bool fromTo = false;        // an outcome shape: "from X to Y" or "X → Y"
    bool hasPercent = false;    // any percentage in the text
    bool hasCurrency = false;   // any money amount in the text

    // True when nothing at all was recognised.
    bool empty() const;
    // The target implied by a relative change applied to `baseline` ("by 25%" from 400 → 500).
    std::optional<double> targetFrom(std::optional<double> baseline) const;
};

KrSentence parseKrSentence(std::string_view text, const SentenceContext& context = {}) noexcept;

// The unit to show with the sentence's numbers when they go into a key result's fields: the
// sentence's own unit, else the field's `fieldUnit` — unless the sentence counts something else
// by name ("More than 35,000 people benefit …" under a unit of "days": no unit, not "35,000
// days"). The field's unit stays when the sentence names it anywhere ("Book 45 qualified
// discovery calls" in "calls/month") or no word follows its first number ("from 12 to 4").
std::string offeredUnit(std::string_view title, const KrSentence& sentence,
                        std::string_view fieldUnit);

// A change so many times over, said in one word ("double", "tripled", "fourfold"): the relative
// change it names (1.0 for "double"), 0 for any other word, in any case.
double timesOver(std::string_view word) noexcept;

}  // namespace okr
