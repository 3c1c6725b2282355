// The word tables behind the text heuristics (activity verbs, vanity metrics, tactic phrases,
// vague slogans, direction verbs, owner words, revenue/cost/value terms) and the small machinery
// that matches them: lower-casing, splitting into words and a simple suffix stemmer, so that
// "launched", "launching" and "launches" all match the table entry "launch".
//
// Contract:
// - The default table is data: one list in words.cpp (defaultWordEntries()). A user extends it by
//   building a WordTable from that list plus entries of their own and passing it to analyze().
// - Matching is on ASCII words: anything that is not a letter or digit separates words (so
//   "customer-obsessed" is the two words "customer obsessed"); other bytes are ignored. Every
//   function here accepts any bytes and never throws on them.
// - A phrase is matched on stems unless its entry is `exact` (then the lower-case surface words
//   must equal it: "leading" the adjective must not match "leads").
// - A word list always trails English: rules built on it warn, never block (README "The rules").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace okr {

enum class WordClass : std::uint8_t {
    ActivityVerb,     // work done, not a change: publish, launch, hire (KR-ACTIVITY, OBJ-TACTIC)
    TacticPhrase,     // work named as a goal: landing pages, rankings (OBJ-TACTIC)
    VanityMetric,     // big numbers with no tie to value: page views, followers (KR-VANITY)
    VagueSlogan,      // "the leading", "world class", "obsessed" (OBJ-VAGUE)
    GenericVerb,      // grow, improve, be: vague when little follows them (OBJ-VAGUE)
    IncreaseVerb,     // increase, grow, lift (KR-DIRECTION, sentence parser)
    DecreaseVerb,     // reduce, cut, shorten
    MaintainVerb,     // maintain, keep, hold (suggests a maintain KR)
    BaselineWord,     // establish, instrument, baseline (suggests a baseline KR)
    OutcomeLink,      // that, which, so: the clause naming the outcome (OBJ-TACTIC exemption)
    StopWord,         // the, a, our: not counted as content
    Filler,           // successfully, kr, q2: skipped before the leading verb
    TeamWord,         // team, squad, department (an owner that is a group)
    FunctionWord,     // marketing, sales, growth (a function name alone is a team)
    RoleWord,         // head, lead, founder, ceo (a role is one person)
    RevenueTerm,      // SET-TRIAD: revenue, ARR, pipeline, win rate
    CostTerm,         // SET-TRIAD: cost, CAC, payback, margin
    ValueTerm,        // SET-TRIAD: retention, activation, NPS, time to value
    BusinessOutput,   // TREE-NSM-OUTPUT: revenue, ARR, profit
    AcquisitionCost,  // KR-CPA: CAC, CPA, cost per lead
    // The grammar's word classes (reading.h): what part a word can play in a sentence.
    BuildVerb,        // build, create, develop: work only when what is built is an artefact
    AchieveVerb,      // reach, generate, win, sign: what others do in response (an outcome)
    ExperienceVerb,   // feel, use, renew, report: what customers, users or staff do
    BeVerb,           // is, are, becomes, gets: before a participle, a deliverable said done
    DoneWord,         // shipped, implemented, available, live: the state of a finished deliverable
    DeliverableNoun,  // post, webinar, feature, page, tool: the units of work we produce
    MetricNoun,       // rate, churn, revenue, signups, latency: a measure of behaviour or business
    AbstractNoun,     // satisfaction, awareness, quality: a quality with no measure of its own
    AgentNoun,        // customers, users, partners, contributors: people whose behaviour counts
    BinaryNoun,       // certification, approval, agreement: a rightly done / not-done event
    Determiner,       // the, a, our, every: opens a noun phrase
    Preposition,      // for, in, with, by, through: opens a phrase after the head
    Conjunction,      // and, or, but, while
    CountWord,        // number, amount, share: "the number of posts" counts the posts
    Qualifier,        // without, only, while, instead: what the sentence rules out
    SoftSlogan,       // great, seamless, top-tier: a slogan only when nothing else is specific
    // The objective judgement's word classes.
    LaunchVerb,    // launch, ship, release, roll out: work whose object is made, whatever it names
    StaffVerb,     // hire, recruit, appoint, onboard: people counted are our work, not our reach
    MannerAdverb,  // well, faster, properly, smoothly: how well a thing is done, no measure
    FeelingWord,   // thrilled, delighted, supported, informed: how people feel or are served
    PraiseWord,    // flourishing, vibrant, caring: praise of a place or a future (a vision)
    PlaceWord,     // community, economy, region, future: what a vision praises
    PraiseAdjective,  // well-run, compassionate, first-rate: praise of how we work or serve
    DirectionWord,    // better, higher, fewer: a direction that names no measure by itself
    OrgNoun,          // company, business, industry: ourselves or a whole field, not people to ask
    IncomingNoun,     // tickets, calls, requests: what comes in to be handled (a service level)
    StateWord,        // fast, reliable, safe, accessible: a state a thing is made into
    OutsideBody,      // auditor, regulator, notified body: who gives a verdict on us (milestones)
    StandingNoun,     // leader, catalyst, voice, exemplar: a standing we would like to be given
    GainVerb,         // win, secure, obtain, land: gaining a thing others decide to give
    FundingNoun,      // funding, round, seed, loan, grant: money raised in one close
    AttentionVerb,    // viewed, downloaded, played: attention counted in times (vanity)
    NumberWord,       // two, twelve, hundred: a number written as a word
    QuantityUnit,     // tonnes, kWh, litres: a quantity by weight, volume or energy
    OutreachChannel,  // by phone, in person, door to door: people reached one by one
    AreaNoun,         // town, district, village, campus: a place a plan can set apart
    Count
};

