#!/usr/bin/env bash
# Times full-history mining against `git log --numstat --no-renames` in the same run.
# Usage: Benchmarks/history-speed.sh [REPO] [ROUNDS]   (ACCRUE=path/to/accrue to pick a binary)
# Prints per-round wall times and peak RSS, then medians and the ratios the bar is set on:
#   no renames ≤ 0.75 × git, with renames ≤ 1.0 × git, peak RSS < 600 MB.
set -euo pipefail
repo=${1:-/work/corpus/git}
rounds=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build-history/release/accrue}
[ -x "$accrue" ] || { echo "build first: swift build -c release --scratch-path .build-history" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # label, command... → appends "label seconds kilobytes" to $work/times
  local label=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "$label $wall $rss" >> "$work/times"
  printf '  %-16s %7.2f s  %6d MB\n' "$label" "$wall" $((rss / 1024))
}

echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits), $rounds rounds"
for round in $(seq "$rounds"); do
  echo "round $round"
  measure git-log git -C "$repo" log --numstat --no-renames
  measure accrue "$accrue" history "$repo" --no-renames --format json
  measure accrue-renames "$accrue" history "$repo" --format json
done

python3 - "$work/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
wall = {k: statistics.median(float(r[1]) for r in rows if r[0] == k) for k in {r[0] for r in rows}}
rss = {k: max(int(r[2]) for r in rows if r[0] == k) for k in wall}
print("medians: " + ", ".join(f"{k} {wall[k]:.2f} s" for k in sorted(wall)))
print(f"ratio no renames:   {wall['accrue'] / wall['git-log']:.2f} (bar 0.75)")
print(f"ratio with renames: {wall['accrue-renames'] / wall['git-log']:.2f} (bar 1.00)")
print(f"peak RSS: accrue {rss['accrue'] // 1024} MB, with renames {rss['accrue-renames'] // 1024} MB, "
      f"git log {rss['git-log'] // 1024} MB (bar 600 MB)")
PY
