// The quarter's rhythm (S1, S2, S3 §5, S4; issue 7): what the planner needs to carry a plan
// through its period rather than only draft it — the weeks of the period, the weekly check-in
// table, the expected pace and the projected end of each key result, the confidence trend, the
// "what is at risk" list for the weekly meeting (S4: discuss only what is at risk), S3 §5's
// 45-minute meeting skeleton, S2's retrospective questions, mid-quarter adjustments (S2, S4) and
// "start next quarter". The undoable edits that go with it are in rhythm_commands.h.
//
// Contract:
// - Pure functions of the plan and the dates passed in; no clock, no UI state. Total: any plan
//   (no period, no values, odd dates) gives an answer, never an exception.
// - Week n of a period is the seven days from start + 7(n − 1); the last week may be shorter
//   (2026-04-01 … 2026-06-30 has 13 weeks). Dates before the start fall in week 1, dates after
//   the end in the last week.
// - A key result's deadline is its due date, else the period's end. The expected pace is the
//   straight line from the baseline on the period's start to the target on the deadline.
// - The staleness, confidence and guardrail tests are those of KR-STALE, KR-CONFIDENCE-DROP and
//   KR-GUARDRAIL-TRIPPED: the rules call these functions, so a view and a rule never disagree.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/score.h"
#include "model/date.h"
#include "model/plan.h"

namespace okr {

class TreeIndex;

// ---- weeks of the period

// True when the plan has a start and an end (real dates) and the start is not after the end.
bool hasPeriod(const PlanMeta& meta);
// Weeks in the period, the last one possibly short; 0 without a period.
int weeksInPeriod(const PlanMeta& meta);
// The 1-based week of `date`, clamped to 1 … weeksInPeriod (only below when the plan has a
// start but no end); 0 when the plan has no start.
int weekOf(const PlanMeta& meta, Date date);
// The first and last day of a week (the week clamped as weekOf clamps; the last day no later than
// the period's end). Date{} (not a real date) when the plan has no start.
Date weekStart(const PlanMeta& meta, int week);
Date weekEnd(const PlanMeta& meta, int week);
// True when `date` lies in weekStart … weekEnd of `week` (never for a date outside the period or
// a week outside 1 … weeksInPeriod).
bool inWeek(const PlanMeta& meta, Date date, int week);

// The day a key result is measured against: its due date, else the period's end.
std::optional<Date> deadlineOf(const KeyResult& kr, const PlanMeta& meta);
// The style a key result is read with: its own, else its objective's.
Style styleOf(const Objective& objective, const KeyResult& kr);

// ---- the weekly check-in table (S4's tracking sheet: this week beside last week)

// A check-in belongs to the week its date lies in (inWeek); one dated before the period counts as
// an earlier value, never as week 1's check-in.
struct CheckinRow {
    KeyResultId kr;
    int week = 0;
    std::optional<Checkin> current;   // this week's check-in (the latest of the week), if any
    std::optional<Checkin> previous;  // the latest check-in dated before this week, if any
    int previousWeek = 0;             // its week; 0 without one or when it predates the period
    bool expected = true;             // false for a milestone already done: nothing to report

