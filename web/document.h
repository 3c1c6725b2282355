// The open document: the plan, its undo history and its draft identity in the browser's storage.
// Panels read `plan()` and change it only through `edit(command, args…)`, which queues a core
// command (commands.h); the app applies the queue with `applyEdits()` once the frame's panels are
// drawn, so no panel ever holds a reference into a plan that changed under it.
//
// The edit path, in order: a panel queues commands (`edit`, `beginGroup` / `endGroup` around a
// drag or a paste); a widget whose field lost focus after an edit, or whose choice was picked,
// calls `endTypingBurst()`; `applyEdits()` runs the queue and then, if a burst ended, ends the
// core's coalescing, so the burst is one undo step and the next edit starts another.
//
// A read-only document (a plan opened from a share link) refuses every edit, undo and redo here,
// in one place, whatever panel or shortcut asks.
//
// UI-free: no ImGui, no browser. Time comes from the clock given at construction (seconds), so
// the autosave delay can be tested natively (tests/web/document_test.cpp).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "edit/commands.h"
#include "model/plan.h"

class Document {
  public:
    // Seconds on a monotonic clock.
    using Clock = std::function<double()>;
    // How long after the last change the draft is stored (autosaveDue).
    static constexpr double kAutosaveDelay = 0.3;

    explicit Document(Clock clock) : clock_(std::move(clock)) {}

    const okr::Plan& plan() const { return plan_; }
    const okr::History& history() const { return history_; }
    // Milliseconds the last frame that changed the plan took to apply its edits (the commands and
    // their undo step, on the clock), so a keystroke's cost can be measured apart from the checks.
    double lastEditMs() const { return lastEditMs_; }

    // Queues a core command: edit(okr::setKeyResultTitle, id, text). Arguments are copied.
    template <class Fn, class... Args>
    void edit(Fn command, Args&&... args) {
        if (readOnly_) {
            refused_ = true;
            return;
        }
        QueuedEdit e;
        e.kind = QueuedEdit::Kind::Command;
        auto run = [command, tuple = std::make_tuple(std::forward<Args>(args)...)](okr::History& h,
                                                                                   okr::Plan& p) {
            return std::apply([&](const auto&... a) { return changed(command(h, p, a...)); },
                              tuple);
        };
        e.command = std::make_unique<CommandOf<decltype(run)>>(std::move(run));
        queue_.push_back(std::move(e));
    }
    // Everything queued between these is one undo step labelled `label`.
    void beginGroup(std::string label);
    void endGroup();
    // The user finished a typing burst (a field lost focus after an edit) or picked a choice:
    // after this frame's edits, the next edit starts a new undo step.
    void endTypingBurst() { typingEnded_ = true; }
    // Applies the queued edits in order; true when the plan changed. The refusal of the last
    // refused command (if any) is in history().lastError().
    bool applyEdits();
    bool undo();
    bool redo();

    // Replaces the document (a file opened, a template, a restored draft): history is cleared and
    // the new plan counts as saved to a file and stored in the browser. The new document is
    // editable unless `readOnly`.
    void reset(okr::Plan plan, std::string draftId, bool readOnly = false);
    bool readOnly() const { return readOnly_; }
    // True once after an edit, undo or redo was refused because the document is read only.
    bool takeRefusal() { return std::exchange(refused_, false); }

    // Counts changes; analysis and autosave compare it with what they last saw.
    long revision() const { return revision_; }
    const std::string& draftId() const { return draftId_; }

    // Storing the draft in the browser's storage (the app does the storing).
    // stored(): this revision is what the storage holds (or there is nothing to store).
    // needsStoring(): a draft (not a shared plan) with changes the storage does not hold.
    // autosaveDue(): needsStoring() and kAutosaveDelay has passed since the last change.
    // requestStore(): store this draft even with no change since reset() (a new draft the user
    // asked for, a closed quarter kept as a draft).
    bool stored() const { return storedRevision_ == revision_; }
    bool needsStoring() const { return !draftId_.empty() && !stored(); }
    bool autosaveDue() const {
        return needsStoring() && clock_() - lastChangeAt_ >= kAutosaveDelay;
    }
    void markStored() { storedRevision_ = revision_; }
    void requestStore() { storedRevision_ = -1; }
    // Keeps the plan and its history under another draft ID, to be stored there: the stored draft
    // was changed by another tab, and this tab's version becomes a draft of its own.
    void moveToDraft(std::string draftId) {
        draftId_ = std::move(draftId);
        requestStore();
    }

    // The file name for Save: fileStem() + ".okr.json". The stem is the title with characters
    // file systems dislike replaced ("plan" when none); exports add their own ending to it.
    std::string fileStem() const;
    std::string fileName() const { return fileStem() + ".okr.json"; }
    void markSavedToFile() { history_.markSaved(); }
    bool unsavedToFile() const { return history_.isDirty(); }

  private:
    // One entry of the edit queue: a core command with its arguments bound, or a group's edge.
    // A queued command with its arguments. Not std::function: each command queued from the UI
    // is its own type, and a std::function of each was eight compiled functions where this is
    // three (#22, the first load).
    struct QueuedCommand {
        virtual ~QueuedCommand() = default;
        virtual bool run(okr::History& h, okr::Plan& p) = 0;  // true when it changed the plan
    };
    template <class F>
    struct CommandOf final : QueuedCommand {
        explicit CommandOf(F f) : fn(std::move(f)) {}
        bool run(okr::History& h, okr::Plan& p) override { return fn(h, p); }
        F fn;
    };
    struct QueuedEdit {
        enum class Kind { Command, BeginGroup, EndGroup };
        Kind kind = Kind::Command;
        std::unique_ptr<QueuedCommand> command;  // Command
        std::string label;                       // BeginGroup: the step's label
    };

    static bool changed(bool result) { return result; }
    template <class IdT>
    static bool changed(const IdT& id) {
        return !id.empty();
    }
    void touch();

    Clock clock_;
    double lastEditMs_ = 0;
    std::vector<QueuedEdit> queue_;
    bool typingEnded_ = false;
    okr::Plan plan_;
    okr::History history_;
    std::string draftId_;
    long revision_ = 0;
    long storedRevision_ = 0;
    bool readOnly_ = false;
    bool refused_ = false;
    double lastChangeAt_ = 0;
};
