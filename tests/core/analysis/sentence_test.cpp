// The KR sentence parser on the seeds' own key results (S0, S2, S3, S4) and on hostile bytes.
#include <doctest/doctest.h>

#include <random>

#include "analysis/sentence.h"

using okr::Bound;
using okr::Date;
using okr::Direction;
using okr::KrKind;
using okr::parseKrSentence;

namespace {

const okr::SentenceContext kQ2{Date{2026, 4, 1}, Date{2026, 6, 30}};

}  // namespace

TEST_CASE("from X to Y with units (S4 templates, TalentSync)") {
    auto s = parseKrSentence("Reduce median time-to-first-sequence from 12 days to 4 days");
    CHECK(s.baseline == 12);
    CHECK(s.target == 4);
    CHECK(s.unit == "days");
    CHECK(s.fromTo);
    CHECK(s.direction == Direction::Decrease);
    CHECK(s.verbDirection == Direction::Decrease);
    CHECK(s.kind == KrKind::Metric);

    s = parseKrSentence("Grow net revenue retention from 101% to 115%");
    CHECK(s.baseline == 101);
    CHECK(s.target == 115);
    CHECK(s.unit == "%");
    CHECK(s.direction == Direction::Increase);

    s = parseKrSentence("Reduce blended CAC from $1,200 to $780");
    CHECK(s.baseline == 1200);
    CHECK(s.target == 780);
    CHECK(s.unit == "$");
    CHECK(s.hasCurrency);

    s = parseKrSentence("Improve LTV:CAC ratio from 2.4x to 3.8x");
    CHECK(s.baseline == doctest::Approx(2.4));
    CHECK(s.target == doctest::Approx(3.8));
    CHECK(s.unit == "x");

    s = parseKrSentence(
        "Reduce inbound support tickets during trial from 120/week to under 45/week");
    CHECK(s.baseline == 120);
    CHECK(s.target == 45);
    CHECK(s.bound == Bound::AtMost);
    CHECK(s.unit == "/week");
}

TEST_CASE("the target first, then where it starts: to Y from X") {
    auto s = parseKrSentence("Increase unit test coverage to 75 % from current 45 %");
    CHECK(s.baseline == 45);
    CHECK(s.target == 75);
    CHECK(s.unit == "%");
    CHECK(s.fromTo);
    s = parseKrSentence("Grow weekly active teams to 1,200, up from 800");
    CHECK(s.baseline == 800);
    CHECK(s.target == 1200);
    s = parseKrSentence("Cut churn to 2% (from 3.5% today)");
    CHECK(s.baseline == 3.5);
    CHECK(s.target == 2);
    CHECK(s.direction == Direction::Decrease);
    s = parseKrSentence("Reach a Net Promoter Score of 65, up from today's 45");
    CHECK(s.baseline == 45);
    CHECK(s.target == 65);
    // A "from" that names a source is no start: "5 engineers from 3 agencies".
    s = parseKrSentence("Hire 5 engineers from 3 agencies");
    CHECK_FALSE(s.baseline);
    CHECK(s.target == 5);
    // "from X to Y" later in the sentence wins over a number before it.
    s = parseKrSentence("Cut disputes on orders in their first 90 days from 1.5 to 1.1 per 1,000");
    CHECK(s.baseline == 1.5);
    CHECK(s.target == 1.1);
}

TEST_CASE("percent in two words, and a count that doubles or quadruples") {
    auto s = parseKrSentence("Lift Year 12 completion to 94 per cent");
    CHECK(s.target == 94);
    CHECK(s.unit == "%");
    s = parseKrSentence("Quadruple subscription revenue over last year");
    CHECK(s.relativeChange == 3.0);
    s = parseKrSentence("Streamline quoting so yearly income doubles");
    CHECK(s.relativeChange == 1.0);
}

