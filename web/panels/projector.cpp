// Projector mode: the plan presented to a room. One objective at a time with its key results
// (baseline → target, current, confidence, score), its score and its open violations, or the
// driver tree zoomed to fit with the focused objective's paths to the North Star highlighted.
// No editing chrome: the only controls are next / previous, the theme, the view, the session timer
// and the way out. Keys: ← → and PageUp / PageDown (a presentation clicker sends those), Home /
// End, T for the tree, D for dark, Esc to leave. Reads the plan; never edits it. View state lives
// in UiState::projector; App applies the scale and the palette, this file full screen.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "analysis/score.h"
#include "canvas_view.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "model/order.h"
#include "model/value_text.h"
#include "panels.h"
#include "plain_words.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "tree/drawing.h"
#include "tree/layout.h"
#include "widgets.h"

namespace panels {

namespace {

// Presentation cards: taller than the canvas's and closer together, as a wide tree is fitted by
// its width and names need lines.
const okr::LayoutOptions kCard{240, 150, 24, 60};
constexpr size_t kMaxViolationsShown = 6;

// A score as text: the palette's good news, warning or error colour (palette.h), readable on
// the projector's light and dark backgrounds alike.
ImU32 scoreColour(double v) {
    const palette::Colours& p = palette::coloursOf(theme::currentPalette());
    const palette::Rgb c = v >= 0.7 ? p.success : v >= 0.4 ? p.warning : p.error;
    return IM_COL32(c.r, c.g, c.b, 255);
}

const okr::KrScore* krScore(const okr::Analysis& a, const okr::KeyResultId& id) {
    for (const auto& s : a.krScores)
        if (s.id == id) return &s;
    return nullptr;
}

// The confidence of the latest check-in that has one, -1 when none.
int latestConfidence(const okr::KeyResult& kr) {
    const okr::Checkin* latest = nullptr;
    for (const auto& c : kr.checkins)
        if (c.confidence && (!latest || latest->date.toDays() <= c.date.toDays())) latest = &c;
    return latest ? *latest->confidence : -1;
}

std::string timerText(double ms) {
    const long s = static_cast<long>(ms / 1000);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
    return buf;
}

double timerMs(const ProjectorState& p) {
    return p.timerAccumMs + (p.timerRunning ? platform::nowMs() - p.timerStartedAt : 0.0);
}

// A coloured dot the height of a text line, then the text on the same line.
void dotText(ImU32 colour, const char* text) {
    const float h = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    const float x = ImGui::GetItemRectMin().x;
    ImGui::SameLine();
    ImGui::TextUnformatted(text);
    const float y = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(x + h * 0.3f, y), h * 0.22f, colour);
}

// Client view: no checks and no counts on the wall. Chosen in the mode, else the planner's
// switch, else on for an agency's plan (it presents to its client).
bool clientView(const Context& ctx) {
    const ProjectorState& p = ctx.ui.projector;
    if (p.clientView) return *p.clientView;
    return ctx.ui.clientView || ctx.doc.plan().rules.profile == okr::Profile::Agency;
}

// The plan's title, and at the right the live violation counter (not in client view). The title
// gives way: it is cut before the counter is.
void drawTopBar(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::SeverityCounts& c = ctx.findings.analysis().counts;
    const bool client = clientView(ctx);
    const auto count = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    const std::string errors = count(c.errors, "error", "errors");
    const std::string warnings = count(c.warnings, "warning", "warnings");
    const std::string notes = count(c.infos, "note", "notes");
    const ImGuiStyle& st = ImGui::GetStyle();
    const float dot = ImGui::GetTextLineHeight() * 0.6f + st.ItemSpacing.x;
    const float counter =
        client ? 0.0f
               : ImGui::CalcTextSize(errors.c_str()).x + ImGui::CalcTextSize(warnings.c_str()).x +
                     ImGui::CalcTextSize(notes.c_str()).x + 3 * dot + 3 * st.ItemSpacing.x;
    ImGui::PushFont(theme::strongFont());
    ImGui::AlignTextToFramePadding();
    const std::string title = plan.meta.title.empty() ? "Untitled plan" : plan.meta.title;
    ImGui::TextUnformatted(widgets::ellipsized(title, ImGui::GetContentRegionAvail().x - counter -
                                                          st.ItemSpacing.x * 2)
                               .c_str());
    ImGui::PopFont();
    testhook::item("projector/title");
    if (!client) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - counter + st.ItemSpacing.x);
        dotText(severityColour(okr::Severity::Error), errors.c_str());
        testhook::item("projector/counter");
        ImGui::SameLine();
        dotText(severityColour(okr::Severity::Warning), warnings.c_str());
        ImGui::SameLine();
        dotText(severityColour(okr::Severity::Info), notes.c_str());
    }
    ImGui::Separator();
}

