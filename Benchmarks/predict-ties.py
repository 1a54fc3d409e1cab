#!/usr/bin/env python3
"""Do the files that charge no interest spoil interest's rho_fix? Orders them (interest ties) by activity or by
size and scores each ranking against `loc`, as predict-decompose.py does.

    Benchmarks/predict-ties.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (files.json, scan.json)

Prints the mean difference from `loc` (rho_fix / capture@20 % of files / capture@20 % of LOC / Popt) of interest as
predict-eval.sh ranks it, with its ties (interest under 0.001 h a month) ordered by the scan's changes per month, and
by code lines (session 11's check, on today's scans).
"""
import importlib.util, json, os, sys, glob, statistics
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ceiling", os.path.join(here, "predict-ceiling.py"))
ceiling = importlib.util.module_from_spec(spec); spec.loader.exec_module(ceiling)
NAMES = ["rho_fix", "cap20", "cap20loc", "popt"]
def ranked(files, keyf):
    order = sorted(range(len(files)), key=lambda i: keyf(files[i]))
    rank = [0]*len(files); r = 0; prev = None
    for pos, i in enumerate(order):
        k = keyf(files[i])
        if k != prev: r = pos; prev = k
        rank[i] = r
    return {files[i]["path"]: rank[i] for i in range(len(files))}
rows = {}
for folder in sys.argv[1:]:
    if not os.path.exists(os.path.join(folder, "files.json")): continue
    files = json.load(open(os.path.join(folder, "files.json")))["files"]
    if not sum(f["fix_commits"] for f in files): continue
    scan = json.load(open(os.path.join(folder, "scan.json")))
    acc = {f["name"]: f for f in scan["files"]}
    def changes(f): return acc.get(f["path"], {}).get("changes_per_month", 0)
    variants = {"interest": lambda f: f["scores"]["accrue_interest"], "loc": lambda f: f["loc"]}
    r1 = ranked(files, lambda f: (f["scores"]["accrue_interest"], changes(f) if f["scores"]["accrue_interest"] < 1 else 0))
    r2 = ranked(files, lambda f: (f["scores"]["accrue_interest"], f["loc"] if f["scores"]["accrue_interest"] < 1 else 0))
    variants["ties by activity"] = lambda f: r1[f["path"]]
    variants["ties by loc"] = lambda f: r2[f["path"]]
    rows[folder] = {n: ceiling.figures(files, k) for n, k in variants.items()}
print(len(rows), "repositories")
for name in ["interest", "ties by activity", "ties by loc"]:
    diffs = []
    for figs in rows.values():
        a, b = figs[name], figs["loc"]
        diffs.append([ (x - y) if x is not None and y is not None else 0 for x, y in zip(a, b)])
    means = [statistics.mean(d[i] for d in diffs) for i in range(4)]
    print(f"{name:18}", " / ".join(f"{m:+.3f}" for m in means))
