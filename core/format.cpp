// Reading and writing plan files, format version 1 (see format.h for the contract and FORMAT.md
// for the keys).
//
// Loading runs in stages, each of which may stop with located problems:
//   1. pre-scan of the raw bytes: size, nesting depth (nlohmann's DOM is not built for absurd
//      depth), all without recursion;
//   2. JSON parse (exceptions caught and turned into "line L, column C" sentences);
//   3. `format` / `version` check and migrations (migrate.h);
//   4. typed read of every entity, collecting wrong types, bad enums, dates, long strings;
//   5. cross-checks on the typed plan: duplicate IDs, dangling references, cycles, ranges.
// Saving writes the JSON text directly (no DOM) in a fixed key order.
#include "format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "migrate.h"
#include "rule_ids.h"
#include "validate.h"

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

bool isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The word (letters, digits, sign) around byte `offset`, to recognise NaN and Infinity.
std::string wordAround(std::string_view bytes, std::size_t offset) {
    auto isWord = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    if (offset >= bytes.size()) return {};
    std::size_t start = offset;
    while (start > 0 && isWord(bytes[start - 1])) --start;
    std::size_t end = offset;
    while (end < bytes.size() && isWord(bytes[end])) ++end;
    return std::string(bytes.substr(start, end - start));
}

bool looksLikeNanOrInfinity(std::string word) {
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!word.empty() && (word[0] == '-' || word[0] == '+')) word.erase(0, 1);
    return word.rfind("nan", 0) == 0 || word.rfind("inf", 0) == 0;
}

// Where to point at for a parse error whose last read byte is `offset`: the start of the literal
// or string that ends there (so `"plan"` or `NaN` is shown where it begins); inside a string, the
// offending byte itself.
std::size_t errorPosition(std::string_view bytes, std::size_t offset) {
    if (offset >= bytes.size()) return bytes.size();
    std::size_t start = 0;
    bool inString = false, escaped = false, inWord = false;
    for (std::size_t i = 0; i <= offset; ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (i == offset) return start;
            }
            if (i == offset) return i;
            continue;
        }
        if (c == '"') {
            inString = true;
            inWord = false;
            start = i;
        } else if (isNumberChar(c) || std::isalpha(static_cast<unsigned char>(c))) {
            if (!inWord) start = i;
            inWord = true;
            if (i == offset) return start;
            continue;
        } else {
            inWord = false;
        }
        if (i == offset) return i;
    }
    return offset;
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …" → the part
// after the location.
std::string parseErrorReason(const char* what) {
    std::string s = what;
    const auto col = s.find("column ");
    std::size_t from = col == std::string::npos ? s.find("] ") : s.find(": ", col);
    if (from == std::string::npos) return printable(s, 200);
    s = s.substr(from + 2);
    const auto last = s.find("; last read: ");
    if (last != std::string::npos) {
        // Keep the last-read token, made printable.
        std::string token = s.substr(last + 13);
        s = s.substr(0, last) + "; last read: " + printable(token, 40);
    }
    return s;
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
// Stage 2: JSON parsing

// Builds the DOM through nlohmann's own SAX DOM builder, and on the way refuses a key that appears
// twice in one object (nlohmann would keep only the last value, silently dropping the other) and
// records where a syntax error happened.
class DocumentBuilder {
  public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    explicit DocumentBuilder(json& doc) : dom_(doc, false) {}

    bool null() { return element(dom_.null()); }
    bool boolean(bool v) { return element(dom_.boolean(v)); }
    bool number_integer(number_integer_t v) { return element(dom_.number_integer(v)); }
    bool number_unsigned(number_unsigned_t v) { return element(dom_.number_unsigned(v)); }
    bool number_float(number_float_t v, const string_t& s) {
        return element(dom_.number_float(v, s));
    }
    bool string(string_t& v) { return element(dom_.string(v)); }
    bool binary(binary_t& v) { return element(dom_.binary(v)); }
    bool start_object(std::size_t n) {
        open(false);
        return dom_.start_object(n);
    }
    bool end_object() {
        --depth_;
        return element(dom_.end_object());
    }
    bool start_array(std::size_t n) {
        open(true);
        return dom_.start_array(n);
    }
    bool end_array() {
        --depth_;
        return element(dom_.end_array());
    }
    bool key(string_t& k) {
        Frame& f = frames_[depth_ - 1];
        if (std::find(f.keys.begin(), f.keys.end(), k) != f.keys.end()) {
            duplicatePath = pathHere() + "/" + pointerEscape(k);
            duplicateKey = k;
            return false;
        }
        f.keys.push_back(k);
        f.key = k;
        return dom_.key(k);
    }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) {
        errorByte = position;
        errorMessage = e.what();
        errorIsOverflow = e.id == 406;
        return false;
    }

    std::string duplicatePath, duplicateKey;
    std::size_t errorByte = 0;
    std::string errorMessage;
    bool errorIsOverflow = false;

  private:
    struct Frame {
        bool array = false;
        std::size_t index = 0;
        std::string key;
        std::vector<std::string> keys;
    };
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<Frame> frames_;  // reused across objects of one depth: few allocations
    std::size_t depth_ = 0;

    void open(bool array) {
        if (depth_ == frames_.size()) frames_.emplace_back();
        Frame& f = frames_[depth_++];
        f.array = array;
        f.index = 0;
        f.keys.clear();
    }
    // A value ended: in an array, the next one has the next index.
    bool element(bool ok) {
        if (depth_ > 0 && frames_[depth_ - 1].array) ++frames_[depth_ - 1].index;
        return ok;
    }
    std::string pathHere() const {
        std::string p;
        for (std::size_t i = 0; i + 1 < depth_; ++i)
            p += "/" + (frames_[i].array ? std::to_string(frames_[i].index)
                                         : pointerEscape(frames_[i].key));
        return p;
    }
};

