// The key-result rules: KR-ACTIVITY, KR-VANITY, KR-NO-BASELINE, KR-NO-TARGET, KR-NO-DEADLINE,
// KR-NO-OWNER, KR-NO-SOURCE, KR-DIRECTION, KR-BLIND-SOURCE, KR-UNDEFINED-METRIC, KR-AMBITION,
// KR-STALE, KR-CONFIDENCE-DROP, KR-GUARDRAIL-TRIPPED, KR-CPA, KR-CONTRIBUTION.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "analysis/checks.h"
#include "analysis/score.h"
#include "model/value_text.h"
#include "rhythm/rhythm.h"

namespace okr::detail {

namespace {

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

bool validDate(const Date& d) { return isValidDate(d.year, d.month, d.day); }

const Node* driverOf(const Context& c, const KrFacts& f) {
    return f.driver >= 0 ? &c.plan.tree.nodes[static_cast<std::size_t>(f.driver)] : nullptr;
}

const KeyResult& kr(const KrFacts& f) { return *f.kr; }

TextSpan join(TextSpan a, TextSpan b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return TextSpan{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

// The words of the title a finding quotes: " (\"Hold 12 webinars\")".
std::string said(const KrFacts& f, TextSpan span) { return evidence(f.kr->title, span); }

std::string words(const KrFacts& f, TextSpan span) { return phraseText(span.of(f.kr->title)); }

// Figures that only say which or how many are meant, with no target among them: "Higher earnings
// … in 18 communities", "Better governance of services used by roughly 240,000 people" — each
// figure after a word that places or sizes what is measured, before a plural.
bool figuresOnlyDescribe(std::string_view title) {
    const WordText words(lowerCase(title));
    bool any = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words.word(i);
        if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) continue;
        any = true;
        if (i == 0 || i + 1 == words.size()) return false;
        const std::string_view next = words.word(i + 1);
        // (Not a time: "in 35 days" is one to reach.)
        if (!isListedWord(words.word(i - 1), "in|across|among|serving|roughly|around|some|our") ||
            !(next == "people" || next == "children" || (next.size() > 3 && next.back() == 's')) ||
            isListedWord(next, "seconds|minutes|hours|days|weeks|months|years|mins|hrs|secs"))
            return false;
    }
    return any;
}

// A target stated in words, not as a figure: a cadence moved from one to another ("Deploy
// frequency goes from weekly to daily") or a place on a scale cut in parts ("Third-quartile
// ranking across the industry", "top-decile response times").
bool targetInWords(std::string_view title) {
    static constexpr std::string_view kCadence[] = {"hourly",      "daily",    "weekly",
                                                    "fortnightly", "monthly",  "quarterly",
                                                    "yearly",      "annually", "annual"};
    const std::string low = lowerCase(title);
    const std::string_view text = low;
    // The cadence at `at` followed by `tail` (" to " after the first, nothing after the second),
    // other than `other`; empty when there is none.
    const auto cadenceAt = [&](std::size_t at, std::string_view tail, std::string_view other) {
        for (std::string_view c : kCadence)
            if (c != other && text.substr(at, c.size()) == c &&
                text.substr(at + std::min(c.size(), text.size() - at), tail.size()) == tail)
                return c;
        return std::string_view();
    };
    for (std::size_t at = text.find("from "); at != std::string_view::npos;
         at = text.find("from ", at + 1)) {
        const std::string_view from = cadenceAt(at + 5, " to ", {});
        if (!from.empty() && !cadenceAt(at + 5 + from.size() + 4, {}, from).empty()) return true;
    }
    // "returning it to its 2019 level": a level named by its year.
    for (const char* to : {"to its ", "to their ", "to the ", "to our "}) {
        const std::size_t at = low.find(to);
        if (at == std::string::npos) continue;
        const std::size_t y = at + std::strlen(to);
        if (y + 10 <= low.size() && std::isdigit(static_cast<unsigned char>(low[y])) &&
            low.compare(y + 4, 6, " level") == 0)
            return true;
    }
    // "from Level 2 to Level 3", "from stage 1 to stage 2": a step on a named scale.
    for (const char* step : {"level ", "stage ", "grade ", "band ", "tier ", "step "}) {
        const std::size_t from = low.find(std::string("from ") + step);
        if (from == std::string::npos) continue;
        const std::size_t to = low.find(std::string(" to ") + step, from);
        if (to != std::string::npos && to + 4 + std::strlen(step) < low.size() &&
            std::isdigit(static_cast<unsigned char>(low[to + 4 + std::strlen(step)])))
            return true;
    }
    // "Earn a 4.5-star average on Trustpilot": a rating's level, joined to its scale.
    for (std::size_t at = low.find("-star"); at != std::string::npos;
         at = low.find("-star", at + 1))
        if (at > 0 && std::isdigit(static_cast<unsigned char>(low[at - 1]))) return true;
    for (std::string_view part : {"quartile", "quintile", "decile", "percentile"})
        for (std::size_t at = low.find(part); at != std::string::npos;
             at = low.find(part, at + 1)) {
            std::size_t e = at;
            if (e > 0 && (low[e - 1] == '-' || low[e - 1] == ' ')) --e;
            std::size_t b = e;
            while (b > 0 && std::isalpha(static_cast<unsigned char>(low[b - 1]))) --b;
            const std::string_view which = std::string_view(low).substr(b, e - b);
            for (std::string_view w : {"top", "bottom", "upper", "lower", "first", "second",
                                       "third", "fourth", "fifth", "highest", "lowest"})
                if (which == w) return true;
        }
    return false;
}

std::string thing(const KrFacts& f, TextSpan span) { return thingOf(f.kr->title, span); }

// A content rule already speaks for this key result: the KR needs rewriting, so asking for its
// baseline or target on top would only add noise.
bool judged(const Context& c, const KrFacts& f) {
    if (!c.text()) return false;
    switch (f.judgement.keyResult) {
        case KeyResultVerdict::CountedWork:
        case KeyResultVerdict::Deliverable:
            return c.on(RuleId::KrActivity) && f.kind != KrKind::Milestone &&
                   f.kind != KrKind::Baseline && f.kr->signal != Signal::Leading;
        case KeyResultVerdict::Vanity:
            return c.on(RuleId::KrVanity) && !f.reaches && f.kr->signal != Signal::Leading;
        default:
            return false;
    }
}

void activity(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.kind == KrKind::Milestone || f.kind == KrKind::Baseline) return;
    if (k.signal == Signal::Leading) return;
    const Judgement& v = f.judgement;
    std::string what = slotPhrase(c.words, thing(f, v.thing));
    const bool named = standsAsThing(c.words, what);
    if (!named) what = "this work";
    if (v.keyResult == KeyResultVerdict::CountedWork) {
        Violation* out = c.emit(
            RuleId::KrActivity, EntityKind::KeyResult, k.id.value, krPath(f, "title"),
            f.quoted() + " counts work done" + said(f, v.evidence) + ", not a change in the world.",
            "Apply the \"so what?\" test: what changes for " + std::string(c.audience()) +
                " once " + what + (named ? " are" : " is") +
                " done? Measure that and keep the work as an initiative — or tag the key "
                "result leading if it is a deliberate early proxy (S2, S4).");
        if (out) out->rewrite = formula(changeSlot(c.words, what));
        return;
    }
    if (v.keyResult != KeyResultVerdict::Deliverable) return;
    // An external verdict (an audit passed, an approval, a certification) is rightly pass or
    // fail: the coach's advice is to make it a milestone, not to invent a metric for it.
    Violation* out =
        v.binary
            ? c.emit(RuleId::KrActivity, EntityKind::KeyResult, k.id.value, krPath(f, "kind"),
                     f.quoted() + " is a yes-or-no event" + said(f, v.evidence) +
                         ": a milestone, not a number to move.",
                     "Make it a milestone key result (done or not done) and pair it with a key "
                     "result that shows progress before the verdict (S2: some KRs are binary, "
                     "paired with early signals).")
            : c.emit(RuleId::KrActivity, EntityKind::KeyResult, k.id.value, krPath(f, "kind"),
                     f.quoted() + " reads as a deliverable" + said(f, v.evidence) +
                         ": done or not done, it does not say what changes when it ships.",
                     "Say what changes when it ships and measure that, keeping the work as an "
                     "initiative — or, if it truly is a milestone, make it one (S2: these can be "
                     "milestones inside a plan, not KRs).");
    if (out) {
        if (!v.binary) out->rewrite = formula(changeSlot(c.words, what));
        out->action = FixAction::MakeMilestone;
    }
}

void vanity(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.reaches || k.signal == Signal::Leading) return;
    std::string found;
    if (f.judgement.keyResult == KeyResultVerdict::Vanity) {
        found = words(f, f.judgement.thing);
    } else if (f.metricHead == HeadKind::Vanity &&
               f.judgement.keyResult == KeyResultVerdict::Fine) {
        found = trimmed(k.metric);
    }
    if (found.empty()) return;
    VanitySlot slot = vanitySlot(c.words, found, k.title);
    // A plan that is no business (a public body, a charity, an open-source project) is not asked
    // for revenue and spend per visit: what the count should bring is people served or coming back.
    if (!c.commercial()) {
        for (std::string* text : {&slot.produce, &slot.rewrite})
            for (const auto& [sold, served] :
                 {std::pair<const char*, const char*>{"signups, activation, revenue",
                                                      "people helped, return use, action taken"},
                  {"trials, signups, revenue", "people helped, return use, action taken"},
                  {"activation, paid plans, revenue", "people who take part and come back"},
                  {"active users, paid plans, revenue", "people who take part and come back"},
                  {"return visits, spend per visit, memberships",
                   "return visits, people taking part, members"},
                  {"repeat visits, spend per visit, members",
                   "repeat visits, people taking part, members"}})
                if (const std::size_t at = text->find(sold); at != std::string::npos)
                    text->replace(at, std::strlen(sold), served);
    }
    // ("Get 36 reviews", "8 home visits": not big; the number is still no value.)
    const std::optional<double> level = f.target ? f.target : f.sentence.target;
    const bool small = level && *level < 1000 && !f.sentence.hasPercent;
    const std::string quoted = f.judgement.keyResult == KeyResultVerdict::Vanity
                                   ? said(f, f.judgement.evidence)
                                   : " (\"" + slot.found + "\")";
    Violation* out =
        c.emit(RuleId::KrVanity, EntityKind::KeyResult, k.id.value, krPath(f, "metric"),
               f.quoted() + " counts a vanity number" + quoted +
                   (small ? ": a count with no shown link to value."
                          : ": big, but with no shown link to value."),
               "Measure what the " + slot.found + " should produce (" + slot.produce +
                   "), or show the link: connect the key result to a driver that reaches the North "
                   "Star, or tag it leading (S2).");
    if (out) out->rewrite = slot.rewrite;
}

