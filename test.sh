#!/usr/bin/env bash
# Runs every test project and ends with one line "N passed, N failed".
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Runway").
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test HomeLab.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary line per test assembly:
#   "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ..."
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum 'Passed')
failed=$(sum 'Failed')
skipped=$(sum 'Skipped')
: "${passed:=0}" "${failed:=0}" "${skipped:=0}"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test could report: count it as a failure.
  failed=1
fi

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
