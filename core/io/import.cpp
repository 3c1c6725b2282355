// Objectives and key results from spreadsheet rows and written lists; see import.h.
#include "io/import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "analysis/sentence.h"

namespace okr {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// Lower-case letters and digits, every run of anything else one space: "Confidence Score (this
// week)" → "confidence score this week".
std::string normalised(std::string_view s) {
    std::string out;
    for (const char c : s) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool hasWord(std::string_view s, std::string_view word) {
    for (std::size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        const bool before = at == 0 || s[at - 1] == ' ';
        const bool after = at + word.size() == s.size() || s[at + word.size()] == ' ';
        if (before && after) return true;
    }
    return false;
}

// A number as people type it in a sheet: "1,200", "$1.2k", "45%", "€ 3 000", "-2.5"; `percent`
// says whether it carried a % sign.
std::optional<double> readNumber(std::string_view cell, bool* percent = nullptr) {
    std::string digits;
    bool pct = false;
    double scale = 1;
    std::string_view s = trim(cell);
    // Currency signs and codes before or after the figure.
    for (const std::string_view sign :
         {"$", "€", "£", "¥", "usd", "eur", "gbp", "USD", "EUR", "GBP"}) {
        if (startsWith(s, sign)) s = trim(s.substr(sign.size()));
        if (s.size() >= sign.size() && s.substr(s.size() - sign.size()) == sign)
            s = trim(s.substr(0, s.size() - sign.size()));
    }
    if (s.empty()) return std::nullopt;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
            (c == '-' && digits.empty()) || (c == '+' && digits.empty())) {
            digits += c;
        } else if (c == ',' && !digits.empty()) {
            // A thousands separator ("1,200"); a decimal comma ("4,5") when not three digits
            // follow.
            std::size_t n = 0;
            while (i + 1 + n < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1 + n])))
                ++n;
            digits += n == 3 ? "" : ".";
        } else if (c == ' ' && i + 1 < s.size() &&
                   std::isdigit(static_cast<unsigned char>(s[i + 1])) && !digits.empty()) {
            continue;  // "3 000"
        } else if (c == '%' && i + 1 == s.size()) {
            pct = true;
        } else if ((c == 'k' || c == 'K') && i + 1 == s.size()) {
            scale = 1e3;
        } else if (c == 'M' && i + 1 == s.size()) {
            scale = 1e6;
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty() || digits == "-" || digits == "+" || digits == ".") return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(digits.c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(v)) return std::nullopt;
    if (percent) *percent = pct;
    return v * scale;
}

// "8 calls/month", "12 days": the number first, the words after it its unit.
std::optional<double> readNumberWithUnit(std::string_view cell, std::string& unit) {
    cell = trim(cell);
    bool percent = false;
    if (auto v = readNumber(cell, &percent)) {
        if (percent) unit = "%";
        return v;
    }
    const std::size_t gap = cell.find(' ');
    if (gap == std::string_view::npos) return std::nullopt;
    auto v = readNumber(cell.substr(0, gap), &percent);
    if (v) unit = std::string(trim(cell.substr(gap + 1)));
    return v;
}

std::optional<Date> readDate(std::string_view cell) {
    const std::string_view s = trim(cell);
    if (auto d = Date::parse(s)) return d;
    return parseKrSentence("Due " + std::string(s)).due;
}

// A confidence on S4's 1–10 scale from "7", "7/10", "70%" or "0.7".
std::optional<int> readConfidence(std::string_view cell) {
    std::string_view s = trim(cell);
    if (s.size() > 3 && s.substr(s.size() - 3) == "/10") s = trim(s.substr(0, s.size() - 3));
    bool percent = false;
    auto v = readNumber(s, &percent);
    if (!v) return std::nullopt;
    if (percent)
        *v /= 10;
    else if (*v > 0 && *v < 1)
        *v *= 10;
    if (*v < 0 || *v > 10) return std::nullopt;
    return static_cast<int>(std::lround(*v));
}

bool doneWord(std::string_view cell) {
    const std::string n = normalised(cell);
    return n == "done" || n == "yes" || n == "complete" || n == "completed" || n == "true" ||
           n == "achieved";
}

