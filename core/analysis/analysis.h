// The one analysis call: every rule of the catalog (rules.h), every score (score.h) and the tree
// coverage for a plan, as the UI shows them after each edit and `okr lint` / `okr score` print
// them.
//
// Contract:
// - Pure: the result depends only on the plan and the options (the date is passed in, never read
//   from a clock); no UI state.
// - Total: never throws and never misbehaves, whatever the plan holds (empty, huge, cyclic,
//   dangling IDs, odd text).
// - Cheap enough for every keystroke (budget: 2 ms native for 50 objectives × 4 KRs, 300 nodes);
//   a rule switched off costs nothing.
// - Deterministic order: plan rules, then each objective followed by its key results, then
//   initiatives, themes and the tree.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/rules.h"
#include "analysis/score.h"
#include "analysis/sentence.h"
#include "model/date.h"
#include "model/plan.h"

namespace okr {

class WordTable;

struct AnalyzeOptions {
    // The day the plan is looked at, for KR-STALE. Without it KR-STALE measures against the
    // plan's latest check-in (and is skipped when there is none).
    std::optional<Date> today;
    // Use this profile instead of the plan's own (the CLI's --profile).
    std::optional<Profile> profile;
    // Run the word-table heuristics (activity, vanity, tactic, slogan, owner words, triad, CPA,
    // NSM output). Benchmarks switch them off to measure their share.
    bool textRules = true;
    // The word table; nullptr is defaultWordTable(). A user's extended table goes here.
    const WordTable* words = nullptr;
    // TREE-FORMULA's relative tolerance.
    double formulaTolerance = 0.05;
    // Objectives and key results whose first title the user is still typing (the UI passes the
    // just-added entity until its first edit ends): drafts, not judged yet. An entity with an
    // empty title is a draft too.
    std::vector<std::string> drafting;
};

struct NodeCoverage {
    NodeId id;
    int keyResults = 0;       // KRs linked to this node
    bool reachesNsm = false;  // a path of links leads up to the North Star
    int nextTowardNsm = -1;   // node index of the next step on that path
};

struct KrCoverage {
    KeyResultId id;
    ObjectiveId objective;
    int driver = -1;                // node index of the linked driver, -1 if none
    bool reachesNsm = false;        // the driver reaches the North Star
    std::vector<NodeId> pathToNsm;  // driver … NSM; empty when it does not reach
    // S2's shared key result: the key results that contribute to this one (their contributesTo
    // names it), in plan order, rolled up as its scoreboard.
    std::vector<KeyResultId> contributors;
    int contributorsScored = 0;                 // contributors with a score so far
    std::optional<double> contributorProgress;  // mean of their computed scores, 0..1
    std::optional<int> lowestConfidence;        // the lowest latest confidence among them …
    KeyResultId lowestConfidenceOf;             // … and whose it is
};

struct SeverityCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int total() const { return errors + warnings + infos; }
};

struct Analysis {
    Profile profile = Profile::Startup;  // the profile the rules ran with
    std::vector<Violation> violations;
    SeverityCounts counts;
    std::vector<KrScore> krScores;  // every key result, objectives in order
    std::vector<ObjectiveScore> objectiveScores;
    std::optional<double> planScore;
    std::vector<NodeCoverage> nodes;     // plan.tree.nodes order
    std::vector<KrCoverage> keyResults;  // same order as krScores
    std::vector<std::string> drafts;     // IDs of the objectives and key results not judged yet

    bool hasErrors() const { return counts.errors > 0; }
};

Analysis analyze(const Plan& plan, const AnalyzeOptions& options = {});

// The analysis of a plan being edited, kept between edits (issue 22: a keystroke re-checks what it
// touched). Each run re-runs an objective's own checks (OBJ-*, and KR-* on its key results) only
// when the objective changed since the last run, or something those checks read outside it did:
// the plan's period, economics, rule settings and adjustments, the tree, the options or the
// latest check-in of the plan; with shared key results (contributesTo) every objective is
// re-checked. The plan-level and tree checks, scores and coverage always run. The result is
// always what analyze(plan, options) gives (tests/core/analysis/reanalysis_test.cpp checks it on
// random edit sequences).
class Reanalysis {
  public:
    Reanalysis();
    ~Reanalysis();
    Reanalysis(const Reanalysis&) = delete;
    Reanalysis& operator=(const Reanalysis&) = delete;

    // Analyses `plan`; the result stays valid until the next run.
    const Analysis& run(const Plan& plan, const AnalyzeOptions& options = {});
    const Analysis& analysis() const;
    // Objectives whose findings the last run carried over from the run before.
    std::size_t reused() const;

    struct Memory;

  private:
    std::unique_ptr<Memory> memory_;
};

// Titles are read once and remembered by their exact text (a keystroke changes one title, so the
// next analysis re-reads only that one); the result never differs from a fresh reading. For
// benchmarks of a first analysis: forget every reading of this thread.
void forgetReadings();

// The sentence context of a plan: its period, to place "by Jun 30" and "end of quarter".
SentenceContext sentenceContext(const Plan& plan);

}  // namespace okr
