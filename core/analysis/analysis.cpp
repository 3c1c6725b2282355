// analyze(): gathers the facts once (tree index, formulas, per-KR sentence, words and effective
// values), runs the rule checks of check_*.cpp in a fixed order, then scores and coverage.
#include "analysis/analysis.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

#include "analysis/checks.h"
#include "analysis/learned.h"
#include "model/fields.h"
#include "model/text.h"
#include "model/validate.h"
#include "model/value_text.h"

namespace okr {

namespace detail {

namespace {

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

bool validDate(const Date& d) { return isValidDate(d.year, d.month, d.day); }

}  // namespace

std::optional<Date> latestCheckinOf(const Plan& p) {
    std::optional<Date> latest;
    for (const Objective& o : p.objectives)
        for (const KeyResult& kr : o.keyResults)
            for (const Checkin& ch : kr.checkins)
                if (validDate(ch.date) && (!latest || earlier(*latest, ch.date))) latest = ch.date;
    return latest;
}

Context::Context(const Plan& p, const AnalyzeOptions& opts, std::vector<Violation>& violations,
                 std::optional<Date> latest, const TreeFacts* kept, KeptFacts* keptFacts)
    : plan(p),
      options(opts),
      words(opts.words ? *opts.words : defaultWordTable()),
      profile(opts.profile.value_or(p.rules.profile)),
      limits(profileLimits(profile)),
      sev(resolveSeverities(p.rules, opts.profile)),
      thresholds(resolveThresholds(p.rules, opts.profile, p.meta.headcount)),
      tree(kept ? kept->index : ownTree.emplace(p)),
      formula(kept ? kept->formula : ownFormula.emplace(p, tree)),
      latestCheckin(latest),
      out(violations) {
    krsPerNode.assign(tree.size(), 0);
    mark.assign(tree.size(), 0);
    for (const Node& n : p.tree.nodes) anyBreached = anyBreached || breached(n);
    std::size_t total = 0;
    for (const Objective& o : p.objectives) total += o.keyResults.size();
    krs.reserve(total);
    // Room for the findings a plan usually gets, so adding them does not move them all again.
    out.reserve(p.objectives.size() + 2 * total + p.tree.nodes.size() / 2);
    objectiveStart.reserve(p.objectives.size() + 1);
    const SentenceContext sc = sentenceContext(p);
    objectiveCheckedIn.assign(p.objectives.size(), false);
    for (std::size_t oi = 0; oi < p.objectives.size(); ++oi) {
        const Objective& o = p.objectives[oi];
        objectiveStart.push_back(krs.size());
        // (Up to the first dated check-in: on a big plan this loop reads the check-ins from
        // memory, not from the cache.)
        for (std::size_t ki = 0; ki < o.keyResults.size() && !objectiveCheckedIn[oi]; ++ki)
            for (const Checkin& ch : o.keyResults[ki].checkins)
                if (validDate(ch.date)) {
                    objectiveCheckedIn[oi] = true;
                    break;
                }
        // An unchanged objective's facts are what the last run found (the tree, the period, the
        // options and the adjustments they read are as they were): taken, pointed at this plan.
        if (keptFacts && oi < keptFacts->same.size() && keptFacts->same[oi]) {
            const std::size_t begin = keptFacts->start[oi];
            for (std::size_t ki = 0; ki < o.keyResults.size(); ++ki) {
                KrFacts& f = keptFacts->krs[begin + ki];
                f.objective = &o;
                f.kr = &o.keyResults[ki];
                f.o = oi;
                f.k = ki;
                f.dropSaidForObjective = false;
                if (f.driver >= 0) ++krsPerNode[static_cast<std::size_t>(f.driver)];
                krs.push_back(std::move(f));
            }
            continue;
        }
        for (std::size_t ki = 0; ki < o.keyResults.size(); ++ki) {
            const KeyResult& kr = o.keyResults[ki];
            KrFacts f;
            f.objective = &o;
            f.kr = &kr;
            f.o = oi;
            f.k = ki;
            f.driver = kr.driver.empty() ? -1 : tree.find(kr.driver);
            f.reaches = f.driver >= 0 && tree.reachesNsm(f.driver);
            if (f.driver >= 0) ++krsPerNode[static_cast<std::size_t>(f.driver)];
            f.style = kr.style.value_or(o.style);
            const TitleReading* read =
                opts.textRules ? &readTitle(kr.title, sc, words, TitleAs::KeyResult) : nullptr;
            f.sentence = read ? read->sentence : parseKrSentence(kr.title, sc);
            f.kind = kr.kind;
            if (kr.kind == KrKind::Metric && f.sentence.kind &&
                (*f.sentence.kind == KrKind::Maintain || *f.sentence.kind == KrKind::Baseline))
                f.kind = *f.sentence.kind;
            if (opts.textRules) {
                f.wording = read->wording;
                f.judgement = read->judgement;
                // "Hold monthly sync meetings" is work, not a value held steady.
                if (f.kind == KrKind::Maintain && kr.kind == KrKind::Metric &&
                    (f.judgement.keyResult == KeyResultVerdict::CountedWork ||
                     f.judgement.keyResult == KeyResultVerdict::Deliverable))
                    f.kind = KrKind::Metric;
                f.classes = f.wording.classes;
                if (!kr.metric.empty()) {
                    const TitleReading& m =
                        readTitle(kr.metric, SentenceContext{}, words, TitleAs::Name);
                    f.metricClasses = m.wording.classes;
                    // "Share of traffic from mobile" is a rate, not a vanity count.
                    f.metricHead = m.rate ? HeadKind::Metric : m.wording.headKind;
                }
            }
            const Node* driver =
                f.driver >= 0 ? &p.tree.nodes[static_cast<std::size_t>(f.driver)] : nullptr;
            if (finite(kr.baseline))
                f.baseline = kr.baseline;
            else if (finite(f.sentence.baseline))
                f.baseline = f.sentence.baseline;
            else if (driver && finite(driver->kpi.baseline))
                f.baseline = driver->kpi.baseline;
            if (finite(kr.target))
                f.target = kr.target;
            else if (auto t = f.sentence.targetFrom(f.baseline); finite(t))
                f.target = t;
            f.direction = directionOf(kr, f.sentence.direction, f.baseline, f.target);
            f.due = kr.due ? kr.due : f.sentence.due;
            if (f.due && !validDate(*f.due)) f.due.reset();
            f.unit = !kr.unit.empty()           ? kr.unit
                     : !f.sentence.unit.empty() ? f.sentence.unit
                     : driver                   ? driver->kpi.unit
                                                : std::string();
            f.current = currentValue(kr);
            if (!p.adjustments.empty()) f.standing = standingOf(p, o, kr, opts.today);
            krs.push_back(std::move(f));
        }
    }
    objectiveStart.push_back(krs.size());

    // S2's shared key results: who contributes to whom (IDs resolved once, only when used).
    bool anyShared = false;
    for (const KrFacts& f : krs) anyShared = anyShared || !f.kr->contributesTo.empty();
    if (!anyShared) return;
    std::unordered_map<std::string_view, int> byId;
    for (std::size_t i = 0; i < krs.size(); ++i)
        byId.emplace(krs[i].kr->id.value, static_cast<int>(i));
    for (KrFacts& f : krs) {
        if (f.kr->contributesTo.empty()) continue;
        const auto it = byId.find(f.kr->contributesTo.value);
        if (it == byId.end() || krs[static_cast<std::size_t>(it->second)].kr == f.kr) continue;
        f.shared = it->second;
        ++krs[static_cast<std::size_t>(it->second)].contributors;
    }
    // A contributing key result reaches the North Star through the shared one it rolls up into
    // (S2: the shared KR is the scoreboard; its contributors are parts of its metric).
    for (KrFacts& f : krs)
        for (int s = f.shared, hop = 0; !f.reaches && s >= 0 && hop < 16; ++hop) {
            f.reaches = krs[static_cast<std::size_t>(s)].reaches;
            s = krs[static_cast<std::size_t>(s)].shared;
        }
}

Violation* Context::emit(RuleId rule, EntityKind kind, const std::string& id, std::string path,
                         std::string message, std::string fix, std::optional<Severity> severity) {
    const Severity s = sev[rule];
    if (s == Severity::Off) return nullptr;
    Violation& v = out.emplace_back();
    v.rule = rule;
    v.severity = severity && !overridden(rule) ? *severity : s;
    v.target.kind = kind;
    v.target.id = id;
    v.target.path = std::move(path);
    v.message = std::move(message);
    v.fix = std::move(fix);
    return &v;
}

namespace {
struct ReadingCache {
    std::unordered_map<std::string, TitleReading> map;
    std::optional<Date> start, end;
    std::uint64_t version = 0;
    int model = 0;           // learnedModelVersion() when the map was filled
    std::string prefix;      // the period's dates and the table's version
    std::string namePrefix;  // the table's version
    std::string key;         // reused, so that a lookup that finds its title allocates nothing
};
ReadingCache& readingCache() {
    thread_local ReadingCache cache;
    return cache;
}
}  // namespace

const TitleReading& readTitle(std::string_view text, const SentenceContext& context,
                              const WordTable& words, TitleAs as) {
    ReadingCache& cache = readingCache();
    // A learned reader that arrived since (the web app's, after its first frame) reads anew.
    if (cache.model != learnedModelVersion()) {
        cache.model = learnedModelVersion();
        cache.map.clear();
    }
    // The period and the table's version, spelled once until they change (every title of an
    // analysis shares them). A name is read without the period, so its key leaves it out (the
    // key results' titles and metric names of one analysis then share one prefix).
    if (cache.version != words.version() || cache.namePrefix.empty()) {
        cache.version = words.version();
        cache.namePrefix = std::to_string(words.version());
        cache.namePrefix += '|';
        cache.prefix.clear();  // spelled again below with the new version
    }
    if (as != TitleAs::Name && (cache.start != context.periodStart ||
                                cache.end != context.periodEnd || cache.prefix.empty())) {
        cache.start = context.periodStart;
        cache.end = context.periodEnd;
        cache.prefix.clear();
        for (const std::optional<Date>& d : {context.periodStart, context.periodEnd}) {
            cache.prefix += d ? d->str() : std::string("-");
            cache.prefix += '|';
        }
        cache.prefix += cache.namePrefix;
    }
    std::string& key = cache.key;
    key.clear();
    key += static_cast<char>(as);
    key += as == TitleAs::Name ? cache.namePrefix : cache.prefix;
    key.append(text.data(), text.size());
    const auto it = cache.map.find(key);
    if (it != cache.map.end()) return it->second;
    // A bound, not an eviction policy: twice the titles the largest plan may hold, so that a plan
    // at the entity cap is read once and every later analysis finds its titles here (with fewer
    // entries, each keystroke in such a plan re-read every title: seconds, not milliseconds).
    if (cache.map.size() >= 2 * kMaxEntities) cache.map.clear();
    TitleReading r;
    r.wording = readWording(text, words);
    if (as == TitleAs::Name)
        r.rate = containsIgnoringCase(text, "share") || containsIgnoringCase(text, "rate") ||
                 containsIgnoringCase(text, "ratio") || containsIgnoringCase(text, "per ") ||
                 text.find('%') != std::string_view::npos;
    if (as != TitleAs::Name) {
        r.sentence = parseKrSentence(text, context);
        r.judgement = as == TitleAs::Objective ? judgeObjective(text, r.wording, r.sentence)
                                               : judgeKeyResult(text, r.wording, r.sentence);
    }
    return cache.map.emplace(key, std::move(r)).first->second;
}

const char* Context::audience() const {
    if (profile == Profile::Agency) return "the client";
    return commercial() ? "customers or the business" : "the people the plan serves";
}

bool Context::rhythmRuns() const {
    if (!options.today) return true;
    const PlanMeta& m = plan.meta;
    if (m.start && validDate(*m.start) && daysBetween(*m.start, *options.today) <= 7) return false;
    if (m.end && validDate(*m.end) && earlier(*m.end, *options.today)) return false;
    return true;
}

bool Context::overridden(RuleId rule) const {
    return plan.rules.overrides.count(ruleInfo(rule).id) > 0;
}

bool earlier(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

std::string objectivePath(std::size_t o) { return "/objectives/" + std::to_string(o); }

std::string krPath(const KrFacts& f, const char* field) {
    char o[24], k[24];
    const char* oEnd = std::to_chars(o, o + sizeof o, f.o).ptr;
    const char* kEnd = std::to_chars(k, k + sizeof k, f.k).ptr;
    return concat({"/objectives/", std::string_view(o, static_cast<std::size_t>(oEnd - o)),
                   "/keyResults/", std::string_view(k, static_cast<std::size_t>(kEnd - k)),
                   field ? "/" : "", field ? field : ""});
}

std::string nodePath(std::size_t n, const char* field) {
    std::string p = "/tree/nodes/" + std::to_string(n);
    if (field) {
        p += '/';
        p += field;
    }
    return p;
}

std::string quote(std::string_view text, std::string_view untitled) {
    constexpr std::size_t kMax = 70;
    // Built in one string: every finding quotes its entity, so this runs hundreds of times per
    // analysis.
    const std::string_view t = trimmedView(text);
    if (t.empty()) {
        std::string out;
        out.reserve(untitled.size() + 11);
        out += "'untitled ";
        out += untitled;
        out += '\'';
        return out;
    }
    // The first kMax characters (not bytes: "é" is one), then "…".
    std::size_t cut = t.size(), count = 0;
    for (std::size_t i = 0; t.size() > kMax && i < t.size(); ++i) {
        if ((static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) continue;
        if (count++ == kMax) {
            cut = i;
            break;
        }
    }
    std::string out;
    out.reserve(cut + 6);
    out += '\'';
    out.append(t.data(), cut);
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i] == '\n' || out[i] == '\r' || out[i] == '\t') out[i] = ' ';
    if (cut < t.size()) out += "…";
    out += '\'';
    return out;
}

const std::string& KrFacts::quoted() const {
    if (quotedTitle.empty()) quotedTitle = quote(kr->title, "key result");
    return quotedTitle;
}

const std::string& Context::quotedObjective(std::size_t o) const {
    if (objectiveQuotes.size() != plan.objectives.size())
        objectiveQuotes.assign(plan.objectives.size(), std::string());
    std::string& q = objectiveQuotes[o];
    if (q.empty()) q = quote(plan.objectives[o].title, "objective");
    return q;
}

std::string evidence(std::string_view text, TextSpan span) {
    const std::string all = trimmed(text);
    std::string part = trimmed(span.of(text));
    if (part.empty()) return {};
    std::string whole = all;
    while (!whole.empty() && (whole.back() == '.' || whole.back() == '!')) whole.pop_back();
    if (part == whole || part == all) return {};
    return " (\"" + part + "\")";
}

std::string nodeName(const Node& node) {
    return quote(node.name.empty() ? node.id.value : node.name);
}

std::string valueText(double value, std::string_view unit) { return formatValue(value, unit); }

std::string_view trimmedView(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
        --e;
    return s.substr(b, e - b);
}

std::string trimmed(std::string_view s) { return std::string(trimmedView(s)); }

std::string concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view p : parts) size += p.size();
    std::string out;
    out.reserve(size);
    for (const std::string_view p : parts) out.append(p.data(), p.size());
    return out;
}

