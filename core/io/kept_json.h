// The kept unknown keys of plan.h's Extra as JSON values: io/format.cpp stores what it reads
// through keptText and writes them back from the text; code that wants to look inside a kept
// value (tests, a later import) converts with keptJson. Only io/ includes nlohmann/json.hpp for
// the plan's sake; plan.h holds the values as text.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/plan.h"

namespace okr {

// The canonical text of a kept value: nlohmann's compact dump (object keys sorted, numbers as
// nlohmann writes them), so equal values are equal text and writing it back is byte-stable.
std::string keptText(const nlohmann::json& value);

// The kept keys as one JSON object ({} when none). A value whose text is not JSON becomes null.
nlohmann::json keptJson(const Extra& extra);

// Keeps `value` under `key`.
void keep(Extra& extra, std::string key, const nlohmann::json& value);

}  // namespace okr