// Where a key result needs no start: a floor or a ceiling to stay on ("stays at 4.5 or above",
// "99.7% or higher"), or a first time ("my first marathon"). (A start named by its period,
// "against 2020", still gives no figure: the finding asks for it.)
bool noStartNeeded(const KrFacts& f) {
    const std::string low = lowerCase(f.kr->title);
    if (f.sentence.relativeChange || !f.sentence.target) return false;
    // (Not a movement bounded: "falls by at least 12%", "rises at least 4%", "Bring the score
    // to 7.5 or above".)
    const bool moves =
        low.find(" by ") != std::string::npos || low.find(" rise") != std::string::npos ||
        low.find(" fall") != std::string::npos || low.find(" up ") != std::string::npos ||
        low.find(" down ") != std::string::npos || low.find(" goes ") != std::string::npos ||
        low.find(" to ") != std::string::npos || f.sentence.verbDirection;
    const bool floorOrCeiling = !moves && (low.find(" or above") != std::string::npos ||
                                           low.find(" or higher") != std::string::npos ||
                                           low.find(" or below") != std::string::npos ||
                                           low.find(" or lower") != std::string::npos);
    return floorOrCeiling || low.find("my first ") != std::string::npos ||
           low.find("our first ") != std::string::npos;
}

std::string withBaseline(std::string_view title);

