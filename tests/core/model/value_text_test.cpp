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
