#!/usr/bin/env bash
# Benchmark: HomeLab's overhead on an everyday converge. Starts sshd on 127.0.0.1 at a free port with generated keys
# (as the tests' SshTestHost does), writes a one-host lab whose L3 playbook writes one marker file, then times, in the
# same run and alternately warmed:
#   HomeLab:  ./build.sh --working=<lab> --target=L3 --exclusive --group=bench
#   direct:   the exact ansible-playbook command HomeLab runs (same inventory, ansible.cfg, JUnit callback and extra
#             vars file), started directly
# and prints both medians and their difference, HomeLab's overhead (host start-up, the group check — from the
# inventory listing kept in .cache/l3 after the first run —, the extra-vars file, the recap table and recap.json).
#
#   bench/converge.sh [runs]     (default 10 runs; uses hyperfine when it is installed)
#
# Leaves out: Secrets (Doppler) and the layers below (--exclusive), the L2 inventory (no artifacts/l2/hosts.json),
# the host build (done once before timing), real network latency and real playbooks: Ansible's own time is the same
# on both sides and is not what is measured. Target on a 2-core machine: overhead <= 0.4 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-10}
work=$(mktemp -d)
sshd_pid=""

cleanup() {
  if [[ -n $sshd_pid ]]; then
    kill "$sshd_pid" 2>/dev/null || true
    wait "$sshd_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

for tool in /usr/sbin/sshd ssh-keygen ansible-playbook ansible-inventory; do
  command -v "$tool" >/dev/null || { echo "$tool was not found: install openssh-server, openssh-client and ansible-core" >&2; exit 1; }
done

echo "Building the host, starting sshd and writing a one-host lab (not timed)…" >&2
# shellcheck source=bench/host.sh
. bench/host.sh
build_warm_host

mkdir -p /run/sshd "$work/ssh" "$work/out"
ssh-keygen -q -t ed25519 -N '' -C homelab-bench -f "$work/ssh/host_ed25519"
ssh-keygen -q -t ed25519 -N '' -C homelab-bench -f "$work/ssh/client_ed25519"
cp "$work/ssh/client_ed25519.pub" "$work/ssh/authorized_keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/ssh/sshd_config" <<CFG
ListenAddress 127.0.0.1
Port $port
HostKey $work/ssh/host_ed25519
AuthorizedKeysFile $work/ssh/authorized_keys
PidFile $work/ssh/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UseDNS no
MaxStartups 100
CFG
/usr/sbin/sshd -D -e -f "$work/ssh/sshd_config" 2>"$work/sshd.log" &
sshd_pid=$!
for _ in $(seq 100); do
  python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2)' "$port" 2>/dev/null && break
  sleep 0.05
done

lab="$work/lab"
mkdir -p "$lab/ansible/inventory" "$lab/ansible/l3"
cat >"$lab/ansible.cfg" <<CFG
[defaults]
retry_files_enabled = False
interpreter_python = auto_silent
host_key_checking = False

[ssh_connection]
pipelining = True
ssh_args = -o ControlMaster=no -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no
CFG
cat >"$lab/ansible/inventory/hosts.yaml" <<YAML
all:
  hosts:
    bench1: {ansible_host: 127.0.0.1, ansible_port: $port, ansible_user: $(id -un), ansible_ssh_private_key_file: "$work/ssh/client_ed25519"}
  children:
    bench:
      hosts:
        bench1: {}
YAML
cat >"$lab/ansible/l3/converge.yaml" <<YAML
- name: "L3 converge {{ converge_group }}"
  hosts: "{{ converge_group }}"
  gather_facts: false
  tasks:
    - name: The marker records the group
      ansible.builtin.copy:
        dest: "$work/out/marker-{{ inventory_hostname }}"
        content: "{{ converge_group }}\n"
YAML
echo '{"converge_group":"bench"}' >"$work/extra-vars.json"
chmod 600 "$work/extra-vars.json"

# Nothing of the caller's Ansible or HomeLab settings may reach either side.
unset ANSIBLE_CONFIG ANSIBLE_INVENTORY ANSIBLE_CALLBACKS_ENABLED ANSIBLE_STDOUT_CALLBACK TAGS LIMIT
export DOPPLER=0

homelab=(./build.sh "--working=$lab" --target=L3 --exclusive --group=bench --verbosity=quiet)
direct=(env "ANSIBLE_CONFIG=$lab/ansible.cfg" ANSIBLE_CALLBACKS_ENABLED=junit "JUNIT_OUTPUT_DIR=$work/junit" JUNIT_HIDE_TASK_ARGUMENTS=True
  ansible-playbook -i "$lab/ansible/inventory" -e "@$work/extra-vars.json" "$lab/ansible/l3/converge.yaml")

"${homelab[@]}" >"$work/homelab.out" 2>&1 || { cat "$work/homelab.out" >&2; echo "HomeLab's converge failed" >&2; exit 1; }
[[ -f $work/out/marker-bench1 ]] || { echo "HomeLab's converge wrote no marker" >&2; exit 1; }
"${direct[@]}" >"$work/direct.out" 2>&1 || { cat "$work/direct.out" >&2; echo "the direct ansible-playbook failed" >&2; exit 1; }
echo "HomeLab runs:" >&2
./build.sh "--working=$lab" --target=L3 --exclusive --group=bench --dryrun 2>&1 | grep -m1 'ansible-playbook -i' >&2 || true
echo "started directly as: ${direct[*]}" >&2

time_once() { # prints microseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "a timed run failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}

median_of() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] / 1000000 }'; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --style none --export-json "$work/h.json" -- "${homelab[*]}" "${direct[*]}" >/dev/null 2>&1
  read -r ours theirs < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.3f %.3f" % (r[0]["median"], r[1]["median"]))' "$work/h.json")
else
  # Alternate the two, so that load on the machine falls on both alike.
  : >"$work/ours" ; : >"$work/theirs"
  for _ in $(seq "$runs"); do
    time_once "${homelab[@]}" >>"$work/ours"
    time_once "${direct[@]}" >>"$work/theirs"
  done
  ours=$(median_of <"$work/ours")
  theirs=$(median_of <"$work/theirs")
fi
overhead=$(python3 -c 'import sys; print("%.3f" % (float(sys.argv[1]) - float(sys.argv[2])))' "$ours" "$theirs")

printf '\n%-62s %8s %8s\n' "L3 converge of one host over loopback SSH ($runs runs)" "median" "target"
printf '%-62s %7ss %8s\n' "./build.sh --target=L3 --exclusive --group=bench" "$ours" "-"
printf '%-62s %7ss %8s\n' "the same ansible-playbook command, started directly" "$theirs" "-"
printf '%-62s %7ss %8s\n' "HomeLab's overhead (difference of the medians)" "$overhead" "0.4 s"
