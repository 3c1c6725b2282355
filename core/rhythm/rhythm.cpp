// Weeks, the check-in table, staleness, confidence, pace, projection, guardrails, the at-risk
// list, the meeting agenda, the retrospective questions, adjustments and the next quarter; see
// rhythm.h.
#include "rhythm/rhythm.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "analysis/checks.h"
#include "model/order.h"
#include "model/value_text.h"
#include "tree/tree.h"

namespace okr {

namespace {

using detail::earlier;

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

bool validDate(const Date& d) { return isValidDate(d.year, d.month, d.day); }

bool validDate(const std::optional<Date>& d) { return d && validDate(*d); }

// Days into the period (negative before it); the period's start must be a real date.
long dayOf(const PlanMeta& meta, Date date) { return daysBetween(*meta.start, date); }

// The latest check-in (by date; the later one in the list on a tie) satisfying `keep`.
template <class Keep>
const Checkin* latestCheckin(const KeyResult& kr, Keep keep) {
    const Checkin* latest = nullptr;
    for (const Checkin& ch : kr.checkins)
        if (validDate(ch.date) && keep(ch) && (!latest || !earlier(ch.date, latest->date)))
            latest = &ch;
    return latest;
}

std::string confidenceText(int c) { return std::to_string(c) + "/10"; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Weeks

bool hasPeriod(const PlanMeta& meta) {
    return validDate(meta.start) && validDate(meta.end) && !(*meta.end < *meta.start);
}

int weeksInPeriod(const PlanMeta& meta) {
    if (!hasPeriod(meta)) return 0;
    return static_cast<int>(daysBetween(*meta.start, *meta.end) / 7 + 1);
}

int weekOf(const PlanMeta& meta, Date date) {
    if (!validDate(meta.start) || !validDate(date)) return validDate(meta.start) ? 1 : 0;
    const long day = dayOf(meta, date);
    long week = day < 0 ? 1 : day / 7 + 1;
    if (hasPeriod(meta)) week = std::min<long>(week, weeksInPeriod(meta));
    return static_cast<int>(week);
}

namespace {

int clampWeek(const PlanMeta& meta, int week) {
    week = std::max(week, 1);
    if (hasPeriod(meta)) week = std::min(week, weeksInPeriod(meta));
    return week;
}

}  // namespace

Date weekStart(const PlanMeta& meta, int week) {
    if (!validDate(meta.start)) return Date{};
    return Date::fromDays(meta.start->toDays() + 7L * (clampWeek(meta, week) - 1));
}

Date weekEnd(const PlanMeta& meta, int week) {
    if (!validDate(meta.start)) return Date{};
    const Date last = Date::fromDays(weekStart(meta, week).toDays() + 6);
    return hasPeriod(meta) && *meta.end < last ? *meta.end : last;
}

bool inWeek(const PlanMeta& meta, Date date, int week) {
    if (!validDate(meta.start) || !validDate(date) || week < 1) return false;
    if (hasPeriod(meta) && week > weeksInPeriod(meta)) return false;
    if (validDate(meta.end) && *meta.end < date) return false;
    return weekStart(meta, week) <= date && date <= weekEnd(meta, week);
}

std::optional<Date> deadlineOf(const KeyResult& kr, const PlanMeta& meta) {
    if (validDate(kr.due)) return kr.due;
    if (validDate(meta.end)) return meta.end;
    return std::nullopt;
}

Style styleOf(const Objective& objective, const KeyResult& kr) {
    return kr.style.value_or(objective.style);
}

// ---------------------------------------------------------------------------------------------
// Check-in table

CheckinRow rowFor(const KeyResult& kr, const PlanMeta& meta, int week) {
    CheckinRow row;
    row.kr = kr.id;
    row.week = week;
    row.expected = !(kr.kind == KrKind::Milestone && kr.done);
    if (!validDate(meta.start)) return row;
    const Date first = weekStart(meta, week);
    if (const Checkin* c =
            latestCheckin(kr, [&](const Checkin& ch) { return inWeek(meta, ch.date, week); }))
        row.current = *c;
    if (const Checkin* p = latestCheckin(kr, [&](const Checkin& ch) { return ch.date < first; })) {
        row.previous = *p;
        row.previousWeek = *meta.start <= p->date ? weekOf(meta, p->date) : 0;
    }
    return row;
}

std::vector<CheckinRow> checkinTable(const Plan& plan, int week) {
    std::vector<CheckinRow> rows;
    const Date end = weekEnd(plan.meta, week);
    for (const Objective& o : plan.objectives)
        for (const KeyResult& kr : o.keyResults) {
            rows.push_back(rowFor(kr, plan.meta, week));
            // Paused or retired by then: nothing to report.
            if (!plan.adjustments.empty() && standingOf(plan, o, kr, end) != Standing::Active)
                rows.back().expected = false;
        }
    return rows;
}

std::vector<KeyResultId> missingCheckins(const Plan& plan, int week) {
    std::vector<KeyResultId> missing;
    for (const CheckinRow& row : checkinTable(plan, week))
        if (row.missing()) missing.push_back(row.kr);
    return missing;
}

// ---------------------------------------------------------------------------------------------
// Staleness and confidence

std::optional<Staleness> staleness(const KeyResult& kr, const PlanMeta& meta, Date reference) {
    if (kr.kind == KrKind::Milestone && kr.done) return std::nullopt;
    if (!validDate(reference)) return std::nullopt;
    const bool hasStart = validDate(meta.start);
    if (validDate(meta.end) && *meta.end < reference) reference = *meta.end;
    if (hasStart && daysBetween(*meta.start, reference) <= kStaleDays) return std::nullopt;
    Staleness s;
    for (const Checkin& ch : kr.checkins)
        if (validDate(ch.date) && (!s.last || earlier(*s.last, ch.date))) s.last = ch.date;
    if (!s.last && !hasStart) return std::nullopt;
    s.days = daysBetween(s.last ? *s.last : *meta.start, reference);
    if (s.days <= kStaleDays) return std::nullopt;
    return s;
}

std::optional<ConfidenceAlert> confidenceAlert(const KeyResult& kr, Style style,
                                               std::optional<Date> asOf, int drop, int committed) {
    auto counts = [&](const Checkin& ch) {
        return ch.confidence.has_value() && (!asOf || !earlier(*asOf, ch.date));
    };
    const Checkin* latest = nullptr;
    for (const Checkin& ch : kr.checkins)
        if (counts(ch) && (!latest || !earlier(ch.date, latest->date))) latest = &ch;
    if (!latest) return std::nullopt;
    int best = -1;
    const Checkin* bestAt = nullptr;
    for (const Checkin& ch : kr.checkins)
        if (counts(ch) && &ch != latest && earlier(ch.date, latest->date) &&
            *ch.confidence > best) {
            best = *ch.confidence;
            bestAt = &ch;
        }
    ConfidenceAlert a;
    a.now = *latest->confidence;
    a.date = latest->date;
    if (bestAt && best - a.now >= drop) {
        a.kind = ConfidenceAlert::Drop;
        a.from = best;
        a.fromDate = bestAt->date;
        return a;
    }
    if (style == Style::Committed && a.now < committed) {
        a.kind = ConfidenceAlert::BelowCommitted;
        return a;
    }
    return std::nullopt;
}

std::vector<ConfidencePoint> confidenceTrend(const KeyResult& kr, const PlanMeta& meta,
                                             Style style) {
    std::vector<ConfidencePoint> points;
    for (const Checkin& ch : kr.checkins) {
        if (!ch.confidence || !validDate(ch.date)) continue;
        ConfidencePoint p;
        p.date = ch.date;
        p.week = weekOf(meta, ch.date);
        p.confidence = *ch.confidence;
        p.alert = confidenceAlert(kr, style, ch.date);
        points.push_back(p);
    }
    stableSort(points, [](const ConfidencePoint& a, const ConfidencePoint& b) {
        return earlier(a.date, b.date);
    });
    return points;
}

// ---------------------------------------------------------------------------------------------
// Pace and projection

namespace {

// The line's two ends: baseline on the start, target on the deadline.
struct Line {
    double baseline = 0, target = 0;
    long from = 0, to = 0;  // days since 1970
};

std::optional<Line> lineOf(const KeyResult& kr, const PlanMeta& meta) {
    if (kr.kind != KrKind::Metric || !finite(kr.baseline) || !finite(kr.target)) return {};
    if (*kr.baseline == *kr.target || !validDate(meta.start)) return {};
    const std::optional<Date> deadline = deadlineOf(kr, meta);
    if (!deadline || !(*meta.start < *deadline)) return {};
    return Line{*kr.baseline, *kr.target, meta.start->toDays(), deadline->toDays()};
}

double expectedShare(const Line& l, Date date) {
    const double share = static_cast<double>(date.toDays() - l.from) / (l.to - l.from);
    return std::min(1.0, std::max(0.0, share));
}

}  // namespace

std::optional<double> expectedValue(const KeyResult& kr, const PlanMeta& meta, Date date) {
    const std::optional<Line> l = lineOf(kr, meta);
    if (!l || !validDate(date)) return std::nullopt;
    return l->baseline + (l->target - l->baseline) * expectedShare(*l, date);
}

std::optional<Pace> pace(const KeyResult& kr, const PlanMeta& meta, Date date, double tolerance) {
    const std::optional<Line> l = lineOf(kr, meta);
    const std::optional<double> current = currentValue(kr);
    if (!l || !validDate(date) || !finite(current)) return std::nullopt;
    Pace p;
    p.expectedProgress = expectedShare(*l, date);
    p.expected = l->baseline + (l->target - l->baseline) * p.expectedProgress;
    p.actual = *current;
    p.progress = (p.actual - l->baseline) / (l->target - l->baseline);
    p.behind = p.progress < p.expectedProgress - tolerance;
    return p;
}

bool offPace(const KeyResult& kr, const PlanMeta& meta, Date date, double tolerance) {
    const std::optional<Pace> p = pace(kr, meta, date, tolerance);
    return p && p->behind;
}

double Projection::trendAt(Date date) const {
    return originValue + perWeek / 7.0 * static_cast<double>(daysBetween(origin, date));
}

Projection project(const KeyResult& kr, const PlanMeta& meta) {
    Projection pr;
    if (kr.kind == KrKind::Milestone || kr.kind == KrKind::Baseline) return pr;
    const std::optional<Date> deadline = deadlineOf(kr, meta);
    if (!deadline) return pr;
    std::vector<const Checkin*> pts;
    for (const Checkin& ch : kr.checkins)
        if (validDate(ch.date) && finite(ch.value)) pts.push_back(&ch);
    if (pts.size() < 2) return pr;
    pr.origin = pts.front()->date;
    for (const Checkin* c : pts)
        if (earlier(c->date, pr.origin)) pr.origin = c->date;
    // Least squares on x = days since the first check-in.
    const double n = static_cast<double>(pts.size());
    double sx = 0, sy = 0;
    for (const Checkin* c : pts) {
        sx += static_cast<double>(daysBetween(pr.origin, c->date));
        sy += *c->value;
    }
    const double mx = sx / n, my = sy / n;
    double sxx = 0, sxy = 0;
    for (const Checkin* c : pts) {
        const double dx = static_cast<double>(daysBetween(pr.origin, c->date)) - mx;
        sxx += dx * dx;
        sxy += dx * (*c->value - my);
    }
    if (sxx <= 0) return pr;
    const double perDay = sxy / sxx;
    pr.originValue = my - perDay * mx;
    pr.perWeek = perDay * 7.0;
    pr.at = *deadline;
    pr.value = pr.trendAt(pr.at);
    if (!std::isfinite(pr.value)) return Projection{};
    pr.points = static_cast<int>(pts.size());
    pr.ok = true;
    KeyResult projected = kr;
    projected.current = pr.value;
    projected.scoreOverride = ScoreOverride{};
    pr.score = scoreKeyResult(projected);
    pr.label = "Projection: " + formatValue(pr.value, kr.unit) + " by " + pr.at.str() +
               " (trend of " + std::to_string(pr.points) + " check-ins)";
    if (pr.score.grade) pr.label += ", score " + formatNumber(*pr.score.grade);
    return pr;
}

// ---------------------------------------------------------------------------------------------
// Guardrails

bool guardrailBreached(const Node& g) {
    if (g.kind != NodeKind::Guardrail || !finite(g.value) || !finite(g.guardrail.threshold))
        return false;
    return g.guardrail.comparison == Comparison::AtMost ? *g.value > *g.guardrail.threshold
                                                        : *g.value < *g.guardrail.threshold;
}

const Node* trippedGuardrail(const Plan& plan, const TreeIndex& tree, int driver,
                             std::vector<int>& mark, int stamp, std::vector<int>& stack) {
    if (driver < 0 || static_cast<std::size_t>(driver) >= tree.size()) return nullptr;
    const auto& nodes = plan.tree.nodes;
    stack.clear();
    stack.push_back(driver);
    mark[static_cast<std::size_t>(driver)] = stamp;
    const Node* hit = nullptr;
    while (!stack.empty() && !hit) {
        const int n = stack.back();
        stack.pop_back();
        if (guardrailBreached(nodes[static_cast<std::size_t>(n)]))
            hit = &nodes[static_cast<std::size_t>(n)];
        for (int l : tree.down(n)) {
            const Node& child = nodes[static_cast<std::size_t>(tree.linkFrom(l))];
            if (!hit && guardrailBreached(child)) hit = &child;
        }
        for (int l : tree.up(n)) {
            const int p = tree.linkTo(l);
            if (mark[static_cast<std::size_t>(p)] == stamp) continue;
            mark[static_cast<std::size_t>(p)] = stamp;
            stack.push_back(p);
        }
    }
    return hit;
}

const Node* trippedGuardrail(const Plan& plan, const KeyResult& kr) {
    if (kr.driver.empty()) return nullptr;
    const TreeIndex tree(plan);
    std::vector<int> mark(tree.size(), 0), stack;
    return trippedGuardrail(plan, tree, tree.find(kr.driver), mark, 1, stack);
}

// ---------------------------------------------------------------------------------------------
// At risk

std::vector<RiskItem> atRisk(const Plan& plan, Date today) {
    std::vector<RiskItem> items;
    const Thresholds limits = resolveThresholds(plan.rules, std::nullopt, plan.meta.headcount);
    const int drop = static_cast<int>(limits[ThresholdId::ConfidenceDrop]);
    const int committed = static_cast<int>(limits[ThresholdId::CommittedConfidence]);
    const double tolerance = limits[ThresholdId::PaceTolerance];
    const TreeIndex tree(plan);
    std::vector<int> mark(tree.size(), 0), stack;
    int stamp = 0;
    for (const Objective& o : plan.objectives) {
        for (const KeyResult& kr : o.keyResults) {
            // Paused or retired by the review: not discussed as at risk.
            if (standingOf(plan, o, kr, today) != Standing::Active) continue;
            const std::string title = detail::quote(kr.title, "key result");
            auto add = [&](RiskKind kind, std::string why) {
                items.push_back(RiskItem{o.id, kr.id, kind, std::move(why)});
            };
            if (const auto a = confidenceAlert(kr, styleOf(o, kr), today, drop, committed)) {
                if (a->kind == ConfidenceAlert::Drop)
                    add(RiskKind::ConfidenceDrop,
                        "Confidence in " + title + " fell from " + confidenceText(a->from) + " (" +
                            a->fromDate.str() + ") to " + confidenceText(a->now) + " (" +
                            a->date.str() + ").");
                else
                    add(RiskKind::BelowCommitted,
                        title + " is committed but its confidence is " + confidenceText(a->now) +
                            " (" + a->date.str() + "), below " + confidenceText(committed) + ".");
            }
            if (const auto p = pace(kr, plan.meta, today, tolerance); p && p->behind)
                add(RiskKind::OffPace,
                    title + " is at " + formatValue(p->actual, kr.unit) +
                        "; the straight line from " + formatValue(*kr.baseline, kr.unit) + " to " +
                        formatValue(*kr.target, kr.unit) + " by " +
                        deadlineOf(kr, plan.meta)->str() + " expects " +
                        formatValue(p->expected, kr.unit) + " on " + today.str() + ".");
            const int driver = kr.driver.empty() ? -1 : tree.find(kr.driver);
            if (const Node* g = trippedGuardrail(plan, tree, driver, mark, ++stamp, stack))
                add(RiskKind::GuardrailTripped,
                    "Guardrail " + detail::nodeName(*g) + " is breached (" +
                        formatValue(*g->value, g->kpi.unit) + " against " +
                        (g->guardrail.comparison == Comparison::AtMost ? "≤ " : "≥ ") +
                        formatValue(*g->guardrail.threshold, g->kpi.unit) + "): " + title +
                        " pauses until it recovers.");
        }
    }
    return items;
}

// ---------------------------------------------------------------------------------------------
// Meeting agenda and retrospective

const std::vector<AgendaItem>& meetingAgenda(Meeting format) {
    // S3 §5: the 45-minute weekly meeting, its slots and minutes.
    static const std::vector<AgendaItem> agenda45 = {
        {"KPI deltas vs baseline", 10,
         "Walk the North Star and the three to five drivers that matter this quarter: how far "
         "each has moved from its baseline. Discuss what was learned, not vanity deltas."},
        {"KR status & blockers", 15,
         "Only the key results at risk: confidence dropped or below the committed threshold, off "
         "the expected pace, or a guardrail breached. Each owner gives value, confidence and "
         "blockers."},
        {"Decisions & next bets", 15,
         "Decide go, stop or iterate on the experiments' readouts; retire or replace initiatives "
         "that do not move their key result; name the next bets and who owns them."},
        {"Risks & guardrails", 5,
         "Any red guardrail: the key results it guards pause until it recovers. Log the pause and "
         "name the risks coming up."},
    };
    // S4: fifteen minutes inside the team's existing weekly meeting, after everyone's async
    // check-in; only what is at risk is discussed. The split is ours.
    static const std::vector<AgendaItem> segment15 = {
        {"At risk, owner by owner", 10,
         "Only the key results listed above as at risk. Each owner says in a sentence what moved "
         "their confidence and what blocks them; everything on track is taken as read from the "
         "check-ins."},
        {"Decisions and help", 5,
         "For each one: what changes this week, who helps, or whether it needs an adjustment "
         "(Adjust…). Escalate a blocker across teams the same day."},
    };
    // S2: the weekly review anchored on three questions, with the OKRs as the first page of the
    // agenda (its example gives the first fifteen minutes to KR trends). The minutes are ours.
    static const std::vector<AgendaItem> threeQuestions = {
        {"What did we ship or change?", 5,
         "The work finished or changed since last week, in a line each: launches, experiments, "
         "process changes. Not what is in progress."},
        {"What did it do to our key results?", 5,
         "Each key result's move since last week (Check-ins) next to what shipped: which work "
         "moved a number, and which did not move anything yet."},
        {"What will we learn next week?", 5,
         "The question each team will answer by next week, and the experiment or measure that "
         "answers it; drop work that cannot move a key result."},
    };
    switch (format) {
        case Meeting::Segment15:
            return segment15;
        case Meeting::ThreeQuestions:
            return threeQuestions;
        case Meeting::Agenda45:
            break;
    }
    return agenda45;
}

Meeting meetingOf(const PlanMeta& meta) { return meta.meeting.value_or(Meeting::Agenda45); }

std::vector<WeeklyMove> movesThisWeek(const Plan& plan, Date today) {
    std::vector<WeeklyMove> out;
    if (!validDate(today)) return out;
    for (std::size_t o = 0; o < plan.objectives.size(); ++o) {
        const Objective& objective = plan.objectives[o];
        for (std::size_t k = 0; k < objective.keyResults.size(); ++k) {
            const KeyResult& kr = objective.keyResults[k];
            if (standingOf(plan, objective, kr, today) != Standing::Active) continue;
            const Checkin* latest = nullptr;
            const Checkin* before = nullptr;
            for (const Checkin& c : kr.checkins) {
                if (!c.value || !validDate(c.date) || today < c.date) continue;
                if (!latest || !(c.date < latest->date)) {
                    before = latest;
                    latest = &c;
                } else if (!before || !(c.date < before->date)) {
                    before = &c;
                }
            }
            if (!latest || daysBetween(latest->date, today) >= 7) continue;
            WeeklyMove m;
            m.kr = kr.id;
            m.label = "O" + std::to_string(o + 1) + " KR" + std::to_string(k + 1);
            m.before = before ? before->value : kr.baseline;
            m.now = *latest->value;
            out.push_back(std::move(m));
        }
    }
    return out;
}

const std::vector<std::string>& retrospectiveQuestions() {
    static const std::vector<std::string> questions = {
        "What did we learn that changes our understanding of cause and effect?",
        "Where did we set the wrong target or pick a weak key result?",
        "Where did the organization slow us down, and how do we remove that friction?",
    };
    return questions;
}

std::string retrospectiveAnswer(const Plan& plan, const std::string& question,
                                std::optional<int> week) {
    for (const RetroAnswer& a : plan.retrospective)
        if (a.question == question && a.week == week) return a.answer;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Adjustments

Adjustment makeAdjustment(const Plan& plan, TargetKind kind, const std::string& targetId,
                          AdjustmentAction action, AdjustmentCause cause, std::string reason,
                          Date date, std::optional<double> newTarget) {
    Adjustment a;
    a.date = date;
    a.targetKind = kind;
    a.targetId = targetId;
    a.action = action;
    a.cause = cause;
    a.reason = std::move(reason);
    if (action == AdjustmentAction::Pivot && kind == TargetKind::KeyResult) {
        if (const KeyResult* kr = findKeyResult(plan, KeyResultId(targetId)))
            a.originalTarget = kr->target;
        a.newTarget = newTarget;
    }
    return a;
}

const std::vector<std::string>& adjustmentQuestions() {
    static const std::vector<std::string> questions = {
        "Did the conditions the objective was set in change materially?",
        "Is the team behind because of how the work went, or because circumstances changed?",
        "Does the change keep the spirit of the objective?",
    };
    return questions;
}

Standing standingOf(const Plan& plan, const Objective& objective, const KeyResult& kr,
                    std::optional<Date> asOf) {
    const bool bounded = validDate(asOf);
    // The latest decision of the key result's own and of its objective's, each.
    const Adjustment* own = nullptr;
    const Adjustment* whole = nullptr;
    for (const Adjustment& a : plan.adjustments) {
        const bool forKr = a.targetKind == TargetKind::KeyResult && a.targetId == kr.id.value;
        const bool forObjective =
            a.targetKind == TargetKind::Objective && a.targetId == objective.id.value;
        if (!forKr && !forObjective) continue;
        if (bounded && validDate(a.date) && *asOf < a.date) continue;
        const Adjustment*& latest = forKr ? own : whole;
        // Later in the log wins among equal dates; an undated one is the earliest.
        if (!latest || !validDate(latest->date) || (validDate(a.date) && !(a.date < latest->date)))
            latest = &a;
    }
    // A key result retired stays retired until a decision of its own brings it back: the
    // objective persisted or pivoted later is about the key results it still has.
    const auto later = [](const Adjustment* a, const Adjustment* b) {
        if (!a) return b;
        if (!b) return a;
        if (!validDate(b->date)) return a;
        if (!validDate(a->date)) return b;
        return b->date < a->date ? a : b;
    };
    const Adjustment* latest =
        own && own->action == AdjustmentAction::Retire ? own : later(own, whole);
    if (!latest) return Standing::Active;
    switch (latest->action) {
        case AdjustmentAction::Pause:
            return Standing::Paused;
        case AdjustmentAction::Retire:
            return Standing::Retired;
        case AdjustmentAction::Pivot:
        case AdjustmentAction::Persist:
            break;
    }
    return Standing::Active;
}

bool midQuarterReviewDue(const PlanMeta& meta, Date today) {
    const int n = weeksInPeriod(meta);
    if (n < 6 || !validDate(today) || today < *meta.start || *meta.end < today) return false;
    const int middle = (n + 1) / 2;
    const int week = weekOf(meta, today);
    return week == middle - 1 || week == middle;
}

const char* adjustmentAdvice(const Adjustment& a) {
    if (a.cause != AdjustmentCause::Execution || a.action == AdjustmentAction::Persist) return "";
    return "S4: adjust for external changes, not execution shortfalls. A team behind on a hard "
           "goal carries the difficulty to the end of the quarter and captures the learning; "
           "resource the problem differently rather than lower the goal.";
}

// ---------------------------------------------------------------------------------------------
// Next quarter

namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether a quarter's name ("Q2", "q4", "Q1's") stands at `i` of `text` as a word of its own.
bool quarterAt(const std::string& text, std::size_t i) {
    return i + 1 < text.size() && (text[i] == 'Q' || text[i] == 'q') && text[i + 1] >= '1' &&
           text[i + 1] <= '4' && !(i > 0 && alnum(text[i - 1])) &&
           !(i + 2 < text.size() && alnum(text[i + 2]));
}

// Every standalone four-digit number in `text` moved on by one ("2026" → "2027").
void nextYear(std::string& text) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const bool word = (i == 0 || !alnum(text[i - 1])) &&
                          (i + 4 == text.size() || !alnum(text[i + 4])) &&
                          std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i),
                                      text.begin() + static_cast<std::ptrdiff_t>(i + 4),
                                      [](char c) { return c >= '0' && c <= '9'; });
        if (!word || text[i] == '0') continue;
        const int year = std::stoi(text.substr(i, 4));
        if (year >= 9999) continue;
        text.replace(i, 4, std::to_string(year + 1));
        i += 3;
    }
}

}  // namespace

