#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ and runs each on its seed corpus.
#
#   bash Scripts/fuzz.sh                      # every harness, 60 seconds each
#   bash Scripts/fuzz.sh --time 20 csv json   # the CSV and JSON harnesses, 20 seconds each
#   bash Scripts/fuzz.sh --runs 1000000       # every harness until a million executions each
#
# Harnesses: csv json jsonl configuration zip data-xml bundle (each `Fuzz/Sources/fuzz-<name>`).
# The working corpus starts from Fuzz/Corpus/<name> (seeds cut from the examples: python3
# Fuzz/make_corpus.py) plus, when ../shared/testdata exists, the external suites that fit the
# harness; it grows in .build-fuzz/corpus/<name> and is kept between runs. An input that crashes,
# hangs (over 10 s) or runs out of memory (over 2 GB) is saved in .build-fuzz/crashes/<name>/ and
# the script exits 1; each harness's libFuzzer output is in .build-fuzz/logs/<name>.log.
#
# The build is `swift build --sanitize=fuzzer --sanitize=address` plus an explicit
# `-sanitize-coverage`: SwiftPM passes the two sanitizers as separate flags and with this
# toolchain the second one drops the fuzzer's coverage instrumentation from Swift code (libFuzzer
# then reports "no interesting inputs"; seen with Swift 6.3.1 on Linux).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=(-max_total_time=60)
harnesses=()
while [ $# -gt 0 ]; do
    case "$1" in
    --time) mode=(-max_total_time="$2"); shift 2 ;;
    --runs) mode=(-runs="$2"); shift 2 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) harnesses+=("$1"); shift ;;
    esac
done
all=(csv json jsonl configuration zip data-xml bundle)
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")

echo "== building the harnesses (swift build --package-path Fuzz, fuzzer + address sanitizers)"
swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp 2>&1 |
    grep -v -e 'ld.gold: warning: Cannot export local symbol' -e '^\[[0-9]*/[0-9]*\] ' || true
bin=$(swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address --show-bin-path)

testdata=../shared/testdata
work=.build-fuzz
mkdir -p "$work/logs"

# Adds the external suites that fit a harness to its working corpus (never to the repository).
add_testdata() {
    local harness=$1 corpus=$2
    [ -d "$testdata" ] || return 0
    case "$harness" in
    csv)
        for file in "$testdata"/csv-spectrum/csvs/*.csv; do
            { printf '\000'; cat "$file"; } >"$corpus/spectrum-$(basename "$file")"
        done ;;
    json) cp "$testdata"/JSONTestSuite/test_parsing/* "$corpus/" ;;
    jsonl)
        for file in "$testdata"/JSONTestSuite/test_parsing/y_*; do
            { printf '\005'; cat "$file"; printf '\n'; cat "$file"; } >"$corpus/lines-$(basename "$file")"
        done ;;
    zip | bundle) cp "$testdata"/zip-oddities/libarchive/*.zip* "$corpus/" ;;
    data-xml) find "$testdata/xml-attacks" -name '*.xml' -exec cp {} "$corpus/" \; ;;
    esac
}

max_len() {
    case "$1" in
    csv | json | jsonl) echo 4096 ;;
    configuration | data-xml) echo 32768 ;;
    zip | bundle) echo 65536 ;;
    esac
}

status=0
summary=()
for harness in "${harnesses[@]}"; do
    [ -x "$bin/fuzz-$harness" ] || { echo "no harness named $harness (have: ${all[*]})" >&2; exit 2; }
    corpus="$work/corpus/$harness"
    crashes="$work/crashes/$harness"
    log="$work/logs/$harness.log"
    mkdir -p "$corpus" "$crashes"
    cp Fuzz/Corpus/"$harness"/* "$corpus/"
    add_testdata "$harness" "$corpus"
    echo "== fuzz-$harness (${mode[*]}, corpus $(ls "$corpus" | wc -l) files)"
    set +e
    # Leak checks are off: the Swift runtime's caches and metadata live until exit by design.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin/fuzz-$harness" "${mode[@]}" \
        -max_len="$(max_len "$harness")" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1
    result=$?
    set -e
    runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
    coverage=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
    found=$(find "$crashes" -type f | wc -l)
    line="fuzz-$harness: ${runs:-?} executions, ${coverage:-no coverage line}, corpus $(ls "$corpus" | wc -l) files, $found saved crash inputs"
    summary+=("$line")
    echo "$line"
    if [ "$result" -ne 0 ] || [ "$found" -gt 0 ]; then
        status=1
        grep -E 'ERROR|SUMMARY|Fatal error|invariant' "$log" | head -n 5 || true
        echo "   inputs in $crashes; the whole output in $log"
    fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$status"
