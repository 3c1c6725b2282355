// The verdicts on an objective's or a key result's wording; see judgement.h.
#include "analysis/judgement.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>

#include "analysis/learned.h"

namespace okr {

namespace {

TextSpan join(TextSpan a, TextSpan b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    TextSpan s;
    s.begin = a.begin < b.begin ? a.begin : b.begin;
    s.end = a.end > b.end ? a.end : b.end;
    return s;
}

bool inside(TextSpan inner, TextSpan outer) {
    return !inner.empty() && !outer.empty() && inner.begin >= outer.begin && inner.end <= outer.end;
}

bool asciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `text` holds `word` (lower case) as a whole word, in any case.
bool containsWord(std::string_view text, std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        if (asciiLower(text[i]) != word[0]) continue;
        if (i > 0 && asciiAlpha(text[i - 1])) continue;
        const std::size_t end = i + word.size();
        if (end < text.size() && asciiAlpha(text[end])) continue;
        bool same = true;
        for (std::size_t k = 1; k < word.size() && same; ++k)
            same = asciiLower(text[i + k]) == word[k];
        if (same) return true;
    }
    return false;
}

// Whether `text` holds any of `words` (lower case) as a whole word.
bool containsAnyWord(std::string_view text, std::initializer_list<std::string_view> words) {
    for (const std::string_view w : words)
        if (containsWord(text, w)) return true;
    return false;
}

// The same with `words` given as one list split by '|' ("love|likes|go viral"): the list is data,
// where an initializer list is built by code at each call.
bool containsListedWord(std::string_view text, const char* words) {
    for (const char* w = words; *w;) {
        const char* end = w;
        while (*end && *end != '|') ++end;
        if (end > w && containsWord(text, std::string_view(w, static_cast<std::size_t>(end - w))))
            return true;
        w = *end ? end + 1 : end;
    }
    return false;
}

// Whether a single word (lower case) is of word class `c`.
bool wordIs(std::string_view lowWord, WordClass c) { return defaultWordTable().isWord(lowWord, c); }

// Whether any word of `text` is of word class `c`.
bool anyWordIs(std::string_view text, WordClass c) {
    const WordText words(text);
    for (std::size_t i = 0; i < words.size(); ++i)
        if (wordIs(words.word(i), c)) return true;
    return false;
}

// Whether `text` holds a word or phrase of word class `c`: "by phone", "face-to-face".
bool hasPhrase(std::string_view text, WordClass c) {
    return static_cast<bool>(defaultWordTable().find(WordText(text), c));
}

// A comparative by its shape: "more", "less", or a word in "-er" that is not one of the common
// words ending so ("over", "order", "water").
bool comparativeShape(std::string_view w) {
    return w == "more" || w == "less" ||
           (w.size() > 4 && w.substr(w.size() - 2) == "er" &&
            !containsListedWord(w, "over|under|after|offer|order|paper|water|other|power"));
}

// A share written out ("90 per cent", "40 percent") is a share as "90%" is.
bool sharePercent(std::string_view text) {
    return text.find('%') != std::string_view::npos ||
           text.find(" per cent") != std::string_view::npos ||
           text.find(" percent") != std::string_view::npos;
}

// Whether the last word of `head` (a noun phrase) is of word class `c`.
bool lastWordIs(std::string_view head, WordClass c) {
    return wordIs(lowerCase(lastWordOf(head)), c);
}

// Whether a word is all digits: "2500", the "500" of "2,500".
bool isDigits(std::string_view word) {
    for (const char c : word)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !word.empty();
}

// A past participle of an attention verb: "downloaded", "watched", "seen", "read".
bool attentionParticiple(std::string_view word) {
    const bool participle = (word.size() > 4 && word.substr(word.size() - 2) == "ed") ||
                            word == "seen" || word == "read";
    return participle && wordIs(word, WordClass::AttentionVerb);
}

// Whether `text` ends with `tail`, any marks after it aside: "… easy for all.".
bool endsWithText(std::string_view text, std::string_view tail) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.back() == '!'))
        text.remove_suffix(1);
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

// The first word of a text (letters and hyphens), after any leading spaces.
std::string_view firstWordOf(std::string_view text) {
    std::size_t a = 0;
    while (a < text.size() && !std::isalpha(static_cast<unsigned char>(text[a]))) ++a;
    std::size_t b = a;
    while (b < text.size() && (std::isalpha(static_cast<unsigned char>(text[b])) || text[b] == '-'))
        ++b;
    return text.substr(a, b - a);
}

// What follows a team's name says what it is like or does: "… with deep product knowledge",
// "… that closes mid-market deals", "… who answer in an hour".
bool describesTeam(std::string_view after) {
    // … or how it is set up for its work: "… organised for dependable releases", "… equipped to
    // answer every call".
    return containsListedWord(
        after, "with|that|who|which|able|organised|organized|equipped|staffed|structured|ready");
}

// A value with % or a currency outside the span: the sentence measures something besides it
// ("Deploy the churn model …; achieve 75% precision").
bool measuredBeside(std::string_view text, TextSpan span) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        // ("at 90 per cent of test centres": a share written out.)
        const bool percent =
            text[i] == '%' ||
            ((text[i] == ' ' && i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
              (text.compare(i, 9, " per cent") == 0 || text.compare(i, 8, " percent") == 0)));
        const bool money = text[i] == '$';
        if (!percent && !money) continue;
        if (i >= span.begin && i < span.end + 1u) continue;
        return true;
    }
    return false;
}

// The verb and what it governs, as the evidence of work: "Hold 12 webinars", "Launch referral
// programme".
TextSpan workSpan(const Wording& r) {
    TextSpan s = join(r.verbText, r.counted.empty() ? r.head : r.counted);
    if (r.form == Form::Done) s = join(r.subject.empty() ? r.head : r.subject, r.verbText);
    // "Mobile wallet": the thing named, all of it, not its last word.
    if (r.form == Form::NounPhrase && r.counted.empty() && !r.object.empty()) s = r.object;
    return s;
}

// The first value number of a text with its sign, currency and percent: "$2M", "80", "4.4/5".
TextSpan numberSpan(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !(text[i] >= '0' && text[i] <= '9')) ++i;
    if (i == text.size() || i > 0xFFFF) return {};
    std::size_t begin = i;
    if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '+')) --begin;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.' ||
                               text[i] == ',' || text[i] == '/' || text[i] == '%'))
        ++i;
    while (i > begin && (text[i - 1] == '.' || text[i - 1] == ',')) --i;
    TextSpan s;
    s.begin = static_cast<std::uint16_t>(begin);
    s.end = static_cast<std::uint16_t>(std::min<std::size_t>(i, 0xFFFF));
    return s;
}

// Where the words of `text` end before `end`, full stops and spaces after them left out.
std::size_t wordsEnd(std::string_view text, std::size_t begin, std::size_t end) {
    while (end > begin && (text[end - 1] == '.' || text[end - 1] == ' ')) --end;
    return end;
}

// A level of a count named as a mark to pass: "Pass the 250-member mark" — no event.
bool countMark(std::string_view title, const Wording& r) {
    const std::string_view object = r.object.of(title);
    return containsListedWord(lastWordOf(r.head.of(title)), "mark|milestone|barrier|threshold") &&
           object.find_first_of("0123456789") != std::string_view::npos;
}

// An instruction to win, sign, close or pass one thing: the verb is one of an event's and its
// object is a single thing ("a", "an", "one", or "the" before a noun that is not plural) that is
// not a measure, people or an abstraction.
bool eventWon(std::string_view title, const Wording& r) {
    if (r.form != Form::Imperative || r.object.empty() || r.verbText.empty()) return false;
    const okr::WordText verb(r.verbText.of(title));
    if (verb.empty()) return false;
    const std::string_view v = verb.word(0);
    if (!wordIs(v, WordClass::GainVerb) && v != "sign" && v != "close" && v != "pass") return false;
    const okr::WordText object(r.object.of(title));
    if (object.empty()) return false;
    // "Win first place in the idea contest": a place given.
    if (sameIgnoringCase(object.word(0), "first") && object.size() >= 2 &&
        (sameIgnoringCase(object.word(1), "place") || sameIgnoringCase(object.word(1), "prize")))
        return true;
    // "Sign with a literary agent", "Sign with a label": one agreement, whoever it is with.
    if (sameIgnoringCase(v, "sign") && object.size() >= 2 &&
        sameIgnoringCase(object.word(0), "with") &&
        (sameIgnoringCase(object.word(1), "a") || sameIgnoringCase(object.word(1), "an")))
        return true;
    if (r.headKind == HeadKind::Metric || r.headKind == HeadKind::Agent ||
        r.headKind == HeadKind::Abstract || r.headKind == HeadKind::Vanity)
        return false;
    const std::string_view first = object.word(0);
    // "Pass my thesis viva", "Win our first tender": one of ours, decided by others.
    if (first == "a" || first == "an" || first == "one" || first == "my" || first == "our")
        return true;
    if (first != "the") return false;
    const std::string_view head = r.head.of(title);
    if (countMark(title, r)) return false;
    // "Pass the Google Cloud Architect and DevOps Engineer exams": each passed or not.
    if (v == "pass" &&
        containsListedWord(lastWordOf(head),
                           "exams|examinations|tests|assessments|audits|inspections"))
        return true;
    return !head.empty() &&
           (head.back() != 's' || (head.size() > 1 && head[head.size() - 2] == 's'));
}

// A qualifier that names the whole field, not whom or where: "on the market", "in our industry",
// "across the sector", "in the world" (lower-cased).
bool wholeField(std::string_view lowQualifier) {
    const std::size_t space = lowQualifier.find(' ');
    if (space == std::string_view::npos) return false;
    std::string_view rest = lowQualifier.substr(space + 1);
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
    for (const char* field : {"the market", "the marketplace", "our market", "our markets",
                              "the industry", "our industry", "the sector", "our sector",
                              "the world", "the world stage", "the global market"})
        if (rest == field) return true;
    return false;
}

// Work named as a noun ("the relaunch of …", "construction of …", "setup of …"), lower-cased.
bool workNoun(std::string_view lowWord) {
    for (const char* w :
         {"relaunch",       "launch",         "redesign",      "rollout",        "overhaul",
          "rebuild",        "revamp",         "refresh",       "migration",      "rewrite",
          "revision",       "completion",     "creation",      "implementation", "introduction",
          "publication",    "drafting",       "production",    "establishment",  "delivery",
          "development",    "construction",   "building",      "refurbishment",  "renovation",
          "redevelopment",  "replacement",    "installation",  "upgrade",        "design",
          "setup",          "relocation",     "digitisation",  "digitization",   "digitalisation",
          "digitalization", "refinement",     "restructuring", "modernisation",  "modernization",
          "reorganisation", "reorganization", "automation",    "consolidation",  "review",
          "realisation",    "realization",    "roll-out",      "deployment",     "integration"})
        if (lowWord == w) return true;
    return false;
}

// Another body's verdict named anywhere in the sentence: a verb of winning or being granted
// ("win", "secure", "pass", "admits", "approves", "judged") with a verdict noun (an award, an
// assessment, a classification, a tier), or a verdict said of us ("accepted", "selected").
bool verdictGiven(std::string_view title, std::string_view low, const Wording& r) {
    // An outside body as the subject, giving its verdict: "Independent auditor issues our SOC 2
    // report", "The notified body accepts the technical file".
    if (r.form == Form::Clause && anyWordIs(r.subject.of(title), WordClass::OutsideBody) &&
        containsListedWord(
            r.verbText.of(title),
            "issues|grants|approves|accepts|certifies|confirms|clears|lists|admits|selects|awards|"
            "renews|signs|issue|grant|approve|accept|certify|confirm|sign|reaffirms|validates|"
            "ratifies|recertifies|reaccredits|rates|grades|rate|grade"))
        return true;
    // … or named after the verdict it gave: "SOC 2 Type II report issued by our auditor".
    if (r.form == Form::Done && r.verbText.end < low.size() &&
        containsListedWord(r.verbText.of(low), "issued|granted|signed|confirmed")) {
        const std::string_view after = low.substr(r.verbText.end);
        const std::size_t by = after.find(" by ");
        if (by != std::string_view::npos && by < 3 &&
            anyWordIs(after.substr(by + 4), WordClass::OutsideBody))
            return true;
    }
    // … not a measure of such verdicts: "Group formation rate (share of invites accepted)".
    const std::string_view headLast = lastWordOf(r.head.of(low));
    const bool rateOf = r.headKind == HeadKind::Metric &&
                        (headLast == "rate" || headLast == "ratio" || headLast == "share" ||
                         low.find("share of ") != std::string_view::npos);
    if (!rateOf &&
        containsListedWord(title,
                           "accepted|admitted|selected|shortlisted|approved|certified|accredited|"
                           "awarded|judged|picked|ratified|endorsed|selects|admits|accepts|"
                           "promoted|graduated|graduation|graduates|incubation|listed|delisted|"
                           "recertified|reaccredited|ratify|ratifies|upstreamed|graded"))
        return true;
    // Entered on a register an outside body keeps: "Both children are registered with the
    // Danish authorities".
    if (low.find(" registered with ") != std::string_view::npos &&
        anyWordIs(low, WordClass::OutsideBody))
        return true;
    // Our work taken in by a project we do not run: "Our driver is merged into the Linux kernel",
    // "… lands in mainline during the merge window".
    // Someone else's yes: "A Debian Developer agrees to sponsor our upload", "Leadership signs
    // off the roadmap".
    if (low.find(" agrees to ") != std::string_view::npos ||
        low.find(" sign off ") != std::string_view::npos ||
        low.find(" signs off ") != std::string_view::npos ||
        low.find(" signed off ") != std::string_view::npos)
        return true;
    if (low.find(" merged into ") != std::string_view::npos ||
        low.find(" lands in ") != std::string_view::npos ||
        low.find(" accepted upstream") != std::string_view::npos)
        return true;
    return (r.classes & bit(WordClass::BinaryNoun)) &&
           ((r.classes & bit(WordClass::GainVerb)) ||
            containsListedWord(title,
                               "pass|passes|keep|keeps|retain|admits|approves|grants|awards|"
                               "through|renew|renews|renewed|maintain"));
}

// A place won in something others run: "Secure a place for the startup in a Lisbon tech hub",
// "Win a spot on the accelerator's spring cohort", "Become a full member of the library network",
// "Be named a Leader in the analysts' quadrant".
bool admission(std::string_view low, const Wording& r) {
    if (r.anyNumber) return false;
    // "Be named a Leader in the analysts' quadrant": a place on someone else's list.
    for (const char* named : {"be named ", "is named ", "are named ", "get named ", "gets named "})
        if (low.find(named) != std::string_view::npos) return true;
    if (low.rfind("named ", 0) == 0 || low.rfind("named as ", 0) == 0) return true;
    const WordText w(low);
    for (std::size_t i = 0; i + 2 < w.size(); ++i) {
        const std::string_view v = w.word(i);
        // Another body's verdict that a thing of ours wins: "The youth section gains the RFU
        // Seal of Approval", "The club receives its reaccreditation" (not what people get).
        if (r.form == Form::Clause && !r.peopleSubject && i > 0 && v.back() == 's' &&
            wordIs(v, WordClass::GainVerb) &&
            hasPhrase(low.substr(w.offset(i + 1)), WordClass::BinaryNoun))
            return true;
        if (wordIs(v, WordClass::GainVerb) && (w.word(i + 1) == "a" || w.word(i + 1) == "our") &&
            (w.word(i + 2) == "place" || w.word(i + 2) == "spot" || w.word(i + 2) == "seat" ||
             w.word(i + 2) == "slot" || w.word(i + 2) == "berth"))
            return true;
        if ((v == "become" || v == "becomes" || v == "being" || (v == "be" && i == 0)) &&
            (w.word(i + 1) == "a" || w.word(i + 1) == "an")) {
            std::size_t k = i + 2;
            while (k < w.size() && w.word(k) != "member" && k < i + 5) ++k;
            if (k + 1 < w.size() && w.word(k) == "member" && w.word(k + 1) == "of") return true;
            // "Become an official AWS partner", "become a certified reseller": a status granted.
            const std::string_view status = w.word(i + 2);
            if (i + 3 < w.size() &&
                (status == "official" || status == "certified" || status == "accredited" ||
                 status == "registered" || status == "approved" || status == "recognised" ||
                 status == "recognized" || status == "preferred"))
                return true;
        }
    }
    return false;
}

// A funding close, however much it brings: "Secure $90,000 in fresh funding", "Close the seed
// round with $1.5M committed", "1.5–2.5 million raised at a pre-seed valuation" — one event others
// decide, done or not done, where the sum is a condition of the event rather than a level to move.
// Money counted over time ("grant income", "donations per month") or moved from one level to
// another ("from €6m to €15m") is a measure.
bool fundingClosed(std::string_view low, const Wording& r, const KrSentence& s) {
    if (s.fromTo || s.baseline || s.relativeChange) return false;
    const bool funding = (r.classes & bit(WordClass::FundingNoun)) ||
                         low.find("series a") != std::string_view::npos ||
                         low.find("series b") != std::string_view::npos;
    if (!funding) return false;
    const bool closed =
        (r.classes & bit(WordClass::GainVerb)) ||
        containsListedWord(low,
                           "raise|raised|raises|close|closed|closes|awarded|commitment|committed");
    return closed &&
           !containsListedWord(
               low, "income|revenue|donations|monthly|annual|annually|yearly|per|each|every");
}

// The word a band is named by: "within healthy limits", "in the target range".
bool bandWord(std::string_view word) {
    return containsListedWord(word, "limits|range|ranges|levels|band|bounds|zone");
}

// A measure held in a band named in words: "Air quality index in the good or moderate band on
// every day of the year", "Keep blood pressure within healthy limits" — the band is the target.
bool namedBand(std::string_view low, const Wording& r) {
    const std::string_view qualifierLow = r.qualifier.of(low);
    const bool band =
        (qualifierLow.rfind("in the ", 0) == 0 || qualifierLow.rfind("within ", 0) == 0) &&
        bandWord(lastWordOf(qualifierLow));
    return band && !r.anyNumber && (r.form == Form::NounPhrase || r.verb == VerbKind::Maintain) &&
           r.headKind != HeadKind::Deliverable && r.headKind != HeadKind::Binary;
}

// A financial state reached or kept: "Cash-flow positive by the ninth month", "Become profitable
// by Q4", "Stay profitable" — a yes-or-no reading of the accounts, a target in itself.
bool financialState(std::string_view low, const Wording& r) {
    const bool named = r.form == Form::NounPhrase ||
                       (r.form == Form::Imperative &&
                        (r.verb == VerbKind::Achieve || r.verb == VerbKind::Generic ||
                         r.verb == VerbKind::Maintain));
    // "The recipe blog pays for itself", "income at least covers the show's hosting costs": the
    // costs covered, the same reading of the accounts.
    if (!r.anyNumber &&
        (low.find("pays for itself") != std::string_view::npos ||
         // "Cover our costs on the coming investor showcase": break even.
         (r.form == Form::Imperative && firstWordOf(r.verbText.of(low)) == "cover" &&
          containsListedWord(low, "costs|cost|expenses")) ||
         low.find("pay for itself") != std::string_view::npos ||
         low.find("pays its way") != std::string_view::npos ||
         // "Turn a profit in every country we operate in", "Be in the black by Q4".
         low.find("turn a profit") != std::string_view::npos ||
         low.find("in the black") != std::string_view::npos ||
         // "Finish the year at break-even", "Close the quarter at breakeven".
         low.find(" at break-even") != std::string_view::npos ||
         low.find(" at breakeven") != std::string_view::npos ||
         low.find(" at break even") != std::string_view::npos ||
         // "Break even in current cost terms", "Financial: break even on an accruals basis".
         low.rfind("break even", 0) == 0 || low.rfind("breakeven", 0) == 0 ||
         low.find(": break even") != std::string_view::npos ||
         low.find(") break even") != std::string_view::npos ||
         ((low.find(" covers ") != std::string_view::npos ||
           low.find(" cover ") != std::string_view::npos) &&
          containsListedWord(low, "costs|cost|expenses|overheads") &&
          containsListedWord(low, "income|revenue|sales|sponsorship|donations|fees|takings"))))
        return true;
    const TextSpan last = r.form == Form::NounPhrase ? r.head : r.object;
    return named && !last.empty() && !r.anyNumber &&
           containsListedWord(lastWordOf(last.of(low)),
                              "positive|profitable|breakeven|break-even|solvent|debt-free|self-"
                              "funding|self-sustaining");
}

// A named level reached: "Platforms reach the DORA 'elite' level", "An A rating for the portal
// is reached" — the level is the target, checked against an outside scale, not a direction.
// People counted who pay or come back, not an audience: "paying members", "active users", and
// subscribers to a service they pay for ("18,000 fibre subscribers").
bool paidFor(std::string_view text) {
    return containsListedWord(text, "paying|paid|active|returning") ||
           // A newspaper's "digital subscribers" pay for it.
           (containsListedWord(text,
                               "fibre|fiber|broadband|mobile|phone|internet|electricity|energy|"
                               "water|insurance|digital") &&
            containsListedWord(
                text, "subscribers|subscriptions|customers|connections|households|policyholders"));
}

bool namedLevelReached(std::string_view title) {
    // The level's word first: it is rare, and the words are read only when it is there.
    if (title.find("level") == std::string_view::npos &&
        title.find("rating") == std::string_view::npos &&
        title.find("grade") == std::string_view::npos &&
        title.find("tier") == std::string_view::npos)
        return false;
    const okr::WordText words(title);
    bool reach = false;
    for (std::size_t i = 0; i < words.size() && !reach; ++i) {
        for (const char* r : {"reach", "reaches", "reached", "attain", "attains", "attained",
                              "achieve", "achieves", "achieved"})
            reach = reach || sameIgnoringCase(words.word(i), r);
        // "the school's EVAAS growth rating is 'Exceeds Expected Growth'", "CQC rating back to
        // Good": the level said to be the named one.
        if (i + 1 < words.size() &&
            containsListedWord(lowerCase(words.word(i)), "rating|grade|level|tier")) {
            std::size_t k = i + 1;
            if (sameIgnoringCase(words.word(k), "back") && k + 1 < words.size()) ++k;
            const std::size_t at = words.offset(k) + words.word(k).size();
            if (containsListedWord(lowerCase(words.word(k)), "is|to|of|remains|becomes") &&
                at + 1 < title.size() &&
                (title[at + 1] == '\'' || title[at + 1] == '"' ||
                 std::isupper(static_cast<unsigned char>(title[at + 1]))))
                return true;
        }
    }
    if (!reach) return false;
    for (const char* level : {"level", "rating", "grade", "tier"}) {
        for (std::size_t at = title.find(level); at != std::string_view::npos;
             at = title.find(level, at + 1)) {
            // The word before the level names it: quoted ('elite' level) or a capital (an A
            // rating, the Gold tier).
            std::size_t e = at;
            while (e > 0 && title[e - 1] == ' ') --e;
            if (e == at || e == 0) continue;
            const char last = title[e - 1];
            std::size_t b = e;
            while (b > 0 && title[b - 1] != ' ') --b;
            if (last == '\'' || last == '"' ||
                (b > 0 && std::isupper(static_cast<unsigned char>(title[b]))))
                return true;
            // … or the word after it: a letter and a digit, "level C1", "grade B2".
            std::size_t n = at + std::char_traits<char>::length(level);
            if (n < title.size() && title[n] == ' ') ++n;
            if (n + 1 < title.size() && std::isupper(static_cast<unsigned char>(title[n])) &&
                std::isdigit(static_cast<unsigned char>(title[n + 1])) &&
                (n + 2 == title.size() || !std::isalnum(static_cast<unsigned char>(title[n + 2]))))
                return true;
        }
    }
    return false;
}

// A name's possessive in a phrase: "Lisbon's specialty-coffee crowd", "Acme's buyers" — whose
// it is, named.
bool namedOwner(std::string_view phrase) {
    for (std::size_t i = phrase.find('\''); i != std::string_view::npos;
         i = phrase.find('\'', i + 1)) {
        if (i + 1 >= phrase.size() || (phrase[i + 1] != 's' && phrase[i + 1] != 'S')) continue;
        std::size_t b = i;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(phrase[b - 1]))) --b;
        if (b < i && std::isupper(static_cast<unsigned char>(phrase[b]))) return true;
    }
    return false;
}

// A quoted span cut inside its quotes ("Win the association's 'Supplier") runs on to the closing
// quote and the word after it ("… 'Supplier of the Year' award").
TextSpan closeQuote(std::string_view title, TextSpan span) {
    if (span.empty()) return span;
    const std::string_view inside = span.of(title);
    std::size_t quotes = 0;
    for (std::size_t i = 0; i < inside.size(); ++i) {
        const char c = inside[i];
        const bool possessive = c == '\'' && i + 1 < inside.size() &&
                                (inside[i + 1] == 's' || inside[i + 1] == 'S') && i > 0 &&
                                std::isalpha(static_cast<unsigned char>(inside[i - 1]));
        if ((c == '\'' && !possessive) || c == '"') ++quotes;
    }
    if (quotes % 2 == 0) return span;
    std::size_t end = span.end;
    while (end < title.size() && title[end] != '\'' && title[end] != '"') ++end;
    if (end >= title.size()) return span;
    ++end;  // the closing quote
    while (end < title.size() && title[end] == ' ') ++end;
    while (end < title.size() && std::isalpha(static_cast<unsigned char>(title[end]))) ++end;
    span.end = static_cast<decltype(span.end)>(end);
    return span;
}

// What comes in to be handled: tickets, complaints, requests, calls.
bool incoming(std::string_view head) { return lastWordIs(head, WordClass::IncomingNoun); }

// A time to do something in, in a lower-cased text: "in 200 seconds or less", "within 18 days".
bool timeBound(std::string_view low) {
    for (const char* lead : {" in ", " within ", " inside ", " in under ", " in less than "}) {
        for (std::size_t i = low.find(lead); i != std::string_view::npos;
             i = low.find(lead, i + 1)) {
            std::string_view rest =
                std::string_view(low).substr(i + std::char_traits<char>::length(lead));
            for (const char* skip : {"under ", "less than ", "at most ", "no more than ",
                                     "an average of ", "average of ", "a median of "})
                if (rest.rfind(skip, 0) == 0)
                    rest.remove_prefix(std::char_traits<char>::length(skip));
            std::size_t n = 0;
            while (n < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[n])) ||
                                       rest[n] == '.' || rest[n] == ','))
                ++n;
            // "within fifteen working days": a number in words.
            if (n == 0) {
                const std::string_view word = firstWordOf(rest);
                if (!word.empty() && word.data() == rest.data() &&
                    wordIs(word, WordClass::NumberWord))
                    n = word.size();
            }
            if (n == 0 || n >= rest.size() || rest[n] != ' ') continue;
            const std::string_view unit = rest.substr(n + 1);
            for (const char* u : {"second", "minute", "hour", "day", "working day", "business day",
                                  "calendar day", "working hour", "business hour", "week", "ring"})
                if (unit.rfind(u, 0) == 0) return true;
        }
    }
    // "ready 2-3 days after the request", "within 5 working days of receipt" said the other way:
    // a time counted from what came in.
    for (const char* after : {" days after ", " day after ", " hours after ",
                              " working days after ", " weeks after "}) {
        const std::size_t at = low.find(after);
        if (at == std::string_view::npos || at == 0) continue;
        std::size_t k = at;
        while (k > 0 && low[k - 1] == ' ') --k;
        if (k > 0 && std::isdigit(static_cast<unsigned char>(low[k - 1]))) return true;
    }
    return false;
}

// The second word ends in "-ing": "Sides playing decent rugby".
bool secondWordEndsIng(std::string_view low) {
    const WordText words(low);
    return words.size() >= 2 && endsWithText(words.word(1), "ing");
}

// A place in a store's or a medium's chart: "Break into the top 10 of the Productivity chart",
// "Number one free app in the US store", "onto Steam's Popular Upcoming list" — attention
// ranked, with no tie to value (a rating is a measure: "Lift our App Store rating to 4.4").
TextSpan chartRank(std::string_view low) {
    const bool chart =
        containsListedWord(low, "chart|charts|leaderboard|bestseller|bestsellers") ||
        // (Valve's store, not STEAM teaching: "Rank among the top 5 STEAM schools".)
        low.find("steam's ") != std::string_view::npos ||
        low.find("on steam") != std::string_view::npos ||
        low.find("app store") != std::string_view::npos ||
        low.find("play store") != std::string_view::npos ||
        low.find("league table") != std::string_view::npos ||
        // Launch boards and link aggregators rank attention too: "Reach #1 on Product Hunt",
        // "Land on the front page of Hacker News", "Trend on Twitter on launch day".
        low.find("product hunt") != std::string_view::npos ||
        low.find("hacker news") != std::string_view::npos ||
        low.find("reddit") != std::string_view::npos ||
        (containsListedWord(low, "trend|trending") &&
         containsListedWord(low,
                            "twitter|x|tiktok|instagram|youtube|reddit|linkedin|bluesky|threads|"
                            "mastodon|weibo")) ||
        (containsListedWord(low, "store") && containsListedWord(low, "app|apps|game"));
    // ("Stay on top of chart bugs as they come in": an idiom, no rank.)
    if (!chart ||
        containsListedWord(
            low, "rating|ratings|review|reviews|approve|approves|approved|submitted|cleared") ||
        low.find("on top of ") != std::string_view::npos)
        return {};
    for (const std::string_view rank : {"top ", "number one", "#1", "no. 1", "popular ", "trending",
                                        "first place", "front page", "trend on"}) {
        const std::size_t at = low.find(rank);
        if (at == std::string_view::npos) continue;
        const WordText words(low.substr(at));
        TextSpan span;
        span.begin = static_cast<std::uint16_t>(at);
        const std::size_t n = rank == "top " && words.size() > 1 ? 2 : 1;
        const std::size_t end = n < words.size() ? words.offset(n) : low.size() - at;
        span.end = static_cast<std::uint16_t>(
            std::min<std::size_t>(at + std::max(end, rank.size()), low.size()));
        while (span.end > span.begin && low[span.end - 1] == ' ') --span.end;
        return span;
    }
    return {};
}

bool timeUnit(std::string_view word);

// A crowd counted through the gate, tens of thousands strong: "We expect to hit 80,000 people
// over the four days", "pass 250,000 people", "Reach the target of 6 million young people" —
// not people reached with something ("reach 50,000 people with the vaccine").
TextSpan crowdCounted(std::string_view low) {
    // (Thousands are a crowd too when the sentence says they are visitors: "library visitors to
    // reach 7,500 people".)
    const bool visitors =
        containsListedWord(low, "visitors|visitor|attendance|attendees|spectators");
    for (std::size_t i = 0; i < low.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(low[i])) || (i > 0 && low[i - 1] != ' '))
            continue;
        std::size_t e = i;
        double value = 0, fraction = 0;
        bool point = false;
        for (; e < low.size(); ++e) {
            const char c = low[e];
            if (std::isdigit(static_cast<unsigned char>(c))) {
                if (point) {
                    fraction /= 10;
                    value += (c - '0') * fraction;
                } else {
                    value = value * 10 + (c - '0');
                }
            } else if (c == ',' && e + 1 < low.size() &&
                       std::isdigit(static_cast<unsigned char>(low[e + 1]))) {
            } else if (c == '.' && !point && e + 1 < low.size() &&
                       std::isdigit(static_cast<unsigned char>(low[e + 1]))) {
                point = true;
                fraction = 1;
            } else {
                break;
            }
        }
        std::string_view rest = low.substr(e);
        if (rest.rfind(" million", 0) == 0) {
            value *= 1e6;
            rest.remove_prefix(8);
        }
        // (… and any crowd at an event: "Average 90 people at Sunday morning services".)
        const std::size_t at = rest.find(" at ");
        const bool atEvent =
            at != std::string_view::npos &&
            containsListedWord(
                rest.substr(at, 40),
                "service|services|meeting|meetings|event|events|match|matches|game|games|show|"
                "shows|concert|concerts|mass|worship|festival|festivals|fair|fairs");
        // "Get 7,500 people onto the showground for the summer concert": brought into a venue.
        const std::string_view near = rest.substr(0, std::min<std::size_t>(rest.size(), 50));
        // ("Bring up to 2,500 people to the rally": a crowd brought to an event.)
        const bool intoVenue =
            (near.find(" onto ") != std::string_view::npos ||
             near.find(" into ") != std::string_view::npos ||
             near.find(" through the ") != std::string_view::npos ||
             near.find(" to the ") != std::string_view::npos) &&
            containsListedWord(
                near,
                "showground|stadium|venue|arena|ground|gates|doors|door|hall|festival|concert|gig|"
                "fair|rally|march|museum|gallery|theatre|theater|zoo|aquarium|cinema|exhibition");
        if (value < (atEvent || intoVenue ? 20
                     : visitors           ? 1000
                                          : 10000) ||
            rest.empty() || rest[0] != ' ')
            continue;
        const WordText after(rest.substr(0, std::min<std::size_t>(rest.size(), 60)));
        std::size_t noun = 0;
        static const std::initializer_list<std::string_view> kCrowd = {
            "people",        "visitors",   "spectators", "fans",          "attendees",
            "festivalgoers", "admissions", "attendance", "attendances",   "participants",
            "guests",        "arrivals",   "tourists",   "holidaymakers", "shoppers",
            "diners",        "goers"};
        for (std::size_t w = 0; w < 3 && w < after.size() && noun == 0; ++w)
            if (containsAnyWord(after.word(w), kCrowd)) noun = w + 1;
        if (noun == 0) continue;
        // ("650,000 arrivals to the island": where visitors come to, not what they are led to.)
        const bool comeTo =
            containsListedWord(after.word(noun - 1), "arrivals|tourists|holidaymakers|visitors") &&
            after.word(noun) == "to";
        // ("800,000 people in twelve months": a period, not where they are reached with.)
        const bool inPeriod =
            after.size() > noun + 2 && after.word(noun) == "in" &&
            (timeUnit(after.word(noun + 2)) || containsListedWord(after.word(noun + 2), "year"));
        if (after.size() > noun && !intoVenue && !comeTo && !inPeriod &&
            containsListedWord(after.word(noun), "with|who|to|into|in|through"))
            continue;
        const std::string_view before = low.substr(0, i);
        const std::size_t between = before.rfind("between ");
        const WordText lead(before.substr(before.size() > 40 ? before.size() - 40 : 0));
        const std::string_view verb = lead.size() ? lead.word(lead.size() - 1) : "";
        const std::string_view verb2 = lead.size() > 1 ? lead.word(lead.size() - 2) : "";
        static const std::initializer_list<std::string_view> kReach = {
            "hit",  "pass",    "reach",   "top", "exceed", "attract",
            "draw", "welcome", "surpass", "get", "see",    "average"};
        // ("2,500 average weekend attendance": the level named first, nothing before it; "At
        // least 120 people at the joint Sunday worship": only a bound before it.)
        const bool boundOnly = before == "at least " || before == "over " ||
                               before == "more than " || before == "around ";
        const bool reached =
            (lead.size() == 0 &&
             (intoVenue || !containsListedWord(after.word(noun - 1), "people|fans"))) ||
            (boundOnly && (atEvent || intoVenue)) ||
            // "Bring up to 2,500 people to the rally".
            (verb == "to" && verb2 == "up" && intoVenue) || (verb == "bring" && intoVenue) ||
            containsAnyWord(verb, kReach) ||
            ((verb == "than" || verb == "least" || verb == "over" || verb == "of" ||
              verb == "about" || verb == "around") &&
             (containsAnyWord(verb2, kReach) || verb2 == "target")) ||
            // "Next year we go for 55,000 festival-goers", "aim for 950 attendees".
            (verb == "for" && containsListedWord(verb2, "go|aim|aiming|going|push")) ||
            // "set the library's visitor count at 31,000 people"
            (verb == "at" && containsListedWord(verb2, "count|total|target|figure")) ||
            // "Between 25,000 and 30,000 people each day of the festival": a range as the level.
            (verb == "and" && between != std::string_view::npos && before.size() - between <= 24);
        if (!reached) continue;
        const std::size_t end = e + (rest.data() - low.data() - e) + after.offset(noun - 1) +
                                after.word(noun - 1).size();
        return TextSpan{static_cast<std::uint16_t>(i), static_cast<std::uint16_t>(end)};
    }
    return {};
}

// "a community of 1,500 people", "a congregation of 250 members": a gathering named with its
// head count, from the gathering's noun to the count's; empty when there is none.
TextSpan gatheringOf(std::string_view low) {
    const WordText words(low);
    for (std::size_t i = 0; i + 3 < words.size(); ++i) {
        if (!containsListedWord(
                words.word(i), "community|congregation|audience|following|fanbase|tribe|network") ||
            words.word(i + 1) != "of")
            continue;
        std::size_t k = i + 2;
        if (words.word(k) == "over" || words.word(k) == "at" || words.word(k) == "more") ++k;
        if (k < words.size() && (words.word(k) == "least" || words.word(k) == "than")) ++k;
        if (k + 1 >= words.size() || !std::isdigit(static_cast<unsigned char>(words.word(k)[0])))
            continue;
        std::size_t n = k + 1;
        // ("1,500" may come as two words.)
        while (n < words.size() && std::isdigit(static_cast<unsigned char>(words.word(n)[0]))) ++n;
        if (n < words.size() && containsListedWord(words.word(n), "million|thousand")) ++n;
        if (n < words.size() &&
            containsListedWord(
                words.word(n),
                "people|members|followers|fans|subscribers|readers|listeners|viewers|believers"))
            return TextSpan{static_cast<std::uint16_t>(words.offset(i)),
                            static_cast<std::uint16_t>(words.offset(n) + words.word(n).size())};
    }
    return {};
}

// The attendance of services, a mass or a prayer meeting: "Sunday worship attendance", "weekly
// prayer-meeting attendance" — from the first word naming worship to the count's noun; empty when
// the sentence counts no such crowd or states it as a rate ("attendance of 92%").
TextSpan worshipAttendance(std::string_view low) {
    const WordText words(low);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!containsListedWord(words.word(i), "attendance|attendances|turnout")) continue;
        const std::string_view rest = low.substr(words.offset(i) + words.word(i).size());
        if (rest.find('%') != std::string_view::npos &&
            rest.find("rise") == std::string_view::npos &&
            rest.find("grow") == std::string_view::npos &&
            rest.find(" by ") == std::string_view::npos)
            continue;
        for (std::size_t k = i >= 4 ? i - 4 : 0; k <= i + 4 && k < words.size(); ++k)
            if (k != i && containsListedWord(words.word(k),
                                             "worship|sunday|church|mass|masses|prayer|prayer-"
                                             "meeting|congregation|congregational")) {
                const std::size_t from = std::min(k, i);
                const std::size_t to = std::max(k, i);
                return TextSpan{
                    static_cast<std::uint16_t>(words.offset(from)),
                    static_cast<std::uint16_t>(words.offset(to) + words.word(to).size())};
            }
    }
    return {};
}

