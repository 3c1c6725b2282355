// Reading and writing plan files, format version 1 (see format.h for the contract and FORMAT.md
// for the keys).
//
// Loading runs in stages, each of which may stop with located problems:
//   1. pre-scan of the raw bytes: size, nesting depth (at most 64 levels), without recursion;
//   2. a streaming read of the JSON text (json_scan.h) straight into a Plan: syntax errors with
//      line and column, keys written twice;
//   3. on the way, every known key's value is checked (types, enums, dates, text length, number
//      range) and unknown keys are kept as JSON text (plan.h's Extra); then `format` / `version`
//      decide whether the file is a plan this app reads (older versions go through migrate.h
//      first);
//   4. cross-checks on the typed plan (validate.h): duplicate IDs, dangling references, loops.
// Saving writes the JSON text directly (no DOM) in a fixed key order: the order of the key
// tables below, which are also the reader's list of known keys.
#include "io/format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "analysis/rule_ids.h"
#include "io/json_scan.h"
#include "io/kept_json.h"
#include "io/migrate.h"
#include "model/validate.h"

namespace okr {

namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxStringChars = kMaxTextChars;
constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
constexpr std::size_t kMaxProblems = 100;

// ---------------------------------------------------------------------------------------------
// Locations in the raw text

struct TextPos {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and column (1-based; columns count characters, not bytes) of byte `offset`.
TextPos positionOf(std::string_view bytes, std::size_t offset) {
    TextPos pos;
    offset = std::min(offset, bytes.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

std::string at(const TextPos& p) {
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// Text safe to print: control and non-UTF-8 bytes become \xNN; cut to `limit` bytes.
std::string printable(std::string_view s, std::size_t limit = 40) {
    std::string out;
    for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (s.size() > limit) out += "…";
    return out;
}

std::string withCommas(std::size_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Stage 1: depth of brackets outside strings. Returns the offset of the first bracket that goes
// deeper than kMaxDepth, or npos.
std::size_t findTooDeep(std::string_view bytes) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth) return i;
        } else if (c == '}' || c == ']') {
            if (depth > 0) --depth;
        }
    }
    return std::string_view::npos;
}

std::string pointerEscape(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::size_t utf8Length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string typeNameOf(const json& v) {
    switch (v.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::object:
            return "an object";
        case json::value_t::array:
            return "an array";
        case json::value_t::string:
            return "the text \"" + printable(v.get_ref<const std::string&>(), 30) + "\"";
        case json::value_t::boolean:
            return v.get<bool>() ? "true" : "false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float:
            return "the number " + v.dump();
        default:
            return "a value of another kind";
    }
}

// ---------------------------------------------------------------------------------------------
// Stages 2 and 3: reading the text straight into a Plan (json_scan.h), collecting problems

template <class E>
std::string enumChoices() {
    std::string out;
    const auto& values = enumValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
        out += '"';
        out += name(values[i]);
        out += '"';
    }
    return out;
}

class Reader;

// One known key of an entity and how to read its value. The tables below list every key of
// format version 1; their order is also the order savePlan writes them in.
template <class T>
struct Field {
    const char* key;
    void (*read)(Reader& r, T& target);
};

template <class T, std::size_t N>
int fieldIndex(const Field<T> (&fields)[N], std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (key == fields[i].key) return static_cast<int>(i);
    return -1;
}

template <class T, std::size_t N>
bool isKnownKey(const Field<T> (&fields)[N], std::string_view key) {
    return fieldIndex(fields, key) >= 0;
}

template <class T, std::size_t N>
std::uint64_t bitOf(const Field<T> (&fields)[N], std::string_view key) {
    const int i = fieldIndex(fields, key);
    return i < 0 ? 0 : std::uint64_t(1) << i;
}

using Kind = JsonScanner::Kind;

class Reader {
  public:
    explicit Reader(std::string_view bytes) : sc(bytes) {}

    JsonScanner sc;
    std::vector<Problem> problems;
    bool failed = false;           // a typed problem (the text itself may still be fine)
    std::size_t entities = 0;      // counted as they are read
    bool tooManyEntities = false;  // reading stopped at the limit
    std::string duplicatePath;     // where a key was written twice (reading stopped)
    std::optional<json> format, version;

    void error(const std::string& path, std::string message) {
        failed = true;
        problems.push_back({path, std::move(message), false});
    }
    void warning(const std::string& path, std::string message) {
        problems.push_back({path, std::move(message), true});
    }

    // ---- the JSON pointer being read, as segments; the text is built only for a problem
    struct Segment {
        std::string_view key;  // unescaped; empty for an array index
        std::size_t index;
    };
    std::vector<Segment> segments;

    std::string here() const {
        std::string out;
        for (const Segment& s : segments) {
            out += '/';
            out += s.key.empty() ? std::to_string(s.index) : pointerEscape(s.key);
        }
        return out;
    }

