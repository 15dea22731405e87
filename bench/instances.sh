#!/usr/bin/env bash
# Benchmark: L2's work before Terraform, as a user pays for it: `./build.sh --target=PlanInstances --exclusive
# --drift-only` on a lab of 50 personas × 4 hosts against the standalone simulator over HTTPS. That is the host's
# start-up, reading and checking 50 persona specs (schema, uniqueness, addresses, template references, roots), the
# cluster read (GET /nodes and one GET /nodes/{node}/qemu), the drift report and its artifacts.
#
#   bench/instances.sh [runs]     (default 10 runs; uses hyperfine when it is installed)
#
# Leaves out terraform's own time (init, plan, apply), which depends on the providers and the real Proxmox.
# Target on a 2-core machine: <= 0.6 s warm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-10}
personas=50
hosts_per_persona=4
# shellcheck source=bench/simulator.sh
. bench/simulator.sh
bench_setup
start_simulator 0

api() { # METHOD PATH [curl args…]
  local method=$1 path=$2
  shift 2
  curl -sfk -X "$method" -H "Authorization: PVEAPIToken=$PM_TOKEN_ID=$PM_TOKEN_SECRET" "https://$PVE_ACCESS_HOST/api2/json$path" "$@"
}

wait_task() { # UPID
  local upid=$1
  for _ in $(seq 100); do
    api GET "/nodes/pve/tasks/$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$upid")/status" \
      | grep -q '"status":"stopped"' && return 0
    sleep 0.05
  done
  echo "the simulator's task $upid did not finish" >&2
  exit 1
}

create_vm() { # VMID NAME [TAGS] [TEMPLATE]
  local upid
  upid=$(api POST /nodes/pve/qemu --data-urlencode "vmid=$1" --data-urlencode "name=$2" --data-urlencode "cores=2" \
    --data-urlencode "memory=4096" --data-urlencode "tags=${3:-}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  wait_task "$upid"
  if [[ ${4:-} == template ]]; then
    wait_task "$(api POST "/nodes/pve/qemu/$1/template" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')"
  fi
}

echo "Shaping the simulator and writing a lab of $personas personas × $hosts_per_persona hosts (not timed)…" >&2
create_vm 9000 tpl-ubuntu "template;ubuntu" template
# A quarter of the hosts exist already, so that the drift report compares real listings.
for p in $(seq 1 4 "$personas"); do
  create_vm $((100 + p)) "p${p}-h1" "bench;p${p}"
done

lab="$work/lab"
python3 - "$lab" "$personas" "$hosts_per_persona" <<'PY'
import json, os, sys
lab, personas, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
spec_dir = os.path.join(lab, "infra/os/ubuntu/spec")
os.makedirs(spec_dir, exist_ok=True)
json.dump({"name": "tpl-ubuntu", "node": "pve", "storage": "local-lvm", "vmid": 9000,
           "created_at": "2026-12-01T10:00:00Z", "description": "bench template"},
          open(os.path.join(spec_dir, "vm-template-stable.json"), "w"), indent=2)
os.makedirs(os.path.join(lab, "terraform/l2/ubuntu"), exist_ok=True)
open(os.path.join(lab, "terraform/l2/ubuntu/main.tf"), "w").write("# one root for every bench persona\n")
for p in range(1, personas + 1):
    hosts = {}
    for h in range(1, per + 1):
        ip = f"10.{p}.0.{10 + h}"
        hosts[f"p{p}-h{h}"] = {"terraform": {
            "ip": ip, "ssh_user": "lab", "tags": ["bench", f"p{p}"], "cpu": 2, "memory_mb": 4096, "disk_gb": 32,
            "template_ref": f"ubuntu/p{p}/stable", "node": "pve", "ipconfig": f"ip={ip}/24,gw=10.{p}.0.1"}}
    folder = os.path.join(lab, f"infra/os/ubuntu/personas/p{p}/spec")
    os.makedirs(folder, exist_ok=True)
    json.dump({"hosts": hosts}, open(os.path.join(folder, "terraform.json"), "w"), indent=2)
PY

command=(./build.sh --target=PlanInstances --exclusive --drift-only "--lab=$lab" --verbosity=quiet)
"${command[@]}" >"$work/l2.out" 2>&1 || { cat "$work/l2.out" >&2; echo "L2's checks did not pass against the simulator" >&2; exit 1; }
grep -q '"missing": 0' artifacts/l2/drift.json 2>/dev/null && { echo "the drift report found no missing hosts; the lab is not what this benchmark expects" >&2; exit 1; }

# shellcheck source=bench/median.sh
. bench/median.sh
bench_warmups=2

l2=$(median "${command[@]}")
startup=$(median ./build.sh --target=Default --verbosity=quiet)
stop_simulator

printf '\n%-58s %8s %8s\n' "L2 before Terraform ($personas personas × $hosts_per_persona hosts)" "median" "target"
printf '%-58s %7ss %8s\n' "checks + cluster read + drift report, warm" "$l2" "0.6 s"
printf '%-58s %7ss %8s\n' "host start-up with nothing to do (for comparison)" "$startup" "-"