    bool missing() const { return expected && !current; }
};

CheckinRow rowFor(const KeyResult& kr, const PlanMeta& meta, int week);
// One row per key result, objectives and their key results in plan order.
std::vector<CheckinRow> checkinTable(const Plan& plan, int week);
// The key results with no check-in in `week` (milestones already done are not expected to report).
std::vector<KeyResultId> missingCheckins(const Plan& plan, int week);

// ---- staleness (KR-STALE: no check-in for more than a week during the period)

inline constexpr long kStaleDays = 7;

struct Staleness {
    long days = 0;             // days without a check-in, up to the reference day
    std::optional<Date> last;  // the latest check-in; empty: none since the period began
};

// Measured at `reference` (no later than the period's end); nothing during the period's first
// week, for a milestone already done, or within kStaleDays of the last check-in.
std::optional<Staleness> staleness(const KeyResult& kr, const PlanMeta& meta, Date reference);

// ---- confidence (KR-CONFIDENCE-DROP, S4 weekly confidence)

inline constexpr int kConfidenceDrop = 2;       // a fall of this much from the best earlier value
inline constexpr int kCommittedConfidence = 7;  // a committed KR below this is a signal

struct ConfidenceAlert {
    enum Kind { Drop, BelowCommitted };
    Kind kind = Drop;
    int from = 0;   // Drop: the highest confidence of an earlier check-in …
    Date fromDate;  // … and its day
    int now = 0;    // the latest confidence …
    Date date;      // … and its day
};

// KR-CONFIDENCE-DROP's test on the check-ins dated up to `asOf` (all of them when empty): the
// latest confidence is kConfidenceDrop or more below the highest earlier one (not only the one
// just before it), or — for a committed key result — below kCommittedConfidence.
std::optional<ConfidenceAlert> confidenceAlert(const KeyResult& kr, Style style,
                                               std::optional<Date> asOf = std::nullopt,
                                               int drop = kConfidenceDrop,
                                               int committed = kCommittedConfidence);

struct ConfidencePoint {
    Date date;
    int week = 0;
    int confidence = 0;
    std::optional<ConfidenceAlert> alert;  // what KR-CONFIDENCE-DROP said on that day
};

// Every check-in with a confidence, in date order.
std::vector<ConfidencePoint> confidenceTrend(const KeyResult& kr, const PlanMeta& meta,
                                             Style style);

// ---- pace: the straight line from baseline to target

// How far behind the line a key result may be before it is off pace, as a share of the distance
// from baseline to target (0.10: a tenth of the way).
inline constexpr double kPaceTolerance = 0.10;

// The value the line expects on `date` (the baseline before the start, the target from the
// deadline on). Only metric key results with a baseline, a target different from it, a period
// start and a deadline after that start have a line.
std::optional<double> expectedValue(const KeyResult& kr, const PlanMeta& meta, Date date);

struct Pace {
    double expected = 0;          // the line's value on the day
    double actual = 0;            // the current value (score.h currentValue)
    double expectedProgress = 0;  // share of baseline → target the line has covered, 0..1
    double progress = 0;          // share the current value has covered (may leave 0..1)
    bool behind = false;          // progress < expectedProgress − tolerance
};

// Empty when there is no line or no current value. Either direction: for a key result that
// should fall, a value above the line is behind.
std::optional<Pace> pace(const KeyResult& kr, const PlanMeta& meta, Date date,
                         double tolerance = kPaceTolerance);
bool offPace(const KeyResult& kr, const PlanMeta& meta, Date date,
             double tolerance = kPaceTolerance);

// ---- projection to the deadline (always shown labelled as a projection)

struct Projection {
    bool ok = false;   // false: fewer than two check-in values on different days, no deadline,
                       // or a milestone / baseline key result
    int points = 0;    // check-in values the line was fitted to
    Date at;           // the deadline projected to
    double value = 0;  // the trend's value there
    double perWeek = 0;
    KrScore score;      // the key result scored with `value` as its current value (no override)
    std::string label;  // "Projection: 30.86% by 2026-06-30 (trend of 3 check-ins), score 0.5"
    Date origin;        // the first check-in's day …
    double originValue = 0;  // … and the fitted line's value there

