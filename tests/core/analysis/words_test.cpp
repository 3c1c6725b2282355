// The word tables and their matcher: stemming, phrase matching, exact entries, extension.
#include <doctest/doctest.h>

#include "analysis/judgement.h"
#include "analysis/words.h"

using okr::WordClass;
using okr::WordTable;
using okr::WordText;

TEST_CASE("the stemmer folds the forms of a verb together") {
    CHECK(okr::stem("launched") == "launch");
    CHECK(okr::stem("launching") == "launch");
    CHECK(okr::stem("launches") == "launch");
    CHECK(okr::stem("Launch") == "launch");
    CHECK(okr::stem("hired") == okr::stem("hire"));
    CHECK(okr::stem("hiring") == okr::stem("hire"));
    CHECK(okr::stem("shipped") == "ship");
    CHECK(okr::stem("shipping") == "ship");
    CHECK(okr::stem("published") == "publish");
    CHECK(okr::stem("publishes") == "publish");
    CHECK(okr::stem("deployed") == okr::stem("deploy"));
    CHECK(okr::stem("companies") == okr::stem("company"));
    CHECK(okr::stem("added") == okr::stem("add"));
    CHECK(okr::stem("business") == "business");
    CHECK(okr::stem("posts") == "post");
    CHECK(okr::stem("is") == "is");
}

TEST_CASE("texts split on anything that is not a letter or digit") {
    const WordText t("Be customer-obsessed — KR1: Launch!");
    REQUIRE(t.size() == 5);
    CHECK(t.word(0) == "be");
    CHECK(t.word(1) == "customer");
    CHECK(t.word(2) == "obsessed");
    CHECK(t.word(3) == "kr1");
    CHECK(t.stemAt(4) == "launch");
    CHECK(t.firstMeaningful(okr::defaultWordTable()) == 0);
    const WordText k("KR1: successfully launched the program");
    CHECK(k.word(k.firstMeaningful(okr::defaultWordTable())) == "launched");
}

TEST_CASE("activity verbs match in every form") {
    const WordTable& w = okr::defaultWordTable();
    for (const char* title :
         {"Publish 20 blog posts", "Launched referral program", "Launching the new onboarding flow",
          "Hire five reps", "Conduct 50 user interviews", "Ship new proposal template",
          "Implement required form fields", "Roll out the new pricing page"}) {
        CAPTURE(title);
        const WordText t(title);
        CHECK(w.matchAt(t, WordClass::ActivityVerb, t.firstMeaningful(w)));
    }
    for (const char* title : {"Increase organic trial signups from SEO to 150/month",
                              "Generate 40 qualified referral leads from existing customers",
                              "Identify 3 statistically validated pain clusters"}) {
        CAPTURE(title);
        const WordText t(title);
        CHECK_FALSE(w.matchAt(t, WordClass::ActivityVerb, t.firstMeaningful(w)));
    }
}

TEST_CASE("vanity metrics are phrases, slogans are exact words") {
    const WordTable& w = okr::defaultWordTable();
    CHECK(w.find(WordText("Grow monthly page views to 1M"), WordClass::VanityMetric));
    CHECK(w.find(WordText("Reach 5,000 registered users"), WordClass::VanityMetric));
    CHECK(w.find(WordText("Double social followers"), WordClass::VanityMetric));
    CHECK_FALSE(w.find(WordText("Increase weekly active teams"), WordClass::VanityMetric));
    CHECK(w.find(WordText("Become the leading platform for SMB"), WordClass::VagueSlogan));
    CHECK(w.find(WordText("Be customer-obsessed"), WordClass::VagueSlogan));
    // "leads" is not the adjective "leading"
    CHECK_FALSE(w.find(WordText("Increase leads from organic search"), WordClass::VagueSlogan));
}

