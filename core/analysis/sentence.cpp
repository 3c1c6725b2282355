// The key-result sentence parser; see sentence.h for what it reads. Two steps: a lexer turns the
// first kMaxSentenceBytes into at most kMaxTokens tokens (words, numbers with their units, ISO
// dates, arrows, comparison signs) in fixed-size arrays, then the shapes are matched on the
// tokens. Every index is bounds-checked; no number is ever converted to an integer unless it is a
// small, checked value.
#include "analysis/sentence.h"

#include <cmath>
#include <cstdint>

#include "analysis/words.h"

namespace okr {

namespace {

constexpr std::size_t kMaxTokens = 128;
constexpr int kMaxDigits = 18;

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

const std::string_view kMonths[12][3] = {
    {"jan", "january", ""}, {"feb", "february", ""}, {"mar", "march", ""},
    {"apr", "april", ""},   {"may", "", ""},         {"jun", "june", ""},
    {"jul", "july", ""},    {"aug", "august", ""},   {"sep", "sept", "september"},
    {"oct", "october", ""}, {"nov", "november", ""}, {"dec", "december", ""},
};

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char toLower(unsigned char c) {
    return static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

// Seconds per time unit, for comparing "1.4s" with "400ms"; 0 when not a time unit.
double secondsPer(const char* unit) {
    if (unit == nullptr) return 0;
    const std::string_view u(unit);
    if (u == "ms") return 0.001;
    if (u == "seconds") return 1;
    if (u == "minutes") return 60;
    if (u == "hours") return 3600;
    if (u == "days") return 86400;
    if (u == "weeks") return 7 * 86400.0;
    if (u == "months") return 30 * 86400.0;
    return 0;
}

bool valid(const Date& d) { return isValidDate(d.year, d.month, d.day); }

int daysIn(int year, int month) {
    for (int d = 31; d >= 28; --d)
        if (isValidDate(year, month, d)) return d;
    return 0;
}

class Parser {
  public:
    Parser(std::string_view text, const SentenceContext& ctx)
        : raw_(reinterpret_cast<const unsigned char*>(text.data())) {
        n_ = text.size() < kMaxSentenceBytes ? text.size() : kMaxSentenceBytes;
        for (std::size_t i = 0; i < n_; ++i) low_[i] = toLower(raw_[i]);
        if (ctx.periodStart && valid(*ctx.periodStart)) start_ = ctx.periodStart;
        if (ctx.periodEnd && valid(*ctx.periodEnd)) end_ = ctx.periodEnd;
    }

    KrSentence run() {
        lex();
        attachUnits();
        compact();
        KrSentence r;
        for (std::size_t i = 0; i < count_; ++i) {
            if (toks_[i].type != T::Num) continue;
            if (toks_[i].percent) r.hasPercent = true;
            if (toks_[i].currency) r.hasCurrency = true;
        }
        first_ = firstMeaningful();
        verbDirection(r);
        dueDate(r);
        arrowsAndFromTo(r);
        band(r);
        baseline(r);
        relative(r);
        toTarget(r);
        leadingCount(r);
        bounded(r);
        ofTarget(r);
        lastResort(r);
        finish(r);
        return r;
    }

  private:
    // ---- lexing -------------------------------------------------------------------------

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
        if (count_ >= kMaxTokens) return nullptr;
        Tok& t = toks_[count_++];
        t = Tok{};
        t.type = type;
        return &t;
    }

    std::string_view text(const Tok& t) const { return std::string_view(low_ + t.off, t.len); }

    void lex() {
        std::size_t i = 0;
        const char* currency = nullptr;
        bool negative = false;
        while (i < n_ && count_ < kMaxTokens) {
            const unsigned char c = raw_[i];
            if (isAlpha(c)) {
                const std::size_t start = i;
                while (i < n_ && isAlpha(raw_[i])) ++i;
                if (Tok* t = push(T::Word)) {
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
                    if (count_ > 0 && toks_[count_ - 1].type == T::Num)
                        toks_[count_ - 1].percent = true;
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
                    if (count_ > 0 && toks_[count_ - 1].type == T::Num && i > 0 &&
                        (isDigit(raw_[i - 1]) || raw_[i - 1] == '%'))
                        toks_[count_ - 1].plusAfter = true;
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
            const std::string_view s(low_ + w, i - w);
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
            } else {
                label = true;  // "2fa", "3d", "4g": a name, not a value
                i = w;
            }
        }
        // A compound adjective after it: 90-day, 3-week, 10-to-50-person.
        if (const std::size_t h = hyphenAt(i); h > 0 && i + h < n_ && isAlpha(raw_[i + h]))
            label = true;
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

    bool isWord(std::size_t i, std::string_view w) const {
        return i < count_ && toks_[i].type == T::Word && text(toks_[i]) == w;
    }

    // Unit words, "thousand/million", "/month" and "per week" after numbers.
    void attachUnits() {
        for (std::size_t i = 0; i < count_; ++i) {
            Tok& t = toks_[i];
            if (t.type != T::Num) continue;
            std::size_t j = i + 1;
            if (j < count_ && toks_[j].type == T::Word) {
                const std::string_view w = text(toks_[j]);
                if (w == "thousand" || w == "million" || w == "billion") {
                    t.value *= w == "thousand" ? 1e3 : w == "million" ? 1e6 : 1e9;
                    toks_[j++].type = T::Skip;
                }
            }
            if (j < count_ && toks_[j].type == T::Word && !t.unit && !t.percent) {
                const std::string_view w = text(toks_[j]);
                if (const char* u = unitFor(w)) {
                    if (u[0] == '%')
                        t.percent = true;
                    else if (u[0] == '$' || std::string_view(u) == "€" ||
                             std::string_view(u) == "£")
                        t.currency = u;
                    else
                        t.unit = u;
                    toks_[j++].type = T::Skip;
                    if ((w == "percentage" || w == "basis") && isWord(j, "points"))
                        toks_[j++].type = T::Skip;
                }
            }
            // "/month", "per week", "calls/month", "signups per week"; "8.4 / 10".
            if (j + 1 < count_ && toks_[j].type == T::Slash && toks_[j + 1].type == T::Num) {
                toks_[j].type = T::Skip;
                toks_[j + 1].type = T::Skip;
                continue;
            }
            std::size_t noun = count_;
            if (j + 2 < count_ && toks_[j].type == T::Word && !periodFor(text(toks_[j])) &&
                (isWord(j + 1, "per") || toks_[j + 1].type == T::Slash) &&
                toks_[j + 2].type == T::Word && periodFor(text(toks_[j + 2]))) {
                noun = j;
                ++j;
            }
            if (j + 1 < count_ && (toks_[j].type == T::Slash || isWord(j, "per")) &&
                toks_[j + 1].type == T::Word) {
                if (const char* p = periodFor(text(toks_[j + 1]))) {
                    t.per = p;
                    if (noun < count_) {
                        t.nounOff = toks_[noun].off;
                        t.nounLen = toks_[noun].len;
                        toks_[noun].type = T::Skip;
                    }
                    toks_[j].type = T::Skip;
                    toks_[j + 1].type = T::Skip;
                }
            }
        }
    }

    void compact() {
        std::size_t k = 0;
        for (std::size_t i = 0; i < count_; ++i)
            if (toks_[i].type != T::Skip) toks_[k++] = toks_[i];
        count_ = k;
        for (std::size_t i = 0; i < count_; ++i) used_[i] = false;
    }

    // ---- shapes ---------------------------------------------------------------------------

    bool isNum(std::size_t i) const {
        return i < count_ && toks_[i].type == T::Num && !toks_[i].label && !used_[i];
    }

    std::size_t firstMeaningful() const {
        const WordTable& words = defaultWordTable();
        for (std::size_t i = 0; i < count_; ++i) {
            const Tok& t = toks_[i];
            if (t.type == T::Num && t.label) continue;
            if (t.type != T::Word) {
                if (t.type == T::Colon || t.type == T::LParen || t.type == T::RParen) continue;
                return i;
            }
            const std::string_view w = text(t);
            if (words.isWord(w, WordClass::StopWord) || words.isWord(w, WordClass::Filler))
                continue;
            return i;
        }
        return count_;
    }

    void verbDirection(KrSentence& r) {
        if (first_ >= count_ || toks_[first_].type != T::Word) return;
        const WordTable& words = defaultWordTable();
        const std::string_view w = text(toks_[first_]);
        if (words.isWord(w, WordClass::IncreaseVerb))
            r.verbDirection = Direction::Increase;
        else if (words.isWord(w, WordClass::DecreaseVerb))
            r.verbDirection = Direction::Decrease;
        if (words.isWord(w, WordClass::MaintainVerb)) r.kind = KrKind::Maintain;
        if (words.isWord(w, WordClass::BaselineWord)) baselineVerb_ = true;
    }

    // Bound words starting at `i`: returns the bound and sets `next` past them.
    Bound boundAt(std::size_t i, std::size_t& next) const {
        if (i >= count_) return Bound::None;
        const T type = toks_[i].type;
        if (type == T::Le || type == T::Lt) {
            next = i + 1;
            return Bound::AtMost;
        }
        if (type == T::Ge || type == T::Gt) {
            next = i + 1;
            return Bound::AtLeast;
        }
        struct Seq {
            std::string_view w[4];
            Bound b;
            bool negated;
        };
        static const Seq kSeqs[] = {
            {{"not", "to", "exceed", ""}, Bound::AtMost, true},
            {{"not", "to", "go", "beyond"}, Bound::AtMost, true},
            {{"not", "to", "go", "over"}, Bound::AtMost, true},
            {{"not", "to", "go", "above"}, Bound::AtMost, true},
            {{"not", "to", "fall", "below"}, Bound::AtLeast, true},
            {{"not", "to", "drop", "below"}, Bound::AtLeast, true},
            {{"not", "exceed", "", ""}, Bound::AtMost, true},
            {{"not", "above", "", ""}, Bound::AtMost, true},
            {{"not", "below", "", ""}, Bound::AtLeast, true},
            {{"no", "more", "than", ""}, Bound::AtMost, false},
            {{"not", "more", "than", ""}, Bound::AtMost, false},
            {{"no", "less", "than", ""}, Bound::AtLeast, false},
            {{"less", "than", "", ""}, Bound::AtMost, false},
            {{"fewer", "than", "", ""}, Bound::AtMost, false},
            {{"lower", "than", "", ""}, Bound::AtMost, false},
            {{"more", "than", "", ""}, Bound::AtLeast, false},
            {{"greater", "than", "", ""}, Bound::AtLeast, false},
            {{"higher", "than", "", ""}, Bound::AtLeast, false},
            {{"at", "most", "", ""}, Bound::AtMost, false},
            {{"at", "least", "", ""}, Bound::AtLeast, false},
            {{"up", "to", "", ""}, Bound::AtMost, false},
            {{"under", "", "", ""}, Bound::AtMost, false},
            {{"below", "", "", ""}, Bound::AtMost, false},
            {{"max", "", "", ""}, Bound::AtMost, false},
            {{"maximum", "", "", ""}, Bound::AtMost, false},
            {{"above", "", "", ""}, Bound::AtLeast, false},
            {{"over", "", "", ""}, Bound::AtLeast, false},
            {{"min", "", "", ""}, Bound::AtLeast, false},
            {{"minimum", "", "", ""}, Bound::AtLeast, false},
            {{"exceed", "", "", ""}, Bound::AtLeast, false},
        };
        for (const Seq& s : kSeqs) {
            std::size_t k = 0;
            while (k < 4 && !s.w[k].empty() && isWord(i + k, s.w[k])) ++k;
            if (k < 4 && !s.w[k].empty()) continue;
            next = i + k;
            if (s.negated) negatedBound_ = true;
            return s.b;
        }
        return Bound::None;
    }

    // Skips "about", "around", "approximately", "a", "an", "the" before a number.
    std::size_t skipSoft(std::size_t i) const {
        while (i < count_ &&
               (isWord(i, "about") || isWord(i, "around") || isWord(i, "approximately") ||
                isWord(i, "roughly") || isWord(i, "nearly") || isWord(i, "near") ||
                isWord(i, "just") || isWord(i, "a") || isWord(i, "an") || isWord(i, "the") ||
                toks_[i].type == T::Plus))
            ++i;
        return i;
    }

    // The number a "to"/bound/"of" points at, from `i`: index of the Num or count_.
    std::size_t valueAt(std::size_t i, Bound* bound) const {
        i = skipSoft(i);
        std::size_t next = i;
        const Bound b = boundAt(i, next);
        if (b != Bound::None) i = skipSoft(next);
        if (!isNum(i)) return count_;
        if (bound && b != Bound::None) *bound = b;
        return i;
    }

    void setBaseline(KrSentence& r, std::size_t i) {
        if (baselineTok_ < count_ || i >= count_) return;
        baselineTok_ = i;
        used_[i] = true;
        r.baseline = toks_[i].value;
    }
    void setTarget(KrSentence& r, std::size_t i, Bound b = Bound::None) {
        if (targetTok_ < count_ || i >= count_) return;
        targetTok_ = i;
        used_[i] = true;
        r.target = toks_[i].value;
        if (b != Bound::None) r.bound = b;
        if (toks_[i].plusAfter && r.bound == Bound::None) r.bound = Bound::AtLeast;
    }

    void arrowsAndFromTo(KrSentence& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            // "X → Y"
            if (isNum(i) && i + 2 < count_ && toks_[i + 1].type == T::Arrow && isNum(i + 2)) {
                setBaseline(r, i);
                setTarget(r, i + 2);
                r.fromTo = true;
                return;
            }
            // "from X … to Y" (or "from X → Y")
            if (isWord(i, "from") && isNum(i + 1)) {
                for (std::size_t j = i + 2; j < count_ && j <= i + 6; ++j) {
                    if (!isWord(j, "to") && toks_[j].type != T::Arrow) continue;
                    Bound b = Bound::None;
                    const std::size_t v = valueAt(j + 1, &b);
                    if (v >= count_) break;
                    setBaseline(r, i + 1);
                    setTarget(r, v, b);
                    r.fromTo = true;
                    return;
                }
            }
        }
    }

    void band(KrSentence& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            std::size_t lo = count_, hi = count_;
            if (isWord(i, "between") && isNum(i + 1) &&
                (isWord(i + 2, "and") || isWord(i + 2, "to")) && isNum(i + 3)) {
                lo = i + 1;
                hi = i + 3;
            } else if (isWord(i, "range")) {
                std::size_t j = i + 1;
                if (isWord(j, "of")) ++j;
                if (isNum(j) && (isWord(j + 1, "to") || isWord(j + 1, "and")) && isNum(j + 2)) {
                    lo = j;
                    hi = j + 2;
                }
            }
            if (lo >= count_) continue;
            double a = toks_[lo].value, b = toks_[hi].value;
            if (a > b) std::swap(a, b);
            r.bandLow = a;
            r.bandHigh = b;
            used_[lo] = used_[hi] = true;
            bandTok_ = hi;
            r.kind = KrKind::Maintain;
            return;
        }
    }

    void baseline(KrSentence& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isWord(i, "baseline") && !isWord(i, "currently") && !isWord(i, "today")) continue;
            std::size_t j = i + 1;
            while (j < count_ && (toks_[j].type == T::Colon || isWord(j, "of") || isWord(j, "is") ||
                                  isWord(j, "was") || isWord(j, "at")))
                ++j;
            if (isNum(j)) {
                setBaseline(r, j);
                return;
            }
        }
    }

