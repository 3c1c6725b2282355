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
#include "theme.h"

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
                                                theme::u32(theme::colours().accent), 4.0f, 0, 3.0f);
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
    if (invalid) ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::vec(theme::colours().invalidFrame));
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
    // A field is drawn in a window of its own (a multi-line text) inside the one it was added to.
    while (front && (front->Flags & ImGuiWindowFlags_ChildWindow) && front->ParentWindow &&
           std::none_of(gTextFields.begin(), gTextFields.end(),
                        [&](const TextField& f) { return f.window == front; }))
        front = front->ParentWindow;
    return std::any_of(gTextFields.begin(), gTextFields.end(), [&](const TextField& f) {
        return f.window == front && f.rect.Contains(point);
    });
}

std::string activeLabel() {
    return gActiveFrame >= ImGui::GetFrameCount() - 1 ? gActive : std::string();
}

namespace {

// Word wrap for text fields, which ImGui 1.90 does not have. A field is an ImGui multi-line text
// whose buffer holds the text with some spaces turned into line breaks ("soft" breaks, chosen to
// fit the field's width); the text itself never has them. Swapping a space for a break moves no
// character, so the cursor and the selection stay where they are while the breaks are chosen
// again on every frame of typing.
struct SoftWrap {
    std::string text;        // the buffer as ImGui last had it, soft breaks in
    std::vector<char> soft;  // 1 where text has a soft break
    float width = 0;         // the width lines must fit
    bool oneLine = false;    // a title: no line breaks of its own, typed ones are spaces
    bool selectAll = false;  // select all of it on the first frame of editing
};
SoftWrap gWrap;  // the field being edited (one at a time)

// Where `text` (no soft breaks) breaks into lines of `width`: the spaces after which the next
// word no longer fits. A word wider than a line stays whole on its own line.
std::vector<size_t> breaksFor(const std::string& text, float width) {
    std::vector<size_t> out;
    const auto wide = [&](size_t from, size_t to) {
        return ImGui::CalcTextSize(text.data() + from, text.data() + to).x > width;
    };
    size_t lineStart = 0;
    for (;;) {
        size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = text.size();
        size_t at = lineStart, space = std::string::npos, scan = lineStart;
        for (;;) {
            size_t end = text.find(' ', scan);
            if (end == std::string::npos || end > lineEnd) end = lineEnd;
            if (space != std::string::npos && wide(at, end)) {
                out.push_back(space);
                at = space + 1;
                space = std::string::npos;
                continue;
            }
            if (end == lineEnd) break;
            space = end;
            scan = end + 1;
        }
        if (lineEnd == text.size()) break;
        lineStart = lineEnd + 1;
    }
    return out;
}

// Chooses the soft breaks of `buf` again for `w.width`; true when a character changed.
bool rewrap(char* buf, size_t length, SoftWrap& w) {
    std::string plain(buf, length);
    w.soft.resize(length, 0);
    for (size_t i = 0; i < length; ++i)
        if (w.soft[i] || (w.oneLine && plain[i] == '\n')) plain[i] = ' ';
    std::vector<char> soft(length, 0);
    for (const size_t at : breaksFor(plain, w.width)) soft[at] = 1;
    bool changed = false;
    for (size_t i = 0; i < length; ++i) {
        const char want = soft[i] ? '\n' : plain[i];
        if (buf[i] != want) {
            buf[i] = want;
            changed = true;
        }
    }
    w.soft = std::move(soft);
    return changed;
}

// The text of a buffer with soft breaks `soft`: they are spaces again (and, in a one-line text,
// so is any other break).
std::string plainText(const std::string& shown, const std::vector<char>& soft, bool oneLine) {
    std::string out = shown;
    for (size_t i = 0; i < out.size(); ++i)
        if ((i < soft.size() && soft[i]) || (oneLine && out[i] == '\n')) out[i] = ' ';
    return out;
}

struct WrapCall {
    std::string* buffer;
    SoftWrap* wrap;
};

int onWrappedEdit(ImGuiInputTextCallbackData* d) {
    WrapCall& call = *static_cast<WrapCall*>(d->UserData);
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        call.buffer->resize(static_cast<size_t>(d->BufTextLen));
        d->Buf = call.buffer->data();
        return 0;
    }
    SoftWrap& w = *call.wrap;
    const std::string_view now(d->Buf, static_cast<size_t>(d->BufTextLen));
    if (now != w.text) {
        // An edit: the soft breaks before and after what changed stay marked.
        const size_t before = w.text.size(), after = now.size();
        size_t head = 0;
        while (head < before && head < after && w.text[head] == now[head]) ++head;
        size_t tail = 0;
        while (tail < before - head && tail < after - head &&
               w.text[before - 1 - tail] == now[after - 1 - tail])
            ++tail;
        std::vector<char> soft(after, 0);
        w.soft.resize(before, 0);
        std::copy(w.soft.begin(), w.soft.begin() + static_cast<std::ptrdiff_t>(head), soft.begin());
        std::copy(w.soft.end() - static_cast<std::ptrdiff_t>(tail), w.soft.end(),
                  soft.end() - static_cast<std::ptrdiff_t>(tail));
        w.soft = std::move(soft);
    }
    if (rewrap(d->Buf, static_cast<size_t>(d->BufTextLen), w)) d->BufDirty = true;
    w.text.assign(d->Buf, static_cast<size_t>(d->BufTextLen));
    if (w.selectAll) {
        w.selectAll = false;
        d->SelectionStart = 0;
        d->SelectionEnd = d->CursorPos = d->BufTextLen;
    }
    return 0;
}

