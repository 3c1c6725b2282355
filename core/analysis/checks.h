// Internal to the analysis (analysis.cpp and check_*.cpp): the facts gathered once per analysis
// (tree index, formulas, each key result's sentence, words and effective values) and the helpers
// the rule checks share to word their messages. Not part of the core's public API.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analysis.h"
#include "analysis/judgement.h"
#include "analysis/reading.h"
#include "analysis/rules.h"
#include "analysis/sentence.h"
#include "analysis/words.h"
#include "rhythm/rhythm.h"
#include "tree/formula.h"
#include "tree/tree.h"

namespace okr::detail {

// Everything the KR rules need about one key result, computed once.
struct KrFacts {
    const Objective* objective = nullptr;
    const KeyResult* kr = nullptr;
    std::size_t o = 0;  // objective index
    std::size_t k = 0;  // key-result index within the objective
    int driver = -1;    // node index
    bool reaches = false;
    bool dropSaidForObjective = false;  // KR-CONFIDENCE-DROP said once for the objective
    // KR-CONFIDENCE-DROP's reading of the check-ins, read once per analysis (confidenceOf).
    mutable std::optional<ConfidenceAlert> confidence;
    mutable bool confidenceRead = false;
    Style style = Style::Committed;        // the KR's style, else its objective's
    KrSentence sentence;                   // parsed from the title
    Wording wording;                       // how the title reads (text rules only)
    Judgement judgement;                   // what a coach reads in it (text rules only)
    ClassMask classes = 0;                 // word classes found in the title …
    ClassMask metricClasses = 0;           // … and in the metric name
    HeadKind metricHead = HeadKind::None;  // what the metric name measures
    bool has(WordClass c) const { return ((classes | metricClasses) & bit(c)) != 0; }
    KrKind kind = KrKind::Metric;    // the field, or what the sentence says when the field is the
                                     // default (a "keep … below 2%" is a maintain KR)
    std::optional<double> baseline;  // field, else sentence, else driver µ
    std::optional<double> target;    // field, else sentence (with a relative change)
    std::optional<Date> due;         // field, else sentence
    Direction direction = Direction::Increase;  // directionOf: field, numbers, title
    std::string unit;                           // field, else sentence, else driver
    std::optional<double> current;              // current value, else the latest check-in
    Standing standing = Standing::Active;       // what the review decided (standingOf, rhythm.h)
    int shared = -1;       // krs index of the shared key result this one contributes to
    int contributors = 0;  // key results that contribute to this one (S2's shared KR)
    // The title as findings quote it ('Publish 40 posts'), spelled once per analysis.
    // (Never empty once spelled: an empty title is quoted as 'untitled key result'.)
    const std::string& quoted() const;
    mutable std::string quotedTitle;
};

// The tree's index and formulas, built for a plan's tree: a Context builds its own, or takes the
// ones a Reanalysis kept from a tree equal to the plan's.
struct TreeFacts {
    const TreeIndex& index;
    const FormulaEvaluator& formula;
};

// The key results' facts a Reanalysis kept from its last run, to be taken (moved) for the
// objectives marked `same`: unchanged, with everything their facts read outside them as it was.
struct KeptFacts {
    std::vector<KrFacts>& krs;              // the last run's facts, in its objectives' order
    const std::vector<std::size_t>& start;  // where each objective's facts begin in `krs`
    const std::vector<char>& same;          // per objective of the plan: take its facts
};

// The latest valid check-in date over the whole plan.
std::optional<Date> latestCheckinOf(const Plan& p);

struct Context {
    // `latest` is latestCheckinOf(p), which the caller has already needed.
    Context(const Plan& p, const AnalyzeOptions& opts, std::vector<Violation>& violations,
            std::optional<Date> latest, const TreeFacts* kept = nullptr,
            KeptFacts* keptFacts = nullptr);

