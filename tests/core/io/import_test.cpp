// Bringing OKRs in: spreadsheet rows (CSV, TSV, our own export) and written lists (plain text,
// Markdown, our one-pager) become objectives and key results, with every problem located.
#include <doctest/doctest.h>

#include "analysis/analysis.h"
#include "export/export.h"
#include "io/format.h"
#include "io/import.h"
#include "templates.h"

namespace {

okr::ImportResult fromTable(const std::string& text, std::optional<okr::Date> today = {}) {
    okr::ImportTable table;
    okr::ImportProblem problem;
    REQUIRE(okr::readImportTable(text, table, problem));
    return okr::importTable(table, today);
}

okr::Plan example() {
    const okr::Template* t = okr::findTemplate("talentsync");
    REQUIRE(t);
    okr::LoadResult loaded = okr::loadPlan(t->json);
    REQUIRE(loaded.plan);
    return *loaded.plan;
}

}  // namespace

TEST_CASE("import: rows pasted from a spreadsheet, columns known by their names") {
    const std::string tsv =
        "Objective\tKey Result\tOwner\tBaseline\tTarget\tCurrent Value\tConfidence Score (this "
        "week)\tConfidence Score (last week)\tBlockers\n"
        "Make onboarding effortless\tRaise activation to 40%\tAna\t20%\t40%\t31%\t7\t8\tSSO late\n"
        "\tCut time to first value\tBo\t9\t3\t6\t5/10\t\t\n"
        "Win the mid-market\tClose 12 deals above $20k ACV\tCy\t\t12\t\t\t\t\n";
    okr::ImportTable table;
    okr::ImportProblem problem;
    REQUIRE(okr::readImportTable(tsv, table, problem));
    CHECK(table.delimiter == '\t');
    CHECK(table.header);
    CHECK(table.columns[6] == okr::ImportColumn::Confidence);
    CHECK(table.columns[7] == okr::ImportColumn::Ignore);  // last week's
    const okr::ImportResult r = okr::importTable(table, okr::Date{2026, 5, 4});
    CHECK(r.problems.empty());
    REQUIRE(r.objectives.size() == 2);
    // The row without an objective belongs to the one above.
    REQUIRE(r.objectives[0].keyResults.size() == 2);
    const okr::KeyResult& first = r.objectives[0].keyResults[0];
    CHECK(first.owner == "Ana");
    CHECK(first.baseline == 20);
    CHECK(first.target == 40);
    CHECK(first.unit == "%");
    CHECK(first.current == 31);
    REQUIRE(first.checkins.size() == 1);
    CHECK(first.checkins[0].confidence == 7);
    CHECK(first.checkins[0].blockers == "SSO late");
    CHECK(first.checkins[0].date == okr::Date{2026, 5, 4});
    CHECK(r.objectives[0].keyResults[1].checkins[0].confidence == 5);
    CHECK(r.keyResults == 3);
}

TEST_CASE("import: a column says what it holds before whose it is") {
    using C = okr::ImportColumn;
    CHECK(okr::importColumnFor("Objective owner") == C::ObjectiveOwner);
    CHECK(okr::importColumnFor("Key result owner") == C::Owner);
    CHECK(okr::importColumnFor("KR target") == C::Target);
    CHECK(okr::importColumnFor("Target date") == C::Due);
    CHECK(okr::importColumnFor("Start date") == C::Ignore);
    CHECK(okr::importColumnFor("Key Result ID") == C::Ignore);
    CHECK(okr::importColumnFor("Key results") == C::KeyResult);
    CHECK(okr::importColumnFor("Objective notes") == C::Ignore);
    const okr::ImportResult r = fromTable(
        "Objective,Objective owner,Key result,Key result owner,Target\n"
        "Grow,Ana,Lift the repeat rate to 5 orders a year,Bo,\"4,5\"\n");
    REQUIRE(r.objectives.size() == 1);
    CHECK(r.objectives[0].owner == "Ana");
    CHECK(r.objectives[0].keyResults[0].owner == "Bo");
    CHECK(r.objectives[0].keyResults[0].target == doctest::Approx(4.5));  // a decimal comma
}

