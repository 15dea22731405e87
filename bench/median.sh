# Sourced by the benchmarks: `median COMMAND…` prints the median wall time in seconds of COMMAND run $runs times,
# after $bench_warmups untimed runs (default 1), with hyperfine when it is installed. Needs $work and $runs.
# Every run must pass: a failing run stops the benchmark with its output (a failed run is not a time).

# It runs inside $(median …), so its exit ends that substitution, and set -e the script.
run_or_fail() {
  local status=0
  "$@" >"$work/run.out" 2>&1 || status=$?
  if ((status != 0)); then
    cat "$work/run.out" >&2
    echo "error: '$*' failed (exit $status); the benchmark stops." >&2
    exit 1
  fi
}

median() {
  local warmups=${bench_warmups:-1}
  if command -v hyperfine >/dev/null; then
    # A failing run makes hyperfine fail; running it once more shows why, and stops the benchmark.
    hyperfine --warmup "$warmups" --runs "$runs" --style none --export-json "$work/h.json" -- "$*" >/dev/null 2>&1 || run_or_fail "$@"
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
    return
  fi
  for _ in $(seq "$warmups"); do run_or_fail "$@"; done
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    run_or_fail "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] / 1000000 }'
}
