// Calendar dates as the plan file writes them (`YYYY-MM-DD`), with the little arithmetic the
// method needs: days between two dates (check-in staleness, pace) and week numbers in a period.
// Pure C++17; no time zones, no clocks: "today" is always passed in by the caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace okr {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    // Parses exactly `YYYY-MM-DD` (a real calendar day, years 1..9999); anything else is nullopt.
    static std::optional<Date> parse(std::string_view text);
    // Days since 1970-01-01 (negative before it).
    static Date fromDays(long days);
    long toDays() const;
    std::string str() const;

    friend bool operator==(const Date& a, const Date& b) { return a.toDays() == b.toDays(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.toDays() < b.toDays(); }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

bool isValidDate(int year, int month, int day);
long daysBetween(const Date& from, const Date& to);  // to - from, in days

// The calendar quarter `day` falls in: its first and last day (a new plan's period).
struct Quarter {
    Date start, end;
};
Quarter quarterOf(const Date& day);

}  // namespace okr