TEST_CASE("a relative change and where it starts, with no 'to'") {
    auto s = parseKrSentence("Reduce customer acquisition cost by 20% from $300");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(-0.2));
    REQUIRE(s.baseline);
    CHECK(*s.baseline == 300);
    CHECK(s.targetFrom(s.baseline) == doctest::Approx(240));
    s = parseKrSentence("Grow weekly sign-ups from 1,200 by a quarter");
    REQUIRE(s.baseline);
    CHECK(*s.baseline == 1200);
    // Without a relative change, "from" is not where something starts; nor is a year.
    s = parseKrSentence("Hire 5 engineers from 3 agencies");
    CHECK_FALSE(s.baseline);
    s = parseKrSentence("Double externally funded research spending from 2021");
    CHECK(s.relativeChange == 1.0);
    CHECK_FALSE(s.baseline);
}

TEST_CASE("the number of a heading that opens the text is a label") {
    auto s = parseKrSentence("KPI 1: Make sure back-office help keeps research going");
    CHECK_FALSE(s.target);
    CHECK(s.empty());
    s = parseKrSentence("Goal 2: Hire 3 nurses");
    REQUIRE(s.target);
    CHECK(*s.target == 3);
    // A verb that can head a list is still a verb with its count.
    s = parseKrSentence("Target 500 new sign-ups by June");
    REQUIRE(s.target);
    CHECK(*s.target == 500);
    s = parseKrSentence("Priority 4 – cut churn from 5% to 3%");
    REQUIRE(s.baseline);
    CHECK(*s.baseline == 5);
    CHECK(*s.target == 3);
}

TEST_CASE("a change said in a clause, or so many times over with no 'by'") {
    auto s = parseKrSentence("Repeat orders rise by a third");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(1.0 / 3.0));
    CHECK_FALSE(s.target);
    s = parseKrSentence("Unplanned outages drop by 20%");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(-0.2));
    s = parseKrSentence("Grow revenue 3x");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(2.0));
    // A figure that is no multiple stays what it was.
    s = parseKrSentence("Members stand by 3 principles");
    CHECK_FALSE(s.relativeChange);
}

TEST_CASE("arrows (S3 worked examples)") {
    auto s =
        parseKrSentence("KR1: Increase SQL→Won win rate from 18% → 23% (±1 pp) in MM segment.");
    CHECK(s.baseline == 18);
    CHECK(s.target == 23);
    CHECK(s.unit == "%");
    CHECK(s.fromTo);

    s = parseKrSentence("Cycle 54 → 42 d");
    CHECK(s.baseline == 54);
    CHECK(s.target == 42);
    CHECK(s.unit == "days");
    CHECK(s.direction == Direction::Decrease);

    s = parseKrSentence("Increase returning\u2011customer orders from 3,400 -> 4,100/week.");
    CHECK(s.baseline == 3400);
    CHECK(s.target == 4100);
    CHECK(s.unit == "/week");

    // Day‑30 and Week‑1 (non-breaking hyphens) are labels, not values.
    s = parseKrSentence("Lift Day\u201130 retention from 41% \u2192 48% for SMB segment.");
    CHECK(s.baseline == 41);
    CHECK(s.target == 48);
    s = parseKrSentence("D30 retention 41% → 48%");
    CHECK(s.baseline == 41);
    CHECK(s.target == 48);
}

