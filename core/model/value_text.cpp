// Formatting of numbers and units for people.
#include "model/value_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/text.h"

namespace okr {

namespace {

bool isPrefixUnit(const std::string& unit) {
    return unit == "$" || unit == "€" || unit == "£" || unit == "¥";
}

}  // namespace

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return "?";
    // (printf, not to_chars: the WebAssembly build's libc++ has no floating-point to_chars.)
    char digits[64];
    std::size_t n = 0;
    // Hundredths as an integer when the value is not near a tie (where printf's rounding of the
    // exact binary value decides): the same digits as "%.2f", without printf's cost, which was a
    // tenth of an analysis that quotes many values.
    const double hundredths = std::fabs(value) * 100.0;
    const double nearest = std::nearbyint(hundredths);
    if (hundredths < 1e15 && std::fabs(hundredths - nearest) < 0.49) {
        auto whole = static_cast<unsigned long long>(nearest);
        const unsigned cents = static_cast<unsigned>(whole % 100);
        whole /= 100;
        char rev[24];
        std::size_t m = 0;
        do {
            rev[m++] = static_cast<char>('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        while (m > 0) digits[n++] = rev[--m];
        digits[n++] = '.';
        digits[n++] = static_cast<char>('0' + cents / 10);
        digits[n++] = static_cast<char>('0' + cents % 10);
    } else {
        const int written = std::snprintf(digits, sizeof digits, "%.2f", std::fabs(value));
        n = written > 0 ? std::min<std::size_t>(static_cast<std::size_t>(written), 63) : 0;
    }
    while (n > 0 && digits[n - 1] == '0') --n;
    if (n > 0 && digits[n - 1] == '.') --n;
    std::size_t whole = 0;
    while (whole < n && digits[whole] != '.') ++whole;
    const std::string grouped = groupThousands(std::string_view(digits, whole));
    const std::string_view frac(digits + whole, n - whole);
    const bool negative = value < 0 && (grouped != "0" || !frac.empty());
    std::string out;
    out.reserve(grouped.size() + frac.size() + 1);
    if (negative) out += '-';
    out += grouped;
    out += frac;
    return out;
}

std::string formatValue(double value, const std::string& unit) {
    const std::string n = formatNumber(value);
    if (unit.empty()) return n;
    if (unit == "%") return n + "%";
    if (isPrefixUnit(unit)) return value < 0 ? "-" + unit + n.substr(1) : unit + n;
    return n + " " + unit;
}

std::string formatValue(const std::optional<double>& value, const std::string& unit) {
    return value ? formatValue(*value, unit) : std::string("—");
}

}  // namespace okr
