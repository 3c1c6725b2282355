// The objective rules: OBJ-TACTIC, OBJ-VAGUE, OBJ-METRIC, OBJ-OWNER, OBJ-KR-COUNT,
// OBJ-STYLE-MIX, OBJ-UNTRACED, OBJ-ORPHAN and KR-CADENCE (counted per objective).
#include <cctype>
#include <string>

#include "analysis/checks.h"

namespace okr::detail {

namespace {

std::string said(const Objective& obj, TextSpan span) { return evidence(obj.title, span); }

std::string words(const Objective& obj, TextSpan span) { return phraseText(span.of(obj.title)); }

// What an objective should name instead of work, in the profile's and the sector's words.
std::string beneficiary(const Context& c) {
    return c.profile == Profile::Agency ? "an outcome the client would pay for"
                                        : std::string("what changes for ") + c.audience();
}

// A person's own goal: "Run my first marathon", "I want to build my own app".
bool personal(std::string_view title) {
    const WordText words(title);
    for (std::size_t i = 0; i < words.size(); ++i)
        for (const char* me : {"my", "i", "myself", "me", "i'm", "i'll"})
            if (sameIgnoringCase(words.word(i), me)) return true;
    return false;
}

void tactic(Context& c, std::size_t o, const Objective& obj, const Judgement& j) {
    if (j.objective != ObjectiveVerdict::Output) return;
    // A person's own task is asked what it is for, in their words.
    if (personal(obj.title)) {
        Violation* out = c.emit(
            RuleId::ObjTactic, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
            c.quotedObjective(o) + " names a task" + said(obj, j.evidence) +
                ", not what will be different for you once it is done.",
            "Ask \"so that?\" and write the answer as the objective; the task becomes one of the "
            "initiatives that get you there.");
        // (The task itself is no key result either: it would be work counted.)
        if (out) out->rewrite = "<What will be different for you once it is done>";
        return;
    }
    const std::string thing = words(obj, j.thing);
    Violation* out = c.emit(
        RuleId::ObjTactic, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
        c.quotedObjective(o) + " names work we do" + said(obj, j.evidence) + ", not " +
            beneficiary(c) + ".",
        "Ask \"why?\" until you reach the outcome and write that state as the objective; the "
        "work becomes an initiative under it (S0: \"Build landing pages for service lines\" "
        "becomes \"Increase leads for underutilized services\").");
    // ("Plan, describe and build …": a verb read as the thing says nothing to build on.)
    const std::string raw = trimmed(j.thing.of(obj.title));
    const bool verbOnly =
        (!raw.empty() && (raw[0] == ',' || raw[0] == ';')) || !standsAsThing(c.words, thing);
    if (out && !thing.empty() && !verbOnly)
        out->rewrite = "<Which customers or users> <get what, or do what differently> with " +
                       thingOf(obj.title, j.thing);
}

void vague(Context& c, std::size_t o, const Objective& obj, const Judgement& j, const Wording& w) {
    if (j.objective != ObjectiveVerdict::Vague) return;
    const std::string evidence = said(obj, j.evidence);
    const bool slogan = !j.thing.empty() && j.evidence.begin != j.thing.begin &&
                        j.evidence.end != j.thing.end && j.evidence.end - j.evidence.begin < 30;
    // A segment or a place named ("for small-practice dentists", "in Porto"): the message does
    // not say it is missing.
    // So are people named ("Help children and young people across the district to thrive",
    // "Earn the trust of buyers …"): asking "for which customers or users" would ask what the
    // sentence says. (Customers or users in general are not a segment: "Delight our users".)
    bool anyone = false;
    const WordText words(obj.title);
    for (std::size_t i = 0; i < words.size() && !anyone; ++i)
        for (const char* who : {"customer", "customers", "user", "users", "client", "clients",
                                "consumers", "everyone", "everybody", "market", "marketplace"})
            anyone = anyone || sameIgnoringCase(words.word(i), who);
    const bool named = w.segment || ((w.classes & bit(WordClass::AgentNoun)) != 0 && !anyone);
    const char* why = slogan ? (named ? ": it names who or where, but nothing that would show the "
                                        "claim is true."
                                      : ": it says no direction, no segment, nothing it rules out.")
                             : (named ? ": it names who or where, but not what changes for them."
                                      : ": it does not say for whom, where, or what it rules out.");
    Violation* out = c.emit(
        RuleId::ObjVague, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
        c.quotedObjective(o) + (slogan ? " leans on a slogan" : " is too general") + evidence + why,
        "Say for whom, what changes for them and what it rules out this quarter (S4: \"Grow "
        "revenue\" becomes \"Turn our trial-to-paid conversion into a reliable, repeatable "
        "motion\").");
    if (!out) return;
    std::string stripped = withoutClosingMarks(obj.title);
    // "… easy for all": everyone is the "for whom" to replace, not to add to.
    for (const char* everyone : {" for all", " for everyone", " for everybody"}) {
        const std::size_t n = std::char_traits<char>::length(everyone);
        if (stripped.size() > n && lowerCase(stripped.substr(stripped.size() - n)) == everyone)
            stripped.resize(stripped.size() - n);
    }
    // "Become the leading app for creators so that they earn a living from fans": the clause
    // already says what changes, so it is offered as the objective, the claim left out.
    const std::string_view purpose = w.purpose.of(obj.title);
    for (const char* so : {"so that ", "so "}) {
        const std::size_t n = std::char_traits<char>::length(so);
        if (!w.purposeNamesOutcome || purpose.size() <= n + 3 ||
            lowerCase(purpose.substr(0, n)) != so)
            continue;
        std::string outcome = withoutClosingMarks(purpose.substr(n));
        // "… our top 50 accounts so they renew": "they" are the people named before.
        const std::string object = trimmed(w.object.of(obj.title));
        for (const char* pronoun : {"they ", "it "}) {
            const std::size_t k = std::char_traits<char>::length(pronoun);
            if (!object.empty() && lowerCase(outcome.substr(0, k)) == pronoun)
                outcome = object + " " + outcome.substr(k);
        }
        if (!outcome.empty())
            outcome[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(outcome[0])));
        out->rewrite = outcome;
        return;
    }
    // "Help everyone gain the confidence …": everyone is the "for whom" to replace.
    {
        const WordText titleWords(stripped);
        for (std::size_t i = 0; i < titleWords.size(); ++i) {
            const std::string word = lowerCase(titleWords.word(i));
            if (word != "everyone" && word != "everybody") continue;
            const std::size_t at = titleWords.offset(i);
            out->rewrite = stripped.substr(0, at) + "<which people>" +
                           stripped.substr(at + word.size()) +
                           ", so that <what they do differently>";
            return;
        }
    }
    // Money grown comes from customers, not for them: "Grow recurring revenue in Q2 from
    // <which customers or segment>, as they <do what differently>" (a coach's review).
    bool money = false;
    {
        const WordText head(w.head.of(obj.title));
        for (std::size_t i = 0; i < head.size(); ++i)
            for (const char* m : {"revenue", "arr", "mrr", "sales", "income", "bookings", "profit",
                                  "margin", "turnover", "gmv"})
                money = money || lowerCase(head.word(i)) == m;
    }
    // Who or where is named already: ask only what changes for them.
    out->rewrite =
        stripped + (named   ? std::string(", so that <who does what differently>")
                    : money ? " from <which customers or segment>, as they <do what differently>"
                            : " for <which customers or users>, so that <what they do "
                              "differently>");
    // "Delight customers" already names people: ask which of them, not for whom. "<which>" goes
    // where their phrase opens, in place of "our" or "the". The reading's offsets are the title's.
    const std::string_view title = obj.title;
    const bool afterVerb =
        !w.verbText.empty() && w.object.begin >= w.verbText.end && w.object.begin <= w.head.begin;
    std::size_t at = afterVerb ? w.object.begin : w.head.begin;
    if (w.head.empty() || w.head.end > title.size() || !w.qualifier.empty()) return;
    if (!(c.words.wordClasses(lowerCase(w.head.of(title))) & bit(WordClass::AgentNoun))) {
        // "Make our customers happy": the people are in the object, before what they are made.
        const std::string_view object = w.object.of(title);
        const WordText objectWords(object);
        std::size_t people = std::string_view::npos;
        // (Named in the plural: "customer support", "engineering productivity" are what is
        // made, with people as its modifier.)
        for (std::size_t i = 0; i < objectWords.size() && people == std::string_view::npos; ++i) {
            const std::string word = lowerCase(objectWords.word(i));
            const bool plural =
                (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') ||
                word == "people" || word == "staff";
            if (plural && (c.words.wordClasses(word) & bit(WordClass::AgentNoun))) people = i;
        }
        if (!afterVerb || people == std::string_view::npos || people > 1) return;
    }
    // "Become a paperless practice": one of a kind we would be, not people to pick from.
    const std::string opening = lowerCase(title.substr(at, 3));
    if (opening.rfind("a ", 0) == 0 || opening == "an ") return;
    std::size_t from = at;
    for (const char* det : {"our ", "the ", "my ", "your ", "their ", "all "}) {
        const std::size_t n = std::char_traits<char>::length(det);
        if (lowerCase(title.substr(at, n)) == det) from = at + n;
    }
    std::string before = trimmed(title.substr(0, at));
    std::string after = trimmed(title.substr(from));
    while (!after.empty() && (after.back() == '.' || after.back() == '!')) after.pop_back();
    // Not before a word that is no group to pick from: "everyone", "more clients", "with
    // residents", "the region's people", a name ("Well-Connected Neighbourhoods").
    const std::string_view next = std::string_view(after).substr(0, after.find(' '));
    const std::string lowNext = lowerCase(next);
    static const char* const kNoPick[] = {
        "everyone", "everybody", "all",   "more", "most", "many",  "every", "each", "any",
        "some",     "with",      "to",    "for",  "in",   "on",    "at",    "of",   "them",
        "us",       "those",     "these", "this", "that", "fewer", "less"};
    // ("Win more clients": which of them goes after "more".)
    if ((lowNext == "more" || lowNext == "fewer") && after.size() > next.size() + 1) {
        out->rewrite = before + (before.empty() ? "" : " ") + std::string(next) + " <which> " +
                       after.substr(next.size() + 1) + ", so that <what they do differently>";
        return;
    }
    for (const char* word : kNoPick)
        if (lowNext == word) return;
    // (A capital opens a name, unless every word has one: "Delight Our Clients".)
    bool titleCase = true;
    const WordText all(title);
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all.word(i).size() > 3 && !(all.word(i)[0] >= 'A' && all.word(i)[0] <= 'Z'))
            titleCase = false;
    if (next.empty() || (!titleCase && next[0] >= 'A' && next[0] <= 'Z') ||
        lowNext.find("'s") != std::string::npos ||
        lowNext.find("\xE2\x80\x99s") != std::string::npos)
        return;
    out->rewrite = before + (before.empty() ? "" : " ") + "<which> " + after +
                   ", so that <what they do differently>";
}

void metric(Context& c, std::size_t o, const Objective& obj, const Judgement& j,
            const KrSentence& s) {
    if (j.objective != ObjectiveVerdict::Metric) return;
    std::string numbers;
    // ("above 7/10", "4.2 out of 5": a score, which the two figures would misquote as percents.)
    bool score = obj.title.find(" out of ") != std::string::npos;
    for (std::size_t i = 1; i + 1 < obj.title.size(); ++i)
        score = score || (obj.title[i] == '/' &&
                          std::isdigit(static_cast<unsigned char>(obj.title[i - 1])) &&
                          std::isdigit(static_cast<unsigned char>(obj.title[i + 1])));
    if (s.baseline && s.target && !score) {
        numbers = valueText(*s.baseline, s.unit) + " → " + valueText(*s.target, s.unit);
    } else {
        // The quote goes on over the figure's scale or currency: "€400 million", "800 billion
        // yen", not "€400".
        std::size_t end = std::min<std::size_t>(j.evidence.end, obj.title.size());
        for (bool more = true; more;) {
            more = false;
            for (const char* scale : {" million", " billion", " bn", " thousand", " trillion",
                                      " yen", " euros", " dollars", " pounds", " percent",
                                      " per cent", " crore", " lakh", " rupees", " naira"}) {
                const std::size_t n = std::char_traits<char>::length(scale);
                if (lowerCase(obj.title.substr(end, n)) == scale &&
                    (end + n == obj.title.size() ||
                     !std::isalpha(static_cast<unsigned char>(obj.title[end + n])))) {
                    end += n;
                    more = true;
                }
            }
        }
        numbers = trimmed(std::string_view(obj.title).substr(
            j.evidence.begin, end > j.evidence.begin ? end - j.evidence.begin : 0));
    }
    Violation* out =
        c.emit(RuleId::ObjMetric, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
               c.quotedObjective(o) + " carries the metric's target (\"" + numbers +
                   "\"): that is a key result in disguise.",
               "Keep the objective qualitative and directional (the state you want) and move the "
               "numbers into a key result of it (S2, S3 §3).");
    if (out) {
        // (Not a figure or a time: "<the state that 2M would prove>", "… that Next year …".)
        std::string what = words(obj, j.thing);
        const std::string first = lowerCase(what.substr(0, what.find(' ')));
        // ("Lift NPS from 30 to 50": the state that NPS would prove, not "Lift NPS".)
        const ClassMask moves = bit(WordClass::IncreaseVerb) | bit(WordClass::DecreaseVerb) |
                                bit(WordClass::AchieveVerb) | bit(WordClass::GenericVerb);
        if (what.find(' ') != std::string::npos && (c.words.wordClasses(first) & moves))
            what = what.substr(what.find(' ') + 1);
        // ("800 pharmacists": the pharmacists; "3M active riders": the active riders.)
        for (bool more = true; more && !what.empty();) {
            const std::size_t sp = what.find(' ');
            const std::string word = lowerCase(what.substr(0, sp));
            more = std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '$' ||
                   static_cast<unsigned char>(word[0]) >= 0x80 || word == "million" ||
                   word == "billion" || word == "thousand" || word == "bn" || word == "of";
            if (more) what = sp == std::string::npos ? std::string() : what.substr(sp + 1);
        }
        if (what.find_first_of("0123456789") != std::string::npos || first == "next" ||
            first == "by" || first == "in" || first == "this" || first == "last")
            what.clear();
        out->rewrite = "Objective: <the state that " + (what.empty() ? std::string("it") : what) +
                       " would prove>; key result: " + trimmed(obj.title);
    }
}

void owner(Context& c, std::size_t o, const Objective& obj) {
    std::string msg = ownerProblem(c, obj.owner, obj.title, "objective", "needs one named owner.");
    if (msg.empty()) return;
    c.emit(RuleId::ObjOwner, EntityKind::Objective, obj.id.value, objectivePath(o) + "/owner",
           std::move(msg),
           "Name one person who owns the objective (S2: names, not teams; shared accountability is "
           "a myth in execution).");
}

void krCount(Context& c, std::size_t o, const Objective& obj) {
    const int n = static_cast<int>(obj.keyResults.size());
    const ProfileLimits& lim = c.limits;
    std::optional<Severity> severity;
    std::string msg;
    if (n == 0) {
        msg = c.quotedObjective(o) + " has no key results: nothing says how we will know.";
    } else if (n < lim.minKrs || n > lim.maxKrs) {
        msg = c.quotedObjective(o) + " has " + std::to_string(n) + " key result" +
              (n == 1 ? "" : "s") + "; the " + name(c.profile) + " profile asks for " +
              std::to_string(lim.minKrs) + "–" + std::to_string(lim.maxKrs) + ".";
    } else if (n > lim.preferredMaxKrs) {
        msg = c.quotedObjective(o) + " has " + std::to_string(n) + " key results; the " +
              name(c.profile) + " profile prefers " + std::to_string(lim.preferredMaxKrs) +
              " (S2: 3 if you can).";
        severity = Severity::Info;
    } else {
        return;
    }
    c.emit(RuleId::ObjKrCount, EntityKind::Objective, obj.id.value,
           objectivePath(o) + "/keyResults", std::move(msg),
           n == 0 ? "Add the key results that would convince a doubter the objective is achieved "
                    "(S2: write three)."
                  : "Keep the key results that best prove the objective; too many spread effort "
                    "thin.",
           severity);
}

void styleMix(Context& c, std::size_t o, const Objective& obj) {
    int committed = 0, aspirational = 0;
    for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i)
        (c.krs[i].style == Style::Committed ? committed : aspirational)++;
    if (committed == 0 || aspirational == 0) return;
    c.emit(RuleId::ObjStyleMix, EntityKind::Objective, obj.id.value, objectivePath(o),
           c.quotedObjective(o) + " mixes " + std::to_string(committed) + " committed and " +
               std::to_string(aspirational) + " aspirational key results.",
           "Decide the style for the whole objective (committed expects 1.0, aspirational "
           "0.6–0.7), or split it into two objectives (S2).");
}