TEST_CASE("targets without a from: to, of, bounds, counts") {
    auto s = parseKrSentence("Increase organic trial signups from SEO to 200/month (baseline: 85)");
    CHECK(s.baseline == 85);
    CHECK(s.target == 200);
    CHECK(s.unit == "/month");
    CHECK_FALSE(s.fromTo);

    s = parseKrSentence(
        "Reduce average customer acquisition cost from outbound to under $900 (baseline: $1,400)");
    CHECK(s.baseline == 1400);
    CHECK(s.target == 900);
    CHECK(s.bound == Bound::AtMost);

    s = parseKrSentence(
        "Achieve a Day-3 activation rate of 45% (users who complete core workflow)");
    CHECK(s.target == 45);
    CHECK(s.unit == "%");

    // "no fewer than" is a floor, whatever "fewer than" alone says.
    s = parseKrSentence("Run no fewer than 4 hands-on classes each month");
    CHECK(s.target == 4);
    CHECK(s.bound == Bound::AtLeast);

    s = parseKrSentence("Achieve less than 2% logo churn in Q (baseline: 4.5%)");
    CHECK(s.target == 2);
    CHECK(s.baseline == doctest::Approx(4.5));
    CHECK(s.bound == Bound::AtMost);
    CHECK(s.direction == Direction::Decrease);

    s = parseKrSentence("Achieve outbound-sourced CAC under $800");
    CHECK(s.target == 800);
    CHECK(s.unit == "$");
    CHECK(s.direction == Direction::Decrease);

    s = parseKrSentence("Book 45 qualified discovery calls from outbound sequences");
    CHECK(s.target == 45);
    s = parseKrSentence("Expand 12 existing accounts to higher-tier plans");
    CHECK(s.target == 12);
    s = parseKrSentence(
        "Generate 55 qualified referral leads from existing customers (baseline: 8)");
    CHECK(s.target == 55);
    CHECK(s.baseline == 8);
    s = parseKrSentence("Identify and activate 20 champion customers who each refer at least 2");
    CHECK(s.target == 20);

    s = parseKrSentence("Grow qualified pipeline to $480K (1.6x current monthly quota coverage)");
    CHECK(s.target == 480000);
    s = parseKrSentence("mROAS (YouTube) ≥ 1.6 in lift test");
    CHECK(s.target == doctest::Approx(1.6));
    CHECK(s.bound == Bound::AtLeast);
    s = parseKrSentence("Achieve 90%+ lead data completeness");
    CHECK(s.target == 90);
    CHECK(s.bound == Bound::AtLeast);
    s = parseKrSentence("Achieve an average onboarding CSAT score of 8.4 / 10 (baseline: 6.7)");
    CHECK(s.target == doctest::Approx(8.4));
    CHECK(s.baseline == doctest::Approx(6.7));
}

TEST_CASE("S2's sentences: dollars, percent words, ranges, guardrails, relative change") {
    auto s = parseKrSentence("average revenue per account from 112 dollars to 128 dollars");
    CHECK(s.baseline == 112);
    CHECK(s.target == 128);
    CHECK(s.unit == "$");
    s = parseKrSentence("free to paid conversion from 3.1 percent to 3.8 percent");
    CHECK(s.baseline == doctest::Approx(3.1));
    CHECK(s.unit == "%");
    s = parseKrSentence("support tickets per 1000 users not to exceed 85");
    CHECK(s.target == 85);
    CHECK(s.bound == Bound::AtMost);
    CHECK(s.kind == KrKind::Maintain);
    s = parseKrSentence("billable utilization in target range 72 to 78 percent");
    CHECK(s.bandLow == 72);
    CHECK(s.bandHigh == 78);
    CHECK(s.kind == KrKind::Maintain);
    s = parseKrSentence("12-month regretted attrition under 6 percent");
    CHECK(s.target == 6);
    CHECK(s.bound == Bound::AtMost);
    s = parseKrSentence("grow organic signups from content from 400 to 650 per week");
    CHECK(s.baseline == 400);
    CHECK(s.target == 650);
    CHECK(s.unit == "/week");
    s = parseKrSentence("increase search impressions by 25 percent");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(0.25));
    CHECK(s.targetFrom(400.0) == doctest::Approx(500));
    // A share said in words is the same relative target.
    s = parseKrSentence("Cut total packaging weight by at least a fifth");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(-0.2));
    s = parseKrSentence("Grow repeat orders by a third");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(1.0 / 3));
    s = parseKrSentence("Reduce refund rate by 30%");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(-0.30));
    CHECK(s.direction == Direction::Decrease);
    s = parseKrSentence(
        "Secure commitments representing at least 30 million dollars in annual spend");
    CHECK(s.target == 30e6);
    CHECK(s.unit == "$");
    s = parseKrSentence("Reduce API p99 latency from 1.4s to 400ms");
    CHECK(s.baseline == doctest::Approx(1400));
    CHECK(s.target == 400);
    CHECK(s.unit == "ms");
    CHECK(s.direction == Direction::Decrease);
    s = parseKrSentence("Maintain 10% monthly Amazon sales growth");
    CHECK(s.kind == KrKind::Maintain);
    CHECK(s.target == 10);
    s = parseKrSentence("Verify analytics coverage and definitions for all planned KRs");
    CHECK(s.kind == KrKind::Baseline);
}

