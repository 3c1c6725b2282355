// Fuzz target: the share-link decoder (core/share/link.h). The same bytes are read three ways:
//   - as a link fragment: decodeShareFragment never throws and a refusal says why;
//   - as base64url text: what it decodes to encodes and decodes back to the same bytes;
//   - as a zlib stream: zlibInflate never exceeds its cap, and when it unpacks, the link made of
//     those bytes opens exactly when the unpacked text loads as a plan.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/format.h"
#include "share/base64url.h"
#include "share/inflate.h"
#include "share/link.h"

namespace {

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "share_fuzz: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const okr::LoadResult link = okr::decodeShareFragment(bytes);
    check(link.ok() || !link.problems.empty(), "a refused link came with no problem");

    if (const auto decoded = okr::base64UrlDecode(bytes))
        check(okr::base64UrlDecode(okr::base64UrlEncode(*decoded)) == decoded,
              "base64url does not round-trip");

    constexpr size_t kCap = 1 << 20;
    const okr::Inflated inflated = okr::zlibInflate(bytes, kCap);
    check(inflated.data.has_value() != !inflated.error.empty(), "inflate: data and error disagree");
    if (inflated.data) {
        check(inflated.data->size() <= kCap, "inflate wrote past its cap");
        const okr::LoadResult viaLink = okr::decodeShareFragment(
            std::string(okr::kShareFragmentKey) + okr::base64UrlEncode(bytes));
        check(viaLink.ok() == okr::loadPlan(*inflated.data).ok(),
              "a link opens differently from the plan text it carries");
    }
    return 0;
}
