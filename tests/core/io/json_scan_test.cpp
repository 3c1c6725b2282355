// The streaming JSON reader (json_scan.h): the JSON grammar, strings and escapes, exact numbers,
// located errors, and a differential test against nlohmann's parser on damaged real files.
#include <doctest/doctest.h>

#include <cstdlib>
#include <random>

#include "io/json_scan.h"
#include "test_files.h"

namespace {

using nlohmann::json;
using okr::JsonScanner;

// Reads one whole document; returns false with the scanner's error on failure.
bool readAll(std::string_view text, json& out, JsonScanner::Error* error = nullptr) {
    JsonScanner sc(text);
    const bool ok = sc.readValue(out) && sc.atEnd();
    if (!ok && error) *error = sc.error();
    return ok;
}

std::string errorOf(std::string_view text) {
    json v;
    JsonScanner::Error e;
    if (readAll(text, v, &e)) return "accepted";
    return std::to_string(e.offset) + ": " + e.message;
}

}  // namespace

TEST_CASE("values of every kind are read as nlohmann would") {
    json v;
    REQUIRE(readAll(
        R"( {"a": [1, -2, 3.5, -0.25, 1e3, true, false, null, "x"], "b": {}, "c": []} )", v));
    CHECK(v == json::parse(
                   R"({"a": [1, -2, 3.5, -0.25, 1e3, true, false, null, "x"], "b": {}, "c": []})"));
    CHECK(v["a"][0].is_number_integer());
    CHECK(v["a"][2].is_number_float());
    CHECK(v["a"][4].is_number_float());
    REQUIRE(readAll("18446744073709551615", v));
    CHECK(v.is_number_unsigned());
    REQUIRE(readAll("-9223372036854775808", v));
    CHECK(v.get<std::int64_t>() == INT64_MIN);
    REQUIRE(readAll("123456789012345678901234567890", v));
    CHECK(v.is_number_float());
}