TEST_CASE("due dates after by / before / until") {
    CHECK(parseKrSentence("Win rate 18% → 23% by 2026-06-30").due == Date{2026, 6, 30});
    CHECK(parseKrSentence("Win rate 18% → 23% by Jun 30", kQ2).due == Date{2026, 6, 30});
    CHECK(parseKrSentence("Win rate 18% → 23% by June 15th", kQ2).due == Date{2026, 6, 15});
    CHECK(parseKrSentence("Win rate 18% → 23% by 30 June 2027").due == Date{2027, 6, 30});
    CHECK(parseKrSentence("Win rate 18% → 23% by end of Q2", kQ2).due == Date{2026, 6, 30});
    CHECK(parseKrSentence("Win rate 18% → 23% by end of Q3 2026").due == Date{2026, 9, 30});
    CHECK(parseKrSentence("Win rate up by end of quarter", kQ2).due == Date{2026, 6, 30});
    CHECK(parseKrSentence("Ship it by EOQ", kQ2).due == Date{2026, 6, 30});
    CHECK(parseKrSentence("Done by end of May", kQ2).due == Date{2026, 5, 31});
    // A year after "end of" is that year's last day, not a target of 2,026.
    const okr::KrSentence endOfYear = parseKrSentence("Accredited by the end of 2027", kQ2);
    CHECK(endOfYear.due == Date{2027, 12, 31});
    CHECK_FALSE(endOfYear.target);
    CHECK(parseKrSentence("Verify analytics coverage by end of Week 2", kQ2).due ==
          Date{2026, 4, 14});
    CHECK(parseKrSentence("signed research agreements by Week 6", kQ2).due == Date{2026, 5, 12});
    // A date is not a target; a month without the period's year cannot be placed.
    auto s = parseKrSentence("Increase win rate to 23% by Jun 30", kQ2);
    CHECK(s.target == 23);
    CHECK_FALSE(parseKrSentence("by Jun 30").due);
    CHECK_FALSE(parseKrSentence("by Feb 30", kQ2).due);
    // A period that crosses the year: January is the next one.
    const okr::SentenceContext winter{Date{2026, 11, 1}, Date{2027, 1, 31}};
    CHECK(parseKrSentence("by Jan 15", winter).due == Date{2027, 1, 15});
}

TEST_CASE("sentences without numbers suggest nothing numeric") {
    auto s = parseKrSentence("Increase trial-to-paid conversion rate");
    CHECK_FALSE(s.baseline);
    CHECK_FALSE(s.target);
    CHECK(s.verbDirection == Direction::Increase);
    s = parseKrSentence(
        "Increase % of trial users completing first automated sequence within 7 days");
    CHECK_FALSE(s.target);
    CHECK(parseKrSentence("").empty());
    CHECK(parseKrSentence("   ").empty());
    s = parseKrSentence("Identify 3 pain clusters shared by 80% of ICP interviews");
    CHECK_FALSE(s.relativeChange);
    CHECK(s.target == 3);
}

TEST_CASE("an age names who the key result is about, not a value to reach") {
    // Found on a public-health plan: the target field read 64 instead of 80%.
    auto s = parseKrSentence("Screen 80% of women aged 25 to 64 for cervical cancer");
    CHECK(s.target == 80);
    CHECK_FALSE(s.baseline);
    s = parseKrSentence("Lower early deaths from lung disease among people aged 35 to 74");
    CHECK_FALSE(s.target);
    CHECK_FALSE(s.baseline);
    CHECK_FALSE(parseKrSentence("Reduce falls among residents over 65").target);
    CHECK_FALSE(parseKrSentence("Cut loneliness among people aged 75 and over").target);
    s = parseKrSentence("Cut smoking among 16-24 year olds from 20% to 15%");
    CHECK(s.baseline == 20);
    CHECK(s.target == 15);
    CHECK(parseKrSentence("Raise the employment rate of people aged 50-64 to 70%").target == 70);
    CHECK(parseKrSentence("Vaccinate 90% of children under 5 by June").target == 90);
    // A count over a figure is still the target: members are not an age.
    CHECK(parseKrSentence("Grow members over 500").target == 500);
}

