// INTERNAL to the KR sentence parser (sentence.cpp): not part of the core's API, include
// analysis/sentence.h instead. Date reading: the due date after "by", "before", "until", "due" or
// "deadline", read from the lexer's tokens — 2026-06-30, Jun 30, 30th of June 2026, Q2 (2026),
// H1, end of quarter / EOQ / the period / the cycle, end of June, end of year / EOY, week 6. A
// date without a year takes the plan period's year (the next one if it would fall before the
// period); "end of quarter" is the period's end, "week N" counts from its start.
#pragma once

#include <optional>

#include "analysis/sentence.h"
#include "analysis/sentence_lexer.h"
#include "model/date.h"

namespace okr::sentence_internal {

// The plan period a sentence is read against; only real calendar dates are kept.
struct Period {
    std::optional<Date> start, end;

    explicit Period(const SentenceContext& context);
};

// The first due date the sentence states, or nullopt. The tokens of every date expression read
// after a deadline word (even one that is no real date, "by Feb 30") are marked in `used`, so the
// grammar does not take their numbers for values.
std::optional<Date> dueDate(const Tokens& tokens, const Period& period, bool (&used)[kMaxTokens]);

}  // namespace okr::sentence_internal
