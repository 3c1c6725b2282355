// Exports (export.h): the Markdown one-pager of the TalentSync example, S4's tracking sheet read
// back with an RFC 4180 reader written here, the lint report, and plan text that tries to be HTML,
// Markdown or a spreadsheet formula shown as plain text everywhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/analysis.h"
#include "export/export.h"
#include "export/print_html.h"
#include "export/tree_svg.h"
#include "io/format.h"
#include "templates.h"
#include "test_files.h"

namespace {

okr::Plan talentSync() {
    const okr::Template* t = okr::findTemplate("talentsync");
    REQUIRE(t != nullptr);
    okr::LoadResult loaded = okr::loadPlan(t->json);
    REQUIRE(loaded.ok());
    return *loaded.plan;
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

using Row = std::vector<std::string>;

// A strict RFC 4180 reader: records end with CRLF, a quoted field may hold commas, CR, LF and
// doubled quotes, an unquoted field holds none of them. Fails the test on anything else.
std::vector<Row> readCsv(std::string_view text) {
    std::vector<Row> rows;
    Row row;
    std::size_t i = 0;
    while (i < text.size()) {
        std::string field;
        if (text[i] == '"') {
            ++i;
            for (;;) {
                REQUIRE_MESSAGE(i < text.size(), "unterminated quoted field");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r') {
                REQUIRE_MESSAGE(text[i] != '"', "quote inside an unquoted field");
                REQUIRE_MESSAGE(text[i] != '\n', "bare LF outside quotes");
                field += text[i++];
            }
        }
        row.push_back(field);
        if (i < text.size() && text[i] == ',') {
            ++i;
            REQUIRE_MESSAGE(i < text.size(), "a record ends in a comma without a line end");
            continue;
        }
        REQUIRE_MESSAGE(text.substr(i, 2) == "\r\n", "a record does not end with CRLF");
        i += 2;
        rows.push_back(row);
        row.clear();
    }
    REQUIRE_MESSAGE(row.empty(), "the last record has no line end");
    return rows;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::vector<Row> sheet(const okr::Plan& plan) {
    const std::string csv = okr::exportCsv(plan, okr::analyze(plan));
    REQUIRE(csv.compare(0, kBom.size(), kBom) == 0);
    return readCsv(std::string_view(csv).substr(kBom.size()));
}

int krCount(const okr::Plan& plan) {
    int n = 0;
    for (const auto& o : plan.objectives) n += static_cast<int>(o.keyResults.size());
    return n;
}

// Pipes that separate table cells (not escaped as "\|").
int cellPipes(const std::string& line) {
    int n = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
    return n;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    out.push_back(text.substr(start));
    return out;
}

const char* const kHostile = "<script>alert(1)</script> | *x*";

}  // namespace

TEST_CASE("export md: the TalentSync one-pager names every objective, key result and the NSM") {
    const okr::Plan plan = talentSync();
    const std::string md = okr::exportMarkdown(plan, okr::analyze(plan));
    CHECK(md.rfind("# TalentSync Q2 company OKRs\n\n", 0) == 0);
    CHECK(has(md,
              "**Client:** TalentSync · **Level:** company · **Period:** 2026-04-01 – "
              "2026-06-30"));
    CHECK(has(md, plan.strategy.vision));
    for (const auto& t : plan.strategy.themes) CHECK(has(md, t.title));
    CHECK(has(md,
              "**North Star:** Active teams that ran at least one automated sequence in the "
              "last 30 days"));
    CHECK(has(md, "  - **Median time to first sequence** — activation"));  // under its parent
    CHECK(has(md, "- **Outbound-sourced CAC** ≤ $1,100"));
    CHECK(has(md, "- **Gross revenue retention** ≥ 95%"));
    for (const auto& o : plan.objectives) {
        CHECK_MESSAGE(has(md, o.title), o.title);
        for (const auto& k : o.keyResults) CHECK_MESSAGE(has(md, "| " + k.title + " |"), k.title);
    }
    CHECK(has(md,
              "| KR1 | Increase % of trial users completing first automated sequence within 7 "
              "days | 18% → 45% | Head of Product | 2026-06-30 | Product analytics: trial cohort "
              "funnel | 0.8 |"));
    CHECK(has(md, "| $1,100 → $800 |"));
    // Tactics are not part of the OKR document (S0): the initiatives only when asked for.
    CHECK_FALSE(has(md, "## Initiatives"));
    CHECK_FALSE(has(md, "Rebuild onboarding"));
    const std::string withInitiatives = okr::exportMarkdown(plan, okr::analyze(plan), false, true);
    CHECK(has(withInitiatives, "## Initiatives\n\n- Rebuild onboarding"));
    CHECK(okr::exportAs(okr::ExportFormat::MarkdownWithInitiatives, plan, okr::analyze(plan)) ==
          withInitiatives);
    // A source the planner cannot see is said so (S0 P3).
    okr::Plan hidden = plan;
    hidden.objectives[0].keyResults[0].sourceVisible = false;
    CHECK(has(okr::exportMarkdown(hidden, okr::analyze(hidden)),
              "| Product analytics: trial cohort funnel (not visible to us) |"));
    // A handout: the findings only when asked for, then in words, without rule IDs.
    CHECK_FALSE(has(md, "## Open findings"));
    CHECK_FALSE(has(md, "KR-NO-OWNER"));
    const std::string withFindings = okr::exportMarkdown(plan, okr::analyze(plan), true);
    CHECK(has(withFindings, "## Open findings\n\n0 errors, 2 warnings.\n\n"));
    CHECK(has(withFindings, "- **Warning** · O1 KR3 “Increase trial-to-paid conversion rate”: "));
    CHECK_FALSE(has(withFindings, "KR-NO-OWNER"));
    CHECK(has(md, "## Adjustment log\n\n- 2026-05-13 · **persist** O1 "));
    CHECK(md.back() == '\n');
    CHECK(md[md.size() - 2] != '\n');
}

TEST_CASE("export md: objective scores with their S4 band, and the plan score") {
    okr::Plan plan = talentSync();
    const double finals[] = {39, 4.5, 20, 14, 840, 27, 112, 11, 1.8};
    int i = 0;
    for (auto& o : plan.objectives)
        for (auto& k : o.keyResults) k.current = finals[i++];
    plan.objectives[1].keyResults[1].scoreOverride = {0.7, "$840 vs. $800 target"};
    const std::string md = okr::exportMarkdown(plan, okr::analyze(plan));
    CHECK(has(
        md, "· **Score:** 0.83 (0.7–0.9 Hit target / strong progress)"));  // O1, no session grades
    CHECK(has(md, "| 2026-06-30 | Product analytics: trial cohort funnel | 0.8 |"));
    CHECK(has(md, " | 0.70 (set in session) |"));
    CHECK(has(md, "**Plan score:** 0."));
}

TEST_CASE("export md: HTML, script and Markdown in plan text are shown as text") {
    okr::Plan plan = talentSync();
    plan.meta.title = kHostile;
    plan.objectives[0].title = kHostile;
    plan.objectives[0].keyResults[0].title = "Two | cells\nand a [link](javascript:x) & `code`";
    plan.objectives[0].keyResults[0].owner = "<img src=x onerror=alert(1)>";
    plan.strategy.vision = "# Not a heading\n- not a list\n\n<div>not html</div>";
    plan.objectives[0].keyResults[1].unit = "<i>days</i>";
    plan.tree.nodes[1].name = "<b>Trial users</b>";
    plan.tree.nodes[1].kpi.unit = "<u>%</u>";
    plan.tree.nodes[9].kpi.unit = "<u>$</u>";  // a guardrail's threshold unit
    plan.initiatives[0].title = "<iframe src=x></iframe>";
    const std::string md = okr::exportMarkdown(plan, okr::analyze(plan));
    CHECK_FALSE(has(md, "<script>"));
    CHECK_FALSE(has(md, "<img"));
    CHECK_FALSE(has(md, "<div>"));
    for (const char* tag : {"<i>", "<b>", "<u>", "<iframe"}) CHECK_FALSE(has(md, tag));
    CHECK(has(md, "| 12 &lt;i&gt;days&lt;/i&gt; → 4 &lt;i&gt;days&lt;/i&gt; |"));
    CHECK(has(md, "- **&lt;b&gt;Trial users&lt;/b&gt;** — activation"));
    CHECK(has(md, "# &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*\n"));
    CHECK(has(md, "### O1. &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*\n"));
    CHECK(has(md, "| Two \\| cells and a \\[link\\](javascript:x) &amp; \\`code\\` |"));
    CHECK(has(md,
              "**Vision.** \\# Not a heading\n\\- not a list\n\n&lt;div&gt;not html&lt;/div&gt;"));
    for (const std::string& line : lines(md))
        if (line.rfind("| ", 0) == 0 || line.rfind("|---", 0) == 0)
            CHECK_MESSAGE(cellPipes(line) == 8, line);
}

TEST_CASE("export markdownText: escapes only what would change meaning") {
    CHECK(okr::markdownText("a & b < c > d") == "a &amp; b &lt; c &gt; d");
    CHECK(okr::markdownText("*bold* _it_ ~~s~~ `c` [l](u) a\\b") ==
          "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\[l\\](u) a\\\\b");
    CHECK(okr::markdownText("# Title ##") == "\\# Title \\#\\#");
    CHECK(okr::markdownText("#1 priority") == "#1 priority");
    CHECK(okr::markdownText("- item") == "\\- item");
    CHECK(okr::markdownText("+ item") == "\\+ item");
    CHECK(okr::markdownText("---") == "\\---");
    CHECK(okr::markdownText("===") == "\\===");
    CHECK(okr::markdownText("1. first") == "1\\. first");
    CHECK(okr::markdownText("2) second") == "2\\) second");
    CHECK(okr::markdownText("-5 days") == "-5 days");
    CHECK(okr::markdownText("3.5%") == "3.5%");
    CHECK(okr::markdownText("  two\r\nlines\tand\x01 more  ") == "two lines and  more");
    CHECK(okr::markdownText("café — 日本") == "café — 日本");
    CHECK(okr::markdownText("") == "");
    CHECK(okr::markdownParagraphs("one\ntwo\r\n\r\n\n# three\r> four") ==
          "one\ntwo\n\n\\# three\n&gt; four");
}

TEST_CASE("export csv: S4's tracking sheet, one row per key result, read back by RFC 4180") {
    const okr::Plan plan = talentSync();
    const std::string csv = okr::exportCsv(plan, okr::analyze(plan));
    CHECK(csv.rfind(std::string(kBom) +
                        "Objective,Key Result,Owner,Baseline,Target,Current,Confidence this "
                        "week,Confidence last week,Blockers,Unit,Due,Driver,Objective ID,Key "
                        "Result ID,Status\r\n",
                    0) == 0);
    const auto rows = sheet(plan);
    REQUIRE(rows.size() == static_cast<std::size_t>(krCount(plan)) + 1);
    CHECK(rows[0] == Row{"Objective", "Key Result", "Owner", "Baseline", "Target", "Current",
                         "Confidence this week", "Confidence last week", "Blockers", "Unit", "Due",
                         "Driver", "Objective ID", "Key Result ID", "Status"});
    std::size_t r = 1;
    for (const auto& o : plan.objectives)
        for (const auto& k : o.keyResults) {
            REQUIRE(rows[r].size() == 15);
            CHECK(rows[r][0] == o.title);
            CHECK(rows[r][1] == k.title);
            CHECK(rows[r][2] == k.owner);
            CHECK(rows[r][9] == k.unit);
            CHECK(rows[r][10] == (k.due ? k.due->str() : ""));
            const okr::Node* driver = okr::findNode(plan, k.driver);
            CHECK(rows[r][11] == (driver ? driver->name : ""));
            CHECK(rows[r][12] == o.id.value);
            CHECK(rows[r][13] == k.id.value);
            CHECK(rows[r][14] == "active");
            ++r;
        }
    const auto& first = plan.objectives[0].keyResults[0];
    CHECK(Row(rows[1].begin(), rows[1].begin() + 9) == Row{plan.objectives[0].title, first.title,
                                                           "Head of Product", "18", "45", "39", "7",
                                                           "7", ""});
    CHECK_FALSE(rows[1][11].empty());  // the example links its key results to the tree
    CHECK(rows[4][3] == "8");
    CHECK(rows[4][5] == "14");  // 2026-06-26, week 13
    CHECK(rows[4][6] == "7");
    CHECK(rows[4][7] == "7");  // 2026-06-19
    CHECK(rows[5][3] == "1100");
    CHECK(rows[5][4] == "800");
}

TEST_CASE("export csv and md agree on the numbers a key result is scored from") {
    // The target written only in the sentence: the one-pager showed 30 and the sheet a blank.
    okr::Plan plan = talentSync();
    auto& kr = plan.objectives[1].keyResults[0];
    kr.title = "Grow weekly partner demos from 12 to 30 by June 30";
    kr.baseline.reset();
    kr.target.reset();
    kr.unit.clear();
    const okr::Analysis a = okr::analyze(plan);
    const std::string md = okr::exportMarkdown(plan, a);
    CHECK(has(md, "| 12 → 30 |"));
    const std::string csv = okr::exportCsv(plan, a);
    const auto rows = readCsv(std::string_view(csv).substr(kBom.size()));
    const std::size_t row = plan.objectives[0].keyResults.size() + 1;
    REQUIRE(rows.size() > row);
    CHECK(rows[row][1] == kr.title);
    CHECK(rows[row][3] == "12");
    CHECK(rows[row][4] == "30");
}

TEST_CASE("export csv: text with commas, quotes, newlines and non-ASCII round-trips") {
    okr::Plan plan = talentSync();
    const std::string title = "Grow \"qualified\" demos, fast\nsecond line\r\nthird — café 日本 ✓";
    auto& kr = plan.objectives[2].keyResults[1];
    kr.title = title;
    kr.owner = "Zoë Ångström";
    kr.baseline = -3.5;
    kr.target = 0.125;
    kr.current.reset();
    kr.checkins = {};
    okr::Checkin late, early;
    late.date = okr::Date{2026, 5, 20};
    late.value = 2.75;
    late.confidence = 4;
    late.blockers = "Waiting on \"legal\", again";
    early.date = okr::Date{2026, 5, 6};
    early.value = 9;
    early.confidence = 8;
    early.blockers = "none";
    kr.checkins = {late, early};  // out of date order in the file
    const auto rows = sheet(plan);
    REQUIRE(rows.size() == static_cast<std::size_t>(krCount(plan)) + 1);
    const Row row(rows[8].begin(), rows[8].begin() + 9);
    CHECK(row == Row{plan.objectives[2].title, title, "Zoë Ångström", "-3.5", "0.125", "2.75", "4",
                     "8", "Waiting on \"legal\", again"});
    CHECK(has(okr::exportCsv(plan, okr::analyze(plan)),
              ",-3.5,0.125,2.75,4,8,"));  // numbers unquoted, unprefixed
}

TEST_CASE("export csv: cells a spreadsheet would run as formulas start with an apostrophe") {
    okr::Plan plan = talentSync();
    auto& krs = plan.objectives[0].keyResults;
    plan.objectives[0].title = "=HYPERLINK(\"http://evil.example\",\"click\")";
    krs[0].title = "+1 calls";
    krs[0].owner = "@SUM(A1:A9)";
    krs[1].title = "-2+3";
    krs[1].owner = "\tcmd";
    krs[2].title = "\r=1";
    krs[2].checkins.back().blockers = "=cmd|' /C calc'!A0";
    plan.objectives[1].title = " =1+1";
    plan.objectives[1].keyResults[0].owner = "Ana;=1+1";
    const auto rows = sheet(plan);
    CHECK(rows[1][0] == "'=HYPERLINK(\"http://evil.example\",\"click\")");
    CHECK(rows[1][1] == "'+1 calls");
    CHECK(rows[1][2] == "'@SUM(A1:A9)");
    CHECK(rows[2][1] == "'-2+3");
    CHECK(rows[2][2] == "'\tcmd");
    CHECK(rows[3][1] == "'\r=1");
    CHECK(rows[3][8] == "'=cmd|' /C calc'!A0");
    for (const Row& row : rows)
        for (const std::string& cell : row) {
            if (cell.empty()) continue;
            const char c = cell[0];
            char* end = nullptr;
            std::strtod(cell.c_str(), &end);
            const bool numeric = *end == '\0';  // a number written as a number
            CHECK_MESSAGE((numeric || (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' &&
                                       c != '\r')),
                          cell);
            // Read by a spreadsheet that trims blanks or splits on ';': no piece is a formula.
            std::size_t from = 0;
            while (from <= cell.size()) {
                std::size_t end = cell.find(';', from);
                if (end == std::string::npos) end = cell.size();
                const std::size_t at = cell.find_first_not_of(" \t\r\n", from);
                if (at < end && !numeric)
                    CHECK_MESSAGE(std::string("=+-@").find(cell[at]) == std::string::npos, cell);
                from = end + 1;
            }
        }
    // After blanks or a line break, in full width, after a ';' separator, and no NUL.
    CHECK(okr::csvText(" =1+1") == "' =1+1");
    CHECK(okr::csvText("\n=1+1") == "\"'\n=1+1\"");
    CHECK(okr::csvText("\xEF\xBC\x9D"
                       "1+1") ==
          "'\xEF\xBC\x9D"
          "1+1");
    CHECK(okr::csvText("a;=1+1") == "a;'=1+1");
    CHECK(okr::csvText("a; @SUM(A1)") == "a; '@SUM(A1)");
    CHECK(okr::csvText(std::string("cut\0here", 8)) == "cuthere");
    CHECK(okr::csvText("a; b") == "a; b");
    CHECK(okr::csvText("-3.5") == "'-3.5");  // text that looks like a number is still text
    CHECK(okr::csvText("plain") == "plain");
    CHECK(okr::csvText("a,b") == "\"a,b\"");
    CHECK(okr::csvText("=a,\"b\"") == "\"'=a,\"\"b\"\"\"");
}

TEST_CASE("export csvNumber: shortest text that reads back, no grouping, no unit") {
    CHECK(okr::csvNumber(1100) == "1100");
    CHECK(okr::csvNumber(-3.5) == "-3.5");
    CHECK(okr::csvNumber(0.125) == "0.125");
    CHECK(okr::csvNumber(0) == "0");
    CHECK(okr::csvNumber(-0.0) == "0");
    CHECK(okr::csvNumber(0.1 + 0.2) == "0.30000000000000004");
    CHECK(std::stod(okr::csvNumber(1234567.891)) == 1234567.891);
    CHECK(okr::csvNumber(std::numeric_limits<double>::infinity()).empty());
}

TEST_CASE("export csv: kinds of key result and check-ins") {
    okr::Plan plan;
    okr::Objective o;
    o.id = okr::ObjectiveId("o1");
    o.title = "Ship reliably";
    okr::KeyResult milestone, maintain, fromCheckin;
    milestone.id = okr::KeyResultId("k1");
    milestone.kind = okr::KrKind::Milestone;
    milestone.done = true;
    maintain.id = okr::KeyResultId("k2");
    maintain.kind = okr::KrKind::Maintain;
    maintain.bandLow = 95;
    maintain.bandHigh = 99.5;
    fromCheckin.id = okr::KeyResultId("k3");
    okr::Checkin c;
    c.date = okr::Date{2026, 4, 10};
    c.value = 12;
    fromCheckin.checkins = {c};
    o.keyResults = {milestone, maintain, fromCheckin};
    plan.objectives = {o};
    const auto rows = sheet(plan);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1][4] == "done");
    CHECK(rows[1][5] == "done");
    CHECK(rows[2][4] == "95–99.5");
    CHECK(rows[3][5] == "12");  // the latest check-in's value
    CHECK(rows[3][6].empty());  // no confidence given
    CHECK(rows[3][7].empty());  // only one check-in
    CHECK(okr::exportCsv(okr::Plan{}, okr::Analysis{}) ==
          std::string(kBom) +
              "Objective,Key Result,Owner,Baseline,Target,Current,"
              "Confidence this week,Confidence last week,"
              "Blockers,Unit,Due,Driver,Objective ID,Key Result ID,Status\r\n");
}