// One bit per WordClass.
using ClassMask = std::uint64_t;
inline constexpr ClassMask bit(WordClass c) { return ClassMask{1} << static_cast<unsigned>(c); }

// Human name of a class ("activity verb"), for messages and the README.
const char* name(WordClass c);

struct WordEntry {
    std::string phrase;  // one or more words in lower case, as people write them ("roll out")
    WordClass cls = WordClass::StopWord;
    bool exact = false;  // match surface words, not stems
};

// The one default table (activity verbs, vanity metrics, tactic phrases, slogans, …).
const std::vector<WordEntry>& defaultWordEntries();

// The stem of one word: lower-cased, plural / -ing / -ed / final -e stripped, final -y as -i,
// a doubled final consonant undoubled ("shipped" → "ship"). Only ASCII letters are changed.
std::string stem(std::string_view word);
// One ASCII letter lower-cased; every other byte kept (so offsets into a text stay valid).
inline char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
// A text with its ASCII letters lower-cased, every other byte kept.
std::string lowerCase(std::string_view s);
// The last word of a phrase, after its last space: "rate" in "group formation rate".
std::string_view lastWordOf(std::string_view phrase) noexcept;
// Whether two texts are the same but for the case of ASCII letters.
bool sameIgnoringCase(std::string_view a, std::string_view b) noexcept;
// Their order as lowerCase(a) < lowerCase(b) would give (negative, zero or positive), without
// allocating.
int compareIgnoringCase(std::string_view a, std::string_view b) noexcept;
// Whether `text` holds `lowerNeedle` (lower case) but for the case of its ASCII letters.
bool containsIgnoringCase(std::string_view text, std::string_view lowerNeedle) noexcept;
// Allocation-free form for hot paths: writes at most `cap` bytes into `out`, returns the length.
std::size_t stemInto(std::string_view lowerWord, char* out, std::size_t cap) noexcept;

// Whether `word` is one of `list`'s words, split by '|' ("at|on|by"): a word list kept as data,
// where an initializer list is built by code at every call.
bool isListedWord(std::string_view word, std::string_view list) noexcept;

// A text split once into lower-case words and their stems.
class WordText {
  public:
    WordText() = default;
    explicit WordText(std::string_view text);

    std::size_t size() const { return spans_.size(); }
    bool empty() const { return spans_.empty(); }
    std::string_view word(std::size_t i) const noexcept;
    std::string_view stemAt(std::size_t i) const noexcept;
    // Where word i starts in the text it was read from, in bytes.
    std::size_t offset(std::size_t i) const noexcept;
    // Index of the first word that is neither a stop word nor a filler ("KR1:", "successfully"),
    // or size() if there is none.
    std::size_t firstMeaningful(const class WordTable& table) const noexcept;