// Attendance counted as a crowd, at a level or grown by a share: the word itself ("Weekly
// attendance of at least 140", "Theatre attendance: 27,000 visitors") unless a rate is kept
// (pupils', staff's or a class's attendance in per cent, "per yoga class", "3% of our attendance
// get baptised"); else heads at worship, with the words naming it ("Weekly prayer-meeting
// attendance grows to 25": a congregation's size; "20% of Sunday attendance join a group" is a
// share); empty otherwise.
TextSpan attendanceCounted(std::string_view low, const Wording& r, const KrSentence& s,
                           bool share) {
    const std::size_t at = low.find("attendance");
    if (at != std::string_view::npos) {
        const bool word =
            (at == 0 || !std::isalpha(static_cast<unsigned char>(low[at - 1]))) &&
            (at + 10 >= low.size() || !std::isalpha(static_cast<unsigned char>(low[at + 10])));
        const bool rateKept =
            containsListedWord(low,
                               "rate|rates|pupil|pupils|school|schools|staff|training|class|"
                               "classes|student|students|per|absence") ||
            (s.unit == "%" && !s.relativeChange) || share || low.rfind("percentage", 0) == 0;
        const bool counted = s.target || s.relativeChange || r.anyNumber;
        if (word && !rateKept && counted && s.verbDirection != Direction::Decrease)
            return TextSpan{static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(at + 10)};
    }
    if (r.anyNumber && low.find("% of") == std::string_view::npos) return worshipAttendance(low);
    return {};
}

// What a rate is taken over, after "per": people ("per regular editor", "per engineer") or a
// period ("per quarter") — "Edits per regular editor per quarter" is a measure, not a thing made.
bool ratePer(std::string_view afterPer) {
    const WordText per(afterPer.substr(0, 40));
    for (std::size_t k = 0; k < per.size() && k < 3; ++k)
        if (wordIs(per.word(k), WordClass::AgentNoun) || wordIs(per.word(k), WordClass::RoleWord) ||
            containsListedWord(per.word(k),
                               "day|week|month|quarter|year|person|head|capita|hour|engineer|"
                               "editor|writer|member|employee"))
            return true;
    return false;
}

// A thing of ours pushed in a direction and nothing else: "Make the platform more stable", "Make
// the user experience simpler", "Drive our sales higher" — no one it is for, nothing that shows
// it.
bool bareDirection(std::string_view title, const Wording& r) {
    if (r.anyNumber || r.segment) return false;
    std::string low = lowerCase(title);
    while (!low.empty() && (low.back() == '.' || low.back() == '!' || low.back() == ' '))
        low.pop_back();
    for (const char* period : {" this year", " this quarter", " next year"})
        if (low.size() > std::strlen(period) &&
            low.compare(low.size() - std::strlen(period), std::string::npos, period) == 0)
            low.resize(low.size() - std::strlen(period));
    // ("To make the transport network more attractive …": an infinitive heading says the same.)
    if (low.rfind("to ", 0) == 0) low.erase(0, 3);
    const WordText words(low);
    const std::size_t n = words.size();
    // "To make the transport network more attractive, more dependable and better joined up":
    // a thing of ours given two comparatives or more and nothing else.
    if (n >= 5 && n <= 14 && words.word(0) == "make" && r.purpose.empty()) {
        std::size_t comparatives = 0;
        for (std::size_t k = 2; k < n; ++k)
            comparatives +=
                words.word(k) == "more" || words.word(k) == "less" || words.word(k) == "better";
        if (comparatives >= 2) return true;
    }
    // "Get ourselves known", "Make our name known": attention wished for, with no one named.
    if (n >= 3 && n <= 5 && (words.word(0) == "get" || words.word(0) == "make") &&
        containsListedWord(words.word(n - 1), "known|noticed|seen|heard") &&
        containsListedWord(low, "ourselves|us|name|brand"))
        return true;
    // ("Make our onion growing even stronger and more unshakeable": two comparatives joined.)
    const bool twoComparatives =
        n >= 4 && words.word(n - 2) == "more" && words.word(n - 3) == "and";
    if (n < 3 || n > (twoComparatives ? 9 : 6)) return false;
    const std::string_view lead = words.word(0);
    const std::string_view last = words.word(n - 1);
    if (r.form == Form::Imperative && lead == "make" && r.purpose.empty()) {
        const bool comparative =
            words.word(n - 2) == "more" || words.word(n - 2) == "less" ||
            (wordIs(last, WordClass::DirectionWord) && last != "more" && last != "less") ||
            (last.size() > 5 && last.substr(last.size() - 2) == "er" &&
             (last.substr(last.size() - 3) == "ier" || last.substr(last.size() - 4) == "pler" ||
              last.substr(last.size() - 4) == "ster" || last.substr(last.size() - 4) == "nger"));
        return comparative;
    }
    if (r.form == Form::Imperative && r.purpose.empty() &&
        containsListedWord(lead, "drive|push|take|get|move") &&
        containsListedWord(last, "higher|up|further|forward"))
        return true;
    return false;
}

// Whether every figure and every movement of `low` comes after "as we", "while we" or "even as":
// the condition an objective holds under ("… as we double our traffic").
bool conditionAfter(std::string_view low) {
    for (const std::string_view lead : {" as we ", " while we ", " even as ", " as our "}) {
        const std::size_t at = low.find(lead);
        if (at == std::string_view::npos) continue;
        const std::string_view before = low.substr(0, at);
        if (before.find_first_of("0123456789%") != std::string_view::npos) return false;
        for (const std::string_view moved :
             {"double", "doubles", "triple", "triples", "halve", "halves", "tenfold", "twice"})
            if (containsWord(before, moved)) return false;
        return true;
    }
    return false;
}

// A figure that only says who: "for teams under 20 seats", "companies with 50 to 200
// employees" — a bound and a count of a team's or a company's own size.
bool segmentFigure(std::string_view low) {
    const WordText words(low);
    bool any = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (!std::isdigit(static_cast<unsigned char>(words.word(k)[0]))) continue;
        std::size_t n = k + 1;
        while (n < words.size() && (std::isdigit(static_cast<unsigned char>(words.word(n)[0])) ||
                                    words.word(n) == "to" || words.word(n) == "and"))
            ++n;
        const bool size =
            n < words.size() &&
            containsListedWord(words.word(n),
                               "seats|employees|staff|people|person|beds|users|members");
        const bool bound =
            k > 0 && containsListedWord(words.word(k - 1), "under|over|with|than|of");
        if (!size || !bound) return false;
        any = true;
    }
    return any;
}

// The number and the people of a programme's headcount ("35,000 people" in "More than 35,000
// people benefit from the project"); empty when no programme, project or channel reaches them or
// the heads counted are not people.
TextSpan headsReached(std::string_view low) {
    static const std::initializer_list<std::string_view> kProgramme = {
        "project", "programme", "program", "initiative", "scheme"};
    const bool benefit = (low.find(" benefit from ") != std::string_view::npos ||
                          low.find(" benefits from ") != std::string_view::npos ||
                          low.find(" benefit directly from ") != std::string_view::npos);
    const bool touched = low.find(" touched by ") != std::string_view::npos;
    const bool reached =
        low.rfind("reach ", 0) == 0 && (low.find(" through the ") != std::string_view::npos ||
                                        low.find(" through our ") != std::string_view::npos);
    if (!benefit && !touched && !reached) return {};
    if (!containsAnyWord(low, kProgramme) && !reached) return {};
    if (reached && !containsAnyWord(low, kProgramme) &&
        !containsListedWord(low, "demonstrations|roadshows|shows|events"))
        return {};
    const WordText words(low);
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        if (!std::isdigit(static_cast<unsigned char>(words.word(k)[0]))) continue;
        std::size_t n = k + 1;
        while (n < words.size() && (std::isdigit(static_cast<unsigned char>(words.word(n)[0])) ||
                                    words.word(n) == "million" || words.word(n) == "thousand"))
            ++n;
        if (n < words.size() &&
            containsListedWord(words.word(n),
                               "people|families|households|residents|farmers|children|girls|women|"
                               "youths|beneficiaries|pupils|students|learners"))
            return TextSpan{static_cast<std::uint16_t>(words.offset(k)),
                            static_cast<std::uint16_t>(words.offset(n) + words.word(n).size())};
        return {};
    }
    return {};
}

// A unit of time: "days", "hours".
bool timeUnit(std::string_view word) {
    return containsListedWord(
        word, "second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months");
}

// A schedule: "every week", "each morning", "daily", "every lunch break".
bool onSchedule(std::string_view text) {
    if (containsListedWord(text, "daily|nightly|weekly|fortnightly|monthly|twice")) return true;
    static const char* const kPeriods[] = {
        "day",      "days",   "morning",  "evening", "night", "week",   "weekday", "weekend",
        "month",    "lunch",  "working",  "sprint",  "shift", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",  "weeks", "months", "quarter", "term"};
    const std::string low = lowerCase(text);
    // "three days a week", "2 evenings per week": days of the routine in each period.
    for (const char* unit : {"days ", "nights ", "mornings ", "evenings ", "sessions "})
        for (std::size_t i = low.find(unit); i != std::string::npos; i = low.find(unit, i + 1))
            if (i > 0 && low[i - 1] == ' ') {
                const std::string_view rest =
                    std::string_view(low).substr(i + std::char_traits<char>::length(unit));
                for (const char* per : {"a week", "per week", "each week", "every week", "a month",
                                        "per month", "each month", "every month"})
                    if (rest.rfind(per, 0) == 0) return true;
            }
    // "three times a month", "4 times per week".
    for (std::size_t i = low.find("times "); i != std::string::npos; i = low.find("times ", i + 1))
        if (i > 0 && low[i - 1] == ' ') {
            const std::string_view rest = std::string_view(low).substr(i + 6);
            for (const char* per : {"a ", "per ", "each ", "every "})
                if (rest.rfind(per, 0) == 0) return true;
            // "five times this year", "4 times this season".
            for (const char* period : {"this year", "this season", "this term", "this quarter",
                                       "this month", "over the year", "during the year"})
                if (rest.rfind(period, 0) == 0) return true;
        }
    // "once a week", "once per month".
    for (std::size_t i = low.find("once "); i != std::string::npos; i = low.find("once ", i + 1))
        if (i == 0 || low[i - 1] == ' ') {
            const std::string_view rest = std::string_view(low).substr(i + 5);
            for (const char* per : {"a ", "per ", "each ", "every "})
                if (rest.rfind(per, 0) == 0) return true;
        }
    for (const std::string_view every : {std::string_view("every "), std::string_view("each ")}) {
        for (std::size_t i = low.find(every); i != std::string::npos; i = low.find(every, i + 1)) {
            if (i > 0 && std::isalpha(static_cast<unsigned char>(low[i - 1]))) continue;
            std::string_view rest = std::string_view(low).substr(i + every.size());
            // "every other week", "every two weeks", "every 3 months".
            for (const char* step :
                 {"other ", "second ", "two ", "three ", "four ", "six ", "single "})
                if (rest.rfind(step, 0) == 0)
                    rest.remove_prefix(std::char_traits<char>::length(step));
            while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0])))
                rest.remove_prefix(1);
            if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
            for (const char* period : kPeriods) {
                const std::size_t n = std::char_traits<char>::length(period);
                if (rest.compare(0, n, period) == 0 &&
                    (rest.size() == n || !std::isalpha(static_cast<unsigned char>(rest[n]))))
                    return true;
            }
        }
    }
    return false;
}

// A head that names a team: "product team", "inside-sales unit", "task force".
bool teamHead(std::string_view head) { return hasPhrase(lowerCase(head), WordClass::TeamWord); }

// "downloaded 2,500 times", "viewed 900,000 times a month": an attention verb's participle and
// the count of times it happened, within a few words.
TextSpan attentionTimes(std::string_view title) {
    const WordText words(title);
    std::size_t verb = words.size(), between = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (attentionParticiple(words.word(i))) {
            verb = i;
            between = 0;
            continue;
        }
        if (verb == words.size()) continue;
        // "2,500" is one word here: digits after a comma or point that joins them to digits.
        const bool joined =
            i > 0 && words.offset(i) > 0 && isDigits(words.word(i)) &&
            isDigits(words.word(i - 1)) &&
            words.offset(i - 1) + words.word(i - 1).size() + 1 == words.offset(i) &&
            (title[words.offset(i) - 1] == ',' || title[words.offset(i) - 1] == '.');
        if (!joined) ++between;
        if (words.word(i) == "times" && between >= 2 && between <= 4) {
            const std::size_t end = words.offset(i) + words.word(i).size();
            if (end > 0xFFFF) return {};
            TextSpan s;
            s.begin = static_cast<std::uint16_t>(words.offset(verb));
            s.end = static_cast<std::uint16_t>(end);
            return s;
        }
    }
    return {};
}

// A figure joined by a hyphen to what it counts: "30,000-visitor", "3,000-attendee"; with
// `vanityOnly`, only a vanity count ("10k-follower").
TextSpan hyphenedCount(std::string_view title, bool vanityOnly) {
    for (std::size_t dash = title.find('-'); dash != std::string_view::npos;
         dash = title.find('-', dash + 1)) {
        if (dash == 0 || dash + 1 >= title.size()) continue;
        std::size_t a = dash;
        while (a > 0 && (std::isalnum(static_cast<unsigned char>(title[a - 1])) ||
                         title[a - 1] == ',' || title[a - 1] == '.'))
            --a;
        if (a == dash || !std::isdigit(static_cast<unsigned char>(title[a]))) continue;
        std::size_t b = dash + 1;
        while (b < title.size() && std::isalpha(static_cast<unsigned char>(title[b]))) ++b;
        if (b == dash + 1 || b > 0xFFFF) continue;
        if (vanityOnly &&
            !wordIs(lowerCase(title.substr(dash + 1, b - dash - 1)), WordClass::VanityMetric))
            continue;
        TextSpan s;
        s.begin = static_cast<std::uint16_t>(a);
        s.end = static_cast<std::uint16_t>(b);
        return s;
    }
    return {};
}

// The praise in a text: how many words or phrases of praise or slogan it holds ("friendly",
// "well-run", "first rate", each counted once whatever tables it is in) and the first run of them,
// joined by commas, "and" or "or" ("well-run, prudent and trusted"). The words praise shares with
// plain description ("open deals", "close date", "local", "broad-based") and the comparatives
// ("better", "happier") are not praise.
struct Praise {
    int count = 0;
    TextSpan firstRun;  // byte offsets in the text read
};

Praise praiseIn(std::string_view text) {
    const WordTable& table = defaultWordTable();
    const ClassMask praiseClasses = bit(WordClass::PraiseWord) | bit(WordClass::PraiseAdjective) |
                                    bit(WordClass::SoftSlogan) | bit(WordClass::VagueSlogan);
    const WordText words(text);
    const WordTable::Hits hits = table.scan(words);
    Praise praise;
    std::size_t countedUpTo = 0, first = std::string_view::npos, last = 0, runEnd = 0;
    bool runOver = false;
    for (std::size_t h = 0; h < hits.count; ++h) {
        const WordTable::Match& m = hits.items[h];
        const std::string& phrase = table.entry(m).phrase;
        if ((bit(table.entry(m).cls) & praiseClasses) == 0 || phrase == "better" ||
            phrase == "brighter" || phrase == "happier" || phrase == "local" || phrase == "open" ||
            phrase == "close" || phrase == "based" || phrase == "broad")
            continue;
        if (praise.count == 0 || m.start >= countedUpTo) {
            ++praise.count;
            countedUpTo = m.start + m.length;
        }
        if (runOver) continue;
        // The run goes on while only "and", "or" and the commas between them separate its words.
        if (first != std::string_view::npos)
            for (std::size_t i = runEnd; i < m.start && !runOver; ++i)
                runOver = words.word(i) != "and" && words.word(i) != "or";
        if (runOver) continue;
        if (first == std::string_view::npos) first = words.offset(m.start);
        const std::size_t lastWord = m.start + m.length - 1;
        last = std::max(last, words.offset(lastWord) + words.word(lastWord).size());
        runEnd = std::max(runEnd, m.start + m.length);
    }
    if (first != std::string_view::npos && last <= 0xFFFF) {
        praise.firstRun.begin = static_cast<std::uint16_t>(first);
        praise.firstRun.end = static_cast<std::uint16_t>(last);
    }
    return praise;
}

// A team described by nothing but praise: "a capable and empowered team", "a passionate, engaged
// crew" — no function, no purpose ("a strong product team" says which).
bool praisedTeamOnly(std::string_view title, const Wording& r) {
    if (r.head.begin <= r.object.begin || r.head.begin > title.size()) return false;
    std::string_view before = title.substr(r.object.begin, r.head.begin - r.object.begin);
    for (const char* det : {"a ", "an ", "the ", "our ", "A ", "An ", "The ", "Our "})
        if (before.rfind(det, 0) == 0) before.remove_prefix(std::char_traits<char>::length(det));
    while (!before.empty() && (before.back() == ' ' || before.back() == ','))
        before.remove_suffix(1);
    if (before.empty()) return false;
    const Praise praise = praiseIn(before);
    return praise.count > 0 && praise.firstRun.begin == 0 && praise.firstRun.end == before.size();
}

// A vanity verdict that quotes `count` and asks what it should bring instead.
Judgement vanityOf(TextSpan count) {
    Judgement v;
    v.keyResult = KeyResultVerdict::Vanity;
    v.evidence = count;
    v.thing = count;
    return v;
}

bool isBe(std::string_view verb) {
    const std::string low = lowerCase(verb);
    return low == "be" || low == "become" || low == "becoming" || low == "being";
}

// The first number at or after `from`, as written: "4.4/5" in "… a rider rating of 4.4/5 in …".
TextSpan numberAfter(std::string_view title, std::size_t from) {
    TextSpan span;
    std::size_t a = from;
    while (a < title.size() && !std::isdigit(static_cast<unsigned char>(title[a]))) ++a;
    if (a >= title.size()) return span;
    std::size_t b = a;
    while (b < title.size() && title[b] != ' ') ++b;
    while (b > a && (title[b - 1] == ',' || title[b - 1] == '.' || title[b - 1] == ';')) --b;
    span.begin = static_cast<std::uint16_t>(a);
    span.end = static_cast<std::uint16_t>(b);
    return span;
}

// What we set out to learn: "Prove the franchise sales model works", "Show that our scoring
// tool helps the projects that use it" — a claim tested, not a thing made.
bool provesClaim(std::string_view title, const Wording& r) {
    const std::string verb = lowerCase(r.verbText.of(title));
    if (verb != "prove" && verb != "show" && verb != "demonstrate" && verb != "validate" &&
        verb != "confirm")
        return false;
    const std::string object = lowerCase(r.object.of(title));
    if (object.rfind("that ", 0) == 0 || object.rfind("whether ", 0) == 0) return true;
    const std::string_view next = firstWordOf(title.substr(r.object.end));
    return containsListedWord(next,
                              "works|helps|pays|scales|sells|succeeds|matters|fits|holds|lasts");
}

// A version named: "v1", "v2.0", "2.0", "MVP", "beta", "alpha" — the name of a release.
bool versioned(std::string_view title) {
    const okr::WordText words(title);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words.word(i);
        if (w == "mvp" || w == "beta" || w == "alpha") return true;
        if (w.size() >= 2 && w[0] == 'v' && std::isdigit(static_cast<unsigned char>(w[1])))
            return true;
    }
    return false;
}

// A share of people named first: "Half of the summit attendees have delivered on …", "Most
// members …", "Two-thirds of new hires …", "The majority of …" — what some of them did, an
// outcome.
bool shareOfPeople(std::string_view title) {
    // "85% of the 300 children enrolled finish …".
    std::size_t digits = 0;
    while (digits < title.size() &&
           (std::isdigit(static_cast<unsigned char>(title[digits])) || title[digits] == '.'))
        ++digits;
    if (title.substr(digits).rfind("% of ", 0) == 0) return true;
    const std::string first = lowerCase(firstWordOf(title));
    // "Half a million reads of the site": a count, not a share.
    const std::string low = lowerCase(title);
    // "% of new sign-ups who edit a second time", "Share of members who …": the measure named.
    for (const char* lead : {"share of ", "percentage of ", "proportion of "})
        if (low.rfind(lead, 0) == 0 && (containsWord(low, "who") || containsWord(low, "that")))
            return true;
    if (low.rfind("half a million", 0) == 0 || low.rfind("half a billion", 0) == 0 ||
        low.rfind("half a dozen", 0) == 0)
        return false;
    return first == "half" || first == "most" || first == "two-thirds" || first == "majority" ||
           low.rfind("the majority", 0) == 0;
}

// People set doing something: "Get existing clients working on the new billing platform".
bool peopleDoing(std::string_view title, const Wording& r) {
    if (r.headKind != HeadKind::Agent || r.form != Form::Imperative) return false;
    const std::string_view next = firstWordOf(title.substr(r.object.end));
    return next.size() > 4 && lowerCase(next).compare(next.size() - 3, 3, "ing") == 0;
}

// A rank to reach: "Climb into the top 3 for kicking accuracy", "Reach a top-two position in
// every core market", "Rank in the world's top three" — a place in a league table is a number.
// "Our top 3 markets" picks the markets out: a top named after "our", "its" or "the" and before
// the noun it sorts is a segment, not a target.
// A span of `low` from `begin` to `end`, clamped to what a TextSpan holds.
TextSpan clampedSpan(std::size_t begin, std::size_t end) {
    TextSpan s;
    s.begin = static_cast<std::uint16_t>(std::min<std::size_t>(begin, 0xFFFF));
    s.end = static_cast<std::uint16_t>(std::min<std::size_t>(end, 0xFFFF));
    return s;
}

TextSpan rankReached(std::string_view low) {
    // "Be the #1 app in the UK App Store finance category", "Rank #1 on Google for payroll
    // software": a place by its number (not a list's "#1." or a heading's "GO #1:").
    for (std::size_t at = low.find('#'); at != std::string_view::npos; at = low.find('#', at + 1)) {
        std::size_t end = at + 1;
        while (end < low.size() && std::isdigit(static_cast<unsigned char>(low[end]))) ++end;
        if (end == at + 1 || at == 0 || (end < low.size() && low[end] != ' ')) continue;
        const std::string_view before = low.substr(0, low.find_last_not_of(' ', at - 1) + 1);
        if (containsListedWord(lastWordOf(before),
                               "the|be|become|rank|ranked|reach|stay|remain|"
                               "a|as|at|to|into|hit|climb"))
            return clampedSpan(at, end);
    }
    // "rank among the 20 strongest clubs in Scotland": a place in a ranking by its number.
    for (std::size_t at = low.find("among the "); at != std::string_view::npos;
         at = low.find("among the ", at + 10)) {
        const std::size_t k = at + 10;
        std::size_t end = k;
        while (end < low.size() && std::isdigit(static_cast<unsigned char>(low[end]))) ++end;
        if (end == k) continue;
        return clampedSpan(at, end);
    }
    // "one of the three best in the league", "one of the 5 top clubs": a place by its number.
    for (std::size_t at = low.find("one of the "); at != std::string_view::npos;
         at = low.find("one of the ", at + 11)) {
        const std::string_view count = firstWordOf(low.substr(at + 11));
        if (count.empty() || count.data() != low.data() + at + 11) continue;
        const bool number = wordIs(count, WordClass::NumberWord) ||
                            std::isdigit(static_cast<unsigned char>(count[0]));
        const std::string_view next =
            firstWordOf(low.substr(std::min(low.size(), at + 11 + count.size())));
        if (!number ||
            !containsListedWord(next, "best|top|leading|strongest|biggest|largest|highest"))
            continue;
        return clampedSpan(at, next.data() - low.data() + next.size());
    }
    // "placed 20th or higher in the league table", "finish 3rd or better".
    for (const char* orBetter : {" or higher", " or better", " or above"}) {
        const std::size_t at = low.find(orBetter);
        if (at == std::string_view::npos || at < 3) continue;
        const std::string_view suffix = low.substr(at - 2, 2);
        if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
            std::isdigit(static_cast<unsigned char>(low[at - 3]))) {
            std::size_t begin = at - 3;
            while (begin > 0 && std::isdigit(static_cast<unsigned char>(low[begin - 1]))) --begin;
            return clampedSpan(begin, at + std::char_traits<char>::length(orBetter));
        }
    }
    for (std::size_t at = low.find("top"); at != std::string_view::npos;
         at = low.find("top", at + 3)) {
        if (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1]))) continue;
        std::size_t k = at + 3;
        if (k >= low.size() || (low[k] != ' ' && low[k] != '-')) continue;
        ++k;
        std::size_t end = k;
        while (end < low.size() && std::isdigit(static_cast<unsigned char>(low[end]))) ++end;
        bool rank = end > k;
        if (!rank) {
            std::string_view word = firstWordOf(low.substr(k));
            word = word.substr(0, word.find('-'));
            rank = !word.empty() && word.data() == low.data() + k &&
                   wordIs(word, WordClass::NumberWord);
            if (rank) end = k + word.size();
        }
        if (!rank) continue;
        // What comes before: reaching into a place ("into the top 3", "a top-two position",
        // "in the world's top three"), not sorting our own ("our top 3 markets").
        const std::string_view before = low.substr(0, at);
        // ("signed with a top-3 retailer", "from a top-ten bank": whom we deal with, picked out
        // by rank; nothing we are to reach.)
        const bool dealtWith =
            before.size() >= 3 && before.substr(before.size() - 3) == " a " &&
            containsListedWord(lastWordOf(before.substr(0, before.size() - 3)), "with|from|by");
        const bool reached =
            !dealtWith &&
            (containsListedWord(
                 before,
                 "into|reach|rank|ranks|ranked|climb|among|finish|place|stay|remain|break") ||
             (before.size() >= 2 && before.substr(before.size() - 2) == "a "));
        const std::size_t last = before.find_last_not_of(' ');
        const std::size_t space = last == std::string_view::npos ? 0 : before.rfind(' ', last);
        const std::string_view prev =
            before.substr(space == std::string_view::npos ? 0 : space + 1,
                          last == std::string_view::npos ? 0 : last - space);
        if (!reached || prev == "our" || prev == "its" || prev == "their") continue;
        return clampedSpan(at, end);
    }
    return {};
}

// Zero reached by a date: "Reach net-zero water waste across city buildings by 2040", "Zero
// unapproved SaaS apps in use by year end", "Become a carbon-neutral organisation by 2031" — the
// target is none at all, and the date makes it one.
TextSpan zeroByDate(std::string_view low, const KrSentence& s) {
    const bool dated =
        s.due ||
        containsListedWord(
            low, "2025|2026|2027|2028|2029|2030|2031|2032|2033|2034|2035|2040|2045|2050") ||
        low.find("year end") != std::string_view::npos ||
        low.find("end of the year") != std::string_view::npos;
    if (!dated || low.find(" by ") == std::string_view::npos) return {};
    for (const char* zero : {"net zero", "net-zero", "zero carbon", "zero-carbon", "carbon neutral",
                             "carbon-neutral"}) {
        const std::size_t at = low.find(zero);
        if (at == std::string_view::npos) continue;
        TextSpan span;
        span.begin = static_cast<std::uint16_t>(std::min<std::size_t>(at, 0xFFFF));
        span.end = static_cast<std::uint16_t>(
            std::min<std::size_t>(at + std::char_traits<char>::length(zero), 0xFFFF));
        return span;
    }
    if (low.rfind("zero ", 0) != 0) return {};
    // "Zero unapproved SaaS apps in use by year end": what is to be none, up to its date.
    TextSpan span;
    span.end = static_cast<std::uint16_t>(std::min<std::size_t>(low.find(" by "), 0xFFFF));
    return span;
}

// Named people helped to do something: "Help patients stay well at home", "Help visitors
// understand their search results", "Help children across the district to thrive" — what those
// people do is the state, and it can be asked of them (not "Help everyone gain …", "Help our
// community be the most …", "Help our member bodies grow even stronger").
bool peopleHelpedToAct(std::string_view low, const Wording& r) {
    if (r.form != Form::Imperative || r.strongSlogan || firstWordOf(r.verbText.of(low)) != "help" ||
        r.verbText.end >= low.size())
        return false;
    const WordTable& table = defaultWordTable();
    const WordText words(low.substr(r.verbText.end));
    // The people: a word for people within the first four, "X and Y" joined.
    // ("Help listeners find podcasts worth their time": an audience is people too.)
    const auto people = [&](std::string_view w) {
        return table.isWord(w, WordClass::AgentNoun) ||
               containsListedWord(
                   w, "listeners|readers|viewers|visitors|subscribers|fans|users|players");
    };
    // Bodies of one kind named by what sets them apart are a segment of people too: "Help small
    // shops sell online", "Help rural clinics keep their nurses" (not "the hospital", one body).
    const auto segmentOfBodies = [&](std::size_t at) {
        const std::string_view w = words.word(at);
        return at > 0 && w.size() > 3 && w.back() == 's' &&
               containsListedWord(words.word(at - 1),
                                  "small|local|independent|rural|family-run|smaller|mid-sized|"
                                  "community|neighbourhood|neighborhood") &&
               (table.isWord(w, WordClass::OrgNoun) ||
                containsListedWord(
                    w,
                    "shops|stores|retailers|businesses|firms|charities|clinics|practices|farms|"
                    "schools|restaurants|cafes|venues|studios|agencies"));
    };
    // (Up to six words when they list whom: "help long-standing and new volunteer editors …".)
    const std::size_t reach =
        words.size() > 2 && (words.word(1) == "and" || words.word(2) == "and") ? 6 : 4;
    std::size_t k = 0;
    while (k < words.size() && k < reach && !people(words.word(k)) && !segmentOfBodies(k)) ++k;
    const bool bodies = k < words.size() && k < reach && segmentOfBodies(k);
    // (Not a body: "help the hospital make better decisions", "our user community".)
    if (k >= words.size() || k >= reach ||
        (!bodies && (table.isWord(words.word(k), WordClass::OrgNoun) ||
                     table.isWord(words.word(k), WordClass::TeamWord))))
        return false;
    for (std::size_t i = 0; !bodies && i <= k + 1 && i < words.size(); ++i)
        if (containsListedWord(
                words.word(i),
                "everyone|everybody|anyone|community|communities|hospital|school|council|company|"
                "business|firm|club|board|university|college|trust|charity"))
            return false;
    while (k + 2 < words.size() && words.word(k + 1) == "and" && people(words.word(k + 2))) k += 2;
    std::size_t next = k + 1;
    if (next < words.size() && words.word(next) == "to") ++next;
    if (next >= words.size()) return false;
    const std::string_view verb = words.word(next);
    const ClassMask function = bit(WordClass::StopWord) | bit(WordClass::Determiner) |
                               bit(WordClass::Preposition) | bit(WordClass::Conjunction);
    // (Bodies that "thrive", "succeed" or "win" are wished well, not changed.)
    if (bodies &&
        containsListedWord(verb, "thrive|succeed|flourish|prosper|win|compete|survive|do"))
        return false;
    return verb != "be" && verb != "grow" && !(table.wordClasses(verb) & function);
}

// "Become the bank small farmers trust to stand by them", "Be the partner founders call first":
// people and what they do, in a relative clause with no "that" inside the object of "be" (not
// "… that farmers love": liking is no act).
bool peopleActInObject(std::string_view low, const Wording& r) {
    if (r.form != Form::Imperative) return false;
    const WordText words(r.object.of(low));
    for (std::size_t k = 2; k + 1 < words.size(); ++k) {
        const std::string_view who = words.word(k), verb = words.word(k + 1);
        if (who.size() > 3 && who.back() == 's' && wordIs(who, WordClass::AgentNoun) &&
            (wordIs(verb, WordClass::ExperienceVerb) || wordIs(verb, WordClass::AchieveVerb) ||
             containsListedWord(verb, "trust|call|choose|recommend|pick|ask|turn")))
            return true;
    }
    return false;
}

// "Field engineers finish a job on the first visit", "Admins set up SSO unaided", "New hires
// ship in week one": people doing something well, first time or on their own, is the change.
bool doneWell(std::string_view title, const Wording& r) {
    if ((r.form != Form::Clause && r.form != Form::Done) ||
        !(r.peopleSubject || r.staffSubject ||
          containsListedWord(lastWordOf(lowerCase(r.subject.of(title))), "hires|admins")))
        return false;
    const std::string low = lowerCase(title);
    for (const char* well : {"unaided", "first visit", "first time", "first call", "week one",
                             "day one", "first week", "on their own", "themselves", "without help",
                             "same day", "without calling", "without asking"})
        if (low.find(well) != std::string::npos) return true;
    return false;
}

// "Become the first tool data teams open in the morning", "Create an internal platform product
// teams choose over rolling their own", "Launch a self-serve channel small businesses can buy
// from in an afternoon": the thing named, then people and what they do with it, with no "that"
// between — the change the objective is after, said of the people it is for. (Not people after
// a preposition, "a support desk for our customers in Spain", who are only named.)
bool peopleActOnThing(std::string_view low, const Wording& r) {
    if (r.form != Form::Imperative || r.object.empty() || r.object.begin >= low.size())
        return false;
    const WordText words(low.substr(r.object.begin));
    const auto people = [](std::string_view w) {
        // (Places are no people acting: "the first place our towns turn to for news".)
        if (containsListedWord(w, "towns|cities|regions|countries|communities")) return false;
        return (w.size() > 3 && w.back() == 's' && wordIs(w, WordClass::AgentNoun)) ||
               containsListedWord(w,
                                  "teams|businesses|analysts|owners|leaders|admins|scientists|"
                                  "researchers|founders|nurses|doctors|parents|families|shoppers|"
                                  "travellers|travelers|fans|players|readers|listeners|studios|"
                                  "firms|pickers");
    };
    // (Liking or needing it is no act: "… the components agencies need", "… a tool teams love".)
    const auto acts = [](std::string_view w) {
        if (containsListedWord(w, "love|loves|like|likes|enjoy|need|want|ask")) return false;
        return wordIs(w, WordClass::ExperienceVerb) || wordIs(w, WordClass::AchieveVerb) ||
               containsListedWord(w,
                                  "trust|call|choose|recommend|pick|open|use|buy|prefer|rely|count|"
                                  "return|switch|stay|adopt|install|visit|join|can|could|would|"
                                  "turn|look|come|book|renew|tell|"
                                  "actually|never|always|happily|proudly|gladly");
    };
    const auto bound = [](std::string_view w) {
        return wordIs(w, WordClass::Preposition) || wordIs(w, WordClass::Determiner) ||
               containsListedWord(w, "our|their|your|that|who|which|and|or|help|helps");
    };
    for (std::size_t k = 1; k + 1 < words.size() && k < 9; ++k) {
        if (!people(words.word(k)) || !acts(words.word(k + 1))) continue;
        // (Not theirs: "a fortnightly contributors' call".)
        const std::string_view who = words.word(k);
        const std::size_t whoEnd = r.object.begin + words.offset(k) + who.size();
        if (whoEnd < low.size() && (low[whoEnd] == '\'' || low[whoEnd] == '\xE2')) continue;
        // Back over the people's words to what bounds them: "products | our retail partners",
        // "the | clinic patients", "a | self-serve channel small businesses".
        std::size_t j = k;
        while (j > 0 && k - j < 5 && !bound(words.word(j - 1))) --j;
        if (j == 0 || k - j >= 5) continue;
        const std::string_view edge = words.word(j - 1);
        // People owned ("our retail partners") after a thing: the word before them is a noun.
        if (containsListedWord(edge, "our|their|your")) {
            if (j >= 2 && !bound(words.word(j - 2))) return true;
            continue;
        }
        // After an article, a thing and then the people: "the clinic patients recommend".
        if (wordIs(edge, WordClass::Determiner) && j < k) return true;
        // What it is turned into: "… into something partners can integrate".
        if (containsListedWord(edge, "into|as") && j < k &&
            containsListedWord(words.word(j), "something|somewhere|one"))
            return true;
    }
    return false;
}

Judgement objectiveVerdict(std::string_view title, const Wording& r, const KrSentence& s);

}  // namespace

Judgement judgeObjectiveByRules(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v = objectiveVerdict(title, r, s);
    // "Be the #1 app in the UK App Store finance category", "Rank #1 on Google for payroll
    // software": a place in a ranking by its number is a key result's target, whatever else the
    // sentence reads as.
    if (v.objective != ObjectiveVerdict::Metric && title.find('#') != std::string_view::npos) {
        const std::string low = lowerCase(title);
        const TextSpan rank = rankReached(low);
        if (!rank.empty() && low[rank.begin] == '#') {
            Judgement out;
            out.objective = ObjectiveVerdict::Metric;
            out.evidence = rank;
            out.thing = r.object;
            return out;
        }
    }
    if (v.objective == ObjectiveVerdict::Fine && bareDirection(title, r)) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(
                                     title.find_last_not_of(" .!") + 1, 0xFFFF))};
        v.thing = r.object.empty() ? r.subject : r.object;
        return v;
    }
    if (v.objective == ObjectiveVerdict::Vague && peopleHelpedToAct(lowerCase(title), r))
        return Judgement{};
    // "Quick, dependable project builds", "Keep a dependable, well-protected data network",
    // "Build a steady swimming habit", "Building a loyal, driven and contented staff team":
    // qualities a thing or a team should keep or have, or a habit, are a state to reach.
    if (v.objective == ObjectiveVerdict::Output) {
        const std::string low = lowerCase(title);
        const std::string phrase = lowerCase(r.object.of(title));
        const std::string_view lead = firstWordOf(r.verbText.of(low));
        const std::string headWords = lowerCase(r.head.of(title));
        const std::string_view head = lastWordOf(headWords);
        const WordText words(phrase);
        std::size_t qualities = 0;
        for (std::size_t i = 0; i < words.size(); ++i)
            qualities += containsListedWord(words.word(i),
                                            "quick|fast|dependable|reliable|quiet|calm|confident|"
                                            "predictable|stable|steady|smooth|painless|safe|"
                                            "well-protected|secure|resilient");
        const bool peopleQualities =
            containsListedWord(phrase, "loyal|contented|motivated|resilient|happy|healthy|engaged");
        const bool build = r.form == Form::Imperative &&
                           containsListedWord(lead, "build|building|create|creating|develop");
        const bool keep =
            r.form == Form::Imperative && containsListedWord(lead, "keep|keeping|maintain");
        if ((r.form == Form::NounPhrase && qualities >= 2) || (keep && qualities >= 1) ||
            (build && containsListedWord(head, "habit|habits")) ||
            (build && peopleQualities && containsListedWord(head, "team|staff|workforce")))
            return Judgement{};
    }
    if (v.objective == ObjectiveVerdict::Output && doneWell(title, r)) return Judgement{};
    // "Launch ourselves into the Nordic market as …": where we take ourselves, no thing made.
    if (v.objective == ObjectiveVerdict::Output && r.form == Form::Imperative &&
        containsListedWord(firstWordOf(r.object.of(lowerCase(title))), "ourselves|itself|myself"))
        return Judgement{};
    if ((v.objective == ObjectiveVerdict::Vague || v.objective == ObjectiveVerdict::Output) &&
        peopleActOnThing(lowerCase(title), r))
        return Judgement{};
    return v;
}

