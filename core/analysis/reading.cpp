// The sentence reader; see reading.h. Three steps: a lexer turns the text into at most kMaxTokens
// tokens (words, numbers, marks) in fixed arrays; the word table gives each word its classes (one
// scan, phrases included); then a few patterns find the form, the lead verb, the noun phrase it
// is about and the clauses around it.
#include "analysis/reading.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "analysis/sentence.h"

namespace okr {

namespace {

constexpr std::size_t kMaxTokens = 96;
constexpr std::size_t kMaxMatches = 192;

enum class T : std::uint8_t { Word, Num, Mark };

// Plain data: the token array is filled by push(), never default-initialised as a whole.
struct Tok {
    T type;
    std::uint16_t off, len;  // bytes of the original text
    char mark;               // Mark: ',', ';', ':', '(', ')', '.', '>' (arrow), '/', '&'
    bool hyphenBefore;       // joined to the previous token by a hyphen
    bool joined;             // hyphen-joined on either side: "on-call", "go-to"
    bool capital;            // starts with a capital letter (and is not the first word)
    bool label;              // a number that names (Q3, v2, 90-day, a year), not a value
    bool percent, money;
    bool possessive;         // "shoppers' confidence", "the firm's liquidity"
    int word;                // index in the word list (Word tokens)
    ClassMask cls;           // classes of the word alone
    ClassMask phraseCls;     // classes of the phrases starting here …
    std::uint8_t phraseLen;  // … and the longest one's length in tokens
};

bool alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

constexpr ClassMask kVerbs = bit(WordClass::ActivityVerb) | bit(WordClass::BuildVerb) |
                             bit(WordClass::AchieveVerb) | bit(WordClass::IncreaseVerb) |
                             bit(WordClass::DecreaseVerb) | bit(WordClass::GenericVerb) |
                             bit(WordClass::MaintainVerb) | bit(WordClass::BaselineWord) |
                             bit(WordClass::StaffVerb) | bit(WordClass::LaunchVerb);
constexpr ClassMask kNouns =
    bit(WordClass::DeliverableNoun) | bit(WordClass::MetricNoun) | bit(WordClass::VanityMetric) |
    bit(WordClass::AbstractNoun) | bit(WordClass::AgentNoun) | bit(WordClass::BinaryNoun) |
    bit(WordClass::TeamWord) | bit(WordClass::CountWord) | bit(WordClass::TacticPhrase);
constexpr ClassMask kFunction = bit(WordClass::Determiner) | bit(WordClass::Preposition) |
                                bit(WordClass::Conjunction) | bit(WordClass::BeVerb) |
                                bit(WordClass::OutcomeLink) | bit(WordClass::Filler);

class Reader {
  public:
    Reader(std::string_view text, const WordTable& table) : table_(table) {
        n_ = std::min(text.size(), kMaxSentenceBytes);
        raw_ = reinterpret_cast<const unsigned char*>(text.data());
        for (std::size_t i = 0; i < n_; ++i) low_[i] = asciiLower(raw_[i]);
    }

    Wording run() {
        lex();
        fractions();
        markJoined();
        classify();
        dropClosingFrame();
        Wording r;
        r.classes = classes_;
        numbers(r);
        std::size_t lead = leadToken();
        if (lead >= count_) return r;
        // "Area 2: …": a number in the label before the sentence is a name, not a value.
        bool labelled = false;
        for (std::size_t k = 0; k < lead; ++k)
            if (isValue(k)) toks_[k].label = labelled = true;
        if (labelled) {
            r.anyNumber = r.percentOrMoney = false;
            numbers(r);
        }
        if (nominalWork(lead))
            workNamed(r, lead);
        else if (startsImperative(lead))
            imperative(r, lead);
        else
            subjectFirst(r, lead);
        clauses(r);
        words(r);
        mannerOf(r);
        r.classes = classes_;
        return r;
    }

  private:
    // ---- lexing ---------------------------------------------------------------------------

    Tok* push(T type, std::size_t off, std::size_t len) {
        if (count_ >= kMaxTokens) return nullptr;
        Tok& t = toks_[count_++];
        t = Tok{type, 0, 0, 0, false, false, false, false, false, false, false, -1, 0, 0, 0};
        t.off = static_cast<std::uint16_t>(off);
        t.len = static_cast<std::uint16_t>(len);
        return &t;
    }

    void lex() {
        std::size_t i = 0;
        bool hyphen = false, money = false, range = false;
        while (i < n_ && count_ < kMaxTokens) {
            const unsigned char c = raw_[i];
            if (alpha(c) || digit(c)) {
                const std::size_t start = i;
                bool letters = false, digits = false;
                while (i < n_ && (alpha(raw_[i]) || digit(raw_[i]) ||
                                  ((raw_[i] == ',' || raw_[i] == '.') && digits && i + 1 < n_ &&
                                   digit(raw_[i + 1]) && !letters))) {
                    letters = letters || alpha(raw_[i]);
                    digits = digits || digit(raw_[i]);
                    ++i;
                }
                // ("two-thirds", "three-quarters": read as "two thirds", a share in words.)
                bool parts = false;
                if (!digits && i + 1 < n_ && raw_[i] == '-') {
                    std::size_t e = i + 1;
                    while (e < n_ && alpha(raw_[e])) ++e;
                    const std::string_view part(low_ + i + 1, e - i - 1);
                    parts = part == "thirds" || part == "quarters" || part == "fifths" ||
                            part == "tenths";
                }
                const bool number = (digits && (!letters || numberWithSuffix(start, i))) ||
                                    (!digits && i - start <= 8 && i < n_ &&
                                     (raw_[i] == ' ' || parts) && numberWord(start, i));
                Tok* t = push(number ? T::Num : T::Word, start, i - start);
                if (!t) break;
                t->hyphenBefore = hyphen;
                if (number) {
                    t->money = money;
                    // "#2 Partners see …": the line's number in a list, opening it.
                    if (start == 1 && raw_[0] == '#') t->label = true;
                    if (i < n_ && raw_[i] == '%') {
                        t->percent = true;
                        ++i;
                    }
                    if (i < n_ && raw_[i] == '+') ++i;
                    // Glued to a word by a hyphen: "90-day", "10-to-50-person", "Day-3" — not
                    // the second figure of a range ("1,100–1,700").
                    if ((hyphen && !range) ||
                        (i + 1 < n_ && raw_[i] == '-' && alpha(raw_[i + 1]) && !parts))
                        t->label = true;
                } else if (digits) {
                    t->label = true;  // p95, Q3, v2, B2B: a name
                }
                hyphen = false;
                range = false;
                money = false;
                continue;
            }
            if (c == '-' && i > 0 && i + 1 < n_ && (alpha(raw_[i - 1]) || digit(raw_[i - 1])) &&
                (alpha(raw_[i + 1]) || digit(raw_[i + 1]))) {
                hyphen = true;
                range = digit(raw_[i - 1]) && digit(raw_[i + 1]);
                ++i;
                continue;
            }
            // An en dash between two words with no space is a hyphen: "product–market fit".
            if (c == 0xE2 && i > 0 && i + 3 < n_ && raw_[i + 1] == 0x80 && raw_[i + 2] == 0x93 &&
                (alpha(raw_[i - 1]) || digit(raw_[i - 1])) &&
                (alpha(raw_[i + 3]) || digit(raw_[i + 3]))) {
                hyphen = true;
                range = digit(raw_[i - 1]) && digit(raw_[i + 3]);
                i += 3;
                continue;
            }
            hyphen = false;
            range = false;
            // $, £, ¥ and the currency signs block (€, ₩, ₹, ₦ …).
            if (c == '$' ||
                (c == 0xC2 && i + 1 < n_ && (raw_[i + 1] == 0xA3 || raw_[i + 1] == 0xA5)) ||
                (c == 0xE2 && i + 2 < n_ && raw_[i + 1] == 0x82 && raw_[i + 2] >= 0xA0)) {
                money = true;
                i += c == '$' ? 1 : (c == 0xC2 ? 2 : 3);
                continue;
            }
            char mark = 0;
            std::size_t len = 1;
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '/' ||
                c == '&' || c == '!' || c == '?') {
                mark = static_cast<char>(c);
            } else if (c == '[' || c == ']') {
                mark = c == '[' ? '(' : ')';  // "[Stretch] Write a zine": brackets either way
            } else if (c == '-' && i + 1 < n_ && raw_[i + 1] == '>') {
                mark = '>';
                len = 2;
            } else if (c == 0xE2 && i + 2 < n_ && raw_[i + 1] == 0x86 && raw_[i + 2] == 0x92) {
                mark = '>';
                len = 3;
            } else if (c == 0xE2 && i + 2 < n_ && raw_[i + 1] == 0x80 &&
                       (raw_[i + 2] == 0x93 || raw_[i + 2] == 0x94)) {
                mark = ';';  // en or em dash between clauses
                len = 3;
            } else if (c == '-' && (i == 0 || raw_[i - 1] == ' ')) {
                mark = ';';
            }
            // "the firm's liquidity": the possessive s is not a word.
            if ((c == '\'' ||
                 (c == 0xE2 && i + 2 < n_ && raw_[i + 1] == 0x80 && raw_[i + 2] == 0x99)) &&
                i > 0 && alpha(raw_[i - 1])) {
                const std::size_t q = c == '\'' ? i + 1 : i + 3;
                const bool last = count_ > 0 && toks_[count_ - 1].type == T::Word &&
                                  toks_[count_ - 1].off + toks_[count_ - 1].len == i;
                if (q < n_ && (raw_[q] == 's' || raw_[q] == 'S') &&
                    (q + 1 >= n_ || !alpha(raw_[q + 1]))) {
                    if (last) toks_[count_ - 1].possessive = true;
                    i = q + 1;
                    continue;
                }
                // "Plugins don't slow down the editor": the word and its "not" (read as "do" and
                // "not"; the lower-case copy spells the "n't" as "not" in its own three places).
                // ("can't" and "won't" keep their one token: "ca" and "wo" are no words.)
                const std::string_view stem =
                    last && toks_[count_ - 1].len >= 3
                        ? std::string_view(low_ + toks_[count_ - 1].off, toks_[count_ - 1].len - 1)
                        : std::string_view();
                if (c == '\'' && q < n_ && (raw_[q] == 't' || raw_[q] == 'T') &&
                    (q + 1 >= n_ || !alpha(raw_[q + 1])) &&
                    (raw_[i - 1] == 'n' || raw_[i - 1] == 'N') &&
                    (stem == "do" || stem == "does" || stem == "did" || stem == "is" ||
                     stem == "are" || stem == "was" || stem == "were" || stem == "has" ||
                     stem == "have" || stem == "had" || stem == "should" || stem == "would" ||
                     stem == "could" || stem == "need" || stem == "must")) {
                    --toks_[count_ - 1].len;
                    low_[i] = 'o';
                    push(T::Word, i - 1, 3);
                    i = q + 1;
                    continue;
                }
                // "shoppers' confidence": the plural possessive.
                if (last && (raw_[i - 1] == 's' || raw_[i - 1] == 'S') &&
                    (q >= n_ || !alpha(raw_[q])))
                    toks_[count_ - 1].possessive = true;
            }
            if (mark) push(T::Mark, i, len)->mark = mark;
            i += len;
        }
    }

    // "a quarter of the slots", "half of all members": a share said in words is one value, as
    // "25%" would be. ("1 in 2 users" stays two numbers: S4's own objective names a ratio so.)
    void fractions() {
        const auto said = [this](std::size_t i, std::string_view w) {
            return i < count_ && toks_[i].type != T::Mark && lowText(toks_[i]) == w;
        };
        const auto part = [&](std::size_t i) {
            return said(i, "half") || said(i, "third") || said(i, "quarter") || said(i, "fifth") ||
                   said(i, "tenth");
        };
        std::size_t out = 0;
        for (std::size_t i = 0; i < count_; ++i) {
            std::size_t n = 0;  // tokens that become one value
            if ((said(i, "a") || said(i, "one")) && part(i + 1) && said(i + 2, "of"))
                n = 2;
            else if (said(i, "half") && said(i + 1, "of"))
                n = 1;
            Tok t = toks_[i];
            if (n > 0) {
                const Tok& last = toks_[i + n - 1];
                t.type = T::Num;
                t.percent = true;
                t.label = false;
                t.len = static_cast<std::uint16_t>(last.off + last.len - t.off);
                i += n - 1;
            }
            toks_[out++] = t;
        }
        count_ = out;
    }

    // "Broadening our income streams is still one of the company's main aims": the closing words
    // say that the sentence before them is an aim; the sentence is read without them.
    void dropClosingFrame() {
        std::size_t end = count_;
        while (end > 0 && isMark(end - 1)) --end;
        if (end < 4) return;
        const std::size_t last = end - 1;
        if (!(isListed(last, "aim|aims|goal|goals|priority|priorities|objective|objectives")))
            return;
        std::size_t k = last;
        while (k > 0 && last - k < 7 && !(is(k, "is") || is(k, "remains"))) --k;
        if (k < 2 || !(is(k, "is") || is(k, "remains"))) return;
        for (std::size_t j = k + 1; j < last; ++j)
            if (!(is(j, "still") || is(j, "also") || lowText(toks_[j]) == "one" ||
                  isListed(j,
                           "of|our|the|its|their|main|key|chief|top|core|central|company|group|"
                           "firm|s") ||
                  isMark(j, '\'')))
                return;
        count_ = k;
    }

    void markJoined() {
        for (std::size_t i = 0; i < count_; ++i) {
            Tok& t = toks_[i];
            if (t.hyphenBefore) {
                t.joined = true;
                if (i > 0) toks_[i - 1].joined = true;
            }
            t.capital = i > 0 && t.type == T::Word && raw_[t.off] >= 'A' && raw_[t.off] <= 'Z' &&
                        !isMark(i - 1, '.') && !isMark(i - 1, ':');
        }
        // "Improve Our Staff Retention": in a title-cased text a capital names nothing.
        int longWords = 0, capitals = 0;
        for (std::size_t i = 1; i < count_; ++i) {
            if (toks_[i].type != T::Word || toks_[i].len <= 3) continue;
            ++longWords;
            capitals += toks_[i].capital ? 1 : 0;
        }
        if (longWords >= 2 && capitals == longWords)
            for (std::size_t i = 0; i < count_; ++i) toks_[i].capital = false;
    }

    // "31/03", "6/15": a day and a month either way round ("50/50" is a split).
    static bool dayAndMonth(std::string_view a, std::string_view b) {
        const auto value = [](std::string_view d) {
            int n = 0;
            for (const char c : d) n = n * 10 + (c - '0');
            return n;
        };
        const int x = value(a), y = value(b);
        return x >= 1 && y >= 1 && x <= 31 && y <= 31 && (x <= 12 || y <= 12);
    }

    // A capitalised name in a line not written in title case: "Formula", "Java" (not "NPS",
    // "Revenue" in "Grow Revenue 20%").
    bool namedAt(std::size_t k) const {
        const Tok& w = toks_[k];
        if (!isWord(k) || !w.capital || w.len < 3 || function(k) || verbish(k) ||
            !std::islower(static_cast<unsigned char>(raw_[w.off + 1])) ||
            isListed(k,
                     "eur|usd|gbp|chf|aud|cad|inr|nok|sek|dkk|top|tier|level|grade|year|week|"
                     "day|sprint|phase|stage|step|round|wave|version|release|season"))
            return false;
        std::size_t words = 0, capitals = 0;
        for (std::size_t m = 0; m < count_; ++m)
            if (isWord(m) && !function(m)) {
                ++words;
                capitals += toks_[m].capital;
            }
        return capitals * 2 < words;
    }

    // A share or a count of whom opened before `i`, with no figure in the line: "Increase the share
    // of year-1 pupils reading at or above benchmark" — the bound says who is counted.
    bool shareOfAt(std::size_t i) const {
        for (std::size_t k = 0; k < count_; ++k)
            if (isValue(k)) return false;
        for (std::size_t k = 0; k + 1 < i; ++k)
            if (isListed(k, "share|proportion|percentage|number") && is(k + 1, "of")) return true;
        return false;
    }

    // What "above", "below", "under" or "beyond" at `i` is measured against: a figure, or a
    // level named by its source ("above the industry average", "under budget") — not "above
    // all", "under control", "in town and beyond", "under unexpected growth".
    bool levelAhead(std::size_t i) const {
        // ("above 'satisfied'", "at or below [N]": a level quoted, or one still to fill in.)
        const std::size_t next = toks_[i].off + toks_[i].len + 1;
        if (next < n_ && (raw_[next] == '\'' || raw_[next] == '"' || raw_[next] == 0xE2))
            return true;
        for (std::size_t k = i + 1; k < count_ && k <= i + 4; ++k) {
            if (isValue(k) || isMark(k, '(') || (k == i + 1 && isListed(k, "its|their")))
                return true;
            if (isListed(k,
                         "average|averages|benchmark|benchmarks|median|target|targets|threshold|"
                         "baseline|national|industry|sector|limit|budget|plan|forecast|sla|"
                         "par|norm|standard|expectations|expected|rate|level|levels|mark|"
                         "line|cap|ceiling|floor|minimum|maximum|peers|competitors|last|one"))
                return true;
            if (isMark(k)) return false;
        }
        return false;
    }

    // A unit of time: "a month", "per week", "by day 7" — a period, not a measure.
    bool timeWord(std::size_t i) const {
        return isListed(i,
                        "day|days|week|weeks|month|months|year|years|quarter|quarters|hour|minute|"
                        "minutes|second|seconds|time");
    }

    // A period named with a capital: "Q3", "H2", "FY25", "March".
    bool periodName(std::size_t i) const {
        static constexpr std::string_view kNames[] = {
            "q",        "h",      "fy",     "january", "february",  "march",   "april",
            "may",      "june",   "july",   "august",  "september", "october", "november",
            "december", "spring", "summer", "autumn",  "winter"};
        const std::string_view w(low_ + toks_[i].off, toks_[i].len);
        for (const std::string_view k : kNames)
            if (w == k) return true;
        return w.size() >= 2 && w.size() <= 4 &&
               (w[0] == 'q' || w[0] == 'h' || w.substr(0, 2) == "fy") &&
               std::isdigit(static_cast<unsigned char>(w.back()));
    }

    // "five reps", "a dozen posts": counts in words.
    bool numberWord(std::size_t start, std::size_t end) const {
        const std::string_view w(low_ + start, end - start);
        // "one of the most important events": one among others, not a count.
        if (w == "one" && std::string_view(low_ + end, n_ - end).rfind(" of the ", 0) == 0)
            return false;
        static constexpr std::string_view kWords[] = {
            "one",   "two",     "three",  "four",   "five",     "six",    "seven",  "eight",
            "nine",  "ten",     "eleven", "twelve", "fifteen",  "twenty", "thirty", "forty",
            "fifty", "hundred", "dozen",  "dozens", "hundreds", "zero",   "half"};
        for (const std::string_view k : kWords)
            if (w == k) return true;
        return false;
    }

    // "5k", "1.2M", "2x", "3bn": digits then a multiplier or "x" are a number, not a name.
    bool numberWithSuffix(std::size_t start, std::size_t end) const {
        std::size_t d = start;
        // "x3": a multiple, as "3x" is.
        if (end - start >= 2 && end - start <= 3 && low_[start] == 'x' && digit(raw_[start + 1]) &&
            digit(raw_[end - 1]))
            return true;
        while (d < end && (digit(raw_[d]) || raw_[d] == ',' || raw_[d] == '.')) ++d;
        if (d == start) return false;
        const std::string_view suffix(low_ + d, end - d);
        return suffix == "k" || suffix == "m" || suffix == "b" || suffix == "bn" ||
               suffix == "mm" || suffix == "x" || suffix == "ms" || suffix == "s" ||
               suffix == "h" || suffix == "d" || suffix == "st" || suffix == "nd" ||
               suffix == "rd" || suffix == "th" || suffix == "pp" ||
               // A measure glued to its unit: "12kg", "10km", "30mins" (not "5G": a name).
               suffix == "kg" || suffix == "km" || suffix == "mg" || suffix == "lb" ||
               suffix == "lbs" || suffix == "mi" || suffix == "min" || suffix == "mins" ||
               suffix == "hr" || suffix == "hrs" || suffix == "kwh" || suffix == "mwh" ||
               suffix == "cm" || suffix == "kcal" || suffix == "kb" || suffix == "mb" ||
               suffix == "gb" || suffix == "tb";
    }

    std::string_view lowText(const Tok& t) const { return std::string_view(low_ + t.off, t.len); }

    // ---- word classes ---------------------------------------------------------------------

    void classify() {
        std::string joined;
        joined.reserve(n_ + 1);
        int words = 0;
        for (std::size_t i = 0; i < count_; ++i) {
            Tok& t = toks_[i];
            if (t.type != T::Word || t.label) continue;
            t.word = words++;
            wordTok_[t.word] = static_cast<std::uint8_t>(i);
            joined.append(low_ + t.off, t.len);
            joined += ' ';
        }
        if (words == 0) return;
        const WordText text(joined);
        thread_local WordTable::Match matches[kMaxMatches];
        const std::size_t found = table_.scanInto(text, matches, kMaxMatches, &classes_);
        for (std::size_t m = 0; m < found; ++m) {
            const WordTable::Match& match = matches[m];
            const std::size_t first = wordTok_[match.start];
            const std::size_t last = wordTok_[match.start + match.length - 1];
            const WordClass cls = table_.entry(match).cls;
            if (match.length == 1) {
                toks_[first].cls |= bit(cls);
                continue;
            }
            // A phrase counts only over adjacent tokens ("lines of code", not "lines 5 of code").
            if (last - first + 1 != match.length) continue;
            Tok& t = toks_[first];
            t.phraseCls |= bit(cls);
            t.phraseLen =
                std::max<std::uint8_t>(t.phraseLen, static_cast<std::uint8_t>(last - first + 1));
        }
        // "past 250,000", "beyond 40%": before a value, "past" is a preposition of the target.
        for (std::size_t i = 0; i + 1 < count_; ++i)
            if ((is(i, "past") || is(i, "beyond")) && toks_[i + 1].type == T::Num)
                toks_[i].cls = bit(WordClass::Preposition);
    }

    bool isWord(std::size_t i) const { return i < count_ && toks_[i].type == T::Word; }
    bool has(std::size_t i, WordClass c) const {
        return i < count_ && (toks_[i].cls & bit(c)) != 0;
    }
    bool hasAny(std::size_t i, ClassMask m) const { return i < count_ && (toks_[i].cls & m) != 0; }
    // The word at i, lower-cased, is `w` (a literal: its length is known without strlen).
    template <std::size_t N>
    bool is(std::size_t i, const char (&w)[N]) const {
        if (i >= count_ || toks_[i].type != T::Word || toks_[i].len != N - 1) return false;
        return std::char_traits<char>::compare(low_ + toks_[i].off, w, N - 1) == 0;
    }
    // The word at i, lower-cased, is one of `words`.
    bool isOneOf(std::size_t i, std::initializer_list<std::string_view> words) const {
        return isWord(i) && std::find(words.begin(), words.end(), lowText(toks_[i])) != words.end();
    }
    // The same with `words` as one list split by '|' ("at|on|by": isListedWord).
    bool isListed(std::size_t i, const char* words) const {
        return isWord(i) && isListedWord(lowText(toks_[i]), words);
    }
    // A plain count of one of `nouns` ("15 pieces", "8,000 members") in a sentence that names
    // one of `context` anywhere; with `unlessDescribed`, "8,000 members who post" is what they
    // do, not a count.
    TextSpan countIn(std::initializer_list<std::string_view> context,
                     std::initializer_list<std::string_view> nouns, bool unlessDescribed) const {
        bool named = false;
        for (std::size_t k = 0; k < count_ && !named; ++k) named = isOneOf(k, context);
        // ("one article a fortnight across the three outlets I write for": our own writing.)
        for (std::size_t k = 0; k < count_ && named; ++k)
            named = !isListed(k, "write|writes|wrote|writing");
        for (std::size_t i = 0; named && i + 1 < count_; ++i)
            if (isValue(i) && !toks_[i].percent && !toks_[i].money && isOneOf(i + 1, nouns) &&
                !(unlessDescribed && (is(i + 2, "who") || is(i + 2, "that"))))
                return span(i, i + 2);
        return TextSpan{};
    }
    bool isMark(std::size_t i, char m = 0) const {
        return i < count_ && toks_[i].type == T::Mark && (m == 0 || toks_[i].mark == m);
    }
    bool isValue(std::size_t i) const {
        return i < count_ && toks_[i].type == T::Num && !toks_[i].label;
    }
    template <std::size_t N>
    bool endsWith(std::size_t i, const char (&s)[N]) const {
        if (!isWord(i) || toks_[i].len <= N + 1) return false;
        return std::char_traits<char>::compare(low_ + toks_[i].off + toks_[i].len - (N - 1), s,
                                               N - 1) == 0;
    }
    bool gerund(std::size_t i) const {
        return endsWith(i, "ing") && !endsWith(i, "thing") && !is(i, "during") &&
               !is(i, "morning") && !is(i, "evening") && !is(i, "spring") && !is(i, "string");
    }
    bool participle(std::size_t i) const { return endsWith(i, "ed"); }
    // "PRs", "KPIs", "APIs": capitals, then the plural's "s".
    bool acronymPlural(std::size_t i) const {
        if (!isWord(i) || toks_[i].len < 3) return false;
        const unsigned char* w = raw_ + toks_[i].off;
        for (std::size_t k = 0; k + 1 < toks_[i].len; ++k)
            if (w[k] < 'A' || w[k] > 'Z') return false;
        return w[toks_[i].len - 1] == 's';
    }
    bool function(std::size_t i) const {
        if (i < count_ && toks_[i].joined) return false;  // "on-call", "go-to", "in-store"
        return hasAny(i, kFunction) || has(i, WordClass::StopWord);
    }
    // A word that can be a noun: in a noun class, or unknown and not shaped like a verb form.
    bool nounish(std::size_t i) const {
        if (!isWord(i)) return false;
        if (hasAny(i, kNouns) || (toks_[i].phraseCls & kNouns)) return true;
        if (hasAny(i, kFunction | kVerbs) || has(i, WordClass::StopWord) || manner(i)) return false;
        return !endsWith(i, "ly");
    }
    // An adverb of manner after `i` ("behave predictably", "load quickly"), not an adjective or
    // a period in "-ly" ("early", "weekly", "friendly").
    bool adverbAfter(std::size_t i) const {
        return endsWith(i + 1, "ly") &&
               !isListed(i + 1,
                         "only|early|daily|weekly|monthly|yearly|quarterly|hourly|nightly|"
                         "fortnightly|family|supply|apply|reply|rally|ally|assembly|likely|"
                         "friendly|costly|timely|elderly|lovely|orderly|lonely|silly|holy|belly|"
                         "july|italy");
    }
    // An adverb of manner standing alone ("works well", "emails faster"), not a modifier joined
    // to a noun ("well-known projects").
    bool manner(std::size_t i) const {
        return has(i, WordClass::MannerAdverb) && !toks_[i].joined && !hasAny(i, kNouns);
    }
    bool verbish(std::size_t i) const {
        // "Fixed-route boardings", "Hand-picked volunteers": a word hyphened to the next one is
        // half of a modifier, not a verb.
        if (i + 1 < count_ && toks_[i + 1].hyphenBefore && toks_[i + 1].type == T::Word &&
            !(toks_[i].phraseLen > 1))
            return false;
        return hasAny(i, kVerbs) || has(i, WordClass::ExperienceVerb) ||
               (i < count_ &&
                (toks_[i].phraseCls & (kVerbs | bit(WordClass::ExperienceVerb))) != 0);
    }

