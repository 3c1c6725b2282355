// Plans built in C++ for the rule, score and analysis tests: a clean plan (no violation in the
// startup and teams profiles) made of S3's PLG worked example and S2's monetization example, and
// small helpers to ask which rules fire.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "model/plan.h"

namespace fixtures {

inline okr::Node node(const char* id, const char* name, okr::NodeKind kind, const char* unit,
                      double baseline, okr::Stage stage = okr::Stage::None) {
    okr::Node n;
    n.id = okr::NodeId(id);
    n.name = name;
    n.kind = kind;
    n.stage = stage;
    n.kpi.owner = "Mia Chen";
    n.kpi.source = "Warehouse: metric dictionary";
    n.kpi.unit = unit;
    n.kpi.baseline = baseline;
    n.kpi.cadence = okr::Cadence::Weekly;
    return n;
}

inline okr::Link link(const char* id, const char* from, const char* to,
                      okr::Relation relation = okr::Relation::Influence) {
    okr::Link l;
    l.id = okr::LinkId(id);
    l.from = okr::NodeId(from);
    l.to = okr::NodeId(to);
    l.relation = relation;
    return l;
}

inline okr::Checkin checkin(const char* date, int confidence,
                            std::optional<double> value = std::nullopt) {
    okr::Checkin c;
    c.date = *okr::Date::parse(date);
    c.confidence = confidence;
    c.value = value;
    return c;
}

inline okr::KeyResult kr(const char* id, const char* title, const char* owner, const char* driver,
                         const char* unit, double baseline, double target,
                         okr::Direction direction = okr::Direction::Increase) {
    okr::KeyResult k;
    k.id = okr::KeyResultId(id);
    k.title = title;
    k.owner = owner;
    k.driver = okr::NodeId(driver);
    k.unit = unit;
    k.baseline = baseline;
    k.target = target;
    k.direction = direction;
    k.source = "Warehouse: metric dictionary";
    k.cadence = okr::Cadence::Weekly;
    k.checkins = {checkin("2026-04-06", 8), checkin("2026-04-13", 8)};
    return k;
}

// S3 "PLG SaaS" (objective, KRs, guardrail) and S2's SaaS pricing example, on one tree.
inline okr::Plan cleanPlan() {
    using okr::NodeKind;
    okr::Plan p;
    p.meta.title = "Acme Q2";
    p.meta.client = "Acme";
    p.meta.start = okr::Date{2026, 4, 1};
    p.meta.end = okr::Date{2026, 6, 30};
    p.strategy.vision = "Every small team runs its work in Acme.";
    p.strategy.statement =
        "Activation is the growth throttle: win new workspaces in their first "
        "week, and grow revenue per account without hurting adoption.";
    okr::Theme t1, t2;
    t1.id = okr::ThemeId("t1");
    t1.title = "Activation";
    t2.id = okr::ThemeId("t2");
    t2.title = "Responsible monetization";
    p.strategy.themes = {t1, t2};
    p.economics.currency = "USD";
    p.economics.revenuePerSale = 5000;
    p.economics.lifetimeValue = 9000;

    p.tree.nodes = {
        node("n1", "Weekly activated workspaces", NodeKind::Nsm, "workspaces", 400,
             okr::Stage::Engagement),
        node("n2", "Trial to activation", NodeKind::Driver, "%", 36, okr::Stage::Activation),
        node("n3", "Week-1 checklist completion", NodeKind::Driver, "%", 38,
             okr::Stage::Activation),
        node("n4", "Day-30 retention", NodeKind::Driver, "%", 41, okr::Stage::Engagement),
        node("n5", "Average revenue per account", NodeKind::Driver, "$", 112,
             okr::Stage::Monetization),
        node("n6", "Free to paid conversion", NodeKind::Driver, "%", 3.1, okr::Stage::Monetization),
        node("n7", "Blended CAC", NodeKind::Driver, "$", 1200, okr::Stage::Acquisition),
        node("g1", "Support tickets per 1000 users", NodeKind::Guardrail, "tickets", 70),
    };
    p.tree.nodes[1].kpi.sigma = 5;  // trial → activation: 36% ± 5
    p.tree.nodes[7].guardrail.threshold = 85;
    p.tree.nodes[7].value = 60;
    p.tree.links = {link("l1", "n2", "n1"), link("l2", "n3", "n1"), link("l3", "n4", "n1"),
                    link("l4", "n5", "n1"), link("l5", "n6", "n1"), link("l6", "n7", "n1"),
                    link("l7", "g1", "n1")};

    okr::Objective o1;
    o1.id = okr::ObjectiveId("o1");
    o1.title = "Increase activation and early retention for new workspaces";
    o1.owner = "Priya Shah";
    o1.theme = t1.id;
    o1.keyResults = {
        kr("kr1", "Raise trial→activation from 36% → 44% for new workspaces", "Ana Ruiz", "n2", "%",
           36, 44),
        kr("kr2", "Increase Week-1 checklist completion from 38% → 55%", "Ben Okafor", "n3", "%",
           38, 55),
        kr("kr3", "Lift Day-30 retention from 41% → 48% for SMB segment", "Chloe Martin", "n4", "%",
           41, 48),
    };
    okr::Objective o2;
    o2.id = okr::ObjectiveId("o2");
    o2.title = "Expand responsibly by improving monetization without hurting adoption";
    o2.owner = "Dev Patel";
    o2.theme = t2.id;
    o2.style = okr::Style::Aspirational;
    o2.keyResults = {
        kr("kr4", "Average revenue per account from 112 dollars to 128 dollars", "Eva Novak", "n5",
           "$", 112, 128),
        kr("kr5", "Free to paid conversion from 3.1 percent to 3.8 percent", "Farid Haddad", "n6",
           "%", 3.1, 3.8),
        kr("kr6", "Reduce blended CAC from $1,200 to $780", "Dev Patel", "n7", "$", 1200, 780,
           okr::Direction::Decrease),
    };
    p.objectives = {o1, o2};

    okr::Initiative in;
    in.id = okr::InitiativeId("i1");
    in.title = "First-run checklist and demo data sandbox";
    in.owner = "Ana Ruiz";
    in.keyResults = {okr::KeyResultId("kr1"), okr::KeyResultId("kr2")};
    p.initiatives = {in};
    return p;
}

inline okr::KeyResult& keyResult(okr::Plan& p, std::size_t o, std::size_t k) {
    return p.objectives[o].keyResults[k];
}

// The violations of one rule.
inline std::vector<okr::Violation> violations(const okr::Analysis& a, const char* rule) {
    std::vector<okr::Violation> out;
    for (const auto& v : a.violations)
        if (std::string(v.ruleId()) == rule) out.push_back(v);
    return out;
}

inline int fires(const okr::Plan& p, const char* rule, okr::AnalyzeOptions options = {}) {
    return static_cast<int>(violations(okr::analyze(p, options), rule).size());
}

// "RULE path" of every violation, for exact assertions.
inline std::vector<std::string> summary(const okr::Analysis& a) {
    std::vector<std::string> out;
    for (const auto& v : a.violations) out.push_back(std::string(v.ruleId()) + " " + v.target.path);
    return out;
}

}  // namespace fixtures