namespace {

Judgement objectiveVerdict(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v;
    if (r.form == Form::Empty) return v;
    // One lower-cased copy for every comparison below; the offsets are the title's.
    const std::string lowered = lowerCase(title);
    const std::string_view low = lowered;

    // The metric's target: a movement, a percentage or money, or a count to reach.
    // … or a measure moved to a figure: "Grow total membership to 150 or more".
    // ("Keep the platform fast as we double our traffic": the growth is the condition the
    // objective holds under, not its target; "for teams under 20 seats": the figure names who.)
    const bool figureAside = conditionAfter(low) || segmentFigure(low);
    const bool movement =
        !figureAside && (s.fromTo || s.relativeChange || (s.target && s.bound != Bound::None) ||
                         (s.target && r.verb == VerbKind::Change && r.form == Form::Imperative));
    // ("Stay with one employer", "Foster children keep one named social worker": one kept is a
    // constancy, not a count to reach.)
    const bool oneKept =
        (r.verb == VerbKind::Maintain ||
         containsListedWord(firstWordOf(r.verbText.of(low)), "keep|keeps|stay|stays")) &&
        r.counted.of(low).rfind("one ", 0) == 0;
    const bool reachCount = !r.counted.empty() && r.verb != VerbKind::Work &&
                            r.verb != VerbKind::Build && !oneKept &&
                            (r.headKind == HeadKind::Agent || r.headKind == HeadKind::Metric ||
                             r.headKind == HeadKind::Vanity || r.headKind == HeadKind::Other);
    // People counted by any verb but one that takes them on are people reached: "Train 800
    // pharmacists to spot sepsis", "Remove cost barriers for 400 patients".
    const bool reached =
        !r.peopleCount.empty() && !r.staffs &&
        !(low.find("at least one ") != std::string_view::npos &&
          r.peopleCount.of(low).rfind("one ", 0) == 0 &&
          // ("at least one person in five": a share.)
          low.substr(std::min<std::size_t>(r.peopleCount.end, low.size())).rfind(" in ", 0) != 0);
    const bool countedWork =
        r.verb == VerbKind::Work && !r.counted.empty() && !r.percentOrMoney && !reached;
    // A measure given the level to reach: "Achieve an NPS of 50", "Reach NPS 50".
    // … or held at one: "Keep NPS at 80 or above".
    // … or a measure named with "of" and its figure after any verb: "Get the new build
    // workflow to an NPS of +70", "a rating of 4.5".
    bool levelOf = false;
    for (std::size_t at = low.find(" of "); at != std::string_view::npos && !levelOf;
         at = low.find(" of ", at + 1)) {
        std::size_t figure = at + 4;
        if (figure < low.size() && (low[figure] == '+' || low[figure] == '$')) ++figure;
        if (figure >= low.size() || !std::isdigit(static_cast<unsigned char>(low[figure])))
            continue;
        levelOf = wordIs(lastWordOf(low.substr(0, at)), WordClass::MetricNoun);
    }
    const bool levelOfMeasure = ((r.verb == VerbKind::Achieve || r.verb == VerbKind::Change ||
                                  r.verb == VerbKind::Maintain) &&
                                 r.headKind == HeadKind::Metric && s.target && !r.segment) ||
                                (levelOf && s.target && !r.segment && r.verb != VerbKind::Work &&
                                 r.verb != VerbKind::Build);
    // "Launch a £25 million drama fund to back new series": the sum sizes the thing made, work.
    const std::string_view sumObject = r.object.of(low);
    const bool sizedThing =
        r.form == Form::Imperative && (r.verb == VerbKind::Work || r.verb == VerbKind::Build) &&
        r.headKind != HeadKind::Metric && !movement &&
        (sumObject.rfind("a ", 0) == 0 || sumObject.rfind("an ", 0) == 0) && [&] {
            const std::string_view sum = sumObject.substr(sumObject.find(' ') + 1);
            return sum.rfind("$", 0) == 0 || sum.rfind("\xC2\xA3", 0) == 0 ||
                   sum.rfind("\xE2\x82\xAC", 0) == 0;
        }();
    // "Put up a teaching hall with room for 500 students": the people counted are the thing's
    // size, a capacity built, not people reached.
    const std::string_view beforePeople =
        low.substr(0, std::min<std::size_t>(r.peopleCount.begin, low.size()));
    bool capacity = false;
    for (const std::string_view room :
         {"room for ", "space for ", "capacity for ", "capacity of ", "seats for ", "seating for ",
          "places for ", "beds for ", "room for up to ", "space for up to "})
        capacity = capacity || (beforePeople.size() >= room.size() &&
                                beforePeople.substr(beforePeople.size() - room.size()) == room);
    const bool sizedBuild = capacity && reached && !movement && !r.percentOrMoney &&
                            (r.verb == VerbKind::Work || r.verb == VerbKind::Build);
    if ((r.anyNumber || s.relativeChange) &&
        (movement || r.percentOrMoney || reachCount || reached || levelOfMeasure) && !countedWork &&
        !sizedThing && !sizedBuild) {
        v.objective = ObjectiveVerdict::Metric;
        v.evidence = !r.counted.empty()            ? r.counted
                     : reached                     ? r.peopleCount
                     : levelOfMeasure && !movement ? numberAfter(title, r.object.end)
                                                   : join(r.verbText, r.object);
        if (v.evidence.empty()) v.evidence = join(r.verbText, r.object);
        // "Aim for a return on equity of 10% or more": the quote runs on to the figure when the
        // words quoted hold none and it follows them closely.
        const std::string_view quoted = v.evidence.of(title);
        TextSpan figure = numberSpan(title);
        while (figure.end < title.size() && figure.end < 0xFFFF &&
               std::isalpha(static_cast<unsigned char>(title[figure.end])))
            ++figure.end;
        const std::string_view figureText = figure.of(title);
        const bool year = figureText.size() == 4 &&
                          (figureText.rfind("19", 0) == 0 || figureText.rfind("20", 0) == 0);
        if (quoted.find_first_of("0123456789") == std::string_view::npos && !figure.empty() &&
            !year && figure.begin >= v.evidence.end && figure.end - v.evidence.begin <= 70)
            v.evidence = join(v.evidence, figure);
        v.thing = r.object;
        return v;
    }

    // A count's mark to pass: "Break the 3,000-attendee mark within a single tour season".
    if (const TextSpan count = hyphenedCount(title, false); !count.empty()) {
        const std::string_view next = firstWordOf(low.substr(count.end));
        if (next == "mark" || next == "milestone" || next == "barrier" || next == "threshold") {
            v.objective = ObjectiveVerdict::Metric;
            v.evidence = count;
            v.evidence.end = static_cast<std::uint16_t>(low.find(next, count.end) + next.size());
            v.thing = r.object;
            return v;
        }
    }
    const TextSpan rank = rankReached(low);
    const TextSpan zero = rank.empty() ? zeroByDate(low, s) : TextSpan{};
    if (!rank.empty() || !zero.empty()) {
        v.objective = ObjectiveVerdict::Metric;
        v.evidence = !rank.empty() ? rank : zero;
        v.thing = r.object;
        return v;
    }

    // "Client satisfaction improvement" is "Improve client satisfaction": a movement named as a
    // noun after what moves, not a thing made.
    const std::string_view headWord = firstWordOf(r.head.of(low));
    // … and so is one before it: "Improvement of patient safety", "Constant refinement of the
    // nursing care".
    const std::string_view afterHead = low.substr(std::min<std::size_t>(r.head.end, low.size()));
    const bool movementNoun = headWord == "improvement" || headWord == "improvements" ||
                              headWord == "increase" || headWord == "reduction" ||
                              headWord == "enhancement" || headWord == "uplift" ||
                              headWord == "boost";
    const bool changeNoun =
        r.form == Form::NounPhrase &&
        ((r.contentWords >= 2 && movementNoun) ||
         ((movementNoun || headWord == "refinement" || headWord == "betterment" ||
           headWord == "strengthening" || headWord == "advancement") &&
          (afterHead.rfind(" of ", 0) == 0 || afterHead.rfind(" in ", 0) == 0) &&
          !anyWordIs(title.substr(std::min<std::size_t>(r.head.end, title.size())),
                     WordClass::DeliverableNoun)));

    // A rank claimed with no number to check it by: "Rank among the most sought-after home towns
    // in our part of the country", "Rank among the best clubs in the region".
    {
        const std::string_view lead = firstWordOf(r.verbText.of(low));
        const std::string_view rest = low.substr(std::min<std::size_t>(r.verbText.end, low.size()));
        if (r.form == Form::Imperative && (lead == "rank" || lead == "count" || lead == "be") &&
            !r.anyNumber &&
            (rest.rfind(" among the most ", 0) == 0 || rest.rfind(" among the best ", 0) == 0 ||
             rest.rfind(" among the top ", 0) == 0 || rest.rfind(" among the leading ", 0) == 0)) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object;
            return v;
        }
    }
    // "Active citizenship and creativity are strengthened", "The character of each village is
    // reinforced": a generic verb said of an abstract subject, "Strengthen …" in other words.
    if (r.form == Form::Clause && !r.anyNumber && !r.segment && !r.rulesOut &&
        !r.purposeNamesOutcome && !r.peopleSubject &&
        (r.headKind == HeadKind::Abstract || (r.headKind == HeadKind::Other && r.headGuessed)) &&
        containsListedWord(r.verbText.of(low), "is|are|will be|be|get|gets")) {
        const std::string_view next =
            firstWordOf(low.substr(std::min<std::size_t>(r.verbText.end, low.size())));
        if (containsListedWord(next,
                               "strengthened|improved|enhanced|reinforced|boosted|deepened|"
                               "promoted|fostered|encouraged|supported|nurtured|developed")) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = join(r.subject, r.verbText);
            v.evidence.end = static_cast<std::uint16_t>(
                std::min<std::size_t>(low.find(next, r.verbText.end) + next.size(), 0xFFFF));
            v.thing = r.subject;
            return v;
        }
    }
    // Work we do: a work verb, an artefact built, a deliverable said done or named alone — unless
    // a clause says what it is for, people act on it, or the object is a state better than today.
    // "Position the brewery as a community-minded newcomer": a standing claimed, not work.
    const std::string_view leadVerb = firstWordOf(r.verbText.of(low));
    const bool positioned = (leadVerb == "position" || leadVerb == "reposition") &&
                            title.find(" as ") != std::string_view::npos;
    // "Understand how an operating system schedules processes": what someone comes to know.
    const bool learning =
        r.form == Form::Imperative &&
        (leadVerb == "understand" || leadVerb == "learn" || leadVerb == "master") &&
        containsListedWord(
            firstWordOf(low.substr(std::min<std::size_t>(r.verbText.end, low.size()))),
            "how|what|why|the|a|an|to|about");
    const bool claimOrPeople =
        provesClaim(title, r) || peopleDoing(title, r) || positioned || learning;
    // A comparative that describes the thing made is no state reached: "More beginner-friendly
    // tutorials", "Complete a more detailed tracker of …".
    const bool thingCompared =
        !r.comparative.empty() && r.headKind == HeadKind::Deliverable &&
        r.comparative.end <= r.head.begin &&
        ((r.form == Form::NounPhrase && r.comparative.begin == r.subject.begin &&
          firstWordOf(r.comparative.of(low)) == "more") ||
         (r.form == Form::Imperative && (r.verb == VerbKind::Work || r.verb == VerbKind::Build) &&
          r.comparative.begin >= r.object.begin));
    // "Remove barriers to care for a multilingual population", "Fix the biggest stumbling
    // blocks in the developer experience": what stands in people's way taken away — their path
    // changed, not a thing made.
    const bool obstacleRemoved =
        r.form == Form::Imperative &&
        containsListedWord(leadVerb,
                           "remove|removing|fix|fixing|eliminate|eliminating|tackle|tackling|lower|"
                           "lowering|clear|clearing|dismantle|dismantling") &&
        containsListedWord(lastWordOf(r.head.of(low)),
                           "barrier|barriers|obstacle|obstacles|blocks|hurdle|hurdles|friction|"
                           "blockers|bottlenecks");
    // "Put digital tools within easy reach of every kind of user", "Keep a local club within
    // reach of every community": what people can now get to — their access, not the thing.
    const bool withinReach = r.form == Form::Imperative &&
                             (low.find(" within reach of ") != std::string_view::npos ||
                              low.find(" within easy reach of ") != std::string_view::npos ||
                              low.find(" into the hands of ") != std::string_view::npos);
    // "Create a working environment the checkout team is genuinely happy in": a place made for
    // how the people in it feel.
    const bool placeFelt =
        r.form == Form::Imperative && (r.verb == VerbKind::Build || r.verb == VerbKind::Work) &&
        containsListedWord(lastWordOf(r.head.of(low)),
                           "environment|workplace|culture|atmosphere|climate|place|space") &&
        ((r.head.end < low.size() && anyWordIs(low.substr(r.head.end), WordClass::FeelingWord)) ||
         // "Create a welcoming space for LGBTQ+ youth": made to be felt so, for people named.
         (r.segment && r.object.begin < r.head.begin &&
          containsListedWord(low.substr(r.object.begin, r.head.begin - r.object.begin),
                             "welcoming|inclusive")));
    // "Take repetitive manual work off our on-call responders": a load lifted from people.
    const std::size_t offAt = low.find(" off ");
    const bool loadLifted =
        r.form == Form::Imperative && (leadVerb == "take" || leadVerb == "lift") &&
        offAt != std::string_view::npos &&
        (anyWordIs(low.substr(offAt), WordClass::AgentNoun) ||
         anyWordIs(low.substr(offAt), WordClass::RoleWord) ||
         containsListedWord(lastWordOf(low), "responders|staff|teams|shoulders"));
    // "Take the pain out of month-end close", "Take the guesswork out of pricing": a burden
    // taken out of something people go through.
    const std::size_t outOfAt = low.find(" out of ");
    const bool burdenTakenOut =
        r.form == Form::Imperative && (leadVerb == "take" || leadVerb == "get") &&
        outOfAt != std::string_view::npos && outOfAt + 8 < low.size() &&
        containsListedWord(lastWordOf(r.head.of(low)),
                           "pain|hassle|guesswork|friction|stress|drama|fear|waiting|paperwork|"
                           "risk|uncertainty|chaos|dread");
    // "Give the board a clear, honest picture of our cash position", "Give every patient a say
    // in their care": what people then hold — a view, a say, a reason — not a thing handed over.
    const bool heldByPeople =
        r.form == Form::Imperative && leadVerb == "give" &&
        containsListedWord(lastWordOf(r.head.of(low)),
                           "picture|view|understanding|sense|voice|say|confidence|visibility|"
                           "clarity|reason|reasons|chance|choice|seat|stake|insight") &&
        r.verbText.end < r.object.begin && [&] {
            const WordText between(low.substr(r.verbText.end, r.object.begin - r.verbText.end));
            for (std::size_t k = 0; k < between.size(); ++k)
                if (wordIs(between.word(k), WordClass::AgentNoun) ||
                    wordIs(between.word(k), WordClass::RoleWord) ||
                    wordIs(between.word(k), WordClass::TeamWord) ||
                    containsListedWord(between.word(k), "board|trustees|everyone"))
                    return true;
            return false;
        }();
    const bool outcome = loadLifted || burdenTakenOut || heldByPeople || r.purposeNamesOutcome ||
                         (!r.comparative.empty() && !thingCompared) || r.byPeople ||
                         claimOrPeople || obstacleRemoved || withinReach || placeFelt;
    // "Make builds and search blazingly fast and reliable", "make our systems up to date and
    // safe": a state the thing is brought to, not the thing made.
    bool madeInto = false;
    // ("Keep the service up through the holiday peak", "Keep branch libraries open on Sundays":
    // a state held.)
    if (r.form == Form::Imperative && (leadVerb == "make" || leadVerb == "keep") &&
        r.object.end <= title.size())
        madeInto = anyWordIs(title.substr(r.object.end), WordClass::StateWord);
    // (Not a quality kept up: "Keep standards up", "Keep morale up".)
    const bool keptState =
        r.form == Form::Imperative && leadVerb == "keep" &&
        !containsListedWord(
            lastWordOf(r.head.of(low)),
            "standards|standard|morale|spirits|momentum|pace|quality|energy|motivation") &&
        r.object.end <= low.size() &&
        containsListedWord(firstWordOf(low.substr(r.object.end)),
                           "up|online|open|running|available");
    madeInto = madeInto || keptState;
    bool output = false;
    // "Improve and streamline our disease monitoring": a direction first, whatever follows it.
    const bool directionFirst =
        (wordIs(leadVerb, WordClass::GenericVerb) || wordIs(leadVerb, WordClass::IncreaseVerb)) &&
        r.verbText.of(low).find(" and ") != std::string_view::npos;
    if (r.form == Form::Imperative && !outcome && !madeInto && !directionFirst) {
        // "Launch a breakthrough mobile experience", "Pilot a navigation service": what is
        // launched is made, whatever the noun.
        // ("Rebuild trust with customers", "Revive our reputation": a state won back.)
        if (r.launches && !(r.headKind == HeadKind::Abstract &&
                            containsListedWord(leadVerb, "rebuild|repair|restore|revive|renew")))
            output = true;
        // "Hire a strong product team", "Set up an inside-sales unit": a team staffed or set up
        // is work, unless what it then does is said ("… that closes mid-market deals").
        else if ((r.staffs || r.verb == VerbKind::Build) && r.headKind == HeadKind::Agent &&
                 teamHead(r.head.of(title)) && !describesTeam(title.substr(r.head.end)) &&
                 !praisedTeamOnly(title, r))
            output = true;
        else if (r.verb == VerbKind::Work)
            // "Carry out a readiness review": one of a measure's kind, done by us, is a thing made.
            output =
                r.headKind == HeadKind::Deliverable || r.headKind == HeadKind::Binary ||
                (r.headKind == HeadKind::Metric &&
                 (firstWordOf(r.object.of(low)) == "a" || firstWordOf(r.object.of(low)) == "an")) ||
                r.headKind == HeadKind::Other ||
                // ("Keep working jointly": how, not what.)
                (r.headKind == HeadKind::None && !endsWithText(headWord, "ly")) ||
                r.headIsCountOf ||
                (r.headKind == HeadKind::Agent && (r.classes & bit(WordClass::RoleWord))) ||
                // "Phone each account that rates us poorly", "Visit every member at home":
                // people reached one by one, all of them — the reaching is the work.
                (r.headKind == HeadKind::Agent && r.objectUniversal &&
                 containsListedWord(leadVerb,
                                    "call|phone|ring|telephone|visit|meet|contact|email|interview|"
                                    "survey|thank|review|coach|train|mentor|brief")) ||
                // "Hire more nurses", "Recruit staff for the summer season": people taken on.
                (r.staffs && r.headKind == HeadKind::Agent) ||
                // "Merge the open pull requests": the work itself, with no count to reach.
                (r.headKind == HeadKind::Vanity && !r.anyNumber &&
                 !lastWordIs(r.head.of(title), WordClass::AgentNoun)) ||
                // "Recruit first-rate talent for our field sales team": hiring, whatever the
                // people are called.
                (r.staffs && r.headKind == HeadKind::Abstract &&
                 containsListedWord(lastWordOf(r.head.of(low)), "talent|staff|people"));
        // "Bring in a structured outdoor play scheme": a thing taken on.
        else if (r.staffs && r.headKind == HeadKind::Deliverable)
            output = true;
        // "Open a chapter in every prefecture", "Open an office in Berlin": a place of ours
        // opened (not "a new chapter in our history", "a new era").
        else if (leadVerb == "open" && !r.anyNumber && r.comparative.empty() &&
                 r.object.of(low).find("new chapter") == std::string_view::npos &&
                 r.object.of(low).find("new era") == std::string_view::npos &&
                 (r.headKind == HeadKind::Agent || r.headKind == HeadKind::Other) &&
                 (firstWordOf(r.object.of(low)) == "a" || firstWordOf(r.object.of(low)) == "an"))
            output = true;
        // "Invest in new ferry and rail links": money put into a thing we build.
        else if ((leadVerb == "invest" || leadVerb == "investing") &&
                 r.headKind == HeadKind::Deliverable && !r.anyNumber)
            output = true;
        // "Add PDF export", "Add card payments to the app": a feature or a line added.
        // ("Add delegated-permission support to the token-bridge module": support added is a
        // feature too.)
        else if (leadVerb == "add" && !r.anyNumber &&
                 (r.headKind == HeadKind::Deliverable || r.headKind == HeadKind::Other ||
                  r.headKind == HeadKind::Binary ||
                  containsListedWord(lastWordOf(r.head.of(low)),
                                     "support|integration|integrations|compatibility")))
            output = true;
        else if (r.verb == VerbKind::Build || r.verb == VerbKind::Other ||
                 r.verb == VerbKind::Maintain)
            // "Run the repair café", "Complete the tax filings": carrying out a thing that is
            // neither a quality, a measure nor people is work done to it; one bare word after the
            // verb says how, not what ("Run lean").
            output =
                r.headKind == HeadKind::Deliverable || r.headKind == HeadKind::Binary ||
                (r.carriesOut && r.contentWords >= 2 &&
                 (r.headKind == HeadKind::Other ||
                  (r.headKind == HeadKind::Abstract && r.headGuessed))) ||
                // "Complete the relocation of the warehouse": work named as a noun, carried out.
                (r.carriesOut &&
                 containsListedWord(lastWordOf(headWord),
                                    "relocation|migration|rollout|relaunch|rebuild|overhaul|"
                                    "rewrite|construction|installation|digitisation|digitization|"
                                    "digitalisation|digitalization|refurbishment|renovation|"
                                    "replacement|upgrade|implementation|setup|redesign|revamp")) ||
                // "Build a gazebo on the church grounds", "Establish a men's breakfast
                // fellowship": one concrete thing the tables do not list, made.
                // (Not a circle of people, a future praised or a way to something: "Build a
                // small but loyal circle of players", "Building a brighter tomorrow", "Create
                // a product-led way to grow".)
                (r.verb == VerbKind::Build && r.headKind == HeadKind::Other && !r.anyNumber &&
                 r.comparative.empty() && r.slogan.empty() && r.purpose.empty() &&
                 !(r.classes & (bit(WordClass::AgentNoun) | bit(WordClass::PraiseWord) |
                                bit(WordClass::PraiseAdjective) | bit(WordClass::SoftSlogan) |
                                bit(WordClass::PlaceWord) | bit(WordClass::DirectionWord) |
                                bit(WordClass::TeamWord) | bit(WordClass::FeelingWord))) &&
                 (firstWordOf(r.object.of(low)) == "a" || firstWordOf(r.object.of(low)) == "an"));
        else if (r.verb == VerbKind::Change)
            output = r.headIsCountOf && r.headKind == HeadKind::Deliverable;
        // "Measure the gains from using the forecasting tools": finding out is work, whatever
        // it finds (a baseline is a key result's job).
        else if (r.verb == VerbKind::Baseline && !r.anyNumber && r.comparative.empty() &&
                 !r.purposeNamesOutcome)
            output = true;
        // "Modernise our website", "Modernize the council's messaging platforms": a thing of
        // ours brought up to date is work on it ("Modernise public services" stays vague).
        else if (containsListedWord(
                     leadVerb, "modernise|modernize|modernising|modernizing|digitise|digitize") &&
                 !r.anyNumber && r.comparative.empty() && !r.purposeNamesOutcome &&
                 low.substr(std::min<std::size_t>(r.verbText.end, low.size())).rfind(",", 0) != 0 &&
                 (r.headKind == HeadKind::Deliverable ||
                  (r.headKind == HeadKind::Other && r.headGuessed)))
            output = true;
        // "Get a portfolio site for the practice online", "Get the app out": a thing made done.
        // ("Get the Kobo integration shipped": whatever the noun, shipping makes it a thing.)
        const std::string_view afterThing =
            firstWordOf(low.substr(std::min<std::size_t>(r.object.end, low.size())));
        if (!output && (r.verb == VerbKind::Achieve || r.verb == VerbKind::Generic) &&
            (r.headKind == HeadKind::Deliverable ||
             (r.doneAfter && r.headKind != HeadKind::Binary && r.headKind != HeadKind::Agent &&
              containsListedWord(afterThing, "shipped|launched|released|live")))) {
            const std::string_view lead = firstWordOf(r.verbText.of(low));
            const okr::WordText words(title);
            const std::string_view last = words.size() ? words.word(words.size() - 1) : "";
            // … or said just after the thing: "Each quarter, get a release out on time".
            const std::string_view next =
                firstWordOf(low.substr(std::min<std::size_t>(r.object.end, low.size())));
            const auto made = [](std::string_view w) {
                return w == "online" || w == "live" || w == "out" || w == "done" ||
                       w == "shipped" || w == "launched" || w == "released";
            };
            // ("Get this budgeting tool finished": any word of finishing after the thing.)
            // ("Have a working demo environment": a thing said to work is a thing made.)
            const std::string_view objectLow = r.object.of(low);
            const bool working = lead == "have" && (objectLow.rfind("a working ", 0) == 0 ||
                                                    objectLow.rfind("a functioning ", 0) == 0 ||
                                                    objectLow.rfind("a usable ", 0) == 0);
            output = (lead == "get" || lead == "have") &&
                     (made(last) || made(next) || r.doneAfter || working);
        }
        // "Make a new browser-based puzzle game": a new thing made, as "Create a new game" is.
        // ("Deliver a new environmentally sustainable zoo on the Wild Place site": so is one
        // delivered, built or opened.)
        if (!output &&
            containsListedWord(leadVerb, "make|deliver|build|construct|develop|create|open") &&
            !r.anyNumber && r.comparative.empty() && !r.purposeNamesOutcome && r.slogan.empty() &&
            r.object.of(low).rfind("a new ", 0) == 0 &&
            (r.headKind == HeadKind::Deliverable ||
             // ("Make a new start", "Make a new friend": one word after "a new" is an idiom.)
             (r.headKind == HeadKind::Other && WordText(r.object.of(low)).size() >= 4)) &&
            !(r.classes & (bit(WordClass::AgentNoun) | bit(WordClass::TeamWord))))
            output = true;
        // "Open Temple Health's new Women & Families Hospital": a new place of ours, named,
        // opened. "Complete the expansion of UH Ahuja Medical Center": building work finished.
        const std::string_view object = r.object.of(low);
        if (!output && !r.anyNumber && !r.purposeNamesOutcome && r.slogan.empty() &&
            ((leadVerb == "open" && object.find(" new ") != std::string_view::npos &&
              containsListedWord(lastWordOf(object),
                                 "hospital|clinic|school|library|store|branch|centre|center|"
                                 "museum|campus|hub|office|site|wing|station|theatre|theater")) ||
             (containsListedWord(leadVerb, "complete|finish") &&
              containsListedWord(lastWordOf(object),
                                 "expansion|extension|refurbishment|renovation|construction|"
                                 "rebuild|redevelopment|relocation|fit-out") &&
              r.qualifier.of(low).rfind("of ", 0) == 0)))
            output = true;
    } else if (r.form == Form::Done && !outcome) {
        // What is done to people is what happens to them ("No young carer is pushed into
        // hardship", "Our branch staff become skilled at …"), unless it is taking them on.
        // "Our pitches can be played on all year round": what people can do with it, a state.
        const std::string_view firstVerb = firstWordOf(r.verbText.of(low));
        // "Every age group, from under-7s to veterans, has a qualified coach": a state every one
        // of them is in.
        // "Product teams get set up on feature flags quickly and correctly": how well, a quality.
        // "Diversity is lived!": a quality said done is a state, not a thing made.
        output = (!r.peopleSubject || r.staffs) && firstVerb != "can" && firstVerb != "could" &&
                 !(r.headKind == HeadKind::Abstract && !r.headGuessed &&
                   !wordIs(lastWordOf(r.verbText.of(low)), WordClass::DoneWord)) &&
                 !(r.classes & bit(WordClass::MannerAdverb)) &&
                 !(r.universal && (firstVerb == "has" || firstVerb == "have")) &&
                 // "The OSI is acknowledged worldwide as the one steward of the Open Source
                 // Definition": how others see it, a state.
                 !containsListedWord(lastWordOf(r.verbText.of(low)),
                                     "acknowledged|recognised|recognized|regarded|seen|known|"
                                     "viewed|respected|valued|trusted|considered|perceived|"
                                     "celebrated|renowned") &&
                 // "The UK has a fair asylum system": a quality the thing has, a state.
                 !((firstVerb == "has" || firstVerb == "have") &&
                   (anyWordIs(r.object.of(low), WordClass::PraiseWord) ||
                    anyWordIs(r.object.of(low), WordClass::PraiseAdjective)));
    } else if (r.form == Form::Clause && !outcome) {
        // "Core libraries refresh", "Docs site rebuild": a deliverable, then the work on it as
        // its last word.
        const bool workLast =
            r.headKind == HeadKind::Deliverable && r.object.empty() &&
            (r.verb == VerbKind::Work || r.verb == VerbKind::Build) &&
            title.find_first_not_of(" .!;)", r.verbText.end) == std::string_view::npos;
        // "The governing body will approve new attendance rules": our own people's work.
        output =
            workLast || (r.staffSubject &&
                         (r.verb == VerbKind::Work || r.verb == VerbKind::Build ||
                          (r.verb == VerbKind::Other && (r.clauseObject == HeadKind::Deliverable ||
                                                         r.clauseObject == HeadKind::Binary))) &&
                         r.comparative.empty() && r.slogan.empty());
    } else if (r.form == Form::NounPhrase && !outcome) {
        // "Inbox v1", "Checkout 2.0 beta": a thing named with its version is a release.
        // ("A society where everybody has a positive future": a world described, not built.)
        const bool whereSaid =
            low.compare(std::min<std::size_t>(r.head.end, low.size()), 7, " where ") == 0;
        output = (r.headKind == HeadKind::Deliverable && !changeNoun && !whereSaid) ||
                 // "A thorough carbon-footprint assessment": one verdict or award to obtain.
                 (r.headKind == HeadKind::Binary && !r.anyNumber && r.contentWords <= 5 &&
                  (firstWordOf(low) == "a" || firstWordOf(low) == "an")) ||
                 // "A relaunch of our club website": work named as a noun, on a deliverable.
                 (workNoun(lastWordOf(headWord)) && low.substr(r.head.end).rfind(" of ", 0) == 0 &&
                  // … or on something new: "Construction of a new sports hall".
                  (anyWordIs(title.substr(r.head.end), WordClass::DeliverableNoun) ||
                   low.substr(r.head.end).rfind(" of a new ", 0) == 0 ||
                   low.substr(r.head.end).rfind(" of the new ", 0) == 0 ||
                   low.substr(r.head.end).rfind(" of our new ", 0) == 0)) ||
                 (r.contentWords <= 4 && versioned(title)) ||
                 // "Night theme", "Heading outline panel", "Soft deletion across every record
                 // type": a feature named, a few plain words with nothing abstract or praised.
                 (r.headKind == HeadKind::Other && r.abstractWords == 0 &&
                  !containsListedWord(firstWordOf(low), "the|our|my|their|your") &&
                  // ("Sides playing decent rugby": some of them doing something, a state.)
                  !(endsWithText(firstWordOf(low), "s") && !endsWithText(firstWordOf(low), "ss") &&
                    secondWordEndsIng(low)) &&
                  r.contentWords >= 2 && r.contentWords <= 4 && !r.anyNumber && !r.segment &&
                  r.slogan.empty() &&
                  !(r.classes & (bit(WordClass::PraiseWord) | bit(WordClass::PraiseAdjective) |
                                 bit(WordClass::SoftSlogan) | bit(WordClass::AgentNoun) |
                                 bit(WordClass::AreaNoun))));
    }
    // "Develop a capable and empowered team", "Attract and keep a passionate, engaged crew": a
    // team wished well, with nothing it will do or change.
    if (!output && r.form == Form::Imperative && r.headKind == HeadKind::Agent &&
        teamHead(r.head.of(title)) && praisedTeamOnly(title, r) &&
        !describesTeam(title.substr(r.head.end)) &&
        // ("the most effective team of pharmacists": who is in it, not whom it serves.)
        (!r.segment || r.qualifier.of(low).rfind("of ", 0) == 0) && !r.purposeNamesOutcome &&
        !r.anyNumber) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }
    // S0's tactics named as goals: rankings, landing pages, form fields.
    if (!outcome && (r.classes & bit(WordClass::TacticPhrase)) && r.form != Form::Clause)
        output = true;
    // "Kitchen staff communicate and trust each other like one team": how our people stand
    // with one another, a state, not work they turn out.
    if (output && r.form != Form::Imperative &&
        (low.find(" each other") != std::string_view::npos ||
         low.find(" one another") != std::string_view::npos))
        output = false;
    // ("Open new doors for young people": an idiom for chances given, no door built.)
    if (output && (low.find("open new doors") != std::string_view::npos ||
                   low.find("open doors") != std::string_view::npos))
        output = false;

    // A slogan the sentence leans on: "Become the leading platform for …", "Be customer-obsessed",
    // "Delight our users" — not a specific sentence that merely contains "best". Named work
    // ("Launch a game-changing booking experience") is output first.
    const bool be = isBe(r.verbText.of(title));
    // "Put the customer's voice into every roadmap decision", "Put patients at the heart of every
    // service decision": built into a named practice, each time it happens — that can be checked.
    bool intoPractice = false;
    if (r.form == Form::Imperative &&
        containsListedWord(leadVerb, "put|bring|build|bake|embed|weave")) {
        for (const std::string_view each : {" every ", " each "}) {
            const std::size_t at = low.find(each);
            if (at == std::string_view::npos) continue;
            const WordText after(low.substr(at + each.size()));
            std::size_t n = 0;
            while (n < after.size() && n < 3 && !wordIs(after.word(n), WordClass::Preposition)) ++n;
            intoPractice = intoPractice ||
                           (n >= 2 && containsListedWord(
                                          after.word(n - 1),
                                          "decision|decisions|meeting|review|release|plan|sprint|"
                                          "design|brief|launch|hire|appointment|visit|call"));
        }
    }
    const bool peopleActInside = be && peopleActInObject(low, r);
    bool slogan = false;
    // "CTO: Our platform is world-class on reliability": a strong slogan said of ourselves.
    const std::string_view subjectLow = r.subject.of(low);
    const bool ourSlogan = r.form == Form::Clause && r.strongSlogan && !r.segment && !r.anyNumber &&
                           !r.purposeNamesOutcome &&
                           (subjectLow.rfind("our ", 0) == 0 || subjectLow == "we");
    // A slogan in the label before the sentence ("Pursuing excellence: build a first team that
    // …") names the theme, not the objective.
    std::size_t sentenceStart = title.size();
    for (const TextSpan& part : {r.verbText, r.subject, r.object})
        if (!part.empty()) sentenceStart = std::min<std::size_t>(sentenceStart, part.begin);
    const bool sloganInLabel =
        !r.slogan.empty() && r.slogan.end <= sentenceStart &&
        title.substr(r.slogan.end, sentenceStart - r.slogan.end).find_first_of(":–—") !=
            std::string_view::npos;
    if (!r.slogan.empty() && !sloganInLabel &&
        ((r.form != Form::Clause && r.form != Form::Done) || ourSlogan)) {
        // "Be the haulage firm that ranks first for …": what follows "that" describes the thing
        // we claim to be, and the rank is the claim.
        const std::string_view purposeLead = firstWordOf(r.purpose.of(low));
        const bool describes =
            be && r.strongSlogan && (purposeLead == "that" || purposeLead == "which");
        const bool inPurpose = inside(r.slogan, r.purpose) && !describes;
        // A strong slogan ("the leading", "world-class", "the best") is vague however specific the
        // rest; a soft one ("great", "seamless", "top-tier") only when nothing else is specific.
        // "Give children in the district the best possible start": the best is what named
        // people get, not a rank we claim — as soft as "great".
        const bool forPeople =
            r.headKind == HeadKind::Agent && r.segment && r.slogan.of(low) == "the best";
        const bool soft =
            ((r.classes & bit(WordClass::SoftSlogan)) != 0 && !r.strongSlogan) || forPeople;
        // "Keep my resting heart rate within healthy limits": a band named, not praise.
        const std::string_view afterSlogan =
            low.substr(std::min<std::size_t>(r.slogan.end, low.size()));
        const std::string_view beforeSlogan =
            low.substr(0, std::min<std::size_t>(r.slogan.begin, low.size()));
        const bool band =
            (endsWithText(beforeSlogan, " within") || endsWithText(beforeSlogan, " in the") ||
             endsWithText(beforeSlogan, " in a")) &&
            bandWord(firstWordOf(afterSlogan));
        // "in good order", "in good repair": a state said in an idiom; "better than the
        // provincial standard": a comparison with a named bar; "make our systems up to date,
        // safe and able to work together": a state the thing is brought to, with others.
        const bool idiom = (endsWithText(beforeSlogan, " in") &&
                            containsListedWord(firstWordOf(afterSlogan),
                                               "order|repair|condition|shape|time|health")) ||
                           firstWordOf(afterSlogan) == "than" || (madeInto && soft);
        // "Foster excellence in nursing": the slogan is the whole object, the field after it no
        // more than where it would show.
        const bool sloganIsObject = r.slogan.begin == r.head.begin && r.slogan.end == r.head.end &&
                                    r.qualifier.of(low).rfind("in ", 0) == 0;
        // "Delight our top 50 accounts so that they renew and expand": the slogan is only the
        // verb, and the clause after it says what changes.
        const bool verbThenOutcome = r.slogan.begin == r.verbText.begin &&
                                     r.slogan.end <= r.verbText.end && r.purposeNamesOutcome;
        // "Make the docs the best way to learn the product": made into what people then do;
        // the praise says which way, not what we are.
        const std::string_view afterPraise =
            afterSlogan.substr(std::min(afterSlogan.size(), afterSlogan.find_first_not_of(' ')));
        const bool madeIntoUse =
            r.intoOutcome && leadVerb == "make" &&
            (afterPraise.rfind("way to ", 0) == 0 || afterPraise.rfind("place to ", 0) == 0 ||
             afterPraise.rfind("tool to ", 0) == 0 || afterPraise.rfind("route to ", 0) == 0);
        slogan = !inPurpose && !band && !idiom && !verbThenOutcome && !madeIntoUse &&
                 !intoPractice &&
                 (!soft || ((!r.segment || sloganIsObject) && !r.mechanism && !r.rulesOut &&
                            r.comparative.empty() && !r.anyNumber && !r.purposeNamesOutcome));
    }
    // Ties strengthened, awareness raised in other words, as open as can be: a direction with
    // nothing that would show it ("Deepen ties with local groups", "Reinforcing the links
    // between the school and pupils' homes", "Make the public more aware", "Be as open as
    // possible about our work").
    if (!output && !r.anyNumber && !s.relativeChange && !r.purposeNamesOutcome && !r.mechanism &&
        r.form != Form::Clause && r.form != Form::Done) {
        const bool ties =
            r.verb == VerbKind::Generic &&
            containsListedWord(
                lastWordOf(headWord),
                "links|ties|bonds|relations|relationships|connections|cooperation|collaboration");
        // ("Make more people aware of the Collective's vision": the same.)
        const bool madeAware = (leadVerb == "make" || leadVerb == "making") &&
                               (low.find(" more aware") != std::string_view::npos ||
                                low.find(" more people aware") != std::string_view::npos ||
                                low.find(" people aware") != std::string_view::npos);
        const std::size_t as = low.find(" as ");
        const bool asCanBe = be && as != std::string_view::npos &&
                             low.find(" as possible", as + 3) != std::string_view::npos;
        if (ties || madeAware || asCanBe) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object;
            return v;
        }
    }
    // Winning with nothing said to be won: "Win in the marketplace", "Win big in 2026", "Win at
    // retail" — a cheer, not a state anyone could check ("Win back lapsed donors" wins people).
    {
        const WordText words(low);
        if (words.size() >= 2 && words.size() <= 6 && words.word(0) == "win" &&
            containsListedWord(words.word(1), "in|at|big|together|everywhere") && !r.anyNumber &&
            !r.purposeNamesOutcome && !r.rulesOut && !r.mechanism) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(
                                         title.find_last_not_of(" .!") + 1, 0xFFFF))};
            v.thing = v.evidence;
            return v;
        }
    }
    // A quality said to be as good as can be, or praised in one word: "The node is as stable as
    // it can be", "New user and contributor experience is outstanding" — nothing that would
    // show it.
    if (r.form == Form::Clause && !r.anyNumber && !s.relativeChange && !r.purposeNamesOutcome &&
        !r.rulesOut && !r.mechanism) {
        // ("… feels as close as possible to writing ordinary sync Rust": measured against
        // something named.)
        const bool asCanBe = low.find(" as it can be") != std::string_view::npos ||
                             low.find(" as they can be") != std::string_view::npos ||
                             (low.find(" as possible") != std::string_view::npos &&
                              low.find(" as possible to ") == std::string_view::npos);
        // "User-support tooling gets better", "Our onboarding improves": a direction said of a
        // thing, with nothing that would show it.
        const std::string_view tail =
            low.substr(std::min<std::size_t>(r.verbText.begin, low.size()));
        const bool betterOnly =
            r.form == Form::Clause &&
            (tail == "gets better" || tail == "get better" || tail == "gets better." ||
             tail == "improves" || tail == "improves." || tail == "improve" ||
             tail == "becomes better" || tail == "keeps improving" ||
             tail == "keeps getting better");
        bool praisedInOneWord = betterOnly;
        for (const char* be : {" is ", " are ", " feels ", " feel "}) {
            const std::size_t at = low.find(be);
            if (at == std::string_view::npos) continue;
            std::string_view said = low.substr(at + std::char_traits<char>::length(be));
            while (!said.empty() && (said.back() == '.' || said.back() == ' '))
                said.remove_suffix(1);
            const WordText words(said);
            const bool abstractSubject =
                containsListedWord(low.substr(0, at),
                                   "experience|culture|quality|service|reputation|onboarding|"
                                   "support|documentation|brand");
            praisedInOneWord =
                abstractSubject && words.size() >= 1 && words.size() <= 2 &&
                containsListedWord(
                    words.word(words.size() - 1),
                    "outstanding|excellent|great|amazing|exceptional|superb|awesome|brilliant|"
                    "fantastic|world-class|best-in-class|first-class|delightful|top-notch");
            break;
        }
        if (asCanBe || praisedInOneWord) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(
                                         title.find_last_not_of(" .!") + 1, 0xFFFF))};
            v.thing = r.subject;
            return v;
        }
    }
    // A race against others with no mark that shows it won: "Rival the big international podcast
    // apps", "Outshine the chains".
    if (!r.anyNumber && !s.relativeChange && !r.purposeNamesOutcome &&
        containsListedWord(leadVerb, "rival|outdo|outshine|overtake|outcompete|outpace")) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }
    // "Find myself earning a living as a reporter": where one ends up, a state.
    if (output && leadVerb == "find" &&
        containsListedWord(firstWordOf(r.object.of(low)), "myself|ourselves|themselves"))
        output = false;
    // A thing built is work however it is praised ("Build a first-class onboarding programme"),
    // unless the praise is a strong slogan: "Build the best refill app in Iberia" leans on it.
    // ("Put the project at the heart of the web": nothing is made by putting; the slogan is
    // what the sentence says.)
    if (output &&
        !(slogan &&
          (r.verb != VerbKind::Work || (r.strongSlogan && r.headKind != HeadKind::Deliverable) ||
           r.verbText.of(low) == "put") &&
          !(r.verb == VerbKind::Build && r.headKind == HeadKind::Deliverable && !r.strongSlogan))) {
        v.objective = ObjectiveVerdict::Output;
        v.evidence = workSpan(r);
        v.thing = r.form == Form::Done ? r.subject : r.object;
        return v;
    }
    if (slogan) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = r.slogan;
        v.thing = r.object;
        return v;
    }
    // A claim of rank with nothing to check it by: "Become the biggest marketplace for
    // creators", "Be the partner of choice in regional freight" — S4's "Become the leading
    // platform for X" in other words, however specific the market.
    // So is one we place ourselves in: "Position our studio as the top agency in the sector".
    const std::string_view lead = firstWordOf(r.verbText.of(low));
    const bool placed = (lead == "position" || lead == "reposition" || lead == "establish" ||
                         lead == "cement" || lead == "brand") &&
                        title.find(" as ") != std::string_view::npos;
    // "OpenFlow becomes the number one schema standard": the claim follows the verb.
    const std::string_view verbLow = r.verbText.of(low);
    const bool claimAfterVerb =
        (r.form == Form::Clause || r.form == Form::Done) && !r.verbText.empty() &&
        (be || verbLow == "is" || verbLow == "are" || verbLow == "becomes" ||
         verbLow == "will be" || verbLow == "remains" || verbLow == "remain" ||
         verbLow == "stays" || verbLow == "will become");
    // "We are seen as the go-to caterer by offices in Leeds": a reputation with named people,
    // which a survey of them can check.
    const std::string_view afterVerb = claimAfterVerb ? low.substr(r.verbText.end) : "";
    const bool perceived =
        r.segment &&
        (afterVerb.rfind(" seen as ", 0) == 0 || afterVerb.rfind(" known as ", 0) == 0 ||
         afterVerb.rfind(" regarded as ", 0) == 0 || afterVerb.rfind(" viewed as ", 0) == 0 ||
         afterVerb.rfind(" recognised as ", 0) == 0 || afterVerb.rfind(" recognized as ", 0) == 0);
    const std::string_view claimed = placed           ? title.substr(title.find(" as "))
                                     : claimAfterVerb ? title.substr(r.verbText.end)
                                                      : r.object.of(title);
    const std::string_view claimedLow = placed           ? low.substr(low.find(" as "))
                                        : claimAfterVerb ? low.substr(r.verbText.end)
                                                         : r.object.of(low);
    // "Finance becomes a partner to budget holders, not a gatekeeper": the role named against
    // the one it replaces says what changes for them.
    const bool contrasted = claimedLow.find(", not a") != std::string_view::npos ||
                            claimedLow.find(" rather than ") != std::string_view::npos ||
                            claimedLow.find(" instead of ") != std::string_view::npos;
    if ((be || placed || (claimAfterVerb && !perceived) ||
         (r.form == Form::NounPhrase && firstWordOf(low) == "the")) &&
        !r.purposeNamesOutcome && !contrasted && !peopleActInside && !r.rulesOut &&
        (containsAnyWord(
             claimed, {"biggest", "largest", "default", "top", "preferred", "premier", "foremost",
                       "dominant", "authority", "choice", "most popular", "leading", "leader",
                       "best", "number one", "go-to", "first call", "first stop", "port of call",
                       "natural home", "very top", "catalyst", "beacon", "trailblazer", "pioneer",
                       "first-choice", "frontrunner", "front-runner", "powerhouse", "first pick",
                       "benchmark", "reference", "gold standard", "standard-bearer", "byword",
                       // A role claimed: "Be a watchful guardian of ratepayers'
                       // money", "To be a trusted partner that lifts …".
                       "guardian", "steward", "custodian", "champion", "voice", "advocate",
                       "partner", "ally",
                       // A model held up: "Become the example for customer care".
                       "example", "role model"}) ||
         // "Be the most trusted bank for farmers", "Norway's most powerful union": a superlative.
         claimedLow.find("the most ") != std::string_view::npos ||
         claimedLow.find("'s most ") != std::string_view::npos)) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = claimAfterVerb
                         ? TextSpan{r.verbText.begin, static_cast<std::uint16_t>(title.size())}
                         : join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }

    // A place among the best claimed for what we build: "Build one of the globe's most valuable
    // businesses", "Create one of the best places to work" — a rank with nothing to check it by
    // ("one of the top 3 apps by downloads" is one to check).
    if (r.form == Form::Imperative && r.verb == VerbKind::Build && r.verbText.end < low.size() &&
        low.substr(r.verbText.end).rfind(" one of the ", 0) == 0 &&
        low.find_first_of("0123456789") == std::string_view::npos) {
        const std::string_view rest = low.substr(r.verbText.end);
        if (containsListedWord(rest, "best|leading|finest|top|greatest") ||
            rest.find(" most ") != std::string_view::npos) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence =
                TextSpan{r.verbText.begin,
                         static_cast<std::uint16_t>(std::min<std::size_t>(title.size(), 0xFFFF))};
            v.thing = r.object;
            return v;
        }
    }

    // A superlative claimed for what we offer, for no one named: "Provide the most approachable
    // council-minutes search and local policy research service".
    if (r.form == Form::Imperative && r.object.of(low).rfind("the most ", 0) == 0 && !r.segment &&
        !r.anyNumber && !r.rulesOut && !r.purposeNamesOutcome) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }
    // A reputation with no one who holds it: "Be known as the firm that looks after its staff",
    // "Be seen as a great employer" — whose view would show it?
    {
        const std::string_view fromLead =
            low.substr(std::min<std::size_t>(r.verbText.begin, title.size()));
        std::size_t as = std::string::npos;
        for (const char* lead :
             {"be known as ", "be seen as ", "be recognised as ", "be recognized as ",
              "be regarded as ", "be known for ", "become known as ", "become known for "})
            if (fromLead.rfind(lead, 0) == 0) as = std::char_traits<char>::length(lead);
        // … and said of us in a sentence of its own: "Our city is famed as northern Europe's
        // most exciting events destination", "Northgate Town will be known as a side that wins".
        bool saidOfUs = false;
        // (A standing set against the one it replaces says what changes: "… is seen as a
        // useful check rather than a tiresome hurdle".)
        const bool replaces = low.find(" rather than ") != std::string_view::npos ||
                              low.find(" instead of ") != std::string_view::npos;
        if (as == std::string::npos && !r.anyNumber && !containsWord(low, "by") && !replaces &&
            low.find("so that") == std::string_view::npos) {
            for (const char* said : {" known as ", " famed as ", " famed for ", " renowned as ",
                                     " renowned for ", " recognised as ", " recognized as ",
                                     " celebrated as ", " regarded as ", " seen as "}) {
                const std::size_t at = low.find(said);
                if (at == std::string_view::npos) continue;
                const std::string_view before = low.substr(0, at);
                for (const char* be : {" is", " are", " will be", " becomes", " become"})
                    saidOfUs = saidOfUs || endsWithText(before, be);
                // "Get our team recognised as the authority on mountain search": the same
                // standing, caused.
                saidOfUs = saidOfUs || (before.size() < 40 && (before.rfind("get ", 0) == 0 ||
                                                               before.rfind("make ", 0) == 0));
            }
        }
        if (saidOfUs || (as != std::string::npos && r.form == Form::Imperative && !r.anyNumber &&
                         !containsWord(fromLead, "by") && !replaces)) {
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = TextSpan{r.verbText.begin, static_cast<std::uint16_t>(title.size())};
            v.thing = r.object;
            return v;
        }
    }
    // A generic verb on an abstract object, with nothing that says for whom, where or what it
    // rules out: "Improve customer satisfaction", "Grow the business", "Be a great firm".
    // Being "more efficient" is no more specific than being efficient.
    // Nor is "more" of something generic a state: "Win more clients" is "Grow clients".
    const std::string_view cmp = r.comparative.of(low);
    const bool moreOf = (cmp == "more" || cmp == "less" || cmp == "fewer") && r.contentWords > 0;
    const bool bareMore = moreOf && r.abstractWords == r.contentWords;
    // "Win more deals", "Bring more visitors to the site": more of a measure, for no one named.
    const bool moreMeasure = moreOf && !r.segment && !r.anyNumber && !r.rulesOut && !r.mechanism &&
                             !r.purposeNamesOutcome &&
                             (r.headKind == HeadKind::Metric || r.headKind == HeadKind::Vanity ||
                              r.headKind == HeadKind::Abstract);
    // "Lower costs", "Better our service": the comparative is the verb, a direction only.
    const bool comparativeIsVerb =
        r.form == Form::Imperative && r.comparative.begin == r.verbText.begin;
    // "Innovate faster", "Move quicker": a comparative that is all there is after the verb says
    // no more than the verb.
    const bool comparativeAlone = r.form == Form::Imperative && r.contentWords <= 1 &&
                                  !r.object.empty() && r.comparative.begin == r.object.begin &&
                                  r.comparative.end == r.object.end && !r.segment && !r.rulesOut;
    const bool comparative = !r.comparative.empty() && !be && !bareMore && !moreMeasure &&
                             !comparativeIsVerb && !comparativeAlone;
    // "our existing customers", "mid-market firms": people named with what sets them apart.
    // "everyone we serve" names no one in particular.
    const bool everyone = headWord == "everyone" || headWord == "everybody" || headWord == "anyone";
    // "a more inventive company", "the insurance industry": ourselves or a whole field, not
    // people anyone could ask.
    // (A place is no people: "A bustling and forward-looking small town".)
    const bool orgHead = lastWordIs(r.head.of(title), WordClass::OrgNoun) ||
                         lastWordIs(r.head.of(title), WordClass::AreaNoun);
    const bool namedPeople =
        r.headKind == HeadKind::Agent && r.contentWords >= 2 && !everyone && !orgHead;
    // "Shift maintenance from reactive to preventive": a change from one named state to another.
    bool shiftNamed = false;
    {
        const std::size_t from = low.find(" from ");
        const std::size_t to = from == std::string::npos ? from : low.find(" to ", from + 6);
        shiftNamed = to != std::string::npos && to > from + 6 && to - from <= 30 &&
                     !std::isdigit(static_cast<unsigned char>(low[from + 6])) &&
                     to + 4 < low.size() && std::isalpha(static_cast<unsigned char>(low[to + 4]));
    }
    // "Drive adoption of release automation": what a measure is of names the measure, not whom it
    // is for ("… to create a capital-efficient growth model" says what it is for).
    const bool measureOf = r.headKind == HeadKind::Metric && r.purpose.empty() &&
                           r.qualifier.of(low).rfind("of ", 0) == 0 &&
                           !(r.classes & (bit(WordClass::AgentNoun) | bit(WordClass::AreaNoun)));
    // "Acquire the skill of building software that applies machine learning": a skill named by
    // what it does is one anyone could test.
    const std::string_view skillOf = r.qualifier.of(low);
    const bool namedSkill = containsListedWord(lastWordOf(r.head.of(low)),
                                               "skill|skills|know-how|mastery|fluency|command") &&
                            (skillOf.rfind("of ", 0) == 0 || skillOf.rfind("in ", 0) == 0) &&
                            WordText(join(r.qualifier, r.purpose).of(low)).size() >= 3;
    const bool specific =
        r.segment || r.rulesOut || comparative || r.purposeNamesOutcome || namedPeople ||
        peopleActInside || intoPractice || claimOrPeople || r.anyNumber || r.intoOutcome ||
        shiftNamed || namedSkill ||
        // ("Make the database boring to operate": the state it is made into, and for what.)
        (madeInto && (r.headKind == HeadKind::Deliverable || r.headKind == HeadKind::Other)) ||
        keptState ||
        (!r.qualifier.empty() && !r.qualifierAll && r.headKind != HeadKind::Abstract &&
         !measureOf && !wholeField(r.qualifier.of(low)));
    const bool loose =
        r.verb == VerbKind::Generic || r.verb == VerbKind::Change || r.verb == VerbKind::Achieve ||
        r.verb == VerbKind::Maintain || r.verb == VerbKind::Other ||
        r.verb == VerbKind::Experience ||
        // "Streamline operations": work on something abstract, nothing else.
        (r.verb == VerbKind::Work && r.headKind == HeadKind::Abstract && !r.headGuessed &&
         r.contentWords <= 2 && r.abstractWords == r.contentWords) ||
        (r.verb == VerbKind::Build &&
         (r.headKind == HeadKind::Abstract || r.headKind == HeadKind::Agent));
    const bool gerundHead = r.headGerund;
    // A head guessed abstract from its ending ("functionality", "curation") counts after a verb
    // that only says "better" (optimise, support, strengthen), not after one that moves a number.
    const bool abstract =
        r.contentWords > 0 && !gerundHead &&
        (r.abstractWords == r.contentWords || (r.contentWords == 1 && r.tailWords == 0) ||
         (r.headKind == HeadKind::Abstract && (!r.headGuessed || r.verb == VerbKind::Generic ||
                                               (r.verb == VerbKind::Change && r.contentWords <= 2 &&
                                                r.qualifier.empty() && r.tailWords == 0))));
    const bool thing = r.headKind == HeadKind::Deliverable && r.qualifier.empty();
    // A generic verb other than "make" on a noun no table knows: "Deepen our bond", "Strengthen
    // our finances", "Safeguard our local democracy" — what a verb that only says "better" is
    // put to is abstract, whatever the noun ("Make search fast" names the state it makes).
    const bool unknownBettered = r.verb == VerbKind::Generic && r.headKind == HeadKind::Other &&
                                 r.headGuessed && leadVerb.rfind("mak", 0) != 0;
    // Moving a named metric with no figure and no one it is for is a direction, not a target:
    // "Reduce attrition", "Cut no-shows" — unless people are named ("… new users wait").
    // "Improve our response times" too — but "Improve lead data completeness" names which
    // data and which quality of it (S0's own objective).
    const bool metricMove = (r.verb == VerbKind::Change || r.verb == VerbKind::Achieve ||
                             (r.verb == VerbKind::Generic && r.contentWords <= 2)) &&
                            (r.headKind == HeadKind::Metric || r.headKind == HeadKind::Vanity) &&
                            !r.anyNumber && !r.segment && !r.rulesOut && !r.mechanism &&
                            !r.purposeNamesOutcome && (r.comparative.empty() || moreMeasure) &&
                            !((r.classes & bit(WordClass::AgentNoun)) && r.tailWords > 0 &&
                              r.headKind != HeadKind::Vanity);
    // A metric named with no figure and no one it is for: "CTO: cutting churn and downgrades",
    // "Push up turnover" — unless whose it is is named ("Win over Lisbon's coffee crowd").
    const bool metricNamed = r.form == Form::NounPhrase && r.headKind == HeadKind::Metric &&
                             !r.anyNumber && !r.segment && !r.rulesOut && !r.mechanism &&
                             !r.purposeNamesOutcome && (r.comparative.empty() || moreMeasure) &&
                             !namedOwner(title);
    // A direction named as a noun phrase, the comparative its only content: "Lower costs",
    // "Better retention across the board", "Higher revenue" — no figure, no one it is for.
    const bool direction = wordIs(firstWordOf(low), WordClass::DirectionWord) &&
                           r.form == Form::NounPhrase && !r.anyNumber && !r.segment &&
                           !r.rulesOut && !r.mechanism && !r.purposeNamesOutcome && !namedPeople &&
                           r.contentWords <= 3 &&
                           (r.headKind == HeadKind::Metric || r.headKind == HeadKind::Abstract ||
                            r.headKind == HeadKind::Vanity);
    // "Sell more", "Do better": the object is only a direction.
    const std::string_view objectText = r.object.of(low);
    bool bareDirection = r.form == Form::Imperative && r.contentWords == 0 && !r.segment &&
                         !r.anyNumber && wordIs(objectText, WordClass::DirectionWord);
    // "Win", "Grow", "Execute": a verb and nothing it acts on.
    bareDirection =
        bareDirection || (r.form == Form::Imperative && r.object.empty() && r.qualifier.empty() &&
                          r.contentWords == 0 && !r.anyNumber && r.purpose.empty());
    // "Get better at inbound marketing", "Be better at retention": better at something, for no one.
    // Read from the verb on, so a label before it ("Marketing: get better at SEO") does not hide
    // it.
    const std::string_view fromVerb =
        low.substr(std::min<std::size_t>(r.verbText.begin, title.size()));
    const bool betterAt =
        (fromVerb.rfind("get better at ", 0) == 0 || fromVerb.rfind("be better at ", 0) == 0 ||
         fromVerb.rfind("become better at ", 0) == 0 || fromVerb.rfind("do better at ", 0) == 0) &&
        !r.anyNumber && !r.purposeNamesOutcome && !r.rulesOut &&
        // What follows "at" is the skill ("at SEO"), not a segment; one named after it is.
        !containsListedWord(fromVerb, "for|among|with|in");
    // Idioms of doing well that name nothing to move: "Make the most of our buildings", "Raise
    // our game", "Make a real difference".
    bool idiom = false;
    for (const char* i :
         {"make the most of ", "get the most out of ", "get the most from ", "make a difference",
          "make a real difference", "make an impact", "make a real impact", "raise our game",
          "up our game", "step up our ", "make the best of ", "do more with "})
        idiom = idiom || fromVerb.rfind(i, 0) == 0;
    idiom = idiom && r.form == Form::Imperative && !r.segment && !r.anyNumber &&
            !r.purposeNamesOutcome && !r.rulesOut;
    // People made or kept in a mood, nothing else: "Make our customers happy", "Keep members
    // engaged", "Create happy customers" — a feeling wished for, with no one in particular and no
    // sign of it to look for.
    const std::string_view afterLead =
        low.substr(std::min<std::size_t>(r.verbText.end, low.size()));
    const bool moodWished =
        r.form == Form::Imperative && !r.segment && !r.anyNumber && !r.purposeNamesOutcome &&
        !r.rulesOut && !r.mechanism && anyWordIs(afterLead, WordClass::AgentNoun) &&
        WordText(afterLead).size() <= 4 &&
        containsListedWord(
            afterLead,
            "happy|happier|satisfied|delighted|successful|engaged|loyal|excited|proud|thrilled") &&
        containsListedWord(firstWordOf(fromVerb), "make|keep|create|build|grow");
    if (bareDirection || betterAt || idiom || moodWished) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }
    // Two directions side by side, a motto: "Less Upheaval, More Enjoyment", "More doing, less
    // talking" — which way, but not of what or for whom.
    if (!r.anyNumber && WordText(low).size() <= 6 &&
        (low.rfind("less ", 0) == 0 || low.rfind("more ", 0) == 0 || low.rfind("fewer ", 0) == 0) &&
        (low.find(", more ") != std::string_view::npos ||
         low.find(", less ") != std::string_view::npos ||
         low.find(", fewer ") != std::string_view::npos)) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence =
            TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(title.size(), 0xFFFF))};
        v.thing = r.object;
        return v;
    }
    if (direction) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = r.object.empty() ? r.head : r.object;
        v.thing = r.head;
        return v;
    }
    // A heading of a few words naming people or a quality, nothing else: "Flourishing
    // Neighbourhoods", "Safer neighbourhoods", "CEO: Strong team." — a theme's name, not a state
    // anyone could check.
    const std::size_t headingWords = r.form == Form::NounPhrase && !r.object.empty()
                                         ? WordText(title.substr(r.object.begin)).size()
                                         : 0;
    // "Theme: Community & Feedback Network", "Member Experience & Community Uplift": two themes
    // named side by side, a heading of a few words.
    const std::string_view headingText = r.object.of(low);
    const bool paired =
        headingWords >= 2 && headingWords <= 5 && headingText.find(" & ") != std::string_view::npos;
    const bool heading =
        r.form == Form::NounPhrase && headingWords > 0 && (headingWords <= 3 || paired) &&
        (paired || r.headKind == HeadKind::Agent || r.headKind == HeadKind::Abstract) &&
        !r.anyNumber && r.qualifier.empty() && r.purpose.empty() && !r.rulesOut && !r.mechanism &&
        !r.segment && !namedOwner(title) && !versioned(title);
    // "Help everyone gain the confidence to reach their ambitions": a generic verb for everyone.
    const std::string_view objectLow = r.object.of(low);
    const bool forEveryone =
        r.form == Form::Imperative && r.verb == VerbKind::Generic &&
        (objectLow.rfind("everyone", 0) == 0 || objectLow.rfind("everybody", 0) == 0 ||
         objectLow.rfind("all people", 0) == 0 ||
         // "Make internet access easy for all": whatever it is, for everyone at once.
         endsWithText(low, " for all") || endsWithText(low, " for everyone")) &&
        !r.segment && !r.anyNumber && !r.rulesOut && !r.mechanism;
    // A vision of a place, all praise and no one doing anything: "Goal 1: A broad-based local
    // economy", "Ours will be a caring, healthy and close-knit community", "Fairness, opportunity
    // and a good life for every household in the region".
    bool vision = false;
    const std::string_view beVerb = r.verbText.of(low);
    // "Building a brighter tomorrow of lively communities": the same after a verb of making.
    const bool makes =
        r.form == Form::Imperative && (r.verb == VerbKind::Build || r.verb == VerbKind::Generic);
    if ((r.form == Form::NounPhrase || makes ||
         (r.form == Form::Clause &&
          (beVerb == "will be" || beVerb == "is" || beVerb == "are" || beVerb == "will become"))) &&
        !r.anyNumber && !r.rulesOut && !r.mechanism) {
        // After a verb of making, only what it makes is the vision.
        const okr::WordText w(
            makes ? title.substr(std::min<std::size_t>(r.verbText.end, title.size())) : title);
        const WordTable& table = defaultWordTable();
        std::size_t content = 0, praise = 0;
        bool other = false;
        for (std::size_t i = 0; i < w.size() && !other; ++i) {
            const std::string_view word = w.word(i);
            const ClassMask c = table.wordClasses(word);
            if (c & (bit(WordClass::StopWord) | bit(WordClass::Determiner) |
                     bit(WordClass::Preposition) | bit(WordClass::Conjunction) |
                     bit(WordClass::BeVerb) | bit(WordClass::Filler)) ||
                word == "will" || word == "be" || word.size() <= 1)
                continue;
            ++content;
            bool praised = (c & (bit(WordClass::SoftSlogan) | bit(WordClass::VagueSlogan))) != 0;
            praised = praised || (c & bit(WordClass::PraiseWord));
            bool known = praised ||
                         ((c & bit(WordClass::AbstractNoun)) && !(c & bit(WordClass::MetricNoun)));
            known = known || (c & bit(WordClass::PlaceWord));
            praise += praised ? 1 : 0;
            other = !known;
        }
        vision = !other && praise > 0 && content >= 3;
    }
    // Praise heaped on what we are or give, nothing that could be checked: "Be a well-run,
    // prudent and trusted municipality", "Proud to give first-rate, compassionate care to the
    // people we serve", "Nurture an outstanding, diverse community of learners" — three words of
    // praise (two with nothing else specific) say how it should feel, not what changes.
    // Words of praise in the sentence (after any heading before a colon: "Healthy: …" names the
    // theme), each counted once whatever tables it is in; the comparatives and the words a vision
    // shares with plain description are not praise here.
    const std::size_t headingColon = title.find(':');
    const std::size_t bodyAt =
        headingColon != std::string_view::npos && headingColon < 40 ? headingColon + 1 : 0;
    const Praise praiseFound = praiseIn(title.substr(bodyAt));
    const int praise = praiseFound.count;
    // Praise heaped on what we are or give, nothing that could be checked: "Be a well-run,
    // prudent and trusted municipality", "Proud to give first-rate, compassionate care to the
    // people we serve" — three words of praise (two with nothing else specific) say how it should
    // feel, not what changes. Said of a thing in a sentence of its own ("Our reception areas are
    // clean, step-free and welcoming") they are the state to check; said of ourselves ("We
    // provide excellent, caring services") they are still praise.
    const std::string_view subjectWords = r.subject.of(low);
    const bool ofUs = subjectWords == "we" || subjectWords.rfind("we ", 0) == 0 ||
                      lastWordIs(r.subject.of(title), WordClass::OrgNoun);
    const bool praised =
        !vision && !r.anyNumber && !r.rulesOut && !r.mechanism && !r.purposeNamesOutcome &&
        !shiftNamed && !claimOrPeople && r.comparative.empty() &&
        (praise >= 3 || (praise >= 2 && !r.segment && !namedPeople)) &&
        ((r.form != Form::Clause && r.form != Form::Done) || ofUs) && !teamHead(r.head.of(title)) &&
        r.verb != VerbKind::Work && !r.staffs && r.headKind != HeadKind::Deliverable;
    // "Be a lively force for good", "Become a leader in our industry", "To be a trusted partner":
    // what we would like to be called — praise, a standing or a comparative, and no one it
    // changes for ("Become a paperless practice" names a state that can be checked).
    bool selfDescribed = false;
    {
        const std::size_t colon = low.find(':');
        std::string_view body =
            colon != std::string_view::npos && colon < 40 ? low.substr(colon + 1) : low;
        while (!body.empty() && body.front() == ' ') body.remove_prefix(1);
        if (body.rfind("to ", 0) == 0) body.remove_prefix(3);
        const std::string_view standing = headWord;
        selfDescribed =
            (body.rfind("be a ", 0) == 0 || body.rfind("be an ", 0) == 0 ||
             body.rfind("become a ", 0) == 0 || body.rfind("become an ", 0) == 0) &&
            (praise > 0 || !r.comparative.empty() || wordIs(standing, WordClass::StandingNoun)) &&
            !r.anyNumber && !r.segment && !r.rulesOut && !namedOwner(title) &&
            !r.purposeNamesOutcome;
    }
    if (heading || forEveryone || vision || praised || selfDescribed) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = r.object;
        if (praised && !praiseFound.firstRun.empty()) {
            v.evidence = praiseFound.firstRun;
            v.evidence.begin = static_cast<std::uint16_t>(v.evidence.begin + bodyAt);
            v.evidence.end = static_cast<std::uint16_t>(v.evidence.end + bodyAt);
        }
        v.thing = r.object;
        return v;
    }
    if (!specific && !r.purposeNamesOutcome &&
        ((r.form == Form::Imperative && loose &&
          (abstract || thing || be || metricMove || unknownBettered ||
           (orgHead && r.verb == VerbKind::Generic))) ||
         (r.form == Form::NounPhrase &&
          (abstract || r.headKind == HeadKind::Abstract || metricNamed ||
           (changeNoun && r.abstractWords + 1 == r.contentWords))))) {
        v.objective = ObjectiveVerdict::Vague;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }
    return v;
}

