#!/usr/bin/env python3
"""How far accrue's reading of bug-fix subjects (`fixes:` in rules/model.yaml, read by Sources/Analyses/FixCommits.swift) agrees with the harness's
(../shared/eval/predict_eval.py: FIX_RE, less NONBUG_RE unless STRONG_RE) on real subjects.

    Benchmarks/fix-words-compare.py REPO... [--since 2.years.ago]

Reads the word lists out of rules/model.yaml (RULES=FOLDER for another rules folder) and applies FixCommits' rule in
Python: a fix word as a whole word of letters, or a subject prefix (🐛, 🚑); not when a housekeeping word is there
too, unless a defect word is. Prints the agreement over every non-merge subject of the repositories and samples of
the subjects only one side counts. Session 34: 12,582 subjects of the 29 corpus repositories, 99.9 %.
"""
import os, random, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "..", "shared", "eval"))
import predict_eval as pe  # noqa: E402

import yaml  # noqa: E402

model = yaml.safe_load(open(os.path.join(os.environ.get("RULES", os.path.join(root, "rules")), "model.yaml"),
                            encoding="utf-8"))["fixes"]
FIX, HOUSE, DEFECT = (set(w.lower() for w in model[k]["value"]) for k in ("words", "housekeeping_words", "defect_words"))
PREFIXES = tuple(model["subject_prefixes"]["value"])


def words(subject):
    """Runs of letters (digits, `_`, punctuation and emoji end one), as FixCommits.words, in the first 200 characters."""
    return [w.lower() for w in re.findall(r"[^\W\d_]+", subject[:200])]


def accrue(subject):
    found = set(words(subject))
    if not (found & FIX or subject.startswith(PREFIXES)):
        return False
    return not found & HOUSE or bool(found & DEFECT)


def harness(subject):
    if not pe.FIX_RE.search(subject):
        return False
    return not pe.NONBUG_RE.search(subject) or bool(pe.STRONG_RE.search(subject))


args = [a for a in sys.argv[1:] if not a.startswith("--since")]
since = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--since=")), "2.years.ago")
counts = {"both": 0, "accrue": 0, "harness": 0, "neither": 0}
only = {"accrue": [], "harness": []}
for repo in args:
    log = subprocess.run(["git", "-C", repo, "log", "--no-merges", f"--since={since}", "--format=%s"],
                         capture_output=True, text=True, errors="replace").stdout.splitlines()
    for subject in log:
        a, h = accrue(subject), harness(subject)
        key = "both" if a and h else "accrue" if a else "harness" if h else "neither"
        counts[key] += 1
        if key in only:
            only[key].append(subject)
total = sum(counts.values())
if not total:
    sys.exit("no subjects")
print(f"subjects {total}, agree {(counts['both'] + counts['neither']) / total:.2%}, fixes by both {counts['both']}, "
      f"accrue's alone {counts['accrue']}, the harness's alone {counts['harness']}")
random.seed(1)
for side, subjects in only.items():
    print(f"{side}'s alone:", random.sample(subjects, min(8, len(subjects))))
