// The example plans of assets/examples/, embedded at build time: the web app's start-up plan and
// template gallery, and `okr new --template NAME`.
#pragma once

#include <string_view>
#include <vector>

namespace okr {

struct Template {
    std::string_view name;  // file name without extension, e.g. "talentsync"
    std::string_view json;  // the plan file's text (format version 1)
};

// Sorted by name.
const std::vector<Template>& templates();
// nullptr when no template has that name.
const Template* findTemplate(std::string_view name);

}  // namespace okr