// A text field that wraps at its width and grows to show all of its text (at least `minLines`
// lines). A one-line text (a title) takes Enter as "done"; others take it as a new line.
bool wrappedField(Document& doc, const char* cap, const std::string& label,
                  const std::string& value, std::string& out, float width, float minLines,
                  bool oneLine, const char* hint) {
    caption(cap, label);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = width < 0 ? ImGui::GetContentRegionAvail().x : width;
    const std::string id = "##" + label;
    const bool wasActive = ImGui::GetActiveID() == ImGui::GetID(id.c_str());
    // The text's own width inside the frame, less a cursor's width at the end of a line.
    const float inner = std::max(ImGui::GetFontSize(), w - style.FramePadding.x * 2 - 2.0f);
    SoftWrap shown;
    shown.oneLine = oneLine;
    shown.width = inner;
    if (wasActive) {
        gWrap.width = inner;
        gWrap.oneLine = oneLine;
        out = gWrap.text;
    } else {
        out = value;
        rewrap(out.data(), out.size(), shown);
        shown.text = out;
    }
    const std::string& lines = wasActive ? gWrap.text : out;
    const float rows =
        std::max(minLines, static_cast<float>(std::count(lines.begin(), lines.end(), '\n') + 1));
    const ImVec2 size(w, ImGui::GetTextLineHeight() * rows + style.FramePadding.y * 2);
    // Asked to take the keyboard: activated directly, as a keyboard activation would (ImGui 1.90's
    // SetKeyboardFocusHere does not reach a multi-line field), with all its text selected so that
    // what is typed replaces a placeholder name ("New metric").
    // (A new field's frame is hidden on its first frame: asked again until it takes it.)
    const bool asked = gWantKeyboard && label == gFocus && !wasActive;
    if (asked) {
        ImGuiContext& g = *ImGui::GetCurrentContext();
        g.NavActivateId = ImGui::GetID(id.c_str());
        g.NavActivateFlags = ImGuiActivateFlags_PreferInput;
        shown.selectAll = true;
    }
    WrapCall call{&out, wasActive ? &gWrap : &shown};
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_Multiline | ImGuiInputTextFlags_CallbackAlways |
                                ImGuiInputTextFlags_CallbackResize |
                                ImGuiInputTextFlags_NoHorizontalScroll;
    if (oneLine) flags |= ImGuiInputTextFlags_CtrlEnterForNewLine;
    ImGui::InputTextEx(id.c_str(), hint, out.data(), static_cast<int>(out.capacity() + 1), size,
                       flags, onWrappedEdit, &call);
    const bool active = ImGui::IsItemActive();
    if (active && !wasActive) gWrap = shown;  // activated this frame: its breaks are the ones
    if (asked && active) gWantKeyboard = false;
    recordTextField();
    finish(doc, label);
    out = plainText(out, active ? gWrap.soft : shown.soft, oneLine);
    return out != value;
}

}  // namespace

std::string copiedText(const char* text) {
    std::string out = text ? text : "";
    if (activeLabel().empty()) return out;
    const ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
    if (!state || state->CurLenA != static_cast<int>(gWrap.text.size())) return out;
    // ImGui copies the selection, or all of the text when nothing is selected.
    int from = std::min(state->Stb.select_start, state->Stb.select_end);
    if (from == std::max(state->Stb.select_start, state->Stb.select_end)) from = 0;
    const size_t at = static_cast<size_t>(
        ImTextCountUtf8BytesFromStr(state->TextW.Data, state->TextW.Data + from));
    if (gWrap.text.compare(at, out.size(), out) != 0) return out;
    for (size_t i = 0; i < out.size(); ++i)
        if ((at + i < gWrap.soft.size() && gWrap.soft[at + i]) || (gWrap.oneLine && out[i] == '\n'))
            out[i] = ' ';
    return out;
}

bool text(Document& doc, const char* cap, const std::string& label, const std::string& value,
          std::string& out, float width, const char* hint) {
    return wrappedField(doc, cap, label, value, out, width, 1, true, hint);
}

bool multiline(Document& doc, const char* cap, const std::string& label, const std::string& value,
               std::string& out, float lines, const char* hint) {
    return wrappedField(doc, cap, label, value, out, -1, lines, false, hint);
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
        // Each choice is labelled for tests as label + "/" + its ID ("/none" for the first).
        if (ImGui::Selectable("none", value.empty()) && !value.empty()) {
            out.clear();
            changed = true;
        }
        testhook::item(label + "/none");
        for (const auto& c : choices) {
            ImGui::PushID(c.id.c_str());
            if (ImGui::Selectable(c.text.c_str(), c.id == value) && c.id != value) {
                out = c.id;
                changed = true;
            }
            testhook::item(label + "/" + c.id);
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
