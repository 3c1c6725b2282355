// Form widgets: caption, field, highlight and test-window rectangle, in one place.
#include "widgets.h"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "model/value_text.h"
#include "plain_words.h"
#include "platform.h"
#include "test_hook.h"

namespace widgets {

namespace {

std::string gFocus;
double gFocusAt = 0;
int gScrollFrames = 0;  // scroll the focused field into view on its first frames
bool gWantKeyboard = false;
// From a request for keyboard focus until its field is being edited, what is typed is held here
// (UTF-16 units, as ImGui queues them) and handed to the field once it is: a title typed at full
// speed right after "+ Objective" loses no letter to the frames the new field takes to appear.
bool gAwaitingField = false;
bool gReadOnly = false;
std::vector<ImWchar> gHeld;
constexpr double kHoldAtMostMs = 1500;
std::string gActive;  // the label of the field being edited, and the frame it was seen in
int gActiveFrame = -1;

// The text fields of the frame being drawn (or, between frames, of the last one drawn): where a
// tap focuses the page's hidden text field so a touch screen shows its keyboard.
struct TextField {
    ImRect rect;
    ImGuiWindow* window;
};
std::vector<TextField> gTextFields;
int gTextFieldsFrame = -1;

void recordTextField() {
    if (gTextFieldsFrame != ImGui::GetFrameCount()) {
        gTextFields.clear();
        gTextFieldsFrame = ImGui::GetFrameCount();
    }
    gTextFields.push_back(
        {ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetCurrentWindow()});
}

// The window a point is in, front-most first, as ImGui finds the hovered window.
ImGuiWindow* windowAt(ImVec2 point) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = g.Windows[i];
        if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
        if (w->OuterRectClipped.Contains(point)) return w;
    }
    return nullptr;
}

// The caption, then the field at 7.5 em from the cell's start, or after the caption when it is
// longer: a caption is never covered by its field.
void caption(const char* text, const std::string& label) {
    if (!text || !*text) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", text);
    testhook::item(label + "/caption");
    // SameLine measures from the window's (or table cell's) start, indent not included.
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float base = w->Pos.x - w->Scroll.x + w->DC.GroupOffset.x + w->DC.ColumnsOffset.x;
    ImGui::SameLine(std::max(ImGui::GetFontSize() * 7.5f,
                             ImGui::GetItemRectMax().x - base + ImGui::GetStyle().ItemSpacing.x));
}

// Before the field: take keyboard focus when asked to.
void prepare(const std::string& label) {
    if (gWantKeyboard && label == gFocus) {
        // ImGui 1.90 only lands the request in the focus scope last clicked in; a click on a
        // button in another scope (the tree's toolbar) would leave the field unfocused.
        ImGui::GetCurrentContext()->NavFocusScopeId = ImGui::GetCurrentFocusScope();
        ImGui::SetKeyboardFocusHere();
        gWantKeyboard = false;
    }
}

void setWidth(float width) {
    ImGui::SetNextItemWidth(width < 0 ? ImGui::GetContentRegionAvail().x : width);
}

// After the field: test rectangle, end-of-edit signal, highlight when focused from a violation.
void finish(Document& doc, const std::string& label) {
    testhook::item(label);
    if (ImGui::IsItemActive()) {
        gActive = label;
        gActiveFrame = ImGui::GetFrameCount();
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) doc.endTypingBurst();
    if (gAwaitingField && label == gFocus && ImGui::IsItemActive()) {
        gAwaitingField = false;
        // Ahead of whatever is still queued: ImGui trickles input over frames, so characters
        // typed after these may be waiting in the queue, and appending would reorder them
        // ("Pro" arriving as "oPr").
        ImGuiContext& g = *ImGui::GetCurrentContext();
        for (size_t i = gHeld.size(); i-- > 0;) {
            ImGuiInputEvent e;
            e.Type = ImGuiInputEventType_Text;
            e.Source = ImGuiInputSource_Keyboard;
            e.EventId = g.InputEventsNextEventId++;
            e.Text.Char = gHeld[i];
            g.InputEventsQueue.push_front(e);
        }
        gHeld.clear();
    }
    if (!gFocus.empty() && label == gFocus) {
        const double age = platform::nowMs() - gFocusAt;
        if (gScrollFrames > 0) {
            // Again on the next frames: a field that just appeared grows the scroll range late.
            ImGui::SetScrollHereY(0.4f);
            --gScrollFrames;
        }
        if (age < 2500) {
            const float pad = ImGui::GetStyle().FramePadding.x * 0.5f;
            ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - pad, a.y - pad),
                                                ImVec2(b.x + pad, b.y + pad),
                                                IM_COL32(230, 120, 0, 255), 4.0f, 0, 3.0f);
        } else {
            gFocus.clear();
        }
    }
}