    VerbKind verbKind(std::size_t i) const {
        if (i >= count_) return VerbKind::None;
        // A verb of several words is its own verb: "bring on" is staffing whatever "bring" is.
        const bool phrase = toks_[i].phraseLen > 1 && (toks_[i].phraseCls & kVerbs);
        const ClassMask c = phrase ? toks_[i].phraseCls : toks_[i].cls;
        const auto in = [c](WordClass w) { return (c & bit(w)) != 0; };
        // "Hold a discovery day", "Hold 12 webinars": an event held is work, not a level kept
        // ("Hold churn at 2%").
        if (in(WordClass::MaintainVerb) && in(WordClass::ActivityVerb) && !phrase &&
            (is(i + 1, "a") || is(i + 1, "an") ||
             (isValue(i + 1) && !toks_[i + 1].percent && !toks_[i + 1].money && !timeWord(i + 2))))
            return VerbKind::Work;
        if (in(WordClass::MaintainVerb)) return VerbKind::Maintain;
        // "Find 3,500 paying members": people won over, not a search done.
        if ((is(i, "find") || is(i, "finding")) && !phrase)
            for (std::size_t k = i + 1; k < count_ && k <= i + 4 && !isMark(k); ++k)
                if (isListed(k,
                             "members|customers|subscribers|backers|donors|supporters|buyers|users|"
                             "readers|clients"))
                    return VerbKind::Achieve;
        // "Meeting the daily dietary needs of children": needs met, not a meeting held.
        if ((isListed(i, "meet|meets|meeting")) && !phrase)
            for (std::size_t k = i + 1; k < count_ && k <= i + 5 && isWord(k); ++k)
                if (isListed(k, "needs|need|demand|demands|expectations")) return VerbKind::Achieve;
        if (in(WordClass::IncreaseVerb) || in(WordClass::DecreaseVerb)) return VerbKind::Change;
        if (in(WordClass::AchieveVerb)) return VerbKind::Achieve;
        if (in(WordClass::BaselineWord) && !in(WordClass::BuildVerb)) return VerbKind::Baseline;
        // Taking people on is our work: "Bring on 2 engineers", "Take on an apprentice".
        if (in(WordClass::ActivityVerb) || in(WordClass::StaffVerb)) return VerbKind::Work;
        if (in(WordClass::BuildVerb)) return VerbKind::Build;
        if (in(WordClass::GenericVerb)) return VerbKind::Generic;
        if (in(WordClass::ExperienceVerb)) return VerbKind::Experience;
        if (in(WordClass::BaselineWord)) return VerbKind::Baseline;
        return VerbKind::Other;
    }

    // ---- numbers ----------------------------------------------------------------------------

    // Whether the number at `i` sizes the organisations named before it: "clinics with up to 50
    // practitioners", "firms with fewer than 20 staff", "schools with over 1,000 pupils".
    bool sizeOfWhom(std::size_t i) const {
        if (!isListed(i + 1,
                      "employees|staff|people|practitioners|workers|pupils|students|beds|doctors|"
                      "clinicians|lawyers|locations|sites|branches|stores|outlets|members|seats|"
                      "engineers|developers|nurses|teachers|agents"))
            return false;
        std::size_t k = i;
        if (k >= 2 && ((is(k - 2, "up") && is(k - 1, "to")) ||
                       ((isListed(k - 2, "fewer|less|more")) && is(k - 1, "than")) ||
                       (is(k - 2, "at") && (is(k - 1, "least") || is(k - 1, "most")))))
            k -= 2;
        else if (k >= 1 && (isListed(k - 1, "over|under|between")))
            k -= 1;
        // ("with 5-20 engineers": a range's second number.)
        else if (k >= 1 && toks_[k].hyphenBefore && toks_[k - 1].type == T::Num)
            k -= 1;
        return k >= 2 && is(k - 1, "with") && isWord(k - 2) && endsWith(k - 2, "s") &&
               !endsWith(k - 2, "ss") && !function(k - 2) && !verbish(k - 2);
    }

    // A number inside what a measure counts, not a level for it: "the share of customers who buy
    // again within 30 days", "the number of tickets older than 7 days", "the share of pupils who
    // score 80% or higher" — which ones are counted. (Not the level it moves between: "… who
    // renew to 450", "… from 300 to 450", nor a bound that ends the line: "… below 2%".)
    bool definesMeasure(std::size_t i) const {
        std::size_t measure = count_;
        bool relative = false;
        for (std::size_t k = i; k-- > 0;) {
            if (isListed(k, "to|from|by|and") || isMark(k, ',') || isMark(k, ';') || isMark(k, ':'))
                return false;
            if (isListed(k, "who|that|which|whose")) relative = true;
            if (is(k + 1, "of") &&
                isListed(
                    k, "share|percentage|percent|proportion|number|count|rate|ratio|fraction|%")) {
                measure = k;
                break;
            }
        }
        if (measure >= count_ || i + 1 >= count_ || !isWord(i + 1) || is(i + 1, "to")) return false;
        // (A level set: "… stays at 93 per cent or more", "… at 90% or higher".)
        if (isListed(i - 1, "at|above|below|reach|reaches|hit|hits|is|are|be|stays|remains"))
            return false;
        // "orders shipped within 24 hours", "exceptions older than 90 days": a window on what
        // is counted (not "applications within four months", when the count should move).
        const bool window =
            i >= 2 &&
            isListed(i - 1, "within|in|after|before|inside|under|over|than|least|first") &&
            (timeWord(i + 1) || is(i + 1, "hours") ||
             (isListed(i + 1, "working|business|calendar|school") && timeWord(i + 2))) &&
            (endsWith(i - 2, "ed") || isListed(i - 2, "older|younger|longer|again"));
        return window || relative;
    }

