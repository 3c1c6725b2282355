// Share-link fragments decoded into plans; see link.h.
#include "share/link.h"

#include <optional>
#include <string>

#include "io/format.h"
#include "share/base64url.h"
#include "share/inflate.h"

namespace okr {

namespace {

LoadResult linkProblem(std::string message) {
    LoadResult result;
    result.problems.push_back(Problem{"", std::move(message), false});
    return result;
}

}  // namespace

LoadResult decodeShareFragment(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, kShareFragmentKey.size()) != kShareFragmentKey)
        return linkProblem(
            "This link does not carry a plan: the part after '#' should begin with "
            "'plan='.");
    fragment.remove_prefix(kShareFragmentKey.size());
    if (fragment.size() > kShareMaxLinkChars)
        return linkProblem("This link is " + std::to_string(fragment.size()) +
                           " characters long; plan links are at most " +
                           std::to_string(kShareMaxLinkChars) + ".");
    if (fragment.empty()) return linkProblem("This link is empty after 'plan='.");
    const std::optional<std::string> bytes = base64UrlDecode(fragment);
    if (!bytes)
        return linkProblem(
            "This link is damaged: it holds characters a plan link never has, or "
            "was cut short (was it changed when it was copied?).");
    Inflated plan = zlibInflate(*bytes, kShareMaxPlanBytes);
    if (!plan.data) {
        if (plan.tooLarge)
            return linkProblem("This link unpacks to more than " +
                               std::to_string(kShareMaxPlanBytes / (1024 * 1024)) +
                               " MB, more than any plan a link carries.");
        return linkProblem("This link is damaged: its packed plan " + plan.error + ".");
    }
    return loadPlan(*plan.data);
}

}  // namespace okr
