// The words a finding's rewrite puts in its slots ("Increase <what the posts should change> …"):
// the thing made, read from the title, and whether it can stand there at all. Run only when a
// finding is written, so the browser build compiles this file for size (web/web.cmake).
#include <algorithm>
#include <cctype>
#include <string>
#include "analysis/checks.h"
#include "model/text.h"

namespace okr::detail {

std::string thingOf(std::string_view text, TextSpan span) {
    std::string t = phraseText(span.of(text));
    const auto starts = [&t](const char* w) {
        const std::size_t n = std::char_traits<char>::length(w);
        if (t.size() <= n || t[n] != ' ') return false;
        for (std::size_t i = 0; i < n; ++i)
            if (asciiLower(t[i]) != w[i]) return false;
        return true;
    };
    if (starts("the")) return "the" + t.substr(3);
    // "6 workshops held": what should change is the workshops', not their number's.
    if (!t.empty() && std::isdigit(static_cast<unsigned char>(t[0]))) {
        const std::size_t space = t.find(' ');
        if (space != std::string::npos && t.find_first_not_of("0123456789,.+", 0) == space &&
            space + 1 < t.size() && std::islower(static_cast<unsigned char>(t[space + 1])))
            return "the " + t.substr(space + 1);
    }
    if (starts("a")) return "the" + t.substr(1);
    if (starts("an")) return "the" + t.substr(2);
    if (starts("our")) return "our" + t.substr(3);
    // "every flat", "their homes": a determiner of its own takes no "the".
    for (const char* det : {"every", "each", "all", "any", "my", "your", "their", "its", "his",
                            "her", "this", "these", "those", "some", "no"})
        if (starts(det)) return t;
    if (!t.empty() && t.back() == 's' && std::islower(static_cast<unsigned char>(t[0])))
        return "the " + t;
    return t;
}

bool standsAsThing(const WordTable& table, std::string_view what) {
    const WordText words(what);
    if (words.size() == 0) return false;
    const auto classes = [&](std::size_t i) { return table.wordClasses(lowerCase(words.word(i))); };
    const ClassMask joins = bit(WordClass::Preposition) | bit(WordClass::Conjunction);
    const ClassMask nouns = bit(WordClass::DeliverableNoun) | bit(WordClass::MetricNoun) |
                            bit(WordClass::AgentNoun) | bit(WordClass::VanityMetric) |
                            bit(WordClass::BinaryNoun) | bit(WordClass::AbstractNoun) |
                            bit(WordClass::TeamWord) | bit(WordClass::OrgNoun);
    const ClassMask verbs = bit(WordClass::ActivityVerb) | bit(WordClass::BuildVerb) |
                            bit(WordClass::GenericVerb) | bit(WordClass::AchieveVerb) |
                            bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb) |
                            bit(WordClass::LaunchVerb);
    // ("the in-app referral widget": a word joined by a hyphen is part of a compound.)
    const auto joined = [&](std::size_t i) {
        const std::size_t end = words.offset(i) + words.word(i).size();
        return end < what.size() && what[end] == '-';
    };
    const ClassMask first = classes(0);
    if ((first & joins) && !(first & bit(WordClass::Determiner)) && !joined(0)) return false;
    if (words.size() > 1 && (first & bit(WordClass::Determiner)) && (classes(1) & joins) &&
        !(classes(1) & nouns) && !joined(1))
        return false;
    // ("We have set …", "I also want …": a pronoun is the doer, not the thing done.)
    for (const char* pronoun : {"we", "i", "you", "they", "he", "she", "it", "us"})
        if (sameIgnoringCase(words.word(0), pronoun)) return false;
    // One word after its determiner must read as a noun: not an adverb ("jointly", "almost"), a
    // participle or a compound adjective ("planned", "grant-funded", "two-year"), a number or a
    // quotation's first word, nor one of the common words that are seldom a thing made.
    const std::size_t lone = (first & bit(WordClass::Determiner)) ? 1 : 0;
    const std::string_view rest =
        trimmedView(lone == 0 || lone >= words.size() ? what : what.substr(words.offset(lone)));
    if (lone < words.size() && !rest.empty() && rest.find(' ') == std::string_view::npos) {
        if (!std::isalpha(static_cast<unsigned char>(rest[0]))) return false;
        const std::string w = lowerCase(rest);
        const auto endsWith = [&w](std::string_view tail) {
            return w.size() >= tail.size() + 2 &&
                   std::string_view(w).substr(w.size() - tail.size()) == tail;
        };
        if (endsWith("ly") || (endsWith("ed") && !endsWith("eed"))) return false;
        // ("two-year", "all-round", "home-grown": a compound that describes; "write-up",
        // "check-in" are things.)
        const std::size_t hyphen = w.rfind('-');
        if (hyphen != std::string::npos) {
            const std::string_view before = std::string_view(w).substr(0, w.find('-'));
            const std::string_view after = std::string_view(w).substr(hyphen + 1);
            if ((table.wordClasses(before) & bit(WordClass::NumberWord)) ||
                std::isdigit(static_cast<unsigned char>(before.empty() ? 'x' : before[0])))
                return false;
            for (const char* tail : {"round", "grown", "year", "month", "week", "day", "time",
                                     "based", "wide", "led", "made", "free"})
                if (after == tail) return false;
        }
        for (const char* not_thing :
             {"that",     "this",     "forward", "worth",    "ahead",     "agree",    "stuck",
              "one",      "instant",  "hard",    "full",     "first",     "few",      "calm",
              "almost",   "sort",     "stand",   "round",    "recover",   "great",    "everybody",
              "everyone", "clear",    "carry",   "talk",     "all",       "more",     "less",
              "most",     "best",     "better",  "same",     "other",     "own",      "well",
              "fast",     "together", "redrawn", "month",    "week",      "year",     "day",
              "quarter",  "time",     "tens",    "hundreds", "thousands", "millions", "dozens"})
            if (w == not_thing) return false;
    }
    if (words.size() == 1) {
        const std::string w = lowerCase(words.word(0));
        if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !(first & nouns))
            return false;
        if ((first & verbs) && !(first & nouns)) return false;
        if (w == "where" || w == "up" || w == "right" || w == "here" || w == "there") return false;
    }
    return true;
}

