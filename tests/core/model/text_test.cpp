// The small text helpers the loader, validation and the UI share.
#include <doctest/doctest.h>

#include "model/text.h"

TEST_CASE("utf8Length counts code points, not bytes") {
    CHECK(okr::utf8Length("") == 0);
    CHECK(okr::utf8Length("plan") == 4);
    CHECK(okr::utf8Length("Zürich → 東京") == 11);
}

TEST_CASE("text is cut between characters, never inside one") {
    CHECK(okr::utf8Prefix("Zürich → 東京", 3) == "Zür");
    CHECK(okr::utf8Prefix("Zürich → 東京", 10, "…") == "Zürich → 東…");
    CHECK(okr::utf8Prefix("Zürich → 東京", 11, "…") == "Zürich → 東京");  // nothing cut
    CHECK(okr::utf8Prefix("", 0, "…") == "");
}

TEST_CASE("counts are grouped by thousands") {
    CHECK(okr::withCommas(0) == "0");
    CHECK(okr::withCommas(999) == "999");
    CHECK(okr::withCommas(1000) == "1,000");
    CHECK(okr::withCommas(1234567) == "1,234,567");
    CHECK(okr::groupThousands("12345") == "12,345");
    CHECK(okr::groupThousands("") == "");
}

TEST_CASE("a key becomes one JSON pointer segment") {
    CHECK(okr::pointerEscape("KR-STALE") == "KR-STALE");
    CHECK(okr::pointerEscape("a/b~c") == "a~1b~0c");
    CHECK(okr::pointerEscape("~1") == "~01");
}
