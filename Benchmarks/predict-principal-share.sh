#!/usr/bin/env bash
# Re-ranks a kept corpus run (Benchmarks/predict-corpus.sh OUT) by interest plus a share of the principal,
# interest + principal / DIVISOR, with the same split commits and harness options, and prints the pooled table.
# No scan runs again: the rankings come from OUT/<label>/scan.json.
#   CORPUS=/work/corpus-all Benchmarks/predict-principal-share.sh KEPT NEW 12
# Session 30 (docs/model.md): DIVISOR 12 lifts rho_fix above loc's and sinks capture@20 % of LOC and Popt.
set -euo pipefail
kept=${1:?usage: CORPUS=DIR predict-principal-share.sh KEPT NEW DIVISOR}
out=${2:?usage: CORPUS=DIR predict-principal-share.sh KEPT NEW DIVISOR}
divisor=${3:?usage: CORPUS=DIR predict-principal-share.sh KEPT NEW DIVISOR}
root=$(cd "$(dirname "$0")/.." && pwd)
harness=${PREDICT_EVAL:-$root/../shared/eval/predict_eval.py}
corpus=${CORPUS:?set CORPUS to the folder holding the clones}
labels=()
while read -r label url options; do
  case $label in ''|'#'*) continue;; esac
  [ -e "$kept/$label/scan.json" ] || continue
  mkdir -p "$out/$label"
  split=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["meta"]["split"])' "$kept/$label/result.json")
  python3 - "$kept/$label/scan.json" "$out/$label/ranking.json" "$divisor" <<'PY'
import json, sys
scan, divisor = json.load(open(sys.argv[1])), float(sys.argv[3])
entities = [{"path": f["name"], "score": f["interest_hours_per_month"] + f["principal_hours"] / divisor}
            for f in scan["files"]]
json.dump({"name": "accrue_interest", "entities": entities}, open(sys.argv[2], "w"))
PY
  # shellcheck disable=SC2086  # options are words from the list (globs quoted by set -f)
  if (set -f; python3 "$harness" "$corpus/$label" $options --split-commit "$split" --baselines loc,churn \
      --ranking "$out/$label/ranking.json" --dump-files "$out/$label/files.json" --json > "$out/$label/result.json"); then
    labels+=("$out/$label")
  else
    echo "failed $label" >&2
  fi
done < "$root/Benchmarks/predict-corpus.txt"
[ ${#labels[@]} -gt 0 ] || { echo "no repository evaluated" >&2; exit 2; }
python3 "$root/Benchmarks/predict-pooled.py" "${labels[@]}"