    void relative(KrSentence& r) {
        const WordTable& words = defaultWordTable();
        const bool changeVerb = r.verbDirection.has_value() ||
                                (first_ < count_ && toks_[first_].type == T::Word &&
                                 words.isWord(text(toks_[first_]), WordClass::GenericVerb));
        for (std::size_t i = 0; i < count_; ++i) {
            if (isWord(i, "double") || isWord(i, "doubling")) {
                r.relativeChange = 1.0;
                return;
            }
            if (isWord(i, "triple") || isWord(i, "tripling")) {
                r.relativeChange = 2.0;
                return;
            }
            if (isWord(i, "halve") || isWord(i, "halving")) {
                r.relativeChange = -0.5;
                return;
            }
            if (!changeVerb || !isWord(i, "by")) continue;
            std::size_t j = i + 1;
            if (j < count_ && toks_[j].type == T::Plus) ++j;
            if (!isNum(j)) continue;
            const Tok& t = toks_[j];
            if (t.percent) {
                used_[j] = true;
                const double sign = r.verbDirection == Direction::Decrease ? -1.0 : 1.0;
                r.relativeChange = sign * std::fabs(t.value) / 100.0;
                return;
            }
            if (t.unit && std::string_view(t.unit) == "x") {
                used_[j] = true;
                r.relativeChange = t.value - 1.0;
                return;
            }
        }
    }