TEST_CASE("a day of a month is part of its date, not a value") {
    auto s = parseKrSentence("Run a supporter drive from 1 September to 31 October");
    CHECK_FALSE(s.baseline);
    CHECK_FALSE(s.target);
    s = parseKrSentence("Raise NPS from 30 to 45 by 31 October", kQ2);
    CHECK(s.baseline == 30);
    CHECK(s.target == 45);
    CHECK(s.due);
    CHECK(parseKrSentence("Sell 30 tickets on 12 May").target == 30);
}

TEST_CASE("a bar passed, a multiple of today and a time said first") {
    auto s = parseKrSentence("Push membership past the 250 mark");
    CHECK(s.target == 250);
    CHECK(s.bound == okr::Bound::AtLeast);
    // "the past 3 months" looks back; the bar is "below 2%".
    CHECK(parseKrSentence("Keep churn over the past 3 months below 2%").target == 2);
    s = parseKrSentence("Grow the company to four times its present size");
    REQUIRE(s.relativeChange);
    CHECK(*s.relativeChange == doctest::Approx(3.0));
    CHECK(parseKrSentence("Grow revenue to 3 times its current level").relativeChange ==
          doctest::Approx(2.0));
    // When comes first: the verb after the comma still says which way.
    CHECK(parseKrSentence("Within seven years, grow revenue to four times its present level")
              .relativeChange == doctest::Approx(3.0));
    CHECK(parseKrSentence("Over the next two years, double our membership").relativeChange ==
          doctest::Approx(1.0));
}

TEST_CASE("a share said in words is the level to reach, an ordinal or a time is not") {
    auto s = parseKrSentence("Raise the subscription business to two-fifths of total revenue");
    REQUIRE(s.target);
    CHECK(*s.target == doctest::Approx(40));
    CHECK(s.unit == "%");
    CHECK(parseKrSentence("Raise employee ownership to a quarter by 2022").target ==
          doctest::Approx(25));
    CHECK(parseKrSentence("A quarter of our revenue is earned through online orders").target ==
          doctest::Approx(25));
    CHECK(parseKrSentence("Grow repeat buyers to three quarters of all buyers").target ==
          doctest::Approx(75));
    // An ordinal, a fraction of an earlier level, a time: no target.
    CHECK_FALSE(parseKrSentence("Expand to a third city this year").target);
    CHECK_FALSE(parseKrSentence("Move payroll to a third-party provider").target);
    CHECK_FALSE(parseKrSentence("Cut churn to half of last year's level").target);
    CHECK_FALSE(parseKrSentence("Cut waiting to a quarter of an hour").target);
    CHECK_FALSE(parseKrSentence("Shorten the cycle to a quarter").target);
}

TEST_CASE("numbers parse the way people write them") {
    CHECK(parseKrSentence("to 1,100").target == 1100);
    CHECK(parseKrSentence("to .5").target == doctest::Approx(0.5));
    CHECK(parseKrSentence("to €5k").target == 5000);
    CHECK(parseKrSentence("to €5k").unit == "€");
    CHECK(parseKrSentence("to £80").unit == "£");
    CHECK(parseKrSentence("to $1.2M").target == doctest::Approx(1.2e6));
    CHECK(parseKrSentence("from -5% to 3%").baseline == -5);
    CHECK(parseKrSentence("to 12 mo").unit == "months");
    CHECK(parseKrSentence("to 15 calls/month").unit == "calls/month");
    CHECK_FALSE(parseKrSentence("to 99999999999999999999999999999999").target);
}

