// What the screen says for a value the plan file spells as a code: "North Star" for `nsm`,
// "divides (numerator)" for `ratio-numerator`. The file keeps its spellings; only the words
// people read change.
#pragma once

namespace words {

// The words for one file spelling of an enum value (model/plan.cpp's tables); a spelling with no
// words of its own is shown as it is.
const char* shown(const char* spelling);

}  // namespace words
