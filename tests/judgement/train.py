#!/usr/bin/env python3
"""Trains the learned reader of wordings (core/analysis/learned.h) on the development part.

    tests/judgement/train.py build/native/judge_eval

Runs `judge_eval --features` on tests/judgement/dev (the held-out part is never read), fits one
multinomial logistic regression for objectives and one for key results on the word features,
prints a five-fold cross-validation (three shufflings pooled) of the thresholds on the development
items, and writes core/analysis/learned_model.inc with the weights (8-bit), the thresholds and the
digest of the features it was trained on. Deterministic: fixed seeds, fixed order; Python's
standard library only.
"""
import json
import math
import os
import random
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "core", "analysis", "learned_model.inc")

# A feature must come from at least this many development items to be kept: rarer ones are
# names and one-off words the model would learn by heart.
MIN_ITEMS = 2
# A feature whose 8-bit weights all stay under this (of 127) is not shipped: about 1,000 features
# remain of about 2,400 (8 bytes each). When this was set, about 330 of 1,300 remained, which kept
# the app inside its 600 KB first-load budget before the exception-free build made room; at 40 the
# averaged model's cross-validation falls back (shortfall 0.34 against 0.30). 30 until 2026-12-06
# (seventeenth session): retrained with parts FO to FT it shipped 1,624 features and the first load
# came to 600.4 KB even with the hashes stored as gaps; at 32 it ships 1,448 (598.4 KB), and the
# cross-validation's shortfall at the pair in use goes from 0.44 to 0.46, good objectives flagged
# 0.08 either way. 33 since parts GA to GC (same session): at 32 the first load was 599.8 KB; at 33
# it ships 1,401 features (599.4 KB), shortfall 0.45. 25 since parts GD to GF (eighteenth
# session), when fetching the semi-bold face after the first frame made 12 KB of room: retrained
# with them, the cross-validation's shortfall at the pair in use is 0.46 at 33 (1,393 features),
# 0.45 at 30, 0.43 at 25 (2,062), 0.41 at 20 (2,549) and 0.39 at 10 (3,411); at 20 the reader
# flags "Pursuing excellence: build a first team that challenges for the national cup every
# season" as vague and withdraws the rules' verdict on a slogan the unit tests hold it to, and
# the first load comes to 596.2 KB. 10 since the twenty-third session (2026-12-07): the weights
# have not been part of the first load since they were fetched after the first frame, and the
# key-result model ships for its choice between two defects (RELABEL below); at 10 the objective
# model's cross-validation shortfall at the pair in use is 0.37 against 0.40 at 25, good
# objectives flagged 0.06 against 0.07. The cross-validation below runs the pruned model, as the
# app does.
MIN_WEIGHT = 10
EPOCHS = 30
RATE = 0.2
# The weights shipped are the average of those after each epoch from AVERAGE_FROM on, with a
# stronger decay than the 1e-3 used until 2026-12-05 (ninth session): averaged over the folds of
# three shufflings (seeds 7, 11, 23) the nearest pair's shortfall went from 0.339, 0.321 and 0.357
# to 0.308, 0.320 and 0.341, and the share of good objectives flagged at it from 0.09, 0.07 and 0.09
# to 0.06, 0.06 and 0.08. Averaging also makes a retraining move less on a few new items.
DECAY = 5e-3
AVERAGE_FROM = 10
# The model adds a verdict the rules did not give when the defect's probability is at least ADD,
# and withdraws the rules' verdict when the probability that the sentence is fine is at least
# CLEAR. The pair is chosen on the cross-validation printed below as the one nearest the bars of
# issue 14 (recall 0.85 for each defect, at most 5% of `ok` items flagged): the least shortfall,
# summed over the labels, plus three times the share flagged above 5% (one good objective flagged
# costs a facilitator more than one defect missed); pairs within 0.01 of the nearest are a tie,
# broken by the fewest good objectives flagged, then the higher recall. Until parts AC and AD the rule was "the
# highest recall at which no more `ok` objectives are flagged than by the rules alone", which
# chose add 0.98 clear 0.6. (The rules were tuned on most of these items, which flatters them.)
# The shufflings of the development items the cross-validation pools (seeds).
SHUFFLES = (7, 11, 23)
CANDIDATES = [(0.9, 0.8), (0.95, 0.8), (0.97, 0.8), (0.97, 0.9), (0.98, 0.7), (0.98, 0.8),
              (0.98, 0.9), (0.98, 0.6), (0.98, 0.5), (0.97, 0.5), (0.99, 0.5), (0.99, 0.6),
              (0.99, 0.7), (1.01, 0.6), (1.01, 0.8)]
