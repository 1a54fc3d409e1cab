#!/usr/bin/env python3
"""code-maat's change coupling, from its definition, over `git log`; compared with accrue's.

Follows code-maat's src/code_maat/analysis/coupling_algos.clj and logical_coupling.clj (e745abe):
- rows are (revision, entity) from `git log --numstat --no-renames`; merges have no rows;
- a revision with more than max-changeset-size rows is dropped (before counting revisions);
- revisions of an entity = change sets (kept ones) that contain it;
- for each pair in a change set: shared += 1; average = (revs a + revs b) / 2;
  coupling = shared / average * 100 (exact), kept when average >= min-revs,
  shared >= min-shared-revs, coupling >= min-coupling and floor(coupling) <= max-coupling;
- degree = int(coupling); average-revs printed as ceil(average).

Usage: coupling_reference.py REPO [ACCRUE_JSON]
Without ACCRUE_JSON prints the reference pairs as CSV (entity,coupled,degree,average-revs).
With it, compares pairs and degrees with `accrue coupling REPO --no-renames --include-bots
--no-excludes --format json` and exits 1 on any difference.
"""
import json
import math
import subprocess
import sys
from collections import Counter, defaultdict
from fractions import Fraction

MIN_REVS, MIN_SHARED, MIN_COUPLING, MAX_COUPLING, MAX_CHANGESET = 5, 5, 30, 100, 30


def change_sets(repo):
    log = subprocess.run(
        ["git", "-C", repo, "-c", "core.quotepath=false", "log", "--numstat", "--no-renames",
         "--pretty=format:--%H--%ad--%aN", "--date=short"],
        check=True, capture_output=True).stdout.decode("utf-8", "replace")
    sets = defaultdict(list)
    rev = None
    for line in log.split("\n"):
        if line.startswith("--") and line.count("--") >= 3 and "\t" not in line:
            rev = line.split("--")[1]
        elif line and rev and line.count("\t") >= 2:
            sets[rev].append(line.split("\t", 2)[2])
    return sets


def coupling(sets):
    kept = [sorted(set(rows)) for rows in sets.values() if len(rows) <= MAX_CHANGESET]
    revs, shared = Counter(), Counter()
    for entities in kept:
        revs.update(entities)
        for i, a in enumerate(entities):
            for b in entities[i + 1:]:
                shared[(a, b)] += 1
    pairs = {}
    for (a, b), count in shared.items():
        average = Fraction(revs[a] + revs[b], 2)
        degree = count / average * 100
        if average >= MIN_REVS and count >= MIN_SHARED and degree >= MIN_COUPLING \
                and math.floor(degree) <= MAX_COUPLING:
            pairs[(a, b)] = (int(degree), math.ceil(average), count)
    return pairs


def main():
    reference = coupling(change_sets(sys.argv[1]))
    if len(sys.argv) < 3:
        print("entity,coupled,degree,average-revs")
        for (a, b), (degree, average, _) in sorted(reference.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])):
            print(f"{a},{b},{degree},{average}")
        return 0
    document = json.load(open(sys.argv[2]))
    ours = {(p["entity"], p["coupled"]): (p["degree"], math.ceil(p["average_revisions"]), p["shared_revisions"])
            for p in document.get("coupling", [])}
    same = sum(1 for k in reference if ours.get(k) == reference[k])
    print(f"reference pairs {len(reference)}, accrue pairs {len(ours)}, identical {same}")
    for key in sorted(set(reference) ^ set(ours))[:10]:
        print(f"  only in {'reference' if key in reference else 'accrue'}: {key}")
    for key in sorted(k for k in reference if k in ours and ours[k] != reference[k])[:10]:
        print(f"  differs: {key}: reference {reference[key]} accrue {ours[key]}")
    ok = same == len(reference) == len(ours)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
