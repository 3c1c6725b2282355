// Formatting of numbers and units for people.
#include "model/value_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/text.h"

namespace okr {

namespace {

bool isPrefixUnit(std::string_view unit) {
    return unit == "$" || unit == "€" || unit == "£" || unit == "¥";
}

}  // namespace

namespace {

// The number as people read it ("1,250.5", "-3", "0.25") written into `out`, which holds at least
// 96 bytes; returns its length. Hundredths, trailing zeros dropped, thousands grouped.
std::size_t writeNumber(double value, char* out) {
    if (!std::isfinite(value)) {
        out[0] = '?';
        return 1;
    }
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
    const bool zero = whole == 1 && digits[0] == '0';
    std::size_t len = 0;
    if (value < 0 && (!zero || whole < n)) out[len++] = '-';
    for (std::size_t i = 0; i < whole; ++i) {
        if (i > 0 && (whole - i) % 3 == 0) out[len++] = ',';
        out[len++] = digits[i];
    }
    for (std::size_t i = whole; i < n; ++i) out[len++] = digits[i];
    return len;
}

// The number and its unit as people write them, handed to `put` piece by piece: "%" and currency
// symbols attach ("18%", "-$50"), words follow after a space ("12 days").
template <class Put>
void spellValue(double value, std::string_view unit, Put put) {
    char num[96];
    const std::size_t n = writeNumber(value, num);
    if (isPrefixUnit(unit)) {
        const bool negative = n > 0 && num[0] == '-';
        if (negative) put("-");
        put(unit);
        put(std::string_view(num + (negative ? 1 : 0), n - (negative ? 1 : 0)));
        return;
    }
    put(std::string_view(num, n));
    if (unit.empty()) return;
    if (unit != "%") put(" ");
    put(unit);
}

}  // namespace

std::string formatNumber(double value) {
    char buf[96];
    return std::string(buf, writeNumber(value, buf));
}

ValueChars::ValueChars(double value, std::string_view unit) {
    if (unit.size() > 24) {
        long_ = formatValue(value, unit);
        return;
    }
    spellValue(value, unit, [this](std::string_view part) {
        for (const char ch : part) buf_[n_++] = ch;
    });
}

std::string formatValue(double value, std::string_view unit) {
    std::string out;
    out.reserve(28 + unit.size());
    spellValue(value, unit,
               [&out](std::string_view part) { out.append(part.data(), part.size()); });
    return out;
}

std::string formatValue(const std::optional<double>& value, std::string_view unit) {
    return value ? formatValue(*value, unit) : std::string("—");
}

}  // namespace okr
