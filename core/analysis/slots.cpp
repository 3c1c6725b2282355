// The words a finding's rewrite puts in its slots ("Increase <what the posts should change> …"):
// the thing made, read from the title, and whether it can stand there at all; and the key
// results' rewrites built from them (KR-ACTIVITY's change slot, KR-VANITY's "what … should
// bring", KR-NO-TARGET's measure). Run only when a finding is written, so the browser build
// compiles this file for size (web/web.cmake).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include "analysis/checks.h"
#include "analysis/reading.h"
#include "model/text.h"

namespace okr::detail {

std::string thingOf(std::string_view text, TextSpan span) {
    // ("Run 8 lunch-and-learns": a word joined by hyphens is one, whichever part was read.)
    if (!span.empty() && span.end <= text.size()) {
        std::size_t begin = span.begin, end = span.end;
        while (begin > 0 && text[begin - 1] == '-') {
            const std::size_t space = text.rfind(' ', begin - 1);
            begin = space == std::string_view::npos ? 0 : space + 1;
        }
        while (end < text.size() && text[end] == '-')
            end = std::min(text.find(' ', end), text.size());
        span = TextSpan{static_cast<std::uint16_t>(begin), static_cast<std::uint16_t>(end)};
    }
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
    // ("Deploy 20 times per day": occasions counted are no thing made.)
    if (words.size() <= 2 && (sameIgnoringCase(words.word(words.size() - 1), "times") ||
                              sameIgnoringCase(words.word(words.size() - 1), "occasions")))
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
             {"that", "this", "forward", "worth", "ahead", "agree", "stuck", "one", "instant",
              "hard", "full", "first", "few", "calm", "almost", "sort", "stand", "round", "recover",
              "great", "everybody", "everyone", "clear", "carry", "talk", "all", "more", "less",
              "most", "best", "better", "same", "other", "own", "well", "fast", "together",
              "redrawn", "month", "week", "year", "day", "quarter", "time", "tens", "hundreds",
              "thousands", "millions", "dozens", "ready", "steps", "which", "what",
              // (phrasal verbs' second words: "take part", "get rid of", "take place"; a
              // sentence's label: "KR", "OKR")
              "part", "rid", "place", "care", "back", "kr", "okr", "krs"})
            if (w == not_thing) return false;
    }
    // ("the development team behind": a phrase cut before what its last word joins it to.)
    const ClassMask last = classes(words.size() - 1);
    if (words.size() > 1 && (last & joins) && !(last & nouns)) return false;
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
    // ("the number of sales presentations": what is counted is the thing.)
    if (at + 2 < words.size() && words.word(at + 1) == "of" &&
        (words.word(at) == "number" || words.word(at) == "count" || words.word(at) == "amount")) {
        head = at + 2;
        number = true;
    }
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
        // A capital on a word the table knows, or on one shaped like a common noun or a
        // participle ("Punctuality", "Detailed planning"): the sentence's own first letter,
        // not a name's.
        const std::string low = lowerCase(w);
        const auto endsIn = [&low](std::string_view tail) {
            return low.size() > tail.size() + 2 &&
                   std::string_view(low).substr(low.size() - tail.size()) == tail;
        };
        bool common = table.wordClasses(low) != 0;
        for (const char* tail :
             {"ity", "ness", "ment", "tion", "sion", "ance", "ence", "ing", "ed"})
            common = common || endsIn(tail);
        if (capitalOnly && common) {
            const std::size_t at0 = kept.offset(first);
            out[at0] = static_cast<char>(out[at0] - 'A' + 'a');
        }
    }
    return out;
}