    // Pushes one path segment for its lifetime. `key` must outlive it.
    struct Scope {
        Reader& r;
        Scope(Reader& reader, std::string_view key) : r(reader) {
            r.segments.push_back({key.empty() ? std::string_view("\"\"") : key, 0});
        }
        Scope(Reader& reader, std::size_t index) : r(reader) {
            r.segments.push_back({std::string_view(), index});
        }
        ~Scope() { r.segments.pop_back(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };

    // ---- checks shared by every value
    void typeError(const json& v, const std::string& expected) {
        error(here(), "expected " + expected + ", found " + typeNameOf(v));
    }

    bool checkLength(const std::string& s) {
        if (s.size() <= kMaxStringChars) return true;
        const std::size_t chars = utf8Length(s);
        if (chars <= kMaxStringChars) return true;
        error(here(), "this text is " + withCommas(chars) +
                          " characters long; the limit is 10,000 characters");
        return false;
    }

    bool checkNumber(double v, std::string_view text) {
        if (std::fabs(v) <= kMaxMagnitude) return true;
        error(here(), "the number " + printable(text) +
                          " is too large; plan numbers must lie between -1e15 and 1e15");
        return false;
    }

    // Every string and number of a kept (unknown-key) value.
    void checkKept(const json& v) {
        switch (v.type()) {
            case json::value_t::string:
                checkLength(v.get_ref<const std::string&>());
                break;
            case json::value_t::number_float: {
                const std::string text = v.dump();
                checkNumber(v.get<double>(), text);
                break;
            }
            case json::value_t::array: {
                std::size_t i = 0;
                for (const auto& item : v) {
                    Scope s(*this, i++);
                    checkKept(item);
                }
                break;
            }
            case json::value_t::object:
                for (const auto& item : v.items()) {
                    Scope s(*this, item.key());
                    checkLength(item.key());
                    checkKept(item.value());
                }
                break;
            default:
                break;
        }
    }

    // Reads any value; a key repeated inside it stops reading with its path recorded.
    bool anyValue(json& v) {
        if (sc.readValue(v)) return true;
        if (sc.error().kind == JsonScanner::ErrorKind::DuplicateKey && duplicatePath.empty())
            duplicatePath = here() + sc.error().path;
        return false;
    }

    // True when the next value has `kind`. Otherwise the value is consumed: null silently (it
    // means "absent"), anything else with a type problem.
    bool expect(Kind kind, const std::string& expected) {
        const Kind k = sc.peek();
        if (k == kind) return true;
        if (k == Kind::Null) {
            sc.readNull();
            return false;
        }
        json v;
        if (anyValue(v)) typeError(v, expected);
        return false;
    }

    // ---- typed values
    void text(std::string& out) {
        if (!expect(Kind::String, "text (a JSON string)")) return;
        if (!sc.readString(out)) return;
        if (!checkLength(out)) out.clear();
    }

    template <class Tag>
    void ref(Id<Tag>& out) {
        text(out.value);
    }

    // A required, non-empty ID; `what` names the entity in messages.
    template <class Tag>
    void id(Id<Tag>& out, const char* what) {
        if (sc.peek() == Kind::Null) {
            sc.readNull();
            error(here(), std::string("this ") + what + " has no \"id\"; every " + what +
                              " needs a unique ID");
            return;
        }
        if (!expect(Kind::String, "an ID (a JSON string)")) return;
        if (!sc.readString(out.value)) return;
        if (out.value.empty())
            error(here(), "the ID is empty; IDs are non-empty strings");
        else if (!checkLength(out.value))
            out.value.clear();
    }

    bool number(double& out) {
        if (!expect(Kind::Number, "a number")) return false;
        double d = 0;
        if (!sc.readNumber(d)) return false;
        if (!checkNumber(d, sc.lastNumberText())) return false;
        out = d;
        return true;
    }

    void number(std::optional<double>& out) {
        double d = 0;
        if (number(d)) out = d;
    }

    void boolean(bool& out) {
        if (!expect(Kind::Bool, "true or false")) return;
        sc.readBool(out);
    }

    template <class E>
    bool enumeration(E& out) {
        const Kind k = sc.peek();
        if (k == Kind::Null) {
            sc.readNull();
            return false;
        }
        json v;
        if (k == Kind::String) {
            std::string s;
            if (!sc.readString(s)) return false;
            if (auto e = parseEnum<E>(s)) {
                out = *e;
                return true;
            }
            v = std::move(s);
        } else if (!anyValue(v)) {
            return false;
        }
        typeError(v, "one of " + enumChoices<E>());
        return false;
    }

    void date(std::optional<Date>& out) {
        const Kind k = sc.peek();
        if (k == Kind::Null) {
            sc.readNull();
            return;
        }
        if (k == Kind::String) {
            std::string s;
            if (!sc.readString(s)) return;
            if (auto d = Date::parse(s))
                out = d;
            else
                typeError(json(s), "a real calendar date written YYYY-MM-DD");
            return;
        }
        json v;
        if (anyValue(v)) typeError(v, "a date written YYYY-MM-DD");
    }

    // A date the entity cannot do without; `what` names the entity.
    void requiredDate(Date& out, const char* what) {
        std::optional<Date> d;
        if (sc.peek() == Kind::Null) {
            sc.readNull();
            error(here(), std::string("this ") + what + " has no date; write it as YYYY-MM-DD");
            return;
        }
        date(d);
        if (d) out = *d;
    }

    // ---- objects and arrays

    // Reads the members of the object that comes next: known keys through `fields`, others kept
    // in `extra`. Returns the bits (by field index) of the known keys present.
    template <class T, std::size_t N>
    std::uint64_t members(const Field<T> (&fields)[N], T& target, Extra& extra) {
        static_assert(N <= 64, "one bit per field");
        std::uint64_t seen = 0;
        if (!sc.beginObject()) return 0;
        std::string key;
        while (sc.nextKey(key)) {
            const int index = fieldIndex(fields, key);
            if (index >= 0) {
                const std::uint64_t bit = std::uint64_t(1) << index;
                Scope s(*this, fields[index].key);
                if (seen & bit) return duplicate(key);
                seen |= bit;
                fields[index].read(*this, target);
            } else {
                Scope s(*this, key);
                if (extra.contains(key)) return duplicate(key);
                checkLength(key);
                json v;
                if (!anyValue(v)) return seen;
                checkKept(v);
                extra.set(key, keptText(v));
            }
            if (!sc.ok()) return seen;
        }
        return seen;
    }

    // An object value of a section (plan, strategy, …) read through `fields`.
    template <class T, std::size_t N>
    std::uint64_t section(const Field<T> (&fields)[N], T& target, Extra& extra) {
        if (!expect(Kind::Object, "an object ({ … })")) return 0;
        return members(fields, target, extra);
    }

    // An array of entities; `after` checks the keys an entity cannot do without.
    template <class T, std::size_t N>
    void list(std::vector<T>& out, const Field<T> (&fields)[N],
              void (*after)(Reader&, const T&, std::uint64_t seen)) {
        if (!expect(Kind::Array, "an array ([ … ])")) return;
        if (!sc.beginArray()) return;
        std::size_t i = 0;
        while (sc.nextElement()) {
            Scope s(*this, i++);
            if (++entities > kMaxEntities) {
                tooManyEntities = true;
                sc.fail(JsonScanner::ErrorKind::Syntax, sc.offset(), "too many entities");
                return;
            }
            if (sc.peek() != Kind::Object) {
                json v;
                if (!anyValue(v)) return;
                typeError(v, "an object ({ … })");
                continue;
            }
            out.emplace_back();
            const std::uint64_t seen = members(fields, out.back(), out.back().extra);
            if (!sc.ok()) return;
            if (after) after(*this, out.back(), seen);
        }
    }

  private:
    std::uint64_t duplicate(const std::string& key) {
        duplicatePath = here();
        sc.fail(
            JsonScanner::ErrorKind::DuplicateKey, sc.offset(),
            "the key \"" + printable(key) + "\" appears twice in this object; keep one of them");
        return 0;
    }
};

// ---- the tables of format version 1

void requireId(Reader& r, std::uint64_t seen, std::uint64_t idBit, const char* what) {
    if (!(seen & idBit))
        r.error(r.here(), std::string("this ") + what + " has no \"id\"; every " + what +
                              " needs a unique ID");
}

const Field<Checkin> kCheckinKeys[] = {
    {"date", [](Reader& r, Checkin& c) { r.requiredDate(c.date, "check-in"); }},
    {"value", [](Reader& r, Checkin& c) { r.number(c.value); }},
    {"confidence",
     [](Reader& r, Checkin& c) {
         double d = 0;
         if (!r.expect(Kind::Number, "a whole number from 0 to 10") || !r.sc.readNumber(d)) return;
         if (d != std::floor(d) || d < 0 || d > 10)
             r.error(r.here(), "confidence is " + printable(r.sc.lastNumberText()) +
                                   "; it must be a whole number from 0 to 10");
         else
             c.confidence = static_cast<int>(d);
     }},
    {"blockers", [](Reader& r, Checkin& c) { r.text(c.blockers); }},
    {"note", [](Reader& r, Checkin& c) { r.text(c.note); }},
};

void afterCheckin(Reader& r, const Checkin&, std::uint64_t seen) {
    if (!(seen & bitOf(kCheckinKeys, "date")))
        r.error(r.here(), "this check-in has no \"date\"; write it as YYYY-MM-DD");
}

const Field<KeyResult> kKeyResultKeys[] = {
    {"id", [](Reader& r, KeyResult& k) { r.id(k.id, "key result"); }},
    {"title", [](Reader& r, KeyResult& k) { r.text(k.title); }},
    {"kind", [](Reader& r, KeyResult& k) { r.enumeration(k.kind); }},
    {"metric", [](Reader& r, KeyResult& k) { r.text(k.metric); }},
    {"unit", [](Reader& r, KeyResult& k) { r.text(k.unit); }},
    {"direction", [](Reader& r, KeyResult& k) { r.enumeration(k.direction); }},
    {"baseline", [](Reader& r, KeyResult& k) { r.number(k.baseline); }},
    {"target", [](Reader& r, KeyResult& k) { r.number(k.target); }},
    {"current", [](Reader& r, KeyResult& k) { r.number(k.current); }},
    {"bandLow", [](Reader& r, KeyResult& k) { r.number(k.bandLow); }},
    {"bandHigh", [](Reader& r, KeyResult& k) { r.number(k.bandHigh); }},
    {"done", [](Reader& r, KeyResult& k) { r.boolean(k.done); }},
    {"due", [](Reader& r, KeyResult& k) { r.date(k.due); }},
    {"owner", [](Reader& r, KeyResult& k) { r.text(k.owner); }},
    {"source", [](Reader& r, KeyResult& k) { r.text(k.source); }},
    {"sourceVisible", [](Reader& r, KeyResult& k) { r.boolean(k.sourceVisible); }},
    {"cadence", [](Reader& r, KeyResult& k) { r.enumeration(k.cadence); }},
    {"driver", [](Reader& r, KeyResult& k) { r.ref(k.driver); }},
    {"signal", [](Reader& r, KeyResult& k) { r.enumeration(k.signal); }},
    {"style",
     [](Reader& r, KeyResult& k) {
         Style s = Style::Committed;
         if (r.enumeration(s)) k.style = s;
     }},
    {"contributesTo", [](Reader& r, KeyResult& k) { r.ref(k.contributesTo); }},
    {"scoreOverride", [](Reader& r, KeyResult& k) { r.number(k.scoreOverride.score); }},
    {"scoreReason", [](Reader& r, KeyResult& k) { r.text(k.scoreOverride.reason); }},
    {"evidence", [](Reader& r, KeyResult& k) { r.text(k.evidence); }},
    {"notes", [](Reader& r, KeyResult& k) { r.text(k.notes); }},
    {"checkins", [](Reader& r, KeyResult& k) { r.list(k.checkins, kCheckinKeys, afterCheckin); }},
};

void afterKeyResult(Reader& r, const KeyResult&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kKeyResultKeys, "id"), "key result");
}

const Field<Objective> kObjectiveKeys[] = {
    {"id", [](Reader& r, Objective& o) { r.id(o.id, "objective"); }},
    {"title", [](Reader& r, Objective& o) { r.text(o.title); }},
    {"owner", [](Reader& r, Objective& o) { r.text(o.owner); }},
    {"level", [](Reader& r, Objective& o) { r.enumeration(o.level); }},
    {"parent", [](Reader& r, Objective& o) { r.ref(o.parent); }},
    {"theme", [](Reader& r, Objective& o) { r.ref(o.theme); }},
    {"style", [](Reader& r, Objective& o) { r.enumeration(o.style); }},
    {"notes", [](Reader& r, Objective& o) { r.text(o.notes); }},
    {"keyResults",
     [](Reader& r, Objective& o) { r.list(o.keyResults, kKeyResultKeys, afterKeyResult); }},
};

void afterObjective(Reader& r, const Objective&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kObjectiveKeys, "id"), "objective");
}

