#!/usr/bin/env python3
"""Where interest's rho_fix falls behind `loc`'s: ties, quiet files, or the order of files that changed.

    Benchmarks/predict-rho.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (files.json)

Per repository, with the harness's Spearman (re-implemented and checked in predict-ceiling.py):
- d_rho: interest's rho_fix minus `loc`'s;
- ties by loc: the same with interest's ties (files charging nothing) ordered by code lines, so that only files
  interest cannot tell apart take size's order. If ties were why interest trails `loc`, this would close the gap;
- quiet: the share of the year's fix-touches that landed on files with no change in the year before the split,
  which interest, being paid on changes, cannot see;
- among changed: d_rho over the files that changed in the year before the split only.
The last lines give the means over the repositories with fixes.
"""
import importlib.util
import json
import os
import statistics
import sys

spec = importlib.util.spec_from_file_location("ceiling", os.path.join(os.path.dirname(__file__), "predict-ceiling.py"))
ceiling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ceiling)


def rho(files, key):
    return ceiling.spearman([key(f) for f in files], [f["fix_commits"] for f in files])


def interest(f):
    return f["scores"]["accrue_interest"]


def tied_by_loc(f):
    # interest first; code lines order only the files interest scores 0 (below every positive score)
    return (interest(f) * 1e9 if interest(f) > 0 else 0.0) + f["loc"] * 1e-3


def row(folder):
    files = json.load(open(os.path.join(folder, "files.json")))["files"]
    fixes = sum(f["fix_commits"] for f in files)
    if not fixes:
        return None
    changed = [f for f in files if f["revisions"] > 0]
    loc = rho(files, lambda f: f["loc"])
    return (os.path.basename(os.path.normpath(folder)), rho(files, interest) - loc, rho(files, tied_by_loc) - loc,
            sum(f["fix_commits"] for f in files if f["revisions"] == 0) / fixes,
            rho(changed, interest) - rho(changed, lambda f: f["loc"]))


def main(folders):
    rows = sorted(filter(None, map(row, folders)), key=lambda r: r[1])
    print(f"{'repository':24} {'d_rho':>7} {'ties by loc':>11} {'quiet':>6} {'among changed':>13}")
    for name, d, tied, quiet, changed in rows:
        print(f"{name:24} {d:+7.3f} {tied:+11.3f} {quiet * 100:5.0f}% {changed:+13.3f}")
    mean = lambda i, subset=rows: statistics.mean(r[i] for r in subset)
    losing = [r for r in rows if r[1] < 0]
    winning = [r for r in rows if r[1] >= 0]
    print(f"mean over {len(rows)}: d_rho {mean(1):+.3f}, ties by loc {mean(2):+.3f}, among changed {mean(4):+.3f}")
    if losing and winning:
        print(f"quiet share where loc wins ({len(losing)}): {mean(3, losing) * 100:.0f}%; "
              f"where interest wins ({len(winning)}): {mean(3, winning) * 100:.0f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