std::string trim(const std::string& s) {
    size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

// Parses "1,100", "-2.5", "18" (commas as thousands separators); nullopt if not a number.
std::optional<double> parseNumber(const std::string& raw) {
    std::string s;
    for (char c : trim(raw))
        if (c != ',') s += c;
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !(v == v) || v > 1e15 || v < -1e15) return std::nullopt;
    return v;
}

bool textInvalidField(const std::string& label, std::string& buffer, bool invalid, float width,
                      const char* hint) {
    setWidth(width);
    if (invalid) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.86f, 0.86f, 1));
    prepare(label);
    const bool changed =
        ImGui::InputTextWithHint(("##" + label).c_str(), hint ? hint : "", &buffer);
    recordTextField();
    if (invalid) ImGui::PopStyleColor();
    return changed;
}

// Text typed into number and date fields that does not parse yet, kept while the field is active.
struct Pending {
    std::string label;
    std::string text;
};
Pending gPending;

}  // namespace

void requestFocus(const std::string& label, bool keyboard) {
    gWantKeyboard = keyboard;
    gAwaitingField = keyboard;
    gHeld.clear();
    gFocus = label;
    gFocusAt = platform::nowMs();
    gScrollFrames = 3;
}

const std::string& focusedLabel() { return gFocus; }

void holdTyping() {
    if (!gAwaitingField) return;
    if (platform::nowMs() - gFocusAt > kHoldAtMostMs) {
        // The field never came (its row was deleted or filtered away): nothing to hand over to.
        gAwaitingField = false;
        gHeld.clear();
        return;
    }
    ImGuiIO& io = ImGui::GetIO();
    gHeld.insert(gHeld.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    io.InputQueueCharacters.resize(0);
}

namespace {

// Where `text` breaks to fit `width`: after the last whole word that fits, else (one word wider
// than the line) after as many whole characters as fit, at least one.
std::string wrapAtSpaces(const std::string& text, float width) {
    const auto wide = [&](size_t from, size_t to) {
        return ImGui::CalcTextSize(text.data() + from, text.data() + to).x > width;
    };
    std::string out;
    out.reserve(text.size() + 8);
    size_t lineStart = 0;
    for (;;) {
        size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = text.size();
        size_t at = lineStart;
        while (at < lineEnd) {
            size_t best = std::string::npos;
            for (size_t scan = at;;) {
                size_t next = text.find(' ', scan);
                if (next == std::string::npos || next > lineEnd) next = lineEnd;
                if (wide(at, next)) break;
                best = next;
                if (next == lineEnd) break;
                scan = next + 1;
            }
            if (best == std::string::npos || best == at) {
                best = at + 1;
                while (best < lineEnd && (static_cast<unsigned char>(text[best]) & 0xC0) == 0x80)
                    ++best;
                for (size_t next = best; next < lineEnd; ++next) {
                    if ((static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) continue;
                    if (wide(at, next)) break;
                    best = next;
                }
            }
            out.append(text, at, best - at);
            at = best;
            while (at < lineEnd && text[at] == ' ') ++at;
            if (at < lineEnd) out += '\n';
        }
        if (lineEnd >= text.size()) break;
        out += '\n';
        lineStart = lineEnd + 1;
    }
    return out;
}

}  // namespace

std::string ellipsized(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string shown = text;
    while (!shown.empty() && ImGui::CalcTextSize((shown + "…").c_str()).x > width) {
        // Drop one whole UTF-8 code point: its continuation bytes, then its lead byte.
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80)
            shown.pop_back();
        if (!shown.empty()) shown.pop_back();
    }
    return shown + "…";
}

void textWrapped(const char* fmt, ...) {
    char buf[4096];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if (n < 0) return;
    std::string text(buf, std::min<size_t>(static_cast<size_t>(n), sizeof buf - 1));
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float wrapPos = w->DC.TextWrapPos < 0 ? 0.0f : w->DC.TextWrapPos;
    const float width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrapPos);
    const std::string lines = wrapAtSpaces(text, std::max(width, ImGui::GetFontSize()));
    ImGui::PushTextWrapPos(-1.0f);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    ImGui::PopTextWrapPos();
}