// Our own output counted under a label: "Media releases issued by the town: 60", "Themed displays
// mounted: 120", "No. of advisory visits made (output indicator). Target: 3,650" — the things
// named, then the work verb's participle, then a count after the colon. Empty when the count is a
// share, money or a time (a service level: "Repairs done within 20 days: 95%"), or the things are
// people (those reached are a headcount, not our work). `thing` gets the things counted.
TextSpan outputCounted(std::string_view low, TextSpan* thing) {
    const std::size_t colon = low.rfind(':');
    if (colon == std::string_view::npos || colon < 8 || colon > 120) return {};
    for (const std::string_view sign : {"%", "$", "€", "£"})
        if (low.find(sign) != std::string_view::npos) return {};
    const WordText after(low.substr(colon + 1));
    std::size_t k = 0;
    if (k < after.size() && (after.word(k) == "at" || after.word(k) == "over")) ++k;
    if (k < after.size() && after.word(k) == "least") ++k;
    if (k >= after.size() || !isDigits(after.word(k))) return {};
    const std::string_view label = low.substr(0, colon);
    if (containsListedWord(label,
                           "within|per|rate|share|ratio|average|time|days|hours|minutes|weeks|"
                           "percentage|proportion"))
        return {};
    static const std::initializer_list<std::string_view> kMade = {
        "issued", "mounted",   "held",      "run",       "made",      "staffed", "aired",
        "added",  "published", "produced",  "organised", "organized", "hosted",  "conducted",
        "staged", "attended",  "delivered", "written",   "filed",     "raised",  "carried",
        "built",  "installed", "planted",   "launched",  "released",  "drafted", "prepared"};
    const WordText words(label);
    for (std::size_t i = 1; i < words.size() && i <= 8; ++i) {
        if (!containsAnyWord(words.word(i), kMade)) continue;
        const std::string_view before = words.word(i - 1);
        if (isBe(before) || before == "of" || before == "and" || before == "no") return {};
        // (The things, plural, right before the participle: not "People trained", "Staff hired".)
        if (before.size() < 4 || before.back() != 's' || wordIs(before, WordClass::AgentNoun) ||
            wordIs(before, WordClass::MetricNoun))
            return {};
        // (What the rewrite names: the things, after "Number of" or a heading and its dash.)
        std::size_t from = 0;
        for (std::size_t j = 0; j + 2 < i; ++j)
            if (containsListedWord(words.word(j), "number|no|count|total") &&
                words.word(j + 1) == "of")
                from = words.offset(j + 2);
        for (const std::string_view dash : {" - ", " – "}) {
            const std::size_t at = label.rfind(dash, words.offset(i));
            if (at != std::string_view::npos) from = std::max(from, at + dash.size());
        }
        if (thing) *thing = clampedSpan(from, words.offset(i - 1) + before.size());
        return clampedSpan(0, words.offset(i) + words.word(i).size());
    }
    return {};
}

}  // namespace

