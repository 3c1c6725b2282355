// The key-result rules: KR-ACTIVITY, KR-VANITY, KR-NO-BASELINE, KR-NO-TARGET, KR-NO-DEADLINE,
// KR-NO-OWNER, KR-NO-SOURCE, KR-DIRECTION, KR-BLIND-SOURCE, KR-UNDEFINED-METRIC, KR-AMBITION,
// KR-STALE, KR-CONFIDENCE-DROP, KR-GUARDRAIL-TRIPPED, KR-CPA.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "analysis/checks.h"
#include "analysis/score.h"
#include "rhythm/rhythm.h"

namespace okr::detail {

namespace {

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

bool validDate(const Date& d) { return isValidDate(d.year, d.month, d.day); }

const Node* driverOf(const Context& c, const KrFacts& f) {
    return f.driver >= 0 ? &c.plan.tree.nodes[static_cast<std::size_t>(f.driver)] : nullptr;
}

const KeyResult& kr(const KrFacts& f) { return *f.kr; }

std::string words(const WordText& t, const WordTable::Match& m) {
    std::string s;
    for (std::size_t i = m.start; i < m.start + m.length && i < t.size(); ++i) {
        if (!s.empty()) s += ' ';
        s += t.word(i);
    }
    return s;
}

// An outcome shape: "from X to Y", "X → Y", or a sentence that carries baseline and target.
bool outcomeShape(const KrFacts& f) {
    return f.sentence.fromTo || (f.sentence.baseline && f.sentence.target);
}

void activity(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (k.kind == KrKind::Milestone || k.kind == KrKind::Baseline) return;
    if (k.signal == Signal::Leading || outcomeShape(f)) return;
    WordTable::Match m = c.words.matchAt(f.words, WordClass::ActivityVerb, f.lead);
    if (!m) {
        // A past participle anywhere: "20 blog posts published", "features shipped".
        for (std::size_t i = 0; i < f.words.size() && !m; ++i) {
            const std::string_view w = f.words.word(i);
            if (w.size() > 3 && w.substr(w.size() - 2) == "ed")
                m = c.words.matchAt(f.words, WordClass::ActivityVerb, i);
        }
    }
    if (!m) return;
    c.emit(RuleId::KrActivity, EntityKind::KeyResult, k.id.value, krPath(f, "title"),
           quote(k.title) + " counts work done (\"" + words(f.words, m) +
               "\"), not a change in the world.",
           "Apply the \"so what?\" test: what changes when the work is done? Measure that (S4: "
           "\"Publish 20 blog posts\" becomes \"Increase organic trial signups from SEO to "
           "150/month\") and keep the work as an initiative — or tag the KR leading if it is a "
           "deliberate early proxy (S2).");
}

void vanity(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (f.reaches || k.signal == Signal::Leading) return;
    if (!f.has(WordClass::VanityMetric)) return;
    std::string found;
    if (const WordTable::Match m = c.words.find(f.words, WordClass::VanityMetric))
        found = words(f.words, m);
    else if (const WordTable::Match mm = c.words.find(f.metricWords, WordClass::VanityMetric))
        found = words(f.metricWords, mm);
    if (found.empty()) return;
    c.emit(
        RuleId::KrVanity, EntityKind::KeyResult, k.id.value, krPath(f, "metric"),
        quote(k.title) + " tracks a vanity metric (\"" + found + "\") with no shown link to value.",
        "Show the link to outcomes: link the KR to a driver that reaches the North Star, or "
        "measure what the " +
            found + " should produce (signups, activation, revenue) — S2.");
}

void noBaseline(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (k.kind != KrKind::Metric || f.baseline) return;
    c.emit(RuleId::KrNoBaseline, EntityKind::KeyResult, k.id.value, krPath(f, "baseline"),
           quote(k.title) + " has no baseline: where does it start?",
           "Measure the starting value before committing to the target (S4: audit data "
           "availability first). If it cannot be measured yet, make establishing it a baseline "
           "key result (S2: instrumentation is part of the work).");
}

void noTarget(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (k.kind == KrKind::Metric && !f.target) {
        c.emit(RuleId::KrNoTarget, EntityKind::KeyResult, k.id.value, krPath(f, "target"),
               quote(k.title) + " has no target: nothing says when it is achieved.",
               "Set the target value (S4 formula: [verb] [metric] from [baseline] to [target] by "
               "[date]).");
    } else if (k.kind == KrKind::Maintain && !finite(k.bandLow) && !finite(k.bandHigh) &&
               !f.target && !f.sentence.bandLow) {
        c.emit(RuleId::KrNoTarget, EntityKind::KeyResult, k.id.value, krPath(f, "bandLow"),
               quote(k.title) + " keeps a metric steady but names no band to stay inside.",
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
               quote(k.title) + " has no due date and the plan has no period end to inherit.",
               "Give the plan its period (start and end) or the key result a due date (S4 "
               "formula: … by [date]).");
        return;
    }
    const bool late = hasEnd && *m.end < *f.due;
    const bool early = hasStart && *f.due < *m.start;
    if (!late && !early) return;
    c.emit(RuleId::KrNoDeadline, EntityKind::KeyResult, k.id.value, krPath(f, "due"),
           quote(k.title) + " is due " + f.due->str() + ", outside the plan period " +
               (hasStart ? m.start->str() : std::string("…")) + " – " +
               (hasEnd ? m.end->str() : std::string("…")) + ".",
           "Move the due date inside the period, or move the key result to the plan of the "
           "period it belongs to.");
}

void noOwner(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    std::string msg =
        ownerProblem(c, k.owner, k.title, "needs one directly responsible individual.");
    if (msg.empty()) return;
    c.emit(RuleId::KrNoOwner, EntityKind::KeyResult, k.id.value, krPath(f, "owner"), std::move(msg),
           "Name one person who owns the key result (S2: a directly responsible individual for "
           "each KR; names, not teams).");
}

void noSource(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (!trimmed(k.source).empty()) return;
    const Node* d = driverOf(c, f);
    if (d && !trimmed(d->kpi.source).empty()) return;
    c.emit(RuleId::KrNoSource, EntityKind::KeyResult, k.id.value, krPath(f, "source"),
           quote(k.title) + " names no data source: where will we look to know?",
           "Name the source the number comes from (S0: \"tracked via HubSpot lifecycle stages\"), "
           "or link the KR to a driver whose KPI definition names it.");
}

void direction(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (k.kind != KrKind::Metric) return;
    const char* dir = name(k.direction);
    std::string msg;
    if (f.sentence.verbDirection && *f.sentence.verbDirection != k.direction) {
        msg = quote(k.title) + " reads as " +
              (*f.sentence.verbDirection == Direction::Increase ? "an increase" : "a decrease") +
              " but its direction is " + dir + ".";
    } else if (f.baseline && f.target) {
        const double b = *f.baseline, t = *f.target;
        if (t == b) {
            msg = quote(k.title) + " has a target equal to its baseline (" + valueText(t, f.unit) +
                  "): nothing is to change.";
        } else if ((k.direction == Direction::Increase) != (t > b)) {
            msg = quote(k.title) + " should " + dir + ", but its target " + valueText(t, f.unit) +
                  " is " + (t < b ? "below" : "above") + " its baseline " + valueText(b, f.unit) +
                  ".";
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
           "The source of " + quote(k.title) + (src.empty() ? "" : " (" + quote(src) + ")") +
               " is one we cannot see: we cannot prove the result.",
           "Get access to the source (CRM access, or at least a monthly export from the client — "
           "S0 P3), or choose a key result we can track.");
}

void undefinedMetric(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    if (c.plan.tree.nodes.empty() || f.driver >= 0) return;
    if (k.kind != KrKind::Metric && k.kind != KrKind::Maintain) return;
    const std::string metric = trimmed(k.metric);
    if (!metric.empty()) {
        for (const Node& n : c.plan.tree.nodes) {
            if (n.name.size() != metric.size()) continue;
            bool same = true;
            for (std::size_t i = 0; i < metric.size() && same; ++i)
                same = std::tolower(static_cast<unsigned char>(metric[i])) ==
                       std::tolower(static_cast<unsigned char>(n.name[i]));
            if (same) return;
        }
    }
    c.emit(RuleId::KrUndefinedMetric, EntityKind::KeyResult, k.id.value, krPath(f, "driver"),
           "The metric of " + quote(k.title) + (metric.empty() ? "" : " (" + quote(metric) + ")") +
               " has no KPI definition in the tree.",
           "Link the key result to the tree node that defines its metric (owner, query, unit, "
           "baseline, cadence), or add that node (S3 §2D).");
}

void ambition(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    const Node* node = driverOf(c, f);
    if (k.kind != KrKind::Metric || !node || !finite(node->kpi.sigma) || *node->kpi.sigma <= 0)
        return;
    if (!f.baseline || !f.target) return;
    const double mu = *f.baseline, sigma = *node->kpi.sigma;
    const double sign = k.direction == Direction::Increase ? 1.0 : -1.0;
    const double z = sign * (*f.target - mu) / sigma;
    if (!std::isfinite(z) || (z >= 1.0 - 1e-9 && z <= 2.0 + 1e-9)) return;
    const Stretch s = stretchTargets(mu, sigma, k.direction);
    const double d = (*f.target - mu) / sigma;
    char dt[32];
    std::snprintf(dt, sizeof dt, "%.1f", std::fabs(d));
    const std::string where = std::string("µ ") + (d >= 0 ? "+ " : "− ") + dt + "σ";
    const char* plus = sign > 0 ? "+" : "−";
    const std::string verdict = z < 1.0
                                    ? "below the stretch band: a sandbagged target"
                                    : std::string("beyond µ ") + plus + " 2σ: a wish, not a plan";
    const std::string rec =
        s.recommendedLow == s.recommendedHigh
            ? valueText(s.recommendedLow, f.unit)
            : valueText(s.recommendedLow, f.unit) + "–" + valueText(s.recommendedHigh, f.unit);
    c.emit(RuleId::KrAmbition, EntityKind::KeyResult, k.id.value, krPath(f, "target"),
           "The target " + valueText(*f.target, f.unit) + " of " + quote(k.title) + " is " + where +
               " (µ " + valueText(mu, f.unit) + ", σ " + valueText(sigma, f.unit) + "), " +
               verdict + ".",
           "Set it between " + valueText(s.k1, f.unit) + " (µ " + plus + " 1σ) and " +
               valueText(s.k2, f.unit) + " (µ " + plus + " 2σ); " +
               (s.noisy ? "for this noisy metric" : "for this stable metric") + " S3 suggests " +
               rec + ".");
}

void stale(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    const std::optional<Date> ref = c.options.today ? c.options.today : c.latestCheckin;
    if (!ref) return;
    const std::optional<Staleness> s = staleness(k, c.plan.meta, *ref);
    if (!s) return;
    const std::string since = s->last ? "(last " + s->last->str() + ")"
                                      : "since the period began on " + c.plan.meta.start->str();
    c.emit(RuleId::KrStale, EntityKind::KeyResult, k.id.value, krPath(f, "checkins"),
           quote(k.title) + " has had no check-in for " + std::to_string(s->days) + " days " +
               since + ".",
           "Update value, confidence and blockers every week (S4: a 10–15 minute async update "
           "each Monday).");
}

void confidence(Context& c, const KrFacts& f) {
    const KeyResult& k = kr(f);
    const std::optional<ConfidenceAlert> a = confidenceAlert(k, f.style);
    if (!a) return;
    std::string msg;
    if (a->kind == ConfidenceAlert::Drop) {
        msg = "Confidence in " + quote(k.title) + " fell from " + std::to_string(a->from) +
              "/10 (" + a->fromDate.str() + ") to " + std::to_string(a->now) + "/10 (" +
              a->date.str() + ").";
    } else {
        msg = quote(k.title) + " is committed but its confidence is " + std::to_string(a->now) +
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
               valueText(*hit->guardrail.threshold, hit->kpi.unit) + "): " + quote(k.title) +
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
    for (std::size_t i = 0; i < f.words.size(); ++i)
        if (f.words.word(i) == "payback" || f.words.word(i) == "ratio" || f.words.word(i) == "ltv")
            return;
    if (!currencyUnit(f.unit, c) && !f.sentence.hasCurrency) return;
    const Economics& e = c.plan.economics;
    const double target = *f.target;
    const std::string money = valueText(target, currencyUnit(f.unit, c) ? f.unit : "$");
    const std::string cur = currencyUnit(f.unit, c) ? f.unit : "$";
    std::string msg;
    if (finite(e.lifetimeValue) && *e.lifetimeValue > 0) {
        const double limit = *e.lifetimeValue / 3.0;
        if (target <= limit) return;
        msg = "The acquisition-cost target " + money + " of " + quote(k.title) +
              " is above a third of the lifetime value (" + valueText(*e.lifetimeValue, cur) +
              " / 3 = " + valueText(limit, cur) + ").";
    } else if (finite(e.revenuePerSale) && *e.revenuePerSale > 0) {
        const double limit = 0.15 * *e.revenuePerSale;
        if (target <= limit) return;
        msg = "The acquisition-cost target " + money + " of " + quote(k.title) + " is " +
              valueText(100.0 * target / *e.revenuePerSale, "%") + " of the revenue per sale (" +
              valueText(*e.revenuePerSale, cur) + ").";
    } else {
        msg = "The acquisition-cost target " + money + " of " + quote(k.title) +
              " is set without revenue per sale or lifetime value to judge it.";
    }
    c.emit(RuleId::KrCpa, EntityKind::KeyResult, k.id.value, krPath(f, "target"), std::move(msg),
           "Ground the target in the client's economics (S0 P4: $100 per lead is fine on an $800 "
           "sale, too much on a $400 one; a high LTV justifies more): record revenue per sale and "
           "LTV in the plan's economics and keep CAC within a third of LTV.");
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
}

}  // namespace okr::detail