void setReadOnly(bool readOnly) { gReadOnly = readOnly; }
bool readOnly() { return gReadOnly; }

bool typingExpected() { return gAwaitingField || ImGui::GetIO().WantTextInput; }

bool textFieldAt(ImVec2 point) {
    // Only the last frame's fields: a frame that drew none (projector mode) leaves none to tap.
    if (gTextFieldsFrame != ImGui::GetFrameCount()) return false;
    ImGuiWindow* front = windowAt(point);
    return std::any_of(gTextFields.begin(), gTextFields.end(), [&](const TextField& f) {
        return f.window == front && f.rect.Contains(point);
    });
}

std::string activeLabel() {
    return gActiveFrame >= ImGui::GetFrameCount() - 1 ? gActive : std::string();
}

bool text(Document& doc, const char* cap, const std::string& label, const std::string& value,
          std::string& out, float width, const char* hint) {
    caption(cap, label);
    out = value;
    setWidth(width);
    prepare(label);
    const bool changed = ImGui::InputTextWithHint(("##" + label).c_str(), hint ? hint : "", &out);
    recordTextField();
    finish(doc, label);
    return changed && out != value;
}

bool multiline(Document& doc, const char* cap, const std::string& label, const std::string& value,
               std::string& out, float lines) {
    caption(cap, label);
    out = value;
    const ImVec2 size(ImGui::GetContentRegionAvail().x,
                      ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
    prepare(label);
    const bool changed = ImGui::InputTextMultiline(("##" + label).c_str(), &out, size);
    recordTextField();
    finish(doc, label);
    return changed && out != value;
}

bool textWithSuggestions(Document& doc, const char* cap, const std::string& label,
                         const std::string& value, const std::vector<std::string>& suggestions,
                         std::string& out, float width) {
    const bool changed = text(doc, cap, label, value, out, width);
    const bool active = ImGui::IsItemActive();
    const ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
    const float w = ImGui::GetItemRectSize().x;
    const std::string popup = "suggest##" + label;
    if (active && !suggestions.empty()) ImGui::OpenPopup(popup.c_str());
    bool picked = false;
    ImGui::SetNextWindowPos(below);
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, ImGui::GetFontSize() * 10));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_NoNavFocus;
    if (ImGui::BeginPopupEx(ImGui::GetID(popup.c_str()), flags)) {
        std::string lower = out;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        int shown = 0;
        for (const auto& s : suggestions) {
            std::string ls = s;
            std::transform(ls.begin(), ls.end(), ls.begin(), ::tolower);
            if (s == out || ls.find(lower) == std::string::npos) continue;
            ++shown;
            if (ImGui::Selectable(s.c_str())) {
                out = s;
                picked = true;
                doc.endTypingBurst();
            }
        }
        if (shown == 0 || (!active && !ImGui::IsWindowFocused())) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return (changed || picked) && out != value;
}

bool optionalNumber(Document& doc, const char* cap, const std::string& label,
                    const std::optional<double>& value, std::optional<double>& out, float width) {
    caption(cap, label);
    const bool pending = gPending.label == label;
    std::string buffer = pending ? gPending.text : (value ? okr::formatNumber(*value) : "");
    const bool invalid = pending && !buffer.empty() && !parseNumber(buffer);
    const bool changed = textInvalidField(label, buffer, invalid, width, "—");
    const bool active = ImGui::IsItemActive();
    finish(doc, label);
    if (changed) {
        gPending = {label, buffer};
        const std::optional<double> parsed = parseNumber(buffer);
        if (parsed || trim(buffer).empty()) {
            out = parsed;
            return out != value;
        }
    } else if (!active && pending) {
        gPending = {};
    }
    return false;
}

