#!/usr/bin/env bash
# Compares accrue's per-commit numstat with git's on a repository.
# Usage: Benchmarks/numstat-compare.sh REPO [REV]   (ACCRUE=path/to/accrue to pick a binary)
# Pass: ≥99.9% of (commit, file) pairs equal and added/deleted totals within 0.1%.
set -euo pipefail
repo=${1:?usage: numstat-compare.sh REPO [REV]}
rev=${2:-HEAD}
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build-history/release/accrue}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$repo" -c core.quotepath=false log --numstat --no-renames --format=%H "$rev" > "$work/git.txt"
"$accrue" history "$repo" --rev "$rev" --format numstat > "$work/accrue.txt"
python3 "$here/numstat_compare.py" "$work/git.txt" "$work/accrue.txt"
