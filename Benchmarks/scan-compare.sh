#!/usr/bin/env bash
# Times `accrue scan` of two binaries on one repository, interleaved, and checks that they print the same
# dashboard: a speed change must not move a figure.
# Usage: Benchmarks/scan-compare.sh REPO OLD_BINARY[:OLD_RULES] NEW_BINARY[:NEW_RULES] [ROUNDS]
# (a binary reads its rules from ACCRUE_RULES when given after a colon). Prints each round, the medians and
# new ÷ old.
set -euo pipefail
repo=$1
rounds=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
source "$here/measure.sh"

run() {  # label, binary[:rules]
  local binary=${2%%:*} rules=""
  [[ $2 == *:* ]] && rules=${2#*:}
  (cd "$repo" && measure "$1" env ${rules:+ACCRUE_RULES=$rules} "$binary" scan .)
}

output() {  # label, binary[:rules]: the dashboard, once
  local binary=${2%%:*} rules=""
  [[ $2 == *:* ]] && rules=${2#*:}
  (cd "$repo" && env ${rules:+ACCRUE_RULES=$rules} "$binary" scan . > "$work/$1.txt" 2> /dev/null || true)
}

for _ in $(seq "$rounds"); do
  run old "$2"
  run new "$3"
done
output old "$2"
output new "$3"
if cmp -s "$work/old.txt" "$work/new.txt"; then echo "dashboards: identical"; else
  echo "dashboards differ:"; { diff "$work/old.txt" "$work/new.txt" || true; } | head -20; fi
median() { grep "^$1 " "$work/times" | cut -d' ' -f2 | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
old=$(median old); new=$(median new)
printf '  median old %6.2f s, new %6.2f s, new / old %.2f\n' "$old" "$new" "$(awk -v a="$new" -v b="$old" 'BEGIN {print a / b}')"
