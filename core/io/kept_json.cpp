// Kept unknown keys as JSON values; see kept_json.h.
#include "io/kept_json.h"

#include "io/json_scan.h"

namespace okr {

std::string keptText(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json keptJson(const Extra& extra) {
    nlohmann::json out = nlohmann::json::object();
    for (const Extra::Member& m : extra.members()) {
        nlohmann::json v;
        parseJson(m.json, v);
        out[m.key] = std::move(v);
    }
    return out;
}

void keep(Extra& extra, std::string key, const nlohmann::json& value) {
    extra.set(std::move(key), keptText(value));
}

}  // namespace okr
