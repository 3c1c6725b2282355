// A small XML well-formedness check for the tests of the SVG export (tree_svg_test.cpp): one
// root element, tags nested and closed in order, attribute values quoted, only the five named
// entities and numeric character references, no bare `<` or `&` in text, and anywhere only the
// characters XML 1.0 allows (no C0 control but tab and line breaks, no U+FFFE or U+FFFF). Returns
// "" when the text is well-formed, else what is wrong and at which byte.
#pragma once

#include <cctype>
#include <string>
#include <vector>

inline std::string xmlProblem(const std::string& s) {
    std::vector<std::string> open;
    bool rootSeen = false;
    std::size_t i = 0;
    const auto fail = [&](const std::string& what) {
        return what + " at byte " + std::to_string(i);
    };
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return fail("control character");
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
            return fail("U+FFFE or U+FFFF, which XML 1.0 forbids");
    }
    i = 0;
    const auto isName = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_' ||
               c == '.';
    };
    const auto entity = [&]() -> bool {  // s[i] == '&'
        const std::size_t end = s.find(';', i);
        if (end == std::string::npos || end - i > 10) return false;
        const std::string e = s.substr(i + 1, end - i - 1);
        const bool ok = e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos" ||
                        (e.size() > 1 && e[0] == '#');
        i = end + 1;
        return ok;
    };
    while (i < s.size()) {
        if (s.compare(i, 5, "<?xml") == 0) {
            if (i != 0) return fail("XML declaration not at the start");
            const std::size_t end = s.find("?>", i);
            if (end == std::string::npos) return fail("unclosed declaration");
            i = end + 2;
        } else if (s.compare(i, 4, "<!--") == 0) {
            const std::size_t end = s.find("-->", i);
            if (end == std::string::npos) return fail("unclosed comment");
            i = end + 3;
        } else if (s.compare(i, 2, "</") == 0) {
            std::size_t j = i + 2;
            while (j < s.size() && isName(s[j])) ++j;
            const std::string name = s.substr(i + 2, j - i - 2);
            if (open.empty() || open.back() != name) return fail("mismatched </" + name + ">");
            open.pop_back();
            if (j >= s.size() || s[j] != '>') return fail("bad end tag");
            i = j + 1;
        } else if (s[i] == '<') {
            std::size_t j = i + 1;
            while (j < s.size() && isName(s[j])) ++j;
            const std::string name = s.substr(i + 1, j - i - 1);
            if (name.empty()) return fail("bare <");
            if (open.empty() && rootSeen) return fail("second root element");
            rootSeen = true;
            i = j;
            for (;;) {
                while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
                if (i >= s.size()) return fail("unclosed tag");
                if (s.compare(i, 2, "/>") == 0) {
                    i += 2;
                    break;
                }
                if (s[i] == '>') {
                    open.push_back(name);
                    ++i;
                    break;
                }
                std::size_t k = i;
                while (k < s.size() && isName(s[k])) ++k;
                if (k == i || k >= s.size() || s[k] != '=') return fail("bad attribute");
                i = k + 1;
                const char q = i < s.size() ? s[i] : 0;
                if (q != '"' && q != '\'') return fail("unquoted attribute");
                ++i;
                while (i < s.size() && s[i] != q) {
                    if (s[i] == '<') return fail("< in attribute");
                    if (s[i] == '&') {
                        if (!entity()) return fail("bad entity in attribute");
                    } else {
                        ++i;
                    }
                }
                if (i >= s.size()) return fail("unclosed attribute");
                ++i;
            }
        } else if (s[i] == '&') {
            if (!entity()) return fail("bad entity");
        } else {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return fail("control character");
            if (open.empty() && !std::isspace(c)) return fail("text outside the root");
            ++i;
        }
    }
    if (!open.empty()) return fail("unclosed <" + open.back() + ">");
    if (!rootSeen) return fail("no root element");
    return "";
}