    const Plan& plan;
    const AnalyzeOptions& options;
    const WordTable& words;
    Profile profile;
    const ProfileLimits& limits;
    RuleSeverities sev;
    Thresholds thresholds;
    std::optional<TreeIndex> ownTree;  // built here unless `kept` gave them
    std::optional<FormulaEvaluator> ownFormula;
    const TreeIndex& tree;
    const FormulaEvaluator& formula;
    std::vector<KrFacts> krs;
    std::vector<std::size_t> objectiveStart;  // krs index of each objective's first KR; +1 end
    // What each owner name is (a person, a team, several), read once per analysis: a plan names
    // the same few owners on every line.
    mutable std::unordered_map<std::string, OwnerKind> ownerKinds;
    // Objective o's title as findings quote it, spelled once per analysis.
    const std::string& quotedObjective(std::size_t o) const;
    mutable std::vector<std::string> objectiveQuotes;
    std::vector<int> krsPerNode;
    std::optional<Date> latestCheckin;     // over the whole plan
    std::vector<bool> objectiveCheckedIn;  // some key result of the objective has a check-in
    bool anyBreached = false;              // some guardrail is past its threshold
    std::vector<int> mark;                 // scratch for walks: node → stamp of the last visit
    int markStamp = 0;
    std::vector<int> walk;  // scratch stack for walks
    std::vector<Violation>& out;