namespace {

// The grammar's verdict on a key result (judgeKeyResultByRules adds what a line's layout says).
Judgement grammarVerdict(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v;
    if (r.form == Form::Empty) return v;
    const std::string lowered = lowerCase(title);
    const std::string_view low = lowered;
    // A level brought down to: "Testing a plugin locally is easy: down to 1-2 shell commands",
    // "Onboarding down to 3 steps" — the figure is the target of a measure that falls.
    if (const std::size_t down = low.find("down to ");
        down != std::string_view::npos && down + 8 < low.size() &&
        std::isdigit(static_cast<unsigned char>(low[down + 8])) && r.verb != VerbKind::Work &&
        r.verb != VerbKind::Build)
        return v;
    // A system kept running, or carrying a load, without failing: "A background agent runs for
    // 14 days without a crash", "The whiteboard supports 8 users in a session without a failure"
    // — reliability or capacity, a property of the system with its figure.
    if (r.anyNumber && r.form != Form::Imperative) {
        bool failureRuledOut = false;
        for (const char* failing :
             {" without a crash", " without crashing", " without a failure", " without failing",
              " without a restart", " without restarting", " without downtime",
              " without an outage", " without errors", " without an error", " without data loss"})
            failureRuledOut = failureRuledOut || low.find(failing) != std::string_view::npos;
        if (failureRuledOut &&
            containsListedWord(
                low, "runs|run|stays|works|operates|handles|supports|survives|serves|copes|holds"))
            return v;
    }
    // Books read, counted: "Read six non-fiction books", "Get through 35 books", "Books read this
    // year: 24", "Two worthwhile books per month" — our own reading, work counted (not "close
    // the books", an order book or books sold).
    if (const std::size_t books = low.find("books");
        books != std::string_view::npos && r.anyNumber && !r.percentOrMoney &&
        containsWord(low, "books") &&
        (containsListedWord(low, "read|through|finish") ||
         low.find("books per ") != std::string_view::npos ||
         low.find("books a ") != std::string_view::npos) &&
        !containsListedWord(low, "close|order|sell|sold|publish|write")) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = r.counted.empty() ? clampedSpan(books, books + 5) : r.counted;
        v.thing = clampedSpan(books, books + 5);
        return v;
    }
    if (const TextSpan made = outputCounted(low, &v.thing); !made.empty()) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = made;
        return v;
    }
    // A thing of ours named, then its state: "Community sport plan: drawn up", "Citywide
    // adult-learning council: not yet in place → established", "Destination office: 0 → 1 set
    // up" — done or not done.
    if (const std::size_t colon = low.find(':');
        colon != std::string_view::npos && colon >= 4 && colon < 70 && !sharePercent(low)) {
        std::string_view status = low.substr(colon + 1);
        // (What it was before the arrow is the start; the state after it is the one to reach.)
        for (const std::string_view arrow : {"→", "->", " to "}) {
            const std::size_t at = status.rfind(arrow);
            if (at != std::string_view::npos) status = status.substr(at + arrow.size());
        }
        while (!status.empty() && (status.back() == '.' || status.back() == ' '))
            status.remove_suffix(1);
        while (!status.empty() &&
               (status.front() == ' ' || std::isdigit(static_cast<unsigned char>(status.front()))))
            status.remove_prefix(1);
        static const std::initializer_list<std::string_view> kStates = {
            "drawn up",  "established", "set up",     "adopted",   "in place",  "completed",
            "published", "launched",    "introduced", "created",   "opened",    "built",
            "delivered", "implemented", "written",    "drafted",   "agreed",    "approved",
            "done",      "finished",    "signed",     "installed", "appointed", "founded"};
        const WordText label(low.substr(0, colon));
        // "Civic-activity newsletter: 5 issues a year": what we put out, counted after its name.
        const WordText counted(low.substr(colon + 1));
        if (counted.size() >= 2 && counted.size() <= 6 &&
            std::isdigit(static_cast<unsigned char>(counted.word(0)[0])) &&
            containsListedWord(counted.word(1),
                               "issues|editions|episodes|posts|articles|sessions|workshops|"
                               "newsletters|videos|bulletins|mailings|webinars") &&
            (counted.size() == 2 || counted.word(2) == "a" || counted.word(2) == "per" ||
             counted.word(2) == "each" || counted.word(2) == "every")) {
            v.keyResult = KeyResultVerdict::CountedWork;
            v.evidence = TextSpan{0, static_cast<std::uint16_t>(title.size())};
            v.thing = TextSpan{0, static_cast<std::uint16_t>(colon)};
            return v;
        }
        const bool state = std::find(kStates.begin(), kStates.end(), status) != kStates.end();
        if (state && label.size() >= 1 && label.size() <= 8 &&
            !anyWordIs(low.substr(0, colon), WordClass::MetricNoun)) {
            v.keyResult = KeyResultVerdict::Deliverable;
            v.evidence = TextSpan{0, static_cast<std::uint16_t>(title.size())};
            v.thing = TextSpan{0, static_cast<std::uint16_t>(colon)};
            return v;
        }
    }
    // Code counted by its lines, whatever verb ships it: "Ship 25,000 lines of new code" — size,
    // not what the code does.
    // ("Remove 10,000 lines of dead code" is a clean-up, work.)
    if (r.anyNumber && !sharePercent(low) &&
        !containsListedWord(firstWordOf(r.verbText.of(low)),
                            "remove|delete|cut|drop|retire|reduce|prune")) {
        for (const std::string_view lines : {"lines of code", "lines of new code", "lines of"}) {
            const std::size_t at = low.find(lines);
            if (at == std::string_view::npos) continue;
            const std::size_t end = low.find("code", at);
            if (end == std::string_view::npos || end > at + lines.size() + 12) continue;
            return vanityOf(
                TextSpan{static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(end + 4)});
        }
    }
    // A vanity count named as the measure, with no number yet: "Count of outside downloads and
    // repository clones per month", "Number of outside issues, comments, reviews and pull
    // requests", "Average commits made by each external contributor".
    if (low.find_first_of("0123456789") == std::string_view::npos) {
        for (const std::string_view lead : {"count of ", "number of ", "total ", "average "}) {
            if (low.rfind(lead, 0) != 0) continue;
            const std::string_view named = low.substr(lead.size());
            const std::string_view counted = named.substr(0, named.find(" made by "));
            if (hasPhrase(counted, WordClass::VanityMetric) ||
                containsListedWord(counted, "commits|downloads|clones|stars")) {
                Judgement named =
                    vanityOf(TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(
                                             low.find_last_not_of(" .") + 1, 0xFFFF))});
                // What the rewrite asks to be brought: the things counted ("outside downloads
                // and repository clones"), not the words that count them.
                const std::size_t end = std::min(counted.find(" per "), counted.size());
                named.thing = TextSpan{static_cast<std::uint16_t>(lead.size()),
                                       static_cast<std::uint16_t>(lead.size() + end)};
                return named;
            }
        }
    }
    // A distance inside a time: "Run 1500 m in under 5:10", "Swim 1 km in less than 25
    // minutes" — a performance to reach, not distance logged.
    if (const std::size_t in = low.find(" in under ") != std::string_view::npos
                                   ? low.find(" in under ")
                                   : low.find(" in less than ");
        in != std::string_view::npos && r.anyNumber &&
        containsListedWord(firstWordOf(low), "run|swim|cycle|row|walk|ride")) {
        const std::string_view time = low.substr(in);
        if (time.find(':') != std::string_view::npos ||
            containsListedWord(time, "minutes|min|seconds|hours|mins"))
            return v;
    }
    // Places of ours opened, counted: "Open 12 restaurants before year-end", "Open 130 to 170
    // new stores" — our expansion, work (what they should bring is the measure).
    if (r.form == Form::Imperative && firstWordOf(r.verbText.of(low)) == "open" && r.anyNumber &&
        !r.percentOrMoney && !r.counted.empty() &&
        containsListedWord(
            lastWordOf(r.head.of(low)),
            "restaurants|stores|shops|branches|outlets|cafes|clinics|offices|locations|sites|"
            "centres|centers|hotels|gyms|studios|kitchens|warehouses|hubs")) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = join(r.verbText, r.counted);
        v.thing = r.head;
        return v;
    }
    // Service asked to be quick, with no time named: "Respond to each phone call quickly",
    // "Answer service calls promptly", "We will handle every query promptly and honestly" — how
    // quick is quick is the number missing, not a task to tick off.
    // ("Reply to issues in good time": a first word the reader took for a noun is the verb too.)
    static const std::initializer_list<std::string_view> kServe = {
        "respond", "responds", "answer",    "answers", "reply",   "replies",  "handle",
        "handles", "process",  "processes", "deal",    "resolve", "resolves", "treat",
        "treats",  "serve",    "serves",    "carry",   "carrying"};
    const bool serveVerb = containsAnyWord(firstWordOf(r.verbText.of(low)), kServe);
    const WordText opening(low.substr(0, std::min<std::size_t>(low.size(), 40)));
    const bool servesFirst = opening.size() > 2 && containsAnyWord(opening.word(0), kServe) &&
                             containsListedWord(opening.word(1), "to|all|every|each|the|our|any");
    // ("Holds on print items are filled promptly": the same, said of each one done.)
    if (!r.anyNumber && low.find_first_of("0123456789") == std::string_view::npos &&
        (serveVerb || servesFirst || r.form == Form::Done)) {
        std::size_t quick = std::string_view::npos;
        for (const char* phrase :
             {" promptly", " quickly", " swiftly", " rapidly", " speedily", " in good time",
              " without delay", " at the earliest opportunity", " as soon as possible",
              " in a timely", " timely"})
            quick = std::min(quick, low.find(phrase));
        const std::size_t from = serveVerb && !servesFirst ? r.verbText.begin : 0;
        // (… "promptly, before the fourth ring": the bound is named in words.)
        if (quick != std::string_view::npos && quick > from &&
            (serveVerb || servesFirst || quick >= r.verbText.end) &&
            !containsListedWord(low.substr(quick), "before|within|under")) {
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.timely = true;
            // What is to be quick: the words from the verb up to "promptly" ("Answer GitHub
            // issues"), which the rewrite gives its time and share.
            v.evidence = clampedSpan(from, quick);
            v.thing = r.object.empty() ? r.subject : r.object;
            return v;
        }
    }
    // A habit or a skill asked for with no number: "Blog regularly", "I want to post more
    // regularly", "Speak German fluently" — how often or how well is the number missing.
    if (!r.anyNumber && low.find_first_of("0123456789") == std::string_view::npos) {
        const WordText words(low);
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (!containsListedWord(words.word(k),
                                    "regularly|fluently|confidently|consistently|frequently") &&
                !(words.word(k) == "often" && k > 0 && words.word(k - 1) == "more"))
                continue;
            // ("Gain regularly funded status": an adverb of the participle after it.)
            if (k + 1 < words.size() && words.word(k + 1).size() > 3 &&
                words.word(k + 1).substr(words.word(k + 1).size() - 2) == "ed")
                continue;
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.habit = true;
            v.evidence =
                TextSpan{static_cast<std::uint16_t>(words.offset(k)),
                         static_cast<std::uint16_t>(words.offset(k) + words.word(k).size())};
            v.thing = r.object.empty() ? r.subject : r.object;
            return v;
        }
    }
    // A following counted by its heads: "Build a community of 1,500 people around the show",
    // "Become a congregation of 250 members" — its size, with no tie to what it does.
    if (const TextSpan gathered = gatheringOf(low); !gathered.empty() && !sharePercent(low))
        return vanityOf(gathered);
    // "Raise pages per visit from about 5 to 7", "Cut tickets per 1,000 orders": a count over
    // what people do is a rate, a measure — not things made nor attention counted.
    if ((r.headKind == HeadKind::Deliverable || r.headKind == HeadKind::Vanity ||
         (r.headKind == HeadKind::Other && r.form == Form::NounPhrase && !r.anyNumber)) &&
        !r.head.empty()) {
        const std::string_view after = low.substr(r.head.end);
        if (after.rfind(" per ", 0) == 0) {
            const std::string_view next = firstWordOf(std::string_view(after).substr(5));
            const std::string n = lowerCase(next);
            if (n == "visit" || n == "session" || n == "user" || n == "customer" || n == "order" ||
                n == "request" || n == "visitor" || n == "account" || n == "click" || n == "view" ||
                n == "transaction" || n == "booking" || n == "deploy" || n == "release" ||
                n == "install" || (!n.empty() && std::isdigit(static_cast<unsigned char>(n[0]))) ||
                (r.form == Form::NounPhrase && !r.anyNumber && r.headKind != HeadKind::Vanity &&
                 ratePer(after.substr(5)))) {
                Wording rate = r;
                rate.headKind = HeadKind::Metric;
                rate.counted = {};
                rate.vanityCount = {};
                return judgeKeyResultByRules(title, rate, s);
            }
        }
    }
    // A measure held in a band named in words is a target (namedBand).
    if (namedBand(low, r)) return v;
    // A financial state reached is a target (financialState).
    if (financialState(low, r)) return v;
    // A share of a count ("99.5% crash-free sessions", "85% of scorecards") is a rate; "25% more
    // followers" is a count grown, and a share of voice is attention however it is counted.
    const bool hasTarget = s.target || s.relativeChange || s.bandLow || s.bandHigh;
    const std::string_view countedText = r.counted.of(title);
    const bool share = !r.counted.empty() && countedText.find('%') != std::string_view::npos &&
                       !containsListedWord(countedText, "more|fewer") &&
                       !containsWord(r.head.of(title), "voice");
    const bool counted = !r.counted.empty();
    const bool outcomeShape = (s.fromTo || (s.baseline && s.target)) &&
                              (r.headKind == HeadKind::Metric || r.headKind == HeadKind::Agent ||
                               r.headKind == HeadKind::Other || r.headKind == HeadKind::None);

    // What others contribute, counted: "40+ data corrections merged from community pull
    // requests", "25 pull requests from outside contributors merged" — their work, not ours, and
    // no crowd's attention.
    const bool othersContribute =
        counted &&
        containsListedWord(title,
                           "community|outside|external|contributors|volunteers|customers|users") &&
        (title.find(" from ") != std::string_view::npos ||
         title.find(" by ") != std::string_view::npos) &&
        r.form != Form::Imperative;

    // A vanity number counted as a level, as the measure or anywhere ("… gets 300 views").

    // A vanity subject that reaches a number is one too: "Site visits top 400,000 in Q3".
    // So is one that grows by a share: "Organic traffic up 45%" (vanity before its missing start).
    // And one said to keep growing, with no figure at all: "Daily page views keep rising" (vanity
    // is the first defect, before the missing number).
    const bool vanityReaches =
        r.form == Form::Clause &&
        (((r.anyNumber || s.relativeChange) &&
          ((r.verb == VerbKind::Achieve && !r.percentOrMoney) || r.verb == VerbKind::Change)) ||
         (!r.anyNumber && !hasTarget &&
          (r.verb == VerbKind::Change || r.verb == VerbKind::Maintain)));
    // Visits we pay are work: "Attend 12 supplier site visits" — followers added are not.
    // So are links we build: "Build 40 backlinks".
    // … or said run or held: "Rhyme-time sessions will be run every week" (sessions we hold, not
    // a site's visits).
    const bool weDoThem =
        (r.form == Form::Imperative && (r.verb == VerbKind::Work || r.verb == VerbKind::Build) &&
         counted && !r.percentOrMoney && r.verbText.of(low) != "add") ||
        (r.form == Form::Done && !r.percentOrMoney &&
         containsListedWord(r.verbText.of(low),
                            "run|held|hosted|delivered|organised|organized|conducted|given|taught|"
                            "made|paid|carried"));
    // "Get better media coverage": a quality wished for, with nothing counted — not a level.
    const bool qualityOnly =
        !r.anyNumber && !hasTarget &&
        containsListedWord(join(r.comparative, r.object).of(title), "better|stronger");
    // A rate moved from one share to another is no count: "Increase repeat supplier logins
    // from 10% to 22%".
    // … and so is one held at a share: "Keep email click-through at 4% or higher".
    // … and so is a rate named as one, brought to a share: "Raise the letter's click-through rate
    // to 3.2%".
    const std::string_view headLast = lastWordOf(r.head.of(low));
    const bool rate = (s.fromTo || (s.target && !s.relativeChange &&
                                    (r.verb == VerbKind::Maintain || headLast == "rate" ||
                                     headLast == "ratio" || headLast == "percentage"))) &&
                      s.unit == "%";
    // "Monthly users of the docs site": the site's visitors, traffic by another name.
    bool siteUsers = false;
    if ((headLast == "users" || headLast == "user") && r.head.end < title.size()) {
        const std::string_view after = low.substr(r.head.end);
        if (after.rfind(" of ", 0) == 0)
            siteUsers = containsListedWord(
                            after, "site|website|docs|blog|wiki|portal|page|pages|homepage") &&
                        !containsListedWord(after, "app|product|platform|service");
    }
    // … and "weekly site users", "blog users": the site named before them.
    if (!siteUsers && (headLast == "users" || headLast == "user")) {
        const std::string_view phrase = (r.object.empty() ? r.subject : r.object).of(low);
        siteUsers = containsListedWord(phrase, "site|website|blog|docs|wiki|portal|homepage") &&
                    !containsListedWord(phrase, "app|product|platform|service");
    }
    if (siteUsers && !share && !r.percentOrMoney && (r.anyNumber || hasTarget)) {
        v.keyResult = KeyResultVerdict::Vanity;
        v.evidence = join(r.head, r.qualifier.empty() ? r.head : r.qualifier);
        v.thing = r.head;
        return v;
    }
    // "1,000 paying readers", "800 active subscribers": people who pay or use, not a crowd.
    // … or on a paid plan, said just after them: "8 subscribers to the paid plan".
    const TextSpan countAndHead = join(r.counted, r.head);
    const std::string_view justAfter =
        low.substr(std::min<std::size_t>(countAndHead.end, low.size()), 24);
    // "get 14,000 readers to pay €60 each", "18,000 readers who set up a regular payment":
    // people counted as they pay.
    const std::string_view clauseAfter =
        low.substr(std::min<std::size_t>(countAndHead.end, low.size()), 60);
    const bool paying =
        !countAndHead.empty() &&
        (clauseAfter.rfind(" to pay ", 0) == 0 || clauseAfter.rfind(" to donate ", 0) == 0 ||
         clauseAfter.rfind(" to buy ", 0) == 0 ||
         ((clauseAfter.rfind(" who ", 0) == 0 || clauseAfter.rfind(" that ", 0) == 0) &&
          containsListedWord(
              clauseAfter,
              "pay|pays|payment|payments|donate|donation|donations|buy|buys|purchase")));
    // "members who post weekly", "followers who click through to the site": the ones who act,
    // not the crowd (not "readers who are …", "fans who have …": what they are, not do).
    const std::string_view afterHead =
        low.substr(std::min<std::size_t>(r.head.end, low.size()), 40);
    const bool whoAct =
        afterHead.rfind(" who ", 0) == 0 &&
        !containsListedWord(
            firstWordOf(afterHead.substr(5)),
            "are|is|have|has|were|was|follow|like|love|loves|enjoy|enjoys|read|watch|listen|open");
    // "4.7 stars on the App Store": a rating (a fraction, or at most five), not GitHub's count.
    const std::string_view countWords = r.counted.of(low);
    const std::string_view stars = countWords.substr(0, countWords.find(' '));
    const bool upToFive =
        !stars.empty() && stars[0] >= '0' && stars[0] <= '5' &&
        (stars.size() == 1 || (stars[1] == '.' && stars.size() <= 4 &&
                               stars.find_first_not_of("0123456789", 2) == std::string_view::npos));
    const bool rating = containsListedWord(countWords, "stars|star") &&
                        !containsListedWord(low, "github|repo|repository") &&
                        (upToFive || containsListedWord(stars, "one|two|three|four|five"));
    const bool valued =
        paying || whoAct || rating || paidFor(countAndHead.of(title)) ||
        paidFor(r.object.of(title)) ||
        containsListedWord(countAndHead.of(title), "retained|premium") ||
        // "full-price digital subscribers": subscribers at a price.
        join(r.object, countAndHead).of(low).find("full-price") != std::string_view::npos ||
        (!countAndHead.empty() &&
         (justAfter.rfind(" to the paid ", 0) == 0 || justAfter.rfind(" on the paid ", 0) == 0 ||
          justAfter.rfind(" on a paid ", 0) == 0 || justAfter.rfind(" to a paid ", 0) == 0));
    // "Outside contributors' pull requests merged in under 6 days on average": how fast, not how
    // many.
    const bool cycleTime = timeBound(low) && containsListedWord(title, "average|median");
    // The crowd counted as the subject, doing something more than paying attention: "This year,
    // five listeners write in to say how an episode changed what they do".
    const std::string_view firstVerb = firstWordOf(r.verbText.of(low));
    const bool crowdActs = r.form == Form::Clause && counted && inside(r.counted, r.subject) &&
                           (r.verb == VerbKind::Work || r.verb == VerbKind::Other ||
                            r.verb == VerbKind::Experience || r.verb == VerbKind::Build) &&
                           !wordIs(firstVerb, WordClass::BeVerb) &&
                           !wordIs(firstVerb, WordClass::AttentionVerb) &&
                           !containsListedWord(firstVerb, "sign|signs");
    // "Merge the supplier registration checks onto one portal", "Promote learning sessions for
    // every worker": our work on a thing named like a count, with no number, is work. (Not when
    // the count follows the first word at once: "Post impressions on Mastodon", "Package
    // downloads keep growing" name the count with a noun first.)
    const bool workOnIt = r.form == Form::Imperative &&
                          (r.verb == VerbKind::Work || r.verb == VerbKind::Build) && !r.anyNumber &&
                          !hasTarget && r.head.begin > r.object.begin;
    // "Two-factor login turned on for all staff": a thing made (one, not a count: "Lines of code
    // shipped per sprint" stays vanity), said done, counts nothing.
    const std::string_view headWord = firstWordOf(r.head.of(low));
    const bool madeDone =
        r.form == Form::Done && !r.anyNumber && !headWord.empty() && headWord.back() != 's';
    if (r.headKind == HeadKind::Vanity && !cycleTime && !crowdActs && !workOnIt && !madeDone &&
        !(r.form == Form::Clause && r.counted.empty() && !vanityReaches) && !share &&
        !r.measureBeside && !weDoThem && !qualityOnly && !rate && !valued && !othersContribute &&
        // "Half of the summit attendees have delivered …": a share of people doing something.
        !shareOfPeople(title)) {
        v.keyResult = KeyResultVerdict::Vanity;
        v.evidence = r.counted.empty() ? r.head : r.counted;
        v.thing = r.head;
        return v;
    }
    // Users counted as a level, with nothing saying they use it: "Have 1M users by December",
    // "Reach 50,000 registered users" — not "Reach 5,000 weekly active users".
    // So are accounts opened, named with no verb or said done: "220,000 new student accounts
    // across the products", "3,500 new trial accounts opened in Q3".
    const bool levelNamed =
        (r.form == Form::Imperative &&
         (r.verb == VerbKind::Generic || r.verb == VerbKind::Achieve)) ||
        (r.form != Form::Imperative && !s.fromTo && !share && !r.percentOrMoney);
    // Without a verb first, the count opens the subject or the phrase.
    const TextSpan countedPhrase = counted                      ? r.counted
                                   : r.form == Form::NounPhrase ? r.object
                                   : r.form != Form::Imperative ? r.subject
                                                                : TextSpan{};
    const bool countFirst = !countedPhrase.empty() && countedPhrase.begin < title.size() &&
                            std::isdigit(static_cast<unsigned char>(title[countedPhrase.begin]));
    // ("Get 500 users to use the new dashboard weekly": users doing something, not a level.)
    const std::string_view afterCount =
        std::string_view(low).substr(std::min<std::size_t>(countedPhrase.end, low.size()));
    const bool doing = afterCount.rfind(" to ", 0) == 0 || afterCount.rfind(" who ", 0) == 0 ||
                       afterCount.rfind(" that ", 0) == 0;
    if (levelNamed && countFirst && !doing) {
        const std::string_view countedWords = countedPhrase.of(low);
        const okr::WordText all(countedWords);
        // The words of the count without its number ("1M", "50,000").
        std::vector<std::string_view> w;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all.word(i).find_first_of("0123456789") == std::string_view::npos &&
                !containsListedWord(all.word(i), "million|thousand|billion"))
                w.push_back(all.word(i));
        // ("150k users in-state", "2.5 million users nationwide": where they are, after them.)
        for (std::size_t i = 0; i + 1 < w.size(); ++i) {
            if (w[i] != "users" && w[i] != "accounts") continue;
            bool where = true;
            for (std::size_t k = i + 1; k < w.size(); ++k)
                where = where &&
                        containsListedWord(
                            w[k],
                            "nationwide|worldwide|statewide|countrywide|globally|overall|in|state");
            if (where) w.resize(i + 1);
        }
        const bool level =
            !w.empty() &&
            (w.size() == 1 ||
             (w.size() == 2 && (w[0] == "registered" || w[0] == "total" ||
                                (r.form != Form::Imperative && w[0] == "new"))) ||
             (w.size() == 3 && r.form != Form::Imperative && w[0] == "new" &&
              (w[1] == "student" || w[1] == "trial" || w[1] == "free" || w[1] == "app")));
        if (level)
            if (w.back() == "users" || w.back() == "accounts") {
                v.keyResult = KeyResultVerdict::Vanity;
                v.evidence = countedPhrase;
                v.thing = r.head;
                // ("150k users in-state": the head read is the place; the thing is the users.)
                const std::size_t at = countedWords.find(w.back());
                if (lastWordOf(r.head.of(low)) != w.back() && at != std::string_view::npos) {
                    v.thing.begin = static_cast<std::uint16_t>(countedPhrase.begin + at);
                    v.thing.end = static_cast<std::uint16_t>(v.thing.begin + w.back().size());
                }
                return v;
            }
    }
    // A vanity count named in a label, its level alone after the colon: "Monthly PV goal for
    // 2026: 80,000", "Newsletter subscribers: 12k".
    if (const std::size_t colon = low.rfind(':');
        colon != std::string_view::npos && colon > 0 && !r.percentOrMoney) {
        // ("Visits to the archive: target 42,000", "Visitors: at least 85,000 a year": the
        // level with the word that marks it as the aim, and its period.)
        std::string_view level = low.substr(colon + 1);
        while (!level.empty() && level.front() == ' ') level.remove_prefix(1);
        for (const std::string_view lead :
             {"target ", "goal ", "aim ", "at least ", "over ", "more than ", "about ", "around "})
            if (level.rfind(lead, 0) == 0) {
                level.remove_prefix(lead.size());
                break;
            }
        // ("… held: from 3 to 10": the level to reach is the second figure.)
        if (level.rfind("from ", 0) == 0 && level.find(" to ") != std::string_view::npos)
            level.remove_prefix(level.find(" to ") + 4);
        for (const std::string_view period : {" a year", " per year", " each year", " every year",
                                              " a month", " per month", " annually"})
            if (level.size() > period.size() &&
                level.substr(level.size() - period.size()) == period) {
                level.remove_suffix(period.size());
                break;
            }
        // ("GitHub stars: 90+ in the first 24 hours", "First-time guests: 900 this year",
        // "Community size: 80K members by month 12": the level, then when or what it counts.)
        std::string counted;
        {
            const std::size_t end = level.find_first_not_of("0123456789,.km+");
            if (end != std::string_view::npos && end > 0 && level[end] == ' ') {
                const std::string_view rest = level.substr(end + 1);
                std::string_view next = firstWordOf(rest);
                if (containsListedWord(next,
                                       "members|followers|visitors|users|people|views|"
                                       "downloads|subscribers|stars|hours|interactions")) {
                    counted = std::string(next);
                    next = firstWordOf(rest.substr(std::min(rest.size(), next.size() + 1)));
                }
                if (!next.empty() &&
                    containsListedWord(next,
                                       "in|within|by|this|over|across|per|each|every|for|"
                                       "during|total|at"))
                    level = level.substr(0, end);
            }
        }
        const bool numberOnly =
            level.find_first_of("0123456789") != std::string_view::npos &&
            level.find_first_not_of("0123456789,. k+") == std::string_view::npos;
        // ("Count of booked sessions run on site: 1,420": sessions we run are work.)
        const std::string labelAndCount =
            std::string(low.substr(0, colon)) + (counted.empty() ? "" : " " + counted);
        const std::string_view label = labelAndCount;
        // Coverage of us counted in a label: "Print-press news items about the ombudsman:
        // 1,500", "Stories about the council in national newspapers: 7,500".
        if (numberOnly && label.find(" about ") != std::string_view::npos &&
            containsListedWord(label, "stories|items|articles|mentions|clippings|reports|pieces") &&
            containsListedWord(label, "news|press|newspapers|media|tv|radio|online|coverage"))
            return vanityOf(TextSpan{0, static_cast<std::uint16_t>(colon)});
        if (numberOnly && hasPhrase(label, WordClass::VanityMetric) &&
            !hasPhrase(label, WordClass::ActivityVerb) &&
            !containsListedWord(label, "paid|paying|buying|bought|sales|referred|ticketed"))
            return vanityOf(TextSpan{0, static_cast<std::uint16_t>(colon)});
        // Work done, counted in a label: "Workshops held: at least 12", "Roadside breath tests
        // carried out: at least 1,800" (not people reached: "Pharmacists trained: 800").
        const WordText labelWords(label);
        if (numberOnly && labelWords.size() >= 2 && labelWords.size() <= 8 &&
            !wordIs(labelWords.word(0), WordClass::AgentNoun) &&
            !anyWordIs(label, WordClass::MetricNoun)) {
            std::size_t d = labelWords.size() - 1;
            if ((labelWords.word(d) == "out" || labelWords.word(d) == "up") && d >= 2) --d;
            const std::string_view done = labelWords.word(d);
            const bool workDone = containsListedWord(
                done,
                "held|run|given|built|sent|made|written|carried|set|delivered|organised|organized|"
                "published|installed|planted|produced|conducted|hosted|completed|issued|opened");
            if (workDone) {
                v.keyResult = KeyResultVerdict::CountedWork;
                v.evidence = TextSpan{0, static_cast<std::uint16_t>(colon)};
                v.thing = TextSpan{0, static_cast<std::uint16_t>(labelWords.offset(d) - 1)};
                return v;
            }
        }
    }
    // Names added to a list of ours: "Add 4,000 new names to the newsletter list", "Add 2,000
    // contacts to the email list" — the list grown, not what its readers do.
    if (!r.counted.empty() && !r.percentOrMoney && r.headKind != HeadKind::Deliverable &&
        firstWordOf(r.verbText.of(low)) == "add" && r.counted.end < low.size()) {
        const std::string_view after = low.substr(r.counted.end);
        const std::string_view list = after.substr(0, after.find_first_of(",;("));
        if (after.rfind(" to ", 0) == 0 &&
            containsListedWord(list, "list|newsletter|mailing|database") &&
            containsListedWord(lastWordOf(r.counted.of(low)),
                               "names|contacts|people|emails|addresses|subscribers|readers|leads|"
                               "members|signups|sign-ups"))
            return vanityOf(r.counted);
    }
    // A list of vanity counts moved together: "Lift shares, comments and likes by 35%".
    if (!r.vanityList.empty() && (r.anyNumber || hasTarget) &&
        (r.verb == VerbKind::Change || r.verb == VerbKind::Achieve)) {
        return vanityOf(r.vanityList);
    }
    // Attention counted in times: "Pricing guide downloaded 2,500 times", "Get the app installed
    // 80,000 times".
    if (const TextSpan times = attentionTimes(title); !times.empty()) {
        return vanityOf(times);
    }
    // People counted joining or following a channel: "500 new members join the Slack
    // community", "2,000 readers subscribe to the newsletter" — an audience grown.
    // ("More than 1,400 people sign up for our congress" reads as done: "sign" is "sign off" too.)
    const bool signUp =
        r.form == Form::Done && firstWordOf(r.verbText.of(low)) == "sign" &&
        low.substr(std::min<std::size_t>(r.verbText.end, low.size())).rfind(" up", 0) == 0;
    if ((r.form == Form::Clause || signUp) && !r.counted.empty() &&
        (r.headKind == HeadKind::Agent || lastWordIs(r.head.of(title), WordClass::AgentNoun)) &&
        !r.percentOrMoney && !share) {
        const std::string_view lead = firstWordOf(r.verbText.of(low));
        const bool joins = lead == "join" || lead == "joins" || lead == "follow" ||
                           lead == "follows" || lead == "subscribe" || lead == "subscribes" ||
                           lead == "sign" || lead == "signs";
        const WordText object(r.object.of(title));
        const WordTable::Hits hits = defaultWordTable().scan(object);
        if (joins && (hits.has(WordClass::VanityMetric) ||
                      containsListedWord(r.object.of(low),
                                         "newsletter|community|channel|server|group|list|page") ||
                      containsListedWord(signUp ? r.qualifier.of(low) : r.object.of(low),
                                         "congress|conference|summit|webinar|event|meetup"))) {
            v.keyResult = KeyResultVerdict::Vanity;
            v.evidence = join(r.counted, r.verbText);
            if (signUp) v.evidence.end = static_cast<std::uint16_t>(r.verbText.end + 3);
            v.thing = r.counted;
            return v;
        }
    }
    // Attention counted by who pays it: "Get 10,000 people to visit the new site", "Our LinkedIn
    // posts reach 200k people" — a crowd reached, with no tie to what it does next.
    if (!r.percentOrMoney && !share && r.anyNumber &&
        (((r.headKind == HeadKind::Agent || !r.peopleCount.empty()) &&
          containsListedWord(low, "visit|view|watch|follow|download|attend") &&
          (low.find(" to visit ") != std::string_view::npos ||
           low.find(" to attend ") != std::string_view::npos ||
           low.find(" to view ") != std::string_view::npos ||
           low.find(" to watch ") != std::string_view::npos ||
           low.find(" to follow ") != std::string_view::npos ||
           low.find(" to download ") != std::string_view::npos)) ||
         low.find("posts reach ") != std::string_view::npos ||
         low.find("ads reach ") != std::string_view::npos ||
         low.find("videos reach ") != std::string_view::npos ||
         low.find("content reaches ") != std::string_view::npos ||
         low.find("campaign reaches ") != std::string_view::npos ||
         low.find("campaign that reaches ") != std::string_view::npos ||
         low.find("ads that reach ") != std::string_view::npos ||
         low.find("posts that reach ") != std::string_view::npos) &&
        !containsListedWord(
            low, "sign|buy|book|pay|order|convert|enrol|enroll|register|apply|donate|purchase")) {
        v.keyResult = KeyResultVerdict::Vanity;
        v.evidence = !r.peopleCount.empty() ? r.peopleCount : join(r.verbText, r.object);
        if (v.evidence.empty()) v.evidence = r.head;
        v.thing = v.evidence;
        return v;
    }
    // Press attention: "Get featured in two national dailies", "Secure coverage in 3 national
    // newspapers", "Press release picked up by 20 outlets" — written by others about us, counted,
    // with no tie to what readers then do.
    for (const std::string_view lead : {"featured in ", "featured by ", "coverage in ",
                                        "picked up by ", "write-ups in ", "articles in "}) {
        const std::size_t at = low.find(lead);
        if (at == std::string_view::npos || share ||
            containsListedWord(low, "sign|buy|book|convert"))
            continue;
        const std::size_t from = at + lead.size();
        const WordText rest(low.substr(from, 40));
        // Counted, or many of them: one feature in one magazine is an event (a milestone).
        std::size_t end = 0;
        for (std::size_t k = 0; k < rest.size() && end == 0; ++k)
            if (containsListedWord(rest.word(k),
                                   "newspapers|outlets|publications|press|media|magazines|dailies|"
                                   "titles|blogs|podcasts") ||
                (r.anyNumber &&
                 containsListedWord(rest.word(k), "newspaper|outlet|publication|magazine")))
                end = from + rest.offset(k) + rest.word(k).size();
        if (end > 0)
            return vanityOf(TextSpan{static_cast<std::uint16_t>(at),
                                     static_cast<std::uint16_t>(std::min(end, title.size()))});
    }
    // A hashtag's uses, counted: "Our hashtag is used 20,000 times during the festival", "5,000
    // posts with #CityRuns" — mentions by another name.
    if (r.anyNumber && !r.percentOrMoney && !share && !s.relativeChange &&
        (containsWord(low, "hashtag") || containsWord(low, "hashtags"))) {
        std::size_t at = low.find("hashtag");
        while (at != std::string_view::npos && at > 0 &&
               std::isalpha(static_cast<unsigned char>(low[at - 1])))
            at = low.find("hashtag", at + 7);
        if (at != std::string_view::npos) {
            std::size_t end = at + 7;
            if (end < low.size() && low[end] == 's') ++end;
            const TextSpan tag = clampedSpan(at, end);
            const std::string_view next = firstWordOf(low.substr(std::min(end + 1, low.size())));
            if (containsListedWord(next, "uses|use|mentions|posts"))
                return vanityOf(clampedSpan(at, end + 1 + next.size()));
            TextSpan count = r.counted.empty() ? numberSpan(title) : r.counted;
            if (count.end + 6u <= low.size() && low.substr(count.end, 6) == " times")
                count.end = static_cast<std::uint16_t>(count.end + 6);
            const bool near =
                !s.fromTo && !count.empty() &&
                (count.begin > tag.end ? count.begin - tag.end : tag.begin - count.end) <= 25;
            Judgement v = vanityOf(near ? join(tag, count) : tag);
            v.thing = tag;
            return v;
        }
    }
    // Engagement on social media as a level: "A 25% rise in engagement on our social media
    // channels", "280 interactions on Twitter and Facebook" — reactions counted, not what they
    // bring ("engagement rate" names a rate; a share of people is one).
    if ((!share || s.relativeChange) && !shareOfPeople(title)) {
        for (const std::string_view crowd :
             {"engagement", "interactions", "interaction", "reactions", "comments"}) {
            const std::size_t at = low.find(crowd);
            if (at == std::string_view::npos || !containsWord(low, crowd)) continue;
            const std::string_view after = low.substr(at + crowd.size(), 48);
            if (after.rfind(" rate", 0) == 0 || after.rfind(" score", 0) == 0) break;
            if (containsListedWord(after,
                                   "social|facebook|twitter|instagram|tiktok|linkedin|youtube|"
                                   "mastodon|bluesky|retweets|posts|post"))
                return vanityOf(clampedSpan(at, at + crowd.size()));
            break;
        }
    }
    // Attention others give us, counted: "4 influential bloggers write about us", "Get 6
    // journalists asking us for interviews", "12 users tweet about the product", "the third
    // most-visited section of the site", "one article goes viral", "Land 10 podcast guest slots"
    // — a crowd's notice, not what it brings.
    if (!share && !r.percentOrMoney && !s.fromTo) {
        static constexpr std::string_view kNoticed[] = {
            "write about us", "writes about us",     "write about our", "writing about us",
            "cover us",       "covers us",           "mention us",      "mentions us",
            "feature us",     "features us",         "interview us",    "us for interviews",
            "cite us",        "link to us",          "tweet about",     "tweets about",
            "tweet or share", "share publicly",      "post about us",   "talk about us",
            "most-visited",   "most visited",        "most-viewed",     "most viewed",
            "most-read",      "most read",           "most-downloaded", "most downloaded",
            "most-watched",   "most watched",        "most-followed",   "most followed",
            "go viral",       "goes viral",          "went viral",      "takes off on",
            "take off on",    "front page of",       "trending on",     "invited to speak",
            "guest slots",    "podcast appearances", "cited and linked"};
        const bool counted = r.anyNumber || low.find(" third ") != std::string_view::npos ||
                             low.find(" second ") != std::string_view::npos;
        // (A place ranked by visits is a section of a site, not a country: "the world's most
        // visited countries" is the visitor trade itself.)
        const bool onSite =
            containsListedWord(low, "site|website|page|pages|blog|docs|channel|section|guides");
        for (const std::string_view noticed : kNoticed) {
            const std::size_t at = low.find(noticed);
            const std::size_t end = at + noticed.size();
            // ("Tweets about the festival reach 1 million impressions": the count is later.)
            if (at == std::string_view::npos || at == 0 || !counted ||
                std::isalnum(static_cast<unsigned char>(low[at - 1])) ||
                (end < low.size() && std::isalnum(static_cast<unsigned char>(low[end]))) ||
                (noticed.rfind("most", 0) == 0 && !onSite))
                continue;
            return vanityOf(clampedSpan(at, end));
        }
        // "110 people sign up to the campaign": people counted as they sign up, to nothing paid.
        if (!r.peopleCount.empty() && r.form != Form::Imperative &&
            inside(r.peopleCount, r.subject) &&
            (low.find(" sign up") != std::string_view::npos ||
             low.find(" signed up") != std::string_view::npos) &&
            !containsListedWord(
                low,
                "paid|pay|paying|trial|plan|subscription|course|programme|program|class|classes"))
            return vanityOf(r.peopleCount);
    }
    // Reviews gathered, counted: "Get 120 reviews on the Kindle store", "Garner 60 reviews in the
    // first month" — how many wrote one, not what they said ("an average rating of 4.8 across 150
    // reviews" is the rating) nor reviews we hold ("Hold 12 design reviews").
    if (r.form == Form::Imperative && !r.counted.empty() && !r.percentOrMoney && !share &&
        containsListedWord(lastWordOf(r.head.of(low)), "reviews|ratings") &&
        containsListedWord(firstVerb,
                           "get|garner|earn|collect|gather|receive|reach|hit|secure|attract") &&
        !containsListedWord(r.counted.of(low),
                            "design|code|peer|performance|architecture|security|safety"))
        return vanityOf(r.counted);
    // Members of a chat server counted: "Grow Discord server membership from 3,000 to 15,000" —
    // people who joined once, not what they do ("weekly active members" is).
    if (r.anyNumber && !r.percentOrMoney && !share &&
        containsListedWord(low, "discord|slack|telegram|subreddit|whatsapp|facebook") &&
        !containsListedWord(low,
                            "active|weekly|daily|monthly|paying|paid|retained|returning|posting")) {
        for (const std::string_view member : {"membership", "members", "subscribers", "joiners"}) {
            std::size_t at = low.find(member);
            if (at == std::string_view::npos || !containsWord(low, member)) continue;
            // The place named before the members: "Discord server membership".
            std::size_t begin = at;
            for (int words = 0; words < 2 && begin > 1; ++words) {
                const std::size_t space = low.rfind(' ', begin - 2);
                const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
                const std::string_view word = low.substr(from, begin - 1 - from);
                if (!containsListedWord(
                        word,
                        "discord|slack|telegram|subreddit|whatsapp|server|community|group|channel"))
                    break;
                begin = from;
            }
            // ("grows past 300 members": the number before them is quoted with them.)
            if (begin == at && at > 1) {
                const std::size_t space = low.rfind(' ', at - 2);
                const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
                if (std::isdigit(static_cast<unsigned char>(low[word]))) begin = word;
            }
            const TextSpan members = clampedSpan(begin, at + member.size());
            return vanityOf(inside(members, r.counted) ? r.counted : members);
        }
    }
    // People reached through what we publish: "Reach 1 million people through the campaign",
    // "Reach 200,000 people via our social channels", "… with the awareness campaign" (not "with
    // the vaccine").
    // … or said done: "4.2m people reached across our social media channels".
    const bool reachedDone =
        r.form == Form::Clause && firstVerb == "reached" && inside(r.peopleCount, r.subject);
    if (!r.peopleCount.empty() && !share &&
        ((r.form == Form::Imperative && containsListedWord(firstVerb, "reach|hit")) ||
         reachedDone)) {
        const std::string_view after = low.substr(
            std::min<std::size_t>(reachedDone ? r.verbText.end : r.peopleCount.end, low.size()));
        if ((after.rfind(" through ", 0) == 0 || after.rfind(" via ", 0) == 0 ||
             after.rfind(" with our ", 0) == 0 || after.rfind(" with the ", 0) == 0 ||
             after.rfind(" with a ", 0) == 0 || after.rfind(" on ", 0) == 0 ||
             after.rfind(" across ", 0) == 0) &&
            containsListedWord(
                after.substr(0, std::min<std::size_t>(after.size(), 40)),
                "campaign|campaigns|ads|adverts|advertising|posts|content|channels|social|"
                "newsletter|videos|media|facebook|instagram|linkedin|tiktok|youtube|twitter|"
                "programme|program|project|demonstrations|roadshows"))
            return vanityOf(join(r.verbText, r.peopleCount));
    }
    // People counted by the page they come to: "Get 30% more people landing on our site from
    // search engines", "Double the people coming to our blog" — traffic, said as people.
    if ((r.anyNumber || s.relativeChange) && !share &&
        !containsListedWord(
            low,
            "sign|buy|book|pay|order|convert|enrol|enroll|register|apply|donate|purchase|return")) {
        for (const char* arrive : {" people visiting ", " people landing on ", " people coming to ",
                                   " visitors landing on ", " visitors coming to "}) {
            const std::size_t at = low.find(arrive);
            if (at == std::string_view::npos) continue;
            std::size_t place = at + std::char_traits<char>::length(arrive);
            const std::string_view det = firstWordOf(low.substr(place));
            if (det == "our" || det == "the") place += det.size() + 1;
            const std::string_view where = firstWordOf(low.substr(place));
            if (containsListedWord(
                    where, "site|website|blog|page|pages|homepage|channel|profile|shop|store"))
                return vanityOf(TextSpan{static_cast<std::uint16_t>(at + 1),
                                         static_cast<std::uint16_t>(place + where.size())});
        }
    }
    // Attention said of our thing, by a number of people: "Repository starred by 75+
    // developers", "Video watched by 20,000 people".
    // "Each weekly issue is read by 250 to 300 people": the same after "is".
    const std::size_t by = low.find(" by ");
    const std::string_view beforeBy =
        by == std::string_view::npos ? std::string_view() : lastWordOf(low.substr(0, by));
    const bool participleBy =
        attentionParticiple(beforeBy) &&
        low.substr(by + 4, 15).find_first_of("0123456789") != std::string_view::npos;
    const bool attentionBy =
        (r.form == Form::Done && (wordIs(firstVerb, WordClass::AttentionVerb) || participleBy)) ||
        (r.form == Form::Clause && wordIs(firstVerb, WordClass::BeVerb) && participleBy);
    if (r.anyNumber && !r.percentOrMoney && !share && attentionBy && by != std::string_view::npos) {
        v.keyResult = KeyResultVerdict::Vanity;
        v.evidence = join(r.verbText, r.peopleCount.empty() ? r.qualifier : r.peopleCount);
        if (v.evidence.empty()) v.evidence = r.verbText;
        v.thing = r.subject;
        return v;
    }
    // A count of attention asked as a question: "How many people register for the paper-wallet
    // kit", "How many visitors download the guide".
    if (low.rfind("how many ", 0) == 0 &&
        containsListedWord(low,
                           "register|registers|download|downloads|subscribe|subscribes|follow|"
                           "follows|visit|visits|view|views|sign|signs|attend|attends"))
        return vanityOf(
            TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(
                            r.verbText.empty() ? title.size() : r.verbText.end, 0xFFFF))});
    // A label that names attention, then only its level: "Social media following target: up
    // from 620,000 to 850,000", "Instagram followers: 30k".
    // ("GitHub stars: growing month on month": the same, grown with no figure.)
    if (const std::size_t colon = low.find(':'); colon != std::string_view::npos && colon < 48) {
        const bool grown =
            !r.anyNumber &&
            containsListedWord(firstWordOf(low.substr(std::min(colon + 2, low.size()))),
                               "growing|grows|grow|rising|rises|up|increasing|higher");
        if ((r.anyNumber || grown) && !share &&
            hasPhrase(low.substr(0, colon), WordClass::VanityMetric) &&
            (grown || (r.headKind != HeadKind::Metric && r.headKind != HeadKind::Agent &&
                       (r.object.empty() || r.object.begin > colon) &&
                       (r.subject.empty() || r.subject.begin > colon))))
            return vanityOf(TextSpan{0, static_cast<std::uint16_t>(colon)});
    }
    // Growth of attention named as the measure: "Month-on-month growth in followers across all
    // channels", "Growth in page views of 20% a quarter", "Double the monthly gain in followers".
    if ((r.form == Form::NounPhrase || r.form == Form::Imperative) && !share &&
        containsListedWord(lastWordOf(r.head.of(low)), "growth|increase|rise|gain") &&
        (r.qualifier.of(low).rfind("in ", 0) == 0 || r.qualifier.of(low).rfind("of ", 0) == 0) &&
        (hasPhrase(r.qualifier.of(low), WordClass::VanityMetric) ||
         // ("A 25% rise in engagement on our social media channels": engagement on social media.)
         (containsListedWord(r.qualifier.of(low), "engagement|interactions") &&
          containsListedWord(r.qualifier.of(low),
                             "social|instagram|facebook|tiktok|linkedin|"
                             "twitter|youtube|channels|posts"))))
        return vanityOf(join(r.head, r.qualifier));
    // Members of a channel or a group counted as a level: "Raise lurking members of the broadcast
    // channel from 140 to 300".
    if (r.anyNumber && !r.percentOrMoney && !share &&
        containsListedWord(lastWordOf(r.head.of(low)), "members|subscribers|followers") &&
        r.qualifier.of(low).rfind("of ", 0) == 0 &&
        containsListedWord(r.qualifier.of(low),
                           "channel|group|server|discord|slack|telegram|forum|chat|list"))
        return vanityOf(join(r.head, r.qualifier));
    // People counted paying attention: "320 people subscribed to the stream", "5,000 people
    // watched the launch video" — a crowd's attention, whatever the verb's form.
    if (r.form == Form::Clause && !r.peopleCount.empty() && inside(r.peopleCount, r.subject) &&
        !r.percentOrMoney && !share) {
        // (Said as done: "12k riders share their journey data with us" is what riders do.)
        if (firstVerb.rfind("join", 0) != 0 && firstVerb != "seen" && firstVerb != "read" &&
            attentionParticiple(firstVerb))
            return vanityOf(r.peopleCount);
        // "14,000 people attend our public programs this year": turnout, said as a clause.
        // ("• 15,000 people attend the open days", "At least 3,000 people join our webinars": a
        // mark or a bound before them; joining a session is attending it.)
        const std::string_view before =
            low.substr(0, std::min<std::size_t>(r.peopleCount.begin, low.size()));
        const bool opens = before.find_first_of("abcdefghijklmnopqrstuvwxyz0123456789") ==
                               std::string_view::npos ||
                           before == "at least " || before == "over " || before == "more than ";
        // ("More than 180,000 people take part on clean-up day": turnout too.)
        // (Not a say taken: "300 residents take part in mapping … and comment on the plan".)
        const std::string_view rest = std::string_view(low).substr(
            std::min<std::size_t>(r.verbText.begin + firstVerb.size() + 1, low.size()));
        const bool takePart = (firstVerb == "take" || firstVerb == "took") &&
                              firstWordOf(rest) == "part" &&
                              rest.find(" and ") == std::string_view::npos &&
                              containsListedWord(rest,
                                                 "day|run|race|walk|event|events|festival|"
                                                 "parade|tournament|marathon|match|games");
        const bool joinsSessions =
            (firstVerb == "join" || firstVerb == "joined") &&
            containsListedWord(lastWordOf(r.object.of(low)),
                               "webinars|events|sessions|classes|talks|workshops|livestreams|"
                               "streams|calls|meetups|meet-ups|tours|days");
        if ((firstVerb == "attend" || firstVerb == "attended" || joinsSessions || takePart) &&
            opens)
            return vanityOf(r.peopleCount);
    }
    // What people read or watch of ours, counted: "Developers read 2.5 million pages of our
    // documentation", "Viewers watch 40,000 hours of our videos" — attention, counted in pages.
    if (r.form == Form::Clause && !r.counted.empty() && !r.percentOrMoney && !share &&
        r.subject.end <= r.counted.begin &&
        (lastWordIs(r.subject.of(low), WordClass::AgentNoun) ||
         containsListedWord(lastWordOf(r.subject.of(low)),
                            "people|readers|viewers|visitors|listeners|fans")) &&
        containsListedWord(firstVerb,
                           "read|reads|view|views|viewed|watch|watches|watched|open|opens|opened|"
                           "stream|streams|streamed") &&
        containsListedWord(
            lastWordOf(r.counted.of(low)),
            "pages|articles|posts|videos|episodes|hours|minutes|stories|issues|emails|newsletters"))
        return vanityOf(join(r.verbText, r.counted));
    // People counted in a room of ours: "150 people in the Matrix chat room", "2,000 members on
    // the Discord server" — a crowd gathered, with no tie to what it does.
    // ("Over 300 people at the annual fair": a bound before them is still the start.)
    const std::string_view beforePeople =
        low.substr(0, std::min<std::size_t>(r.peopleCount.begin, low.size()));
    // ("Have 85,000 people on the mailing list by year end": the same, had.)
    // ("Aim to get at least 12,000 people on your mailing list": the verb just before them.)
    std::string_view verbBefore = beforePeople;
    for (const std::string_view bound : {"at least ", "more than ", "over "})
        if (verbBefore.size() >= bound.size() &&
            verbBefore.substr(verbBefore.size() - bound.size()) == bound)
            verbBefore.remove_suffix(bound.size());
    while (!verbBefore.empty() && verbBefore.back() == ' ') verbBefore.remove_suffix(1);
    const bool hadPeople =
        r.form == Form::Imperative &&
        ((containsListedWord(firstWordOf(low), "have|get|reach") &&
          r.peopleCount.begin == r.object.begin) ||
         (!r.peopleCount.empty() && containsListedWord(lastWordOf(verbBefore), "have|get|reach")));
    if (!r.peopleCount.empty() && !r.percentOrMoney && !share &&
        (r.form == Form::NounPhrase || hadPeople) &&
        (r.peopleCount.begin == 0 || beforePeople == "more than " || beforePeople == "over " ||
         beforePeople == "at least " || hadPeople)) {
        const std::string_view after =
            low.substr(std::min<std::size_t>(r.peopleCount.end, low.size()));
        if ((after.rfind(" in ", 0) == 0 || after.rfind(" on ", 0) == 0) &&
            containsListedWord(
                after,
                "chat|room|server|discord|slack|group|channel|forum|community|list|mailing")) {
            return vanityOf(r.peopleCount);
        }
        // … or at an event of ours: "5,500 people at library programmes in 2024", "At least 150
        // people at each talk" — turnout.
        if (after.rfind(" at ", 0) == 0 && hasPhrase(after.substr(4), WordClass::DeliverableNoun) &&
            !containsListedWord(after, "least|most"))
            return vanityOf(r.peopleCount);
    }
    // A vanity count named by its numbers: "Push yearly visitor numbers up to 400,000",
    // "Download figures above 20,000", "Push the pageview counter on to half a million".
    {
        // The phrase up to its head: "yearly visitor numbers".
        const TextSpan phrase = r.form == Form::Imperative ? r.object : r.subject;
        const bool before = !phrase.empty() && !r.head.empty() && phrase.begin < r.head.begin &&
                            r.head.begin <= low.size();
        if (before && r.anyNumber && !r.percentOrMoney && !share &&
            containsListedWord(lastWordOf(r.head.of(low)),
                               "numbers|figures|count|counts|totals|counter|tally") &&
            hasPhrase(low.substr(phrase.begin, r.head.begin - phrase.begin),
                      WordClass::VanityMetric))
            return vanityOf(TextSpan{phrase.begin, r.head.end});
    }
    // A mark passed in a vanity count: "Cross the 4 million mark in total page hits".
    {
        const std::string_view qualifierLow = r.qualifier.of(low);
        if (r.form == Form::Imperative && r.anyNumber && !r.percentOrMoney &&
            containsListedWord(lastWordOf(r.head.of(low)), "mark|milestone|barrier") &&
            qualifierLow.rfind("in ", 0) == 0 && hasPhrase(qualifierLow, WordClass::VanityMetric))
            return vanityOf(join(r.object, r.qualifier));
    }
    // A level of a vanity count named as a mark to pass: "Pass the 30,000-visitor mark on the
    // blog", "Hit the 10k-follower milestone".
    if (const TextSpan mark = hyphenedCount(title, true); !mark.empty()) {
        return vanityOf(mark);
    }
    // "Get 2 of my PRs merged": my own work made done, not attention counted.
    const std::string_view before = title.substr(0, r.vanityCount.begin);
    const bool mine = before.size() >= 3 && lowerCase(before.substr(before.size() - 3)) == "my ";
    if (!r.vanityCount.empty() && !(r.headKind == HeadKind::Metric && r.percentOrMoney) &&
        !(weDoThem && r.verb == VerbKind::Build) && !mine && !shareOfPeople(title) && !cycleTime &&
        // "Attend 12 supplier site visits", "Run 10 onboarding sessions": visits and sessions
        // we make are work.
        !(weDoThem && r.form == Form::Imperative &&
          containsListedWord(
              firstVerb,
              "attend|make|conduct|run|host|hold|organise|organize|lead|schedule|book|pay")) &&
        !othersContribute && !crowdActs && !valued && !paidFor(r.vanityCount.of(title)) &&
        // ("Get two thirds of attendees into a small group": a share of them, not a count.)
        !shareOfPeople(r.vanityCount.of(title)) &&
        !containsListedWord(
            firstWordOf(r.vanityCount.of(low).substr(std::min<std::size_t>(
                r.vanityCount.of(low).find(' ') + 1, r.vanityCount.of(low).size()))),
            "thirds|quarters|fifths|tenths")) {
        return vanityOf(r.vanityCount);
    }

    if (const TextSpan crowd = crowdCounted(low); !crowd.empty()) return vanityOf(crowd);
    if (const TextSpan crowd = attendanceCounted(low, r, s, share); !crowd.empty())
        return vanityOf(crowd);
    // People who engage with our social pages, counted: "Grow the number of people engaging
    // with our Facebook and Twitter pages by 120 a year".
    // ("Increase the number of minority students following our Facebook and Twitter pages by
    // 20%": people who follow our pages, counted.)
    const std::size_t following = low.find(" following our ");
    if (following != std::string_view::npos && !share &&
        containsListedWord(low.substr(following),
                           "facebook|twitter|instagram|tiktok|linkedin|youtube|pages|accounts|"
                           "channels|page|account|channel") &&
        containsListedWord(low.substr(0, following),
                           "people|students|residents|fans|users|"
                           "customers|members|parents|followers")) {
        const std::size_t from = low.rfind(' ', following - 1);
        return vanityOf(clampedSpan(from == std::string_view::npos ? 0 : from + 1, following + 14));
    }
    if ((low.find("people engaging with") != std::string_view::npos ||
         low.find("people who engage with") != std::string_view::npos ||
         low.find("people interacting with") != std::string_view::npos) &&
        containsListedWord(
            low,
            "facebook|twitter|instagram|tiktok|linkedin|social|youtube|pages|posts|channels") &&
        !share) {
        const std::size_t at = low.find("people ");
        Judgement engaged = vanityOf(TextSpan{static_cast<std::uint16_t>(at),
                                              static_cast<std::uint16_t>(std::min<std::size_t>(
                                                  low.find(" with", at) + 5, low.size()))});
        engaged.thing =
            TextSpan{static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(at + 6)};
        return engaged;
    }
    // Heads counted as reached by a programme, with nothing said of what changes for them: "More
    // than 35,000 people benefit from the project", "The 1,900 families … are touched by project
    // activities", "Reach 1.2 million households … through the programme".
    if (const TextSpan heads = headsReached(low); !heads.empty() && !share) return vanityOf(heads);
    // ("Share of the top 100 web apps present in the store": the rank picks out whom a share
    // is of.)
    const bool shareOfRanked = low.rfind("share of the top ", 0) == 0 ||
                               low.rfind("percentage of the top ", 0) == 0 ||
                               low.rfind("proportion of the top ", 0) == 0;
    if (const TextSpan rank = share || shareOfRanked ? TextSpan{} : chartRank(low); !rank.empty()) {
        // The rank is the target, a named place ("top 10", "number one"); what the rewrite asks
        // to be brought is the place in the chart.
        Judgement v = vanityOf(rank);
        v.levelNamed = true;
        for (const std::string_view where :
             {"chart", "list", "store", "league table", "leaderboard", "bestseller"}) {
            const std::size_t at = low.find(where, rank.end);
            if (at == std::string_view::npos) continue;
            v.thing.begin = static_cast<std::uint16_t>(at);
            v.thing.end = static_cast<std::uint16_t>(at + where.size());
            // ("Popular Upcoming list": the place is named up to its list.)
            if (!std::isdigit(static_cast<unsigned char>(low[rank.end - 1])) &&
                low.substr(rank.begin, 6) != "number" && at <= rank.end + 30u)
                v.evidence.end = v.thing.end;
            break;
        }
        return v;
    }

    // The count sits in an "-ing" clause of work and nothing else is measured: "Validate pricing
    // by running 6 partner interviews".
    if (!r.gerund.empty() && !outcomeShape && !measuredBeside(title, r.gerund) &&
        !(r.counted.begin < r.gerund.begin && !r.counted.empty())) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = r.gerund;
        v.thing = r.gerundWhat.empty() ? r.gerund : r.gerundWhat;
        return v;
    }

    // A movement named as a noun, with no figure: "Demonstrated fall in cases of diarrhoeal
    // illness", "A steady rise in repeat visits" — a direction, not work and not a target.
    if (!hasTarget && !r.anyNumber && !s.relativeChange) {
        std::size_t at = 0;
        for (const char* opener :
             {"a ", "an ", "the ", "demonstrated ", "measurable ", "significant ", "marked ",
              "visible ", "steady ", "clear ", "noticeable ", "sustained ", "continued "})
            if (low.compare(at, std::char_traits<char>::length(opener), opener) == 0)
                at += std::char_traits<char>::length(opener);
        const std::string_view noun = firstWordOf(low.substr(at));
        const std::size_t after = at + noun.size();
        if (containsListedWord(noun,
                               "fall|rise|drop|decline|increase|decrease|reduction|growth|"
                               "improvement|uplift|cut") &&
            (low.compare(after, 4, " in ") == 0 || low.compare(after, 4, " of ") == 0)) {
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.evidence = TextSpan{0, static_cast<std::uint16_t>(after)};
            const std::size_t comma = low.find(',', after);
            const std::size_t end =
                wordsEnd(low, after, comma == std::string_view::npos ? low.size() : comma);
            v.thing = TextSpan{static_cast<std::uint16_t>(after + 4),
                               static_cast<std::uint16_t>(std::min<std::size_t>(end, 0xFFFF))};
            return v;
        }
    }
    // "Work on improving sign-up", "Focus on growing retention": an effort toward a direction,
    // with nothing to measure it by.
    {
        for (const char* lead : {"work on ", "focus on ", "keep working on ", "concentrate on ",
                                 "work towards ", "work toward ", "strive towards "})
            if (low.rfind(lead, 0) == 0 && !hasTarget && !r.anyNumber) {
                const std::size_t g = std::char_traits<char>::length(lead);
                const std::size_t sp = low.find(' ', g);
                const std::string_view first = low.substr(g, sp == std::string::npos ? sp : sp - g);
                if (first.size() > 5 && first.compare(first.size() - 3, 3, "ing") == 0) {
                    v.keyResult = KeyResultVerdict::NotMeasurable;
                    v.evidence = join(r.verbText, r.object);
                    v.thing = r.object;
                    return v;
                }
            }
        // "We will work to reduce the food diners leave", "Strive to improve …": the same effort,
        // said with "to".
        for (const char* lead :
             {"work to ", "we will work to ", "we work to ", "strive to ", "we will strive to ",
              "seek to ", "we will seek to ", "endeavour to ", "endeavor to "})
            if (low.rfind(lead, 0) == 0 && !hasTarget && !r.anyNumber &&
                containsListedWord(
                    firstWordOf(low.substr(std::char_traits<char>::length(lead))),
                    "reduce|increase|improve|lower|cut|raise|grow|boost|lift|strengthen|enhance|"
                    "minimise|minimize|maximise|maximize|limit|expand")) {
                // What is to move: the words after the verb of change.
                const std::size_t verbAt = std::char_traits<char>::length(lead);
                const std::size_t what = low.find(' ', verbAt);
                const std::size_t end = wordsEnd(low, 0, low.size());
                v.keyResult = KeyResultVerdict::NotMeasurable;
                v.evidence = join(r.verbText, r.object);
                v.thing = r.object;
                if (what != std::string_view::npos && what + 1 < end && end <= 0xFFFF)
                    v.thing = TextSpan{static_cast<std::uint16_t>(what + 1),
                                       static_cast<std::uint16_t>(end)};
                return v;
            }
    }
    // How well something is done, with no measure of it: "Answer emails faster", "The app works
    // well offline" — a quality to measure, not work to tick off.
    if (!r.manner.empty() && !hasTarget && !r.anyNumber && !r.bounded && !r.universal) {
        v.keyResult = KeyResultVerdict::NotMeasurable;
        v.evidence = join(join(r.verbText, r.object), r.manner);
        v.thing = r.object.empty() ? r.subject : r.object;
        return v;
    }

    // A routine kept on a schedule: "Cycle 40 km every week", "Get up at 6:00 every morning",
    // "Drink 2 L of water daily" — the habit is the activity; what it should change is not said.
    // An amount reached in a measure is no routine: "Reach 1,600 ETH in monthly swap volume".
    const std::string_view qualifierLow = r.qualifier.of(low);
    const bool amountInMeasure = r.verb == VerbKind::Achieve && qualifierLow.rfind("in ", 0) == 0 &&
                                 lastWordIs(qualifierLow, WordClass::MetricNoun);
    // ("Sketch every single day": the schedule is all the object there is.)
    const std::string_view objectLow = r.object.of(low);
    const bool scheduleOnly =
        (objectLow.rfind("every ", 0) == 0 || objectLow.rfind("each ", 0) == 0) &&
        timeUnit(lastWordOf(r.head.of(low)));
    // "Each department posts once a week": a unit of ours doing its work on a schedule.
    const bool ourUnit =
        r.form == Form::Clause && r.verb == VerbKind::Work &&
        (r.staffSubject ||
         containsListedWord(lastWordOf(r.subject.of(low)), "department|team|branch|office|unit"));
    if ((r.form == Form::Imperative || ourUnit) && onSchedule(title) && !r.percentOrMoney &&
        !share && !amountInMeasure && !sharePercent(low) && r.verb != VerbKind::Change &&
        r.verb != VerbKind::Maintain && !s.fromTo &&
        (r.headKind != HeadKind::Metric || scheduleOnly) && r.headKind != HeadKind::Vanity &&
        !r.measureBeside && r.comparative.empty()) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object.empty() || scheduleOnly ? TextSpan{} : r.object;
        return v;
    }
    // People taken on to work with us, by any verb of signing: "Sign up 8 new channel partners in
    // DACH", "Bring four new partner organisations on board" — our recruiting, counted ("Sign up
    // 6,000 paying members" are customers won).
    {
        const std::string_view lead = r.verbText.of(low);
        const bool signs = lead == "sign up" || lead == "bring" || lead == "bring in" ||
                           lead == "bring on" || lead == "take on";
        // … or put through training: "Get three instructors through the personal-training
        // certification", "Put up to 6 trainees through a vocational qualification".
        const std::size_t through = low.find(" through ");
        const bool trains =
            (lead == "get" || lead == "put" || lead == "put up") &&
            through != std::string_view::npos && r.anyNumber && r.headKind == HeadKind::Agent &&
            r.head.end <= through &&
            containsListedWord(low.substr(through),
                               "training|certification|qualification|course|programme|program|"
                               "induction|apprenticeship|exam|exams");
        if (r.form == Form::Imperative && trains && !r.percentOrMoney) {
            v.keyResult = KeyResultVerdict::CountedWork;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object;
            return v;
        }
        if (r.form == Form::Imperative && counted && signs && !r.percentOrMoney && !share &&
            !valued &&
            containsListedWord(
                lastWordOf(r.counted.of(low)),
                "partners|organisations|organizations|resellers|affiliates|members|volunteers|"
                "suppliers|vendors|mentors|instructors|trainees|ambassadors|sponsors")) {
            v.keyResult = KeyResultVerdict::CountedWork;
            v.evidence = join(r.verbText, r.counted);
            v.thing = r.counted;
            return v;
        }
    }
    // People reached one by one through a channel of ours: "Reach 20 prospects by phone",
    // "Contact 200 alumni by email", "Canvass 6,000 doorsteps in person" — outreach done, counted.
    if (r.form == Form::Imperative && counted && !r.percentOrMoney && !share && !s.fromTo &&
        hasPhrase(low.substr(std::min<std::size_t>(r.counted.end, low.size())),
                  WordClass::OutreachChannel)) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = join(r.verbText, r.counted.empty() ? r.object : r.counted);
        v.thing = r.counted.empty() ? r.object : r.counted;
        return v;
    }
    // A rank reached is a target: "State ranks in the top five nationally for readmissions".
    if (!rankReached(low).empty()) return v;
    // Money put into something is what it costs us, an input: "Spend $250 on a paid social
    // campaign", "Invest £60 million in new masts" — unless it is a bound to stay under ("Spend
    // less than $5k on cloud") or what the money brings is measured beside it.
    {
        const std::string_view lead = firstWordOf(r.verbText.of(low));
        if (r.form == Form::Imperative && r.percentOrMoney && !s.fromTo && !s.relativeChange &&
            s.bound == Bound::None && !r.measureBeside &&
            (lead == "spend" || lead == "invest" || lead == "put") &&
            containsListedWord(low, "on|in|into") &&
            !containsListedWord(low, "less|under|below|within|than|per|saved|return|roi")) {
            v.keyResult = KeyResultVerdict::CountedWork;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object.empty() ? r.verbText : r.object;
            return v;
        }
    }
    const TextSpan work = workSpan(r);
    // One verdict or agreement, not a count of them: "the contract", not "contracts".
    const std::string_view headText = r.head.of(low);
    const bool oneVerdict =
        r.headKind == HeadKind::Binary && !counted && !headText.empty() && headText.back() != 's';
    // "Sign-in and role-based permissions (100%)": a progress mark, no measure beside the work.
    const bool progressMark =
        !r.anyNumber && low.size() >= 6 && low.substr(low.size() - 6) == "(100%)";
    // ("Increase the number of blog posts by 50%": the share is the count's own change, not a
    // measure beside the work.)
    const bool ownChange = r.verb == VerbKind::Change && r.headIsCountOf && s.relativeChange &&
                           r.headKind == HeadKind::Deliverable;
    const bool elsewhere =
        (measuredBeside(title, work) && !progressMark && !ownChange) || r.measureBeside;
    bool isWork = false;
    // Each case done within a time: "A test found to be flaky is repaired within 1 day", "Bugs
    // reported by customers are triaged within 2 working days" — a service level, not a thing
    // made ("The new site is launched within 3 months" is one).
    if (r.form == Form::Done && timeBound(low)) {
        const std::string_view lead = firstWordOf(r.subject.of(low));
        const std::string_view last = lastWordOf(r.subject.of(low));
        if (containsListedWord(lead, "a|an|each|every|any|all") ||
            (!wordIs(lead, WordClass::Determiner) && last.size() > 3 && last.back() == 's' &&
             !endsWithText(last, "ss")))
            return v;
    }
    switch (r.form) {
        case Form::Imperative:
            switch (r.verb) {
                case VerbKind::Work:
                    // A work verb with no number at all names a task, whatever it works on
                    // ("Hire a design lead", "Organise a team day") — unless it is done to every
                    // one of something, which is a share of 100% ("Fix every bug within a sprint").
                    isWork = r.headKind != HeadKind::Metric || r.headIsCountOf ||
                             (!r.percentOrMoney && !outcomeShape && counted) ||
                             (!r.anyNumber && !hasTarget && !r.objectUniversal);
                    // "Take more initiative during service", "Put more energy into club life":
                    // more of a way of working, no thing made — a number is what is missing.
                    {
                        const std::string_view object = r.object.of(low);
                        if (!r.anyNumber && r.headKind != HeadKind::Deliverable &&
                            r.headKind != HeadKind::Binary &&
                            (object.rfind("more ", 0) == 0 || object.rfind("less ", 0) == 0))
                            isWork = false;
                    }
                    // "Add 900 new customers in our region": customers won, not work done
                    // ("Add 2 engineers" takes staff on).
                    if (firstVerb == "add" && counted && !r.percentOrMoney &&
                        containsListedWord(lastWordOf(r.head.of(low)),
                                           "customers|users|clients|members|subscribers|accounts|"
                                           "donors|buyers|merchants|logos|households|patrons") &&
                        !containsListedWord(r.object.of(low),
                                            "board|committee|council|team|staff|trustee"))
                        isWork = false;
                    // "Hold a 4.6+ star rating in the App Store": a level kept, not an event held
                    // ("Hold 12 webinars" is one).
                    if (r.headKind == HeadKind::Metric && !r.headIsCountOf &&
                        wordIs(firstWordOf(r.verbText.of(low)), WordClass::MaintainVerb) &&
                        containsListedWord(lastWordOf(r.head.of(low)),
                                           "rating|score|rate|ranking|rank|position|share|level|"
                                           "average|ratio|margin|nps"))
                        isWork = false;
                    // "Pilot the four-day week in two departments": a trial run is work, whatever
                    // it tries.
                    if (const std::string_view tried = firstWordOf(r.verbText.of(low));
                        (tried == "pilot" || tried == "trial") && !r.percentOrMoney && !share)
                        isWork = true;
                    // A sum gathered is a measure: "Collect €2,500 in donations" (money spent or
                    // given out is still work: "Spend $5k on ads", "Distribute £200K").
                    if (r.headKind == HeadKind::None && r.percentOrMoney) {
                        const std::string_view lead = firstWordOf(r.verbText.of(low));
                        if (lead == "collect" || lead == "raise" || lead == "gather" ||
                            lead == "earn" || lead == "generate" || lead == "save" ||
                            lead == "bring" || lead == "take")
                            isWork = false;
                    }
                    // A share of what comes in, handled within a time, is a service level, a
                    // rate: "Answer 95% of tickets within an hour", "Resolve 93% of complaints
                    // within one day" — not "Hold 85% of kickoff sessions within 8 days" (sessions
                    // we make) nor "Train 100% of ward staff within 6 weeks" (our people).
                    // "Deliver at least 96% of customer orders on time": the same, on time.
                    // "Answer every grievance within two working days": all of them, 100%.
                    if ((share || r.objectUniversal) &&
                        (containsListedWord(title, "within|under") ||
                         low.find("on time") != std::string_view::npos) &&
                        ((r.headKind != HeadKind::Deliverable && r.headKind != HeadKind::Agent) ||
                         incoming(r.head.of(title))))
                        isWork = false;
                    // "Test suite run time reduced to under 8 minutes": a noun that can be a verb
                    // first, then a measure moved to a figure — no work.
                    if (!counted && (hasTarget || r.bounded) &&
                        containsListedWord(title.substr(r.verbText.end),
                                           "reduced|increased|raised|lowered|halved|doubled|"
                                           "shortened|cut|kept|held") &&
                        !containsListedWord(title.substr(r.verbText.end, 5), "the|a|an|our"))
                        isWork = false;
                    // "Move 75% of business-critical applications onto a cloud platform within
                    // a year": our own systems moved to another platform are a migration, work
                    // however it is counted (customers moved to a plan are not).
                    if (const std::string_view mover = firstWordOf(r.verbText.of(low));
                        (mover == "move" || mover == "migrate" || mover == "port" ||
                         mover == "transfer" || mover == "shift") &&
                        r.headKind != HeadKind::Agent &&
                        containsListedWord(
                            low.substr(std::min<std::size_t>(r.object.end, low.size())),
                            "cloud|platform|azure|aws|gcp|kubernetes|servers|datacentre|datacenter|"
                            "infrastructure"))
                        isWork = true;
                    // How fast what comes in is handled is a service level: "Answer calls in
                    // 200 seconds or less on average", "Process claims within 18 days".
                    if (incoming(r.head.of(title)) && r.anyNumber && !counted &&
                        !r.percentOrMoney && timeBound(low))
                        isWork = false;
                    break;
                case VerbKind::Build: {
                    // Things made in each of many places or for each of many things: "Set up
                    // reading corners in 30 schools", "Set up automated backups for all databases".
                    const std::string_view where =
                        low.substr(std::min<std::size_t>(r.object.end, low.size()));
                    const bool madeInEachPlace =
                        r.headKind == HeadKind::Other && !counted && !hasTarget &&
                        r.comparative.empty() && !r.purposeNamesOutcome &&
                        endsWithText(r.head.of(low), "s") && !endsWithText(r.head.of(low), "ss") &&
                        !containsListedWord(r.head.of(low),
                                            "jobs|opportunities|livelihoods|incomes") &&
                        (where.rfind(" in every ", 0) == 0 || where.rfind(" in each ", 0) == 0 ||
                         where.rfind(" in all ", 0) == 0 || where.rfind(" at every ", 0) == 0 ||
                         where.rfind(" at each ", 0) == 0 || where.rfind(" for all ", 0) == 0 ||
                         where.rfind(" for every ", 0) == 0 || where.rfind(" for each ", 0) == 0 ||
                         where.rfind(" across all ", 0) == 0 ||
                         (where.rfind(" in ", 0) == 0 && where.size() > 4 &&
                          std::isdigit(static_cast<unsigned char>(where[4]))));
                    // "Set up an advisory board", "Create 3 case studies", "Build 40 backlinks".
                    // A concrete thing we do not list is made too: "Assemble a practice chassis".
                    isWork =
                        r.headKind == HeadKind::Deliverable ||
                        (r.headKind == HeadKind::Other && !r.anyNumber && r.comparative.empty() &&
                         !r.purposeNamesOutcome &&
                         (firstWordOf(r.object.of(low)) == "a" ||
                          firstWordOf(r.object.of(low)) == "an")) ||
                        (r.headKind == HeadKind::Vanity && counted) ||
                        r.headKind == HeadKind::Binary || madeInEachPlace ||
                        ((r.headKind == HeadKind::Metric || r.headKind == HeadKind::Agent) &&
                         !r.anyNumber && !hasTarget && r.comparative.empty() &&
                         !r.purposeNamesOutcome &&
                         (firstWordOf(r.object.of(low)) == "a" ||
                          firstWordOf(r.object.of(low)) == "an")) ||
                        (r.headKind == HeadKind::Agent && (r.classes & bit(WordClass::TeamWord)) &&
                         !r.purposeNamesOutcome) ||
                        // "Set up 25 reading corners", "Build 400 homes": things we make,
                        // counted (jobs and livelihoods created are what people get).
                        (r.headKind == HeadKind::Other && counted && !r.percentOrMoney &&
                         !s.fromTo && !r.purposeNamesOutcome && endsWithText(r.head.of(low), "s") &&
                         !containsListedWord(
                             r.head.of(low),
                             "jobs|opportunities|livelihoods|incomes|savings|places")) ||
                        // "Create battlecards for the top 5 competitors", "Write runbooks for
                        // every service": things written or designed, named by a word no table
                        // knows.
                        (r.headKind == HeadKind::Other && !hasTarget && !r.percentOrMoney &&
                         !s.fromTo && !r.purposeNamesOutcome && r.comparative.empty() &&
                         r.object.begin == r.head.begin && endsWithText(r.head.of(low), "s") &&
                         !endsWithText(r.head.of(low), "ss") &&
                         containsListedWord(firstWordOf(r.verbText.of(low)),
                                            "create|write|design|draft|produce") &&
                         !containsListedWord(
                             r.head.of(low),
                             "jobs|opportunities|livelihoods|incomes|savings|places|conditions"));
                    break;
                }
                case VerbKind::Other:
                    // A task with no number: "Resolve the blockers", "Work through the book".
                    // Carrying out a process is work too: "Complete the warehouse relocation".
                    // "Undertake a review of the procurement policy": work named as a noun.
                    // ("Renew 90% of expiring contracts": a share of agreements is a rate.)
                    isWork =
                        r.headKind == HeadKind::Deliverable ||
                        (r.headKind == HeadKind::Binary && !share) ||
                        (!r.anyNumber && workNoun(lastWordOf(r.head.of(low))) &&
                         r.qualifier.of(low).rfind("of ", 0) == 0) ||
                        ((r.headKind == HeadKind::Other ||
                          (r.carriesOut && r.headKind == HeadKind::Abstract && r.headGuessed)) &&
                         !r.anyNumber && r.comparative.empty() && !r.purposeNamesOutcome) ||
                        // A verb the tables do not know, on things it counts: "Resurface 110
                        // lane-miles of road", "Source 500 CVs" — our work, counted.
                        (counted && r.headKind == HeadKind::Other && !r.percentOrMoney &&
                         !outcomeShape && !share && r.comparative.empty() &&
                         !containsListedWord(title, "per|average")) ||
                        // A place of ours opened: "Open an office in Berlin".
                        (firstWordOf(r.verbText.of(low)) == "open" && !r.anyNumber &&
                         r.headKind == HeadKind::Agent && r.comparative.empty() &&
                         (firstWordOf(r.object.of(low)) == "a" ||
                          firstWordOf(r.object.of(low)) == "an"));
                    break;
                case VerbKind::Maintain:
                    // "Keep our PCI DSS certificate", "Keep Google Premier Partner status": a
                    // verdict kept or lost, done or not done.
                    isWork = (r.headKind == HeadKind::Deliverable && counted) ||
                             (r.headKind == HeadKind::Binary && !counted && !r.anyNumber);
                    break;
                case VerbKind::Change:
                    // "Gain SOC 2 certification": a verdict gained is done or not done; a share
                    // of them is a rate ("Raise multi-year agreements from 12% to 28%").
                    // "Lower energy bills" moves many of them: a measure, not one verdict.
                    // Fewer of them by a stated change is a measure too: "Reduce security
                    // tickets by a third", "Cut status meetings by half".
                    isWork = (r.headKind == HeadKind::Deliverable &&
                              !(hasTarget && s.verbDirection == Direction::Decrease)) ||
                             (r.headKind == HeadKind::Binary && !counted && !r.anyNumber &&
                              !(r.head.of(title).size() > 3 && r.head.of(title).back() == 's' &&
                                firstWordOf(r.verbText.of(low)) != "gain"));
                    break;
                case VerbKind::Experience:
                    // What we do ourselves, counted: "Attend 12 supplier site visits", "Share
                    // 14 LinkedIn updates" — not a share of what comes in ("Answer 95% of …").
                    isWork = counted && !r.percentOrMoney && !outcomeShape && !share &&
                             (r.headKind == HeadKind::Deliverable ||
                              r.headKind == HeadKind::Other || r.headKind == HeadKind::Vanity);
                    break;
                case VerbKind::Achieve:
                case VerbKind::Generic: {
                    // "Be SOC 2 compliant", "Become an accredited provider": a verdict reached;
                    // "Improve GDPR compliance" is a direction, not a yes or no.
                    const std::string_view lead = firstWordOf(r.verbText.of(low));
                    // ("Diversify our funding", "Broaden where our funding comes from": a
                    // direction for the whole, not one close.)
                    const bool better = lead == "improve" || lead == "strengthen" ||
                                        lead == "enhance" || lead == "boost" || lead == "better" ||
                                        lead == "optimise" || lead == "optimize" ||
                                        lead == "diversify" || lead == "broaden" ||
                                        lead == "widen" || lead == "deepen" || lead == "expand";
                    // "Secure at least 25 new contracts a month": agreements counted at a rate
                    // are a measure of the sales they close, not one yes-or-no event.
                    const bool atRate =
                        counted && containsListedWord(
                                       low.substr(std::min<std::size_t>(r.counted.end, low.size())),
                                       "month|week|quarter|monthly|weekly|quarterly");
                    isWork =
                        // ("Renew 90% of expiring contracts": a share of them, a rate.)
                        (r.headKind == HeadKind::Binary && !better && !atRate && !share) ||
                        r.doneAfter ||
                        // "Book 12 discovery calls", "Secure 4 briefings with analysts":
                        // meetings and slots we arrange, counted, are our work.
                        // Qualified ones are prospects' answers, an outcome (S0's "Book 45
                        // qualified discovery calls").
                        // "Have 3 skills camps a season": events we hold, counted.
                        // Things sold are bought by others: "Sell 75 camera kits".
                        ((r.verb == VerbKind::Achieve || lead == "have" || lead == "want") &&
                         counted && lead != "sell" && r.headKind == HeadKind::Deliverable &&
                         !r.percentOrMoney && !outcomeShape && !share &&
                         !containsWord(r.counted.of(title), "qualified")) ||
                        // "Make five games over the year", "Make 20 short videos": things
                        // we make, counted ("Make 10 sales" counts a measure).
                        (lead == "make" && counted && !r.percentOrMoney && !outcomeShape &&
                         !share &&
                         (r.headKind == HeadKind::Deliverable ||
                          (r.headKind == HeadKind::Other && endsWithText(r.head.of(low), "s") &&
                           !containsListedWord(
                               lastWordOf(r.head.of(low)),
                               "friends|connections|contacts|sales|deals|profits|savings"))));
                    break;
                }
                default:
                    break;
            }
            break;
        case Form::Done:
            // "3 overflow lines are set up", "Frameworks exist for 6+ roles": work, however
            // counted; "85% of scorecards filed within a day", "All staff have done the training":
            // a share of people or of the work, an outcome. A verdict given by others is still
            // done or not done: "The budget is approved by the board" is a milestone. People said
            // to be taken on are work too: "4 engineers hired by June".
            // A measure that reached a figure is no work: "900 new MQLs handed to sales".
            // A measure moved or held to a figure is no work either: "Test suite run time
            // reduced to under 8 minutes", "Average deal age held between 30 and 45 days".
            // One agreement signed stays done or not done with its value beside it: "First
            // export contract signed with a Gulf buyer, worth at least $1.5M".
            isWork =
                (!r.byPeople || r.binaryDone) && (!r.measureBeside || oneVerdict) && !share &&
                (!r.percentOrMoney || oneVerdict) && !r.none &&
                (r.headKind != HeadKind::Agent || r.staffs ||
                 // People put through our training, counted: "40 women will be trained".
                 (counted && containsListedWord(
                                 lastWordOf(r.verbText.of(low)),
                                 "trained|coached|mentored|taught|upskilled|briefed|inducted"))) &&
                !(r.headKind == HeadKind::Metric && r.anyNumber && !r.staffs) &&
                // ("At least 6 workshops held": events held are work, not a level kept.)
                !((r.verb == VerbKind::Change || r.verb == VerbKind::Maintain ||
                   containsListedWord(r.verbText.of(title),
                                      "reduced|increased|cut|lowered|raised|halved|doubled|tripled|"
                                      "brought|improved|shortened|grown") ||
                   (containsListedWord(r.verbText.of(title), "held|kept") &&
                    r.headKind != HeadKind::Deliverable)) &&
                  (hasTarget || r.bounded)) &&
                !shareOfPeople(title) &&
                // "All own-label packaging can be fully recycled by 2025": what all of it can
                // do, a property of every one, not a thing made.
                !(r.universal && firstWordOf(r.verbText.of(low)) == "can") &&
                // "Every core feature is covered by automated tests": a property of each.
                !(r.universal && low.find(" covered by ") != std::string_view::npos);
            break;
        case Form::Clause: {
            // Teams counted that run what we make are its adopters, not our staff at work: "120
            // or more teams running it in production", "Four more internal teams run services on
            // the framework".
            const bool adopters =
                counted && inside(r.counted, r.subject) &&
                (low.find(" in production") != std::string_view::npos || r.object.of(low) == "it" ||
                 containsListedWord(low, "framework|platform|library|toolkit|sdk"));
            // "The data team identifies 4 bottlenecks": our people's work; "The booking widget
            // runs on older iPads": a capability delivered.
            // A share of our people doing something is a habit taken up, not work done: "85% of
            // solutions engineers log their customer meetings in the CRM".
            // … and so are all of them doing it: "All staff take part in the appraisal cycle".
            isWork =
                (r.staffSubject && r.verb == VerbKind::Work && !share && !r.universal &&
                 !adopters) ||
                (r.staffSubject && counted && r.verb != VerbKind::Experience &&
                 r.verb != VerbKind::Change && r.verb != VerbKind::Achieve && !r.percentOrMoney &&
                 !inside(r.counted, r.subject)) ||
                (r.staffSubject && !r.anyNumber && !r.universal && r.verb != VerbKind::Other &&
                 r.verb != VerbKind::Experience && r.comparative.empty()) ||
                // ("Make sure staff know the dashboards exist": what our people know is a
                // state, whatever it is about.)
                (r.staffSubject && (r.clauseObject == HeadKind::Deliverable) && !r.percentOrMoney &&
                 r.verb != VerbKind::Experience) ||
                // ("Society strengthened through the heritage grant": a thing of ours made
                // better, a direction.)
                // (Not how it comes across: "The meeting rooms feel welcoming", "Our website
                // looks modern" — a quality of the thing, to be measured.)
                // (Nor what it wins from others: "Fellowship programmes attract competitive
                // applications" names a response, with no number.)
                (r.verb != VerbKind::Other && r.verb != VerbKind::Achieve &&
                 r.headKind == HeadKind::Deliverable && !r.anyNumber && r.comparative.empty() &&
                 !r.bounded &&
                 !containsListedWord(
                     r.verbText.of(low),
                     "strengthened|improved|enhanced|boosted|deepened|widened|bettered|strengthens|"
                     "improves|feel|feels|look|looks|seem|seems|sound|sounds")) ||
                // "The first audit closes with a clean opinion", "Our seed round closes": a
                // verdict or a close reached, done or not done.
                (r.verb == VerbKind::Achieve && r.headKind == HeadKind::Binary && !r.anyNumber);
            // Not what our people say or feel: "Staff report feeling supported by their
            // managers" is how they fare, a measure to take.
            if (r.staffSubject && !r.anyNumber &&
                ((r.classes & bit(WordClass::FeelingWord)) ||
                 containsListedWord(
                     firstVerb,
                     "report|reports|say|says|rate|rates|agree|agrees|tell|tells|feel|feels")))
                isWork = false;
            break;
        }
        case Form::NounPhrase:
            // "A network visualisation tool", "10 live streams", "Windows code signing": a
            // thing made, named with no measure.
            // None of a thing to avoid is a bar to hold: "No significant attainment gap
            // between student groups", "No buses kept in service past their useful life".
            // Work named as a noun, with what it makes: "Creation of an events strategy &
            // calendar", "Appointment of a successor finance officer".
            isWork = !r.none &&
                     (((r.headKind == HeadKind::Deliverable ||
                        // (not a quality praised: "Consistent call handling on every
                        // shift", "Good comments from residents")
                        (r.headKind == HeadKind::Other && !r.anyNumber &&
                         !(!r.slogan.empty() && r.slogan.begin == r.subject.begin &&
                           !endsWithText(r.slogan.of(low), "er") &&
                           !containsListedWord(low, "rating|grade|graded|judged|inspection")) &&
                         !wordIs(firstWordOf(low), WordClass::PraiseWord) &&
                         !wordIs(firstWordOf(low), WordClass::PraiseAdjective))) &&
                       !r.percentOrMoney && !r.measureBeside) ||
                      (r.headKind == HeadKind::Binary && !r.percentOrMoney) ||
                      (!r.anyNumber && r.qualifier.of(low).rfind("of ", 0) == 0 &&
                       !anyWordIs(r.qualifier.of(low), WordClass::AgentNoun) &&
                       workNoun(lastWordOf(r.head.of(low)))) ||
                      // … or people taken on (not "Development of our people").
                      (!r.anyNumber && r.qualifier.of(low).rfind("of ", 0) == 0 &&
                       containsListedWord(lastWordOf(r.head.of(low)),
                                          "appointment|recruitment|hiring")));
            break;
        case Form::Empty:
            break;
    }
    // A verdict or a close reached stays done or not done with a figure beside it: "Close the
    // seed round at a valuation of at least $8M", "Pass the audit with no major findings".
    const bool verdictReached = (r.form == Form::Imperative && r.headKind == HeadKind::Binary &&
                                 !counted && !outcomeShape && r.verb == VerbKind::Achieve) ||
                                (r.form == Form::Done && oneVerdict && !outcomeShape && !s.fromTo);
    // A direction with no figure is a quality to measure, not a thing to ship: "Cut down
    // false-positive alerts", "Make upgrades more robust", "Fewer unplanned stops during upgrades".
    // ("Healthier lifestyles made easier", "Policing that is more visible and connected": a
    // thing made or said to be more so, a direction too.)
    const std::size_t afterVerb = std::min<std::size_t>(r.verbText.end, low.size());
    const bool madeMore = r.form == Form::Done && firstWordOf(r.verbText.of(low)) == "made" &&
                          comparativeShape(firstWordOf(low.substr(afterVerb)));
    bool thatIsMore = false;
    if (r.form == Form::NounPhrase) {
        const WordText w(low);
        for (std::size_t i = 0; i + 2 < w.size() && !thatIsMore; ++i)
            thatIsMore = containsListedWord(w.word(i), "that|which|who") &&
                         containsListedWord(w.word(i + 1), "is|are|feels|feel|becomes|become") &&
                         comparativeShape(w.word(i + 2));
    }
    const bool directionOnly =
        isWork && !r.anyNumber && !hasTarget && !r.bounded && !r.universal && !counted &&
        r.headKind != HeadKind::Binary && !r.binaryDone &&
        (madeMore || thatIsMore ||
         (r.form == Form::Imperative && r.verb == VerbKind::Change &&
          r.headKind == HeadKind::Deliverable) ||
         (!r.comparative.empty() && r.form != Form::Done && !inside(r.comparative, r.purpose) &&
          r.verb != VerbKind::Work && r.verb != VerbKind::Build));
    // A direction named as a noun phrase with no figure: "Stronger backing from donors",
    // "Members happier with our e-services", "Lower energy bills for our buildings".
    bool namedDirection = false;
    TextSpan directionWord, directionOf;  // "Stronger" and "backing from library donors"
    // (A thing granted said stronger is a quality too: "Stronger partnerships with local
    // employers". A quality praised first is one: "Efficient processes in finance".)
    if (isWork && r.form == Form::NounPhrase && !r.anyNumber && !hasTarget && !r.bounded &&
        !counted) {
        const okr::WordText w(title);
        for (std::size_t i = 0; i < w.size() && i < 2 && !namedDirection; ++i)
            for (const char* c :
                 {"stronger",  "happier", "healthier", "greater", "bigger", "better",
                  "wider",     "deeper",  "closer",    "richer",  "warmer", "friendlier",
                  "lower",     "higher",  "more",      "fewer",   "less",   "improved",
                  "increased", "reduced", "safer",     "faster",  "cheaper"}) {
                if (w.word(i) != c) continue;
                if (r.headKind == HeadKind::Binary && i > 0) break;
                namedDirection = true;
                // Where the word stands: the first whole-word match in the title.
                std::size_t at = low.find(c);
                while (at != std::string::npos && at > 0 && asciiAlpha(low[at - 1]))
                    at = low.find(c, at + 1);
                if (at == std::string::npos) break;
                const std::size_t end = at + std::char_traits<char>::length(c);
                directionWord = {static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(end)};
                // What moves: the words after it ("Stronger backing from donors"), or the one
                // before it ("Members happier with …").
                directionOf =
                    i == 0 ? TextSpan{static_cast<std::uint16_t>(std::min(end + 1, title.size())),
                                      static_cast<std::uint16_t>(title.size())}
                           : TextSpan{0, static_cast<std::uint16_t>(at > 0 ? at - 1 : 0)};
                while (directionOf.end > directionOf.begin &&
                       !std::isalnum(static_cast<unsigned char>(title[directionOf.end - 1])))
                    --directionOf.end;
                break;
            }
        // ("Sharper fingerprinting that draws on the source code", "Tighter integrations with
        // Jira", "Further integration of our IT systems": any comparative first.)
        const std::string first = w.size() > 1 ? lowerCase(w.word(0)) : std::string();
        const bool comparativeFirst =
            first.size() >= 5 && (comparativeShape(first) || first == "further") &&
            !containsListedWord(first,
                                "never|ever|"
                                "either|neither|whether|rather|super|hyper|cyber|number|member|"
                                "user|owner|partner|customer|leader|manager|server|poster|banner|"
                                "folder|letter|corner|border|center|winter|summer|chapter|"
                                "register|filter|cluster|printer|computer|container|player|"
                                "beginner|sticker|flyer|trailer|cover|shelter|finder|tracker|"
                                "planner|builder|checker|viewer|reader|editor|adapter|helper|"
                                "scheduler|installer|launcher|composer|counter|router|logger") &&
            !wordIs(first, WordClass::AgentNoun) && !wordIs(first, WordClass::DeliverableNoun) &&
            !wordIs(first, WordClass::MetricNoun) && !wordIs(first, WordClass::TeamWord) &&
            w.offset(0) == r.object.begin;
        // ("Seamless booking for every clinic": a slogan word first, the same.)
        const bool sloganFirst = w.size() > 1 &&
                                 wordIs(lowerCase(w.word(0)), WordClass::SoftSlogan) &&
                                 w.offset(0) == r.object.begin;
        if (!namedDirection && (comparativeFirst || sloganFirst) &&
            r.headKind != HeadKind::Binary) {
            namedDirection = true;
            const std::size_t at = w.offset(0), end = at + w.word(0).size();
            directionWord = {static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(end)};
            directionOf = {static_cast<std::uint16_t>(std::min(end + 1, title.size())),
                           static_cast<std::uint16_t>(title.size())};
            while (directionOf.end > directionOf.begin &&
                   !std::isalnum(static_cast<unsigned char>(title[directionOf.end - 1])))
                --directionOf.end;
        }
    }
    // A change named and nothing else, after the label of what changes: "Quality of
    // publications: steady improvement", "Research income: continued growth".
    if (!namedDirection && isWork && r.form == Form::NounPhrase && !r.anyNumber && !hasTarget &&
        !r.bounded && !counted && r.headKind != HeadKind::Binary &&
        containsListedWord(lastWordOf(r.head.of(low)),
                           "improvement|improvements|growth|increase|rise|reduction|decrease|"
                           "decline|progress|gains")) {
        const std::size_t colon = low.find(':');
        if (colon != std::string_view::npos && colon < r.head.begin) {
            namedDirection = true;
            directionWord = r.head;
            directionOf = TextSpan{0, static_cast<std::uint16_t>(colon)};
        }
    }
    // How well, with nothing to measure it by: "Answer phone calls as fast as we are able",
    // "Sort out as much as possible on the first contact", "Listen to customers well".
    const bool asWellAsWeCan =
        isWork && !r.anyNumber && !hasTarget && !r.bounded && !counted &&
        r.headKind != HeadKind::Binary && !r.binaryDone &&
        (!r.manner.empty() || low.find("as possible") != std::string::npos ||
         low.find("as we can") != std::string::npos ||
         low.find("as we are able") != std::string::npos ||
         containsListedWord(title, "effectively|efficiently") ||
         [&] {  // "well" as a word, not in "well-scoped"
             for (std::size_t i = low.find("well"); i != std::string::npos;
                  i = low.find("well", i + 1)) {
                 const bool start = i == 0 || !std::isalnum(static_cast<unsigned char>(low[i - 1]));
                 const std::size_t e = i + 4;
                 const bool end =
                     e == low.size() ||
                     (!std::isalnum(static_cast<unsigned char>(low[e])) && low[e] != '-');
                 if (start && end && (i == 0 || low[i - 1] != '-')) return true;
             }
             return false;
         }());
    // A rank among the best with no list that ranks it: "Make the festival one of the most
    // important events anywhere in the world".
    const bool rankClaimed = isWork && !hasTarget &&
                             low.find_first_of("0123456789") == std::string_view::npos &&
                             (low.find("one of the most ") != std::string_view::npos ||
                              low.find("one of the best ") != std::string_view::npos ||
                              low.find("one of the leading ") != std::string_view::npos ||
                              low.find("one of the top ") != std::string_view::npos);
    if (directionOnly || namedDirection || asWellAsWeCan || rankClaimed) {
        v.keyResult = KeyResultVerdict::NotMeasurable;
        v.evidence = r.comparative.empty() ? join(r.verbText, r.object) : r.comparative;
        v.thing = r.object.empty() ? r.subject : r.object;
        if (namedDirection && !directionOf.empty()) {
            v.evidence = directionWord;
            v.thing = directionOf;
        }
        return v;
    }
    // How fast something is done on average, or how fast what comes in is handled, is a
    // measure: "Roles filled in 35 days on average", "Answering written enquiries within fifteen
    // working days".
    // So is a share of what comes in that is answered at all: "Pick up 92% of all calls".
    const bool incomingNamed =
        incoming(r.head.of(title)) || incoming(r.subject.of(title)) ||
        containsListedWord(title,
                           "calls|emails|enquiries|inquiries|requests|request|requested|complaints|"
                           "tickets|messages|callers");
    if (timeBound(low) && (!counted || share) && (!r.percentOrMoney || share) &&
        (containsListedWord(title, "average|median") || incomingNamed))
        isWork = false;
    // A task done in minutes is its cycle time, a measure: "Figures for the monthly review are
    // pulled together in under 60 minutes" (a deadline in days or weeks is still a deadline).
    // So is a distance covered in a time: "Swim 1,500 m in under 30 minutes".
    if (isWork && (!counted || s.unit == "m" || s.unit == "km" || s.unit == "miles") &&
        timeBound(low) && containsListedWord(title, "second|seconds|minute|minutes|hour|hours"))
        isWork = false;
    // Each one handled within a time of the event that starts it is a service level: "Send the
    // closing bill within 2 working days of an account being closed".
    if (isWork && !counted && !share && !r.percentOrMoney && timeBound(low) &&
        low.find(" within ") != std::string_view::npos) {
        const std::size_t within = low.find(" within ");
        const std::size_t of = low.find(" of ", within);
        if (of != std::string_view::npos && of - within < 30 &&
            containsListedWord(low.substr(within, of - within),
                               "day|days|hour|hours|week|weeks|minutes"))
            isWork = false;
    }
    // Things of a kind, each handled within a time, are a service level even when what comes
    // in is not named: "Potholes and other road faults: repaired within 12 working days",
    // "Building plans checked within 21 calendar days of submission" (the count, if any, is the
    // time; "The new site is launched within 6 weeks" is one thing, a deadline).
    if (isWork && !share && !r.percentOrMoney && low.find(" within ") != std::string_view::npos &&
        timeBound(low.substr(low.find(" within "))) &&
        (!counted || timeUnit(lastWordOf(r.counted.of(low)))) &&
        (r.form == Form::Done || endsWithText(firstWordOf(r.verbText.of(low)), "ed"))) {
        const std::string_view thing = lastWordOf((r.subject.empty() ? r.head : r.subject).of(low));
        std::string_view before = low.substr(0, r.verbText.begin);
        while (!before.empty() && !std::isalnum(static_cast<unsigned char>(before.back())))
            before.remove_suffix(1);
        const std::string_view lead = lastWordOf(before);
        if ((endsWithText(thing, "s") && !endsWithText(thing, "ss") && !timeUnit(thing)) ||
            (endsWithText(lead, "s") && !endsWithText(lead, "ss")))
            isWork = false;
    }
    // A time in working days is counted from each request, not from today: "Announcements will
    // be sent out within three working days".
    if (isWork && !counted && !share && timeBound(low) &&
        (low.find(" working day") != std::string_view::npos ||
         low.find(" business day") != std::string_view::npos))
        isWork = false;
    // "Online services stay available round the clock": a state kept, not a thing shipped.
    if (isWork && r.form == Form::Done &&
        containsListedWord(r.verbText.of(title), "stay|stays|remain|remains"))
        isWork = false;
    {
        const std::string_view handle = firstWordOf(r.verbText.of(low));
        if (share && incoming(r.head.of(title)) && r.form == Form::Imperative &&
            (handle == "pick" || handle == "answer" || handle == "resolve" || handle == "respond" ||
             handle == "reply" || handle == "handle" || handle == "close" ||
             handle == "acknowledge" || handle == "return" || handle == "process" ||
             handle == "settle" || handle == "fulfil" || handle == "fulfill"))
            isWork = false;
    }
    // How often, moved from one pace to another, is a measure: "Move from 2 releases a week to
    // 1 a day".
    if (counted && s.fromTo) {
        const std::string_view after = low.substr(r.counted.end);
        for (const char* per : {" a day", " a week", " a month", " per day", " per week",
                                " per month", " each day", " each week", " each month"})
            if (after.rfind(per, 0) == 0) isWork = false;
    }
    if (isWork && countMark(title, r)) isWork = false;
    // Places put up, counted, are built work whoever will use them: "Build 3 clinics near
    // Mwanza", "Drill 5 boreholes", "Construct 40 houses".
    if (!isWork && r.form == Form::Imperative && counted && !r.percentOrMoney && !share &&
        !outcomeShape &&
        containsListedWord(firstWordOf(r.verbText.of(low)),
                           "build|construct|drill|dig|erect|rebuild|refurbish|renovate"))
        isWork = true;
    // A ceiling on a count is a limit to stay under, not work to do: "At most 5 open bug
    // tickets at any time", "Fewer than 10 open tickets".
    if (s.bound == Bound::AtMost && counted && r.verb != VerbKind::Work &&
        r.verb != VerbKind::Build)
        isWork = false;
    // None of a thing to avoid is a bar to hold, not work: "Ship zero regressions in Q1".
    if (counted) {
        const std::string_view c = r.counted.of(low);
        if (c.rfind("zero ", 0) == 0 || c.rfind("0 ", 0) == 0) isWork = false;
    }
    if (othersContribute) isWork = false;
    // A time under a day with a bound is a speed, a measure: "An optimised build, spawn to exit,
    // takes at most 300 ms" (a deadline in days or weeks is still a deadline).
    if (isWork && s.target &&
        (s.unit == "ms" || s.unit == "s" || s.unit == "seconds" || s.unit == "minutes" ||
         s.unit == "min" || s.unit == "hours"))
        isWork = false;
    // A level reached on a numbered scale: "Every flagship app … reach adoption level 3".
    if (isWork && containsListedWord(firstWordOf(r.verbText.of(low)),
                                     "reach|reaches|attain|attains|achieve|achieves")) {
        for (const char* scale : {"level ", "tier ", "stage ", "grade "})
            for (std::size_t at = low.find(scale); at != std::string_view::npos;
                 at = low.find(scale, at + 1))
                if (at + std::char_traits<char>::length(scale) < low.size() &&
                    std::isdigit(static_cast<unsigned char>(
                        low[at + std::char_traits<char>::length(scale)])))
                    isWork = false;
    }
    // A quantity by weight, volume or energy is a measure, however it is reached: "Compost 12,000
    // tonnes of kerbside scraps", "Generate 40 MWh from the roof panels".
    // So is a distance covered within a time, a pace: "Swim 1,500 m in under 30 minutes".
    // ("Cover at least 12 km in a single run": a distance in one go is a capability too.)
    const bool oneGo = low.find(" in a single ") != std::string_view::npos ||
                       low.find(" in one go") != std::string_view::npos ||
                       low.find(" without stopping") != std::string_view::npos;
    const bool pace = counted && (timeBound(low) || oneGo) &&
                      containsListedWord(lastWordOf(r.counted.of(low)),
                                         "m|km|metres|meters|kilometres|kilometers|mile|miles|k");
    // … and so is a score in points: "TOEIC 780 points" (not "9,000 charging points", things).
    const std::string_view countedLow = r.counted.of(low);
    const bool score = counted && lastWordOf(countedLow) == "points" &&
                       countedLow.find(' ') == countedLow.rfind(' ');
    const bool quantity =
        pace || score || (counted && anyWordIs(countedLow, WordClass::QuantityUnit));
    // Headcount taken on stays work with a start beside it: "Hire 25 engineers (currently 10)".
    if (isWork && !quantity && (!elsewhere || verdictReached) && (!outcomeShape || r.staffs) &&
        !r.intoOutcome) {
        // A quality asked of the work, with no number and nothing to ship but praise: "Offer
        // friendly, dependable help at every branch desk", "Recruit and keep a committed,
        // enthusiastic volunteer team" — a quality to measure, not a deliverable.
        if (!counted && !r.anyNumber && !hasTarget && r.headKind != HeadKind::Binary &&
            !r.binaryDone &&
            praiseIn(low.substr(std::min<std::size_t>(r.verbText.end, low.size()))).count >= 2) {
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object;
            return v;
        }
        // "Sign a few contracts", "Secure several new partnerships": some of them, with no
        // number — no one event, and nothing says when it is achieved.
        const std::string_view someOf = r.object.of(low);
        if (!counted && !r.anyNumber && !hasTarget && r.form == Form::Imperative &&
            r.headKind == HeadKind::Binary &&
            (containsListedWord(firstWordOf(someOf), "some|several|many|more") ||
             someOf.rfind("a few ", 0) == 0 || someOf.rfind("a number of ", 0) == 0)) {
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.evidence = join(r.verbText, r.object);
            v.thing = r.object;
            return v;
        }
        // A thing said done by someone else's verdict is a milestone too: "SOC 2 Type II report
        // issued by our auditor", "The new policy is approved by the board" (not "Every video
        // is listed on the site", our own work).
        const bool verdictDone =
            r.form == Form::Done && !counted && !r.universal && verdictGiven(title, low, r) &&
            (anyWordIs(low.substr(std::min<std::size_t>(r.verbText.end, low.size())),
                       WordClass::OutsideBody) ||
             containsListedWord(low,
                                "approved|certified|accredited|awarded|ratified|endorsed|accepted|"
                                "selected|shortlisted|admitted|recertified|reaccredited"));
        // … and so is a standard's report or audit named on its own: "SOC 2 Type II report by
        // Q3" — an auditor's verdict on us.
        const bool standardsReport =
            !counted && (r.form == Form::NounPhrase || r.form == Form::Done) &&
            (low.find("soc 2") != std::string_view::npos ||
             low.find("soc2") != std::string_view::npos ||
             low.find("iso 27001") != std::string_view::npos ||
             low.find("iso 9001") != std::string_view::npos ||
             containsListedWord(low, "hipaa|fedramp|pci|gdpr")) &&
            containsListedWord(lastWordOf(r.head.of(low)), "report|audit|attestation");
        v.binary = r.headKind == HeadKind::Binary || r.binaryDone || verdictDone || standardsReport;
        // ("Double the number of sales presentations we give": counted too, by a change.)
        const bool countedByChange =
            hasTarget && (r.headIsCountOf ||
                          (r.verb == VerbKind::Change && r.headKind == HeadKind::Deliverable));
        v.keyResult = (counted || countedByChange) && r.headKind != HeadKind::Binary
                          ? KeyResultVerdict::CountedWork
                          : KeyResultVerdict::Deliverable;
        v.evidence = work;
        // ("Each salesperson makes 4,500 calls": what our people make, not who makes it.)
        v.thing =
            r.form == Form::Done ? r.subject
            : r.form == Form::Clause && r.staffSubject && counted && !inside(r.counted, r.subject)
                ? r.counted
            : counted ? r.head
                      : r.object;
        return v;
    }

    if (fundingClosed(low, r, s) || admission(low, r)) {
        v.keyResult = KeyResultVerdict::Deliverable;
        v.binary = true;
        v.evidence = r.verbText.empty() ? r.head : join(r.verbText, r.object);
        v.thing = r.object.empty() ? r.head : r.object;
        return v;
    }

    // One thing won, signed or passed, with no number: "Sign a sponsorship deal with a roaster",
    // "Win a category at the national awards", "Close a seed round led by a new investor" — done
    // or not done, a milestone rather than a number to set.
    // ("Earn a 4.5-star average on Trustpilot": a rating's level is a number to reach.)
    const std::size_t star = low.find("-star");
    const bool rated = star != std::string_view::npos && star > 0 &&
                       std::isdigit(static_cast<unsigned char>(low[star - 1]));
    if (rated &&
        (r.verb == VerbKind::Achieve || r.verb == VerbKind::Change || r.verb == VerbKind::Maintain))
        return v;
    if (!hasTarget && !r.anyNumber && !rated && eventWon(title, r)) {
        v.keyResult = KeyResultVerdict::Deliverable;
        v.binary = true;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object;
        return v;
    }

    // A verdict others give, with nothing to count: "Win the trade association's 'Supplier of
    // the Year' award", "The CNCF admits our operator to its Sandbox tier", "Get the service
    // through its beta assessment" — done or not done, a milestone rather than a number left out.
    if (!hasTarget && !r.anyNumber && !r.universal && !r.bounded && r.comparative.empty() &&
        r.verb != VerbKind::Change && r.verb != VerbKind::Generic && !countMark(title, r) &&
        verdictGiven(title, low, r)) {
        v.keyResult = KeyResultVerdict::Deliverable;
        v.binary = true;
        v.evidence = closeQuote(title, join(r.verbText, r.object));
        v.thing = r.object.empty() ? r.subject : r.object;
        return v;
    }
    // A verdict or an agreement named and nothing else: "PCI DSS attestation (Q4 2026)",
    // "ISO 27001 certification for the plant" — the event is the key result, a milestone.
    if (!hasTarget && !r.anyNumber && r.form == Form::NounPhrase &&
        r.headKind == HeadKind::Binary && r.comparative.empty()) {
        v.keyResult = KeyResultVerdict::Deliverable;
        v.binary = true;
        v.evidence = r.head;
        v.thing = r.object.empty() ? r.head : r.object;
        return v;
    }
    // Every one of them given praise, with nothing to count it by: "Every caller gets friendly,
    // helpful, efficient service", "Every park property is kept in good repair" — "every" names
    // all of them, but what they get is a quality with no measure.
    if (r.universal && !r.none && !hasTarget && !r.anyNumber && !r.bounded &&
        r.form != Form::Imperative && r.verbText.end < low.size()) {
        const std::string_view said = low.substr(r.verbText.end);
        const Praise praise = praiseIn(said);
        if (praise.count >= 1) {
            // The run of praise with the words it lists before it and the noun it qualifies
            // after it: "friendly, helpful, efficient service", "good repair".
            std::size_t first = praise.firstRun.begin, last = praise.firstRun.end;
            while (first >= 3 && said.substr(first - 2, 2) == ", ") {
                const std::size_t word = said.rfind(' ', first - 3);
                const std::size_t begin = word == std::string_view::npos ? 0 : word + 1;
                if (begin >= first - 2) break;
                first = begin;
            }
            if (last < said.size() && said[last] == ' ') {
                const std::size_t end = said.find_first_of(" ,.;", last + 1);
                const std::string_view next = said.substr(
                    last + 1, (end == std::string_view::npos ? said.size() : end) - last - 1);
                if (!next.empty() && !(defaultWordTable().wordClasses(next) &
                                       (bit(WordClass::Preposition) | bit(WordClass::Determiner) |
                                        bit(WordClass::Conjunction) | bit(WordClass::OutcomeLink))))
                    last = last + 1 + next.size();
            }
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.evidence = TextSpan{static_cast<std::uint16_t>(r.verbText.end + first),
                                  static_cast<std::uint16_t>(r.verbText.end + last)};
            v.thing = r.subject;
            return v;
        }
    }
    // Nothing to measure: no number, no band, no done state ("Every vacancy …" and "No ticket
    // …" name 100% and none).
    const bool everyOne = r.objectUniversal && r.verb == VerbKind::Work;
    if (!hasTarget && !r.anyNumber && !r.universal && !r.bounded && !everyOne &&
        !namedLevelReached(title)) {
        v.keyResult = KeyResultVerdict::NotMeasurable;
        v.evidence = join(r.verbText, r.object);
        v.thing = r.object.empty() ? r.subject : r.object;
    }
    return v;
}

}  // namespace