// The measure of a change said as a noun ("A 10% drop in churn" -> "Reduce churn", "40% more
// posts than last quarter" -> "Increase the number of posts"), or "" when the line says it no
// such way.
std::string changeNamed(std::string_view title, bool down) {
    const std::string text = withoutClosingMarks(trimmedView(title));
    const std::string low = lowerCase(text);
    const std::string verb = down ? "Reduce " : "Increase ";
    for (const char* noun :
         {"% rise in ", "% increase in ", "% growth in ", "% jump in ", "% drop in ", "% fall in ",
          "% cut in ", "% reduction in ", "% decrease in ", "% decline in "}) {
        const std::size_t at = low.find(noun);
        if (at == std::string::npos) continue;
        const std::size_t from = at + std::strlen(noun);
        const std::size_t end = std::min(low.find(',', from), low.size());
        return verb + text.substr(from, end - from);
    }
    for (const char* more : {"% more ", "% fewer ", "% less "}) {
        const std::size_t at = low.find(more);
        const std::size_t than = low.find(" than ");
        if (at == std::string::npos || than == std::string::npos || than <= at) continue;
        const std::size_t from = at + std::strlen(more);
        return verb + "the number of " + text.substr(from, than - from);
    }
    return {};
}

void noBaseline(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.kind != KrKind::Metric || f.baseline || judged(c, f)) return;
    if (c.text() && noStartNeeded(f)) return;
    // (With no target at all, KR-NO-TARGET says what is missing.)
    if (c.text() && !f.target && !f.sentence.relativeChange && figuresOnlyDescribe(k.title) &&
        c.on(RuleId::KrNoTarget))
        return;
    if (c.text() && f.judgement.keyResult == KeyResultVerdict::NotMeasurable &&
        c.on(RuleId::KrNoTarget))
        return;
    if (f.sentence.relativeChange && !f.sentence.target) {
        // "by a third" is -33.3%, not -33.3333%.
        const double pct = std::round(*f.sentence.relativeChange * 1000.0) / 10.0;
        char change[32];
        std::snprintf(change, sizeof change, "%+g%%", pct);
        Violation* out = c.emit(
            RuleId::KrNoBaseline, EntityKind::KeyResult, k.id.value, krPath(f, "baseline"),
            f.quoted() + " sets its target relative to a start it does not give (" + change +
                " from what?).",
            "Write down today's value, so the target is a number and the score is measurement, "
            "not interpretation (S4: audit data availability first).");
        if (out) {
            // ("Churn halves": the measure is the clause's subject.)
            // ("Increase the number of members who visit more than 20 times a year by 12%": the
            // measure with what it counts.)
            std::string due;
            std::string counted = countedMeasure(f, due);
            if (counted.empty()) {
                counted = changeNamed(k.title, pct < 0);
                const std::size_t by = counted.find(" by ");
                due = counted.empty()           ? ""
                      : by == std::string::npos ? " by <date>"
                                                : counted.substr(by);
                if (by != std::string::npos) counted.erase(by);
            }
            const std::string base =
                !counted.empty()
                    ? counted
                    : words(f, join(join(f.wording.subject, f.wording.verbText), f.wording.object));
            // (A date the quoted words already give is not asked for again.)
            const bool dated = f.sentence.due && (base.find(" by ") != std::string::npos ||
                                                  base.find(" before ") != std::string::npos ||
                                                  base.find(" until ") != std::string::npos);
            if (!base.empty())
                out->rewrite = base + " from <today's value> to <today's value " + change + ">" +
                               (!counted.empty() ? due
                                : dated          ? ""
                                                 : " by <date>");
        }
        return;
    }
    Violation* out =
        c.emit(RuleId::KrNoBaseline, EntityKind::KeyResult, k.id.value, krPath(f, "baseline"),
               f.quoted() + " has no baseline: where does it start?",
               "Measure the starting value before committing to the target (S4: audit data "
               "availability first). If it cannot be measured yet, make establishing it a "
               "baseline key result (S2: instrumentation is part of the work).");
    if (out && c.text()) out->rewrite = withBaseline(k.title);
}

