#!/usr/bin/env bash
# Benchmark: `./build.sh --target=List-Templates` as a user runs it, host start-up and printed listing included, on
#   - a cloud-image history of 10,000 artifacts (vm-template-<timestamp>.json: ordered by name, not opened), one of
#     them stable (HomeLab's copied stable manifest), and
#   - an ISO history of 1,000 artifacts (<iso-base-name>.json: every file is opened and parsed for its built_at), the
#     stable one an original-tooling symbolic link.
#
#   bench/manifests.sh [runs] [artifacts] [isos]     (defaults 10, 10000, 1000; uses hyperfine when it is installed)
#
# Leaves out the first build of the host (done once, not timed) and the terminal's own drawing: output goes to
# /dev/null. Targets on a 2-core machine: <= 0.5 s warm for each. Exits 1 when a target is not met.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-10}
artifacts=${2:-10000}
isos=${3:-1000}
target=0.5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Building the host (not timed) and writing the labs: $artifacts cloud-image artifacts, $isos ISO artifacts…" >&2
# shellcheck source=bench/host.sh
. bench/host.sh
build_warm_host

python3 - "$work" "$artifacts" "$isos" <<'PY'
import datetime, json, os, random, sys
work, artifacts, isos = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
start = datetime.datetime(2020, 1, 1)
stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")

def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(content, f, indent=2)

# Cloud images: one build an hour, written in shuffled order; the one in the middle is stable (HomeLab's copy).
ubuntu = os.path.join(work, "cloud/infra/os/ubuntu")
write(os.path.join(ubuntu, "template.json"), {"kind": "cloud-image", "image_url": "https://images.example.invalid/noble.img"})
order = list(range(artifacts))
random.Random(42).shuffle(order)
for i in order:
    t = start + datetime.timedelta(hours=i)
    name = "vm-template-" + t.strftime("%Y%m%d-%H%M%S") + ".json"
    manifest = {"os": "ubuntu", "kind": "cloud-image", "created_at": stamp(t), "name": "tpl-ubuntu-" + t.strftime("%Y%m%d-%H%M%S"),
                "node": "pve", "storage": "local-lvm", "vmid": 9000 + i}
    write(os.path.join(ubuntu, "artifacts", name), manifest)
    if i == artifacts // 2:
        write(os.path.join(ubuntu, "spec/vm-template-stable.json"),
              dict(manifest, promoted_from=name, promoted_at=stamp(start)))

# ISOs, as the original tooling wrote them (its field names, no kind), one a day; the stable one a relative link.
arch = os.path.join(work, "iso/infra/os/arch")
for i in range(isos):
    t = start + datetime.timedelta(days=i)
    base = "archlinux-" + t.strftime("%Y.%m.%d") + "-x86_64"
    write(os.path.join(arch, "artifacts", base + ".json"),
          {"iso_name": base + ".iso", "built_at": stamp(t), "git_sha": "%07x" % i, "proxmox_node": "pve",
           "proxmox_storage": "local", "uploader_host": "builder"})
    if i == isos // 2:
        os.makedirs(os.path.join(arch, "spec"), exist_ok=True)
        os.symlink("../artifacts/" + base + ".json", os.path.join(arch, "spec/iso-manifest-stable.json"))
PY

cloud=(./build.sh --target=List-Templates "--lab=$work/cloud")
iso=(./build.sh --target=List-Templates "--lab=$work/iso")
check() { # OS EXPECTED-COUNT ROW-PREFIX COMMAND…: the listing names the stable entry and lists every artifact
  local os=$1 count=$2 prefix=$3
  shift 3
  "$@" >"$work/check.out" 2>&1 || { cat "$work/check.out" >&2; echo "List-Templates failed" >&2; exit 1; }
  grep -q "^$os: [0-9,]* artifacts; stable: " "$work/check.out" && [[ $(grep -c "^  $prefix" "$work/check.out") -eq $count ]] \
    || { tail -20 "$work/check.out" >&2; echo "List-Templates did not list the $count artifacts and the stable one of $os" >&2; exit 1; }
}
check ubuntu "$artifacts" vm-template- "${cloud[@]}"
check arch "$isos" archlinux- "${iso[@]}"

# shellcheck source=bench/median.sh
. bench/median.sh
bench_warmups=2

cloud_time=$(median "${cloud[@]}")
iso_time=$(median "${iso[@]}")
startup=$(median ./build.sh --target=Default --verbosity=quiet)
met() { python3 -c 'import sys; print("met" if float(sys.argv[1]) <= float(sys.argv[2]) else "NOT met")' "$1" "$target"; }

printf '\n%-62s %8s %8s  %s\n' "List-Templates, warm ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))" "median" "target" ""
printf '%-62s %7ss %7ss  %s\n' "$artifacts cloud-image artifacts (names only)" "$cloud_time" "$target" "$(met "$cloud_time")"
printf '%-62s %7ss %7ss  %s\n' "$isos ISO artifacts (each opened and parsed)" "$iso_time" "$target" "$(met "$iso_time")"
printf '%-62s %7ss %8s\n' "host start-up with nothing to do (for comparison)" "$startup" "-"
[[ $(met "$cloud_time") == met && $(met "$iso_time") == met ]]
