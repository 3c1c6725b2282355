// Document: the edit queue around the core's commands, change counting, the autosave trigger,
// file naming.
#include "document.h"

#include "model/text.h"

void Document::beginGroup(std::string label) {
    if (readOnly_) return;
    QueuedEdit e;
    e.kind = QueuedEdit::Kind::BeginGroup;
    e.label = std::move(label);
    queue_.push_back(std::move(e));
}

void Document::endGroup() {
    QueuedEdit e;
    e.kind = QueuedEdit::Kind::EndGroup;
    queue_.push_back(std::move(e));
}

bool Document::applyEdits() {
    if (readOnly_) queue_.clear();
    const double start = queue_.empty() ? 0 : clock_();
    bool any = false;
    for (const QueuedEdit& e : queue_) {
        switch (e.kind) {
            case QueuedEdit::Kind::Command:
                any = e.command->run(history_, plan_) || any;
                break;
            case QueuedEdit::Kind::BeginGroup:
                history_.beginGroup(plan_, e.label);
                break;
            case QueuedEdit::Kind::EndGroup:
                history_.endGroup();
                break;
        }
    }
    queue_.clear();
    if (std::exchange(typingEnded_, false)) history_.breakCoalescing();
    if (any) {
        lastEditMs_ = (clock_() - start) * 1000.0;
        touch();
    }
    return any;
}

bool Document::undo() {
    if (readOnly_) {
        refused_ = true;
        return false;
    }
    const bool done = history_.undo(plan_);
    if (done) touch();
    return done;
}

bool Document::redo() {
    if (readOnly_) {
        refused_ = true;
        return false;
    }
    const bool done = history_.redo(plan_);
    if (done) touch();
    return done;
}

void Document::reset(okr::Plan plan, std::string draftId, bool readOnly) {
    queue_.clear();
    typingEnded_ = false;
    readOnly_ = readOnly;
    plan_ = std::move(plan);
    history_.clear();
    history_.markSaved();
    draftId_ = std::move(draftId);
    ++revision_;
    markStored();
}

void Document::touch() {
    ++revision_;
    lastChangeAt_ = clock_();
}

std::string Document::fileStem() const {
    std::string name;
    for (char c : plan_.meta.title) {
        const bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                         c == '<' || c == '>' || c == '|' || static_cast<unsigned char>(c) < 32;
        name += bad ? '-' : c;
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
    if (name.empty()) name = "plan";
    return okr::utf8Prefix(name, 80);
}