// ---------------------------------------------------------------------------------------------
// Stage 4: typed reading

template <std::size_t N>
bool isKnownKey(const char* const (&keys)[N], const std::string& key) {
    for (const char* k : keys)
        if (key == k) return true;
    return false;
}

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

class Reader {
  public:
    std::vector<Problem> problems;
    bool failed = false;

    void error(const std::string& path, std::string message) {
        failed = true;
        problems.push_back({path, std::move(message), false});
    }
    void warning(const std::string& path, std::string message) {
        problems.push_back({path, std::move(message), true});
    }

    // The JSON pointer being read, as segments; the text is built only for a problem.
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

    // Pushes one path segment for its lifetime. `key` must outlive it (literals, document keys).
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

    // Known keys found so far; an entity whose known keys account for all its keys has nothing
    // to keep, so keepUnknown can skip comparing every key against the known list.
    std::size_t found = 0;

    void typeError(const json& v, const char* expected) {
        error(here(), std::string("expected ") + expected + ", found " + typeNameOf(v));
    }

    // Strings anywhere (kept values included) must respect the length limit.
    bool checkLength(const std::string& s) {
        if (s.size() <= kMaxStringChars) return true;
        const std::size_t chars = utf8Length(s);
        if (chars <= kMaxStringChars) return true;
        error(here(), "this text is " + withCommas(chars) +
                          " characters long; the limit is 10,000 characters");
        return false;
    }

    bool checkNumber(double v) {
        if (std::fabs(v) <= kMaxMagnitude) return true;
        error(here(), "the number " + json(v).dump() +
                          " is too large; plan numbers must lie between -1e15 and 1e15");
        return false;
    }

