// Small text helpers the loader (io/), validation (model/validate.h), the rule messages, the
// exports and the UI share, so each is written once: code points in UTF-8 text and cutting it
// between characters, digit grouping for counts in messages ("12,345"), and escaping a key for a
// JSON pointer (RFC 6901).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace okr {

// Code points in UTF-8 text (continuation bytes are not counted; malformed bytes count as one).
std::size_t utf8Length(std::string_view s);
// The first `limit` code points of UTF-8 text, never cut inside a character; `more` ("…") is
// appended when something was cut.
std::string utf8Prefix(std::string_view s, std::size_t limit, std::string_view more = "");

// A run of decimal digits with a comma between each group of three: "1234567" → "1,234,567".
std::string groupThousands(std::string_view digits);
// A count as people read it in a message: 12345 → "12,345".
std::string withCommas(std::size_t n);

// An object key as one JSON pointer segment: "~" → "~0", "/" → "~1".
std::string pointerEscape(std::string_view key);

}  // namespace okr
