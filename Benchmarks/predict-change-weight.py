#!/usr/bin/env python3
"""Would interest predict better if each change weighed its lines instead of one? (offline, session 13)

    Benchmarks/predict-change-weight.py CORPUS EVALDIR OUTROOT
        CORPUS:  the clones (CORPUS/<label>), as for predict-corpus.sh
        EVALDIR: predict-corpus.sh's KEEP folders (EVALDIR/<label>/{scan,files,result}.json)
        OUTROOT: writes OUTROOT/<variant>/<label>/{files,result}.json for predict-pooled.py
    Benchmarks/predict-pooled.py OUTROOT/linear/*      # then read each variant against OUTROOT/one/*

Interest is linear in a file's activity (its own findings' friction and its share of its module's findings both
multiply the file's decayed change count), so weighing each change by w(lines it changed in the file) scales the
file's interest by R = Σ decay·w / Σ decay. This script recomputes R from `git log --numstat -M` up to the split
(committer dates, accrue's 90-day half-life, commits over 30 files mechanical as in accrue, renames followed back
from the split's paths) and writes interest × R as the ranking (principal still breaks ties). Variants:
`one` (w = 1: the scan's ranking, the control), `linear` (w = lines added + deleted: Kamei et al.'s effort of a
change), `sqrt`, `log` (w = log2(1 + lines)). A repository whose clone git cannot diff (a blob missing from
the mirror) is skipped in every variant. Version bumps are not recognized here (accrue drops them; they change a
line or two, so their weight is small in every variant but `one`).
"""
import json
import math
import os
import shutil
import subprocess
import sys

HALF_LIFE_DAYS = 90.0
LARGEST_CHANGE = 30
VARIANTS = {
    "one": lambda n: 1.0,
    "linear": lambda n: float(n),
    "sqrt": lambda n: math.sqrt(n),
    "log": lambda n: math.log2(1 + n),
}


def commits(repo, split, split_time):
    """(committer time, [(old path, new path, lines)]) per non-merge commit, newest first, three years back."""
    out = subprocess.check_output(
        ["git", "-C", repo, "log", "--no-merges", "-z", "--numstat", "-M",
         "--since=%d" % (split_time - 3 * 365 * 86400), "--format=%x01%H %ct", split],
        stderr=subprocess.DEVNULL)
    for chunk in out.split(b"\x01")[1:]:
        head, _, rest = chunk.partition(b"\n")
        when = int(head.replace(b"\0", b" ").split()[1])
        tokens, entries, i = rest.split(b"\0"), [], 0
        while i < len(tokens):
            parts = tokens[i].strip(b"\n").split(b"\t")
            if len(parts) != 3:
                i += 1
                continue
            if parts[2] == b"":  # a rename: the old and the new path follow
                old, new = tokens[i + 1].decode(errors="replace"), tokens[i + 2].decode(errors="replace")
                i += 3
            else:
                old = new = parts[2].decode(errors="replace")
                i += 1
            lines = sum(0 if p == b"-" else int(p) for p in parts[:2])
            entries.append((old, new, lines))
        yield when, entries


def reweigh(corpus, folder, label, outroot):
    split = json.load(open(os.path.join(folder, "result.json")))["meta"]["split"]
    repo = os.path.join(corpus, label)
    split_time = int(subprocess.check_output(["git", "-C", repo, "show", "-s", "--format=%ct", split]).strip())
    scan = json.load(open(os.path.join(folder, "scan.json")))
    figures = {f["name"]: (f["interest_hours_per_month"], f["principal_hours"]) for f in scan["files"]}
    alias = {path: path for path in figures}
    count = dict.fromkeys(figures, 0.0)
    weighed = {v: dict.fromkeys(figures, 0.0) for v in VARIANTS}
    for when, entries in commits(repo, split, split_time):
        decay = 2 ** (-max(0.0, (split_time - when) / 86400) / HALF_LIFE_DAYS)
        for old, new, lines in entries:
            path = alias.get(new)
            if path is None:
                continue
            alias[old] = path
            if len(entries) > LARGEST_CHANGE:
                continue
            count[path] += decay
            for v, weight in VARIANTS.items():
                weighed[v][path] += decay * weight(lines)
    rows = json.load(open(os.path.join(folder, "files.json")))
    for v in VARIANTS:
        ratios = sorted(weighed[v][p] / count[p] for p in figures if count[p] > 0)
        median = ratios[len(ratios) // 2] if ratios else 1.0
        for row in rows["files"]:
            interest, principal = figures.get(row["path"], (0.0, 0.0))
            ratio = weighed[v][row["path"]] / count[row["path"]] if count.get(row["path"], 0) > 0 else median
            row["scores"]["accrue_interest"] = interest * ratio * 1000 + principal / 1000
        target = os.path.join(outroot, v, label)
        os.makedirs(target, exist_ok=True)
        shutil.copy(os.path.join(folder, "result.json"), target)
        json.dump(rows, open(os.path.join(target, "files.json"), "w"))


def main():
    corpus, evaldir, outroot = sys.argv[1:4]
    for label in sorted(os.listdir(evaldir)):
        folder = os.path.join(evaldir, label)
        if not os.path.exists(os.path.join(folder, "files.json")):
            continue
        try:
            reweigh(corpus, folder, label, outroot)
        except subprocess.CalledProcessError:
            print("skipped %s: git could not diff its history" % label, file=sys.stderr)


if __name__ == "__main__":
    main()