    // Every string and number of a kept (unknown-key) value.
    void checkKept(const json& v) {
        switch (v.type()) {
            case json::value_t::string:
                checkLength(v.get_ref<const std::string&>());
                break;
            case json::value_t::number_float:
                checkNumber(v.get<double>());
                break;
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

    // Copies the keys of `obj` that are not in `known` into `extra`.
    template <std::size_t N>
    void keepUnknown(const json& obj, const char* const (&known)[N], Extra& extra,
                     std::size_t foundBefore) {
        if (found - foundBefore == obj.size()) return;
        for (const auto& item : obj.items()) {
            if (isKnownKey(known, item.key())) continue;
            {
                Scope s(*this, item.key());
                checkLength(item.key());
                checkKept(item.value());
            }
            extra[item.key()] = item.value();
        }
    }

    // Finds `key` in `obj` and counts it as found; null counts as absent. Call once per key.
    const json* field(const json& obj, const char* key) {
        auto it = obj.find(key);
        if (it == obj.end()) return nullptr;
        ++found;
        return it->is_null() ? nullptr : &*it;
    }
    // Whether `key` holds a value (not null), without counting it.
    static bool has(const json& obj, const char* key) {
        auto it = obj.find(key);
        return it != obj.end() && !it->is_null();
    }

    void readString(const json& obj, const char* key, std::string& out) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (!v->is_string()) return typeError(*v, "text (a JSON string)");
        const auto& str = v->get_ref<const std::string&>();
        if (checkLength(str)) out = str;
    }

    template <class IdT>
    void readRef(const json& obj, const char* key, IdT& out) {
        std::string value;
        readString(obj, key, value);
        out = IdT(std::move(value));
    }

    // A required, non-empty ID.
    template <class IdT>
    void readId(const json& obj, const char* what, IdT& out) {
        const json* v = field(obj, "id");
        if (!v)
            return error(here(), std::string("this ") + what + " has no \"id\"; every " + what +
                                     " needs a unique ID");
        Scope s(*this, "id");
        if (!v->is_string()) return typeError(*v, "an ID (a JSON string)");
        const auto& str = v->get_ref<const std::string&>();
        if (str.empty()) return error(here(), "the ID is empty; IDs are non-empty strings");
        if (checkLength(str)) out = IdT(str);
    }

    void readNumber(const json& obj, const char* key, std::optional<double>& out) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (!v->is_number()) return typeError(*v, "a number");
        const double d = v->get<double>();
        if (checkNumber(d)) out = d;
    }

    void readNumber(const json& obj, const char* key, double& out) {
        std::optional<double> v;
        readNumber(obj, key, v);
        if (v) out = *v;
    }

    void readBool(const json& obj, const char* key, bool& out) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (!v->is_boolean()) return typeError(*v, "true or false");
        out = v->get<bool>();
    }

    template <class E>
    void readEnum(const json& obj, const char* key, E& out) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (v->is_string()) {
            if (auto e = parseEnum<E>(v->get_ref<const std::string&>())) {
                out = *e;
                return;
            }
        }
        typeError(*v, ("one of " + enumChoices<E>()).c_str());
    }

    void readDate(const json& obj, const char* key, std::optional<Date>& out) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        const char* expected = "a date written YYYY-MM-DD";
        if (!v->is_string()) return typeError(*v, expected);
        if (auto d = Date::parse(v->get_ref<const std::string&>()))
            out = d;
        else
            typeError(*v, "a real calendar date written YYYY-MM-DD");
    }

    void readRequiredDate(const json& obj, const char* key, const char* what, Date& out) {
        if (!has(obj, key))
            return error(here(), std::string("this ") + what + " has no \"" + key +
                                     "\"; write it as YYYY-MM-DD");
        std::optional<Date> d;
        readDate(obj, key, d);
        if (d) out = *d;
    }

    // Calls `each(item)` with the path scoped to every element of the array `key` that is an
    // object. Returns false when the key holds something other than an array.
    template <class F>
    void readArray(const json& obj, const char* key, F each) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (!v->is_array()) return typeError(*v, "an array ([ … ])");
        const std::size_t mark = found;  // the items' keys are not `obj`'s
        std::size_t i = 0;
        for (const auto& item : *v) {
            Scope si(*this, i++);
            if (!item.is_object()) {
                typeError(item, "an object ({ … })");
                continue;
            }
            each(item);
        }
        found = mark;
    }

    // Calls `body(obj)` with the object under `key`, if present and an object.
    template <class F>
    void readObject(const json& obj, const char* key, F body) {
        const json* v = field(obj, key);
        if (!v) return;
        Scope s(*this, key);
        if (!v->is_object()) return typeError(*v, "an object ({ … })");
        const std::size_t mark = found;
        body(*v);
        found = mark;
    }
};

// The key lists below are both the known keys of each entity and the order savePlan writes them.
const char* const kTopKeys[] = {"format", "version",    "plan",        "strategy",    "economics",
                                "tree",   "objectives", "initiatives", "adjustments", "rules"};
const char* const kMetaKeys[] = {"title", "client", "level", "start", "end"};
const char* const kStrategyKeys[] = {"vision", "statement", "themes"};
const char* const kThemeKeys[] = {"id", "title"};
const char* const kEconomicsKeys[] = {"currency", "revenuePerSale", "lifetimeValue", "capacity"};
const char* const kTreeKeys[] = {"nodes", "links"};
const char* const kNodeKeys[] = {"id",     "name",      "kind",       "stage",       "owner",
                                 "source", "unit",      "baseline",   "sigma",       "cadence",
                                 "value",  "threshold", "comparison", "monitorOnly", "x",
                                 "y",      "notes"};
