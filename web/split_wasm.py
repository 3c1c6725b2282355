#!/usr/bin/env python3
"""Splits the linked app into the module the first frame needs and a deferred one.

Emscripten (-sSPLIT_MODULE) leaves the optimised module, with its function names, as
app.wasm.orig. This script picks the functions that only a user's action reaches (exporting,
printing, importing, comparing and merging plans, copying and pasting tree nodes, the what-if
figures, the retrospective), moves them with Binaryen's wasm-split into app.deferred.wasm and
writes the rest as app.wasm, both without names. The page fetches the deferred part after the
first frame (shell/okr.js); a call that comes before it arrives loads it on the spot.

    split_wasm.py DIST_DIR WORK_DIR

WORK_DIR keeps the named module, the list of functions moved and Binaryen's map of the
placeholders (to name a function the page reports loading early: "placeholder function called: N").
"""

import os
import re
import shutil
import subprocess
import sys

# Names (as the name section spells them) of the functions that move. A function the first
# frames call must not match: tests/e2e checks that nothing is loaded on the spot at start.
DEFERRED = re.compile(
    r"markdown|treesvg|printhtml|onepager|import|diff|merge|csv|copyselection|pastenodes|"
    r"pasteobjective|generateplan|retro|whatif|sensitivity|lineage|fieldchange", re.IGNORECASE)
# Kept whatever their names say: constructors and destructors (a panel's state holds an import
# table from the start) and the standard library's templates (copying an optional import
# problem is part of that state).
KEEP = re.compile(r"^std::|__cxx|::~|(\b\w+)::\1\(")
# Only the planner's own code moves (Dear ImGui has a GetMergedModsFromKeys).
OURS = re.compile(r"^(okr::|panels::|menus::|widgets::|App::|Session::|UiState::)")
FEATURES = ["--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int"]
ID_CHARS = set("!#$%&'*+-./:<=>?@\\^_`|~")


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def function_names(data):
    """The function names of the module's name section."""
    names = []
    i = 8
    while i < len(data):
        section = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if section == 0:
            length, j = leb(data, i)
            if data[j:j + length] == b"name":
                j += length
                while j < end:
                    kind = data[j]
                    sub_size, j = leb(data, j + 1)
                    sub_end = j + sub_size
                    if kind == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            _, k = leb(data, k)
                            length, k = leb(data, k)
                            names.append(data[k:k + length].decode("utf-8", "replace"))
                            k += length
                    j = sub_end
        i = end
    return names


def escaped(name):
    """The name as Binaryen's tools read it: characters outside its identifiers as \\xx."""
    return "".join(c if c.isalnum() or c in ID_CHARS else "\\%02x" % ord(c) for c in name)


def main():
    dist, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    original = os.path.join(work, "app.wasm.orig")
    shutil.move(os.path.join(dist, "app.wasm.orig"), original)
    with open(original, "rb") as f:
        names = function_names(f.read())
    moved = [escaped(n) for n in names
             if OURS.search(n) and DEFERRED.search(n) and not KEEP.search(n)]
    if not moved:
        sys.exit("split_wasm.py: no function matched; were the names kept (--profiling-funcs)?")
    listing = os.path.join(work, "deferred.list")
    with open(listing, "w") as f:
        f.write("\n".join(moved) + "\n")
    primary = os.path.join(work, "app.wasm")
    deferred = os.path.join(work, "app.deferred.wasm")
    subprocess.run(["wasm-split", original, "--split", "--split-funcs=@" + listing,
                    "--placeholdermap", "-o1", primary, "-o2", deferred] + FEATURES,
                   check=True)
    for name in ("app.wasm", "app.deferred.wasm"):
        subprocess.run(["wasm-opt", os.path.join(work, name), "--strip-debug", "-o",
                        os.path.join(dist, name)] + FEATURES, check=True)


if __name__ == "__main__":
    main()
