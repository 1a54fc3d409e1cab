#!/usr/bin/env bash
# How heavy is `accrue report` for a browser? Writes the report of REPO, prints its size, then opens it and an
# empty page in headless Chromium, interleaved, RUNS times each, and prints the medians: wall time of each
# chromium run (the difference is what the report adds), and the page's own load time (performance.now() at
# the load event, which the page writes into <html data-load-ms>).
# Usage: Benchmarks/report-open.sh REPO [RUNS [REPORT FLAGS…]]   (bars: opens in < 2 s, file < 5 MB)
# e.g. Benchmarks/report-open.sh /work/corpus/git 5 --store /tmp/git.sqlite (a warm store makes the report quicker)
set -euo pipefail
repo=${1:?usage: report-open.sh REPO [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
accrue=${ACCRUE:-$root/.build/release/accrue}
[ -x "$accrue" ] || (cd "$root" && swift build -c release --product accrue >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
"$accrue" report "$repo" --output "$work/report.html" "${@:3}" 2>/dev/null
end=$(date +%s.%N)
echo "<!DOCTYPE html><html><body></body></html>" > "$work/empty.html"
bytes=$(stat -c %s "$work/report.html")
browse() {
  timeout 120 chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$work/profile" --dump-dom "file://$1" 2>/dev/null
}
empty=(); report=(); load=()
for _ in $(seq "$runs"); do
  t0=$(date +%s.%N); browse "$work/empty.html" >/dev/null; t1=$(date +%s.%N)
  dom=$(browse "$work/report.html"); t2=$(date +%s.%N)
  empty+=("$(echo "$t1 - $t0" | bc)"); report+=("$(echo "$t2 - $t1" | bc)")
  load+=("$(printf '%s' "$dom" | grep -o 'data-load-ms="[0-9]*"' | head -1 | grep -o '[0-9]*' || echo NA)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'repository      %s (%s tracked files, %s scanned into the report)\n' "$repo" \
  "$(git -C "$repo" ls-files | wc -l)" "$(grep -o '"path":' "$work/report.html" | wc -l)"
printf 'machine load    %s\n' "$(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-minute load average on $(nproc) cores)"
printf 'report written  %.1f s (accrue report, includes the scan and history)\n' "$(echo "$end - $start" | bc)"
printf 'file size       %.2f MB (%s bytes; bar < 5 MB)\n' "$(echo "$bytes / 1048576" | bc -l)" "$bytes"
printf 'chromium, empty page   median %.2f s over %s runs\n' "$(median "${empty[@]}")" "$runs"
printf 'chromium, report       median %.2f s over %s runs\n' "$(median "${report[@]}")" "$runs"
printf 'report adds            %.2f s (bar < 2 s)\n' "$(echo "$(median "${report[@]}") - $(median "${empty[@]}")" | bc)"
printf 'page load event        median %s ms (performance.now() at load: %s)\n' "$(median "${load[@]}")" "${load[*]}"