// The key result with its start asked for where S4's formula puts it: "Cut churn to 1%" -> "Cut
// churn from <baseline> to 1%", "Cut churn below 1%" -> "Cut churn from <baseline> to below 1%",
// anything else with the start after it.
std::string withBaseline(std::string_view title) {
    const std::string text = withoutClosingMarks(trimmedView(title));
    const std::string low = lowerCase(text);
    const auto figureAt = [&](std::size_t at) {
        while (at < low.size() && low[at] == ' ') ++at;
        return at < low.size() &&
               (std::isdigit(static_cast<unsigned char>(low[at])) || low[at] == '$' ||
                low.compare(at, 2, "\xC2\xA3") == 0 || low.compare(at, 3, "\xE2\x82\xAC") == 0);
    };
    static const char* const kBounds[] = {"below ",      "under ",   "above ",     "over ",
                                          "at least ",   "at most ", "less than ", "more than ",
                                          "fewer than ", "beyond ",  "past "};
    const auto boundLength = [&](std::size_t at) -> std::size_t {
        for (const char* b : kBounds)
            if (low.compare(at, std::strlen(b), b) == 0) return std::strlen(b);
        return 0;
    };
    for (std::size_t at = low.find(" to "); at != std::string::npos; at = low.find(" to ", at + 1))
        if (figureAt(at + 4) || figureAt(at + 4 + boundLength(at + 4)))
            return text.substr(0, at) + " from <baseline>" + text.substr(at);
    for (std::size_t at = low.find(' '); at != std::string::npos; at = low.find(' ', at + 1))
        if (const std::size_t n = boundLength(at + 1); n > 0 && figureAt(at + 1 + n))
            return text.substr(0, at) + " from <baseline> to" + text.substr(at);
    return text + ", from <baseline> today";
}

// The sentence with its placeholders made slots: "Increase NPS from X to Y" -> "Increase NPS from
// <baseline> to <target> by <date>".
std::string filledIn(std::string_view title, bool dated) {
    std::string out;
    std::string_view previous;
    for (std::size_t at = 0; at < title.size();) {
        const std::size_t end = std::min(title.find(' ', at), title.size());
        const std::string_view token = title.substr(at, end - at);
        at = end + 1;
        if (!out.empty()) out += ' ';
        // (Read with the word before it: "from X" is a figure's place, "feature X" a name's.)
        const std::string pair = std::string(previous) + " " + std::string(token);
        const std::string_view blank = placeholderIn(pair);
        if (!blank.empty() && blank.data() == pair.data() + previous.size() + 1) {
            // "X%" keeps its "%", "$Xk" its "$" and "k"; brackets go.
            std::size_t first = 0, last = token.size();
            while (first < last &&
                   std::string_view("$[(~<>").find(token[first]) != std::string_view::npos)
                ++first;
            while (last > first &&
                   std::string_view("%])kK+.,").find(token[last - 1]) != std::string_view::npos)
                --last;
            for (std::size_t i = 0; i < first; ++i)
                if (token[i] != '[' && token[i] != '(') out += token[i];
            out += previous == "from" || previous == "From" ? "<baseline>" : "<target>";
            for (std::size_t i = last; i < token.size(); ++i)
                if (token[i] != ']' && token[i] != ')') out += token[i];
        } else {
            out += std::string(token);
        }
        previous = token;
    }
    return dated ? out : out + " by <date>";
}

