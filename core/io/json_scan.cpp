// The streaming JSON reader; see json_scan.h.
#include "io/json_scan.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "model/text.h"

namespace okr {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        const char b[2] = {static_cast<char>(0xC0 | (cp >> 6)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 2);
    } else if (cp < 0x10000) {
        const char b[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                           static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 3);
    } else {
        const char b[4] = {
            static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 4);
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

std::size_t utf8Sequence(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
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
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char b = static_cast<unsigned char>(s[i + k]);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
    }
    return len;
}

void JsonScanner::fail(ErrorKind kind, std::size_t offset, std::string message) {
    if (!ok()) return;
    error_.kind = kind;
    error_.offset = offset;
    error_.message = std::move(message);
}

void JsonScanner::skipSpace() {
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
        ++pos_;
    }
}

std::string JsonScanner::found() const {
    if (pos_ >= text_.size()) return "the end of the file";
    const unsigned char c = static_cast<unsigned char>(text_[pos_]);
    char buf[24];
    if (c >= 0x20 && c < 0x7F)
        std::snprintf(buf, sizeof buf, "'%c'", c);
    else
        std::snprintf(buf, sizeof buf, "the byte \\x%02X", c);
    return buf;
}

JsonScanner::Kind JsonScanner::peek() {
    if (!ok()) return Kind::Invalid;
    skipSpace();
    if (pos_ >= text_.size()) return Kind::End;
    switch (text_[pos_]) {
        case 'n':
            return Kind::Null;
        case 't':
        case 'f':
            return Kind::Bool;
        case '"':
            return Kind::String;
        case '{':
            return Kind::Object;
        case '[':
            return Kind::Array;
        default:
            return text_[pos_] == '-' || isDigit(text_[pos_]) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonScanner::expectValueError() {
    if (!ok()) return false;
    std::size_t end = pos_;
    while (end < text_.size() && isWordChar(text_[end])) ++end;
    std::string word(text_.substr(pos_, end - pos_));
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!word.empty() && (word[0] == '-' || word[0] == '+')) word.erase(0, 1);
    if (word.rfind("nan", 0) == 0 || word.rfind("inf", 0) == 0) {
        fail(ErrorKind::NotANumber, pos_,
             "NaN and Infinity are not JSON numbers; write a number or leave the value out");
        return false;
    }
    if (pos_ >= text_.size()) return syntax("the file ends where a value was expected");
    return syntax(
        "expected a value (an object, an array, text in double quotes, a number, true, false or "
        "null), found " +
        found());
}

bool JsonScanner::literal(std::string_view word) {
    if (text_.compare(pos_, word.size(), word) == 0 &&
        (pos_ + word.size() == text_.size() ||
         !std::isalnum(static_cast<unsigned char>(text_[pos_ + word.size()])))) {
        pos_ += word.size();
        return true;
    }
    return expectValueError();
}

bool JsonScanner::readNull() {
    if (peek() != Kind::Null) return expectValueError();
    return literal("null");
}

bool JsonScanner::readBool(bool& out) {
    if (peek() != Kind::Bool) return expectValueError();
    out = text_[pos_] == 't';
    return literal(out ? "true" : "false");
}

bool JsonScanner::readNumber(double& out, bool* isInteger) {
    if (peek() != Kind::Number) return expectValueError();
    const std::size_t start = pos_;
    const std::size_t n = text_.size();
    bool negative = false;
    if (text_[pos_] == '-') {
        negative = true;
        ++pos_;
    }
    if (pos_ >= n || !isDigit(text_[pos_])) {
        pos_ = start;
        return expectValueError();
    }
    std::uint64_t mantissa = 0;
    int significant = 0;  // digits after leading zeros
    long exponent10 = 0;  // power of ten applied to `mantissa`
    bool exact = true;    // mantissa holds every significant digit
    auto digit = [&](char c, bool fraction) {
        if (significant == 0 && c == '0') {
            if (fraction) --exponent10;
            return;
        }
        if (significant < 19) {
            mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
            ++significant;
            if (fraction) --exponent10;
        } else {
            exact = false;
            if (!fraction) ++exponent10;
        }
    };
    if (text_[pos_] == '0') {
        ++pos_;
        if (pos_ < n && isDigit(text_[pos_])) {
            fail(ErrorKind::Syntax, start, "a number cannot start with 0 followed by more digits");
            return false;
        }
    } else {
        while (pos_ < n && isDigit(text_[pos_])) digit(text_[pos_++], false);
    }
    bool integer = true;
    if (pos_ < n && text_[pos_] == '.') {
        integer = false;
        ++pos_;
        if (pos_ >= n || !isDigit(text_[pos_]))
            return syntax("a digit must follow the decimal point, found " + found());
        while (pos_ < n && isDigit(text_[pos_])) digit(text_[pos_++], true);
    }
    if (pos_ < n && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        integer = false;
        ++pos_;
        bool expNegative = false;
        if (pos_ < n && (text_[pos_] == '+' || text_[pos_] == '-'))
            expNegative = text_[pos_++] == '-';
        if (pos_ >= n || !isDigit(text_[pos_]))
            return syntax("a digit must follow the exponent's 'e', found " + found());
        long e = 0;
        while (pos_ < n && isDigit(text_[pos_])) {
            if (e < 100000) e = e * 10 + (text_[pos_] - '0');
            ++pos_;
        }
        exponent10 += expNegative ? -e : e;
    }
    if (isInteger) *isInteger = integer;
    numberStart_ = start;
    numberEnd_ = pos_;
    double v;
    if (exact && significant <= 15 && exponent10 >= -22 && exponent10 <= 22) {
        // Both factors are exact doubles: one rounding, so the result is correctly rounded.
        v = static_cast<double>(mantissa);
        v = exponent10 >= 0 ? v * kPow10[exponent10] : v / kPow10[-exponent10];
    } else if (significant == 0) {
        v = 0;
    } else {
        const std::string copy(text_.substr(start, pos_ - start));
        v = std::strtod(copy.c_str(), nullptr);
        negative = false;  // strtod read the sign
    }
    if (negative) v = -v;
    if (!std::isfinite(v)) {
        fail(ErrorKind::Overflow, start, std::string(text_.substr(start, pos_ - start)));
        return false;
    }
    out = v;
    return true;
}

bool JsonScanner::readString(std::string& out) {
    out.clear();
    if (peek() != Kind::String) return expectValueError();
    const std::size_t start = pos_++;
    const std::size_t n = text_.size();
    while (true) {
        const std::size_t run = pos_;
        while (pos_ < n) {
            const unsigned char c = static_cast<unsigned char>(text_[pos_]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
            ++pos_;
        }
        out.append(text_.data() + run, pos_ - run);
        if (pos_ >= n) {
            fail(ErrorKind::Syntax, start, "this text has no closing double quote");
            return false;
        }
        const unsigned char c = static_cast<unsigned char>(text_[pos_]);
        if (c == '"') {
            ++pos_;
            return true;
        }
        if (c >= 0x80) {
            const std::size_t len = utf8Sequence(text_, pos_);
            if (len == 0) {
                char buf[80];
                std::snprintf(buf, sizeof buf,
                              "the byte \\x%02X in this text is not UTF-8; save the file as UTF-8",
                              c);
                return syntax(buf);
            }
            out.append(text_.data() + pos_, len);
            pos_ += len;
            continue;
        }
        if (c < 0x20) {
            char buf[96];
            std::snprintf(buf, sizeof buf,
                          "the control character U+%04X must be written as an escape such as "
                          "\\n or \\t inside text",
                          c);
            return syntax(buf);
        }
        // A backslash escape.
        if (pos_ + 1 >= n) return syntax("this text ends in the middle of an escape");
        const char e = text_[pos_ + 1];
        switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto hex4 = [&](std::size_t at, std::uint32_t& cp) {
                    if (at + 4 > n) return false;
                    cp = 0;
                    for (std::size_t k = 0; k < 4; ++k) {
                        const int h = hexValue(text_[at + k]);
                        if (h < 0) return false;
                        cp = cp * 16 + static_cast<std::uint32_t>(h);
                    }
                    return true;
                };
                std::uint32_t cp;
                if (!hex4(pos_ + 2, cp)) return syntax("\\u must be followed by four hex digits");
                std::size_t used = 6;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return syntax("\\u" + std::string(text_.substr(pos_ + 2, 4)) +
                                  " is half of a surrogate pair without its first half");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    std::uint32_t low;
                    if (pos_ + 8 > n || text_[pos_ + 6] != '\\' || text_[pos_ + 7] != 'u' ||
                        !hex4(pos_ + 8, low) || low < 0xDC00 || low > 0xDFFF)
                        return syntax("\\u" + std::string(text_.substr(pos_ + 2, 4)) +
                                      " is half of a surrogate pair without its second half");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    used = 12;
                }
                appendUtf8(out, cp);
                pos_ += used;
                continue;
            }
            default:
                ++pos_;
                return syntax("\\" + found().substr(1, 1) +
                              " is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                              "\\uXXXX)");
        }
        pos_ += 2;
    }
}