# The pair chosen at the last retraining that moved it. Add 0.99 / clear 0.5 was in use from parts
# AC and AD; with AZ and BA it fell out of the tie (0.34 against 0.33) and add never / clear 0.6
# took its place; with BB and BC that pair fell out (0.35 against 0.31) and 0.99 / 0.5 came back.
# With BR and BS (2026-12-05, ninth session) it fell out again (0.35 against 0.34, the averaged
# model's folds) and add 0.98 / clear 0.5 took its place. Until 2026-12-06 this constant still
# named 0.99 / 0.5 after the shipped model had moved to 0.98 / 0.5, so the seventeenth session's
# first retraining, in which the two were tied, went back to 0.99 against the rule (the held-out
# part then had one vague objective fewer caught and one good objective fewer flagged); it names
# the pair the shipped model uses. The twenty-sixth session's retraining (parts IT and IU) moved the
# shipped model to add 0.97 / clear 0.5 and left this constant at 0.98 / 0.5 again; the
# twenty-seventh's first retraining (parts IV to IY) therefore went back to 0.98, in the tie
# with 0.97 (0.35 against 0.34) — found from the held-out part's output recall falling (45 to 43
# of 49). It names the shipped pair again.
IN_USE = (0.97, 0.5)
BAR_RECALL = 0.85
BAR_FLAGGED = 0.05
# The key-result model neither adds a verdict nor withdraws one: shipping it with the pair its
# cross-validation chose (add 0.98, clear 0.9) was tried in the twenty-first session and dropped
# (README, "How the checks read a sentence"). The pairs are printed for the record only.
KEY_RESULT_THRESHOLDS = (2.0, 2.0)
# What the key-result model does: where the rules found a key result with no number to be work
# (KR-ACTIVITY) or to measure nothing (KR-NO-TARGET), it names the other of the two when its
# probability of that defect, against the sum of the two (work counting both activity and
# milestone), is at least RELABEL. It never turns a finding on or off, so no good key result is
# flagged by it. The threshold is the candidate with the least shortfall on the cross-validation;
# candidates within TIE of it are a tie, won by the highest (the fewest verdicts changed).
RELABEL_CANDIDATES = (0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99)
TIE = 0.002
# Withdrawing the rules' OBJ-TACTIC takes more: that verdict comes from the sentence's structure (a
# work verb on an artefact), which the model's words do not see. On parts up to AB, 0.8 kept the
# share of `ok` objectives flagged and caught one output in a hundred more than 0.6 (a bare
# "that porters love" clause was enough to withdraw "Build a rota app that porters love").
# So does withdrawing OBJ-METRIC, which comes from the numbers the sentence states (parts AC and
# AD: with clear 0.5 the model withdrew metric verdicts on objectives whose figures it cannot read).
CLEAR_TACTIC = 0.8
# The kinds whose model is shipped (both, since the twenty-third session: the key-result model for
# RELABEL).
SHIPPED = ("objective", "key_result")
LABELS = {
    "objective": ["metric_in_objective", "ok", "output", "vague"],
    "key_result": ["activity", "milestone", "no_baseline", "not_measurable", "ok", "vanity"],
}
VERDICT = {
    "metric_in_objective": "OBJ-METRIC", "output": "OBJ-TACTIC", "vague": "OBJ-VAGUE",
    "activity": "KR-ACTIVITY", "milestone": "KR-ACTIVITY", "vanity": "KR-VANITY",
    "not_measurable": "KR-NO-TARGET",
}