void noTarget(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.kind == KrKind::Metric && !f.target && !f.sentence.relativeChange) {
        // A deliverable has its own finding (KR-ACTIVITY): "set the target" would be false; a
        // sentence that states its numbers or says "every" / "no" has a target, just not one
        // the sentence reader could place ("Fix every blocking bug within a sprint": 100%).
        const bool everyOne = f.wording.objectUniversal && f.wording.verb == VerbKind::Work;
        if (c.text() && !f.judgement.timely &&
            (f.judgement.keyResult == KeyResultVerdict::Deliverable ||
             f.judgement.keyResult == KeyResultVerdict::CountedWork ||
             (f.wording.anyNumber && !figuresOnlyDescribe(k.title)) ||
             (f.wording.universal && f.judgement.keyResult != KeyResultVerdict::NotMeasurable) ||
             f.wording.bounded || everyOne || f.judgement.levelNamed || targetInWords(k.title)))
            return;
        const bool unmeasured =
            c.text() && f.judgement.keyResult == KeyResultVerdict::NotMeasurable;
        const std::string_view blank = c.text() ? placeholderIn(k.title) : std::string_view();
        Violation* out = c.emit(
            RuleId::KrNoTarget, EntityKind::KeyResult, k.id.value, krPath(f, "target"),
            !blank.empty() ? f.quoted() + " leaves its number to fill in (\"" + std::string(blank) +
                                 "\"): nothing says when it is achieved yet."
            : unmeasured ? f.quoted() + " names no number: nothing says when it is achieved."
                         : f.quoted() + " has no target: nothing says when it is achieved.",
            "Name the number that would show it, with where it starts and where it should be "
            "(S4 formula: [verb] [metric] from [baseline] to [target] by [date]).");
        // ("TBD" stands for the whole key result: there is no sentence to fill in.)
        if (out && !blank.empty() && blank != "TBD" && blank != "TBC") {
            out->rewrite = filledIn(k.title, f.sentence.due.has_value());
        } else if (out && unmeasured && blank.empty()) {
            out->rewrite = measureRewrite(c.words, f);
        }
    } else if (f.kind == KrKind::Maintain && !finite(k.bandLow) && !finite(k.bandHigh) &&
               !f.target && !f.sentence.bandLow &&
               !(c.text() &&
                 (f.wording.anyNumber || f.wording.bounded || f.judgement.levelNamed))) {
        c.emit(RuleId::KrNoTarget, EntityKind::KeyResult, k.id.value, krPath(f, "bandLow"),
               f.quoted() + " keeps a metric steady but names no band to stay inside.",
               "Set the band's bounds (S2: \"billable utilization in target range 72 to 78 "
               "percent\").");
    }
}

void noDeadline(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    const PlanMeta& m = c.plan.meta;
    const bool hasStart = m.start && validDate(*m.start);
    const bool hasEnd = m.end && validDate(*m.end);
    if (!f.due) {
        if (hasEnd) return;  // due at the end of the period
        c.emit(RuleId::KrNoDeadline, EntityKind::KeyResult, k.id.value, krPath(f, "due"),
               f.quoted() + " has no due date and the plan has no period end to inherit.",
               "Give the plan its period (start and end) or the key result a due date (S4 "
               "formula: … by [date]).");
        return;
    }
    const bool late = hasEnd && *m.end < *f.due;
    const bool early = hasStart && *f.due < *m.start;
    if (!late && !early) return;
    c.emit(RuleId::KrNoDeadline, EntityKind::KeyResult, k.id.value, krPath(f, "due"),
           f.quoted() + " is due " + f.due->str() + ", outside the plan period " +
               (hasStart ? m.start->str() : std::string("…")) + " – " +
               (hasEnd ? m.end->str() : std::string("…")) + ".",
           "Move the due date inside the period, or move the key result to the plan of the "
           "period it belongs to.");
}

void noOwner(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    std::string msg = ownerProblem(c, k.owner, k.title, "key result",
                                   "needs one directly responsible individual.");
    if (msg.empty()) return;
    if (f.contributors > 0)
        msg += " It is shared: " + std::to_string(f.contributors) +
               (f.contributors == 1 ? " key result contributes" : " key results contribute") +
               " to it, and a shared key result keeps one accountable owner.";
    c.emit(RuleId::KrNoOwner, EntityKind::KeyResult, k.id.value, krPath(f, "owner"), std::move(msg),
           f.contributors > 0
               ? "Name the one person accountable for the shared key result; the contributing "
                 "teams own their own key results (S2: when teams share KRs)."
               : "Name one person who owns the key result (S2: a directly responsible individual "
                 "for each KR; names, not teams).");
}

void noSource(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (!trimmed(k.source).empty()) return;
    const Node* d = driverOf(c, f);
    if (d && !trimmed(d->kpi.source).empty()) return;
    c.emit(RuleId::KrNoSource, EntityKind::KeyResult, k.id.value, krPath(f, "source"),
           f.quoted() + " names no data source: where will we look to know?",
           "Name the source the number comes from (S0: \"tracked via HubSpot lifecycle stages\"), "
           "or link the KR to a driver whose KPI definition names it.");
}

