// Formatting of numbers and units for people.
#include "model/value_text.h"

#include <charconv>
#include <cmath>

namespace okr {

namespace {

bool isPrefixUnit(const std::string& unit) {
    return unit == "$" || unit == "€" || unit == "£" || unit == "¥";
}

}  // namespace

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return "?";
    // to_chars rounds exactly as printf's "%.2f" does, without the locale machinery; the digits
    // are then trimmed and grouped in place (one allocation, for the result).
    char digits[64];
    const auto res = std::to_chars(digits, digits + sizeof digits, std::fabs(value),
                                   std::chars_format::fixed, 2);
    std::size_t n = static_cast<std::size_t>(res.ptr - digits);
    while (n > 0 && digits[n - 1] == '0') --n;
    if (n > 0 && digits[n - 1] == '.') --n;
    std::size_t whole = 0;
    while (whole < n && digits[whole] != '.') ++whole;
    const bool negative = value < 0 && !(whole == 1 && digits[0] == '0' && whole == n);
    char out[96];
    std::size_t o = 0;
    if (negative) out[o++] = '-';
    for (std::size_t i = 0; i < whole; ++i) {
        if (i > 0 && (whole - i) % 3 == 0) out[o++] = ',';
        out[o++] = digits[i];
    }
    for (std::size_t i = whole; i < n; ++i) out[o++] = digits[i];
    return std::string(out, o);
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
