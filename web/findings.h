// The analysis of the open plan as the panels use it: the core's Analysis (violations, scores,
// coverage) plus an index of violations by entity, rebuilt only when the plan changed.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analysis.h"
#include "model/plan.h"

class Findings {
  public:
    // Re-analyses when `revision` differs from the last one seen; returns true when it did.
    bool update(const okr::Plan& plan, long revision, const std::string& today);

    const okr::Analysis& analysis() const { return analysis_; }
    // Indices into analysis().violations of those that point at this entity ID (objective, key
    // result, node, initiative, theme); empty when none.
    const std::vector<int>& forEntity(const std::string& id) const;
    double lastAnalysisMs() const { return lastMs_; }

  private:
    okr::Analysis analysis_;
    std::unordered_map<std::string, std::vector<int>> byEntity_;
    long revision_ = -1;
    double lastMs_ = 0;
};

// The field a violation's path should highlight: entity paths ("/objectives/0") point at the
// entity's title or name field.
std::string fieldForPath(const std::string& path);

// Colours by severity, for markers and counts.
unsigned severityColour(okr::Severity severity);