void direction(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.kind != KrKind::Metric) return;
    // An unset direction follows the numbers, else the title (directionOf): only a direction
    // someone chose can contradict them, and a title can contradict its own numbers.
    const std::optional<Direction>& verb = f.sentence.verbDirection;
    const auto reading = [](Direction d) {
        return d == Direction::Increase ? "an increase" : "a decrease";
    };
    std::string msg;
    if (k.direction && verb && *verb != *k.direction) {
        msg = f.quoted() + " reads as " + reading(*verb) + " but its direction is " +
              name(*k.direction) + ".";
    } else if (f.baseline && f.target) {
        const double b = *f.baseline, t = *f.target;
        // (Spelled only when a finding quotes it: most key results agree with their numbers.)
        const auto numbers = [&] {
            return concat({"its target ", valueText(t, f.unit), " is ", t < b ? "below" : "above",
                           " its baseline ", valueText(b, f.unit), "."});
        };
        if (t == b) {
            msg = f.quoted() + " has a target equal to its baseline (" + valueText(t, f.unit) +
                  "): nothing is to change.";
        } else if ((f.direction == Direction::Increase) != (t > b)) {
            msg = f.quoted() + " should " + name(f.direction) + ", but " + numbers();
        } else if (verb && *verb != f.direction) {
            msg = f.quoted() + " reads as " + reading(*verb) + ", but " + numbers();
        }
    }
    if (msg.empty()) return;
    c.emit(RuleId::KrDirection, EntityKind::KeyResult, k.id.value, krPath(f, "direction"),
           std::move(msg),
           "Make the wording, the direction and the numbers agree; to hold a value steady, make it "
           "a maintain key result with a band.");
}

void blindSource(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (k.sourceVisible) return;
    const std::string src = trimmed(k.source);
    c.emit(RuleId::KrBlindSource, EntityKind::KeyResult, k.id.value, krPath(f, "sourceVisible"),
           "The source of " + f.quoted() + (src.empty() ? "" : " (" + quote(src) + ")") +
               " is one we cannot see: we cannot prove the result.",
           c.profile == Profile::Agency
               ? "Get access to the source (CRM access, or at least a monthly export from the "
                 "client — S0 P3), or choose a key result we can track."
               : "Get access to the source (or a regular export of it — S0 P3), or choose a key "
                 "result we can track.");
}

void undefinedMetric(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (c.plan.tree.nodes.empty() || f.driver >= 0) return;
    if (k.kind != KrKind::Metric && k.kind != KrKind::Maintain) return;
    const std::string metric = trimmed(k.metric);
    if (!metric.empty()) {
        for (const Node& n : c.plan.tree.nodes) {
            if (sameIgnoringCase(metric, n.name)) return;
        }
    }
    c.emit(RuleId::KrUndefinedMetric, EntityKind::KeyResult, k.id.value, krPath(f, "driver"),
           "The metric of " + f.quoted() + (metric.empty() ? "" : " (" + quote(metric) + ")") +
               " has no KPI definition in the tree.",
           "Link the key result to the tree node that defines its metric (owner, query, unit, "
           "baseline, cadence), or add that node (S3 §2D).");
}

// A non-negative number to one decimal, as "%.1f" writes it ("1.6", "12.0"), by hand where the
// rounding is not a tie (printf showed in every analysis of a plan with a tree).
std::string tenths(double v) {
    const double scaled = v * 10.0;
    const double nearest = std::nearbyint(scaled);
    if (!(scaled < 1e15) || std::fabs(scaled - nearest) >= 0.49) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f", v);
        return buf;
    }
    auto n = static_cast<unsigned long long>(nearest);
    const char last = static_cast<char>('0' + n % 10);
    n /= 10;
    std::string whole = std::to_string(n);
    whole += '.';
    whole += last;
    return whole;
}

void ambition(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    const Node* node = driverOf(c, f);
    if (k.kind != KrKind::Metric || !node || !finite(node->kpi.sigma) || *node->kpi.sigma <= 0)
        return;
    if (!f.baseline || !f.target) return;
    const double mu = *f.baseline, sigma = *node->kpi.sigma;
    const double sign = f.direction == Direction::Increase ? 1.0 : -1.0;
    const double z = sign * (*f.target - mu) / sigma;
    if (!std::isfinite(z) || (z >= 1.0 - 1e-9 && z <= 2.0 + 1e-9)) return;
    const Stretch s =
        stretchTargets(mu, sigma, f.direction, c.thresholds[ThresholdId::NoisyVariation]);
    const double d = (*f.target - mu) / sigma;
    const std::string dt = tenths(std::fabs(d));
    const std::string_view plus = sign > 0 ? "+" : "−";
    const ValueChars low(s.recommendedLow, f.unit);
    const ValueChars high(s.recommendedHigh, f.unit);
    const bool one = s.recommendedLow == s.recommendedHigh;
    c.emit(RuleId::KrAmbition, EntityKind::KeyResult, k.id.value, krPath(f, "target"),
           concat({"The target ", ValueChars(*f.target, f.unit), " of ", f.quoted(), " is µ ",
                   d >= 0 ? "+ " : "− ", dt, "σ (µ ", ValueChars(mu, f.unit), ", σ ",
                   ValueChars(sigma, f.unit), "), ",
                   z < 1.0 ? "below the stretch band: a sandbagged target" : "beyond µ ",
                   z < 1.0 ? "" : plus, z < 1.0 ? "" : " 2σ: a wish, not a plan", "."}),
           concat({"Set it between ", ValueChars(s.k1, f.unit), " (µ ", plus, " 1σ) and ",
                   ValueChars(s.k2, f.unit), " (µ ", plus, " 2σ); ",
                   s.noisy ? "for this noisy metric" : "for this stable metric", " S3 suggests ",
                   low, one ? "" : "–", one ? std::string_view() : std::string_view(high), "."}));
}

