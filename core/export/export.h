// Exports for people outside the planner (issue 8 "Exports"): the Markdown one-pager of a plan,
// S4's weekly tracking sheet as CSV, and the lint report as a Markdown deliverable for the client.
// The UI's export menu and `okr export FILE --to md|csv|report` both call these.
//
// Contract:
// - Pure and total: the text depends only on the plan (and its analysis), never on a clock or the
//   locale; any plan gives a document, empty fields read as "—".
// - Plan text is always shown as text. In Markdown, `<`, `>` and `&` become entities (no HTML, no
//   script), Markdown punctuation that would change meaning is backslash-escaped, and newlines
//   inside table cells and list items become spaces. In CSV, a text cell that a spreadsheet would
//   read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading apostrophe;
//   numbers are written as plain numbers ("-3.5", "1100"), so they stay numbers.
// - CSV follows RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF are quoted and
//   quotes doubled; UTF-8 with a byte-order mark, so spreadsheets do not guess another encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis/analysis.h"
#include "model/plan.h"

namespace okr {

// A one-pager that reads well pasted into a doc: title, client, level and period; strategy and
// themes; the North Star with its drivers and guardrails; each objective with its owner, style,
// score and a table of key results with each one's data source; the adjustment log. The open
// findings (errors and warnings, in words, without rule IDs) only with `withFindings`, and the
// initiatives only with `withInitiatives`: tactics are not part of the OKR document (S0), so a
// handout for a client leaves both out unless asked.
std::string exportMarkdown(const Plan& plan, const Analysis& analysis, bool withFindings = false,
                           bool withInitiatives = false);

// S4's tracking sheet, one row per key result, header exactly:
// Objective,Key Result,Owner,Baseline,Target,Current,Confidence this week,Confidence last week,
// Blockers,Unit,Due,Driver,Objective ID,Key Result ID,Status. Baseline and target are the ones the
// KR is scored from (the fields, else what its sentence says: the one-pager shows the same),
// current is the KR's current value or its latest check-in value; the confidences come from the
// last two check-ins by date, the blockers from the latest; the driver is the tree metric's name;
// the status is "active", or "paused" or "retired" by a review (S4).
std::string exportCsv(const Plan& plan, const Analysis& analysis);

// The lint report for the client: counts by severity, then every violation grouped by severity
// with its rule ID and title, the entity it points at, the message, the fix and the seed it comes
// from.
std::string exportLintReport(const Plan& plan, const Analysis& analysis);

// The export formats by their command-line names: "md", "csv", "report"; the one-pager with its
// open findings is "md" with `--with-findings` (no name of its own).
enum class ExportFormat {
    Markdown,
    MarkdownWithFindings,
    MarkdownWithInitiatives,
    Csv,
    LintReport
};
std::optional<ExportFormat> parseExportFormat(std::string_view name);
const char* fileExtension(ExportFormat format);  // "md", "csv"
const char* mimeType(ExportFormat format);       // "text/markdown; charset=utf-8", …
std::string exportAs(ExportFormat format, const Plan& plan, const Analysis& analysis);

// What a key result moves, as the one-pager, the printed page and `okr score` say it: "18% → 45%"
// (baseline and target as scored, `s` may be null), "stay in 95–99.5%", "milestone (done)".
std::string rangeText(const KeyResult& kr, const KrScore* s);

// What a violation points at, for people: "O2 KR1 “Book 45 calls”", "Objective O1 “…”",
// "Driver “Trial-to-paid conversion”", "the plan". Plain text (not escaped).
std::string entityLabel(const Plan& plan, const Target& target);

// Plan text as Markdown that shows exactly that text: one line (newlines become spaces), HTML
// characters as entities, Markdown punctuation escaped. Safe inside table cells and headings.
std::string markdownText(std::string_view text);
// Multi-line plan text as Markdown paragraphs: lines kept, blank lines separate paragraphs, and a
// line that would start a heading, list, quote or rule is escaped.
std::string markdownParagraphs(std::string_view text);

// One CSV field: formula-neutralised (leading apostrophe) and quoted as RFC 4180 requires.
std::string csvText(std::string_view text);
// A number as a spreadsheet reads it: shortest text that reads back to the same double, no
// grouping, no unit ("1100", "-3.5", "0.125"); empty for a non-finite value.
std::string csvNumber(double value);

}  // namespace okr
