# Sourced by the benchmarks: `build_warm_host` builds the host warm runs use, before anything is timed: the composite
# unless HOMELAB_HOST_BUILD names the other, in the foreground. (A plain ./build.sh after a change to the host's
# sources builds the lighter host and then the composite in the background, while the timed runs go.)
build_warm_host() {
  HOMELAB_HOST_BUILD=${HOMELAB_HOST_BUILD:-composite} ./build.sh --build-host >/dev/null
}
