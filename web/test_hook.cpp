// Item-rectangle registry, frame statistics and the state provider behind the exported test calls.
#include "test_hook.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "imgui.h"

namespace testhook {

namespace {

struct Rect {
    float x, y, w, h;
};

struct State {
    std::unordered_map<std::string, Rect> current;  // being recorded this frame
    std::unordered_map<std::string, Rect> last;     // the last complete frame
    float pixelRatio = 1;
    std::function<std::string()> provider;
    long frames = 0;
    std::vector<double> cpuMs;  // recent frames, a ring of the last 240
    size_t cpuNext = 0;
    std::string out;
};

State& state() {
    static State s;
    return s;
}

}  // namespace

void beginFrame(float pixelRatio) {
    State& s = state();
    s.pixelRatio = pixelRatio > 0 ? pixelRatio : 1;
    s.current.clear();
}

void item(const std::string& label) {
    rect(label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void rect(const std::string& label, ImVec2 a, ImVec2 b) {
    State& s = state();
    const float k = 1.0f / s.pixelRatio;
    s.current[label] = Rect{a.x * k, a.y * k, (b.x - a.x) * k, (b.y - a.y) * k};
}

void endFrame(double cpuMs) {
    State& s = state();
    s.last.swap(s.current);
    ++s.frames;
    if (s.cpuMs.size() < 240) {
        s.cpuMs.push_back(cpuMs);
    } else {
        s.cpuMs[s.cpuNext] = cpuMs;
        s.cpuNext = (s.cpuNext + 1) % s.cpuMs.size();
    }
}

void setStateProvider(std::function<std::string()> provider) {
    state().provider = std::move(provider);
}

const char* stateJson() {
    State& s = state();
    s.out = s.provider ? s.provider() : "null";
    return s.out.c_str();
}

const char* itemRectJson(const char* label) {
    State& s = state();
    auto it = s.last.find(label ? label : "");
    if (it == s.last.end()) return "null";
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", it->second.x,
                  it->second.y, it->second.w, it->second.h);
    s.out = buf;
    return s.out.c_str();
}

const char* frameStatsJson() {
    State& s = state();
    std::vector<double> sorted = s.cpuMs;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    const double max = sorted.empty() ? 0 : sorted.back();
    const double min = sorted.empty() ? 0 : sorted.front();
    const long over16 =
        std::count_if(sorted.begin(), sorted.end(), [](double ms) { return ms > 16; });
    char buf[240];
    std::snprintf(buf, sizeof buf,
                  "{\"frames\":%ld,\"cpuMedianMs\":%.3f,\"cpuMinMs\":%.3f,\"cpuMaxMs\":%.3f,"
                  "\"over16\":%ld,\"samples\":%zu}",
                  s.frames, median, min, max, over16, sorted.size());
    s.out = buf;
    return s.out.c_str();
}

}  // namespace testhook