bool notDoneWord(std::string_view cell) {
    const std::string n = normalised(cell);
    return n == "not done" || n == "no" || n == "false" || n == "open" || n == "in progress" ||
           n == "not started";
}

// Adds `p` after the problems of its row in earlier columns, so a row's problems read left to
// right whatever order its cells are read in.
void say(std::vector<ImportProblem>& problems, ImportProblem p) {
    auto at = problems.end();
    while (at != problems.begin() && (at - 1)->row == p.row && (at - 1)->column > p.column) --at;
    problems.insert(at, std::move(p));
}

// The key result's sentence fills what its columns left empty.
void fillFromSentence(KeyResult& kr, bool kindGiven) {
    const KrSentence s = parseKrSentence(kr.title);
    if (!kindGiven && s.kind) kr.kind = *s.kind;
    if (!kr.baseline && s.baseline) kr.baseline = s.baseline;
    if (!kr.target) kr.target = s.target ? s.target : s.targetFrom(kr.baseline);
    if (kr.kind == KrKind::Maintain && !kr.bandLow && !kr.bandHigh) {
        kr.bandLow = s.bandLow;
        kr.bandHigh = s.bandHigh;
    }
    if (kr.unit.empty()) kr.unit = s.unit;
    if (!kr.due && s.due) kr.due = s.due;
}

struct Cells {
    const std::vector<std::string>& row;
    const std::vector<ImportColumn>& roles;
    std::string_view get(ImportColumn role, std::size_t* column = nullptr) const {
        for (std::size_t c = 0; c < roles.size() && c < row.size(); ++c)
            if (roles[c] == role && !trim(row[c]).empty()) {
                if (column) *column = c + 1;
                return trim(row[c]);
            }
        return {};
    }
};

// Reads one row's key-result cells into `kr`; problems are said at `rowNumber`.
void readKeyResultCells(const Cells& cells, std::size_t rowNumber, KeyResult& kr,
                        std::optional<Date> today, std::vector<ImportProblem>& problems) {
    // "the target 'forty' is not a number; left empty": what the cell is, its text, why.
    const auto bad = [&](std::size_t column, const char* what, std::string_view cell,
                         const char* why) {
        say(problems,
            {rowNumber, column, std::string(what) + "'" + std::string(cell) + "' " + why});
    };
    auto number = [&](ImportColumn role, std::optional<double>& into, const char* what) {
        std::size_t column = 0;
        const std::string_view cell = cells.get(role, &column);
        if (cell.empty()) return;
        bool percent = false;
        if (auto v = readNumber(cell, &percent)) {
            into = v;
            if (percent && kr.unit.empty()) kr.unit = "%";
        } else {
            bad(column, what, cell, "is not a number; left empty");
        }
    };
    bool kindGiven = false;
    kr.owner = std::string(cells.get(ImportColumn::Owner));
    kr.unit = std::string(cells.get(ImportColumn::Unit));
    kr.notes = std::string(cells.get(ImportColumn::Notes));
    number(ImportColumn::Baseline, kr.baseline, "the baseline ");
    std::size_t targetColumn = 0;
    const std::string_view target = cells.get(ImportColumn::Target, &targetColumn);
    const std::size_t dash =
        target.find("–") != std::string_view::npos ? target.find("–") : target.find(" - ");
    if (doneWord(target)) {
        kr.kind = KrKind::Milestone;
        kindGiven = true;
    } else if (dash != std::string_view::npos && dash > 0) {
        // ("–" is three bytes, " - " three characters.)
        const auto low = readNumber(target.substr(0, dash));
        const auto high = readNumber(target.substr(dash + 3));
        if (low && high) {
            kr.kind = KrKind::Maintain;
            kindGiven = true;
            kr.bandLow = std::min(*low, *high);
            kr.bandHigh = std::max(*low, *high);
        } else {
            bad(targetColumn, "the target ", target, "is not a number or a band; left empty");
        }
    } else {
        number(ImportColumn::Target, kr.target, "the target ");
    }
    std::size_t pairColumn = 0;
    const std::string_view pair = cells.get(ImportColumn::BaselineToTarget, &pairColumn);
    if (!pair.empty()) {
        std::size_t arrow = pair.find("→");
        std::size_t width = 3;
        if (arrow == std::string_view::npos) {
            arrow = pair.find("->");
            width = 2;
        }
        if (doneWord(pair) || normalised(pair) == "not done" || normalised(pair) == "done") {
            kr.kind = KrKind::Milestone;
            kindGiven = true;
        } else if (arrow != std::string_view::npos) {
            std::string unit;
            if (!kr.baseline) kr.baseline = readNumberWithUnit(pair.substr(0, arrow), unit);
            if (!kr.target) kr.target = readNumberWithUnit(pair.substr(arrow + width), unit);
            if (kr.unit.empty()) kr.unit = unit;
        } else {
            bad(pairColumn, "", pair, "is not a baseline → target; left empty");
        }
    }
    std::size_t currentColumn = 0;
    const std::string_view current = cells.get(ImportColumn::Current, &currentColumn);
    if (kr.kind == KrKind::Milestone && !current.empty()) {
        kr.done = doneWord(current);
        if (!kr.done && !notDoneWord(current))
            bad(currentColumn, "", current, "does not say done or not done; read as not done");
    } else {
        number(ImportColumn::Current, kr.current, "the current value ");
    }
    std::size_t dueColumn = 0;
    const std::string_view due = cells.get(ImportColumn::Due, &dueColumn);
    if (!due.empty()) {
        kr.due = readDate(due);
        if (!kr.due)
            bad(dueColumn, "the date ", due,
                "is not one the planner reads (write 2026-06-30); left empty");
    }
    std::size_t confidenceColumn = 0;
    const std::string_view confidence = cells.get(ImportColumn::Confidence, &confidenceColumn);
    std::optional<int> level;
    if (!confidence.empty()) {
        level = readConfidence(confidence);
        if (!level)
            bad(confidenceColumn, "the confidence ", confidence,
                "is not a number from 1 to 10; left empty");
    }
    const std::string_view blockers = cells.get(ImportColumn::Blockers);
    if (today && (level || !blockers.empty())) {
        Checkin c;
        c.date = *today;
        c.value = kr.current;
        c.confidence = level;
        c.blockers = std::string(blockers);
        kr.checkins.push_back(std::move(c));
    }
    fillFromSentence(kr, kindGiven);
}

}  // namespace

