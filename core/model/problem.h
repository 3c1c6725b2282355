// What loading or checking a plan found wrong: a problem located by the JSON pointer of the
// offending value and said in a plain sentence, and the result of a load (a plan, or the reasons
// there is none). Shared by the file format (io/), validation (model/validate.h) and share links.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace okr {

struct Problem {
    std::string path;      // JSON pointer of the offending value; "" for the whole document
    std::string message;   // a plain sentence saying what is wrong
    bool warning = false;  // true: the plan still loaded
};

struct LoadResult {
    std::optional<Plan> plan;       // set when the file is valid (warnings allowed)
    std::vector<Problem> problems;  // errors (then plan is empty) and warnings

    bool ok() const { return plan.has_value(); }
};

}  // namespace okr
