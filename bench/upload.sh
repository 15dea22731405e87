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

# The host's own line for the upload phase: "ok upload <iso> to local: 2.0 GiB sent in 9.1 s (225.0 MiB/s)", with a
# duration of any length ("45 s", "3 min", "2.1 h"). Both figures are rounded: the duration to its unit (0.1 s, 1 s,
# 1 min or 0.1 h) and the rate to a tenth of its unit. The seconds come from the more precise of the two here, the
# rate taken with the file's exact size. No such line fails the benchmark: its headline row cannot be left out.
upload_seconds=$(grep -Eo 'sent in [0-9.]+ (s|min|h) \([0-9.]+ (B|KiB|MiB|GiB|TiB)/s\)' "$work/host.log" | tail -1 |
  awk -v bytes="$bytes" '{
    n = $3; unit = $4; rate = substr($5, 2); rate_unit = $6; sub(/\/s\)$/, "", rate_unit)
    if (unit == "s") { seconds = n; quantum = (n < 10) ? 0.1 : 1 }
    else if (unit == "min") { seconds = n * 60; quantum = 60 }
    else { seconds = n * 3600; quantum = 360 }
    scale = 1
    if (rate_unit == "KiB") scale = 1024; else if (rate_unit == "MiB") scale = 1048576
    else if (rate_unit == "GiB") scale = 1073741824; else if (rate_unit == "TiB") scale = 1099511627776
    duration_error = (seconds > 0) ? quantum / 2 / seconds : 1e9
    rate_error = (rate > 0) ? ((rate_unit == "B") ? 0.5 : 0.05) / rate : 1e9
    if (rate_error < duration_error) printf "%.3f\n", bytes / (rate * scale); else printf "%.3f\n", seconds
  }')
if [[ -z $upload_seconds ]]; then
  cat "$work/host.log" >&2
  echo "error: the host's log above has no 'sent in <duration> (<rate>)' line for the upload; the benchmark cannot report the upload ratio." >&2
  exit 1
fi

awk -v bytes="$bytes" -v host="$host_seconds" -v upload="$upload_seconds" -v curl="$curl_seconds" -v peak="$peak_kb" 'BEGIN {
  printf "%-58s %9s %7s\n", "measurement (" int(bytes / 1048576) " MiB upload)", "value", "target"
  printf "%-58s %9.0f %7s\n", "host peak RSS (MB)", peak / 1024, "200"
  printf "%-58s %9.1f %7s\n", "curl -F, the upload request (MB/s)", bytes / curl / 1e6, "-"
  printf "%-58s %9.1f %7s\n", "host, the upload request (MB/s)", bytes / upload / 1e6, "-"
  printf "%-58s %9.2f %7s\n", "ratio host / curl, the upload request", curl / upload, "0.7"
  printf "%-58s %9.1f %7s\n", "host, whole run with hashing and verifying (MB/s)", bytes / host / 1e6, "-"
  printf "%-58s %9.2f %7s\n", "ratio host / curl, whole run", curl / host, "-"
}'
