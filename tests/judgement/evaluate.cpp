// The checks' judgement, measured: reads labelled objectives and key results (tests/judgement/
// README.md gives the format and the labels) and complete OKR sets, runs the planner's analysis on
// each exactly as the app would, and prints per label the recall on bad items and the share of
// `ok` items a content rule flags, and per content rule its precision on the sets.
//
//   judge_eval [--floors FILE] [--show missed|flagged|all|every] [--quiet] ITEMS_OR_SETS…
//
// Each argument is a .jsonl file of items, a directory (its *.jsonl files, then its sets), or a
// plan file (*.json) with its labels beside it (<name>.labels.json). Files whose path contains
// "heldout" are reported apart from the others. --floors names a file of `part measure value`
// lines (e.g. `heldout recall.activity 0.85`, `heldout flagged.ok_key_result 0.05`,
// `sets precision.KR-ACTIVITY 0.9`); the exit code is 1 when a figure is below its floor (or above
// it, for `flagged`). --show prints the items behind the development figures, to see what to
// fix; the held-out part only ever prints its figures.
//
//   judge_eval --features ITEMS…      one JSON line per item: its label, the rules' verdict and the
//                                     learned reader's features (the input of train.py), then the
//                                     digest of the development items' features
//   judge_eval --check-model ITEMS…   exit 1 unless learned_model.inc was trained on exactly those
//                                     development features
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/analysis.h"
#include "analysis/judgement.h"
#include "analysis/learned.h"
#include "io/format.h"
#include "model/plan.h"

namespace fs = std::filesystem;