const Field<Node> kNodeKeys[] = {
    {"id", [](Reader& r, Node& n) { r.id(n.id, "tree node"); }},
    {"name", [](Reader& r, Node& n) { r.text(n.name); }},
    {"kind", [](Reader& r, Node& n) { r.enumeration(n.kind); }},
    {"stage", [](Reader& r, Node& n) { r.enumeration(n.stage); }},
    {"owner", [](Reader& r, Node& n) { r.text(n.kpi.owner); }},
    {"source", [](Reader& r, Node& n) { r.text(n.kpi.source); }},
    {"unit", [](Reader& r, Node& n) { r.text(n.kpi.unit); }},
    {"baseline", [](Reader& r, Node& n) { r.number(n.kpi.baseline); }},
    {"sigma", [](Reader& r, Node& n) { r.number(n.kpi.sigma); }},
    {"cadence", [](Reader& r, Node& n) { r.enumeration(n.kpi.cadence); }},
    {"value", [](Reader& r, Node& n) { r.number(n.value); }},
    {"threshold", [](Reader& r, Node& n) { r.number(n.guardrail.threshold); }},
    {"comparison", [](Reader& r, Node& n) { r.enumeration(n.guardrail.comparison); }},
    {"monitorOnly", [](Reader& r, Node& n) { r.boolean(n.monitorOnly); }},
    {"x", [](Reader& r, Node& n) { r.number(n.position.x); }},
    {"y", [](Reader& r, Node& n) { r.number(n.position.y); }},
    {"notes", [](Reader& r, Node& n) { r.text(n.notes); }},
};

