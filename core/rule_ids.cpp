// The rule ID list of METHOD.md's catalog; see rule_ids.h.
#include "rule_ids.h"

#include <algorithm>

namespace okr {

const std::vector<std::string_view>& ruleIds() {
    static const std::vector<std::string_view> ids = {
        "OBJ-TACTIC",
        "OBJ-VAGUE",
        "OBJ-METRIC",
        "OBJ-OWNER",
        "OBJ-KR-COUNT",
        "OBJ-STYLE-MIX",
        "OBJ-UNTRACED",
        "OBJ-ORPHAN",
        "THEME-GAP",
        "KR-ACTIVITY",
        "KR-VANITY",
        "KR-NO-BASELINE",
        "KR-NO-TARGET",
        "KR-NO-DEADLINE",
        "KR-NO-OWNER",
        "KR-NO-SOURCE",
        "KR-DIRECTION",
        "KR-BLIND-SOURCE",
        "KR-UNDEFINED-METRIC",
        "KR-AMBITION",
        "KR-CADENCE",
        "KR-STALE",
        "KR-CONFIDENCE-DROP",
        "KR-GUARDRAIL-TRIPPED",
        "KR-CPA",
        "INIT-UNLINKED",
        "SET-OBJ-COUNT",
        "SET-KR-TOTAL",
        "SET-OWNER-LOAD",
        "SET-NO-STRATEGY",
        "SET-NO-NSM",
        "SET-NO-GUARDRAIL",
        "SET-CONFLICT",
        "SET-TRIAD",
        "TREE-ROOT",
        "TREE-CYCLE",
        "TREE-DISCONNECTED",
        "TREE-KPI-INCOMPLETE",
        "TREE-GUARDRAIL-THRESHOLD",
        "TREE-UNCOVERED",
        "TREE-FORMULA",
        "TREE-NSM-OUTPUT",
    };
    return ids;
}

bool isKnownRuleId(std::string_view id) {
    const auto& ids = ruleIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace okr
