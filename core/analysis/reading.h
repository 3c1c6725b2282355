// How an objective or key result reads: a shallow parse of the sentence a person typed, enough for
// the content rules to judge it the way a coach reads it — not by a word appearing somewhere, but
// by the part the word plays:
//
//   "Hold 12 webinars for finance leads"        imperative; work verb "Hold"; counts "webinars"
//   "The pricing page is redesigned"            a deliverable said to be done
//   "A network visualisation tool"              a deliverable named without a verb
//   "Validate pricing by running 6 interviews"  the count sits in an "-ing" clause of work
//   "Hiring managers report that …"             a clause: people ("hiring managers") doing
//   something "Build a sales team that closes deals …"    build + a non-artefact + a clause naming
//   an outcome
//
// The reading names its parts as byte spans of the original text, so every finding can quote the
// words that made it. Which words play which part is the word table's (words.h: verb, noun and
// function-word classes), so a user's table extends the grammar too.
//
// Contract: pure, total and deterministic; any bytes in, a reading out; no allocation; only the
// first kMaxSentenceBytes of a text are read.
#pragma once

#include <cstdint>
#include <string_view>

#include "analysis/words.h"

namespace okr {

// A byte range [begin, end) of the text that was read.
struct TextSpan {
    std::uint16_t begin = 0, end = 0;
    bool empty() const { return begin >= end; }
    std::string_view of(std::string_view text) const {
        return begin < end && end <= text.size() ? text.substr(begin, end - begin)
                                                 : std::string_view();
    }
};

enum class Form : std::uint8_t {
    Empty,       // no words
    Imperative,  // a verb first: "Publish 40 posts", "Increase signups from 400 to 650"
    Done,        // a subject said to be done: "SSO becomes available", "X is implemented"
    Clause,      // a subject doing something: "Customers renew at 95%", "We publish 4 posts"
    NounPhrase,  // no verb: "A network visualisation tool", "Win rate 18% → 23%"
};

// What the lead verb does.
enum class VerbKind : std::uint8_t {
    None,
    Work,        // publish, hold, launch, hire: work we do
    Build,       // build, create, develop: work when what is built is an artefact
    Change,      // increase, reduce, double: a movement
    Generic,     // improve, grow, boost, be, make: a direction with little in it
    Achieve,     // reach, generate, win, sign: what others do in response
    Maintain,    // keep, hold, maintain
    Baseline,    // establish, measure, instrument
    Experience,  // feel, use, renew (in a clause): what people do
    Other,
};

// What the sentence's main noun phrase names.
enum class HeadKind : std::uint8_t {
    None,
    Deliverable,  // posts, webinars, a tool, the pricing page
    Vanity,       // followers, page views, lines of code
    Metric,       // churn, conversion rate, signups, latency
    Agent,        // customers, partners, contributors
    Binary,       // a certification, an agreement, a funding round
    Abstract,     // satisfaction, awareness, the business
    Other,
};

struct Wording {
    Form form = Form::Empty;
    VerbKind verb = VerbKind::None;
    TextSpan verbText;  // the lead verb, or "is redesigned", "becomes available"
    TextSpan subject;   // Done / Clause: the subject noun phrase
    TextSpan object;    // the object noun phrase (Imperative), or the whole phrase
    TextSpan head;      // the main noun of the measured phrase: "webinars", "churn"
    HeadKind headKind = HeadKind::None;
    TextSpan counted;     // a number counting the head: "12 webinars", "40 posts"
    TextSpan gerund;      // work carrying the count in an "-ing" clause: "running 6 interviews"
    TextSpan gerundWhat;  // … and what it counts: "interviews"
    TextSpan purpose;     // a clause saying what it is for: "that closes mid-market deals"
    bool purposeNamesOutcome = false;  // … and it names a concrete outcome
    TextSpan qualifier;                // for whom / where / what it rules out: "for new workspaces"
    bool launches = false;  // the lead verb puts a made thing into the world: "Launch …", "Pilot …"
    bool doneAfter = false;   // "Get the course accredited": the object is made done
    bool binaryDone = false;  // … by an approval, an accreditation, a certification
    bool universal = false;   // "Every vacancy …", "No ticket …", "All staff …": 100% or none
    bool objectUniversal = false;  // "Fix every bug …", "Answer all tickets …": the object is all
    bool staffSubject = false;  // "We …", "The data team …", "Every analyst …": our own people
    HeadKind clauseObject = HeadKind::None;  // … and what their verb works on
    bool peopleSubject = false;  // Done / Clause: the subject names people ("Pet owners …",
                                 // "No young carer …", "Our branch staff …")
    TextSpan vanityCount;        // a vanity number counted anywhere: "gets 300 views"
    TextSpan
        vanityList;  // the measure is a list naming vanity counts: "shares, comments and likes"
    TextSpan peopleCount;        // people counted anywhere: "800 pharmacists", "for 400 patients"
    bool staffs = false;         // … by a verb that takes them on: "Hire 3 engineers"
    bool carriesOut = false;     // a verb of carrying work out with no deliverable: run, complete
    bool measureBeside = false;  // a value on a measure outside the main phrase: "… with a
                                 // rating of at least 4.6"
    bool qualifierAll = false;   // … over "all" or "every": no segment at all
    bool rulesOut = false;  // … by saying what it is not: "without …", "not a barrier", "only"
    bool segment = false;   // … naming whom or where: people, a named place ("in Porto")
    bool byPeople = false;  // "… used by merchants", "adopted by customers": people act on it
    TextSpan slogan;        // a slogan phrase the sentence leans on: "the leading platform"
    TextSpan comparative;   // "faster", "the lowest-carbon": a state better than today
    TextSpan manner;        // how well the verb is done: "answer emails [faster]", "works [well]"
    bool strongSlogan = false;    // the slogan is one whatever else the sentence says
    bool none = false;            // "No …", "Zero …": none of a thing to avoid
    bool intoOutcome = false;     // "Turn 6 pilots into annual subscriptions"
    bool mechanism = false;       // "… by reducing admin interruptions": how it will happen
    int tailWords = 0;            // content words after the main phrase
    bool bounded = false;         // "above the industry average", "faster than …": a target
    bool headGerund = false;      // the head is an activity in "-ing": "filing a claim"
    bool headGuessed = false;     // the head's kind is guessed from its ending ("-ness", "-ity")
    bool anyNumber = false;       // a number that is a value (not a label, year or version)
    bool percentOrMoney = false;  // a value number with % or a currency
    bool headIsCountOf = false;   // "the number of posts": the head is counted, not measured
    int contentWords = 0;         // words that are not function words
    int abstractWords = 0;        // of those, abstract nouns and generic metrics
    ClassMask classes = 0;        // every word class found in the text, phrases included
};

Wording readWording(std::string_view text, const WordTable& table) noexcept;

}  // namespace okr
