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
// Saving writes the JSON text directly (no DOM) in a fixed key order.
//
// The keys of every entity, their types, limits and order are model/fields.h's field lists: the
// codecs below take them from there and add only the code of the sub-lists (check-ins, key
// results, …) and of the two sections that are not entities (the top level and `tree`). One
// codec serves both directions: the reader's known keys are the writer's keys, in its order.
#include "io/format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

#include "analysis/rule_ids.h"
#include "io/json_scan.h"
#include "io/kept_json.h"
#include "io/migrate.h"
#include "model/fields.h"
#include "model/text.h"
#include "model/validate.h"

namespace okr {

namespace {

using json = nlohmann::json;

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

std::string choicesText(const std::vector<std::string_view>& choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
        out += '"';
        out += choices[i];
        out += '"';
    }
    return out;
}

// The sentence for an entity without a value it needs (FieldInfo::missing, or one made from the
// entity's noun for IDs and dates).
template <class T>
std::string missingSentence(const FieldInfo<T>& f, const char* noun) {
    if (f.missing) return f.missing;
    if (f.type == FieldType::Id)
        return std::string("this ") + noun + " has no \"" + f.key + "\"; every " + noun +
               " needs a unique ID";
    return std::string("this ") + noun + " has no \"" + f.key + "\"; write it as YYYY-MM-DD";
}

class Reader;
class Writer;

// One key of an object in the file: a scalar field of a field list (fields.h), or a list or
// section read and written by its own code.
template <class T>
struct KeyCodec {
    std::string_view key;
    const FieldInfo<T>* field = nullptr;
    void (*read)(Reader&, T&) = nullptr;
    void (*write)(Writer&, const T&) = nullptr;
};

// The keys of one kind of object, in save order; also the reader's list of known keys.
template <class T>
struct ObjectCodec {
    const char* noun = "";
    std::vector<KeyCodec<T>> keys;

    int indexOf(std::string_view key) const {
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i].key == key) return static_cast<int>(i);
        return -1;
    }
    bool knows(std::string_view key) const { return indexOf(key) >= 0; }
};

