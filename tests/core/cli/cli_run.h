// Shared by the CLI tests (cli_*_test.cpp): runs the built `okr` binary as a user runs it and
// captures its exit code and output (test_files.h reads the files it writes back).
#pragma once

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

struct Run {
    int code;
    std::string out;  // stdout, and stderr too unless withStderr was false
};

// Runs `okr ARGS` through the shell (ARGS is pasted in as is, so quote paths).
inline Run okrCommand(const std::string& args, bool withStderr = true) {
    const std::filesystem::path binary = std::filesystem::path(OKR_BINARY_DIR) / "okr";
    REQUIRE_MESSAGE(std::filesystem::exists(binary), "build the okr target first");
    const std::string command =
        "'" + binary.string() + "' " + args + (withStderr ? " 2>&1" : " 2>/dev/null");
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    const int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}