std::optional<std::pair<Date, Date>> nextPeriod(const PlanMeta& meta) {
    if (!hasPeriod(meta)) return std::nullopt;
    const Date start = *meta.start, end = *meta.end;
    const Date next = Date::fromDays(end.toDays() + 1);
    if (start.day == 1 && next.day == 1) {
        const int months = (next.year * 12 + next.month) - (start.year * 12 + start.month);
        const int m = next.month - 1 + months;
        const Date after{next.year + m / 12, m % 12 + 1, 1};
        return std::make_pair(next, Date::fromDays(after.toDays() - 1));
    }
    return std::make_pair(next, Date::fromDays(next.toDays() + (end.toDays() - start.toDays())));
}

std::string nextQuarterTitle(const std::string& title, Date newStart) {
    for (std::size_t i = 0; i + 1 < title.size(); ++i) {
        if (!quarterAt(title, i)) continue;
        const char d = title[i + 1];
        std::string out = title;
        const int next = (d - '0') % 4 + 1;
        out[i + 1] = static_cast<char>('0' + next);
        if (next == 1) nextYear(out);
        return out;
    }
    std::string quarter;
    if (validDate(newStart))
        quarter = "Q" + std::to_string((newStart.month - 1) / 3 + 1) + " " +
                  std::to_string(newStart.year);
    if (quarter.empty()) return title;
    return title.empty() ? quarter : title + " (" + quarter + ")";
}

