// KR, objective and plan scores, S4's bands and readings, the stretch calculator; see score.h.
#include "analysis/score.h"

#include <algorithm>
#include <cmath>

namespace okr {

namespace {

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

// Calendar order without day arithmetic, so that any stored values compare safely.
bool earlier(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

double clamp01(double v) { return std::min(1.0, std::max(0.0, v)); }

}  // namespace

const std::vector<Band>& scoreBands() {
    static const std::vector<Band> bands = {
        {1.0, "1.0", "Exceeded target",
         "Goal was too conservative, or team dramatically outperformed",
         "Celebrate; set more ambitious targets next quarter"},
        {0.7, "0.7–0.9", "Hit target / strong progress",
         "Right level of ambition, strong execution", "Celebrate; understand what worked"},
        {0.5, "0.5–0.6", "Meaningful progress but missed target",
         "Ambition was right; execution had gaps",
         "Diagnose specific blockers; adjust resourcing or approach"},
        {0.3, "0.3–0.4", "Limited progress",
         "Goal may have been unrealistic, or key dependencies failed",
         "Major retrospective; reconsider approach or resources"},
        {0.0, "0.0–0.2", "Minimal or no progress",
         "Goal was wrong, execution failed, or circumstances invalidated the goal",
         "Serious retrospective; consider whether this objective is still valid"},
    };
    return bands;
}

const Band& bandOf(double score) {
    const double g = roundGrade(score);
    for (const Band& b : scoreBands())
        if (g >= b.low - 1e-9) return b;
    return scoreBands().back();
}

Reading readScore(Style style, double score) {
    const double g = roundGrade(score);
    if (style == Style::Committed) {
        if (g >= 1.0 - 1e-9) return {Verdict::Met, "Committed and met: the expected 1.0."};
        return {Verdict::Problem,
                "A committed objective expects 1.0: anything less, even 0.7, is a problem to "
                "diagnose."};
    }
    if (g >= 1.0 - 1e-9)
        return {Verdict::TooEasy,
                "1.0 on an aspirational objective: the goal was too easy; stretch further next "
                "quarter."};
    if (g >= 0.6 - 1e-9)
        return {Verdict::Success, "An aspirational objective expects 0.6–0.7: this is a success."};
    return {Verdict::Short, "Below the 0.6–0.7 an aspirational objective expects."};
}

double roundGrade(double score) {
    if (!std::isfinite(score)) return 0;
    return std::round(score * 10.0) / 10.0;
}

double roundHundredth(double score) {
    if (!std::isfinite(score)) return 0;
    return std::round(score * 100.0) / 100.0;
}

std::optional<double> currentValue(const KeyResult& kr) {
    if (finite(kr.current)) return kr.current;
    const Checkin* latest = nullptr;
    for (const Checkin& c : kr.checkins) {
        if (!finite(c.value)) continue;
        if (!latest || !earlier(c.date, latest->date)) latest = &c;
    }
    if (latest) return latest->value;
    return std::nullopt;
}

KrScore scoreKeyResult(const KeyResult& kr, std::optional<double> baseline,
                       std::optional<double> target, std::optional<Direction> direction) {
    KrScore s;
    s.id = kr.id;
    if (!finite(baseline)) baseline = kr.baseline;
    if (!finite(target)) target = kr.target;
    const bool up = (direction ? *direction : directionOf(kr, std::nullopt, baseline, target)) ==
                    Direction::Increase;
    const std::optional<double> current = currentValue(kr);
    s.baseline = finite(baseline) ? baseline : std::nullopt;
    s.target = finite(target) ? target : std::nullopt;
    s.current = current;
    switch (kr.kind) {
        case KrKind::Milestone:
            s.computed = kr.done ? 1.0 : 0.0;
            s.status = ScoreStatus::Scored;
            break;
        case KrKind::Baseline:
            s.computed = (kr.done || current) ? 1.0 : 0.0;
            s.status = ScoreStatus::Scored;
            break;
        case KrKind::Maintain: {
            bool hasLow = finite(kr.bandLow), hasHigh = finite(kr.bandHigh);
            double low = hasLow ? *kr.bandLow : 0.0;
            double high = hasHigh ? *kr.bandHigh : 0.0;
            if (!hasLow && !hasHigh && finite(target)) {
                if (up) {
                    hasLow = true;
                    low = *target;
                } else {
                    hasHigh = true;
                    high = *target;
                }
            }
            if (!hasLow && !hasHigh) {
                s.status = ScoreStatus::NoTarget;
            } else if (!current) {
                s.status = ScoreStatus::NoValue;
            } else {
                const double v = *current;
                const bool inside = (!hasLow || v >= low) && (!hasHigh || v <= high);
                s.computed = inside ? 1.0 : 0.0;
                s.status = ScoreStatus::Scored;
            }
            break;
        }
        case KrKind::Metric:
            if (!finite(target)) {
                s.status = ScoreStatus::NoTarget;
            } else if (!finite(baseline)) {
                s.status = ScoreStatus::NoBaseline;
            } else if (!current) {
                s.status = ScoreStatus::NoValue;
            } else if (*target == *baseline) {
                const bool met = up ? *current >= *target : *current <= *target;
                s.computed = met ? 1.0 : 0.0;
                s.status = ScoreStatus::Scored;
            } else {
                const double p = (*current - *baseline) / (*target - *baseline);
                s.computed = std::isfinite(p) ? clamp01(p) : 0.0;
                s.status = ScoreStatus::Scored;
            }
            break;
    }
    if (s.computed) s.grade = roundGrade(*s.computed);
    if (finite(kr.scoreOverride.score)) {
        s.grade = clamp01(*kr.scoreOverride.score);
        s.overridden = true;
    }
    return s;
}

ObjectiveScore scoreObjective(const Objective& objective, const std::vector<KrScore>& krScores) {
    ObjectiveScore o;
    o.id = objective.id;
    o.style = objective.style;
    o.total = static_cast<int>(krScores.size());
    double sum = 0;
    for (const KrScore& k : krScores) {
        if (!k.grade) continue;
        sum += *k.grade;
        ++o.scored;
    }
    if (o.scored > 0) o.score = sum / o.scored;
    return o;
}

std::optional<double> planScore(const std::vector<ObjectiveScore>& objectives) {
    double sum = 0;
    int n = 0;
    for (const ObjectiveScore& o : objectives) {
        if (!o.score) continue;
        sum += *o.score;
        ++n;
    }
    if (n == 0) return std::nullopt;
    return sum / n;
}

std::optional<double> planScore(const std::vector<ObjectiveScore>& scores,
                                const std::vector<Objective>& objectives) {
    double sum = 0;
    int n = 0;
    for (std::size_t i = 0; i < scores.size() && i < objectives.size(); ++i)
        if (objectives[i].level == Level::Company && scores[i].score) {
            sum += *scores[i].score;
            ++n;
        }
    return n == 0 ? planScore(scores) : std::optional<double>(sum / n);
}

Expectation expectationOf(const KeyResult& kr, Style style) {
    Expectation e;
    if (kr.expectedScore && std::isfinite(*kr.expectedScore)) {
        e.low = e.high = std::clamp(*kr.expectedScore, 0.0, 1.0);
        e.own = true;
    } else if (style == Style::Aspirational) {
        e.low = 0.6;
        e.high = 0.7;
    }
    return e;
}

int againstExpectation(const Expectation& e, double grade) {
    const double g = roundGrade(grade);
    if (g < roundGrade(e.low) - 1e-9) return -1;
    if (g > roundGrade(e.high) + 1e-9) return 1;
    return 0;
}

bool isNoisy(double mu, double sigma, double variation) {
    if (!std::isfinite(mu) || !std::isfinite(sigma)) return false;
    if (mu == 0) return sigma > 0;
    return std::fabs(sigma) / std::fabs(mu) >= variation;
}

Stretch stretchTargets(double mu, double sigma, Direction direction, double noisyVariation) {
    Stretch s;
    const double sign = direction == Direction::Increase ? 1.0 : -1.0;
    const double sd = std::isfinite(sigma) ? std::fabs(sigma) : 0.0;
    const double m = std::isfinite(mu) ? mu : 0.0;
    s.k1 = m + sign * 1.0 * sd;
    s.k15 = m + sign * 1.5 * sd;
    s.k2 = m + sign * 2.0 * sd;
    s.noisy = isNoisy(m, sd, noisyVariation);
    if (s.noisy) {
        s.recommendedLow = std::min(s.k1, s.k15);
        s.recommendedHigh = std::max(s.k1, s.k15);
        s.advice = "A noisy metric: stretch to µ + 1σ … 1.5σ (S3).";
    } else {
        s.recommendedLow = s.recommendedHigh = s.k2;
        s.advice = "A stable metric: stretch to µ + 2σ (S3).";
    }
    return s;
}

}  // namespace okr
