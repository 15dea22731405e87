#!/usr/bin/env bash
# Benchmark: L1's ISO upload of a 2 GiB file to the standalone simulator over HTTPS.
# Reports the host's peak RSS (target <= 200 MB) and its throughput as a ratio to `curl -F` uploading the same
# file to the same endpoint in the same run (target >= 0.7): for the upload request itself, and for the host's
# whole run, which also starts the host, computes the ISO's SHA-256 (Proxmox wants it before the file) and waits
# for Proxmox to verify it, none of which curl does.
#   bench/upload.sh [size]       (default 2G; any size `truncate -s` accepts)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=${1:-2G}
# shellcheck source=bench/simulator.sh
. bench/simulator.sh
bench_setup

# A lab with one ISO "OS" whose ISO is the test file.
mkdir -p "$work/lab/infra/os/bench"
printf '{ "kind": "iso", "description": "upload benchmark", "iso_path": "bench.iso" }\n' >"$work/lab/infra/os/bench/template.json"
head -c "$(numfmt --from=iec "$size")" /dev/urandom >"$work/lab/infra/os/bench/bench.iso"
bytes=$(stat -c %s "$work/lab/infra/os/bench/bench.iso")

start_simulator 0

now() { date +%s.%N; }

# The host: L1's BuildTemplates alone, for that one OS. Its peak RSS is read from /proc while it runs.
start=$(now)
./build.sh --target=BuildTemplates --exclusive --lab="$work/lab" --os=bench --verbosity=quiet >"$work/host.log" 2>&1 &
host_pid=$!
peak_kb=0
while kill -0 "$host_pid" 2>/dev/null; do
  hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$host_pid/status" 2>/dev/null || true)
  [[ -n $hwm && $hwm -gt $peak_kb ]] && peak_kb=$hwm
  sleep 0.05
done
wait "$host_pid" || { cat "$work/host.log" >&2; echo "the host's upload failed" >&2; exit 1; }
host_seconds=$(awk -v a="$(now)" -v b="$start" 'BEGIN { print a - b }')

# curl, the same file to the same endpoint.
start=$(now)
# --insecure: the simulator's certificate is self-signed, and this is loopback.
curl --silent --show-error --fail --insecure \
  -H "Authorization: PVEAPIToken=${PM_TOKEN_ID}=${PM_TOKEN_SECRET}" \
  -F content=iso -F "filename=@$work/lab/infra/os/bench/bench.iso;filename=bench-curl.iso;type=application/octet-stream" \
  "https://$PVE_ACCESS_HOST/api2/json/nodes/pve/storage/local/upload" >/dev/null
curl_seconds=$(awk -v a="$(now)" -v b="$start" 'BEGIN { print a - b }')

# The host's own line for the upload phase: "ok upload <iso> to local: 2.0 GiB sent in 9.1 s (225.0 MiB/s)".
upload_seconds=$(grep -o 'sent in [0-9.]* s' "$work/host.log" | tail -1 | awk '{ print $3 }')

awk -v bytes="$bytes" -v host="$host_seconds" -v upload="${upload_seconds:-0}" -v curl="$curl_seconds" -v peak="$peak_kb" 'BEGIN {
  printf "%-58s %9s %7s\n", "measurement (" int(bytes / 1048576) " MiB upload)", "value", "target"
  printf "%-58s %9.0f %7s\n", "host peak RSS (MB)", peak / 1024, "200"
  printf "%-58s %9.1f %7s\n", "curl -F, the upload request (MB/s)", bytes / curl / 1e6, "-"
  if (upload > 0) {
    printf "%-58s %9.1f %7s\n", "host, the upload request (MB/s)", bytes / upload / 1e6, "-"
    printf "%-58s %9.2f %7s\n", "ratio host / curl, the upload request", curl / upload, "0.7"
  }
  printf "%-58s %9.1f %7s\n", "host, whole run with hashing and verifying (MB/s)", bytes / host / 1e6, "-"
  printf "%-58s %9.2f %7s\n", "ratio host / curl, whole run", curl / host, "-"
}'