void afterNode(Reader& r, const Node&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kNodeKeys, "id"), "tree node");
}

const Field<Link> kLinkKeys[] = {
    {"id", [](Reader& r, Link& l) { r.id(l.id, "link"); }},
    {"from", [](Reader& r, Link& l) { r.ref(l.from); }},
    {"to", [](Reader& r, Link& l) { r.ref(l.to); }},
    {"relation", [](Reader& r, Link& l) { r.enumeration(l.relation); }},
};

void afterLink(Reader& r, const Link&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kLinkKeys, "id"), "link");
    if (!(seen & bitOf(kLinkKeys, "from")))
        r.error(r.here(), "this link has no \"from\" node; a link runs from a child metric");
    if (!(seen & bitOf(kLinkKeys, "to")))
        r.error(r.here(), "this link has no \"to\" node; a link runs to the metric it drives");
}

const Field<Initiative> kInitiativeKeys[] = {
    {"id", [](Reader& r, Initiative& i) { r.id(i.id, "initiative"); }},
    {"title", [](Reader& r, Initiative& i) { r.text(i.title); }},
    {"owner", [](Reader& r, Initiative& i) { r.text(i.owner); }},
    {"keyResults",
     [](Reader& r, Initiative& in) {
         if (!r.expect(Kind::Array, "an array of key result IDs") || !r.sc.beginArray()) return;
         std::size_t i = 0;
         std::string id;
         while (r.sc.nextElement()) {
             Reader::Scope s(r, i++);
             if (r.sc.peek() == Kind::String) {
                 if (!r.sc.readString(id)) return;
                 if (!id.empty()) {
                     if (r.checkLength(id)) in.keyResults.emplace_back(id);
                     continue;
                 }
                 r.typeError(json(id), "a key result ID (a non-empty string)");
                 continue;
             }
             json v;
             if (!r.anyValue(v)) return;
             r.typeError(v, "a key result ID (a non-empty string)");
         }
     }},
    {"notes", [](Reader& r, Initiative& i) { r.text(i.notes); }},
};

void afterInitiative(Reader& r, const Initiative&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kInitiativeKeys, "id"), "initiative");
}

const Field<Adjustment> kAdjustmentKeys[] = {
    {"id", [](Reader& r, Adjustment& a) { r.id(a.id, "adjustment"); }},
    {"date", [](Reader& r, Adjustment& a) { r.requiredDate(a.date, "adjustment"); }},
    {"targetKind", [](Reader& r, Adjustment& a) { r.enumeration(a.targetKind); }},
    {"targetId", [](Reader& r, Adjustment& a) { r.text(a.targetId); }},
    {"action", [](Reader& r, Adjustment& a) { r.enumeration(a.action); }},
    {"cause", [](Reader& r, Adjustment& a) { r.enumeration(a.cause); }},
    {"reason", [](Reader& r, Adjustment& a) { r.text(a.reason); }},
    {"originalTarget", [](Reader& r, Adjustment& a) { r.number(a.originalTarget); }},
    {"newTarget", [](Reader& r, Adjustment& a) { r.number(a.newTarget); }},
};

void afterAdjustment(Reader& r, const Adjustment&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kAdjustmentKeys, "id"), "adjustment");
    if (!(seen & bitOf(kAdjustmentKeys, "date")))
        r.error(r.here(), "this adjustment has no \"date\"; write it as YYYY-MM-DD");
}

const Field<RetroAnswer> kRetroKeys[] = {
    {"question", [](Reader& r, RetroAnswer& a) { r.text(a.question); }},
    {"answer", [](Reader& r, RetroAnswer& a) { r.text(a.answer); }},
};

void afterRetroAnswer(Reader& r, const RetroAnswer& a, std::uint64_t) {
    if (a.question.empty())
        r.error(r.here(),
                "this retrospective answer has no \"question\"; write the question it answers");
}