std::string phraseText(std::string_view s) {
    std::size_t b = 0, e = s.size();
    const auto loose = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':';
    };
    while (b < e && loose(s[b])) ++b;
    while (e > b && loose(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string withoutClosingMarks(std::string_view s) {
    std::string out = trimmed(s);
    while (!out.empty() && (out.back() == '.' || out.back() == '!')) out.pop_back();
    return out;
}

std::string ownerProblem(const Context& c, std::string_view owner, std::string_view title,
                         std::string_view what, const char* teamNeeds) {
    const std::string_view who = trimmedView(owner);
    OwnerKind kind = OwnerKind::Person;
    if (who.empty()) {
        kind = OwnerKind::None;
    } else if (c.text()) {
        const auto [it, added] = c.ownerKinds.try_emplace(std::string(who), OwnerKind::Person);
        if (added) it->second = classifyOwner(who, c.words);
        kind = it->second;
    }
    if (kind == OwnerKind::None) return quote(title, what) + " has no owner.";
    if (kind == OwnerKind::Several)
        return quote(who) + " names several owners for " + quote(title, what) + ".";
    if (kind == OwnerKind::Team)
        return quote(who) + " is a team, not a person: " + quote(title, what) + " " + teamNeeds;
    return {};
}

}  // namespace detail

SentenceContext sentenceContext(const Plan& plan) {
    SentenceContext sc;
    sc.periodStart = plan.meta.start;
    sc.periodEnd = plan.meta.end;
    return sc;
}

namespace {

// The confidence of a key result's latest check-in that has one, up to `asOf` when given.
std::optional<int> latestConfidence(const KeyResult& kr, const std::optional<Date>& asOf) {
    const Checkin* latest = nullptr;
    for (const Checkin& ch : kr.checkins) {
        if (!ch.confidence || !detail::validDate(ch.date)) continue;
        if (asOf && detail::validDate(*asOf) && detail::earlier(*asOf, ch.date)) continue;
        if (!latest || !detail::earlier(ch.date, latest->date)) latest = &ch;
    }
    return latest ? latest->confidence : std::nullopt;
}

// ---- what an objective's own checks read, compared field by field (model/fields.h lists them)

bool sameDay(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}
bool sameDay(const std::optional<Date>& a, const std::optional<Date>& b) {
    return a.has_value() == b.has_value() && (!a || sameDay(*a, *b));
}

bool sameView(const FieldView& a, const FieldView& b) {
    if (a.absent() || b.absent()) return a.absent() && b.absent();
    if (const std::string_view* t = a.text()) return b.text() && *t == *b.text();
    if (const double* n = a.number())  // bit for bit: -0 and 0 print differently
        return b.number() && std::memcmp(n, b.number(), sizeof(double)) == 0;
    if (const bool* v = a.truth()) return b.truth() && *v == *b.truth();
    const Date* d = a.date();
    const Date* e = b.date();
    return d && e && sameDay(*d, *e);
}

// Every field the file has for T, but its sub-lists (each compared by its own code below).
template <class T>
bool sameFields(const T& a, const T& b) {
    for (const FieldInfo<T>& f : entityInfo<T>().fields)
        if (f.scalar() && !sameView(f.view(a), f.view(b))) return false;
    return true;
}

template <class T, class Same>
bool sameList(const std::vector<T>& a, const std::vector<T>& b, Same same) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

// Objectives, key results, check-ins, nodes and links are compared field by field by hand: the
// generic walk above cost about a third of a keystroke's re-analysis on the benchmark plan (200
// key results, 2,400 check-ins, 300 nodes). tests/core/analysis/reanalysis_test.cpp fails when
// their field lists grow, so a new field is added here too.
bool sameNumber(const std::optional<double>& a, const std::optional<double>& b) {
    return a.has_value() == b.has_value() && (!a || std::memcmp(&*a, &*b, sizeof(double)) == 0);
}
bool sameNumber(double a, double b) { return std::memcmp(&a, &b, sizeof(double)) == 0; }

// Texts compared as bytes (std::string's operator== is a chain of calls in the size-built WASM).
bool sameText(const std::string& a, const std::string& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
template <class Tag>
bool sameText(const Id<Tag>& a, const Id<Tag>& b) {
    return sameText(a.value, b.value);
}

bool sameCheckin(const Checkin& a, const Checkin& b) {
    return sameDay(a.date, b.date) && sameNumber(a.value, b.value) &&
           a.confidence == b.confidence && sameText(a.blockers, b.blockers) &&
           sameText(a.note, b.note);
}

bool sameNode(const Node& a, const Node& b) {
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.stage == b.stage &&
           a.kpi.owner == b.kpi.owner && a.kpi.source == b.kpi.source && a.kpi.unit == b.kpi.unit &&
           sameNumber(a.kpi.baseline, b.kpi.baseline) && sameNumber(a.kpi.sigma, b.kpi.sigma) &&
           a.kpi.cadence == b.kpi.cadence && sameNumber(a.value, b.value) &&
           sameNumber(a.guardrail.threshold, b.guardrail.threshold) &&
           a.guardrail.comparison == b.guardrail.comparison && a.monitorOnly == b.monitorOnly &&
           sameNumber(a.position.x, b.position.x) && sameNumber(a.position.y, b.position.y) &&
           a.notes == b.notes;
}

bool sameLink(const Link& a, const Link& b) {
    return a.id == b.id && a.from == b.from && a.to == b.to && a.relation == b.relation;
}

bool sameKeyResult(const KeyResult& a, const KeyResult& b) {
    return sameText(a.id, b.id) && sameText(a.title, b.title) && a.kind == b.kind &&
           sameText(a.metric, b.metric) && sameText(a.unit, b.unit) && a.direction == b.direction &&
           sameNumber(a.baseline, b.baseline) && sameNumber(a.target, b.target) &&
           sameNumber(a.current, b.current) && sameNumber(a.bandLow, b.bandLow) &&
           sameNumber(a.bandHigh, b.bandHigh) && a.done == b.done && sameDay(a.due, b.due) &&
           sameText(a.owner, b.owner) && sameText(a.source, b.source) &&
           a.sourceVisible == b.sourceVisible && a.cadence == b.cadence &&
           sameText(a.driver, b.driver) && a.signal == b.signal && a.style == b.style &&
           sameNumber(a.expectedScore, b.expectedScore) &&
           sameText(a.contributesTo, b.contributesTo) &&
           sameNumber(a.scoreOverride.score, b.scoreOverride.score) &&
           sameText(a.scoreOverride.reason, b.scoreOverride.reason) &&
           sameText(a.evidence, b.evidence) && sameText(a.notes, b.notes) &&
           sameList(a.checkins, b.checkins, sameCheckin);
}

bool sameObjective(const Objective& a, const Objective& b) {
    return sameText(a.id, b.id) && sameText(a.title, b.title) && sameText(a.owner, b.owner) &&
           a.level == b.level && sameText(a.team, b.team) && sameText(a.parent, b.parent) &&
           sameText(a.theme, b.theme) && a.style == b.style && sameText(a.notes, b.notes) &&
           sameList(a.keyResults, b.keyResults, sameKeyResult);
}

bool sameOptions(const AnalyzeOptions& a, const AnalyzeOptions& b) {
    return sameDay(a.today, b.today) && a.profile == b.profile && a.textRules == b.textRules &&
           a.words == b.words &&
           std::memcmp(&a.formulaTolerance, &b.formulaTolerance, sizeof(double)) == 0 &&
           a.drafting == b.drafting;
}

}  // namespace

// What the last run saw: each objective as it was checked and where its findings are in the
// analysis, and what objective checks read outside their objective.
struct Reanalysis::Memory {
    Analysis analysis;
    bool valid = false;
    std::vector<Objective> objectives;
    std::vector<std::pair<std::size_t, std::size_t>> findings;  // [begin, end) of violations
    // The key results' facts of the last run and where each objective's facts begin (taken by
    // the next run for the objectives unchanged since).
    std::vector<detail::KrFacts> krs;
    std::vector<std::size_t> krStart;
    PlanMeta meta;
    Economics economics;
    RuleSettings rules;
    std::vector<Adjustment> adjustments;
    // The tree as the last run saw it, with its index and formulas: kept while the plan's tree
    // stays equal to it (building them was about a tenth of a keystroke's re-analysis).
    Plan treePlan;
    std::optional<TreeIndex> index;
    std::optional<FormulaEvaluator> formula;
    AnalyzeOptions options;
    std::uint64_t wordsVersion = 0;
    int modelVersion = 0;  // learnedModelVersion(): a learned reader loaded since reads anew
    std::optional<Date> latestCheckin;
    bool shared = false;  // some key result contributes to another (S2's shared key results)
    std::vector<int> krsPerNode;                       // key results each node drives
    std::pair<std::size_t, std::size_t> treeFindings;  // the tree checks' findings
    std::size_t reused = 0;

    // Whether the plan's tree is the one the last run saw; keeps it, and builds its index and
    // formulas again, when it is not.
    bool keepTree(const Plan& plan) {
        if (valid && index && sameList(treePlan.tree.nodes, plan.tree.nodes, sameNode) &&
            sameList(treePlan.tree.links, plan.tree.links, sameLink))
            return true;
        formula.reset();
        index.reset();
        treePlan.tree = plan.tree;
        index.emplace(treePlan);
        formula.emplace(treePlan, *index);
        return false;
    }

    // Whether what objective checks read outside their objective is as the last run saw it (the
    // tree by keepTree); remembers it as it is now either way.
    bool sameContext(const Plan& plan, const AnalyzeOptions& opts,
                     const std::optional<Date>& latest, bool sameTree) {
        bool same = valid && sameTree;
        const auto keep = [&same](auto& kept, const auto& now, bool equal) {
            if (equal) return;
            same = false;
            kept = now;
        };
        keep(meta, plan.meta, valid && sameFields(meta, plan.meta));
        keep(economics, plan.economics, valid && sameFields(economics, plan.economics));
        keep(rules, plan.rules,
             valid && rules.profile == plan.rules.profile &&
                 rules.overrides == plan.rules.overrides &&
                 rules.thresholds == plan.rules.thresholds);
        keep(adjustments, plan.adjustments,
             valid && sameList(adjustments, plan.adjustments, sameFields<Adjustment>));
        keep(options, opts, valid && sameOptions(options, opts));
        // (The table itself can grow between runs: its version says so.)
        const std::uint64_t version = (opts.words ? *opts.words : defaultWordTable()).version();
        keep(wordsVersion, version, valid && wordsVersion == version);
        keep(modelVersion, learnedModelVersion(), valid && modelVersion == learnedModelVersion());
        keep(latestCheckin, latest, valid && sameDay(latestCheckin, latest));
        return same;
    }
};

namespace {

Analysis run(const Plan& plan, const AnalyzeOptions& options, Reanalysis::Memory* memory) {
    Analysis a;
    const bool sameTree = memory && memory->keepTree(plan);
    std::optional<detail::TreeFacts> kept;
    if (memory) kept.emplace(detail::TreeFacts{*memory->index, *memory->formula});
    // Objectives whose checks can be skipped: their findings are carried over from the last run,
    // and their key results' facts taken from it. A shared key result's findings read the key
    // results of other objectives, so a plan with any is re-checked whole.
    bool carry = false, context = false;
    std::vector<char> same;
    const std::optional<Date> latest = detail::latestCheckinOf(plan);
    if (memory) {
        bool shared = false;
        for (const Objective& o : plan.objectives)
            for (const KeyResult& kr : o.keyResults) shared = shared || !kr.contributesTo.empty();
        context = memory->sameContext(plan, options, latest, sameTree);
        // (Had the last run any, what it said of each objective may count contributors gone now.)
        carry = context && !shared && !memory->shared;
        memory->shared = shared;
        same.assign(plan.objectives.size(), 0);
        for (std::size_t o = 0; carry && o < plan.objectives.size(); ++o)
            same[o] = o < memory->objectives.size() && o + 1 < memory->krStart.size() &&
                      sameObjective(memory->objectives[o], plan.objectives[o]);
    }
    std::optional<detail::KeptFacts> keptFacts;
    if (memory) keptFacts.emplace(detail::KeptFacts{memory->krs, memory->krStart, same});
    detail::Context c(plan, options, a.violations, latest, kept ? &*kept : nullptr,
                      keptFacts ? &*keptFacts : nullptr);
    a.profile = c.profile;
    // The tree's findings read the tree, the rules and options, and how many key results each
    // node drives: carried over when those are as they were.
    bool carryTree = false;
    if (memory) {
        carryTree = context && memory->krsPerNode == c.krsPerNode;
        if (!carryTree) memory->krsPerNode = c.krsPerNode;
        memory->reused = 0;
        memory->findings.resize(plan.objectives.size());
        if (memory->objectives.size() > plan.objectives.size())
            memory->objectives.resize(plan.objectives.size());
    }

    // A draft (empty title, or a first title still being typed) is not judged until it is one.
    const auto draft = [&](const std::string& id, const std::string& title) {
        const bool blank = detail::trimmedView(title).empty();
        bool typing = false;
        for (const std::string& d : options.drafting) typing = typing || d == id;
        if (blank || typing) a.drafts.push_back(id);
        return blank || typing;
    };
    detail::checkPlan(c);
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const std::size_t begin = a.violations.size();
        const bool objectiveDraft = draft(plan.objectives[o].id.value, plan.objectives[o].title);
        if (memory && same[o]) {
            for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i)
                draft(c.krs[i].kr->id.value, c.krs[i].kr->title);
            auto& last = memory->analysis.violations;
            for (std::size_t v = memory->findings[o].first; v < memory->findings[o].second; ++v)
                a.violations.push_back(std::move(last[v]));
            ++memory->reused;
        } else {
            if (!objectiveDraft) detail::checkObjective(c, o);
            for (std::size_t i = c.objectiveStart[o]; i < c.objectiveStart[o + 1]; ++i)
                if (!draft(c.krs[i].kr->id.value, c.krs[i].kr->title))
                    detail::checkKeyResult(c, c.krs[i]);
            if (memory) {
                if (o < memory->objectives.size())
                    memory->objectives[o] = plan.objectives[o];
                else
                    memory->objectives.push_back(plan.objectives[o]);
            }
        }
        if (memory) memory->findings[o] = {begin, a.violations.size()};
    }
    detail::checkInitiativesAndThemes(c);
    const std::size_t treeBegin = a.violations.size();
    if (carryTree) {
        auto& last = memory->analysis.violations;
        for (std::size_t v = memory->treeFindings.first; v < memory->treeFindings.second; ++v)
            a.violations.push_back(std::move(last[v]));
    } else {
        detail::checkTree(c);
    }
    if (memory) memory->treeFindings = {treeBegin, a.violations.size()};

    for (const Violation& v : a.violations) {
        if (v.severity == Severity::Error)
            ++a.counts.errors;
        else if (v.severity == Severity::Warning)
            ++a.counts.warnings;
        else if (v.severity == Severity::Info)
            ++a.counts.infos;
    }

    a.krScores.reserve(c.krs.size());
    a.keyResults.reserve(c.krs.size());
    for (const detail::KrFacts& f : c.krs) {
        a.krScores.push_back(scoreKeyResult(*f.kr, f.baseline, f.target, f.direction));
        if (f.standing == Standing::Retired) {
            KrScore& s = a.krScores.back();
            s.status = ScoreStatus::Retired;
            s.computed.reset();
            s.grade.reset();
            s.overridden = false;
        }
        a.krScores.back().paused = f.standing == Standing::Paused;
        KrCoverage cov;
        cov.id = f.kr->id;
        cov.objective = f.objective->id;
        cov.driver = f.driver;
        cov.reachesNsm = f.reaches;
        if (f.reaches) cov.pathToNsm = c.tree.pathToNsm(f.driver);
        a.keyResults.push_back(std::move(cov));
    }
    // A shared key result's scoreboard: its contributors' progress and their lowest confidence.
    for (std::size_t i = 0; i < c.krs.size(); ++i) {
        const int s = c.krs[i].shared;
        if (s < 0) continue;
        KrCoverage& shared = a.keyResults[static_cast<std::size_t>(s)];
        shared.contributors.push_back(c.krs[i].kr->id);
        if (a.krScores[i].computed) {  // summed here, divided below
            ++shared.contributorsScored;
            shared.contributorProgress =
                shared.contributorProgress.value_or(0) + *a.krScores[i].computed;
        }
        const std::optional<int> confidence = latestConfidence(*c.krs[i].kr, options.today);
        if (confidence && (!shared.lowestConfidence || *confidence < *shared.lowestConfidence)) {
            shared.lowestConfidence = confidence;
            shared.lowestConfidenceOf = c.krs[i].kr->id;
        }
    }
    for (KrCoverage& cov : a.keyResults)
        if (cov.contributorProgress) *cov.contributorProgress /= cov.contributorsScored;
    a.objectiveScores.reserve(plan.objectives.size());
    std::vector<KrScore> slice;
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        slice.assign(a.krScores.begin() + static_cast<std::ptrdiff_t>(c.objectiveStart[o]),
                     a.krScores.begin() + static_cast<std::ptrdiff_t>(c.objectiveStart[o + 1]));
        a.objectiveScores.push_back(scoreObjective(plan.objectives[o], slice));
    }
    a.planScore = planScore(a.objectiveScores, plan.objectives);

    a.nodes.reserve(c.tree.size());
    for (std::size_t n = 0; n < c.tree.size(); ++n) {
        NodeCoverage nc;
        nc.id = plan.tree.nodes[n].id;
        nc.keyResults = c.krsPerNode[n];
        nc.reachesNsm = c.tree.reachesNsm(static_cast<int>(n));
        nc.nextTowardNsm = c.tree.nextTowardNsm(static_cast<int>(n));
        a.nodes.push_back(std::move(nc));
    }
    if (memory) {
        memory->krs = std::move(c.krs);
        memory->krStart = c.objectiveStart;
    }
    return a;
}

}  // namespace

