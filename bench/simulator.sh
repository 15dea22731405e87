# Sourced by the benchmarks: a scratch folder, the built host and a standalone simulator, cleaned up on exit.
#   bench_setup                    builds the host and the simulator (not timed); sets $work
#   start_simulator [latency-ms]   starts it on a free port and exports its PVE_* / PM_* variables
#   stop_simulator

work=$(mktemp -d)
sim_pid=""

bench_cleanup() {
  stop_simulator
  rm -rf "$work"
}
trap bench_cleanup EXIT

bench_setup() {
  echo "Building the host and the simulator (not timed)…" >&2
  ./build.sh --version >/dev/null
  dotnet build src/HomeLab.Proxmox.Simulator -c Release -o "$work/simulator" -nologo -v quiet >/dev/null
}

start_simulator() {
  local latency=${1:-0} port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  rm -f "$work/sim.env"
  # A node prepared as docs/operations.md asks (a fresh install's local has no 'import'), so the sample lab's cloud image passes L0.
  dotnet "$work/simulator/HomeLab.Proxmox.Simulator.dll" --port "$port" --latency-ms "$latency" --env-file "$work/sim.env" \
    --storage-content local=iso,vztmpl,backup,import >"$work/sim.log" 2>&1 &
  sim_pid=$!
  for _ in $(seq 100); do [[ -s $work/sim.env ]] && break; sleep 0.1; done
  [[ -s $work/sim.env ]] || { cat "$work/sim.log" >&2; echo "the simulator did not start" >&2; exit 1; }
  # shellcheck disable=SC1091
  . "$work/sim.env"
  export PVE_NODE=pve PVE_STORAGE_VM=local-lvm PVE_STORAGE_ISO=local DOPPLER=0
}

stop_simulator() {
  if [[ -n $sim_pid ]]; then
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=""
  fi
}