// The session timer as shown: time run so far, or with a timebox the time left, and past its end
// how far over.
struct TimerLook {
    std::string text;
    bool over = false;
};

TimerLook timerLook(const ProjectorState& p) {
    const double ms = timerMs(p);
    if (p.timeboxMinutes <= 0) return {timerText(ms), false};
    const double left = p.timeboxMinutes * 60000.0 - ms;
    if (left > 0) return {timerText(left + 999) + " left", false};
    return {"time's up +" + timerText(-left), true};
}

// The footer: previous / next, the timer with its timebox, and at the right the view, theme,
// client view and leave. When both halves do not fit on one line, the right half takes a second.
bool footerWraps(bool client) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const auto button = [&](const char* t) {
        return ImGui::CalcTextSize(t).x + st.FramePadding.x * 2 + st.ItemSpacing.x;
    };
    const float left = button("← Previous") + button("Next →") +
                       ImGui::CalcTextSize("time's up +00:00").x + button("Pause") +
                       button("Reset") + button("Timebox 30 min") + st.ItemSpacing.x * 2;
    const float right = button("Objectives") + button("Light") +
                        button(client ? "Show checks" : "Hide checks") + button("Leave (Esc)");
    return left + right > ImGui::GetContentRegionAvail().x;
}

float footerHeight(bool client) {
    return (footerWraps(client) ? 2 : 1) * ImGui::GetFrameHeightWithSpacing() +
           ImGui::GetStyle().ItemSpacing.y;
}

void drawFooter(Context& ctx, int count) {
    ProjectorState& p = ctx.ui.projector;
    const bool client = clientView(ctx);
    const ImGuiStyle& st = ImGui::GetStyle();
    const bool wraps = footerWraps(client);
    ImGui::Separator();
    ImGui::BeginDisabled(p.objective <= 0);
    if (ImGui::Button("← Previous")) --p.objective;
    testhook::item("projector/previous");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(p.objective >= count - 1);
    if (ImGui::Button("Next →")) ++p.objective;
    testhook::item("projector/next");
    ImGui::EndDisabled();

    ImGui::SameLine(0, st.ItemSpacing.x * 3);
    const TimerLook timer = timerLook(p);
    ImGui::AlignTextToFramePadding();
    if (timer.over)
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(severityColour(okr::Severity::Error)),
                           "%s", timer.text.c_str());
    else
        ImGui::TextUnformatted(timer.text.c_str());
    testhook::item("projector/timer");
    ImGui::SameLine();
    if (ImGui::Button(p.timerRunning ? "Pause" : "Start")) {
        if (p.timerRunning)
            p.timerAccumMs += platform::nowMs() - p.timerStartedAt;
        else
            p.timerStartedAt = platform::nowMs();
        p.timerRunning = !p.timerRunning;
    }
    testhook::item("projector/timer/start");
    ImGui::SameLine();
    if (ImGui::Button("Reset")) {
        p.timerAccumMs = 0;
        p.timerStartedAt = platform::nowMs();
    }
    testhook::item("projector/timer/reset");
    ImGui::SameLine();
    // Off, then 5, 10, 15, 20, 30 minutes, then off again: a timebox for the item on the wall.
    static constexpr int kBoxes[] = {0, 5, 10, 15, 20, 30};
    const std::string box = p.timeboxMinutes > 0
                                ? "Timebox " + std::to_string(p.timeboxMinutes) + " min"
                                : std::string("Timebox");
    if (ImGui::Button(box.c_str())) {
        size_t i = 0;
        while (i < std::size(kBoxes) && kBoxes[i] != p.timeboxMinutes) ++i;
        p.timeboxMinutes = kBoxes[(i + 1) % std::size(kBoxes)];
    }
    testhook::item("projector/timebox");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Count down 5, 10, 15, 20 or 30 minutes instead of up (click to change)");

    const auto button = [&](const char* t) {
        return ImGui::CalcTextSize(t).x + st.FramePadding.x * 2 + st.ItemSpacing.x;
    };
    const char* view = p.showTree ? "Objectives" : "Tree";
    const char* shade = p.dark ? "Light" : "Dark";
    const char* checks = client ? "Show checks" : "Hide checks";
    const float right = button(view) + button(shade) + button(checks) + button("Leave (Esc)");
    if (wraps) ImGui::NewLine();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right + st.ItemSpacing.x);
    if (ImGui::Button(view)) p.showTree = !p.showTree;
    testhook::item("projector/view");
    ImGui::SameLine();
    if (ImGui::Button(shade)) p.dark = !p.dark;
    testhook::item("projector/theme");
    ImGui::SameLine();
    if (ImGui::Button(checks)) p.clientView = !client;
    testhook::item("projector/client");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(client ? "Show the live checks and their counts (C)"
                                 : "Client view: hide the checks and their counts (C)");
    ImGui::SameLine();
    if (ImGui::Button("Leave (Esc)")) p.on = false;
    testhook::item("projector/leave");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("← → or PageUp / PageDown: objectives · T tree · D dark · C checks");
}

