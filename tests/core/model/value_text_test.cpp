// How values read on screen and in exports.
#include <doctest/doctest.h>

#include "model/value_text.h"

TEST_CASE("numbers are trimmed and grouped") {
    CHECK(okr::formatNumber(1100) == "1,100");
    CHECK(okr::formatNumber(0.25) == "0.25");
    CHECK(okr::formatNumber(14.0) == "14");
    CHECK(okr::formatNumber(-2500000.5) == "-2,500,000.5");
    CHECK(okr::formatNumber(-0.001) == "0");
}

TEST_CASE("numbers round to hundredths as printf does, ties included") {
    CHECK(okr::formatNumber(2.675) == "2.67");  // 2.67499999… in binary
    CHECK(okr::formatNumber(0.125) == "0.12");  // an exact tie: printf rounds it to even
    CHECK(okr::formatNumber(0.375) == "0.38");
    CHECK(okr::formatNumber(1234567.891) == "1,234,567.89");
    CHECK(okr::formatNumber(-0.004) == "0");
    CHECK(okr::formatNumber(99.999) == "100");
    CHECK(okr::formatNumber(1e17) == "100,000,000,000,000,000");
}

TEST_CASE("units attach the way people write them") {
    CHECK(okr::formatValue(18, "%") == "18%");
    CHECK(okr::formatValue(1100, "$") == "$1,100");
    CHECK(okr::formatValue(-50, "$") == "-$50");
    CHECK(okr::formatValue(12, "days") == "12 days");
    CHECK(okr::formatValue(std::optional<double>{}, "%") == "—");
}

TEST_CASE("a value spelled in place reads as formatValue spells it") {
    // Findings quote values through ValueChars; what the user reads must not depend on which.
    const double values[] = {0, 18, -50, 0.125, 1234567.891, -0.004, 1e17, -2500000.5, 1e300};
    const char* units[] = {"",
                           "%",
                           "$",
                           "€",
                           "days",
                           "calls/month",
                           "a unit name far longer than any buffer on the stack would hold"};
    for (const double v : values)
        for (const char* u : units) {
            CAPTURE(v);
            CAPTURE(u);
            CHECK(std::string(std::string_view(okr::ValueChars(v, u))) == okr::formatValue(v, u));
        }
    // A negative sum keeps its sign before the currency, as "-$50".
    CHECK(std::string_view(okr::ValueChars(-50, "$")) == "-$50");
}