const Field<Theme> kThemeKeys[] = {
    {"id", [](Reader& r, Theme& t) { r.id(t.id, "theme"); }},
    {"title", [](Reader& r, Theme& t) { r.text(t.title); }},
};

void afterTheme(Reader& r, const Theme&, std::uint64_t seen) {
    requireId(r, seen, bitOf(kThemeKeys, "id"), "theme");
}

const Field<PlanMeta> kMetaKeys[] = {
    {"title", [](Reader& r, PlanMeta& m) { r.text(m.title); }},
    {"client", [](Reader& r, PlanMeta& m) { r.text(m.client); }},
    {"level", [](Reader& r, PlanMeta& m) { r.enumeration(m.level); }},
    {"start", [](Reader& r, PlanMeta& m) { r.date(m.start); }},
    {"end", [](Reader& r, PlanMeta& m) { r.date(m.end); }},
};

const Field<Strategy> kStrategyKeys[] = {
    {"vision", [](Reader& r, Strategy& s) { r.text(s.vision); }},
    {"statement", [](Reader& r, Strategy& s) { r.text(s.statement); }},
    {"themes", [](Reader& r, Strategy& s) { r.list(s.themes, kThemeKeys, afterTheme); }},
};

const Field<Economics> kEconomicsKeys[] = {
    {"currency", [](Reader& r, Economics& e) { r.text(e.currency); }},
    {"revenuePerSale", [](Reader& r, Economics& e) { r.number(e.revenuePerSale); }},
    {"lifetimeValue", [](Reader& r, Economics& e) { r.number(e.lifetimeValue); }},
    {"capacity", [](Reader& r, Economics& e) { r.text(e.capacity); }},
};

const Field<Tree> kTreeKeys[] = {
    {"nodes", [](Reader& r, Tree& t) { r.list(t.nodes, kNodeKeys, afterNode); }},
    {"links", [](Reader& r, Tree& t) { r.list(t.links, kLinkKeys, afterLink); }},
};

const Field<RuleSettings> kRulesKeys[] = {
    {"profile", [](Reader& r, RuleSettings& s) { r.enumeration(s.profile); }},
    {"overrides",
     [](Reader& r, RuleSettings& s) {
         if (!r.expect(Kind::Object, "an object ({ … })") || !r.sc.beginObject()) return;
         std::string rule;
         while (r.sc.nextKey(rule)) {
             Reader::Scope scope(r, rule);
             if (s.overrides.count(rule)) {
                 r.duplicatePath = r.here();
                 r.sc.fail(JsonScanner::ErrorKind::DuplicateKey, r.sc.offset(),
                           "the key \"" + printable(rule) +
                               "\" appears twice in this object; keep one of them");
                 return;
             }
             Severity severity = Severity::Warning;
             bool valid = false;
             json found;
             if (r.sc.peek() == Kind::String) {
                 std::string text;
                 if (!r.sc.readString(text)) return;
                 if (auto parsed = parseEnum<Severity>(text)) {
                     severity = *parsed;
                     valid = true;
                 } else {
                     found = std::move(text);
                 }
             } else if (!r.anyValue(found)) {
                 return;
             }
             if (!valid) {
                 r.typeError(found, "a severity: one of " + enumChoices<Severity>());
                 continue;
             }
             if (!r.checkLength(rule)) continue;
             if (!isKnownRuleId(rule))
                 r.warning(r.here(), "no rule has the ID \"" + printable(rule) +
                                         "\"; the setting is kept but has no effect");
             s.overrides[rule] = severity;
         }
     }},
};

const Field<Plan> kTopKeys[] = {
    {"format",
     [](Reader& r, Plan&) {
         json v;
         if (r.anyValue(v)) r.format = std::move(v);
     }},
    {"version",
     [](Reader& r, Plan&) {
         json v;
         if (r.anyValue(v)) r.version = std::move(v);
     }},
    {"plan", [](Reader& r, Plan& p) { r.section(kMetaKeys, p.meta, p.meta.extra); }},
    {"strategy",
     [](Reader& r, Plan& p) { r.section(kStrategyKeys, p.strategy, p.strategy.extra); }},
    {"economics",
     [](Reader& r, Plan& p) { r.section(kEconomicsKeys, p.economics, p.economics.extra); }},
    {"tree", [](Reader& r, Plan& p) { r.section(kTreeKeys, p.tree, p.tree.extra); }},
    {"objectives",
     [](Reader& r, Plan& p) { r.list(p.objectives, kObjectiveKeys, afterObjective); }},
    {"initiatives",
     [](Reader& r, Plan& p) { r.list(p.initiatives, kInitiativeKeys, afterInitiative); }},
    {"adjustments",
     [](Reader& r, Plan& p) { r.list(p.adjustments, kAdjustmentKeys, afterAdjustment); }},
    {"retrospective",
     [](Reader& r, Plan& p) { r.list(p.retrospective, kRetroKeys, afterRetroAnswer); }},
    {"rules", [](Reader& r, Plan& p) { r.section(kRulesKeys, p.rules, p.rules.extra); }},
};

// ---------------------------------------------------------------------------------------------
// Saving