std::string slotPhrase(const WordTable& table, std::string_view what) {
    const WordText words(what);
    std::size_t at = 0;
    if (words.size() > 0 && sameIgnoringCase(words.word(0), "the")) at = 1;
    std::size_t head = at;
    bool number = false;
    while (head + 1 < words.size()) {
        const std::string w = lowerCase(words.word(head));
        // ("the three-year plan", "a one-page site": a number joined by a hyphen stays.)
        const std::size_t end = words.offset(head) + words.word(head).size();
        if (end < what.size() && what[end] == '-') break;
        // (A figure whole, followed by a space: not the "10" of "10,000-visitor".)
        const auto numeric = [&](std::size_t i) {
            const std::string_view word = words.word(i);
            const std::size_t after = words.offset(i) + word.size();
            return !word.empty() && word.find_first_not_of("0123456789") == std::string::npos &&
                   (after >= what.size() || what[after] == ' ');
        };
        const bool isNumber = (table.wordClasses(w) & bit(WordClass::NumberWord)) != 0 ||
                              w == "million" || w == "thousand" || w == "billion" ||
                              w == "hundred" || w == "dozen" || numeric(head) || w == "tens" ||
                              w == "hundreds" || w == "thousands" || w == "millions" ||
                              w == "billions" || w == "dozens";
        // ("60 to 75 calls", read from its "to" on: the range's join goes with its numbers.)
        // ("tens of thousands of fans": "of" after a number in words goes with it.)
        const bool joins =
            ((number || numeric(head + 1)) && (w == "to" || w == "or" || w == "and")) ||
            (number && w == "of");
        // ("the more members", "a larger share": the direction is the rewrite's own.)
        const bool direction = w == "more" || w == "fewer" || w == "less" || w == "larger" ||
                               w == "bigger" || w == "greater" || w == "higher" || w == "lower" ||
                               w == "better" || w == "stronger" || w == "clearer" ||
                               w == "closer" || w == "deeper" || w == "wider" || w == "broader" ||
                               w == "easier";
        if (!isNumber && !joins && !direction) break;
        number = number || direction;
        number = number || isNumber;
        ++head;
    }
    std::string out =
        number ? "the " + std::string(what.substr(words.offset(head))) : std::string(what);
    const WordText kept(out);
    const std::size_t first = kept.size() > 0 && sameIgnoringCase(kept.word(0), "the") ? 1 : 0;
    if (first < kept.size()) {
        // (WordText's words are lowered: the capital is read from the phrase itself.)
        const std::string_view w =
            std::string_view(out).substr(kept.offset(first), kept.word(first).size());
        const bool capitalOnly =
            w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' &&
            std::none_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        if (capitalOnly && table.wordClasses(lowerCase(w)) != 0) {
            const std::size_t at0 = kept.offset(first);
            out[at0] = static_cast<char>(out[at0] - 'A' + 'a');
        }
    }
    return out;
}

}  // namespace okr::detail
