// Formatting of numbers and units for people.
#include "model/value_text.h"

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
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", std::fabs(value));
    std::string digits(buf);
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    if (!digits.empty() && digits.back() == '.') digits.pop_back();
    const size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    const std::string frac = dot == std::string::npos ? "" : digits.substr(dot);
    const std::string grouped = groupThousands(whole);
    const bool negative = value < 0 && (grouped != "0" || !frac.empty());
    return (negative ? "-" : "") + grouped + frac;
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
