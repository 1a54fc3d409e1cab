#!/usr/bin/env bash
# Issue 7's speed bar in one run: back-filling 100 weekly samples costs ≤ 3× one cold `accrue scan` of HEAD.
# Usage: Benchmarks/trend-backfill.sh [REPO] [ROUNDS]   (ACCRUE=path/to/accrue to pick a binary)
# Each round, interleaved: `accrue scan REPO` (no store: the repository must have no .accrue/ folder), then
# `accrue trend REPO --since 99w --every 1w` into a fresh store outside the repository, then the same trend
# again (nothing new: bar < 1 s), then `accrue scan REPO --store` (warm: bar ≥ 5× faster than cold).
# Prints wall and CPU seconds per run, medians, the ratios and the load average. Writes nothing in REPO.
# KEEP_STORE=FILE keeps the last round's store there (for Benchmarks/trend-equality.sh).
set -euo pipefail
repo=${1:-/work/corpus/git}
rounds=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build/release/accrue}
[ -x "$accrue" ] || { echo "build first: swift build -c release --product accrue" >&2; exit 2; }
[ -e "$repo/.accrue" ] && { echo "$repo/.accrue exists: the cold scan would use it" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$here/measure.sh"

echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits), $rounds rounds, $(nproc) cores"
for round in $(seq "$rounds"); do
  echo "round $round"
  rm -f "$work"/store.sqlite*
  measure scan "$accrue" scan "$repo"
  measure trend "$accrue" trend "$repo" --since 99w --every 1w --store "$work/store.sqlite"
  measure trend-again "$accrue" trend "$repo" --since 99w --every 1w --store "$work/store.sqlite"
  measure scan-warm "$accrue" scan "$repo" --store "$work/store.sqlite"
done
if [ -n "${KEEP_STORE:-}" ]; then
  for file in "$work"/store.sqlite*; do cp "$file" "$KEEP_STORE${file#"$work"/store.sqlite}"; done
fi
samples=$("$accrue" trend "$repo" --since 99w --every 1w --store "$work/store.sqlite" --format csv | grep -c ',repository,' || true)

python3 - "$work/times" "$samples" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def median(label, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == label)
wall = {k: median(k, 1) for k in {r[0] for r in rows}}
cpu = {k: median(k, 2) for k in wall}
print("medians: " + ", ".join(f"{k} {wall[k]:.2f} s ({cpu[k]:.1f} s CPU)" for k in sorted(wall)))
print(f"back-fill of {sys.argv[2]} samples / cold scan: {wall['trend'] / wall['scan']:.2f}x wall, "
      f"{cpu['trend'] / cpu['scan']:.2f}x CPU (bar 3x)")
print(f"re-run with nothing new: {wall['trend-again']:.2f} s (bar < 1 s)")
print(f"cold / warm scan: {wall['scan'] / wall['scan-warm']:.1f}x (bar >= 5x)")
PY
