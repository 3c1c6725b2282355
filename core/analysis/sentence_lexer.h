// INTERNAL to the KR sentence parser (sentence.cpp, sentence_dates.cpp): not part of the core's
// API, include analysis/sentence.h instead. The lexer: turns the first kMaxSentenceBytes of a
// sentence into at most kMaxTokens tokens — words, numbers with their units, currency and percent,
// ISO dates, arrows, comparison signs — in fixed-size arrays, then attaches the unit words that
// follow numbers ("12 days", "5 thousand", "calls/month", "per week") and drops what they used.
// Nothing is allocated; every index is bounds-checked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/sentence.h"
#include "model/date.h"

namespace okr::sentence_internal {

inline constexpr std::size_t kMaxTokens = 128;

enum class T : std::uint8_t {
    Word,
    Num,
    Date,
    Arrow,
    Le,
    Ge,
    Lt,
    Gt,
    Slash,
    Colon,
    LParen,
    RParen,
    Plus,
    Skip
};

struct Tok {
    T type = T::Skip;
    bool label = false;    // glued to a word: p95, Q2, Day-3, 90-day
    bool percent = false;  // 18%, 18 percent
    bool ordinal = false;  // 30th
    bool plusAfter = false;
    const char* currency = nullptr;  // "$", "€", "£", "¥"
    const char* unit = nullptr;      // canonical unit word ("days", "x", …)
    const char* per = nullptr;       // "month" in "/month"
    std::uint16_t off = 0, len = 0;  // Word text, or the noun of "calls/month"
    std::uint16_t nounOff = 0, nounLen = 0;
    double value = 0;
    Date date;
};

// The lexed sentence: its lower-cased bytes and its tokens, meant to live on the caller's stack.
struct Tokens {
    char low[kMaxSentenceBytes];
    Tok toks[kMaxTokens];
    std::size_t count = 0;

    // A Word token's text, lower-cased.
    std::string_view text(const Tok& t) const { return std::string_view(low + t.off, t.len); }
    bool isWord(std::size_t i, std::string_view w) const {
        return i < count && toks[i].type == T::Word && text(toks[i]) == w;
    }
};

// Lexes `text` into `out` (which it resets): tokens with their units attached, Skip tokens gone.
void lex(std::string_view text, Tokens& out);

// A word that heads a numbered item ("KPI 1:", "Goal 2 –"), lower-cased: its number is a label.
bool isHeadingWord(std::string_view lowWord);

}  // namespace okr::sentence_internal
