// Session: start-up, drafts, files and autosave in the browser's storage; see session.h.
#include "session.h"

#include <algorithm>
#include <utility>

#include "io/format.h"
#include "io/import.h"
#include "panels/panels.h"
#include "rhythm/rhythm.h"
#include "share/link.h"
#include "templates.h"

namespace {

constexpr const char* kStartupExample = "talentsync";
constexpr const char* kCurrentDraftSetting = "okr.currentDraft";
constexpr double kStorageRetryMs = 5000;  // after a failed autosave
constexpr const char* kReadOnlyNotice =
    "This shared plan is read only: \"Make an editable copy\" to change it.";

// The first example as a quarter under way: moved to this calendar quarter, with the check-ins
// of the weeks gone by (rhythm.h, inQuarterOf).
okr::Plan underWay(okr::Plan plan) {
    const std::optional<okr::Date> today = okr::Date::parse(platform::today());
    return today ? okr::inQuarterOf(plan, *today) : plan;
}

}  // namespace

void Session::start() {
    // Framed by another site, the planner shows a plan and edits nothing: the share link's plan,
    // else the example — never the user's own drafts.
    if (platform::framedByOtherSite()) {
        ui_.framed = true;
        const std::string fragment = platform::locationFragment();
        if (fragment.rfind("#" + std::string(okr::kShareFragmentKey), 0) == 0 &&
            openSharedLink(fragment))
            return;
        if (const okr::Template* t = okr::findTemplate(kStartupExample)) {
            okr::LoadResult result = okr::loadPlan(t->json);
            if (result.plan) replaceDocument(underWay(std::move(*result.plan)), "", true);
        }
        return;
    }
    // A share link opens its plan read only, beside the user's drafts (which are not even read).
    const std::string fragment = platform::locationFragment();
    if (fragment.rfind("#" + std::string(okr::kShareFragmentKey), 0) == 0 &&
        openSharedLink(fragment))
        return;
    const std::string current = platform::loadSetting(kCurrentDraftSetting);
    std::string text;
    if (!current.empty() && platform::loadDraft(current, text)) {
        okr::LoadResult result = okr::loadPlan(text);
        if (result.plan) {
            adopt(std::move(*result.plan), current);
            ui_.notice(Notice::Kind::Info,
                       "Restored your draft \"" + doc_.plan().meta.title + "\" from this browser.",
                       true);
            return;
        }
        ui_.corruptDraftId = current;
        ui_.corruptDraftText = text;
        for (const auto& p : result.problems)
            if (!p.warning)
                ui_.fileErrors.push_back((p.path.empty() ? "" : p.path + ": ") + p.message);
        ui_.fileErrorTitle = "Your stored draft could not be read";
        startFromTemplate(kStartupExample, "The planner opened the example instead.");
        ui_.notice(Notice::Kind::Warning,
                   "Your last draft in this browser could not be read; it is kept untouched. Use "
                   "\"Download its text\" in the dialog to rescue it.");
        return;
    }
    startFromTemplate(kStartupExample, nullptr);
}

std::string Session::newDraftId() const { return "d" + platform::uniqueToken(); }

void Session::replaceDocument(okr::Plan plan, std::string draftId, bool readOnly) {
    doc_.reset(std::move(plan), std::move(draftId), readOnly);
    replaced_ = true;
    storageError_.clear();
}

void Session::adopt(okr::Plan plan, const std::string& draftId) {
    replaceDocument(std::move(plan), draftId, false);
    ui_.openKeyResult.clear();
    ui_.rhythm.week = 0;
    ui_.rhythm.overrides.clear();
    ui_.rhythm.adjustOpen = false;
    ui_.rhythm.nextQuarterOpen = false;
    platform::saveSetting(kCurrentDraftSetting, draftId);
}

bool Session::takeReplaced() { return std::exchange(replaced_, false); }