namespace {

// A part of only small words ("Not to" in "Not to let the news pull me down") says nothing.
bool saysNothing(std::string_view title, TextSpan span) {
    const WordText words(span.of(title));
    const ClassMask small = bit(WordClass::StopWord) | bit(WordClass::Determiner) |
                            bit(WordClass::Preposition) | bit(WordClass::Conjunction);
    for (std::size_t i = 0; i < words.size(); ++i)
        if (!(defaultWordTable().wordClasses(words.word(i)) & small)) return false;
    return true;
}

// What a verdict the learned reader gives quotes when the reading's part says nothing: the word
// that weighed most, else the whole sentence.
void quoteSomething(std::string_view title, TextSpan& evidence, const LearnedReading& m) {
    if (saysNothing(title, evidence)) evidence = m.evidence;
    if (saysNothing(title, evidence))
        evidence =
            TextSpan{0, static_cast<std::uint16_t>(std::min<std::size_t>(title.size(), 0xFFFF))};
}

}  // namespace

Judgement judgeObjective(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v = judgeObjectiveByRules(title, r, s);
    const LearnedReading m = learnedObjective(title, r);
    if (v.objective != ObjectiveVerdict::Fine) {
        // The verdicts the sentence's structure gives (work on an artefact, a number to reach)
        // take more to withdraw: the model reads words, not structure.
        // So does a named metric moved with no figure and no one it is for ("Reduce the refund
        // rate"): the verdict rests on the metric the reading found, not on the words.
        const bool structural =
            v.objective == ObjectiveVerdict::Output || v.objective == ObjectiveVerdict::Metric ||
            (v.objective == ObjectiveVerdict::Vague && r.headKind == HeadKind::Metric &&
             r.verb == VerbKind::Change && !r.segment && r.slogan.empty());
        // A movement stated outright ("Halve …", "by a third", "from 18% to 23%") or a percentage
        // or sum to reach is a target whatever the words around it: the model does not
        // withdraw it.
        const bool stated = v.objective == ObjectiveVerdict::Metric &&
                            (s.relativeChange || s.fromTo || r.percentOrMoney);
        // (Nor is a thing launched, migrated or rolled out: "Platform team – migrate billing to
        // Stripe" is work whatever the heading's words.)
        const bool launched = v.objective == ObjectiveVerdict::Output && r.launches;
        if (!stated && !launched && (structural ? m.clearsTactic : m.clears)) v = Judgement{};
        return v;
    }
    if (!m.adds) return v;
    // The model reads words, not their parts: it does not add what the reading rules out — a
    // metric's target with no number or movement, work whose clause names the outcome it is for,
    // a vague aim whose object is a measure, that names whom, where or what it rules out, what it
    // turns something into or by what means ("Turn our existing customer base into a net growth
    // engine through expansion", S4's own). (A
    // qualifier or a purpose clause no longer holds a vague verdict back: the cross-validation
    // that sets the thresholds judges the model without these checks, and on the development
    // part the two let through 28 vague objectives more and no good one.)
    const auto label = static_cast<ObjectiveLabel>(m.label);
    if (label == ObjectiveLabel::Metric && !r.anyNumber && !s.relativeChange) return v;
    // (Nor people or a thing of others' doing something: "Operators can sell extra services",
    // "Adding a feature is easy for someone outside the core team".)
    const std::string lowTitle = lowerCase(title);
    const std::string_view said = r.verbText.of(lowTitle);
    const std::string_view afterVerb = firstWordOf(std::string_view(lowTitle).substr(
        std::min(lowTitle.size(), r.verbText.end + std::size_t{1})));
    const bool othersAct =
        r.form == Form::Clause && !r.staffSubject &&
        (r.peopleSubject || said.rfind("can ", 0) == 0 || said.rfind("could ", 0) == 0 ||
         (containsListedWord(said, "is|are|becomes|become|feels|gets") &&
          containsListedWord(afterVerb,
                             "easy|simple|possible|painless|straightforward|quick|safe")));
    if (label == ObjectiveLabel::Output &&
        (r.purposeNamesOutcome || r.headKind == HeadKind::Metric || othersAct ||
         peopleActOnThing(lowerCase(title), r) || doneWell(title, r)))
        return v;
    // ("Be the app that nurses trust first": the people it is for and what they do, in a
    // relative clause of their own.)
    bool peopleClause = false;
    if (r.purposeNamesOutcome) {
        std::string_view rest = r.purpose.of(title);
        const std::string_view link = firstWordOf(rest);
        // ("… so that clinicians get time back for patients": whom it is for, and what they
        // then do.)
        const bool so = sameIgnoringCase(link, "so");
        if (so || sameIgnoringCase(link, "that") || sameIgnoringCase(link, "who")) {
            rest.remove_prefix(std::min(rest.size(), link.size() + 1));
            if (so && sameIgnoringCase(firstWordOf(rest), "that"))
                rest.remove_prefix(std::min(rest.size(), std::size_t{5}));
            const std::string_view who = firstWordOf(rest);
            rest.remove_prefix(std::min(rest.size(), who.size() + 1));
            const std::string next = lowerCase(firstWordOf(rest));
            peopleClause = who.size() > 3 && (who.back() == 's' || who.back() == 'S') &&
                           wordIs(lowerCase(who), WordClass::AgentNoun) && !next.empty() &&
                           !wordIs(next, WordClass::Determiner) && next != "our" && next != "their";
        }
    }
    const bool be = isBe(r.verbText.of(title));
    // ("Landlords trust our rent guarantees": people and what they feel about a thing of ours.)
    const bool peopleFeel =
        r.form == Form::Clause && r.peopleSubject && r.verb == VerbKind::Experience;
    if (label == ObjectiveLabel::Vague &&
        (r.headKind == HeadKind::Metric || r.rulesOut || r.segment || r.intoOutcome || peopleFeel ||
         r.mechanism || peopleClause || (be && peopleActInObject(lowerCase(title), r)) ||
         peopleActOnThing(lowerCase(title), r) ||
         // (a property named with what it is measured in: "a capital-efficient channel")
         r.comparative.of(title).find('-') != std::string_view::npos))
        return v;
    // The words quoted are the reading's part that plays the defect's role; the word that weighed
    // most when the reading found no such part.
    const TextSpan verbAndObject = join(r.verbText, r.object);
    switch (label) {
        case ObjectiveLabel::Metric:
            v.objective = ObjectiveVerdict::Metric;
            v.evidence = !r.counted.empty() ? r.counted : numberSpan(title);
            break;
        case ObjectiveLabel::Output:
            v.objective = ObjectiveVerdict::Output;
            v.evidence = verbAndObject;
            break;
        case ObjectiveLabel::Vague:
            v.objective = ObjectiveVerdict::Vague;
            v.evidence = !r.slogan.empty() ? r.slogan : verbAndObject;
            break;
        default:
            return v;
    }
    v.learned = true;
    quoteSomething(title, v.evidence, m);
    v.thing = r.object.empty() ? v.evidence : r.object;
    return v;
}

