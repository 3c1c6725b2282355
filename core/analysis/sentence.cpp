// The key-result sentence parser's grammar; see sentence.h for what it reads. Three parts: the
// lexer (sentence_lexer.h) turns the text into tokens in fixed-size arrays, the date reading
// (sentence_dates.h) finds the due date, and the shapes here — from/to, arrows, bands, baselines,
// relative changes, bounds, a leading count — are matched on the tokens. Every index is
// bounds-checked; no number is ever converted to an integer unless it is a small, checked value.
#include "analysis/sentence.h"

#include <cctype>
#include <cmath>
#include <iterator>
#include <string>
#include <utility>

#include "analysis/sentence_dates.h"
#include "analysis/sentence_lexer.h"
#include "analysis/words.h"

namespace okr {

namespace {

using namespace sentence_internal;

// Seconds per time unit, for comparing "1.4s"with"400ms"; 0 when not a time unit.
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

class Parser {
  public:
    Parser(std::string_view text, const SentenceContext& ctx) : text_(text), period_(ctx) {}

    KrSentence run() {
        sentence_internal::lex(text_, tokens_);
        for (std::size_t i = 0; i < tokens_.count; ++i) used_[i] = false;
        // "Sign-in and role-based permissions (100%)": how far the work is done, a progress mark
        // at the end, not the sentence's target.
        const std::size_t n = tokens_.count;
        if (n >= 4 && tokens_.toks[n - 1].type == T::RParen &&
            tokens_.toks[n - 3].type == T::LParen && tokens_.toks[n - 2].type == T::Num &&
            tokens_.toks[n - 2].percent && tokens_.toks[n - 2].value == 100)
            used_[n - 2] = true;
        ages();
        daysOfMonth();
        definitions();
        names();
        KrSentence r;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (tokens_.toks[i].type != T::Num) continue;
            if (tokens_.toks[i].percent) r.hasPercent = true;
            if (tokens_.toks[i].currency) r.hasCurrency = true;
        }
        first_ = firstMeaningful();
        verbDirection(r);
        dueDate(r);
        arrowsAndFromTo(r);
        band(r);
        baseline(r);
        relative(r);
        changeFrom(r);
        toTarget(r);
        fractionTarget(r);
        leadingCount(r);
        bounded(r);
        ofTarget(r);
        lastResort(r);
        finish(r);
        return r;
    }

  private:
    std::string_view text(const Tok& t) const { return tokens_.text(t); }
    bool isWord(std::size_t i, std::string_view w) const { return tokens_.isWord(i, w); }

    // ---- shapes ---------------------------------------------------------------------------

    bool isNum(std::size_t i) const {
        return i < tokens_.count && tokens_.toks[i].type == T::Num && !tokens_.toks[i].label &&
               !used_[i];
    }

    // A whole number that can be someone's age: no unit, no share, no money.
    bool ageAt(std::size_t i) const {
        if (!isNum(i)) return false;
        const Tok& t = tokens_.toks[i];
        return !t.percent && !t.currency && !t.unit && !t.per && t.value >= 0 && t.value <= 120 &&
               t.value == std::floor(t.value);
    }
    // Marks an age, and the other end of a range after it ("25 to 64", "16-24", "75 and over").
    void markAges(std::size_t i) {
        used_[i] = true;
        if (ageAt(i + 1))
            used_[i + 1] = true;
        else if ((wordIn(i + 1, "to|and|or")) && ageAt(i + 2))
            used_[i + 2] = true;
    }

    // A month's name: "September", "Sept", "oct".
    bool monthWord(std::size_t i) const {
        static const char* const kMonths[] = {
            "january", "february", "march",    "april", "june", "july", "august", "september",
            "october", "november", "december", "jan",   "feb",  "apr",  "jun",    "jul",
            "aug",     "sep",      "sept",     "oct",   "nov",  "dec"};
        for (const char* m : kMonths)
            if (isWord(i, m)) return true;
        return false;
    }

    // Numbers that name, not measure: "Under Priority 2", "Year 6 pupils", "Section 2", "our
    // 24/7 helpline", "the 2026 festival", "the 2026-2030 strategy", "sustainable beyond 2028"
    // (not "reach level 3", where the level is the target).
    void names() {
        for (std::size_t i = 1; i < tokens_.count; ++i) {
            const Tok& t = tokens_.toks[i];
            if (!isNum(i) || t.percent || t.currency || t.unit) continue;
            const bool whole = t.value == std::floor(t.value) && t.value >= 0;
            if (wordIn(i - 1,
                       "priority|section|year|years|stage|phase|tier|grade|grades|step|wave|round|"
                       "chapter|article|clause|paragraph|route|platform|ward|zone|pillar|"
                       "strand|workstream|lot|cohort|module|part|goal|objective|outcome|"
                       "action|area|theme|level|band") &&
                whole && t.value < 100 &&
                !(i >= 2 && wordIn(i - 2,
                                   "reach|reaches|achieve|achieves|attain|hit|to|at|into|"
                                   "above|below|from")))
                used_[i] = true;
            // "24/7": always open, not a figure.
            if (t.value == 24 && text_.find("24/7") != std::string_view::npos) used_[i] = true;
            // "in the 60 days after the weekend": a window named, not a level.
            if (wordIn(i - 1, "the") && wordIn(i + 1, "days|weeks|months|hours|years") &&
                wordIn(i + 2, "after|following|before|since"))
                used_[i] = true;
            const bool year = whole && t.value >= 1990 && t.value <= 2100;
            if (!year) continue;
            // A year before what it names, or the first of a span of years.
            const bool span =
                i + 1 < tokens_.count && tokens_.toks[i + 1].type == T::Num &&
                (tokens_.toks[i + 1].value < 0 ||
                 (tokens_.toks[i + 1].value >= 1990 && tokens_.toks[i + 1].value <= 2100));
            if ((wordIn(i - 1, "the|our|this|its|their|beyond|after|since|throughout") &&
                 i + 1 < tokens_.count && tokens_.toks[i + 1].type == T::Word &&
                 !wordIn(i + 1, "to|and|or|by|in|levels|level|figure|figures|total")) ||
                wordIn(i - 1, "beyond|after|since|throughout") || span) {
                used_[i] = true;
                if (span) used_[i + 1] = true;
            }
        }
    }