    void toTarget(KrSentence& r) {
        if (targetTok_ < count_) return;
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isWord(i, "to")) continue;
            Bound b = Bound::None;
            const std::size_t v = valueAt(i + 1, &b);
            if (v < count_) {
                setTarget(r, v, b);
                return;
            }
        }
    }

    void leadingCount(KrSentence& r) {
        if (targetTok_ < count_ || first_ >= count_ || toks_[first_].type != T::Word) return;
        std::size_t j = first_ + 1;
        if (isWord(j, "and") && j + 1 < count_ && toks_[j + 1].type == T::Word) j += 2;
        j = skipSoft(j);
        if (isNum(j)) setTarget(r, j);
    }

    void bounded(KrSentence& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            std::size_t next = i;
            negatedBound_ = false;
            const Bound b = boundAt(i, next);
            if (b == Bound::None) continue;
            const std::size_t v = skipSoft(next);
            if (v < count_ && v == targetTok_) {
                r.bound = b;
                if (negatedBound_) maintainBound_ = true;
                return;
            }
            if (targetTok_ >= count_ && isNum(v)) {
                setTarget(r, v, b);
                if (negatedBound_) maintainBound_ = true;
                return;
            }
            if (negatedBound_ && targetTok_ >= count_) maintainBound_ = true;
        }
        negatedBound_ = false;
    }

    void ofTarget(KrSentence& r) {
        if (targetTok_ < count_) return;
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isWord(i, "of") && !isWord(i, "at") && !isWord(i, "reach") &&
                !isWord(i, "reaching") && !isWord(i, "hit") && !isWord(i, "achieve") &&
                !isWord(i, "achieving"))
                continue;
            const std::size_t v = valueAt(i + 1, nullptr);
            if (v < count_) {
                setTarget(r, v);
                return;
            }
        }
    }

    void lastResort(KrSentence& r) {
        if (targetTok_ < count_ || r.bandLow) return;
        std::size_t found = count_;
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isNum(i) || !(toks_[i].percent || toks_[i].currency)) continue;
            if (found < count_) return;  // two candidates: do not guess
            found = i;
        }
        if (found < count_) setTarget(r, found);
    }

    // ---- due dates --------------------------------------------------------------------------

    int monthAt(std::size_t i) const {
        if (i >= count_ || toks_[i].type != T::Word) return 0;
        const std::string_view w = text(toks_[i]);
        for (int m = 0; m < 12; ++m)
            for (const std::string_view name : kMonths[m])
                if (!name.empty() && w == name) return m + 1;
        return 0;
    }

    // A small whole number at token i within [lo, hi], else -1.
    int intAt(std::size_t i, int lo, int hi) const {
        if (i >= count_ || toks_[i].type != T::Num || toks_[i].percent || toks_[i].currency)
            return -1;
        const double v = toks_[i].value;
        if (!(v >= lo && v <= hi) || v != std::floor(v)) return -1;
        return static_cast<int>(v);
    }

    std::optional<int> contextYear() const {
        if (start_) return start_->year;
        if (end_) return end_->year;
        return std::nullopt;
    }

    // A date without a year: the period's year, or the next one if it would fall before it.
    std::optional<Date> placeInPeriod(int month, int day, std::optional<int> year) const {
        if (year) {
            if (!isValidDate(*year, month, day)) return std::nullopt;
            return Date{*year, month, day};
        }
        const auto y = contextYear();
        if (!y) return std::nullopt;
        if (!isValidDate(*y, month, day)) {
            if (isValidDate(*y + 1, month, day)) return Date{*y + 1, month, day};
            return std::nullopt;
        }
        Date d{*y, month, day};
        if (start_ && d < *start_ && isValidDate(*y + 1, month, day)) d = Date{*y + 1, month, day};
        return d;
    }

    std::optional<Date> endOfMonth(int month, std::optional<int> year) const {
        if (year) return checked(Date{*year, month, daysIn(*year, month)});
        const auto y = contextYear();
        if (!y) return std::nullopt;
        const Date d{*y, month, daysIn(*y, month)};
        if (start_ && d < *start_) return checked(Date{*y + 1, month, daysIn(*y + 1, month)});
        return checked(d);
    }

    static std::optional<Date> checked(const Date& d) {
        if (!valid(d)) return std::nullopt;
        return d;
    }

    std::optional<Date> endOfWeek(int week) const {
        if (!start_ || week < 1 || week > 60) return std::nullopt;
        return checked(Date::fromDays(start_->toDays() + 7L * week - 1));
    }

    // The date expression starting at token i (after "by"); `last` gets its final token.
    std::optional<Date> dateAt(std::size_t i, std::size_t& last) const {
        if (i >= count_) return std::nullopt;
        if (toks_[i].type == T::Date) {
            last = i;
            return toks_[i].date;
        }
        if (isWord(i, "the")) ++i;
        if (isWord(i, "eoq")) {
            last = i;
            return end_;
        }
        if (isWord(i, "eoy")) {
            const auto y = contextYear();
            last = i;
            if (!y) return std::nullopt;
            return checked(Date{*y, 12, 31});
        }
        bool endOf = false;
        if (isWord(i, "end") && isWord(i + 1, "of")) {
            endOf = true;
            i += 2;
            if (isWord(i, "the")) ++i;
        }
        // quarter: "Q2", "Q2 2026", "quarter", "the quarter"
        if (isWord(i, "q") && intAt(i + 1, 1, 4) > 0 && toks_[i + 1].label) {
            const int q = intAt(i + 1, 1, 4);
            const int y = intAt(i + 2, 1900, 2200);
            last = y > 0 ? i + 2 : i + 1;
            const auto year = y > 0 ? std::optional<int>(y) : contextYear();
            if (!year) return std::nullopt;
            const int month = q * 3;
            const Date d{*year, month, daysIn(*year, month)};
            if (y <= 0 && start_ && d < *start_)
                return checked(Date{*year + 1, month, daysIn(*year + 1, month)});
            return checked(d);
        }
        if (isWord(i, "h") && (intAt(i + 1, 1, 2) > 0) && toks_[i + 1].label) {
            const int h = intAt(i + 1, 1, 2);
            last = i + 1;
            return endOfMonth(h == 1 ? 6 : 12, std::nullopt);
        }
        if (endOf &&
            (isWord(i, "quarter") || isWord(i, "q") || isWord(i, "period") || isWord(i, "cycle"))) {
            last = i;
            return end_;
        }
        if (endOf && isWord(i, "year")) {
            last = i;
            return endOfMonth(12, std::nullopt);
        }
        if (isWord(i, "week")) {
            const int w = intAt(i + 1, 1, 60);
            if (w > 0) {
                last = i + 1;
                return endOfWeek(w);
            }
            return std::nullopt;
        }
        // "June", "Jun 30", "June 30th, 2026", "30 June", "30th of June 2026"
        if (const int m = monthAt(i)) {
            const int day = intAt(i + 1, 1, 31);
            if (day > 0 && !endOf) {
                std::size_t j = i + 2;
                const int y = intAt(j, 1900, 2200);
                last = y > 0 ? j : i + 1;
                return placeInPeriod(m, day, y > 0 ? std::optional<int>(y) : std::nullopt);
            }
            const int y = intAt(i + 1, 1900, 2200);
            last = y > 0 ? i + 1 : i;
            return endOfMonth(m, y > 0 ? std::optional<int>(y) : std::nullopt);
        }
        if (!endOf) {
            const int day = intAt(i, 1, 31);
            if (day > 0) {
                std::size_t j = i + 1;
                if (isWord(j, "of")) ++j;
                if (const int m = monthAt(j)) {
                    const int y = intAt(j + 1, 1900, 2200);
                    last = y > 0 ? j + 1 : j;
                    return placeInPeriod(m, day, y > 0 ? std::optional<int>(y) : std::nullopt);
                }
            }
        }
        return std::nullopt;
    }

    void dueDate(KrSentence& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isWord(i, "by") && !isWord(i, "before") && !isWord(i, "until") &&
                !isWord(i, "due") && !isWord(i, "deadline"))
                continue;
            std::size_t last = i;
            const auto d = dateAt(i + 1, last);
            if (last > i) {
                for (std::size_t k = i + 1; k <= last && k < count_; ++k) used_[k] = true;
            }
            if (d && !r.due) {
                r.due = d;
                return;
            }
        }
    }

    // ---- result -----------------------------------------------------------------------------

    void unitOf(const Tok& t, std::string& out) const {
        if (t.percent) {
            out = "%";
        } else if (t.currency) {
            out = t.currency;
        } else {
            if (t.nounLen > 0) out.assign(low_ + t.nounOff, t.nounLen);
            if (t.per) {
                if (out.empty() && t.unit) out = t.unit;
                out += '/';
                out += t.per;
            } else if (out.empty() && t.unit) {
                out = t.unit;
            }
        }
    }

    void finish(KrSentence& r) {
        if (targetTok_ < count_) {
            unitOf(toks_[targetTok_], r.unit);
        }
        if (r.unit.empty() && baselineTok_ < count_) unitOf(toks_[baselineTok_], r.unit);
        if (r.unit.empty() && bandTok_ < count_) unitOf(toks_[bandTok_], r.unit);
        // "from 1.4s to 400ms": compare in the target's unit.
        if (r.baseline && targetTok_ < count_ && baselineTok_ < count_) {
            const double a = secondsPer(toks_[baselineTok_].unit);
            const double b = secondsPer(toks_[targetTok_].unit);
            if (a > 0 && b > 0 && a != b) r.baseline = *r.baseline * a / b;
        }
        if (r.baseline && r.target && *r.baseline != *r.target)
            r.numberDirection = *r.target > *r.baseline ? Direction::Increase : Direction::Decrease;
        if (r.numberDirection)
            r.direction = r.numberDirection;
        else if (r.verbDirection)
            r.direction = r.verbDirection;
        else if (r.bound == Bound::AtMost)
            r.direction = Direction::Decrease;
        else if (r.bound == Bound::AtLeast)
            r.direction = Direction::Increase;
        else if (r.relativeChange)
            r.direction = *r.relativeChange < 0 ? Direction::Decrease : Direction::Increase;
        if (r.relativeChange && r.verbDirection == Direction::Decrease && *r.relativeChange > 0)
            r.relativeChange = -*r.relativeChange;
        if (!r.kind) {
            if (maintainBound_)
                r.kind = KrKind::Maintain;
            else if (baselineVerb_ && !r.target)
                r.kind = KrKind::Baseline;
            else if (r.target || r.relativeChange)
                r.kind = KrKind::Metric;
        }
    }

    const unsigned char* raw_;
    std::optional<Date> start_, end_;
    std::size_t n_ = 0;
    char low_[kMaxSentenceBytes];
    Tok toks_[kMaxTokens];
    bool used_[kMaxTokens];
    std::size_t count_ = 0;
    std::size_t first_ = 0;
    std::size_t baselineTok_ = kMaxTokens + 1;
    std::size_t targetTok_ = kMaxTokens + 1;
    std::size_t bandTok_ = kMaxTokens + 1;
    mutable bool negatedBound_ = false;
    bool maintainBound_ = false;
    bool baselineVerb_ = false;
};

}  // namespace

bool KrSentence::empty() const {
    return !baseline && !target && !bandLow && !bandHigh && !relativeChange && unit.empty() &&
           !direction && !kind && !due && bound == Bound::None && !fromTo && !hasPercent &&
           !hasCurrency;
}

std::optional<double> KrSentence::targetFrom(std::optional<double> base) const {
    if (target) return target;
    if (!relativeChange || !base) return std::nullopt;
    return *base * (1.0 + *relativeChange);
}

KrSentence parseKrSentence(std::string_view text, const SentenceContext& context) noexcept {
    try {
        Parser parser(text, context);
        return parser.run();
    } catch (...) {
        return KrSentence{};
    }
}

}  // namespace okr
