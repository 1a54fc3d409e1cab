#!/usr/bin/env bash
# Does accrue's interest predict the pain that came after? Runs ../shared/eval/predict_eval.py on REPO:
# finds the split commit S, ranks files by `accrue scan --rev S` (interest per month, then principal),
# and prints the harness's table with the baselines.
#   Benchmarks/predict-eval.sh /work/corpus/redis [--split-months 24] [other predict_eval options]
#   ACCRUE=/path/to/other/accrue Benchmarks/predict-eval.sh REPO   # rank with another build (before/after)
#   KEEP=DIR Benchmarks/predict-eval.sh REPO   # keep DIR/scan.json, DIR/ranking.json, DIR/files.json (the
#                                              # harness's per-file rows, --dump-files) to see where the ranking errs,
#                                              # and DIR/result.json (--json); prints the bar's summary row instead
#   Benchmarks/predict-summary.py DIR...       # the summary table of several KEEP folders (one per repository)
# REPO may be a bare clone. The figures of the last runs and which repositories were held out: docs/model.md.
set -euo pipefail
repo=${1:?usage: predict-eval.sh REPO [predict_eval options]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
harness=${PREDICT_EVAL:-$root/../shared/eval/predict_eval.py}
accrue=${ACCRUE:-$root/.build/release/accrue}
[ -x "$accrue" ] || swift build -c release --package-path "$root" --product accrue >&2
if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
split=$(python3 "$harness" "$repo" "$@" --baselines none --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["split"])')
echo "split commit: $split" >&2
"$accrue" scan "$repo" --rev "$split" --format json > "$work/scan.json"
python3 - "$work/scan.json" "$work/ranking.json" <<'PY'
import json, sys
scan = json.load(open(sys.argv[1]))
# Interest first; principal breaks ties among files that charge no interest (a file nobody touched
# still carries debt someone will pay when they do).
entities = [{"path": f["name"], "score": f["interest_hours_per_month"] * 1000 + f["principal_hours"] / 1000}
            for f in scan["files"]]
json.dump({"name": "accrue_interest", "entities": entities}, open(sys.argv[2], "w"))
PY
if [ -n "${KEEP:-}" ]; then
  python3 "$harness" "$repo" "$@" --ranking "$work/ranking.json" --dump-files "$work/files.json" --json > "$work/result.json"
  python3 "$root/Benchmarks/predict-summary.py" "$work"
else
  python3 "$harness" "$repo" "$@" --ranking "$work/ranking.json"
fi