void untraced(Context& c, std::size_t o, const Objective& obj) {
    if (c.tree.nsms().empty() || obj.keyResults.empty()) return;
    int unlinked = 0;
    for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i) {
        if (c.krs[i].reaches) return;
        if (c.krs[i].driver < 0) ++unlinked;
    }
    const Node& nsm = c.plan.tree.nodes[static_cast<std::size_t>(c.tree.nsms()[0])];
    std::string detail;
    if (unlinked == static_cast<int>(obj.keyResults.size()))
        detail = " (none is linked to a driver)";
    else
        detail = " (their drivers have no path up to it)";
    c.emit(RuleId::ObjUntraced, EntityKind::Objective, obj.id.value, objectivePath(o),
           "No key result of " + c.quotedObjective(o) + " reaches the North Star " + nodeName(nsm) +
               detail + ".",
           "Link each key result to the driver it moves and that driver up to the North Star; "
           "if it cannot be traced, it is either wrong or a distraction (S4).");
}

// The cascade model (S4) sets what a team objective owes the company: under a strict cascade
// a company objective (an error without one), under a modified parallel one a company objective
// or a theme, and under a pure parallel one (a single early team) nothing.
void orphan(Context& c, std::size_t o, const Objective& obj) {
    if ((obj.level != Level::Team && obj.level != Level::Individual) || !obj.parent.empty()) return;
    const bool chosen = c.plan.meta.cascade || c.plan.meta.headcount;
    const Cascade model = cascadeOf(c.plan.meta);
    if (chosen && model == Cascade::PureParallel) return;
    const bool strict = chosen && model == Cascade::Strict;
    const bool needParent = strict || c.limits.orphanNeedsParent;
    if (!needParent && !obj.theme.empty()) return;
    std::optional<Severity> severity;
    if (strict && !c.overridden(RuleId::ObjOrphan)) severity = Severity::Error;
    c.emit(RuleId::ObjOrphan, EntityKind::Objective, obj.id.value, objectivePath(o) + "/parent",
           (obj.level == Level::Team ? "Team objective " : "Individual objective ") +
               c.quotedObjective(o) +
               (obj.level == Level::Individual ? " supports no team or company objective."
                : needParent                   ? " supports no company objective."
                                               : " supports no company objective or theme."),
           strict ? "Link it to the company objective it serves: in a strict cascade every team "
                    "objective contributes to a company key result (S4)."
           : needParent ? "Link it to the company objective it serves (S2: each team objective "
                          "clearly connects to a company objective)."
                        : "Link it to the company objective or the theme it serves (S4 day 3 "
                          "review); if it serves none, question it.",
           severity);
}

