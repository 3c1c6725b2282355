// The analysis of the open plan as the panels use it: the core's Analysis (violations, scores,
// coverage) plus an index of violations by entity, rebuilt only when the plan changed or a draft
// was finished.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analysis.h"
#include "model/plan.h"

class Findings {
  public:
    // Follows the active text field (widgets::activeLabel): an objective or key result whose
    // title field became active while the title was empty is a draft — not judged — until the
    // field is left, so a first title is not judged word by word.
    void watchTyping(const okr::Plan& plan, const std::string& activeLabel);
    // Re-analyses when `revision` differs from the last one seen or the draft being typed
    // changed; returns true when it did.
    bool update(const okr::Plan& plan, long revision, const std::string& today);
    // Forgets which revision was analysed, so that the next update analyses again (the learned
    // reader arrived: the core then reads every title anew).
    void forget();
    bool isDraft(const std::string& id) const;

    const okr::Analysis& analysis() const { return reanalysis_.analysis(); }
    // Indices into analysis().violations of those that point at this entity ID (objective, key
    // result, node, initiative, theme); empty when none.
    const std::vector<int>& forEntity(const std::string& id) const;
    double lastAnalysisMs() const { return lastMs_; }

    // The violations of one severity grouped by the entity they point at, in the analysis' order
    // (plan, objectives with their key results, …): built once per analysis, not per frame.
    struct Group {
        std::vector<int> indices;  // into analysis().violations
        std::string key;           // stable while the group is unchanged, for lazy rows
    };
    const std::vector<Group>& groups(okr::Severity severity) const {
        return groups_[static_cast<size_t>(severity)];
    }

  private:
    // Kept between edits: a keystroke re-runs the checks of the objective it changed only.
    okr::Reanalysis reanalysis_;
    std::unordered_map<std::string, std::vector<int>> byEntity_;
    std::vector<Group> groups_[4];  // by okr::Severity
    long revision_ = -1;
    double lastMs_ = 0;
    std::string active_;    // the active field's label at the last watchTyping
    std::string drafting_;  // ID of the entity whose first title is being typed
    std::string analysedDrafting_;
};

// The field a violation's path should highlight: entity paths ("/objectives/0") point at the
// entity's title or name field.
std::string fieldForPath(const std::string& path);

// Colours by severity, for markers and counts.
unsigned severityColour(okr::Severity severity);
