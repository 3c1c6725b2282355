// The default word table (the one place the heuristics' vocabulary lives), the stemmer and the
// phrase matcher; see words.h. Each row below names where in the seeds its words come from.
#include "analysis/words.h"

#include <algorithm>

#include "model/order.h"

namespace okr {

namespace {

struct Row {
    WordClass cls;
    bool exact;
    const char* phrases;  // '|'-separated
};

// clang-format off
const Row kRows[] = {
    // S0 P2 ("launch campaigns", "implement forms"), S2 ("hire five reps", "release the
    // campaign", "migrate the database", "publish 30 articles"), S3 ("ship new proposal
    // template", "launch X"), S4 ("publish 20 blog posts", "conduct 50 user interviews",
    // "launch referral program", "launch the new onboarding flow").
    {WordClass::ActivityVerb, false,
     "publish|launch|hire|recruit|implement|ship|release|deploy|rebuild|conduct|host|hold|held|"
     "run|ran|write|wrote|written|send|sent|attend|migrate|redesign|install|introduce|roll out|"
     "work on|work through|complete|organize|organise|schedule|produce|draft|document|train|"
     "integrate|begin|begins|certify|accredit|bring on|"
     "refactor|rewrite|revamp|finish|prepare|start|kick off|interview|survey|test|audit|execute|"
     "perform|deliver|present|post|tweet|record|film|translate|submit|merge|fix|upgrade|update|"
     "add|onboard|contact|call|email|reach out|speak|give|teach|mentor|facilitate|review|map|"
     "plan|define|specify|research|explore|investigate|evaluate|assess|analyse|analyze|gather|"
     "collect|compile|distribute|pilot|prototype|finalize|finalise|automate|configure|"
     "port|replace|remove|deprecate|reboot|refresh|overhaul|clean up|visit|meet|sponsor|"
     "exhibit|run through|hand out|ship out|put in place|stand up|spin up|open source|"
     "convert into|turn into|expand into|list|catalogue|catalog|label|tag|write up|sign off|"
     "communicate|connect|announce|publicise|publicize|promote|advertise|pitch|apply|"
     "negotiate|recruit|resource|repackage|restyle|rebrand|redo|document|propose|appoint|"
     "archive|arrange|assign|brief|broadcast|calculate|campaign|check|circulate|clean|code|"
     "collaborate|come up with|commission|consolidate|consult|contact|convene|coordinate|"
     "curate|debug|decide|decommission|delegate|demo|demonstrate|digitise|digitize|dispatch|"
     "draw up|edit|educate|enrol|enroll|enter|estimate|examine|exhibit|experiment|file|"
     "finalise|find|follow up|formalise|formalize|formulate|frame|fund|subsidise|subsidize|"
     "guest|handle|"
     "illustrate|import|inform|invest|invite|issue|lobby|localise|localize|log|mail|market|"
     "mobilise|mobilize|modify|move|nominate|notify|observe|order|outline|outsource|package|"
     "partner|patch|phone|place|plant|pledge|populate|prioritise|prioritize|process|procure|"
     "program|reconcile|register|relaunch|renovate|reorganise|reorganize|repair|report|"
     "represent|reserve|resolve|respond|restructure|revise|scope|screen|script|shortlist|"
     "showcase|shoot|sketch|source|summarise|summarize|supply|tackle|take|transfer|trial|"
     "upload|validate|walk through|welcome|work|answer|put|draw|stage|design out|tidy up|"
     "vet|brainstorm|workshop|prototype|storyboard|wireframe|interview|pitch|target|scout|"
     "coach|follow"},
    // Work that yields an artefact only when what is built is one ("Build a dashboard"); with a
    // team, a channel or a position as object it names an outcome ("Build a sales team that …").
    {WordClass::BuildVerb, false,
     "build|built|create|develop|design|establish|set up|form|craft|construct|assemble|"
     "architect|put together|found|invent|make available|build up|build out|bring back|"
     "reinstate|revive"},
    // Verbs whose object is what other people do in response: leads generated, deals won.
    {WordClass::AchieveVerb, false,
     "achieve|reach|hit|attain|get to|obtain|secure|earn|gain|generate|acquire|sign|close|book|"
     "land|win|won|convert|attract|lure|entice|bring in|capture|retain|exceed|surpass|beat|"
     "pass|receive|"
     "bring|source|originate|drive|sell|sold|grow to|get|got|sign up|win over"},
    // "Learn sound editing": the verb, not "Learning, seen as an engine of change".
    {WordClass::ExperienceVerb, true, "learn|learns|learned|learnt"},
    {WordClass::ExperienceVerb, false,
     "feel|see|trust|love|use|adopt|choose|prefer|recommend|rely|find|know|understand|report|"
     "say|rate|return|renew|buy|bought|purchase|pay|paid|spend|churn|stay|leave|activate|"
     "engage|contribute|join|respond|reply|open|click|refer|share|read|watch|sign up|log in|"
     "come back|ask|want|need|complete|finish|reach|upgrade|subscribe|book|attend|apply|enrol|"
     "enroll|donate|volunteer|participate|rank|score|resolve|answer|serve|run|ship|close|"
     "convert|succeed|fail|wait|travel|arrive|receive|get|have|has|had|make|run on|depend|"
     "take part|take up|turn to|rely on|look for|speak up|talk about|tell their friends|"
     "agree on|agree that|agree about"},
    {WordClass::BeVerb, true,
     "is|am|are|was|were|be|been|being|become|becomes|became|becoming|get|gets|got|gotten|go|goes|"
     "went|gone|has|have|had|remain|remains|stay|stays|will|shall|must|should|can|'s"},
    // A deliverable said to be done: "is implemented", "becomes available", "goes live".
    {WordClass::DoneWord, false,
     "implemented|shipped|released|launched|completed|complete|done|finished|redesigned|"
     "turned on|switched on|turned off|switched off|"
     "published|deployed|migrated|available|live|ready|in place|created|built|written|merged|"
     "documented|rolled out|set up|introduced|integrated|delivered|updated|upgraded|added|"
     "enabled|automated|solidified|presented|scheduled|announced|listed|approved|signed|"
     "established|defined|drafted|finalized|finalised|produced|hired|onboarded|designed|"
     "developed|tested|fixed|rebooted|rewritten|refactored|replaced|removed|deprecated|"
     "retired|installed|configured|open sourced|operational|in production|up and running|"
     "feature complete|translated|recorded|organized|organised|held|conducted|started|"
     "kicked off|prototyped|piloted|drafted|formalized|formalised|made|"
     "expanded|converted|rebuilt|revamped|overhauled|restructured|reorganized|reorganised|"
     "stood up|spun up|standardized|standardised|consolidated|ported|packaged|specified|"
     "mapped|audited|reviewed|funded|staffed|resourced|communicated|set|agreed|decided|"
     "chosen|selected|picked|named|appointed|out|written down|baselined|in use|drawn up|laid out|"
     "put together"},
    // The units of work a team produces: what an activity key result counts.
    {WordClass::DeliverableNoun, false,
     "post|blog post|article|blog|webinar|session|meeting|workshop|training|course|event|meetup|"
     "microsite|"
     "conference|talk|presentation|video|podcast|episode|newsletter|email|campaign|ad|advert|"
     "feature|release|version|page|landing page|website|site|web page|app|tool|tooling|"
     "dashboard|report|guide|documentation|doc|docs|tutorial|spec|specification|rfc|proposal|"
     "template|playbook|process|policy|bylaws|by-laws|regulations|statutes|standing orders|"
     "program|programme|roadmap|integration|api|sdk|library|"
     "plugin|extension|module|component|prototype|mvp|pilot|experiment|a b test|survey|"
     "interview|study|analysis|audit|review|demo|outreach|pitch|pull request|migration|"
     "redesign|launch|rollout|system|model|flow|checklist|script|asset|case study|white paper|"
     "whitepaper|ebook|infographic|press release|protocol|framework|portal|wiki|handbook|"
     "manual|curriculum|lesson|job posting|job ad|endpoint|chatbot|bot|repo|repository|"
     "initiative|project|task|deliverable|hackathon|training session|onboarding flow|"
     "visualisation|visualization|visualisation tool|visualization tool|implementation|"
     "refactor|rewrite|upgrade|certification program|partner program|referral program|"
     "loyalty program|ambassador program|content piece|piece of content|social post|tweet|"
     "blog article|guest post|op ed|speaking slot|booth|mailer|brochure|flyer|banner|"
     "campaign email|cold email|cold call|call|pr|patch|ticket|story|user story|epic|"
     "sprint|backlog item|feature request|test case|unit test|benchmark|simulation|"
     "mockup|wireframe|design|redesign|spec doc|one pager|briefing|memo|brief|faq|"
     "knowledge base|help center|help centre|course module|class|seminar|lecture|webcast|"
     "livestream|ama|office hour|hire|headcount|role|job position|vacancy|job opening|"
     "partnership|"
     "store|shop|marketplace|storefront|catalogue|catalog|listing|profile|account page|"
     "bulletin|magazine|assembly|summit|gathering|retreat|offsite|fair|festival|exhibition|"
     "evening|open evening|networking evening|open day|fundraiser|gala|drive|"
     "recruitment drive|membership drive|branch|outlet|blueprint|"
     "strategy|strategy document|business plan|budget plan|operating plan|plan|policy|"
     "pricing page|signup flow|sign up flow|checkout flow|wizard|form|field|fields|button|"
     "widget|screen|view|mode|dark mode|setting|option|support for|translation|localisation|"
     "localization|cli|ui|ux|interface|gui|node|network|cluster|server|database|pipeline|"
     "infrastructure|environment|stack|architecture|state machine|data source|connector|"
     "importer|exporter|parser|compiler|runtime|kit|starter kit|sample|example|demo app|"
     "reference implementation|standard|requirement|dataset|data set|map|inventory|"
     "design review|business review|code review|roundtable|round table|kickoff|kick off|"
     "kickoff session|kickoff meeting|demo day|briefing|explainer|bursary|residency|"
     "collateral|routine|cadence|ritual|rota|camp|bootcamp|switch|switchover|transition|"
     "cutover|engine|monitoring|alerting|alert|support|service|suite|benchmark suite|"
     "career framework|guideline|guidelines|brand guide|style guide|identity|logo|"
     "toolkit|tool kit|resource|resources|prototype|mock up|sandbox|test environment|"
     "rehearsal|drill|fire drill|audit trail|procedure|sop|runbook|playbook|onboarding guide|"
     "induction|orientation|mentoring|coaching|course material|module|lesson plan|"
     "worksheet|form|survey|questionnaire|poll|petition|letter|report card|scorecard|research|"
     "discovery|investigation|recommendation|proposal doc|write up|writeup|retrospective|"
     "stream|live stream|usability session|research session|feedback session|design session|"
     "planning session|working session|listening session|info session|information session|"
     "onboarding session|coaching session|training session|q a session|code signing|"
     "all hands|all hands session|all hands meeting|mentoring session|drop in session|"
     "environment|build|nightly build|release build|advisory board|steering group|contest|"
     "competition|scheme|match|motto|tagline|slogan|check in|link|links|backlog|e book|"
     "society|club|network|forum|meetup group|community space|hub|lab|sandbox|pilot scheme|"
     "groundwork|deck|slide deck|pitch deck|edition|tender|rfp|brief|model|agreement draft|"
     "improvement|improvements|product improvement|enhancement|enhancements|fixes|"
     "sla|service level agreement|career ladder|ladder|org chart|structure|roles|charter"},
    // What a key result can measure: behaviour of customers, users or the business, or a property
    // of the system (S3 KPIs, S4 AARRR).
    // Bookings, not their stem: "books" read are no bookings.
    {WordClass::MetricNoun, true, "booking|bookings"},
    // On-call pages: alerts that wake someone, not web pages ("Out-of-hours pages under 2 a week").
    {WordClass::MetricNoun, true,
     "out-of-hours pages|out of hours pages|on-call pages|after-hours pages|overnight pages|"
     "pager alerts"},
    {WordClass::MetricNoun, false,
     "rate|ratio|conversion|retention|churn|revenue|arr|mrr|nrr|grr|cac|ltv|nps|csat|ces|margin|"
     "contract size|deal size|basket size|order size|cart size|order value|"
     "support ticket|ticket volume|cost|time|latency|uptime|availability|error|share|adoption|activation|engagement|usage|"
     "score|signup|sign up|lead|deal|order|aov|win rate|cycle|incident|defect|bug|"
     "complaint|refund|attrition|turnover|utilization|utilisation|throughput|lead time|mttr|"
     "mtbf|p95|p99|p50|percentile|response time|resolution time|coverage|accuracy|completeness|timeliness|speed|"
     "frequency|spend|roas|roi|payback|occupancy|yield|sales|volume|rating|renewal|expansion|"
     "upsell|gmv|arpu|arpa|acv|iarr|iacv|dau|mau|wau|active user|active team|active account|"
     "subscription|trial|purchase|income|profit|ebitda|cash|burn|runway|budget|saving|"
     "duration|delay|wait time|queue|satisfaction score|net promoter score|market share|"
     "footfall|attendance|enrollment|enrolment|completion|pass rate|graduation|donation|"
     "participation|contribution|pipeline|quota|deals|payment|transaction|request|"
     "query|session length|dwell time|bounce rate|open rate|click through rate|ctr|cpc|cpm|"
     "cpa|cpl|conversions|uptake|penetration|reach rate|recall|precision|mean time|hour|"
     "day|minute|second|week|month|rps|qps|load time|page load|build time|deploy time|"
     "deployment frequency|change failure rate|failure|outage|downtime|sla|slo|on time|"
     "backlog|stock|inventory turn|waste|emission|emissions|carbon|energy|footprint|"
     "headcount cost|salary|wage|sentiment|effort score|review score|star rating|"
     "gross margin|unit economics|ltv cac|cac payback|conversion rate|pipeline value|"
     "qualified lead|mql|sql|opportunity|opportunities|win|wins|loss|losses|contract value|"
     "order value|basket|basket size|repeat purchase|repeat order|repeat rate|referral|"
     "referrals|review|reviews|recommendation|advocacy|customer|customers|user|users|member|"
     "members|account|accounts|team|teams|subscriber|subscribers|partner|partners|seller|"
     "sellers|buyer|buyers|learner|learners|student|students|patient|patients|donor|donors|"
     "volunteer|volunteers|contributor|contributors|workspace|workspaces|merchant|merchants|"
     "paying subscriber|paid subscriber|paying member|paid member|active subscriber|paid subs|"
     "paying subs|paid sub|"
     "trial signup|trial sign up|organic signup|organic trial signup|qualified signup|"
     "paid signup|signup rate|sign up rate|crash free session|session length|signup conversion|"
     "cycle time|turnaround|turnaround time|throughput time|handling time|wait|waiting time|"
     "queue time|response rate|completion time|lead time|time to hire|time to fill|"
     "time to market|time to resolution|first response|first contact resolution|fcr|"
     "aht|sla compliance|on time rate|on time delivery|fill rate|stockout|stock out|"
     "shrinkage|yield rate|scrap|rework|return rate|returns|chargeback|arrears|debt|"
     "days sales outstanding|dso|collection rate|utilisation rate|occupancy rate|"
     "bed days|readmission|readmissions|infection rate|mortality|attendance rate|"
     "absence|absenteeism|turnover rate|regretted attrition|offer acceptance|"
     "pass rate|grade|grades|score|scores|test score|literacy rate|enrolment rate|"
     "donor retention|gift|gifts|pledges|funds raised|income|surplus|deficit|"
     "carbon emission|co2|kwh|energy use|water use|waste|recycling rate|"
     "load time|page speed|core web vitals|error budget|incidents|p90|mean time to recovery|"
     "coverage rate|test coverage|code coverage|deployment|deployments|lead conversion|"
     "win loss|close rate|quota attainment|pipeline coverage|nps score|ces score|"
     "star rating|app rating|rating average|average rating|ranking position"},
    // Qualities with no measure of their own: the objects of a vague objective ("Improve customer
    // satisfaction", "Increase brand awareness", "Grow the business").
    {WordClass::AbstractNoun, false,
     "satisfaction|awareness|brand|business|growth|performance|quality|experience|"
     "productivity|culture|morale|presence|visibility|reputation|profitability|loyalty|"
     "innovation|collaboration|communication|alignment|operations|product|service|"
     "customer service|relationship|result|value|impact|success|excellence|leadership|"
     "capability|knowledge|skill|teamwork|transparency|trust|wellbeing|well being|happiness|"
     "agility|scalability|security|stability|reliability|resilience|sustainability|diversity|"
     "inclusion|accountability|ownership|focus|clarity|consistency|effectiveness|"
     "competitiveness|position|positioning|recognition|credibility|health|engagement|"
     "retention|sales|revenue|profit|margin|presence|footprint|perception|image|"
     "vision|mission|potential|momentum|traction|capacity|maturity|readiness|speed|"
     "velocity|management|tactic|sector|effort|place|demand|decision|efficiency|"
     "awareness|visibility|culture|brand awareness|customer experience|user experience|"
     "excellence|standards|standard|best practice|practice|practices|"
     "workflow|workflows|way of working|ways of working|outcome|outcomes|goal|goals|access|"
     "accessibility|usability|convenience|simplicity|flexibility|responsiveness|money|"
     "customer base|user base|client base|numbers|stuff|ability|"
     "advantage|affordability|agency|ambition|appeal|assurance|attention|attractiveness|"
     "authority|autonomy|balance|belonging|benefit|capabilities|care|certainty|clarity|"
     "cohesion|comfort|commitment|competence|competitiveness|compliance culture|confidence|"
     "connection|connectedness|continuity|control|cooperation|coordination|credibility|"
     "curiosity|dependability|differentiation|discipline|durability|dynamism|ease|"
     "effectiveness|empathy|empowerment|energy|enthusiasm|equity|ethics|excitement|"
     "expertise|fairness|familiarity|fitness|focus|freshness|fun|governance|goodwill|"
     "gratitude|harmony|honesty|hospitality|identity|independence|influence|insight|"
     "insights|inspiration|integration|integrity|interest|interoperability|joy|know how|"
     "learning|legitimacy|liquidity|literacy|maintainability|mindset|motivation|openness|"
     "opportunity|opportunities|optimism|organisation|organization|passion|performance|"
     "persistence|personalisation|personalization|pride|professionalism|proficiency|"
     "prominence|prosperity|purpose|readability|recognition|relevance|resilience|"
     "resourcefulness|respect|robustness|safety|sanity|satisfaction|scale|security posture|"
     "sense|simplicity|solvency|spirit|stability|standing|status|stewardship|strength|"
     "strengths|success|support|sustainability|talent|teamwork|tone|traction|"
     "transparency|trust|understanding|uniqueness|unity|usefulness|value|vibrancy|"
     "visibility|vitality|voice|wellness|wisdom|wealth|impact|reach|relationships|partnerships|"
     "position|footing|posture|health|hygiene|quality of life|morale|culture|climate|"
     "environment|atmosphere|dialogue|conversation|communications|collaboration|"
     "alignment|engagement|experience|presence|profile|reputation|awareness|"
     "objective|objectives|everything|things|stuff|world|life|level"},
    {WordClass::AbstractNoun, true,
     "marketing|engineering|branding|positioning|wellbeing|reporting|planning|operations|"
     "transformation|digital transformation"},
    {WordClass::AgentNoun, false,
     "customer|user|client|partner|member|contributor|developer|maintainer|employee|staff|"
     "candidate|student|learner|patient|citizen|resident|donor|volunteer|buyer|seller|shopper|"
     "reader|subscriber|account|community|people|person|manager|engineer|rep|agent|merchant|"
     "vendor|supplier|driver|rider|guest|attendee|participant|teacher|parent|family|household|"
     "migrant|immigrant|refugee|asylum seeker|"
     "company|organisation|organization|school|clinic|hospital|restaurant|workspace|tenant|"
     "advertiser|publisher|creator|author|adopter|prospect|champion|advocate|ambassador|"
     "referrer|hiring manager|recruiter|operator|admin|administrator|researcher|designer|"
     "marketer|seller|owner|founder|leader|lead|team|teams|group|working group|squad|"
     "everyone|anyone|nobody|stakeholder|investor|board|audience|fan|caller|visitor|"
     "traveller|traveler|passenger|consumer|smb|enterprise|startup|agency|nonprofit|charity|"
     "government|council|city|region|country|market|segment|cohort|persona|icp|they|we|us|"
     "someone|somebody|colleague|colleagues|peer|peers|worker|workers|shopper|shoppers|"
     "diner|diners|pupil|pupils|parent|parents|family|families|neighbour|neighbor|tenant|"
     "landlord|farmer|grower|retailer|wholesaler|distributor|reseller|buyer|seller|host|"
     "director|governor|councillor|welder|architect|accountant|lawyer|porter|"
     "technician|mechanic|electrician|plumber|firefighter|paramedic|midwife|surgeon|homeowner|"
     "commuter|cyclist|motorist|pedestrian|borrower|"
     "member|alumni|alumnus|graduate|applicant|applicants|recruit|intern|trainee|apprentice|"
     "physician|doctor|clinician|carer|caregiver|nurse|pharmacist|therapist|dentist|"
     "practice|clinic|school|college|university|library|museum|charity|partner org|"
     "developer community|community member|end user|power user|super user|champion user|"
     "supervisor|supervisors"},
    // Done / not-done events that are rightly binary: a certification, an external verdict, a
    // signed agreement, a funding close (S2: some KRs are pass or fail).
    {WordClass::BinaryNoun, false,
     "certification|certificate|accreditation|approval|clearance|license|licence|audit finding|"
     "audit|audit opinion|opinion|clean opinion|soc|partnership|distribution partnership|"
     "seed|bill|law|legislation|regulation|ruling|verdict|accredited|certified|approved|"
     "contract|agreement|partnership agreement|mou|memorandum of understanding|term sheet|"
     "funding round|seed round|series a|series b|series c|round|compliance|soc 2|soc2|"
     "iso 27001|iso|gdpr|hipaa|fda|ce mark|patent|award|grant|permit|ipo|exit|acquisition of|"
     "sign off|signoff|go live|go no go|deal with|lease|tender|bid|accredited|certified|"
     "approved|authorised|authorized|compliant|registration|trademark|charter|mandate|badge|"
     "inspection|attestation|authorisation|authorization|endorsement|"
     "sponsorship deal|clearance letter|ce marking|ukca marking|quality mark|kitemark|trustmark|consent|"
     "planning consent|cyber essentials|fedramp|pci dss|b corp|bcorp|investors in people|"
     "ukas accreditation|go no go decision|go no go|final investment decision|book deal|"
     "record deal|publishing deal|licensing deal|distribution deal|supply deal|"
     "determination letter|championship|league title|trophy|cup final|medal|promotion to|"
     "seal of approval|reaccreditation|re-accreditation|clubmark|community purchase|"
     "buyout|community buyout|asset transfer|community asset transfer"},
    // The verdict of another body, in the passive: being accepted, selected or recognised is
    // done or not done like being certified ("Accepted into the foundation's sandbox").
    {WordClass::BinaryNoun, true,
     "accepted|admitted|selected|shortlisted|recognised|recognized|endorsed|ratified|"
     "nominated|awarded|included|picked|chosen"},
    {WordClass::Determiner, true,
     "the|a|an|our|their|its|his|her|my|your|this|that|these|those|all|every|each|some|any|no|"
     "both|another|other|such|whole|entire|new|existing|current"},
    {WordClass::Preposition, true,
     "for|in|on|with|among|amongst|across|at|from|to|by|via|through|without|within|into|onto|"
     "of|per|over|under|after|before|during|between|around|about|against|toward|towards|"
     "beyond|above|below|until|since|throughout|inside|outside|near|than|versus|vs|upon|"
     "along|amid|despite|except|excluding|including|like|across|behind|beside|beneath|alongside"},
    {WordClass::Conjunction, true, "and|or|but|while|whilst|whereas|nor|plus|then|yet|so|as"},
    // Subordinating conjunctions open a clause, never a noun: "Copes when bookings spike".
    {WordClass::Conjunction, true, "when|whenever|if|because|once|unless|although|though"},
    // Relative and interrogative words open a clause too: "clients who have posted 3 jobs",
    // "measure what users think".
    {WordClass::Conjunction, true, "who|whom|what|how|where|why"},
    {WordClass::CountWord, true,
     "number|count|amount|total|percentage|proportion|quantity|volume|sum|tally|numbers|counts|size|"
     "tens|hundreds|thousands|millions|billions|dozens"},
    // What an objective rules out or the condition it keeps (S3: "without raising discount rate").
    {WordClass::Qualifier, true,
     "without|only|instead|rather|while|whilst|despite|except|excluding|not|never|unless|"
     "no|less|fewer|avoiding|avoid|keeping|protecting|preserving|sustainably|profitably|"
     "responsibly|safely|efficiently|reliably|repeatably|predictably|consistently"},
    // S0 P1 table ("first-page Google rankings", "landing pages", "required form fields",
    // "work on the website"), S4 ("blog posts").
    {WordClass::TacticPhrase, false,
     "landing page|form field|first page|page one|ranking|blog post|social post|"
     "website redesign|new feature"},
    // S2 ("page views, registered users, social followers").
    {WordClass::VanityMetric, false,
     "page view|pageview|impression|follower|fan|registered user|registration|download|"
     "app install|install|visit|visitor|traffic|social mention|mention|press mention|"
     "media mention|press hit|press coverage|github star|retweet|repost|upvote|backlink|"
     "line of code|lines of code|story point|hours logged|hour logged|velocity|"
     "social reach|organic reach|podcast listen|video play|email open|reaction|subscriber count|"
     "subscriber|youtube subscriber|podcast subscriber|channel subscriber|reader|"
     "follower count|member count|registered account|registered member|website visit|"
     "site visit|web visit|website traffic|site traffic|web traffic|unique visitor|"
     "monthly visitor|click|share of voice|viewers|audience size|social following|"
     "community member|discord member|slack member|newsletter subscriber|email subscriber|"
     "list size|mailing list|email list|app download|npm download|weekly download|"
     "docker pull|pull request|newsletter sign up|photo uploaded|press story|"
     "broadcast story|media story|media coverage|press article|tv feature|radio feature|"
     "byte|bytes|word count|page count|ticket closed|tickets closed|hours worked|blog session|"
     "web session|website session|site session|user session|pageviews|page visit|clickthrough|"
     "click through|social share|share count|hashtag|mention count|media hit|media placement|"
     "press placement|impression count|branded search|brand search|branded search volume|"
     "brand search volume|footfall|readership|viewership|listenership|"
     "view count|watch time|minutes watched|hours watched|video view|profile view|connection request|linkedin connection|"
     "linkedin follower|twitter follower|instagram follower|tiktok follower|facebook fan|"
     "page like|listing view|app store rating count|review count|download count|"
     "installation|app open|visit count|footfall count|"
     "attendee|attendees|participant count|headcount of attendees|event attendance|"
     "hours of training|training hours|hours volunteered|volunteer hours|calls made|"
     "emails sent|messages sent|posts made|tasks completed|tickets resolved count|"
     "subscriber base|follower base|fan base|follower growth|subscriber growth|fan growth|"
     "audience growth|server member|channel member|group member|telegram subscriber|"
     "instagram reach|facebook reach|linkedin reach|tiktok reach|telegram reach|post reach|"
     "campaign reach|total reach|audience reach|like count|star count|page access|"
     "website access|site access|featured in press|featured in the press|featured in media|"
     "featured in the media|press feature|media feature|news story|feature story|radio spot|"
     "blog write up|telegram member|accounts created|account creation|account creations|"
     "accounts opened online|profiles created|time on site|time on page|time spent on site|"
     "pages per session|page views per session|pageviews per session|session duration|"
     "average session duration|dwell time|email addresses collected|emails collected|"
     "social media engagements|social engagements|total engagements|media appearances|"
     "press appearances|tv appearances|media clippings|press clippings|press cuttings|"
     "media cuttings|watch hour|hours of watch time|spotify stream|playlist stream|"
     "stream count|app store review|play store review|ratings count|rating count|open count|"
     "group membership|badge scan|booth visitor|rsvp|media reach|press reach|"
     "watcher|linkedin engagement|post engagement|domain authority|domain rating|"
     "keywords ranking|ranking keyword|forum post|lines added|lines changed|"
     "foot traffic|passers by|passer by|broadcast interview|tv interview|"
     "radio interview|qr code scan|qr scan|image pull|container pull|page follow|"
     "facebook follow|hashtag use|use of the hashtag"},
    {WordClass::VanityMetric, true,
     "likes|page hits|loc|views|stars|forks|opens|hits|listens|sessions|prs|signups|sign ups|"
     "reads|pulls|following|registered|stargazers|subs|pv|pvs|crowd|crowds|logins|log-ins|"
     "sign-ins"},
    // S4 failure pattern 1 and its bad-objective table ("become the leading platform",
    // "be customer-obsessed"), S2 ("delight users").
    {WordClass::VagueSlogan, true,
     "the leading|front rank|foremost|pre eminent|preeminent|leading platform|leading provider|world class|best in class|number one|"
     "industry leader|market leader|category leader|thought leader|be the best|the best|"
     "obsessed|obsession|delight|delightful|thrill|world s best|go to|the go to|best ever|"
     "second to none|state of the art|customer centric|customer centred|customer centered|"
     "client centric|client centred|client centered|user centric|people first|customer first|"
     "sector leader|global leader|leader in|thrill|do more with less|lead the way|leads the way|"
     "at the heart of everything|at the heart of all we do|at the centre of everything|"
     "at the center of everything|finest|top spot|leading place|leading position|"
     "leadership position|market leadership|pole position|dominance|dominant position|"
     "ranks first|rank first|leading the way|front runner|front runners|front running|"
     "frontrunner|a class of its own|of world rank|point of reference|lay the groundwork|"
     "laying the groundwork|lay the foundations|laying the foundations|solid foundations|"
     "solid foundation|strong foundations|better shape|in shape|look after myself|"
     "looking after myself|take care of myself|taking care of myself|try new things|"
     "trying new things|more time and attention|comfort zone|best version of myself|"
     "better version of myself|best self|fit for the future|future fit"},
    // Buzzwords that make a sentence a slogan only when nothing else in it is specific.
    {WordClass::SoftSlogan, true,
     "excellence|excellent|awesome|amazing|next level|game changer|game changing|revolutionize|"
     "revolutionise|disrupt|synergy|synergies|cutting edge|innovative|love|data driven|level up|"
     "take to the next level|first class|top notch|rock star|rockstar|ninja|unicorn|"
     "supercharge|crush|dominate|wow|amaze|great|get better|get ready|do more with less|"
     "more with less|best possible|top tier|premier|seamless|holistic|robust|empower|thrive|"
     "thriving|excel|first rate|top rated|outstanding|exceptional|superb|stellar|"
     "best loved|world leading|award winning"},
    // How well something is done, said with no measure: "Answer emails faster", "The app works
    // well offline", "Copes properly when bookings spike" — a quality, not a done state.
    {WordClass::MannerAdverb, true,
     "well|better|faster|quicker|sooner|easier|smoother|simpler|clearer|properly|smoothly|"
     "quickly|easily|clearly|promptly|seamlessly|effectively|efficiently|reliably|correctly|"
     "accurately|thoroughly|securely|gracefully|nicely|poorly|badly|swiftly|speedily|"
     "rapidly|fast"},
    // How people feel or are served, said after "are": "Pet owners are thrilled by checkout",
    // "Carers feel supported" — their experience, not a thing we made done.
    {WordClass::FeelingWord, true,
     "thrilled|delighted|satisfied|pleased|happy|excited|engaged|empowered|equipped|supported|"
     "informed|confident|prepared|connected|included|heard|valued|motivated|inspired|protected|"
     "safe|welcome|welcomed|respected|involved|able|ready|comfortable|proud|loyal|aware|"
     "unhappy|frustrated|dissatisfied|disappointed|overwhelmed|isolated|lonely"},
    // Praise of a place or a future, the words of a vision: "A caring, close-knit community".
    {WordClass::PraiseWord, true,
     "flourishing|thriving|lively|vibrant|prosperous|strong|caring|healthy|green|clean|safe|good|"
     "great|fair|inclusive|resilient|sustainable|connected|close|knit|welcoming|bright|brighter|"
     "liveable|livable|broad|based|local|lovable|better|happy|happier|dynamic|diverse|"
     "attractive|beautiful|proud|confident|ambitious|innovative|modern|open|alive|vital|"
     "empowering|unfailingly|dependable|appealing|pleasant|lovely|wonderful|desirable|"
     "bustling|forward looking|cheerful"},
    // Praise of how we work or what we give: "a well-run, prudent and trusted municipality",
    // "first-rate, compassionate care".
    {WordClass::PraiseAdjective, true,
     "compassionate|trusted|capable|committed|prudent|well run|joined up|courteous|inventive|"
     "responsive|effective|efficient|excellent|outstanding|high quality|first rate|"
     "world leading|creative|exciting|supportive|respected|warm|sociable|friendly|"
     "professional|agile|fit for purpose|future ready|forward thinking|well managed|sound|"
     "varied|simple|personal|inspiring|exceptional|engaged|empowered|skilled|talented|"
     "motivated|collaborative|respectful|passionate|dedicated|energised|energized|positive|"
     "favourable|favorable|glowing"},
    // What a vision praises: a place, a people, a future or the plan's own words for a goal.
    {WordClass::PlaceWord, true,
     "economy|community|communities|place|places|town|city|region|district|county|tomorrow|"
     "future|life|lives|enterprise|neighbourhood|neighbourhoods|neighborhood|neighborhoods|"
     "environment|society|world|household|households|everyone|people|ours|energy|mission|"
     "vision|goal|objective|outcome|priority|theme|opportunity|opportunities|fairness|"
     "wellbeing|prosperity|growth|landscape|landscapes|surroundings|countryside|village|villages|"
     "coast|coastline|streets"},
    // A direction on its own: "Lower costs", "Better retention", "Sell more".
    {WordClass::DirectionWord, true,
     "better|higher|lower|more|greater|bigger|faster|fewer|less|stronger|improved|increased|"
     "reduced"},
    // Ourselves or a whole field: "a more inventive company", "the insurance industry".
    {WordClass::OrgNoun, true,
     "company|business|organisation|organization|firm|industry|market|sector|charity|council|"
     "brand|employer|workplace|institution|agency|club|enterprise|operation|outfit|group|house"},
    // What comes in to be handled, whose answer time is a service level.
    {WordClass::IncomingNoun, true,
     "ticket|tickets|complaint|complaints|request|requests|enquiry|enquiries|inquiry|inquiries|"
     "call|calls|email|emails|message|messages|claim|claims|case|cases|question|questions|order|"
     "orders|incident|incidents|application|applications|submission|submissions|appeal|"
     "appeals|referral|referrals|repair|repairs|fault|faults|report|reports|query|queries|"
     "vacancy|vacancies"},
    // A state a thing is made into: "Make search fast and reliable", "make our systems up to date".
    {WordClass::StateWord, true,
     "fast|faster|reliable|easy|easier|simple|simpler|safe|safer|secure|accessible|date|"
     "affordable|quick|quicker|smooth|clear|usable|dependable|stable|robust|resilient|"
     "boring|painless|predictable|cheap|cheaper|trivial|quiet|quieter"},
    // A standing we would like to be given: "Become a leader in our industry".
    {WordClass::StandingNoun, true,
     "leader|leaders|catalyst|force|voice|exemplar|frontrunner|front runner|authority|powerhouse|"
     "champion|beacon|pioneer|trailblazer|destination|competitor|player|partner|presence|"
     "model|benchmark|byword|hub|home|anchor|magnet|force for good"},
    // Who gives a verdict on us: "Independent auditor issues our report".
    {WordClass::OutsideBody, true,
     "auditor|auditors|regulator|regulators|assessor|assessors|inspector|inspectors|"
     "inspectorate|examiner|examiners|ombudsman|court|tribunal|jury|judges|ministry|notified|"
     "registrar|accreditor|certifier|fda|ema|ofsted|cqc|authority|authorities"},
    // Gaining what others decide to give: "Win a place on …", "Secure the seed round".
    {WordClass::GainVerb, true,
     "win|wins|won|secure|secures|secured|obtain|obtains|obtained|earn|earns|earned|gain|gains|"
     "gained|land|lands|landed|receive|receives|received|get|gets"},
    // Money raised in one close: "Close the seed round", "Secure a bank loan".
    {WordClass::FundingNoun, true,
     "funding|round|seed|investment|financing|loan|grant|investor|investors|angels|bid"},
    // Paying attention, in any form: "downloaded 2,500 times", "listeners who watch".
    {WordClass::AttentionVerb, false,
     "view|download|install|play|watch|stream|share|like|retweet|visit|click|open|star|follow|"
     "bookmark|see|seen|read|join|subscribe|listen"},
    // A number written as a word: "the top three", "within fifteen working days".
    {WordClass::NumberWord, true,
     "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
     "forty|fifty|hundred"},
    // A quantity by weight, volume or energy: "12,000 tonnes of scraps", "40 MWh".
    {WordClass::QuantityUnit, true,
     "tonnes|tons|tonne|kg|kilograms|litres|liters|kwh|mwh|gwh|steps"},
    // People reached one by one through a channel: "Reach 20 prospects by phone".
    {WordClass::OutreachChannel, true,
     "by phone|by email|by e mail|by letter|by post|in person|face to face|door to door"},
    // A place a plan sets apart when it is named or qualified: "villages east of the river",
    // "our three coastal towns".
    {WordClass::AreaNoun, true,
     "town|towns|city|cities|region|regions|district|districts|county|counties|neighbourhood|"
     "neighbourhoods|neighborhood|neighborhoods|village|villages|suburb|suburbs|borough|"
     "boroughs|ward|wards|parish|parishes|province|provinces|island|islands|valley|valleys|"
     "estate|estates|campus|campuses|municipality|municipalities|countryside|coast|hamlets|areas"},
    // S4 bad-objective table: "Grow revenue", "Improve marketing", "Be customer-obsessed".
    {WordClass::GenericVerb, false,
     "grow|improve|increase|boost|be|become|drive|enhance|optimize|optimise|get|do|make|have|"
     "strengthen|scale|expand|accelerate|maximize|maximise|win|achieve|focus on|step up|"
     "better|support|help|enable|empower|allow|equip|ensure|make sure|foster|promote|"
     "nurture|cultivate|embrace|champion|modernise|modernize|transform|streamline|simplify|"
     "elevate|advance|deepen|broaden|widen|diversify|reinforce|solidify|sharpen|refine|level up|"
     "step up|up our game|raise our game|invest in|focus on|double down on|lean into|"
     "tighten|strengthen|bolster|revitalise|revitalize|reinvigorate|rejuvenate|energise|"
     "energize|unlock|leverage|harness|capitalise on|capitalize on|amplify|accelerate|"
     "scale|mature|professionalise|professionalize|futureproof|future proof|safeguard"},
    {WordClass::GenericVerb, true, "being"},
    {WordClass::GenericVerb, false, "evolve|innovate|continue to|speed up|encourage|ease"},
    // Direction words (S4 formula "[verb] [metric] from [baseline] to [target]").
    {WordClass::IncreaseVerb, false,
     "increase|grow|raise|lift|boost|expand|double|triple|gain|accelerate|maximize|maximise|"
     "scale up|climb|rise|up"},
    {WordClass::DecreaseVerb, false,
     "reduce|decrease|cut|lower|shrink|drop|minimize|minimise|shorten|halve|eliminate|lessen|"
     "trim|bring down|slash|compress|decline|down"},
    {WordClass::MaintainVerb, false, "maintain|keep|hold|stay|sustain|preserve|protect"},
    // S2 "instrumentation is part of the work": "Verify analytics coverage and definitions".
    {WordClass::BaselineWord, false,
     "establish|baseline|instrument|instrumentation|verify|calibrate|benchmark|track|measure|"
     "monitor|quantify|size"},
    {WordClass::OutcomeLink, true, "that|which|so|so that|in order to|whose|until|resulting in"},
    {WordClass::StopWord, true,
     "a|an|the|our|we|us|to|of|for|in|on|with|and|or|by|at|from|into|that|this|these|those|so|"
     "is|are|it|its|as|their|your|my|all|every|each|more|most|very|not|no|per|than|via|"
     "through|over|under|within|without|across|new|s|t|will|can"},
    {WordClass::Filler, true,
     "kr|okr|o|objective|successfully|fully|also|then|q1|q2|q3|q4|h1|h2|must|should|actually|"
     "really|again"},
    // S2 "names, not teams".
    {WordClass::TeamWord, false,
     "team|squad|department|dept|group|function|guild|tribe|crew|committee|org|organization|"
     "organisation|everyone|all hands|unit|office|staff|pod|chapter|circle|taskforce|"
     "task force|council|desk|review panel|advisory panel|expert panel|customer panel|steering group"},
    {WordClass::FunctionWord, true,
     "marketing|sales|growth|product|engineering|eng|cs|success|customer|customers|ops|"
     "operations|finance|hr|people|design|support|partnerships|partnership|revenue|data|"
     "analytics|legal|it|security|platform|content|brand|devops|qa|research|bizdev|bd|"
     "account|accounts|management|leadership|exec|board|tech|technology|infrastructure|infra|"
     "service|services|delivery|creative|strategy|development|dev|seo|paid|media|social|"
     "web|digital|commercial|business|admin|administration|procurement|logistics|rev|"
     "revops|marketing ops|demand|gen|generation|field|inside|outbound|inbound|community"},
    {WordClass::RoleWord, false,
     "head|lead|vp|svp|evp|director|manager|founder|cofounder|ceo|cto|coo|cfo|cmo|cpo|cro|"
     "chief|owner|president|strategist|coordinator|analyst|engineer|designer|marketer|pm|"
     "specialist|officer|principal|consultant|architect|associate|representative|rep|developer|"
     "maintainer|researcher|scientist|writer|editor|caseworker|advisor|adviser|nurse|teacher|"
     "executive|administrator|owner|captain|gm"},
    // S2 "threading revenue, cost and customer value", S3 driver tree, S4 AARRR.
    {WordClass::RevenueTerm, false,
     "revenue|arr|mrr|arpa|arpu|acv|contract value|pipeline|nrr|net revenue retention|"
     "expansion|upsell|upgrade|win rate|sale|gmv|aov|order value|monetization|monetisation|"
     "price|pricing|paid conversion|trial to paid|free to paid|booking|deal|quota|"
     "billable|income|profit|ltv|lifetime value|repeat order|repeat purchase|qualified lead|"
     "sales lead|inbound lead|lead volume|lead generation|signup|sign up|order|logo|conversion|"
     "mql|sql|iarr|iacv|net new arr|new business|renewal|donation|grant income|fundraising|"
     "sponsorship|membership fee|subscription revenue"},
    {WordClass::RevenueTerm, true, "leads"},
    {WordClass::CostTerm, false,
     "cost|cac|cpa|cpl|spend|payback|margin|budget|overtime|cost efficiency|burn|"
     "expense|unit economics|discount|roas|mroas|roi|utilization|utilisation|"
     "cost per transaction"},
    {WordClass::ValueTerm, false,
     "retention|retain|activation|activate|satisfaction|nps|csat|time to value|time to first|"
     "adoption|engagement|engaged|active|completion|churn|success rate|usage|quality|error|"
     "latency|delivery time|confidence|repeat|referral|advocacy|resolution|experience|"
     "onboarding|fulfilment|fulfillment|reliability|uptime|accuracy|time to productivity|"
     "attrition|refund|inp|lcp|cwv|core web vital|support ticket|complaint|defect|incident"},
    // S4 NSM criteria: "Revenue, ARR, and profit are outputs".
    {WordClass::BusinessOutput, false,
     "revenue|arr|mrr|profit|net income|income|earnings|ebitda|booking|sale|turnover|"
     "gross margin|cash flow|bottom line|top line"},
    // S0 P4 and S4 ("CAC $1,100", "outbound-sourced CAC under $800").
    {WordClass::AcquisitionCost, false,
     "cac|cpa|cpl|cost per acquisition|cost per lead|cost per sale|cost per customer|"
     "cost per conversion|cost per signup|cost per trial|cost per booking|cost per job|"
     "acquisition cost|customer acquisition cost"},
    // ---- The objective judgement's classes (OBJ-TACTIC, OBJ-VAGUE) ----
    // Verbs that put a made thing into the world: whatever their object names ("Launch a mobile
    // experience", "Pilot a navigation service", "Refresh the brand"), it is a deliverable.
    {WordClass::LaunchVerb, false,
     "launch|relaunch|ship|release|roll out|deploy|implement|pilot|unveil|publish|introduce|"
     "redesign|refresh|revamp|rebrand|rebuild|overhaul|rewrite|replatform|migrate|"
     "push out|refactor|rearchitect|re-architect|re-platform|decommission"},
    // People counted after these are staff we take on ("Hire 3 engineers"); after any other verb
    // they are people reached, a metric's target ("Train 800 pharmacists").
    {WordClass::StaffVerb, false,
     "hire|recruit|appoint|onboard|employ|headhunt|take on|bring on|"
     "line up|sign on|enlist|invite|bring in"},
    // Evaluative adjectives: they grade without naming a dimension ("a better app", "a strong
    // team", "a solid foundation"), so like the buzzwords above they make a slogan when nothing
    // else in the sentence is specific. Dimensional ones ("faster", "cheaper") are comparatives.
    {WordClass::SoftSlogan, true,
     "good|better|strong|stronger|strongest|solid|sturdy|sturdier|healthy|healthier|"
     "ambitious|effective|most effective|successful|fantastic|brilliant|beloved|"
     "next generation|enterprise grade|high performing|safe|efficient|resilient|"
     "friendly|prompt|thriving|vibrant|outstanding|lasting|well connected|exceptional|"
     "high quality|very best|first rate"},
    // A collective, or a capacity, named with no measure of its own: growing "the community" or
    // "the team's delivery power" is a direction, not a state.
    {WordClass::AbstractNoun, false, "community|ecosystem|power|muscle"},
    // People an objective is for, beyond the grammar's list: the professions a public body or a
    // charity trains and serves.
    // Firms as customers: "among mid-sized law firms". Exact, so that "firm" stays free.
    {WordClass::AgentNoun, true,
     "firms|law firms|cooks|line cooks|chefs|growers|farmers|small shops|local shops|"
     "independent shops|shopkeepers"},
    {WordClass::AgentNoun, false,
     "gp|gps|midwife|midwives|paramedic|social worker|caseworker|carer|foster carer|"
     "pharmacist|optician|surgeon|dietitian|counsellor|counselor|coach|tutor|mentor|"
     "technician|accountant|bookkeeper|lawyer|solicitor|paralegal|mechanic|electrician|plumber|"
     "installer|dispatcher|cashier|librarian|courier|cleaner|receptionist|lender|"
     "insurer|journalist|policymaker|legislator|funder|exporter|importer|manufacturer|"
     "shipper|trader|broker|dealer|franchisee|homebuilder|commuter|organiser|player|"
     "listener|viewer|gamer|streamer|influencer|"
     "organizer|analyst|"
     "landlord|homeowner|claimant|pensioner|jobseeker|refugee|survivor|victim|"
     "beneficiary|service user|smallholder|fisher|artisan|freelancer|contractor|"
     "child|children|kid|kids|young people|youth|teenager|teenagers|adult|adults|"
     "older people|women|men|girl|girls|boy|boys|baby|babies|infant|infants|"
     "district|borough|county|province|town|village|neighbourhood|neighborhood|parish|"
     "municipality|campus"},
    // General vocabulary beyond the seeds. Milestones: a designation, a loan or a rating body's
    // assessment is granted or not ("Obtain the trauma-centre designation").
    {WordClass::BinaryNoun, false,
     "designation|facility|loan|funding|assessment|classification|award|authority to operate|"
     "line of credit|credit line|credit facility|status|partner status|sandbox tier|msa|"
     "master services agreement|nda|letter of intent|loi|term sheet"},
    // "financing", not its stem: "finances" are a state, not a loan.
    {WordClass::BinaryNoun, true, "financing"},
    // Counts of attention in games and communities: "Reach 90,000 wishlists".
    {WordClass::VanityMetric, false,
     "wishlist|wish list|unique user|facebook reach|instagram reach|social media reach|turnout|"
     "forum member|server member|online interaction|social interaction|digital interaction"},
    {WordClass::VanityMetric, true, "wishlists|attendances"},
    // Heads through the door of a venue: "Gallery admissions above 32,000".
    {WordClass::VanityMetric, false,
     "gallery admission|museum admission|exhibition admission|paid admission|ticketed admission|"
     "festival goer|festivalgoer|concert goer|concertgoer|museum goer|museumgoer|"
     "tourist arrival|visitor arrival|international arrival"},
    // Attention counted as it arrives: "Reach 3,000 listeners", "250,000 social engagements".
    {WordClass::VanityMetric, false,
     "listener|social comment|post comment|engagement count|social engagement|star count|"
     "github star count"},
    {WordClass::VanityMetric, true, "retweets|reposts|upvotes|opens|open count"},
    // An audience counted as a level: "Double our LinkedIn audience", "Audience growth".
    {WordClass::VanityMetric, false, "audience"},
    // Reach, lists and cards counted as a level: "Grow our online reach fourfold", "Add 4,000
    // names to the newsletter list", "Grow card-holders from 11,000 to 13,500".
    {WordClass::VanityMetric, true,
     "online reach|organic reach|total reach|social reach|monthly reach|weekly reach|media reach|"
     "campaign reach|post reach|brand reach|newsletter list|mailing list|email list|"
     "subscriber list|cardholders|card holders|hours logged|logged hours|touches|"
     "consumer touches|touchpoints|contact points|comments received|registered accounts|"
     "registered members|registered players|registered participants|social media engagement|"
     "community members|slack members|discord members|slack community|discord community|"
     "uniques|monthly uniques|unique visitors|unique visits|viewership|livestream viewers|"
     "coding hours"},
    // A following counted as a level: "Grow our Instagram following past 250,000".
    {WordClass::VanityMetric, true,
     "instagram following|social following|online following|twitter following|"
     "tiktok following|youtube following|linkedin following|social media following|door count"},
    // "Establish a public donations register": one register made (not "the number of registers
    // with a steward", a count of a state).
    {WordClass::DeliverableNoun, true, "register"},
    // Things a team makes or staffs: "Open a tenants' helpline", "Send out 12 activity packs".
    {WordClass::DeliverableNoun, false,
     "software|sign-up flow|sign up flow|signup flow|login flow|checkout flow|payment flow|booking flow|"
     "filtering|networking night|quiz night|open evening|unit test|integration test|end-to-end test|e2e test|regression test|flaky test|automated test|smoke test|test case|test suite|newsletter issue|newsletter issues|helpdesk|help desk|service desk|hotline|helpline|diary|diaries|pack|registry|directory|"
     "calendar|content calendar|journal article|paper|toolbox|archive|walkthrough|bindings|"
     "wrapper|gala|client library|client libraries|desktop client|web client|mobile client|"
     "email client|mail client|api client|browser client|command line client|cli client|"
     "client app|client sdk"},
    // "committed" is no commit: the surface words only.
    {WordClass::VanityMetric, true, "commit|commits|commit count"},
    {WordClass::VanityMetric, false, "podcast play|episode play|stream play"},
    {WordClass::DeliverableNoun, true, "commit|commits"},
    // Places a team builds or opens: "Build a taproom on the farm", "Create inviting spaces".
    {WordClass::DeliverableNoun, false,
     "taproom|tasting room|brewery|community hall|village hall|hall|playground|play space|"
     "warehouse|depot|kitchen|showroom|venue|space|meeting room|reading room|visitor centre|"
     "visitor center|drop in centre|hub|studio|podcast studio|lounge|youth lounge|help counter|"
     "makerspace|roadshow|road show|tour|centre|centres|center|centers|football centre|"
     "football centres|branch office|regional office|regional offices|stand|exhibition stand|"
     "station|stations|pumping station|power station|substation|classroom|classrooms|"
     "classroom block|classroom blocks|school building|school buildings|borehole|boreholes|"
     "latrine|latrines|reservoir|wind farm|"
     "solar farm|solar park|clubhouse|pavilion|cycle lane|cycle lanes|footpath|footpaths|"
     "conservatory|greenhouse|amphitheatre|amphitheater|boardwalk|footbridge|skate park|"
     "splash pad|changing rooms"},
    // Days a team holds: "Hold a discovery day with data owners".
    {WordClass::DeliverableNoun, false,
     "discovery day|open day|away day|fun day|demo day|hack day|info day|training day|"
     "induction day|gig|draft|first draft|study group|trial|field trial|tournament|"
     "competition|zine|curricula"},
    // … the surface words only ("outing" is no "out", "gathering" no "gather").
    {WordClass::DeliverableNoun, true,
     "social night|social nights|quiz night|games night|open evening|outing|outings|meetup|"
     "meetups|gathering|gatherings|membership drive|membership drives|recruitment drive|"
     "fundraising drive|debut ep|album|albums|debut album"},
    // Meetings and classes a team holds: "Hold regular catch-ups with partners", "Masterclasses
    // for mobile filmmakers", "Complete the year-end accounts".
    {WordClass::DeliverableNoun, false,
     "masterclass|master class|catch up|one to one|stand up|standup|retrospective|retro|"
     "away day|town hall|year end accounts|annual accounts|annual return"},
    // Channels and paths a team sets up: "Set up the club's YouTube channel", "Set up an
    // escalation path for overdue findings".
    {WordClass::DeliverableNoun, false,
     "advisory panel|steering panel|youtube channel|podcast channel|slack channel|"
     "discord server|escalation path|review "
     "workflow|approval workflow|intake form"},
    // Software a team builds: "Build the data pipeline for the rewritten app", "Add a readiness
    // check command to every service", "Alerting rules and notifications for the stack".
    {WordClass::DeliverableNoun, false,
     "data pipeline|ci pipeline|build pipeline|deployment pipeline|release pipeline|"
     "etl pipeline|command|cli command|subcommand|alerting rule|alert rule|alert|notification|"
     "runbook|installer|connector|adapter|webhook|cron job|job scheduler|health check|"
     "readiness check|test suite|sandbox environment|staging environment"},
    // Work verbs: "Templatise the tender letters", "Refit 8 branches".
    {WordClass::ActivityVerb, false,
     "stream|livestream|carry out|provide|templatise|templatize|relabel|refit|retrofit|rehearse|"
     "showcase|co author|digitalise|digitalize|standardise|standardize|prep|"
     "batch cook|meal prep|offer|celebrate|look into|team up|rework|approach|translate|"
     "localise|localize|go to|study|walk|swim|jog|hike|knock on|knock|canvass|doorknock|"
     "drill|dig|plant|distribute|hand out|erect|pave|put on"},
    // A campaign's doors knocked: "Knock on 36,000 doors".
    {WordClass::DeliverableNoun, false,
     "door|doorstep|brand identity|visual identity|demo instance|back office|brand book|"
     "user test|usability test|user testing session|"
     "intranet|extranet|webshop|web shop|web-shop|e-shop|online shop"},
    {WordClass::DeliverableNoun, true, "talks|discussions"},
    // Slogans: "Be the employer of choice", "Raise the bar", "Put patients first".
    {WordClass::VagueSlogan, true,
     "of choice|raise the bar|heart of|first choice|citizens first|patients first|"
     "students first|users first|customers first|members first|guests first|go global|"
     "go international|go big|go mainstream|fixated|relentless|relentlessly|obsessively|"
     "hearts and minds|hearts|up a notch|next chapter|first pick|top pick|first port of call|"
     "number one choice|go to choice|lead the shift|lead the transition|lead the change|"
     "lead the charge|a reality"},
    // Standing or a way of working with no measure: "Achieve academic distinction",
    // "Transform care delivery".
    {WordClass::AbstractNoun, false, "distinction|prestige|renown|stature|eminence|delivery"},
    {WordClass::GenericVerb, false,
     "put|reclaim|regain|restore|reinvent|reimagine|redefine|shape|chase|pursue|embed"},
    // "Push sport and recreation in every school", "Anchor sustainability in every company",
    // "Forge strong ties with partners", "Spread a way of life", "Guarantee safety and security".
    {WordClass::GenericVerb, false,
     "push|anchor|forge|spread|guarantee|shore up|safeguard|uphold|bolster|invigorate"},
    {WordClass::DeliverableNoun, false, "code forge|software forge|git forge"},
    // "Secure outside capital": a round closed or not.
    {WordClass::BinaryNoun, false,
     "outside capital|seed capital|venture capital|growth capital|outside investment"},
};
// clang-format on

bool isAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char lower(unsigned char c) {
    return static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool isLetter(char c) { return c >= 'a' && c <= 'z'; }

bool endsWith(const char* s, std::size_t n, const char* suffix) {
    std::size_t k = 0;
    while (suffix[k] != '\0') ++k;
    if (k > n) return false;
    for (std::size_t i = 0; i < k; ++i)
        if (s[n - k + i] != suffix[i]) return false;
    return true;
}

// Labels such as "kr1", "o2", "q3", "h1" and bare numbers ("1") read as fillers before a verb.
bool isLabel(std::string_view w) {
    std::size_t i = 0;
    while (i < w.size() && isLetter(w[i])) ++i;
    const std::string_view letters = w.substr(0, i);
    if (i == w.size()) return false;
    for (std::size_t j = i; j < w.size(); ++j)
        if (w[j] < '0' || w[j] > '9') return false;
    return letters.empty() || letters == "kr" || letters == "o" || letters == "okr" ||
           letters == "q" || letters == "h";
}

}  // namespace

const char* name(WordClass c) {
    switch (c) {
        case WordClass::ActivityVerb:
            return "activity verb";
        case WordClass::TacticPhrase:
            return "tactic phrase";
        case WordClass::VanityMetric:
            return "vanity metric";
        case WordClass::VagueSlogan:
            return "vague slogan";
        case WordClass::GenericVerb:
            return "generic verb";
        case WordClass::IncreaseVerb:
            return "increase verb";
        case WordClass::DecreaseVerb:
            return "decrease verb";
        case WordClass::MaintainVerb:
            return "maintain verb";
        case WordClass::BaselineWord:
            return "baseline word";
        case WordClass::OutcomeLink:
            return "outcome link";
        case WordClass::StopWord:
            return "stop word";
        case WordClass::Filler:
            return "filler";
        case WordClass::TeamWord:
            return "team word";
        case WordClass::FunctionWord:
            return "function word";
        case WordClass::RoleWord:
            return "role word";
        case WordClass::RevenueTerm:
            return "revenue term";
        case WordClass::CostTerm:
            return "cost term";
        case WordClass::ValueTerm:
            return "customer-value term";
        case WordClass::BusinessOutput:
            return "business output";
        case WordClass::AcquisitionCost:
            return "acquisition cost";
        case WordClass::BuildVerb:
            return "build verb";
        case WordClass::AchieveVerb:
            return "achieve verb";
        case WordClass::ExperienceVerb:
            return "experience verb";
        case WordClass::BeVerb:
            return "be verb";
        case WordClass::DoneWord:
            return "done word";
        case WordClass::DeliverableNoun:
            return "deliverable";
        case WordClass::MetricNoun:
            return "metric";
        case WordClass::AbstractNoun:
            return "abstract noun";
        case WordClass::AgentNoun:
            return "people";
        case WordClass::BinaryNoun:
            return "binary event";
        case WordClass::Determiner:
            return "determiner";
        case WordClass::Preposition:
            return "preposition";
        case WordClass::Conjunction:
            return "conjunction";
        case WordClass::CountWord:
            return "count word";
        case WordClass::Qualifier:
            return "qualifier";
        case WordClass::SoftSlogan:
            return "soft slogan";
        case WordClass::LaunchVerb:
            return "launch verb";
        case WordClass::StaffVerb:
            return "staffing verb";
        case WordClass::MannerAdverb:
            return "manner adverb";
        case WordClass::FeelingWord:
            return "feeling word";
        case WordClass::PraiseWord:
            return "praise word";
        case WordClass::PlaceWord:
            return "place word";
        case WordClass::PraiseAdjective:
            return "praise adjective";
        case WordClass::DirectionWord:
            return "direction word";
        case WordClass::OrgNoun:
            return "organisation";
        case WordClass::IncomingNoun:
            return "incoming work";
        case WordClass::StateWord:
            return "state word";
        case WordClass::OutsideBody:
            return "outside body";
        case WordClass::StandingNoun:
            return "standing";
        case WordClass::GainVerb:
            return "gain verb";
        case WordClass::FundingNoun:
            return "funding";
        case WordClass::AttentionVerb:
            return "attention verb";
        case WordClass::NumberWord:
            return "number word";
        case WordClass::QuantityUnit:
            return "quantity unit";
        case WordClass::OutreachChannel:
            return "outreach channel";
        case WordClass::AreaNoun:
            return "area";
        case WordClass::Count:
            break;
    }
    return "?";
}

const std::vector<WordEntry>& defaultWordEntries() {
    static const std::vector<WordEntry> entries = [] {
        std::vector<WordEntry> out;
        for (const Row& row : kRows) {
            std::string_view all(row.phrases);
            while (!all.empty()) {
                const std::size_t bar = all.find('|');
                const std::string_view one = all.substr(0, bar);
                if (!one.empty()) out.push_back({std::string(one), row.cls, row.exact});
                if (bar == std::string_view::npos) break;
                all.remove_prefix(bar + 1);
            }
        }
        return out;
    }();
    return entries;
}

std::size_t stemInto(std::string_view word, char* out, std::size_t cap) noexcept {
    std::size_t n = std::min(word.size(), cap);
    for (std::size_t i = 0; i < n; ++i) out[i] = lower(static_cast<unsigned char>(word[i]));
    if (n <= 3) return n;
    // Plurals and third person.
    if (endsWith(out, n, "sses")) {
        n -= 2;
    } else if (endsWith(out, n, "ies")) {
        n -= 2;
        out[n - 1] = 'i';
    } else if (endsWith(out, n, "ches") || endsWith(out, n, "shes") || endsWith(out, n, "xes") ||
               endsWith(out, n, "zes")) {
        n -= 2;
    } else if (out[n - 1] == 's' && !endsWith(out, n, "ss") && !endsWith(out, n, "us") &&
               !endsWith(out, n, "is")) {
        n -= 1;
    }
    // -ing and -ed, keeping at least three letters.
    bool stripped = false;
    if (n >= 6 && endsWith(out, n, "ing")) {
        n -= 3;
        stripped = true;
    } else if (n >= 5 && endsWith(out, n, "ed")) {
        n -= 2;
        stripped = true;
    }
    if (stripped && n >= 4 && out[n - 1] == out[n - 2] && isLetter(out[n - 1]) &&
        !isVowel(out[n - 1]) && out[n - 1] != 'l' && out[n - 1] != 's' && out[n - 1] != 'z') {
        n -= 1;
    }
    if (n > 3 && out[n - 1] == 'e') n -= 1;
    if (n > 3 && out[n - 1] == 'y') out[n - 1] = 'i';
    return n;
}

std::string_view lastWordOf(std::string_view phrase) noexcept {
    const std::size_t space = phrase.rfind(' ');
    return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

std::string lowerCase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = asciiLower(c);
    return out;
}

bool sameIgnoringCase(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (asciiLower(a[i]) != asciiLower(b[i])) return false;
    return true;
}

int compareIgnoringCase(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(asciiLower(a[i]));
        const auto y = static_cast<unsigned char>(asciiLower(b[i]));
        if (x != y) return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

bool containsIgnoringCase(std::string_view text, std::string_view lowerNeedle) noexcept {
    if (lowerNeedle.size() > text.size()) return false;
    for (std::size_t i = 0; i + lowerNeedle.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < lowerNeedle.size() && asciiLower(text[i + k]) == lowerNeedle[k]) ++k;
        if (k == lowerNeedle.size()) return true;
    }
    return false;
}

std::string stem(std::string_view word) {
    char buf[64];
    return std::string(buf, stemInto(word, buf, sizeof buf));
}

bool isListedWord(std::string_view word, std::string_view list) noexcept {
    for (std::size_t at = 0; at <= list.size();) {
        const std::size_t end = std::min(list.find('|', at), list.size());
        if (list.substr(at, end - at) == word) return true;
        at = end + 1;
    }
    return false;
}

WordText::WordText(std::string_view text) {
    // One pass to size both buffers (one allocation each), one to fill them in place: no call
    // per character (in the WASM build each throwing call is a trip through JavaScript).
    std::size_t words = 0, letters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isAlnum(static_cast<unsigned char>(text[i]))) continue;
        ++letters;
        if (i == 0 || !isAlnum(static_cast<unsigned char>(text[i - 1]))) ++words;
    }
    if (words == 0) return;
    buf_.resize(letters * 2);
    spans_.resize(words);
    char* out = &buf_[0];
    std::size_t n = 0, w = 0, i = 0;
    while (i < text.size()) {
        if (!isAlnum(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        Span& sp = spans_[w++];
        sp.at = static_cast<std::uint32_t>(i);
        sp.word = static_cast<std::uint32_t>(n);
        while (i < text.size() && isAlnum(static_cast<unsigned char>(text[i])))
            out[n++] = lower(static_cast<unsigned char>(text[i++]));
        sp.wordLen = static_cast<std::uint32_t>(n - sp.word);
    }
    // Stems are never longer than their words, so they fit in the second half.
    for (Span& sp : spans_) {
        const std::size_t len = stemInto(std::string_view(out + sp.word, sp.wordLen), out + n,
                                         std::min<std::size_t>(buf_.size() - n, 64));
        sp.stem = static_cast<std::uint32_t>(n);
        sp.stemLen = static_cast<std::uint32_t>(len);
        n += len;
    }
    buf_.resize(n);
}

std::string_view WordText::word(std::size_t i) const noexcept {
    return std::string_view(buf_).substr(spans_[i].word, spans_[i].wordLen);
}

std::size_t WordText::offset(std::size_t i) const noexcept { return spans_[i].at; }

std::string_view WordText::stemAt(std::size_t i) const noexcept {
    return std::string_view(buf_).substr(spans_[i].stem, spans_[i].stemLen);
}

std::size_t WordText::firstMeaningful(const WordTable& table) const noexcept {
    for (std::size_t i = 0; i < size(); ++i) {
        const std::string_view w = word(i);
        if (isLabel(w)) continue;
        const ClassMask skip = bit(WordClass::StopWord) | bit(WordClass::Filler);
        if (table.wordClasses(w) & skip) continue;
        return i;
    }
    return size();
}

WordTable::Match WordTable::Hits::first(WordClass c, const WordTable& table) const noexcept {
    if (!has(c)) return {};
    for (std::size_t i = 0; i < count; ++i)
        if (table.entry(items[i]).cls == c) return items[i];
    return {};
}

namespace {
std::uint64_t nextTableVersion() {
    static std::uint64_t counter = 0;
    return ++counter;
}
}  // namespace

WordTable::WordTable(std::vector<WordEntry> entries)
    : entries_(std::move(entries)), version_(nextTableVersion()) {
    compiled_.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) compile(static_cast<int>(i));
    sortIndex();
}

void WordTable::add(WordEntry entry) {
    entries_.push_back(std::move(entry));
    compile(static_cast<int>(entries_.size() - 1));
    sortIndex();
    version_ = nextTableVersion();
}

void WordTable::compile(int index) {
    const WordEntry& e = entries_[static_cast<std::size_t>(index)];
    const WordText words(e.phrase);
    if (words.empty()) return;
    Compiled c;
    c.entry = index;
    for (std::size_t i = 0; i < words.size(); ++i)
        c.keys.emplace_back(e.exact ? words.word(i) : words.stemAt(i));
    compiled_.push_back(std::move(c));
}

void WordTable::sortIndex() {
    byStem_.clear();
    byWord_.clear();
    for (std::size_t i = 0; i < compiled_.size(); ++i) {
        const bool exact = entries_[static_cast<std::size_t>(compiled_[i].entry)].exact;
        (exact ? byWord_ : byStem_).push_back(static_cast<int>(i));
    }
    const auto byKey = [this](int a, int b) {
        const auto& ca = compiled_[static_cast<std::size_t>(a)];
        const auto& cb = compiled_[static_cast<std::size_t>(b)];
        if (ca.keys[0] != cb.keys[0]) return ca.keys[0] < cb.keys[0];
        return ca.keys.size() > cb.keys.size();  // longer phrases first
    };
    stableSort(byStem_, byKey);
    stableSort(byWord_, byKey);
    buildSlots(byStem_, stemSlots_);
    buildSlots(byWord_, wordSlots_);
}

bool WordTable::matchesAt(const WordText& text, const Compiled& c, std::size_t at) const noexcept {
    if (at + c.keys.size() > text.size()) return false;
    const bool exact = entries_[static_cast<std::size_t>(c.entry)].exact;
    for (std::size_t k = 0; k < c.keys.size(); ++k) {
        const std::string_view have = exact ? text.word(at + k) : text.stemAt(at + k);
        if (have != c.keys[k]) return false;
    }
    return true;
}

namespace {

std::uint64_t hashOf(std::string_view key) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const char ch : key) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

void WordTable::buildSlots(const std::vector<int>& index, std::vector<Slot>& slots) const {
    std::size_t capacity = 16;
    while (capacity < index.size() * 2) capacity *= 2;
    slots.assign(capacity, Slot{});
    const std::size_t mask = capacity - 1;
    for (std::size_t lo = 0; lo < index.size();) {
        const std::string& key = compiled_[static_cast<std::size_t>(index[lo])].keys[0];
        std::size_t hi = lo + 1;
        while (hi < index.size() && compiled_[static_cast<std::size_t>(index[hi])].keys[0] == key)
            ++hi;
        const std::uint64_t h = hashOf(key);
        std::size_t i = static_cast<std::size_t>(h) & mask;
        while (slots[i].used) i = (i + 1) & mask;
        slots[i] = Slot{h, static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(hi), true};
        lo = hi;
    }
}

std::pair<std::size_t, std::size_t> WordTable::lookup(const std::vector<int>& index,
                                                      const std::vector<Slot>& slots,
                                                      std::string_view key) const noexcept {
    if (slots.empty()) return {0, 0};
    const std::uint64_t h = hashOf(key);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask; slots[i].used; i = (i + 1) & mask) {
        const Slot& s = slots[i];
        if (s.hash == h && compiled_[static_cast<std::size_t>(index[s.lo])].keys[0] == key)
            return {s.lo, s.hi};
    }
    return {0, 0};
}