// Appends `s` as a JSON string: escapes quotes, backslashes and control characters, replaces
// bytes that are not UTF-8 with U+FFFD, and cuts text at 10,000 characters so every saved file
// loads again.
void appendString(std::string& out, std::string_view s) {
    out += '"';
    // Fast path: printable ASCII without quotes or backslashes goes out as it is.
    if (s.size() <= kMaxStringChars && std::all_of(s.begin(), s.end(), [](char c) {
            return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
        })) {
        out.append(s.data(), s.size());
        out += '"';
        return;
    }
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < s.size() && chars < kMaxStringChars) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        ++chars;
        if (c < 0x80) {
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                default:
                    if (c < 0x20) {
                        char buf[8];
                        std::snprintf(buf, sizeof buf, "\\u%04x", c);
                        out += buf;
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        // Multi-byte sequence: copied when well-formed, else replaced by U+FFFD.
        const std::size_t len = utf8Sequence(s, i);
        if (len > 0) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    out += '"';
}

class Writer {
  public:
    std::string out;

    void beginObject() {
        out += '{';
        ++indent_;
        first_ = true;
    }
    void endObject() { close('}'); }
    void beginArray() {
        out += '[';
        ++indent_;
        first_ = true;
    }
    void endArray() { close(']'); }

    void key(std::string_view k) {
        item();
        appendString(out, k);
        out.append(": ", 2);
    }
    // The separator before an item: ",\n" (or "\n" for the first) and the indent, in one append.
    void item() {
        static const std::string breaks = ",\n" + std::string(256, ' ');
        const std::size_t spaces = static_cast<std::size_t>(indent_) * 2;
        if (spaces <= 256) {
            out.append(breaks.data() + (first_ ? 1 : 0), (first_ ? 1 : 2) + spaces);
        } else {
            if (!first_) out += ',';
            newline();
        }
        first_ = false;
    }

    void string(std::string_view s) { appendString(out, s); }
    void boolean(bool b) { out += b ? "true" : "false"; }
    // Finite numbers only (callers skip others); whole numbers are written without a fraction.
    void number(double v) {
        v = std::clamp(v, -kMaxMagnitude, kMaxMagnitude);
        char buf[40];
        if (v == std::trunc(v)) {
            const long long n = static_cast<long long>(v);
            auto res = std::to_chars(buf, buf + sizeof buf, n);
            out.append(buf, res.ptr);
        } else {
            // Shortest digits that read back exactly (Grisu2, nlohmann's own number writer: the
            // same text on every platform; Emscripten's libc++ has no floating-point to_chars).
            char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
            out.append(buf, end);
        }
    }
    void integer(long long n) { out += std::to_string(n); }

    // Kept values are written as they were read: numbers by nlohmann's own formatting, objects
    // in sorted key order.
    void value(const json& v) {
        switch (v.type()) {
            case json::value_t::object:
                beginObject();
                for (const auto& item : v.items()) {
                    key(item.key());
                    value(item.value());
                }
                endObject();
                break;
            case json::value_t::array:
                beginArray();
                for (const auto& item : v) {
                    this->item();
                    value(item);
                }
                endArray();
                break;
            case json::value_t::string:
                string(v.get_ref<const std::string&>());
                break;
            case json::value_t::number_float: {
                const double d = v.get<double>();
                if (std::isfinite(d))
                    out += v.dump();
                else
                    out += "null";
                break;
            }
            default:
                out += v.dump();
                break;
        }
    }

    // Field helpers: the omission rule of FORMAT.md lives here.
    void field(const char* k, const std::string& s) {
        if (s.empty()) return;
        key(k);
        string(s);
    }
    template <class Tag>
    void field(const char* k, const Id<Tag>& id) {
        field(k, id.value);
    }
    void field(const char* k, const std::optional<double>& v) {
        if (!v || !std::isfinite(*v)) return;
        key(k);
        number(*v);
    }
    void field(const char* k, const std::optional<Date>& d) {
        if (!d) return;
        key(k);
        date(*d);
    }
    void field(const char* k, bool b) {
        key(k);
        boolean(b);
    }
    void field(const char* k, const char* enumName) {
        key(k);
        string(enumName);
    }
    // Always written (required or positional).
    void fieldNumber(const char* k, double v) {
        key(k);
        number(std::isfinite(v) ? v : 0.0);
    }
    void fieldDate(const char* k, const Date& d) {
        key(k);
        date(d);
    }
    // "YYYY-MM-DD" without going through printf (Date::str's format, digit by digit).
    void date(const Date& d) {
        char buf[12] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"'};
        const int year = std::clamp(d.year, 0, 9999);
        buf[1] = static_cast<char>('0' + year / 1000);
        buf[2] = static_cast<char>('0' + year / 100 % 10);
        buf[3] = static_cast<char>('0' + year / 10 % 10);
        buf[4] = static_cast<char>('0' + year % 10);
        buf[6] = static_cast<char>('0' + std::clamp(d.month, 0, 99) / 10);
        buf[7] = static_cast<char>('0' + std::clamp(d.month, 0, 99) % 10);
        buf[9] = static_cast<char>('0' + std::clamp(d.day, 0, 99) / 10);
        buf[10] = static_cast<char>('0' + std::clamp(d.day, 0, 99) % 10);
        out.append(buf, sizeof buf);
    }
    void fieldId(const char* k, const std::string& id) {
        key(k);
        string(id);
    }

    // The kept unknown keys, after the known ones, in sorted order (a kept key that is a known
    // key is skipped: the known value is the one written).
    template <class T, std::size_t N>
    void extras(const Extra& extra, const Field<T> (&known)[N]) {
        for (const Extra::Member& m : extra.members()) {
            if (isKnownKey(known, m.key)) continue;
            key(m.key);
            const json v = json::parse(m.json, nullptr, false);
            if (v.is_discarded())
                out += "null";
            else
                value(v);
        }
    }

  private:
    int indent_ = 0;
    bool first_ = true;

    void newline() {
        out += '\n';
        out.append(static_cast<std::size_t>(indent_) * 2, ' ');
    }
    void close(char c) {
        --indent_;
        if (!first_) newline();
        out += c;
        first_ = false;
    }
};

void writeCheckin(Writer& w, const Checkin& c) {
    w.beginObject();
    w.fieldDate("date", c.date);
    w.field("value", c.value);
    if (c.confidence) {
        w.key("confidence");
        w.integer(std::clamp(*c.confidence, 0, 10));
    }
    w.field("blockers", c.blockers);
    w.field("note", c.note);
    w.extras(c.extra, kCheckinKeys);
    w.endObject();
}

void writeKeyResult(Writer& w, const KeyResult& kr) {
    w.beginObject();
    w.fieldId("id", kr.id.value);
    w.field("title", kr.title);
    w.field("kind", name(kr.kind));
    w.field("metric", kr.metric);
    w.field("unit", kr.unit);
    w.field("direction", name(kr.direction));
    w.field("baseline", kr.baseline);
    w.field("target", kr.target);
    w.field("current", kr.current);
    w.field("bandLow", kr.bandLow);
    w.field("bandHigh", kr.bandHigh);
    w.field("done", kr.done);
    w.field("due", kr.due);
    w.field("owner", kr.owner);
    w.field("source", kr.source);
    w.field("sourceVisible", kr.sourceVisible);
    w.field("cadence", name(kr.cadence));
    w.field("driver", kr.driver);
    w.field("signal", name(kr.signal));
    if (kr.style) w.field("style", name(*kr.style));
    w.field("contributesTo", kr.contributesTo);
    w.field("scoreOverride", kr.scoreOverride.score);
    w.field("scoreReason", kr.scoreOverride.reason);
    w.field("evidence", kr.evidence);
    w.field("notes", kr.notes);
    w.key("checkins");
    w.beginArray();
    for (const auto& c : kr.checkins) {
        w.item();
        writeCheckin(w, c);
    }
    w.endArray();
    w.extras(kr.extra, kKeyResultKeys);
    w.endObject();
}

void writeObjective(Writer& w, const Objective& o) {
    w.beginObject();
    w.fieldId("id", o.id.value);
    w.field("title", o.title);
    w.field("owner", o.owner);
    w.field("level", name(o.level));
    w.field("parent", o.parent);
    w.field("theme", o.theme);
    w.field("style", name(o.style));
    w.field("notes", o.notes);
    w.key("keyResults");
    w.beginArray();
    for (const auto& kr : o.keyResults) {
        w.item();
        writeKeyResult(w, kr);
    }
    w.endArray();
    w.extras(o.extra, kObjectiveKeys);
    w.endObject();
}

void writeNode(Writer& w, const Node& n) {
    w.beginObject();
    w.fieldId("id", n.id.value);
    w.field("name", n.name);
    w.field("kind", name(n.kind));
    w.field("stage", name(n.stage));
    w.field("owner", n.kpi.owner);
    w.field("source", n.kpi.source);
    w.field("unit", n.kpi.unit);
    w.field("baseline", n.kpi.baseline);
    w.field("sigma", n.kpi.sigma);
    w.field("cadence", name(n.kpi.cadence));
    w.field("value", n.value);
    w.field("threshold", n.guardrail.threshold);
    w.field("comparison", name(n.guardrail.comparison));
    w.field("monitorOnly", n.monitorOnly);
    w.fieldNumber("x", n.position.x);
    w.fieldNumber("y", n.position.y);
    w.field("notes", n.notes);
    w.extras(n.extra, kNodeKeys);
    w.endObject();
}

void writeLink(Writer& w, const Link& l) {
    w.beginObject();
    w.fieldId("id", l.id.value);
    w.fieldId("from", l.from.value);
    w.fieldId("to", l.to.value);
    w.field("relation", name(l.relation));
    w.extras(l.extra, kLinkKeys);
    w.endObject();
}

void writeInitiative(Writer& w, const Initiative& in) {
    w.beginObject();
    w.fieldId("id", in.id.value);
    w.field("title", in.title);
    w.field("owner", in.owner);
    w.key("keyResults");
    w.beginArray();
    for (const auto& id : in.keyResults) {
        w.item();
        w.string(id.value);
    }
    w.endArray();
    w.field("notes", in.notes);
    w.extras(in.extra, kInitiativeKeys);
    w.endObject();
}

void writeAdjustment(Writer& w, const Adjustment& a) {
    w.beginObject();
    w.fieldId("id", a.id.value);
    w.fieldDate("date", a.date);
    w.field("targetKind", name(a.targetKind));
    w.fieldId("targetId", a.targetId);
    w.field("action", name(a.action));
    w.field("cause", name(a.cause));
    w.field("reason", a.reason);
    w.field("originalTarget", a.originalTarget);
    w.field("newTarget", a.newTarget);
    w.extras(a.extra, kAdjustmentKeys);
    w.endObject();
}

void writeRetroAnswer(Writer& w, const RetroAnswer& a) {
    w.beginObject();
    w.field("question", a.question);
    w.field("answer", a.answer);
    w.extras(a.extra, kRetroKeys);
    w.endObject();
}

template <class T, class F>
void writeArray(Writer& w, const char* key, const std::vector<T>& items, F each) {
    w.key(key);
    w.beginArray();
    for (const auto& item : items) {
        w.item();
        each(w, item);
    }
    w.endArray();
}

}  // namespace

