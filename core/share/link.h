// Share links: the whole plan in the URL fragment, so that a link in an email opens the plan with
// no server involved (the fragment is never sent in a request).
//
// A link is `<page>#plan=` + base64url(zlib stream), the zlib stream being what the browser's
// CompressionStream("deflate") makes of the plan file's JSON text (savePlan). The browser
// compresses; decoding is done here, in one tested place, because a link is input from anyone:
// whatever the fragment holds, decoding never throws, never reads out of bounds, never grows past
// kShareMaxPlanBytes, and says what is wrong in a sentence. base64url.h and inflate.h hold the two
// decoding steps under the plan loader.
#pragma once

#include <cstddef>
#include <string_view>

#include "model/problem.h"

namespace okr {

inline constexpr std::string_view kShareFragmentKey = "plan=";
// The longest link offered for copying, fragment included. Chromium and Firefox open far longer
// URLs (2 MB and more); mail and chat programs are the weaker link, and 128,000 characters holds a
// 50-objective plan with a 300-metric tree and a quarter of check-ins (about 60,000).
inline constexpr size_t kShareMaxLinkChars = 128000;
// The largest plan a link may unpack to: a deflate stream can expand a thousandfold, so a hostile
// link of the maximum length could otherwise ask for 100 MB.
inline constexpr size_t kShareMaxPlanBytes = 8u * 1024u * 1024u;

// Decodes a fragment ("#plan=…" or "plan=…"): base64url, inflate, loadPlan. On failure the
// problems hold one sentence about the link, or the loader's located problems when the link was
// intact but the plan inside it is not valid.
LoadResult decodeShareFragment(std::string_view fragment);

}  // namespace okr
