#!/usr/bin/env bash
# Benchmark: a new user's first runs. Clones this repository's HEAD into a scratch folder, as a fresh checkout, and
# runs `./build.sh --target=L0 --simulate` there: once, then again every [interval] seconds, as a user who reads
# the output and runs it again would. For each run: its wall time and the host it ran on (readytorun or
# composite); then when the composite built in the background was ready, counted from the end of the first run.
#
#   bench/first-run.sh [runs] [interval]      (default 5 runs, 30 s apart; CI=true times CI's first run instead)
#
# Targets on a 2-core machine: the first run <= 50 s (locally and in CI); locally, the composite ready before the
# third run starts (runs 30 s apart: within about 60 s of the first run's end).
# Leaves out NuGet downloads (packages come from the machine's NuGet cache, as on any machine that has built .NET
# before; a machine that never has pays its download speed once) and whatever else the machine is doing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-5}
interval=${2:-30}
work=$(mktemp -d)
checkout=$work/homelab
watcher=""

cleanup() {
  [[ -n $watcher ]] && kill "$watcher" 2>/dev/null || true
  # The background build runs in its own session; build.sh notes "<pid> <hash>" while it runs.
  local pid _
  if [[ -f $checkout/.build/host/composite.building ]] && read -r pid _ <"$checkout/.build/host/composite.building"; then
    kill -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

git clone --quiet . "$checkout"
cd "$checkout"
hash=$(./build.sh --host-hash)
export DOPPLER=0

seconds_since() { echo "scale=1; ($(date +%s%N) - $1) / 1000000000" | bc; }

which_host() {
  if [[ -d .build/host/$hash ]] && ! is_ci_run; then echo composite; else echo readytorun; fi
}

is_ci_run() { [[ -n ${CI:-} && ${CI,,} != 0 && ${CI,,} != false && ${CI,,} != no && ${CI,,} != off ]]; }

# Notes when the composite's folder appears (its background build moves it into place when it ends).
watch_for_composite() {
  until [[ -d .build/host/$hash || -e .build/host/$hash.failed ]]; do sleep 0.5; done
  seconds_since "$first_end" >"$work/composite.ready"
}

printf '%-6s %10s %12s %s\n' "run" "seconds" "host" "started (s after the first run ended)"
first_end=""
for run in $(seq "$runs"); do
  host=$(which_host)
  start=$(date +%s%N)
  if ! ./build.sh --target=L0 --simulate >"$work/run.out" 2>&1; then
    cat "$work/run.out" >&2
    echo "error: run $run failed; the benchmark stops." >&2
    exit 1
  fi
  took=$(seconds_since "$start")
  if [[ -z $first_end ]]; then
    first_end=$(date +%s%N)
    if ! is_ci_run; then
      watch_for_composite &
      watcher=$!
    fi
    printf '%-6s %10s %12s %s\n' "$run" "$took" "$host" "-"
  else
    printf '%-6s %10s %12s %s\n' "$run" "$took" "$host" "$(echo "scale=1; ($start - $first_end) / 1000000000" | bc)"
  fi
  if ((run < runs)); then sleep "$interval"; fi
done

if is_ci_run; then
  exit 0
fi
wait "$watcher"
watcher=""
if [[ -e .build/host/$hash.failed ]]; then
  echo "the composite could not be built here (see .build/host/composite.log)" >&2
  exit 1
fi
echo "composite ready $(cat "$work/composite.ready") s after the first run ended"
