// OKRs brought in from elsewhere: rows from a spreadsheet (CSV, or TSV as Google Sheets and Excel
// put on the clipboard) and lists written in documents (plain text or Markdown, our own one-pager
// included). The web app's import window and `okr import FILE` both call these.
//
// Contract:
// - Nothing here touches a plan: the result is a list of objectives (IDs empty) to preview, then
//   to add as one undo step (pasteObjective in a group) or to open as a new plan (importedPlan).
// - Spreadsheet columns are recognised by their header's name (importColumnFor); the caller may
//   change any column's role and import again. Without a recognised header the first row is data:
//   the first column is the objective and the second the key result.
// - Rows without an objective belong to the objective above; rows with the same objective (its
//   text, or our export's "Objective ID") make one objective, in the order first seen.
// - A key result's sentence goes through the sentence parser: baseline, target, band, unit, due
//   and kind it states fill the fields its own columns leave empty.
// - Every problem is located (row and column of the table, 1-based, the header being row 1; or
//   the line of a list) and said in a plain sentence; a cell that cannot be read is left out, the
//   rest of its row is kept.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/plan.h"

namespace okr {

enum class ImportColumn : unsigned char {
    Ignore,
    Objective,
    KeyResult,
    Owner,
    Baseline,
    Target,
    BaselineToTarget,  // our one-pager's "18% → 45%"
    Current,
    Confidence,
    Blockers,
    Due,
    Unit,
    Notes,
    ObjectiveId,     // groups rows (our CSV export), not imported
    ObjectiveOwner,  // the objective's owner ("Objective owner"); Owner is the key result's
    Count
};

const char* importColumnName(ImportColumn column);  // "key result", "ignore", …
// The role a header names ("Key Result", "KR owner", "Confidence Score (this week)"); Ignore
// when none.
ImportColumn importColumnFor(std::string_view header);

struct ImportProblem {
    std::size_t row = 0;     // 1-based row of the table, or line of a list; 0 for the whole input
    std::size_t column = 0;  // 1-based; 0 when no one column
    std::string message;
};

// Rows of cells from CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) or TSV. The
// delimiter is a tab when the first line has one, else a semicolon when it has more of them
// than commas (European spreadsheets), else a comma.
struct ImportTable {
    std::vector<std::vector<std::string>> rows;
    char delimiter = ',';
    bool header = false;                // the first row names the columns
    std::vector<ImportColumn> columns;  // each column's role
};

// False when the text is not a table (one column, or fewer than one row); `problem` then says why.
bool readImportTable(std::string_view text, ImportTable& table, ImportProblem& problem);

struct ImportResult {
    std::vector<Objective> objectives;
    std::vector<ImportProblem> problems;
    std::size_t keyResults = 0;
    std::string title;  // a Markdown document's "# heading", else ""
};

// The table's rows as objectives and key results, with its columns' roles. `today` dates the
// check-in a Current, Confidence or Blockers cell makes (none without it).
ImportResult importTable(const ImportTable& table, std::optional<Date> today);

// A plain-text or Markdown list: "O1: …", "Objective: …", "### O1. …" or a line followed by
// bullets or numbers is an objective; "KR1: …", "- …", "1. …" under it a key result; our
// one-pager's key-result tables are read by their headers; "**Owner:** …" sets the objective's
// owner. Other lines are left out and said.
ImportResult importText(std::string_view text);

// Whether `text` reads as a table (a tab or a comma-separated header on its first line and more
// than one line) rather than a list; `fileName` decides when it ends in .csv, .tsv, .md or .txt.
bool looksLikeTable(std::string_view text, std::string_view fileName);

// A new plan holding the result's objectives, with IDs ("o1", "kr1"…), `title` (else the
// result's) and the quarter around `today` as its period.
Plan importedPlan(const ImportResult& result, std::string title, std::optional<Date> today);

}  // namespace okr
