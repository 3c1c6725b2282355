// A second reader of an objective's or a key result's wording, learned from the development part of
// tests/judgement: a small linear model (multinomial logistic regression) over the sentence's word
// stems (words.h's stemmer), its first word and its first two (after a list number, and after a
// heading of up to three words and its colon). Only words: the reading's parse
// flags were tried as features too, and made the model learn the rules' own mistakes (they were
// tuned on the same items), so it judged the held-out part worse.
//
// The hand-written verdicts (judgement.h) stay the first reader, since they can say which words
// made them. The model only speaks where it is confident: it confirms a verdict, it withdraws one
// the reading is unsure of when it is confident the sentence is fine, and it adds one the rules did
// not see when it is confident of the defect; an added verdict quotes the words that weighed most
// for it.
//
// The weights are generated (learned_model.inc) by tests/judgement/train.py from the features this
// file extracts on tests/judgement/dev; the file records the digest of those features and CTest
// fails when the corpus or the extraction changed without retraining.
//
// Contract: pure, total and deterministic; no allocation per call except for feature names when a
// caller asks for them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "analysis/reading.h"

namespace okr {

// The model's labels, in the order of the generated tables (tests/judgement/README.md, Labels).
enum class ObjectiveLabel : std::uint8_t { Metric, Ok, Output, Vague, Count };
enum class KeyResultLabel : std::uint8_t {
    Activity,
    Milestone,
    NoBaseline,
    NotMeasurable,
    Ok,
    Vanity,
    Count
};

// Where features go: a name in two parts (a kind and a value, "w:" "webinar") and the words it
// came from. A reference to any callable, valid for the call it is passed to (no std::function:
// its code would cost the browser build kilobytes).
class FeatureSink {
  public:
    template <typename F>
    FeatureSink(F&& f)  // NOLINT: implicit, so that a lambda can be passed
        : context_(const_cast<void*>(static_cast<const void*>(&f))),
          call_([](void* c, std::string_view kind, std::string_view value, TextSpan at) {
              (*static_cast<std::remove_reference_t<F>*>(c))(kind, value, at);
          }) {}
    void operator()(std::string_view kind, std::string_view value, TextSpan at) const {
        call_(context_, kind, value, at);
    }

  private:
    void* context_;
    void (*call_)(void*, std::string_view, std::string_view, TextSpan);
};

// Every feature of a sentence, in a fixed order (a feature can come more than once).
void learnedFeatures(std::string_view text, const FeatureSink& sink);

struct LearnedReading {
    int label = -1;  // ObjectiveLabel or KeyResultLabel; -1 when the text has no words
    float probability[8] = {};
    TextSpan evidence;  // the words that weighed most for `label`
    // The thresholds the model speaks at, chosen on the development part (train.py).
    bool adds = false;    // confident enough of a defect to add a verdict
    bool clears = false;  // confident enough that the sentence is fine to withdraw one
    // … and to withdraw OBJ-TACTIC or OBJ-METRIC, which the rules give from the sentence's
    // structure
    bool clearsTactic = false;
    // A key result's: where the rules call it work or say it measures nothing, the share of one of
    // the two defects against both at which the model names that one instead (train.py's RELABEL;
    // above 1, never).
    float relabel = 2;
};

LearnedReading learnedObjective(std::string_view text, const Wording& reading);
LearnedReading learnedKeyResult(std::string_view text, const Wording& reading);

// Whether the objective model's thresholds let it add a verdict the rules did not give (the
// retraining chooses: after parts AZ and BA it only withdrew, after BB and BC it adds again).
bool learnedObjectiveAdds();

// The digest the model was trained on (learned_model.inc): hex SHA-256 of the feature dump.
// The digest of the model in use (train.py's, of the development part it learned from); empty
// when there is none yet.
std::string_view learnedModelDigest();

// The learned reader's weights from the file web/reader_model.py writes (the web app fetches it
// after its first frame; native builds have it compiled in): replaces the model in use and
// returns true, or leaves it as it was, says why in `error` and returns false. Each load raises
// learnedModelVersion(), so that readings kept from before are not reused.
bool loadLearnedModel(std::string_view bytes, std::string* error = nullptr);
int learnedModelVersion();

}  // namespace okr
