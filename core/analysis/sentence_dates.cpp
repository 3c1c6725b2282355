// The KR sentence parser's date reading; see sentence_dates.h. A DateReader reads one date
// expression at a token; dueDate() tries it after each word that announces a deadline.
#include "analysis/sentence_dates.h"

#include <cmath>

namespace okr::sentence_internal {

namespace {

const std::string_view kMonths[12][3] = {
    {"jan", "january", ""}, {"feb", "february", ""}, {"mar", "march", ""},
    {"apr", "april", ""},   {"may", "", ""},         {"jun", "june", ""},
    {"jul", "july", ""},    {"aug", "august", ""},   {"sep", "sept", "september"},
    {"oct", "october", ""}, {"nov", "november", ""}, {"dec", "december", ""},
};

bool valid(const Date& d) { return isValidDate(d.year, d.month, d.day); }

int daysIn(int year, int month) {
    for (int d = 31; d >= 28; --d)
        if (isValidDate(year, month, d)) return d;
    return 0;
}

class DateReader {
  public:
    DateReader(const Tokens& tokens, const Period& period)
        : t_(tokens), start_(period.start), end_(period.end) {}

    // The date expression starting at token i (after "by"); `last` gets its final token.
    std::optional<Date> dateAt(std::size_t i, std::size_t& last) const {
        if (i >= t_.count) return std::nullopt;
        if (t_.toks[i].type == T::Date) {
            last = i;
            return t_.toks[i].date;
        }
        if (isWord(i, "the")) ++i;
        if (isWord(i, "eoq")) {
            last = i;
            return end_;
        }
        if (isWord(i, "eoy")) {
            const auto y = contextYear();
            last = i;
            if (!y) return std::nullopt;
            return checked(Date{*y, 12, 31});
        }
        bool endOf = false;
        if (isWord(i, "end") && isWord(i + 1, "of")) {
            endOf = true;
            i += 2;
            if (isWord(i, "the")) ++i;
        }
        // quarter: "Q2", "Q2 2026", "quarter", "the quarter"
        if (isWord(i, "q") && intAt(i + 1, 1, 4) > 0 && t_.toks[i + 1].label) {
            const int q = intAt(i + 1, 1, 4);
            const int y = intAt(i + 2, 1900, 2200);
            last = y > 0 ? i + 2 : i + 1;
            const auto year = y > 0 ? std::optional<int>(y) : contextYear();
            if (!year) return std::nullopt;
            const int month = q * 3;
            const Date d{*year, month, daysIn(*year, month)};
            if (y <= 0 && start_ && d < *start_)
                return checked(Date{*year + 1, month, daysIn(*year + 1, month)});
            return checked(d);
        }
        if (isWord(i, "h") && (intAt(i + 1, 1, 2) > 0) && t_.toks[i + 1].label) {
            const int h = intAt(i + 1, 1, 2);
            last = i + 1;
            return endOfMonth(h == 1 ? 6 : 12, std::nullopt);
        }
        if (endOf &&
            (isWord(i, "quarter") || isWord(i, "q") || isWord(i, "period") || isWord(i, "cycle"))) {
            last = i;
            return end_;
        }
        if (endOf && isWord(i, "year")) {
            last = i;
            return endOfMonth(12, std::nullopt);
        }
        // "the end of 2026": a year on its own after "end of" is its last day.
        if (endOf) {
            const int y = intAt(i, 1990, 2100);
            if (y > 0) {
                last = i;
                return checked(Date{y, 12, 31});
            }
        }
        if (isWord(i, "week")) {
            const int w = intAt(i + 1, 1, 60);
            if (w > 0) {
                last = i + 1;
                return endOfWeek(w);
            }
            return std::nullopt;
        }
        // "June", "Jun 30", "June 30th, 2026", "30 June", "30th of June 2026"
        if (const int m = monthAt(i)) {
            const int day = intAt(i + 1, 1, 31);
            if (day > 0 && !endOf) {
                std::size_t j = i + 2;
                const int y = intAt(j, 1900, 2200);
                last = y > 0 ? j : i + 1;
                return placeInPeriod(m, day, y > 0 ? std::optional<int>(y) : std::nullopt);
            }
            const int y = intAt(i + 1, 1900, 2200);
            last = y > 0 ? i + 1 : i;
            return endOfMonth(m, y > 0 ? std::optional<int>(y) : std::nullopt);
        }
        if (!endOf) {
            const int day = intAt(i, 1, 31);
            if (day > 0) {
                std::size_t j = i + 1;
                if (isWord(j, "of")) ++j;
                if (const int m = monthAt(j)) {
                    const int y = intAt(j + 1, 1900, 2200);
                    last = y > 0 ? j + 1 : j;
                    return placeInPeriod(m, day, y > 0 ? std::optional<int>(y) : std::nullopt);
                }
            }
        }
        return std::nullopt;
    }