namespace {

// A sentence as it reads inside another: its first letter lowered (not an acronym's: "NHS"),
// its closing marks dropped.
std::string clauseText(std::string_view text) {
    std::string out = withoutClosingMarks(text);
    if (out.size() > 1 && out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z'))
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// Where the sentence after "Make sure" or "Ensure (that)" starts ("Make sure staff know …":
// the staff), or npos.
std::size_t assuredAt(std::string_view title) {
    const std::string low = lowerCase(title);
    for (const char* lead : {"make sure that ", "make sure ", "ensure that ", "ensure "})
        if (low.rfind(lead, 0) == 0) return std::char_traits<char>::length(lead);
    return std::string_view::npos;
}

// A measure named with its direction first, "Fewer unplanned stops during upgrades", "More
// repeat buyers", as the movement to make: "Reduce unplanned stops during upgrades"; empty for
// any other opening.
std::string directionLed(std::string_view title) {
    const std::string text = trimmed(title);
    const std::size_t space = text.find(' ');
    if (space == std::string::npos || space + 1 >= text.size()) return {};
    const std::string lead = lowerCase(text.substr(0, space));
    std::string rest = text.substr(space + 1);
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.pop_back();
    if (lead == "fewer" || lead == "less" || lead == "lower") return "Reduce " + rest;
    // ("Higher quality videos": a comparative that modifies the next word is left alone.)
    if (lead == "more") return "Increase " + rest;
    return {};
}

// "Hit our financial targets", "Meet all our sales goals": targets met that the sentence does not
// name. The measure asked for, with their kind ("financial measure", "sales measure", "measure");
// empty when the sentence is something else.
std::string targetsMet(const std::string& verb, std::string_view rest) {
    const std::string v = lowerCase(verb);
    if (v != "hit" && v != "meet" && v != "achieve" && v != "reach" && v != "beat" && v != "exceed")
        return {};
    // (The words after the verb up to a time or a clause: "our targets" of "… this quarter".)
    std::string o = lowerCase(rest);
    for (const char* cut : {",", ".", " this ", " by ", " in ", " for ", " every ", " each "})
        o = o.substr(0, o.find(cut));
    const std::string_view last = lastWordOf(o);
    if (last != "targets" && last != "target" && last != "goals" && last != "objectives" &&
        last != "numbers" && last != "budget")
        return {};
    o.resize(o.size() - last.size());
    std::string kind;
    const WordText words(o);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words.word(i);
        if (w != "our" && w != "all" && w != "the" && w != "of" && w != "its" && w != "my")
            kind += std::string(w) + " ";
    }
    return kind + "measure";
}

}  // namespace

std::string formula(const std::string& what) {
    return "Increase <" + what + "> from <baseline> to <target> by <date>";
}

// The same, in the direction the sentence asks for: "Fewer handbook searches end without a
// click" asks to reduce, "Steady or falling cancellation rates" to keep a ceiling.
std::string formulaFor(std::string_view title, const std::string& what) {
    // (Only the words that open it, past a label: "Key Result 1: Fewer …", "Steady or falling
    // …" — a "less" further on says something else.)
    std::string low = lowerCase(title);
    if (const std::size_t colon = low.find(':'); colon != std::string::npos && colon < 16)
        low.erase(0, colon + 1);
    const WordText words(low);
    bool down = false, up = false, hold = false;
    for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
        const std::string_view w = words.word(i);
        // (Verbs that are other words too lead only as the first: "Tighter stories, cut
        // shorter" is no cut.)
        down = down || w == "fewer" || w == "less" || w == "reduce" || w == "reduced" ||
               w == "reduction" || w == "reducing" || w == "falling" || w == "falls" ||
               w == "drops" || w == "decrease" || w == "decline" || w == "declining" ||
               w == "minimise" || w == "minimize" ||
               (i == 0 && (w == "cut" || w == "lower" || w == "fall" || w == "drop" ||
                           w == "shrink" || w == "low"));
        up = up || w == "more" || w == "rising" || w == "rise" || w == "rises" || w == "grow" ||
             w == "grows" || w == "growing" || w == "increase" || w == "increasing" ||
             w == "higher" || w == "raise";
        hold = hold || w == "steady" || w == "stable" || w == "same" || w == "maintain" ||
               w == "sustain" || w == "holds" ||
               (w == "up" && i > 0 && words.word(i - 1) == "holds");
    }
    // ("Reduce <the handbook searches that end without a click>", not "the measure that shows
    // … changed"; "Keep <cancellation rates>", without the "steady or falling" it replaces.)
    std::string named = what;
    if ((down || hold) && !(up && !hold)) {
        const std::string shows = "the measure that shows ";
        if (named.rfind(shows, 0) == 0 && named.size() > shows.size() + 8 &&
            named.compare(named.size() - 8, 8, " changed") == 0)
            named = named.substr(shows.size(), named.size() - shows.size() - 8);
        for (bool more = true; more;) {
            more = false;
            for (const char* lead : {"steady ", "stable ", "or ", "falling ", "rising ", "fewer ",
                                     "low ", "lower ", "reduction in ", "the reduction in "}) {
                const std::string lowNamed = lowerCase(named);
                if (lowNamed.rfind(lead, 0) == 0 && named.size() > std::strlen(lead)) {
                    named.erase(0, std::strlen(lead));
                    more = true;
                }
            }
        }
    }
    if (hold && down && !up) return "Keep <" + named + "> at or below <level> through <date>";
    if (hold && up && !down) return "Keep <" + named + "> at or above <level> through <date>";
    if (down && !up) return "Reduce <" + named + "> from <baseline> to <target> by <date>";
    return formula(what);
}

