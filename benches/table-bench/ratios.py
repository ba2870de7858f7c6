#!/usr/bin/env python3
"""Print DictTable's time as a ratio to hashbrown's and indexmap's, from the
estimates that `cargo bench` left in target/criterion/ (median times).

    python3 ratios.py [--markdown]

A cell reads `hb / im`: DictTable time / hashbrown time and DictTable time /
indexmap time for the same operation and size (below 1.0: DictTable faster).
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT = os.path.join(HERE, "target", "criterion")
OPS = ["insert", "lookup_hit", "lookup_miss", "delete", "iterate"]
KINDS = ["int", "str"]
SIZES = [8, 64, 1 << 10, 1 << 14, 1 << 20]
IMPLS = ["DictTable", "hashbrown", "indexmap"]


def est(group, impl, n):
    p = os.path.join(CRIT, group, impl, str(n), "new", "estimates.json")
    try:
        with open(p) as f:
            return json.load(f)["median"]["point_estimate"]
    except (OSError, KeyError, ValueError):
        return None


def size_label(n):
    return "1M" if n == 1 << 20 else ("%dK" % (n >> 10) if n >= 1024 else str(n))


def gm(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def main():
    if not os.path.isdir(CRIT):
        sys.exit("ratios.py: no target/criterion: run `cargo bench` first")
    head = "| operation | " + " | ".join(size_label(n) for n in SIZES) + " | geomean |"
    print(head)
    print("|---|" + "---:|" * (len(SIZES) + 1))
    all_hb, all_im = [], []
    for kind in KINDS:
        for op in OPS:
            g = "%s_%s" % (op, kind)
            cells, hbs, ims = [], [], []
            for n in SIZES:
                d, h, i = (est(g, impl, n) for impl in IMPLS)
                rh = d / h if d and h else None
                ri = d / i if d and i else None
                hbs.append(rh)
                ims.append(ri)
                cells.append("%s / %s" % ("%.2f" % rh if rh else "-",
                                          "%.2f" % ri if ri else "-"))
            all_hb += hbs
            all_im += ims
            a, b = gm(hbs), gm(ims)
            cells.append("%s / %s" % ("%.2f" % a if a else "-", "%.2f" % b if b else "-"))
            print("| %s %s | %s |" % (op.replace("_", " "), kind, " | ".join(cells)))
    a, b = gm(all_hb), gm(all_im)
    if a and b:
        print("| **all** %s| **%.2f / %.2f** |" % ("| " * len(SIZES), a, b))


if __name__ == "__main__":
    main()