const char* importColumnName(ImportColumn column) {
    switch (column) {
        case ImportColumn::Ignore:
            return "ignore";
        case ImportColumn::Objective:
            return "objective";
        case ImportColumn::KeyResult:
            return "key result";
        case ImportColumn::Owner:
            return "owner";
        case ImportColumn::Baseline:
            return "baseline";
        case ImportColumn::Target:
            return "target";
        case ImportColumn::BaselineToTarget:
            return "baseline → target";
        case ImportColumn::Current:
            return "current value";
        case ImportColumn::Confidence:
            return "confidence";
        case ImportColumn::Blockers:
            return "blockers";
        case ImportColumn::Due:
            return "due";
        case ImportColumn::Unit:
            return "unit";
        case ImportColumn::Notes:
            return "notes";
        case ImportColumn::ObjectiveId:
            return "objective ID";
        case ImportColumn::ObjectiveOwner:
            return "objective owner";
        case ImportColumn::Count:
            break;
    }
    return "ignore";
}

ImportColumn importColumnFor(std::string_view header) {
    const std::string h = normalised(header);
    if (h.empty()) return ImportColumn::Ignore;
    // What a column says about the objective or the key result comes before whose it is:
    // "Objective owner", "Key result target", "KR due date".
    if (startsWith(h, "confidence") || hasWord(h, "confidence"))
        return hasWord(h, "last") || hasWord(h, "previous") ? ImportColumn::Ignore
                                                            : ImportColumn::Confidence;
    if (h == "objective id" || h == "objective key") return ImportColumn::ObjectiveId;
    if (hasWord(h, "id") || hasWord(h, "score") || hasWord(h, "status") || h == "driver" ||
        hasWord(h, "source") || hasWord(h, "progress"))
        return ImportColumn::Ignore;
    if (hasWord(h, "baseline") && hasWord(h, "target")) return ImportColumn::BaselineToTarget;
    if (hasWord(h, "owner") || h == "responsible" || h == "accountable" || h == "dri" ||
        h == "assignee" || h == "who" || h == "lead")
        return startsWith(h, "objective") ? ImportColumn::ObjectiveOwner : ImportColumn::Owner;
    if (hasWord(h, "note") || hasWord(h, "notes") || hasWord(h, "comment") ||
        hasWord(h, "comments") || hasWord(h, "description"))
        return startsWith(h, "objective") ? ImportColumn::Ignore : ImportColumn::Notes;
    if (hasWord(h, "due") || h == "deadline" || hasWord(h, "date") || h == "by")
        return hasWord(h, "start") || hasWord(h, "created") || hasWord(h, "updated")
                   ? ImportColumn::Ignore
                   : ImportColumn::Due;
    if (hasWord(h, "baseline") || h == "start" || h == "starting value" || h == "start value" ||
        h == "from" || h == "initial value" || h == "initial")
        return ImportColumn::Baseline;
    if (hasWord(h, "target") || h == "goal value" || h == "to" || h == "end value")
        return ImportColumn::Target;
    if (hasWord(h, "current") || h == "actual" || h == "latest" || h == "now" ||
        h == "latest value" || h == "actual value")
        return ImportColumn::Current;
    if (startsWith(h, "blocker") || h == "risks" || h == "issues") return ImportColumn::Blockers;
    if (h == "unit" || h == "units") return ImportColumn::Unit;
    if (startsWith(h, "objective") || h == "o" || h == "goal" || h == "goals" || h == "okr")
        return ImportColumn::Objective;
    if (startsWith(h, "key result") || h == "kr" || h == "krs" || h == "result" || h == "results")
        return ImportColumn::KeyResult;
    return ImportColumn::Ignore;
}

