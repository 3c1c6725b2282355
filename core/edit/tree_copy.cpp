// Copy and paste of metrics; see tree_copy.h.
#include "edit/tree_copy.h"

#include <algorithm>
#include <utility>

#include "io/format.h"
#include "tree/tree.h"

namespace okr {

namespace {

constexpr const char* kClipboardKey = "okrClipboard";

bool contains(const std::vector<NodeId>& ids, const NodeId& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::string copyNodes(const Plan& plan, const std::vector<NodeId>& ids) {
    Plan clip;
    clip.meta.title = plan.meta.title;
    clip.extra.set(kClipboardKey, "\"metrics\"");  // the JSON text of the string "metrics"
    std::vector<NodeId> kept;
    for (const auto& n : plan.tree.nodes)
        if (contains(ids, n.id)) {
            clip.tree.nodes.push_back(n);
            kept.push_back(n.id);
        }
    for (const auto& l : plan.tree.links)
        if (contains(kept, l.from) && contains(kept, l.to)) clip.tree.links.push_back(l);
    return savePlan(clip);
}

std::vector<NodeId> pasteNodes(History& h, Plan& plan, const std::string& text, Vec2 offset) {
    LoadResult loaded = loadPlan(text);
    if (!loaded.plan || loaded.plan->tree.nodes.empty()) {
        h.setError("The clipboard holds no metrics to paste (copy cards on the canvas first).");
        return {};
    }
    const Tree copied = std::move(loaded.plan->tree);
    std::vector<NodeId> fresh;
    const char* label = copied.nodes.size() == 1 ? "Paste metric" : "Paste metrics";
    const bool ok = h.apply(plan, label, [&](Plan& p) {
        std::vector<std::pair<NodeId, NodeId>> renamed;
        bool hasNsm = std::any_of(p.tree.nodes.begin(), p.tree.nodes.end(),
                                  [](const Node& n) { return n.kind == NodeKind::Nsm; });
        for (Node n : copied.nodes) {
            const NodeId id(newId(p, "n"));
            renamed.emplace_back(n.id, id);
            n.id = id;
            n.position.x += offset.x;
            n.position.y += offset.y;
            if (n.kind == NodeKind::Nsm && hasNsm) n.kind = NodeKind::Driver;
            hasNsm = hasNsm || n.kind == NodeKind::Nsm;
            p.tree.nodes.push_back(std::move(n));
            fresh.push_back(id);
        }
        const auto newIdOf = [&](const NodeId& old) {
            for (const auto& [from, to] : renamed)
                if (from == old) return to;
            return NodeId();
        };
        for (Link l : copied.links) {
            l.from = newIdOf(l.from);
            l.to = newIdOf(l.to);
            if (l.from.empty() || l.to.empty() || !canLink(p, l.from, l.to, l.relation)) continue;
            l.id = LinkId(newId(p, "l"));
            p.tree.links.push_back(std::move(l));
        }
        return true;
    });
    if (!ok) fresh.clear();
    return fresh;
}

}  // namespace okr
