// The metric tree index and canLink; see tree.h. Everything is iterative (explicit stacks and
// queues) and built in a few flat arrays.
#include "tree/tree.h"

#include <algorithm>

#include "model/order.h"

namespace okr {

namespace {

// Puts the link indices grouped by `key(link)` into flat `start`/`items` arrays (CSR layout).
template <class KeyOf>
void group(std::size_t nodes, std::size_t links, KeyOf keyOf, std::vector<int>& start,
           std::vector<int>& items) {
    start.assign(nodes + 1, 0);
    for (std::size_t l = 0; l < links; ++l) {
        const int k = keyOf(l);
        if (k >= 0) ++start[static_cast<std::size_t>(k) + 1];
    }
    for (std::size_t i = 0; i < nodes; ++i) start[i + 1] += start[i];
    items.assign(static_cast<std::size_t>(start[nodes]), 0);
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (std::size_t l = 0; l < links; ++l) {
        const int k = keyOf(l);
        if (k >= 0)
            items[static_cast<std::size_t>(fill[static_cast<std::size_t>(k)]++)] =
                static_cast<int>(l);
    }
}

std::string quoted(const std::string& name, const NodeId& id) {
    return "'" + (name.empty() ? id.value : name) + "'";
}

}  // namespace

TreeIndex::TreeIndex(const Plan& plan) : plan_(&plan), nodeCount_(plan.tree.nodes.size()) {
    const auto& nodes = plan.tree.nodes;
    const auto& links = plan.tree.links;
    byId_.reserve(nodeCount_);
    for (std::size_t i = 0; i < nodeCount_; ++i) {
        byId_.emplace_back(nodes[i].id.value, static_cast<int>(i));
        if (nodes[i].kind == NodeKind::Nsm) nsms_.push_back(static_cast<int>(i));
    }
    stableSort(byId_, [](const auto& a, const auto& b) { return a.first < b.first; });
    linkEnds_.reserve(links.size());
    for (const Link& l : links) linkEnds_.emplace_back(find(l.from), find(l.to));
    group(
        nodeCount_, links.size(),
        [&](std::size_t l) { return linkEnds_[l].second >= 0 ? linkEnds_[l].first : -1; }, upStart_,
        upLinks_);
    group(
        nodeCount_, links.size(),
        [&](std::size_t l) { return linkEnds_[l].first >= 0 ? linkEnds_[l].second : -1; },
        downStart_, downLinks_);

    // Shortest paths up to a North Star: breadth-first from every NSM down through children.
    next_.assign(nodeCount_, -1);
    dist_.assign(nodeCount_, -1);
    std::vector<int> queue;
    queue.reserve(nodeCount_);
    for (int n : nsms_) {
        dist_[static_cast<std::size_t>(n)] = 0;
        queue.push_back(n);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int parent = queue[head];
        for (int l : down(parent)) {
            const int child = linkFrom(l);
            if (dist_[static_cast<std::size_t>(child)] >= 0) continue;
            dist_[static_cast<std::size_t>(child)] = dist_[static_cast<std::size_t>(parent)] + 1;
            next_[static_cast<std::size_t>(child)] = parent;
            queue.push_back(child);
        }
    }

    // Cycles: an iterative depth-first walk along links up; a link into a node on the current
    // path closes a cycle. Of the links on that cycle, the last in file order (most likely the
    // newest) is reported.
    std::vector<char> state(nodeCount_, 0);  // 0 new, 1 on the path, 2 done
    struct Frame {
        int node;
        std::size_t pos;
        int via;  // the link that led here, -1 for a root
    };
    std::vector<Frame> stack;
    for (std::size_t root = 0; root < nodeCount_; ++root) {
        if (state[root] != 0) continue;
        stack.push_back({static_cast<int>(root), 0, -1});
        state[root] = 1;
        while (!stack.empty()) {
            const int node = stack.back().node;
            const Links ups = up(node);
            if (stack.back().pos < ups.size()) {
                const int l = ups.first[stack.back().pos++];
                const int parent = linkTo(l);
                const char st = state[static_cast<std::size_t>(parent)];
                if (st == 1) {
                    int newest = l;
                    for (std::size_t i = stack.size(); i-- > 0 && stack[i].node != parent;)
                        newest = std::max(newest, stack[i].via);
                    cycleLinks_.push_back(newest);
                } else if (st == 0) {
                    state[static_cast<std::size_t>(parent)] = 1;
                    stack.push_back({parent, 0, l});
                }
            } else {
                state[static_cast<std::size_t>(node)] = 2;
                stack.pop_back();
            }
        }
    }
    std::sort(cycleLinks_.begin(), cycleLinks_.end());
    cycleLinks_.erase(std::unique(cycleLinks_.begin(), cycleLinks_.end()), cycleLinks_.end());
}

int TreeIndex::find(std::string_view id) const noexcept {
    const auto it = std::lower_bound(byId_.begin(), byId_.end(), id,
                                     [](const auto& e, std::string_view k) { return e.first < k; });
    if (it == byId_.end() || it->first != id) return -1;
    return it->second;
}

TreeIndex::Links TreeIndex::up(int node) const noexcept {
    const auto n = static_cast<std::size_t>(node);
    if (node < 0 || n >= nodeCount_) return {};
    return {upLinks_.data() + upStart_[n], upLinks_.data() + upStart_[n + 1]};
}

TreeIndex::Links TreeIndex::down(int node) const noexcept {
    const auto n = static_cast<std::size_t>(node);
    if (node < 0 || n >= nodeCount_) return {};
    return {downLinks_.data() + downStart_[n], downLinks_.data() + downStart_[n + 1]};
}

bool TreeIndex::reachesNsm(int node) const noexcept { return distanceToNsm(node) >= 0; }

int TreeIndex::nextTowardNsm(int node) const noexcept {
    if (node < 0 || static_cast<std::size_t>(node) >= nodeCount_) return -1;
    return next_[static_cast<std::size_t>(node)];
}

int TreeIndex::distanceToNsm(int node) const noexcept {
    if (node < 0 || static_cast<std::size_t>(node) >= nodeCount_) return -1;
    return dist_[static_cast<std::size_t>(node)];
}

std::vector<NodeId> TreeIndex::pathToNsm(int node) const {
    std::vector<NodeId> path;
    if (!reachesNsm(node)) return path;
    path.reserve(static_cast<std::size_t>(dist_[static_cast<std::size_t>(node)]) + 1);
    for (int n = node; n >= 0; n = next_[static_cast<std::size_t>(n)])
        path.push_back(plan_->tree.nodes[static_cast<std::size_t>(n)].id);
    return path;
}

bool TreeIndex::reachesUp(int node, int ancestor) const {
    if (node < 0 || ancestor < 0 || static_cast<std::size_t>(node) >= nodeCount_ ||
        static_cast<std::size_t>(ancestor) >= nodeCount_)
        return false;
    std::vector<char> seen(nodeCount_, 0);
    std::vector<int> stack{node};
    seen[static_cast<std::size_t>(node)] = 1;
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        if (n == ancestor) return true;
        for (int l : up(n)) {
            const int p = linkTo(l);
            if (seen[static_cast<std::size_t>(p)]) continue;
            seen[static_cast<std::size_t>(p)] = 1;
            stack.push_back(p);
        }
    }
    return false;
}

