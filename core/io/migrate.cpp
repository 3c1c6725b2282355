// The migration registry and its runner; see migrate.h.
#include "io/migrate.h"

namespace okr {

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps;  // version 1 is current: nothing to migrate
    return steps;
}

bool migrateDocument(nlohmann::json& doc, int version, int target,
                     const std::vector<MigrationStep>& steps, std::string& error) {
    std::vector<const MigrationStep*> chain;
    for (int v = version; v < target; ++v) {
        const MigrationStep* found = nullptr;
        for (const auto& step : steps)
            if (step.from == v) found = &step;
        if (!found) {
            error = "there is no migration from version " + std::to_string(v) + " to version " +
                    std::to_string(v + 1) + " of the format";
            return false;
        }
        chain.push_back(found);
    }
    for (const MigrationStep* step : chain) {
        step->apply(doc);
        doc["version"] = step->from + 1;
    }
    return true;
}

}  // namespace okr
