#!/usr/bin/env python3
"""How far can a file ranking get on issue 5's bar? Scores rankings that know the future on the same universe.

    Benchmarks/predict-ceiling.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (files.json, result.json)

For every repository it ranks the files by what happened after the split, as if it were known at the split:
- `future changes`: the commits that touched each file in the following months (perfect foresight of activity, the
  quantity interest estimates from the past: interest is activity times a friction that does not change the order
  much among busy files);
- `future fixes`: the fix commits themselves (the per-file ceiling; per line it is not the ceiling, fix density is);
- `future fix density`: fix commits per line (the per-line ceiling: files with fixes first, densest first);
and scores them with the harness's definitions (rho_fix; capture@20% of files, of LOC, Popt with tie groups pro
rata), next to accrue's interest, then applies the bar (at least loc's rho_fix and capture@20% of files, above
churn's capture@20% of LOC and Popt, all four above the random band's 95th percentile). The interest row is
recomputed here and must equal the harness's figures (checked), which validates the reimplementation.
"""
import json
import os
import sys
from itertools import groupby


def curve(files, key):
    """Capture@20% of LOC and the area under the effort curve for files in `key` order, ties as one segment."""
    lines = sum(f["loc"] for f in files)
    fixes = sum(f["fix_commits"] for f in files)
    points, x, y, capture = [(0.0, 0.0)], 0.0, 0.0, None
    for _, group in groupby(sorted(files, key=lambda f: -key(f)), key=key):
        group = list(group)
        nx = x + sum(f["loc"] for f in group) / lines
        ny = y + sum(f["fix_commits"] for f in group) / fixes
        if capture is None and nx >= 0.2:
            capture = y + ((0.2 - x) / (nx - x) if nx > x else 1) * (ny - y)
        points.append((nx, ny))
        x, y = nx, ny
    area = sum((b[0] - a[0]) * (a[1] + b[1]) / 2 for a, b in zip(points, points[1:]))
    return capture, area


def popt(files, key):
    density = lambda f: f["fix_commits"] / f["loc"] if f["loc"] else (1e18 if f["fix_commits"] else 0)
    _, area = curve(files, key)
    _, best = curve(files, density)
    worst = 1 - best
    return (area - worst) / (best - worst)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result, i = [0.0] * len(values), 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va, vb = sum((x - ma) ** 2 for x in ra), sum((y - mb) ** 2 for y in rb)
    return cov / (va * vb) ** 0.5 if va > 0 and vb > 0 else 0.0


def capture_files(files, key):
    cut, taken, got = 0.2 * len(files), 0, 0.0
    for _, group in groupby(sorted(files, key=lambda f: -key(f)), key=key):
        group = list(group)
        fixes = sum(f["fix_commits"] for f in group)
        if taken + len(group) <= cut:
            got, taken = got + fixes, taken + len(group)
        else:
            got += fixes * (cut - taken) / len(group)
            break
    return got / sum(f["fix_commits"] for f in files)


def figures(files, key):
    capture_loc, _ = curve(files, key)
    return (spearman([key(f) for f in files], [f["fix_commits"] for f in files]), capture_files(files, key),
            capture_loc, popt(files, key))


def meets(values, result):
    rows, band = result["results"], result["meta"]["random_null"]
    keys = ("spearman_fix", "capture20", "capture20_loc", "popt")
    baseline = (rows["loc"]["spearman_fix"], rows["loc"]["capture20"], rows["churn"]["capture20_loc"], rows["churn"]["popt"])
    return (values[0] >= baseline[0] and values[1] >= baseline[1] and values[2] > baseline[2] and values[3] > baseline[3]
            and all(v > band[k]["p95"] for v, k in zip(values, keys)))


def text(values):
    return f"{values[0]:.3f} / {100 * values[1]:.1f} / {100 * values[2]:.1f} / {values[3]:.3f}"


RANKINGS = (("future changes", lambda f: f["future_changes"]), ("future fixes", lambda f: f["fix_commits"]),
            ("future fix density", lambda f: f["fix_commits"] / (f["loc"] + 1)),
            ("accrue interest", lambda f: f["scores"]["accrue_interest"]))


def checked(folder, result, values):
    """Stops when the recomputed interest figures differ from the harness's: the re-implementation is wrong."""
    mine = result["results"]["accrue_interest"]
    harness = (mine["spearman_fix"], mine["capture20"], mine["capture20_loc"], mine["popt"])
    if any(abs(a - b) > 1e-6 for a, b in zip(values, harness)):
        sys.exit(f"{folder}: recomputed {values} differ from the harness's {harness}")


def scores(folder):
    """Each ranking's figures and whether they meet the bar; None for a repository without fixes."""
    files = json.load(open(os.path.join(folder, "files.json")))["files"]
    result = json.load(open(os.path.join(folder, "result.json")))
    if not sum(f["fix_commits"] for f in files):
        return None
    rows = {}
    for name, key in RANKINGS:
        values = figures(files, key)
        if name == "accrue interest":
            checked(folder, result, values)
        rows[name] = (values, meets(values, result))
    return rows


def summary(scored):
    """The mean row and the pass counts over the scored repositories' rows."""
    count = max(1, len(scored))
    means = [text([sum(rows[name][0][k] for rows in scored) / count for k in range(4)]) for name, _ in RANKINGS]
    passes = [f"{name} on {sum(rows[name][1] for rows in scored)} of {len(scored)}" for name, _ in RANKINGS]
    return ("| mean | " + " | ".join(means) + " |",
            "\nbar met (rho_fix / cap@20% files / cap@20% LOC / Popt): " + ", ".join(passes))


def main(dirs):
    print("| repository | " + " | ".join(name for name, _ in RANKINGS) + " |")
    print("|---|" + "---|" * len(RANKINGS))
    scored = []
    for folder in dirs:
        label = os.path.basename(os.path.abspath(folder))
        rows = scores(folder)
        if rows is None:
            print(f"| {label} | no fixes after the split: not scored |" + " |" * (len(RANKINGS) - 1))
            continue
        scored.append(rows)
        print(f"| {label} | " + " | ".join(text(v) + (" **bar met**" if ok else "") for v, ok in rows.values()) + " |")
    for line in summary(scored):
        print(line)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
