#!/usr/bin/env bash
# The README's main job: what a new user sees after setup. A Python program
# runs on the host, then becomes RP2040 firmware (ELF + UF2) that runs in
# rp2040js, with its output and the LED pin's toggles.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "\$ build/mpyc run examples/hello.py"
build/mpyc run examples/hello.py
echo
echo "\$ build/mpyc build examples/blink.py --target rp2040 -o $out/blink.elf"
build/mpyc build examples/blink.py --target rp2040 -o "$out/blink.elf"
echo
echo "\$ build/mpyc run examples/blink.py --target rp2040 --gpio-log $out/blink.gpio"
build/mpyc run examples/blink.py --target rp2040 --timeout 60 --gpio-log "$out/blink.gpio"
echo
echo "GP25 (LED) as rp2040js saw it (time in us, level):"
awk '$2 == 25 { printf "  %8d us  GP25 = %s\n", $1, $3; n++ } END { print "  " n " changes" }' "$out/blink.gpio"