bool optionalDate(Document& doc, const char* cap, const std::string& label,
                  const std::optional<okr::Date>& value, std::optional<okr::Date>& out,
                  float width) {
    caption(cap, label);
    const bool pending = gPending.label == label;
    std::string buffer = pending ? gPending.text : (value ? value->str() : "");
    const bool invalid = pending && !trim(buffer).empty() && !okr::Date::parse(trim(buffer));
    const bool changed = textInvalidField(label, buffer, invalid, width, "YYYY-MM-DD");
    const bool active = ImGui::IsItemActive();
    finish(doc, label);
    if (changed) {
        gPending = {label, buffer};
        const auto parsed = okr::Date::parse(trim(buffer));
        if (parsed || trim(buffer).empty()) {
            out = parsed;
            const bool same = out.has_value() == value.has_value() && (!out || *out == *value);
            return !same;
        }
    } else if (!active && pending) {
        gPending = {};
    }
    return false;
}

template <class E>
bool enumCombo(Document& doc, const char* cap, const std::string& label, E value, E& out,
               float width) {
    caption(cap, label);
    setWidth(width);
    bool changed = false;
    out = value;
    if (ImGui::BeginCombo(("##" + label).c_str(), words::shown(okr::name(value)))) {
        for (E v : okr::enumValues<E>()) {
            if (ImGui::Selectable(words::shown(okr::name(v)), v == value) && v != value) {
                out = v;
                changed = true;
            }
            testhook::item(label + "/" + okr::name(v));
        }
        ImGui::EndCombo();
    }
    finish(doc, label);
    if (changed) doc.endTypingBurst();
    return changed;
}

template bool enumCombo(Document&, const char*, const std::string&, okr::Level, okr::Level&, float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Profile, okr::Profile&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::NodeKind, okr::NodeKind&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Stage, okr::Stage&, float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Relation, okr::Relation&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Comparison,
                        okr::Comparison&, float);
template bool enumCombo(Document&, const char*, const std::string&, okr::KrKind, okr::KrKind&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Direction, okr::Direction&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Cadence, okr::Cadence&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Signal, okr::Signal&,
                        float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Style, okr::Style&, float);
template bool enumCombo(Document&, const char*, const std::string&, okr::Severity, okr::Severity&,
                        float);

bool spellingCombo(Document& doc, const char* cap, const std::string& label, std::string_view value,
                   const std::vector<std::string_view>& choices, std::string& out, float width,
                   const char* unset) {
    caption(cap, label);
    setWidth(width);
    bool changed = false;
    out = std::string(value);
    const std::string preview =
        unset && value.empty() ? std::string(unset) : std::string(words::shown(out.c_str()));
    if (ImGui::BeginCombo(("##" + label).c_str(), preview.c_str())) {
        if (unset && ImGui::Selectable(unset, value.empty()) && !value.empty()) {
            out.clear();
            changed = true;
        }
        if (unset) testhook::item(label + "/unset");
        for (std::string_view choice : choices) {
            const std::string text(choice);
            if (ImGui::Selectable(words::shown(text.c_str()), choice == value) && choice != value) {
                out = text;
                changed = true;
            }
            testhook::item(label + "/" + text);
        }
        ImGui::EndCombo();
    }
    finish(doc, label);
    if (changed) doc.endTypingBurst();
    return changed;
}

bool choiceCombo(Document& doc, const char* cap, const std::string& label, const std::string& value,
                 const std::vector<Choice>& choices, std::string& out, float width) {
    caption(cap, label);
    setWidth(width);
    std::string preview = value.empty() ? "none" : value;
    for (const auto& c : choices)
        if (c.id == value) preview = c.text;
    bool changed = false;
    out = value;
    if (ImGui::BeginCombo(("##" + label).c_str(), preview.c_str())) {
        if (ImGui::Selectable("none", value.empty()) && !value.empty()) {
            out.clear();
            changed = true;
        }
        for (const auto& c : choices) {
            ImGui::PushID(c.id.c_str());
            if (ImGui::Selectable(c.text.c_str(), c.id == value) && c.id != value) {
                out = c.id;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    finish(doc, label);
    if (changed) doc.endTypingBurst();
    return changed;
}

bool checkbox(Document& doc, const char* cap, const std::string& label, bool value, bool& out) {
    out = value;
    const bool changed = ImGui::Checkbox((std::string(cap) + "##" + label).c_str(), &out);
    finish(doc, label);
    if (changed) doc.endTypingBurst();
    return changed;
}

}  // namespace widgets