def probabilities(weights, bias, labels, features):
    scores = [bias[i] + sum(weights[i].get(f, 0.0) for f in features) for i in range(len(labels))]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def fit(items, labels):
    counts = Counter()
    for item in items:
        counts.update(set(item["features"]))
    kept = {f for f, n in counts.items() if n >= MIN_ITEMS}
    data = [([f for f in dict.fromkeys(item["features"]) if f in kept], labels.index(item["label"]))
            for item in items]
    weights = [dict() for _ in labels]
    bias = [0.0] * len(labels)
    total = [dict() for _ in labels]
    total_bias = [0.0] * len(labels)
    rng = random.Random(1)
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        for features, y in data:
            p = probabilities(weights, bias, labels, features)
            for i in range(len(labels)):
                g = p[i] - (1.0 if i == y else 0.0)
                bias[i] -= RATE * g * 0.1
                w = weights[i]
                for f in features:
                    w[f] = w.get(f, 0.0) * (1 - RATE * DECAY) - RATE * g
        if epoch >= AVERAGE_FROM:
            for i in range(len(labels)):
                for f, v in weights[i].items():
                    total[i][f] = total[i].get(f, 0.0) + v
                total_bias[i] += bias[i]
    n = EPOCHS - AVERAGE_FROM
    weights = [{f: v / n for f, v in t.items()} for t in total]
    bias = [b / n for b in total_bias]
    return {"labels": labels, "kept": kept, "weights": weights, "bias": bias}


def predict(model, item):
    features = [f for f in dict.fromkeys(item["features"]) if f in model["kept"]]
    return probabilities(model["weights"], model["bias"], model["labels"], features)


def relabelled(item, p, labels, relabel):
    """The rules' KR-ACTIVITY or KR-NO-TARGET on a key result, or the other of the two where the
    model is sure enough of it (judgement.cpp's relabelled)."""
    fired = item["rules"]
    if labels[0] == "metric_in_objective" or fired not in ("KR-ACTIVITY", "KR-NO-TARGET"):
        return fired
    work = p[labels.index("activity")] + p[labels.index("milestone")]
    unmeasured = p[labels.index("not_measurable")]
    if fired == "KR-NO-TARGET" and work >= relabel * (work + unmeasured):
        return "KR-ACTIVITY"
    if fired == "KR-ACTIVITY" and "w:#" not in item["features"] and \
            unmeasured >= relabel * (work + unmeasured):
        return "KR-NO-TARGET"
    return fired


def combined(item, p, labels, add, clear, relabel=2.0):
    """What fires once the model has spoken, as judgement.cpp combines them."""
    fired = relabelled(item, p, labels, relabel)
    ok = labels.index("ok")
    defects = [i for i, l in enumerate(labels) if l in VERDICT]
    best = max(defects, key=lambda i: p[i])
    if fired:
        # Key results: without a number the verdict stays (judgement.cpp says why).
        number = labels[0] == "metric_in_objective" or "w:#" in item["features"]
        need = max(clear, CLEAR_TACTIC) if fired in ("OBJ-TACTIC", "OBJ-METRIC") else clear
        return "" if p[ok] >= need and number else fired
    if p[best] >= add:
        if labels[best] == "not_measurable" and "w:#" in item["features"]:
            return ""
        return VERDICT[labels[best]]
    return ""


def shortfall(items, probs, labels, add, clear, relabel=2.0):
    """How far the figures are from issue 14's bars (0 when every bar is met)."""
    recall, ok = measure(items, probs, labels, add, clear, relabel)
    short = sum(max(0.0, BAR_RECALL - hit / n) for n, hit in recall.values())
    return short + 3 * max(0.0, ok[1] / ok[0] - BAR_FLAGGED)


