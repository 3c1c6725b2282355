// A zlib inflater (RFC 1950 around RFC 1951 deflate) for share links: what the browser's
// CompressionStream("deflate") makes is unpacked here, bounded, so a hostile stream can neither
// read out of bounds nor grow past the caller's limit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace okr {

struct Inflated {
    std::optional<std::string> data;  // set when the stream was whole and valid
    std::string error;                // otherwise: what is wrong, in a sentence
    bool tooLarge = false;            // the error is that it unpacks to more than maxOutput
};

// Unpacks a zlib stream, checking its header and Adler-32; fails rather than produce more than
// `maxOutput` bytes.
Inflated zlibInflate(std::string_view stream, std::size_t maxOutput);

}  // namespace okr