TEST_CASE("escapes and UTF-8 are decoded and checked") {
    json v;
    REQUIRE(readAll(R"("a\"b\\c\/d\b\f\n\r\t \u00e9 \u20AC \ud83d\ude80")", v));
    CHECK(v == "a\"b\\c/d\b\f\n\r\t é € 🚀");
    REQUIRE(readAll("\"déjà vu — 日本\"", v));
    CHECK(v == "déjà vu — 日本");
    CHECK(errorOf(R"("\ud83d")") ==
          "1: \\ud83d is half of a surrogate pair without its second half");
    CHECK(errorOf(R"("\ude80")") ==
          "1: \\ude80 is half of a surrogate pair without its first half");
    CHECK(errorOf(R"("\x")") ==
          "2: \\x is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    CHECK(errorOf(R"("\u12g4")") == "1: \\u must be followed by four hex digits");
    CHECK(errorOf("\"tab\there\"") ==
          "4: the control character U+0009 must be written as an escape such as \\n or \\t inside "
          "text");
    CHECK(errorOf("\"bad \xC3\x28\"") ==
          "5: the byte \\xC3 in this text is not UTF-8; save the file as UTF-8");
    CHECK(errorOf("\"overlong \xC0\xAF\"") ==
          "10: the byte \\xC0 in this text is not UTF-8; save the file as UTF-8");
    CHECK(errorOf("\"surrogate \xED\xA0\x80\"") ==
          "11: the byte \\xED in this text is not UTF-8; save the file as UTF-8");
    CHECK(errorOf("\"open") == "0: this text has no closing double quote");
}

TEST_CASE("numbers follow the JSON grammar and read back exactly") {
    CHECK(errorOf("01") == "0: a number cannot start with 0 followed by more digits");
    CHECK(errorOf("1.") == "2: a digit must follow the decimal point, found the end of the file");
    CHECK(errorOf("1e+") == "3: a digit must follow the exponent's 'e', found the end of the file");
    CHECK(errorOf("-") ==
          "0: expected a value (an object, an array, text in double quotes, a number, "
          "true, false or null), found '-'");
    CHECK(errorOf("+1") ==
          "0: expected a value (an object, an array, text in double quotes, a number, "
          "true, false or null), found '+'");
    CHECK(errorOf("NaN") ==
          "0: NaN and Infinity are not JSON numbers; write a number or leave the value out");
    CHECK(errorOf("[1, -Infinity]") ==
          "4: NaN and Infinity are not JSON numbers; write a number or leave the value out");
    json v;
    JsonScanner::Error e;
    CHECK_FALSE(readAll("[1e400]", v, &e));
    CHECK(e.kind == JsonScanner::ErrorKind::Overflow);
    CHECK(e.offset == 1);
    CHECK(e.message == "1e400");

    // The fast path and strtod agree on every decimal we can throw at them.
    std::mt19937_64 rng(7);
    for (int i = 0; i < 20000; ++i) {
        std::string text = std::to_string(rng() % 100000000000000000ULL);
        const int point = static_cast<int>(rng() % (text.size() + 1));
        if (point < static_cast<int>(text.size()))
            text.insert(static_cast<std::size_t>(point), ".");
        if (text.front() == '.') text.insert(0, "0");
        if (text.back() == '.') text += "5";
        if (rng() % 3 == 0) text += "e" + std::to_string(static_cast<int>(rng() % 60) - 30);
        if (rng() % 2) text.insert(0, "-");
        CAPTURE(text);
        JsonScanner sc(text);
        double d = 0;
        REQUIRE(sc.readNumber(d));
        CHECK(d == std::strtod(text.c_str(), nullptr));
    }
}

TEST_CASE("structure errors point at the offending character") {
    CHECK(errorOf("{\"a\": 1,}") == "8: expected a key in double quotes, found '}'");
    CHECK(errorOf("[1, 2,]") ==
          "6: expected a value (an object, an array, text in double quotes, "
          "a number, true, false or null), found ']'");
    CHECK(errorOf("{\"a\" 1}") == "5: expected ':' after the key, found '1'");
    CHECK(errorOf("{\"a\": 1 \"b\": 2}") ==
          "8: expected ',' or '}' after a value in an object, found '\"'");
    CHECK(errorOf("[1 2]") == "3: expected ',' or ']' after a value in an array, found '2'");
    CHECK(errorOf("{\"a\": tru}") ==
          "6: expected a value (an object, an array, text in double quotes, "
          "a number, true, false or null), found 't'");
    CHECK(errorOf("[") == "1: the file ends where a value was expected");
    CHECK(errorOf("{\"a\": {\"b\": 1, \"b\": 2}}") ==
          "15: the key \"b\" appears twice in this object; keep one of them");
    json v;
    JsonScanner::Error e;
    REQUIRE_FALSE(readAll(R"({"x": [{"k": 1}, {"k": 1, "k": 2}]})", v, &e));
    CHECK(e.kind == JsonScanner::ErrorKind::DuplicateKey);
    CHECK(e.path == "/x/1/k");
    CHECK(readAll(" [ ] ", v));
    CHECK(readAll("{ }", v));
}

TEST_CASE("on damaged real files the reader agrees with nlohmann's parser") {
    const std::string original = readFile(sourcePath("tests/fixtures/v1/full.json"));
    std::mt19937 rng(99);
    int bothAccept = 0, bothReject = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 4) {
                case 0:
                    text[at] = "{}[]\",:0123456789.eE-+ntfu\\/ \n"[rng() % 31];
                    break;
                case 1:
                    text.erase(at, 1 + rng() % 3);
                    break;
                case 2:
                    text.insert(at, 1, static_cast<char>(rng() % 256));
                    break;
                default:
                    text.insert(at, "\\u00");
                    break;
            }
        }
        CAPTURE(text);
        const json theirs = json::parse(text, nullptr, false);
        json ours;
        JsonScanner::Error error;
        const bool accepted = readAll(text, ours, &error);
        if (theirs.is_discarded()) {
            CHECK_FALSE(accepted);
            ++bothReject;
        } else if (accepted) {
            CHECK(ours == theirs);
            ++bothAccept;
        } else {
            // The one difference on purpose: nlohmann keeps the last of two equal keys.
            CHECK(error.kind == JsonScanner::ErrorKind::DuplicateKey);
        }
    }
    CHECK(bothAccept > 100);
    CHECK(bothReject > 100);
}
