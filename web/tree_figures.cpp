// The driver tree's figures, cached per revision; see tree_figures.h.
#include "tree_figures.h"

#include "tree/tree.h"

void TreeFigures::update(const okr::Plan& plan, long revision,
                         const std::vector<std::pair<std::string, double>>& whatIf) {
    if (revision == revision_ && whatIf == whatIf_ && values_.size() == plan.tree.nodes.size())
        return;
    revision_ = revision;
    whatIf_ = whatIf;
    std::vector<std::pair<okr::NodeId, double>> overrides;
    for (const auto& [id, v] : whatIf) overrides.emplace_back(okr::NodeId(id), v);
    values_ = okr::whatIf(plan, overrides);
    ranking_ = okr::rankDrivers(plan);
    sensitivity_.assign(plan.tree.nodes.size(), std::nullopt);
    const okr::TreeIndex index(plan);
    for (const auto& s : ranking_) {
        const int i = index.find(s.driver);
        if (i >= 0) sensitivity_[static_cast<size_t>(i)] = s;
    }
}

const std::optional<okr::Sensitivity>& TreeFigures::sensitivity(size_t node) const {
    static const std::optional<okr::Sensitivity> none;
    return node < sensitivity_.size() ? sensitivity_[node] : none;
}

TreeFigures& treeFigures() {
    static TreeFigures figures;
    return figures;
}