LoadResult loadPlan(std::string_view bytes) {
    LoadResult result;
    auto fail = [&](std::string path, std::string message) {
        result.problems.push_back({std::move(path), std::move(message), false});
        return result;
    };

    // Stage 1: raw bytes.
    if (bytes.size() > kMaxFileBytes)
        return fail("", "the file is " + withCommas(bytes.size()) +
                            " bytes; a plan file holds at most 64 MB");
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail("", "the file is empty; a plan file is a JSON object starting with {");
    if (const std::size_t deep = findTooDeep(bytes); deep != std::string_view::npos)
        return fail("", "the file nests objects or arrays more than " + std::to_string(kMaxDepth) +
                            " levels deep at " + at(positionOf(bytes, deep)) +
                            "; a plan file never needs that many");

    // Stages 2 and 3: the JSON text, read straight into a plan.
    Plan plan;
    Reader r(bytes);
    if (r.sc.peek() == Kind::Object) {
        r.members(kTopKeys, plan, plan.extra);
    } else {
        json value;
        if (r.anyValue(value) && r.sc.atEnd())
            return fail("", "a plan file is a JSON object ({ … }), but this file holds " +
                                typeNameOf(value));
    }
    if (r.sc.ok() && !r.sc.atEnd())
        r.sc.fail(JsonScanner::ErrorKind::Syntax, r.sc.offset(),
                  "there is more text after the end of the plan, starting with " + r.sc.found());
    if (!r.sc.ok()) {
        const JsonScanner::Error& e = r.sc.error();
        if (r.tooManyEntities)
            return fail("",
                        "the plan has more than 10,000 entities (objectives, key results, "
                        "check-ins, nodes, links, …); a plan file holds at most 10,000");
        if (e.kind == JsonScanner::ErrorKind::DuplicateKey) return fail(r.duplicatePath, e.message);
        const std::string where = at(positionOf(bytes, e.offset));
        if (e.kind == JsonScanner::ErrorKind::Overflow)
            return fail("", "the number " + printable(e.message) + " at " + where +
                                " is too large to store; plan numbers must lie between -1e15 "
                                "and 1e15");
        return fail("", "the file is not valid JSON at " + where + ": " + e.message);
    }

    // Is this a plan file, and of which version?
    if (!r.format)
        return fail("",
                    "the file has no \"format\" key; a plan file starts with "
                    "\"format\": \"okr-plan\"");
    if (!r.format->is_string() || r.format->get_ref<const std::string&>() != "okr-plan")
        return fail("/format", "this is not an OKR plan file: expected \"okr-plan\", found " +
                                   typeNameOf(*r.format));
    if (!r.version)
        return fail("", "the file has no \"version\" key; write \"version\": " +
                            std::to_string(kFormatVersion));
    if (!r.version->is_number_integer())
        return fail("/version", "expected a whole number, found " + typeNameOf(*r.version));
    const long long v = r.version->get<long long>();
    if (v > kFormatVersion)
        return fail("/version", "this file needs version " + std::to_string(v) +
                                    " of the format; this app reads up to " +
                                    std::to_string(kFormatVersion));
    if (v < 1)
        return fail("/version", "version " + std::to_string(v) +
                                    " is not a version of the format; versions start at 1");
    if (v < kFormatVersion) {
        // An older version: migrate the document (migrate.h), then read it as the current one.
        json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
        if (doc.is_discarded()) return fail("", "the file cannot be read as JSON");
        std::string migrationError;
        if (!migrateDocument(doc, static_cast<int>(v), kFormatVersion, migrationSteps(),
                             migrationError))
            return fail("/version", migrationError);
        return loadPlan(doc.dump(-1, ' ', false, json::error_handler_t::replace));
    }

    // Stage 4: cross-checks (only on a plan whose parts all read cleanly).
    if (!r.failed) {
        for (auto& p : validatePlan(plan)) {
            r.failed = true;
            r.problems.push_back(std::move(p));
        }
    }
    result.problems = std::move(r.problems);
    if (result.problems.size() > kMaxProblems) {
        const std::size_t more = result.problems.size() - kMaxProblems;
        result.problems.resize(kMaxProblems);
        result.problems.push_back(
            {"", "… and " + withCommas(more) + " more problems not shown", false});
    }
    if (!r.failed) result.plan = std::move(plan);
    return result;
}

