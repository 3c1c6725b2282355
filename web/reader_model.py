#!/usr/bin/env python3
"""Writes the learned reader (core/analysis/learned_model.inc, made by tests/judgement/train.py) as
the binary file the web app fetches after its first frame (dist/model/reader.bin), so that its
weights are not part of the first load. core/analysis/learned.cpp reads it (loadLearnedModel).

    python3 web/reader_model.py core/analysis/learned_model.inc OUT

The file, little-endian: "OKRLM2" and two zero bytes; the digest (16 ASCII characters); then the
objective model and the key-result model, each as labels, feature count and the byte length of
the hash gaps (u32 each), scale, add, clear, clear-tactic and relabel (f32 each), the bias per label (f32
each), the hash gaps (varint bytes) and the weights (one signed byte per feature and label).
"""
import re
import struct
import sys


def read(text, name, kind):
    match = re.search(r"inline constexpr %s %s(\[\])? = (\{.*?\}|[^;]*);" % (kind, name), text,
                      re.S)
    if not match:
        sys.exit("reader_model.py: %s not found" % name)
    body = re.sub(r"//[^\n]*", "", match.group(2))
    return body


def numbers(body, convert):
    return [convert(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", body.replace("f", ""))]


def model(text, prefix):
    labels = int(read(text, prefix + "Labels", "int"))
    count = int(read(text, prefix + "FeatureCount", "int"))
    gaps = numbers(read(text, prefix + "HashGaps", r"unsigned char"), int)
    weights = numbers(read(text, prefix + "Weights", r"signed char"), int)
    if count == 0:
        gaps, weights = [], []
    if len(weights) != count * labels:
        sys.exit("reader_model.py: %s has %d weights for %d features" % (prefix, len(weights),
                                                                         count))
    floats = [float(numbers(read(text, prefix + n, "float"), float)[0])
              for n in ("Scale", "Add", "Clear", "ClearTactic", "Relabel")]
    bias = numbers(read(text, prefix + "Bias", "float"), float)
    out = struct.pack("<III", labels, count, len(gaps))
    out += struct.pack("<5f", *floats)
    out += struct.pack("<%df" % labels, *bias)
    out += bytes(gaps) + bytes((w + 256) % 256 for w in weights)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reader_model.py learned_model.inc OUT")
    text = open(sys.argv[1], encoding="utf-8").read()
    digest = re.search(r'kDigest\[\] = "([0-9a-f]{16})"', text)
    if not digest:
        sys.exit("reader_model.py: no digest in %s" % sys.argv[1])
    data = b"OKRLM2\0\0" + digest.group(1).encode() + model(text, "kObjective") + \
        model(text, "kKeyResult")
    with open(sys.argv[2], "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
