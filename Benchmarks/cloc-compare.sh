#!/usr/bin/env bash
# Compares accrue's code/comment/blank lines with cloc 1.96's, per language, on exactly the files accrue scans.
# Usage: Benchmarks/cloc-compare.sh REPO... [-- cloc_compare.py options]   (ACCRUE=path/to/accrue to pick a binary)
#   Benchmarks/cloc-compare.sh /work/corpus/redis /work/corpus/gin
#   Benchmarks/cloc-compare.sh /work/corpus/redis -- --stock --worst 5
# By default cloc runs with --strip-str-comments (its own mode for comment markers inside strings);
# --stock shows plain cloc. Pass: every language within 1% in code, comment and blank lines.
# Differences we keep on purpose are listed in docs/cloc-differences.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
accrue=${ACCRUE:-$here/../.build/release/accrue}
repos=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do repos+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#repos[@]} -gt 0 ] || { echo "usage: cloc-compare.sh REPO... [-- options]" >&2; exit 2; }
command -v cloc >/dev/null || { echo "cloc is not installed (apt-get install cloc)" >&2; exit 2; }
[ -x "$accrue" ] || { echo "no accrue at $accrue: swift build -c release --product accrue, or set ACCRUE" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for repo in "${repos[@]}"; do
  echo "== $repo"
  "$accrue" files "$repo" --format json > "$work/files.json"
  python3 "$here/cloc_compare.py" "$repo" "$work/files.json" "$@" || status=1
done
exit $status
