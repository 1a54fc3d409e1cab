#!/usr/bin/env bash
# Runs Benchmarks/predict-eval.sh on every repository of Benchmarks/predict-corpus.txt (or the labels given) and
# prints the bar's summary table. Clones are expected at $CORPUS/<label> (clone the upstream URLs there first;
# bare clones work); the scans, rankings and per-file rows are kept under OUT/<label>.
#   CORPUS=/work/corpus Benchmarks/predict-corpus.sh OUT [label ...]
#   ACCRUE=/path/to/other/accrue CORPUS=... Benchmarks/predict-corpus.sh OUT   # another build (before/after)
set -euo pipefail
out=${1:?usage: CORPUS=DIR predict-corpus.sh OUT [label ...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:?set CORPUS to the folder holding the clones}
mkdir -p "$out"
labels=()
while read -r label url options; do
  case $label in ''|'#'*) continue;; esac
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$label"; then continue; fi
  if [ ! -e "$corpus/$label" ]; then echo "skipped $label: no clone at $corpus/$label ($url)" >&2; continue; fi
  echo "== $label" >&2
  # shellcheck disable=SC2086  # options are words from the list (globs quoted by set -f)
  # One repository that fails (its harness or its scan) is reported and the others still run.
  if ! (set -f; KEEP="$out/$label" "$root/Benchmarks/predict-eval.sh" "$corpus/$label" $options --baselines loc,churn >/dev/null); then
    echo "failed $label: see the messages above" >&2
  fi
  [ -e "$out/$label/result.json" ] && labels+=("$out/$label")
done < "$root/Benchmarks/predict-corpus.txt"
[ ${#labels[@]} -gt 0 ] || { echo "no repository evaluated" >&2; exit 2; }
python3 "$root/Benchmarks/predict-summary.py" "${labels[@]}"