namespace {

const char* const kContentRules[] = {"OBJ-TACTIC",  "OBJ-VAGUE", "OBJ-METRIC",
                                     "KR-ACTIVITY", "KR-VANITY", "KR-NO-TARGET"};

bool isContentRule(const std::string& id) {
    for (const char* r : kContentRules)
        if (id == r) return true;
    return false;
}

// What each label expects: the rule that must fire, and a rule that must not.
struct Expectation {
    const char* expected;
    const char* forbidden;
};

Expectation expectationOf(bool objective, const std::string& label) {
    if (objective) {
        if (label == "output") return {"OBJ-TACTIC", nullptr};
        if (label == "vague") return {"OBJ-VAGUE", nullptr};
        if (label == "metric_in_objective") return {"OBJ-METRIC", nullptr};
        return {nullptr, nullptr};
    }
    if (label == "activity" || label == "milestone") return {"KR-ACTIVITY", "KR-NO-TARGET"};
    if (label == "vanity") return {"KR-VANITY", nullptr};
    if (label == "not_measurable") return {"KR-NO-TARGET", nullptr};
    if (label == "no_baseline") return {"KR-NO-BASELINE", "KR-NO-TARGET"};
    return {nullptr, nullptr};
}

struct Item {
    bool objective = false;
    std::string label, text, context, origin;
};

struct Judged {
    Item item;
    std::set<std::string> rules;  // every rule that fired on the item's entity
    std::vector<std::string> messages;
};

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The plan an item is judged in: a one-objective plan as a facilitator would start it, with its
// period set so that due dates and "by Q3" read as in the app.
okr::Plan planFor(const Item& item) {
    okr::Plan plan;
    plan.meta.title = "Judgement";
    plan.meta.start = okr::Date{2026, 7, 1};
    plan.meta.end = okr::Date{2026, 9, 30};
    okr::Objective o;
    o.id = okr::ObjectiveId("o1");
    o.owner = "Dana Ortiz";
    if (item.objective) {
        o.title = item.text;
    } else {
        o.title = item.context.empty() ? "Customers get value from us sooner" : item.context;
        okr::KeyResult k;
        k.id = okr::KeyResultId("kr1");
        k.title = item.text;
        k.owner = "Dana Ortiz";
        k.source = "Product analytics";
        o.keyResults.push_back(k);
    }
    plan.objectives.push_back(o);
    return plan;
}

Judged judge(const Item& item) {
    Judged j{item, {}, {}};
    const okr::Plan plan = planFor(item);
    okr::AnalyzeOptions options;
    options.today = okr::Date{2026, 7, 1};
    const okr::Analysis a = okr::analyze(plan, options);
    const std::string id = item.objective ? "o1" : "kr1";
    for (const okr::Violation& v : a.violations) {
        if (v.target.id != id) continue;
        j.rules.insert(v.ruleId());
        j.messages.push_back(std::string(v.ruleId()) + ": " + v.message +
                             (v.rewrite.empty() ? "" : "  ⟶ " + v.rewrite));
    }
    return j;
}

bool parseItem(const nlohmann::json& j, Item& item, std::string& error) {
    if (!j.is_object()) {
        error = "not an object";
        return false;
    }
    const auto str = [&j](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const std::string kind = lower(str("kind"));
    if (kind == "objective" || kind == "o") {
        item.objective = true;
    } else if (kind == "key_result" || kind == "keyresult" || kind == "key result" ||
               kind == "kr") {
        item.objective = false;
    } else {
        error = "kind must be objective or key_result";
        return false;
    }
    item.label = lower(str("label"));
    item.text = str("text");
    item.context = str("objective");
    if (item.label.empty() || item.text.empty()) {
        error = "label and text are required";
        return false;
    }
    return true;
}

const char* rulesVerdict(const Item& item, const okr::Wording& w, const okr::KrSentence& s) {
    if (item.objective) {
        switch (okr::judgeObjectiveByRules(item.text, w, s).objective) {
            case okr::ObjectiveVerdict::Output:
                return "OBJ-TACTIC";
            case okr::ObjectiveVerdict::Vague:
                return "OBJ-VAGUE";
            case okr::ObjectiveVerdict::Metric:
                return "OBJ-METRIC";
            case okr::ObjectiveVerdict::Fine:
                return "";
        }
        return "";
    }
    switch (okr::judgeKeyResultByRules(item.text, w, s).keyResult) {
        case okr::KeyResultVerdict::CountedWork:
        case okr::KeyResultVerdict::Deliverable:
            return "KR-ACTIVITY";
        case okr::KeyResultVerdict::Vanity:
            return "KR-VANITY";
        case okr::KeyResultVerdict::NotMeasurable:
            return "KR-NO-TARGET";
        case okr::KeyResultVerdict::Fine:
            return "";
    }
    return "";
}

// The learned reader's input, one JSON line per item, and the FNV-1a 64 digest of what training
// reads from the development items (what learned_model.inc records).
std::string dumpFeatures(const std::vector<std::pair<Item, bool>>& items, bool print) {
    std::uint64_t digest = 14695981039346656037ull;
    const okr::WordTable& words = okr::defaultWordTable();
    okr::SentenceContext context;
    context.periodStart = okr::Date{2026, 7, 1};
    context.periodEnd = okr::Date{2026, 9, 30};
    for (const auto& [item, heldOut] : items) {
        const okr::Wording w = okr::readWording(item.text, words);
        const okr::KrSentence s = okr::parseKrSentence(item.text, context);
        nlohmann::json features = nlohmann::json::array();
        okr::learnedFeatures(
            item.text, [&features](std::string_view kind, std::string_view value, okr::TextSpan) {
                features.push_back(std::string(kind) + std::string(value));
            });
        const nlohmann::json line = {{"part", heldOut ? "heldout" : "dev"},
                                     {"kind", item.objective ? "objective" : "key_result"},
                                     {"label", item.label},
                                     {"rules", rulesVerdict(item, w, s)},
                                     {"text", item.text},
                                     {"features", features}};
        const std::string text =
            line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (print) std::printf("%s\n", text.c_str());
        if (heldOut) continue;
        // What training reads: the kind, the label and the features (not the rules' verdict,
        // which only the printed cross-validation uses).
        const std::string trained =
            line["kind"].dump() + line["label"].dump() + features.dump() + "\n";
        for (const char c : trained) {
            digest ^= static_cast<unsigned char>(c);
            digest *= 1099511628211ull;
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(digest));
    return hex;
}

struct Tally {
    int total = 0, hit = 0;
};

struct Part {
    std::string name;
    std::vector<Judged> judged;
};

struct Figures {
    std::map<std::string, double> values;  // "recall.activity", "flagged.ok_objective", …
};

std::string keyOf(const Item& item) {
    return (item.objective ? "objective/" : "key_result/") + item.label;
}

void showItem(const Judged& j) {
    std::printf("      %s [%s] %s\n", j.item.objective ? "O " : "KR", j.item.label.c_str(),
                j.item.text.c_str());
    for (const std::string& m : j.messages)
        if (isContentRule(m.substr(0, m.find(':'))) || m.rfind("KR-NO-BASELINE", 0) == 0)
            std::printf("         %s\n", m.c_str());
}

// Prints one part's table and returns its figures.
Figures report(const Part& part, const std::string& show, bool quiet) {
    Figures f;
    std::map<std::string, Tally> byLabel;
    std::map<std::string, std::vector<const Judged*>> missed;
    Tally okObjectives, okKeyResults;
    std::vector<const Judged*> flagged;
    for (const Judged& j : part.judged) {
        const Expectation e = expectationOf(j.item.objective, j.item.label);
        if (j.item.label == "ok") {
            bool any = false;
            for (const std::string& r : j.rules) any = any || isContentRule(r);
            Tally& t = j.item.objective ? okObjectives : okKeyResults;
            ++t.total;
            if (any) {
                ++t.hit;
                flagged.push_back(&j);
            }
            continue;
        }
        if (!e.expected) continue;
        Tally& t = byLabel[keyOf(j.item)];
        ++t.total;
        const bool right =
            j.rules.count(e.expected) > 0 && (!e.forbidden || j.rules.count(e.forbidden) == 0);
        if (right)
            ++t.hit;
        else
            missed[keyOf(j.item)].push_back(&j);
    }
    std::printf("\n%s: %zu items\n", part.name.c_str(), part.judged.size());
    std::printf("  %-32s %6s %6s %8s\n", "label (expected rule)", "items", "caught", "recall");
    for (const auto& [key, t] : byLabel) {
        const std::string label = key.substr(key.find('/') + 1);
        const bool objective = key.rfind("objective/", 0) == 0;
        const double recall = t.total ? static_cast<double>(t.hit) / t.total : 0.0;
        f.values["recall." + label] = recall;
        std::printf("  %-32s %6d %6d %8.2f\n",
                    ((objective ? "O  " : "KR ") + label + " (" +
                     expectationOf(objective, label).expected + ")")
                        .c_str(),
                    t.total, t.hit, recall);
    }
    const auto share = [](const Tally& t) {
        return t.total ? static_cast<double>(t.hit) / t.total : 0.0;
    };
    f.values["flagged.ok_objective"] = share(okObjectives);
    f.values["flagged.ok_key_result"] = share(okKeyResults);
    std::printf("  %-32s %6d %6d %8.2f\n", "O  ok flagged by a content rule", okObjectives.total,
                okObjectives.hit, share(okObjectives));
    std::printf("  %-32s %6d %6d %8.2f\n", "KR ok flagged by a content rule", okKeyResults.total,
                okKeyResults.hit, share(okKeyResults));
    std::map<std::string, int> byRule;
    for (const Judged* j : flagged)
        for (const std::string& r : j->rules)
            if (isContentRule(r)) ++byRule[(j->item.objective ? "O  " : "KR ") + r];
    for (const auto& [rule, n] : byRule)
        std::printf("    ok flagged by %-17s %6d\n", rule.c_str(), n);
    if (quiet) return f;
    if (show == "missed" || show == "all") {
        for (const auto& [key, list] : missed) {
            std::printf("    missed %s:\n", key.c_str());
            for (const Judged* j : list) showItem(*j);
        }
    }
    if (show == "flagged" || show == "all") {
        std::printf("    ok items flagged:\n");
        for (const Judged* j : flagged) showItem(*j);
    }
    if (show == "every")
        for (const Judged& j : part.judged) showItem(j);
    if (show == "table") {
        for (const Judged& j : part.judged) {
            std::string fired;
            for (const std::string& r : j.rules)
                if (isContentRule(r) || r == "KR-NO-BASELINE")
                    fired += (fired.empty() ? "" : ",") + r;
            const Expectation e = expectationOf(j.item.objective, j.item.label);
            const bool right = e.expected ? j.rules.count(e.expected) > 0 &&
                                                (!e.forbidden || !j.rules.count(e.forbidden))
                                          : fired.empty() || fired == "KR-NO-BASELINE";
            std::printf("%s %-2s %-20s %-28s %s\n", right ? "  " : "✗ ",
                        j.item.objective ? "O" : "KR", j.item.label.c_str(), fired.c_str(),
                        j.item.text.c_str());
        }
    }
    return f;
}

// A complete OKR set: a plan file and its labels, judged as the app judges the whole plan.
struct SetResult {
    std::map<std::string, Tally> precision;  // rule → findings, right ones
    std::map<std::string, Tally> recall;     // label → items, caught
    std::vector<std::string> wrong;
};

bool judgeSet(const fs::path& planFile, SetResult& out) {
    fs::path labelsFile = planFile;
    labelsFile.replace_extension(".labels.json");
    if (!fs::exists(labelsFile)) return false;
    const okr::LoadResult loaded = okr::loadPlan(readFile(planFile));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: does not load\n", planFile.string().c_str());
        return false;
    }
    const nlohmann::json labels = nlohmann::json::parse(readFile(labelsFile), nullptr, false);
    if (!labels.is_object()) {
        std::fprintf(stderr, "%s: not a JSON object\n", labelsFile.string().c_str());
        return false;
    }
    const okr::Plan& plan = *loaded.plan;
    okr::AnalyzeOptions options;
    options.today = plan.meta.start;
    const okr::Analysis a = okr::analyze(plan, options);
    std::map<std::string, std::pair<bool, std::string>> entities;  // id → (objective, label)
    std::set<std::string> milestones;  // key results the plan already makes milestones
    for (const okr::Objective& o : plan.objectives) {
        if (labels.contains(o.id.value) && labels[o.id.value].is_string())
            entities[o.id.value] = {true, lower(labels[o.id.value].get<std::string>())};
        for (const okr::KeyResult& k : o.keyResults)
            if (labels.contains(k.id.value) && labels[k.id.value].is_string())
                entities[k.id.value] = {false, lower(labels[k.id.value].get<std::string>())};
        for (const okr::KeyResult& k : o.keyResults)
            if (k.kind == okr::KrKind::Milestone) milestones.insert(k.id.value);
    }
    std::map<std::string, std::set<std::string>> fired;
    for (const okr::Violation& v : a.violations) {
        fired[v.target.id].insert(v.ruleId());
        if (!isContentRule(v.ruleId())) continue;
        const auto it = entities.find(v.target.id);
        if (it == entities.end()) continue;
        const Expectation e = expectationOf(it->second.first, it->second.second);
        Tally& t = out.precision[v.ruleId()];
        ++t.total;
        // A finding is right when the label calls for it; KR-ACTIVITY is also right on a
        // milestone item, and KR-NO-BASELINE's cousin KR-NO-TARGET never is on a relative target.
        if (e.expected && std::string(e.expected) == v.ruleId())
            ++t.hit;
        else
            out.wrong.push_back(planFile.filename().string() + " " + v.target.id + " [" +
                                it->second.second + "] " + v.ruleId() + ": " + v.message);
    }
    for (const auto& [id, info] : entities) {
        const Expectation e = expectationOf(info.first, info.second);
        if (!e.expected) continue;
        Tally& t = out.recall[(info.first ? "O  " : "KR ") + info.second];
        ++t.total;
        // A milestone the plan already makes one needs no finding: it is where the finding leads.
        const bool settled = info.second == "milestone" && milestones.count(id) > 0;
        if (fired[id].count(e.expected) || settled) ++t.hit;
    }
    return true;
}

bool loadItems(const fs::path& file, std::vector<Item>& items) {
    std::ifstream in(file);
    std::string line;
    int n = 0;
    bool ok = true;
    while (std::getline(in, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        Item item;
        std::string error;
        if (j.is_discarded()) error = "not valid JSON";
        if (!error.empty() || !parseItem(j, item, error)) {
            std::fprintf(stderr, "%s:%d: %s\n", file.string().c_str(), n, error.c_str());
            ok = false;
            continue;
        }
        item.origin = file.string();
        items.push_back(std::move(item));
    }
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    std::string show, floorsFile;
    bool quiet = false, features = false, checkModel = false;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--show" && i + 1 < argc)
            show = argv[++i];
        else if (a == "--floors" && i + 1 < argc)
            floorsFile = argv[++i];
        else if (a == "--quiet")
            quiet = true;
        else if (a == "--features")
            features = true;
        else if (a == "--check-model")
            checkModel = true;
        else
            inputs.emplace_back(a);
    }
    if (inputs.empty()) {
        std::fputs(
            "usage: judge_eval [--floors FILE] [--show missed|flagged|all|every] [--quiet] "
            "ITEMS_OR_SETS…\n",
            stderr);
        return 64;
    }
    std::vector<fs::path> itemFiles, setFiles;
    for (const fs::path& p : inputs) {
        if (fs::is_directory(p)) {
            std::vector<fs::path> found;
            for (const auto& e : fs::recursive_directory_iterator(p)) found.push_back(e.path());
            std::sort(found.begin(), found.end());
            for (const fs::path& f : found) {
                if (f.extension() == ".jsonl") itemFiles.push_back(f);
                const std::string name = f.filename().string();
                if (f.extension() == ".json" && name.find(".labels.") == std::string::npos)
                    setFiles.push_back(f);
            }
        } else if (p.extension() == ".jsonl") {
            itemFiles.push_back(p);
        } else {
            setFiles.push_back(p);
        }
    }
    bool inputOk = true;
    if (features || checkModel) {
        std::vector<std::pair<Item, bool>> all;
        for (const fs::path& f : itemFiles) {
            std::vector<Item> items;
            inputOk = loadItems(f, items) && inputOk;
            const bool heldOut = f.string().find("heldout") != std::string::npos;
            for (Item& item : items) all.emplace_back(std::move(item), heldOut);
        }
        const std::string digest = dumpFeatures(all, features);
        if (features) {
            std::printf("{\"digest\": \"%s\"}\n", digest.c_str());
            return inputOk ? 0 : 2;
        }
        if (digest != okr::learnedModelDigest()) {
            std::printf(
                "learned_model.inc was trained on features %.*s; the development items now give "
                "%s: run tests/judgement/train.py\n",
                static_cast<int>(okr::learnedModelDigest().size()),
                okr::learnedModelDigest().data(), digest.c_str());
            return 1;
        }
        std::printf("learned model is up to date (features %s)\n", digest.c_str());
        return inputOk ? 0 : 2;
    }
    Part dev{"development", {}}, held{"held-out", {}};
    for (const fs::path& f : itemFiles) {
        std::vector<Item> items;
        inputOk = loadItems(f, items) && inputOk;
        Part& part = f.string().find("heldout") != std::string::npos ? held : dev;
        for (const Item& item : items) part.judged.push_back(judge(item));
    }
    std::map<std::string, Figures> figures;
    if (!dev.judged.empty()) figures["dev"] = report(dev, show, quiet);
    // The held-out part's items are never printed: reading them would be tuning on them.
    if (!held.judged.empty()) figures["heldout"] = report(held, "", quiet);

    SetResult sets;
    int setCount = 0;
    for (const fs::path& f : setFiles) setCount += judgeSet(f, sets) ? 1 : 0;
    if (setCount > 0) {
        std::printf("\ncomplete OKR sets: %d plans\n", setCount);
        std::printf("  %-32s %6s %6s %8s\n", "content rule", "found", "right", "precision");
        for (const char* rule : kContentRules) {
            const Tally& t = sets.precision[rule];
            const double p = t.total ? static_cast<double>(t.hit) / t.total : 1.0;
            figures["sets"].values[std::string("precision.") + rule] = p;
            std::printf("  %-32s %6d %6d %8.2f\n", rule, t.total, t.hit, p);
        }
        std::printf("  %-32s %6s %6s %8s\n", "label", "items", "caught", "recall");
        for (const auto& [label, t] : sets.recall)
            std::printf("  %-32s %6d %6d %8.2f\n", label.c_str(), t.total, t.hit,
                        t.total ? static_cast<double>(t.hit) / t.total : 0.0);
        if (!quiet && (show == "flagged" || show == "all" || show == "missed"))
            for (const std::string& w : sets.wrong) std::printf("    wrong: %s\n", w.c_str());
    }

    int status = inputOk ? 0 : 2;
    if (!floorsFile.empty()) {
        std::ifstream in(floorsFile);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read the floors\n", floorsFile.c_str());
            return 2;
        }
        std::string line;
        int below = 0;
        std::printf("\nfloors (%s):\n", floorsFile.c_str());
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string part, measure;
            double floor = 0;
            if (!(fields >> part >> measure >> floor) || part[0] == '#') continue;
            const auto pit = figures.find(part);
            if (pit == figures.end() || !pit->second.values.count(measure)) {
                std::printf("  %-8s %-32s no figure\n", part.c_str(), measure.c_str());
                ++below;
                continue;
            }
            const double v = pit->second.values[measure];
            const bool ceiling = measure.rfind("flagged.", 0) == 0;
            const bool met = ceiling ? v <= floor + 1e-9 : v >= floor - 1e-9;
            std::printf("  %-8s %-32s %5.2f %s %4.2f  %s\n", part.c_str(), measure.c_str(), v,
                        ceiling ? "<=" : ">=", floor, met ? "met" : "NOT MET");
            if (!met) ++below;
        }
        if (below > 0 && status == 0) status = 1;
    }
    return status;
}
