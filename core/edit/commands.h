// Every edit the UI can make to a plan, as labelled, undoable commands.
//
// The UI reads a `const Plan&` and changes it only through these functions (STYLE.md 2 and 4):
// a text field edits a local buffer and calls e.g. setKeyResultTarget(history, plan, id, 45) when
// ImGui reports IsItemDeactivatedAfterEdit(); the Edit menu shows history.undoLabel().
//
// Contract:
// - History keeps labelled snapshots of the whole plan (a plan is small): before each step the
//   plan is copied; undo restores the copy and keeps the current plan for redo. The steps kept are
//   bounded by bytes, not by count: when the undo and redo steps together hold more than the cap
//   (64 MB by default, memoryBytes of each copy), the oldest undo steps go first, then the farthest
//   redo steps; the newest step is always kept, however big. The TalentSync example is ~26 KB a
//   step (about 2,500 steps fit); the 50-objective benchmark plan ~0.8 MB (about 80 steps).
// - Every command returns true when it changed the plan (one undo step) and false when it did
//   nothing: the entity does not exist, the value is unchanged, or the edit would break the plan's
//   integrity (validate.h) — then the plan is left exactly as it was and history.lastError() says
//   why in a plain sentence. So a plan edited only through commands always saves to a file that
//   loads again.
// - Groups: beginGroup/endGroup around a drag or a paste make all the edits in between one step.
// - Coalescing: consecutive commands with the same non-empty coalesce key (setField uses
//   "<noun>:<entity id>.<key>", e.g. "key result:kr1.target") merge into one step, so retyping a
//   title several times undoes at once. Undo, redo, a group or breakCoalescing() ends the merge.
//   A text typed into a field merges in place: no copy of the plan, no validation of all of it.
// - One command sets any scalar field: setField, through the field lists of model/fields.h (key,
//   type, undo label). The typed setters (setKeyResultTarget, …) are wrappers over it; the
//   commands that set two fields at once (setPlanPeriod, moveNode, setKeyResultBand,
//   setKeyResultScoreOverride) and those of sub-lists are written out.
// - Deleting an entity also removes what would dangle: a node's links and KR driver references,
//   an objective's key results, child-objective parent references, initiative links to deleted
//   key results, contributions to them, and adjustments that target them.
// - Add commands return the new ID (empty when refused); IDs come from newId, so they are short,
//   unique and stable ("o4", "kr12", "n7").
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "model/fields.h"
#include "model/plan.h"

namespace okr {

class History {
  public:
    static constexpr std::size_t kDefaultByteCap = std::size_t{64} << 20;
    // A change to the plan, called during apply() only: it returns false when it changed
    // nothing. A reference to the caller's callable, not a std::function, which compiled four
    // functions for each command's lambda into the web app (#22, the first load).
    class Mutation {
      public:
        template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Mutation>>>
        Mutation(F&& f)
            : callable_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
              call_([](void* c, Plan& p) {
                  return static_cast<bool>((*static_cast<std::remove_reference_t<F>*>(c))(p));
              }) {}
        bool operator()(Plan& p) const { return call_(callable_, p); }

      private:
        void* callable_;
        bool (*call_)(void*, Plan&);
    };

    explicit History(std::size_t byteCap = kDefaultByteCap);

    // Runs `mutation` on `plan` as one step labelled `label` (e.g. "Edit target"). See the
    // contract above for refusals and coalescing.
    bool apply(Plan& plan, std::string_view label, const Mutation& mutation,
               std::string_view coalesceKey = {});

    // As apply, for a mutation the caller has checked keeps the plan valid (a text within its
    // field's limits): when it merges into the last step it runs in place, with no copy of the
    // plan and no validation, so each keystroke after the first in a field costs only the edit.
    bool applyValid(Plan& plan, std::string_view label, const Mutation& mutation,
                    std::string_view coalesceKey);

    // Everything applied between beginGroup and the matching endGroup is one step labelled
    // `label`. Groups nest (only the outermost counts); an empty group records nothing.
    void beginGroup(const Plan& plan, std::string_view label);
    void endGroup();
    bool inGroup() const { return groupDepth_ > 0; }

    // Both return false and leave the plan alone when there is nothing to undo / redo. An open
    // group is closed first.
    bool undo(Plan& plan);
    bool redo(Plan& plan);
    bool canUndo() const { return !undo_.empty() || groupChanged_; }
    bool canRedo() const { return !redo_.empty(); }
    // Labels for the Edit menu ("Undo Edit target"); "" when there is nothing to undo / redo.
    const std::string& undoLabel() const;
    const std::string& redoLabel() const;
    std::size_t undoCount() const { return undo_.size(); }
    std::size_t redoCount() const { return redo_.size(); }
    // The cap on the bytes the undo and redo steps hold, and what they hold now.
    std::size_t byteCap() const { return byteCap_; }
    std::size_t bytes() const { return bytes_; }

