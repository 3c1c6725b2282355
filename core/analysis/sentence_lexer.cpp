// The KR sentence parser's lexer; see sentence_lexer.h. One pass over the bytes makes the
// tokens, a second attaches unit words to the numbers before them, a third drops the tokens the
// second used up.
#include "analysis/sentence_lexer.h"

namespace okr::sentence_internal {

namespace {

constexpr int kMaxDigits = 18;

struct UnitWord {
    std::string_view word;
    const char* unit;
};

const UnitWord kUnits[] = {
    {"percent", "%"},       {"pct", "%"},           {"pp", "%"},
    {"percentage", "%"},    {"day", "days"},        {"days", "days"},
    {"d", "days"},          {"week", "weeks"},      {"weeks", "weeks"},
    {"wk", "weeks"},        {"wks", "weeks"},       {"month", "months"},
    {"months", "months"},   {"mo", "months"},       {"mos", "months"},
    {"hour", "hours"},      {"hours", "hours"},     {"hr", "hours"},
    {"hrs", "hours"},       {"h", "hours"},         {"minute", "minutes"},
    {"minutes", "minutes"}, {"min", "minutes"},     {"mins", "minutes"},
    {"second", "seconds"},  {"seconds", "seconds"}, {"sec", "seconds"},
    {"secs", "seconds"},    {"s", "seconds"},       {"ms", "ms"},
    {"millisecond", "ms"},  {"milliseconds", "ms"}, {"x", "x"},
    {"dollars", "$"},       {"dollar", "$"},        {"bucks", "$"},
    {"usd", "$"},           {"euros", "€"},         {"euro", "€"},
    {"eur", "€"},           {"gbp", "£"},           {"pounds", "£"},
    {"bps", "bps"},         {"basis", "bps"},
};

struct PeriodWord {
    std::string_view word;
    const char* period;
};

const PeriodWord kPeriods[] = {
    {"day", "day"},         {"days", "day"},    {"week", "week"}, {"wk", "week"},
    {"weeks", "week"},      {"month", "month"}, {"mo", "month"},  {"months", "month"},
    {"quarter", "quarter"}, {"q", "quarter"},   {"year", "year"}, {"yr", "year"},
    {"years", "year"},      {"hour", "hour"},   {"hr", "hour"},
};

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char toLower(unsigned char c) {
    return static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

class Lexer {
  public:
    Lexer(std::string_view text, Tokens& out)
        : raw_(reinterpret_cast<const unsigned char*>(text.data())), out_(out) {
        n_ = text.size() < kMaxSentenceBytes ? text.size() : kMaxSentenceBytes;
        for (std::size_t i = 0; i < n_; ++i) out_.low[i] = toLower(raw_[i]);
        out_.count = 0;
    }

    void run() {
        lex();
        attachUnits();
        compact();
    }

  private:
    bool at(std::size_t i, unsigned char a, unsigned char b, unsigned char c) const {
        return i + 2 < n_ && raw_[i] == a && raw_[i + 1] == b && raw_[i + 2] == c;
    }

    // Length of a hyphen-like mark ending just before `i` (ASCII '-', U+2010, U+2011, U+2013).
    std::size_t hyphenBefore(std::size_t i) const {
        if (i >= 1 && raw_[i - 1] == '-') return 1;
        if (i >= 3 && raw_[i - 3] == 0xE2 && raw_[i - 2] == 0x80 &&
            (raw_[i - 1] == 0x90 || raw_[i - 1] == 0x91 || raw_[i - 1] == 0x93))
            return 3;
        return 0;
    }
    std::size_t hyphenAt(std::size_t i) const {
        if (i < n_ && raw_[i] == '-') return 1;
        if (at(i, 0xE2, 0x80, 0x90) || at(i, 0xE2, 0x80, 0x91) || at(i, 0xE2, 0x80, 0x93)) return 3;
        return 0;
    }

    Tok* push(T type) {
        if (out_.count >= kMaxTokens) return nullptr;
        Tok& t = out_.toks[out_.count++];
        t = Tok{};
        t.type = type;
        return &t;
    }

    std::string_view text(const Tok& t) const { return out_.text(t); }
    bool isWord(std::size_t i, std::string_view w) const { return out_.isWord(i, w); }

    void lex() {
        std::size_t i = 0;
        const char* currency = nullptr;
        bool negative = false;
        while (i < n_ && out_.count < kMaxTokens) {
            const unsigned char c = raw_[i];
            if (isAlpha(c)) {
                const std::size_t start = i;
                while (i < n_ && isAlpha(raw_[i])) ++i;
                // "Bring the share of fossil plastic to zero": the word is the target's number.
                const bool zero = i - start == 4 &&
                                  std::string_view(out_.low + start, 4) == "zero" &&
                                  (isWord(out_.count - 1, "to") || isWord(out_.count - 1, "at"));
                if (Tok* t = push(zero ? T::Num : T::Word)) {
                    t->off = static_cast<std::uint16_t>(start);
                    t->len = static_cast<std::uint16_t>(i - start);
                }
                currency = nullptr;
                negative = false;
                continue;
            }
            if (isDigit(c) || (c == '.' && i + 1 < n_ && isDigit(raw_[i + 1]))) {
                i = number(i, currency, negative);
                currency = nullptr;
                negative = false;
                continue;
            }
            switch (c) {
                case '$':
                    currency = "$";
                    ++i;
                    continue;
                case '%':
                    if (out_.count > 0 && out_.toks[out_.count - 1].type == T::Num)
                        out_.toks[out_.count - 1].percent = true;
                    ++i;
                    continue;
                case '-':
                    if (i + 1 < n_ && raw_[i + 1] == '>') {
                        push(T::Arrow);
                        i += 2;
                    } else {
                        if (i + 1 < n_ && isDigit(raw_[i + 1]) &&
                            (i == 0 || raw_[i - 1] == ' ' || raw_[i - 1] == '(' ||
                             raw_[i - 1] == '$'))
                            negative = true;
                        ++i;
                    }
                    continue;
                case '=':
                    if (i + 1 < n_ && raw_[i + 1] == '>') {
                        push(T::Arrow);
                        i += 2;
                    } else {
                        ++i;
                    }
                    continue;
                case '<':
                    if (i + 1 < n_ && raw_[i + 1] == '=') {
                        push(T::Le);
                        i += 2;
                    } else {
                        push(T::Lt);
                        ++i;
                    }
                    continue;
                case '>':
                    if (i + 1 < n_ && raw_[i + 1] == '=') {
                        push(T::Ge);
                        i += 2;
                    } else {
                        push(T::Gt);
                        ++i;
                    }
                    continue;
                case '/':
                    push(T::Slash);
                    ++i;
                    continue;
                case ':':
                    push(T::Colon);
                    ++i;
                    continue;
                case '(':
                    push(T::LParen);
                    ++i;
                    continue;
                case ')':
                    push(T::RParen);
                    ++i;
                    continue;
                case '+':
                    if (out_.count > 0 && out_.toks[out_.count - 1].type == T::Num && i > 0 &&
                        (isDigit(raw_[i - 1]) || raw_[i - 1] == '%'))
                        out_.toks[out_.count - 1].plusAfter = true;
                    else
                        push(T::Plus);
                    ++i;
                    continue;
                default:
                    break;
            }
            if (c >= 0x80) {
                if (at(i, 0xE2, 0x82, 0xAC)) {
                    currency = "€";
                    i += 3;
                } else if (i + 1 < n_ && c == 0xC2 && raw_[i + 1] == 0xA3) {
                    currency = "£";
                    i += 2;
                } else if (i + 1 < n_ && c == 0xC2 && raw_[i + 1] == 0xA5) {
                    currency = "¥";
                    i += 2;
                } else if (at(i, 0xE2, 0x86, 0x92) || at(i, 0xE2, 0x9F, 0xB6) ||
                           at(i, 0xE2, 0x9E, 0x9D) || at(i, 0xE2, 0x9E, 0x94)) {
                    push(T::Arrow);
                    i += 3;
                } else if (at(i, 0xE2, 0x89, 0xA4)) {
                    push(T::Le);
                    i += 3;
                } else if (at(i, 0xE2, 0x89, 0xA5)) {
                    push(T::Ge);
                    i += 3;
                } else if (at(i, 0xE2, 0x88, 0x92)) {  // minus sign
                    if (i + 3 < n_ && isDigit(raw_[i + 3])) negative = true;
                    i += 3;
                } else {
                    ++i;
                }
                continue;
            }
            ++i;
        }
    }

    // A number that numbers the line in a list, before its text: "1) …", "2. …", "3: …", and a
    // section number before a capital, "1.1 Publish …", "2.3 Four networks …".
    // The number of a standard or a scheme named before it: "ISO 27001", "SOC 2", "WCAG 2.2",
    // "PCI DSS 4" — part of the name, no value.
    bool standardNumber(std::size_t start) const {
        if (start < 2 || raw_[start - 1] != ' ') return false;
        std::size_t word = start - 1;
        while (word > 0 && isAlpha(raw_[word - 1])) --word;
        const std::string_view name(out_.low + word, start - 1 - word);
        for (const char* standard : {"iso", "soc", "wcag", "iec", "pci", "dss", "hipaa", "nist",
                                     "cmmi", "itil", "ias", "ifrs", "bs", "en"})
            if (name == standard) return true;
        return false;
    }

    bool listNumber(std::size_t start, std::size_t end) const {
        // "KPI 1: …", "Goal 2 – …", "KR 3 …": the number of a heading word that opens the text.
        std::size_t word = 0;
        while (word < start && (raw_[word] == ' ' || raw_[word] == '\t')) ++word;
        std::size_t wordEnd = word;
        while (wordEnd < start && isAlpha(raw_[wordEnd])) ++wordEnd;
        if (wordEnd > word && wordEnd + 1 == start && raw_[wordEnd] == ' ') {
            if (isHeadingWord(std::string_view(out_.low + word, wordEnd - word))) return true;
            // "Cycle 3 – bed occupancy …", "Sprint 4: reduce …": any word numbered, then a
            // colon or a dash before words.
            if (end + 1 < n_ && raw_[end] == ':' && raw_[end + 1] == ' ') return true;
            std::size_t after = end + 1;
            if (end < n_ && raw_[end] == ' ' && after < n_) {
                if (raw_[after] == '-')
                    after += 1;
                else if (after + 2 < n_ && raw_[after] == 0xE2 && raw_[after + 1] == 0x80 &&
                         (raw_[after + 2] == 0x93 || raw_[after + 2] == 0x94))
                    after += 3;
                else
                    after = n_;
                if (after + 1 < n_ && raw_[after] == ' ' && isAlpha(raw_[after + 1])) return true;
            }
        }
        for (std::size_t k = 0; k < start; ++k)
            if (raw_[k] != ' ' && raw_[k] != '\t' && raw_[k] != '-' && raw_[k] != '*' &&
                raw_[k] != '#')
                return false;
        if (end + 1 < n_ && (raw_[end] == ')' || raw_[end] == ':' || raw_[end] == '.') &&
            raw_[end + 1] == ' ')
            return true;
        bool dotted = false;
        for (std::size_t k = start; k < end; ++k) dotted = dotted || raw_[k] == '.';
        return dotted && end + 1 < n_ && raw_[end] == ' ' && raw_[end + 1] >= 'A' &&
               raw_[end + 1] <= 'Z';
    }

    // Reads a number (or an ISO date) starting at `i`; returns the index after it.
    std::size_t number(std::size_t i, const char* currency, bool negative) {
        const std::size_t start = i;
        if (i + 10 <= n_ && isDigit(raw_[i]) && isDigit(raw_[i + 1]) && isDigit(raw_[i + 2]) &&
            isDigit(raw_[i + 3]) && raw_[i + 4] == '-' &&
            (i + 10 == n_ || !isDigit(raw_[i + 10]))) {
            const std::string_view iso(reinterpret_cast<const char*>(raw_ + i), 10);
            if (auto d = Date::parse(iso)) {
                if (Tok* t = push(T::Date)) t->date = *d;
                return i + 10;
            }
        }
        double value = 0;
        int digits = 0;
        while (i < n_) {
            if (isDigit(raw_[i])) {
                if (digits < kMaxDigits) value = value * 10 + (raw_[i] - '0');
                ++digits;
                ++i;
            } else if (raw_[i] == ',' && digits > 0 && i + 3 < n_ && isDigit(raw_[i + 1]) &&
                       isDigit(raw_[i + 2]) && isDigit(raw_[i + 3]) &&
                       (i + 4 >= n_ || !isDigit(raw_[i + 4]))) {
                ++i;
            } else {
                break;
            }
        }
        if (i + 1 < n_ && raw_[i] == '.' && isDigit(raw_[i + 1])) {
            ++i;
            double scale = 0.1;
            int fraction = 0;
            while (i < n_ && isDigit(raw_[i])) {
                if (fraction < kMaxDigits) value += (raw_[i] - '0') * scale;
                scale /= 10;
                ++fraction;
                ++i;
            }
        }
        bool label = false;
        // Glued to a word before it: p95, kr1, Day-3, Week‑1.
        if (start > 0 && isAlpha(raw_[start - 1])) label = true;
        if (const std::size_t h = hyphenBefore(start);
            h > 0 && start >= h + 1 && isAlpha(raw_[start - h - 1]))
            label = true;
        double multiplier = 1;
        const char* glued = nullptr;
        bool ordinal = false;
        bool percent = false;
        // Letters glued after it: 5k, $1.2M, 200ms, 2.4x, 30th, 12pp.
        if (i < n_ && isAlpha(raw_[i])) {
            const std::size_t w = i;
            while (i < n_ && isAlpha(raw_[i])) ++i;
            const std::string_view s(out_.low + w, i - w);
            if (s == "k") {
                multiplier = 1e3;
            } else if (s == "m" || s == "mm" || s == "mn") {
                multiplier = 1e6;
            } else if (s == "b" || s == "bn") {
                multiplier = 1e9;
            } else if (s == "st" || s == "nd" || s == "rd" || s == "th") {
                ordinal = true;
            } else if (s == "pp") {
                percent = true;
            } else if (const char* u = unitFor(s)) {
                glued = u;
            } else if (s == "kb" || s == "mb" || s == "gb" || s == "tb" || s == "pb") {
                // "2TB", "500MB": a size (only glued: "20 KB articles" are knowledge-base ones).
                static const char* const kSizes[] = {"KB", "MB", "GB", "TB", "PB"};
                glued = kSizes[s[0] == 'k'   ? 0
                               : s[0] == 'm' ? 1
                               : s[0] == 'g' ? 2
                               : s[0] == 't' ? 3
                                             : 4];
            } else {
                label = true;  // "2fa", "3d", "4g": a name, not a value
                i = w;
            }
        }
        // A compound adjective after it: 90-day, 3-week, 10-to-50-person.
        // … but "the 30,000-visitor mark" is a level to pass.
        if (const std::size_t h = hyphenAt(i); h > 0 && i + h < n_ && isAlpha(raw_[i + h])) {
            std::size_t e = i + h;
            while (e < n_ && isAlpha(raw_[e])) ++e;
            std::size_t m = e;
            while (m < n_ && raw_[m] == ' ') ++m;
            std::size_t me = m;
            while (me < n_ && isAlpha(raw_[me])) ++me;
            const std::string_view next(out_.low + m, me - m);
            if (m == e ||
                (next != "mark" && next != "milestone" && next != "threshold" && next != "barrier"))
                label = true;
        }
        if (listNumber(start, i) || standardNumber(start)) label = true;
        if (digits > kMaxDigits) return i;
        Tok* t = push(T::Num);
        if (t == nullptr) return i;
        t->value = (negative ? -value : value) * multiplier;
        t->label = label;
        t->ordinal = ordinal;
        t->percent = percent;
        t->currency = currency;
        if (glued && std::string_view(glued) == "%")
            t->percent = true;
        else if (glued && glued[0] != '\0' &&
                 (glued[0] == '$' || std::string_view(glued) == "€" ||
                  std::string_view(glued) == "£"))
            t->currency = glued;
        else
            t->unit = glued;
        // "18 %": a percent sign after one space.
        if (i + 1 < n_ && raw_[i] == ' ' && raw_[i + 1] == '%') {
            t->percent = true;
            i += 2;
        }
        return i;
    }

    static const char* unitFor(std::string_view w) {
        for (const UnitWord& u : kUnits)
            if (w == u.word) return u.unit;
        return nullptr;
    }
    static const char* periodFor(std::string_view w) {
        for (const PeriodWord& p : kPeriods)
            if (w == p.word) return p.period;
        return nullptr;
    }

    // Unit words, "thousand/million", "/month" and "per week" after numbers.
    void attachUnits() {
        for (std::size_t i = 0; i < out_.count; ++i) {
            Tok& t = out_.toks[i];
            if (t.type != T::Num) continue;
            std::size_t j = i + 1;
            if (j < out_.count && out_.toks[j].type == T::Word) {
                const std::string_view w = text(out_.toks[j]);
                if (w == "thousand" || w == "million" || w == "billion") {
                    t.value *= w == "thousand" ? 1e3 : w == "million" ? 1e6 : 1e9;
                    out_.toks[j++].type = T::Skip;
                }
            }
            // "94 per cent": the percent in two words.
            if (j + 1 < out_.count && !t.unit && !t.percent && isWord(j, "per") &&
                isWord(j + 1, "cent")) {
                t.percent = true;
                out_.toks[j++].type = T::Skip;
                out_.toks[j++].type = T::Skip;
            }
            if (j < out_.count && out_.toks[j].type == T::Word && !t.unit && !t.percent) {
                const std::string_view w = text(out_.toks[j]);
                if (const char* u = unitFor(w)) {
                    if (u[0] == '%')
                        t.percent = true;
                    else if (u[0] == '$' || std::string_view(u) == "€" ||
                             std::string_view(u) == "£")
                        t.currency = u;
                    else
                        t.unit = u;
                    out_.toks[j++].type = T::Skip;
                    if ((w == "percentage" || w == "basis") && isWord(j, "points"))
                        out_.toks[j++].type = T::Skip;
                }
            }
            // "/month", "per week", "calls/month", "signups per week"; "8.4 / 10".
            if (j + 1 < out_.count && out_.toks[j].type == T::Slash &&
                out_.toks[j + 1].type == T::Num) {
                out_.toks[j].type = T::Skip;
                out_.toks[j + 1].type = T::Skip;
                continue;
            }
            std::size_t noun = out_.count;
            if (j + 2 < out_.count && out_.toks[j].type == T::Word &&
                !periodFor(text(out_.toks[j])) &&
                (isWord(j + 1, "per") || out_.toks[j + 1].type == T::Slash) &&
                out_.toks[j + 2].type == T::Word && periodFor(text(out_.toks[j + 2]))) {
                noun = j;
                ++j;
            }
            if (j + 1 < out_.count && (out_.toks[j].type == T::Slash || isWord(j, "per")) &&
                out_.toks[j + 1].type == T::Word) {
                if (const char* p = periodFor(text(out_.toks[j + 1]))) {
                    t.per = p;
                    if (noun < out_.count) {
                        t.nounOff = out_.toks[noun].off;
                        t.nounLen = out_.toks[noun].len;
                        out_.toks[noun].type = T::Skip;
                    }
                    out_.toks[j].type = T::Skip;
                    out_.toks[j + 1].type = T::Skip;
                }
            }
        }
    }

    void compact() {
        std::size_t k = 0;
        for (std::size_t i = 0; i < out_.count; ++i)
            if (out_.toks[i].type != T::Skip) out_.toks[k++] = out_.toks[i];
        out_.count = k;
    }

    const unsigned char* raw_;
    Tokens& out_;
    std::size_t n_ = 0;
};

}  // namespace

void lex(std::string_view text, Tokens& out) { Lexer(text, out).run(); }

bool isHeadingWord(std::string_view lowWord) {
    // (Not "target", "aim" or "measure": "Target 500 new sign-ups" is a verb and its count.)
    for (const char* heading : {"kpi", "kr", "okr", "goal", "objective", "priority", "indicator",
                                "outcome", "action", "step", "pillar", "theme", "result"})
        if (lowWord == heading) return true;
    return false;
}

}  // namespace okr::sentence_internal