def measure(items, probs, labels, add, clear, relabel=2.0):
    recall, ok = {}, [0, 0]
    for item, p in zip(items, probs):
        fired = combined(item, p, labels, add, clear, relabel)
        if item["label"] == "ok":
            ok[0] += 1
            ok[1] += bool(fired)
        elif item["label"] in VERDICT:
            r = recall.setdefault(item["label"], [0, 0])
            r[0] += 1
            r[1] += fired == VERDICT[item["label"]]
    return recall, ok


def figures(items, probs, labels, add, clear, relabel=2.0):
    recall, ok = measure(items, probs, labels, add, clear, relabel)
    parts = ["%s %.2f" % (label, hit / n) for label, (n, hit) in sorted(recall.items())]
    return "  ".join(parts) + "  | ok flagged %.2f" % (ok[1] / ok[0])


def quantise(model):
    names = sorted(model["kept"])
    top = max(abs(w.get(f, 0.0)) for w in model["weights"] for f in names) or 1.0
    scale = top / 127.0
    rows = [[int(round(model["weights"][i].get(f, 0.0) / scale)) for i in range(len(model["labels"]))]
            for f in names]
    kept = [(n, r) for n, r in zip(names, rows) if max(abs(v) for v in r) >= MIN_WEIGHT]
    return [n for n, _ in kept], [r for _, r in kept], scale


def shipped(model):
    """The model as the app runs it: 8-bit weights, the features under MIN_WEIGHT left out."""
    names, rows, scale = quantise(model)
    weights = [{n: r[i] * scale for n, r in zip(names, rows)} for i in range(len(model["labels"]))]
    return dict(model, kept=set(names), weights=weights)


def fnv(text):
    """FNV-1a 32 of the UTF-8 bytes: the hash learned.cpp looks features up by."""
    h = 2166136261
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def varint(n):
    """n in 7-bit groups, lowest first, the high bit set on every group but the last."""
    out = []
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return out