namespace {

// Each column's role from its header; true when one of them is the objective or the key result.
bool rolesFor(const std::vector<std::string>& header, std::vector<ImportColumn>& roles) {
    roles.assign(header.size(), ImportColumn::Ignore);
    bool named = false;
    for (std::size_t c = 0; c < header.size(); ++c) {
        roles[c] = importColumnFor(header[c]);
        named = named || roles[c] == ImportColumn::Objective || roles[c] == ImportColumn::KeyResult;
    }
    // "KR" beside "Key result" (our one-pager) is the key result's number.
    for (std::size_t c = 0; c < header.size(); ++c)
        for (std::size_t d = 0; d < header.size(); ++d)
            if (c != d && roles[c] == ImportColumn::KeyResult &&
                roles[d] == ImportColumn::KeyResult &&
                normalised(header[c]).size() < normalised(header[d]).size())
                roles[c] = ImportColumn::Ignore;
    return named;
}

}  // namespace

bool readImportTable(std::string_view text, ImportTable& table, ImportProblem& problem) {
    table = ImportTable{};
    if (startsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::string_view first = text.substr(0, text.find('\n'));
    const auto count = [&first](char c) { return std::count(first.begin(), first.end(), c); };
    table.delimiter = count('\t') > 0 ? '\t' : count(';') > count(',') ? ';' : ',';
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    std::size_t line = 1, quoteLine = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && trim(cell).empty()) {
            cell.clear();
            quoted = true;
            quoteLine = line;
            any = true;
        } else if (c == table.delimiter) {
            row.push_back(std::move(cell));
            cell.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++line;
            row.push_back(std::move(cell));
            cell.clear();
            if (any || !trim(row.front()).empty()) table.rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            cell += c;
            if (!space(c)) any = true;
        }
    }
    if (quoted) {
        problem = {quoteLine, row.size() + 1,
                   "a quoted cell starts here and never ends: add the closing quote mark (\")"};
        return false;
    }
    if (any || !cell.empty()) {
        row.push_back(std::move(cell));
        table.rows.push_back(std::move(row));
    }
    std::size_t widest = 0;
    for (const auto& r : table.rows) widest = std::max(widest, r.size());
    if (table.rows.empty() || widest < 2) {
        problem = {0, 0,
                   "this is not a table: a spreadsheet's rows need at least two columns (an "
                   "objective and a key result) separated by commas or tabs"};
        return false;
    }
    for (auto& r : table.rows) r.resize(widest);
    table.header = rolesFor(table.rows[0], table.columns);
    if (!table.header) {
        std::fill(table.columns.begin(), table.columns.end(), ImportColumn::Ignore);
        table.columns[0] = ImportColumn::Objective;
        table.columns[1] = ImportColumn::KeyResult;
    }
    return true;
}

