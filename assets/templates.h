// The example plans of assets/examples/, embedded at build time: the web app's start-up plan, and
// `okr new --template NAME`; and the names of all of them, for the web app's template menu.
#pragma once

#include <string_view>
#include <vector>

namespace okr {

struct Template {
    std::string_view name;  // file name without extension, e.g. "talentsync"
    std::string_view json;  // the plan file's text (format version 1)
};

// The embedded examples, sorted by name: all of them in the command line, only the start-up
// example in the web app (it fetches the others from templates/NAME.json).
const std::vector<Template>& templates();
// Every example's name, embedded or not, sorted.
const std::vector<std::string_view>& templateNames();
// nullptr when no template has that name.
const Template* findTemplate(std::string_view name);

}  // namespace okr
