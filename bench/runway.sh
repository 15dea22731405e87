#!/usr/bin/env bash
# Benchmark: warm `./build.sh --target=L0` against the standalone Proxmox simulator over HTTPS, on loopback and
# through bench/relay at a 100 ms network round trip (each new connection waits one round trip, each chunk half of
# one in its direction, so TCP and TLS handshakes cost what they cost on a network), and the host's start-up with
# nothing to do. Every run must pass: a failing run fails the benchmark with its output.
#
#   bench/runway.sh [runs]        (default 10 runs each; uses hyperfine when it is installed)
#
# Targets on a 2-core machine: warm L0 <= 0.5 s on loopback, <= 0.7 s at a 100 ms round trip.
# Leaves out Doppler (DOPPLER=0) and the host's build (done before, untimed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-10}
# shellcheck source=bench/simulator.sh
. bench/simulator.sh
bench_setup

# The runway checks that the later layers' tools are installed. Any that this machine lacks are stubbed
# (and named), so the benchmark measures a passing L0 rather than a failure.
mkdir -p "$work/bin"
for tool in terraform packer ansible-playbook ssh; do
  if ! command -v "$tool" >/dev/null; then
    printf '#!/bin/sh\necho "%s 0.0.0-stub"\n' "$tool" >"$work/bin/$tool"
    chmod +x "$work/bin/$tool"
    echo "note: $tool is not installed here; a stub stands in for it" >&2
  fi
done
export PATH="$work/bin:$PATH"

# Prints the median wall time in seconds of a command run $runs times (after one warm-up run).
median() {
  if command -v hyperfine >/dev/null; then
    # A failing run makes hyperfine fail; running it once more shows why, and stops the benchmark.
    hyperfine --warmup 1 --runs "$runs" --style none --export-json "$work/h.json" -- "$*" >/dev/null 2>&1 || run_or_fail "$@"
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
    return
  fi
  run_or_fail "$@"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    run_or_fail "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] / 1000000 }'
}

# Runs a timed command; a failure stops the benchmark with the command's output (a failed run is not a time).
# It runs inside $(median …), so its exit ends that substitution, and set -e the script.
run_or_fail() {
  local status=0
  "$@" >"$work/run.out" 2>&1 || status=$?
  if ((status != 0)); then
    cat "$work/run.out" >&2
    echo "error: '$*' failed (exit $status); the benchmark stops." >&2
    exit 1
  fi
}

# The simulator stands in for a Proxmox that has been up for days: a freshly started one still JIT-compiles its
# request handling, on the same two cores as the host. Some untimed runs warm it up; the last must pass.
warm_up() {
  for _ in 1 2 3 4 5; do
    ./build.sh --target=L0 --verbosity=quiet >"$work/l0.out" 2>&1 || { cat "$work/l0.out" >&2; echo "L0 did not pass against the simulator" >&2; exit 1; }
  done
}

start_simulator 0
warm_up
l0_fast=$(median ./build.sh --target=L0 --verbosity=quiet)
startup=$(median ./build.sh --target=Default --verbosity=quiet)
stop_simulator

start_simulator 100
warm_up
l0_slow=$(median ./build.sh --target=L0 --verbosity=quiet)
stop_simulator

printf '%-44s %8s %8s\n' "measurement (median of $runs)" "seconds" "target"
printf '%-44s %8s %8s\n' "warm L0, loopback" "$l0_fast" "0.5"
printf '%-44s %8s %8s\n' "warm L0, 100 ms round trip (bench/relay)" "$l0_slow" "0.7"
printf '%-44s %8s %8s\n' "host start-up, nothing to do (Default)" "$startup" "-"
