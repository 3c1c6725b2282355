// Presents the embedded example plans (generated/templates.cpp) as okr::Template values.
#include "templates.h"

#include <algorithm>

#include "embedded.h"

extern const EmbeddedFile okr_embedded_templates[];
extern const std::size_t okr_embedded_templates_count;

namespace okr {

const std::vector<Template>& templates() {
    static const std::vector<Template> all = [] {
        std::vector<Template> list;
        for (std::size_t i = 0; i < okr_embedded_templates_count; ++i) {
            const EmbeddedFile& f = okr_embedded_templates[i];
            list.push_back({f.name, {reinterpret_cast<const char*>(f.data), f.size}});
        }
        // By name, not by file name: "talentsync" before "talentsync-end".
        std::sort(list.begin(), list.end(),
                  [](const Template& a, const Template& b) { return a.name < b.name; });
        return list;
    }();
    return all;
}

const std::vector<std::string_view>& templateNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> list;
        std::string_view all(OKR_TEMPLATE_NAMES);
        while (!all.empty()) {
            const std::size_t comma = all.find(',');
            list.push_back(all.substr(0, comma));
            if (comma == std::string_view::npos) break;
            all.remove_prefix(comma + 1);
        }
        std::sort(list.begin(), list.end());
        return list;
    }();
    return names;
}

const Template* findTemplate(std::string_view name) {
    for (const auto& t : templates())
        if (t.name == name) return &t;
    return nullptr;
}

}  // namespace okr