TEST_CASE("export report: every violation with its rule, where, fix and source, by severity") {
    okr::Plan plan = talentSync();
    plan.meta.headcount.reset();  // no size given: the startup profile's 7 key results (an info)
    const okr::Analysis a = okr::analyze(plan);
    REQUIRE(a.violations.size() == 3);
    const std::string report = okr::exportLintReport(plan, a);
    CHECK(report.rfind("# Plan check: TalentSync Q2 company OKRs\n\n", 0) == 0);
    CHECK(has(report, "**Profile:** startup"));
    CHECK(has(report, "| Errors | 0 |\n| Warnings | 2 |\n| Infos | 1 |\n| **Total** | **3** |"));
    CHECK_FALSE(has(report, "## Errors"));
    const std::size_t warnings = report.find("## Warnings (2)");
    const std::size_t infos = report.find("## Infos (1)");
    REQUIRE(warnings != std::string::npos);
    REQUIRE(infos != std::string::npos);
    CHECK(warnings < infos);
    for (const okr::Violation& v : a.violations) {
        const std::size_t at = report.find(std::string(". ") + v.ruleId() + ": " +
                                           okr::markdownText(okr::ruleInfo(v.rule).title));
        REQUIRE_MESSAGE(at != std::string::npos, v.ruleId());
        CHECK((v.severity == okr::Severity::Warning) == (at < infos));
        CHECK(has(report, "- **Fix:** " + okr::markdownText(v.fix)));
        CHECK(has(report, "- **Problem:** " + okr::markdownText(v.message)));
        CHECK(has(report, std::string("- **Source:** ") + v.source()));
        CHECK(has(report, "- **Where:** " + okr::markdownText(okr::entityLabel(plan, v.target))));
    }
    CHECK(has(report,
              "### 1. KR-NO-OWNER: Key result has no single owner\n\n- **Where:** O1 KR3 "
              "“Increase trial-to-paid conversion rate”\n"));
}