TEST_CASE("the parser survives any bytes") {
    std::mt19937 rng(1234);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> len(0, 1500);
    const std::string pieces[] = {"from ",
                                  " to ",
                                  "→",
                                  "->",
                                  "%",
                                  "$",
                                  "€",
                                  "by ",
                                  "end of ",
                                  "Q",
                                  "Week ",
                                  "1,",
                                  "9",
                                  ".",
                                  "-",
                                  "\xE2\x80\x91",
                                  "Jun ",
                                  "under ",
                                  "not to exceed ",
                                  "/",
                                  "per ",
                                  "between ",
                                  " and "};
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int n = len(rng);
        for (int i = 0; i < n; ++i) {
            if (byte(rng) < 64)
                text += pieces[static_cast<std::size_t>(byte(rng)) % std::size(pieces)];
            else
                text += static_cast<char>(byte(rng));
        }
        const okr::SentenceContext ctx{Date{9999, 12, 31}, Date{1, 1, 1}};
        const auto s = parseKrSentence(text, round % 2 ? ctx : kQ2);
        if (s.target) CHECK(std::isfinite(*s.target));
        if (s.baseline) CHECK(std::isfinite(*s.baseline));
        if (s.due) CHECK(okr::isValidDate(s.due->year, s.due->month, s.due->day));
    }
}

TEST_CASE(
    "the unit offered with a sentence's numbers is the field's only when the sentence can mean "
    "it") {
    const auto offered = [](const char* title, const char* fieldUnit) {
        return okr::offeredUnit(title, okr::parseKrSentence(title), fieldUnit);
    };
    // The sentence counts people: its number is not in days.
    CHECK(offered("More than 35,000 people across the districts benefit from the project",
                  "days") == "");
    // The field's unit named in the sentence, or nothing but the sentence going on after the
    // number.
    CHECK(offered("Book 45 qualified discovery calls from outbound sequences", "calls/month") ==
          "calls/month");
    CHECK(offered("Reduce median time to first sequence from 12 to 4", "days") == "days");
    CHECK(offered("Grow weekly active teams to 300", "teams") == "teams");
    // The sentence's own unit first.
    CHECK(offered("Lift trial conversion from 14% to 22%", "days") == "%");
}

TEST_CASE("a start given in brackets or as today's value is the baseline") {
    const okr::KrSentence a =
        okr::parseKrSentence("Double my wedding bookings from last year (7 to 14) by 31 December");
    REQUIRE(a.baseline);
    CHECK(*a.baseline == 7);
    const okr::KrSentence b = okr::parseKrSentence("CSAT stays at or above 95% (95% today)");
    REQUIRE(b.baseline);
    CHECK(*b.baseline == 95);
    const okr::KrSentence c = okr::parseKrSentence("Grow weekly active teams to 400");
    CHECK_FALSE(c.baseline);
}

TEST_CASE("a start in brackets after the level, '(from 20%)', is the baseline") {
    const okr::KrSentence a = okr::parseKrSentence(
        "Half of food bank clients referred to debt advice attend a follow-up (from 20%)");
    REQUIRE(a.baseline);
    CHECK(*a.baseline == 20);
    REQUIRE(a.target);
    CHECK(*a.target == 50);
}

TEST_CASE("a number that says which ones a measure counts is neither target nor date") {
    const okr::KrSentence a =
        okr::parseKrSentence("Increase the share of customers who buy again within 30 days");
    CHECK_FALSE(a.target);
    CHECK_FALSE(a.due);
    const okr::KrSentence b = okr::parseKrSentence(
        "Raise the percentage of orders shipped within 24 hours to 95% by June");
    REQUIRE(b.target);
    CHECK(*b.target == 95);
}

TEST_CASE("a share of today's value said as a rise, a drop or more than last time is relative") {
    const auto change = [](const char* text) {
        const auto s = parseKrSentence(text);
        CAPTURE(text);
        CHECK_FALSE(s.target);
        return s.relativeChange.value_or(0.0);
    };
    CHECK(change("A 25% rise in engagement on our social media channels") == doctest::Approx(0.25));
    CHECK(change("A 10% drop in churn") == doctest::Approx(-0.10));
    CHECK(change("Members publish 40% more posts than last quarter") == doctest::Approx(0.40));
    CHECK(change("Raise Instagram clicks 20% over last quarter") == doctest::Approx(0.20));
    CHECK(change("Lift readership 10% each month") == doctest::Approx(0.10));
    CHECK(parseKrSentence("Raise the completion rate to 25% over the year").target == 25.0);
}