    // The next command starts a new step even if its coalesce key matches (e.g. on focus change).
    void breakCoalescing() { coalesceKey_.clear(); }
    // Forgets every step (after loading another file).
    void clear();

    // The plain sentence explaining the last refused command; "" after a successful one.
    const std::string& lastError() const { return lastError_; }
    void setError(std::string message) { lastError_ = std::move(message); }

    // Saved-state tracking for "unsaved changes": markSaved() after writing the file; isDirty()
    // is false again when undo/redo returns to exactly that state.
    void markSaved() { savedState_ = state_; }
    bool isDirty() const { return state_ != savedState_; }

  private:
    struct Step {
        std::string label;
        Plan plan;  // the plan on the other side of this step
        long state;
        std::size_t bytes = 0;  // memoryBytes(plan)
    };

    std::size_t byteCap_;
    std::size_t bytes_ = 0;
    std::deque<Step> undo_;
    std::deque<Step> redo_;
    // Whether an edit with this key continues the last undo step (a typing burst) instead of
    // opening one.
    bool merges(std::string_view coalesceKey) const;
    std::string coalesceKey_;
    std::string lastError_;
    long state_ = 0;
    long nextState_ = 1;
    long savedState_ = 0;

    int groupDepth_ = 0;
    bool groupChanged_ = false;
    Step group_;