TEST_CASE("export report: HTML and script in plan text are shown as text") {
    okr::Plan plan = talentSync();
    plan.meta.title = kHostile;
    plan.objectives[0].keyResults[2].title = kHostile;  // its owner is a team: KR-NO-OWNER
    const okr::Analysis a = okr::analyze(plan);
    const std::string report = okr::exportLintReport(plan, a);
    CHECK_FALSE(has(report, "<script>"));
    CHECK(has(report, "- **Where:** O1 KR3 “&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*”"));
    CHECK(has(report, "# Plan check: &lt;script&gt;"));
}

TEST_CASE("export entityLabel: what a violation points at, for people") {
    const okr::Plan plan = talentSync();
    using K = okr::EntityKind;
    CHECK(okr::entityLabel(plan, {K::Plan, "", ""}) == "the plan");
    CHECK(okr::entityLabel(plan, {K::Objective, "o2", ""}) ==
          "O2 “Prove outbound as a capital-efficient acquisition channel”");
    CHECK(okr::entityLabel(plan, {K::KeyResult, "kr4", ""}) ==
          "O2 KR1 “Book 45 qualified discovery calls from outbound sequences”");
    CHECK(okr::entityLabel(plan, {K::Node, "n10", ""}) == "Guardrail “Outbound-sourced CAC”");
    CHECK(okr::entityLabel(plan, {K::Node, "n4", ""}) == "Driver “Trial-to-paid conversion”");
    CHECK(okr::entityLabel(plan, {K::Link, "l2", ""}) ==
          "Link “Median time to first sequence” → “Trial users completing their first automated "
          "sequence within 7 days”");
    CHECK(okr::entityLabel(plan, {K::Theme, "t2", ""}) ==
          "Theme “Capital-efficient acquisition through outbound”");
    CHECK(okr::entityLabel(plan, {K::KeyResult, "missing", ""}) == "keyResult missing");
}

