#!/usr/bin/env bash
# Benchmark: listing an OS's history with 10,000 artifacts (target: well under 200 ms).
#   bench/manifests.sh [artifacts] [runs]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run -c Release --project bench/manifests -- "${1:-10000}" "${2:-25}"
