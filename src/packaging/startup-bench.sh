#!/usr/bin/env bash
# Start-up benchmark (docs/performance.md#start-up): wall time of a few commands, and of the
# workbench from launch until it shows the node tree of the project opened last.
#
#   src/packaging/startup-bench.sh QUIRE S_PROJECT M_PROJECT [RUNS]
#
# QUIRE is the command to measure (quire for the installed one, ./quire for the checkout's);
# S_PROJECT and M_PROJECT are projects made with `quire generate DIR --size S|M`. The workbench
# runs need a display (DISPLAY=:99 with Xvfb). Settings and the sample go to a scratch home, not
# yours. Prints the median and the fastest run of each, in milliseconds.
set -euo pipefail
quire="$1" s="$2" m="$3" runs="${4:-7}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
now() { date +%s%3N; }
report() { # label, times...
  local label="$1"; shift
  printf '%s\n' "$@" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-40s median %5d ms  fastest %5d ms  (%d runs)\n", l, a[int((NR+1)/2)], a[1], NR}'
}
timed() { # label, command...
  local label="$1" t; shift
  local times=()
  "$@" >/dev/null 2>&1 || { echo "startup-bench: '$*' failed" >&2; exit 1; }
  for _ in $(seq 1 "$runs"); do
    t="$(now)"; "$@" >/dev/null 2>&1; times+=($(($(now) - t)))
  done
  report "$label" "${times[@]}"
}
timed "quire --help" "$quire" --help
timed "quire --version" "$quire" --version
timed "quire sources S" "$quire" sources "$s"
timed "quire node list S" "$quire" node list "$s"

if [ -z "${DISPLAY:-}" ]; then
  echo "startup-bench: no DISPLAY, so no workbench runs" >&2
  exit 0
fi
export XDG_DATA_HOME="$scratch/data" JAVA_TOOL_OPTIONS="-Duser.home=$scratch/home"
workbench() { # prints launch-to-tree ms; args for quire
  local log="$scratch/wb.log" t pid shown
  t="$(now)"
  QUIRE_STARTUP_REPORT=1 "$quire" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    grep -q 'node tree shown' "$log" && break
    sleep 0.1
  done
  shown="$(sed -n 's/.*node tree shown at \([0-9]*\) ms.*/\1/p' "$log")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 0.5   # the project's lock is the operating system's; let it go before the next start
  [ -n "$shown" ] || { cat "$log" >&2; echo "startup-bench: the workbench showed no node tree" >&2; exit 1; }
  # The moments of this start (StartupTimeline), after launch, for the report of the last run.
  sed -n 's/^quire: startup: \(.*\) at \([0-9]*\) ms since the epoch (\(.*\))$/\2 \1 (\3)/p' "$log" |
    awk -v t="$t" '{ printf "  %5d ms  %s\n", $1 - t, substr($0, index($0, " ") + 1) }' >"$scratch/moments"
  echo $((shown - t))
}
workbench "$m" >/dev/null   # opens M once, so it is the project opened last
times=()
for _ in $(seq 1 "$runs"); do times+=($(workbench)); done
report "workbench, last project M, to node tree" "${times[@]}"
echo "the last run's moments, after launch (node tree shown: ${times[-1]} ms):"
cat "$scratch/moments"