ImportResult importTable(const ImportTable& table, std::optional<Date> today) {
    ImportResult out;
    const bool hasObjective = std::find(table.columns.begin(), table.columns.end(),
                                        ImportColumn::Objective) != table.columns.end();
    const bool hasKeyResult = std::find(table.columns.begin(), table.columns.end(),
                                        ImportColumn::KeyResult) != table.columns.end();
    if (!hasObjective && !hasKeyResult) {
        out.problems.push_back(
            {0, 0, "no column is the objective or the key result: choose which one is"});
        return out;
    }
    std::map<std::string, std::size_t> byKey;  // objective ID or text → index in out.objectives
    std::optional<std::size_t> current;
    for (std::size_t r = table.header ? 1 : 0; r < table.rows.size(); ++r) {
        const Cells cells{table.rows[r], table.columns};
        const std::size_t rowNumber = r + 1;
        const std::string_view objective = cells.get(ImportColumn::Objective);
        const std::string_view objectiveId = cells.get(ImportColumn::ObjectiveId);
        if (!objective.empty()) {
            const std::string key = objectiveId.empty() ? "t:" + std::string(objective)
                                                        : "i:" + std::string(objectiveId);
            const auto [at, added] = byKey.emplace(key, out.objectives.size());
            if (added) {
                Objective o;
                o.title = std::string(objective);
                o.owner = std::string(cells.get(ImportColumn::ObjectiveOwner));
                out.objectives.push_back(std::move(o));
            }
            current = at->second;
        }
        const std::string_view title = cells.get(ImportColumn::KeyResult);
        if (title.empty()) {
            if (objective.empty()) {
                bool anything = false;
                for (const std::string& cell : table.rows[r])
                    anything = anything || !trim(cell).empty();
                if (anything)
                    out.problems.push_back(
                        {rowNumber, 0, "no objective and no key result in this row; left out"});
            }
            continue;
        }
        if (!current) {
            out.problems.push_back({rowNumber, 0,
                                    "a key result with no objective above it: this one and any "
                                    "others go under 'Key results without an objective'"});
            Objective o;
            o.title = "Key results without an objective";
            byKey.emplace("t:" + o.title, out.objectives.size());
            current = out.objectives.size();
            out.objectives.push_back(std::move(o));
        }
        KeyResult kr;
        kr.title = std::string(title);
        readKeyResultCells(cells, rowNumber, kr, today, out.problems);
        out.objectives[*current].keyResults.push_back(std::move(kr));
        ++out.keyResults;
    }
    if (out.objectives.empty())
        out.problems.push_back({0, 0, "no objective or key result found in the rows"});
    return out;
}

namespace {

// A list line's marker: "O1:", "Objective 2 –", "KR1.", "Key result:", "- ", "1. ".
struct ListLine {
    std::size_t indent = 0;
    enum Kind { Plain, Objective, KeyResult, Bullet, Heading, TableRow, Owner } kind = Plain;
    int heading = 0;
    std::string text;
};

// The text after a label such as "O1", "Objective 2" or "KR3" and its punctuation, or nullopt
// when `s` does not start with one of `labels` (lower case) followed by digits or punctuation.
std::optional<std::string_view> afterLabel(std::string_view s,
                                           std::initializer_list<std::string_view> labels) {
    for (const std::string_view label : labels) {
        if (s.size() <= label.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < label.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(s[i])) == label[i];
        if (!same) continue;
        std::size_t i = label.size();
        bool digits = false;
        while (i < s.size() && s[i] == ' ') ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            digits = true;
        }
        const std::size_t before = i;
        while (i < s.size() && (s[i] == ':' || s[i] == '.' || s[i] == ')' || s[i] == '-' ||
                                s[i] == ' ' || s[i] == '*'))
            ++i;
        if (startsWith(s.substr(i), "–")) i += 3;
        const bool punct = i > before && s.substr(before, i - before).find_first_of(":.)-–") !=
                                             std::string_view::npos;
        if ((digits || punct) && (punct || (i > before)) && i < s.size()) return trim(s.substr(i));
    }
    return std::nullopt;
}

