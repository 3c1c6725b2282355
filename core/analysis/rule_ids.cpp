// The rule ID list of the rule catalog (README "The rules"); see rule_ids.h. The catalog in
// rules.cpp is the single source: this file only reads its IDs.
#include "analysis/rule_ids.h"

#include "analysis/rules.h"

namespace okr {

const std::vector<std::string_view>& ruleIds() {
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> out;
        for (const RuleInfo& r : ruleCatalog()) out.emplace_back(r.id);
        return out;
    }();
    return ids;
}

bool isKnownRuleId(std::string_view id) { return findRule(id) != nullptr; }

bool thresholdBounds(std::string_view key, double& min, double& max, bool& whole) {
    const ThresholdInfo* t = findThreshold(key);
    if (!t) return false;
    min = t->min;
    max = t->max;
    whole = t->whole;
    return true;
}

std::string thresholdKeyList() {
    std::string out;
    for (const ThresholdInfo& t : thresholdCatalog()) {
        if (!out.empty()) out += ", ";
        out += t.key;
    }
    return out;
}

}  // namespace okr
