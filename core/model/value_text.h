// Numbers with their units as people write them: "18%", "$1,100", "12 days", "0.8". Used by the
// UI, exports and rule messages, so a value reads the same everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace okr {

// Up to two decimals, trailing zeros trimmed, thousands grouped with commas ("1,100", "0.25").
std::string formatNumber(double value);
// formatNumber plus the unit: "%" and currency symbols attach ("18%", "$800"), words follow
// after a space ("12 days", "15 calls/month"). An empty unit gives the bare number.
std::string formatValue(double value, std::string_view unit);
// "—" when absent.
std::string formatValue(const std::optional<double>& value, std::string_view unit);

}  // namespace okr