namespace {

// Where the words quoted for a key result's work and the thing it makes are, for a verdict of work
// the learned reader gives.
void quoteWork(std::string_view title, Judgement& v, const Wording& r, const LearnedReading& m) {
    v.evidence = workSpan(r);
    quoteSomething(title, v.evidence, m);
    v.thing = r.form == Form::Done ? r.subject
              : !r.counted.empty() ? r.head
              : r.object.empty()   ? v.evidence
                                   : r.object;
    if (saysNothing(title, v.thing)) v.thing = v.evidence;
}

// A key result with no number the rules call work or say measures nothing: the learned reader
// names the other of the two where it is sure of it against both (its relabel share). The rules
// tell them apart by the verb and what it acts on ("Acquire an MRI scanner", "Request the rollout
// of kiosks" have verbs they do not know as work); the words of many sentences tell more. Service
// asked to be quick, a habit and a named level keep the rules' reading: those are read from the
// sentence's structure. It never turns a finding on or off.
Judgement relabelled(std::string_view title, const Judgement& v, const Wording& r,
                     const LearnedReading& m, bool numbered) {
    if (m.relabel > 1.0f || v.timely || v.habit || v.levelNamed || !placeholderIn(title).empty())
        return v;
    // "Secure several new partnerships", "Sign a few contracts": an amount said in a word is a
    // number missing, which the grammar reads from the sentence and the words do not show.
    if (v.keyResult == KeyResultVerdict::NotMeasurable) {
        const std::string object = lowerCase(r.object.of(title));
        for (const char* vague : {"several ", "some ", "a few ", "a couple of ", "many ",
                                  "various ", "multiple ", "numerous ", "a handful of "})
            if (object.rfind(vague, 0) == 0) return v;
    }
    const auto p = [&](KeyResultLabel l) { return m.probability[static_cast<int>(l)]; };
    const float work = p(KeyResultLabel::Activity) + p(KeyResultLabel::Milestone);
    const float unmeasured = p(KeyResultLabel::NotMeasurable);
    const float both = work + unmeasured;
    if (both <= 0) return v;
    Judgement out;
    out.learned = true;
    // People knowing or feeling something ("Employees understand the strategy") is not work we
    // ship, whatever words the model has seen with work ("Players can share …" is a feature).
    const std::string_view said = r.verbText.of(title);
    const bool knowing =
        (containsIgnoringCase(said, "understand") || containsIgnoringCase(said, "know") ||
         containsIgnoringCase(said, "feel") || containsIgnoringCase(said, "trust") ||
         containsIgnoringCase(said, "believe") || containsIgnoringCase(said, "grasp")) &&
        !containsWord(said, "can") && !containsWord(said, "could");
    // ("Members will feel more connected", "More residents choose to walk", "The documentation
    // is easier to follow": what people feel or do, or a quality compared — no thing to ship.)
    const std::string lowSubject = lowerCase(r.subject.of(title));
    const std::string lowTitle = lowerCase(title);
    const std::string_view next = firstWordOf(std::string_view(lowTitle).substr(
        std::min(title.size(), static_cast<std::size_t>(r.verbText.end) + 1)));
    const bool compared =
        containsListedWord(said, "is|are|becomes|become|gets|get") && comparativeShape(next);
    const bool peopleAct =
        r.form == Form::Clause &&
        ((r.peopleSubject &&
          (knowing || lowSubject.rfind("more ", 0) == 0 || lowSubject.rfind("fewer ", 0) == 0 ||
           (r.verb == VerbKind::Experience && containsWord(said, "feel")))) ||
         compared);
    // A movement named as a noun ("Fall in adviser searches", "Rise in repeat orders") is a
    // measure moved with no figure, never a thing made.
    const std::string_view opening = firstWordOf(title);
    const bool movementNamed =
        (sameIgnoringCase(opening, "fall") || sameIgnoringCase(opening, "rise") ||
         sameIgnoringCase(opening, "drop") || sameIgnoringCase(opening, "growth") ||
         sameIgnoringCase(opening, "increase") || sameIgnoringCase(opening, "reduction") ||
         sameIgnoringCase(opening, "decline") || sameIgnoringCase(opening, "decrease") ||
         sameIgnoringCase(opening, "improvement")) &&
        title.size() > opening.size() + 4 &&
        (lowerCase(title.substr(opening.size(), 4)) == " in " ||
         lowerCase(title.substr(opening.size(), 4)) == " of ");
    // … and so is one moved from a state to another in words: "Deploy frequency goes from weekly
    // to daily".
    const std::size_t fromAt = lowTitle.find(" from ");
    const bool movedInWords =
        r.form == Form::Clause && fromAt != std::string::npos &&
        lowTitle.find(" to ", fromAt) != std::string::npos &&
        (r.verb == VerbKind::Change ||
         containsListedWord(said, "goes|go|moves|move|shifts|shift|changes|change"));
    if (v.keyResult == KeyResultVerdict::NotMeasurable && work >= m.relabel * both && !peopleAct &&
        !movementNamed && !movedInWords) {
        out.keyResult = KeyResultVerdict::Deliverable;
        out.binary = p(KeyResultLabel::Milestone) > p(KeyResultLabel::Activity);
        quoteWork(title, out, r, m);
        return out;
    }
    const bool isWork = v.keyResult == KeyResultVerdict::Deliverable ||
                        v.keyResult == KeyResultVerdict::CountedWork;
    // ("SSO becomes available to all customers", "The new portal is live": a thing said to be
    // in people's hands is a deliverable, whatever words the model has seen without a number.)
    const std::string_view doneWords = r.verbText.of(lowTitle);
    const bool madeAvailable =
        (r.form == Form::Done && (doneWords.find("available") != std::string_view::npos ||
                                  doneWords.find("live") != std::string_view::npos)) ||
        (r.form == Form::Imperative && doneWords == "make" &&
         lowTitle.find(" available", r.verbText.end) != std::string::npos &&
         lowTitle.compare(r.verbText.end, 6, " more ") != 0);
    if (isWork && !numbered && !madeAvailable && unmeasured >= m.relabel * both) {
        out.keyResult = KeyResultVerdict::NotMeasurable;
        out.evidence = join(r.verbText, r.object);
        quoteSomething(title, out.evidence, m);
        out.thing = r.object.empty() ? r.subject : r.object;
        return out;
    }
    return v;
}

}  // namespace