    void push(std::deque<Step>& stack, Step step);
    Step pop(std::deque<Step>& stack);
    void clearStack(std::deque<Step>& stack);
};

// ---- identity and guards

// A fresh ID "<prefix><n>" with n one more than the largest number used after that prefix by any
// entity of any kind ("o" → "o4", "kr" → "kr12", "n" → "n7").
std::string newId(const Plan& plan, std::string_view prefix);

// The answer of a guard: ok, or the reason the edit cannot happen (shown on the canvas).
struct Allowed {
    bool ok = true;
    std::string reason;
    explicit operator bool() const { return ok; }
};

// Can field `key` of the entity `ref` names hold the ID `target`? Refuses a target that names no
// entity of the field's kind (FieldInfo::refersTo) and, for a reference to the entity's own kind,
// one that would loop back to it. An empty target (no reference) is allowed.
Allowed canReference(const Plan& plan, const EntityRef& ref, std::string_view key,
                     const std::string& target);
// Can `objective` support `parent` (cascade)? Refuses unknown objectives and loops.
Allowed canSetParent(const Plan& plan, const ObjectiveId& objective, const ObjectiveId& parent);
// Can key result `kr` contribute to `target` (shared KR)? Refuses unknown KRs and loops.
Allowed canContribute(const Plan& plan, const KeyResultId& kr, const KeyResultId& target);

// ---- any scalar field of any entity
// Sets field `key` of the entity `ref` names to `value` (FieldValue converts from the model's
// types: setField(h, plan, entityRef(KeyResultId("kr1")), "target", 45.0)), as one step labelled
// with the field's label (its offLabel when the value clears it: absent, empty, false). Refused
// with a reason when the entity does not exist, `key` is not one of its scalar fields (sub-lists
// have their own commands below), the value is not of the field's type (or not one of an enum's
// spellings), a reference fails canReference, or the plan would break (validate.h). Setting a
// check-in's date keeps the check-ins in date order.
bool setField(History& h, Plan& plan, const EntityRef& ref, std::string_view key, FieldValue value);

// ---- plan meta, strategy, economics, rules
bool setPlanTitle(History& h, Plan& plan, const std::string& title);
bool setPlanClient(History& h, Plan& plan, const std::string& client);
bool setPlanLevel(History& h, Plan& plan, Level level);
bool setPlanPeriod(History& h, Plan& plan, std::optional<Date> start, std::optional<Date> end);
bool setProfile(History& h, Plan& plan, Profile profile);
// nullopt removes the override (the rule's default severity applies again).
bool setRuleSeverity(History& h, Plan& plan, const std::string& ruleId,
                     std::optional<Severity> severity);
bool setVision(History& h, Plan& plan, const std::string& vision);
bool setStrategyStatement(History& h, Plan& plan, const std::string& statement);
ThemeId addTheme(History& h, Plan& plan, const std::string& title);
bool setThemeTitle(History& h, Plan& plan, const ThemeId& id, const std::string& title);
bool deleteTheme(History& h, Plan& plan, const ThemeId& id);
bool moveTheme(History& h, Plan& plan, const ThemeId& id, std::size_t toIndex);
bool setCurrency(History& h, Plan& plan, const std::string& currency);
bool setRevenuePerSale(History& h, Plan& plan, std::optional<double> value);
bool setLifetimeValue(History& h, Plan& plan, std::optional<double> value);
bool setCapacity(History& h, Plan& plan, const std::string& capacity);

// ---- tree nodes and links
NodeId addNode(History& h, Plan& plan, NodeKind kind, const std::string& name, Vec2 position);
bool deleteNode(History& h, Plan& plan, const NodeId& id);
bool moveNode(History& h, Plan& plan, const NodeId& id, Vec2 position);
bool setNodeName(History& h, Plan& plan, const NodeId& id, const std::string& name);
bool setNodeKind(History& h, Plan& plan, const NodeId& id, NodeKind kind);
bool setNodeStage(History& h, Plan& plan, const NodeId& id, Stage stage);
bool setNodeOwner(History& h, Plan& plan, const NodeId& id, const std::string& owner);
bool setNodeSource(History& h, Plan& plan, const NodeId& id, const std::string& source);
bool setNodeUnit(History& h, Plan& plan, const NodeId& id, const std::string& unit);
bool setNodeBaseline(History& h, Plan& plan, const NodeId& id, std::optional<double> value);
bool setNodeSigma(History& h, Plan& plan, const NodeId& id, std::optional<double> value);
bool setNodeCadence(History& h, Plan& plan, const NodeId& id, Cadence cadence);
bool setNodeValue(History& h, Plan& plan, const NodeId& id, std::optional<double> value);
bool setNodeThreshold(History& h, Plan& plan, const NodeId& id, std::optional<double> value);
bool setNodeComparison(History& h, Plan& plan, const NodeId& id, Comparison comparison);
bool setNodeMonitorOnly(History& h, Plan& plan, const NodeId& id, bool monitorOnly);
bool setNodeNotes(History& h, Plan& plan, const NodeId& id, const std::string& notes);
// Asks tree.h's canLink first; the reason of a refusal is in h.lastError().
LinkId addLink(History& h, Plan& plan, const NodeId& from, const NodeId& to, Relation relation);
bool deleteLink(History& h, Plan& plan, const LinkId& id);
bool setLinkRelation(History& h, Plan& plan, const LinkId& id, Relation relation);

// ---- objectives
ObjectiveId addObjective(History& h, Plan& plan, const std::string& title);
// Inserts a copy of `objective` (e.g. from the clipboard) at `index` (clamped; npos = end) with
// fresh IDs for it and its key results; references that do not resolve in `plan` are cleared.
ObjectiveId pasteObjective(History& h, Plan& plan, const Objective& objective,
                           std::size_t index = std::string::npos);
bool deleteObjective(History& h, Plan& plan, const ObjectiveId& id);
bool moveObjective(History& h, Plan& plan, const ObjectiveId& id, std::size_t toIndex);
bool setObjectiveTitle(History& h, Plan& plan, const ObjectiveId& id, const std::string& title);
bool setObjectiveOwner(History& h, Plan& plan, const ObjectiveId& id, const std::string& owner);
bool setObjectiveLevel(History& h, Plan& plan, const ObjectiveId& id, Level level);
// An empty parent / theme removes the link.
bool setObjectiveParent(History& h, Plan& plan, const ObjectiveId& id, const ObjectiveId& parent);
bool setObjectiveTheme(History& h, Plan& plan, const ObjectiveId& id, const ThemeId& theme);
bool setObjectiveStyle(History& h, Plan& plan, const ObjectiveId& id, Style style);
bool setObjectiveNotes(History& h, Plan& plan, const ObjectiveId& id, const std::string& notes);

// ---- key results
KeyResultId addKeyResult(History& h, Plan& plan, const ObjectiveId& objective,
                         const std::string& title);
// The node inspector's "Add KR for this driver": a metric KR under `objective` that moves `node`:
// metric = the node's name, unit, baseline = its current value (else its baseline µ), owner,
// source and cadence from its KPI definition, driver link set. One step, "Add KR for driver".
KeyResultId addKeyResultForDriver(History& h, Plan& plan, const ObjectiveId& objective,
                                  const NodeId& node);
bool deleteKeyResult(History& h, Plan& plan, const KeyResultId& id);
// Moves a KR to position `toIndex` (clamped) of `objective`, which may be another objective.
bool moveKeyResult(History& h, Plan& plan, const KeyResultId& id, const ObjectiveId& objective,
                   std::size_t toIndex);
// Replaces every field of the KR with the same ID (an edit dialog's "OK").
bool replaceKeyResult(History& h, Plan& plan, const KeyResult& kr);
bool setKeyResultTitle(History& h, Plan& plan, const KeyResultId& id, const std::string& title);
bool setKeyResultKind(History& h, Plan& plan, const KeyResultId& id, KrKind kind);
bool setKeyResultMetric(History& h, Plan& plan, const KeyResultId& id, const std::string& metric);
bool setKeyResultUnit(History& h, Plan& plan, const KeyResultId& id, const std::string& unit);
bool setKeyResultDirection(History& h, Plan& plan, const KeyResultId& id,
                           std::optional<Direction> direction);
bool setKeyResultBaseline(History& h, Plan& plan, const KeyResultId& id,
                          std::optional<double> value);
bool setKeyResultTarget(History& h, Plan& plan, const KeyResultId& id, std::optional<double> value);
bool setKeyResultCurrent(History& h, Plan& plan, const KeyResultId& id,
                         std::optional<double> value);
bool setKeyResultBand(History& h, Plan& plan, const KeyResultId& id, std::optional<double> low,
                      std::optional<double> high);
bool setKeyResultDone(History& h, Plan& plan, const KeyResultId& id, bool done);
bool setKeyResultDue(History& h, Plan& plan, const KeyResultId& id, std::optional<Date> due);
bool setKeyResultOwner(History& h, Plan& plan, const KeyResultId& id, const std::string& owner);
bool setKeyResultSource(History& h, Plan& plan, const KeyResultId& id, const std::string& source);
bool setKeyResultSourceVisible(History& h, Plan& plan, const KeyResultId& id, bool visible);
bool setKeyResultCadence(History& h, Plan& plan, const KeyResultId& id, Cadence cadence);
// An empty driver / target removes the link.
bool setKeyResultDriver(History& h, Plan& plan, const KeyResultId& id, const NodeId& driver);
bool setKeyResultSignal(History& h, Plan& plan, const KeyResultId& id, Signal signal);
// nullopt: the KR follows its objective's style.
bool setKeyResultStyle(History& h, Plan& plan, const KeyResultId& id, std::optional<Style> style);
bool setKeyResultContributesTo(History& h, Plan& plan, const KeyResultId& id,
                               const KeyResultId& target);
// Refused for a score outside 0–1 and for a score without a written reason; nullopt clears it.
bool setKeyResultScoreOverride(History& h, Plan& plan, const KeyResultId& id,
                               std::optional<double> score, const std::string& reason);
bool setKeyResultEvidence(History& h, Plan& plan, const KeyResultId& id,
                          const std::string& evidence);
bool setKeyResultNotes(History& h, Plan& plan, const KeyResultId& id, const std::string& notes);

// ---- weekly check-ins (kept in date order; addressed by their index in that order)
// Inserts after any check-in of the same date; returns false when refused.
bool addCheckin(History& h, Plan& plan, const KeyResultId& kr, const Checkin& checkin);
bool setCheckin(History& h, Plan& plan, const KeyResultId& kr, std::size_t index,
                const Checkin& checkin);
bool deleteCheckin(History& h, Plan& plan, const KeyResultId& kr, std::size_t index);

// ---- initiatives
InitiativeId addInitiative(History& h, Plan& plan, const std::string& title);
bool deleteInitiative(History& h, Plan& plan, const InitiativeId& id);
bool moveInitiative(History& h, Plan& plan, const InitiativeId& id, std::size_t toIndex);
bool setInitiativeTitle(History& h, Plan& plan, const InitiativeId& id, const std::string& title);
bool setInitiativeOwner(History& h, Plan& plan, const InitiativeId& id, const std::string& owner);
bool setInitiativeNotes(History& h, Plan& plan, const InitiativeId& id, const std::string& notes);
bool linkInitiative(History& h, Plan& plan, const InitiativeId& id, const KeyResultId& kr);
bool unlinkInitiative(History& h, Plan& plan, const InitiativeId& id, const KeyResultId& kr);

// ---- adjustment log
// Appends `adjustment` (a fresh ID is assigned when its id is empty or taken).
AdjustmentId addAdjustment(History& h, Plan& plan, Adjustment adjustment);
// Replaces the adjustment with the same ID.
bool setAdjustment(History& h, Plan& plan, const Adjustment& adjustment);
bool deleteAdjustment(History& h, Plan& plan, const AdjustmentId& id);

}  // namespace okr
