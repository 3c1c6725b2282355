// Dates as the plan file writes them: strict parsing and day arithmetic.
#include <doctest/doctest.h>

#include "model/date.h"

using okr::Date;

TEST_CASE("dates parse only real YYYY-MM-DD days") {
    CHECK(Date::parse("2026-04-01").has_value());
    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2023-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-4-01").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("April 1").has_value());
    CHECK_FALSE(Date::parse("").has_value());
}

TEST_CASE("dates round-trip through day numbers and text") {
    const Date d = *Date::parse("2026-06-30");
    CHECK(Date::fromDays(d.toDays()) == d);
    CHECK(d.str() == "2026-06-30");
    CHECK(Date::parse("1970-01-01")->toDays() == 0);
    CHECK(okr::daysBetween(*Date::parse("2026-04-01"), *Date::parse("2026-06-30")) == 90);
}