std::string changeSlot(const WordTable& words, const std::string& what) {
    const std::size_t sp = what.rfind(' ');
    const std::string last = lowerCase(sp == std::string::npos ? what : what.substr(sp + 1));
    // (Places opened, "the restaurants", bring their sales; they do nothing differently.)
    static const char* const kPlaces[] = {"restaurants", "stores", "shops",   "branches",
                                          "outlets",     "cafes",  "clinics", "offices",
                                          "hotels",      "gyms",   "kiosks"};
    for (const char* place : kPlaces)
        if (last == place) return "what " + what + " should bring";
    const bool people = (words.wordClasses(last) & bit(WordClass::AgentNoun)) != 0;
    return "what " + what + (people ? " should do differently" : " should change");
}

std::string countedMeasure(const KrFacts& f, std::string& due) {
    const std::string_view title = f.kr->title;
    if (f.wording.form != Form::Imperative || f.wording.verbText.end >= title.size()) return {};
    std::string rest = withoutClosingMarks(trimmed(title.substr(f.wording.verbText.end)));
    const std::string lowRest = lowerCase(rest);
    bool measure = false;
    for (const char* opener :
         {"the share of ", "the number of ", "the count of ", "the percentage of ",
          "the proportion of ", "the rate of ", "the overall count of ", "the total number of "})
        measure = measure || lowRest.rfind(opener, 0) == 0;
    if (!measure) return {};
    // (The deadline it gives is kept: "… by June"; the change asked is not part of the measure:
    // "… up to the desired level", "… by 12%".)
    due = " by <date>";
    for (const char* cut : {" by ", " before ", " until ", " (", ", ", " in Q", " up to ",
                            " down to ", " wherever ", " so that ", " in order "})
        if (const std::size_t at = rest.find(cut); at != std::string::npos) {
            const std::string tail = rest.substr(at);
            const bool deadline =
                (std::strcmp(cut, " by ") == 0 || std::strcmp(cut, " before ") == 0 ||
                 std::strcmp(cut, " until ") == 0) &&
                tail.find_first_of("%$") == std::string::npos;
            if (f.sentence.due && deadline) due = tail;
            rest.erase(at);
        }
    std::string out = trimmed(f.wording.verbText.of(title)) + " " + rest;
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// "donor retention", "repeat purchase rate": a short name of a measure, nothing else.
bool namesMeasure(const WordTable& words, const std::string& what) {
    const WordText parts(lowerCase(what));
    if (parts.size() > 4) return false;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (isListedWord(parts.word(i), "the|a|of|from|for|to|with|by|in|on|at")) return false;
    return !parts.empty() &&
           (words.wordClasses(parts.word(parts.size() - 1)) & bit(WordClass::MetricNoun));
}

std::string measureRewrite(const WordTable& words, const KrFacts& f) {
    const KeyResult& k = *f.kr;
    std::string rewrite;
    // "Share of household waste sent for reuse", "Level of staff satisfaction with the rota":
    // the sentence names its measure already; only its numbers are missing.
    {
        std::string_view said = trimmedView(k.title);
        if (const std::size_t colon = said.find(": ");
            colon != std::string_view::npos && colon < 16)
            said = trimmedView(said.substr(colon + 2));
        const std::string low = lowerCase(said);
        for (const char* opener : {"share of ", "level of ", "degree of ", "proportion of ",
                                   "percentage of ", "% of ", "rate of ", "extent of "})
            if (low.rfind(opener, 0) == 0 && said.size() > std::strlen(opener) + 3 &&
                said.find(':') == std::string_view::npos) {
                std::string measure = withoutClosingMarks(said);
                measure[0] =
                    static_cast<char>(std::toupper(static_cast<unsigned char>(measure[0])));
                return measure + " from <baseline> to <target> by <date>";
            }
    }
    std::string due;
    if (const std::string measure = countedMeasure(f, due); !measure.empty())
        return measure + " from <baseline> to <target>" + due;
    std::string what = slotPhrase(words, thingOf(k.title, f.judgement.thing));
    // ("Make residents more conscious of hygiene": the residents, not "the residents more
    // conscious".)
    for (const char* degree : {" more ", " less "})
        if (const std::size_t at = what.find(degree); at != std::string::npos && at > 0)
            what.erase(at);
    // ("We don't want to be the biggest festival": a negated verb names no thing to measure.)
    if (what.rfind("n't ", 0) == 0 || what.rfind("not ", 0) == 0) what.clear();
    if (!standsAsThing(words, what)) what.clear();
    std::string verb = trimmed(f.wording.verbText.of(k.title));
    std::string object = trimmed(f.wording.object.of(k.title));
    // ("RAISE USE of the new study wing": a lead in capitals is said loudly, not a name; its
    // object too when it is a word the table knows, not an acronym such as "NPS".)
    const auto shouted = [](const std::string& part) {
        return part.size() > 3 &&
               std::none_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (shouted(verb)) {
        verb = lowerCase(verb);
        verb[0] = static_cast<char>(verb[0] - 'a' + 'A');
        if (std::none_of(object.begin(), object.end(),
                         [](char c) { return c >= 'a' && c <= 'z'; }) &&
            words.wordClasses(lowerCase(object)) != 0 &&
            !(words.wordClasses(lowerCase(object)) & bit(WordClass::MetricNoun)))
            object = lowerCase(object);
    }
    // ("Cut the number of release blockers we only find after shipping": the object runs on
    // through its clause.)
    const std::string_view lastOfObject = lastWordOf(object);
    for (const char* pronoun : {"we", "i", "you", "they"})
        if (sameIgnoringCase(lastOfObject, pronoun) && f.wording.object.end < k.title.size()) {
            object = withoutClosingMarks(
                trimmed(std::string_view(k.title).substr(f.wording.object.begin)));
            break;
        }
    // "Cut down false-positive alerts": the user's own movement, with its numbers asked
    // for ("Cut down false-positive alerts from <baseline> to <target> by <date>").
    // "Answer service calls promptly": the time and the share inside it asked for.
    if (f.wording.universal && !f.wording.none && !f.judgement.evidence.empty() &&
        f.wording.form != Form::Imperative) {
        // "Every caller gets friendly, helpful, efficient service": how many of them
        // are found so, by a survey or a check.
        // ("Every employee is committed to quality": one word found, the clause from its verb —
        // "the share of them who are committed to quality".)
        const std::string found = trimmed(f.judgement.evidence.of(k.title));
        if (found.find(' ') == std::string::npos &&
            (f.wording.form == Form::Clause || f.wording.form == Form::Done) &&
            f.wording.verbText.begin < k.title.size()) {
            std::string does =
                clauseText(std::string_view(k.title).substr(f.wording.verbText.begin));
            if (lowerCase(does).rfind("is ", 0) == 0) does.replace(0, 2, "are");
            rewrite =
                formulaFor(k.title, "the share of them who " + does + ", by a survey or a check");
        } else {
            rewrite =
                formulaFor(k.title, "the share of them with " + found + ", by a survey or a check");
        }
    } else if (f.judgement.timely && !f.judgement.evidence.empty()) {
        std::string asked = trimmed(f.judgement.evidence.of(k.title));
        if (!asked.empty() && asked[0] >= 'a' && asked[0] <= 'z')
            asked[0] = static_cast<char>(asked[0] - 'a' + 'A');
        rewrite = asked + " within <how long>, for <share>% of them, by <date>";
    } else if (f.judgement.habit && !f.judgement.evidence.empty()) {
        // "Speak German fluently": how fluently, as a number.
        const std::string adverb = lowerCase(f.judgement.evidence.of(k.title));
        const bool often = adverb == "regularly" || adverb == "often" || adverb == "frequently";
        rewrite = formulaFor(
            k.title, "how " + adverb +
                         (often ? ", as a count per week or month" : ", as a level or a score"));
    } else if (const std::string kind =
                   targetsMet(verb, f.wording.verbText.end < k.title.size()
                                        ? std::string_view(k.title).substr(f.wording.verbText.end)
                                        : std::string_view());
               !kind.empty()) {
        // "Hit our financial targets": which measures, with their numbers.
        rewrite = "Reach <which " + kind + ", e.g. revenue> from <baseline> to <target> by <date>";
    } else if (f.wording.form == Form::Imperative && f.wording.verb == VerbKind::Change &&
               !object.empty() &&
               (lowerCase(object).rfind("how ", 0) == 0 ||
                lowerCase(object).rfind("what ", 0) == 0)) {
        // "Raise how satisfied clients are": that, as a number.
        rewrite = formulaFor(k.title,
                             clauseText(std::string_view(k.title).substr(f.wording.object.begin)) +
                                 ", as a score or a share");
    } else if (f.wording.form == Form::Imperative && f.wording.verb == VerbKind::Change &&
               !verb.empty() && !object.empty() &&
               // ("GitHub stars: growing month on month": not "growing month from …".)
               !(verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ing") == 0)) {
        // ("Grow sales of the annual pass": what the measure is of goes with it.)
        const std::string low = lowerCase(k.title);
        const std::size_t of = f.wording.object.end;
        if (of < low.size() && low.compare(of, 4, " of ") == 0) {
            std::size_t end = low.size();
            for (const char* stop : {",", ";", ":", " (", " by ", " to ", " from ", " before ",
                                     " so ", " every ", " each "}) {
                std::size_t at = low.find(stop, of + 4);
                // ("families headed by women": "by" after a participle says by whom.)
                while (at != std::string::npos && std::string_view(stop) == " by " &&
                       low.compare(at - 2, 2, "ed") == 0)
                    at = low.find(stop, at + 1);
                end = std::min(end, at);
            }
            // ("… still open at each stable release": no preposition left hanging.)
            std::string_view tail = std::string_view(k.title).substr(of, end - of);
            while (!tail.empty() &&
                   isListedWord(lowerCase(lastWordOf(tail)), "at|in|on|for|with|of|the|a")) {
                tail.remove_suffix(lastWordOf(tail).size());
                while (!tail.empty() && tail.back() == ' ') tail.remove_suffix(1);
            }
            object += tail;
        }
        rewrite = verb + " " + object + " from <baseline> to <target> by <date>";
    }
    // A state said as a sentence of its own, with its subject whole ("% of service
    // requests resolved …" is not). People as the subject: the share of them who do it
    // ("the share of parents who come back to book …").
    else if (f.wording.form == Form::Clause && !f.wording.subject.empty() &&
             f.wording.subject.begin < k.title.size() &&
             !sameIgnoringCase(f.wording.subject.of(k.title), "we") &&
             (f.wording.subject.begin == k.title.find_first_not_of(" ", 0) ||
              f.wording.subject.begin == assuredAt(k.title))) {
        const TextSpan subject = f.wording.subject;
        const TextSpan verbText = f.wording.verbText;
        std::string who = clauseText(subject.of(k.title));
        // "Every caller gets …" names all of them already.
        const std::string lowWho = lowerCase(who);
        bool all = false;
        // "More leads generated": a count grown, not people who did something.
        for (const char* lead :
             {"every ", "each ", "all ", "no ", "none ", "more ", "fewer ", "less "})
            all = all || lowWho.rfind(lead, 0) == 0;
        // … and more than one of them ("the regional distributor" is one).
        const std::string_view last = lastWordOf(lowWho);
        const bool many = (last.size() > 2 && last.back() == 's' && last[last.size() - 2] != 's') ||
                          last == "staff" || last == "people" || last == "children";
        const bool people = (f.wording.headKind == HeadKind::Agent || f.wording.peopleSubject ||
                             f.wording.staffSubject) &&
                            !all && many && verbText.begin >= subject.end &&
                            verbText.begin < k.title.size();
        // Anything else: the measure of its subject ("Alert noise is reduced": the
        // measure that shows alert noise changed).
        // ("Customers pleased with every order": who are pleased.)
        std::string does = clauseText(k.title.substr(verbText.begin));
        const std::string first = lowerCase(does.substr(0, does.find(' ')));
        if (words.wordClasses(first) & bit(WordClass::FeelingWord)) does = "are " + does;
        // "More people know about our work": how many of them do.
        const bool morePeople =
            lowWho.rfind("more ", 0) == 0 && many &&
            (f.wording.headKind == HeadKind::Agent || f.wording.peopleSubject || last == "people");
        if (!people) who = slotPhrase(words, who);
        if (morePeople && who.rfind("the ", 0) == 0) who.erase(0, 4);
        rewrite = formulaFor(k.title, morePeople ? "the number of " + who + " who " + does
                                      : people   ? "the share of " + who + " who " + does
                                      : standsAsThing(words, who)
                                          ? "the measure that shows " + who + " changed"
                                          : "the measure that shows it");
    } else if (const std::string moved = directionLed(k.title); !moved.empty())
        rewrite = moved + " from <baseline> to <target> by <date>";
    // ("Donor retention improvement": the measure is named, only its numbers are missing.)
    else if (!what.empty() && namesMeasure(words, what))
        rewrite = formulaFor(k.title, what);
    else
        rewrite = formulaFor(k.title, what.empty() ? "the measure that shows it"
                                                   : "the measure that shows " + what + " changed");
    // ("KR5: reduce flaky tests": the rewrite is a sentence of its own, with its capital.)
    if (!rewrite.empty() && rewrite[0] >= 'a' && rewrite[0] <= 'z')
        rewrite[0] = static_cast<char>(rewrite[0] - 'a' + 'A');
    return rewrite;
}

VanitySlot vanitySlot(const WordTable& words, std::string found, std::string_view krTitle) {
    // "the 50,000 subscribers should bring" reads as a sum: the count's own number goes, and so
    // do "new" and "featured in" before what is counted.
    {
        std::string_view rest = found;
        bool afterNumber = false;
        // ("Reach 200,000 people": the verb the quote opens with goes too.)
        {
            const std::size_t sp = rest.find(' ');
            const std::string first = lowerCase(rest.substr(0, sp));
            if (sp != std::string_view::npos &&
                (first == "reach" || first == "get" || first == "hit" || first == "gain" ||
                 first == "attract" || first == "achieve" || first == "have" || first == "grow" ||
                 first == "draw" || first == "collect" || first == "pass" || first == "reaches" ||
                 first == "gets" || first == "hits"))
                rest.remove_prefix(sp + 1);
        }
        for (bool cut = true; cut;) {
            cut = false;
            const std::size_t sp = rest.find(' ');
            if (sp == std::string_view::npos) break;
            const std::string low = lowerCase(rest.substr(0, sp));
            const std::string_view word = low;
            // ("the 4 million mark", "Each weekly issue": the rewrite says "the" itself.)
            const bool number = word.find_first_of("0123456789") != std::string_view::npos ||
                                word == "million" || word == "thousand" || word == "billion";
            const bool determiner = word == "the" || word == "a" || word == "an" || word == "our" ||
                                    word == "each" || word == "every" || word == "my" ||
                                    word == "all";
            // ("80 to 250 shoppers": a range's "to" goes with its numbers.)
            const bool range = afterNumber && (word == "to" || word == "or" || word == "and");
            afterNumber = number;
            if (number || determiner || range || word == "new" || word == "more" ||
                word == "featured" || word == "in") {
                rest.remove_prefix(sp + 1);
                cut = true;
            }
        }
        if (!rest.empty() && rest.size() < found.size()) found = std::string(rest);
        found = slotPhrase(words, found);
        if (found.rfind("the ", 0) == 0) found.erase(0, 4);
    }
    // What the count should lead to, without offering the count itself ("Sign-ups" should not
    // bring "signups").
    const std::string low = lowerCase(found);
    const bool signups =
        low.find("sign") != std::string::npos || low.find("regist") != std::string::npos;
    // People through the door (a festival, a museum, a service) should come back and take part,
    // not sign up for a trial.
    bool crowd = false;
    for (const char* w :
         {"visit", "attend", "admission", "people", "spectator", "fan", "guest", "audience",
          "turnout", "footfall", "crowd", "entrant", "participant", "shopper", "diner", "goer"})
        crowd = crowd || low.find(w) != std::string::npos;
    // Engineering's own output (lines of code, commits, story points) should show in what the
    // software does for its users and its team, not in sign-ups.
    bool code = false;
    for (const char* w :
         {"code", "commit", "story point", "pull request", "merge request", "velocity"})
        code = code || low.find(w) != std::string::npos;
    VanitySlot slot;
    slot.produce = signups ? "activation, paid plans, revenue"
                   : crowd ? "return visits, spend per visit, memberships"
                   : code  ? "fewer defects, shorter lead time, features adopted"
                           : "signups, activation, revenue";
    std::string bring = signups ? "active users, paid plans, revenue"
                        : crowd ? "repeat visits, spend per visit, members"
                        : code  ? "fewer defects, shorter lead time, adoption"
                                : "trials, signups, revenue";
    // What the occasion is for, when the line names it: an open day brings applications, a gala
    // funds, a webinar or a conference leads, a public data portal reuse (a coach's review: a
    // trial was asked of a gala and of a ministry's portal).
    bool occasion = false;
    {
        const std::string title = lowerCase(krTitle);
        static const char* const kFor[][2] = {
            {"open day", "applications, offers accepted, enrolments"},
            {"open-day", "applications, offers accepted, enrolments"},
            {"gala", "funds raised, pledges, new donors"},
            {"appeal", "funds raised, pledges, new donors"},
            {"fundrais", "funds raised, pledges, new donors"},
            {"donat", "funds raised, pledges, new donors"},
            {"webinar", "qualified leads, demos booked, pipeline"},
            {"conference", "qualified leads, partnerships, pipeline"},
            {"trade show", "qualified leads, demos booked, pipeline"},
            {"open data", "datasets reused, applications built on them, questions answered"},
            {"portal", "tasks completed online, repeat use, calls avoided"}};
        for (const auto& [when, aim] : kFor)
            if (title.find(when) != std::string::npos && !code) {
                bring = aim;
                slot.produce = aim;
                occasion = true;
                break;
            }
    }
    // People a programme reaches should be better off, not bring anything.
    bool served = false;
    for (const char* w : {"famil", "household", "resident", "farmer", "children", "girls", "women",
                          "beneficiar", "pupil", "learner"})
        served = served || low.find(w) != std::string::npos;
    const std::string title = lowerCase(krTitle);
    served = served || title.find(" benefit") != std::string::npos ||
             title.find(" touched by ") != std::string::npos;
    slot.rewrite = served && !occasion
                       ? formula("what changes for the " + found + ": income, health, schooling")
                       : formula("what the " + found + " should bring: " + bring);
    slot.found = found;
    return slot;
}

}  // namespace okr::detail