    void numbers(Wording& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            Tok& t = toks_[i];
            if (t.type != T::Num || t.label) continue;
            // Years and names: "in 2025", "Q3 2024", "version 2", "phase 3", "1.2.3".
            const std::string_view v = lowText(t);
            // "3.5 - Make datasets easier to find", "2 – Write a data standard": an item's
            // number in a list, before a dash.
            // ("650 - average weekend attendance" gives a value, then its measure.)
            if (i == 0 && isMark(1, ';') && isWord(2) && !t.percent && !t.money &&
                (v.find('.') != std::string_view::npos || v.size() <= 1)) {
                t.label = true;
                continue;
            }
            const bool integer = v.find_first_not_of("0123456789") == std::string_view::npos;
            const bool year =
                integer && v.size() == 4 && v >= "1990" && v <= "2100" && !t.percent && !t.money;
            const bool before = i > 0 && isWord(i - 1);
            const std::string_view prev = before ? lowText(toks_[i - 1]) : std::string_view();
            // … and a year that ends the sentence counts nothing: "Have a great 2025".
            // "the 2027 budget", "our 2026 plan": a year before a noun names which one.
            if (year && (prev == "the" || prev == "our" || prev == "its" || prev == "this") &&
                isWord(i + 1)) {
                t.label = true;
            } else if (year && isWord(i + 1) && has(i + 1, WordClass::Determiner)) {
                // "Make 2026 the best year yet": the year named, then what it should be.
                t.label = true;
            } else if (year && (prev.empty() || has(i - 1, WordClass::Preposition) ||
                                has(i - 1, WordClass::Filler) || prev == "fy" || prev == "end" ||
                                i + 1 >= count_ || toks_[i + 1].type == T::Mark)) {
                t.label = true;
            } else if (before &&
                       (prev == "version" || prev == "v" || prev == "release" || prev == "phase" ||
                        prev == "stage" || prev == "tier" || prev == "level" || prev == "step" ||
                        prev == "week" || prev == "day" || prev == "sprint" ||
                        prev == "milestone" || prev == "round" || prev == "chapter" ||
                        prev == "season" || prev == "wave" || prev == "series" || prev == "gen" ||
                        prev == "web" || prev == "p" || prev == "number" || prev == "no" ||
                        prev == "iso" || prev == "soc" || prev == "wcag" || prev == "pci" ||
                        prev == "dss" || prev == "iec" || prev == "nist" || prev == "cmmi" ||
                        prev == "objective" || prev == "goal" || prev == "result" ||
                        prev == "okr" || prev == "theme" || prev == "priority" ||
                        prev == "pillar" || prev == "kr" || prev == "o" || prev == "year" ||
                        prev == "grade" || prev == "grades" || prev == "stage" || prev == "ks" ||
                        prev == "class" || prev == "covid" || prev == "rfc" || prev == "pep" ||
                        prev == "cve" || prev == "issue" || prev == "ticket" || prev == "section" ||
                        // ("type 2 diabetes"; not the verb: "Type 90 words per minute".)
                        ((prev == "type" || prev == "category") && i >= 2))) {
                t.label = true;
            } else if (before && i >= 2 && integer && v.size() <= 2 && namedAt(i - 1)) {
                // "Formula 1 teams", "the switch to Java 21": a name's number.
                t.label = true;
            } else if (t.hyphenBefore && i >= 2 && toks_[i - 1].type == T::Num &&
                       toks_[i - 1].label &&
                       isListed(i - 2,
                                "grade|grades|year|years|stage|stages|ks|class|level|levels")) {
                // "pupils in grades 3-8": the end of a named range.
                t.label = true;
            } else if (std::count(v.begin(), v.end(), '.') > 1) {
                t.label = true;
            } else if (i + 2 < count_ && timeWord(i + 1) && is(i + 2, "ago")) {
                // "defects filed over 2 years ago": when, not how many.
                t.label = true;
            } else if (!t.percent && !t.money &&
                       ((before && (prev == "aged" || prev == "ages")) ||
                        (i > 2 && (is(i - 1, "to") || is(i - 1, "and") || isMark(i - 1, '-')) &&
                         toks_[i - 2].label && toks_[i - 2].type == T::Num &&
                         (is(i - 3, "aged") || is(i - 3, "ages"))) ||
                        (i > 1 && t.hyphenBefore && toks_[i - 1].type == T::Num &&
                         toks_[i - 1].label && (is(i - 2, "aged") || is(i - 2, "ages"))))) {
                // "Listeners aged 16-28", "adults aged 18 to 24": whom, by age, not a figure.
                t.label = true;
            } else if (!t.percent && !t.money && integer && v.size() <= 2 && i > 1 &&
                       (prev == "under" || prev == "over") && has(i - 2, WordClass::AgentNoun) &&
                       endsWith(i - 2, "s") &&
                       (i + 1 >= count_ || !isWord(i + 1) || function(i + 1) ||
                        has(i + 1, WordClass::Preposition) || verbish(i + 1))) {
                // "Readers under 35 find reasons …", "members over 60": whom, by age.
                t.label = true;
            } else if (!t.percent && !t.money && sizeOfWhom(i)) {
                // "clinics with up to 50 practitioners": which clinics, by size.
                t.label = true;
            } else if (!t.percent && !t.money &&
                       ((is(i + 1, "year") && (is(i + 2, "olds") || is(i + 2, "old"))) ||
                        // (the range's first number: "25 to 45 year olds", "16-24 year olds")
                        ((is(i + 1, "to") || is(i + 1, "and")) && i + 2 < count_ &&
                         toks_[i + 2].type == T::Num && is(i + 3, "year") &&
                         (is(i + 4, "olds") || is(i + 4, "old"))) ||
                        (i + 1 < count_ && toks_[i + 1].type == T::Num &&
                         toks_[i + 1].hyphenBefore && is(i + 2, "year") &&
                         (is(i + 3, "olds") || is(i + 3, "old"))))) {
                // "16-24 year olds": the same.
                t.label = true;
            } else if (i > 1 && before && toks_[i - 1].capital && !t.percent && !t.money &&
                       v.find_first_not_of("0123456789.") == std::string_view::npos &&
                       (i + 1 >= count_ || !isWord(i + 1) || has(i + 1, WordClass::Preposition) ||
                        has(i + 1, WordClass::Conjunction) || has(i + 1, WordClass::BinaryNoun) ||
                        has(i + 1, WordClass::DeliverableNoun) ||
                        // "SOC 2 Type I": the name goes on after the number.
                        (toks_[i + 1].capital && !has(i + 1, WordClass::StopWord)))) {
                // A bare number after a name, counting nothing after it, is part of the name:
                // "Move billing to Postgres 16", "Gain SOC 2 certification".
                t.label = true;
            } else if (prev == "every" && timeWord(i + 1)) {
                // "every 3 weeks" is the cadence of the work, not a value: "Review the
                // intake process every 3 weeks".
                t.label = true;
            }
            // "from one year to the next": "one" before a unit of time names it, it counts nothing.
            // "our top 3 markets", "the top 20 accounts": the number picks out whom, it is no value
            // ("into the top 3 for accuracy" is one).
            if (prev == "top" && isWord(i + 1) && !has(i + 1, WordClass::Preposition) &&
                !has(i + 1, WordClass::Conjunction))
                t.label = true;
            // "for our 3 biggest regions", "from the 10 pilot schools", "across our 12 stores":
            // after a preposition and "the" or "our", the number picks out which ones.
            // (Only after a direction, "Improve …", "More …": "Pledges from the 150 libraries"
            // counts them.)
            if (!t.percent && !t.money && integer && i >= 2 &&
                (prev == "the" || prev == "our" || prev == "its" || prev == "their") &&
                isListed(i - 2, "for|from|among|across|in|at|with|within") && isWord(i + 1) &&
                !function(i + 1) && !timeWord(i + 1)) {
                bool direction = false;
                for (std::size_t k = 0; k + 2 < i && !direction; ++k)
                    direction =
                        hasAny(k, bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb) |
                                      bit(WordClass::GenericVerb)) ||
                        isListed(k, "more|fewer|less|better|higher|lower|faster");
                if (direction) t.label = true;
            }
            // "the 20 most downloaded documents", "our 5 least used reports": which ones.
            if ((prev == "the" || prev == "our") && (is(i + 1, "most") || is(i + 1, "least")) &&
                isWord(i + 2))
                t.label = true;
            // "Sign-in and role-based permissions (100%)": how far the work is done, a progress
            // mark in brackets at the end, not a value of the sentence.
            if (t.percent && v == "100" && i > 0 && isMark(i - 1, '(') && i + 2 >= count_ &&
                (i + 1 >= count_ || isMark(i + 1, ')')))
                t.label = true;
            // "so the club feels like one big family", "use one account for all of them": "one"
            // spelled out in an objective's clause picks a whole, it counts nothing.
            // So does "one" after "beyond" ("reaches beyond one region") and before an aim it
            // introduces ("One aim is for …").
            // ("doesn't depend on one major funder": one relied on, no count to reach.)
            if (v == "one" && i > 0 &&
                (prev == "like" || prev == "as" || prev == "use" || prev == "uses" ||
                 prev == "into" || prev == "beyond" || prev == "on" || prev == "upon"))
                t.label = true;
            // "Three watchwords: care, community, youth": how many items the heading lists.
            if (i == 0 && v.find_first_of("0123456789") == std::string_view::npos &&
                isWord(i + 1) && isMark(i + 2, ':'))
                t.label = true;
            if (v == "one" && (i == 0 || isMark(i - 1, ':')) &&
                (isListed(i + 1, "aim|goal|priority|focus|objective|ambition")))
                t.label = true;
            // "down to one day", "within one hour" are targets.
            if (v == "one" && timeWord(i + 1) &&
                !(prev == "to" || prev == "within" || prev == "under" || prev == "below" ||
                  prev == "than" || prev == "in"))
                t.label = true;
            // "half a year after they finish": a span of time, no value ("within half an hour"
            // is a target).
            if (v == "half" && (is(i + 1, "a") || is(i + 1, "an")) && timeWord(i + 2) &&
                !(prev == "to" || prev == "within" || prev == "under" || prev == "below" ||
                  prev == "than" || prev == "in"))
                t.label = true;
            // "a few hundred buyers", "several thousand fans": a size, not a figure.
            if ((v == "hundred" || v == "thousand" || v == "hundreds" || v == "thousands") &&
                (prev == "few" || prev == "several" || prev == "many"))
                t.label = true;
            // "the lowest-scoring 15% of learners", "the top 10% of customers": who, not a figure.
            if (t.percent && is(i + 1, "of") && i > 0 &&
                (prev == "lowest" || prev == "highest" || prev == "top" || prev == "bottom" ||
                 prev == "poorest" || prev == "richest" || prev == "worst" ||
                 ((prev == "scoring" || prev == "performing" || prev == "achieving" ||
                   prev == "paid" || prev == "earning") &&
                  i > 1 && isListed(i - 2, "lowest|highest|best|worst|top"))))
                t.label = true;
            // "at 50-200 person companies", "for 10 to 50 employee firms": the size of whom.
            {
                std::size_t j = i + 1;
                if (j < count_ && toks_[j].type == T::Num && toks_[j].hyphenBefore) ++j;
                if (is(j, "to") && j + 1 < count_ && toks_[j + 1].type == T::Num) j += 2;
                if (!t.percent && !t.money &&
                    isListed(j, "person|people|employee|staff|seat|strong") && isWord(j + 1) &&
                    (has(j + 1, WordClass::OrgNoun) || has(j + 1, WordClass::TeamWord) ||
                     isListed(j + 1,
                              "companies|firms|businesses|teams|practices|clinics|agencies|"
                              "startups|organisations|organizations|charities|shops")))
                    t.label = true;
            }
            // "passed with zero major non-conformities": none found is how the verdict is given,
            // the verdict is the event.
            if ((v == "zero" || v == "0") && prev == "with" && i >= 3) {
                bool verdict = false;
                for (std::size_t k = 0; k + 1 < i && !verdict; ++k)
                    verdict = has(k, WordClass::BinaryNoun) || isListed(k, "pass|passed|passes");
                if (verdict) t.label = true;
            }
            if (t.label) continue;
            // "due 31/03", "by 15/6/2026": a date written with slashes.
            if (!t.percent && !t.money && integer && v.size() <= 4 &&
                ((isMark(i + 1, '/') && i + 2 < count_ && toks_[i + 2].type == T::Num &&
                  v.size() <= 2 && lowText(toks_[i + 2]).size() <= 2 && !is(i + 3, "of") &&
                  dayAndMonth(v, lowText(toks_[i + 2]))) ||
                 (i >= 2 && isMark(i - 1, '/') && toks_[i - 2].type == T::Num &&
                  toks_[i - 2].label))) {
                t.label = true;
                continue;
            }
            // "by 31 January", "on 15 Mar": a day of the month, a date.
            if (!t.percent && !t.money && v.size() <= 2 && v.find('.') == std::string_view::npos &&
                isWord(i + 1) &&
                ((periodName(i + 1) && toks_[i + 1].len > 2 && !is(i + 1, "spring") &&
                  !is(i + 1, "summer") && !is(i + 1, "autumn") && !is(i + 1, "winter")) ||
                 isListed(i + 1, "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")))
                continue;
            // "active in the last 60 days", "over the past 3 months": a window looked back over;
            // and a number that says which ones a measure counts. Neither is a level to reach.
            // ("over the next three years", "in the coming 6 months": a span ahead, no level.)
            // ("in 2026-27": the second year of a span.)
            // ("in the 60 days after the weekend": a window named by what it follows.)
            if (((prev == "last" || prev == "past" || prev == "previous" || prev == "next" ||
                  prev == "coming") &&
                 timeWord(i + 1)) ||
                (prev == "the" && timeWord(i + 1) && isListed(i + 2, "after|following|before")) ||
                (t.hyphenBefore && i > 0 && toks_[i - 1].type == T::Num && toks_[i - 1].label &&
                 v.size() == 2 && lowText(toks_[i - 1]).size() == 4) ||
                definesMeasure(i))
                continue;
            r.anyNumber = true;
            const bool moneyWord =
                i > 0 && (isListed(i - 1, "eur|usd|gbp|chf|aud|cad|inr|nok|sek|dkk"));
            // The currency after the figure, past its scale: "800 billion yen", "5 million
            // euros".
            std::size_t cur = i + 1;
            if (isListed(cur, "thousand|million|billion|trillion|bn|mn|crore|lakh")) ++cur;
            if (t.percent || t.money || moneyWord || is(i + 1, "percent") || is(i + 1, "pct") ||
                (is(i + 1, "per") && is(i + 2, "cent")) ||
                (isListed(cur,
                          "eur|usd|gbp|dollars|euros|pounds|yen|won|yuan|rupees|kronor|krona|"
                          "kroner|francs|reais|pesos|zloty") &&
                 !is(cur + 1, "of")) ||  // "8 million pounds of food": a weight

                // "six figures of recurring revenue": a sum said by its digits.
                ((is(i + 1, "figures") || is(i + 1, "figure")) &&
                 (v == "four" || v == "five" || v == "six" || v == "seven" || v == "eight" ||
                  (v.size() == 1 && v[0] >= '4' && v[0] <= '9'))))
                r.percentOrMoney = true;
        }
    }

    // ---- the lead -----------------------------------------------------------------------------

    // The first token after a label that ends at a colon or a numbered dash within five words of
    // `start`, or `start` when there is none.
    std::size_t afterLabel(const std::size_t start) const {
        // "Design: …", "Events team: …", "Objective 2: …", "CEO: …": a label before a colon;
        // "Goal A – …", "Area 3 – …": a lettered or numbered label before a dash.
        // A label has at most five words; a heading said as a verb at most seven.
        for (std::size_t k = start; k < count_ && k <= start + 7; ++k) {
            // "Community safety – locals and tourists feel secure …", "Equipped: young
            // Londoners we support have …": a heading, then people and their verb.
            if ((isMark(k, ':') || (isMark(k, ';') && raw_[toks_[k].off] != ';')) && k > start &&
                k <= start + 4 && k + 2 < count_ && isWord(k + 1)) {
                const Phrase who = nounPhrase(k + 1);
                const auto people = [&](const Phrase& p) {
                    return p.end > p.begin &&
                           (kindOf(p) == HeadKind::Agent ||
                            (p.head < count_ && has(p.head, WordClass::AgentNoun)));
                };
                std::size_t v = who.end;
                if ((is(v, "and") || is(v, "or")) && isWord(v + 1)) {
                    const Phrase more = nounPhrase(v + 1);
                    if (people(more)) v = more.end;
                }
                if ((is(v, "we") || is(v, "they")) && isWord(v + 1) && verbish(v + 1)) v += 2;
                if (people(who) && v < count_ && isWord(v) && !function(v) &&
                    (has(v, WordClass::BeVerb) || (verbish(v) && !hasAny(v, kNouns))))
                    return k + 1;
            }
            const bool near = k <= start + 5;
            const bool colon = isMark(k, ':');
            // ("Platform team – migrate billing to Stripe", "Marketing - run …": a team's
            // name before a dash, then its work led by a verb.)
            const bool teamDash =
                isMark(k, ';') && k > start && k <= start + 3 && raw_[toks_[k].off] != ';' &&
                isWord(k - 1) &&
                (has(k - 1, WordClass::TeamWord) || has(k - 1, WordClass::FunctionWord) ||
                 has(k - 1, WordClass::RoleWord)) &&
                isWord(k + 1) && verbish(k + 1) && startsImperative(k + 1);
            // ("March – sit the exam", "Q3 - launch …": a period before a dash is a label.)
            const bool periodDash = isMark(k, ';') && raw_[toks_[k].off] != ';' && k == start + 1 &&
                                    isWord(start) && periodName(start) && isWord(k + 1);
            const bool dash = isMark(k, ';') && raw_[toks_[k].off] != ';' &&
                              ((k >= start + 2 && (isValue(k - 1) || toks_[k - 1].type == T::Num ||
                                                   (isWord(k - 1) && toks_[k - 1].len == 1))) ||
                               teamDash || periodDash);
            if ((colon || dash) && k > start && k + 1 < count_) {
                // "Area 2: …": the number ending a short label names it.
                bool value = false;
                for (std::size_t m = start; m < k; ++m)
                    value = value || (isValue(m) && !(m + 1 == k && k - start <= 2 &&
                                                      !toks_[m].percent && !toks_[m].money));
                // "Stand up core systems: CRM, …" is the sentence itself, not a label: a verb,
                // or a phrasal verb, first.
                // ("Cycle 3 – …", "Sprint 4: …": a word and its number are a label.)
                const bool numbered = k == start + 2 && toks_[start + 1].type == T::Num;
                const bool verbFirst =
                    !numbered &&
                    ((verbish(start) && !hasAny(start, kNouns | bit(WordClass::FunctionWord)) &&
                      !has(start, WordClass::Filler)) ||
                     (toks_[start].phraseLen > 1 && (toks_[start].phraseCls & kVerbs) != 0));
                // "Facebook fans: 30,000", "Trial users: at least 600": the label is the measure
                // and the value its level.
                // "Website visits: top 75,000": a verb of passing before the value is its bound;
                // "Visits to the archive: target 42,000": the word for the aim, too.
                std::size_t bound = boundWords(k + 1);
                if (bound == 0 && isValue(k + 2) &&
                    (isListed(k + 1, "top|pass|exceed|hit|reach|cross|beat|surpass|target|goal")))
                    bound = 1;
                bool named = false;  // "Primary goal: 15,000 followers …" is a label still
                for (std::size_t m = start; m < k; ++m)
                    named = named ||
                            isListed(
                                m, "goal|objective|target|aim|priority|kr|result|focus|theme|area");
                const std::size_t at = k + 1 + bound;
                bool level = !named && isValue(at);
                // … and nothing after the value but its period or its bound, up to a comma or a
                // bracket that may give a stretch ("6,000 a month at the least, 9,000 as the
                // stretch"); "4 full-time people recruited" counts something else.
                // What follows a preposition or a mark is where or when ("350 across both
                // lists", "75,000 for the year").
                for (std::size_t m = at + 1; level && m < count_; ++m) {
                    if (isMark(m, ',') || isMark(m, ';') || isMark(m, '(') ||
                        (has(m, WordClass::Preposition) && !is(m, "of")))
                        break;
                    level = isMark(m) || isValue(m) || timeWord(m) || periodName(m) ||
                            function(m) ||
                            isListed(m,
                                     "per|each|overall|total|end|start|first|last|close|middle|"
                                     "least|most|minimum|maximum|floor|ceiling|stretch|target|"
                                     "thousand|million|billion|trillion|crore|lakh|hours|minutes|"
                                     "people|visitors|residents|passers");
                }
                // "Broaden our coverage: hire a second producer": a heading said as a verb, then
                // the work it stands for, itself led by a verb.
                const bool heading = verbFirst && colon &&
                                     (verbish(k + 1) || has(k + 1, WordClass::StaffVerb) ||
                                      has(k + 1, WordClass::LaunchVerb)) &&
                                     startsImperative(k + 1);
                // "Target: a 45/55 split …", "Goal: …": the word for the aim alone is a label, even
                // where it could be read as a verb.
                const bool aimWord = named && k == start + 1;
                if (!value && ((!verbFirst && near) || heading || aimWord) && !level) return k + 1;
                return start;
            }
            // "Legal - Contracts: …", "EVP, Product: …": a dash or a comma inside a label that a
            // colon ends.
            if (isMark(k) && (isMark(k, ',') || isMark(k, ';'))) {
                bool colonAhead = false;
                for (std::size_t m = k + 1; m < count_ && m <= start + 5 && !colonAhead; ++m) {
                    if (isMark(m, ':'))
                        colonAhead = true;
                    else if (isMark(m) && !isMark(m, ',') && !isMark(m, ';'))
                        break;
                }
                if (colonAhead) continue;
            }
            if (isMark(k)) break;
        }
        return start;
    }

    // The first token after labels and fillers: "KR1:", "O2 -", "Objective:", bullets.
    std::size_t leadToken() const {
        std::size_t i = 0;
        // "(A) …", "(2) …": a list letter or number in brackets.
        if (isMark(0, '(') && count_ > 3 && isMark(2, ')') && toks_[1].len <= 2) i = 3;
        // "[Only if there's slack…] Write a zine", "(Moon shot) Open a studio": a bracketed tag
        // before the sentence.
        else if (isMark(0, '(')) {
            std::size_t k = 1;
            while (k < count_ && k <= 10 && !isMark(k, ')')) ++k;
            const std::size_t after = isMark(k + 1, ':') ? k + 2 : k + 1;
            if (k <= 10 && isMark(k, ')') && isWord(after) && after + 1 < count_) i = after;
        }
        // "b) Welsh has become …", "2) …": the same without the opening bracket.
        else if (count_ > 2 && !isMark(0) && isMark(1, ')') && toks_[0].len <= 2)
            i = 2;
        // "II.3. Complete the …": a roman numeral and its numbers, a list label.
        if (i == 0 && isListed(0, "i|ii|iii|iv|v|vi|vii|viii|ix|x") && isMark(1, '.') &&
            count_ > 3) {
            std::size_t k = 2;
            while (k < count_ && (toks_[k].type == T::Num || isMark(k, '.'))) ++k;
            if (k > 2 && isWord(k)) i = k;
        }
        // "#2 Partners see value …": a number marked as a list's.
        if (i == 0 && count_ > 2 && toks_[0].type == T::Num && toks_[0].off > 0 &&
            raw_[toks_[0].off - 1] == '#' && isWord(1))
            i = isMark(1, ':') || isMark(1, '.') ? 2 : 1;
        // "KR5 (Dana, Sprint 14–19): reduce …": a code with its owner or dates in brackets.
        if (i == 0 && count_ > 4 && isWord(0) && toks_[0].label && isMark(1, '(')) {
            std::size_t k = 2;
            while (k < count_ && k <= 14 && !isMark(k, ')')) ++k;
            if (isMark(k, ')') && isMark(k + 1, ':') && k + 2 < count_) i = k + 2;
        }
        // A label, and a heading after it: "Goal 1 — Broaden our coverage: hire a producer".
        i = afterLabel(i);
        i = afterLabel(i);
        // "GOAL To build a culture …", "Objective C2 To make sure …": a heading word and its
        // code, with no colon, before "To". (Fewer words than a numbered heading takes: "Step up
        // to a team-lead role" and "Result in …" open sentences.)
        if (i < count_ && (isListed(i, "goal|objective|aim|priority|outcome|target"))) {
            std::size_t k = i + 1;
            while (k < count_ && k <= i + 3 &&
                   (toks_[k].type == T::Num || (isWord(k) && toks_[k].len <= 2 && !is(k, "to"))))
                ++k;
            if (is(k, "to") && isWord(k + 1)) i = k;
        }
        // "On 12 May, host …", "By the end of Q2, …", "Within a month of launch, …": when comes
        // first, then the sentence.
        // "Over the year, run three …", "Throughout 2026, …", "Each quarter, …".
        // ("With 300 members, …", "For 2 years, …" are not when: a number alone is not enough
        // after "with" or "for".)
        if (i < count_ &&
            (isListed(
                i,
                "on|by|within|before|after|until|in|over|during|throughout|each|every|with|for"))) {
            std::size_t k = i + 1;
            bool when = false;
            // "With about six weeks left in the year, …", "For the pilot stage, …".
            while (k < count_ && k <= i + 7 && !isMark(k, ',')) {
                when = when || periodName(k) || timeWord(k) || (is(k, "time") && k == i + 1) ||
                       (toks_[k].type == T::Num && !is(i, "with") && !is(i, "for")) ||
                       isListed(k, "end|launch|start|stage|phase");
                if (isMark(k) && !isMark(k, '-')) break;
                ++k;
            }
            // ("Each year at least 250 residents, …, will …": "each" only with its time word.)
            const bool shortOnly = is(i, "each") || is(i, "every");
            if (when && isMark(k, ',') && k + 1 < count_ &&
                (isWord(k + 1) || (toks_[k + 1].type == T::Num && !is(i, "by"))) &&
                (!shortOnly || k == i + 2))
                i = k + 1;
        }
        // "In health and beauty, open 90 new drugstores": the field first, then the verb.
        if (i < count_ && (isListed(i, "in|for|across")) && i == 0) {
            std::size_t k = i + 1;
            while (k < count_ && k <= i + 5 && isWord(k)) ++k;
            if (isMark(k, ',') && k > i + 1 && isWord(k + 1) && verbish(k + 1) &&
                !hasAny(k + 1, kNouns) && !toks_[k + 1].capital)
                i = k + 1;
        }
        // "Thanks to a stronger growers' co-operative, 150 producers obtain loans", "With the
        // help of our partners, …": the means first, then the sentence.
        if (i < count_ && ((is(i, "thanks") && is(i + 1, "to")) ||
                           (is(i, "with") && is(i + 1, "the") && is(i + 2, "help")) ||
                           (is(i, "owing") && is(i + 1, "to")) ||
                           // "Together with our patients, make sure …": with whom, first.
                           (is(i, "together") && is(i + 1, "with")) ||
                           (is(i, "in") && is(i + 1, "partnership") && is(i + 2, "with")) ||
                           (is(i, "by") && is(i + 1, "means") && is(i + 2, "of")))) {
            std::size_t k = i + 2;
            while (k < count_ && k <= i + 14 && !isMark(k)) ++k;
            if (isMark(k, ',') && k + 1 < count_ && (isWord(k + 1) || isValue(k + 1))) {
                i = k + 1;
                // "…, make sure they can walk …": what is made sure of is the sentence.
                const std::size_t what = is(i, "make") && is(i + 1, "sure")
                                             ? (is(i + 2, "that") ? i + 3 : i + 2)
                                         : is(i, "ensure") && is(i + 1, "that") ? i + 2
                                                                                : i;
                if (what > i && isWord(what) && !verbish(what)) i = what;
            }
        }
        // "Wherever the law allows, residents can …", "Once the move is done, …": a condition
        // first, then the sentence. "So that members with small children can train, a crèche
        // will be opened": the purpose first.
        const bool purposeFirst = is(i, "so") && is(i + 1, "that");
        if (i < count_ &&
            (isListed(i, "wherever|whenever|once|if|unless|where|when") || purposeFirst)) {
            std::size_t k = i + 1;
            while (k < count_ && k <= i + (purposeFirst ? 16 : 8) && !isMark(k)) ++k;
            if (k > i + 2 && isMark(k, ',') && k + 1 < count_ && isWord(k + 1)) i = k + 1;
        }
        // "By 2030 the membership of our clubs mirrors …", "In 2027 our members …": a year
        // first, with no comma, before the subject.
        if (i + 2 < count_ && (isListed(i, "by|in|until")) && toks_[i + 1].type == T::Num &&
            !toks_[i + 1].percent && !toks_[i + 1].money && toks_[i + 1].len == 4 &&
            (isListed(i + 2, "the|our|every|all|each|we")))
            i += 2;
        // "This year, five listeners write in …", "Next quarter, …": when, then the sentence.
        if (i + 3 < count_ && (is(i, "this") || is(i, "next")) &&
            (timeWord(i + 1) || periodName(i + 1)) && isMark(i + 2, ',') && !isMark(i + 3))
            i += 3;
        while (i < count_) {
            const Tok& t = toks_[i];
            if (t.type == T::Mark || (t.type == T::Num && t.label) ||
                (t.type == T::Word && t.label && (labelWord(t) || i == 0)) ||
                (t.type == T::Word && has(i, WordClass::Filler) && !verbish(i))) {
                ++i;
                continue;
            }
            // "Put simply, our goal is …", "In short, …": a phrase that only frames what follows.
            if (t.type == T::Word && i == 0 &&
                (((is(0, "put") && is(1, "simply")) || (is(0, "simply") && is(1, "put")) ||
                  (is(0, "in") && (isListed(1, "short|brief|sum|all"))) ||
                  (is(0, "above") && is(1, "all")) || (is(0, "for") && is(1, "now")) ||
                  (is(0, "on") && is(1, "average"))) &&
                 isMark(2, ','))) {
                i = 3;
                continue;
            }
            // "Make sure visitors get real value out of each repair café", "Ensure that the new
            // CRM is rolled out": what is to be made sure of is the sentence.
            if (t.type == T::Word && i == 0 &&
                ((is(0, "make") && is(1, "sure")) || (is(0, "ensure") && is(1, "that")))) {
                std::size_t k = is(0, "make") ? (is(2, "that") ? 3 : 2) : 2;
                if (isWord(k) && !verbish(k)) {
                    i = k;
                    continue;
                }
            }
            // "In member surveys, women's Net Promoter Score …": where it is measured, first.
            if (t.type == T::Word && i == 0 && is(0, "in")) {
                std::size_t comma = 1;
                while (comma < count_ && comma <= 5 && isWord(comma)) ++comma;
                if (comma <= 5 && isMark(comma, ',') && comma + 1 < count_ &&
                    (isListed(comma - 1, "survey|surveys|poll|polls|census"))) {
                    i = comma + 1;
                    continue;
                }
            }
            // "Soon climb to number one …": when, said in one word before the verb.
            if (t.type == T::Word && i == 0 && (is(0, "soon") || is(0, "now")) && isWord(1) &&
                verbish(1)) {
                i = 1;
                continue;
            }
            // "We have set ourselves a daring challenge: to double our sales …": the sentence after
            // the colon says what the challenge is.
            if (t.type == T::Word && i == 0) {
                std::size_t colon = 1;
                while (colon < count_ && colon <= 10 && !isMark(colon)) ++colon;
                if (colon <= 10 && isMark(colon, ':') && is(colon + 1, "to") && isWord(colon + 2) &&
                    verbish(colon + 2)) {
                    i = colon + 2;
                    continue;
                }
            }
            // "Aim for a return on equity of 10%", "We aim for …", "The company is working towards
            // …": what is aimed at, read as the thing to reach.
            if (t.type == T::Word && i == 0) {
                std::size_t a = 0;
                if (is(a, "we") || is(a, "i"))
                    ++a;
                else if (is(a, "the") && isWord(1) && (is(2, "is") || is(2, "are")))
                    a = 2;
                if (is(a, "is") || is(a, "are")) ++a;
                if ((isListed(a, "aim|strive|working|work")) &&
                    (isListed(a + 1, "for|towards|toward")) && isWord(a + 2) &&
                    !(a == 0 && is(a, "work"))) {
                    i = a + 2;
                    continue;
                }
            }
            // "Did I post one essay each weekday?", "Have we shipped the beta?": a check asked as a
            // question reads from its verb.
            if (t.type == T::Word && i == 0 && (isListed(i, "did|do|have|has|will")) &&
                (is(i + 1, "i") || is(i + 1, "we")) && isWord(i + 2) && verbish(i + 2)) {
                i += 2;
                continue;
            }
            // "Keep developing the village website", "Continue publishing the digest": the work
            // kept up reads from the work.
            // (One piece of work, not a direction: "Keep drawing more users", "Keep reviewing
            // and improving …" stay what they are.)
            // (Not a thing kept alive: "Keep fixing skills alive in our villages".)
            if (t.type == T::Word && (is(i, "keep") || is(i, "continue")) && isWord(i + 1) &&
                gerund(i + 1) && !is(i + 3, "alive") && !is(i + 4, "alive") &&
                (has(i + 1, WordClass::ActivityVerb) || has(i + 1, WordClass::BuildVerb) ||
                 has(i + 1, WordClass::GenericVerb)) &&
                i + 2 < count_ && isWord(i + 2) && !is(i + 2, "and") && !is(i + 2, "or") &&
                !is(i + 2, "more") && !is(i + 2, "fewer")) {
                ++i;
                continue;
            }
            // "Carry on modernising our toolkit", "Speed up promoting the service window", "Step
            // up recruiting": the work kept up or hurried reads from the work.
            if (t.type == T::Word && i == 0 &&
                ((is(0, "carry") && is(1, "on")) || (is(0, "speed") && is(1, "up")) ||
                 (is(0, "step") && is(1, "up"))) &&
                isWord(2) && gerund(2) && i + 3 < count_) {
                i = 2;
                continue;
            }
            // "Press ahead with putting up a day centre", "Get on with rewriting the guide": the
            // work pushed on reads from the work.
            if (t.type == T::Word && i == 0 &&
                (((isListed(0, "press|push|move|go|forge")) && is(1, "ahead") && is(2, "with")) ||
                 (is(0, "get") && is(1, "on") && is(2, "with"))) &&
                isWord(3) && gerund(3) && i + 4 < count_) {
                i = 3;
                continue;
            }
            // "As a stretch goal, speak at one conference abroad": the label before the comma.
            if (t.type == T::Word && i == 0 && is(i, "as") && is(i + 1, "a") &&
                is(i + 2, "stretch") && isMark(i + 3 + (is(i + 3, "goal") ? 1 : 0), ',')) {
                i += 4 + (is(i + 3, "goal") ? 1 : 0);
                continue;
            }
            // "Let's improve our response times", "Let us …": a suggestion, read from its verb.
            if (t.type == T::Word && is(i, "let") && (t.possessive || is(i + 1, "us"))) {
                i += t.possessive ? 1 : 2;
                continue;
            }
            // "I'd like to boost my outside visibility", "We would like to …": a wish, read from
            // its verb.
            {
                std::size_t w = i;
                if (t.type == T::Word && (is(w, "i") || is(w, "we")) && i == 0) {
                    ++w;
                    if (is(w, "d") || is(w, "would")) ++w;
                    if (w > i + 1 && is(w, "like") && is(w + 1, "to") && isWord(w + 2)) {
                        i = w + 2;
                        continue;
                    }
                }
            }
            // "As a co-op we would very much like to put …", "In June 2027 we aim to gain …",
            // "We're planning to release …": whoever speaks states an intent, read from its verb.
            if (t.type == T::Word && i == 0) {
                std::size_t who = 0;
                while (who < count_ && who <= 6 && !is(who, "we") && !is(who, "i") &&
                       !isMark(who, ':') && !isMark(who, ';'))
                    ++who;
                std::size_t w = who + 1;
                // "we will aim to run 10 fundraisers", "we'll try to …": a modal before a bare
                // verb of intent.
                bool modalOnly = true;
                while (
                    who <= 6 && w < count_ && w <= who + 4 &&
                    (isListed(
                        w, "d|would|re|are|am|m|very|much|really|also|still|all|will|shall|ll"))) {
                    modalOnly = modalOnly && isListed(w, "will|shall|ll|would|d");
                    ++w;
                }
                if (who <= 6 && w < count_ &&
                    (isListed(w, "like|love|planning|hoping|aiming|going|trying") ||
                     (modalOnly && (isListed(w, "aim|plan|hope|want|intend") ||
                                    (w > who + 1 && (is(w, "try") || is(w, "seek")))))) &&
                    is(w + 1, "to") && isWord(w + 2) && !function(w + 2)) {
                    i = w + 2;
                    continue;
                }
            }
            // "Our target is 12 workshops this year", "my target for pace and rhythm is eight
            // newsletter issues …": what the target is, read as the key result.
            if (t.type == T::Word) {
                std::size_t k = i;
                while (k < count_ && k <= i + 3 && !(is(k, "target") || is(k, "goal"))) ++k;
                const bool whose = k >= i + 1 && k <= i + 3 && (isListed(k - 1, "my|our|the"));
                std::size_t v = k + 1;
                while (whose && v < count_ && v <= k + 6 && !is(v, "is") && !is(v, "are") &&
                       !isMark(v))
                    ++v;
                if (whose && (is(v, "is") || is(v, "are")) &&
                    (isValue(v + 1) || has(v + 1, WordClass::NumberWord))) {
                    i = v + 1;
                    continue;
                }
            }
            // "This term we have set out with a target of 3,800 member firms", "We have set a
            // goal of 400 members": the figure aimed at, read as the thing to reach.
            if (t.type == T::Word && i == 0) {
                std::size_t k = 1;
                while (k < count_ && k <= 8 && !(is(k, "target") || is(k, "goal"))) ++k;
                bool set = false;
                for (std::size_t j = k >= 5 ? k - 5 : 0; j < k; ++j)
                    set = set || is(j, "set") || is(j, "with");
                if (k <= 8 && set && is(k + 1, "of") && isValue(k + 2)) {
                    i = k + 2;
                    continue;
                }
            }
            // "Our aim is ever-better quality across …", "My goal is a job in …": the aim named,
            // read as the noun phrase it is ("Our aim is to …" is read from the verb).
            if (t.type == T::Word && i == 0 && (is(0, "our") || is(0, "my"))) {
                std::size_t k = 1;
                if (isListed(k, "main|overall|chief|first|central|big|long")) ++k;
                if (isListed(k, "aim|goal|ambition|vision|mission|aspiration") && is(k + 1, "is") &&
                    isWord(k + 2) && !is(k + 2, "to") && !is(k + 2, "that") && !is(k + 2, "for") &&
                    !isValue(k + 2) && k + 4 < count_) {
                    i = k + 2;
                    continue;
                }
            }
            // "It is my aim to put …", "It is our goal to …".
            if (t.type == T::Word && i == 0 && is(i, "it") && is(i + 1, "is") &&
                (is(i + 2, "my") || is(i + 2, "our")) &&
                (isListed(i + 3, "aim|goal|plan|intention|ambition|hope")) && is(i + 4, "to") &&
                isWord(i + 5) && !function(i + 5)) {
                i += 5;
                continue;
            }
            // "Commits to drawing up carbon targets", "Aims to lower its emissions", "Plans to put
            // most of its budget into insulation": an organisation's aim said without its name,
            // read from the verb it aims at.
            if (t.type == T::Word && i == 0 &&
                isListed(0,
                         "commits|pledges|aims|plans|intends|seeks|promises|vows|hopes|strives|"
                         "wants|expects|undertakes") &&
                is(1, "to") && isWord(2) && !function(2)) {
                i = 2;
                continue;
            }
            // "Has made it a target to get all its main factories certified": the same.
            if (t.type == T::Word && i == 0 && (is(0, "has") || is(0, "have")) && is(1, "made") &&
                is(2, "it") && (isListed(3, "a|its|our")) &&
                (isListed(4, "target|goal|priority|aim")) && is(5, "to") && isWord(6)) {
                i = 6;
                continue;
            }
            // "To start, build …", "After that, do …", "First, …": where it stands in a list.
            if (t.type == T::Word && i == 0 &&
                (((is(0, "to") && (is(1, "start") || is(1, "begin"))) ||
                  (is(0, "after") && is(1, "that")) || (is(0, "above") && is(1, "that"))) &&
                 isMark(2, ','))) {
                i = 3;
                continue;
            }
            // "To fund more reporting before the election, the crowdfunding target is …": what
            // it is for, said first, then the target named after the comma.
            if (t.type == T::Word && i == 0 && is(0, "to") && isWord(1) && verbish(1) &&
                !isValue(1)) {
                std::size_t comma = 2;
                while (comma < count_ && comma <= 14 && !isMark(comma)) ++comma;
                bool named = false;  // "… , the crowdfunding target is", "…, our aim:"
                for (std::size_t k = comma + 2; k < count_ && k <= comma + 4; ++k)
                    named = named || isListed(k, "target|goal|aim|objective");
                if (comma >= 4 && comma <= 14 && isMark(comma, ',') &&
                    (is(comma + 1, "the") || is(comma + 1, "our")) && named) {
                    i = comma + 1;
                    continue;
                }
            }
            // "Ideally, one op-ed goes out each month", "Where possible, …": a hope said first.
            if (t.type == T::Word && i == 0 &&
                ((isListed(0, "ideally|hopefully|preferably") && isMark(1, ',')) ||
                 ((isListed(0, "if|where|wherever")) && is(1, "possible") && isMark(2, ',')))) {
                i = isMark(1, ',') ? 2 : 3;
                continue;
            }
            // "To get there, workshops will be run …", "To that end, …": the way there, said
            // first, leaves what is done after the comma.
            if (t.type == T::Word && i == 0 && is(0, "to") &&
                ((is(1, "get") && is(2, "there") && isMark(3, ',')) ||
                 (is(1, "that") && is(2, "end") && isMark(3, ',')) ||
                 (is(1, "do") && is(2, "this") && isMark(3, ',')))) {
                i = 4;
                continue;
            }
            // "Largely finish the certificate system", "Fully digitise the archive": how far, then
            // the verb.
            if (t.type == T::Word && i == 0 &&
                isListed(0, "largely|mostly|partly|completely|entirely") && isWord(1) &&
                verbish(1) && !function(1)) {
                i = 1;
                continue;
            }
            // "Target €1.4 billion in total sales", "Target a 20% rise in repeat orders": the
            // level aimed at, read as what is to be reached.
            if (t.type == T::Word && i == 0 && is(0, "target") && !isMark(2, ':') &&
                !isMark(2, '.') && (isValue(1) || ((is(1, "a") || is(1, "an")) && isValue(2)))) {
                i = 1;
                continue;
            }
            // "Aim to publish around 200 posts", "Try to …", "Work to raise …", "Working to lift
            // …": the effort, read from its verb.
            if (t.type == T::Word && i == 0 &&
                isListed(i,
                         "aim|try|strive|work|working|seek|endeavour|endeavor|striving|aiming|"
                         "trying|seeking") &&
                is(i + 1, "to") && isWord(i + 2) && verbish(i + 2)) {
                i += 2;
                continue;
            }
            // "We want to …", "We will …", "We aim to …", "Our goal is to …", "To …".
            // ("I'll …", "We'll …": the contraction is "will".)
            if (t.type == T::Word && (is(i, "we") || is(i, "i")) &&
                (isListed(i + 1, "will|shall|must|ll") ||
                 ((isListed(i + 1, "want|aim|need|mean|plan|intend|hope|have")) &&
                  is(i + 2, "to")))) {
                i += isListed(i + 1, "will|shall|must|ll") ? 2 : 3;
                continue;
            }
            // "In Denmark we intend, through growth and takeovers, to win …": an aside between
            // the intent and its verb.
            if (t.type == T::Word && i == 0) {
                std::size_t who = 0;
                while (who < count_ && who <= 4 && !is(who, "we") && !is(who, "i") && isWord(who))
                    ++who;
                std::size_t close = who + 3;
                const bool aside = who <= 4 && close < count_ &&
                                   (isListed(who + 1, "intend|aim|plan|want|hope")) &&
                                   isMark(who + 2, ',');
                while (aside && close < count_ && close <= who + 16 && !isMark(close, ',')) ++close;
                if (aside && close < count_ && isMark(close, ',') && is(close + 1, "to") &&
                    isWord(close + 2) && !function(close + 2)) {
                    i = close + 2;
                    continue;
                }
            }
            // "Our aim is to …", "The main aim for 2025 is to …", "The overarching aim we're
            // pushing for is making …": the sentence starts at the verb.
            if (t.type == T::Word && (isListed(i, "our|the|my"))) {
                std::size_t aim = i + 1;
                while (aim < count_ && aim <= i + 4 && isWord(aim) &&
                       !(isListed(aim,
                                  "aim|goal|mission|ambition|objective|purpose|intention|focus|"
                                  "priority|vision")))
                    ++aim;
                std::size_t be = aim + 1;
                // ("The chief aim was to raise the group's book value": in the past too.)
                while (aim <= i + 4 && be < count_ && be <= aim + 5 && !is(be, "is") &&
                       !is(be, "was"))
                    ++be;
                if (aim <= i + 4 && be < count_ && (is(be, "is") || is(be, "was"))) {
                    // ("My main aim is to lengthen each edition": after "is to", a verb, known
                    // or not.)
                    if (is(be + 1, "to") && isWord(be + 2) &&
                        (verbish(be + 2) || has(be + 2, WordClass::BeVerb) || is(be + 2, "stay") ||
                         is(be + 2, "remain") || (!function(be + 2) && !hasAny(be + 2, kNouns)))) {
                        i = be + 2;
                        continue;
                    }
                    if (isWord(be + 1) && gerund(be + 1)) {
                        i = be + 1;
                        continue;
                    }
                }
            }
            // "The Trustees will rewrite the appraisal", "The Service will manage its budget",
            // "The Trust shall open …", "The ministry should build …", "The ministry will also
            // prepare …": what a named body will do reads from its verb, as "We will …" does.
            if (t.type == T::Word && (is(i, "the") || is(i, "our")) && i + 2 < count_) {
                const auto modal = [&](std::size_t k) {
                    return isListed(k, "will|shall|should|must");
                };
                std::size_t w = i + 1;
                bool named = true;  // a body by its name: "The Ministry", "the council"
                while (w < count_ && w <= i + 3 && isWord(w) && !modal(w) && !function(w)) {
                    named = named && (toks_[w].capital || has(w, WordClass::OrgNoun));
                    ++w;
                }
                const std::size_t v = is(w + 1, "also") ? w + 2 : w + 1;
                // ("should", "must", "shall" only after a name: "The checkout page must load in
                // under 2 seconds" is what a thing does, not work to do.)
                // ("The core courses will be evaluated …": a passive says what is done to them,
                // read from the subject.)
                const bool passive = is(v, "be") && isWord(v + 1) && participle(v + 1);
                // ("Our mailing list will pass 90,000": a thing reaching a level is what it
                // does, not work.)
                const bool level =
                    !named &&
                    isListed(v,
                             "pass|reach|hit|exceed|top|cross|surpass|grow|rise|climb|fall|drop|"
                             "double|triple") &&
                    ((v + 1 < count_ && toks_[v + 1].type == T::Num) ||
                     (v + 2 < count_ && toks_[v + 2].type == T::Num));
                if (w > i + 1 && modal(w) && (is(w, "will") || named) && isWord(v) && verbish(v) &&
                    !passive && !level) {
                    i = v;
                    continue;
                }
                // "The cooperative is to fit the fire station with panels": what it is due to do.
                if (w > i + 1 && (is(w, "is") || is(w, "are")) && is(w + 1, "to") &&
                    isWord(w + 2) && verbish(w + 2) && !has(w + 2, WordClass::BeVerb)) {
                    i = w + 2;
                    continue;
                }
                // "The club aims to grow its junior section", "The trust seeks to …": the effort,
                // read from its verb.
                // ("The Beta 2 cycle aims to deliver …": a name with its number.)
                std::size_t e = i + 2;
                while (e < count_ && e <= i + 4 &&
                       ((isWord(e) && !function(e)) || toks_[e].type == T::Num) &&
                       !(isListed(e, "tries|aims|seeks|hopes|wants|plans|intends|strives")))
                    ++e;
                if (e < count_ && isWord(e) && !function(e) && is(e + 1, "to") && isWord(e + 2) &&
                    verbish(e + 2)) {
                    i = e + 2;
                    continue;
                }
            }
            // "We closed the round", "We trained 40 stewards": a report in the past tense reads
            // from its verb, as "Closed the round" does.
            if (t.type == T::Word && is(i, "we") && isWord(i + 1) && verbish(i + 1) &&
                (endsWith(i + 1, "ed") ||
                 isListed(i + 1, "held|ran|wrote|sent|won|sold|built|got"))) {
                ++i;
                continue;
            }
            // "We are turning our campuses into …", "I am putting …": what we are doing reads
            // from its verb.
            if (t.type == T::Word && i == 0 &&
                ((is(i, "we") && (is(i + 1, "are") || is(i + 1, "re"))) ||
                 (is(i, "i") && is(i + 1, "am"))) &&
                isWord(i + 2) && gerund(i + 2)) {
                i += 2;
                continue;
            }
            // "We publish a monthly newsletter", "We hold a fortnightly call": what we do, said
            // in the present, reads from its verb too; so does "I draft posts ahead …".
            if (t.type == T::Word && (is(i, "we") || is(i, "i")) && i == 0 && isWord(i + 1) &&
                verbish(i + 1) && !(is(i, "i") && has(i + 1, WordClass::ExperienceVerb)) &&
                !has(i + 1, WordClass::BeVerb) && !endsWith(i + 1, "s") && !is(i + 1, "can") &&
                !is(i + 1, "could") && !is(i + 1, "should") && !is(i + 1, "would") &&
                !is(i + 1, "may") && !is(i + 1, "might")) {
                ++i;
                continue;
            }
            // "To have published 150 articles by 2026": what is to be done by then, read as done.
            if (t.type == T::Word && is(i, "to") && is(i + 1, "have") && isWord(i + 2) &&
                (endsWith(i + 2, "ed") || has(i + 2, WordClass::DoneWord))) {
                i += 2;
                continue;
            }
            if (t.type == T::Word && is(i, "to") && i + 1 < count_ && isWord(i + 1)) {
                ++i;
                continue;
            }
            // "Successfully", "Proactively": an adverb before the verb.
            // "Nightly", "Weekly", "Early" say when, as an adjective: the noun phrase goes on.
            if (t.type == T::Word && endsWith(i, "ly") && !hasAny(i, kNouns | kVerbs) &&
                isWord(i + 1) && !is(i, "daily") && !is(i, "weekly") && !is(i, "monthly") &&
                !is(i, "nightly") && !is(i, "yearly") && !is(i, "quarterly") && !is(i, "early") &&
                !is(i, "hourly") && !is(i, "fortnightly")) {
                ++i;
                continue;
            }
            // "2.3 4 networks …": a section number before the text.
            if (t.type == T::Num && i == 0 && i + 1 < count_ && toks_[i + 1].type == T::Num) {
                ++i;
                continue;
            }
            // "1.1 Publish …": a section number before a capital.
            if (t.type == T::Num && i == 0 && isWord(i + 1) && raw_[toks_[i + 1].off] >= 'A' &&
                raw_[toks_[i + 1].off] <= 'Z' &&
                std::string_view(reinterpret_cast<const char*>(raw_) + t.off, t.len).find('.') !=
                    std::string_view::npos) {
                ++i;
                continue;
            }
            // "1." and "2)" list numbers before the text; "3.5 - …" before a dash.
            if (t.type == T::Num && i == 0 &&
                (isMark(i + 1, '.') || isMark(i + 1, ')') ||
                 (isMark(i + 1, ';') && isWord(i + 2) &&
                  (lowText(t).find('.') != std::string_view::npos || t.len <= 1)))) {
                i += 2;
                continue;
            }
            return i;
        }
        return count_;
    }

    bool labelWord(const Tok& t) const {
        const std::string_view w = lowText(t);
        std::size_t letters = 0;
        while (letters < w.size() && w[letters] >= 'a' && w[letters] <= 'z') ++letters;
        const std::string_view head = w.substr(0, letters);
        return head == "kr" || head == "o" || head == "okr" || head == "obj" || head == "q" ||
               head == "h" || head == "fy";
    }

    // A measure named in one word, then how it moves: "Churn trends downward", "Revenue grows
    // every month" (the verb's "-s" form; "trends" is a noun too).
    bool measureMoves(std::size_t i) const {
        return hasAny(i, bit(WordClass::MetricNoun) | bit(WordClass::RevenueTerm) |
                             bit(WordClass::CostTerm)) &&
               isListed(i + 1,
                        "trends|goes|falls|drops|rises|moves|stays|improves|declines|grows|"
                        "increases|decreases|shrinks|climbs|reaches|hits|remains|settles|"
                        "stabilises|stabilizes|keeps|heads|halves|doubles|triples");
    }

    // "stop burning out", "keep coming back", "start using": a verb of beginning or ending, then
    // what is begun or ended.
    bool aspectVerb(std::size_t i) const {
        return isListed(i, "stop|start|keep|continue|begin|quit") && isWord(i + 1) && gerund(i + 1);
    }

    // Is the lead a verb in the imperative ("Launch referral programme") rather than the first
    // word of a noun phrase ("Support tickets per 1,000 users …", "Hiring managers report …")?
    bool startsImperative(std::size_t lead) const {
        if (!isWord(lead) || (function(lead) && !verbish(lead))) return false;
        // "Target: ₩12,000,000", "Goal: 5,000": a word and a colon before a value labels it.
        if (isMark(lead + 1, ':') && isValue(lead + 2)) return false;
        // "Releases that nobody has to roll back": a plural noun and what it does, not a verb.
        if (hasAny(lead, kVerbs) && endsWith(lead, "s") && !endsWith(lead, "ss") &&
            !endsWith(lead, "us") && (isListed(lead + 1, "that|which|nobody")))
            return false;
        // "Release automatic recurring purchases": before an adjective, "release" is the verb
        // ("Release notes for every version" is a noun's).
        if (is(lead, "release") && isWord(lead + 1) && !function(lead + 1) &&
            (endsWith(lead + 1, "ic") || endsWith(lead + 1, "ive") || endsWith(lead + 1, "ous") ||
             endsWith(lead + 1, "able") || endsWith(lead + 1, "ful")))
            return true;
        // "Win first place in the contest": a place won.
        if ((is(lead, "win") || is(lead, "take")) && (isListed(lead + 1, "first|second|third")) &&
            (is(lead + 2, "place") || is(lead + 2, "prize")))
            return true;
        // "Turn frustrated users who write in into customers who rave": one thing made another.
        if (is(lead, "turn") && !toks_[lead].capital)
            for (std::size_t k = lead + 2; k < count_ && k <= lead + 10 && !isMark(k); ++k)
                if (is(k, "into")) return true;
        // "Mark and celebrate the club's anniversary": two verbs joined before their object.
        if (!hasAny(lead, kNouns) || toks_[lead].capital) {
            if ((is(lead + 1, "and") || is(lead + 1, "or")) && isWord(lead + 2) &&
                verbish(lead + 2) && !hasAny(lead + 2, kNouns) && !endsWith(lead + 2, "s") &&
                !gerund(lead) && !participle(lead) && !endsWith(lead, "s") &&
                (has(lead + 3, WordClass::Determiner) || is(lead + 3, "our") ||
                 is(lead + 3, "the")))
                return true;
        }
        // "To advocate for …", "To foment …": after a leading "to" the word is a verb, known or
        // not.
        if (lead > 0 && is(lead - 1, "to") && !isValue(lead) && !function(lead) &&
            !participle(lead) && !gerund(lead))
            return true;
        // "Consolidated operating profit above ¥28 billion", "Adjusted EBITDA margin": the words
        // accounts put before a figure describe it.
        if ((isListed(lead,
                      "consolidated|adjusted|audited|annualised|annualized|budgeted|weighted|"
                      "blended|underlying")) &&
            isWord(lead + 1) && nounish(lead + 1) && !function(lead + 1))
            return false;
        // "Deploy frequency goes from weekly to daily", "Release frequency rises to …": a verb
        // before a measure's noun and that noun's own verb (or its "from") names the measure.
        if (isWord(lead + 1) && !toks_[lead].joined && has(lead + 1, WordClass::MetricNoun) &&
            !hasAny(lead + 1, bit(WordClass::Determiner) | bit(WordClass::FunctionWord)) &&
            (is(lead + 2, "from") ||
             (isWord(lead + 2) && endsWith(lead + 2, "s") && !endsWith(lead + 2, "ss") &&
              (has(lead + 2, WordClass::IncreaseVerb) || has(lead + 2, WordClass::DecreaseVerb) ||
               has(lead + 2, WordClass::BeVerb) ||
               isListed(lead + 2, "goes|falls|drops|moves|stays|reaches")))))
            return false;
        // "Use of the main building holds up", "Review of every contract …": the noun of the
        // verb, then what it is of.
        if (isListed(lead, "use|review|release|update|support|access") && is(lead + 1, "of") &&
            !toks_[lead].joined)
            return false;
        // "Partner money committed to joint marketing": "partner" is a verb only with whom
        // ("Partner with 4 schools", "Partner up with …"); before a noun it names whose.
        if (is(lead, "partner") && !toks_[lead].joined && isWord(lead + 1) &&
            !is(lead + 1, "with") && !is(lead + 1, "up") && !function(lead + 1) &&
            !has(lead + 1, WordClass::Determiner) && nounish(lead + 1))
            return false;
        // "We are fielding 3 teams": after "we are", an "-ing" word is the verb, known or not.
        if (lead > 1 && gerund(lead) && (is(lead - 1, "are") || is(lead - 1, "re")) &&
            is(lead - 2, "we"))
            return true;
        // "Deploys happen more often", "Hires this quarter reach …": a plural noun, not a verb
        // (an imperative is the base form).
        if (endsWith(lead, "s") && !endsWith(lead, "ss") && !endsWith(lead, "us") &&
            !endsWith(lead, "is") && isWord(lead + 1) && !has(lead + 1, WordClass::Determiner) &&
            !isValue(lead + 1) && verbish(lead) && !hasAny(lead, kNouns))
            return false;
        // "Churn trends downward", "Revenue grows every month": a measure, then how it moves.
        if (measureMoves(lead)) return false;
        // "Volunteers stop dropping out": people named in the plural, then what they stop or keep
        // doing.
        if (endsWith(lead, "s") && !endsWith(lead, "ss") && has(lead, WordClass::AgentNoun) &&
            aspectVerb(lead + 1))
            return false;
        // "Volunteers stay longer", "Partners refer 30 customers": people named in the plural,
        // then their own verb's plain form.
        if (endsWith(lead, "s") && !endsWith(lead, "ss") && has(lead, WordClass::AgentNoun) &&
            isWord(lead + 1) &&
            (!function(lead + 1) || is(lead + 1, "stay") || is(lead + 1, "remain")) &&
            verbish(lead + 1) &&
            (!hasAny(lead + 1, kNouns) || has(lead + 1, WordClass::ExperienceVerb)) &&
            !endsWith(lead + 1, "s") && !gerund(lead + 1) && !participle(lead + 1))
            return false;
        // "Automated checks cover 92% of …", "Trained volunteers run …": a participle before a
        // plural noun and its verb describes the noun (an imperative is the base form).
        // ("Merged PRs reach staging within 25 minutes": an acronym's plural too.)
        if (endsWith(lead, "ed") && !endsWith(lead, "eed") && isWord(lead + 1) &&
            !function(lead + 1) &&
            ((endsWith(lead + 1, "s") && !endsWith(lead + 1, "ss")) || acronymPlural(lead + 1)) &&
            isWord(lead + 2) && (verbish(lead + 2) || !hasAny(lead + 2, kNouns)) &&
            !endsWith(lead + 2, "s") && !endsWith(lead + 2, "ing") &&
            !has(lead + 2, WordClass::Preposition) && !function(lead + 2))
            return false;
        // "Installs of the Android build: 60,000": a counted noun with what it counts; "Visits
        // to the digitised archive: 42,000": with where it goes ("Aims to lower …" is a verb).
        if (endsWith(lead, "s") && !endsWith(lead, "ss") && !endsWith(lead, "us") &&
            !endsWith(lead, "is") &&
            // ("Visits from local postcodes up 20%", "Sales through partners", "Downloads per
            // month": an imperative is never the "-s" form, whatever preposition follows.)
            (isListed(lead + 1, "of|from|by|per|through|across|among") ||
             // ("Clicks on the banner", "Comments on our posts": a count of what is done to
             // something.)
             (is(lead + 1, "on") && hasAny(lead, kNouns) &&
              (has(lead + 2, WordClass::Determiner) || is(lead + 2, "our"))) ||
             (is(lead + 1, "to") &&
              (has(lead + 2, WordClass::Determiner) || isListed(lead + 2, "our|their|its")))))
            return false;
        // "Spend on bought-in tools", "Growth in repeat orders": a measure named.
        if (has(lead, WordClass::MetricNoun) && has(lead + 1, WordClass::Preposition) &&
            !is(lead + 1, "to") && !toks_[lead + 1].joined)
            return false;
        // "Advertising revenue of €34M", "Consulting income up 20%", "Hosting costs under
        // $2,000 a month": an "-ing" form naming the kind of money that follows it.
        if (gerund(lead) && lead + 1 < count_ &&
            (has(lead + 1, WordClass::BusinessOutput) || has(lead + 1, WordClass::CostTerm)) &&
            (lead + 2 >= count_ || isValue(lead + 2) || isMark(lead + 2) ||
             has(lead + 2, WordClass::Preposition) || has(lead + 2, WordClass::BeVerb) ||
             is(lead + 2, "up") || is(lead + 2, "down")))
            return false;
        // "Finding things in the wiki is fast", "Cutting a release takes under 45 minutes": an
        // "-ing" form with a verb after its object is the subject of that verb.
        if (gerund(lead) && !hasAny(lead, kNouns)) {
            // "Starting and maintaining a new flavour … is trivial": two of them.
            const std::size_t second =
                (is(lead + 1, "and") || is(lead + 1, "or")) && gerund(lead + 2) ? lead + 2 : lead;
            const Phrase obj = nounPhrase(second + 1);
            std::size_t k = obj.end;
            while (k < count_ && has(k, WordClass::Preposition) && !is(k, "to")) {
                const Phrase more = nounPhrase(k + 1);
                if (more.end <= k + 1) break;
                k = more.end;
            }
            if (k < count_ && isWord(k) &&
                ((has(k, WordClass::BeVerb) && !is(k, "to")) ||
                 (endsWith(k, "s") && verbish(k) && !hasAny(k, kNouns))))
                return false;
        }
        // "Deploy scripts are merged", "Release notes are published": a noun phrase that starts
        // with a verb's form, then its "are" — unless the verb takes a clause ("Ensure X are …").
        if (toks_[lead].phraseLen <= 1 && isWord(lead + 1) && !function(lead + 1) &&
            !isValue(lead + 1) && !is(lead, "ensure") && !is(lead, "make") && !is(lead, "see") &&
            !is(lead, "check") && !is(lead, "confirm") && !is(lead, "verify") &&
            !is(lead, "prove") && !is(lead, "show") && !is(lead, "keep") && !is(lead, "let") &&
            !is(lead, "help") && !is(lead, "have") && !is(lead, "get")) {
            std::size_t k = lead + 1;
            while (k < count_ && k <= lead + 3 && isWord(k) && !function(k) &&
                   (!verbish(k) || nounish(k) || endsWith(k, "s")))
                ++k;
            // "Research findings are within everyone's reach": a state said of the noun.
            if (k > lead + 1 && (is(k, "are") || is(k, "is")) &&
                (participle(k + 1) || doneAt(k + 1) ||
                 (has(k + 1, WordClass::Preposition) && !is(k + 1, "to"))))
                return false;
            // "Test suite run time reduced to under 8 minutes": a measure said moved to a figure.
            if (k > lead + 2 && isWord(k) && endsWith(k, "ed") &&
                (isListed(k + 1, "to|by|between|under|below|within")))
                return false;
        }
        const bool verb = verbish(lead);
        const bool noun = nounish(lead) || (toks_[lead].phraseCls & kNouns) != 0;
        // "Volunteers, coaches and teachers feel …": a plural then a comma opens a list of
        // subjects; a verb's plain form never ends in "-s".
        if (isMark(lead + 1, ',') && endsWith(lead, "s") && !endsWith(lead, "ss") &&
            !endsWith(lead, "us") && !endsWith(lead, "is") && toks_[lead].phraseLen <= 1)
            return false;
        // Before a determiner any word is a verb: "Trial our theory", "Pilot the new flow".
        // ("Restaurants that buy from us can count on …": a plural and its relative clause.)
        // (With a modal or "are" after the clause, where the subject's own verb is.)
        bool pluralThat = is(lead + 1, "that") && endsWith(lead, "s") && !endsWith(lead, "ss") &&
                          !endsWith(lead, "us") && !endsWith(lead, "is");
        if (pluralThat) {
            bool mainVerb = false;
            for (std::size_t k = lead + 3; k < count_ && k <= lead + 10 && !mainVerb; ++k)
                mainVerb = isListed(k, "can|will|should|would|could|must|are|feel|say|rate|report");
            pluralThat = mainVerb;
        }
        if (isWord(lead + 1) && has(lead + 1, WordClass::Determiner) && !toks_[lead + 1].joined &&
            !is(lead + 1, "new") && !is(lead + 1, "no") && !participle(lead) && !gerund(lead) &&
            !pluralThat)
            return true;
        if (!verb) {
            // An unknown word before a number or a pronoun is a verb: "Streamline 3 flows".
            if (hasAny(lead, kNouns)) return false;
            if (isListed(lead + 1, "the|a|an|our") || isValue(lead + 1) || is(lead + 1, "all") ||
                (is(lead + 1, "at") && is(lead + 2, "least")) ||
                // "Treat more patients as day cases": a verb before a comparative of quantity.
                ((is(lead + 1, "more") || is(lead + 1, "fewer")) && isWord(lead + 2)) ||
                // "Line up 12 players", "Hand out 300 leaflets": a verb and its particle.
                ((isListed(lead + 1, "up|out|off|down")) &&
                 (isValue(lead + 2) || has(lead + 2, WordClass::Determiner))))
                return !participle(lead) && !gerund(lead);
            if (endsWith(lead, "ize") || endsWith(lead, "ise") || endsWith(lead, "ate") ||
                endsWith(lead, "ify"))
                return true;
            return false;
        }
        if (toks_[lead].phraseLen > 1 && (toks_[lead].phraseCls & kNouns) &&
            !(toks_[lead].phraseCls & kVerbs))
            return false;  // "Hiring managers", "Support tickets", "Win rate"
        // "Repair time, e.g. …", "Test coverage above 80%", "Deploy frequency from weekly": a
        // verb of work before a measure that ends the phrase names the measure of that work.
        if ((has(lead, WordClass::ActivityVerb) || has(lead, WordClass::BuildVerb)) &&
            !hasAny(lead, bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb) |
                              bit(WordClass::AchieveVerb) | bit(WordClass::MaintainVerb)) &&
            isWord(lead + 1) && !toks_[lead + 1].joined && measureEnds(lead + 1))
            return false;
        if (!noun && !gerund(lead)) return true;
        // "Learn sound editing": the base form of a verb whose noun is its "-ing" ("learning").
        if (is(lead, "learn")) return true;
        // "Train teachers from 12 schools in coding": people taught, not train staff.
        if (is(lead, "train") && has(lead + 1, WordClass::AgentNoun) && endsWith(lead + 1, "s") &&
            !has(lead + 2, WordClass::BeVerb) && !isValue(lead + 2))
            return true;
        // Both a verb and a noun (or an -ing form): a noun phrase when a noun run follows and then
        // a verb, a "be" or a measure.
        std::size_t j = lead + 1;
        if (!nounish(j) || function(j)) return true;
        return !nounRunThenMeasure(lead);
    }

    // A measure noun at `i` (or a phrase of them) that ends its phrase: the end, a mark, a value,
    // "from" or a bound follows — "time, e.g.", "coverage above 80%", "frequency from weekly".
    bool measureEnds(std::size_t i) const {
        if (!isWord(i)) return false;
        const bool phrase =
            toks_[i].phraseLen > 1 && (toks_[i].phraseCls & bit(WordClass::MetricNoun));
        if (!phrase && !has(i, WordClass::MetricNoun)) return false;
        if (hasAny(i, bit(WordClass::AgentNoun) | bit(WordClass::DeliverableNoun) |
                          bit(WordClass::VanityMetric)))
            return false;
        const std::size_t j = phrase ? i + toks_[i].phraseLen : i + 1;
        return j >= count_ || (isMark(j) && !isMark(j, '&') && !isMark(j, '/')) || isValue(j) ||
               isListed(j, "from|above|below|under|over") ||
               (is(j, "at") && (is(j + 1, "least") || is(j + 1, "most"))) ||
               ((is(j, "less") || is(j, "more")) && is(j + 1, "than"));
    }

    // From `i`, a run of nouns followed by what a measured noun phrase is followed by: a value,
    // "from", a bound, an arrow, a colon, "is/are", a verb of people, or the end.
    bool nounRunThenMeasure(std::size_t i) const {
        // "Roll out 200 smart meters", "Hand out 300 leaflets": a verb and its particle.
        if (verbish(i) && (isListed(i + 1, "out|up|off|down"))) return false;
        std::size_t j = i + 1;
        // A word hyphened to the one before is part of it: "first-rate", "well-paid".
        while (j < count_ && ((nounish(j) && !verbish(j)) || (j > i + 1 && toks_[j].hyphenBefore)))
            ++j;
        if (j >= count_) return gerund(i);
        if (isValue(j) || isMark(j, '>') || isMark(j, ':') || has(j, WordClass::BeVerb))
            return true;
        if (is(j, "from") && isValue(j + 1)) return true;
        if (isListed(j, "at|above|below|under|over|not|less|more|at")) return true;
        if (has(j, WordClass::ExperienceVerb) || has(j, WordClass::ActivityVerb))
            return gerund(i) || j > i + 1;
        return false;
    }

    // ---- noun phrases -------------------------------------------------------------------------

    struct Phrase {
        std::size_t begin = 0, end = 0;  // tokens [begin, end)
        std::size_t head = 0, headEnd = 0;
        std::size_t count = kMaxTokens;  // the value counting the head
        bool countOf = false;
    };

    bool stopsPhrase(std::size_t i, std::size_t begin) const {
        if (i >= count_) return true;
        const Tok& t = toks_[i];
        if (t.type == T::Mark) return t.mark != '&' && t.mark != '/';
        // "lift our following there to 4,200": where, after the phrase.
        if (i > begin && (is(i, "there") || is(i, "here"))) return true;
        // "a tropical conservatory next to the visitor centre": where, after the phrase.
        if (i > begin && (is(i, "next") || is(i, "close")) && is(i + 1, "to")) return true;
        // "Web traffic 12% higher": a figure after the measure, then a comparison, ends it.
        // ("Lift readership 10% each month": a share after the measure is how far it moves.)
        if (t.type == T::Num)
            return i > begin && isWord(i - 1) && !function(i - 1) && nounish(i - 1) &&
                   ((isListed(i + 1, "higher|lower|up|down|above|below")) ||
                    (t.percent && !is(i + 1, "of")));
        if (t.joined) return false;  // "on-call", "top-of-funnel", "trial-to-paid"
        // "total registered users", "overall page views": a measure of the table after a word
        // that sums it.
        if (i > begin && t.phraseLen > 1 && (t.phraseCls & kNouns) &&
            (isListed(i - 1, "total|overall|cumulative|combined")))
            return false;
        // "Creator channel watch hours", "forum registered users": a vanity measure of the table
        // after the thing it is counted on.
        if (i > begin && t.phraseLen > 1 && (t.phraseCls & bit(WordClass::VanityMetric)) &&
            isWord(i - 1) && !function(i - 1) && nounish(i - 1))
            return false;
        // "Site visits top 400,000", "Installs pass 60,000": a verb of reaching before a figure.
        if (i > begin && isWord(i - 1) && !function(i - 1) && nounish(i - 1) && isValue(i + 1) &&
            (isListed(i,
                      "top|tops|pass|passes|exceed|exceeds|hit|hits|cross|crosses|surpass|"
                      "surpasses|reach|reaches|beat|beats")))
            return true;
        if (has(i, WordClass::Preposition) || has(i, WordClass::Conjunction) ||
            has(i, WordClass::BeVerb) || has(i, WordClass::OutcomeLink) ||
            has(i, WordClass::Qualifier))
            return true;
        // "Every new member visits the club": after "every" and one thing, a verb in "-s".
        if (i >= begin + 2 && i <= begin + 4 && (is(begin, "every") || is(begin, "each")) &&
            endsWith(i, "s") && !endsWith(i, "ss") && verbish(i) && isWord(i - 1) &&
            !endsWith(i - 1, "s") && !function(i - 1))
            return true;
        // "Background jobs behave predictably", "Pages load quickly": after a plural noun, a word
        // and then its manner adverb are the verb.
        if (i > begin && i + 1 < count_ && isWord(i - 1) && !function(i - 1) &&
            endsWith(i - 1, "s") && !endsWith(i - 1, "ss") && !endsWith(i, "s") &&
            !hasAny(i, kNouns) && !function(i) && adverbAfter(i))
            return true;
        // "Grow our online reach fourfold": how many times over, not part of the noun.
        if (endsWith(i, "fold") && timesOver(lowText(t)) > 0) return true;
        // "Door count back above 60,000", "Sign-ups back to 400 a week": a level returned to.
        if (is(i, "back") && i > begin &&
            (isValue(i + 1) || isValue(i + 1 + boundWords(i + 1)) ||
             ((isListed(i + 1, "to|above|below|under|over")) &&
              isValue(i + 2 + boundWords(i + 2)))))
            return true;
        // A proper name goes on: "the Alumni Mentors programme".
        if (t.capital && i > begin && isWord(i - 1) && toks_[i - 1].capital) return false;
        // "the number of sales presentations we give", "the posts I write": a pronoun after a
        // noun opens a clause, after one thing too ("the land we care for").
        if (i > begin && isWord(i - 1) && !function(i - 1) && (isListed(i, "we|i|they")) &&
            isWord(i + 1) && (verbish(i + 1) || has(i + 2, WordClass::Preposition)))
            return true;
        // "every page the engineer receives": a determiner after a noun opens a clause.
        if (i > begin && has(i, WordClass::Determiner) && isWord(i - 1) && !function(i - 1) &&
            !is(i, "new") && !is(i, "existing") && !is(i, "current") && !is(i, "whole") &&
            !is(i, "entire") && !is(i, "other") && !is(i, "such"))
            return true;
        // A verb after a noun starts a clause ("developers love our docs", "managers report");
        // after a number or a determiner it is a modifier ("1,000 paying customers").
        const bool afterNoun = i > begin && isWord(i - 1) && !function(i - 1) && nounish(i - 1);
        const bool nounNext =
            isWord(i + 1) && nounish(i + 1) && !function(i + 1) && !verbish(i + 1);
        // After "a" or "an" and one noun, a verb would take an -s ("A new hire joins …"): a base
        // form there is another noun ("An index file in every folder").
        const bool singularBase = (is(begin, "a") || is(begin, "an")) && !endsWith(i, "s") &&
                                  !endsWith(i, "ed") && !is(i, "can") && !is(i, "will") &&
                                  !is(i, "must") && !is(i, "should") && !is(i, "may") &&
                                  !has(i, WordClass::DoneWord) && !is(i, "set") && !is(i, "put") &&
                                  !is(i, "cut") && !is(i, "run") &&
                                  !(toks_[i].phraseLen > 1 && (toks_[i].phraseCls & kVerbs));
        // "parents bringing up a disabled child": an "-ing" after plural people says what they
        // do (not "staff training", "customer onboarding").
        if (afterNoun && !t.joined && gerund(i) && (toks_[i - 1].cls & bit(WordClass::AgentNoun)) &&
            ((endsWith(i - 1, "s") && !endsWith(i - 1, "ss")) || is(i - 1, "people") ||
             is(i - 1, "children")) &&
            isWord(i + 1) &&
            (has(i + 1, WordClass::Preposition) || is(i + 1, "up") ||
             has(i + 1, WordClass::Determiner) || is(i + 1, "their")))
            return true;
        // "Hold cookery workshops using our vegetables": an "-ing" after a noun, then what it
        // takes, opens a clause of means.
        if (afterNoun && !t.joined && gerund(i) && !has(i, WordClass::MetricNoun) &&
            (isListed(i + 1, "our|their|its|local")))
            return true;
        // "Staff report feeling supported", "Parents say that …": what people say, a verb even
        // where it is also a noun ("report").
        if (afterNoun && !t.joined && (isListed(i, "report|say|rate|agree|tell|feel")) &&
            ((toks_[i - 1].cls & (bit(WordClass::AgentNoun) | bit(WordClass::TeamWord))) ||
             isListed(i - 1, "staff|people|children")) &&
            (gerund(i + 1) || is(i + 1, "that") || has(i + 1, WordClass::FeelingWord) ||
             is(i + 1, "they") || is(i + 1, "it")))
            return true;
        // ("the dietary needs of children": a verb's form before "of" is a noun.)
        // ("Fellowship programmes attract competitive applications": a plural, then a verb's
        // plain form, is its verb whatever follows.)
        const bool pluralThenBase = i > begin && endsWith(i - 1, "s") && !endsWith(i - 1, "ss") &&
                                    !endsWith(i, "s") && !participle(i);
        if (afterNoun && verbish(i) && !nounish(i) && !t.hyphenBefore && !gerund(i) &&
            (!nounNext || pluralThenBase) && !singularBase && !is(i + 1, "of"))
            return true;
        // "All fresh chicken we sell …": a pronoun opens a clause inside the phrase.
        // Only a clause of a verb, then the subject's own verb: "we sell comes", "we buy from
        // uses".
        if (i > begin && (isListed(i, "we|they|you")) && isWord(i + 1) && verbish(i + 1)) {
            const std::size_t v = has(i + 2, WordClass::Preposition) ? i + 3 : i + 2;
            if (isWord(v) && endsWith(v, "s") && !endsWith(v, "ss") && !hasAny(v, kNouns) &&
                !function(v))
                return true;
        }
        // "Teachers routinely use …": an adverb after a noun opens the verb that follows.
        if (afterNoun && endsWith(i, "ly") && !hasAny(i, kNouns | kVerbs) && !is(i, "daily") &&
            !is(i, "weekly") && !is(i, "monthly") && !is(i, "yearly") && !is(i, "quarterly") &&
            !is(i, "early") && !is(i, "only") && !is(i, "nightly") && !is(i, "hourly") &&
            !is(i, "fortnightly") && isWord(i + 1) && verbish(i + 1))
            return true;
        // What people named do, in a verb we do not list: "Members fill a quarter of the slots",
        // "Every partner deal registration comes in through the portal".
        if (afterNoun && !t.joined && !hasAny(i, kNouns) &&
            ((toks_[i - 1].cls & (bit(WordClass::AgentNoun) | bit(WordClass::TeamWord))) &&
             endsWith(i - 1, "s") && !endsWith(i, "s") && !endsWith(i, "ing") &&
             (isListed(i + 1, "a|an|the") || isValue(i + 1))))
            return true;
        // … even in a word that is also a noun, before what it takes: "Children build a habit
        // of reading", "Members study the rules".
        if (afterNoun && !t.joined && verbish(i) && !gerund(i) && !endsWith(i, "s") &&
            (toks_[i - 1].cls & bit(WordClass::AgentNoun)) &&
            ((endsWith(i - 1, "s") && !endsWith(i - 1, "ss")) || is(i - 1, "children") ||
             is(i - 1, "people")) &&
            (isListed(i + 1, "a|an|the|their|our")))
            return true;
        // "homes people on ordinary wages can afford", "tools teams can trust": people after a
        // noun, then what they can do, is a clause about the noun.
        if (afterNoun && !t.joined && (toks_[i].cls & bit(WordClass::AgentNoun)) &&
            !(toks_[i - 1].cls & bit(WordClass::AgentNoun)) && endsWith(i - 1, "s") &&
            !endsWith(i - 1, "ss") &&
            ((endsWith(i, "s") && !endsWith(i, "ss")) || is(i, "people") || is(i, "children"))) {
            for (std::size_t k = i + 1; k < count_ && k <= i + 6 && !isMark(k); ++k)
                if (isListed(k, "can|could|will|would")) return true;
        }
        // "Shoppers back to the old town centre", "Essential features work on phones": a
        // particle, or a verb of working, after plural things ends them.
        if (afterNoun && !t.joined && endsWith(i - 1, "s") && !endsWith(i - 1, "ss") &&
            ((is(i, "back") && (isListed(i + 1, "to|into|in"))) ||
             ((isListed(i, "work|run|load|sync")) && has(i + 1, WordClass::Preposition) &&
              !is(i + 1, "of"))))
            return true;
        // "First Nations toddlers take part in …": a verb of several words after people.
        if (afterNoun && !t.joined && (toks_[i - 1].cls & bit(WordClass::AgentNoun)) &&
            toks_[i].phraseLen > 1 &&
            (toks_[i].phraseCls & (kVerbs | bit(WordClass::ExperienceVerb))))
            return true;
        // "Nightly syncing does not slow down the tills": "do" and "not" after a noun.
        if (afterNoun && (isListed(i, "does|do|did")) && (is(i + 1, "not") || is(i + 1, "never")))
            return true;
        // "Park services meet or beat what residents expect": two verbs joined after a noun.
        if (afterNoun && !t.joined && verbish(i) && (is(i + 1, "or") || is(i + 1, "and")) &&
            endsWith(i - 1, "s") && !endsWith(i - 1, "ss") && !endsWith(i, "s") && isWord(i + 2) &&
            verbish(i + 2) && !nounish(i + 2) && !function(i + 2))
            return true;
        // "Parents come back to book …", "Members return each season": people coming and going.
        if (afterNoun && !t.joined && (toks_[i - 1].cls & bit(WordClass::AgentNoun)) &&
            endsWith(i - 1, "s") && (isListed(i, "come|go|return|stay|leave|keep|get")))
            return true;
        if (afterNoun && !t.joined && (isListed(i, "comes|goes|arrives|lands|happens|moves")) &&
            (has(i + 1, WordClass::Preposition) || is(i + 1, "in") || is(i + 1, "through")))
            return true;
        // An adverb, "exist", a verb in -s before its object, an "-ing" clause after a noun:
        // "policy fully implemented", "guides exist", "team identifies 4 …", "blockers holding up
        // the deal".
        if (afterNoun && !t.joined) {
            if ((endsWith(i, "ly") || manner(i)) && !hasAny(i, kNouns) &&
                !(isWord(i + 1) && nounish(i + 1)))
                return true;
            if (is(i, "exist") || is(i, "exists")) return true;
            const bool objectNext = has(i + 1, WordClass::Determiner) || isValue(i + 1) ||
                                    isListed(i + 1, "us|them|it");
            if (endsWith(i, "s") && !hasAny(i, kNouns) && objectNext) return true;
            if (gerund(i) && !hasAny(i, kNouns) &&
                (objectNext || has(i + 1, WordClass::Preposition)))
                return true;
            // "450 companies building on our network": people named, then what they do, even in
            // a word that is also a noun.
            if (gerund(i) && has(i + 1, WordClass::Preposition) &&
                (toks_[i - 1].cls & bit(WordClass::AgentNoun)) && endsWith(i - 1, "s"))
                return true;
        }
        // "checker available on nightly", "page live": a done word after a noun ends the phrase.
        if (afterNoun && !t.joined && has(i, WordClass::DoneWord) && !verbish(i) &&
            !hasAny(i, kNouns))
            return true;
        // "clusters shared by …", "posts published", "lines of code shipped": a participle after
        // a noun (or a vanity count of the table) ends the phrase.
        const auto endsVanityPhrase = [&] {
            for (std::size_t k = begin; k + 1 < i; ++k)
                if (toks_[k].phraseLen > 1 && k + toks_[k].phraseLen == i &&
                    (toks_[k].phraseCls & bit(WordClass::VanityMetric)))
                    return true;
            return false;
        };
        if (!t.hyphenBefore && participle(i) && !is(i, "speed") && !is(i, "need") &&
            !is(i, "feed") && !is(i, "seed") &&
            (afterNoun || (isWord(i - 1) && endsVanityPhrase())))
            return true;
        // A word that is a noun and a verb ("rate", "report", "use") is the verb of a clause
        // only before what a verb takes: "managers report that …", "users rate us".
        if (afterNoun && has(i, WordClass::ExperienceVerb) && !t.hyphenBefore && !gerund(i)) {
            if (!hasAny(i, kNouns)) return true;
            // ("Raise Instagram clicks 20%": a count of the table before how far it moves.)
            if (has(i + 1, WordClass::Determiner) || has(i + 1, WordClass::OutcomeLink) ||
                (isValue(i + 1) && !has(i, WordClass::VanityMetric)) ||
                isListed(i + 1, "us|it|them|more|less|what|how|why|whether"))
                return true;
        }
        return false;
    }

    // "at least", "more than", "up to", "over": a bound before the number of a phrase.
    std::size_t boundWords(std::size_t i) const {
        if ((is(i, "at") && (is(i + 1, "least") || is(i + 1, "most"))) ||
            ((isListed(i, "more|less|fewer")) && is(i + 1, "than")) ||
            (is(i, "up") && is(i + 1, "to")))
            return 2;
        // "no more than", "no fewer than", "not less than", "a minimum of".
        if (((is(i, "no") || is(i, "not")) && (isListed(i + 1, "more|fewer|less")) &&
             is(i + 2, "than")) ||
            (is(i, "a") && (is(i + 1, "minimum") || is(i + 1, "maximum")) && is(i + 2, "of")))
            return 3;
        if (isListed(i,
                     "over|under|about|around|nearly|almost|approximately|some|another|additional|"
                     "extra"))
            return 1;
        return 0;
    }

    Phrase nounPhrase(std::size_t i) const {
        Phrase p;
        std::size_t skip = boundWords(i);
        if (skip > 0 && isValue(i + skip)) i += skip;
        p.begin = i;
        std::size_t j = i;
        bool nounSeen = false;
        std::size_t ages = count_;  // where "aged 16-28" opens, if it closes the phrase
        while (j < count_) {
            // "Listeners aged 16-28", "adults aged 18 to 24 …": whom, by age; the phrase ends
            // after the ages, its head before them.
            if (j > i && nounSeen && is(j, "aged") && j + 1 < count_ &&
                toks_[j + 1].type == T::Num) {
                ages = j;
                j += 2;
                while (j < count_ && (toks_[j].type == T::Num || isMark(j, '-') ||
                                      ((is(j, "to") || is(j, "and")) && j + 1 < count_ &&
                                       toks_[j + 1].type == T::Num) ||
                                      (is(j, "and") && (is(j + 1, "over") || is(j + 1, "under"))) ||
                                      ((is(j, "over") || is(j, "under")) && is(j - 1, "and"))))
                    ++j;
                break;
            }
            if (j > i && ridOf(j)) break;
            // "Fewer unplanned stops", "Less unused stock": after an opening "fewer" or "less"
            // a participle describes what is counted.
            if (j == i + 1 && (is(i, "fewer") || is(i, "less")) && isWord(j) && !function(j) &&
                endsWith(j, "ed") && isWord(j + 1) && !function(j + 1)) {
                ++j;
                continue;
            }
            if (j > i && stopsPhrase(j, i)) {
                // "the number of posts", "85% of kickoff sessions": the phrase goes on after "of".
                if (is(j, "of") && j > i &&
                    (has(j - 1, WordClass::CountWord) || (isValue(j - 1) && toks_[j - 1].percent) ||
                     is(j - 1, "percent"))) {
                    p.countOf = true;
                    ++j;
                    continue;
                }
                // "3 or 4 local pilots", "3 to 5 posts": a range of counts.
                if ((is(j, "or") || is(j, "to")) && isValue(j - 1) && isValue(j + 1)) {
                    ++j;
                    continue;
                }
                // "three or more corporate members", "50 or so listeners": a count's bound.
                if (is(j, "or") && isValue(j - 1) && (isListed(j + 1, "more|so|fewer|less")) &&
                    isWord(j + 2) && !function(j + 2)) {
                    j += 2;
                    continue;
                }
                // "Daily, weekly and monthly active borrowers": a list of modifiers.
                if ((isMark(j, ',') || is(j, "and") || is(j, "or")) && !nounSeen && isWord(j + 1) &&
                    !function(j + 1) &&
                    (!verbish(j + 1) || toks_[j + 1].joined || participle(j + 1)) && j - i <= 6) {
                    ++j;
                    continue;
                }
                // A phrase of the table that spans "of" or "to": "lines of code", "time to value".
                bool inside = false;
                for (std::size_t k = i; k < j; ++k)
                    if (toks_[k].phraseLen > 0 && k + toks_[k].phraseLen > j &&
                        (toks_[k].phraseCls & kNouns))
                        inside = true;
                if (!inside) break;
            }
            // ("500MB files": a size of each, not how many.)
            if (isValue(j) && p.count >= count_ && !sized(j)) p.count = j;
            // "the state's southern, south-eastern and coastal areas": a possessive opens the
            // phrase; a list of modifiers may still follow it.
            if (hasAny(j, kNouns) && !toks_[j].possessive) nounSeen = true;
            ++j;
        }
        p.end = j;
        // The head: the last noun of the phrase, or the phrase of the table covering it.
        std::size_t h = std::min(p.end, ages);
        while (h > p.begin && !(isWord(h - 1) && !function(h - 1))) --h;
        // ("the volunteer-matching MVP v1", "Checkout V3": the version names which one; the
        // head is the thing before it.)
        bool versioned = false;
        if (h > p.begin + 1 && isWord(h - 2) && !function(h - 2) &&
            (hasAny(h - 2, kNouns) || toks_[h - 2].capital)) {
            const std::string_view last = lowText(toks_[h - 1]);
            versioned = last.size() >= 2 && last.size() <= 5 && last[0] == 'v' &&
                        last.find_first_not_of("0123456789.", 1) == std::string_view::npos;
        }
        if (h == p.begin) {
            p.head = p.headEnd = p.begin;
            return p;
        }
        if (versioned) --h;
        p.head = h - 1;
        p.headEnd = h;
        for (std::size_t k = p.begin; k < h; ++k)
            if (toks_[k].phraseLen > 1 && k + toks_[k].phraseLen >= h && k < p.head &&
                (toks_[k].phraseCls & kNouns)) {
                p.head = k;
                p.headEnd = std::min<std::size_t>(k + toks_[k].phraseLen, p.end);
                break;
            }
        return p;
    }

    HeadKind kindOf(const Phrase& p) const {
        if (p.headEnd <= p.head) return HeadKind::None;
        const bool multi = p.headEnd - p.head > 1;
        ClassMask c = multi ? toks_[p.head].phraseCls : toks_[p.head].cls;
        // A single-word head: a phrase of the table ending on it decides too ("support tickets").
        if (!multi)
            for (std::size_t k = p.begin; k < p.head; ++k)
                if (toks_[k].phraseLen > 1 && k + toks_[k].phraseLen == p.headEnd)
                    c |= toks_[k].phraseCls;
        const auto in = [c](WordClass w) { return (c & bit(w)) != 0; };
        if (in(WordClass::VanityMetric)) return HeadKind::Vanity;
        // "300 shares of the annual report": a piece passed on, counted (not "a market share",
        // "shares of voice").
        if (!multi && (is(p.head, "shares") || is(p.head, "reshares")) && p.count < p.head &&
            is(p.headEnd, "of") &&
            (has(p.headEnd + 1, WordClass::Determiner) ||
             isListed(p.headEnd + 1, "our|each|every")))
            return HeadKind::Vanity;
        if (in(WordClass::BinaryNoun)) return HeadKind::Binary;
        // "the Zapier integration", "a Slack connector": one named product joined to ours.
        if (!multi && p.head > p.begin && toks_[p.head - 1].capital &&
            isListed(p.head, "integration|integrations|connector|connectors|plugin|plugins"))
            return HeadKind::Deliverable;
        // "inbound emergency calls", "incoming enquiries": what customers send us, counted.
        if (in(WordClass::IncomingNoun) || has(p.head, WordClass::IncomingNoun))
            for (std::size_t k = p.begin; k < p.head; ++k)
                if (is(k, "inbound") || is(k, "incoming")) return HeadKind::Metric;
        // "a reach of 1.5 million": an audience's size.
        if (!multi && is(p.head, "reach") && is(p.headEnd, "of") && isValue(p.headEnd + 1))
            return HeadKind::Vanity;
        // "40 new enterprise logos": customers won, in sales' word for them ("Design 3 new
        // logos" makes them).
        if (!multi && is(p.head, "logos") && p.count < p.head) {
            bool drawn = false;
            for (std::size_t k = 0; k < p.begin; ++k)
                drawn = drawn ||
                        isListed(k, "design|redesign|draw|create|produce|make|designed|created");
            if (!drawn) return HeadKind::Metric;
        }
        // "a customer success team", "the product team": a team, whatever its name says it does
        // (not "the organisation", which is everyone).
        if (!multi && (isListed(p.head, "team|teams|unit|squad|department|desk")))
            return HeadKind::Agent;
        // "an A rating", "an age rating from PEGI": one rating granted, not a score to move
        // ("a 4.6/5 service rating", "an average rating of 4.8" are scores).
        // "an Ofsted rating of Good", "a rating of Outstanding": a verdict in words.
        if ((is(p.head, "rating") || is(p.head, "grade")) && is(p.headEnd, "of") &&
            isWord(p.headEnd + 1) && toks_[p.headEnd + 1].capital && !numberWord(p.headEnd + 1) &&
            (p.headEnd + 2 >= count_ || isMark(p.headEnd + 2) || function(p.headEnd + 2)))
            return HeadKind::Binary;
        if (!multi && (is(p.head, "rating") || is(p.head, "grade")) &&
            (is(p.begin, "a") || is(p.begin, "an")) && !is(p.headEnd, "of")) {
            bool score = false;
            for (std::size_t k = p.begin + 1; k < p.head; ++k)
                score = score || isValue(k) || toks_[k].type == T::Num ||
                        isListed(k, "average|satisfaction|mean");
            if (!score) return HeadKind::Binary;
        }
        // "A three-star rating in the regulator's assessment", "a 5-star hygiene rating": a
        // rating granted on someone else's scale of stars ("a 4.5-star rating" is an average).
        if (is(p.headEnd - 1, "rating") || is(p.headEnd - 1, "grade"))
            for (std::size_t k = p.begin; k + 1 < p.headEnd; ++k)
                if ((has(k, WordClass::NumberWord) ||
                     (toks_[k].type == T::Num &&
                      lowText(toks_[k]).find('.') == std::string_view::npos)) &&
                    is(k + 1, "star") && toks_[k + 1].hyphenBefore)
                    return HeadKind::Binary;
        // "Third-quartile ranking across the industry", "a top-decile position": a place on a
        // scale others keep, a measure.
        if (!multi && (isListed(p.head, "ranking|rank|position")))
            for (std::size_t k = p.begin; k < p.head; ++k)
                if (isListed(k, "quartile|decile|percentile|quintile")) return HeadKind::Metric;
        // "a Teams integration", "an integration with Slack": one of something that is also a
        // quality ("better integration") is a thing made.
        if (in(WordClass::AbstractNoun) && in(WordClass::DeliverableNoun) &&
            (is(p.begin, "a") || is(p.begin, "an")))
            return HeadKind::Deliverable;
        if (in(WordClass::AbstractNoun) && !(multi && in(WordClass::MetricNoun)))
            return HeadKind::Abstract;
        if (in(WordClass::MetricNoun)) return HeadKind::Metric;
        if (in(WordClass::DeliverableNoun) || in(WordClass::TacticPhrase))
            return HeadKind::Deliverable;
        if (in(WordClass::AgentNoun) || in(WordClass::TeamWord)) return HeadKind::Agent;
        if (in(WordClass::ValueTerm) || in(WordClass::RevenueTerm) || in(WordClass::CostTerm))
            return HeadKind::Metric;
        // An unknown noun shaped like people: "dispatchers", "organisers", "pharmacists" (not
        // "reading corners", "poster stands with banners").
        if (!multi && c == 0 &&
            (endsWith(p.head, "ers") || endsWith(p.head, "ors") || endsWith(p.head, "ists") ||
             endsWith(p.head, "ians") || endsWith(p.head, "ees") || endsWith(p.head, "ants")) &&
            !isListed(
                p.head,
                "corners|centers|borders|containers|computers|printers|folders|banners|posters|"
                "stickers|flyers|fliers|trailers|covers|letters|papers|chapters|shelters|towers|"
                "markers|filters|meters|layers|registers|clusters|sensors|generators|routers|"
                "adapters|connectors|monitors|indicators|processors|incubators|accelerators|"
                "lockers|counters|trackers|timers|boosters|barriers|plants|grants|implants|"
                "pennants|scanners|chargers|heaters|boilers|freezers|coolers|dispensers|shredders|"
                "tractors|ventilators|defibrillators|incinerators|compressors|projectors|dryers|"
                "washers|mixers|radiators|elevators|simulators|detectors|inverters|transformers"))
            return HeadKind::Agent;
        // An unknown noun shaped like a quality: "liquidity", "commitment", "continuity".
        if (!multi && c == 0 &&
            (endsWith(p.head, "ity") || endsWith(p.head, "ness") || endsWith(p.head, "ance") ||
             endsWith(p.head, "ence") || endsWith(p.head, "ment") || endsWith(p.head, "ship") ||
             endsWith(p.head, "ism") || endsWith(p.head, "tion") || endsWith(p.head, "sion")))
            return HeadKind::Abstract;
        return HeadKind::Other;
    }

    // The phrase names people: customers, merchants, hiring managers, the sales team.
    // After "Make X": a noun phrase ("a reason", "the place", "something") whose people then do
    // something ("finance teams stay", "nurses check", "small firms never think").
    bool madeIntoWhatPeopleDo(std::size_t i) const {
        if (!isWord(i) || !(has(i, WordClass::Determiner) || is(i, "something"))) return false;
        const auto person = [this](std::size_t k) {
            const ClassMask c = toks_[k].cls | toks_[k].phraseCls;
            return (c & (bit(WordClass::AgentNoun) | bit(WordClass::TeamWord))) != 0;
        };
        // "Make the docs the best way to learn the product": a way for people to do something.
        for (std::size_t k = i + 1; k + 2 < count_ && k <= i + 4 && isWord(k); ++k)
            if ((isListed(k, "way|place|tool|route")) && is(k + 1, "to") && isWord(k + 2) &&
                !function(k + 2) && (verbish(k + 2) || !hasAny(k + 2, kNouns)))
                return true;
        for (std::size_t k = i + 1; k < count_ && k <= i + 6 && isWord(k); ++k) {
            if (!person(k) || person(k + 1)) continue;
            std::size_t v = k + 1;
            while (v < count_ && isWord(v) &&
                   (isListed(v, "never|always|first") || endsWith(v, "ly")))
                ++v;
            // "… finance teams stay", "… customers remain": a copula is something they do too.
            return isWord(v) && (!function(v) || has(v, WordClass::BeVerb)) &&
                   !has(v, WordClass::Preposition);
        }
        return false;
    }

    // "to underserved neighbourhoods", "to rural families": whom or where a "to" reaches, not
    // a value or a level ("to $2M", "to the next level").
    bool toPeopleOrPlace(std::size_t k) const {
        const bool history = isListed(k, "existing|current|new|former|lapsed|returning");
        if (!isWord(k) || (function(k) && !history) || verbish(k)) return false;
        // Named apart by a word before the head: "to customers" or "to the community" is
        // everyone.
        // ("to existing customers", "to lapsed donors": which ones, by their history with us.)
        const Phrase p = nounPhrase(k);
        return p.headEnd > p.head && p.head > p.begin && (!function(p.begin) || history) &&
               !has(p.begin, WordClass::StopWord) &&
               (people(p) || has(p.head, WordClass::PlaceWord));
    }

    // A place in the phrase, with more than its name: "villages east of the river".
    bool areaSetApart(const Phrase& p) const {
        for (std::size_t k = p.begin; k < p.end; ++k) {
            if (!has(k, WordClass::AreaNoun) || toks_[k].joined || toks_[k].possessive) continue;
            if (k == p.head) return true;
            if (k + 1 < count_ && (isListed(k + 1, "east|west|north|south|near|outside|beyond")))
                return true;
        }
        return false;
    }

    bool people(const Phrase& p) const {
        if (p.headEnd <= p.head) return false;
        const ClassMask c = p.headEnd - p.head > 1 ? toks_[p.head].phraseCls : toks_[p.head].cls;
        return (c & (bit(WordClass::AgentNoun) | bit(WordClass::TeamWord))) != 0;
    }

    TextSpan span(std::size_t first, std::size_t end) const {
        TextSpan s;
        if (first >= end || first >= count_) return s;
        end = std::min(end, count_);
        // Trailing marks are left out.
        while (end > first && toks_[end - 1].type == T::Mark) --end;
        if (end <= first) return s;
        s.begin = toks_[first].off;
        s.end = static_cast<std::uint16_t>(toks_[end - 1].off + toks_[end - 1].len);
        if (toks_[end - 1].type == T::Num && toks_[end - 1].percent && s.end < n_ &&
            raw_[s.end] == '%')
            ++s.end;
        return s;
    }

    void setPhrase(Wording& r, const Phrase& p) {
        r.headGerund = p.headEnd == p.head + 1 && gerund(p.head) && !hasAny(p.head, kNouns);
        r.headGuessed =
            p.headEnd == p.head + 1 && toks_[p.head].cls == 0 && toks_[p.head].phraseCls == 0;
        r.object = span(p.begin, p.end);
        r.head = span(p.head, p.headEnd);
        r.headKind = kindOf(p);
        r.headIsCountOf = p.countOf;
        if (p.count < count_ && p.count < p.head) r.counted = span(p.count, p.headEnd);
        phrase_ = p;
    }

    // ---- forms ------------------------------------------------------------------------------

    // A count in words: "four games", "a dozen posts".
    bool numberWord(std::size_t i) const {
        static const char* const kWords[] = {"two",    "three", "four",    "five",    "six",
                                             "seven",  "eight", "nine",    "ten",     "eleven",
                                             "twelve", "dozen", "several", "fifteen", "twenty"};
        if (!isWord(i)) return false;
        const std::string_view w = lowText(toks_[i]);
        for (const char* k : kWords)
            if (w == k) return true;
        return false;
    }

    // The token after "to" and any bound words ("to at least 600"): where its value would be.
    std::size_t valueAfterTo(std::size_t to) const { return to + 1 + boundWords(to + 1); }

    // "Preparation of a strategy for the visitor economy", "Participation in at least 8 demo
    // days": work named as a noun first, read as its verb would be.
    bool nominalWork(std::size_t lead) const {
        if (!isWord(lead) || !isWord(lead + 2)) return false;
        // ("Participation in community events" with no count names a measure of others.)
        if (is(lead, "participation") || is(lead, "involvement")) {
            bool counted = false;
            for (std::size_t k = lead + 2; k < count_ && k <= lead + 5; ++k)
                counted = counted || isValue(k) || numberWord(k);
            return is(lead + 1, "in") && counted;
        }
        return is(lead + 1, "of") &&
               isListed(lead,
                        "preparation|continuation|organisation|organization|implementation|"
                        "creation|establishment|introduction|installation|publication|construction|"
                        "renovation|drafting|hosting|holding|amendment|enforcement|modernisation|"
                        "modernization|digitisation|digitization|refurbishment|redesign|relaunch|"
                        "realisation|realization|deployment|rollout");
    }

    void workNamed(Wording& r, std::size_t lead) {
        r.form = Form::Imperative;
        r.verb = VerbKind::Work;
        r.verbText = span(lead, lead + 2);
        const Phrase p = nounPhrase(lead + 2);
        setPhrase(r, p);
        verbTok_ = lead;
        after_ = p.end;
    }

    void imperative(Wording& r, std::size_t lead) {
        r.form = Form::Imperative;
        r.verb = verbKind(lead);
        std::size_t v = lead, end = lead + 1;
        if (toks_[lead].phraseLen > 1 && (toks_[lead].phraseCls & kVerbs))
            end = lead + toks_[lead].phraseLen;  // "roll out", "set up", "kick off"
        // "build up", "open up", "speed up", "carry out": a particle belongs to the verb.
        if (end == lead + 1 && (isListed(end, "up|out|off|down|through")) && !isValue(end + 1))
            ++end;
        // "Build up to 120 subscribers", "Work up to 5 km": a level grown to, not a thing made.
        if (end == lead + 2 && is(lead + 1, "up") && is(end, "to") && isValue(valueAfterTo(end)))
            r.verb = VerbKind::Change;
        // "Take 4 accounts away from our main rival": accounts won; "take my 2,912 newsletter
        // subscribers to 4,500": a measure moved.
        if (is(lead, "take"))
            for (std::size_t k = lead + 1; k + 1 < count_ && k <= lead + 9; ++k) {
                if (is(k, "away") && is(k + 1, "from")) r.verb = VerbKind::Achieve;
                if (is(k, "to") && isValue(k + 1) && k > lead + 2) r.verb = VerbKind::Change;
            }
        // "Bring four new products to market": a launch.
        if (is(lead, "bring"))
            for (std::size_t k = lead + 1; k + 1 < count_ && k <= lead + 8; ++k)
                if (is(k, "to") && is(k + 1, "market")) {
                    r.verb = VerbKind::Work;
                    r.launches = true;
                }
        // "Take home more income", "Take home £40k": pay earned, not a thing carried.
        if (end == lead + 1 && is(lead, "take") && is(lead + 1, "home") && !is(lead + 2, "to")) {
            ++end;
            r.verb = VerbKind::Achieve;
        }
        // "Lose some weight", "Lose 5 kg": a body's measure brought down.
        if (is(lead, "lose") || is(lead, "shed"))
            for (std::size_t k = lead + 1; k < count_ && k <= lead + 5; ++k)
                if (isListed(k, "weight|kg|kilos|pounds|lbs|fat|stone")) r.verb = VerbKind::Change;
        // "Exercise for 1,000 minutes over the quarter", "Practise for 30 minutes a day": time
        // put in, our own work.
        if ((isListed(lead, "exercise|practise|practice|train|study|meditate")) &&
            is(lead + 1, "for") && isValue(lead + 2))
            r.verb = VerbKind::Work;
        // "Put on 3 kg of muscle", "Put on muscle": a body's measure grown.
        if (is(lead, "put") && is(lead + 1, "on"))
            for (std::size_t k = lead + 2; k < count_ && k <= lead + 6; ++k)
                if (isListed(k, "muscle|weight|mass|kg|kilos|pounds|lbs"))
                    r.verb = VerbKind::Change;
        // "Work towards a more diverse board", "Keep working toward …": an aim, not a task.
        if ((is(lead, "work") || is(lead, "working")) &&
            (is(lead + 1, "towards") || is(lead + 1, "toward")))
            r.verb = VerbKind::Generic;
        // "Hire and onboard 3 engineers", "Design and roll out a page": a second verb; one that
        // is a noun too is a verb when a noun phrase opens after it ("Build and launch the
        // portal", "Plan and run 4 events").
        // A word we do not list is a verb there too when an object opens after it ("Create and
        // operate a fund").
        // "Design and build rubrics": a bare plural after a verb of making or doing.
        const bool bareObject =
            isWord(end + 2) && !function(end + 2) && !verbish(end + 2) && endsWith(end + 2, "s") &&
            !endsWith(end + 2, "ss") &&
            (verbKind(end + 1) == VerbKind::Build || verbKind(end + 1) == VerbKind::Work);
        const bool opensObject = (isWord(end + 2) && has(end + 2, WordClass::Determiner)) ||
                                 isValue(end + 2) || numberWord(end + 2) || bareObject;
        if ((is(end, "and") || isMark(end, '&')) &&
            ((verbish(end + 1) && (!hasAny(end + 1, kNouns) || opensObject)) ||
             (isWord(end + 1) && !hasAny(end + 1, kNouns) && !function(end + 1) &&
              !endsWith(end + 1, "ly") && !has(end + 1, WordClass::StopWord) && opensObject))) {
            end += 2;
            if (toks_[end - 1].phraseLen > 1 && (toks_[end - 1].phraseCls & kVerbs))
                end += toks_[end - 1].phraseLen - 1;
            // "Reach and hold 1,600 ETH in swap volume": a level reached, then kept.
            const bool keptAfter = (r.verb == VerbKind::Achieve || r.verb == VerbKind::Change) &&
                                   (isListed(end - 1, "hold|keep|sustain|maintain"));
            if (r.verb != VerbKind::Work && verbKind(end - 1) == VerbKind::Work && !keptAfter)
                r.verb = VerbKind::Work;
        }
        r.verbText = span(v, end);
        // "Cut version 0.4.0", "cut a new release": a release cut is one shipped.
        const bool cutRelease =
            is(lead, "cut") && (is(end, "version") || is(end, "release") ||
                                ((is(end, "a") || is(end, "the")) &&
                                 (is(end + 1, "release") || is(end + 1, "version") ||
                                  (is(end + 1, "new") && is(end + 2, "release")))));
        r.launches = has(lead, WordClass::LaunchVerb) ||
                     (toks_[lead].phraseCls & bit(WordClass::LaunchVerb)) != 0 || cutRelease;
        r.staffs = has(lead, WordClass::StaffVerb) ||
                   (toks_[lead].phraseCls & bit(WordClass::StaffVerb)) != 0;
        std::size_t o = end;
        // "Get 20 articles published", "Have 5 case studies written": achieve + done later.
        const Phrase p = nounPhrase(o);
        setPhrase(r, p);
        verbTok_ = lead;
        after_ = p.end;
        r.objectUniversal = isListed(o, "every|all|each|any");
        // "Bring a permanent copywriter onto the team", "Get two mentors on board": people taken
        // on, with the object between the verb and where they go.
        if (!r.staffs && (is(lead, "bring") || is(lead, "get")) && p.end > o) {
            const std::size_t k = p.end;
            const bool onto = isListed(k, "onto|into|aboard") ||
                              (is(k, "on") && (is(k + 1, "board") || is(k + 1, "to")));
            for (std::size_t j = k; onto && j < count_ && j <= k + 4 && !r.staffs; ++j)
                r.staffs = isListed(j, "board|aboard|team|staff|payroll");
            if (r.staffs) r.verb = VerbKind::Work;
        }
        // "Adopt an account-based model", "Use the new CRM": in the imperative, our own action.
        // "Buy new field kits": what customers do in a clause is our procurement here.
        if (r.verb == VerbKind::Experience)
            r.verb =
                (is(lead, "buy") || is(lead, "purchase")) && r.headKind == HeadKind::Deliverable
                    ? VerbKind::Work
                    : VerbKind::Other;
        // "Hold monthly sync meetings": hold and host are work with a deliverable.
        if (r.verb == VerbKind::Maintain && has(lead, WordClass::ActivityVerb) &&
            (r.headKind == HeadKind::Deliverable || !r.counted.empty()))
            r.verb = VerbKind::Work;
        // "Make support a reason finance teams stay", "Make our app the place nurses check
        // first": made into something defined by what people then do — an outcome.
        if (is(lead, "make") && madeIntoWhatPeopleDo(p.end)) r.intoOutcome = true;
        // "Do outreach", "Make one hire": do and make are work with a deliverable — unless what
        // follows says what it is made into ("Make the app better": a state).
        if (r.verb == VerbKind::Generic && (is(lead, "do") || is(lead, "make")) &&
            r.headKind == HeadKind::Deliverable && !r.intoOutcome &&
            !(isWord(p.end) && !function(p.end) && !has(p.end, WordClass::Preposition)))
            r.verb = VerbKind::Work;
        // "Become an accredited provider", "Be a certified B Corp": a status that is another
        // body's verdict, done or not done — one joins it (a, an); "the recognised leader" is a
        // rank claimed, not a verdict.
        if (r.verb == VerbKind::Generic && (is(lead, "be") || is(lead, "become")) &&
            (is(p.begin, "a") || is(p.begin, "an")))
            for (std::size_t k = p.begin; k < p.head; ++k)
                if (has(k, WordClass::BinaryNoun) && participle(k)) {
                    r.headKind = HeadKind::Binary;
                    r.binaryDone = true;
                }
        // "Get the course accredited", "Get 20 articles published": the deliverable made done by
        // a verb of causing; after any other verb a participle describes the noun ("Closed 4
        // deals with retailers based in Oslo").
        const bool causes = isListed(lead, "get|gets|got|have|make|see");
        // "Get featured in TechCrunch", "Be shortlisted for the award": chosen by others, done
        // or not done.
        if ((r.verb == VerbKind::Achieve || r.verb == VerbKind::Generic) &&
            (is(lead, "get") || is(lead, "be")) && lead + 1 < count_ &&
            isListed(lead + 1,
                     "featured|listed|certified|accredited|shortlisted|nominated|selected|verified|"
                     "recognised|recognized")) {
            r.doneAfter = true;
            r.binaryDone = true;
            after_ = lead + 2;
        }
        if ((r.verb == VerbKind::Achieve || r.verb == VerbKind::Generic) && causes &&
            p.end < count_ && isWord(p.end) &&
            (has(p.end, WordClass::DoneWord) || participle(p.end) ||
             has(p.end, WordClass::BinaryNoun))) {
            r.doneAfter = true;
            if (has(p.end, WordClass::BinaryNoun)) r.binaryDone = true;
            after_ = p.end + 1;
        }
        // "Run lean", "Deliver a faster checkout": verbs that are work only with a deliverable.
        if (r.verb == VerbKind::Work && r.headKind != HeadKind::Deliverable && r.counted.empty()) {
            static const char* const kLoose[] = {"run",     "hold",  "deliver", "give",  "open",
                                                 "present", "offer", "provide", "drive", "complete",
                                                 "finish",  "start", "add",     "map",   "plan",
                                                 "define",  "meet",  "list"};
            const std::string_view w = lowText(toks_[lead]);
            for (const char* k : kLoose)
                if (w == k) r.verb = VerbKind::Other;
            // "Run the repair café", "Complete the tax filings": carrying out, not serving.
            r.carriesOut = r.verb == VerbKind::Other &&
                           (w == "run" || w == "complete" || w == "finish" || w == "start");
        }
        // "Give every player a licence", "Offer all carers a named contact": people handed a
        // thing; the thing is what is delivered.
        if ((isListed(lead, "give|offer|hand|issue")) && r.headKind == HeadKind::Agent &&
            p.end + 1 < count_ && (is(p.end, "a") || is(p.end, "an"))) {
            // (Not a quality given: "Give guests an immersive experience".)
            const Phrase q = nounPhrase(p.end);
            if (q.end > p.end + 1 && kindOf(q) != HeadKind::Abstract) {
                setPhrase(r, q);
                after_ = q.end;
                r.verb = VerbKind::Work;
            }
        }
        // "Reach 10,000 followers" / "Achieve NPS of 50": the phrase is the measure.
        if (r.verb == VerbKind::Achieve || r.verb == VerbKind::Change) {
            // "to 650 signups per week": a noun after the target value names the measure.
            for (std::size_t k = p.end; k + 1 < count_ && k < p.end + 4; ++k) {
                if (!isValue(k)) continue;
                if (nounish(k + 1) && !function(k + 1)) {
                    const Phrase q = nounPhrase(k + 1);
                    const HeadKind kind = kindOf(q);
                    if (r.headKind == HeadKind::None || r.headKind == HeadKind::Other ||
                        (kind == HeadKind::Vanity && r.headKind != HeadKind::Metric)) {
                        setPhrase(r, q);
                        r.counted = span(k, q.headEnd);
                    }
                }
                break;
            }
        }
    }

    // A done word after a subject: "shipped", "in place", "approved", a participle — but not a
    // change ("reduced", "improved"): that is a movement, not a deliverable.
    // "Every reserve cleared of introduced predators", "Homes freed of damp": a state the place
    // is in, rid of something, not a thing made.
    bool ridOf(std::size_t d) const {
        return is(d + 1, "of") && (isListed(d, "cleared|freed|rid|emptied|purged|relieved"));
    }

    // A figure glued to a unit of data: "500MB", "2TB".
    bool sized(std::size_t k) const {
        if (!isValue(k) || toks_[k].len < 3) return false;
        const std::string_view v = lowText(toks_[k]);
        const std::string_view u = v.substr(v.size() - 2);
        return u == "kb" || u == "mb" || u == "gb" || u == "tb";
    }

    // A length of time from `k`: "4h", "2 hours", "under 10 minutes", "less than a day".
    bool timeAt(std::size_t k) const {
        while (k < count_ && isListed(k, "under|less|than|about|around|a|an")) ++k;
        const auto unit = [&](std::string_view w) {
            return w == "ms" || w == "s" || w == "h" || w == "d" || w == "min" || w == "mins" ||
                   w == "hr" || w == "hrs" || w == "second" || w == "seconds" || w == "minute" ||
                   w == "minutes" || w == "hour" || w == "hours" || w == "day" || w == "days" ||
                   w == "week" || w == "weeks";
        };
        if (k >= count_) return false;
        if (isWord(k)) return unit(lowText(toks_[k]));
        if (!isValue(k)) return false;
        const std::string_view v = lowText(toks_[k]);
        std::size_t d = 0;
        while (d < v.size() && ((v[d] >= '0' && v[d] <= '9') || v[d] == '.' || v[d] == ',')) ++d;
        return (d < v.size() && unit(v.substr(d))) ||
               (k + 1 < count_ && isWord(k + 1) && unit(lowText(toks_[k + 1])));
    }

    bool doneAt(std::size_t d) const {
        if (!isWord(d)) return false;
        // "A new steward does not start from zero": the verb after "does not" is in the
        // present, not a done state; so is a plain form before what it acts on ("Operating
        // systems ship the client turned on").
        if (d >= 2 && is(d - 1, "not") && isListed(d - 2, "do|does|did")) return false;
        if (!participle(d) && toks_[d].phraseLen <= 1 && verbish(d) &&
            !isListed(d, "held|run|made|built|done|sent|set|put|given|taken|shown|begun|won|led") &&
            isListed(d + 1, "the|a|an|our|its|their|this|these"))
            return false;
        // "Backups finish in 4h", "Builds complete within 10 minutes": how long it takes, a
        // verb in the present with its time.
        if ((is(d, "finish") || is(d, "complete")) && isListed(d + 1, "in|within") && timeAt(d + 2))
            return false;
        // "Each new service completes a transaction …": a verb in the present, not a done state.
        if (endsWith(d, "s") && !endsWith(d, "ss") && !endsWith(d, "us") && !endsWith(d, "is") &&
            toks_[d].phraseLen <= 1)
            return false;
        const ClassMask c = toks_[d].cls | toks_[d].phraseCls;
        if ((c & (bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb) |
                  bit(WordClass::GenericVerb))) &&
            !(c & bit(WordClass::DoneWord)))
            return false;
        if (c & (bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb))) return false;
        if (ridOf(d)) return false;
        // "Fewer bugs in production", "No outages in use": where the things counted are, not a
        // thing made done.
        if (is(d, "in"))
            for (std::size_t k = 0; k < d; ++k)
                if (isListed(k, "fewer|less|more|no|zero|lower")) return false;
        // "Customers pleased with every order", "Carers supported at home": how people feel or
        // are served, not a thing made done.
        if ((c & bit(WordClass::FeelingWord)) && d > 0 && isWord(d - 1) &&
            (toks_[d - 1].cls & bit(WordClass::AgentNoun)))
            return false;
        // "Sales and marketing are aligned", "Managers are equipped": a state people are in.
        if (isListed(d,
                     "aligned|engaged|motivated|informed|equipped|empowered|united|coordinated|"
                     "connected"))
            return false;
        // "Product calls are grounded in usage data", "Pricing is based on value": what a thing
        // rests on, a state.
        if (isListed(d, "grounded|based|rooted|anchored|driven|guided|led|shaped|informed") &&
            isListed(d + 1, "in|on|by"))
            return false;
        // "Our brand is recognised in the market": a standing among people, to measure ("is
        // recognised by the regulator", "as a leader" are verdicts).
        if ((is(d, "recognised") || is(d, "recognized")) &&
            isListed(d + 1, "in|across|among|throughout"))
            return false;
        // A participle of work ("redesigned", "migrated"), not of what people do in response
        // ("adopted", "trusted", "retained": an outcome).
        const bool work = !(c & (bit(WordClass::ExperienceVerb) | bit(WordClass::AchieveVerb) |
                                 bit(WordClass::MaintainVerb)));
        return (c & bit(WordClass::DoneWord)) || (participle(d) && work) ||
               (c & bit(WordClass::BinaryNoun) && participle(d));
    }

    bool anyValue() const {
        for (std::size_t k = 0; k < count_; ++k)
            if (isValue(k)) return true;
        return false;
    }

    // Whether the words from `v` say a thing made is at work ("is running in production", "runs
    // nightly", "is in the App Store", "is on for every user", "is up and running"); sets
    // workingEnd_ past them.
    bool workingAt(std::size_t v) {
        std::size_t k = v;
        while (k < count_ && (isListed(k, "is|are|now|always"))) ++k;
        const bool copula = k > v;
        const auto place = [&](std::size_t w) {
            return w >= count_ || isMark(w) ||
                   isListed(w,
                            "in|on|across|for|against|before|after|with|nightly|daily|weekly|"
                            "hourly|continuously|automatically|everywhere|by");
        };
        std::size_t end = k;
        if ((is(k, "running") && (copula || (k + 1 < count_ && !isMark(k + 1)))) ||
            (!copula && (is(k, "runs") || is(k, "run")) && k + 1 < count_ && !isMark(k + 1)))
            end = k + 1;
        else if (is(k, "up") && is(k + 1, "and") && is(k + 2, "running"))
            end = k + 3;
        else if (copula && (isListed(k, "operational|on|public")))
            end = k + 1;
        else if (copula && is(k, "in") && (isListed(k + 1, "production|use|service")))
            end = k + 2;
        else if (copula && is(k, "in") && is(k + 1, "the") && k + 3 < count_ &&
                 (is(k + 3, "store") || is(k + 3, "stores")))
            end = k + 4;
        // ("Smooth running in spite of the extra workload" is how things go, not a thing made.)
        if (end == k || !place(end) || (is(end, "in") && is(end + 1, "spite"))) return false;
        workingEnd_ = end;
        return true;
    }

    // The words from `v` to workingEnd_ say a thing made is at work (workingAt).
    void setWorking(Wording& r, std::size_t v) {
        r.form = Form::Done;
        r.verb = VerbKind::Work;
        r.verbText = span(v, workingEnd_);
        verbTok_ = v;
        after_ = workingEnd_;
    }

    std::size_t doneEnd(std::size_t d) const {
        if (toks_[d].phraseLen > 1 && (toks_[d].phraseCls & bit(WordClass::DoneWord)))
            return d + toks_[d].phraseLen;
        return d + 1;
    }

    void setDone(Wording& r, std::size_t from, std::size_t d) {
        const std::size_t e = doneEnd(d);
        r.form = Form::Done;
        r.verb = VerbKind::Work;
        r.verbText = span(from, e);
        r.binaryDone = has(d, WordClass::BinaryNoun);
        r.staffs = has(d, WordClass::StaffVerb) ||
                   (toks_[d].phraseLen > 1 && (toks_[d].phraseCls & bit(WordClass::StaffVerb)));
        verbTok_ = d;
        after_ = e;
    }

    // The subject's verb at `v` and the phrase it acts on after it.
    Phrase clauseAt(Wording& r, std::size_t v) {
        r.form = Form::Clause;
        r.verb = verbKind(v);
        if (r.verb == VerbKind::None) r.verb = VerbKind::Other;
        // "Sales and engineering speak the same language": understanding, not talks given.
        if ((is(v, "speak") || is(v, "speaks")) && is(v + 1, "the") &&
            (is(v + 2, "same") || is(v + 2, "language")))
            r.verb = VerbKind::Other;
        r.verbText = span(v, v + 1);
        verbTok_ = v;
        const Phrase obj = nounPhrase(v + 1);
        r.object = span(obj.begin, obj.end);
        after_ = obj.end;
        return obj;
    }

    void subjectFirst(Wording& r, std::size_t lead) {
        // "There is a prototype of …", "There are guides for …": what exists is the subject.
        if (is(lead, "there") && has(lead + 1, WordClass::BeVerb)) {
            const Phrase obj = nounPhrase(lead + 2);
            setPhrase(r, obj);
            r.subject = span(obj.begin, obj.end);
            r.form = kindOf(obj) == HeadKind::Deliverable ? Form::Done : Form::Clause;
            r.verb = r.form == Form::Done ? VerbKind::Work : VerbKind::Other;
            r.verbText = span(lead, lead + 2);
            after_ = obj.end;
            return;
        }
        // "Maintainers stop burning out", "Volunteers keep coming back": people, then what they
        // stop or keep doing (the noun phrase would take "stop" as a noun).
        for (std::size_t k = lead; k < count_ && k <= lead + 3; ++k) {
            if (!isWord(k) || function(k)) break;
            if (!(has(k, WordClass::AgentNoun) && endsWith(k, "s") && aspectVerb(k + 1))) continue;
            r.subject = span(lead, k + 1);
            Phrase who;
            who.begin = lead;
            who.head = k;
            who.end = who.headEnd = k + 1;
            setPhrase(r, who);
            r.peopleSubject = !has(lead, WordClass::TeamWord) && !is(lead, "we");
            clauseAt(r, k + 1);
            r.verb = VerbKind::Experience;
            return;
        }
        if (measureMoves(lead)) {
            Phrase measure;
            measure.begin = measure.head = lead;
            measure.end = measure.headEnd = lead + 1;
            r.subject = span(lead, lead + 1);
            setPhrase(r, measure);
            clauseAt(r, lead + 1);
            r.verb = VerbKind::Change;
            return;
        }
        // "Not one accepted submission …": none of them.
        if (is(lead, "not") && is(lead + 1, "one")) ++lead;
        const Phrase subject = nounPhrase(lead);
        std::size_t j = subject.end;
        r.subject = span(subject.begin, subject.end);
        setPhrase(r, subject);
        after_ = subject.end;
        r.universal = isListed(lead, "every|all|each") ||
                      (is(lead, "no") && !isMark(lead + 1, '.') && !is(lead + 1, "fewer") &&
                       !is(lead + 1, "less") && !is(lead + 1, "more")) ||
                      isListed(lead, "none|zero|nobody");
        // "A desktop node always discovers the other nodes", "The page never shows a stale
        // price": every time, or none — a target of 100% or 0 said with an adverb.
        if (j + 1 < count_ && (is(j, "always") || is(j, "never")) && isWord(j + 1) &&
            (verbish(j + 1) || endsWith(j + 1, "s")) && !function(j + 1)) {
            r.universal = true;
            ++j;
        } else if (j > subject.begin + 1 && (is(j - 1, "always") || is(j - 1, "never"))) {
            // (… or taken into the subject's phrase: "A desktop node always discovers …".)
            r.universal = true;
            r.subject = span(subject.begin, j - 1);
        }
        // "Plugins don't slow down the editor", "We do not want …": the verb is the one after
        // the "not".
        if (j + 2 < count_ && isListed(j, "do|does|did") && is(j + 1, "not") && isWord(j + 2) &&
            verbish(j + 2) && !function(j + 2))
            j += 2;
        bool joinedSubjects = false;
        // "Sales and marketing agree on …", "Engineering and sales speak …": two subjects joined,
        // then their verb in its plain form.
        if (j + 2 < count_ && (is(j, "and") || isMark(j, '&')) && isWord(j + 1) &&
            !((isListed(lead, "number|count|total")) && is(lead + 1, "of")) && !verbish(lead) &&
            !function(j + 1) && nounish(j + 1) &&
            (!verbish(j + 1) || has(j + 1, WordClass::AgentNoun)) && !isValue(j + 1) &&
            !is(j + 1, "less") && !is(j + 1, "fewer") && !is(j + 1, "more") &&
            !has(j + 1, WordClass::Determiner)) {
            // (A one-word second subject whose next word is a verb's plain form before what it
            // acts on: "partners trust our uptime".)
            const Phrase second = nounPhrase(j + 1);
            const bool plain = isWord(j + 2) && !function(j + 2) && !endsWith(j + 2, "s") &&
                               !gerund(j + 2) && !participle(j + 2) &&
                               ((verbish(j + 2) && !hasAny(j + 2, kNouns)) ||
                                ((verbish(j + 2) || !hasAny(j + 2, kNouns)) &&
                                 (has(j + 3, WordClass::Determiner) || is(j + 3, "our"))));
            const std::size_t v = plain ? j + 2 : second.end;
            if (v > j + 1 && v <= j + 3 && v < count_ && isWord(v) && !function(v) &&
                (plain || verbish(v)) && !endsWith(v, "s") && !gerund(v) && !participle(v)) {
                j = v;
                r.subject = span(subject.begin, v);
                after_ = v;
                joinedSubjects = true;
            }
        }
        // "Number of workshops run: 140": after "number of" a verb's plain form is its
        // participle (the number itself would take "runs").
        if ((isListed(lead, "number|count|total")) && is(lead + 1, "of") && j < count_ &&
            (isListed(j, "run|put|set|cut|read|hit|shut|spread")) &&
            (j + 1 >= count_ || isMark(j + 1) || has(j + 1, WordClass::Preposition))) {
            setDone(r, j, j);
            return;
        }
        // … or said last, after a colon or a dash: "Complaints from neighbours: zero".
        const std::size_t last = count_ > 0 && isMark(count_ - 1, '.') ? count_ - 2 : count_ - 1;
        const bool noneLast = count_ >= 3 && last < count_ && (isListed(last, "zero|none|nil")) &&
                              (isMark(last - 1, ':') || isMark(last - 1, '-'));
        // ("No. of advisory visits made" is a count: the abbreviation of "number".)
        r.none = (is(lead, "no") && !isMark(lead + 1, '.') && !is(lead + 1, "fewer") &&
                  !is(lead + 1, "less") && !is(lead + 1, "more")) ||
                 isListed(lead, "none|zero|nobody") ||
                 (lead > 0 && is(lead - 1, "not") && is(lead, "one")) || noneLast;
        r.universal = r.universal || noneLast;
        for (std::size_t k = subject.begin; k < subject.end; ++k)
            if (has(k, WordClass::TeamWord) || has(k, WordClass::RoleWord) ||
                isListed(k, "we|staff|employees|volunteers") ||
                // ("Each salesperson makes 4,500 calls", "Our reps book 12 demos a week".)
                isListed(k,
                         "salesperson|salespeople|sdr|sdrs|bdr|bdrs|rep|reps|caseworker|"
                         "caseworkers|recruiter|recruiters|agent|agents|nurse|nurses"))
                r.staffSubject = true;
        // "All fresh chicken [we sell] comes from …", "Every grower [we buy from] uses …": a
        // clause of ours inside the subject, then the subject's own verb.
        if (j + 2 < count_ && (isListed(j, "we|they|you")) && isWord(j + 1) &&
            (verbish(j + 1) || endsWith(j + 1, "ed")) && !has(j + 1, WordClass::BeVerb)) {
            std::size_t k = j + 2;
            if (has(k, WordClass::Preposition) && !is(k, "to")) ++k;
            if (k < count_ && isWord(k) && !function(k) && endsWith(k, "s") &&
                (verbish(k) || !hasAny(k, kNouns))) {
                clauseAt(r, k);
                return;
            }
        }
        // "The whole community [our association serves] will have …": a clause of ours with its
        // own subject inside the subject, then the subject's modal and verb.
        if (j + 3 < count_ && (isListed(j, "our|their|its"))) {
            for (std::size_t m = j + 2; m <= j + 3 && m + 1 < count_; ++m) {
                if (!isWord(m) || function(m) || !(endsWith(m, "s") || endsWith(m, "ed"))) break;
                if (isListed(m + 1, "will|can|shall|must|should")) {
                    j = m + 1;
                    break;
                }
            }
        }
        // "Every page [the on-call engineer receives] is …", "A bill [on free school meals] is
        // tabled": past a clause or a phrase inside the subject to its "is".
        if (j < count_ &&
            (has(j, WordClass::Determiner) || has(j, WordClass::Preposition) ||
             isListed(j, "we|they|you") || gerund(j)) &&
            !is(j, "that")) {
            std::size_t k = j;
            while (k < count_ && !has(k, WordClass::BeVerb) && !isMark(k) &&
                   !(has(k, WordClass::OutcomeLink) && k > j) && !has(k, WordClass::Conjunction))
                ++k;
            if (k < count_ && has(k, WordClass::BeVerb) && !is(k, "will") && !is(k, "can")) j = k;
            // "A rota [of who is on call] is defined": a later "is" + done word wins.
            for (std::size_t m = k + 1; m + 1 < count_ && !isMark(m); ++m)
                if (has(m, WordClass::BeVerb) && doneAt(m + 1)) {
                    j = m;
                    break;
                }
        }
        // "Next year's budget, with its hiring plan, is approved": past an aside between commas
        // to the subject's "is".
        if (isMark(j, ',')) {
            std::size_t k = j + 1;
            while (k < count_ && !isMark(k)) ++k;
            if (isMark(k, ',') && k > j + 1 && has(k + 1, WordClass::BeVerb) &&
                !is(k + 1, "will") && !is(k + 1, "can"))
                j = k + 1;
        }
        // "Children, teenagers and their families are safe", "Voices, knowledge and leadership
        // shape …": a list of subjects, then their verb (any word that is not a noun or a
        // function word, where a sentence must have its verb).
        bool listVerb = false;
        if (isMark(j, ',') && !r.universal) {
            std::size_t k = j, end = subject.end;
            for (int n = 0; n < 6 && k < count_; ++n) {
                const bool comma = isMark(k, ',');
                if (!comma && !is(k, "and") && !is(k, "or")) break;
                const bool lastJoin =
                    is(k, "and") || is(k, "or") || (comma && (is(k + 1, "and") || is(k + 1, "or")));
                const std::size_t from = comma && lastJoin ? k + 2 : k + 1;
                if (from >= count_ || !isWord(from) || has(from, WordClass::Preposition)) break;
                const Phrase item = nounPhrase(from);
                if (item.end <= from) break;
                end = k = item.end;
                if (!lastJoin) continue;
                if (k < count_ && isWord(k) &&
                    (has(k, WordClass::BeVerb) ||
                     (!function(k) && !hasAny(k, kNouns) && !isValue(k)))) {
                    j = k;
                    listVerb = !has(k, WordClass::BeVerb);
                    r.subject = span(subject.begin, end);
                    after_ = end;
                }
                break;
            }
        }
        // "Website traffic and relay traffic have …": two subjects joined, one "is" or "have"
        // after both.
        bool counts = false;
        for (std::size_t k = subject.begin; k <= j && k < count_; ++k)
            counts = counts || isValue(k) || isValue(k + 1);
        if (j + 1 < count_ && is(j, "and") && !counts) {
            const Phrase second = nounPhrase(j + 1);
            const std::size_t v = second.end;
            if (second.end > j + 1 && v < count_ && isWord(v) && !has(v, WordClass::Preposition) &&
                has(v, WordClass::BeVerb)) {
                j = v;
                r.subject = span(subject.begin, second.end);
                after_ = second.end;
            }
        }
        // "Families and carers in the state have …", "Shoppers in our valley can …", "Councils
        // and charities give …": subjects joined and placed, then their verb — any word that is
        // not a noun or a function word, where a sentence must have its verb.
        // ("People of every age and background feel …": "of" after people too.)
        // ("A majority of our customers use …", "A broad set of node operators runs …": a part
        // or a body of them, then their verb.)
        const bool partOf =
            (subject.head < count_ && is(j, "of") && has(subject.begin, WordClass::Determiner) &&
             isListed(subject.head,
                      "majority|minority|share|set|group|half|third|proportion|percentage|cohort|"
                      "pool|circle|crowd|mix|generation|handful|couple|few|dozen")) ||
            // ("Use of the main building … holds up or grows": a measure of it, then its verb.)
            (subject.head == subject.begin && subject.head < count_ && is(j, "of") &&
             isListed(subject.head, "use|usage|uptake|attendance"));
        const bool peopleHead =
            kindOf(subject) == HeadKind::Agent ||
            (subject.head < count_ && has(subject.head, WordClass::AgentNoun)) || partOf;
        if (!listVerb && j < count_ &&
            (is(j, "and") || is(j, "or") || has(j, WordClass::Preposition)) && !is(j, "to") &&
            (!is(j, "of") || peopleHead)) {
            std::size_t k = j;
            for (int n = 0; n < 4 && k + 1 < count_; ++n) {
                // ("People of every social group, gender and income can …": a list.)
                const bool comma = n > 0 && isMark(k, ',');
                if (!is(k, "and") && !is(k, "or") && !comma &&
                    !(has(k, WordClass::Preposition) && !is(k, "to")))
                    break;
                std::size_t from = k + 1;
                if (comma && (is(from, "and") || is(from, "or"))) ++from;
                if (has(from, WordClass::Preposition) && !is(from, "to"))
                    ++from;  // "on and around"
                if (from >= count_ || !isWord(from) || isValue(from) || gerund(from)) break;
                const Phrase item = nounPhrase(from);
                if (item.end <= from) break;
                k = item.end;
            }
            // A thing said to be done stays a noun phrase unless people are its subject ("Māori
            // heritage and the cultures … are recognised" is no work of ours).
            std::size_t done = k;
            while (done < count_ && has(done, WordClass::BeVerb)) ++done;
            const bool people = kindOf(subject) == HeadKind::Agent ||
                                (subject.head < count_ && has(subject.head, WordClass::AgentNoun));
            // ("Use of the main building … holds up or grows": a measure's own verb of moving.)
            const bool moves =
                partOf && isListed(k,
                                   "grows|holds|rises|falls|drops|stays|increases|decreases|"
                                   "doubles|halves|climbs|improves|declines|reaches|remains");
            const bool verb =
                has(k, WordClass::BeVerb) ? (people || (done == k + 1 && !doneAt(done)))
                : moves                   ? true
                        : !function(k) && !hasAny(k, kNouns) && !endsWith(k, "ly") &&
                              !endsWith(k, "ing") && !participle(k) && k + 1 < count_ &&
                              !(endsWith(k, "er") && !verbish(k)) &&
                              !(verbish(k + 1) && !hasAny(k + 1, kNouns)) &&
                              (verbish(k) || function(k + 1) || endsWith(k + 1, "ly") ||
                               has(k + 1, WordClass::Determiner));
            // ("Developer happiness with the platform moves the right way": a quality with a
            // verb of its own stays a noun phrase, a direction.)
            const bool quality =
                kindOf(subject) == HeadKind::Abstract && !has(k, WordClass::BeVerb) && !partOf;
            if (k > j && k < count_ && isWord(k) && !isValue(k) && verb && !quality) {
                listVerb = !has(k, WordClass::BeVerb);
                r.subject = span(subject.begin, k);
                after_ = k;
                j = k;
            }
        }
        // Adverbs between the subject and its verb: "policy fully implemented".
        while (j < count_ && isWord(j) && endsWith(j, "ly") && !hasAny(j, kNouns)) ++j;
        // "Golden snapshot tests added to CI", "Canary deploys in place for every service": the
        // subject's last noun read as its verb, then a done word.
        const bool nounAsVerb = !listVerb && j == subject.end && j + 1 < count_ && isWord(j) &&
                                endsWith(j, "s") && !endsWith(j, "ss") && !function(j) &&
                                !has(j, WordClass::BeVerb) && !has(j, WordClass::AgentNoun) &&
                                kindOf(subject) != HeadKind::Agent;
        if (nounAsVerb && doneAt(j + 1)) {
            r.subject = span(subject.begin, j + 1);
            setDone(r, j + 1, j + 1);
            return;
        }
        // "Drift detection is running on the production models", "Bundle cache running in
        // production", "The app is in the App Store", "Tracing is on across all services": a
        // thing made, said to be at work — and "Load tests run before every release", after a
        // noun read as the verb. Not with a number ("Search is running at 99.9% uptime" is a
        // level), nor about people.
        const bool madeThing = !listVerb && kindOf(subject) != HeadKind::Agent && !r.staffSubject &&
                               (subject.head >= count_ || !has(subject.head, WordClass::AgentNoun));
        if (nounAsVerb && madeThing && workingAt(j + 1) && !anyValue()) {
            r.subject = span(subject.begin, j + 1);
            setWorking(r, j + 1);
            return;
        }
        if (madeThing && j < count_ && workingAt(j) && !anyValue()) {
            setWorking(r, j);
            return;
        }
        // "is / are / becomes / gets (not) …"
        std::size_t be = j;
        while (be < count_ && (has(be, WordClass::BeVerb) ||
                               isListed(be, "not|now|fully|successfully|also|first") ||
                               (endsWith(be, "ly") && !hasAny(be, kNouns))))
            ++be;
        // "A new sports hall is to be built", "Procedures are to be set up": what is to be done
        // reads as said done.
        if (be > j && (is(be - 1, "is") || is(be - 1, "are")) && is(be, "to") && is(be + 1, "be") &&
            be + 2 < count_ && isWord(be + 2))
            be += 2;
        const bool copula = be > j && has(j, WordClass::BeVerb);
        // People as the subject: what they can do, have or feel is an outcome, not a thing made
        // ("Users can create their own migrations", "Every member has a mentor", "Pet owners are
        // thrilled by the checkout").
        // "Young people leaving care live in …", "Teenagers leaving foster homes are …": people
        // named, then an "-ing" clause saying which of them.
        bool namedByClause = false;
        for (std::size_t k = subject.begin; k + 1 < subject.end && k + 1 < subject.head; ++k)
            namedByClause = namedByClause || (has(k, WordClass::AgentNoun) && gerund(k + 1) &&
                                              !hasAny(k + 1, kNouns));
        const bool anyone = kindOf(subject) == HeadKind::Agent || namedByClause ||
                            (subject.head < count_ && has(subject.head, WordClass::AgentNoun));
        const bool people = anyone && !r.staffSubject;
        // "We" and a team do the work; staff, members or owners have things happen to them.
        bool usOrTeam = false;
        for (std::size_t k = subject.begin; k < subject.end; ++k)
            usOrTeam = usOrTeam || is(k, "we") || has(k, WordClass::TeamWord);
        r.peopleSubject = anyone && !usOrTeam;
        const std::string_view jw = j < count_ ? lowText(toks_[j]) : std::string_view();
        const bool modal = jw == "can" || jw == "could";
        // "Podcast followers have reached 6,000", "Sales have doubled": a movement in the perfect
        // tense reads from its participle.
        if (copula && (jw == "has" || jw == "have" || jw == "had") && be == j + 1 && isWord(be) &&
            (((endsWith(be, "ed") || is(be, "hit")) &&
              (verbKind(be) == VerbKind::Achieve || verbKind(be) == VerbKind::Change)) ||
             is(be, "grown") || is(be, "risen"))) {
            clauseAt(r, be);
            if (is(be, "grown") || is(be, "risen")) r.verb = VerbKind::Change;
            r.verbText = span(j, be + 1);
            return;
        }
        if (copula && modal && be == j + 1 && be < count_ && isWord(be) &&
            !has(be, WordClass::BeVerb) && !is(be, "have") && !function(be)) {
            clauseAt(r, be);
            if (anyone) r.verb = VerbKind::Experience;
            r.verbText = span(j, be + 1);
            return;
        }
        // "Branch staff will withdraw 4% of the stock", "Staff will team up with …": what our
        // people will do is their work; what others will do is what they do ("Customers will
        // renew …").
        const bool future = jw == "will" || jw == "shall" || jw == "must" || jw == "should";
        if (copula && future && be == j + 1 && be < count_ && isWord(be) &&
            !has(be, WordClass::BeVerb) && !is(be, "have") && !function(be) && !isValue(be)) {
            const Phrase obj = clauseAt(r, be);
            if (people || has(be, WordClass::FeelingWord) || is(be, "feel"))
                r.verb = VerbKind::Experience;
            // "Engineers will write more readable code": a quality, not a count of work.
            if (isListed(be + 1, "more|better|fewer|less")) r.verb = VerbKind::Other;
            r.verbText = span(j, be + 1);
            if (r.staffSubject && r.verb != VerbKind::Experience) {
                r.clauseObject = kindOf(obj);
                if (obj.count < count_ && obj.count < obj.head)
                    r.counted = span(obj.count, obj.headEnd);
            }
            return;
        }
        // Our own staff feeling supported is an outcome too.
        if (copula && anyone && has(be, WordClass::FeelingWord)) {
            r.form = Form::Clause;
            r.verb = VerbKind::Experience;
            r.verbText = span(j, be + 1);
            verbTok_ = be;
            after_ = be + 1;
            return;
        }
        if (copula) {
            // "Rhyme-time sessions will be run every week": a participle that does not end in
            // "-ed", after "be".
            const bool passive = be > j && (is(be - 1, "be") || is(be - 1, "been")) &&
                                 (isListed(be,
                                           "run|given|taught|sent|shown|led|put|begun|brought|"
                                           "sought|bought|hosted|opened"));
            if (doneAt(be) || passive) {
                setDone(r, j, be);
                return;
            }
            // "libp2p has a network visualisation tool", "X becomes the default", "gets a review".
            const std::string_view w = lowText(toks_[j]);
            if (w == "has" || w == "have" || w == "become" || w == "becomes" || w == "gets" ||
                w == "get" || w == "got") {
                const Phrase obj = nounPhrase(be);
                HeadKind kind = kindOf(obj);
                // "The docs site has a clearer structure": a quality compared, not a thing made.
                bool better = false;
                for (std::size_t k = obj.begin; k < obj.head; ++k)
                    better = better || has(k, WordClass::MannerAdverb);
                if (better) kind = HeadKind::Other;
                // "Website traffic and relay traffic have separate metrics": measuring set up.
                if (obj.head < count_ && (is(obj.head, "metrics") || is(obj.head, "dashboards")))
                    kind = HeadKind::Deliverable;
                const bool theirs = people && (w == "has" || w == "have");
                // ("The release cadence becomes more predictable": a quality that changes.)
                // ("Our app becomes indispensable to commuters": a quality it takes on, not a
                // thing put in people's hands like "becomes available" or "becomes the default".)
                const bool changes =
                    (w == "become" || w == "becomes") && !is(j - 1, "to") &&
                    (isListed(be, "more|less|far|much") || endsWith(be, "er") ||
                     (isWord(be) && !has(be, WordClass::Determiner) &&
                      !isListed(be,
                                "available|live|operational|public|ready|standard|default|"
                                "mandatory|compulsory|possible|accessible|the|a|an|our|part") &&
                      (endsWith(be, "able") || endsWith(be, "ible") || endsWith(be, "ful") ||
                       endsWith(be, "ive") || endsWith(be, "ent") || endsWith(be, "ant"))));
                if (!changes &&
                    ((!theirs && (kind == HeadKind::Deliverable || kind == HeadKind::Binary)) ||
                     ((w == "become" || w == "becomes") &&
                      kindOf(subject) == HeadKind::Deliverable))) {
                    r.form = Form::Done;
                    r.verb = VerbKind::Work;
                    r.verbText = span(j, be);
                    if (kind == HeadKind::Deliverable || kind == HeadKind::Binary)
                        setPhrase(r, obj);
                    r.binaryDone = kind == HeadKind::Binary;
                    after_ = obj.end;
                    return;
                }
            }
            r.form = Form::Clause;
            r.verb = VerbKind::Other;
            r.verbText = span(j, be);
            verbTok_ = j;
            return;
        }
        // ("Our volunteers reflect the community": people, then a verb no table knows.)
        const bool unknownVerb = r.peopleSubject && j < count_ && !hasAny(j, kNouns) &&
                                 (has(j + 1, WordClass::Determiner) || is(j + 1, "our"));
        // A done word right after the subject with no "is": "Delegated routing completed",
        // "20 blog posts published"; "Friendly guides exist".
        // ("Creator channel watch hours …", "Discourse forum registered users reach …": a
        // measure of the table goes on past the word that could be a verb.)
        const bool measureAhead = j < count_ && toks_[j].phraseLen > 1 &&
                                  (toks_[j].phraseCls & bit(WordClass::VanityMetric));
        if (j < count_ && (doneAt(j) || is(j, "exists") || is(j, "exist")) && !measureAhead) {
            setDone(r, j, j);
            return;
        }
        // ("Video views on the appeal film: 750k": the last word of a name before its figure.)
        // ("The load-test harness is operational": a noun before "is", not a verb.)
        const bool named =
            (isMark(j + 1, ':') && (j + 2 >= count_ || isValue(j + 2))) ||
            (isListed(j + 1, "is|are") && !endsWith(j, "ed") && !endsWith(j, "ly")) || measureAhead;
        if (j < count_ && isWord(j) &&
            (listVerb || joinedSubjects || verbish(j) || endsWith(j, "s") || endsWith(j, "ed") ||
             unknownVerb || (adverbAfter(j) && !hasAny(j, kNouns))) &&
            !function(j) && !named) {
            const Phrase obj = clauseAt(r, j);
            if (unknownVerb && !verbish(j)) r.verb = VerbKind::Experience;
            if (r.staffSubject) {
                // "The data team identifies 4 bottlenecks": our people's work, counted.
                r.clauseObject = kindOf(obj);
                if (obj.count < count_ && obj.count < obj.head)
                    r.counted = span(obj.count, obj.headEnd);
            }
            return;
        }
        // "Players stick with the game", "Listeners come back every week": the phrase took the
        // verb after people named in the plural as one of its words.
        for (std::size_t k = subject.begin; k + 1 < subject.end; ++k) {
            const std::size_t v = k + 1;
            // ("Donors understand exactly what their money did": a verb that is a noun too,
            // followed by what only a verb takes.)
            const bool verbAfterAll = has(v, WordClass::ExperienceVerb) && isWord(v + 1) &&
                                      (endsWith(v + 1, "ly") || has(v + 1, WordClass::Determiner) ||
                                       isListed(v + 1, "what|how|where|why|when|that|our"));
            if (!has(k, WordClass::AgentNoun) || !endsWith(k, "s") || endsWith(k, "ss") ||
                toks_[k].possessive || !isWord(v) || toks_[v].joined || toks_[v].hyphenBefore ||
                function(v) || endsWith(v, "s") || gerund(v) || participle(v) ||
                ((hasAny(v, kNouns) || (toks_[v].phraseCls & kNouns)) && !verbAfterAll))
                continue;
            if (!verbish(v) && !(has(v + 1, WordClass::Preposition) || is(v + 1, "back") ||
                                 has(v + 1, WordClass::Determiner) || is(v + 1, "our")))
                continue;
            r.subject = span(subject.begin, v);
            clauseAt(r, v);
            if (r.peopleSubject) r.verb = VerbKind::Experience;
            return;
        }
        // "The client copes with 2 TB", "A neutral layer sits between …": after one thing named
        // in the singular, a word in "-s" that no table knows, then where or what it acts on, is
        // the verb (a plural noun would not follow a singular one).
        const std::size_t h = subject.head;
        if (h < count_ && h + 1 == subject.end && h > subject.begin + 1 &&
            has(subject.begin, WordClass::Determiner) && isWord(h - 1) && !function(h - 1) &&
            !has(h - 1, WordClass::Determiner) && !endsWith(h - 1, "s") && !toks_[h].hyphenBefore &&
            !toks_[h].possessive && endsWith(h, "s") && !endsWith(h, "ss") && !endsWith(h, "us") &&
            !endsWith(h, "is") && !endsWith(h, "as") && !endsWith(h, "os") && !endsWith(h, "ics") &&
            !endsWith(h, "ns") && !endsWith(h, "ies") && toks_[h].cls == 0 &&
            toks_[h].phraseLen <= 1 &&
            (has(h + 1, WordClass::Preposition) || has(h + 1, WordClass::Determiner) ||
             is(h + 1, "our") || (isWord(h + 1) && endsWith(h + 1, "ly")))) {
            r.subject = span(subject.begin, h);
            clauseAt(r, h);
            return;
        }
        // "Developer and contributor experience", "A loving and welcoming community": words
        // joined before one head, with no verb anywhere — one phrase.
        if (subject.end < count_ && (is(subject.end, "and") || is(subject.end, "or")) &&
            isWord(subject.end + 1) && !function(subject.end + 1)) {
            // (Not two things named: "Contributors and docs", "Cycling and cooking".)
            Phrase all = nounPhrase(subject.end + 1);
            if (all.head > subject.end + 1 && all.end > subject.end + 1 &&
                !endsWith(subject.end - 1, "s") && (all.end >= count_ || isMark(all.end, '.'))) {
                all.begin = subject.begin;
                all.count = count_;
                r.subject = span(all.begin, all.end);
                setPhrase(r, all);
                after_ = all.end;
            }
        }
        r.form = Form::NounPhrase;
    }

    // ---- clauses after the main phrase ----------------------------------------------------------

    // Does the clause from `i` name an outcome: a verb of results or of people's behaviour, or a
    // measure, rather than more work or a slogan?
    bool outcomeClause(std::size_t i, std::size_t end) const {
        bool verb = false, measure = false, deliverable = false, concrete = false;
        bool liked = false, beyondPeople = false;
        // "so that other pipelines and programs can build on our renderer", "so they can build
        // for industries we don't serve": what others can then do (not "so that we can …").
        for (std::size_t k = i + 1; k + 1 < end && k < count_; ++k)
            if ((is(k, "can") || is(k, "could")) && isWord(k - 1) && !is(k - 1, "we") &&
                !is(k - 1, "i") && !is(k - 1, "so") && !is(k - 1, "that") && isWord(k + 1) &&
                !function(k + 1) && (is(i, "so") || is(i, "that")))
                return true;
        // "to call clients", "that publishes the reports": a clause of more work.
        std::size_t first = i;
        while (first < end && (!isWord(first) || function(first))) ++first;
        if (first < end && has(first, WordClass::ActivityVerb) &&
            !has(first, WordClass::ExperienceVerb) && !has(first, WordClass::AchieveVerb))
            return false;
        // "a fuller scheme that we can seek a grant for": what the thing lets us do, ourselves.
        if (i > 0 && (is(i - 1, "that") || is(i - 1, "which")) && (is(i, "we") || is(i, "i")))
            return false;
        for (std::size_t k = i; k < end && k < count_; ++k) {
            if (!isWord(k)) continue;
            const ClassMask c = toks_[k].cls | toks_[k].phraseCls;
            const auto in = [c](WordClass w) { return (c & bit(w)) != 0; };
            // Liking is a verdict, not something people do differently: "that customers love
            // and value" names no outcome.
            const bool liking = isListed(k, "love|loves|like|enjoy|value|adore|appreciate");
            if (!liking && (in(WordClass::AchieveVerb) || in(WordClass::IncreaseVerb) ||
                            in(WordClass::DecreaseVerb) || in(WordClass::ExperienceVerb) ||
                            in(WordClass::MaintainVerb)))
                verb = true;
            if (in(WordClass::MetricNoun) || in(WordClass::AgentNoun) || in(WordClass::ValueTerm) ||
                in(WordClass::RevenueTerm))
                measure = true;
            // (People are not made, and what they do is no deliverable: "that small exporters
            // call first" names who acts and how.)
            const bool peoplesVerb = k > i && has(k - 1, WordClass::AgentNoun) &&
                                     endsWith(k - 1, "s") && !has(k - 1, WordClass::RoleWord);
            if (in(WordClass::DeliverableNoun) && !in(WordClass::MetricNoun) &&
                !in(WordClass::AgentNoun) && !peoplesVerb)
                deliverable = true;
            // Concrete: a word beside the measure that says something of its own ("branch staff
            // can trade around the clock"), not the measure again ("to scale fundraising").
            if (!function(k) && !in(WordClass::AbstractNoun) && !in(WordClass::GenericVerb) &&
                !in(WordClass::StopWord) && !in(WordClass::VagueSlogan) && !endsWith(k, "ly") &&
                !in(WordClass::IncreaseVerb) && !in(WordClass::DecreaseVerb) &&
                !in(WordClass::RevenueTerm) && !in(WordClass::ValueTerm) &&
                !in(WordClass::MetricNoun) && !liking) {
                concrete = true;
                beyondPeople = beyondPeople || !in(WordClass::AgentNoun);
            }
            liked = liked || liking;
        }
        // "that nurses love": people named with only their liking say nothing they will do.
        if (liked && !verb && !beyondPeople) return false;
        // "so that other pipelines and programs can build on our renderer": what others can then
        // do (not "so that we can …").
        for (std::size_t k = i + 1; k + 1 < end && k < count_; ++k)
            if ((is(k, "can") || is(k, "could")) && isWord(k - 1) && !is(k - 1, "we") &&
                !is(k - 1, "i") && !is(k - 1, "so") && !is(k - 1, "that") && isWord(k + 1) &&
                !function(k + 1) && (is(i, "so") || is(i, "that")))
                return true;
        return (verb && measure) || (measure && !deliverable && concrete);
    }

    bool inBrackets(std::size_t i) const {
        int depth = 0;
        for (std::size_t k = 0; k < i && k < count_; ++k)
            if (isMark(k, '('))
                ++depth;
            else if (isMark(k, ')') && depth > 0)
                --depth;
        return depth > 0;
    }

    std::size_t clauseEnd(std::size_t i) const {
        std::size_t k = i;
        while (k < count_ &&
               !(isMark(k) && toks_[k].mark != '&' && toks_[k].mark != '/' && toks_[k].mark != ','))
            ++k;
        return k;
    }

    void clauses(Wording& r) {
        const std::size_t from = std::min(after_, count_);
        for (std::size_t i = from; i < count_; ++i) {
            if (!isWord(i)) continue;
            // A purpose or relative clause: "that closes …", "so that …", "to make …", "which".
            const bool link = has(i, WordClass::OutcomeLink) ||
                              (toks_[i].phraseCls & bit(WordClass::OutcomeLink)) ||
                              isListed(i, "who|where|enabling|allowing|helping|letting");
            // ("to partners so they can build …": people it goes to, not a verb.)
            const bool toVerb = is(i, "to") && verbish(i + 1) && !isValue(i + 1) &&
                                !(has(i + 1, WordClass::AgentNoun) && endsWith(i + 1, "s"));
            // ("an activity map (clubs for children, what residents want)": an aside in brackets
            // lists what the thing holds; it is no purpose.)
            if ((link || toVerb) && r.purpose.empty() && !inBrackets(i)) {
                const std::size_t end = clauseEnd(i + 1);
                r.purpose = span(i, end);
                r.purposeNamesOutcome = outcomeClause(i + 1, end);
                // "Build a pressure suit for divers to work on the deep seabed": what others do
                // with the thing, named with who they are (not our own team).
                if (toVerb && !r.purposeNamesOutcome)
                    for (std::size_t k = i; k-- > from && k + 6 >= i;) {
                        if (!is(k, "for")) continue;
                        const Phrase who = nounPhrase(k + 1);
                        bool ours = false;
                        // (Nor "for them to get involved", "for every service area to follow":
                        // a pronoun or each of our own units.)
                        for (std::size_t w = who.begin; w < who.end; ++w)
                            ours = ours || isListed(w, "us|our|we|them|every|each") ||
                                   has(w, WordClass::TeamWord) || has(w, WordClass::RoleWord);
                        // … and what they do names something ("to integrate with" does not).
                        bool names = false;
                        for (std::size_t w = i + 2; w < end && !names; ++w)
                            names = isWord(w) && !function(w);
                        if (who.end == i && who.headEnd > who.head && !ours && names)
                            r.purposeNamesOutcome = true;
                        break;
                    }
            }
            // Work carrying the count in an "-ing" clause: "by running 6 partner interviews".
            // ("the number of people writing our posts": what the people named do, not ours.)
            const bool describesPeople = i == from && i > 0 && has(i - 1, WordClass::AgentNoun);
            if ((isListed(i, "by|through|via|with|after") || (i == from && !describesPeople)) &&
                r.gerund.empty()) {
                const std::size_t g = i == from && !is(i, "by") ? i : i + 1;
                // ("by closing 40 tickets": closing work items is working through them.)
                const bool closesWork = (isListed(g, "closing|clearing|fixing")) && [&] {
                    for (std::size_t k = g + 1; k < count_ && k <= g + 4; ++k)
                        if (isListed(k, "tickets|issues|bugs|requests|cases|items")) return true;
                    return false;
                }();
                if (gerund(g) && (has(g, WordClass::ActivityVerb) || has(g, WordClass::BuildVerb) ||
                                  closesWork)) {
                    const Phrase p = nounPhrase(g + 1);
                    if (p.count < count_ || kindOf(p) == HeadKind::Deliverable) {
                        r.gerund = span(g, p.end);
                        std::size_t w = p.begin;
                        while (w < p.end && (toks_[w].type == T::Num || function(w))) ++w;
                        r.gerundWhat = span(w, p.end);
                    }
                }
            }
            // "Turn 6 pilots into annual subscriptions": a conversion into a measure; not after a
            // verdict ("Accepted into the incubator": admitted, a milestone).
            // Nor a place things are put: "Deploy scripts are merged into the infra repo".
            if (is(i, "into") && i + 1 < count_ && !(i > 0 && has(i - 1, WordClass::BinaryNoun)) &&
                !(i > 0 &&
                  (isListed(i - 1, "merged|integrated|incorporated|folded|built|moved"))) &&
                // Nor a plan carried out: "put it into action", "into practice", "into effect".
                !(isListed(i + 1, "action|practice|effect|operation|place|use"))) {
                const Phrase p = nounPhrase(i + 1);
                const HeadKind kind = kindOf(p);
                bool slogan = false;
                for (std::size_t k = p.begin; k < p.end; ++k)
                    slogan = slogan ||
                             hasAny(k, bit(WordClass::VagueSlogan) | bit(WordClass::SoftSlogan)) ||
                             (toks_[k].phraseCls &
                              (bit(WordClass::VagueSlogan) | bit(WordClass::SoftSlogan)));
                // "Translate the app into Spanish": a language put into, not an outcome.
                bool translated = false;
                for (std::size_t k = 0; k < i; ++k)
                    translated = translated || isListed(k,
                                                        "translate|translated|translating|localise|"
                                                        "localize|localised|localized");
                if ((kind == HeadKind::Metric || kind == HeadKind::Agent ||
                     kind == HeadKind::Deliverable || kind == HeadKind::Other) &&
                    !slogan && !translated)
                    r.intoOutcome = true;
            }
            // "by reducing admin interruptions", "through first-rate design work": how.
            // "by improving our support" says no more than the aim: no mechanism.
            if (((is(i, "by") || is(i, "via")) && gerund(i + 1) &&
                 !has(i + 1, WordClass::GenericVerb)) ||
                (is(i, "through") && isWord(i + 1) && !function(i + 1)))
                r.mechanism = true;
            // "used by merchants", "adopted by customers".
            if (is(i, "by") && i + 1 < count_) {
                const Phrase p = nounPhrase(i + 1);
                if (people(p)) r.byPeople = true;
            }
            // For whom, where, what it rules out: the first such phrase is the qualifier, and any
            // of them can name the segment ("Raise satisfaction with setup among new members").
            {
                // "while improving how customers experience us" adds another aim and rules
                // nothing out; "while keeping churn flat" does.
                const bool anotherAim =
                    (is(i, "while") || is(i, "whilst")) && i + 1 < count_ && gerund(i + 1) &&
                    (has(i + 1, WordClass::GenericVerb) || has(i + 1, WordClass::IncreaseVerb));
                // "effectively and efficiently": a pair of praise words, ruling nothing out.
                const bool praisePair = is(i, "efficiently") &&
                                        ((i >= 2 && is(i - 1, "and") && is(i - 2, "effectively")) ||
                                         (is(i + 1, "and") && is(i + 2, "effectively")));
                // "in support of a thriving college": what it is for, not whom it is for.
                const bool inSupport =
                    (is(i, "in") && (is(i + 1, "support") || is(i + 1, "pursuit")) &&
                     is(i + 2, "of")) ||
                    (is(i, "of") && i >= 2 && (is(i - 1, "support") || is(i - 1, "pursuit")) &&
                     is(i - 2, "in"));
                if (has(i, WordClass::Qualifier) && !(is(i, "no") && i == 0) && !anotherAim &&
                    !praisePair) {
                    if (r.qualifier.empty()) r.qualifier = span(i, clauseEnd(i + 1));
                    r.rulesOut = true;
                } else if (!inSupport &&
                           (isListed(i, "for|among|with|in|into|of") ||
                            (is(i, "to") && i + 1 < count_ &&
                             (toks_[i + 1].capital || toPeopleOrPlace(i + 1))) ||
                            isListed(i, "across|within|at|from|on|amongst|beyond") ||
                            // "around schools", "near the port", "throughout the county"
                            // (not "a story around multi-GPU training", "around us")
                            (is(i, "around") && isWord(i + 1) && !function(i + 1) &&
                             endsWith(i + 1, "s") && has(i + 1, WordClass::AgentNoun)) ||
                            is(i, "near") || is(i, "throughout")) &&
                           i + 1 < count_) {
                    const Phrase p = nounPhrase(i + 1);
                    const HeadKind kind = kindOf(p);
                    bool concrete = false;
                    for (std::size_t k = p.begin; k < p.end; ++k)
                        if (isWord(k) && !function(k) && !has(k, WordClass::AbstractNoun) &&
                            !has(k, WordClass::StopWord) && !is(k, "quarter") && !is(k, "year") &&
                            !is(k, "month") && !is(k, "q") && !is(k, "next") && !is(k, "last") &&
                            !is(k, "coming") && !is(k, "week") && !is(k, "term") &&
                            !is(k, "season") && !is(k, "fiscal") && !is(k, "financial") &&
                            !is(k, "annual") && !is(k, "today") && !is(k, "future") &&
                            !is(k, "time"))
                            concrete = true;
                    if (concrete && kind != HeadKind::None) {
                        // "across the whole college", "for everyone we serve": all of them.
                        const bool all = isListed(p.begin, "all|every|each|any") ||
                                         isListed(p.head, "everyone|everybody|anyone") ||
                                         (p.begin + 1 < p.end &&
                                          (is(p.begin + 1, "whole") || is(p.begin + 1, "entire")));
                        // A name sets a segment apart ("in Porto", "for Acme's buyers") — not
                        // a period ("in Q3", "in March") nor what a measure is of ("uptake of
                        // our CMS", "adoption of Ledgerly").
                        bool named = false;
                        for (std::size_t k = p.begin; k < p.end && !is(i, "of"); ++k)
                            named = named || (toks_[k].capital && !periodName(k));
                        if (r.qualifier.empty()) {
                            r.qualifier = span(i, p.end);
                            r.qualifierAll = all;
                        }
                        // Everyone of a kind is no segment: "for customers", "across the
                        // board"; "for new customers", "for nurses on night shifts" are.
                        // ("for tenants living with long-term conditions": said after the
                        // noun.)
                        bool modified = p.headEnd - p.head > 1 || p.end > p.headEnd ||
                                        (isWord(p.end) && (is(p.end, "aged") ||
                                                           is(p.end, "living") || gerund(p.end)));
                        for (std::size_t k = p.begin; k < p.head && !modified; ++k)
                            modified = isWord(k) && !is(k, "the") && !is(k, "a") && !is(k, "an") &&
                                       !is(k, "our") && !is(k, "their") && !is(k, "your") &&
                                       !is(k, "its") && !is(k, "my") && !is(k, "these") &&
                                       !is(k, "those") && !is(k, "some");
                        // … nor is "the customer", "the public", or ourselves ("our charity").
                        const bool generic =
                            p.headEnd == p.head + 1 &&
                            (isListed(p.head,
                                      "customers|users|clients|people|board|everyone|members|"
                                      "stakeholders|customer|user|client|public") ||
                             // whoever a hospital, a school, a council or a landlord serves,
                             // all of them: "the experience of patients"
                             isListed(p.head,
                                      "patients|residents|visitors|students|pupils|learners|"
                                      "employees|citizens|guests|tenants|readers|colleagues|staff|"
                                      "patient|student|resident") ||
                             has(p.head, WordClass::OrgNoun) ||
                             // "of our team", "across our staff": ourselves.
                             ((has(p.head, WordClass::TeamWord) || is(p.head, "staff")) &&
                              (is(p.begin, "our") || is(p.begin, "my"))) ||
                             // "in the town", "across the district": the whole place a
                             // council or a club serves, everyone in it.
                             has(p.head, WordClass::AreaNoun));
                        // "the standing of our savings-bank network", "the reputation of
                        // mutual enterprise": whose standing — ours, no one set apart.
                        // ("… of our founder clients" names people: a segment.)
                        const bool ofUs = is(i, "of") &&
                                          (!has(p.headEnd - 1, WordClass::AgentNoun) ||
                                           has(p.headEnd - 1, WordClass::OrgNoun) ||
                                           has(p.headEnd - 1, WordClass::TeamWord)) &&
                                          (is(p.begin, "our") || is(p.begin, "my") ||
                                           has(p.headEnd - 1, WordClass::OrgNoun));
                        // "Grow the club into a thriving organisation": what we become.
                        const bool intoUs = is(i, "into") && has(p.headEnd - 1, WordClass::OrgNoun);
                        // "in a number of towns", "in several regions": some, unnamed.
                        const bool someOf = (is(p.begin, "a") && is(p.begin + 1, "number") &&
                                             is(p.begin + 2, "of")) ||
                                            isListed(p.begin, "some|several|various|many|certain");
                        // "across business units", "within regional teams": our own parts.
                        const bool ourParts = (is(i, "across") || is(i, "within")) &&
                                              has(p.headEnd - 1, WordClass::TeamWord);
                        r.segment =
                            r.segment || (!all && !ofUs && !intoUs && !someOf && !ourParts &&
                                          ((people(p) && (modified || !generic)) || named ||
                                           // "for villages east of the river", "in rural districts"
                                           (areaSetApart(p) && modified)));
                    }
                }
            }
        }
    }

    // ---- words: slogans, comparatives, how much of the sentence is abstract
    // -------------------------

    void words(Wording& r) {
        for (std::size_t i = 0; i < count_; ++i) {
            if (!isWord(i)) continue;
            const ClassMask sloganBits = bit(WordClass::VagueSlogan) | bit(WordClass::SoftSlogan);
            // "as good as the desktop one": measured against something named, not a slogan.
            const bool equative =
                i > 0 && is(i - 1, "as") && i + 2 < count_ && is(i + 1, "as") &&
                hasAny(i, sloganBits | bit(WordClass::PraiseWord)) &&
                !isListed(i + 2, "possible|ever|we|i|you|they|it|can|needed|necessary|usual");
            if (equative) {
                if (r.comparative.empty()) r.comparative = span(i - 1, i + 2);
                continue;
            }
            if (r.slogan.empty() && (toks_[i].phraseCls & sloganBits)) {
                const std::size_t end = i + toks_[i].phraseLen;
                // ("the workshop racing teams go to": people going somewhere, no "go-to".)
                const bool going = is(i, "go") && i > 0 && !toks_[i + 1].hyphenBefore &&
                                   isWord(i - 1) && endsWith(i - 1, "s") && !function(i - 1);
                if (!(end < count_ && toks_[end].hyphenBefore) && !going) {
                    r.slogan = span(i, end);
                    r.strongSlogan = (toks_[i].phraseCls & bit(WordClass::VagueSlogan)) != 0;
                }
            } else if (r.slogan.empty() && hasAny(i, sloganBits) &&
                       !(i + 1 < count_ && toks_[i + 1].hyphenBefore && !toks_[i].hyphenBefore) &&
                       // "capital-efficient", "energy-efficient": what it is efficient with is
                       // named, a property to measure (a strong slogan stays one:
                       // "customer-obsessed").
                       !(toks_[i].hyphenBefore && i > 0 && isWord(i - 1) &&
                         !hasAny(i - 1, sloganBits) && !has(i, WordClass::VagueSlogan))) {
                r.slogan = span(i, i + 1);
                r.strongSlogan = has(i, WordClass::VagueSlogan);
            }
            // A rank claimed with no field it is won in: "the number one checkout", "our #1
            // choice" — "number one" is a label to the number reader, so it is matched here.
            if (r.slogan.empty() && is(i, "number") && i + 1 < count_ &&
                (lowText(toks_[i + 1]) == "one" || lowText(toks_[i + 1]) == "1")) {
                r.slogan = span(i, i + 2);
                r.strongSlogan = true;
            }
            const std::string_view w = lowText(toks_[i]);
            // Comparatives end in -er / -est, or are one of a few words: test the shape first.
            const bool shaped =
                w.size() >= 2 && w.size() <= 9 &&
                ((w.back() == 'r' && w[w.size() - 2] == 'e') || w.back() == 't' || w == "more" ||
                 w == "less" || w == "default" || w == "only" || w == "go");
            if (r.comparative.empty() && shaped &&
                (w == "faster" || w == "fastest" || w == "lowest" || w == "highest" ||
                 w == "cheapest" || w == "easiest" || w == "simplest" || w == "safest" ||
                 w == "quickest" || w == "shortest" || w == "smoothest" || w == "largest" ||
                 w == "easier" || w == "simpler" || w == "cheaper" || w == "safer" ||
                 w == "quicker" || w == "shorter" || w == "smoother" || w == "clearer" ||
                 w == "fewer" || w == "lower" || w == "higher" || w == "default" ||
                 w == "without" || w == "only" ||
                 // (not the language: "everyone interested in Go")
                 (w == "go" && !(toks_[i].capital && i > 0)) ||
                 ((w == "more" || w == "less") && isWord(i + 1) &&
                  !has(i + 1, WordClass::AbstractNoun))))
                r.comparative = span(i, i + 1);
            // "a capital-efficient channel", "carbon-neutral deliveries", "GDPR-compliant
            // forms": a property named with what it is measured in, a state better than today.
            if (r.comparative.empty() && toks_[i].hyphenBefore && i > 0 && isWord(i - 1) &&
                !hasAny(i - 1, sloganBits) &&
                (w == "efficient" || w == "neutral" || w == "positive" || w == "compliant"))
                r.comparative = span(i - 1, i + 1);
        }
        // A bound that names a target without a number: "above the industry average".
        // ("under-described collections", "above-average results": a word hyphened to the next
        // one is half of a modifier.)
        for (std::size_t i = 0; i < count_; ++i)
            if (i + 1 < count_ && toks_[i + 1].hyphenBefore)
                continue;
            else if ((isListed(i, "above|below|under|beyond") && levelAhead(i) && !shareOfAt(i)) ||
                     // (Not "better than last year": by how much is still to say.)
                     (isListed(i, "better|faster|more|less") && is(i + 1, "than") &&
                      !isListed(i + 2, "last|previous|before")) ||
                     // "matching or beating the national pass rate": a level named by its source.
                     ((isListed(
                          i,
                          "match|matches|matching|beat|beats|beating|outperform|outperforming|"
                          "exceed|exceeds|exceeding|surpass|surpasses")) &&
                      (isListed(i + 2, "national|average|benchmark|median|sector") ||
                       isListed(i + 3, "national|average|benchmark|median|sector") ||
                       isListed(i + 4, "average|rate|benchmark|median"))) ||
                     // "stays within budget", "on plan": a target named by its source.
                     ((is(i, "within") || is(i, "on")) &&
                      (isListed(i + 1, "budget|plan|forecast|sla|target"))))
                r.bounded = true;
        // "in under a second", "within a day", "less than an hour": one unit of time, a value.
        // (Not a deadline that opens the sentence: "Within a year, the parish will …".)
        for (std::size_t i = 2; i + 1 < count_; ++i)
            if ((is(i, "a") || is(i, "an")) && timeWord(i + 1) && !is(i + 1, "time") &&
                !isMark(i + 2, ',') && (isListed(i - 1, "under|within|than|below"))) {
                r.anyNumber = true;
                r.bounded = true;
            }
        // A value measured beside the main phrase: "Ship the apps with a rating of at least 4.6".
        // The nouns listed with the main one are the same measure, not another: "likes,
        // comments and shares by 35%".
        std::size_t listEnd = phrase_.end;
        if (listEnd < count_ && (isMark(listEnd, ',') || is(listEnd, "and") || is(listEnd, "or")))
            while (listEnd < count_ &&
                   (isMark(listEnd, ',') || is(listEnd, "and") || is(listEnd, "or") ||
                    (isWord(listEnd) && !function(listEnd) && !isValue(listEnd))))
                ++listEnd;
        for (std::size_t k = phrase_.end; k < listEnd && r.vanityList.empty(); ++k)
            if (has(k, WordClass::VanityMetric) && !has(k, WordClass::MetricNoun) &&
                phrase_.head < count_ && !has(phrase_.head, WordClass::AbstractNoun))
                r.vanityList = span(phrase_.begin, listEnd);
        for (std::size_t i = 0; i < count_ && !r.measureBeside; ++i) {
            // "three times a month" is how often, not a measure's value.
            if (!isValue(i) || (i >= phrase_.begin && i < phrase_.end) || is(i + 1, "times"))
                continue;
            for (std::size_t k = i > 5 ? i - 5 : 0; k < count_ && k <= i + 3; ++k)
                if (k != i && (k < phrase_.begin || k >= listEnd) &&
                    (has(k, WordClass::MetricNoun) || has(k, WordClass::ValueTerm) ||
                     (toks_[k].phraseCls & bit(WordClass::MetricNoun))) &&
                    !has(k, WordClass::AgentNoun) && !timeWord(k))
                    r.measureBeside = true;
        }
        // A vanity number counted anywhere: "a recap post that gets 300 views" (not a rate's
        // base: "0.30 injuries per 200,000 hours worked").
        for (std::size_t i = 0; i + 1 < count_ && r.vanityCount.empty(); ++i) {
            if (!isValue(i) || toks_[i].percent || is(i - 1, "in") || is(i - 1, "per")) continue;
            for (std::size_t k = i + 1; k < count_ && k <= i + 3; ++k) {
                // ("18,000 new followers", "2,000 more subscribers": the same count.)
                // (Not "300 new subscribers" to a paper: new subscribers may be paying ones.)
                const bool same = isListed(k, "new|more|extra") &&
                                  !isListed(k + 1, "subscribers|members|readers|users|accounts");
                if (!isWord(k) || (function(k) && !is(k, "of") && !same) || toks_[k].joined) break;
                if (toks_[k].phraseLen > 1 && (toks_[k].phraseCls & kNouns) &&
                    !(toks_[k].phraseCls & bit(WordClass::VanityMetric)))
                    break;  // "kickoff sessions", "usability sessions": not a vanity count
                // "4.6 stars" is a rating on a scale of five, not a count of stars given.
                const std::string_view v = lowText(toks_[i]);
                const bool rating = (is(k, "stars") || is(k, "star")) && !v.empty() &&
                                    v[0] >= '0' && v[0] <= '5' &&
                                    (v.size() == 1 || (v.size() <= 4 && v[1] == '.'));
                if (rating) break;
                // "Get 2,000 plays", not "three big marketing plays".
                if (has(k, WordClass::VanityMetric) ||
                    (toks_[k].phraseCls & bit(WordClass::VanityMetric)) ||
                    (k == i + 1 && (is(k, "plays") || is(k, "streams")))) {
                    const std::size_t e = toks_[k].phraseLen > 1 ? k + toks_[k].phraseLen : k + 1;
                    bool measure = false;
                    for (std::size_t m = k; m < e + 1 && m < count_; ++m)
                        measure = measure || is(m, "rate") || is(m, "ratio");
                    if (!measure) r.vanityCount = span(i, e);
                    break;
                }
            }
        }
        // Awareness counted in heads: "Increase brand awareness to 50,000 people" — reach.
        for (std::size_t i = 1; i + 1 < count_ && r.vanityCount.empty(); ++i)
            if (isValue(i) && !toks_[i].percent &&
                isListed(i + 1, "people|residents|consumers|adults|households|shoppers") &&
                (is(i - 1, "to") || is(i - 1, "among")))
                for (std::size_t k = 0; k + 1 < i; ++k)
                    if (is(k, "awareness"))
                        r.vanityCount = span(
                            k > 0 && isWord(k - 1) && !function(k - 1) && !verbish(k - 1) ? k - 1
                                                                                          : k,
                            k + 1);
        // Hours logged, said with the verb: "Volunteers log 18,000 hours across our shops".
        for (std::size_t i = 0; i + 2 < count_ && r.vanityCount.empty(); ++i) {
            if (!isListed(i, "log|logs|logged|clock|clocks|clocked")) continue;
            // ("Engineers log 1,500 hours on the rewrite": our own effort, work.)
            bool ours = false;
            for (std::size_t k = 0; k < i; ++k)
                ours = ours || has(k, WordClass::RoleWord) || has(k, WordClass::TeamWord) ||
                       isListed(k, "we|i|engineers|developers|staff");
            if (ours) continue;
            const std::size_t v = i + 1 + boundWords(i + 1);
            if (isValue(v) && !toks_[v].percent && is(v + 1, "hours"))
                r.vanityCount = span(i, v + 2);
        }
        // A vanity count grown by a share: "a 15% rise in followers", "a 30% jump in site visits".
        for (std::size_t i = 0; i + 3 < count_ && r.vanityCount.empty(); ++i) {
            if (!isValue(i) || !toks_[i].percent || !is(i + 2, "in")) continue;
            if (!(isListed(i + 1, "rise|increase|growth|jump|lift|uplift|boost|gain"))) continue;
            const Phrase what = nounPhrase(i + 3);
            // "… in sign-ups from in-app invitations": people won through a channel.
            if (what.head < count_ && kindOf(what) == HeadKind::Vanity && !is(what.end, "from"))
                r.vanityCount = span(i, what.end);
        }
        // Press attention counted in pieces or times: "Land 15 pieces in industry media",
        // "Featured in the media at least 8 times".
        // ("One story in a top-tier business outlet", "Win reviews in 8 publications".)
        if (r.vanityCount.empty())
            r.vanityCount =
                countIn({"media", "press", "publications", "outlets", "magazines", "newspapers",
                         "publication", "outlet", "magazine", "newspaper", "television", "radio"},
                        {"times", "pieces", "articles", "stories", "placements", "features",
                         "clippings", "mentions", "piece", "article", "story", "placement",
                         "feature", "mention", "segments", "segment", "appearances"},
                        false);
        if (r.vanityCount.empty())
            r.vanityCount = countIn({"reviews", "stories", "coverage", "features", "articles",
                                     "mentions", "featured", "covered", "reviewed", "mentioned"},
                                    {"publications", "outlets", "magazines", "newspapers", "titles",
                                     "podcasts", "blogs"},
                                    false);
        // Members of an online community counted: "Grow the forum to 8,000 members", "Hit 50,000
        // members on our Discord server" — the audience's size, not what its members do ("8,000
        // members who post weekly").
        if (r.vanityCount.empty())
            r.vanityCount =
                countIn({"community", "forum", "discord", "slack", "subreddit", "server"},
                        {"members", "member"}, true);
        // Press attention counted: "Get the kit reviewed in 6 trade magazines", "Named in 25
        // articles" — how often others write about us, a count of press mentions.
        static const char* const kPress[] = {"mentioned", "named",   "featured", "reviewed",
                                             "quoted",    "covered", "cited",    "profiled"};
        for (std::size_t i = 0; i + 2 < count_ && r.vanityCount.empty(); ++i) {
            bool press = false;
            for (const char* w : kPress) press = press || (isWord(i) && lowText(toks_[i]) == w);
            // ("covered by at least 15 national news outlets".)
            if (!press || !(is(i + 1, "in") || (is(i + 1, "by") && is(i, "covered")))) continue;
            std::size_t j = i + 2;
            j += boundWords(j);
            // "Bugs reviewed in 2 days", "in under 4 hours": a period, not outlets.
            if (!isValue(j) || toks_[j].percent || timeWord(j + 1) || is(j + 1, "hours") ||
                is(i + 2, "under"))
                continue;
            r.vanityCount = span(i, nounPhrase(j).end);
        }
        // People counted paying attention: "100,000 people see our billboard campaign", "Get 40
        // influencers to post about us", "Have 5,000 people like our Facebook page" (not "5,000
        // patients see a GP": what they see is a thing we put out).
        for (std::size_t i = 0; i + 2 < count_ && r.vanityCount.empty(); ++i) {
            if (!isValue(i) || toks_[i].percent || toks_[i].money) continue;
            const Phrase q = nounPhrase(i);
            if (q.count != i || !people(q)) continue;
            std::size_t v = q.end;
            if (is(v, "to")) ++v;
            if (!isWord(v)) continue;
            bool attention =
                (isListed(v, "post|posts|tweet|tweets|write|talk|blog") && is(v + 1, "about")) ||
                isListed(v, "mention|mentions|follow|follows");
            if (!attention &&
                isListed(v, "see|sees|like|likes|view|views|watch|watches|share|shares")) {
                // ("300 customers share their story" tell it; they do not pass ours on.)
                const Phrase what = nounPhrase(v + 1);
                attention =
                    what.head < count_ && !is(v + 1, "their") &&
                    (kindOf(what) == HeadKind::Deliverable || kindOf(what) == HeadKind::Vanity ||
                     isListed(what.head,
                              "page|ad|ads|billboard|campaign|video|videos|post|posts|content"));
            }
            if (attention) r.vanityCount = span(i, v + 1);
        }
        // People counted: "Train 800 pharmacists", "for 400 patients" — not the size that sets a
        // segment apart ("teams of 5", "firms with 50 staff") nor a share ("85% of pupils").
        for (std::size_t i = 0; i + 1 < count_ && r.peopleCount.empty(); ++i) {
            if (!isValue(i) || toks_[i].percent || toks_[i].money ||
                isListed(i - 1, "of|with|than|in") ||
                ((isListed(i - 1, "to|or|and")) && isValue(i - 2)) ||
                (isMark(i + 1) && !isMark(i + 1, '+')))
                continue;
            const Phrase q = nounPhrase(i);
            if (q.count == i && people(q) && !has(q.head, WordClass::TeamWord) &&
                !(toks_[q.head].phraseCls & bit(WordClass::TeamWord)))
                r.peopleCount = span(i, q.headEnd);
        }
        // "Raise reviewers' trust", "night-shift call handlers' well-being": the plural
        // possessive names whose quality it is — a segment, unless it is everyone
        // ("customers'") or our own team.
        for (std::size_t k = 0; k < count_ && !r.segment; ++k) {
            const Tok& t = toks_[k];
            if (!t.possessive || low_[t.off + t.len - 1] != 's' || genericMeasure(k) ||
                has(k, WordClass::TeamWord))
                continue;
            r.segment = has(k, WordClass::AgentNoun) || endsWith(k, "ers") || endsWith(k, "ors") ||
                        endsWith(k, "ists") || endsWith(k, "ians") || endsWith(k, "ees") ||
                        endsWith(k, "ants");
        }
        // Content words after the main phrase: "make checkout [feel effortless]".
        for (std::size_t k = std::min(after_, count_); k < count_; ++k)
            if (isWord(k) && !function(k) && !has(k, WordClass::StopWord) && nounish(k) &&
                !has(k, WordClass::GenericVerb))
                ++r.tailWords;
        // Content words of the main phrase (object or subject) and the abstract ones among them.
        const Phrase& p = phrase_;
        for (std::size_t k = p.begin; k < p.end && k < count_; ++k) {
            if (!isWord(k) || function(k) || has(k, WordClass::StopWord)) continue;
            ++r.contentWords;
            const ClassMask c = toks_[k].cls;
            if ((c & bit(WordClass::AbstractNoun)) || (c & bit(WordClass::FunctionWord)) ||
                genericMeasure(k))
                ++r.abstractWords;
        }
    }

    // An adverb of manner where it says how the verb is done: opening the object ("Communicate
    // well with …"), right after it ("Answer emails faster") or right after a subject's verb
    // ("The app works well offline", "Copes properly when …"). Inside the phrase it is a
    // modifier ("a faster checkout"); a done form says the work is done, however well.
    void mannerOf(Wording& r) const {
        if (r.form == Form::Done || r.form == Form::Empty) return;
        // … or closing the sentence: "Respond to each phone call and answerphone message
        // quickly".
        // (Not inside a clause of its own: "… a board who know its standards well".)
        std::size_t last = count_;
        while (last > 0 && isMark(last - 1)) --last;
        const bool lastInClause =
            last > 0 && !r.purpose.empty() && toks_[last - 1].off >= r.purpose.begin;
        const std::size_t at[] = {phrase_.begin, phrase_.end, verbTok_ + 1, after_,
                                  last > 0 && !lastInClause ? last - 1 : count_};
        for (const std::size_t i : at)
            if (i < count_ && manner(i)) {
                r.manner = span(i, i + 1);
                return;
            }
    }

    // Measures so broad that naming them says little: revenue, sales, customers, users, growth.
    bool genericMeasure(std::size_t k) const {
        const std::string_view w = lowText(toks_[k]);
        return w == "revenue" || w == "revenues" || w == "sales" || w == "growth" ||
               w == "profit" || w == "profits" || w == "customer" || w == "customers" ||
               w == "user" || w == "users" || w == "engagement" || w == "retention" ||
               w == "conversion" || w == "conversions" || w == "churn" || w == "traffic" ||
               w == "leads" || w == "signups" || w == "overall" || w == "client" ||
               w == "clients" || w == "business" || w == "market" || w == "team" ||
               w == "company" || w == "organisation" || w == "organization" || w == "our" ||
               w == "digital" || w == "online" || w == "social" || w == "media" ||
               w == "employee" || w == "employees" || w == "staff" || w == "people";
    }

    const WordTable& table_;
    const unsigned char* raw_ = nullptr;
    std::size_t n_ = 0;
    char low_[kMaxSentenceBytes];
    Tok toks_[kMaxTokens];
    std::size_t count_ = 0;
    std::uint8_t wordTok_[kMaxTokens];

    Phrase phrase_;
    ClassMask classes_ = 0;
    std::size_t verbTok_ = kMaxTokens;
    std::size_t after_ = 0;
    std::size_t workingEnd_ = 0;  // workingAt's end
};

}  // namespace

Wording readWording(std::string_view text, const WordTable& table) noexcept {
#if defined(__cpp_exceptions)
    try {
#endif
        Reader reader(text, table);
        return reader.run();
#if defined(__cpp_exceptions)
    } catch (...) {
        return Wording{};
    }
#endif
}

}  // namespace okr
