// The IDs of every rule in the rule catalog (README "The rules"), as the file format checks rule
// overrides against them. The catalog (rules.h, ruleCatalog()) is the single source; an ID is
// stable forever: plan files store it in `rules.overrides`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace okr {

// Every rule ID, in catalog order (objectives, key results, initiatives, plan, tree).
const std::vector<std::string_view>& ruleIds();
// True when `id` is one of ruleIds() (exact, case-sensitive match).
bool isKnownRuleId(std::string_view id);

// The thresholds a plan may set in `rules.thresholds` (rules.h): false when `key` names none;
// else the range a plan's number must fall in and whether it is a whole number.
bool thresholdBounds(std::string_view key, double& min, double& max, bool& whole);
// Every threshold key, comma-separated, for messages.
std::string thresholdKeyList();

}  // namespace okr
