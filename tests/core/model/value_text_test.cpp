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

TEST_CASE("units attach the way people write them") {
    CHECK(okr::formatValue(18, "%") == "18%");
    CHECK(okr::formatValue(1100, "$") == "$1,100");
    CHECK(okr::formatValue(-50, "$") == "-$50");
    CHECK(okr::formatValue(12, "days") == "12 days");
    CHECK(okr::formatValue(std::optional<double>{}, "%") == "—");
}
