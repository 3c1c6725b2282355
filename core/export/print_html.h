// The printable one-pager (issue 17 "Handouts"): the plan as a self-contained HTML page for the
// browser's print dialog — strategy, the North Star and its drivers as vector art, objectives with
// their key results (baseline → target, owner, due, data source). No checks: it is a handout.
// Initiatives only with `withInitiatives`: tactics are not part of the OKR document (S0), as in
// the Markdown one-pager.
//
// Contract: pure and total, like the other exports; every piece of plan text is escaped (no
// markup from the plan reaches the page); no inline styles or scripts (the page runs under the
// planner's content security policy): its look comes from `print.css` beside the page, which
// sizes the page for A4 and Letter alike.
#pragma once

#include <string>

#include "analysis/analysis.h"
#include "model/plan.h"

namespace okr {

std::string exportPrintHtml(const Plan& plan, const Analysis& analysis,
                            bool withInitiatives = false);

}  // namespace okr