std::string savePlan(const Plan& plan) {
    Writer w;
    w.out.reserve(std::size_t(1) << 16);
    w.beginObject();
    w.field("format", "okr-plan");
    w.key("version");
    w.integer(kFormatVersion);

    w.key("plan");
    w.beginObject();
    w.field("title", plan.meta.title);
    w.field("client", plan.meta.client);
    w.field("level", name(plan.meta.level));
    w.field("start", plan.meta.start);
    w.field("end", plan.meta.end);
    w.extras(plan.meta.extra, kMetaKeys);
    w.endObject();

    w.key("strategy");
    w.beginObject();
    w.field("vision", plan.strategy.vision);
    w.field("statement", plan.strategy.statement);
    writeArray(w, "themes", plan.strategy.themes, [](Writer& w, const Theme& t) {
        w.beginObject();
        w.fieldId("id", t.id.value);
        w.field("title", t.title);
        w.extras(t.extra, kThemeKeys);
        w.endObject();
    });
    w.extras(plan.strategy.extra, kStrategyKeys);
    w.endObject();

    w.key("economics");
    w.beginObject();
    w.field("currency", plan.economics.currency);
    w.field("revenuePerSale", plan.economics.revenuePerSale);
    w.field("lifetimeValue", plan.economics.lifetimeValue);
    w.field("capacity", plan.economics.capacity);
    w.extras(plan.economics.extra, kEconomicsKeys);
    w.endObject();

    w.key("tree");
    w.beginObject();
    writeArray(w, "nodes", plan.tree.nodes, writeNode);
    writeArray(w, "links", plan.tree.links, writeLink);
    w.extras(plan.tree.extra, kTreeKeys);
    w.endObject();

    writeArray(w, "objectives", plan.objectives, writeObjective);
    writeArray(w, "initiatives", plan.initiatives, writeInitiative);
    writeArray(w, "adjustments", plan.adjustments, writeAdjustment);
    // Left out when empty, so files written before the key existed stay canonical.
    if (!plan.retrospective.empty())
        writeArray(w, "retrospective", plan.retrospective, writeRetroAnswer);

    w.key("rules");
    w.beginObject();
    w.field("profile", name(plan.rules.profile));
    w.key("overrides");
    w.beginObject();
    for (const auto& [id, severity] : plan.rules.overrides) {
        w.key(id);
        w.string(name(severity));
    }
    w.endObject();
    w.extras(plan.rules.extra, kRulesKeys);
    w.endObject();

    w.extras(plan.extra, kTopKeys);
    w.endObject();
    w.out += '\n';
    return std::move(w.out);
}

}  // namespace okr
