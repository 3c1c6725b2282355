// The objective rules: OBJ-TACTIC, OBJ-VAGUE, OBJ-METRIC, OBJ-OWNER, OBJ-KR-COUNT,
// OBJ-STYLE-MIX, OBJ-UNTRACED, OBJ-ORPHAN and KR-CADENCE (counted per objective).
#include <string>

#include "analysis/checks.h"

namespace okr::detail {

namespace {

// A clause that says what the work is for: "that …", "which …", "so …", "to increase …".
bool hasOutcomeClause(const WordText& t, const WordTable& w, std::size_t from) {
    for (std::size_t i = from; i < t.size(); ++i) {
        if (w.matchAt(t, WordClass::OutcomeLink, i)) return true;
        if (t.word(i) == "to" && i + 1 < t.size()) {
            const std::string_view next = t.word(i + 1);
            if (w.isWord(next, WordClass::GenericVerb) || w.isWord(next, WordClass::IncreaseVerb) ||
                w.isWord(next, WordClass::DecreaseVerb))
                return true;
        }
    }
    return false;
}

std::string phrase(const WordText& t, const WordTable::Match& m) {
    std::string s;
    for (std::size_t i = m.start; i < m.start + m.length && i < t.size(); ++i) {
        if (!s.empty()) s += ' ';
        s += t.word(i);
    }
    return s;
}

void tactic(Context& c, std::size_t o, const Objective& obj, const WordText& t, std::size_t lead) {
    const WordTable::Match verb = c.words.matchAt(t, WordClass::ActivityVerb, lead);
    const WordTable::Match work = c.words.find(t, WordClass::TacticPhrase);
    if (!verb && !work) return;
    if (hasOutcomeClause(t, c.words, lead)) return;
    const std::string what = verb ? phrase(t, verb) : phrase(t, work);
    c.emit(RuleId::ObjTactic, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
           quote(obj.title) + " names work we do (\"" + what +
               "\"), not an outcome the client would pay for.",
           "Ask \"why?\" until you reach the outcome and write that as the objective (S0: \"Build "
           "landing pages for service lines\" becomes \"Increase leads for underutilized "
           "services\"); the work becomes an initiative.");
}

void vague(Context& c, std::size_t o, const Objective& obj, const WordText& t, std::size_t lead) {
    std::string why;
    if (t.empty()) {
        why = "The objective has no title: it says nothing.";
    } else if (const WordTable::Match m = c.words.find(t, WordClass::VagueSlogan)) {
        why = quote(obj.title) + " is a slogan (\"" + phrase(t, m) +
              "\"): no direction, no segment, nothing it rules out.";
    } else {
        int content = 0;
        for (std::size_t i = 0; i < t.size(); ++i)
            if (!c.words.isWord(t.word(i), WordClass::StopWord) &&
                !c.words.isWord(t.word(i), WordClass::Filler))
                ++content;
        const bool generic = lead < t.size() && c.words.matchAt(t, WordClass::GenericVerb, lead);
        if (content <= 1 || (generic && content <= 2))
            why =
                quote(obj.title) + " is too vague: no direction, no segment, nothing it rules out.";
    }
    if (why.empty()) return;
    c.emit(RuleId::ObjVague, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
           std::move(why),
           "Say for whom, what changes for them and what it rules out this quarter (S4: \"Grow "
           "revenue\" becomes \"Turn our trial-to-paid conversion into a reliable, repeatable "
           "motion\").");
}

void metric(Context& c, std::size_t o, const Objective& obj) {
    const KrSentence s = parseKrSentence(obj.title, sentenceContext(c.plan));
    const bool movement = s.fromTo || s.hasPercent || s.hasCurrency || s.relativeChange ||
                          (s.target && s.bound != Bound::None);
    if (!movement) return;
    std::string numbers;
    if (s.baseline && s.target)
        numbers =
            " (" + valueText(*s.baseline, s.unit) + " → " + valueText(*s.target, s.unit) + ")";
    else if (s.target)
        numbers = " (" + valueText(*s.target, s.unit) + ")";
    c.emit(RuleId::ObjMetric, EntityKind::Objective, obj.id.value, objectivePath(o) + "/title",
           quote(obj.title) + " carries the metric movement" + numbers +
               ": that is a key result in disguise.",
           "Keep the objective qualitative and directional (the state you want) and move the "
           "numbers into a key result of it.");
}

void owner(Context& c, std::size_t o, const Objective& obj) {
    std::string msg = ownerProblem(c, obj.owner, obj.title, "needs one named owner.");
    if (msg.empty()) return;
    c.emit(RuleId::ObjOwner, EntityKind::Objective, obj.id.value, objectivePath(o) + "/owner",
           std::move(msg),
           "Name one person who owns the objective (S2: names, not teams; shared accountability is "
           "a myth in execution).");
}

void krCount(Context& c, std::size_t o, const Objective& obj) {
    const int n = static_cast<int>(obj.keyResults.size());
    const ProfileLimits& lim = c.limits;
    const std::string profile = name(c.profile);
    const std::string range = std::to_string(lim.minKrs) + "–" + std::to_string(lim.maxKrs);
    std::optional<Severity> severity;
    std::string msg;
    if (n == 0) {
        msg = quote(obj.title) + " has no key results: nothing says how we will know.";
    } else if (n < lim.minKrs || n > lim.maxKrs) {
        msg = quote(obj.title) + " has " + std::to_string(n) + " key result" + (n == 1 ? "" : "s") +
              "; the " + profile + " profile asks for " + range + ".";
    } else if (n > lim.preferredMaxKrs) {
        msg = quote(obj.title) + " has " + std::to_string(n) + " key results; the " + profile +
              " profile prefers " + std::to_string(lim.preferredMaxKrs) + " (S2: 3 if you can).";
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
           quote(obj.title) + " mixes " + std::to_string(committed) + " committed and " +
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
           "No key result of " + quote(obj.title) + " reaches the North Star " + nodeName(nsm) +
               detail + ".",
           "Link each key result to the driver it moves and that driver up to the North Star; "
           "if it cannot be traced, it is either wrong or a distraction (S4).");
}

void orphan(Context& c, std::size_t o, const Objective& obj) {
    if (obj.level != Level::Team || !obj.parent.empty()) return;
    const bool needParent = c.limits.orphanNeedsParent;
    if (!needParent && !obj.theme.empty()) return;
    c.emit(RuleId::ObjOrphan, EntityKind::Objective, obj.id.value, objectivePath(o) + "/parent",
           "Team objective " + quote(obj.title) +
               (needParent ? " supports no company objective."
                           : " supports no company objective or theme."),
           needParent ? "Link it to the company objective it serves (S2: each team objective "
                        "clearly connects to a company objective)."
                      : "Link it to the company objective or the theme it serves (S4 day 3 "
                        "review); if it serves none, question it.");
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
    std::string detail = unset > 0 ? " (" + std::to_string(unset) + " ha" +
                                         (unset == 1 ? "s" : "ve") + " no cadence)"
                                   : "";
    c.emit(RuleId::KrCadence, EntityKind::Objective, obj.id.value, objectivePath(o) + "/keyResults",
           "Only " + std::to_string(weekly) + " of " + std::to_string(n) + " key results of " +
               quote(obj.title) + " can be measured weekly or bi-weekly" + detail + ".",
           "Pick metrics you can observe every week or two, at least two of every three (S2), so "
           "drift shows before the quarter ends.");
}

}  // namespace

void checkObjective(Context& c, std::size_t o) {
    const Objective& obj = c.plan.objectives[o];
    if (c.text() && (c.on(RuleId::ObjTactic) || c.on(RuleId::ObjVague))) {
        const WordText t(obj.title);
        const std::size_t lead = t.firstMeaningful(c.words);
        if (c.on(RuleId::ObjTactic)) tactic(c, o, obj, t, lead);
        if (c.on(RuleId::ObjVague)) vague(c, o, obj, t, lead);
    }
    if (c.text() && c.on(RuleId::ObjMetric)) metric(c, o, obj);
    if (c.on(RuleId::ObjOwner)) owner(c, o, obj);
    if (c.on(RuleId::ObjKrCount)) krCount(c, o, obj);
    if (c.on(RuleId::ObjStyleMix)) styleMix(c, o, obj);
    if (c.on(RuleId::ObjUntraced)) untraced(c, o, obj);
    if (c.on(RuleId::ObjOrphan)) orphan(c, o, obj);
    if (c.on(RuleId::KrCadence)) cadence(c, o, obj);
}

}  // namespace okr::detail