void drawKeyResults(Context& ctx, const okr::Objective& o) {
    const okr::Analysis& a = ctx.findings.analysis();
    if (o.keyResults.empty()) {
        ImGui::TextDisabled("No key results yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("krs", 5, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("Key result", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Baseline → target", ImGuiTableColumnFlags_WidthFixed, em * 8);
    ImGui::TableSetupColumn("Current", ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, em * 3);
    ImGui::PushFont(theme::strongFont());
    ImGui::TableHeadersRow();
    ImGui::PopFont();
    for (size_t k = 0; k < o.keyResults.size(); ++k) {
        const okr::KeyResult& kr = o.keyResults[k];
        const okr::KrScore* s = krScore(a, kr.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        widgets::textWrapped("%s", kr.title.empty() ? "(untitled key result)" : kr.title.c_str());
        testhook::item("projector/kr/" + std::to_string(k));
        ImGui::TableNextColumn();
        const std::optional<double> baseline = s && s->baseline ? s->baseline : kr.baseline;
        const std::optional<double> target = s && s->target ? s->target : kr.target;
        std::string range;
        if (kr.kind == okr::KrKind::Milestone)
            range = "milestone";
        else if (kr.kind == okr::KrKind::Maintain)
            range = "keep " + okr::formatValue(kr.bandLow, kr.unit) + " – " +
                    okr::formatValue(kr.bandHigh, kr.unit);
        else
            range = okr::formatValue(baseline, kr.unit) + " → " + okr::formatValue(target, kr.unit);
        widgets::textWrapped("%s", range.c_str());
        ImGui::TableNextColumn();
        if (kr.kind == okr::KrKind::Milestone)
            ImGui::TextUnformatted(kr.done ? "done" : "not yet");
        else
            ImGui::TextUnformatted(okr::formatValue(okr::currentValue(kr), kr.unit).c_str());
        ImGui::TableNextColumn();
        const int confidence = latestConfidence(kr);
        if (confidence >= 0)
            ImGui::Text("%d/10", confidence);
        else
            ImGui::TextDisabled("–");
        ImGui::TableNextColumn();
        if (s && s->grade) {
            ImGui::PushStyleColor(ImGuiCol_Text, scoreColour(*s->grade));
            ImGui::PushFont(theme::strongFont());
            ImGui::Text("%.1f", *s->grade);
            ImGui::PopFont();
            ImGui::PopStyleColor();
        } else {
            ImGui::TextDisabled("–");
        }
    }
    ImGui::EndTable();
}

void drawViolationsOf(Context& ctx, const okr::Objective& o) {
    const auto& violations = ctx.findings.analysis().violations;
    std::vector<int> found = ctx.findings.forEntity(o.id.value);
    for (const auto& kr : o.keyResults) {
        const std::vector<int>& more = ctx.findings.forEntity(kr.id.value);
        found.insert(found.end(), more.begin(), more.end());
    }
    okr::stableSort(found, [&](int x, int y) {
        return violations[static_cast<size_t>(x)].severity >
               violations[static_cast<size_t>(y)].severity;
    });
    ImGui::Spacing();
    if (found.empty()) {
        dotText(theme::u32(theme::colours().success), "No open violations on this objective.");
        testhook::item("projector/violations");
        return;
    }
    ImGui::PushFont(theme::strongFont());
    ImGui::Text("%zu open violation%s", found.size(), found.size() == 1 ? "" : "s");
    ImGui::PopFont();
    testhook::item("projector/violations");
    for (size_t i = 0; i < found.size() && i < kMaxViolationsShown; ++i) {
        const okr::Violation& v = violations[static_cast<size_t>(found[i])];
        const float h = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.3f, p.y + h * 0.55f),
                                                    h * 0.22f, severityColour(v.severity));
        ImGui::Indent(h * 0.8f);
        widgets::textWrapped("%s", v.message.c_str());
        ImGui::Unindent(h * 0.8f);
    }
    if (found.size() > kMaxViolationsShown)
        ImGui::TextDisabled("and %zu more", found.size() - kMaxViolationsShown);
}

