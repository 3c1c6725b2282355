// Shared by the tests that read files of the repository (examples, fixtures, the corpus, the
// README) or files a command wrote: where a file of the source tree is, and its bytes, read
// whole. A file that cannot be opened fails the test that reads it, naming the file.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

// A path inside the source tree ("assets/examples/talentsync.json"), from the OKR_SOURCE_DIR
// compile definition.
inline std::filesystem::path sourcePath(std::string_view relative) {
    return std::filesystem::path(OKR_SOURCE_DIR) / std::filesystem::path(relative);
}

// The bytes of a file, exactly as stored (binary mode: no newline translation).
inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.is_open(), "cannot open " << path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The bytes of an example plan in assets/examples/ ("talentsync.json").
inline std::string readExample(std::string_view name) {
    return readFile(sourcePath("assets/examples") / std::filesystem::path(name));
}
