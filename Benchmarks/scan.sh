#!/usr/bin/env bash
# Scan benchmark: one subject exported from a 1 GB CSV, a 0.5 GB JSON Lines file and an SQLite
# database of 6,000,000 rows, next to grep, DuckDB, the sqlite3 CLI, a Python reference exporter,
# zlib, python-jsonschema and xmllint on the same files.
#
#   bash Benchmarks/scan.sh [--scale S]      (default 1; --scale 0.01 for a quick try)
#
# Generates the data once per scale into Benchmarks/data/scan-S/ (git-ignored; Benchmarks/scan/
# generate.py, seeded, no wall clock), builds the release handover, runs Benchmarks/scan/run.py,
# which checks the bundle's records against expected.json and prints one Markdown table with the
# targets PASS/MISS (also written to Benchmarks/data/scan-S/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) [ $# -ge 2 ] || { echo "scan.sh: --scale needs a number" >&2; exit 64; }; scale=$2; shift 2 ;;
        --scale=*) scale=${1#--scale=}; shift ;;
        -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "scan.sh: unknown argument '$1' (usage: bash Benchmarks/scan.sh [--scale S])" >&2; exit 64 ;;
    esac
done
scale=$(python3 -c 'import sys; s = float(sys.argv[1]); assert 0 < s <= 10; print(f"{s:g}")' "$scale" 2>/dev/null) ||
    { echo "scan.sh: --scale must be a number above 0 and at most 10" >&2; exit 64; }
data="Benchmarks/data/scan-$scale"

source Benchmarks/common.sh
packages=()
command -v sqlite3 >/dev/null || packages+=(sqlite3)
command -v xmllint >/dev/null || packages+=(libxml2-utils)
if [ ${#packages[@]} -gt 0 ]; then
    echo "installing ${packages[*]}…" >&2
    apt-get update -qq && apt-get install -y -qq "${packages[@]}" >/dev/null
fi
python3 -c 'import duckdb' 2>/dev/null || { echo "installing duckdb…" >&2; pip install -q duckdb; }
python3 -c 'import jsonschema' 2>/dev/null || { echo "installing jsonschema…" >&2; pip install -q jsonschema; }

if [ ! -f "$data/complete" ]; then
    echo "generating the scale-$scale data into $data (once; a few minutes at scale 1)…" >&2
    rm -rf "$data"
    python3 Benchmarks/scan/generate.py --scale "$scale" --out "$data"
fi

echo "building the release handover…" >&2
bin="$(release_build handover)/handover"
[ -x "$bin" ] || { echo "scan.sh: no handover binary at $bin after the build" >&2; exit 1; }
python3 Benchmarks/scan/run.py --scale "$scale" --data "$data" --handover "$bin"