const char* const kLinkKeys[] = {"id", "from", "to", "relation"};
const char* const kObjectiveKeys[] = {"id",    "title", "owner", "level",     "parent",
                                      "theme", "style", "notes", "keyResults"};
const char* const kKeyResultKeys[] = {
    "id",       "title",   "kind",          "metric",        "unit",        "direction",
    "baseline", "target",  "current",       "bandLow",       "bandHigh",    "done",
    "due",      "owner",   "source",        "sourceVisible", "cadence",     "driver",
    "signal",   "style",   "contributesTo", "scoreOverride", "scoreReason", "evidence",
    "notes",    "checkins"};
const char* const kCheckinKeys[] = {"date", "value", "confidence", "blockers", "note"};
const char* const kInitiativeKeys[] = {"id", "title", "owner", "keyResults", "notes"};
const char* const kAdjustmentKeys[] = {"id",    "date",   "targetKind",     "targetId", "action",
                                       "cause", "reason", "originalTarget", "newTarget"};
const char* const kRulesKeys[] = {"profile", "overrides"};

void readCheckin(Reader& r, const json& j, Checkin& c) {
    const std::size_t start = r.found;
    r.readRequiredDate(j, "date", "check-in", c.date);
    r.readNumber(j, "value", c.value);
    if (const json* v = r.field(j, "confidence")) {
        Reader::Scope s(r, "confidence");
        if (!v->is_number()) {
            r.typeError(*v, "a whole number from 0 to 10");
        } else {
            const double d = v->get<double>();
            if (d != std::floor(d) || d < 0 || d > 10)
                r.error(r.here(),
                        "confidence is " + v->dump() + "; it must be a whole number from 0 to 10");
            else
                c.confidence = static_cast<int>(d);
        }
    }
    r.readString(j, "blockers", c.blockers);
    r.readString(j, "note", c.note);
    r.keepUnknown(j, kCheckinKeys, c.extra, start);
}

void readKeyResult(Reader& r, const json& j, KeyResult& kr) {
    const std::size_t start = r.found;
    r.readId(j, "key result", kr.id);
    r.readString(j, "title", kr.title);
    r.readEnum(j, "kind", kr.kind);
    r.readString(j, "metric", kr.metric);
    r.readString(j, "unit", kr.unit);
    r.readEnum(j, "direction", kr.direction);
    r.readNumber(j, "baseline", kr.baseline);
    r.readNumber(j, "target", kr.target);
    r.readNumber(j, "current", kr.current);
    r.readNumber(j, "bandLow", kr.bandLow);
    r.readNumber(j, "bandHigh", kr.bandHigh);
    r.readBool(j, "done", kr.done);
    r.readDate(j, "due", kr.due);
    r.readString(j, "owner", kr.owner);
    r.readString(j, "source", kr.source);
    r.readBool(j, "sourceVisible", kr.sourceVisible);
    r.readEnum(j, "cadence", kr.cadence);
    r.readRef(j, "driver", kr.driver);
    r.readEnum(j, "signal", kr.signal);
    if (Reader::has(j, "style")) {
        Style style = Style::Committed;
        r.readEnum(j, "style", style);
        kr.style = style;
    }
    r.readRef(j, "contributesTo", kr.contributesTo);
    r.readNumber(j, "scoreOverride", kr.scoreOverride.score);
    r.readString(j, "scoreReason", kr.scoreOverride.reason);
    r.readString(j, "evidence", kr.evidence);
    r.readString(j, "notes", kr.notes);
    r.readArray(j, "checkins", [&](const json& item) {
        kr.checkins.emplace_back();
        readCheckin(r, item, kr.checkins.back());
    });
    r.keepUnknown(j, kKeyResultKeys, kr.extra, start);
}

void readObjective(Reader& r, const json& j, Objective& o) {
    const std::size_t start = r.found;
    r.readId(j, "objective", o.id);
    r.readString(j, "title", o.title);
    r.readString(j, "owner", o.owner);
    r.readEnum(j, "level", o.level);
    r.readRef(j, "parent", o.parent);
    r.readRef(j, "theme", o.theme);
    r.readEnum(j, "style", o.style);
    r.readString(j, "notes", o.notes);
    r.readArray(j, "keyResults", [&](const json& item) {
        o.keyResults.emplace_back();
        readKeyResult(r, item, o.keyResults.back());
    });
    r.keepUnknown(j, kObjectiveKeys, o.extra, start);
}