  private:
    int monthAt(std::size_t i) const {
        if (i >= t_.count || t_.toks[i].type != T::Word) return 0;
        const std::string_view w = t_.text(t_.toks[i]);
        for (int m = 0; m < 12; ++m)
            for (const std::string_view name : kMonths[m])
                if (!name.empty() && w == name) return m + 1;
        return 0;
    }

    // A small whole number at token i within [lo, hi], else -1.
    int intAt(std::size_t i, int lo, int hi) const {
        if (i >= t_.count || t_.toks[i].type != T::Num || t_.toks[i].percent || t_.toks[i].currency)
            return -1;
        const double v = t_.toks[i].value;
        if (!(v >= lo && v <= hi) || v != std::floor(v)) return -1;
        return static_cast<int>(v);
    }

    std::optional<int> contextYear() const {
        if (start_) return start_->year;
        if (end_) return end_->year;
        return std::nullopt;
    }

    // A date without a year: the period's year, or the next one if it would fall before it.
    std::optional<Date> placeInPeriod(int month, int day, std::optional<int> year) const {
        if (year) {
            if (!isValidDate(*year, month, day)) return std::nullopt;
            return Date{*year, month, day};
        }
        const auto y = contextYear();
        if (!y) return std::nullopt;
        if (!isValidDate(*y, month, day)) {
            if (isValidDate(*y + 1, month, day)) return Date{*y + 1, month, day};
            return std::nullopt;
        }
        Date d{*y, month, day};
        if (start_ && d < *start_ && isValidDate(*y + 1, month, day)) d = Date{*y + 1, month, day};
        return d;
    }

    std::optional<Date> endOfMonth(int month, std::optional<int> year) const {
        if (year) return checked(Date{*year, month, daysIn(*year, month)});
        const auto y = contextYear();
        if (!y) return std::nullopt;
        const Date d{*y, month, daysIn(*y, month)};
        if (start_ && d < *start_) return checked(Date{*y + 1, month, daysIn(*y + 1, month)});
        return checked(d);
    }

    static std::optional<Date> checked(const Date& d) {
        if (!valid(d)) return std::nullopt;
        return d;
    }

    std::optional<Date> endOfWeek(int week) const {
        if (!start_ || week < 1 || week > 60) return std::nullopt;
        return checked(Date::fromDays(start_->toDays() + 7L * week - 1));
    }

    bool isWord(std::size_t i, std::string_view w) const { return t_.isWord(i, w); }

    const Tokens& t_;
    const std::optional<Date>& start_;
    const std::optional<Date>& end_;
};

}  // namespace

Period::Period(const SentenceContext& context) {
    if (context.periodStart && valid(*context.periodStart)) start = context.periodStart;
    if (context.periodEnd && valid(*context.periodEnd)) end = context.periodEnd;
}

std::optional<Date> dueDate(const Tokens& tokens, const Period& period, bool (&used)[kMaxTokens]) {
    const DateReader reader(tokens, period);
    for (std::size_t i = 0; i < tokens.count; ++i) {
        if (!tokens.isWord(i, "by") && !tokens.isWord(i, "before") && !tokens.isWord(i, "until") &&
            !tokens.isWord(i, "due") && !tokens.isWord(i, "deadline"))
            continue;
        std::size_t last = i;
        const auto d = reader.dateAt(i + 1, last);
        if (last > i) {
            for (std::size_t k = i + 1; k <= last && k < tokens.count; ++k) used[k] = true;
        }
        if (d) return d;
    }
    return std::nullopt;
}

}  // namespace okr::sentence_internal
