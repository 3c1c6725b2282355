// Findings: analysis on change, the by-entity index, and small presentation helpers.
#include "findings.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

#include "imgui.h"
#include "palette.h"
#include "platform.h"
#include "theme.h"

namespace {

const std::vector<int> kNone;

// The ID of the objective or key result whose title field `label` is ("/objectives/2/title",
// "/objectives/2/keyResults/0/title"), and that title; nullptr when it is no such field.
const std::string* titleField(const okr::Plan& plan, const std::string& label, std::string& id) {
    unsigned o = 0, k = 0;
    int used = 0;
    const char* s = label.c_str();
    if (std::sscanf(s, "/objectives/%u/keyResults/%u/title%n", &o, &k, &used) == 2 &&
        s[used] == '\0') {
        if (o >= plan.objectives.size() || k >= plan.objectives[o].keyResults.size())
            return nullptr;
        const okr::KeyResult& kr = plan.objectives[o].keyResults[k];
        id = kr.id.value;
        return &kr.title;
    }
    used = 0;
    if (std::sscanf(s, "/objectives/%u/title%n", &o, &used) == 1 && used > 0 && s[used] == '\0') {
        if (o >= plan.objectives.size()) return nullptr;
        id = plan.objectives[o].id.value;
        return &plan.objectives[o].title;
    }
    return nullptr;
}

}  // namespace

void Findings::watchTyping(const okr::Plan& plan, const std::string& activeLabel) {
    if (activeLabel == active_) return;
    active_ = activeLabel;
    drafting_.clear();
    std::string id;
    const std::string* title = titleField(plan, activeLabel, id);
    if (title && title->empty()) drafting_ = id;
}

bool Findings::isDraft(const std::string& id) const {
    for (const std::string& d : analysis().drafts)
        if (d == id) return true;
    return false;
}

void Findings::forget() { revision_ = -1; }

bool Findings::update(const okr::Plan& plan, long revision, const std::string& today) {
    if (revision == revision_ && drafting_ == analysedDrafting_) return false;
    revision_ = revision;
    analysedDrafting_ = drafting_;
    okr::AnalyzeOptions options;
    options.today = okr::Date::parse(today);
    if (!drafting_.empty()) options.drafting.push_back(drafting_);
    const double start = platform::nowMs();
    const okr::Analysis& analysis = reanalysis_.run(plan, options);
    lastMs_ = platform::nowMs() - start;
    byEntity_.clear();
    for (size_t i = 0; i < analysis.violations.size(); ++i) {
        const okr::Target& t = analysis.violations[i].target;
        if (!t.id.empty()) byEntity_[t.id].push_back(static_cast<int>(i));
    }
    // Groups from the by-entity index: a violation opens its entity's group when it is the first
    // of that entity and severity; plan-wide ones (no ID) make one group, where the first stands.
    const auto& all = analysis.violations;
    for (size_t severity = 0; severity < 4; ++severity) {
        std::vector<Group>& groups = groups_[severity];
        groups.clear();
        size_t planWide = SIZE_MAX;
        for (size_t i = 0; i < all.size(); ++i) {
            const okr::Violation& v = all[i];
            if (static_cast<size_t>(v.severity) != severity) continue;
            if (v.target.id.empty()) {
                if (planWide == SIZE_MAX) {
                    planWide = groups.size();
                    groups.emplace_back();
                }
                groups[planWide].indices.push_back(static_cast<int>(i));
                continue;
            }
            Group g;
            for (const int j : forEntity(v.target.id)) {
                const okr::Violation& w = all[static_cast<size_t>(j)];
                if (static_cast<size_t>(w.severity) == severity && w.target.kind == v.target.kind)
                    g.indices.push_back(j);
            }
            if (g.indices.front() == static_cast<int>(i)) groups.push_back(std::move(g));
        }
        for (Group& g : groups)
            g.key = "violations/" + std::to_string(severity) + "/" +
                    all[static_cast<size_t>(g.indices.front())].target.id + "/" +
                    std::to_string(g.indices.size());
    }
    return true;
}

const std::vector<int>& Findings::forEntity(const std::string& id) const {
    auto it = byEntity_.find(id);
    return it == byEntity_.end() ? kNone : it->second;
}

std::string fieldForPath(const std::string& path) {
    if (path.empty()) return "/plan/title";
    if (std::isdigit(static_cast<unsigned char>(path.back()))) {
        if (path.rfind("/tree/nodes/", 0) == 0) return path + "/name";
        return path + "/title";
    }
    return path;
}

unsigned severityColour(okr::Severity severity) {
    // The palette's, readable as text on its backgrounds (palette.h).
    const palette::Colours& p = palette::coloursOf(theme::currentPalette());
    const auto rgb = [](palette::Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); };
    switch (severity) {
        case okr::Severity::Error:
            return rgb(p.error);
        case okr::Severity::Warning:
            return rgb(p.warning);
        case okr::Severity::Info:
            return rgb(p.info);
        case okr::Severity::Off:
            break;
    }
    return rgb(p.muted);
}