void drawObjective(Context& ctx, int index) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Objective& o = plan.objectives[static_cast<size_t>(index)];
    const okr::Analysis& a = ctx.findings.analysis();
    ImGui::TextDisabled("Objective %d of %zu", index + 1, plan.objectives.size());
    ImGui::PushFont(theme::headingFont());
    widgets::textWrapped("%s", o.title.empty() ? "(untitled objective)" : o.title.c_str());
    ImGui::PopFont();
    testhook::item("projector/objectiveTitle");
    std::string line = o.owner.empty() ? "no owner" : o.owner;
    line += std::string(" · ") + words::shown(okr::name(o.style));
    ImGui::TextDisabled("%s", line.c_str());
    if (static_cast<size_t>(index) < a.objectiveScores.size() &&
        a.objectiveScores[static_cast<size_t>(index)].score) {
        const okr::ObjectiveScore& os = a.objectiveScores[static_cast<size_t>(index)];
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextDisabled("Score");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, scoreColour(*os.score));
        ImGui::PushFont(theme::strongFont());
        ImGui::Text("%.2f", *os.score);
        ImGui::PopFont();
        ImGui::PopStyleColor();
        testhook::item("projector/score");
        ImGui::SameLine();
        ImGui::TextDisabled("%s · %s", okr::bandOf(*os.score).label,
                            okr::readScore(os.style, *os.score).text);
    }
    ImGui::Spacing();
    drawKeyResults(ctx, o);
    if (!clientView(ctx)) drawViolationsOf(ctx, o);
}