void readNode(Reader& r, const json& j, Node& n) {
    const std::size_t start = r.found;
    r.readId(j, "tree node", n.id);
    r.readString(j, "name", n.name);
    r.readEnum(j, "kind", n.kind);
    r.readEnum(j, "stage", n.stage);
    r.readString(j, "owner", n.kpi.owner);
    r.readString(j, "source", n.kpi.source);
    r.readString(j, "unit", n.kpi.unit);
    r.readNumber(j, "baseline", n.kpi.baseline);
    r.readNumber(j, "sigma", n.kpi.sigma);
    r.readEnum(j, "cadence", n.kpi.cadence);
    r.readNumber(j, "value", n.value);
    r.readNumber(j, "threshold", n.guardrail.threshold);
    r.readEnum(j, "comparison", n.guardrail.comparison);
    r.readBool(j, "monitorOnly", n.monitorOnly);
    r.readNumber(j, "x", n.position.x);
    r.readNumber(j, "y", n.position.y);
    r.readString(j, "notes", n.notes);
    r.keepUnknown(j, kNodeKeys, n.extra, start);
}

void readLink(Reader& r, const json& j, Link& l) {
    const std::size_t start = r.found;
    r.readId(j, "link", l.id);
    r.readRef(j, "from", l.from);
    r.readRef(j, "to", l.to);
    if (!Reader::has(j, "from"))
        r.error(r.here(), "this link has no \"from\" node; a link runs from a child metric");
    if (!Reader::has(j, "to"))
        r.error(r.here(), "this link has no \"to\" node; a link runs to the metric it drives");
    r.readEnum(j, "relation", l.relation);
    r.keepUnknown(j, kLinkKeys, l.extra, start);
}

void readInitiative(Reader& r, const json& j, Initiative& in) {
    const std::size_t start = r.found;
    r.readId(j, "initiative", in.id);
    r.readString(j, "title", in.title);
    r.readString(j, "owner", in.owner);
    if (const json* v = r.field(j, "keyResults")) {
        Reader::Scope s(r, "keyResults");
        if (!v->is_array()) {
            r.typeError(*v, "an array of key result IDs");
        } else {
            std::size_t i = 0;
            for (const auto& item : *v) {
                Reader::Scope si(r, i++);
                if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
                    r.typeError(item, "a key result ID (a non-empty string)");
                    continue;
                }
                if (r.checkLength(item.get_ref<const std::string&>()))
                    in.keyResults.emplace_back(item.get<std::string>());
            }
        }
    }
    r.readString(j, "notes", in.notes);
    r.keepUnknown(j, kInitiativeKeys, in.extra, start);
}

void readAdjustment(Reader& r, const json& j, Adjustment& a) {
    const std::size_t start = r.found;
    r.readId(j, "adjustment", a.id);
    r.readRequiredDate(j, "date", "adjustment", a.date);
    r.readEnum(j, "targetKind", a.targetKind);
    r.readString(j, "targetId", a.targetId);
    r.readEnum(j, "action", a.action);
    r.readEnum(j, "cause", a.cause);
    r.readString(j, "reason", a.reason);
    r.readNumber(j, "originalTarget", a.originalTarget);
    r.readNumber(j, "newTarget", a.newTarget);
    r.keepUnknown(j, kAdjustmentKeys, a.extra, start);
}

void readRules(Reader& r, const json& j, RuleSettings& rules) {
    const std::size_t start = r.found;
    r.readEnum(j, "profile", rules.profile);
    r.readObject(j, "overrides", [&](const json& overrides) {
        for (const auto& item : overrides.items()) {
            Reader::Scope s(r, item.key());
            const json& v = item.value();
            const std::string expected = "a severity: one of " + enumChoices<Severity>();
            if (!v.is_string()) {
                r.typeError(v, expected.c_str());
                continue;
            }
            auto sev = parseEnum<Severity>(v.get_ref<const std::string&>());
            if (!sev) {
                r.typeError(v, expected.c_str());
                continue;
            }
            if (!r.checkLength(item.key())) continue;
            if (!isKnownRuleId(item.key()))
                r.warning(r.here(), "no rule has the ID \"" + printable(item.key()) +
                                        "\"; the setting is kept but has no effect");
            rules.overrides[item.key()] = *sev;
        }
    });
    r.keepUnknown(j, kRulesKeys, rules.extra, start);
}