TEST_CASE("a scan reports every class found, in order") {
    const WordTable& w = okr::defaultWordTable();
    const WordText t("Reduce blended CAC from $1,200 to $780 and lift retention");
    const auto hits = w.scan(t);
    CHECK(hits.has(WordClass::DecreaseVerb));
    CHECK(hits.has(WordClass::AcquisitionCost));
    CHECK(hits.has(WordClass::ValueTerm));
    CHECK_FALSE(hits.has(WordClass::VanityMetric));
    const auto cac = hits.first(WordClass::AcquisitionCost, w);
    REQUIRE(cac);
    CHECK(t.word(cac.start) == "cac");
}

TEST_CASE("a user extends the default table") {
    WordTable mine(okr::defaultWordEntries());
    CHECK_FALSE(mine.find(WordText("Grow our TikTok hearts"), WordClass::VanityMetric));
    mine.add({"tiktok heart", WordClass::VanityMetric, false});
    CHECK(mine.find(WordText("Grow our TikTok hearts"), WordClass::VanityMetric));
    const WordTable copy = mine;  // copies stay valid
    CHECK(copy.find(WordText("Grow our TikTok hearts"), WordClass::VanityMetric));
    CHECK(copy.isWord("launches", WordClass::ActivityVerb));
}

TEST_CASE("matching takes any bytes") {
    const std::string junk("\xff\xfe\x00\x80 launch\xe2\x86", 12);
    const WordText t(junk);
    CHECK(t.size() == 1);
    CHECK(okr::defaultWordTable().scan(t).has(WordClass::ActivityVerb));
    CHECK(WordText("").empty());
}

TEST_CASE("common KR words that are not activity or vanity stay quiet") {
    const WordTable& w = okr::defaultWordTable();
    for (const char* title :
         {"Post-purchase NPS from 41 to 50", "Hit 45% Day-3 activation",
          "Registration-to-activation rate from 20% to 30%", "Book 45 qualified discovery calls",
          "Review cycle time under 3 days"}) {
        CAPTURE(title);
        const okr::Judgement j =
            okr::judgeKeyResult(title, okr::readWording(title, w), okr::parseKrSentence(title));
        CHECK(j.keyResult == okr::KeyResultVerdict::Fine);
    }
}

namespace {

okr::KeyResultVerdict verdictOf(const char* title) {
    const WordTable& w = okr::defaultWordTable();
    return okr::judgeKeyResult(title, okr::readWording(title, w), okr::parseKrSentence(title))
        .keyResult;
}

}  // namespace

