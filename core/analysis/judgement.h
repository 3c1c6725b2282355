// What a coach reads in the wording of an objective or a key result: whether it names work
// instead of an outcome, is a slogan, carries the metric, counts a vanity number or gives nothing
// to measure — decided from the sentence's reading (reading.h) and its numbers (sentence.h), with
// the words that decided it, so a finding can quote them.
//
// The content rules (OBJ-TACTIC, OBJ-VAGUE, OBJ-METRIC, KR-ACTIVITY, KR-VANITY, KR-NO-TARGET) word
// their findings from these verdicts; the fields of the entity (kind, leading tag, driver) decide
// whether they speak at all. tests/judgement measures the verdicts on published OKRs.
//
// Contract: pure, total, deterministic; the spans index the text that was read.
#pragma once

#include <string>
#include <string_view>

#include "analysis/reading.h"
#include "analysis/sentence.h"

namespace okr {

enum class ObjectiveVerdict : std::uint8_t {
    Fine,
    Output,  // names work we do or a thing we ship (OBJ-TACTIC)
    Vague,   // a slogan, or a generic verb on an abstract object (OBJ-VAGUE)
    Metric,  // states the metric's target (OBJ-METRIC)
};

enum class KeyResultVerdict : std::uint8_t {
    Fine,
    CountedWork,    // counts work we do: "Publish 40 posts" (KR-ACTIVITY)
    Deliverable,    // done or not done: "The pricing page is redesigned" (KR-ACTIVITY)
    Vanity,         // the level of a vanity number: "Reach 5,000 followers" (KR-VANITY)
    NotMeasurable,  // no number and no done state: "Improve onboarding" (KR-NO-TARGET)
};

struct Judgement {
    ObjectiveVerdict objective = ObjectiveVerdict::Fine;
    KeyResultVerdict keyResult = KeyResultVerdict::Fine;
    TextSpan evidence;     // the words that decided it
    TextSpan thing;        // the deliverable, the vanity count or the vague object, for rewrites
    bool binary = false;   // a deliverable that is rightly binary (a certification, an agreement)
    bool learned = false;  // the verdict is the learned reader's (learned.h), not the rules'
    // The target is a named level on an outside scale: "Platforms reach the DORA 'elite'
    // level", "An A rating … is reached".
    bool levelNamed = false;
    // Service asked to be quick with no time named: "Answer calls promptly" — the time and the
    // share of cases inside it are what is missing.
    bool timely = false;
    // A habit or a skill asked for with no number: "Blog regularly", "Speak German fluently" —
    // the evidence is the adverb.
    bool habit = false;
};

// The verdicts: the rules' reading, with the learned reader's (learned.h) where it is confident —
// it withdraws a verdict when it is sure the sentence is fine, and adds one the rules missed when
// it is sure of the defect.
Judgement judgeObjective(std::string_view title, const Wording& reading, const KrSentence& numbers);
Judgement judgeKeyResult(std::string_view title, const Wording& reading, const KrSentence& numbers);

// A number a draft leaves to fill in ("X%", "[N]", "$X", "TBD"), as written, or "".
std::string_view placeholderIn(std::string_view title);

// The rules' reading alone.
Judgement judgeObjectiveByRules(std::string_view title, const Wording& reading,
                                const KrSentence& numbers);
Judgement judgeKeyResultByRules(std::string_view title, const Wording& reading,
                                const KrSentence& numbers);

}  // namespace okr