// KR-STALE for an objective none of whose key results has a check-in, while others have: one
// line for the objective, not one per key result.
void notCheckedIn(Context& c, std::size_t o, const Objective& obj) {
    if (obj.keyResults.empty() || c.objectiveCheckedIn[o] || !c.latestCheckin) return;
    if (!c.rhythmRuns()) return;
    const PlanMeta& m = c.plan.meta;
    if (!m.start || !isValidDate(m.start->year, m.start->month, m.start->day)) return;
    const Date ref = c.options.today.value_or(*c.latestCheckin);
    const long days = daysBetween(*m.start, ref);
    if (days <= 7) return;
    c.emit(RuleId::KrStale, EntityKind::Objective, obj.id.value, objectivePath(o) + "/keyResults",
           "No key result of " + c.quotedObjective(o) + " has a check-in yet, " +
               std::to_string(days) + " days into the period.",
           "Check in on each key result every week — value, confidence, blockers (S4: a 10–15 "
           "minute async update each Monday).");
}

// KR-CONFIDENCE-DROP when several key results of one objective fell together (S4's week 5:
// one dependency slipped, all of activation's KRs went from 7 to 5): one line for the objective,
// not one per key result.
void confidenceTogether(Context& c, std::size_t o, const Objective& obj) {
    if (!c.rhythmRuns()) return;
    std::vector<std::size_t> fell;
    std::optional<ConfidenceAlert> first;
    std::string_view firstTitle;
    for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i) {
        const KrFacts& f = c.krs[i];
        if (trimmedView(f.kr->title).empty()) continue;
        const std::optional<ConfidenceAlert>& a = confidenceOf(c, f);
        if (!a || a->kind != ConfidenceAlert::Drop) continue;
        fell.push_back(i);
        if (!first) {
            first = a;
            firstTitle = f.kr->title;
        }
    }
    if (fell.size() < 2) return;
    for (std::size_t i : fell) c.krs[i].dropSaidForObjective = true;
    c.emit(RuleId::KrConfidenceDrop, EntityKind::Objective, obj.id.value,
           objectivePath(o) + "/keyResults",
           "Confidence fell on " + std::to_string(fell.size()) + " key results of " +
               c.quotedObjective(o) + ": " + quote(firstTitle, "key result") + " from " +
               std::to_string(first->from) + "/10 to " + std::to_string(first->now) + "/10 by " +
               first->date.str() + ", and " + std::to_string(fell.size() - 1) + " more.",
           "Discuss it in this week's OKR review: what blocks them, and what changes — resourcing "
           "or approach (S4: a drop is a signal that needs immediate attention; its own drop, "
           "7 to 5 in week 5, triggered the mid-quarter review).");
}