// A number left to fill in: "X%", "XX", "$X", "[N]", "TBD" — a draft's placeholder, not a target.
std::string_view placeholderIn(std::string_view title) {
    std::string_view previous;
    for (std::size_t at = 0; at < title.size();) {
        const std::size_t end = std::min(title.find(' ', at), title.size());
        const std::string_view token = title.substr(at, end - at);
        at = end + 1;
        std::string_view w = token;
        while (!w.empty() && (w.front() == '$' || w.front() == '[' || w.front() == '(' ||
                              w.front() == '~' || w.front() == '>' || w.front() == '<'))
            w.remove_prefix(1);
        while (!w.empty() &&
               (w.back() == '%' || w.back() == ']' || w.back() == ')' || w.back() == 'k' ||
                w.back() == 'K' || w.back() == '+' || w.back() == '.' || w.back() == ','))
            w.remove_suffix(1);
        // A lone "X", "Y" or "N" is a name ("Release feature X", "an official X account", "on
        // X and LinkedIn") unless it is marked as a figure ("X%", "$X", "[N]") or stands where
        // a figure does ("from X to Y", "by N", "at least X").
        const bool marked = w.size() != token.size();
        const bool figureSlot = containsListedWord(
            lowerCase(previous),
            "from|to|by|at|of|than|least|most|reach|hit|over|under|about|around|get|sign|win");
        const bool lone = w == "X" || w == "Y" || w == "N";
        if ((lone && (marked || figureSlot)) || w == "XX" || w == "XXX" || w == "NN" ||
            w == "TBD" || w == "TBC" || w == "ZZZ" ||
            (w.size() >= 2 && w[0] == 'N' && token.front() == '['))
            return token;
        previous = token;
    }
    return {};
}

Judgement judgeKeyResultByRules(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v = grammarVerdict(title, r, s);
    const std::string low = lowerCase(title);
    // "Match the Scottish average for graduate-level jobs": a level named by its source, to
    // reach — not a thing made.
    if (v.keyResult == KeyResultVerdict::Deliverable && !v.binary && r.bounded &&
        r.form == Form::Imperative &&
        containsListedWord(firstWordOf(r.verbText.of(low)), "match|beat|exceed|outperform|surpass"))
        return Judgement{};
    // "All work delivered on time", "All work delivered to the client's specification": every
    // case held to a standard, a share of 100% — not one thing made.
    if (v.keyResult == KeyResultVerdict::Deliverable && !v.binary && r.universal && !r.anyNumber &&
        (low.find(" on time") != std::string::npos ||
         low.find(" within budget") != std::string::npos ||
         low.find(" on budget") != std::string::npos ||
         low.find(" specification") != std::string::npos ||
         low.find(" to standard") != std::string::npos))
        return Judgement{};
    // "Tackle congestion", "Prioritise prevention and early detection": a problem or a practice
    // taken on, with no figure — a direction, not a thing made.
    if (v.keyResult == KeyResultVerdict::Deliverable && !v.binary && !r.anyNumber && !s.target &&
        !s.relativeChange && r.form == Form::Imperative && r.headKind == HeadKind::Abstract &&
        containsListedWord(firstWordOf(r.verbText.of(low)),
                           "tackle|prioritise|prioritize|combat|fight")) {
        v.keyResult = KeyResultVerdict::NotMeasurable;
        return v;
    }
    // "Bring average editing rounds per article down from 4 to 2": a count moved from one value
    // to another is a measure, not one yes-or-no event.
    if (v.keyResult == KeyResultVerdict::Deliverable && v.binary && s.fromTo && s.baseline &&
        s.target && *s.baseline != *s.target)
        return Judgement{};
    // "Invoice-related tickets from 220/mo to < 60/mo", "Self-serve upgrades 30/mo → 90/mo":
    // things named without a verb and moved from one count to another, fewer of them or made by
    // others, are a measure.
    if ((v.keyResult == KeyResultVerdict::Deliverable ||
         v.keyResult == KeyResultVerdict::CountedWork) &&
        r.form == Form::NounPhrase && ((s.baseline && s.target) || s.relativeChange)) {
        const bool fewer = (s.baseline && s.target && *s.target < *s.baseline) ||
                           (s.relativeChange && *s.relativeChange < 0);
        const bool theirs = containsListedWord(
            r.object.of(low), "self-serve|self-service|inbound|incoming|organic|customer|related");
        if (fewer || theirs) return Judgement{};
    }
    // "Every employee is committed to quality", "Every writer on the team is comfortable putting
    // out an issue", "Every resident can easily reach the library": all of them, in a state no
    // number says — how many are, by a survey, is the measure.
    if (v.keyResult == KeyResultVerdict::Fine && r.universal && !r.none && !r.anyNumber &&
        !s.target && !s.relativeChange) {
        const WordText words(low);
        for (std::size_t k = 1; k < words.size(); ++k)
            if (containsListedWord(words.word(k),
                                   "committed|comfortable|stretched|valued|welcome|welcomed|"
                                   "supported|confident|happy|heard|respected|engaged|motivated|"
                                   "empowered|included|easily|backed")) {
                v.keyResult = KeyResultVerdict::NotMeasurable;
                v.evidence = clampedSpan(words.offset(k), words.offset(k) + words.word(k).size());
                v.thing = r.subject.empty() ? r.object : r.subject;
                return v;
            }
    }
    // "Donor retention improvement", "Sixth-form retention better than last year", "Complaints
    // to the ombudsman trend downwards", "OEE on Line 4: positive trend": a measure's change said
    // with no number and no done state — nothing says when it is achieved.
    if ((v.keyResult == KeyResultVerdict::Deliverable || v.keyResult == KeyResultVerdict::Fine) &&
        !r.anyNumber && !s.target && !s.relativeChange) {
        const WordText words(low);
        // Where the measure's name ends: before the word that says how it moves.
        std::size_t cut = std::string::npos;
        for (std::size_t k = 1; k < words.size() && cut == std::string::npos; ++k) {
            const std::string_view w = words.word(k);
            const bool last = k + 1 == words.size();
            if (last && containsListedWord(w, "improvement|improvements|uplift|upturn"))
                cut = words.offset(k);
            else if ((last && containsListedWord(w, "downwards|upwards|downward|upward")) ||
                     (containsListedWord(w, "trend|trends|trending") &&
                      containsListedWord(words.word(k - 1),
                                         "positive|upward|downward|improving")) ||
                     (w == "than" && k + 2 < words.size() &&
                      containsListedWord(words.word(k + 1), "last|previous|before") &&
                      containsListedWord(words.word(k + 2), "year|quarter|month|term|season")) ||
                     (w == "year" && k + 2 < words.size() && words.word(k + 1) == "on" &&
                      words.word(k + 2) == "year"))
                cut = words.offset(k - 1);
        }
        if (cut != std::string::npos) {
            v = Judgement{};
            v.keyResult = KeyResultVerdict::NotMeasurable;
            v.evidence = clampedSpan(0, low.find_last_not_of(" .") + 1);
            while (cut > 0 && !std::isalnum(static_cast<unsigned char>(low[cut - 1]))) --cut;
            v.thing = cut > 0 ? clampedSpan(0, cut) : r.head;
            return v;
        }
    }
    // The rest of the line from `from`, judged as a sentence of its own, its spans in the line's.
    const auto partFrom = [&](std::size_t from, bool imperative) {
        while (from < title.size() && title[from] == ' ') ++from;
        const std::string_view rest = title.substr(std::min(from, title.size()));
        if (WordText(rest).size() < 3 || from > 0xFFFF) return Judgement{};
        const Wording restWording = readWording(rest, defaultWordTable());
        if (imperative && restWording.form != Form::Imperative) return Judgement{};
        Judgement part = judgeKeyResultByRules(rest, restWording, parseKrSentence(rest));
        const auto shifted = [&](TextSpan x) {
            return x.empty() ? x
                             : TextSpan{static_cast<std::uint16_t>(x.begin + from),
                                        static_cast<std::uint16_t>(x.end + from)};
        };
        part.evidence = shifted(part.evidence);
        part.thing = shifted(part.thing);
        return part;
    };
    // "[N] WAU of the cloud edition", "TBD -- Expansion OKR": a draft whose number is still to
    // be filled in is a measure not yet numbered, not a thing to make.
    // ("Release feature X to N users" is still a release.)
    const std::string_view blank = placeholderIn(title);
    const std::size_t blankAt =
        blank.empty() ? 0 : static_cast<std::size_t>(blank.data() - title.data());
    if (v.keyResult == KeyResultVerdict::Deliverable && !blank.empty() &&
        (WordText(title.substr(0, blankAt)).size() <= 1 ||
         (blankAt >= v.evidence.begin && blankAt < v.evidence.end))) {
        v.keyResult = KeyResultVerdict::NotMeasurable;
        v.binary = false;
    }
    // "500 monthly active contributors on the community forum", "Get 300 accounts to daily
    // active use of the app": people counted as they use it, not a crowd gathered.
    if (v.keyResult == KeyResultVerdict::Vanity &&
        (low.find("daily active") != std::string::npos ||
         low.find("weekly active") != std::string::npos ||
         low.find("monthly active") != std::string::npos ||
         low.find("active use") != std::string::npos))
        return Judgement{};
    // ("Cut time on page for the checkout help article by 30%": time spent made shorter is an
    // answer found sooner, not attention.)
    if (v.keyResult == KeyResultVerdict::Vanity && s.verbDirection == Direction::Decrease) {
        const std::string_view quoted = v.evidence.of(low);
        if (quoted.find("time on") != std::string_view::npos ||
            quoted.find("duration") != std::string_view::npos ||
            quoted.find("dwell") != std::string_view::npos)
            return Judgement{};
    }
    // "Make the Insights feature generally available", "Make the repository public": a thing put
    // in people's hands, done or not done — not a quality to measure.
    if (v.keyResult == KeyResultVerdict::NotMeasurable && r.form == Form::Imperative &&
        firstWordOf(r.verbText.of(low)) == "make" && !r.object.empty() &&
        low.compare(r.verbText.end, 6, " more ") != 0) {
        for (const char* state : {" generally available", " available", " public", " live"}) {
            const std::size_t at = low.find(state, r.verbText.end);
            const std::size_t end = at + std::strlen(state);
            if (at == std::string::npos ||
                (end < low.size() && std::isalnum(static_cast<unsigned char>(low[end]))))
                continue;
            v.keyResult = KeyResultVerdict::Deliverable;
            v.binary = true;
            v.evidence = clampedSpan(r.verbText.begin, end);
            v.thing = r.object;
            return v;
        }
    }
    // "Welcome at least 450,000 guests to the city", "Draw 350,000 participants to mass events",
    // "Reach over 18 million pupils", "140,000 e-residents registered": a crowd counted as it
    // comes, signs up or is reached — turnout, not what it does.
    // ("Attract 45,000 spectators": people the reading counted as the object.)
    const TextSpan crowdSpan = !r.peopleCount.empty()                                ? r.peopleCount
                               : r.headKind == HeadKind::Agent && !r.counted.empty() ? r.counted
                                                                                     : TextSpan{};
    if ((v.keyResult == KeyResultVerdict::Fine || v.keyResult == KeyResultVerdict::CountedWork) &&
        !crowdSpan.empty() && !r.percentOrMoney && !s.fromTo &&
        !containsListedWord(low,
                            "paying|paid|active|returning|retained|repeat|renew|renewing|"
                            "who|that|per|share|percent|%")) {
        const std::string_view crowd = lastWordOf(crowdSpan.of(low));
        const bool crowdNoun = containsListedWord(
            crowd,
            "guests|visitors|participants|attendees|spectators|tourists|delegates|"
            "people|pupils|students|learners|children|residents|citizens|users|"
            "listeners|viewers|readers|fans|e-residents|members|entrants|runners|families|"
            "households|supporters");
        const std::string_view lead = firstWordOf(r.verbText.of(low));
        const std::string_view after =
            std::string_view(low).substr(std::min<std::size_t>(crowdSpan.end, low.size()));
        // ("Reach 50,000 people with the vaccine": reached with a service, an outcome.)
        // ("Have 300 people attend our webinar", "Get 2,000 people to come to the open day":
        // turnout asked for with "have" or "get".)
        std::string_view does = firstWordOf(after.substr(after.empty() ? 0 : 1));
        if (does == "to") does = firstWordOf(after.substr(std::min<std::size_t>(after.size(), 4)));
        const bool turnsUp = containsListedWord(lead, "have|get") &&
                             containsListedWord(does, "attend|come|visit|watch|tune|turn");
        const bool comes = r.form == Form::Imperative &&
                           (containsListedWord(lead, "welcome|draw|attract|reach") || turnsUp) &&
                           !(lead == "reach" && after.rfind(" with ", 0) == 0);
        const bool signed_ = v.keyResult == KeyResultVerdict::Fine && r.form != Form::Imperative &&
                             crowdSpan.begin <= 12 &&
                             containsListedWord(firstWordOf(after.substr(after.empty() ? 0 : 1)),
                                                "registered|enrolled|enroled|signed");
        if (crowdNoun &&
            ((comes && (v.keyResult == KeyResultVerdict::Fine || lead != "reach")) || signed_)) {
            v.keyResult = KeyResultVerdict::Vanity;
            v.evidence = comes ? join(r.verbText, crowdSpan) : crowdSpan;
            v.thing = crowdSpan;
            return v;
        }
    }
    // "Working with schools to broaden access to music education", "We will strengthen
    // governance", "Create a more welcoming environment for families": a way of working, a
    // strengthening or a quality made better, with no number — a change named, not measured.
    if (v.keyResult == KeyResultVerdict::Deliverable && !v.binary && !r.anyNumber && !s.target &&
        !s.relativeChange && placeholderIn(title).empty()) {
        const std::string_view said = r.verbText.of(low);
        const std::string_view object = r.object.of(low);
        // (The purpose a change: "… to broaden access", "… to tackle health inequalities".)
        const std::size_t to = low.find(" to ", r.object.end);
        const std::string_view aim = to == std::string::npos
                                         ? std::string_view()
                                         : firstWordOf(std::string_view(low).substr(to + 4));
        const bool changeAimed =
            r.purposeNamesOutcome || wordIs(aim, WordClass::IncreaseVerb) ||
            wordIs(aim, WordClass::DecreaseVerb) ||
            containsListedWord(aim,
                               "broaden|widen|tackle|make|help|ensure|close|end|improve|"
                               "strengthen|deepen|reduce|raise");
        const bool process =
            changeAimed && containsListedWord(firstWordOf(said),
                                              "working|work|partnering|partner|collaborating|"
                                              "collaborate|engaging|supporting|support");
        const bool strengthened =
            containsListedWord(said,
                               "strengthen|strengthening|enhance|enhanced|enhancing|"
                               "deepen|deepening|widen|widening|broaden|broadening");
        const bool better =
            containsListedWord(firstWordOf(said), "create|creating|make|making|build|building") &&
            containsListedWord(object, "more|better|greater|stronger|safer|fairer|friendlier") &&
            containsListedWord(lastWordOf(object),
                               "environment|culture|climate|atmosphere|"
                               "place|experience|community|workplace|space");
        if (process || strengthened || better) {
            Judgement out;
            out.keyResult = KeyResultVerdict::NotMeasurable;
            out.evidence = join(r.verbText, r.object);
            out.thing = r.object.empty() ? r.subject : r.object;
            return out;
        }
    }
    // "We'll keep working to win more followers on every social network": work whose aim is
    // attention is measured by that attention.
    if (v.keyResult == KeyResultVerdict::Deliverable && r.headKind == HeadKind::Vanity &&
        containsListedWord(firstWordOf(r.verbText.of(low)), "working|work|striving|trying"))
        if (const std::size_t to = low.find(" to ", r.verbText.begin); to != std::string::npos) {
            Judgement part = partFrom(to + 4, true);
            if (part.keyResult == KeyResultVerdict::Vanity) return part;
        }
    // ("Increase the proportion of grant recipients reporting improved resilience a year after
    // funding to 60%": a share moved is an outcome, whatever work its words name.)
    if (v.keyResult == KeyResultVerdict::CountedWork && r.form == Form::Imperative &&
        (wordIs(firstWordOf(r.verbText.of(low)), WordClass::IncreaseVerb) ||
         wordIs(firstWordOf(r.verbText.of(low)), WordClass::DecreaseVerb))) {
        const std::string_view object = r.object.of(low);
        for (const char* share : {"the proportion of ", "the share of ", "the percentage of ",
                                  "the rate of ", "the ratio of "})
            if (object.rfind(share, 0) == 0) return Judgement{};
    }
    // "Review 50 open pull requests per week", "hold a triage session every Monday — 13 sessions
    // this quarter": counts our own work acts on, whatever else such words count elsewhere.
    if (v.keyResult == KeyResultVerdict::Vanity && r.form == Form::Imperative &&
        containsListedWord(firstWordOf(r.verbText.of(low)),
                           "review|triage|hold|run|host|close|answer|merge|process|carry|"
                           "conduct|facilitate|organise|organize") &&
        containsListedWord(lastWordOf(join(r.counted, r.head).of(low)),
                           "requests|prs|sessions|visits|calls|emails|tickets|session|visit")) {
        v.keyResult = KeyResultVerdict::CountedWork;
        return v;
    }
    // "Each account manager makes 3 customer site visits per month": visits our people pay are
    // their work, not a site's traffic.
    // ("The community nursing team will carry out 500 home visits": the verb after "will".)
    const std::string_view mainVerb = firstWordOf(r.verbText.of(low)) == "will"
                                          ? lastWordOf(r.verbText.of(low))
                                          : firstWordOf(r.verbText.of(low));
    if (v.keyResult == KeyResultVerdict::Vanity && r.form == Form::Clause &&
        (r.staffSubject || r.headKind == HeadKind::Agent) && !r.counted.empty() &&
        containsListedWord(
            mainVerb, "makes|make|pays|pay|conducts|conduct|carries|carry|does|do|completes")) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = join(r.verbText, r.counted);
        v.thing = r.counted;
        return v;
    }
    if (v.keyResult != KeyResultVerdict::Fine) return v;
    // "Our campaign videos will have been watched more than 10 million times", "We will appear
    // on regional television at least 60 times": attention counted in times.
    if (const std::size_t times = low.find(" times");
        times != std::string::npos && times > 0 && r.anyNumber && !r.percentOrMoney) {
        const WordText before(std::string_view(low).substr(0, times));
        const std::size_t n = before.size();
        bool figure = n > 0 && std::isdigit(static_cast<unsigned char>(before.word(n - 1)[0]));
        figure = figure || (n > 0 && containsListedWord(before.word(n - 1), "million|thousand"));
        for (std::size_t k = n > 10 ? n - 10 : 0; figure && k + 1 < n; ++k)
            if (containsListedWord(before.word(k),
                                   "watched|viewed|played|streamed|downloaded|shared|liked|"
                                   "mentioned|cited|featured|appear|appears|appeared|heard|seen")) {
                v.keyResult = KeyResultVerdict::Vanity;
                v.evidence = clampedSpan(before.offset(k), times + 6);
                v.thing = v.evidence;
                return v;
            }
    }
    // "Make 200 cold calls a week", "20 stakeholder workshops facilitated by the policy team",
    // "Eight pitch decks sent to prospective clients": things we make, counted.
    if (r.headKind == HeadKind::Deliverable && !r.counted.empty() && !r.percentOrMoney &&
        !s.fromTo && !s.relativeChange &&
        ((r.form == Form::Imperative &&
          containsListedWord(firstWordOf(r.verbText.of(low)),
                             "make|send|run|hold|deliver|publish|write|produce|host|organise|"
                             "organize|facilitate|create|give|present|conduct|offer")) ||
         r.form == Form::Done ||
         (r.form == Form::Clause && inside(r.counted, r.subject) &&
          containsListedWord(firstWordOf(r.verbText.of(low)),
                             "sent|made|delivered|held|run|given|published|written|produced|"
                             "completed|facilitated|hosted|organised|organized")))) {
        v.keyResult = KeyResultVerdict::CountedWork;
        v.evidence = join(r.verbText, r.counted);
        v.thing = r.head;
        return v;
    }
    // "Page views on the blog go from 10k to 40k", "Watch time on our channel exceeds 50,000
    // hours": a vanity count as the clause's subject, moved to a figure by any verb.
    // ("Press mentions will be increased by 40%": the movement after "will be".)
    const std::string_view moved =
        firstWordOf(r.verbText.of(low)) == "will"
            ? lastWordOf(r.verbText.of(low)) == "be"
                  ? firstWordOf(std::string_view(low).substr(
                        std::min<std::size_t>(r.verbText.end + 1, low.size())))
                  : lastWordOf(r.verbText.of(low))
            : firstWordOf(r.verbText.of(low));
    if (r.form == Form::Clause && r.headKind == HeadKind::Vanity && inside(r.head, r.subject) &&
        (r.anyNumber || s.relativeChange) &&
        (!r.percentOrMoney || (s.relativeChange && !s.target)) &&
        containsListedWord(
            moved,
            "go|goes|exceed|exceeds|reach|reaches|pass|passes|top|tops|climb|climbs|rise|rises|"
            "increased|doubled|tripled|grown|raised|boosted|lifted|"
            "grow|grows|hit|hits|double|doubles|triple|triples|increase|increases|jump|jumps|"
            "surpass|surpasses|cross|crosses|break|breaks|beat|beats") &&
        !containsListedWord(
            r.subject.of(low),
            "active|paying|paid|returning|retained|engaged|qualified|repeat|converted|conversion|"
            "rate|share|percentage|per|average|weekly|daily|monthly")) {
        v.keyResult = KeyResultVerdict::Vanity;
        v.evidence = r.head;
        v.thing = r.head;
        return v;
    }
    // "Get 10,000 people to register for the virtual summit", "Get 500 fans to follow the new
    // account": people brought to sign up or look, counted — not to pay or come back.
    if (r.form == Form::Imperative && !r.peopleCount.empty() && r.peopleCount.end < low.size() &&
        containsListedWord(firstWordOf(r.verbText.of(low)),
                           "get|bring|persuade|convince|encourage|inspire")) {
        const std::string_view after = std::string_view(low).substr(r.peopleCount.end);
        bool signsUp = false;
        for (const char* act : {" to register", " to sign up", " to sign-up", " to subscribe",
                                " to follow", " to download", " to visit", " to like", " to join",
                                " to enrol", " to enroll", " to install"})
            signsUp = signsUp || after.rfind(act, 0) == 0;
        // ("Get 40 clinics to visit the demo centre and sign up": a visit that ends in a sale.)
        if (signsUp && after.find(" and ") == std::string_view::npos &&
            !containsListedWord(after,
                                "paid|pay|paying|premium|buy|purchase|donate|renew|complete")) {
            v.keyResult = KeyResultVerdict::Vanity;
            v.evidence = r.peopleCount;
            v.thing = r.peopleCount;
            return v;
        }
    }
    // "Engineers log 1,500 hours on the platform rewrite": effort spent, counted as the result.
    for (const char* logged : {"log ", "logs ", "logged "}) {
        const std::size_t at = low.find(logged);
        if (at == std::string::npos || (at > 0 && low[at - 1] != ' ')) continue;
        const std::size_t figure = at + std::strlen(logged);
        const std::size_t end = low.find(' ', figure);
        if (figure >= low.size() || !std::isdigit(static_cast<unsigned char>(low[figure])) ||
            end == std::string::npos)
            continue;
        const std::string_view unit = firstWordOf(std::string_view(low).substr(end + 1));
        if (unit == "hours" || unit == "hrs" || unit == "days") {
            v.keyResult = KeyResultVerdict::CountedWork;
            v.evidence = clampedSpan(at, end + 1 + unit.size());
            v.thing = v.evidence;
            return v;
        }
    }
    // "Instagram: currently at 305. Target: increase followers to 520": a line that gives where
    // it stands, then its target as a sentence of its own, is judged by that sentence too.
    const std::size_t target = low.rfind("target:");
    if (target != std::string::npos && target > 0) {
        const Judgement part = partFrom(target + 7, false);
        if (part.keyResult == KeyResultVerdict::Vanity ||
            part.keyResult == KeyResultVerdict::CountedWork ||
            part.keyResult == KeyResultVerdict::Deliverable)
            return part;
    }
    // "Launch the winter campaign and grow our Instagram followers 5%", "Carry out the plan to
    // grow newsletter subscribers 35%": a second order, joined or as the first one's purpose,
    // that counts attention is what the line is measured by.
    if (r.form == Form::Imperative) {
        for (const char* joint : {" and ", " to "}) {
            const std::size_t at = low.find(joint, r.verbText.end);
            if (at == std::string::npos) continue;
            const std::size_t from = at + std::char_traits<char>::length(joint);
            const Judgement part = partFrom(from, true);
            // ("Survey users … and ship five of them", "Triage every crash report and fix 40% of
            // them": work counted after "and" is what the line is measured by.)
            const std::string_view rest = std::string_view(low).substr(from);
            // (An order's plain verb: not "… tracked and reported, measured as …".)
            const std::string_view next = firstWordOf(rest);
            if (next.size() > 3 &&
                (next.substr(next.size() - 2) == "ed" || next.substr(next.size() - 3) == "ing"))
                continue;
            const bool counted = rest.find_first_of("0123456789") != std::string_view::npos ||
                                 containsListedWord(rest,
                                                    "two|three|four|five|six|seven|eight|"
                                                    "nine|ten|twelve|twenty|dozen");
            if (part.keyResult == KeyResultVerdict::Vanity ||
                (part.keyResult == KeyResultVerdict::CountedWork && joint[1] == 'a') ||
                (part.keyResult == KeyResultVerdict::Deliverable && joint[1] == 'a' && counted))
                return part;
        }
    }
    return v;
}

namespace {

Judgement judgeKeyResultWithModel(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v = judgeKeyResultByRules(title, r, s);
    const LearnedReading m = learnedKeyResult(title, r);
    const bool hasTarget = s.target || s.relativeChange || s.bandLow || s.bandHigh;
    if (v.keyResult != KeyResultVerdict::Fine) {
        // Without a number the sentence is a deliverable or measures nothing: withdrawing the
        // verdict would only leave "no target" in its place.
        if (m.clears && (hasTarget || r.anyNumber)) return Judgement{};
        return relabelled(title, v, r, m, hasTarget || r.anyNumber);
    }
    if (!m.adds) return v;
    switch (static_cast<KeyResultLabel>(m.label)) {
        case KeyResultLabel::Activity:
            v.keyResult =
                r.counted.empty() ? KeyResultVerdict::Deliverable : KeyResultVerdict::CountedWork;
            break;
        case KeyResultLabel::Milestone:
            v.keyResult = KeyResultVerdict::Deliverable;
            v.binary = true;
            break;
        case KeyResultLabel::Vanity:
            v.keyResult = KeyResultVerdict::Vanity;
            break;
        case KeyResultLabel::NotMeasurable:
            if (hasTarget || r.anyNumber) return v;
            v.keyResult = KeyResultVerdict::NotMeasurable;
            break;
        default:
            return v;
    }
    v.learned = true;
    if (v.keyResult == KeyResultVerdict::Deliverable ||
        v.keyResult == KeyResultVerdict::CountedWork) {
        quoteWork(title, v, r, m);
        return v;
    }
    v.evidence = v.keyResult == KeyResultVerdict::Vanity ? (!r.vanityCount.empty() ? r.vanityCount
                                                            : !m.evidence.empty()  ? m.evidence
                                                                                   : r.head)
                                                         : join(r.verbText, r.object);
    if (v.evidence.empty()) v.evidence = m.evidence;
    v.thing = r.form == Form::Done ? r.subject
              : !r.counted.empty() ? r.head
              : r.object.empty()   ? v.evidence
                                   : r.object;
    return v;
}

}  // namespace

Judgement judgeKeyResult(std::string_view title, const Wording& r, const KrSentence& s) {
    Judgement v = judgeKeyResultWithModel(title, r, s);
    const std::string low = lowerCase(title);
    v.levelNamed =
        v.levelNamed || namedLevelReached(title) || namedBand(low, r) || financialState(low, r);
    return v;
}

}  // namespace okr