bool JsonScanner::open(char c) {
    skipSpace();
    if (pos_ >= text_.size() || text_[pos_] != c) return expectValueError();
    if (depth_ >= kMaxDepth) return syntax("objects and arrays are nested too deeply");
    ++pos_;
    first_[depth_++] = true;
    return true;
}

bool JsonScanner::beginObject() { return ok() && open('{'); }

bool JsonScanner::beginArray() { return ok() && open('['); }

bool JsonScanner::nextKey(std::string& key) {
    if (!ok() || depth_ == 0) return false;
    skipSpace();
    bool& first = first_[depth_ - 1];
    if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        --depth_;
        return false;
    }
    if (!first) {
        if (pos_ >= text_.size() || text_[pos_] != ',')
            return syntax("expected ',' or '}' after a value in an object, found " + found());
        ++pos_;
        skipSpace();
    }
    first = false;
    if (pos_ >= text_.size() || text_[pos_] != '"')
        return syntax("expected a key in double quotes, found " + found());
    if (!readString(key)) return false;
    skipSpace();
    if (pos_ >= text_.size() || text_[pos_] != ':')
        return syntax("expected ':' after the key, found " + found());
    ++pos_;
    return true;
}

bool JsonScanner::nextElement() {
    if (!ok() || depth_ == 0) return false;
    skipSpace();
    bool& first = first_[depth_ - 1];
    if (pos_ < text_.size() && text_[pos_] == ']') {
        ++pos_;
        --depth_;
        return false;
    }
    if (!first) {
        if (pos_ >= text_.size() || text_[pos_] != ',')
            return syntax("expected ',' or ']' after a value in an array, found " + found());
        ++pos_;
    }
    first = false;
    return true;
}