void forgetReadings() { detail::readingCache().map.clear(); }

Reanalysis::Reanalysis() : memory_(std::make_unique<Memory>()) {}
Reanalysis::~Reanalysis() = default;

const Analysis& Reanalysis::run(const Plan& plan, const AnalyzeOptions& options) {
#if defined(__cpp_exceptions)
    try {
#endif
        Analysis next = okr::run(plan, options, memory_.get());
        memory_->analysis = std::move(next);
        memory_->valid = true;
#if defined(__cpp_exceptions)
    } catch (...) {
        // As analyze(): only an allocation failure gets here. Nothing of the last run is kept.
        memory_ = std::make_unique<Memory>();
    }
#endif
    return memory_->analysis;
}

const Analysis& Reanalysis::analysis() const { return memory_->analysis; }

std::size_t Reanalysis::reused() const { return memory_->reused; }

Analysis analyze(const Plan& plan, const AnalyzeOptions& options) {
#if defined(__cpp_exceptions)
    try {
#endif
        return run(plan, options, nullptr);
#if defined(__cpp_exceptions)
    } catch (...) {
        // Only an allocation failure can get here; an empty analysis is the honest answer. (The
        // browser build has no exceptions: there an allocation failure stops the page.)
        return Analysis{};
    }
#endif
}

}  // namespace okr