    bool on(RuleId r) const { return sev.on(r); }
    // The rhythm rules (KR-STALE, KR-CONFIDENCE-DROP) speak only while the period runs and after
    // its first week: before the start there is nothing to check in, after the end the quarter
    // is for scoring. Without a day to look from they always run (on the latest check-in).
    bool rhythmRuns() const;
    bool text() const { return options.textRules; }
    // A business plan (the sector unset or "business") answers for revenue and cost; a public
    // body, an open-source project or a charity answers to the people it serves.
    bool commercial() const { return !plan.meta.sector || *plan.meta.sector == Sector::Business; }
    // Who gains from an outcome, in the profile's and the sector's words: "the client" (agency),
    // "the people the plan serves" (not commercial), else "customers or the business".
    const char* audience() const;
    // Adds a violation with the rule's effective severity (or `severity` when given and the rule
    // is on).
    // Returns the violation added (to set its rewrite or action), or nullptr when the rule is off.
    Violation* emit(RuleId rule, EntityKind kind, const std::string& id, std::string path,
                    std::string message, std::string fix, std::optional<Severity> severity = {});
    bool overridden(RuleId rule) const;
};

// How a title reads: its numbers, its wording and what a coach reads in it, as an objective or
// as a key result; a name (a key result's metric, a guardrail's name) is only read for its
// wording and whether it says a rate, its sentence and judgement left empty. Memoised per thread
// by the exact text and the word table's version, and for a title the plan period, so
// re-checking a plan after a keystroke re-reads only the title that changed; the result is
// exactly what reading it afresh gives.
struct TitleReading {
    KrSentence sentence;
    Wording wording;
    Judgement judgement;
    // A metric's name (TitleAs::Name) that says a rate: "Share of traffic from mobile", "Cost per
    // lead", "Churn %".
    bool rate = false;
};
enum class TitleAs : char { Objective = 'o', KeyResult = 'k', Name = 'n' };
const TitleReading& readTitle(std::string_view text, const SentenceContext& context,
                              const WordTable& words, TitleAs as);

// JSON pointers of the plan file.
std::string objectivePath(std::size_t o);
std::string krPath(const KrFacts& f, const char* field = nullptr);
std::string nodePath(std::size_t n, const char* field = nullptr);

// The text in single quotes, cut to about 70 characters on a character boundary; an empty text
// is named by its kind ('untitled objective'), never ''.
std::string quote(std::string_view text, std::string_view untitled = "item");
// The words of `text` a finding rests on, as " (\"…\")" — or "" when they are the whole text, so a
// message does not quote the title twice.
std::string evidence(std::string_view text, TextSpan span);
// The noun phrase of `text` at `span` for a rewrite's slot: "The pricing page" → "the pricing
// page", "A network tool" → "the network tool"; a bare plural gets "the" ("posts" → "the posts").
std::string thingOf(std::string_view text, TextSpan span);
// Whether the words the reading took for the thing made can stand as one in a rewrite's slot:
// not "to people", "the with two primary schools", "where", "working", "Launch".
bool standsAsThing(const WordTable& table, std::string_view what);
// A noun phrase as a rewrite's slot says it: the count's own number written as words goes ("the
// three sessions", "two to four members" → "the sessions", "the members"), and a capital that
// only opened the sentence is lowered ("Followers", "Page views"; "GitHub", "NHS" and names the
// word table does not know keep theirs).
std::string slotPhrase(const WordTable& table, std::string_view what);
// S4's formula with the user's own words in the slot they must fill: "Increase <what> from
// <baseline> to <target> by <date>".
std::string formula(const std::string& what);
// The slot of an activity's rewrite: what a thing made should change, or what people reached
// should do ("what the webinars should change", "what the new members should do differently").
std::string changeSlot(const WordTable& words, const std::string& what);
// KR-NO-TARGET's rewrite for a key result that names no measure, built from its own words
// ("Cut down false-positive alerts from <baseline> to <target> by <date>", "Increase <the share
// of parents who come back> …").
std::string measureRewrite(const WordTable& words, const KrFacts& f);
// A measure named by what it counts after the verb ("Increase the share of customers who buy
// again within 30 days"), to the sentence's end or its deadline, which goes into `due` (" by
// June", else " by <date>"); empty for any other key result.
std::string countedMeasure(const KrFacts& f, std::string& due);
// KR-VANITY's slots for what was counted (`found`, as the finding quotes it): the count's own
// number and determiners gone ("the 50,000 subscribers" → "subscribers"), what the count should
// produce (for the message) and the rewrite ("Increase <what the subscribers should bring:
// trials, signups, revenue> …"; people a programme serves get "what changes for the …").
struct VanitySlot {
    std::string found, produce, rewrite;
};
VanitySlot vanitySlot(const WordTable& words, std::string found, std::string_view krTitle);
// A node's name in quotes (its ID when it has no name).
std::string nodeName(const Node& node);
// "18%", "$1,100", "12 days" (value_text.h).
std::string valueText(double value, std::string_view unit);
std::string trimmed(std::string_view s);
// The parts joined in one allocation (messages quote many pieces; "a" + b + "c" makes a string
// per "+").
std::string concat(std::initializer_list<std::string_view> parts);
std::string_view trimmedView(std::string_view s);
// … and without the commas, semicolons and colons a span can carry at its ends.
std::string phraseText(std::string_view s);
// A sentence trimmed, its closing marks dropped: "Make internet access easy for all." → "Make
// internet access easy for all".
std::string withoutClosingMarks(std::string_view s);

// What is wrong with the owner of an objective or key result titled `title`: no owner, several
// owners, or a team (the message then ends with `teamNeeds`, e.g. "needs one named owner.").
// Empty when `owner` names one person (with text rules off, any non-empty owner counts as one).
std::string ownerProblem(const Context& c, std::string_view owner, std::string_view title,
                         std::string_view what, const char* teamNeeds);

// Calendar order of two dates by their fields (no day arithmetic, so any stored values compare
// safely).
bool earlier(const Date& a, const Date& b);

// A guardrail node whose value is past its threshold.
bool breached(const Node& guardrail);

void checkPlan(Context& c);
void checkObjective(Context& c, std::size_t o);
void checkKeyResult(Context& c, const KrFacts& f);
// KR-CONFIDENCE-DROP's test on a key result's check-ins up to the day looked from, with the
// plan's thresholds; read once per analysis and kept in `f`.
const std::optional<ConfidenceAlert>& confidenceOf(const Context& c, const KrFacts& f);
void checkInitiativesAndThemes(Context& c);
void checkTree(Context& c);

}  // namespace okr::detail
