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
// formatValue without an allocation, for messages that join many pieces: the text lives in the
// object (a long unit on the heap), so use it within the expression that made it.
class ValueChars {
  public:
    ValueChars(double value, std::string_view unit);
    operator std::string_view() const { return long_.empty() ? std::string_view(buf_, n_) : long_; }

  private:
    char buf_[128];
    std::size_t n_ = 0;
    std::string long_;
};
// "—" when absent.
std::string formatValue(const std::optional<double>& value, std::string_view unit);

}  // namespace okr