bool Session::openSharedLink(const std::string& fragment) {
    okr::LoadResult result = okr::decodeShareFragment(fragment);
    if (!result.plan) {
        ui_.fileErrorTitle = "This share link could not be opened. Your own drafts are untouched.";
        ui_.fileErrors.clear();
        for (const auto& p : result.problems) {
            if (p.warning) continue;
            if (ui_.fileErrors.size() >= 200) break;
            ui_.fileErrors.push_back((p.path.empty() ? "" : p.path + ": ") + p.message);
        }
        return false;
    }
    replaceDocument(std::move(*result.plan), "", true);
    ui_.sharedView = true;
    return true;
}

void Session::makeEditableCopy() {
    okr::Plan plan = doc_.plan();
    adopt(std::move(plan), newDraftId());
    doc_.requestStore();  // store it at once: the user asked for it
    ui_.notice(Notice::Kind::Info, "\"" + doc_.plan().meta.title +
                                       "\" is now your own draft in this browser; edit away.");
}

void Session::startFromTemplate(const std::string& name, const char* why) {
    if (const okr::Template* t = okr::findTemplate(name)) {
        openTemplate(name, t->json, why ? why : "");
        return;
    }
    pendingTemplate_ = name;
    pendingWhy_ = why ? why : "";
    platform::fetchTemplate(name);
}

void Session::onTemplate(const platform::FileDrop& file) {
    if (file.name != pendingTemplate_) return;  // an older request, overtaken
    pendingTemplate_.clear();
    if (!file.error.empty()) {
        ui_.notice(Notice::Kind::Error,
                   "The example '" + file.name + "' could not be opened: " + file.error + ".");
        return;
    }
    openTemplate(file.name, file.text, pendingWhy_);
}

void Session::openTemplate(const std::string& name, std::string_view json, const std::string& why) {
    okr::LoadResult result = okr::loadPlan(json);
    if (result.plan && name == kStartupExample) result.plan = underWay(std::move(*result.plan));
    if (!result.plan) {
        ui_.notice(Notice::Kind::Error, "The example '" + name + "' could not be loaded.");
        if (doc_.plan().objectives.empty() && doc_.plan().meta.title.empty()) startBlank();
        return;
    }
    // A fresh template is stored only once it is edited, so untouched examples do not pile up.
    replaceWhenSafe("open the example '" + name + "'",
                    [this, plan = std::move(*result.plan), why]() mutable {
                        replaceDocument(std::move(plan), newDraftId(), false);
                        if (!why.empty()) ui_.notice(Notice::Kind::Info, why);
                    });
}

void Session::startBlank() {
    okr::Plan plan;
    plan.meta.title = "Untitled plan";
    if (auto today = okr::Date::parse(platform::today())) {
        const okr::Quarter quarter = okr::quarterOf(*today);
        plan.meta.start = quarter.start;
        plan.meta.end = quarter.end;
    }
    replaceWhenSafe("start a blank plan", [this, plan = std::move(plan)]() mutable {
        adopt(std::move(plan), newDraftId());
        doc_.requestStore();  // store it at once: the user asked for it
    });
}

void Session::openDraft(const std::string& id) {
    std::string text;
    if (!platform::loadDraft(id, text)) {
        ui_.notice(Notice::Kind::Error, "That draft is no longer in this browser's storage.");
        return;
    }
    okr::LoadResult result = okr::loadPlan(text);
    if (!result.plan) {
        ui_.fileErrorTitle = "This draft could not be read";
        ui_.fileErrors.clear();
        for (const auto& p : result.problems) ui_.fileErrors.push_back(p.path + ": " + p.message);
        return;
    }
    replaceWhenSafe(
        "switch to another draft", [this, plan = std::move(*result.plan), id]() mutable {
            adopt(std::move(plan), id);
            ui_.notice(Notice::Kind::Info,
                       "Switched to the draft \"" + doc_.plan().meta.title + "\".", true);
        });
}