void stale(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    // Nothing checked in for the whole plan, or for this objective: one line there (checkPlan,
    // checkObjective), not one per key result.
    if (!c.latestCheckin || !c.objectiveCheckedIn[f.o]) return;
    if (!c.rhythmRuns() || f.standing != Standing::Active) return;
    const std::optional<Date> ref = c.options.today ? c.options.today : c.latestCheckin;
    if (!ref) return;
    const std::optional<Staleness> s = staleness(k, c.plan.meta, *ref);
    if (!s) return;
    const std::string since = s->last ? "(last " + s->last->str() + ")"
                                      : "since the period began on " + c.plan.meta.start->str();
    c.emit(
        RuleId::KrStale, EntityKind::KeyResult, k.id.value, krPath(f, "checkins"),
        f.quoted() + " has had no check-in for " + std::to_string(s->days) + " days " + since + ".",
        "Update value, confidence and blockers every week (S4: a 10–15 minute async update "
        "each Monday).");
}

void confidence(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (!c.rhythmRuns()) return;
    const std::optional<ConfidenceAlert>& a = confidenceOf(c, f);
    if (!a || (a->kind == ConfidenceAlert::Drop && f.dropSaidForObjective)) return;
    std::string msg;
    if (a->kind == ConfidenceAlert::Drop) {
        msg = "Confidence in " + f.quoted() + " fell from " + std::to_string(a->from) + "/10 (" +
              a->fromDate.str() + ") to " + std::to_string(a->now) + "/10 (" + a->date.str() + ").";
    } else {
        msg = f.quoted() + " is committed but its confidence is " + std::to_string(a->now) +
              "/10 (" + a->date.str() + ").";
    }
    c.emit(RuleId::KrConfidenceDrop, EntityKind::KeyResult, k.id.value, krPath(f, "checkins"),
           std::move(msg),
           "Discuss it in this week's OKR review: what blocks it, and what changes — resourcing or "
           "approach (S4: a drop is a signal that needs immediate attention).");
}

}  // namespace

bool breached(const Node& g) { return guardrailBreached(g); }

namespace {

void guardrail(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.driver < 0) return;
    const Node* hit = trippedGuardrail(c.plan, c.tree, f.driver, c.mark, ++c.markStamp, c.walk);
    if (!hit) return;
    const char* cmp = hit->guardrail.comparison == Comparison::AtMost ? "≤ " : "≥ ";
    c.emit(RuleId::KrGuardrailTripped, EntityKind::KeyResult, k.id.value, krPath(f, "driver"),
           "Guardrail " + nodeName(*hit) + " is breached (" +
               valueText(*hit->value, hit->kpi.unit) + " against " + cmp +
               valueText(*hit->guardrail.threshold, hit->kpi.unit) + "): " + f.quoted() +
               " pauses until it recovers.",
           "Stop pushing this key result and restore the guardrail first (S3 §2C); record the "
           "pause in the adjustment log.");
}

bool currencyUnit(std::string_view u, const Context& c) {
    return u == "$" || u == "€" || u == "£" || u == "¥" || u == "USD" || u == "EUR" || u == "GBP" ||
           (!u.empty() && u == c.plan.economics.currency);
}

void cpa(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (!f.target || k.kind == KrKind::Milestone || k.kind == KrKind::Baseline) return;
    const bool isCost = f.has(WordClass::AcquisitionCost);
    if (!isCost) return;
    const std::string low = lowerCase(k.title);
    if (low.find("payback") != std::string::npos || low.find("ratio") != std::string::npos ||
        low.find("ltv") != std::string::npos)
        return;
    if (!currencyUnit(f.unit, c) && !f.sentence.hasCurrency) return;
    const Economics& e = c.plan.economics;
    const bool judged = (finite(e.lifetimeValue) && *e.lifetimeValue > 0) ||
                        (finite(e.revenuePerSale) && *e.revenuePerSale > 0);
    if (!judged && !c.commercial()) return;  // no revenue to weigh it against, and none expected
    const double target = *f.target;
    const std::string money = valueText(target, currencyUnit(f.unit, c) ? f.unit : "$");
    const std::string cur = currencyUnit(f.unit, c) ? f.unit : "$";
    std::string msg;
    if (finite(e.lifetimeValue) && *e.lifetimeValue > 0) {
        const double share = c.thresholds[ThresholdId::CpaShareOfLtv];
        const double limit = *e.lifetimeValue * share;
        if (target <= limit) return;
        msg =
            "The acquisition-cost target " + money + " of " + f.quoted() + " is above " +
            (std::fabs(share - 1.0 / 3.0) < 1e-9
                 ? "a third of the lifetime value (" + valueText(*e.lifetimeValue, cur) + " / 3 = "
                 : valueText(share * 100.0, "%") + " of the lifetime value (" +
                       valueText(*e.lifetimeValue, cur) + " → ") +
            valueText(limit, cur) + ").";
    } else if (finite(e.revenuePerSale) && *e.revenuePerSale > 0) {
        const double limit = c.thresholds[ThresholdId::CpaShareOfSale] * *e.revenuePerSale;
        if (target <= limit) return;
        msg = "The acquisition-cost target " + money + " of " + f.quoted() + " is " +
              valueText(100.0 * target / *e.revenuePerSale, "%") + " of the revenue per sale (" +
              valueText(*e.revenuePerSale, cur) + ").";
    } else {
        msg = "The acquisition-cost target " + money + " of " + f.quoted() +
              " is set without revenue per sale or lifetime value to judge it.";
    }
    c.emit(
        RuleId::KrCpa, EntityKind::KeyResult, k.id.value, krPath(f, "target"), std::move(msg),
        std::string("Ground the target in ") +
            (c.profile == Profile::Agency ? "the client's"
             : c.commercial()             ? "the business's"
                                          : "the plan's") +
            " economics (S0 P4: $100 per lead is fine on an $800 "
            "sale, too much on a $400 one; a high LTV justifies more): record revenue per sale and "
            "LTV in the plan's economics and keep CAC within a third of LTV.");
}