Plan startNextQuarter(const Plan& plan, const std::vector<ObjectiveId>& carried, Date newStart,
                      Date newEnd) {
    Plan next;
    next.meta = plan.meta;
    next.meta.title = nextQuarterTitle(plan.meta.title, newStart);
    next.meta.start = newStart;
    next.meta.end = newEnd;
    next.strategy = plan.strategy;
    next.economics = plan.economics;
    next.tree = plan.tree;
    next.rules = plan.rules;
    next.extra = plan.extra;

    std::set<std::string> objectives, keyResults;
    for (const Objective& o : plan.objectives) {
        if (std::find(carried.begin(), carried.end(), o.id) == carried.end()) continue;
        objectives.insert(o.id.value);
        for (const KeyResult& kr : o.keyResults) keyResults.insert(kr.id.value);
        next.objectives.push_back(o);
    }
    for (Objective& o : next.objectives) {
        if (!objectives.count(o.parent.value)) o.parent = ObjectiveId();
        for (KeyResult& kr : o.keyResults) {
            if (const std::optional<double> last = currentValue(kr); finite(last))
                kr.baseline = last;
            kr.current.reset();
            kr.checkins.clear();
            kr.done = false;
            kr.scoreOverride = ScoreOverride{};
            kr.due.reset();
            if (!keyResults.count(kr.contributesTo.value)) kr.contributesTo = KeyResultId();
        }
    }
    for (const Initiative& in : plan.initiatives) {
        Initiative kept = in;
        kept.keyResults.clear();
        for (const KeyResultId& k : in.keyResults)
            if (keyResults.count(k.value)) kept.keyResults.push_back(k);
        if (in.keyResults.empty() || !kept.keyResults.empty())
            next.initiatives.push_back(std::move(kept));
    }
    return next;
}

