// Share links (share.h): the fixtures in tests/fixtures/share/ are assets/examples/talentsync.json
// packed by zlib (Python's zlib module: level 9, the fixed-Huffman strategy, and level 0 stored
// blocks) and base64url-encoded, as the browser's CompressionStream("deflate") would; bomb.txt is
// 8 MB + 1 byte of spaces packed to 8 KB, one byte over the cap.
#include <doctest/doctest.h>

#include <string>

#include "io/format.h"
#include "share/base64url.h"
#include "share/inflate.h"
#include "share/link.h"
#include "test_files.h"

namespace {

std::string fixture(const std::string& name) {
    std::string text = readFile(sourcePath("tests/fixtures/share") / name);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

std::string onlyMessage(const okr::LoadResult& r) {
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    return r.problems.front().message;
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("base64url round-trips every byte value and every length remainder") {
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
    for (size_t n : {0u, 1u, 2u, 3u, 4u, 5u, 255u, 256u}) {
        const std::string part = bytes.substr(0, n);
        const std::string text = okr::base64UrlEncode(part);
        CHECK(text.find_first_of("+/=") == std::string::npos);
        const auto back = okr::base64UrlDecode(text);
        REQUIRE(back.has_value());
        CHECK(*back == part);
    }
    CHECK(okr::base64UrlEncode("hi?") == "aGk_");
    CHECK(okr::base64UrlDecode("aGk=") == std::optional<std::string>("hi"));
}

TEST_CASE("base64url refuses characters outside its alphabet and impossible lengths") {
    CHECK_FALSE(okr::base64UrlDecode("aGk/").has_value());  // standard alphabet, not URL-safe
    CHECK_FALSE(okr::base64UrlDecode("%%%garbage").has_value());
    CHECK_FALSE(okr::base64UrlDecode("aGk_a").has_value());  // 5 characters: no byte boundary
    CHECK_FALSE(okr::base64UrlDecode("aG k").has_value());
}

// The fixtures are the example deflated by zlib itself, base64url without padding, made again
// whenever the example changes: in Python, zlib.compress(data, 9) (dynamic Huffman blocks),
// compressobj(9, DEFLATED, 15, 9, Z_FIXED) (fixed) and zlib.compress(data, 0) (stored).
TEST_CASE("zlib streams from a real deflate unpack to the original bytes") {
    const std::string original = readExample("talentsync.json");
    for (const char* name :
         {"talentsync-dynamic.txt", "talentsync-fixed.txt", "talentsync-stored.txt"}) {
        CAPTURE(name);
        const auto packed = okr::base64UrlDecode(fixture(name));
        REQUIRE(packed.has_value());
        const okr::Inflated out = okr::zlibInflate(*packed, okr::kShareMaxPlanBytes);
        CHECK(out.error == "");
        REQUIRE(out.data.has_value());
        CHECK(*out.data == original);
    }
}

TEST_CASE("a damaged zlib stream is refused with what is wrong, never half-read") {
    const std::string packed = *okr::base64UrlDecode(fixture("talentsync-dynamic.txt"));

    std::string flipped = packed;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    const okr::Inflated a = okr::zlibInflate(flipped, okr::kShareMaxPlanBytes);
    CHECK_FALSE(a.data.has_value());
    CHECK_FALSE(a.error.empty());

    const okr::Inflated cut = okr::zlibInflate(packed.substr(0, packed.size() - 10), 1u << 20);
    CHECK_FALSE(cut.data.has_value());
    CHECK(has(cut.error, "ends before"));

    std::string badSum = packed;
    badSum.back() = static_cast<char>(badSum.back() ^ 1);
    CHECK(okr::zlibInflate(badSum, 1u << 20).error == "does not match its checksum");

    CHECK(has(okr::zlibInflate("not zlib at all", 1u << 20).error, "header"));
    CHECK(has(okr::zlibInflate("", 1u << 20).error, "too short"));
}

TEST_CASE("unpacking stops at the size cap") {
    const std::string packed = *okr::base64UrlDecode(fixture("bomb.txt"));
    const okr::Inflated capped = okr::zlibInflate(packed, okr::kShareMaxPlanBytes);
    CHECK_FALSE(capped.data.has_value());
    CHECK(capped.tooLarge);
    const okr::Inflated roomy = okr::zlibInflate(packed, okr::kShareMaxPlanBytes + 1);
    REQUIRE(roomy.data.has_value());
    CHECK(roomy.data->size() == okr::kShareMaxPlanBytes + 1);
}

TEST_CASE("a share fragment opens the plan it carries") {
    for (const std::string prefix : {"#plan=", "plan="}) {
        const okr::LoadResult r =
            okr::decodeShareFragment(prefix + fixture("talentsync-fixed.txt"));
        REQUIRE(r.ok());
        CHECK(r.plan->meta.title == "TalentSync Q2 company OKRs");
        CHECK(r.plan->objectives.size() == 3);
    }
}

TEST_CASE("a damaged or hostile share fragment says what is wrong with the link") {
    CHECK(has(onlyMessage(okr::decodeShareFragment("#section-2")), "does not carry a plan"));
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=")), "empty"));
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=%%%garbage")), "damaged"));
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=" +
                                                   okr::base64UrlEncode("plain text, not packed"))),
              "damaged"));
    const std::string link = fixture("talentsync-dynamic.txt");
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=" + link.substr(0, link.size() / 2))),
              "damaged"));
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=" + fixture("bomb.txt"))), "8 MB"));
    CHECK(has(onlyMessage(okr::decodeShareFragment("#plan=" +
                                                   std::string(okr::kShareMaxLinkChars + 1, 'A'))),
              "at most"));
}

TEST_CASE("a link that unpacks to something other than a plan gets the loader's located problems") {
    const std::string talentSync = *okr::base64UrlDecode(fixture("talentsync-stored.txt"));
    // Stored blocks keep the text as is: change the format version inside and fix the checksum by
    // re-packing through a stored block written here.
    std::string json = *okr::zlibInflate(talentSync, 1u << 20).data;
    const size_t at = json.find("\"version\": 1");
    REQUIRE(at != std::string::npos);
    json.replace(at, 12, "\"version\": 99");
    std::string stream = "\x78\x01";
    size_t pos = 0;
    while (pos < json.size()) {
        const size_t n = std::min<size_t>(65535, json.size() - pos);
        const bool last = pos + n == json.size();
        stream.push_back(static_cast<char>(last ? 1 : 0));
        stream.push_back(static_cast<char>(n & 0xFF));
        stream.push_back(static_cast<char>(n >> 8));
        stream.push_back(static_cast<char>(~n & 0xFF));
        stream.push_back(static_cast<char>((~n >> 8) & 0xFF));
        stream.append(json, pos, n);
        pos += n;
    }
    uint32_t a = 1, b = 0;
    for (char c : json) {
        a = (a + static_cast<unsigned char>(c)) % 65521;
        b = (b + a) % 65521;
    }
    const uint32_t sum = (b << 16) | a;
    for (int shift = 24; shift >= 0; shift -= 8) stream.push_back(static_cast<char>(sum >> shift));

    const okr::LoadResult r = okr::decodeShareFragment("#plan=" + okr::base64UrlEncode(stream));
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems.front().path == "/version");
}
