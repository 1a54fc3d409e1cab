#!/usr/bin/env bash
# Issue 7's correctness bar on a real repository: trend samples equal a fresh `accrue scan --rev SAMPLE`.
# Usage: Benchmarks/trend-equality.sh REPO STORE [COUNT]   (ACCRUE=path/to/accrue to pick a binary)
# Reads (or back-fills) `accrue trend REPO --since 99w --every 1w --store STORE`, picks COUNT samples (default 5)
# spread over the series, scans each commit without a store and compares every figure both outputs carry
# (totals, and code lines, principal and interest per module; the store rounds to three decimals, scan JSON keeps
# three significant digits under 0.1, so a scan figure is compared rounded to three decimals).
# Exit 0 when all equal, 1 otherwise. Writes nothing in REPO. SCANS=DIR keeps each fresh scan there as
# scan-COMMIT.json and reuses one already there (scans of a large repository can run ahead, in parallel).
set -euo pipefail
repo=${1:?repository}
store=${2:?store path}
count=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build/release/accrue}
[ -e "$repo/.accrue" ] && { echo "$repo/.accrue exists: the fresh scans would use it" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$accrue" trend "$repo" --since 99w --every 1w --store "$store" --format json > "$work/trend.json"
python3 - "$work/trend.json" "$count" > "$work/picked" <<'PY'
import json, sys
samples = json.load(open(sys.argv[1]))["samples"]
count = min(int(sys.argv[2]), len(samples))
step = (len(samples) - 1) / max(count - 1, 1)
for index in sorted({round(i * step) for i in range(count)}):
    print(samples[index]["commit"])
PY
status=0
while read -r commit; do
  scan=${SCANS:-$work}/scan-$commit.json
  [ -s "$scan" ] || "$accrue" scan "$repo" --rev "$commit" --format json > "$scan"
  python3 - "$work/trend.json" "$scan" "$commit" <<'PY' || status=1
import json, sys
trend = next(s for s in json.load(open(sys.argv[1]))["samples"] if s["commit"] == sys.argv[3])
scan = json.load(open(sys.argv[2]))
totals = scan["totals"]
pairs = [(k, trend[k], totals[k]) for k in
         ("code_lines", "principal_hours", "interest_hours_per_month", "debt_ratio", "rating", "history_commits")]
pairs.append(("findings", trend["findings"], len(scan["findings"])))
# Module names can repeat (git/git has two `libgit` modules): compare the sorted rows, not a name lookup.
keys = ("name", "code_lines", "principal_hours", "interest_hours_per_month")
mine = sorted(tuple(m[k] for k in keys) for m in trend["modules"])
fresh = sorted(tuple(m[k] for k in keys) for m in scan["modules"])
pairs.append(("module count", len(mine), len(fresh)))
for row, other in zip(mine, fresh):
    pairs.append((f"module {row[0]}", row, other))
# The store keeps three decimals; scan JSON keeps three significant digits under 0.1 (since session 19).
def same(stored, fresh):
    if isinstance(stored, tuple):
        return len(stored) == len(fresh) and all(same(a, b) for a, b in zip(stored, fresh))
    if isinstance(stored, (int, float)) and isinstance(fresh, (int, float)):
        return stored == fresh or abs(stored - round(fresh, 3)) < 1e-9
    return stored == fresh
wrong = [p for p in pairs if not same(p[1], p[2])]
print(f"{sys.argv[3][:12]} {trend['date'][:10]}: {len(pairs) - len(wrong)}/{len(pairs)} figures equal")
for key, mine, fresh in wrong:
    print(f"  {key}: trend {mine}, scan {fresh}")
sys.exit(1 if wrong else 0)
PY
done < "$work/picked"
exit $status