void Session::startNextQuarter() {
    RhythmViewState& r = ui_.rhythm;
    r.nextQuarterRequested = false;
    if (ui_.framed || doc_.readOnly()) return;
    const okr::Plan& old = doc_.plan();
    const auto period = okr::nextPeriod(old.meta);
    if (!period) return;
    std::vector<okr::ObjectiveId> carried;
    for (const auto& o : old.objectives)
        if (std::find(r.carry.begin(), r.carry.end(), o.id.value) != r.carry.end())
            carried.push_back(o.id);
    // The old quarter stays a stored draft (even an untouched example) and is offered as a file
    // right away.
    doc_.requestStore();
    autosave(true);
    r.oldQuarterName = doc_.fileName();
    r.oldQuarterText = okr::savePlan(old);
    const std::string oldTitle = old.meta.title;
    okr::Plan next = okr::startNextQuarter(old, carried, period->first, period->second);
    adopt(std::move(next), newDraftId());
    doc_.requestStore();
    r.nextQuarterOpen = false;
    r.week = 0;
    ui_.notice(Notice::Kind::Info, "Started \"" + doc_.plan().meta.title + "\" as a new draft; \"" +
                                       oldTitle + "\" stays in Drafts and can be downloaded.");
}

void Session::save(const std::string& fileName) {
    platform::downloadText(fileName, "application/json", okr::savePlan(doc_.plan()));
    doc_.markSavedToFile();
    ui_.notice(Notice::Kind::Info, "Saved " + fileName + " to your downloads.", true);
}

void Session::onFile(const platform::FileDrop& file) {
    ui_.fileErrors.clear();
    if (!file.error.empty()) {
        ui_.fileErrorTitle = "Could not open " + file.name;
        ui_.fileErrors.push_back(file.error);
        return;
    }
    // Not a plan file: a spreadsheet's rows or a list of OKRs, shown in the import window.
    const std::size_t first = file.text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const std::string& n = file.name;
    const auto named = [&n](const char* tail) {
        const std::size_t len = std::char_traits<char>::length(tail);
        return n.size() > len && n.compare(n.size() - len, len, tail) == 0;
    };
    // (A .json file, or bytes that may be one in UTF-16, go to the loader, which says what is
    // wrong with them.)
    const bool utf16 = file.text.size() >= 2 && (static_cast<unsigned char>(file.text[0]) >= 0xFE ||
                                                 file.text[0] == '\0' || file.text[1] == '\0');
    if (named(".csv") || named(".tsv") || named(".md") || named(".txt") ||
        (!named(".json") && !utf16 && (first == std::string::npos || file.text[first] != '{'))) {
        panels::openImport(ui_, file.name, file.text,
                           okr::Date::parse(platform::today()).value_or(okr::Date{}));
        return;
    }
    okr::LoadResult result = okr::loadPlan(file.text);
    if (!result.plan) {
        ui_.fileErrorTitle = "Could not open " + file.name + " — your draft is unchanged";
        for (const auto& p : result.problems) {
            if (ui_.fileErrors.size() >= 200) break;
            ui_.fileErrors.push_back((p.path.empty() ? std::string("file") : p.path) + ": " +
                                     p.message);
        }
        return;
    }
    std::vector<std::string> warnings;
    for (const auto& p : result.problems)
        if (p.warning) warnings.push_back(p.path + ": " + p.message);
    replaceWhenSafe("open " + file.name,
                    [this, plan = std::move(*result.plan), name = file.name, warnings]() mutable {
                        adopt(std::move(plan), newDraftId());
                        doc_.requestStore();
                        ui_.notice(Notice::Kind::Info, "Opened " + name + " as a new draft.", true);
                        for (const auto& w : warnings) ui_.notice(Notice::Kind::Warning, w);
                    });
}