ListLine classify(std::string_view raw) {
    ListLine l;
    while (l.indent < raw.size() && (raw[l.indent] == ' ' || raw[l.indent] == '\t')) ++l.indent;
    std::string_view s = trim(raw);
    if (s.empty()) return l;
    if (s.front() == '|') {
        l.kind = ListLine::TableRow;
        l.text = std::string(s);
        return l;
    }
    while (!s.empty() && s.front() == '#') {
        ++l.heading;
        s.remove_prefix(1);
    }
    s = trim(s);
    if (l.heading > 0) l.kind = ListLine::Heading;
    bool bullet = false;
    if (l.heading == 0 && s.size() > 1 &&
        (s.front() == '-' || s.front() == '*' || s.front() == '+') && s[1] == ' ') {
        bullet = true;
        s = trim(s.substr(2));
    } else if (l.heading == 0 && startsWith(s, "•")) {
        bullet = true;
        s = trim(s.substr(3));
    } else if (l.heading == 0) {
        std::size_t i = 0;
        while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
            bullet = true;
            s = trim(s.substr(i + 1));
        }
    }
    if (startsWith(s, "**Owner:**") || startsWith(s, "Owner:")) {
        l.kind = ListLine::Owner;
        s = trim(s.substr(startsWith(s, "**") ? 10 : 6));
        l.text = std::string(s.substr(0, s.find(" · ")));
        return l;
    }
    if (const auto rest = afterLabel(s, {"key result", "kr"})) {
        l.kind = ListLine::KeyResult;
        s = *rest;
    } else if (const auto rest2 = afterLabel(s, {"objective", "o"})) {
        l.kind = ListLine::Objective;
        s = *rest2;
    } else if (bullet) {
        l.kind = ListLine::Bullet;
    }
    // "**Bold**" around the whole line is emphasis, not part of the text.
    if (s.size() > 4 && startsWith(s, "**") && s.substr(s.size() - 2) == "**")
        s = s.substr(2, s.size() - 4);
    l.text = std::string(trim(s));
    return l;
}

std::vector<std::string> tableCells(std::string_view row) {
    std::vector<std::string> cells;
    row = trim(row);
    if (startsWith(row, "|")) row.remove_prefix(1);
    if (!row.empty() && row.back() == '|') row.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= row.size(); ++i)
        if (i == row.size() || (row[i] == '|' && (i == 0 || row[i - 1] != '\\'))) {
            cells.emplace_back(trim(row.substr(start, i - start)));
            start = i + 1;
        }
    return cells;
}

bool separatorRow(const std::vector<std::string>& cells) {
    for (const std::string& c : cells)
        if (c.find_first_not_of("-: ") != std::string::npos) return false;
    return !cells.empty();
}

}  // namespace