def c_rows(names, rows):
    """The features sorted by hash, as two arrays (the first load is gzipped, and random hashes
    compress only as gaps): the gap from the previous hash as a varint, and the weight per label,
    each line named after its feature."""
    table = sorted((fnv(name), name, row) for name, row in zip(names, rows))
    hashes = [h for h, _, _ in table]
    assert len(set(hashes)) == len(hashes), "two features share a hash: rename one"
    gaps, weights, previous = [], [], 0
    for h, name, row in table:
        gaps.append("    %s,  // %s" % (", ".join(str(b) for b in varint(h - previous)), name))
        weights.append("    %s,  // %s" % (", ".join(str(v) for v in row), name))
        previous = h
    return "\n".join(gaps), "\n".join(weights)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tests/judgement/train.py PATH/TO/judge_eval")
    dump = subprocess.run([sys.argv[1], "--features", os.path.join(ROOT, "tests", "judgement", "dev")],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    digest = json.loads(dump[-1])["digest"]
    items = [json.loads(line) for line in dump[:-1]]
    assert all(item["part"] == "dev" for item in items)
    sections = []
    for kind, labels in LABELS.items():
        part = [item for item in items if item["kind"] == kind]
        assert sorted({item["label"] for item in part}) == labels, kind
        # Each item is predicted once per shuffling by a model that did not see it; the figures
        # below pool the shufflings (one shuffling alone moved the chosen pair on a few items).
        oof = []
        for seed in SHUFFLES:
            order = list(range(len(part)))
            random.Random(seed).shuffle(order)
            predicted = [None] * len(part)
            for fold in range(5):
                held = set(order[fold::5])
                model = shipped(fit([part[i] for i in range(len(part)) if i not in held], labels))
                for i in held:
                    predicted[i] = predict(model, part[i])
            oof += predicted
        pooled = part * len(SHUFFLES)
        print("%s: %d development items, five-fold cross-validation, %d shufflings pooled" % (
            kind, len(part), len(SHUFFLES)))
        print("  rules alone:        " + figures(pooled, oof, labels, 9, 9) +
              "  | shortfall %.2f" % shortfall(pooled, oof, labels, 9, 9))
        for add, clear in CANDIDATES:
            print("  add %.2f clear %.2f: %s  | shortfall %.2f" % (
                add, clear, figures(pooled, oof, labels, add, clear),
                shortfall(pooled, oof, labels, add, clear)))
        if kind == "objective":
            # Pairs within 0.01 of the nearest are a tie (the folds' noise): of those, the one
            # that flags the fewest good objectives, then the one with the highest recall.
            best = min(shortfall(pooled, oof, labels, a, c) for a, c in CANDIDATES)
            near = [pair for pair in CANDIDATES
                    if shortfall(pooled, oof, labels, pair[0], pair[1]) <= best + 0.01]

            def rank(pair):
                recall, ok = measure(pooled, oof, labels, pair[0], pair[1])
                return (ok[1] / ok[0], -sum(hit / n for n, hit in recall.values()))

            # The pair in use stays while it is among the tied: a retraining does not move the
            # thresholds on the folds' noise alone.
            chosen = IN_USE if IN_USE in near else min(near, key=rank)
        else:
            chosen = KEY_RESULT_THRESHOLDS
        print("  chosen: add %.2f clear %.2f" % chosen)
        relabel = 2.0
        if kind == "key_result":
            for t in RELABEL_CANDIDATES:
                print("  relabel at %.2f: %s  | shortfall %.3f" % (
                    t, figures(pooled, oof, labels, chosen[0], chosen[1], t),
                    shortfall(pooled, oof, labels, chosen[0], chosen[1], t)))
            best = min(shortfall(pooled, oof, labels, chosen[0], chosen[1], t)
                       for t in RELABEL_CANDIDATES)
            relabel = max(t for t in RELABEL_CANDIDATES
                          if shortfall(pooled, oof, labels, chosen[0], chosen[1], t) <= best + TIE)
            print("  chosen: relabel %.2f" % relabel)
        model = fit(part, labels)
        names, rows, scale = quantise(model)
        add, clear = chosen
        if kind not in SHIPPED:
            names, rows, add, clear = [], [], 2.0, 2.0
            model["bias"] = [0.0] * len(labels)
        print("  %s %d features of %d" % ("ships" if kind in SHIPPED else "not shipped:", len(names),
                                         len(model["kept"])))
        prefix = "kObjective" if kind == "objective" else "kKeyResult"
        sections.append("\n".join([
            "inline constexpr int %sLabels = %d;" % (prefix, len(labels)),
            "inline constexpr int %sFeatureCount = %d;" % (prefix, len(names)),
            "inline constexpr unsigned char %sHashGaps[] = {\n%s\n};" % (
                prefix, c_rows(names, rows)[0] if names else "    0"),
            "inline constexpr signed char %sWeights[] = {\n%s\n};" % (
                prefix, c_rows(names, rows)[1] if names else "    0"),
            "inline constexpr float %sScale = %.9gf;" % (prefix, scale),
            "inline constexpr float %sBias[] = {%s};" % (
                prefix, ", ".join("%.6ff" % b for b in model["bias"])),
            "inline constexpr float %sAdd = %.2ff;" % (prefix, add),
            "inline constexpr float %sClear = %.2ff;" % (prefix, clear),
            "inline constexpr float %sClearTactic = %.2ff;" % (prefix, max(clear, CLEAR_TACTIC)),
            "inline constexpr float %sRelabel = %.2ff;" % (prefix, relabel),
        ]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by tests/judgement/train.py from tests/judgement/dev; do not edit.\n")
        f.write("// clang-format off\n")
        f.write('inline constexpr char kDigest[] = "%s";\n' % digest)
        f.write("\n".join(sections) + "\n")
        f.write("// clang-format on\n")
    print("wrote %s (features %s)" % (os.path.relpath(OUT, ROOT), digest))


if __name__ == "__main__":
    main()
