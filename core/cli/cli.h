// The `okr` command line: each subcommand lives in its own cmd_*.cpp and registers itself here, so
// adding a command never touches main.cpp.
//
// Exit codes shared by every command: 0 success, 1 the plan has error-level violations (lint),
// 2 the input cannot be read or is invalid, 64 usage error.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace okr {
struct Plan;
}

namespace okr::cli {

using Args = std::vector<std::string>;  // arguments after the subcommand name

struct Command {
    const char* name;
    const char* usage;    // one line: "check FILE"
    const char* summary;  // one sentence for --help
    int (*run)(const Args& args);
};

// Call at namespace scope in a cmd_*.cpp: `static const bool registered = registerCommand({...});`
bool registerCommand(const Command& command);
const std::vector<Command>& commands();

// For a command that takes exactly one FILE: "--help" or "-h" prints `help` and gives exit code
// 0; anything but one file name prints it to stderr and gives 64; nullopt when `args` is one file.
std::optional<int> oneFileArgument(const Args& args, const char* help);

// Reads a whole file; on failure prints "okr: cannot read FILE: reason" to stderr and returns
// false.
bool readFile(const std::string& path, std::string& out);

// Reads and loads a plan file into `plan`. Prints every load problem (warnings included) to stderr
// as `path: message`; when the file cannot be read or is not a valid plan, also says so and
// returns false (the command then exits 2).
bool loadPlanFile(const std::string& path, okr::Plan& plan);

// Plan text made safe for a terminal: control characters (escape sequences that would retitle
// or clear it, bells, backspaces) written as \xHH; newlines and tabs as spaces.
std::string printable(const std::string& text);

// Whether two paths name one file (through links too); false when either does not exist.
bool sameFile(const std::string& a, const std::string& b);

// Replaces the file at `path` (or creates it) with `bytes`, all or nothing: a temporary file is
// created exclusively beside the real file (a link planted at its name is never followed), given
// the file's mode, synced, then renamed over it; a symlinked path keeps its link and the file it
// points to is replaced. On failure prints "okr: cannot write …" and leaves the file as it was.
bool replaceFile(const std::string& path, const std::string& bytes);

}  // namespace okr::cli