// A unit as people write it, so "%" and "percent" or "EUR" and "eur" are one unit.
std::string unitKey(std::string_view unit) {
    std::string u;
    for (const char ch : trimmed(unit))
        if (ch != ' ') u += asciiLower(ch);
    if (u == "percent" || u == "pct" || u == "per cent") return "%";
    return u;
}

// S2's shared key result: a contribution adds to the shared number only when it is another
// objective's and measures the same thing the same way.
void contribution(Context& c, const KrFacts& f) {
    if (f.shared < 0) return;
    const KrFacts& s = c.krs[static_cast<std::size_t>(f.shared)];
    const KeyResult& k = kr(f);
    const std::string head = f.quoted() + " contributes to " + quote(s.kr->title, "key result");
    std::string msg, fix;
    const bool numbers = (f.kind == KrKind::Metric || f.kind == KrKind::Maintain) &&
                         (s.kind == KrKind::Metric || s.kind == KrKind::Maintain);
    if (s.objective == f.objective) {
        msg = head +
              ", a key result of its own objective: that is one result counted twice, not "
              "a shared key result.";
        fix =
            "Link it to the shared key result of the other team's objective, or merge the two "
            "into one key result.";
    } else if (numbers && !unitKey(f.unit).empty() && !unitKey(s.unit).empty() &&
               unitKey(f.unit) != unitKey(s.unit)) {
        msg = head + ", but it is measured in " + f.unit + " and the shared one in " + s.unit +
              ": its progress cannot add to the shared number.";
        fix = "Measure the contribution in the shared key result's unit (" + s.unit +
              "), or unlink it if it measures something else.";
    } else if (numbers && f.kind == KrKind::Metric && s.kind == KrKind::Metric &&
               f.direction != s.direction) {
        msg = head + ", but one should " + (f.direction == Direction::Increase ? "rise" : "fall") +
              " and the other " + (s.direction == Direction::Increase ? "rise" : "fall") +
              ": progress on one is not progress on the other.";
        fix = "Check the two key results measure the same thing; unlink the one that does not.";
    } else {
        return;
    }
    c.emit(RuleId::KrContribution, EntityKind::KeyResult, k.id.value, krPath(f, "contributesTo"),
           std::move(msg), std::move(fix));
}

}  // namespace

void checkKeyResult(Context& c, const KrFacts& f) {
    if (c.text()) {
        if (c.on(RuleId::KrActivity)) activity(c, f);
        if (c.on(RuleId::KrVanity)) vanity(c, f);
    }
    if (c.on(RuleId::KrNoBaseline)) noBaseline(c, f);
    if (c.on(RuleId::KrNoTarget)) noTarget(c, f);
    if (c.on(RuleId::KrNoDeadline)) noDeadline(c, f);
    if (c.on(RuleId::KrNoOwner)) noOwner(c, f);
    if (c.on(RuleId::KrNoSource)) noSource(c, f);
    if (c.on(RuleId::KrDirection)) direction(c, f);
    if (c.on(RuleId::KrBlindSource)) blindSource(c, f);
    if (c.on(RuleId::KrUndefinedMetric)) undefinedMetric(c, f);
    if (c.on(RuleId::KrAmbition)) ambition(c, f);
    if (c.on(RuleId::KrStale)) stale(c, f);
    if (c.on(RuleId::KrConfidenceDrop)) confidence(c, f);
    if (c.on(RuleId::KrGuardrailTripped) && c.anyBreached) guardrail(c, f);
    if (c.text() && c.on(RuleId::KrCpa)) cpa(c, f);
    if (c.on(RuleId::KrContribution)) contribution(c, f);
}

}  // namespace okr::detail
