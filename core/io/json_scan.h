// A strict, streaming JSON reader (RFC 8259) for the plan loader: format.cpp pulls values from it
// one at a time and stores them straight into a Plan, with no intermediate document tree.
//
// Why not nlohmann's parser (tests/bench/bench_json.cpp on bench_format's 634 KB plan, fastest of
// 200 runs, native g++ -O3 / WASM -O3 -fwasm-exceptions as the app is built, under Node 20):
// - its lexer takes the text one character per call and copies each character into its token
//   buffers one at a time: lexing alone (sax_parse with a do-nothing handler) takes 2.3 / 6.2 ms,
//   where this reader, which appends runs of plain characters at once, reads every value of the
//   same file in 0.75 / 1.2 ms. WASM costs nlohmann's lexer 2.7× native, this reader 1.6×;
// - its DOM alone (json::parse: 4.0 / 8.2 ms) costs more than a whole loadPlan (this reader
//   straight into a Plan, then validation: 2.6 / 4.0 ms), before any walk of the tree.
// Exceptions are not the reason any more: with JavaScript exceptions (-fexceptions, measured the
// same way) nlohmann's lexer is 3.6× native (8.3 ms); the app's WebAssembly exceptions bring that
// to 2.7×, still 5× this reader. This reader allocates nothing but the strings it hands back.
// Values whose shape is not known (unknown keys, wrong types) are still read into nlohmann::json.
//
// Contract:
// - Never throws for bad input (only std::bad_alloc can escape) and never reads out of bounds.
// - On the first error it stops: ok() turns false, error() says where (byte offset) and what.
//   Every later call returns false. The caller bounds nesting depth beforehand (format.cpp
//   refuses files nested deeper than 64 levels); nesting beyond kMaxDepth is an error here.
// - Strings are validated as UTF-8 and \u escapes are decoded (surrogate pairs joined, lone
//   surrogates refused); control characters must be escaped. Numbers follow the JSON grammar;
//   NaN, Infinity and numbers that overflow a double are errors of their own kind.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace okr {

// Length of the well-formed UTF-8 sequence starting at s[i] (no overlongs, no surrogates, at most
// U+10FFFF), or 0 when the bytes there are not one. The reader and the writer share it.
std::size_t utf8Sequence(std::string_view s, std::size_t i);

class JsonScanner {
  public:
    static constexpr int kMaxDepth = 128;

    enum class Kind { Null, Bool, Number, String, Object, Array, End, Invalid };
    enum class ErrorKind { None, Syntax, NotANumber, Overflow, DuplicateKey };

    struct Error {
        ErrorKind kind = ErrorKind::None;
        std::size_t offset = 0;  // byte where the problem is
        std::string message;     // a plain phrase, without the location
        std::string path;        // DuplicateKey inside readValue: pointer relative to that value
    };

    explicit JsonScanner(std::string_view text) : text_(text) {}

    bool ok() const { return error_.kind == ErrorKind::None; }
    const Error& error() const { return error_; }
    std::size_t offset() const { return pos_; }

    // The kind of the next value, after skipping whitespace (End at the end of the text).
    Kind peek();

    bool readNull();
    bool readBool(bool& out);
    // A number; `isInteger` is true when the text has no fraction and no exponent.
    bool readNumber(double& out, bool* isInteger = nullptr);
    bool readString(std::string& out);
    // Any value, into nlohmann::json; a key repeated inside it is a DuplicateKey error whose
    // `path` locates it relative to this value.
    bool readValue(nlohmann::json& out);

    // Objects: beginObject(); while (nextKey(key)) { read the value }. nextKey consumes the
    // separating comma, the key and its colon, and returns false after the closing brace (or on
    // an error: check ok()). Arrays alike with beginArray/nextElement.
    bool beginObject();
    bool nextKey(std::string& key);
    bool beginArray();
    bool nextElement();

    // True when only whitespace is left.
    bool atEnd();

    // The text of the number readNumber read last ("1e400", "6.5").
    std::string_view lastNumberText() const {
        return text_.substr(numberStart_, numberEnd_ - numberStart_);
    }
    // The next character for a message: "'x'", "the byte \xNN" or "the end of the file".
    std::string found() const;

    // Marks an error found by the caller (a duplicate key of a known field).
    void fail(ErrorKind kind, std::size_t offset, std::string message);

  private:
    std::string_view text_;
    std::size_t pos_ = 0;
    Error error_;
    bool first_[kMaxDepth + 1] = {};
    int depth_ = 0;
    std::size_t numberStart_ = 0, numberEnd_ = 0;

    void skipSpace();
    bool syntax(std::string message) {
        fail(ErrorKind::Syntax, pos_, std::move(message));
        return false;
    }
    bool expectValueError();
    bool literal(std::string_view word);
    bool open(char c);
    bool readValueAt(nlohmann::json& out, std::string& path);
};

// `text` as one JSON value, read by the scanner (so nlohmann's own parser, 15 KB of the browser
// build, is never linked); false, `out` null, when it is not exactly one valid value.
bool parseJson(std::string_view text, nlohmann::json& out);

}  // namespace okr