TEST_CASE("export: an empty plan and a plan without a tree still give whole documents") {
    const okr::Plan empty;
    const okr::Analysis a = okr::analyze(empty);
    const std::string md = okr::exportMarkdown(empty, a);
    CHECK(md.rfind("# OKR plan\n", 0) == 0);
    CHECK(has(md, "No strategy written yet."));
    CHECK(has(md, "No metric tree yet."));
    CHECK(has(md, "No objectives yet."));
    const std::string report = okr::exportLintReport(empty, a);
    CHECK(has(report, "## Summary"));
    for (const auto format :
         {okr::ExportFormat::Markdown, okr::ExportFormat::Csv, okr::ExportFormat::LintReport})
        CHECK_FALSE(okr::exportAs(format, empty, a).empty());
    CHECK(okr::parseExportFormat("md") == okr::ExportFormat::Markdown);
    CHECK(okr::parseExportFormat("csv") == okr::ExportFormat::Csv);
    CHECK(okr::parseExportFormat("report") == okr::ExportFormat::LintReport);
    CHECK_FALSE(okr::parseExportFormat("pdf"));
    CHECK(std::string(okr::fileExtension(okr::ExportFormat::Csv)) == "csv");
}

TEST_CASE("export: hostile text in every free-text field of the full fixture stays text") {
    // Every free-text value of the v1 fixture (titles, names, owners, units, sources, notes,
    // blockers, reasons, retrospective answers…) becomes markup or a formula, each field starting
    // with the next of = + - @ tab CR; no export may carry live HTML, and no CSV cell may start
    // with a formula character unless it is a number.
    nlohmann::json doc = nlohmann::json::parse(readFile(sourcePath("tests/fixtures/v1/full.json")));
    const std::vector<std::string> keys = {"title",    "client", "vision",  "statement", "capacity",
                                           "owner",    "source", "unit",    "name",      "notes",
                                           "blockers", "note",   "reason",  "metric",    "evidence",
                                           "question", "answer", "currency"};
    const char starts[] = {'=', '+', '-', '@', '\t', '\r'};
    int replaced = 0;
    std::function<void(nlohmann::json&)> walk = [&](nlohmann::json& v) {
        if (v.is_array())
            for (auto& x : v) walk(x);
        if (!v.is_object()) return;
        for (auto& [key, x] : v.items()) {
            if (x.is_string() && std::find(keys.begin(), keys.end(), key) != keys.end()) {
                x = std::string(1, starts[replaced % 6]) + "cmd<script>alert(1)</script><img " +
                    "src=x onerror=alert(2)> [a](javascript:alert(3))";
                ++replaced;
            } else {
                walk(x);
            }
        }
    };
    walk(doc);
    REQUIRE(replaced > 30);
    okr::LoadResult loaded = okr::loadPlan(doc.dump());
    REQUIRE_MESSAGE(loaded.ok(), (loaded.problems.empty() ? "" : loaded.problems[0].message));
    const okr::Plan& plan = *loaded.plan;
    const okr::Analysis analysis = okr::analyze(plan);
    for (const auto format : {okr::ExportFormat::Markdown, okr::ExportFormat::LintReport}) {
        const std::string text = okr::exportAs(format, plan, analysis);
        CHECK_FALSE(has(text, "<script"));
        CHECK_FALSE(has(text, "<img"));
        for (auto at = text.find("](javascript:"); at != std::string::npos;
             at = text.find("](javascript:", at + 1))
            CHECK_MESSAGE(text[at - 1] == '\\', "a live Markdown link");
        CHECK(has(text, "&lt;script&gt;"));
    }
    const auto rows = sheet(plan);
    REQUIRE(rows.size() > 1);
    int hostileCells = 0;
    for (const Row& row : rows)
        for (const std::string& cell : row) {
            if (cell.empty()) continue;
            if (has(cell, "<script>")) ++hostileCells;
            char* end = nullptr;
            std::strtod(cell.c_str(), &end);
            if (*end == '\0') continue;  // a number written as a number
            CHECK_MESSAGE(std::string("=+-@\t\r").find(cell[0]) == std::string::npos, cell);
        }
    CHECK(hostileCells > 5);
}

