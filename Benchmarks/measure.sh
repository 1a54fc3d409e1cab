# Sourced by the end-to-end benchmark scripts: `measure LABEL COMMAND...` runs COMMAND once (stdout
# discarded), appends "LABEL WALL CPU" to "$work/times" (seconds; CPU = user + system) and prints a line with
# the machine's load. Exit codes 0 and 1 are results (a failing gate is still a measured gate); any other
# stops the script with COMMAND's stderr. Needs $work (a scratch folder) and GNU time at /usr/bin/time.
measure() {
  local label=$1; shift
  local status=0
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || status=$?
  if [ "$status" -gt 1 ]; then echo "$label failed ($status):" >&2; cat "$work/stderr.txt" >&2; exit 2; fi
  local wall cpu
  read -r wall cpu <<< "$(awk 'END {print $1, $2 + $3}' "$work/time.txt")"
  echo "$label $wall $cpu" >> "$work/times"
  printf '  %-16s %7.2f s wall  %7.2f s cpu  (exit %d, load %s)\n' \
    "$label" "$wall" "$cpu" "$status" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
