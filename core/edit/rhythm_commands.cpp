// The rhythm's undoable edits: a week's check-in, an adjustment, a retrospective answer; see
// rhythm_commands.h.
#include "edit/rhythm_commands.h"

#include <algorithm>
#include <cmath>

#include "model/order.h"
#include "model/validate.h"
#include "rhythm/rhythm.h"

namespace okr {

namespace {

bool refuse(History& h, std::string message) {
    h.setError(std::move(message));
    return false;
}

bool sameCheckin(const Checkin& a, const Checkin& b) {
    return a.date == b.date && a.value == b.value && a.confidence == b.confidence &&
           a.blockers == b.blockers && a.note == b.note;
}

const char* actionLabel(AdjustmentAction a) {
    switch (a) {
        case AdjustmentAction::Pause:
            return "Pause";
        case AdjustmentAction::Pivot:
            return "Pivot";
        case AdjustmentAction::Persist:
            return "Persist";
        case AdjustmentAction::Retire:
            return "Retire";
    }
    return "Adjust";
}

// Position of a question in S2's end-of-quarter list, else in its weekly three questions;
// unknown questions sort after them.
std::size_t questionRank(const std::string& question) {
    const auto& qs = retrospectiveQuestions();
    const auto at = std::find(qs.begin(), qs.end(), question);
    if (at != qs.end()) return static_cast<std::size_t>(at - qs.begin());
    // The weekly review's questions (S2's three-question format), in its order.
    const auto& weekly = meetingAgenda(Meeting::ThreeQuestions);
    for (std::size_t i = 0; i < weekly.size(); ++i)
        if (question == weekly[i].title) return i;
    return qs.size() + weekly.size();
}

}  // namespace

bool recordCheckin(History& h, Plan& plan, const KeyResultId& kr, int week,
                   const CheckinInput& input, Date today) {
    const KeyResult* k = findKeyResult(plan, kr);
    if (!k) return refuse(h, "no key result has the ID \"" + kr.value + "\"");
    const PlanMeta& meta = plan.meta;
    if (!hasPeriod(meta))
        return refuse(h, "the plan has no period: give it a start and an end before checking in");
    const int weeks = weeksInPeriod(meta);
    if (week < 1 || week > weeks)
        return refuse(h, "week " + std::to_string(week) +
                             " is outside the plan's period (weeks 1–" + std::to_string(weeks) +
                             ")");
    if (input.confidence && (*input.confidence < 0 || *input.confidence > 10))
        return refuse(h, "confidence is " + std::to_string(*input.confidence) +
                             "; give a number from 0 to 10");

    Checkin next;
    const Checkin* replaced = nullptr;
    int inThisWeek = 0;
    for (const Checkin& ch : k->checkins) {
        if (!inWeek(meta, ch.date, week)) continue;
        ++inThisWeek;
        if (!replaced || !(ch.date < replaced->date)) replaced = &ch;
    }
    if (inWeek(meta, today, week))
        next.date = today;
    else if (replaced)
        next.date = replaced->date;
    else
        next.date = weekStart(meta, week);
    next.value = input.value;
    next.confidence = input.confidence;
    next.blockers = input.blockers;
    next.note = input.note;
    if (replaced) next.extra = replaced->extra;

    h.setError("");
    if (inThisWeek == 1 && sameCheckin(*replaced, next)) return false;
    return h.apply(
        plan, "Check in week " + std::to_string(week),
        [&](Plan& p) {
            auto& cs = findKeyResult(p, kr)->checkins;
            cs.erase(std::remove_if(cs.begin(), cs.end(),
                                    [&](const Checkin& ch) { return inWeek(meta, ch.date, week); }),
                     cs.end());
            cs.insert(std::upper_bound(
                          cs.begin(), cs.end(), next,
                          [](const Checkin& a, const Checkin& b) { return a.date < b.date; }),
                      next);
            return true;
        },
        "key result:" + kr.value + ".week" + std::to_string(week));
}

AdjustmentId applyAdjustment(History& h, Plan& plan, Adjustment adjustment) {
    const bool onKr = adjustment.targetKind == TargetKind::KeyResult;
    const KeyResultId krId(adjustment.targetId);
    if (onKr ? !findKeyResult(plan, krId)
             : !findObjective(plan, ObjectiveId(adjustment.targetId))) {
        refuse(h, std::string("no ") + (onKr ? "key result" : "objective") + " has the ID \"" +
                      adjustment.targetId + "\"");
        return AdjustmentId();
    }
    if (adjustment.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        refuse(h, "an adjustment needs its reason: what changed, and why this response");
        return AdjustmentId();
    }
    const bool pivotKr = onKr && adjustment.action == AdjustmentAction::Pivot;
    if (pivotKr) {
        if (!adjustment.newTarget || !std::isfinite(*adjustment.newTarget)) {
            refuse(h, "a pivot of a key result needs its new target");
            return AdjustmentId();
        }
        adjustment.originalTarget = findKeyResult(plan, krId)->target;
    }
    const bool taken = std::any_of(plan.adjustments.begin(), plan.adjustments.end(),
                                   [&](const Adjustment& a) { return a.id == adjustment.id; });
    if (adjustment.id.empty() || taken) adjustment.id = AdjustmentId(newId(plan, "a"));
    const std::string label =
        std::string(actionLabel(adjustment.action)) + (onKr ? " key result" : " objective");
    const bool ok = h.apply(plan, label, [&](Plan& p) {
        if (pivotKr) findKeyResult(p, krId)->target = adjustment.newTarget;
        p.adjustments.push_back(adjustment);
        return true;
    });
    return ok ? adjustment.id : AdjustmentId();
}

bool setRetrospectiveAnswer(History& h, Plan& plan, const std::string& question,
                            const std::string& answer, std::optional<int> week) {
    if (question.empty()) return refuse(h, "a retrospective answer needs its question");
    if (week && (!hasPeriod(plan.meta) || *week < 1 || *week > weeksInPeriod(plan.meta)))
        return refuse(h, "week " + std::to_string(*week) + " is outside the plan's period");
    if (question.size() > kMaxTextChars || answer.size() > kMaxTextChars)
        return refuse(h, "a retrospective question or answer is limited to " +
                             std::to_string(kMaxTextChars) + " characters");
    const auto same = [&](const RetroAnswer& a) {
        return a.question == question && a.week == week;
    };
    auto& answers = plan.retrospective;
    const auto it = std::find_if(answers.begin(), answers.end(), same);
    h.setError("");
    if (it == answers.end() ? answer.empty() : it->answer == answer) return false;
    return h.apply(
        plan, week ? "Answer the week's question" : "Answer retrospective question",
        [&](Plan& p) {
            auto& list = p.retrospective;
            auto found = std::find_if(list.begin(), list.end(), same);
            if (answer.empty()) {
                list.erase(found);
            } else if (found != list.end()) {
                found->answer = answer;
            } else {
                RetroAnswer a;
                a.question = question;
                a.answer = answer;
                a.week = week;
                list.push_back(std::move(a));
                // The quarter's answers (no week) first; the weeks' after them, week by week.
                stableSort(list, [](const RetroAnswer& x, const RetroAnswer& y) {
                    const int wx = x.week.value_or(0), wy = y.week.value_or(0);
                    if (wx != wy) return wx < wy;
                    return questionRank(x.question) < questionRank(y.question);
                });
            }
            return true;
        },
        "retrospective:" + (week ? std::to_string(*week) + ":" : std::string()) + question);
}

}  // namespace okr
