// The learned reader of a wording; see learned.h.
#include "analysis/learned.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "analysis/sentence.h"

namespace okr {

namespace {

#ifndef OKR_LEARNED_FETCHED
#include "analysis/learned_model.inc"
#endif

bool isAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The words of a text from byte `from`, each as its stem ("#" for one with a digit), with where
// it stands in the whole text.
template <typename Fn>
void eachStem(std::string_view text, std::size_t from, Fn&& fn) {
    const std::size_t end = text.size();
    std::size_t i = from;
    char low[64];
    char stemmed[64];
    while (i < end) {
        if (!isAlnum(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool digit = false;
        std::size_t n = 0;
        while (i < end && isAlnum(static_cast<unsigned char>(text[i]))) {
            const char c = text[i++];
            digit = digit || (c >= '0' && c <= '9');
            if (n < sizeof low) low[n++] = asciiLower(c);
        }
        TextSpan at;
        at.begin = static_cast<std::uint16_t>(start);
        at.end = static_cast<std::uint16_t>(i);
        if (digit) {
            fn(std::string_view("#"), at);
            continue;
        }
        const std::size_t len = stemInto(std::string_view(low, n), stemmed, sizeof stemmed);
        fn(std::string_view(stemmed, len), at);
    }
}

std::uint32_t fnv(std::uint32_t h, std::string_view s) {
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}
constexpr std::uint32_t kFnvStart = 2166136261u;

// The hashes of a generated model's features, sorted, from their varint gaps (train.py).
std::vector<std::uint32_t> hashesFrom(const unsigned char* gaps, int count) {
    std::vector<std::uint32_t> out;
    out.reserve(static_cast<std::size_t>(count));
    std::uint32_t h = 0;
    for (int i = 0; i < count; ++i) {
        std::uint32_t gap = 0;
        for (int shift = 0;; shift += 7) {
            const unsigned char b = *gaps++;
            gap |= static_cast<std::uint32_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) break;
        }
        out.push_back(h += gap);
    }
    return out;
}

// One model: its features' hashes sorted, and their weights per label in that order.
struct Model {
    std::vector<std::uint32_t> hashes;
    std::vector<signed char> weights;
    int labels = 0;
    float scale = 0;
    std::vector<float> bias;
    // A model not yet had (the web app's before its file arrives) never speaks.
    float add = 2, clear = 2, clearTactic = 2, relabel = 2;
    int ok = 0;
    int skip = -1;  // a label that is not a defect of the wording ("no baseline")

    const signed char* weightsAt(int i) const {
        return weights.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(labels);
    }
    int find(std::uint32_t h) const {
        const auto at = std::lower_bound(hashes.begin(), hashes.end(), h);
        return at != hashes.end() && *at == h ? static_cast<int>(at - hashes.begin()) : -1;
    }
};

struct Models {
    Model objective, keyResult;
    std::string digest;
    int version = 0;
};

// Models with no features yet, their labels' roles set.
Models blank() {
    Models m;
    m.objective.ok = static_cast<int>(ObjectiveLabel::Ok);
    m.keyResult.ok = static_cast<int>(KeyResultLabel::Ok);
    m.keyResult.skip = static_cast<int>(KeyResultLabel::NoBaseline);
    return m;
}

Models builtIn() {
    Models m = blank();
#ifndef OKR_LEARNED_FETCHED
    const auto fill = [](Model& model, const unsigned char* gaps, int count,
                         const signed char* weights, int labels, float scale, const float* bias,
                         float add, float clear, float clearTactic, float relabel) {
        model.hashes = hashesFrom(gaps, count);
        model.weights.assign(
            weights, weights + static_cast<std::size_t>(count) * static_cast<std::size_t>(labels));
        model.labels = labels;
        model.scale = scale;
        model.bias.assign(bias, bias + labels);
        model.add = add;
        model.clear = clear;
        model.clearTactic = clearTactic;
        model.relabel = relabel;
    };
    fill(m.objective, kObjectiveHashGaps, kObjectiveFeatureCount, kObjectiveWeights,
         kObjectiveLabels, kObjectiveScale, kObjectiveBias, kObjectiveAdd, kObjectiveClear,
         kObjectiveClearTactic, kObjectiveRelabel);
    fill(m.keyResult, kKeyResultHashGaps, kKeyResultFeatureCount, kKeyResultWeights,
         kKeyResultLabels, kKeyResultScale, kKeyResultBias, kKeyResultAdd, kKeyResultClear,
         kKeyResultClearTactic, kKeyResultRelabel);
    m.digest = kDigest;
#endif
    return m;
}

Models& models() {
    static Models m = builtIn();
    return m;
}

// Reads one model of the file web/reader_model.py writes, from `at`; false when the bytes run out
// or do not fit (its labels must be the `labelCount` this code knows).
bool readModel(std::string_view bytes, std::size_t& at, Model& out, int labelCount) {
    const auto u32 = [&](std::uint32_t& v) {
        if (bytes.size() - at < 4) return false;
        std::memcpy(&v, bytes.data() + at, 4);
        at += 4;
        return true;
    };
    const auto f32 = [&](float& v) {
        if (bytes.size() - at < 4) return false;
        std::memcpy(&v, bytes.data() + at, 4);
        at += 4;
        return std::isfinite(v);
    };
    std::uint32_t labels = 0, count = 0, gapBytes = 0;
    if (!u32(labels) || !u32(count) || !u32(gapBytes)) return false;
    if (labels != static_cast<std::uint32_t>(labelCount) || count > 1000000 || gapBytes > 5 * count)
        return false;
    if (!f32(out.scale) || !f32(out.add) || !f32(out.clear) || !f32(out.clearTactic) ||
        !f32(out.relabel))
        return false;
    out.labels = static_cast<int>(labels);
    out.bias.assign(labels, 0.0f);
    for (float& b : out.bias)
        if (!f32(b)) return false;
    const std::size_t weightBytes = static_cast<std::size_t>(count) * labels;
    if (bytes.size() - at < gapBytes + weightBytes) return false;
    const auto* gaps = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    // The last gap's varint must end inside its bytes.
    std::size_t ends = 0;
    for (std::size_t i = 0; i < gapBytes; ++i) ends += (gaps[i] & 0x80) == 0;
    if (ends != count || (gapBytes > 0 && (gaps[gapBytes - 1] & 0x80))) return false;
    out.hashes = hashesFrom(gaps, static_cast<int>(count));
    at += gapBytes;
    out.weights.assign(bytes.data() + at, bytes.data() + at + weightBytes);
    at += weightBytes;
    return true;
}

LearnedReading read(const Model& m, std::string_view text, const Wording& reading) {
    LearnedReading out;
    // A model not shipped (train.py's SHIPPED) has no rows: nothing to read, and it never speaks.
    if (reading.form == Form::Empty || m.hashes.empty()) return out;
    constexpr int kMaxSeen = 160;
    int seen[kMaxSeen];
    TextSpan spans[kMaxSeen];
    int nSeen = 0;
    float score[8] = {};
    for (int l = 0; l < m.labels; ++l) score[l] = m.bias[l];
    learnedFeatures(text, [&](std::string_view kind, std::string_view value, TextSpan span) {
        const int f = m.find(fnv(fnv(kFnvStart, kind), value));
        if (f < 0 || nSeen == kMaxSeen) return;
        for (int i = 0; i < nSeen; ++i)
            if (seen[i] == f) return;
        seen[nSeen] = f;
        spans[nSeen++] = span;
        const signed char* w = m.weightsAt(f);
        for (int l = 0; l < m.labels; ++l) score[l] += w[l] * m.scale;
    });
    float top = score[0];
    for (int l = 1; l < m.labels; ++l) top = std::max(top, score[l]);
    float sum = 0;
    for (int l = 0; l < m.labels; ++l) sum += out.probability[l] = std::exp(score[l] - top);
    for (int l = 0; l < m.labels; ++l) out.probability[l] /= sum;
    // The defect the model finds likeliest; "no baseline" is not a defect of the wording.
    int best = -1;
    for (int l = 0; l < m.labels; ++l) {
        if (l == m.ok) continue;
        if (l == m.skip) continue;
        if (best < 0 || out.probability[l] > out.probability[best]) best = l;
    }
    out.label = best;
    out.adds = best >= 0 && out.probability[best] >= m.add;
    out.clears = out.probability[m.ok] >= m.clear;
    out.clearsTactic = out.probability[m.ok] >= m.clearTactic;
    out.relabel = m.relabel;
    // The words that weighed most for that defect against "fine".
    float most = 0;
    const WordTable& table = defaultWordTable();
    const ClassMask function = bit(WordClass::StopWord) | bit(WordClass::Determiner) |
                               bit(WordClass::Preposition) | bit(WordClass::Conjunction) |
                               bit(WordClass::Filler);
    for (int i = 0; i < nSeen; ++i) {
        if (spans[i].empty() || best < 0) continue;
        char low[64];
        const std::string_view word = spans[i].of(text);
        if (word.size() < 2 || word.size() > sizeof low) continue;
        for (std::size_t c = 0; c < word.size(); ++c) low[c] = asciiLower(word[c]);
        if (table.wordClasses(std::string_view(low, word.size())) & function) continue;
        const signed char* w = m.weightsAt(seen[i]);
        const float lean = static_cast<float>(w[best] - w[m.ok]);
        if (lean > most) {
            most = lean;
            out.evidence = spans[i];
        }
    }
    return out;
}

// The number of a list's item before the sentence ("14. ", "3) ", "(2) "): its place in a list,
// not a figure the sentence states.
std::size_t listNumberLength(std::string_view text) {
    const bool hash = text.size() > 0 && text[0] == '#';  // "#2 Partners see …"
    std::size_t i = text.size() > 0 && (text[0] == '(' || hash) ? 1 : 0;
    const std::size_t digits = i;
    while (i < text.size() && i - digits < 3 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits || i + 1 >= text.size()) return 0;
    if ((text[i] == '.' || text[i] == ')' || (hash && text[i] == ':')) && text[i + 1] == ' ')
        return i + 2;
    if (hash && text[i] == ' ') return i + 1;
    return 0;
}

// Where the sentence starts after a heading of up to three words and its colon ("Pursuing
// excellence: build a first team that …", "Platform: report generation keeps up …"): the
// heading names a theme or an owner, and the sentence's first words are what follow it. 0 when
// there is none, or when too little follows it to be a sentence.
std::size_t headingLength(std::string_view text, std::size_t from) {
    const std::size_t colon = text.find(':', from);
    if (colon == std::string_view::npos || colon > from + 40) return from;
    int before = 0, after = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
        const bool starts = isAlnum(static_cast<unsigned char>(text[i])) &&
                            (i == from || !isAlnum(static_cast<unsigned char>(text[i - 1])));
        if (starts) ++(i < colon ? before : after);
    }
    return before >= 1 && before <= 3 && after >= 4 ? colon + 1 : from;
}

}  // namespace

void learnedFeatures(std::string_view text, const FeatureSink& sink) {
    if (text.size() > kMaxSentenceBytes) text = text.substr(0, kMaxSentenceBytes);
    int words = 0;
    char first[64] = {};
    std::size_t firstLen = 0;
    eachStem(text, headingLength(text, listNumberLength(text)),
             [&](std::string_view stem, TextSpan at) {
                 sink("w:", stem, at);
                 if (words == 0) {
                     firstLen = std::min(stem.size(), sizeof first);
                     std::memcpy(first, stem.data(), firstLen);
                     sink("first:", stem, at);
                 } else if (words == 1) {
                     char pair[130];
                     std::memcpy(pair, first, firstLen);
                     pair[firstLen] = '_';
                     const std::size_t n = std::min(stem.size(), sizeof pair - firstLen - 1);
                     std::memcpy(pair + firstLen + 1, stem.data(), n);
                     sink("first2:", std::string_view(pair, firstLen + 1 + n), at);
                 }
                 ++words;
             });
    // How long it is: a slogan is short.
    static const char* const kLengths[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8+"};
    sink("len:", kLengths[words < 8 ? words : 8], TextSpan{});
}

LearnedReading learnedObjective(std::string_view text, const Wording& reading) {
    return read(models().objective, text, reading);
}

LearnedReading learnedKeyResult(std::string_view text, const Wording& reading) {
    return read(models().keyResult, text, reading);
}

bool learnedObjectiveAdds() { return models().objective.add <= 1.0f; }

std::string_view learnedModelDigest() { return models().digest; }

int learnedModelVersion() { return models().version; }

bool loadLearnedModel(std::string_view bytes, std::string* error) {
    const auto fail = [&](const char* why) {
        if (error) *error = why;
        return false;
    };
    constexpr std::string_view kMagic("OKRLM2\0\0", 8);
    if (bytes.size() < kMagic.size() + 16 || bytes.substr(0, kMagic.size()) != kMagic)
        return fail("not a learned-reader file (it does not start with OKRLM2)");
    std::size_t at = kMagic.size();
    Models loaded = blank();
    loaded.digest.assign(bytes.data() + at, 16);
    at += 16;
    if (!readModel(bytes, at, loaded.objective, static_cast<int>(ObjectiveLabel::Count)) ||
        !readModel(bytes, at, loaded.keyResult, static_cast<int>(KeyResultLabel::Count)))
        return fail("the learned-reader file is cut short or damaged");
    if (at != bytes.size()) return fail("the learned-reader file has bytes after its models");
    loaded.version = models().version + 1;
    models() = std::move(loaded);
    return true;
}

}  // namespace okr