// The driver tree in the core's tidy layout (hand-placed cards may overlap; a room needs to read
// every one), fitted into the space left, with the focused objective's paths from its key
// results' drivers to the North Star drawn in the accent colour and everything else muted.
void drawTree(Context& ctx, int index) {
    const okr::Plan& plan = ctx.doc.plan();
    const okr::Analysis& a = ctx.findings.analysis();
    if (index >= 0) {
        const okr::Objective& o = plan.objectives[static_cast<size_t>(index)];
        ImGui::TextDisabled("Objective %d of %zu:", index + 1, plan.objectives.size());
        ImGui::SameLine();
        ImGui::PushFont(theme::strongFont());
        ImGui::TextUnformatted(o.title.c_str());
        ImGui::PopFont();
        ImGui::TextDisabled("its key results' paths to the North Star are highlighted");
    }
    const ImVec2 size = ImGui::GetContentRegionAvail();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    testhook::item("projector/tree");
    if (plan.tree.nodes.empty()) {
        ImGui::SetCursorScreenPos(origin);
        ImGui::TextDisabled("This plan has no driver tree yet.");
        return;
    }
    std::vector<std::string> onPath;
    if (index >= 0 && static_cast<size_t>(index) < plan.objectives.size()) {
        const okr::ObjectiveId& id = plan.objectives[static_cast<size_t>(index)].id;
        for (const auto& kc : a.keyResults)
            if (kc.objective == id)
                for (const auto& n : kc.pathToNsm) onPath.push_back(n.value);
    }
    const auto highlighted = [&](const std::string& id) {
        return std::find(onPath.begin(), onPath.end(), id) != onPath.end();
    };
    const std::vector<okr::NodePosition> layout = okr::layoutTree(plan, kCard);
    const auto at = [&](const okr::NodeId& id) -> const okr::Vec2* {
        for (const auto& np : layout)
            if (np.id == id) return &np.position;
        return nullptr;
    };
    std::vector<okr::Vec2> corners;
    for (const auto& np : layout) corners.push_back(np.position);
    const okr::CardBounds box = *okr::cardBounds(corners, kCard);
    const double margin = 20;
    const float scale = static_cast<float>(
        std::min(size.x / (box.width() + 2 * margin), size.y / (box.height() + 2 * margin)));
    const CanvasView v{origin, CanvasView::centredPan(box, size, scale), scale};

    ImDrawList* dl = ImGui::GetWindowDrawList();
    // (The palette's: the lines at 3:1 at least on the background, palette_test.cpp.)
    const palette::Colours& colours = theme::colours();
    const ImU32 hi = theme::u32(colours.accent);
    const ImU32 muted = theme::u32(colours.muted);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 mutedText = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 card = theme::u32(colours.card);
    for (const auto& l : plan.tree.links) {
        const okr::Vec2* child = at(l.from);
        const okr::Vec2* parent = at(l.to);
        if (!child || !parent) continue;
        const bool on = highlighted(l.from.value) && highlighted(l.to.value);
        const ImVec2 p1 = v.toScreen(okr::Vec2{child->x + kCard.cardWidth / 2, child->y});
        const ImVec2 p2 =
            v.toScreen(okr::Vec2{parent->x + kCard.cardWidth / 2, parent->y + kCard.cardHeight});
        const float bend = std::max(20.0f, std::fabs(p1.y - p2.y) * 0.5f);
        dl->AddBezierCubic(p1, ImVec2(p1.x, p1.y - bend), ImVec2(p2.x, p2.y + bend), p2,
                           on ? hi : muted, std::max(1.5f, (on ? 6.0f : 2.0f) * scale));
    }
    ImFont* font = ImGui::GetFont();
    const float fontSize = std::max(10.0f, 23.0f * scale);
    // How each link moves its parent, at its middle: "+", "×", "÷ num", "÷ den", "~".
    for (const auto& l : plan.tree.links) {
        const okr::Vec2* child = at(l.from);
        const okr::Vec2* parent = at(l.to);
        if (!child || !parent) continue;
        const ImVec2 p1 = v.toScreen(okr::Vec2{child->x + kCard.cardWidth / 2, child->y});
        const ImVec2 p2 =
            v.toScreen(okr::Vec2{parent->x + kCard.cardWidth / 2, parent->y + kCard.cardHeight});
        const char* glyph = okr::relationGlyph(l.relation);
        const float size = fontSize * 0.8f;
        const ImVec2 t = font->CalcTextSizeA(size, FLT_MAX, 0, glyph);
        const ImVec2 mid((p1.x + p2.x) * 0.5f - t.x * 0.5f, (p1.y + p2.y) * 0.5f - t.y * 0.5f);
        dl->AddRectFilled(ImVec2(mid.x - 4 * scale, mid.y),
                          ImVec2(mid.x + t.x + 4 * scale, mid.y + t.y), card, 4 * scale);
        dl->AddText(font, size, mid, mutedText, glyph);
    }
    for (size_t i = 0; i < plan.tree.nodes.size() && i < layout.size(); ++i) {
        const okr::Node& n = plan.tree.nodes[i];
        const okr::Vec2 pos = layout[i].position;
        const bool on = highlighted(n.id.value);
        const ImVec2 p1 = v.toScreen(pos);
        const ImVec2 p2 = v.toScreen(okr::Vec2{pos.x + kCard.cardWidth, pos.y + kCard.cardHeight});
        const float r = 8 * scale;
        dl->AddRectFilled(p1, p2, card, r);
        dl->AddRect(p1, p2, on ? hi : muted, r, 0, std::max(1.0f, (on ? 6.0f : 1.5f) * scale));
        const float pad = 10 * scale;
        const ImVec4 clip(p1.x + pad, p1.y, p2.x - pad, p2.y);
        const char* badge = n.kind == okr::NodeKind::Driver ? "" : okr::kindBadge(n.kind);
        if (*badge)
            dl->AddText(font, fontSize * 0.7f, ImVec2(p1.x + pad, p1.y + pad * 0.6f), muted, badge,
                        nullptr, 0, &clip);
        const ImVec4 nameClip(clip.x, clip.y, clip.z, p2.y - pad - fontSize * 0.9f);
        dl->AddText(font, fontSize, ImVec2(p1.x + pad, p1.y + pad + fontSize * 0.7f),
                    on ? text : mutedText, n.name.c_str(), nullptr, p2.x - p1.x - 2 * pad,
                    &nameClip);
        // Its value with the unit (a guardrail's threshold beside it) on the card's last line.
        const std::string value = okr::cardValue(n);
        dl->AddText(font, fontSize * 0.85f, ImVec2(p1.x + pad, p2.y - pad - fontSize * 0.85f),
                    on ? text : mutedText, value.c_str(), nullptr, 0, &clip);
        testhook::rect("projector/node/" + n.id.value, p1, p2);
    }
}

