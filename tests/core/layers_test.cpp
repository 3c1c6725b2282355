// The core's layering, checked on its sources (README, Layout): analysis/, io/ and export/ never
// include edit/; nothing in core/ includes web/ or a UI or browser header (Dear ImGui, Emscripten,
// GLFW, GLES); model/ includes nothing of the project outside model/. A broken rule fails with
// the file and line of the include. The checker itself is tested on planted includes.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "test_files.h"

namespace {

namespace fs = std::filesystem;

struct Include {
    int line = 0;
    bool angled = false;
    std::string target;  // as written, between the quotes or brackets
};

// The #include lines of a source text (a commented-out one is not an include).
std::vector<Include> includesOf(std::string_view text) {
    std::vector<Include> out;
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view s = text.substr(start, end - start);
        start = end + 1;
        ++line;
        const auto skipSpace = [&s] {
            while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        };
        skipSpace();
        if (s.empty() || s.front() != '#') continue;
        s.remove_prefix(1);
        skipSpace();
        if (s.substr(0, 7) != "include") continue;
        s.remove_prefix(7);
        skipSpace();
        if (s.empty() || (s.front() != '"' && s.front() != '<')) continue;
        const char close = s.front() == '"' ? '"' : '>';
        const std::size_t stop = s.find(close, 1);
        if (stop == std::string_view::npos) continue;
        out.push_back({line, s.front() == '<', std::string(s.substr(1, stop - 1))});
    }
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// What an include names, relative to core/ (the include root): a quoted include that exists
// beside the including file is read from there ("../edit/x.h" from io/ is "edit/x.h").
fs::path resolve(const fs::path& core, const fs::path& file, const Include& inc) {
    if (!inc.angled) {
        const fs::path beside = (file.parent_path() / inc.target).lexically_normal();
        if (fs::exists(core / beside)) return beside;
    }
    return fs::path(inc.target).lexically_normal();
}

bool isUiHeader(const Include& inc, const fs::path& target) {
    const fs::path written(inc.target);
    for (const fs::path* p : {&written, &target}) {
        for (auto it = p->begin(); it != p->end(); ++it) {
            const std::string part = lower(it->string());
            if (std::next(it) != p->end() && part == "web") return true;
            for (const char* ui : {"imgui", "emscripten", "glfw", "gles"})
                if (part.rfind(ui, 0) == 0) return true;
        }
    }
    return false;
}

// The layering rules a file of core/ breaks, one message per include: "core/FILE:LINE: …".
// `file` is relative to core/ ("io/format.cpp"); `core` is the folder the includes resolve in.
std::vector<std::string> layerViolations(const fs::path& core, const fs::path& file,
                                         std::string_view text) {
    const std::string layer = file.begin()->string();
    std::vector<std::string> out;
    for (const Include& inc : includesOf(text)) {
        const fs::path target = resolve(core, file, inc);
        const std::string targetLayer =
            target.begin() == target.end() ? std::string() : target.begin()->string();
        // A project header: written in quotes, or found under core/ whichever way it is written.
        const bool project = !inc.angled || fs::exists(core / target);
        std::string broken;
        if (isUiHeader(inc, target))
            broken = "the core includes nothing of web/ and no UI or browser header";
        else if ((layer == "analysis" || layer == "io" || layer == "export") &&
                 targetLayer == "edit")
            broken = "analysis/, io/ and export/ must not depend on edit/";
        else if (layer == "model" && project && targetLayer != "model")
            broken = "model/ includes nothing of the project outside model/";
        if (broken.empty()) continue;
        const char open = inc.angled ? '<' : '"', close = inc.angled ? '>' : '"';
        out.push_back("core/" + file.generic_string() + ":" + std::to_string(inc.line) +
                      ": #include " + open + inc.target + close + ": " + broken);
    }
    return out;
}

bool isSource(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc" || ext == ".inc";
}

}  // namespace

TEST_CASE("the core's layers hold: no edit/ below it, no UI in it, model/ on its own") {
    const fs::path core = sourcePath("core");
    int files = 0, includes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file() || !isSource(entry.path())) continue;
        const fs::path file = entry.path().lexically_relative(core);
        const std::string text = readFile(entry.path());
        ++files;
        includes += static_cast<int>(includesOf(text).size());
        for (const std::string& v : layerViolations(core, file, text)) FAIL_CHECK(v);
    }
    // The scan saw the core (a wrong folder must not pass by finding nothing).
    CHECK(files >= 50);
    CHECK(includes >= 200);
}

TEST_CASE("the layer check names the file and line of a planted include") {
    const fs::path core = sourcePath("core");
    const auto check = [&](const char* file, const char* text) {
        return layerViolations(core, file, text);
    };
    const std::string io = "// what it is\n#include <vector>\n\n#include \"edit/commands.h\"\n";
    auto v = check("io/format.cpp", io.c_str());
    REQUIRE(v.size() == 1);
    CHECK(v[0].rfind("core/io/format.cpp:4: #include \"edit/commands.h\"", 0) == 0);

    CHECK(check("analysis/x.h", "#include \"../edit/tree_copy.h\"").size() == 1);
    CHECK(check("export/x.cpp", "  #  include \"edit/rhythm_commands.h\"").size() == 1);
    CHECK(check("tree/x.cpp", "#include \"edit/commands.h\"").empty());
    CHECK(check("io/x.cpp", "// #include \"edit/commands.h\"").empty());

    for (const char* ui :
         {"#include <emscripten.h>", "#include <emscripten/html5.h>", "#include \"imgui.h\"",
          "#include <GLFW/glfw3.h>", "#include <GLES3/gl3.h>", "#include \"web/app.h\"",
          "#include \"../../web/platform.h\""})
        CHECK_MESSAGE(check("rhythm/x.cpp", ui).size() == 1, ui);

    CHECK(check("model/x.h", "#include \"analysis/rules.h\"").size() == 1);
    CHECK(check("model/x.h", "#include <io/format.h>").size() == 1);
    CHECK(check("model/x.h", "#include \"templates.h\"").size() == 1);
    CHECK(check("model/x.h",
                "#include <nlohmann/json.hpp>\n#include <vector>\n#include \"model/date.h\"\n"
                "#include \"date.h\"")
              .empty());
}
