#!/usr/bin/env bash
# Benchmark: warm `./build.sh --target=L0` against the standalone Proxmox simulator over HTTPS,
# at 0 ms and at 100 ms of injected API latency, and the host's start-up with nothing to do.
#
#   bench/runway.sh [runs]        (default 10 runs each; uses hyperfine when it is installed)
#
# Targets on a 2-core machine: warm L0 <= 0.5 s at 0 ms, <= 0.7 s at 100 ms.
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
    hyperfine --warmup 1 --runs "$runs" --style none --export-json "$work/h.json" -- "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
    return
  fi
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] / 1000000 }'
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
printf '%-44s %8s %8s\n' "warm L0, 0 ms API latency" "$l0_fast" "0.5"
printf '%-44s %8s %8s\n' "warm L0, 100 ms API latency" "$l0_slow" "0.7"
printf '%-44s %8s %8s\n' "host start-up, nothing to do (Default)" "$startup" "-"