std::size_t WordTable::scanInto(const WordText& text, Match* out, std::size_t cap,
                                ClassMask* classes) const noexcept {
    std::size_t count = 0;
    ClassMask found = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (int pass = 0; pass < 2; ++pass) {
            const std::vector<int>& index = pass == 0 ? byStem_ : byWord_;
            const std::string_view key = pass == 0 ? text.stemAt(at) : text.word(at);
            const auto [lo, hi] = lookup(index, pass == 0 ? stemSlots_ : wordSlots_, key);
            for (std::size_t r = lo; r < hi; ++r) {
                const Compiled& c = compiled_[static_cast<std::size_t>(index[r])];
                if (!matchesAt(text, c, at)) continue;
                found |= bit(entries_[static_cast<std::size_t>(c.entry)].cls);
                if (count < cap) out[count++] = Match{c.entry, at, c.keys.size()};
            }
        }
    }
    if (classes) *classes = found;
    return count;
}

WordTable::Hits WordTable::scan(const WordText& text) const noexcept {
    Hits hits;
    hits.count = scanInto(text, hits.items, Hits::kMaxHits, &hits.classes);
    return hits;
}

WordTable::Match WordTable::matchAt(const WordText& text, WordClass cls,
                                    std::size_t at) const noexcept {
    Match best;
    if (at >= text.size()) return best;
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<int>& index = pass == 0 ? byStem_ : byWord_;
        const std::string_view key = pass == 0 ? text.stemAt(at) : text.word(at);
        const auto [lo, hi] = lookup(index, pass == 0 ? stemSlots_ : wordSlots_, key);
        for (std::size_t r = lo; r < hi; ++r) {
            const Compiled& c = compiled_[static_cast<std::size_t>(index[r])];
            if (entries_[static_cast<std::size_t>(c.entry)].cls != cls) continue;
            if (!matchesAt(text, c, at)) continue;
            if (!best || c.keys.size() > best.length) best = Match{c.entry, at, c.keys.size()};
        }
    }
    return best;
}

