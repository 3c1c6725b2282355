// Migrations of plan files between format versions, applied to the parsed JSON document before
// it is read into a Plan (format.cpp calls migrateDocument).
//
// Contract:
// - The registry holds one step per version N → N+1; a step rewrites the document in place and
//   sets "version" to N+1. Steps never throw: the document was parsed and depth-checked already.
// - Version 1 is the first and current version, so the registry is empty today. When version 2
//   arrives, add a step {1, "…", fn} to migrationSteps(), a fixture tests/fixtures/v1/*.json that
//   must still load, and bump kFormatVersion in format.h.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace okr {

struct MigrationStep {
    int from;             // the step turns a version `from` document into version from + 1
    const char* summary;  // one line: what changed in the format
    void (*apply)(nlohmann::json& doc);
};

// The registry, ordered by `from`.
const std::vector<MigrationStep>& migrationSteps();

// Runs steps from `version` up to `target`, in order. Returns false (with a plain sentence in
// `error`) when a step is missing; the document is then left as it was. version == target is a
// no-op that succeeds.
bool migrateDocument(nlohmann::json& doc, int version, int target,
                     const std::vector<MigrationStep>& steps, std::string& error);

}  // namespace okr
