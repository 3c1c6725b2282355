// Copy and paste of metrics: a subset of the tree's nodes, and the links among them, as clipboard
// text, and a command that pastes such text as new nodes.
//
// Contract:
// - The clipboard text is a plan file (format.h) holding only those nodes and links, so what the
//   canvas copies pastes into another tab or another plan, and a plan file's tree pastes as well.
// - pasteNodes is one undo step labelled "Paste metric(s)". Pasted nodes get fresh IDs, their
//   positions move by `offset`, and only links between pasted nodes are kept (each must pass
//   tree.h's canLink in the plan being pasted into). A pasted North Star becomes a driver when the
//   plan already has one: a tree has one root. Key results are not copied: they belong to
//   objectives.
// - Text that is not such a file, or holds no metric, changes nothing and leaves a plain sentence
//   in h.lastError().
#pragma once

#include <string>
#include <vector>

#include "edit/commands.h"
#include "model/plan.h"

namespace okr {

// The clipboard text for these nodes (unknown IDs are skipped) and the links among them.
std::string copyNodes(const Plan& plan, const std::vector<NodeId>& ids);

// The IDs of the new nodes, in the copied order; empty when refused.
std::vector<NodeId> pasteNodes(History& h, Plan& plan, const std::string& text, Vec2 offset);

}  // namespace okr
