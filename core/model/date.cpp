// Date parsing and civil-calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01).
#include "model/date.h"

#include <cstdio>

namespace okr {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeap(y)) ? 29 : kDays[m - 1];
}

int digit(char c) { return (c >= '0' && c <= '9') ? c - '0' : -1; }

}  // namespace

bool isValidDate(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int v[8];
    const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        v[i] = digit(t[static_cast<size_t>(pos[i])]);
        if (v[i] < 0) return std::nullopt;
    }
    Date d{v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]};
    if (!isValidDate(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

long Date::toDays() const {
    // Howard Hinnant's days_from_civil.
    const long y = month <= 2 ? static_cast<long>(year) - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (static_cast<long>(month) + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::fromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), m, d};
}

std::string Date::str() const {
    // Digits by hand: printf's cost showed in every analysis (dates key the title readings).
    if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        return buf;
    }
    const char out[10] = {static_cast<char>('0' + year / 1000),
                          static_cast<char>('0' + year / 100 % 10),
                          static_cast<char>('0' + year / 10 % 10),
                          static_cast<char>('0' + year % 10),
                          '-',
                          static_cast<char>('0' + month / 10),
                          static_cast<char>('0' + month % 10),
                          '-',
                          static_cast<char>('0' + day / 10),
                          static_cast<char>('0' + day % 10)};
    return std::string(out, sizeof out);
}

long daysBetween(const Date& from, const Date& to) { return to.toDays() - from.toDays(); }

Quarter quarterOf(const Date& day) {
    const int q = (day.month - 1) / 3;
    const Date next = q == 3 ? Date{day.year + 1, 1, 1} : Date{day.year, q * 3 + 4, 1};
    return {Date{day.year, q * 3 + 1, 1}, Date::fromDays(next.toDays() - 1)};
}

}  // namespace okr
