// The metric tree as a graph: an index from node IDs to positions, the links up (child → parent)
// and down from each node, the North Star, which nodes reach it and by which path, and the links
// that close a cycle. Built once per analysis (analysis.h) and used by the tree rules, formulas
// (formula.h) and the canvas; plus canLink(), the question the canvas asks before it adds a link.
//
// Contract:
// - A TreeIndex refers into the plan it was built from (node IDs are viewed, not copied): keep the
//   plan alive and unchanged while the index is used.
// - Any tree is accepted: dangling links are ignored, cycles and several NSMs are tolerated (and
//   reported by the rules), nothing recurses, so depth cannot overflow the stack.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.h"

namespace okr {

class TreeIndex {
  public:
    // Link indices (into plan.tree.links) of one node, a view into the index.
    struct Links {
        const int* first = nullptr;
        const int* last = nullptr;
        const int* begin() const { return first; }
        const int* end() const { return last; }
        std::size_t size() const { return static_cast<std::size_t>(last - first); }
        bool empty() const { return first == last; }
    };

    explicit TreeIndex(const Plan& plan);

    std::size_t size() const { return nodeCount_; }
    // Index of a node in plan.tree.nodes, -1 when absent.
    int find(std::string_view id) const noexcept;
    int find(const NodeId& id) const noexcept { return find(std::string_view(id.value)); }

    // Node indices of a link's ends, -1 when the end does not exist.
    int linkFrom(int link) const noexcept {
        return linkEnds_[static_cast<std::size_t>(link)].first;
    }
    int linkTo(int link) const noexcept { return linkEnds_[static_cast<std::size_t>(link)].second; }
    // Links from a node to its parents / from its children into it.
    Links up(int node) const noexcept;
    Links down(int node) const noexcept;

    // Indices of every node of kind nsm; nsm() is the one North Star, -1 unless there is exactly
    // one.
    const std::vector<int>& nsms() const { return nsms_; }
    int nsm() const { return nsms_.size() == 1 ? nsms_[0] : -1; }

    // True when a path of links leads from the node up to a North Star (an NSM reaches itself).
    bool reachesNsm(int node) const noexcept;
    // The parent on a shortest path up to a North Star; -1 for an NSM or a node that does not
    // reach.
    int nextTowardNsm(int node) const noexcept;
    // Links on that path (0 for an NSM), -1 when it does not reach.
    int distanceToNsm(int node) const noexcept;
    // The node IDs from `node` up to the North Star, both included; empty when it does not reach.
    std::vector<NodeId> pathToNsm(int node) const;
    // True when `ancestor` can be reached from `node` by following links up (node itself counts).
    bool reachesUp(int node, int ancestor) const;

    // One link per cycle found by a depth-first walk — the cycle's last link in file order, the
    // likeliest mistake — sorted, without repeats.
    const std::vector<int>& cycleLinks() const { return cycleLinks_; }

  private:
    const Plan* plan_;
    std::size_t nodeCount_ = 0;
    std::vector<std::pair<std::string_view, int>> byId_;  // sorted by ID
    std::vector<std::pair<int, int>> linkEnds_;
    std::vector<int> upStart_, upLinks_, downStart_, downLinks_;
    std::vector<int> nsms_;
    std::vector<int> next_, dist_;
    std::vector<int> cycleLinks_;
};

enum class LinkRefusal {
    None,
    UnknownNode,      // one of the ends does not exist
    SelfLink,         // a metric cannot drive itself
    Duplicate,        // the same child → parent link exists
    Cycle,            // the parent already drives the child, directly or through others
    NsmAsChild,       // the North Star is the root: it drives no other metric
    IntoGuardrail,    // a guardrail is watched, not driven: nothing links into it
    GuardrailFormula  // a guardrail watches a metric; it is no term of its formula (use influence)
};

struct LinkCheck {
    bool ok = true;
    LinkRefusal reason = LinkRefusal::None;
    std::string message;  // the reason in a plain sentence, naming the metrics; "" when ok
    explicit operator bool() const { return ok; }
};

// May a link from `from` (the child) to `to` (the parent) with `relation` be added?
LinkCheck canLink(const Plan& plan, const NodeId& from, const NodeId& to,
                  Relation relation = Relation::Influence);
LinkCheck canLink(const Plan& plan, const TreeIndex& index, const NodeId& from, const NodeId& to,
                  Relation relation = Relation::Influence);

}  // namespace okr
