# Sourced by the benchmarks: a scratch folder, the built host and a standalone simulator, cleaned up on exit.
#   bench_setup                    builds the host, the simulator and the relay (not timed); sets $work
#   start_simulator [rtt-ms]       starts it on a free port and exports its PVE_* / PM_* variables; with a round
#                                  trip, the host reaches it through bench/relay, which delays the network the way
#                                  a real one does (connections and every chunk), not only the server's answer
#   stop_simulator

# shellcheck source=bench/host.sh
. bench/host.sh

work=$(mktemp -d)
sim_pid=""
relay_pid=""

bench_cleanup() {
  stop_simulator
  rm -rf "$work"
}
trap bench_cleanup EXIT

bench_setup() {
  echo "Building the host and the simulator (not timed)…" >&2
  build_warm_host
  dotnet build src/HomeLab.Proxmox.Simulator -c Release -o "$work/simulator" -nologo -v quiet >/dev/null
  dotnet build bench/relay -c Release -o "$work/relay" -nologo -v quiet >/dev/null
}

start_simulator() {
  local rtt=${1:-0} port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  rm -f "$work/sim.env"
  # A node prepared as docs/operations.md asks (a fresh install's local has no 'import'), so the sample lab's cloud image passes L0.
  dotnet "$work/simulator/HomeLab.Proxmox.Simulator.dll" --port "$port" --env-file "$work/sim.env" \
    --storage-content local=iso,vztmpl,backup,import >"$work/sim.log" 2>&1 &
  sim_pid=$!
  for _ in $(seq 100); do [[ -s $work/sim.env ]] && break; sleep 0.1; done
  [[ -s $work/sim.env ]] || { cat "$work/sim.log" >&2; echo "the simulator did not start" >&2; exit 1; }
  # shellcheck disable=SC1091
  . "$work/sim.env"
  export PVE_NODE=pve PVE_STORAGE_VM=local-lvm PVE_STORAGE_ISO=local DOPPLER=0
  if ((rtt > 0)); then
    rm -f "$work/relay.port"
    dotnet "$work/relay/HomeLab.Bench.Relay.dll" --target "127.0.0.1:$port" --rtt-ms "$rtt" --port-file "$work/relay.port" >"$work/relay.log" 2>&1 &
    relay_pid=$!
    for _ in $(seq 100); do [[ -s $work/relay.port ]] && break; sleep 0.1; done
    [[ -s $work/relay.port ]] || { cat "$work/relay.log" >&2; echo "the relay did not start" >&2; exit 1; }
    export PVE_ACCESS_HOST="127.0.0.1:$(cat "$work/relay.port")"
  fi
}

stop_simulator() {
  if [[ -n $relay_pid ]]; then
    kill "$relay_pid" 2>/dev/null || true
    wait "$relay_pid" 2>/dev/null || true
    relay_pid=""
  fi
  if [[ -n $sim_pid ]]; then
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=""
  fi
}
