// Document, the planner's edit path, natively: a typing burst is one undo step, a group is one
// step, a shared (read-only) plan refuses edits, undo and redo, and the draft's autosave falls
// due 0.3 s after the last change on an injected clock.
#include <doctest/doctest.h>

#include "document.h"

namespace {

// A document on a clock the test moves by hand.
struct Fixture {
    double now = 100.0;
    Document doc{[this] { return now; }};

    Fixture() {
        okr::Plan plan;
        plan.meta.title = "Plan";
        doc.reset(plan, "d1");
    }
    // One frame of typing into the plan's title: the field's text so far.
    void type(const std::string& text) {
        doc.edit(okr::setPlanTitle, text);
        doc.applyEdits();
    }
};

}  // namespace

TEST_CASE("a typing burst is one undo step, and the next burst is another") {
    Fixture f;
    f.type("Plan A");
    f.type("Plan AB");
    f.type("Plan ABC");
    CHECK(f.doc.history().undoCount() == 1);
    f.doc.endTypingBurst();  // the field lost focus after its edits
    f.doc.applyEdits();
    f.type("Plan ABC!");
    CHECK(f.doc.plan().meta.title == "Plan ABC!");
    CHECK(f.doc.history().undoCount() == 2);

    REQUIRE(f.doc.undo());
    CHECK(f.doc.plan().meta.title == "Plan ABC");
    REQUIRE(f.doc.undo());
    CHECK(f.doc.plan().meta.title == "Plan");
    CHECK_FALSE(f.doc.undo());
    REQUIRE(f.doc.redo());
    CHECK(f.doc.plan().meta.title == "Plan ABC");
}

TEST_CASE("the burst ends after the frame's own edits, not before them") {
    Fixture f;
    f.type("Plan A");
    // A combo's pick and its edit arrive in the same frame: the edit still joins the burst.
    f.doc.endTypingBurst();
    f.doc.edit(okr::setPlanTitle, std::string("Plan AB"));
    f.doc.applyEdits();
    f.type("Plan ABC");
    CHECK(f.doc.history().undoCount() == 2);
    REQUIRE(f.doc.undo());
    CHECK(f.doc.plan().meta.title == "Plan AB");
}

TEST_CASE("a group is one labelled undo step, applied with the frame's edits") {
    Fixture f;
    f.doc.beginGroup("Rename twice");
    f.doc.edit(okr::setPlanTitle, std::string("One"));
    f.doc.edit(okr::setPlanClient, std::string("Client"));
    f.doc.endGroup();
    CHECK(f.doc.plan().meta.title == "Plan");  // queued, not applied yet
    CHECK(f.doc.applyEdits());
    CHECK(f.doc.plan().meta.title == "One");
    CHECK(f.doc.history().undoCount() == 1);
    CHECK(f.doc.history().undoLabel() == "Rename twice");
    CHECK_FALSE(f.doc.applyEdits());  // nothing queued any more
}

TEST_CASE("a read-only document refuses edits, undo and redo, and says so once") {
    Fixture f;
    f.type("Mine");
    okr::Plan shared;
    shared.meta.title = "Shared";
    f.doc.reset(shared, "", true);
    CHECK(f.doc.readOnly());
    const long revision = f.doc.revision();

    f.doc.edit(okr::setPlanTitle, std::string("Changed"));
    f.doc.beginGroup("Group");
    f.doc.endGroup();
    CHECK_FALSE(f.doc.applyEdits());
    CHECK(f.doc.plan().meta.title == "Shared");
    CHECK(f.doc.takeRefusal());
    CHECK_FALSE(f.doc.takeRefusal());

    CHECK_FALSE(f.doc.undo());
    CHECK(f.doc.takeRefusal());
    CHECK_FALSE(f.doc.redo());
    CHECK(f.doc.takeRefusal());
    CHECK(f.doc.revision() == revision);
    CHECK_FALSE(f.doc.history().canUndo());
    // A shared plan is never stored in the browser.
    f.now += 10;
    CHECK_FALSE(f.doc.needsStoring());
    CHECK_FALSE(f.doc.autosaveDue());
}

TEST_CASE("undo and redo answer alike on empty stacks") {
    Fixture f;
    const long revision = f.doc.revision();
    CHECK_FALSE(f.doc.undo());
    CHECK_FALSE(f.doc.redo());
    CHECK_FALSE(f.doc.takeRefusal());
    CHECK(f.doc.revision() == revision);
}

TEST_CASE("the autosave falls due 0.3 s after the last change") {
    Fixture f;
    CHECK(f.doc.stored());  // a fresh document counts as stored
    CHECK_FALSE(f.doc.autosaveDue());

    f.type("Plan A");  // at t = 100
    CHECK(f.doc.needsStoring());
    CHECK_FALSE(f.doc.autosaveDue());
    f.now = 100.2;
    f.type("Plan AB");  // still typing: the delay starts again
    f.now = 100.45;
    CHECK_FALSE(f.doc.autosaveDue());
    f.now = 100.51;
    CHECK(f.doc.autosaveDue());

    f.doc.markStored();
    CHECK(f.doc.stored());
    CHECK_FALSE(f.doc.autosaveDue());
    f.now = 200;
    CHECK_FALSE(f.doc.autosaveDue());  // no change since it was stored

    // An edit the core refuses changes nothing, so nothing falls due.
    f.doc.edit(okr::setPlanTitle, std::string("Plan AB"));
    f.doc.applyEdits();
    CHECK(f.doc.stored());
}

TEST_CASE("a draft asked to be stored falls due without a change, and reset counts as stored") {
    Fixture f;
    f.doc.requestStore();
    CHECK(f.doc.needsStoring());
    CHECK(f.doc.autosaveDue());
    okr::Plan other;
    f.doc.reset(other, "d2");
    CHECK(f.doc.stored());
    CHECK(f.doc.draftId() == "d2");
    CHECK_FALSE(f.doc.unsavedToFile());
}

TEST_CASE("file names come from the title, with what file systems dislike replaced") {
    Fixture f;
    f.type("Q2: growth / retention. ");
    CHECK(f.doc.fileStem() == "Q2- growth - retention");
    CHECK(f.doc.fileName() == "Q2- growth - retention.okr.json");
    f.type("");
    CHECK(f.doc.fileName() == "plan.okr.json");
    std::string longTitle;
    for (int i = 0; i < 50; ++i) longTitle += "é";  // 2 bytes each: 100 bytes, 50 characters
    longTitle += std::string(40, 'x');
    f.type(longTitle);
    CHECK(f.doc.fileStem() == longTitle.substr(0, 100) + std::string(30, 'x'));  // 80 characters
}
