#!/usr/bin/env bash
# Times `accrue gate --base` against one full `accrue scan` in the same run (issue 8's speed bar).
# Usage: Benchmarks/gate-speed.sh REPO [ROUNDS] [BASE]   (ACCRUE=path/to/accrue to pick a binary)
#   REPO    a clone with 30k+ commits; nothing is written into it (stores live in a temp folder), but use
#           a clone of your own anyway (`git clone /work/corpus/git /tmp/git`): the gate reads its objects
#   ROUNDS  interleaved rounds (default 3); medians are printed
#   BASE    the pull request's base (default HEAD~3; the head is HEAD)
# Each round runs, interleaved: `accrue scan` with no store (the peer); the gate with a fresh empty store
# (cold: it fills the store as it goes; without --store it uses a temporary one the same way); the gate on
# a copy of a store where the base's own CI gated BASE (`gate --rev BASE --base BASE~1`: commits up to
# BASE, BASE's blobs and BASE's figures are known: the typical warm pull request); the gate on a copy of
# a store filled by `accrue scan --rev BASE --store` (commits and blobs known, no figures); and a re-run
# of the same gate (everything known). Bars: cold ≤ 1.0 × scan; warm < 3 s.
set -euo pipefail
repo=${1:?usage: Benchmarks/gate-speed.sh REPO [ROUNDS] [BASE]}
rounds=${2:-3}
base=${3:-HEAD~3}
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build/release/accrue}
[ -x "$accrue" ] || { echo "build first: swift build -c release --static-swift-stdlib --product accrue" >&2; exit 2; }
[ -e "$repo/.accrue" ] && { echo "$repo/.accrue exists: scan and gate would use its store by default" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$here/measure.sh"

copy_store() {  # from, to: the database with its WAL files, if any
  rm -f "$2"*
  for file in "$1"*; do cp "$file" "$2${file#"$1"}"; done
}

gate=("$accrue" gate "$repo" --rev HEAD --base "$base" --format json)
changed=$(git -C "$repo" diff --name-only "$(git -C "$repo" merge-base "$base" HEAD)" HEAD | wc -l)
echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits), base $base ($changed files changed)"
echo "$rounds rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$accrue" gate "$repo" --rev "$base" --base "$base~1" --store "$work/after-gate.sqlite" > /dev/null || [ $? -eq 1 ]
"$accrue" scan "$repo" --rev "$base" --store "$work/after-scan.sqlite" > /dev/null
"${gate[@]}" --store "$work/rerun.sqlite" > /dev/null || [ $? -eq 1 ]
for round in $(seq "$rounds"); do
  echo "round $round (load $(cut -d' ' -f1-3 /proc/loadavg))"
  copy_store "$work/after-gate.sqlite" "$work/warm.sqlite"
  copy_store "$work/after-scan.sqlite" "$work/warm-scan.sqlite"
  measure scan "$accrue" scan "$repo" --format json
  measure gate-cold "${gate[@]}" --store "$work/cold-$round.sqlite"
  measure gate-warm "${gate[@]}" --store "$work/warm.sqlite"
  measure gate-warm-scan "${gate[@]}" --store "$work/warm-scan.sqlite"
  measure gate-rerun "${gate[@]}" --store "$work/rerun.sqlite"
  rm -f "$work/cold-$round.sqlite"*
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
wall = {k: statistics.median(float(r[1]) for r in rows if r[0] == k) for k in {r[0] for r in rows}}
cpu = {k: statistics.median(float(r[2]) for r in rows if r[0] == k) for k in wall}
print("cpu medians: " + ", ".join(f"{k} {cpu[k]:.2f} s" for k in
      ["scan", "gate-cold", "gate-warm", "gate-warm-scan", "gate-rerun"]))
print("wall medians: " + ", ".join(f"{k} {wall[k]:.2f} s" for k in
      ["scan", "gate-cold", "gate-warm", "gate-warm-scan", "gate-rerun"]))
print(f"gate cold / scan:      {wall['gate-cold'] / wall['scan']:.2f} (bar 1.00)")
for k in ["gate-warm", "gate-warm-scan", "gate-rerun"]:
    verdict = "met" if wall[k] < 3 else "NOT met"
    print(f"{k + ':':15} {wall[k]:6.2f} s = {wall[k] / wall['scan']:.2f} × scan; 3 s bar {verdict}")
PY
