// The open document: the plan, its undo history and its draft identity in the browser's storage.
// Panels read `plan()` and change it only through `edit(command, args…)`, which queues a core
// command (commands.h); the app applies the queue with `applyEdits()` once the frame's panels are
// drawn, so no panel ever holds a reference into a plan that changed under it.
//
// A read-only document (a plan opened from a share link) refuses every edit, undo and redo here,
// in one place, whatever panel or shortcut asks.
#pragma once

#include <functional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "edit/commands.h"
#include "model/plan.h"

class Document {
  public:
    const okr::Plan& plan() const { return plan_; }
    const okr::History& history() const { return history_; }

    // Queues a core command: edit(okr::setKeyResultTitle, id, text). Arguments are copied.
    template <class Fn, class... Args>
    void edit(Fn command, Args&&... args) {
        if (readOnly_) {
            refused_ = true;
            return;
        }
        pending_.push_back([command, tuple = std::make_tuple(std::forward<Args>(args)...)](
                               okr::History& h, okr::Plan& p) {
            return std::apply([&](const auto&... a) { return changed(command(h, p, a...)); },
                              tuple);
        });
    }
    // Everything queued between these is one undo step.
    void beginGroup(std::string label);
    void endGroup();
    void breakCoalescing();
    // Applies the queued commands in order; true when the plan changed. The refusal of the last
    // refused command (if any) is in history().lastError().
    bool applyEdits();
    bool undo();
    bool redo();

    // Replaces the document (a file opened, a template, a restored draft): history is cleared and
    // the new plan counts as saved. The new document is editable unless `readOnly`.
    void reset(okr::Plan plan, std::string draftId, bool readOnly = false);
    bool readOnly() const { return readOnly_; }
    // True once after an edit, undo or redo was refused because the document is read only.
    bool takeRefusal() { return std::exchange(refused_, false); }

    // Counts changes; analysis and autosave compare it with what they last saw.
    long revision() const { return revision_; }
    const std::string& draftId() const { return draftId_; }
    double lastChangeAt() const { return lastChangeAt_; }

    // The file name for Save: "<title>.okr.json", with characters file systems dislike replaced.
    std::string fileName() const;
    void markSavedToFile() { history_.markSaved(); }
    bool unsavedToFile() const { return history_.isDirty(); }

  private:
    static bool changed(bool result) { return result; }
    template <class IdT>
    static bool changed(const IdT& id) {
        return !id.empty();
    }
    void touch();

    std::vector<std::function<bool(okr::History&, okr::Plan&)>> pending_;
    okr::Plan plan_;
    okr::History history_;
    std::string draftId_;
    long revision_ = 0;
    bool readOnly_ = false;
    bool refused_ = false;
    double lastChangeAt_ = 0;
};