TEST_CASE("a work verb with no number names a task, whatever it works on") {
    for (const char* title : {"Hire a payments-focused service design lead",
                              "Organise a team day aimed at closer cooperation",
                              "Train the whole helpdesk team on the new billing features"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Deliverable);
    }
    // Done to every one of something within a bound: a share of 100%, not a task.
    CHECK(verdictOf("Fix every rollout-blocking bug within one sprint") ==
          okr::KeyResultVerdict::Fine);
    // A work verb before the measure that ends its phrase names the measure.
    CHECK(verdictOf("Test coverage above 80%") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("how well a thing is done, with no measure, is not a deliverable") {
    for (const char* title :
         {"Answer emails faster", "The inspection app works well without signal",
          "Copes properly when the number of simultaneous bookings spikes",
          "Finding things in the wiki is fast", "The docs site has a clearer structure"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::NotMeasurable);
    }
    // A modifier inside the object is not how the verb is done.
    CHECK(verdictOf("Implement a better contract approval flow for partner deals") ==
          okr::KeyResultVerdict::Deliverable);
    CHECK(verdictOf("Cutting a release takes under 45 minutes") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("clauses of other people and present-tense verbs are not deliverables") {
    for (const char* title :
         {"18 clients who have posted 3 or more jobs",
          "Not one accepted submission ends in an unrecoverable error",
          "Each new service completes a transaction faster than the service it replaces"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) != okr::KeyResultVerdict::Deliverable);
        CHECK(verdictOf(title) != okr::KeyResultVerdict::CountedWork);
    }
    // "one" counts ("at least one …"), except before a unit of time.
    CHECK(verdictOf("Run at least one staff-versus-students match each year") ==
          okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("Improve our exam results from one year to the next") ==
          okr::KeyResultVerdict::NotMeasurable);
}

TEST_CASE("people taken on are our work, however the sentence says it") {
    for (const char* title : {"Bring on 2 full-stack engineers", "4 engineers hired by June",
                              "Staff up: 4 full-time people recruited by the end of Q2",
                              "Hire 25 senior engineers (currently 10)"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::CountedWork);
    }
    // People reached by what we do are not staffing: a movement of customers is an outcome.
    CHECK(verdictOf("Grow paying customers from 10 to 25") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a list number before the text is no value") {
    CHECK(verdictOf("1.1 Publish our theory-of-change paper") ==
          okr::KeyResultVerdict::Deliverable);
    CHECK(!okr::parseKrSentence("1.1 Publish our theory-of-change paper").target);
    CHECK(!okr::parseKrSentence("3) Publish the roadmap").target);
    // A decimal that is the sentence's value stays one: the key result is measurable.
    CHECK(verdictOf("2.5 million monthly active users") == okr::KeyResultVerdict::Fine);
}

namespace {

okr::ObjectiveVerdict objectiveOf(const char* title) {
    const WordTable& w = okr::defaultWordTable();
    return okr::judgeObjective(title, okr::readWording(title, w), okr::parseKrSentence(title))
        .objective;
}

}  // namespace

TEST_CASE("an evaluative adjective with nothing specific beside it is a slogan") {
    for (const char* title : {"Marketing: A strong, effective team.", "Become a successful company",
                              "Build a healthy culture of delivery", "Grow our user community"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Vague);
    }
    // Said of a named segment, or with a constraint, it is no slogan.
    CHECK(objectiveOf("Give small dental clinics in Ontario a solid way to book patients online") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("more of something generic is no more specific than the thing") {
    CHECK(objectiveOf("Sign more customers") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Get more users") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("First-time buyers in Leeds come back for more within a month") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("an abstract -tion head after a verb that only says better is vague") {
    for (const char* title : {"Optimise content moderation", "Strengthen data curation"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Vague);
    }
    // A data-quality dimension is a measure, not an abstraction.
    CHECK(objectiveOf("Improve lead data completeness") == okr::ObjectiveVerdict::Fine);
}

TEST_CASE("making a thing into a state is no work, and a clause of measures alone is no outcome") {
    // "Make" is work on a deliverable ("Make a new landing page"), not when what follows says
    // what it is made into.
    CHECK(objectiveOf("Make the website better") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Make a new landing page") == okr::ObjectiveVerdict::Output);
    // A clause that names only the measure again says nothing concrete.
    CHECK(objectiveOf("Get ready to scale fundraising") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Get ready to grow revenue from schools in Kent") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("another body's verdict is a milestone: done or not done, and rightly binary") {
    const WordTable& w = okr::defaultWordTable();
    for (const char* title :
         {"The annual budget is approved by the trustees",
          "Our new policy, after public consultation, is ratified by the council",
          "Accepted into the regional accelerator programme",
          "Get shortlisted for the national innovation prize",
          "Become an accredited training provider",
          "The external audit closes with a clean opinion"}) {
        CAPTURE(title);
        const okr::Judgement j =
            okr::judgeKeyResult(title, okr::readWording(title, w), okr::parseKrSentence(title));
        CHECK(j.keyResult == okr::KeyResultVerdict::Deliverable);
        CHECK(j.binary);
    }
    // A rank claimed is no verdict; a share of people accepted is an outcome.
    CHECK(verdictOf("Be the recognised leader in rural broadband") !=
          okr::KeyResultVerdict::Deliverable);
    CHECK(verdictOf("80% of applicants accepted within 5 days") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a following, pulls and press attention counted are vanity numbers") {
    for (const char* title : {"Grow our Instagram following by 25%", "Reach 40,000 container pulls",
                              "Get the app mentioned in 5 parenting magazines",
                              "Founder quoted in 10 national papers"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Vanity);
    }
    // A period after "in" is no outlet; "following" as a determiner is no audience.
    CHECK(verdictOf("Pull requests from new contributors reviewed in 2 days") !=
          okr::KeyResultVerdict::Vanity);
    CHECK(verdictOf("Fix the following bugs") == okr::KeyResultVerdict::Deliverable);
}

TEST_CASE("carrying out a named thing is work, and one bare word after the verb says how") {
    for (const char* title : {"Run the spring food fair", "Complete the warehouse relocation",
                              "Finish our quarterly board packs"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Output);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Deliverable);
    }
    CHECK(objectiveOf("Run lean at our current size") != okr::ObjectiveVerdict::Output);
    CHECK(objectiveOf("Deliver reliable broadband to rural homes") !=
          okr::ObjectiveVerdict::Output);
}

TEST_CASE("a movement named as a noun is the verb's objective, not a thing made") {
    CHECK(objectiveOf("Brand awareness enhancement") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Customer loyalty improvement") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Checkout conversion improvement for mobile shoppers in Spain") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("a rating in stars is a quality measure, a count of stars is vanity") {
    CHECK(verdictOf("App Store rating from 4.1 to 4.6 stars") == okr::KeyResultVerdict::Fine);
    CHECK(verdictOf("Raise our average review score to 4.7 stars") == okr::KeyResultVerdict::Fine);
    CHECK(verdictOf("Reach 5,000 GitHub stars") == okr::KeyResultVerdict::Vanity);
}

TEST_CASE("claiming rank number one is a slogan") {
    CHECK(objectiveOf("Be the number one bike shop") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Become the number one tool for budgeting") == okr::ObjectiveVerdict::Vague);
}

TEST_CASE("a clause that only says people like a thing names no outcome") {
    CHECK(objectiveOf("Design a travel experience that guests adore") ==
          okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Build a rota app that porters love") == okr::ObjectiveVerdict::Output);
    // What people then do is an outcome, liked or not.
    CHECK(objectiveOf("Build a rota app that lets porters swap shifts without a manager") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("moving a named metric with no figure and no one it is for is vague") {
    CHECK(objectiveOf("Reduce the refund rate") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Decrease response time") == okr::ObjectiveVerdict::Vague);
    // Said of a segment, or of named people, it is a direction someone can own.
    CHECK(objectiveOf("Reduce the refund rate for annual plans") == okr::ObjectiveVerdict::Fine);
    CHECK(objectiveOf("Reduce the time it takes new tenants to report a repair") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("a number after a name and a cadence are no values") {
    // "Lucene 9" and "SOC 2" name things; "every 2 months" is how often the work is done.
    CHECK(verdictOf("Finish porting the search index to Lucene 9") ==
          okr::KeyResultVerdict::Deliverable);
    // … a routine kept on a schedule: the work counted, not a target of 2.
    CHECK(verdictOf("Check the supplier list every 2 months") ==
          okr::KeyResultVerdict::CountedWork);
    // A figure that counts what follows it is still a value.
    CHECK(verdictOf("Raise NPS 10 points") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a participle after the object describes it unless the verb causes it") {
    CHECK(verdictOf("Closed 6 deals with clinics based in Leeds") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a verdict or a close reached is a milestone, with or without a figure beside it") {
    for (const char* title :
         {"Gain SOC 2 certification for the billing service", "Earn the Cyber Essentials badge",
          "Close the bridge round at a valuation of at least £3M",
          "Pass the fire inspection at all 3 depots"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Deliverable);
    }
    // A share of verdicts moving is a rate.
    CHECK(verdictOf("Lift three-year contracts from 20% to 35% of renewals") ==
          okr::KeyResultVerdict::Fine);
}

TEST_CASE("coaching and following are work, minutes watched are vanity") {
    CHECK(verdictOf("Coach the night-shift supervisors") == okr::KeyResultVerdict::Deliverable);
    CHECK(verdictOf("Follow 80 local food bloggers") == okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("Reach 9,000 hours watched on the lecture channel") ==
          okr::KeyResultVerdict::Vanity);
}

TEST_CASE("general vocabulary: designations, wishlists, helplines and slogans of choice") {
    CHECK(verdictOf("Obtain the trauma-centre designation for the west wing") ==
          okr::KeyResultVerdict::Deliverable);
    CHECK(verdictOf("Reach 90,000 wishlists on the store page") == okr::KeyResultVerdict::Vanity);
    CHECK(verdictOf("Refit 8 branches with new shelving") == okr::KeyResultVerdict::CountedWork);
    CHECK(objectiveOf("Open a tenants' helpline") == okr::ObjectiveVerdict::Output);
    CHECK(objectiveOf("Be the employer of choice in the valley") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Grow our prestige") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Transform service delivery") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Night-shift porters can find a free wheelchair within two minutes") ==
          okr::ObjectiveVerdict::Fine);
}

TEST_CASE("a past-tense report after 'We' reads from its verb") {
    CHECK(verdictOf("We closed the bridge loan with two lenders") ==
          okr::KeyResultVerdict::Deliverable);
    CHECK(verdictOf("We trained 30 stewards for the match days") ==
          okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("We want to lift repeat bookings from 20% to 30%") ==
          okr::KeyResultVerdict::Fine);
}

TEST_CASE("made into something defined by what people then do is an outcome") {
    CHECK(objectiveOf("Make support a reason finance teams stay") == okr::ObjectiveVerdict::Fine);
    CHECK(objectiveOf("Make our app the place nurses check first each shift") ==
          okr::ObjectiveVerdict::Fine);
    // Made better, with no one who then does anything, is still a slogan.
    CHECK(objectiveOf("Make our brand stronger") == okr::ObjectiveVerdict::Vague);
    CHECK(objectiveOf("Make the product the best on the market") != okr::ObjectiveVerdict::Fine);
}

TEST_CASE("winning, signing, closing or passing one thing with no number is a milestone") {
    const WordTable& w = okr::defaultWordTable();
    for (const char* title :
         {"Sign a season-long sponsorship deal with a coffee roaster",
          "Close a seed round led by a new investor", "Win a category at the national awards"}) {
        CAPTURE(title);
        const okr::Judgement j = okr::judgeKeyResultByRules(title, okr::readWording(title, w),
                                                            okr::parseKrSentence(title));
        CHECK(j.keyResult == okr::KeyResultVerdict::Deliverable);
        CHECK(j.binary);
    }
    // Many things, a measure or people won are not one event.
    for (const char* title : {"Win the trust of local families", "Sign new customers in Lisbon",
                              "Win back churned accounts"}) {
        CAPTURE(title);
        CHECK_FALSE(okr::judgeKeyResultByRules(title, okr::readWording(title, w),
                                               okr::parseKrSentence(title))
                        .binary);
    }
}

TEST_CASE("attention counted in times, and a vanity subject reaching a number, are vanity") {
    for (const char* title :
         {"Pricing guide downloaded 2,500 times", "Get the app installed 80,000 times",
          "Blog pages viewed 900,000 times a month", "Site visits reach 400,000 in Q3"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Vanity);
    }
    // A rate of visitors is not a level, and work done so many times is not attention.
    for (const char* title :
         {"Visitors who start a trial convert at 5%", "Run the backup drill 4 times"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) != okr::KeyResultVerdict::Vanity);
    }
}

TEST_CASE("a claim of rank, more of a measure and a suggestion to improve one are vague") {
    for (const char* title : {"Become the biggest marketplace for creators",
                              "Be the partner of choice in regional freight", "Win more deals",
                              "Support: let's improve our response times"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Vague);
    }
    // A position people choose, for a named segment, and more of a measure with what it rules out.
    for (const char* title : {"Become the obvious pick for freelance bookkeepers in Kenya.",
                              "Win more mid-market deals without discounting"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Fine);
    }
}

TEST_CASE("a claim set out to be proved and people set to work are outcomes, not work we do") {
    for (const char* title :
         {"Prove the franchise sales model works",
          "Show that our scoring tool really helps the projects that use it",
          "Get existing clients working on the new billing platform",
          "Starting and maintaining a new flavour of our distribution is trivial."}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Fine);
    }
    CHECK(objectiveOf("Build a first-class onboarding programme for new hires") ==
          okr::ObjectiveVerdict::Output);
}

TEST_CASE("a measure given the level to reach is a key result in disguise") {
    for (const char* title : {"Achieve an NPS of 50", "Hit an NPS of 60"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Metric);
    }
    // A number that only says how many places: no target.
    CHECK(objectiveOf("Improve NPS for customers in 3 regions") != okr::ObjectiveVerdict::Metric);
}

TEST_CASE("a heading said as a verb before a colon gives way to the work after it") {
    for (const char* title : {"Goal 1 — Broaden our coverage: hire a second full-time producer",
                              "Strengthen video skills: start a training course",
                              "Objective 2 — Create and operate a community support fund"}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Output);
    }
    // A heading before a list of what it covers is still the sentence.
    CHECK(objectiveOf("Grow our coverage: sport, culture and local politics") !=
          okr::ObjectiveVerdict::Output);
}

TEST_CASE("a list of subjects is the subject of the verb after it") {
    const WordTable& w = okr::defaultWordTable();
    const std::string_view title =
        "Children, teenagers and their families are safe, resilient and well supported";
    const okr::Wording r = okr::readWording(title, w);
    CHECK(r.form == okr::Form::Clause);
    CHECK(r.subject.of(title) == "Children, teenagers and their families");
    CHECK(objectiveOf("Outcome 1: Local voices, knowledge and leadership shape the policies that "
                      "affect them") == okr::ObjectiveVerdict::Fine);
}

TEST_CASE("a share said in words is a value, not a thing counted") {
    const WordTable& w = okr::defaultWordTable();
    for (const char* title : {"A quarter of third-year students' case presentations justify the "
                              "care plan on value",
                              "Half of new members renew within a year"}) {
        CAPTURE(title);
        CHECK(okr::readWording(title, w).anyNumber);
        CHECK(verdictOf(title) != okr::KeyResultVerdict::Deliverable);
    }
}

TEST_CASE("an event held is work, and a level held is a maintain key result") {
    CHECK(verdictOf("Hold 12 webinars for finance leads") == okr::KeyResultVerdict::CountedWork);
    const okr::KrSentence held = okr::parseKrSentence("Hold a discovery day with data owners");
    CHECK(held.kind != okr::KrKind::Maintain);
    CHECK(okr::parseKrSentence("Hold churn at 2% or below").kind == okr::KrKind::Maintain);
}

TEST_CASE("a vanity count said to keep growing is vanity before it is unmeasured") {
    for (const char* title : {"Daily average page views keep rising steadily", "Followers grow"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Vanity);
    }
}

TEST_CASE("an intent said with 'will' reads from the work it intends") {
    CHECK(verdictOf("we will aim to run 10 fundraisers this year") ==
          okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("We'll try to run 10 fundraisers") == okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("We will aim for 400 members") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a target set out is the figure to reach, not the work of setting it") {
    for (const char* title : {"This term we have set out with a target of 3,800 member firms",
                              "We have set a goal of 400 members by June"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Fine);
    }
    CHECK(verdictOf("We set a target of 12 workshops this year") ==
          okr::KeyResultVerdict::CountedWork);
}

TEST_CASE("a role claimed is vague, whoever claims it") {
    for (const char* title : {"Be a responsible steward of public funds",
                              "The Authority will be a watchful guardian of ratepayers' money."}) {
        CAPTURE(title);
        CHECK(objectiveOf(title) == okr::ObjectiveVerdict::Vague);
    }
}

TEST_CASE("an evening, a drive or a branch held or opened is work") {
    for (const char* title : {"Hold networking evenings for prospective members",
                              "Run a supporter drive from 1 September to 31 October"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Deliverable);
    }
}

TEST_CASE("people brought onto the team are taken on, and a hyphened word is no verb") {
    CHECK(objectiveOf("Bring a permanent copywriter onto the team") ==
          okr::ObjectiveVerdict::Output);
    CHECK(verdictOf("Get 2 mentors on board") == okr::KeyResultVerdict::CountedWork);
    // "Fixed-route" describes the boardings: ridership, not a fix done.
    CHECK(verdictOf("Fixed-route boardings for the year: 2,430,000") ==
          okr::KeyResultVerdict::Fine);
}

TEST_CASE("what a target is said to be is the key result") {
    CHECK(verdictOf("Our target is 12 workshops this year") == okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("On average, my target is eight newsletter issues a month") ==
          okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("Our goal is 400 paying members") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a measure glued to its unit, a score in points and a named level are results") {
    for (const char* title : {"Lose 12kg by June", "Body weight: 72kg by December",
                              "[life] English: TOEIC 780 points", "Reach level C1 in Italian"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::Fine);
    }
    // Points that are things stay things made.
    CHECK(verdictOf("Install 9,000 new public charging points") ==
          okr::KeyResultVerdict::CountedWork);
}

TEST_CASE("boreholes drilled, trees planted and nets handed out are work counted") {
    for (const char* title : {"Drilling 4 boreholes in 11 villages", "Plant 2,000 trees",
                              "Distribute 500 mosquito nets"}) {
        CAPTURE(title);
        CHECK(verdictOf(title) == okr::KeyResultVerdict::CountedWork);
    }
    // "No." is a number's abbreviation, not "none": no bar of zero to hold.
    CHECK(verdictOf("No. of visitors to the site: 4,000") != okr::KeyResultVerdict::Fine);
}

TEST_CASE("a rate's base, subscribers who pay and a change named after its label") {
    CHECK(verdictOf("Our ceiling for 2025 is 0.30 lost-time injuries per 200,000 hours worked.") !=
          okr::KeyResultVerdict::Vanity);
    CHECK(verdictOf("The near-term target is more than 18,000 fibre subscribers by year-end.") ==
          okr::KeyResultVerdict::Fine);
    CHECK(verdictOf("Reach 5,000 newsletter subscribers") == okr::KeyResultVerdict::Vanity);
    CHECK(verdictOf("Quality of publications: steady improvement") ==
          okr::KeyResultVerdict::NotMeasurable);
}

TEST_CASE("the field named first leaves the verb after the comma") {
    CHECK(verdictOf("In health and beauty, open 90 new drugstores every year of the plan") ==
          okr::KeyResultVerdict::CountedWork);
    CHECK(verdictOf("In Q3, cut churn from 5% to 3%") == okr::KeyResultVerdict::Fine);
}

TEST_CASE("a sum in words after its scale, and how a thing comes across") {
    CHECK(objectiveOf("Aim for group sales of 800 billion yen in fiscal 2028") ==
          okr::ObjectiveVerdict::Metric);
    // Pounds of food are a weight: handing them out stays work.
    CHECK(verdictOf("Hand out close to 8 million pounds of food this year") !=
          okr::KeyResultVerdict::Fine);
    CHECK(verdictOf("The meeting rooms feel welcoming") == okr::KeyResultVerdict::NotMeasurable);
    CHECK(verdictOf("Put on 3 extra outreach events each month") ==
          okr::KeyResultVerdict::CountedWork);
}

TEST_CASE("downloads of a mobile app stay attention, subscribers to a paid service do not") {
    CHECK(verdictOf("Reach 5,000 mobile app downloads") == okr::KeyResultVerdict::Vanity);
    CHECK(verdictOf("Reach 18,000 fibre subscribers") == okr::KeyResultVerdict::Fine);
}
