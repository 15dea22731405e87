#!/usr/bin/env bash
# Runs the HomeLab build host (build/) with every argument passed through, e.g.
#   ./build.sh --target=L0 --simulate      ./build.sh --tree      ./build.sh --help
# Needs only the .NET SDK. The host is rebuilt only when its sources change: each version is built once into
# .build/host/<hash of its inputs>/ and later runs start it directly, without `dotnet run`'s up-to-date check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

readonly host_root=.build/host
readonly project=build/HomeLab.Build.csproj

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

# Serialises builds between concurrent runs: flock where there is one, else a mkdir lock whose holder's pid is checked.
lock() {
  if command -v flock >/dev/null; then
    exec 9>"$host_root/.lock"
    flock 9
    return
  fi
  local lock_dir=$host_root/.lock.d holder
  until mkdir "$lock_dir" 2>/dev/null; do
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

build_host() {
  local host_dir=$1 hash=$2
  local temp_dir=$host_root/.tmp-$hash-$$ log=$host_root/.build-$$.log
  mkdir -p "$host_root"
  lock
  if [[ ! -d $host_dir ]]; then # a run that waited for the lock finds it built
    echo "Building the HomeLab host…" >&2
    rm -rf "$host_root"/.tmp-* "$host_root"/.build-*.log # left by a build that was interrupted
    export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
    # Compiled ahead of time, together with the parts of .NET it uses (a self-contained ReadyToRun composite,
    # see build/ReadyToRun.targets), the host starts in about a third of the time. HOMELAB_HOST_BUILD=readytorun
    # compiles only the host (framework-dependent): a lighter build, slower runs. Where neither can be published
    # (an unknown platform, no runtime or crossgen package to restore), a plain build works too.
    local rid publish=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true
      -p:IntermediateOutputPath=obj/composite/ -p:OutputPath=bin/composite/)
    rid=$(runtime_id)
    if [[ $build_mode == readytorun ]]; then
      publish=(--self-contained false -p:PublishReadyToRun=true)
    fi
    if [[ -z $rid ]] || ! dotnet publish "$project" --configuration Release --runtime "$rid" "${publish[@]}" \
      --output "$temp_dir" -nodeReuse:false >"$log" 2>&1; then
      rm -rf "$temp_dir"
      echo "note: the ahead-of-time ($build_mode) build was not possible here; using a plain build, which starts slower." >&2
    fi
    if [[ ! -d $temp_dir ]] && ! dotnet build "$project" --configuration Release --output "$temp_dir" -nodeReuse:false >"$log" 2>&1; then
      cat "$log" >&2
      rm -rf "$temp_dir" "$log"
      unlock
      fail "building the HomeLab host failed; dotnet build's output is above."
    fi
    rm -f "$log"
    mv "$temp_dir" "$host_dir"
    prune
  fi
  unlock
}

command -v dotnet >/dev/null || fail "dotnet is not on PATH; install the .NET SDK named in global.json."

# HOMELAB_HOST_BUILD picks how the host is compiled: composite (the default) or readytorun (see build_host).
build_mode=${HOMELAB_HOST_BUILD:-composite}
case $build_mode in
  composite | readytorun) ;;
  *) fail "HOMELAB_HOST_BUILD is '$build_mode'; use composite (the default) or readytorun." ;;
esac

hash=$(inputs_hash)
host_dir=$host_root/$hash
[[ $build_mode == readytorun ]] && host_dir+=-readytorun
[[ -d $host_dir ]] || build_host "$host_dir" "$hash"
touch -c "$host_dir" # marks it as recently started, for prune
if [[ -x $host_dir/HomeLab.Build ]] && compgen -G "$host_dir/libcoreclr.*" >/dev/null; then
  exec "$host_dir/HomeLab.Build" "$@" # self-contained: it carries its own runtime
fi
exec dotnet "$host_dir/HomeLab.Build.dll" "$@"