    // The fitted line's value on any day (for the chart).
    double trendAt(Date date) const;
};

// Least-squares line through the check-in values by date, extended to the deadline.
Projection project(const KeyResult& kr, const PlanMeta& meta);

// ---- guardrails (KR-GUARDRAIL-TRIPPED; S3 §2C: if a guardrail trips, the OKR pauses)

// A guardrail node whose value is past its threshold.
bool guardrailBreached(const Node& node);
// The breached guardrail a key result depends on: walking up from its driver (node index
// `driver` of `tree`), a breached node on the way or a breached guardrail linked into one.
// `mark` (one entry per node, every entry below `stamp`) and `stack` are the caller's scratch.
const Node* trippedGuardrail(const Plan& plan, const TreeIndex& tree, int driver,
                             std::vector<int>& mark, int stamp, std::vector<int>& stack);
// The same for a key result of `plan`; nullptr when none is breached or it has no driver.
const Node* trippedGuardrail(const Plan& plan, const KeyResult& kr);

// ---- what is at risk (S4: the weekly meeting discusses only what is at risk)

enum class RiskKind { ConfidenceDrop, BelowCommitted, OffPace, GuardrailTripped };

struct RiskItem {
    ObjectiveId objective;
    KeyResultId kr;
    RiskKind kind = RiskKind::ConfidenceDrop;
    std::string why;  // a plain sentence naming the key result and the numbers
};

// Key results whose confidence dropped or sits below the committed threshold (check-ins up to
// `today`), that are off the expected pace on `today` (kPaceTolerance), or whose guardrail is
// breached — and nothing else. One item per key result and reason, in plan order. The plan's
// rule settings do not hide anything here.
std::vector<RiskItem> atRisk(const Plan& plan, Date today);

// ---- the weekly meeting: S3 §5's 45-minute skeleton, S4's 15-minute segment, S2's three questions

struct AgendaItem {
    const char* title;
    int minutes;
    const char* what;  // what to do in that slot
};
// The items of a format, in order. S3 gives its slots' minutes; S4 gives the segment's 15 minutes
// and "discuss only what is at risk" but not its parts, and S2 gives its three questions but no
// minutes: those splits are the product's (README, "The quarter's rhythm").
const std::vector<AgendaItem>& meetingAgenda(Meeting format = Meeting::Agenda45);
// The plan's format: its own, else S3's agenda.
Meeting meetingOf(const PlanMeta& meta);

// S2's second question, "what did it do to our key results?": each key result checked in within
// the seven days up to `today`, its value then and at the check-in before (the baseline when there
// is none), in plan order. Paused and retired key results are left out.
struct WeeklyMove {
    KeyResultId kr;
    std::string label;  // "O1 KR2"
    std::optional<double> before;
    double now = 0;
};
std::vector<WeeklyMove> movesThisWeek(const Plan& plan, Date today);

// ---- S2: the end-of-quarter retrospective

// S2's three questions, in its order.
const std::vector<std::string>& retrospectiveQuestions();
// The plan's answer to a question; "" when unanswered.
std::string retrospectiveAnswer(const Plan& plan, const std::string& question,
                                std::optional<int> week = std::nullopt);

// ---- mid-quarter adjustments (S2 "handling surprises", S4 "adjusting mid-quarter")

// A log entry for `plan` (its ID left empty for addAdjustment / applyAdjustment to assign). A
// pivot of a key result records the KR's current target as originalTarget beside newTarget;
// other adjustments carry no targets.
Adjustment makeAdjustment(const Plan& plan, TargetKind kind, const std::string& targetId,
                          AdjustmentAction action, AdjustmentCause cause, std::string reason,
                          Date date, std::optional<double> newTarget = std::nullopt);
// S4's three questions before adjusting (FAQ "adjusting mid-quarter"), in its order.
const std::vector<std::string>& adjustmentQuestions();

// What the review decided for a key result: the latest adjustment of it or of its objective dated
// up to `asOf` (every one when empty; one without a real date counts as the earliest) — a pause
// pauses it, a retirement retires it (S4 FAQ: retire an irrelevant KR explicitly), a persist or
// a pivot makes it active again; but a key result retired stays retired whatever its objective
// is decided later, until a persist or pivot of the key result itself. A paused or retired key
// result is not stale, not at risk and not expected at a check-in; a retired one is left out of its
// objective's score.
enum class Standing { Active, Paused, Retired };
Standing standingOf(const Plan& plan, const Objective& objective, const KeyResult& kr,
                    std::optional<Date> asOf = std::nullopt);

// S4's mid-quarter review (weeks 6–7 of a 13-week quarter): due on a day in the two weeks that
// end at the middle week of a period of at least six weeks — weeks m − 1 and m with m = ⌈n/2⌉:
// 6–7 of 13, 3–4 of 8. Never before the start or after the end.
bool midQuarterReviewDue(const PlanMeta& meta, Date today);

// S4's caution for a pause or pivot caused by an execution shortfall ("adjust for external
// changes, not execution shortfalls"); "" for anything else.
const char* adjustmentAdvice(const Adjustment& adjustment);

// ---- start next quarter

// The period after the plan's: it starts the day after the end and lasts as many whole months when
// the period is whole months (Apr 1 … Jun 30 → Jul 1 … Sep 30), else as many days. Empty without
// a period.
std::optional<std::pair<Date, Date>> nextPeriod(const PlanMeta& meta);

// The plan's title for the next period: a quarter it names moves on ("Q2" → "Q3", "Q4 2026" →
// "Q1 2027"); otherwise the new start's calendar quarter is appended ("Plan (Q3 2026)").
std::string nextQuarterTitle(const std::string& title, Date newStart);

// A new plan for newStart … newEnd made from `plan`, which is left as it is (the UI offers it for
// download). It keeps the meta (new title and period), strategy, economics, tree and rule
// settings, and the objectives listed in `carried` (in plan order, IDs unchanged). In each of
// their key results the final value (currentValue) becomes the baseline; check-ins, current
// value, a milestone's "done", the score override and the due date (it belonged to the old
// period) are cleared; the target stays for the team to reset. References to objectives and key
// results not carried are dropped (parents, contributions, initiative links); initiatives that
// served only dropped key results go, untriaged requests stay. The adjustment log and the
// retrospective belong to the old quarter and stay in its file.
Plan startNextQuarter(const Plan& plan, const std::vector<ObjectiveId>& carried, Date newStart,
                      Date newEnd);

// ---- an example run now

// `plan` as if it were being run in the calendar quarter that holds `today`: the period becomes
// that quarter, every other date (due dates, check-ins, adjustments) moves by as many days as the
// start did, a quarter the title names becomes today's ("Q2" → "Q4", with its year), and
// check-ins and adjustments dated after today are left out — they have not happened yet. A plan
// without a period, or an invalid `today`, is returned as it is. The app opens its first example
// this way, so a new visitor sees a quarter under way rather than one long past.
Plan inQuarterOf(const Plan& plan, Date today);

}  // namespace okr