    // Numbers that are days of a month, wherever the date stands: "a drive from 1 September to
    // 31 October" runs between two dates, not from 1 to 31.
    void daysOfMonth() {
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!ageAt(i) || tokens_.toks[i].value < 1 || tokens_.toks[i].value > 31) continue;
            if (monthWord(i + 1) || (isWord(i + 1, "of") && monthWord(i + 2)) ||
                (i >= 1 && monthWord(i - 1)))
                used_[i] = true;
        }
    }

    // Numbers inside what a measure counts, not a level for it (the reading's definesMeasure):
    // "the share of customers who buy again within 30 days", "the share of pupils who score 80%
    // or higher", "the percentage of orders shipped within 24 hours".
    bool wordIn(std::size_t i, std::string_view list) const {
        return i < tokens_.count && tokens_.toks[i].type == T::Word &&
               isListedWord(text(tokens_.toks[i]), list);
    }

    void definitions() {
        for (std::size_t i = 2; i < tokens_.count; ++i) {
            if (!isNum(i)) continue;
            bool relative = false, measure = false;
            for (std::size_t k = i; k-- > 0 && !measure;) {
                const T type = tokens_.toks[k].type;
                if (wordIn(k, "to|from|by|and") || type == T::Colon || type == T::Arrow ||
                    type == T::Num)
                    break;
                relative = relative || wordIn(k, "who|that|which|whose");
                measure = isWord(k + 1, "of") &&
                          wordIn(k,
                                 "share|percentage|percent|proportion|number|count|rate|"
                                 "ratio|fraction");
            }
            if (!measure || isWord(i + 1, "to") ||
                wordIn(i - 1, "at|above|below|reach|reaches|hit|hits|is|are|be|stays|remains"))
                continue;
            const Tok& t = tokens_.toks[i];
            const char* const times = "days|weeks|months|hours|minutes|years";
            const bool time = wordIn(i + 1, times) || (t.unit && isListedWord(t.unit, times));
            const std::string_view past =
                tokens_.toks[i - 2].type == T::Word ? text(tokens_.toks[i - 2]) : "";
            const bool window =
                time &&
                wordIn(i - 1, "within|in|after|before|inside|under|over|than|least|first") &&
                ((past.size() > 2 && past.substr(past.size() - 2) == "ed") ||
                 wordIn(i - 2, "older|younger|longer|again"));
            const bool more = i + 1 < tokens_.count && tokens_.toks[i + 1].type == T::Word;
            if (window || (relative && (more || time))) used_[i] = true;
        }
    }

    // Numbers that say whose age, not a value to reach: "women aged 25 to 64", "people aged 75
    // and over", "16-24 year olds", "residents over 65" — the group a key result is about.
    void ages() {
        static const char* const kPeople[] = {
            "people",   "adults",      "residents", "women",    "men",           "children",
            "patients", "pupils",      "those",     "everyone", "anyone",        "citizens",
            "persons",  "individuals", "students",  "learners", "girls",         "boys",
            "workers",  "drivers",     "smokers",   "founders", "entrepreneurs", "youths",
            "farmers",  "employees",   "athletes",  "players"};
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (isWord(i, "aged") || isWord(i, "ages") ||
                (isWord(i, "age") && !isWord(i + 1, "of"))) {
                std::size_t j = i + 1;
                while (j < tokens_.count && j <= i + 3 &&
                       (wordIn(j, "between|from|over|under|above|below|of")))
                    ++j;
                if (ageAt(j)) markAges(j);
                continue;
            }
            // "16 to 24 year olds", "16-24-year-olds".
            if (ageAt(i) && isWord(i + 1, "year") &&
                (isWord(i + 2, "olds") || isWord(i + 2, "old"))) {
                used_[i] = true;
                if (i >= 1 && ageAt(i - 1))
                    used_[i - 1] = true;
                else if (i >= 2 && (isWord(i - 1, "to") || isWord(i - 1, "and")) && ageAt(i - 2))
                    used_[i - 2] = true;
                continue;
            }
            // "residents over 65", "children under 5": an age that closes the group's name.
            // ("people under 35 to wed", "children under 5 eat well"; not "patients under
            // 4 hours in A&E", a time.)
            if ((isWord(i, "over") || isWord(i, "under")) && i >= 1 && ageAt(i + 1) &&
                !(wordIn(i + 2,
                         "hours|hour|minutes|minute|days|day|weeks|week|months|month|seconds|mins|"
                         "hrs|per|percent"))) {
                bool group = false;
                for (const char* p : kPeople) group = group || isWord(i - 1, p);
                if (group) used_[i + 1] = true;
            }
        }
    }

    std::size_t firstMeaningful(std::size_t from = 0) const {
        const WordTable& words = defaultWordTable();
        for (std::size_t i = from; i < tokens_.count; ++i) {
            const Tok& t = tokens_.toks[i];
            if (t.type == T::Num && t.label) continue;
            if (t.type != T::Word) {
                if (t.type == T::Colon || t.type == T::LParen || t.type == T::RParen) continue;
                return i;
            }
            if (const std::size_t after = afterWhen(i); after > i) return firstMeaningful(after);
            const std::string_view w = text(t);
            if (words.isWord(w, WordClass::StopWord) || words.isWord(w, WordClass::Filler))
                continue;
            // "Goal 2: Hire 3 nurses": the heading and its number come before the sentence.
            if (i + 1 < tokens_.count && tokens_.toks[i + 1].type == T::Num &&
                tokens_.toks[i + 1].label && sentence_internal::isHeadingWord(w))
                continue;
            return i;
        }
        return tokens_.count;
    }

    // "Within seven years, grow the company …", "Over the next two seasons, cut …": when comes
    // first, and the sentence's verb after the comma that closes it.
    std::size_t afterWhen(std::size_t i) const {
        static const char* const kWhen[] = {"within", "over",  "during", "throughout", "in",
                                            "by",     "until", "before", "this",       "next"};
        bool when = false;
        for (const char* w : kWhen) when = when || isWord(i, w);
        if (!when) return i;
        for (std::size_t k = i + 1; k < tokens_.count && k <= i + 8; ++k) {
            const Tok& t = tokens_.toks[k];
            if (t.type != T::Word) continue;
            const std::size_t end = static_cast<std::size_t>(t.off) + t.len;
            if (end < sizeof(tokens_.low) && tokens_.low[end] == ',')
                return k + 1 < tokens_.count && tokens_.toks[k + 1].type == T::Word ? k + 1 : i;
        }
        return i;
    }

    void verbDirection(KrSentence& r) {
        if (first_ >= tokens_.count || tokens_.toks[first_].type != T::Word) return;
        const WordTable& words = defaultWordTable();
        const std::string_view w = text(tokens_.toks[first_]);
        if (words.isWord(w, WordClass::IncreaseVerb))
            r.verbDirection = Direction::Increase;
        else if (words.isWord(w, WordClass::DecreaseVerb))
            r.verbDirection = Direction::Decrease;
        // "Hold a discovery day": an event held, not a level kept.
        const bool event = words.isWord(w, WordClass::ActivityVerb) &&
                           (isWord(first_ + 1, "a") || isWord(first_ + 1, "an"));
        // ("Holds on print items are filled promptly": a plural noun, not a verb.)
        const bool noun = !w.empty() && (w.back() == 's' || w.back() == 'S') &&
                          (isWord(first_ + 1, "on") || isWord(first_ + 1, "of"));
        if (words.isWord(w, WordClass::MaintainVerb) && !event && !noun) r.kind = KrKind::Maintain;
        // "Establish the baseline for …"sets|a|baseline;"Establish a steering group" builds one.
        // "Monitor customer churn"measures|a|metric;"Monitor the supply chain for emerging
        // risks" watches a thing, work with no number.
        const bool watches = sameIgnoringCase(w, "monitor") || sameIgnoringCase(w, "track") ||
                             sameIgnoringCase(w, "monitoring") || sameIgnoringCase(w, "tracking");
        bool measured = !sameIgnoringCase(w, "establish") && !watches;
        for (std::size_t k = first_ + 1; k < tokens_.count && k <= first_ + 5 && !measured; ++k)
            if (watches && tokens_.toks[k].type == T::Word &&
                words.isWord(text(tokens_.toks[k]), WordClass::MetricNoun))
                measured = true;
        for (std::size_t k = first_ + 1; k < tokens_.count && k <= first_ + 5 && !measured; ++k)
            for (const char* m :
                 {"baseline", "baselines",   "benchmark",    "benchmarks", "measure",
                  "measures", "measurement", "measurements", "metric",     "metrics",
                  "kpi",      "kpis",        "level",        "levels",     "rate",
                  "rates",    "starting",    "current",      "figure",     "figures"})
                measured = measured || isWord(k, m);
        if (words.isWord(w, WordClass::BaselineWord) && measured) baselineVerb_ = true;
    }

    // Bound words starting at `i`: returns the bound and sets `next` past them.
    Bound boundAt(std::size_t i, std::size_t& next) const {
        if (i >= tokens_.count) return Bound::None;
        const T type = tokens_.toks[i].type;
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
            {{"not", "less", "than", ""}, Bound::AtLeast, false},
            {{"no", "fewer", "than", ""}, Bound::AtLeast, false},
            {{"not", "fewer", "than", ""}, Bound::AtLeast, false},
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
            {{"past", "", "", ""}, Bound::AtLeast, false},
            {{"beyond", "", "", ""}, Bound::AtLeast, false},
            {{"min", "", "", ""}, Bound::AtLeast, false},
            {{"minimum", "", "", ""}, Bound::AtLeast, false},
            {{"exceed", "", "", ""}, Bound::AtLeast, false},
        };
        // Only words can open a bound, and only a few words do: test the first before the table.
        if (type != T::Word) return Bound::None;
        const std::string_view first = tokens_.text(tokens_.toks[i]);
        if (first.size() < 2 || first.size() > 7) return Bound::None;
        switch (first[0]) {
            case 'n':
            case 'l':
            case 'f':
            case 'm':
            case 'g':
            case 'h':
            case 'a':
            case 'u':
            case 'b':
            case 'o':
            case 'e':
            case 'p':
                break;
            default:
                return Bound::None;
        }
        for (const Seq& s : kSeqs) {
            if (s.w[0] != first) continue;
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
        while (i < tokens_.count &&
               (wordIn(i,
                       "about|around|approximately|roughly|nearly|near|just|a|an|the|current|"
                       "today's|our|today|s") ||
                tokens_.toks[i].type == T::Skip ||
                // ("from NOK 120,000 to NOK 170,000": a currency's code before the figure.)
                wordIn(i, "nok|sek|dkk|chf|eur|usd|gbp|jpy|aud|cad|nzd|inr|pln|czk|zar|brl") ||
                tokens_.toks[i].type == T::Plus))
            ++i;
        return i;
    }

    // The number a "to"/bound/"of" points at, from `i`: index of the Num or tokens_.count.
    std::size_t valueAt(std::size_t i, Bound* bound) const {
        i = skipSoft(i);
        std::size_t next = i;
        const Bound b = boundAt(i, next);
        if (b != Bound::None) i = skipSoft(next);
        if (!isNum(i)) return tokens_.count;
        if (bound && b != Bound::None) *bound = b;
        return i;
    }

    void setBaseline(KrSentence& r, std::size_t i) {
        if (baselineTok_ < tokens_.count || i >= tokens_.count) return;
        baselineTok_ = i;
        used_[i] = true;
        r.baseline = tokens_.toks[i].value;
    }
    void setTarget(KrSentence& r, std::size_t i, Bound b = Bound::None) {
        if (targetTok_ < tokens_.count || i >= tokens_.count) return;
        targetTok_ = i;
        used_[i] = true;
        r.target = tokens_.toks[i].value;
        if (b != Bound::None) r.bound = b;
        if (tokens_.toks[i].plusAfter && r.bound == Bound::None) r.bound = Bound::AtLeast;
    }

    void arrowsAndFromTo(KrSentence& r) {
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            // "X → Y"
            if (isNum(i) && i + 2 < tokens_.count && tokens_.toks[i + 1].type == T::Arrow &&
                isNum(i + 2)) {
                setBaseline(r, i);
                setTarget(r, i + 2);
                r.fromTo = true;
                return;
            }
            // "from X … to Y"(or"from X → Y", "from about X to Y")
            if (isWord(i, "from") && isNum(skipSoft(i + 1))) {
                const std::size_t x = skipSoft(i + 1);
                for (std::size_t j = x + 1; j < tokens_.count && j <= x + 5; ++j) {
                    if (!isWord(j, "to") && tokens_.toks[j].type != T::Arrow) continue;
                    Bound b = Bound::None;
                    const std::size_t v = valueAt(j + 1, &b);
                    if (v >= tokens_.count) break;
                    setBaseline(r, x);
                    setTarget(r, v, b);
                    r.fromTo = true;
                    return;
                }
            }
        }
        // The target first, then where it starts — only when no "from X to Y" was found.
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            // "a score of 65, up from today's 45": a value, then where it starts.
            // ("Reach 82% completion on the setup flow, up from 61%": the measure between.)
            if (isNum(i) && !isWord(i - 1, "from")) {
                for (std::size_t j = i + 1; j < tokens_.count && j <= i + 9; ++j) {
                    if (isNum(j)) break;
                    if (!isWord(j, "from")) continue;
                    // Set off from the value ("65, up from 45", "65 (from 45)"): not "5
                    // engineers from 3 agencies".
                    if (!isWord(j - 1, "up") && !isWord(j - 1, "down") &&
                        tokens_.toks[j - 1].type != T::LParen &&
                        tokens_.toks[j - 1].type != T::Skip)
                        break;
                    const std::size_t x = skipSoft(j + 1);
                    if (!isNum(x)) break;
                    setBaseline(r, x);
                    setTarget(r, i);
                    r.fromTo = true;
                    return;
                }
            }
            // "to Y from X", "to Y, up from X", "to Y (from X today)": the target first.
            if (isWord(i, "to")) {
                Bound b = Bound::None;
                const std::size_t v = valueAt(i + 1, &b);
                if (v >= tokens_.count) continue;
                for (std::size_t j = v + 1; j < tokens_.count && j <= v + 4; ++j) {
                    if (!isWord(j, "from")) continue;
                    const std::size_t x = skipSoft(j + 1);
                    if (!isNum(x)) break;
                    setBaseline(r, x);
                    setTarget(r, v, b);
                    r.fromTo = true;
                    return;
                }
            }
        }
    }

    void band(KrSentence& r) {
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            std::size_t lo = tokens_.count, hi = tokens_.count;
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
            if (lo >= tokens_.count) continue;
            double a = tokens_.toks[lo].value, b = tokens_.toks[hi].value;
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
        for (std::size_t i = 0; i + 1 < tokens_.count; ++i) {
            // "(7 to 14)" after the measure: where it starts and where it should be.
            if (tokens_.toks[i].type == T::LParen && isNum(i + 1) && !used_[i + 1] &&
                (isWord(i + 2, "to") ||
                 (i + 2 < tokens_.count && tokens_.toks[i + 2].type == T::Arrow)) &&
                isNum(i + 3) && i + 4 < tokens_.count && tokens_.toks[i + 4].type == T::RParen) {
                setBaseline(r, i + 1);
                if (!r.target) setTarget(r, i + 3);
                return;
            }
            // "Half of clients attend a follow-up (from 20%)": where it starts, in brackets.
            if (tokens_.toks[i].type == T::LParen && isWord(i + 1, "from") && isNum(i + 2)) {
                setBaseline(r, i + 2);
                return;
            }
            // "(95% today)", "250 now": a value said to be today's.
            if (isNum(i) && !used_[i] && (isWord(i + 1, "today") || isWord(i + 1, "now"))) {
                setBaseline(r, i);
                return;
            }
        }
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!isWord(i, "baseline") && !isWord(i, "currently") && !isWord(i, "today")) continue;
            std::size_t j = i + 1;
            while (j < tokens_.count &&
                   (tokens_.toks[j].type == T::Colon || wordIn(j, "of|is|was|at")))
                ++j;
            if (isNum(j)) {
                setBaseline(r, j);
                return;
            }
        }
    }

    // The share named in words from token `i` on ("at least a fifth", "a third", "half"), or 0.
    double fractionAfter(std::size_t i) const {
        static const char* const kBounds[] = {"at",     "least",  "most",   "about",
                                              "around", "nearly", "almost", "roughly",
                                              "over",   "more",   "than",   "up"};
        for (std::size_t n = 0; n < 3 && i < tokens_.count; ++n) {
            bool bound = false;
            for (const char* b : kBounds) bound = bound || isWord(i, b);
            if (!bound) break;
            ++i;
        }
        if (isWord(i, "half")) return 0.5;
        // "two thirds", "three quarters", "two-fifths" (the lexer splits it at its hyphen): so
        // many parts.
        static const struct {
            const char* many;
            const char* parts;
            double share;
        } kMany[] = {{"two", "thirds", 2.0 / 3}, {"three", "quarters", 0.75},
                     {"two", "fifths", 0.4},     {"three", "fifths", 0.6},
                     {"four", "fifths", 0.8},    {"three", "tenths", 0.3}};
        for (const auto& m : kMany)
            if (isWord(i, m.many) && isWord(i + 1, m.parts)) return m.share;
        if (!isWord(i, "a") && !isWord(i, "one")) return 0;
        static const struct {
            const char* word;
            double share;
        } kParts[] = {{"half", 0.5},  {"third", 1.0 / 3}, {"quarter", 0.25},
                      {"fifth", 0.2}, {"tenth", 0.1},     {"sixth", 1.0 / 6}};
        for (const auto& p : kParts)
            if (isWord(i + 1, p.word)) return p.share;
        return 0;
    }

    // A share said in words as the level to reach: "Raise the subscription business to
    // two-fifths of total revenue", "… ownership to a quarter by 2022", "A quarter of our revenue
    // should be earned online" — a target in percent.
    void fractionTarget(KrSentence& r) {
        if (r.target || r.relativeChange || r.bandLow || r.bandHigh) return;
        // ("A quarter of …": the reading's first word is past the article.)
        const std::size_t start =
            first_ > 0 && (isWord(first_ - 1, "a") || isWord(first_ - 1, "one")) ? first_ - 1
                                                                                 : first_;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            const bool lead = i == start;
            if (!lead && !isWord(i, "to")) continue;
            const std::size_t from = lead ? i : i + 1;
            const double part = fractionAfter(from);
            if (part <= 0) continue;
            // Where the fraction's words end: "a quarter", "half", "two fifths", with bounds.
            std::size_t end = from;
            while (end < tokens_.count && end <= from + 5 && tokens_.toks[end].type == T::Word &&
                   !isWord(end, "of") &&
                   !(wordIn(end,
                            "half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|sixth")))
                ++end;
            ++end;
            // A share of a whole: said with "of"(not"of last year's level", a fraction of a
            // level) or alone before "by", "in", a date or the end — not an ordinal ("a third
            // city", "a third-party provider") nor a time ("a quarter of an hour", "to a
            // quarter", the period).
            const bool of = isWord(end, "of");
            if (of && (wordIn(end + 1, "last|this|the|its|current|today"))) continue;
            if (!of && (lead || (end < tokens_.count && !isWord(end, "by") && !isWord(end, "in") &&
                                 !isWord(end, "within") && !isWord(end, "before") &&
                                 tokens_.toks[end].type == T::Word)))
                continue;
            if (!of && end >= tokens_.count) continue;
            bool time = false;
            for (std::size_t k = from; k < tokens_.count && k <= end + 4; ++k)
                for (const char* u : {"hour", "hours", "day", "days", "week", "weeks", "month",
                                      "months", "year", "years", "mile", "miles", "century"})
                    time = time || isWord(k, u);
            if (time) continue;
            r.target = 100 * part;
            if (r.unit.empty()) r.unit = "%";
            return;
        }
    }

    // A number so many times over: "3x", "2.4x".
    static bool timesUnit(const Tok& t) { return t.unit && std::string_view(t.unit) == "x"; }
    // A comparative after it: "3x faster", "2x cheaper".
    bool comparativeAt(std::size_t i) const {
        if (i >= tokens_.count || tokens_.toks[i].type != T::Word) return false;
        const std::string_view w = text(tokens_.toks[i]);
        return w.size() > 3 && w.substr(w.size() - 2) == "er";
    }

    void relative(KrSentence& r) {
        const WordTable& words = defaultWordTable();
        const bool changeVerb = r.verbDirection.has_value() ||
                                (first_ < tokens_.count && tokens_.toks[first_].type == T::Word &&
                                 words.isWord(text(tokens_.toks[first_]), WordClass::GenericVerb));
        // "Double signups", "Sign-ups doubled"—|the|past|form|too;"Grow our online reach
        // fourfold", "a tenfold rise": a change so many times over (timesOver).
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            // "a workplace that doubles as a circle of friends": serving as, not a movement.
            if (isWord(i + 1, "as") && (wordIn(i, "double|doubles|doubling|doubled"))) continue;
            // "without doubling back", "double down on": a way of going, not twice as many.
            if (wordIn(i + 1, "back|down") && (wordIn(i, "double|doubles|doubling|doubled")))
                continue;
            if (tokens_.toks[i].type == T::Word)
                if (const double change = timesOver(text(tokens_.toks[i])); change > 0) {
                    r.relativeChange = change;
                    return;
                }
            // "by a factor of about four", "a factor of 3": so many times over (or under, with
            // a verb that lowers).
            if (isWord(i, "factor") && i > 0 && isWord(i - 1, "a") && isWord(i + 1, "of")) {
                std::size_t j = i + 2;
                while (j < tokens_.count &&
                       (wordIn(j, "about|around|roughly|nearly|at|least|some")))
                    ++j;
                static const char* const kTimes[] = {"two",   "three", "four", "five", "six",
                                                     "seven", "eight", "nine", "ten"};
                double times = 0;
                for (std::size_t w = 0; w < std::size(kTimes); ++w)
                    if (isWord(j, kTimes[w])) times = static_cast<double>(w + 2);
                if (isNum(j) && !tokens_.toks[j].percent && !tokens_.toks[j].currency) {
                    used_[j] = true;
                    times = tokens_.toks[j].value;
                }
                if (times > 1) {
                    r.relativeChange =
                        r.verbDirection == Direction::Decrease ? 1.0 / times - 1.0 : times - 1.0;
                    return;
                }
            }
            if (wordIn(i, "halve|halves|halving|halved")) {
                r.relativeChange = -0.5;
                return;
            }
            // "Cut support tickets in half", "Cut misdirected emails to half of last year's
            // count": a cut to half of today, with a verb that lowers.
            if (r.verbDirection == Direction::Decrease && isWord(i, "half") &&
                ((i > 0 && isWord(i - 1, "in")) ||
                 (i > 0 && isWord(i - 1, "to") && isWord(i + 1, "of") &&
                  (wordIn(i + 2, "last|today's|current|the|its|our"))))) {
                r.relativeChange = -0.5;
                return;
            }
            // "grow the company to four times its present size", "to 3 times the current
            // level": so many times what it is now.
            if (isWord(i + 1, "times") && changeVerb &&
                (wordIn(i + 2, "its|our|the|their|today's"))) {
                static const char* const kWords[] = {"two",   "three", "four", "five", "six",
                                                     "seven", "eight", "nine", "ten"};
                double times = 0;
                for (std::size_t w = 0; w < std::size(kWords); ++w)
                    if (isWord(i, kWords[w])) times = static_cast<double>(w + 2);
                if (isNum(i) && !tokens_.toks[i].unit && !tokens_.toks[i].percent &&
                    !tokens_.toks[i].currency && tokens_.toks[i].value > 1 &&
                    tokens_.toks[i].value <= 100) {
                    used_[i] = true;
                    times = tokens_.toks[i].value;
                }
                if (times > 1) {
                    r.relativeChange = times - 1.0;
                    return;
                }
            }
            // "Grow revenue 3x", "Ship improvements 3x faster": so many times over, with no
            // "by".
            if (isNum(i) && timesUnit(tokens_.toks[i]) && !used_[i] &&
                tokens_.toks[i].value > 1.0 && (changeVerb || comparativeAt(i + 1))) {
                used_[i] = true;
                r.relativeChange = tokens_.toks[i].value - 1.0;
                return;
            }
            // "A 25% rise in engagement", "Raise clicks 20% over last quarter", "40% more posts
            // than last quarter", "Lift readership 10% each month": a share of today's value.
            if (isNum(i) && tokens_.toks[i].percent && !used_[i]) {
                const bool rise = wordIn(i + 1, "rise|increase|growth|jump|lift|uplift|boost|gain");
                const bool drop = wordIn(i + 1, "drop|fall|cut|reduction|decrease|decline|dip");
                const bool last =
                    (wordIn(i + 1, "over|on|vs|versus|above") && wordIn(i + 2, "last|previous")) ||
                    (changeVerb && wordIn(i + 1, "each|every|per|a") &&
                     wordIn(i + 2, "month|week|quarter|year"));
                bool than = false;
                if (wordIn(i + 1, "more|fewer|less|higher|lower"))
                    for (std::size_t k = i + 2; k < tokens_.count && k <= i + 6 && !than; ++k)
                        than = isWord(k, "than") && wordIn(k + 1, "last|previous|before");
                if (rise || drop || last || than) {
                    used_[i] = true;
                    const bool down = drop || wordIn(i + 1, "fewer|less|lower") ||
                                      r.verbDirection == Direction::Decrease;
                    r.relativeChange =
                        (down ? -1.0 : 1.0) * std::fabs(tokens_.toks[i].value) / 100.0;
                    return;
                }
            }
            if (!isWord(i, "by")) continue;
            // "Repeat orders rise by a third", "Claims handled online grow by a quarter": the verb
            // of change just before "by", in a clause.
            const Tok* before =
                i > 0 && tokens_.toks[i - 1].type == T::Word ? &tokens_.toks[i - 1] : nullptr;
            const bool falls = before && words.isWord(text(*before), WordClass::DecreaseVerb);
            const bool moves =
                before && (falls || words.isWord(text(*before), WordClass::IncreaseVerb));
            if (!changeVerb && !moves) continue;
            const bool down = r.verbDirection ? r.verbDirection == Direction::Decrease : falls;
            // "by at least a fifth", "by a quarter", "by half": a fraction said in words.
            const double part = fractionAfter(i + 1);
            if (part > 0) {
                const double sign = down ? -1.0 : 1.0;
                r.relativeChange = sign * part;
                return;
            }
            std::size_t j = i + 1;
            if (j < tokens_.count && tokens_.toks[j].type == T::Plus) ++j;
            if (!isNum(j)) continue;
            const Tok& t = tokens_.toks[j];
            if (t.percent) {
                used_[j] = true;
                const double sign = down ? -1.0 : 1.0;
                r.relativeChange = sign * std::fabs(t.value) / 100.0;
                return;
            }
            if (timesUnit(t)) {
                used_[j] = true;
                r.relativeChange = t.value - 1.0;
                return;
            }
        }
    }

    // "Cut acquisition cost by 20% from $300", "from 1,200 by a quarter": a relative change and
    // where it starts, with no "to".
    void changeFrom(KrSentence& r) {
        if (!r.relativeChange || r.baseline) return;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!isWord(i, "from")) continue;
            const std::size_t x = skipSoft(i + 1);
            if (!isNum(x)) continue;
            // "Double research spending from 2021": since a year, not from a value.
            const Tok& t = tokens_.toks[x];
            if (!t.percent && !t.currency && !t.unit && t.value >= 1900 && t.value <= 2100 &&
                t.value == std::floor(t.value))
                continue;
            setBaseline(r, x);
            return;
        }
    }

    void toTarget(KrSentence& r) {
        if (targetTok_ < tokens_.count) return;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!isWord(i, "to")) continue;
            Bound b = Bound::None;
            const std::size_t v = valueAt(i + 1, &b);
            if (v < tokens_.count) {
                setTarget(r, v, b);
                return;
            }
        }
    }

    void leadingCount(KrSentence& r) {
        if (targetTok_ < tokens_.count || first_ >= tokens_.count ||
            tokens_.toks[first_].type != T::Word)
            return;
        // ("During 2026 we will …", "In 2027, …": when, not a count.)
        if (wordIn(first_, "during|in|by|until|since|before|after|throughout|for|from")) return;
        std::size_t j = first_ + 1;
        if (isWord(j, "and") && j + 1 < tokens_.count && tokens_.toks[j + 1].type == T::Word)
            j += 2;
        j = skipSoft(j);
        if (isNum(j)) setTarget(r, j);
    }

    void bounded(KrSentence& r) {
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            std::size_t next = i;
            negatedBound_ = false;
            const Bound b = boundAt(i, next);
            if (b == Bound::None) continue;
            // "over the past 3 months", "in the past year": a time looked back over, not a bar.
            if (isWord(i, "past") && (isWord(i - 1, "the") || isWord(i - 1, "for"))) continue;
            const std::size_t v = skipSoft(next);
            if (v < tokens_.count && v == targetTok_) {
                r.bound = b;
                if (negatedBound_) maintainBound_ = true;
                return;
            }
            if (targetTok_ >= tokens_.count && isNum(v)) {
                setTarget(r, v, b);
                if (negatedBound_) maintainBound_ = true;
                return;
            }
            if (negatedBound_ && targetTok_ >= tokens_.count) maintainBound_ = true;
        }
        negatedBound_ = false;
    }

    void ofTarget(KrSentence& r) {
        if (targetTok_ < tokens_.count) return;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!isWord(i, "of") && !isWord(i, "at") && !isWord(i, "reach") &&
                !isWord(i, "reaching") && !isWord(i, "hit") && !isWord(i, "achieve") &&
                !isWord(i, "achieving"))
                continue;
            const std::size_t v = valueAt(i + 1, nullptr);
            if (v < tokens_.count) {
                setTarget(r, v);
                return;
            }
        }
    }

    void lastResort(KrSentence& r) {
        if (targetTok_ < tokens_.count || r.bandLow) return;
        std::size_t found = tokens_.count;
        for (std::size_t i = 0; i < tokens_.count; ++i) {
            if (!isNum(i) || !(tokens_.toks[i].percent || tokens_.toks[i].currency)) continue;
            if (found < tokens_.count) return;  // two candidates: do not guess
            found = i;
        }
        if (found < tokens_.count) setTarget(r, found);
    }

    // ---- due date (sentence_dates.h) ------------------------------------------------------

    void dueDate(KrSentence& r) { r.due = sentence_internal::dueDate(tokens_, period_, used_); }

    // ---- result -----------------------------------------------------------------------------

    void unitOf(const Tok& t, std::string& out) const {
        if (t.percent) {
            out = "%";
        } else if (t.currency) {
            out = t.currency;
        } else {
            if (t.nounLen > 0) out.assign(tokens_.low + t.nounOff, t.nounLen);
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
        if (targetTok_ < tokens_.count) {
            unitOf(tokens_.toks[targetTok_], r.unit);
        }
        if (r.unit.empty() && baselineTok_ < tokens_.count)
            unitOf(tokens_.toks[baselineTok_], r.unit);
        if (r.unit.empty() && bandTok_ < tokens_.count) unitOf(tokens_.toks[bandTok_], r.unit);
        // "from 1.4s to 400ms": compare in the target's unit.
        if (r.baseline && targetTok_ < tokens_.count && baselineTok_ < tokens_.count) {
            const double a = secondsPer(tokens_.toks[baselineTok_].unit);
            const double b = secondsPer(tokens_.toks[targetTok_].unit);
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

    std::string_view text_;
    Period period_;
    Tokens tokens_;
    bool used_[kMaxTokens];
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

double timesOver(std::string_view word) noexcept {
    static const std::pair<const char*, double> kTimes[] = {
        {"double", 1.0},     {"doubling", 1.0},  {"doubled", 1.0},     {"doubles", 1.0},
        {"twofold", 1.0},    {"threefold", 2.0}, {"fourfold", 3.0},    {"fivefold", 4.0},
        {"tenfold", 9.0},    {"quadruple", 3.0}, {"quadrupling", 3.0}, {"quadrupled", 3.0},
        {"quadruples", 3.0}, {"triple", 2.0},    {"tripling", 2.0},    {"tripled", 2.0}};
    for (const auto& [w, change] : kTimes)
        if (sameIgnoringCase(word, w)) return change;
    return 0.0;
}

std::string offeredUnit(std::string_view title, const KrSentence& sentence,
                        std::string_view fieldUnit) {
    if (!sentence.unit.empty()) return sentence.unit;
    std::size_t start = 0;
    while (start < fieldUnit.size() && !std::isalpha(static_cast<unsigned char>(fieldUnit[start])))
        ++start;
    std::size_t end = start;
    while (end < fieldUnit.size() && std::isalpha(static_cast<unsigned char>(fieldUnit[end])))
        ++end;
    const std::string unitWord = lowerCase(fieldUnit.substr(start, end - start));
    if (unitWord.empty() || containsIgnoringCase(title, unitWord)) return std::string(fieldUnit);
    // The word after the first number ("35,000 people"), past its digits, commas and points.
    std::size_t i = 0;
    while (i < title.size() && !std::isdigit(static_cast<unsigned char>(title[i]))) ++i;
    while (i < title.size() && (std::isdigit(static_cast<unsigned char>(title[i])) ||
                                title[i] == ',' || title[i] == '.'))
        ++i;
    while (i < title.size() && title[i] == ' ') ++i;
    std::size_t j = i;
    while (j < title.size() && std::isalpha(static_cast<unsigned char>(title[j]))) ++j;
    const std::string next = lowerCase(title.substr(i, j - i));
    // (A small word after the number is the sentence going on: "from 12 to 4", "45 a month".)
    static const char* const kGoesOn[] = {"to",    "from", "by",     "in",     "on",    "at",
                                          "per",   "a",    "an",     "the",    "and",   "or",
                                          "of",    "for",  "within", "before", "after", "over",
                                          "under", "than", "each",   "every",  "this",  "next"};
    bool goesOn = next.empty();
    for (const char* w : kGoesOn) goesOn = goesOn || next == w;
    return goesOn ? std::string(fieldUnit) : std::string();
}

KrSentence parseKrSentence(std::string_view text, const SentenceContext& context) noexcept {
#if defined(__cpp_exceptions)
    try {
#endif
        Parser parser(text, context);
        return parser.run();
#if defined(__cpp_exceptions)
    } catch (...) {
        return KrSentence{};
    }
#endif
}

}  // namespace okr
