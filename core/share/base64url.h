// base64url (RFC 4648 §5), the alphabet share links are written in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace okr {

std::string base64UrlEncode(std::string_view bytes);
// The URL-safe alphabet, '=' padding optional; nullopt on any other character or an impossible
// length.
std::optional<std::string> base64UrlDecode(std::string_view text);

}  // namespace okr