LinkCheck canLink(const Plan& plan, const NodeId& from, const NodeId& to, Relation relation) {
    const TreeIndex index(plan);
    return canLink(plan, index, from, to, relation);
}

LinkCheck canLink(const Plan& plan, const TreeIndex& index, const NodeId& from, const NodeId& to,
                  Relation relation) {
    const auto refuse = [](LinkRefusal reason, std::string message) {
        return LinkCheck{false, reason, std::move(message)};
    };
    const int f = index.find(from);
    const int t = index.find(to);
    if (f < 0 || t < 0)
        return refuse(LinkRefusal::UnknownNode,
                      "there is no metric '" + (f < 0 ? from.value : to.value) + "' in the tree");
    const Node& child = plan.tree.nodes[static_cast<std::size_t>(f)];
    const Node& parent = plan.tree.nodes[static_cast<std::size_t>(t)];
    const std::string c = quoted(child.name, child.id);
    const std::string p = quoted(parent.name, parent.id);
    if (f == t) return refuse(LinkRefusal::SelfLink, c + " cannot drive itself");
    if (child.kind == NodeKind::Nsm)
        return refuse(LinkRefusal::NsmAsChild,
                      c + " is the North Star, the root of the tree: it drives no other metric");
    if (parent.kind == NodeKind::Guardrail)
        return refuse(LinkRefusal::IntoGuardrail,
                      p + " is a guardrail: it is watched, not driven, so nothing links into it");
    if (child.kind == NodeKind::Guardrail && relation != Relation::Influence)
        return refuse(LinkRefusal::GuardrailFormula,
                      c + " is a guardrail: it watches " + p +
                          " but is no term of its formula; use an influence link");
    for (int l : index.up(f))
        if (index.linkTo(l) == t) return refuse(LinkRefusal::Duplicate, c + " already drives " + p);
    if (index.reachesUp(t, f))
        return refuse(LinkRefusal::Cycle,
                      p + " already drives " + c + "; this link would make a loop");
    return {};
}

}  // namespace okr
