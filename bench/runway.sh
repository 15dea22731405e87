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

# shellcheck source=bench/median.sh
. bench/median.sh

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
