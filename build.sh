#!/usr/bin/env bash
# Runs the HomeLab build host (build/) with every argument passed through, e.g.
#   ./build.sh --target=L0 --simulate      ./build.sh --tree      ./build.sh --help
# Needs only the .NET SDK. The host is rebuilt only when its sources change: each version is built once into
# .build/host/<hash of its inputs>/ and later runs start it directly, without `dotnet run`'s up-to-date check.
#
# Two options of the script itself, each alone on the command line:
#   ./build.sh --host-hash     prints the hash of the host's sources (a CI cache key for .build/) and exits
#   ./build.sh --build-host    builds the host this run would use, prints its folder and exits (a CI warm-up step)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
script=./$(basename "${BASH_SOURCE[0]}")

readonly host_root=.build/host
readonly project=build/HomeLab.Build.csproj
# The background build of the composite host: its output, and "<pid> <hash>" while it runs.
readonly background_log=$host_root/composite.log
readonly background_file=$host_root/composite.building

fail() {
  echo "error: $*" >&2
  exit 1
}

if command -v sha1sum >/dev/null; then sha1=(sha1sum); else sha1=(shasum -a 1); fi

# Everything that can change the host: its sources and the repository-wide build settings.
# (build.ps1 computes the same hash, so the two scripts share the built host.)
inputs_hash() {
  {
    find build src \( -name bin -o -name obj \) -prune -o -type f \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.json' \) -print0
    for file in global.json Directory.Build.props Directory.Packages.props Directory.Build.targets Cake.props Tests.props; do
      if [[ -f $file ]]; then printf '%s\0' "$file"; fi
    done
  } | LC_ALL=C sort -z | xargs -0 "${sha1[@]}" | "${sha1[@]}" | cut -c1-16
}

# "On" as the host reads CI (docs/operations.md): set, and not 0, false, no or off.
is_ci() {
  local value
  value=$(echo "${CI:-}" | tr '[:upper:]' '[:lower:]' | tr -d '[:space:]')
  [[ -n $value && $value != 0 && $value != false && $value != no && $value != off ]]
}

