// Form widgets for the planner's panels. Each shows a model value it does not own and returns
// true with the new value when the user changed it; the panel then emits a core command. ImGui
// keeps the text being typed while a field is active, so a panel can pass a fresh copy of the
// model value every frame.
//
// Each widget also tells `doc` when an edit is complete — a field lost focus after an edit
// (ImGui's IsItemDeactivatedAfterEdit), or a choice was picked — with Document::endTypingBurst,
// so the next edit starts a new undo step.
//
// Every widget records its rectangle for the test window under `label` (test_hook.h), and draws a
// highlight when `label` is the field the violations panel asked to show.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "imgui.h"
#include "model/date.h"
#include "model/plan.h"

namespace widgets {

// The label of the field to highlight and scroll to (set by the violations panel), and for how
// long; empty when none.
// With `keyboard`, the field also takes keyboard focus (a new objective's title, ready to type).
void requestFocus(const std::string& label, bool keyboard = false);
const std::string& focusedLabel();
// `text` cut to `width` (current font) with an ellipsis, whole UTF-8 characters; as it is when it
// fits.
std::string ellipsized(const std::string& text, float width);

// ImGui::TextWrapped, breaking lines only at spaces and newlines: a number ("+0.63 teams", "4.4/5")
// or a word with punctuation never splits across lines. One item, like TextWrapped.
void textWrapped(const char* fmt, ...) IM_FMTARGS(1);

// Whether the plan on screen is read only (a shared link): buttons that would change it are not
// drawn, and its fields are shown disabled. Set once a frame by the app.
void setReadOnly(bool readOnly);
bool readOnly();
// Call once a frame after ImGui::NewFrame: while a field asked for keyboard focus and is not yet
// being edited, keeps what is typed for it, so that no keystroke is lost or taken as a shortcut.
void holdTyping();
// Whether keys belong to text: a field is being edited, or one asked for the keyboard and is on
// its way. Single-key shortcuts stay quiet while this is true.
bool typingExpected();
// The label of the field being typed into; "" when none.
std::string activeLabel();
// Whether `point` (screen, device pixels) is on a text field drawn in the last frame and not
// covered by a window in front of it (a menu, a popup).
bool textFieldAt(ImVec2 point);

// What a copy or a cut from the field being edited puts on the clipboard: `text` as ImGui took
// it, with the line breaks word wrap put in turned back into spaces.
std::string copiedText(const char* text);

// A one-line or multi-line text field, word-wrapped at its width and as tall as its text needs.
// Returns true on every change (typing is coalesced into one undo step by the caller's command
// key).
bool text(Document& doc, const char* caption, const std::string& label, const std::string& value,
          std::string& out, float width = -1, const char* hint = nullptr);
bool multiline(Document& doc, const char* caption, const std::string& label,
               const std::string& value, std::string& out, float lines = 3,
               const char* hint = nullptr);

// A text field with a drop-down of suggestions (owners already in the plan).
bool textWithSuggestions(Document& doc, const char* caption, const std::string& label,
                         const std::string& value, const std::vector<std::string>& suggestions,
                         std::string& out, float width = -1);

// A number that may be absent: empty text means "not given". Invalid text is shown in red and
// not returned.
bool optionalNumber(Document& doc, const char* caption, const std::string& label,
                    const std::optional<double>& value, std::optional<double>& out,
                    float width = -1);

// A YYYY-MM-DD date that may be absent.
bool optionalDate(Document& doc, const char* caption, const std::string& label,
                  const std::optional<okr::Date>& value, std::optional<okr::Date>& out,
                  float width = -1);

// A combo over an enum's file spellings.
template <class E>
bool enumCombo(Document& doc, const char* caption, const std::string& label, E value, E& out,
               float width = -1);

// Every value of an enum in its file spelling, in declaration order: the choices of a
// spellingCombo.
template <class E>
const std::vector<std::string_view>& spellingsOf() {
    static const std::vector<std::string_view> all = [] {
        std::vector<std::string_view> out;
        for (E v : okr::enumValues<E>()) out.push_back(okr::name(v));
        return out;
    }();
    return all;
}

// A combo over file spellings (an enum field's choices, model/fields.h), drawn as enumCombo;
// with `unset`, that text comes first and stands for no value (out empty). Each choice is
// labelled for tests as label + "/" + spelling ("/unset" for the first).
bool spellingCombo(Document& doc, const char* caption, const std::string& label,
                   std::string_view value, const std::vector<std::string_view>& choices,
                   std::string& out, float width = -1, const char* unset = nullptr);

// A combo over (id, text) choices; the empty id is "none". Each choice is labelled for tests
// as label + "/" + id ("/none" for the first).
struct Choice {
    std::string id;
    std::string text;
};
bool choiceCombo(Document& doc, const char* caption, const std::string& label,
                 const std::string& value, const std::vector<Choice>& choices, std::string& out,
                 float width = -1);

bool checkbox(Document& doc, const char* caption, const std::string& label, bool value, bool& out);

}  // namespace widgets