bool JsonScanner::atEnd() {
    skipSpace();
    return pos_ >= text_.size();
}

bool parseJson(std::string_view text, nlohmann::json& out) {
    JsonScanner scanner(text);
    if (scanner.readValue(out) && scanner.atEnd()) return true;
    out = nullptr;
    return false;
}

bool JsonScanner::readValue(nlohmann::json& out) {
    std::string path;
    return readValueAt(out, path);
}

bool JsonScanner::readValueAt(nlohmann::json& out, std::string& path) {
    switch (peek()) {
        case Kind::Null:
            out = nullptr;
            return readNull();
        case Kind::Bool: {
            bool b = false;
            if (!readBool(b)) return false;
            out = b;
            return true;
        }
        case Kind::Number: {
            const std::size_t start = pos_;
            double d = 0;
            bool integer = false;
            if (!readNumber(d, &integer)) return false;
            out = d;
            if (!integer) return true;
            // Whole numbers keep an integer type when they fit, as nlohmann's parser does.
            const std::string_view t = text_.substr(start, pos_ - start);
            const bool negative = t[0] == '-';
            std::uint64_t v = 0;
            for (std::size_t i = negative ? 1 : 0; i < t.size(); ++i) {
                const unsigned d10 = static_cast<unsigned>(t[i] - '0');
                if (v > (UINT64_MAX - d10) / 10) return true;  // too big: stays a double
                v = v * 10 + d10;
            }
            if (!negative)
                out = v <= static_cast<std::uint64_t>(INT64_MAX)
                          ? nlohmann::json(static_cast<std::int64_t>(v))
                          : nlohmann::json(v);
            else if (v <= static_cast<std::uint64_t>(INT64_MAX) + 1)
                out = v == static_cast<std::uint64_t>(INT64_MAX) + 1
                          ? nlohmann::json(INT64_MIN)
                          : nlohmann::json(-static_cast<std::int64_t>(v));
            return true;
        }
        case Kind::String: {
            std::string s;
            if (!readString(s)) return false;
            out = std::move(s);
            return true;
        }
        case Kind::Object: {
            out = nlohmann::json::object();
            if (!beginObject()) return false;
            std::string key;
            while (true) {
                skipSpace();
                const std::size_t keyAt =
                    pos_ < text_.size() && text_[pos_] == ',' ? pos_ + 1 : pos_;
                if (!nextKey(key)) break;
                const std::size_t mark = path.size();
                path += '/';
                path += pointerEscape(key);
                if (out.contains(key)) {
                    std::size_t at = keyAt;
                    while (at < text_.size() && text_[at] != '"') ++at;
                    fail(ErrorKind::DuplicateKey, at,
                         "the key \"" + key + "\" appears twice in this object; keep one of them");
                    error_.path = path;
                    return false;
                }
                nlohmann::json value;
                if (!readValueAt(value, path)) return false;
                path.resize(mark);
                out.emplace(std::move(key), std::move(value));
                key.clear();
            }
            return ok();
        }
        case Kind::Array: {
            out = nlohmann::json::array();
            if (!beginArray()) return false;
            std::size_t index = 0;
            while (nextElement()) {
                const std::size_t mark = path.size();
                path += '/';
                path += std::to_string(index++);
                nlohmann::json value;
                if (!readValueAt(value, path)) return false;
                path.resize(mark);
                out.push_back(std::move(value));
            }
            return ok();
        }
        case Kind::End:
        case Kind::Invalid:
        default:
            return expectValueError();
    }
}

}  // namespace okr