WordTable::Match WordTable::find(const WordText& text, WordClass cls) const noexcept {
    for (std::size_t at = 0; at < text.size(); ++at)
        if (Match m = matchAt(text, cls, at)) return m;
    return {};
}

ClassMask WordTable::wordClasses(std::string_view lowerWord) const noexcept {
    char buf[64];
    const std::string_view s(buf, stemInto(lowerWord, buf, sizeof buf));
    ClassMask mask = 0;
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<int>& index = pass == 0 ? byStem_ : byWord_;
        const auto [lo, hi] =
            lookup(index, pass == 0 ? stemSlots_ : wordSlots_, pass == 0 ? s : lowerWord);
        for (std::size_t r = lo; r < hi; ++r) {
            const Compiled& c = compiled_[static_cast<std::size_t>(index[r])];
            if (c.keys.size() == 1) mask |= bit(entries_[static_cast<std::size_t>(c.entry)].cls);
        }
    }
    return mask;
}

bool WordTable::isWord(std::string_view lowerWord, WordClass cls) const noexcept {
    return (wordClasses(lowerWord) & bit(cls)) != 0;
}

OwnerKind classifyOwner(std::string_view owner, const WordTable& table) {
    const WordText words(owner);
    if (words.empty()) return OwnerKind::None;
    // Several names: parts with letters between the marks people put between names
    // (/ , & + ; | newline), or the words "and" / "or".
    int parts = 0;
    bool letters = false;
    for (const char c : owner) {
        if (c == '/' || c == ',' || c == '&' || c == '+' || c == ';' || c == '|' || c == '\n') {
            parts += letters ? 1 : 0;
            letters = false;
        } else if (isAlnum(static_cast<unsigned char>(c))) {
            letters = true;
        }
    }
    parts += letters ? 1 : 0;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words.word(i) == "and" || words.word(i) == "or") ++parts;
    if (parts > 1) return OwnerKind::Several;
    bool role = false, onlyFunctions = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const ClassMask m = table.wordClasses(words.word(i));
        const auto has = [m](WordClass c) { return (m & bit(c)) != 0; };
        if (has(WordClass::TeamWord)) return OwnerKind::Team;
        if (has(WordClass::RoleWord)) role = true;
        if (!has(WordClass::FunctionWord) && !has(WordClass::StopWord)) onlyFunctions = false;
    }
    if (!role && onlyFunctions) return OwnerKind::Team;
    return OwnerKind::Person;
}

const WordTable& defaultWordTable() {
    static const WordTable table(defaultWordEntries());
    return table;
}

}  // namespace okr