void readPlan(Reader& r, const json& doc, Plan& plan) {
    const std::size_t docStart = r.found;
    r.readObject(doc, "plan", [&](const json& j) {
        const std::size_t start = r.found;
        r.readString(j, "title", plan.meta.title);
        r.readString(j, "client", plan.meta.client);
        r.readEnum(j, "level", plan.meta.level);
        r.readDate(j, "start", plan.meta.start);
        r.readDate(j, "end", plan.meta.end);
        r.keepUnknown(j, kMetaKeys, plan.meta.extra, start);
    });
    r.readObject(doc, "strategy", [&](const json& j) {
        const std::size_t start = r.found;
        r.readString(j, "vision", plan.strategy.vision);
        r.readString(j, "statement", plan.strategy.statement);
        r.readArray(j, "themes", [&](const json& item) {
            const std::size_t start = r.found;
            Theme t;
            r.readId(item, "theme", t.id);
            r.readString(item, "title", t.title);
            r.keepUnknown(item, kThemeKeys, t.extra, start);
            plan.strategy.themes.push_back(std::move(t));
        });
        r.keepUnknown(j, kStrategyKeys, plan.strategy.extra, start);
    });
    r.readObject(doc, "economics", [&](const json& j) {
        const std::size_t start = r.found;
        r.readString(j, "currency", plan.economics.currency);
        r.readNumber(j, "revenuePerSale", plan.economics.revenuePerSale);
        r.readNumber(j, "lifetimeValue", plan.economics.lifetimeValue);
        r.readString(j, "capacity", plan.economics.capacity);
        r.keepUnknown(j, kEconomicsKeys, plan.economics.extra, start);
    });
    r.readObject(doc, "tree", [&](const json& j) {
        const std::size_t start = r.found;
        r.readArray(j, "nodes", [&](const json& item) {
            plan.tree.nodes.emplace_back();
            readNode(r, item, plan.tree.nodes.back());
        });
        r.readArray(j, "links", [&](const json& item) {
            plan.tree.links.emplace_back();
            readLink(r, item, plan.tree.links.back());
        });
        r.keepUnknown(j, kTreeKeys, plan.tree.extra, start);
    });
    r.readArray(doc, "objectives", [&](const json& item) {
        plan.objectives.emplace_back();
        readObjective(r, item, plan.objectives.back());
    });
    r.readArray(doc, "initiatives", [&](const json& item) {
        plan.initiatives.emplace_back();
        readInitiative(r, item, plan.initiatives.back());
    });
    r.readArray(doc, "adjustments", [&](const json& item) {
        plan.adjustments.emplace_back();
        readAdjustment(r, item, plan.adjustments.back());
    });
    r.readObject(doc, "rules", [&](const json& j) { readRules(r, j, plan.rules); });
    r.keepUnknown(doc, kTopKeys, plan.extra, docStart);
}