// The presentation itself: keys, the top bar, the objective or the tree, the footer.
void drawPresentation(Context& ctx) {
    ProjectorState& p = ctx.ui.projector;
    const okr::Plan& plan = ctx.doc.plan();
    const int count = static_cast<int>(plan.objectives.size());
    const bool typing = widgets::typingExpected();
    if (!typing) {
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_PageDown) ||
            ImGui::IsKeyPressed(ImGuiKey_DownArrow))
            ++p.objective;
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_PageUp) ||
            ImGui::IsKeyPressed(ImGuiKey_UpArrow))
            --p.objective;
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) p.objective = 0;
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) p.objective = count - 1;
        if (ImGui::IsKeyPressed(ImGuiKey_T, false)) p.showTree = !p.showTree;
        if (ImGui::IsKeyPressed(ImGuiKey_D, false)) p.dark = !p.dark;
        if (ImGui::IsKeyPressed(ImGuiKey_C, false)) p.clientView = !clientView(ctx);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) p.on = false;
    }
    p.objective = std::clamp(p.objective, 0, std::max(0, count - 1));

    drawTopBar(ctx);
    const float footer = footerHeight(clientView(ctx));
    // What does not fit scrolls (wheel, or a clicker's arrows step objectives, not lines).
    ImGui::BeginChild("projectorBody", ImVec2(0, -footer), ImGuiChildFlags_None,
                      p.showTree ? ImGuiWindowFlags_NoScrollbar : ImGuiWindowFlags_None);
    if (p.showTree)
        drawTree(ctx, count > 0 ? p.objective : -1);
    else if (count == 0)
        ImGui::TextDisabled("This plan has no objectives yet.");
    else
        drawObjective(ctx, p.objective);
    ImGui::EndChild();
    drawFooter(ctx, count);
    p.objective = std::clamp(p.objective, 0, std::max(0, count - 1));
}

// Leaves the mode, and the browser's full screen if the page is in it.
void leaveProjector(ProjectorState& p) {
    p.on = false;
    p.askedFullscreen = false;
    if (platform::isFullscreen()) platform::requestFullscreen(false);
}

}  // namespace

void enterProjector(UiState& ui) {
    ProjectorState& p = ui.projector;
    if (p.on) return;
    ImGui::ClearActiveID();
    p.on = true;
    p.sawFullscreen = false;
    p.askedFullscreen = true;
    platform::requestFullscreen(true);
}

void drawProjector(Context& ctx) {
    ProjectorState& p = ctx.ui.projector;
    // Leaving the browser's full screen (its own Esc) leaves projector mode too.
    if (platform::isFullscreen())
        p.sawFullscreen = true;
    else if (p.sawFullscreen)
        p.on = false;
    if (p.on) drawPresentation(ctx);
    if (!p.on) leaveProjector(p);
}

}  // namespace panels
