// The open plan's life in this browser: what opens at start-up (a share link's plan read only,
// else the last draft, else the example), the plans that replace it (blank, a template, a draft
// from the Drafts window, a file opened or dropped, the next quarter, an editable copy of a
// shared plan), saving it to a file, and storing the draft in the browser's storage (autosave,
// 0.3 s after the last change, Document::autosaveDue). After each frame's edits it tells the page
// what it shows: the title, the warning before closing with something unstored, the draft the
// other tabs hear of.
//
// Every replacement keeps the draft it replaces: that one is stored first, and when it cannot be
// stored the user is asked before anything replaces it (save to a file, discard, or cancel).
#pragma once

#include <functional>
#include <string>

#include "document.h"
#include "platform.h"
#include "ui_state.h"

class Session {
  public:
    Session(Document& doc, UiState& ui) : doc_(doc), ui_(ui) {}

    // Start-up: opens the share link in the URL, the last draft, or the example.
    void start();

    void startBlank();
    // `why`, when given, is said in a notice. An example that is not embedded is fetched first
    // (onTemplate opens it when it arrives).
    void startFromTemplate(const std::string& name, const char* why);
    void openDraft(const std::string& id);
    // The shared (read-only) plan as a new draft of the user's own, stored at once.
    void makeEditableCopy();
    // Scoring → "Start next quarter": the carried objectives as a new draft; the old one is kept
    // in Drafts and offered as a file.
    void startNextQuarter();
    // What the import window read (ui.importing.result) as a new draft.
    void openImported();
    // Downloads the plan as `fileName` and marks it saved.
    void save(const std::string& fileName);

    // Page events (main.cpp through App).
    // A plan file opens; a spreadsheet or a list (not JSON, or named .csv, .tsv, .md, .txt)
    // opens the import window.
    void onFile(const platform::FileDrop& file);
    void onTemplate(const platform::FileDrop& file);
    void onDraftOpenElsewhere(const std::string& id);
    // The page is going away: store the draft now rather than after the autosave delay.
    void onPageHide() { autosave(true); }

    // Stores the draft when it needs storing: at once when `force`, else when the autosave is due
    // (and, after a failed store, not again for five seconds).
    void autosave(bool force);
    // After the frame's edits are applied: a refused edit of a shared plan said in a notice, the
    // share link taken out of the address bar once the shared plan is no longer open, autosave,
    // then what the page and the other tabs are told.
    void afterEdits();

    // True once after another plan replaced the open one (the app drops the field being typed
    // into, which belonged to the old plan).
    bool takeReplaced();
    // Why the last store in the browser failed; "" when it worked.
    const std::string& storageError() const { return storageError_; }

    // A plan waiting to replace the open one, whose latest change could not be stored: what it
    // is ("open other.okr.json"), "" when nothing waits. The dialog then asks, and calls one of
    // these: save the open plan to a file and go on, go on without it, or keep the open plan.
    const std::string& pendingReplacement() const { return pendingWhat_; }
    void saveThenReplace();
    void discardThenReplace();
    void cancelReplace();

  private:
    // Opens the plan of a "#plan=…" fragment read only; false (with the error dialog) when the
    // link cannot be read.
    bool openSharedLink(const std::string& fragment);
    // Opens the text of the example `name` as a new draft (stored only once it is edited).
    void openTemplate(const std::string& name, std::string_view json, const std::string& why);
    // Replaces the open document (Document::reset); the storage error was the old one's.
    void replaceDocument(okr::Plan plan, std::string draftId, bool readOnly);
    // Makes `plan` the open document as the draft `draftId`, remembered as the current draft,
    // with the views that showed the old plan's entities reset.
    void adopt(okr::Plan plan, const std::string& draftId);
    std::string newDraftId() const;
    // Runs `replace` (which opens another plan in place of this one) once the open plan's latest
    // change is stored; when it cannot be stored (quota full, plan too big, storage refused),
    // keeps `replace` for the dialog to confirm — nothing typed is lost without the user's word.
    void replaceWhenSafe(std::string what, std::function<void()> replace);

    Document& doc_;
    UiState& ui_;
    std::string storageError_;
    std::string pendingWhat_;
    std::function<void()> pendingReplace_;
    double lastStoreAttempt_ = 0;  // platform::nowMs()
    bool replaced_ = false;
    // What the page was last told (a JS call only on change).
    std::string pageTitle_;
    bool unsavedWarning_ = false;
    std::string announcedDraft_;
    std::string pendingTemplate_, pendingWhy_;  // an example being fetched
};
