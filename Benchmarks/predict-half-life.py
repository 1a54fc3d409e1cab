#!/usr/bin/env python3
"""Which activity half-life forecasts a file's changes best? (issue 5, `activity_half_life_days`)

    Benchmarks/predict-half-life.py DIR [DIR ...]      # each DIR: a KEEP folder of predict-eval.sh (files.json)
    CLONES=/work/corpus HALF=30,90,365 Benchmarks/predict-half-life.py ...   # the defaults: /work/corpus, below

Interest is charged on the changes to come, and its activity term is a file's decayed change count turned into a
monthly rate (docs/model.md). This script asks which half-life makes that rate the best forecast of the file's
changes in the months after the harness's split: for each repository (its clone at $CLONES/<folder name>), every
file of the harness's universe gets, for each half-life h, Σ 0.5^(age/h) × ln 2 / h × 30.4375 over the commits
before the split that touch it (no merges, renames not followed, commits of more than 30 files left out as
mechanical, as accrue's `largest_change_files`; fixes weigh 1 and version bumps count, unlike accrue), and is
compared with the changes the harness counted after the split per month (`future_changes` ÷ its months). It
prints, per half-life, the mean over repositories of the Poisson deviance per file (lower is better: the rate as a
forecast of the count) and of Spearman's rho with the future changes (the order alone), and how many repositories
each half-life wins on deviance. It reads no fix and no ranking: the outcome is the changes that happen.
"""
import collections
import importlib.util
import json
import math
import os
import subprocess
import sys

HALF = [int(x) for x in os.environ.get("HALF", "30,45,90,180,240,300,365,450,540,730").split(",")]
CLONES = os.environ.get("CLONES", "/work/corpus")
MECHANICAL = 30

spec = importlib.util.spec_from_file_location("ceiling", os.path.join(os.path.dirname(__file__), "predict-ceiling.py"))
ceiling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ceiling)
spearman = ceiling.spearman  # the harness's rank correlation, as predict-pooled.py reads it


def deviance(predicted, observed):
    total = 0.0
    for p, o in zip(predicted, observed):
        p = max(p, 1e-3)
        total += 2 * ((o * math.log(o / p) if o > 0 else 0) - (o - p))
    return total / len(observed)


def past_commits(repo, split):
    """(committer time, paths) of every non-merge commit before the split, newest first."""
    out = subprocess.run(["git", "-C", repo, "-c", "core.quotepath=off", "log", "--no-merges", "--no-renames",
                          "--format=@%ct", "--name-only", split], capture_output=True, check=True).stdout
    out = out.decode("utf-8", "surrogateescape")
    commits = []
    for line in out.splitlines():
        if line.startswith("@"):
            commits.append((int(line[1:]), []))
        elif line.strip() and commits:
            commits[-1][1].append(line)
    return commits


def decayed_rates(repo, split, universe):
    """Per half-life, each universe file's decayed monthly change rate at the split."""
    now = int(subprocess.run(["git", "-C", repo, "show", "-s", "--format=%ct", split],
                             capture_output=True, text=True, check=True).stdout)
    rates = {h: collections.Counter() for h in HALF}
    for time, paths in past_commits(repo, split):
        if len(paths) > MECHANICAL:
            continue
        weights = {h: 0.5 ** (max(0, now - time) / 86400 / h) * math.log(2) / h * 30.4375 for h in HALF}
        for path in (p for p in paths if p in universe):
            for h in HALF:
                rates[h][path] += weights[h]
    return rates


def score(folder):
    """Per half-life, (deviance, rho) of one KEEP folder's files."""
    data = json.load(open(os.path.join(folder, "files.json")))
    files, meta = data["files"], data["meta"]
    repo = os.path.join(CLONES, os.path.basename(folder.rstrip("/")))
    rates = decayed_rates(repo, meta["split"], {f["path"] for f in files})
    observed = [f["future_changes"] / meta.get("split_months", 12) for f in files]
    return {h: (deviance([rates[h][f["path"]] for f in files], observed),
                spearman([rates[h][f["path"]] for f in files], observed)) for h in HALF}


def main(folders):
    rows = []
    for folder in folders:
        row = score(folder)
        rows.append(row)
        best = min(HALF, key=lambda h: row[h][0])
        label = os.path.basename(folder.rstrip("/"))
        print(f"{label:24} best {best:4} d  " + " ".join(f"{h}:{row[h][0]:.3f}" for h in HALF), flush=True)
    n = len(rows)
    wins = collections.Counter(min(HALF, key=lambda h: row[h][0]) for row in rows)
    print(f"\n{n} repositories: half-life (days), mean deviance per file, mean rho with future changes, wins")
    for h in HALF:
        print(f"{h:6} {sum(r[h][0] for r in rows) / n:.3f} {sum(r[h][1] for r in rows) / n:.3f} {wins[h]:3}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
