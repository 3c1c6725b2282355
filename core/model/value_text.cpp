// Formatting of numbers and units for people.
#include "model/value_text.h"

#include <charconv>
#include <cmath>

#include "model/text.h"

namespace okr {

namespace {

bool isPrefixUnit(const std::string& unit) {
    return unit == "$" || unit == "€" || unit == "£" || unit == "¥";
}

}  // namespace

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return "?";
    // to_chars rounds exactly as printf's "%.2f" does, without the locale machinery.
    char digits[64];
    const auto res = std::to_chars(digits, digits + sizeof digits, std::fabs(value),
                                   std::chars_format::fixed, 2);
    std::size_t n = static_cast<std::size_t>(res.ptr - digits);
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