ImportResult importText(std::string_view text) {
    ImportResult out;
    if (startsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<ListLine> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(classify(text.substr(start, end - start)));
        start = end + 1;
    }
    bool marked = false;
    for (const ListLine& l : lines) marked = marked || l.kind == ListLine::Objective;
    // Whether line `i` is followed (before the next plain line or objective) by a key result.
    const auto leadsList = [&lines](std::size_t i) {
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].text.empty() && lines[j].kind == ListLine::Plain) continue;
            return (lines[j].kind == ListLine::Bullet && lines[j].indent >= lines[i].indent) ||
                   lines[j].kind == ListLine::KeyResult || lines[j].kind == ListLine::TableRow;
        }
        return false;
    };
    // Whether the next line with text is a bullet indented deeper than line `i`.
    const auto leadsDeeper = [&lines](std::size_t i) {
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].text.empty() && lines[j].kind == ListLine::Plain) continue;
            return lines[j].kind == ListLine::Bullet && lines[j].indent > lines[i].indent;
        }
        return false;
    };
    Objective* objective = nullptr;
    std::vector<ImportColumn> tableRoles;
    auto startObjective = [&](const std::string& title) {
        out.objectives.emplace_back();
        out.objectives.back().title = title;
        objective = &out.objectives.back();
        tableRoles.clear();
    };
    auto addKeyResult = [&](KeyResult kr) {
        fillFromSentence(kr, kr.kind != KrKind::Metric);
        objective->keyResults.push_back(std::move(kr));
        ++out.keyResults;
    };
    std::size_t skipped = 0, firstSkipped = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ListLine& l = lines[i];
        const std::size_t lineNumber = i + 1;
        if (l.text.empty() && l.kind != ListLine::TableRow) continue;
        switch (l.kind) {
            case ListLine::Heading:
                if (l.heading == 1 && out.title.empty() && out.objectives.empty()) {
                    out.title = l.text;
                    continue;
                }
                if (!marked && leadsList(i)) {
                    startObjective(l.text);
                    continue;
                }
                objective = nullptr;
                break;
            case ListLine::Objective:
                startObjective(l.text);
                continue;
            case ListLine::Owner:
                if (objective) {
                    objective->owner = l.text;
                    continue;
                }
                break;
            case ListLine::KeyResult:
                if (objective) {
                    KeyResult kr;
                    kr.title = l.text;
                    addKeyResult(std::move(kr));
                    continue;
                }
                break;
            case ListLine::Bullet:
                // Unmarked, a bullet with deeper bullets under it is an objective.
                if (!marked && leadsDeeper(i)) {
                    startObjective(l.text);
                    continue;
                }
                if (objective) {
                    KeyResult kr;
                    kr.title = l.text;
                    addKeyResult(std::move(kr));
                    continue;
                }
                break;
            case ListLine::TableRow: {
                if (!objective) break;
                const std::vector<std::string> cells = tableCells(l.text);
                if (separatorRow(cells)) continue;
                if (tableRoles.empty()) {
                    if (rolesFor(cells, tableRoles)) continue;
                    tableRoles = {ImportColumn::KeyResult};
                }
                const Cells row{cells, tableRoles};
                const std::string_view title = row.get(ImportColumn::KeyResult);
                if (title.empty()) continue;
                KeyResult kr;
                kr.title = std::string(title);
                readKeyResultCells(row, lineNumber, kr, std::nullopt, out.problems);
                objective->keyResults.push_back(std::move(kr));
                ++out.keyResults;
                continue;
            }
            case ListLine::Plain:
                if (!marked && leadsList(i)) {
                    startObjective(l.text);
                    continue;
                }
                break;
        }
        if (skipped++ == 0) firstSkipped = lineNumber;
    }
    if (skipped > 0)
        out.problems.push_back(
            {firstSkipped, 0,
             std::to_string(skipped) + (skipped == 1 ? " line is" : " lines are") +
                 " neither an objective nor a key result and left out (the first is here)"});
    if (out.objectives.empty())
        out.problems.push_back(
            {0, 0,
             "no objective found: write each as 'Objective: …' or 'O1: …', or as a line with its "
             "key results listed under it ('- …' or '1. …')"});
    return out;
}

bool looksLikeTable(std::string_view text, std::string_view fileName) {
    const std::string name = normalised(fileName);
    const auto endsWith = [&name](std::string_view tail) {
        return name.size() > tail.size() &&
               name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (endsWith(" csv") || endsWith(" tsv")) return true;
    if (endsWith(" md") || endsWith(" txt") || endsWith(" markdown")) return false;
    const std::string_view first = text.substr(0, text.find('\n'));
    if (first.find('\t') != std::string_view::npos) return true;
    if (trim(first).empty() || first.front() == '#' || first.front() == '|') return false;
    ImportTable table;
    ImportProblem problem;
    return readImportTable(text.substr(0, std::min<std::size_t>(text.size(), 4096)), table,
                           problem) &&
           table.header && text.find('\n') != std::string_view::npos;
}

Plan importedPlan(const ImportResult& result, std::string title, std::optional<Date> today) {
    Plan plan;
    plan.meta.title = !title.empty()          ? std::move(title)
                      : !result.title.empty() ? result.title
                                              : "Imported OKRs";
    if (today) {
        const Quarter quarter = quarterOf(*today);
        plan.meta.start = quarter.start;
        plan.meta.end = quarter.end;
    }
    std::size_t krs = 0;
    for (std::size_t o = 0; o < result.objectives.size(); ++o) {
        Objective objective = result.objectives[o];
        objective.id.value = "o" + std::to_string(o + 1);
        for (KeyResult& kr : objective.keyResults) kr.id.value = "kr" + std::to_string(++krs);
        plan.objectives.push_back(std::move(objective));
    }
    return plan;
}

}  // namespace okr
