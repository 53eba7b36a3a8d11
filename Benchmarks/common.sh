# Shared by the benchmark scripts: sourced, not run.

# Installs GNU time (for peak memory) when missing.
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }

# The configuration header every benchmark configuration starts with.
benchmark_controller_yaml() {
    cat <<'YAML'
version: 1
controller:
  name: Benchmark Controller
  email: privacy@bench.example
  supervisory_authority: { name: Test Authority }
YAML
}

# Builds the release products named, as the README says to install them (the Swift runtime and
# Foundation linked in), and prints the directory holding them.
release_build() {
    for product in "$@"; do swift build -c release --static-swift-stdlib --product "$product" >/dev/null; done
    swift build -c release --static-swift-stdlib --show-bin-path
}

# Peak resident memory in MiB, from the report of `/usr/bin/time -v` in file $1.
peak_rss_mib() {
    awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print int($2 / 1024)}' "$1"
}

# Elapsed wall-clock seconds, from the report of `/usr/bin/time -v` in file $1.
wall_seconds() {
    awk '/Elapsed \(wall clock\)/ {print $NF}' "$1" |
        python3 -c "import sys; p = sys.stdin.read().strip().split(':'); print(sum(float(x) * 60 ** i for i, x in enumerate(reversed(p))))"
}
