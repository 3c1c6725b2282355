// Document: change counting around the core's commands, file naming.
#include "document.h"

#include "platform.h"

void Document::beginGroup(std::string label) {
    if (readOnly_) return;
    pending_.push_back([label](okr::History& h, okr::Plan& p) {
        h.beginGroup(p, label);
        return false;
    });
}

void Document::endGroup() {
    pending_.push_back([](okr::History& h, okr::Plan&) {
        h.endGroup();
        return false;
    });
}

void Document::breakCoalescing() {
    pending_.push_back([](okr::History& h, okr::Plan&) {
        h.breakCoalescing();
        return false;
    });
}

bool Document::applyEdits() {
    if (readOnly_) pending_.clear();
    bool any = false;
    for (auto& command : pending_) any = command(history_, plan_) || any;
    pending_.clear();
    if (any) touch();
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
    pending_.clear();
    readOnly_ = readOnly;
    plan_ = std::move(plan);
    history_.clear();
    history_.markSaved();
    draftId_ = std::move(draftId);
    ++revision_;
}

void Document::touch() {
    ++revision_;
    lastChangeAt_ = platform::nowMs();
}

std::string Document::fileName() const {
    std::string name;
    for (char c : plan_.meta.title) {
        const bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                         c == '<' || c == '>' || c == '|' || static_cast<unsigned char>(c) < 32;
        name += bad ? '-' : c;
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
    if (name.empty()) name = "plan";
    if (name.size() > 80) name.resize(80);
    return name + ".okr.json";
}