// The codec of entity type T: its field list, with `lists` giving the code of each of its
// sub-lists by key. A list of the field list without code here (or code for a key it does not
// have) is a programming error that the first load or save reports by aborting.
template <class T>
ObjectCodec<T> entityCodec(std::initializer_list<KeyCodec<T>> lists) {
    const EntityInfo<T>& info = entityInfo<T>();
    ObjectCodec<T> codec;
    codec.noun = info.noun;
    std::size_t used = 0;
    for (const FieldInfo<T>& f : info.fields) {
        if (f.scalar()) {
            codec.keys.push_back({f.key, &f, nullptr, nullptr});
            continue;
        }
        auto it = std::find_if(lists.begin(), lists.end(),
                               [&](const KeyCodec<T>& l) { return l.key == f.key; });
        if (it == lists.end()) std::abort();
        codec.keys.push_back(*it);
        ++used;
    }
    if (used != lists.size()) std::abort();
    if (codec.keys.size() > 64) std::abort();
    return codec;
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

    bool checkLength(const std::string& s, std::size_t limit = kMaxTextChars) {
        if (s.size() <= limit) return true;
        const std::size_t chars = utf8Length(s);
        if (chars <= limit) return true;
        error(here(), textTooLong(chars, limit));
        return false;
    }

    bool checkNumber(double v, std::string_view text, double min = -kMaxMagnitude,
                     double max = kMaxMagnitude) {
        if (v >= min && v <= max) return true;
        error(here(), "the number " + printable(text) +
                          " is too large; plan numbers must lie between " + numberText(min) +
                          " and " + numberText(max));
        return false;
    }

    // Every string and number of a kept (unknown-key) value.
    void checkKept(const json& v) {
        switch (v.type()) {
            case json::value_t::string:
                checkLength(v.get_ref<const std::string&>());
                break;
            case json::value_t::number_float:
            case json::value_t::number_integer:
            case json::value_t::number_unsigned: {
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

    // ---- typed values; each returns true when it read one (and false for null, a value of the
    // wrong kind, or one outside the limits, which is then a problem)
    bool text(std::string& out, std::size_t limit = kMaxTextChars) {
        if (!expect(Kind::String, "text (a JSON string)")) return false;
        if (!sc.readString(out)) return false;
        if (checkLength(out, limit)) return true;
        out.clear();
        return false;
    }

    // A required, non-empty ID of field `f` of an entity called `noun`.
    template <class T>
    bool id(std::string& out, const FieldInfo<T>& f, const char* noun) {
        if (sc.peek() == Kind::Null) {
            sc.readNull();
            error(here(), missingSentence(f, noun));
            return false;
        }
        if (!expect(Kind::String, "an ID (a JSON string)")) return false;
        if (!sc.readString(out)) return false;
        if (out.empty()) {
            error(here(), "the ID is empty; IDs are non-empty strings");
            return true;
        }
        if (checkLength(out)) return true;
        out.clear();
        return false;
    }

    bool number(double& out, double min = -kMaxMagnitude, double max = kMaxMagnitude) {
        if (!expect(Kind::Number, "a number")) return false;
        double d = 0;
        if (!sc.readNumber(d)) return false;
        if (!checkNumber(d, sc.lastNumberText(), min, max)) return false;
        out = d;
        return true;
    }

    bool wholeNumber(double& out, const char* key, double min, double max) {
        double d = 0;
        if (sc.peek() != Kind::Number) {
            expect(Kind::Number, wholeNumberRange(min, max));
            return false;
        }
        if (!sc.readNumber(d)) return false;
        if (d != std::floor(d) || d < min || d > max) {
            error(here(), std::string(key) + " is " + printable(sc.lastNumberText()) +
                              "; it must be " + wholeNumberRange(min, max));
            return false;
        }
        out = d;
        return true;
    }

    bool boolean(bool& out) {
        if (!expect(Kind::Bool, "true or false")) return false;
        return sc.readBool(out);
    }

    // An enum's file spelling, stored through `f` (which knows the enum).
    template <class T>
    void enumeration(const FieldInfo<T>& f, T& target) {
        const Kind k = sc.peek();
        if (k == Kind::Null) {
            sc.readNull();
            return;
        }
        json v;
        if (k == Kind::String) {
            std::string s;
            if (!sc.readString(s)) return;
            if (f.assign(target, FieldValue(s))) return;
            v = std::move(s);
        } else if (!anyValue(v)) {
            return;
        }
        typeError(v, "one of " + choicesText(*f.choices));
    }

    bool date(std::optional<Date>& out) {
        const Kind k = sc.peek();
        if (k == Kind::Null) {
            sc.readNull();
            return false;
        }
        if (k == Kind::String) {
            std::string s;
            if (!sc.readString(s)) return false;
            if (auto d = Date::parse(s)) {
                out = d;
                return true;
            }
            typeError(json(s), "a real calendar date written YYYY-MM-DD");
            return false;
        }
        json v;
        if (anyValue(v)) typeError(v, "a date written YYYY-MM-DD");
        return false;
    }

    // A date the entity cannot do without; `noun` names the entity.
    bool requiredDate(std::optional<Date>& out, const char* noun, const char* key) {
        if (sc.peek() == Kind::Null) {
            sc.readNull();
            error(here(),
                  std::string("this ") + noun + " has no " + key + "; write it as YYYY-MM-DD");
            return false;
        }
        return date(out);
    }

    // The value of scalar field `f` of `target`, an entity called `noun`.
    template <class T>
    void field(const FieldInfo<T>& f, const char* noun, T& target) {
        switch (f.type) {
            case FieldType::Text:
            case FieldType::Ref: {
                std::string s;
                if (text(s, f.maxChars)) f.assign(target, std::move(s));
                break;
            }
            case FieldType::Id: {
                std::string s;
                if (id(s, f, noun)) f.assign(target, std::move(s));
                break;
            }
            case FieldType::Number:
            case FieldType::OptionalNumber: {
                double d = 0;
                if (number(d, f.min, f.max)) f.assign(target, d);
                break;
            }
            case FieldType::WholeNumber: {
                double d = 0;
                if (wholeNumber(d, f.key, f.min, f.max)) f.assign(target, d);
                break;
            }
            case FieldType::Bool: {
                bool b = false;
                if (boolean(b)) f.assign(target, b);
                break;
            }
            case FieldType::Enum:
            case FieldType::OptionalEnum:
                enumeration(f, target);
                break;
            case FieldType::Date: {
                std::optional<Date> d;
                if (requiredDate(d, noun, f.key)) f.assign(target, *d);
                break;
            }
            case FieldType::OptionalDate: {
                std::optional<Date> d;
                if (date(d)) f.assign(target, *d);
                break;
            }
            case FieldType::List:
                break;
        }
    }

    // ---- objects and arrays

    // Reads the members of the object that comes next: known keys through `codec`, others kept
    // in `extra`. Returns the bits (by key index) of the known keys present.
    template <class T>
    std::uint64_t members(const ObjectCodec<T>& codec, T& target, Extra& extra) {
        std::uint64_t seen = 0;
        if (!sc.beginObject()) return 0;
        std::string key;
        while (sc.nextKey(key)) {
            const int index = codec.indexOf(key);
            if (index >= 0) {
                const KeyCodec<T>& known = codec.keys[static_cast<std::size_t>(index)];
                const std::uint64_t bit = std::uint64_t(1) << index;
                Scope s(*this, known.key);
                if (seen & bit) return duplicate(key);
                seen |= bit;
                if (known.field)
                    field(*known.field, codec.noun, target);
                else
                    known.read(*this, target);
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

    // The values an entity cannot do without (FieldInfo::required), after reading it: text must
    // not be empty, other keys must be present.
    template <class T>
    void required(const ObjectCodec<T>& codec, const T& entity, std::uint64_t seen) {
        for (std::size_t i = 0; i < codec.keys.size(); ++i) {
            const FieldInfo<T>* f = codec.keys[i].field;
            if (!f || !f->required) continue;
            const bool missing = f->type == FieldType::Text ? f->view(entity).text()->empty()
                                                            : !(seen & (std::uint64_t(1) << i));
            if (missing) error(here(), missingSentence(*f, codec.noun));
        }
    }

    // An object value of a section (plan, strategy, …) read through `codec`.
    template <class T>
    void section(const ObjectCodec<T>& codec, T& target, Extra& extra) {
        if (!expect(Kind::Object, "an object ({ … })")) return;
        members(codec, target, extra);
    }

    // An array of entities.
    template <class T>
    void list(std::vector<T>& out, const ObjectCodec<T>& codec) {
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
            const std::uint64_t seen = members(codec, out.back(), out.back().extra);
            if (!sc.ok()) return;
            required(codec, out.back(), seen);
        }
    }

    std::uint64_t duplicate(const std::string& key) {
        duplicatePath = here();
        sc.fail(
            JsonScanner::ErrorKind::DuplicateKey, sc.offset(),
            "the key \"" + printable(key) + "\" appears twice in this object; keep one of them");
        return 0;
    }
};

// ---- the sub-lists, read

void readKeyResultIds(Reader& r, Initiative& in) {
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
}

void readOverrides(Reader& r, RuleSettings& s) {
    if (!r.expect(Kind::Object, "an object ({ … })") || !r.sc.beginObject()) return;
    std::string rule;
    while (r.sc.nextKey(rule)) {
        Reader::Scope scope(r, rule);
        if (s.overrides.count(rule)) {
            r.duplicate(rule);
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
}

// `rules.thresholds`: a known key and a number in its range; anything else is an error at its
// path, and the rest of the plan still loads.
void readThresholds(Reader& r, RuleSettings& s) {
    if (!r.expect(Kind::Object, "an object ({ … })") || !r.sc.beginObject()) return;
    std::string key;
    while (r.sc.nextKey(key)) {
        Reader::Scope scope(r, key);
        if (s.thresholds.count(key)) {
            r.duplicate(key);
            return;
        }
        double min = 0, max = 0;
        bool whole = false;
        if (!thresholdBounds(key, min, max, whole)) {
            json skipped;
            if (!r.anyValue(skipped)) return;
            r.error(r.here(), "no threshold is called \"" + printable(key) +
                                  "\"; the thresholds are " + thresholdKeyList());
            continue;
        }
        double v = 0;
        if (whole ? !r.wholeNumber(v, key.c_str(), min, max) : !r.number(v, min, max)) continue;
        s.thresholds[key] = v;
    }
}

void readVersionKey(Reader& r, std::optional<json>& out) {
    json v;
    if (r.anyValue(v)) out = std::move(v);
}

// ---------------------------------------------------------------------------------------------
// Saving

// Appends `s` as a JSON string: escapes quotes, backslashes and control characters, replaces
// bytes that are not UTF-8 with U+FFFD, and cuts text at 10,000 characters so every saved file
// loads again.
void appendString(std::string& out, std::string_view s) {
    out += '"';
    // Fast path: printable ASCII without quotes or backslashes goes out as it is.
    if (s.size() <= kMaxTextChars && std::all_of(s.begin(), s.end(), [](char c) {
            return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
        })) {
        out.append(s.data(), s.size());
        out += '"';
        return;
    }
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < s.size() && chars < kMaxTextChars) {
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

    // The value of scalar field `f` of `entity`; the omission rule of FORMAT.md lives here: an
    // empty text or reference and an absent value are left out unless the field is required or
    // always written; numbers, booleans, enums and dates the entity needs are always written.
    template <class T>
    void field(const FieldInfo<T>& f, const T& entity) {
        const FieldView v = f.view(entity);
        switch (f.type) {
            case FieldType::Text:
            case FieldType::Id:
            case FieldType::Ref: {
                const std::string_view s = *v.text();
                if (s.empty() && !f.required && !f.always) return;
                key(f.key);
                string(s);
                return;
            }
            case FieldType::Number: {
                const double d = *v.number();
                key(f.key);
                number(std::isfinite(d) ? std::clamp(d, f.min, f.max) : 0.0);
                return;
            }
            case FieldType::OptionalNumber:
                if (!v.number() || !std::isfinite(*v.number())) return;
                key(f.key);
                number(std::clamp(*v.number(), f.min, f.max));
                return;
            case FieldType::WholeNumber:
                if (!v.number()) return;
                key(f.key);
                integer(static_cast<long long>(std::clamp(*v.number(), f.min, f.max)));
                return;
            case FieldType::Bool:
                key(f.key);
                boolean(*v.truth());
                return;
            case FieldType::Enum:
            case FieldType::OptionalEnum:
                if (v.absent()) return;
                key(f.key);
                string(*v.text());
                return;
            case FieldType::Date:
            case FieldType::OptionalDate:
                if (v.absent()) return;
                key(f.key);
                date(*v.date());
                return;
            case FieldType::List:
                return;
        }
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

    // The kept unknown keys, after the known ones, in sorted order (a kept key that is a known
    // key of `known` is skipped: the known value is the one written).
    template <class T>
    void extras(const Extra& extra, const ObjectCodec<T>& known) {
        for (const Extra::Member& m : extra.members()) {
            if (known.knows(m.key)) continue;
            key(m.key);
            json v;
            if (parseJson(m.json, v))
                value(v);
            else
                out += "null";
        }
    }

    // An object through its codec: known keys in order, then its kept unknown keys.
    template <class T>
    void object(const ObjectCodec<T>& codec, const T& target, const Extra& extra) {
        beginObject();
        for (const KeyCodec<T>& k : codec.keys) {
            if (k.field)
                field(*k.field, target);
            else
                k.write(*this, target);
        }
        extras(extra, codec);
        endObject();
    }
    template <class T>
    void object(const ObjectCodec<T>& codec, const T& entity) {
        object(codec, entity, entity.extra);
    }

    template <class T>
    void array(std::string_view k, const std::vector<T>& items, const ObjectCodec<T>& codec) {
        key(k);
        beginArray();
        for (const T& item : items) {
            this->item();
            object(codec, item);
        }
        endArray();
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

// ---------------------------------------------------------------------------------------------
// The codecs of format version 1: the entities' field lists (fields.h) with the code of their
// sub-lists, and the two sections that are not entities.

const ObjectCodec<Checkin>& checkinCodec() {
    static const ObjectCodec<Checkin> codec = entityCodec<Checkin>({});
    return codec;
}

const ObjectCodec<KeyResult>& keyResultCodec() {
    static const ObjectCodec<KeyResult> codec = entityCodec<KeyResult>({
        {"checkins", nullptr, [](Reader& r, KeyResult& k) { r.list(k.checkins, checkinCodec()); },
         [](Writer& w, const KeyResult& k) { w.array("checkins", k.checkins, checkinCodec()); }},
    });
    return codec;
}

const ObjectCodec<Objective>& objectiveCodec() {
    static const ObjectCodec<Objective> codec = entityCodec<Objective>({
        {"keyResults", nullptr,
         [](Reader& r, Objective& o) { r.list(o.keyResults, keyResultCodec()); },
         [](Writer& w, const Objective& o) {
             w.array("keyResults", o.keyResults, keyResultCodec());
         }},
    });
    return codec;
}

const ObjectCodec<Node>& nodeCodec() {
    static const ObjectCodec<Node> codec = entityCodec<Node>({});
    return codec;
}

const ObjectCodec<Link>& linkCodec() {
    static const ObjectCodec<Link> codec = entityCodec<Link>({});
    return codec;
}

const ObjectCodec<Initiative>& initiativeCodec() {
    static const ObjectCodec<Initiative> codec = entityCodec<Initiative>({
        {"keyResults", nullptr, readKeyResultIds,
         [](Writer& w, const Initiative& in) {
             w.key("keyResults");
             w.beginArray();
             for (const auto& id : in.keyResults) {
                 w.item();
                 w.string(id.value);
             }
             w.endArray();
         }},
    });
    return codec;
}

const ObjectCodec<Adjustment>& adjustmentCodec() {
    static const ObjectCodec<Adjustment> codec = entityCodec<Adjustment>({});
    return codec;
}

const ObjectCodec<RetroAnswer>& retroCodec() {
    static const ObjectCodec<RetroAnswer> codec = entityCodec<RetroAnswer>({});
    return codec;
}

const ObjectCodec<Theme>& themeCodec() {
    static const ObjectCodec<Theme> codec = entityCodec<Theme>({});
    return codec;
}

const ObjectCodec<PlanMeta>& metaCodec() {
    static const ObjectCodec<PlanMeta> codec = entityCodec<PlanMeta>({});
    return codec;
}

const ObjectCodec<Strategy>& strategyCodec() {
    static const ObjectCodec<Strategy> codec = entityCodec<Strategy>({
        {"themes", nullptr, [](Reader& r, Strategy& s) { r.list(s.themes, themeCodec()); },
         [](Writer& w, const Strategy& s) { w.array("themes", s.themes, themeCodec()); }},
    });
    return codec;
}

const ObjectCodec<Economics>& economicsCodec() {
    static const ObjectCodec<Economics> codec = entityCodec<Economics>({});
    return codec;
}

const ObjectCodec<RuleSettings>& rulesCodec() {
    static const ObjectCodec<RuleSettings> codec = entityCodec<RuleSettings>({
        {"overrides", nullptr, readOverrides,
         [](Writer& w, const RuleSettings& s) {
             w.key("overrides");
             w.beginObject();
             for (const auto& [id, severity] : s.overrides) {
                 w.key(id);
                 w.string(name(severity));
             }
             w.endObject();
         }},
        {"thresholds", nullptr, readThresholds,
         [](Writer& w, const RuleSettings& s) {
             if (s.thresholds.empty()) return;
             w.key("thresholds");
             w.beginObject();
             for (const auto& [key, value] : s.thresholds) {
                 w.key(key);
                 w.number(value);
             }
             w.endObject();
         }},
    });
    return codec;
}

// `tree`: the metric tree's two lists.
const ObjectCodec<Tree>& treeCodec() {
    static const ObjectCodec<Tree> codec{
        "tree",
        {
            {"nodes", nullptr, [](Reader& r, Tree& t) { r.list(t.nodes, nodeCodec()); },
             [](Writer& w, const Tree& t) { w.array("nodes", t.nodes, nodeCodec()); }},
            {"links", nullptr, [](Reader& r, Tree& t) { r.list(t.links, linkCodec()); },
             [](Writer& w, const Tree& t) { w.array("links", t.links, linkCodec()); }},
        }};
    return codec;
}

// The top level: format and version, then the plan's sections and lists (FORMAT.md).
const ObjectCodec<Plan>& topCodec() {
    static const ObjectCodec<Plan> codec{
        "plan file",
        {
            {"format", nullptr, [](Reader& r, Plan&) { readVersionKey(r, r.format); },
             [](Writer& w, const Plan&) {
                 w.key("format");
                 w.string("okr-plan");
             }},
            {"version", nullptr, [](Reader& r, Plan&) { readVersionKey(r, r.version); },
             [](Writer& w, const Plan&) {
                 w.key("version");
                 w.integer(kFormatVersion);
             }},
            {"plan", nullptr,
             [](Reader& r, Plan& p) { r.section(metaCodec(), p.meta, p.meta.extra); },
             [](Writer& w, const Plan& p) {
                 w.key("plan");
                 w.object(metaCodec(), p.meta);
             }},
            {"strategy", nullptr,
             [](Reader& r, Plan& p) { r.section(strategyCodec(), p.strategy, p.strategy.extra); },
             [](Writer& w, const Plan& p) {
                 w.key("strategy");
                 w.object(strategyCodec(), p.strategy);
             }},
            {"economics", nullptr,
             [](Reader& r, Plan& p) {
                 r.section(economicsCodec(), p.economics, p.economics.extra);
             },
             [](Writer& w, const Plan& p) {
                 w.key("economics");
                 w.object(economicsCodec(), p.economics);
             }},
            {"tree", nullptr,
             [](Reader& r, Plan& p) { r.section(treeCodec(), p.tree, p.tree.extra); },
             [](Writer& w, const Plan& p) {
                 w.key("tree");
                 w.object(treeCodec(), p.tree);
             }},
            {"objectives", nullptr,
             [](Reader& r, Plan& p) { r.list(p.objectives, objectiveCodec()); },
             [](Writer& w, const Plan& p) {
                 w.array("objectives", p.objectives, objectiveCodec());
             }},
            {"initiatives", nullptr,
             [](Reader& r, Plan& p) { r.list(p.initiatives, initiativeCodec()); },
             [](Writer& w, const Plan& p) {
                 w.array("initiatives", p.initiatives, initiativeCodec());
             }},
            {"adjustments", nullptr,
             [](Reader& r, Plan& p) { r.list(p.adjustments, adjustmentCodec()); },
             [](Writer& w, const Plan& p) {
                 w.array("adjustments", p.adjustments, adjustmentCodec());
             }},
            {"retrospective", nullptr,
             [](Reader& r, Plan& p) { r.list(p.retrospective, retroCodec()); },
             [](Writer& w, const Plan& p) {
                 // Left out when empty, so files written before the key existed stay canonical.
                 if (!p.retrospective.empty())
                     w.array("retrospective", p.retrospective, retroCodec());
             }},
            {"rules", nullptr,
             [](Reader& r, Plan& p) { r.section(rulesCodec(), p.rules, p.rules.extra); },
             [](Writer& w, const Plan& p) {
                 w.key("rules");
                 w.object(rulesCodec(), p.rules);
             }},
        }};
    return codec;
}

}  // namespace

LoadResult loadPlan(std::string_view bytes) {
    LoadResult result;
    auto fail = [&](std::string path, std::string message) {
        result.problems.push_back({std::move(path), std::move(message), false});
        return result;
    };

    // Stage 1: raw bytes. A UTF-8 byte-order mark (what some editors write first) is skipped;
    // UTF-16 is named, not read as broken UTF-8.
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const bool utf16 = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ||
                       (bytes.size() >= 2 && ((bytes[0] == '\0') != (bytes[1] == '\0')));
    if (utf16)
        return fail("",
                    "the file is UTF-16 text; plan files are UTF-8: save it again as UTF-8 in the "
                    "editor that wrote it");
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
        r.members(topCodec(), plan, plan.extra);
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
                        "the plan has more than " + withCommas(kMaxEntities) +
                            " entities (objectives, key results, check-ins, nodes, links, …); a "
                            "plan file holds at most " +
                            withCommas(kMaxEntities));
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
    // A version past what a long long holds is a future version too, not a negative one.
    if (r.version->is_number_unsigned() &&
        r.version->get<unsigned long long>() > static_cast<unsigned long long>(kFormatVersion))
        return fail("/version", "this file needs version " + r.version->dump() +
                                    " of the format; this app reads up to " +
                                    std::to_string(kFormatVersion));
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
        json doc;
        if (!parseJson(bytes, doc)) return fail("", "the file cannot be read as JSON");
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
    // About 190 bytes an entity in the benchmark plan: one allocation instead of a string that
    // doubles (and copies itself) a dozen times on a big plan.
    w.out.reserve((std::size_t(1) << 16) + countEntities(plan) * 224);
    w.object(topCodec(), plan);
    w.out += '\n';
    return std::move(w.out);
}

}  // namespace okr
