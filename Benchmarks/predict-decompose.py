#!/usr/bin/env python3
"""What does interest's friction add to its own activity? Scores, on the harness's universe, the file rankings
interest is made of, each against `loc` (the bar's per-file baseline).

    Benchmarks/predict-decompose.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (files.json, scan.json)

Rankings:
- `interest`: the harness's accrue_interest row (interest per month, then principal), as predict-eval.sh ranks;
- `changes/month`: the scan's decayed, fix-weighed change rate of each file alone (interest without its friction:
  the activity the model multiplies);
- `own findings`: the interest of the file's own and its functions' findings alone (no share of its module's);
- `past revisions`: the harness's count of commits to the file in the year before the split;
- `loc`: code lines (the baseline).
Prints, per ranking, the mean difference from `loc` (rho_fix / capture@20 % of files / capture@20 % of LOC / Popt)
and on how many repositories interest beats `changes/month` per figure. Figures use predict-ceiling.py's
re-implementation of the harness's definitions (checked equal to the harness there).
"""
import importlib.util
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ceiling", os.path.join(here, "predict-ceiling.py"))
ceiling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ceiling)


def own_interest(scan):
    """Interest per month of each file's own findings and its functions' (a function's subject is `path:line name`)."""
    own = {}
    for finding in scan["findings"]:
        if finding["kind"] in ("file", "function") and "interest" in finding:
            path = finding["subject"].split(":")[0] if finding["kind"] == "function" else finding["subject"]
            own[path] = own.get(path, 0) + finding["interest"]["hours_per_month"]
    return own


def rankings(scan):
    changes = {f["name"]: f["changes_per_month"] for f in scan["files"]}
    own = own_interest(scan)
    return {
        "interest": lambda f: f["scores"]["accrue_interest"],
        "changes/month": lambda f: changes.get(f["path"], 0),
        "own findings": lambda f: own.get(f["path"], 0) * 1000 + f["scores"]["accrue_interest"] / 1e6,
        "past revisions": lambda f: f["revisions"],
        "loc": lambda f: f["loc"],
    }


def scores(folder):
    """Each ranking's four figures; None for a repository without fixes after its split (or not scored: no files.json)."""
    if not os.path.exists(os.path.join(folder, "files.json")):
        return None
    files = json.load(open(os.path.join(folder, "files.json")))["files"]
    if not sum(f["fix_commits"] for f in files):
        return None
    scan = json.load(open(os.path.join(folder, "scan.json")))
    return {name: ceiling.figures(files, key) for name, key in rankings(scan).items()}


def main(dirs):
    rows = [row for row in map(scores, dirs) if row is not None]
    if not rows:
        sys.exit("no repository with fixes after its split")
    print(f"{len(rows)} repositories; mean difference from loc: rho_fix / cap@20% files / cap@20% LOC / Popt")
    for name in rows[0]:
        mean = [sum(row[name][k] - row["loc"][k] for row in rows) / len(rows) for k in range(4)]
        print(f"  {name:15s} {mean[0]:+.3f} / {100 * mean[1]:+.1f} / {100 * mean[2]:+.1f} / {mean[3]:+.3f}")
    wins = [sum(row["interest"][k] > row["changes/month"][k] for row in rows) for k in range(4)]
    print("interest beats changes/month on " + " / ".join(str(w) for w in wins) + f" of {len(rows)}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
