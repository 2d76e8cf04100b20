#!/usr/bin/env bash
# Runs a libFuzzer binary for a bounded time from seed corpora and fails on any
# crash, sanitizer report, leak, out-of-memory or slow input. The working
# corpus and crash artifacts go to WORKDIR (in the build tree), never to the
# seed directories.
#   run_fuzz.sh FUZZER WORKDIR SECONDS SEED_DIR...
set -uo pipefail
fuzzer=$1 workdir=$2 seconds=$3
shift 3
if [ ! -x "$fuzzer" ]; then
    echo "run_fuzz.sh: fuzzer binary '$fuzzer' is missing: build the sanitizer tree" \
         "(tools/setup.sh --build-only, or configure build/ with -DMPYC_ASAN_DIR=<clang sanitizer tree>)" >&2
    exit 1
fi
rm -rf "$workdir"
mkdir -p "$workdir/corpus" "$workdir/artifacts"
# The first directory receives new inputs; the seed directories are only read.
"$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 \
    -dict="$(dirname "$0")/python.dict" -print_final_stats=1 \
    -artifact_prefix="$workdir/artifacts/" "$workdir/corpus" "$@" >"$workdir/log" 2>&1
status=$?
grep -E '^(Done|stat::|INFO: (Seed|seed corpus|Loaded))' "$workdir/log"
artifacts=$(find "$workdir/artifacts" -type f | head -5)
if [ $status -ne 0 ] || [ -n "$artifacts" ]; then
    grep -v -E '^"|^#' "$workdir/log" | tail -n 60
    echo "FAIL: fuzzer exit status $status; full log: $workdir/log"
    for a in $artifacts; do
        echo "artifact $a ($(stat -c %s "$a") bytes), reproduce with: $fuzzer $a"
        head -c 600 "$a" | od -c | head -20
    done
    exit 1
fi
echo "PASS: no crash in ${seconds} s ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$workdir/log" | grep -o '[0-9]*$') inputs)"