TEST_CASE("import: our own CSV export comes back as the same objectives and key results") {
    const okr::Plan plan = example();
    const std::string csv = okr::exportCsv(plan, okr::analyze(plan));
    const okr::ImportResult r = fromTable(csv);
    CHECK(r.problems.empty());
    REQUIRE(r.objectives.size() == plan.objectives.size());
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        CAPTURE(o);
        CHECK(r.objectives[o].title == plan.objectives[o].title);
        REQUIRE(r.objectives[o].keyResults.size() == plan.objectives[o].keyResults.size());
        for (std::size_t k = 0; k < plan.objectives[o].keyResults.size(); ++k) {
            const okr::KeyResult& was = plan.objectives[o].keyResults[k];
            const okr::KeyResult& now = r.objectives[o].keyResults[k];
            CAPTURE(was.title);
            CHECK(now.title == was.title);
            CHECK(now.owner == was.owner);
            CHECK(now.kind == was.kind);
            CHECK(now.baseline == was.baseline);
            CHECK(now.target == was.target);
            CHECK(now.due == was.due);
        }
    }
}

TEST_CASE("import: our Markdown one-pager comes back, its tables read by their headers") {
    const okr::Plan plan = example();
    const std::string md = okr::exportMarkdown(plan, okr::analyze(plan), false, false);
    CHECK_FALSE(okr::looksLikeTable(md, "plan.md"));
    const okr::ImportResult r = okr::importText(md);
    CHECK(r.title == plan.meta.title);
    REQUIRE(r.objectives.size() == plan.objectives.size());
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        CHECK(r.objectives[o].title == plan.objectives[o].title);
        CHECK(r.objectives[o].owner == plan.objectives[o].owner);
        REQUIRE(r.objectives[o].keyResults.size() == plan.objectives[o].keyResults.size());
        for (std::size_t k = 0; k < plan.objectives[o].keyResults.size(); ++k) {
            CHECK(r.objectives[o].keyResults[k].title == plan.objectives[o].keyResults[k].title);
            CHECK(r.objectives[o].keyResults[k].target == plan.objectives[o].keyResults[k].target);
        }
    }
}

TEST_CASE("import: lists as people write them in documents") {
    SUBCASE("labelled objectives, bullets and numbers under them") {
        const okr::ImportResult r = okr::importText(
            "Objective: Make onboarding effortless for new teams\n"
            "- Increase activation from 20% to 40%\n"
            "- Cut time to first value from 9 days to 3\n"
            "\n"
            "O2: Win the mid-market\n"
            "  1. Close 12 deals above $20k ACV\n"
            "  2) Raise win rate from 18% to 25%\n"
            "A stray remark\n");
        REQUIRE(r.objectives.size() == 2);
        CHECK(r.objectives[1].title == "Win the mid-market");
        REQUIRE(r.objectives[0].keyResults.size() == 2);
        // The sentence fills the fields.
        CHECK(r.objectives[0].keyResults[0].baseline == 20);
        CHECK(r.objectives[0].keyResults[0].target == 40);
        CHECK(r.objectives[1].keyResults.size() == 2);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].row == 8);
        CHECK(r.problems[0].message.find("left out") != std::string::npos);
    }
    SUBCASE("a line and the bullets under it, or nested bullets") {
        for (const char* text : {"Grow revenue in Germany\n  - Sign 5 resellers\n  - Reach 40 "
                                 "paying customers\nDelight support users\n  - CSAT from 4.1 to "
                                 "4.6\n",
                                 "- Grow revenue in Germany\n  - Sign 5 resellers\n  - Reach 40 "
                                 "paying customers\n- Delight support users\n  - CSAT from 4.1 to "
                                 "4.6\n"}) {
            CAPTURE(text);
            const okr::ImportResult r = okr::importText(text);
            REQUIRE(r.objectives.size() == 2);
            CHECK(r.objectives[0].keyResults.size() == 2);
            REQUIRE(r.objectives[1].keyResults.size() == 1);
            CHECK(r.objectives[1].keyResults[0].target == doctest::Approx(4.6));
            CHECK(r.problems.empty());
        }
    }
    SUBCASE("no structure at all is said, not guessed") {
        const okr::ImportResult r = okr::importText("just some words\nand more words\n");
        CHECK(r.objectives.empty());
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems.back().message.find("no objective found") != std::string::npos);
    }
}