// ---------------------------------------------------------------------------------------------
// An example run now

namespace {

// Every quarter `text` names ("Q2", "Q1's", "Q4 2026") moved on by `steps` quarters (a year after
// it moves with it).
void shiftQuarterNames(std::string& text, long steps) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (!quarterAt(text, i)) continue;
        const bool year = i + 7 <= text.size() && text[i + 2] == ' ' &&
                          std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i + 3),
                                      text.begin() + static_cast<std::ptrdiff_t>(i + 7),
                                      [](char c) { return c >= '0' && c <= '9'; }) &&
                          (i + 7 == text.size() || !alnum(text[i + 7]));
        const long from = (year ? std::stol(text.substr(i + 3, 4)) : 0) * 4 + (text[i + 1] - '1');
        const long to = from + steps;
        const long index = ((to % 4) + 4) % 4;
        text[i + 1] = static_cast<char>('1' + index);
        if (year && to >= 4 && to / 4 <= 9999) text.replace(i + 3, 4, std::to_string(to / 4));
    }
}

}  // namespace

Plan inQuarterOf(const Plan& plan, Date today) {
    if (!hasPeriod(plan.meta) || !validDate(today)) return plan;
    const int q = (today.month - 1) / 3;
    const Quarter quarter = quarterOf(today);
    const Date start = quarter.start;
    const long shift = start.toDays() - plan.meta.start->toDays();
    const auto moved = [shift](Date d) { return Date::fromDays(d.toDays() + shift); };
    const Date was = *plan.meta.start;
    const long steps = (static_cast<long>(today.year) * 4 + q) -
                       (static_cast<long>(was.year) * 4 + (was.month - 1) / 3);

    Plan out = plan;
    out.meta.start = start;
    out.meta.end = quarter.end;
    shiftQuarterNames(out.meta.title, steps);
    shiftQuarterNames(out.strategy.statement, steps);
    shiftQuarterNames(out.strategy.vision, steps);
    for (Objective& o : out.objectives) {
        shiftQuarterNames(o.title, steps);
        for (KeyResult& k : o.keyResults) {
            shiftQuarterNames(k.title, steps);
            // Due at the end of the quarter stays due at its end (quarters differ in length).
            if (k.due && validDate(*k.due))
                k.due = *k.due == *plan.meta.end ? *out.meta.end
                                                 : std::min(moved(*k.due), *out.meta.end);
            std::vector<Checkin> kept;
            for (Checkin c : k.checkins) {
                if (validDate(c.date)) c.date = moved(c.date);
                if (!(today < c.date)) kept.push_back(std::move(c));
            }
            k.checkins = std::move(kept);
        }
    }
    std::vector<Adjustment> adjustments;
    for (Adjustment a : out.adjustments) {
        if (validDate(a.date)) a.date = moved(a.date);
        if (!(today < a.date)) adjustments.push_back(std::move(a));
    }
    out.adjustments = std::move(adjustments);
    return out;
}

}  // namespace okr
