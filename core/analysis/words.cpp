// The default word table (the one place the heuristics' vocabulary lives), the stemmer and the
// phrase matcher; see words.h. Each row below names where in the seeds its words come from.
#include "analysis/words.h"

#include <algorithm>

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
     "publish|launch|hire|recruit|implement|ship|release|deploy|build|built|rebuild|create|"
     "conduct|host|run|ran|write|wrote|written|send|sent|attend|migrate|redesign|develop|"
     "design|install|introduce|roll out|set up|work on|complete|organize|organise|schedule|"
     "produce|draft|document|train|integrate|refactor|rewrite|revamp|finish|"
     "prepare|start|kick off|interview|survey|test|audit|execute|perform"},
    // S0 P1 table ("first-page Google rankings", "landing pages", "required form fields",
    // "work on the website"), S4 ("blog posts").
    {WordClass::TacticPhrase, false,
     "landing page|form field|first page|page one|ranking|blog post|social post|work on|"
     "website redesign|new feature"},
    // S2 ("page views, registered users, social followers").
    {WordClass::VanityMetric, false,
     "page view|pageview|view|impression|follower|fan|registered user|"
     "download|app install|visit|visitor|traffic|social mention"},
    {WordClass::VanityMetric, true, "likes|clicks|page hits"},
    // S4 failure pattern 1 and its bad-objective table ("become the leading platform",
    // "be customer-obsessed"), S2 ("delight users").
    {WordClass::VagueSlogan, true,
     "the leading|leading platform|leading provider|world class|best in class|number one|"
     "industry leader|market leader|category leader|thought leader|be the best|the best|"
     "obsessed|obsession|excellence|excellent|awesome|amazing|delight|delightful|next level|"
     "game changer|revolutionize|revolutionise|disrupt|synergy|synergies|cutting edge|"
     "world s best|innovative|love"},
    // S4 bad-objective table: "Grow revenue", "Improve marketing", "Be customer-obsessed".
    {WordClass::GenericVerb, false,
     "grow|improve|increase|boost|be|become|drive|enhance|optimize|optimise|get|do|make|have|"
     "strengthen|scale|expand|accelerate|maximize|maximise|win|achieve|focus on|step up|"
     "better|support"},
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
     "establish|baseline|instrument|instrumentation|verify|calibrate|benchmark"},
    {WordClass::OutcomeLink, true, "that|which|so|so that|in order to|whose|until|resulting in"},
    {WordClass::StopWord, true,
     "a|an|the|our|we|us|to|of|for|in|on|with|and|or|by|at|from|into|that|this|these|those|so|"
     "is|are|it|its|as|their|your|my|all|every|each|more|most|very|not|no|per|than|via|"
     "through|over|under|within|without|across|new|s|t|will|can"},
    {WordClass::Filler, true,
     "kr|okr|o|objective|successfully|fully|also|then|q1|q2|q3|q4|h1|h2|must|should|actually|"
     "really"},
    // S2 "names, not teams".
    {WordClass::TeamWord, false,
     "team|squad|department|dept|group|function|guild|tribe|crew|committee|org|organization|"
     "organisation|everyone|all hands|unit|office|staff|pod|chapter|circle|taskforce|"
     "task force|council"},
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
     "specialist|officer|principal|consultant|architect|associate|representative|rep|"
     "executive|administrator|owner|captain|gm"},
    // S2 "threading revenue, cost and customer value", S3 driver tree, S4 AARRR.
    {WordClass::RevenueTerm, false,
     "revenue|arr|mrr|arpa|arpu|acv|contract value|pipeline|nrr|net revenue retention|"
     "expansion|upsell|upgrade|win rate|sale|gmv|aov|order value|monetization|monetisation|"
     "price|pricing|paid conversion|trial to paid|free to paid|booking|deal|quota|"
     "billable|income|profit|ltv|lifetime value|repeat order|repeat purchase|lead|signup|"
     "sign up|order|logo|conversion|mql|sql"},
    {WordClass::CostTerm, false,
     "cost|cac|cpa|cpl|spend|payback|margin|budget|overtime|efficiency|efficient|burn|"
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

std::string stem(std::string_view word) {
    char buf[64];
    return std::string(buf, stemInto(word, buf, sizeof buf));
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

std::string_view WordText::stemAt(std::size_t i) const noexcept {
    return std::string_view(buf_).substr(spans_[i].stem, spans_[i].stemLen);
}

std::size_t WordText::firstMeaningful(const WordTable& table) const noexcept {
    for (std::size_t i = 0; i < size(); ++i) {
        const std::string_view w = word(i);
        if (isLabel(w)) continue;
        const std::uint32_t skip = (1u << static_cast<unsigned>(WordClass::StopWord)) |
                                   (1u << static_cast<unsigned>(WordClass::Filler));
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

WordTable::WordTable(std::vector<WordEntry> entries) : entries_(std::move(entries)) {
    compiled_.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) compile(static_cast<int>(i));
    sortIndex();
}

void WordTable::add(WordEntry entry) {
    entries_.push_back(std::move(entry));
    compile(static_cast<int>(entries_.size() - 1));
    sortIndex();
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
    std::stable_sort(byStem_.begin(), byStem_.end(), byKey);
    std::stable_sort(byWord_.begin(), byWord_.end(), byKey);
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

WordTable::Hits WordTable::scan(const WordText& text) const noexcept {
    Hits hits;
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (int pass = 0; pass < 2; ++pass) {
            const std::vector<int>& index = pass == 0 ? byStem_ : byWord_;
            const std::string_view key = pass == 0 ? text.stemAt(at) : text.word(at);
            const auto [lo, hi] = lookup(index, pass == 0 ? stemSlots_ : wordSlots_, key);
            for (std::size_t r = lo; r < hi; ++r) {
                const Compiled& c = compiled_[static_cast<std::size_t>(index[r])];
                if (!matchesAt(text, c, at)) continue;
                const WordClass cls = entries_[static_cast<std::size_t>(c.entry)].cls;
                hits.classes |= 1u << static_cast<unsigned>(cls);
                if (hits.count < Hits::kMaxHits)
                    hits.items[hits.count++] = Match{c.entry, at, c.keys.size()};
            }
        }
    }
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

std::uint32_t WordTable::wordClasses(std::string_view lowerWord) const noexcept {
    char buf[64];
    const std::string_view s(buf, stemInto(lowerWord, buf, sizeof buf));
    std::uint32_t mask = 0;
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<int>& index = pass == 0 ? byStem_ : byWord_;
        const auto [lo, hi] =
            lookup(index, pass == 0 ? stemSlots_ : wordSlots_, pass == 0 ? s : lowerWord);
        for (std::size_t r = lo; r < hi; ++r) {
            const Compiled& c = compiled_[static_cast<std::size_t>(index[r])];
            if (c.keys.size() == 1)
                mask |=
                    1u << static_cast<unsigned>(entries_[static_cast<std::size_t>(c.entry)].cls);
        }
    }
    return mask;
}

bool WordTable::isWord(std::string_view lowerWord, WordClass cls) const noexcept {
    return (wordClasses(lowerWord) >> static_cast<unsigned>(cls)) & 1u;
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
        const std::uint32_t m = table.wordClasses(words.word(i));
        const auto has = [m](WordClass c) { return (m >> static_cast<unsigned>(c)) & 1u; };
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