bool weeklyish(Cadence cd) {
    return cd == Cadence::Daily || cd == Cadence::Weekly || cd == Cadence::Biweekly;
}

void cadence(Context& c, std::size_t o, const Objective& obj) {
    const int n = static_cast<int>(obj.keyResults.size());
    if (n == 0) return;
    int weekly = 0, unset = 0;
    for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i) {
        const KrFacts& f = c.krs[i];
        Cadence cd = f.kr->cadence;
        if (cd == Cadence::Unset && f.driver >= 0)
            cd = c.plan.tree.nodes[static_cast<std::size_t>(f.driver)].kpi.cadence;
        if (weeklyish(cd)) ++weekly;
        if (cd == Cadence::Unset) ++unset;
    }
    const int need = (2 * n + 2) / 3;
    if (weekly >= need) return;
    // No cadence set on any key result yet: still being drafted, nothing to judge.
    if (unset == n) return;
    std::string detail = unset > 0 ? " (" + std::to_string(unset) + " ha" +
                                         (unset == 1 ? "s" : "ve") + " no cadence)"
                                   : "";
    c.emit(RuleId::KrCadence, EntityKind::Objective, obj.id.value, objectivePath(o) + "/keyResults",
           "Only " + std::to_string(weekly) + " of " + std::to_string(n) + " key results of " +
               c.quotedObjective(o) + " can be measured weekly or bi-weekly" + detail + ".",
           "Pick metrics you can observe every week or two, at least two of every three (S2), so "
           "drift shows before the quarter ends.");
}

}  // namespace