TEST_CASE("print: the one-pager as a page for the print dialog, escaped, without checks") {
    okr::Plan plan = talentSync();
    plan.objectives[0].title = kHostile;
    const okr::Analysis a = okr::analyze(plan);
    const std::string html = okr::exportPrintHtml(plan, a);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(has(html, "<link rel=\"stylesheet\" href=\"print.css\">"));
    CHECK(has(html, "<h1>TalentSync Q2 company OKRs</h1>"));
    for (const auto& o : plan.objectives)
        for (const auto& k : o.keyResults) CHECK_MESSAGE(has(html, okr::xmlText(k.title)), k.title);
    // The plan's text never becomes markup; the page carries no style or script of its own.
    CHECK_FALSE(has(html, "<script"));
    CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_FALSE(has(html, "style="));
    CHECK_FALSE(has(html, "<style"));
    // The tree as vector art, without its XML declaration; the numbers the one-pager shows.
    CHECK(has(html, "<figure class=\"tree\">\n<svg "));
    CHECK_FALSE(has(html, "<?xml"));
    CHECK(has(html, "18% → 45%"));
    // A handout: no findings, no rule IDs.
    CHECK_FALSE(has(html, "KR-NO-OWNER"));
    CHECK_FALSE(has(html, "warning"));
    // Each key result's data source; the initiatives only when asked (S0: tactics are not part
    // of the OKR document).
    CHECK(has(html, "<th>Data source</th>"));
    CHECK(has(html, "<td>Product analytics: trial cohort funnel</td>"));
    CHECK_FALSE(has(html, "<h2>Initiatives</h2>"));
    CHECK_FALSE(has(html, okr::xmlText(plan.initiatives[0].title)));
    const std::string withInitiatives = okr::exportPrintHtml(plan, a, true);
    CHECK(has(withInitiatives, "<h2>Initiatives</h2>"));
    CHECK(has(withInitiatives, okr::xmlText(plan.initiatives[0].title)));
    // A source the agency cannot see says so.
    plan.objectives[0].keyResults[0].sourceVisible = false;
    CHECK(has(okr::exportPrintHtml(plan, a),
              "<td>Product analytics: trial cohort funnel (not "
              "visible to us)</td>"));
}
