// Findings: analysis on change, the by-entity index, and small presentation helpers.
#include "findings.h"

#include <cctype>

#include "imgui.h"
#include "platform.h"

namespace {
const std::vector<int> kNone;
}

bool Findings::update(const okr::Plan& plan, long revision, const std::string& today) {
    if (revision == revision_) return false;
    revision_ = revision;
    okr::AnalyzeOptions options;
    options.today = okr::Date::parse(today);
    const double start = platform::nowMs();
    analysis_ = okr::analyze(plan, options);
    lastMs_ = platform::nowMs() - start;
    byEntity_.clear();
    for (size_t i = 0; i < analysis_.violations.size(); ++i) {
        const okr::Target& t = analysis_.violations[i].target;
        if (!t.id.empty()) byEntity_[t.id].push_back(static_cast<int>(i));
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
    switch (severity) {
        case okr::Severity::Error:
            return IM_COL32(200, 40, 40, 255);
        case okr::Severity::Warning:
            return IM_COL32(225, 140, 0, 255);
        case okr::Severity::Info:
            return IM_COL32(60, 120, 200, 255);
        case okr::Severity::Off:
            break;
    }
    return IM_COL32(150, 150, 150, 255);
}
