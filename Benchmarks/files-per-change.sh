#!/usr/bin/env bash
# How many code files does a change set touch? The calibration behind rules/model.yaml's
# baseline_hours_per_change (hours per file a change set touches = hours per change set ÷ this).
# For each repository: non-merge commits of the 12 months before HEAD's committer date that touch 1 to 30 code
# files (more is mechanical, largest_change_files); prints their count, mean and median code files, then the
# median of the repositories' means.
#   Benchmarks/files-per-change.sh /work/corpus-all/*
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: files-per-change.sh REPO..." >&2; exit 2; }
for repo in "$@"; do
  head=$(git -C "$repo" log -1 --format=%ct HEAD)
  git -C "$repo" log --no-merges --since="@$((head - 365 * 86400))" --format='format:@@' --name-only HEAD |
    python3 -c '
import statistics, sys
code = (".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".m", ".mm", ".swift", ".go", ".rs", ".py", ".js",
        ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".java", ".kt", ".kts", ".scala", ".rb", ".cs", ".php", ".dart",
        ".ex", ".exs", ".erl", ".hs", ".ml", ".clj", ".cljs", ".lua", ".sh", ".pl")
counts, current = [], None
for line in sys.stdin:
    line = line.strip()
    if line == "@@":
        if current is not None:
            counts.append(current)
        current = 0
    elif line and line.endswith(code):
        current += 1
if current is not None:
    counts.append(current)
kept = [n for n in counts if 1 <= n <= 30]
name = sys.argv[1].rstrip("/").split("/")[-1]
if kept:
    print(f"{name}\t{len(kept)}\t{statistics.mean(kept):.2f}\t{statistics.median(kept):g}")
else:
    print(f"{name}\t0\t-\t-")
' "$repo"
done > "${TMPDIR:-/tmp}/files-per-change.$$"
printf 'repository\tchange sets\tmean files\tmedian files\n'
cat "${TMPDIR:-/tmp}/files-per-change.$$"
awk -F'\t' '$3 != "-" {print $3}' "${TMPDIR:-/tmp}/files-per-change.$$" | sort -n |
  awk '{v[NR] = $1} END { if (NR) printf "median of the means over %d repositories: %.2f\n", NR, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
rm -f "${TMPDIR:-/tmp}/files-per-change.$$"
