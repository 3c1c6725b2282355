// CTest runs each doctest case by its name (doctest_discover_tests). A ';' in a name is CMake's
// list separator: the name reaches doctest cut short, matches no case, and CTest reports a pass
// for a test that never ran. Every case name in tests/core and tests/web is checked here.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_files.h"

namespace {

// "file:line: name" for each TEST_CASE whose quoted name holds a ';'.
std::vector<std::string> namesCutByCTest(const std::string& file, const std::string& text) {
    std::vector<std::string> out;
    const std::string open = std::string("TEST_") + "CASE(\"";
    int line = 1;
    std::size_t counted = 0;
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
        for (; counted < at; ++counted)
            if (text[counted] == '\n') ++line;
        const std::size_t begin = at + open.size();
        const std::size_t end = text.find('"', begin);
        if (end == std::string::npos) break;
        const std::string name = text.substr(begin, end - begin);
        if (name.find(';') != std::string::npos)
            out.push_back(file + ":" + std::to_string(line) + ": " + name);
    }
    return out;
}

}  // namespace

TEST_CASE("every test case's name reaches CTest whole (no semicolon in it)") {
    std::vector<std::string> cut;
    for (const char* dir : {"tests/core", "tests/web"})
        for (const auto& entry : std::filesystem::recursive_directory_iterator(sourcePath(dir))) {
            if (entry.path().extension() != ".cpp") continue;
            for (const std::string& c :
                 namesCutByCTest(entry.path().string(), readFile(entry.path())))
                cut.push_back(c);
        }
    const std::string first = cut.empty() ? std::string() : cut.front();
    CHECK_MESSAGE(cut.empty(), first);
    // The check itself finds a planted one.
    const std::string planted = std::string("TEST_") + "CASE(\"a; b\") {}\n";
    CHECK(namesCutByCTest("x.cpp", "\n" + planted).size() == 1);
    CHECK(namesCutByCTest("x.cpp", "\n" + planted)[0] == "x.cpp:2: a; b");
}