# A background build of the composite for another version of the sources is of no use any more: stop it.
stop_stale_background_build() {
  local pid built_hash
  [[ -f $background_file ]] && read -r pid built_hash <"$background_file" || return 0
  if [[ -n $pid && $built_hash != "$hash" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "Stopping the background build of an older host (pid $pid)…" >&2
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  fi
}

# Serialises builds between concurrent runs: flock where there is one, else a mkdir lock whose holder's pid is
# checked. A run that waits gives up waiting as soon as the host it needs appears (another run built it).
lock() {
  if command -v flock >/dev/null; then
    exec 9>"$host_root/.lock"
    until flock -n 9; do
      [[ -d $host_dir ]] && return 1
      stop_stale_background_build
      sleep 0.2
    done
    return 0
  fi
  local lock_dir=$host_root/.lock.d holder
  until mkdir "$lock_dir" 2>/dev/null; do
    [[ -d $host_dir ]] && return 1
    stop_stale_background_build
    holder=$(cat "$lock_dir/pid" 2>/dev/null || true)
    if [[ -n $holder ]] && ! kill -0 "$holder" 2>/dev/null; then
      rm -rf "$lock_dir" # its holder died
    elif [[ -z $holder && -n $(find "$lock_dir" -maxdepth 0 -mmin +1 2>/dev/null) ]]; then
      rm -rf "$lock_dir" # its holder died before writing its pid
    else
      sleep 0.2
    fi
  done
  echo $$ >"$lock_dir/pid"
  trap 'rm -rf "$host_root/.lock.d"' EXIT
}

unlock() {
  if command -v flock >/dev/null; then
    exec 9>&-
  else
    rm -rf "$host_root/.lock.d"
    trap - EXIT
  fi
}

# Keeps the two most recently started builds; older ones go once nothing has started them for an hour,
# so a host that is still running is not deleted under it.
prune() {
  local old
  { ls -1td "$host_root"/*/ 2>/dev/null || true; } | tail -n +3 | while read -r old; do
    if [[ -n $(find "$old" -maxdepth 0 -mmin +60) ]]; then rm -rf "$old"; fi
  done
}

# The .NET runtime identifier of this machine, for the ReadyToRun publish; empty when unknown.
runtime_id() {
  local os arch
  case $(uname -s) in
    Linux) os=linux ;;
    Darwin) os=osx ;;
    *) return 0 ;;
  esac
  case $(uname -m) in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) return 0 ;;
  esac
  echo "$os-$arch"
}

# A run leaves nothing behind: the compiler server the build started would otherwise stay for minutes. (It finishes
# the compilations it has before it stops, so a build of another project that shares it is not cut short.) A fresh
# checkout's first run leaves it, warm, to the composite's background build, which stops it when it ends.
leave_compiler_server=no
stop_compiler_server() {
  [[ $leave_compiler_server == yes ]] && return 0
  dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
}

# One `dotnet` build of the host (`build_step <log> <dotnet arguments>`), then the compiler server stopped. It does
# not inherit the locks (fds 8 and 9): the compiler server it starts outlives it.
build_step() {
  local log=$1 status=0
  shift
  dotnet "$@" >"$log" 2>&1 8>&- 9>&- || status=$?
  stop_compiler_server
  return "$status"
}

# Builds $host_dir in $build_mode. In the background (the composite, after a run on the lighter host) there is
# no fallback: if the composite cannot be built here, runs keep the lighter host and it is not tried again.
build_host() {
  local in_background=$1
  local temp_dir=$host_root/.tmp-$hash-$$ log=$host_root/.build-$$.log
  mkdir -p "$host_root"
  lock || return 0 # another run built it while this one waited
  if [[ -d $host_dir ]]; then # a run that waited for the lock finds it built
    unlock
    return 0
  fi
  if [[ $in_background == yes ]]; then
    echo "$$ $hash" >"$background_file"
  fi
  echo "Building the HomeLab host ($build_mode)…" >&2
  rm -rf "$host_root"/.tmp-* "$host_root"/.build-*.log # left by a build that was interrupted
  export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  # Compiled ahead of time, together with the parts of .NET it uses (a self-contained ReadyToRun composite,
  # see build/ReadyToRun.targets), the host starts in about a third of the time. The readytorun build
  # compiles only the host (framework-dependent): a lighter build, slower runs. Where neither can be published
  # (an unknown platform, no runtime or crossgen package to restore), a plain build works too.
  local rid publish=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
  rid=$(runtime_id)
  if [[ $build_mode == readytorun ]]; then
    publish=(--self-contained false -p:PublishReadyToRun=true)
  fi
  # The code-style analyzers are the tests' job (`dotnet test` enforces .editorconfig); skipping them here saves a
  # fresh checkout's first run several seconds. The compiler server compiles the host's fourteen projects in one
  # warm process (without it each starts the compiler afresh: 53 s instead of 34 s here), even where the
  # environment turns it off (UseSharedCompilation=false); stop_compiler_server ends it after the build.
  local quick=(-nodeReuse:false -p:RunAnalyzers=false -p:EnforceCodeStyleInBuild=false -p:UseSharedCompilation=true)
  if [[ -z $rid ]] || ! build_step "$log" publish "$project" --configuration Release --runtime "$rid" "${publish[@]}" \
    --output "$temp_dir" "${quick[@]}"; then
    rm -rf "$temp_dir"
    if [[ $in_background == yes ]]; then
      cat "$log" >&2
      touch "$host_dir.failed"
      rm -f "$log" "$background_file"
      unlock
      fail "the composite host could not be built here; runs keep using the readytorun host."
    fi
    echo "note: the ahead-of-time ($build_mode) build was not possible here; using a plain build, which starts slower." >&2
  fi
  if [[ ! -d $temp_dir ]] && ! build_step "$log" build "$project" --configuration Release --output "$temp_dir" "${quick[@]}"; then
    cat "$log" >&2
    rm -rf "$temp_dir" "$log"
    unlock
    fail "building the HomeLab host failed; dotnet build's output is above."
  fi
  rm -f "$log"
  mv "$temp_dir" "$host_dir"
  [[ $in_background == yes ]] && rm -f "$background_file"
  prune
  unlock
}

# Starts the composite's build detached from this run: its own session, its own log, holding neither this terminal
# nor the build lock, and only the CPU and disk time nothing else wants (Linux's idle classes; elsewhere the lowest
# nice), so the runs made meanwhile come first. One at a time: the builder keeps .composite.lock (taken here and
# inherited) until it ends, and a run that cannot take it starts none (and returns false).
start_background_build() {
  [[ -d $host_root/$hash || -e $host_root/$hash.failed ]] && return 1
  if command -v flock >/dev/null; then
    exec 8>"$host_root/.composite.lock"
    if ! flock -n 8; then
      exec 8>&-
      return 1
    fi
  else
    local pid built_hash
    if [[ -f $background_file ]] && read -r pid built_hash <"$background_file" && kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
  fi
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  command -v nice >/dev/null && detach+=(nice -n 19)
  chrt --idle 0 true 2>/dev/null && detach+=(chrt --idle 0)
  ionice -c 3 true 2>/dev/null && detach+=(ionice -c 3)
  HOMELAB_HOST_BUILD=composite nohup "${detach[@]}" "$BASH" "$script" --build-host=background \
    </dev/null >"$background_log" 2>&1 9>&- &
  exec 8>&-
  echo "note: building the faster composite host in the background (log: $background_log); later runs use it once it is ready." >&2
}

script_option=${1:-}
if [[ $script_option == --host-hash ]]; then
  inputs_hash
  exit 0
fi

command -v dotnet >/dev/null || fail "dotnet is not on PATH; install the .NET SDK named in global.json."

hash=$(inputs_hash)
background=no # whether this run starts the composite's build in the background

# Which build this run uses (docs/operations.md, "The entry point"):
#   HOMELAB_HOST_BUILD=composite|readytorun   that one, built now if needed
#   CI on                                     readytorun: a fresh checkout pays the build on every run
#   otherwise                                 the composite once it is built; until then the readytorun host,
#                                             with the composite built in the background
if [[ -n ${HOMELAB_HOST_BUILD:-} ]]; then
  build_mode=$HOMELAB_HOST_BUILD
  case $build_mode in
    composite | readytorun) ;;
    *) fail "HOMELAB_HOST_BUILD is '$build_mode'; use composite or readytorun, or leave it unset." ;;
  esac
elif is_ci; then
  build_mode=readytorun
elif [[ -d $host_root/$hash ]]; then
  build_mode=composite
else
  build_mode=readytorun
  background=yes
fi

host_dir=$host_root/$hash
[[ $build_mode == readytorun ]] && host_dir+=-readytorun

case $script_option in
  --build-host=background)
    build_host yes
    exit 0
    ;;
  --build-host)
    [[ -d $host_dir ]] || build_host no
    echo "$host_dir"
    exit 0
    ;;
esac

if [[ ! -d $host_dir ]]; then
  leave_compiler_server=$background
  build_host no
fi
if [[ $background == yes ]] && ! start_background_build && [[ $leave_compiler_server == yes ]]; then
  leave_compiler_server=no
  stop_compiler_server
fi
touch -c "$host_dir" # marks it as recently started, for prune
if [[ -x $host_dir/HomeLab.Build ]] && compgen -G "$host_dir/libcoreclr.*" >/dev/null; then
  exec "$host_dir/HomeLab.Build" "$@" # self-contained: it carries its own runtime
fi
exec dotnet "$host_dir/HomeLab.Build.dll" "$@"
