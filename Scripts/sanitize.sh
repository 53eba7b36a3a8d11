#!/usr/bin/env bash
# Runs the whole test suite under the thread sanitizer and the address sanitizer (issue 14), each
# in a build directory of its own (.build-tsan, .build-asan), and says which passed.
#
#   bash Scripts/sanitize.sh [thread|address]...     (default: both)
#
# Too slow for every CI run (a full rebuild per sanitizer, then the suite at a fraction of its
# speed: about 15 minutes each on 2 cores); run it before a release and after changing anything
# shared between threads. A report from either sanitizer fails the run (halt_on_error).
set -uo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(thread address)
status=0
for sanitizer in "${sanitizers[@]}"; do
    scratch=".build-${sanitizer:0:1}san"
    echo "== swift test --sanitize=$sanitizer (in $scratch)"
    export TSAN_OPTIONS="halt_on_error=1" ASAN_OPTIONS="halt_on_error=1:detect_leaks=0"
    log="$scratch/sanitize.log"
    mkdir -p "$scratch"
    if swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" >"$log" 2>&1 &&
        swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" >>"$log" 2>&1 &&
        ! grep -qE "^(==[0-9]+==ERROR: AddressSanitizer|WARNING: ThreadSanitizer|SUMMARY: [A-Za-z]+Sanitizer)" "$log"; then
        echo "== $sanitizer: passed"
    else
        grep -E "AddressSanitizer|ThreadSanitizer|✘" "$log" | head -20
        echo "== $sanitizer: FAILED (whole log: $log)"
        status=1
    fi
done
exit $status