const std::optional<ConfidenceAlert>& confidenceOf(const Context& c, const KrFacts& f) {
    if (!f.confidenceRead) {
        // A key result the review paused or retired is not watched.
        if (f.standing == Standing::Active)
            f.confidence =
                confidenceAlert(*f.kr, f.style, c.options.today,
                                static_cast<int>(c.thresholds[ThresholdId::ConfidenceDrop]),
                                static_cast<int>(c.thresholds[ThresholdId::CommittedConfidence]));
        f.confidenceRead = true;
    }
    return f.confidence;
}

void checkObjective(Context& c, std::size_t o) {
    const Objective& obj = c.plan.objectives[o];
    if (c.text() &&
        (c.on(RuleId::ObjTactic) || c.on(RuleId::ObjVague) || c.on(RuleId::ObjMetric))) {
        const TitleReading& t =
            readTitle(obj.title, sentenceContext(c.plan), c.words, TitleAs::Objective);
        const KrSentence& s = t.sentence;
        const Judgement& j = t.judgement;
        if (c.on(RuleId::ObjTactic)) tactic(c, o, obj, j);
        if (c.on(RuleId::ObjVague)) vague(c, o, obj, j, t.wording);
        if (c.on(RuleId::ObjMetric)) metric(c, o, obj, j, s);
    }
    if (c.on(RuleId::ObjOwner)) owner(c, o, obj);
    if (c.on(RuleId::ObjKrCount)) krCount(c, o, obj);
    if (c.on(RuleId::ObjStyleMix)) styleMix(c, o, obj);
    if (c.on(RuleId::ObjUntraced)) untraced(c, o, obj);
    if (c.on(RuleId::ObjOrphan)) orphan(c, o, obj);
    if (c.on(RuleId::KrCadence)) cadence(c, o, obj);
    if (c.on(RuleId::KrStale)) notCheckedIn(c, o, obj);
    if (c.on(RuleId::KrConfidenceDrop)) confidenceTogether(c, o, obj);
}

}  // namespace okr::detail
