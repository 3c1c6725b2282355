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

}  // namespace okr