TEST_CASE("import: bad cells are located and left out, the rest of the row kept") {
    const okr::ImportResult r = fromTable(
        "Objective,Key result,Due,Confidence,Target\n"
        "Grow,Reach 40 paying customers,next Tuesday-ish,12,forty\n"
        "\"Quoted, with a comma\",\"Say \"\"hello\"\" to 30 partners\",2026-06-30,0.6,30\n");
    REQUIRE(r.objectives.size() == 2);
    CHECK(r.objectives[1].title == "Quoted, with a comma");
    CHECK(r.objectives[1].keyResults[0].title == "Say \"hello\" to 30 partners");
    CHECK(r.objectives[1].keyResults[0].due == okr::Date{2026, 6, 30});
    // The bad target is left empty, then the sentence gives it.
    CHECK(r.objectives[0].keyResults[0].target == 40);
    // A row's problems read left to right.
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].row == 2);
    CHECK(r.problems[0].column == 3);
    CHECK(r.problems[0].message.find("'next Tuesday-ish' is not one the planner reads") !=
          std::string::npos);
    CHECK(r.problems[1].column == 4);
    CHECK(r.problems[1].message.find("1 to 10") != std::string::npos);
    CHECK(r.problems[2].column == 5);
    CHECK(r.problems[2].message.find("'forty' is not a number") != std::string::npos);
}

TEST_CASE("import: what is not a table, and tables without a header") {
    okr::ImportTable table;
    okr::ImportProblem problem;
    CHECK_FALSE(okr::readImportTable("one column\nonly\n", table, problem));
    CHECK(problem.message.find("at least two columns") != std::string::npos);
    CHECK_FALSE(okr::readImportTable("a,\"never closed\nb,c\n", table, problem));
    CHECK(problem.row == 1);
    CHECK(problem.column == 2);
    // No header: the first column is the objective, the second the key result.
    REQUIRE(okr::readImportTable("Grow;Reach 40 customers;x;y\nGrow;Sign 5 resellers;x;y\n", table,
                                 problem));
    CHECK(table.delimiter == ';');
    CHECK_FALSE(table.header);
    const okr::ImportResult r = okr::importTable(table, std::nullopt);
    REQUIRE(r.objectives.size() == 1);
    CHECK(r.objectives[0].keyResults.size() == 2);
    CHECK(okr::looksLikeTable("Objective,Key result\nA,B\n", ""));
    CHECK_FALSE(okr::looksLikeTable("Objective: grow\n- reach 40\n", ""));
}

TEST_CASE("import: the imported plan saves and loads again with fresh IDs") {
    const okr::ImportResult r =
        okr::importText("O1: Grow\n- Reach 40 customers\n- Sign 5 resellers\n");
    const okr::Plan plan = okr::importedPlan(r, "", okr::Date{2026, 11, 20});
    CHECK(plan.meta.title == "Imported OKRs");
    CHECK(plan.meta.start == okr::Date{2026, 10, 1});
    CHECK(plan.meta.end == okr::Date{2026, 12, 31});
    const okr::LoadResult again = okr::loadPlan(okr::savePlan(plan));
    REQUIRE(again.plan);
    CHECK(again.plan->objectives[0].keyResults[1].id.value == "kr2");
}