void Session::openImported() {
    okr::Plan plan =
        okr::importedPlan(ui_.importing.result, "", okr::Date::parse(platform::today()));
    const std::string from = ui_.importing.source;
    replaceWhenSafe("open the OKRs from " + from, [this, plan = std::move(plan), from]() mutable {
        adopt(std::move(plan), newDraftId());
        doc_.requestStore();
        ui_.notice(Notice::Kind::Info, "Opened the OKRs from " + from + " as a new draft.", true);
    });
}

void Session::replaceWhenSafe(std::string what, std::function<void()> replace) {
    if (ui_.framed) {
        ui_.notice(Notice::Kind::Info, "Inside another site the planner only shows this plan: to " +
                                           what + ", open the planner in its own tab.");
        return;
    }
    autosave(true);
    if (!doc_.needsStoring() || doc_.readOnly()) {
        replace();
        return;
    }
    pendingWhat_ = std::move(what);
    pendingReplace_ = std::move(replace);
}

void Session::saveThenReplace() {
    save(doc_.fileName());
    discardThenReplace();
}

void Session::discardThenReplace() {
    std::function<void()> replace = std::move(pendingReplace_);
    cancelReplace();
    if (replace) replace();
}

void Session::cancelReplace() {
    pendingWhat_.clear();
    pendingReplace_ = nullptr;
}

void Session::onDraftOpenElsewhere(const std::string& id) {
    if (id != doc_.draftId()) return;
    const std::string text =
        "This draft is also open in another tab of this browser. Edits in both are kept: if the "
        "other tab stores first, this tab's version becomes a draft of its own.";
    for (const auto& n : ui_.notices)
        if (n.text == text) return;
    ui_.notice(Notice::Kind::Warning, text);
}

void Session::autosave(bool force) {
    if (!doc_.needsStoring()) return;
    const double now = platform::nowMs();
    if (!force) {
        if (!doc_.autosaveDue()) return;
        if (!storageError_.empty() && now - lastStoreAttempt_ < kStorageRetryMs) return;
    }
    lastStoreAttempt_ = now;
    std::string error =
        platform::storeDraft(doc_.draftId(), doc_.plan().meta.title, okr::savePlan(doc_.plan()));
    if (error == platform::kDraftChangedElsewhere) {
        // Another tab stored this draft since this tab read it: neither overwrites the other.
        // This tab's version goes on as a draft of its own.
        doc_.moveToDraft(newDraftId());
        error = platform::storeDraft(doc_.draftId(), doc_.plan().meta.title,
                                     okr::savePlan(doc_.plan()));
        ui_.notice(Notice::Kind::Warning,
                   "This draft was also changed in another tab. So that neither tab's edits are "
                   "lost, this tab's version is now a draft of its own: both are in File → "
                   "Drafts.");
    }
    if (error.empty()) {
        doc_.markStored();
        platform::saveSetting(kCurrentDraftSetting, doc_.draftId());
    }
    storageError_ = error;
}

void Session::afterEdits() {
    if (doc_.takeRefusal() && (ui_.notices.empty() || ui_.notices.back().text != kReadOnlyNotice))
        ui_.notice(Notice::Kind::Warning, kReadOnlyNotice);
    if (ui_.sharedView && !doc_.readOnly()) {
        // The shared plan was copied or another one opened: a reload must not bring the link back.
        platform::clearLocationFragment();
        ui_.sharedView = false;
    }
    autosave(false);
    std::string title = doc_.plan().meta.title.empty() ? "Untitled plan" : doc_.plan().meta.title;
    if (doc_.unsavedToFile()) title = "• " + title;
    title += " — OKR planner";
    if (title != pageTitle_) {
        platform::setPageTitle(title);
        pageTitle_ = title;
    }
    if (doc_.draftId() != announcedDraft_) {
        announcedDraft_ = doc_.draftId();
        platform::announceOpenDraft(announcedDraft_);
    }
    const bool unstored = !doc_.stored() || !storageError_.empty();
    if (unstored != unsavedWarning_) {
        platform::setUnsavedWarning(unstored);
        unsavedWarning_ = unstored;
    }
}