  private:
    struct Span {
        std::uint32_t at = 0, word = 0, wordLen = 0, stem = 0, stemLen = 0;
    };
    std::string buf_;
    std::vector<Span> spans_;
};

class WordTable {
  public:
    struct Match {
        int entry = -1;  // index into entries()
        std::size_t start = 0;
        std::size_t length = 0;  // in words
        explicit operator bool() const { return entry >= 0; }
    };

    // Every match in one text, in text order; at most kMaxHits are kept.
    struct Hits {
        static constexpr std::size_t kMaxHits = 32;
        Match items[kMaxHits];
        std::size_t count = 0;
        ClassMask classes = 0;  // bit per WordClass that matched at least once

        bool has(WordClass c) const { return (classes & bit(c)) != 0; }
        Match first(WordClass c, const WordTable& table) const noexcept;
    };

    WordTable() = default;
    explicit WordTable(std::vector<WordEntry> entries);

    void add(WordEntry entry);
    // Changes whenever the table does (every table has its own): what a reading cached for one
    // table at one version can be reused for.
    std::uint64_t version() const { return version_; }
    const std::vector<WordEntry>& entries() const { return entries_; }
    const WordEntry& entry(const Match& m) const {
        return entries_[static_cast<std::size_t>(m.entry)];
    }

    // All phrases found in `text` (longest phrase first at each position).
    Hits scan(const WordText& text) const noexcept;
    // Every match in `text` into out[0, cap), in text order and longest phrase first at each
    // position; returns how many were written. `classes` (optional) gets every class found.
    std::size_t scanInto(const WordText& text, Match* out, std::size_t cap,
                         ClassMask* classes = nullptr) const noexcept;
    // The longest phrase of class `cls` starting exactly at word `at`.
    Match matchAt(const WordText& text, WordClass cls, std::size_t at) const noexcept;
    // The first phrase of class `cls` anywhere in `text`.
    Match find(const WordText& text, WordClass cls) const noexcept;
    // True if the single word (given lower-case) or its stem is an entry of class `cls`.
    bool isWord(std::string_view lowerWord, WordClass cls) const noexcept;
    // Every class the single word (or its stem) belongs to.
    ClassMask wordClasses(std::string_view lowerWord) const noexcept;

  private:
    struct Compiled {
        std::vector<std::string> keys;  // stems, or lower-case words for exact entries
        int entry = 0;
    };
    // A hash slot: the run [lo, hi) of an index whose entries share one first key.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t lo = 0, hi = 0;
        bool used = false;
    };
    void compile(int index);
    void sortIndex();
    void buildSlots(const std::vector<int>& index, std::vector<Slot>& slots) const;
    std::pair<std::size_t, std::size_t> lookup(const std::vector<int>& index,
                                               const std::vector<Slot>& slots,
                                               std::string_view key) const noexcept;
    bool matchesAt(const WordText& text, const Compiled& c, std::size_t at) const noexcept;

    std::vector<WordEntry> entries_;
    std::vector<Compiled> compiled_;
    // Compiled indices sorted by first key; one index for stems, one for exact words. Indices,
    // not views, so that copies of a table stay valid.
    std::vector<int> byStem_, byWord_;
    std::vector<Slot> stemSlots_, wordSlots_;
    std::uint64_t version_ = 0;  // hash tables over the runs of equal first keys
};

// The table built from defaultWordEntries(), built once.
const WordTable& defaultWordTable();

// What an owner field names (OBJ-OWNER, KR-NO-OWNER, S2 "names, not teams"): nobody, several
// people ("Product / Growth", "Ana and Ben"), a team ("Growth team", "Marketing": a function name
// alone) or one person ("Ana Silva", "Head of Growth", "CS Lead").
enum class OwnerKind { None, Person, Several, Team };
OwnerKind classifyOwner(std::string_view owner, const WordTable& table);

}  // namespace okr