// Entities in the document, counted before reading them (arrays of the known sections only).
std::size_t countDocumentEntities(const json& doc) {
    auto size = [](const json& obj, const char* key) -> std::size_t {
        if (!obj.is_object()) return 0;
        auto it = obj.find(key);
        return it != obj.end() && it->is_array() ? it->size() : 0;
    };
    std::size_t n = 0;
    if (auto s = doc.find("strategy"); s != doc.end()) n += size(*s, "themes");
    if (auto t = doc.find("tree"); t != doc.end()) n += size(*t, "nodes") + size(*t, "links");
    n += size(doc, "initiatives") + size(doc, "adjustments");
    if (auto o = doc.find("objectives"); o != doc.end() && o->is_array()) {
        n += o->size();
        for (const auto& obj : *o) {
            if (!obj.is_object()) continue;
            auto krs = obj.find("keyResults");
            if (krs == obj.end() || !krs->is_array()) continue;
            n += krs->size();
            for (const auto& kr : *krs) n += size(kr, "checkins");
        }
    }
    return n;
}

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
        // Multi-byte sequence: validate lead and continuation bytes (no overlongs, no
        // surrogates, at most U+10FFFF).
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        bool valid = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            const unsigned char b = static_cast<unsigned char>(s[i + k]);
            const unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            valid = b >= l && b <= h;
        }
        if (valid) {
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
        out += ": ";
    }
    void item() {
        if (!first_) out += ',';
        first_ = false;
        newline();
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

    template <std::size_t N>
    void extras(const Extra& extra, const char* const (&known)[N]) {
        if (!extra.is_object()) return;
        for (const auto& item : extra.items()) {
            if (isKnownKey(known, item.key())) continue;
            key(item.key());
            value(item.value());
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

    // Stage 2: JSON.
    json doc;
    DocumentBuilder builder(doc);
    bool parsed = false;
    try {
        parsed = json::sax_parse(bytes.begin(), bytes.end(), &builder);
    } catch (const std::exception& e) {
        return fail("", std::string("the file cannot be read: ") + printable(e.what(), 200));
    }
    if (!builder.duplicatePath.empty())
        return fail(builder.duplicatePath, "the key \"" + printable(builder.duplicateKey) +
                                               "\" appears twice in this object; keep one of them");
    if (!parsed) {
        const std::size_t offset =
            errorPosition(bytes, builder.errorByte > 0 ? builder.errorByte - 1 : 0);
        const std::string where = at(positionOf(bytes, offset));
        if (builder.errorIsOverflow)
            return fail("", "the number " + printable(wordAround(bytes, offset)) + " at " + where +
                                " is too large to store; plan numbers must lie between -1e15 "
                                "and 1e15");
        if (looksLikeNanOrInfinity(wordAround(bytes, offset)))
            return fail("", "the file is not valid JSON at " + where +
                                ": NaN and Infinity are not JSON numbers; write a number or "
                                "leave the value out");
        return fail("", "the file is not valid JSON at " + where + ": " +
                            parseErrorReason(builder.errorMessage.c_str()));
    }

    // Stage 3: what file is this?
    if (!doc.is_object())
        return fail("",
                    "a plan file is a JSON object ({ … }), but this file holds " + typeNameOf(doc));
    auto format = doc.find("format");
    if (format == doc.end())
        return fail("",
                    "the file has no \"format\" key; a plan file starts with "
                    "\"format\": \"okr-plan\"");
    if (!format->is_string() || format->get_ref<const std::string&>() != "okr-plan")
        return fail("/format", "this is not an OKR plan file: expected \"okr-plan\", found " +
                                   typeNameOf(*format));
    auto version = doc.find("version");
    if (version == doc.end())
        return fail("", "the file has no \"version\" key; write \"version\": " +
                            std::to_string(kFormatVersion));
    if (!version->is_number_integer())
        return fail("/version", "expected a whole number, found " + typeNameOf(*version));
    const long long v = version->get<long long>();
    if (v > kFormatVersion)
        return fail("/version", "this file needs version " + std::to_string(v) +
                                    " of the format; this app reads up to " +
                                    std::to_string(kFormatVersion));
    if (v < 1)
        return fail("/version", "version " + std::to_string(v) +
                                    " is not a version of the format; versions start at 1");
    std::string migrationError;
    if (!migrateDocument(doc, static_cast<int>(v), kFormatVersion, migrationSteps(),
                         migrationError))
        return fail("/version", migrationError);

    // Stage 4: typed read.
    if (const std::size_t n = countDocumentEntities(doc); n > kMaxEntities)
        return fail("", "the plan has " + withCommas(n) +
                            " entities (objectives, key results, check-ins, nodes, links, …); "
                            "a plan file holds at most 10,000");
    Plan plan;
    Reader reader;
    readPlan(reader, doc, plan);

    // Stage 5: cross-checks (only on a plan whose parts all read cleanly).
    if (!reader.failed) {
        for (auto& p : validatePlan(plan)) {
            reader.failed = true;
            reader.problems.push_back(std::move(p));
        }
    }

    result.problems = std::move(reader.problems);
    if (result.problems.size() > kMaxProblems) {
        const std::size_t more = result.problems.size() - kMaxProblems;
        result.problems.resize(kMaxProblems);
        result.problems.push_back(
            {"", "… and " + withCommas(more) + " more problems not shown", false});
    }
    if (!reader.failed) result.plan = std::move(plan);
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
