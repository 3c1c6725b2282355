// Scoring (S4 grading table and TalentSync example, S3 stretch rule; README "The rules").
//
// - A metric KR scores its progress from baseline to target, (current - baseline) / (target -
//   baseline), clamped to 0..1, in either direction; a target equal to its baseline scores 1 when
//   the current value is at or past it. A maintain KR scores 1 inside its band (a band of one
//   bound comes from the target and direction), else 0. A milestone scores 1 when done, else 0.
//   A baseline KR ("establish the number", S2) scores 1 once a value has been recorded (current or
//   any check-in) or it is marked done, else 0: establishing the number is the whole result.
// - The current value is `current`, else the latest check-in's value.
// - The grade is the score rounded to the nearest 0.1 (S4 grades to one decimal: 39% on 18% → 45%
//   is 0.78, graded 0.8). A person's override (with a written reason) replaces the grade; the
//   computed score is kept beside it. S4's TalentSync grades are a scoring session's: four of nine
//   differ from the arithmetic ($840 against $1,100 → $800 computes 0.87, S4 grades it 0.7), so
//   the fixture (score_test.cpp) carries those four as overrides and the means come out 0.8, 0.8,
//   0.87 and 0.82, as S4 says.
// - Objective score = mean of its graded KRs (unscored KRs are left out; none → no score); plan
//   score = mean of the objective scores. Shown to two decimals.
// - Bands and readings follow S4's table and Google's committed / aspirational distinction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace okr {

enum class ScoreStatus {
    Scored,
    NoValue,     // nothing measured yet
    NoBaseline,  // a metric KR without a baseline
    NoTarget,    // a metric KR without a target, a maintain KR without a band
    Retired,     // retired by a review (S4 FAQ): left out of its objective's score
};

struct KrScore {
    KeyResultId id;
    ScoreStatus status = ScoreStatus::NoValue;
    std::optional<double> computed;  // 0..1, unrounded
    std::optional<double> grade;     // the override if set, else computed rounded to 0.1
    bool overridden = false;
    // Paused by a review (S4): still scored on what it reached, and said so wherever it is shown.
    bool paused = false;
    std::optional<double> baseline;  // the values it was scored from
    std::optional<double> target;
    std::optional<double> current;
};

// What a score is for, said wherever scores are shown (S2, S4).
inline constexpr const char* kScoresAreForLearning =
    "Scores are for learning, not judgement: they stay out of pay and performance reviews (S2, "
    "S4).";

struct Band {
    double low;         // lowest grade in the band
    const char* range;  // "0.7–0.9"
    const char* label;  // "Hit target / strong progress"
    const char* cause;  // typical cause
    const char* response;
};
// S4's grading table, best band first.
const std::vector<Band>& scoreBands();
// The band of a score (looked up by its grade to one decimal).
const Band& bandOf(double score);

enum class Verdict { Met, Problem, TooEasy, Success, Short };
struct Reading {
    Verdict verdict;
    const char* text;
};
// How a score reads for the objective's style: committed expects 1.0 (a 0.7 is a problem),
// aspirational expects 0.6–0.7 (a 0.7 is a success, a 1.0 was too easy).
Reading readScore(Style style, double score);

// What a key result is expected to score, said when it is written (S4: "if everything goes well
// … we expect to score X.X"): its own expected score, else its style's — committed 1.0,
// aspirational 0.6–0.7 (S4, after Google).
struct Expectation {
    double low = 1.0, high = 1.0;
    bool own = false;  // the key result's own number, not its style's
};
Expectation expectationOf(const KeyResult& kr, Style style);
// How a grade compares with what was expected: -1 below, 0 within (to one decimal), 1 above.
int againstExpectation(const Expectation& e, double grade);

// Nearest 0.1 / 0.01; non-finite values give 0.
double roundGrade(double score);
double roundHundredth(double score);

// The current value of a KR: `current`, else the latest check-in value (by date).
std::optional<double> currentValue(const KeyResult& kr);

// Scores one KR from its own fields; `baseline`, `target` and `direction` replace the fields when
// given (the analysis passes values read from the KR's sentence or its driver).
KrScore scoreKeyResult(const KeyResult& kr, std::optional<double> baseline = std::nullopt,
                       std::optional<double> target = std::nullopt,
                       std::optional<Direction> direction = std::nullopt);

struct ObjectiveScore {
    ObjectiveId id;
    Style style = Style::Committed;
    std::optional<double> score;  // unrounded mean of the KR grades
    int scored = 0;               // KRs with a grade
    int total = 0;
};

// Mean of the graded KRs; the KR scores are those of the objective's key results, in order.
ObjectiveScore scoreObjective(const Objective& objective, const std::vector<KrScore>& krScores);
// Mean of the objective scores that have one.
std::optional<double> planScore(const std::vector<ObjectiveScore>& objectives);
// S4's company OKR average: the plan's company-level objectives (each scored) when it has any,
// team objectives left to their own scores; a plan of team or client objectives only averages
// them all. `objectives` and `scores` in the same order.
std::optional<double> planScore(const std::vector<ObjectiveScore>& scores,
                                const std::vector<Objective>& objectives);

// The stretch calculator (S3 §3): target = µ + kσ (µ − kσ when the metric should fall).
struct Stretch {
    double k1 = 0, k15 = 0, k2 = 0;  // the targets for k = 1, 1.5, 2
    bool noisy = false;              // σ / |µ| ≥ kNoisyVariation
    double recommendedLow = 0;       // noisy: µ + 1σ … µ + 1.5σ; stable: µ + 2σ
    double recommendedHigh = 0;
    const char* advice = "";
};
inline constexpr double kNoisyVariation = 0.10;
bool isNoisy(double mu, double sigma, double variation = kNoisyVariation);
Stretch stretchTargets(double mu, double sigma, Direction direction = Direction::Increase,
                       double noisyVariation = kNoisyVariation);

}  // namespace okr
