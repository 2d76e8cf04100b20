#!/usr/bin/env bash
# Flash and RAM of a firmware test program on every board built under
# build/targets/, from its ELF sections, as a Markdown table.
#   bench/firmware-size.sh [BUILD_DIR] [PROGRAM]   (defaults: build, fw-hello)
# flash  = .text + .ARM.exidx + the flash copies of .data/.tdata
# static = RAM besides the heap: .data + .tdata + .bss + stack
set -euo pipefail
build=${1:-build}
program=${2:-fw-hello}
[ -d "$build/targets" ] || { echo "no $build/targets: build first (cmake --build $build)" >&2; exit 1; }
printf '| board | flash (bytes) | static RAM besides heap (bytes) | of which stack | heap |\n'
printf '|---|---:|---:|---:|---:|\n'
for dir in "$build"/targets/*/; do
  board=$(basename "$dir")
  elf="$dir/$program.elf"
  [ -f "$elf" ] || continue
  readelf -SW "$elf" | sed 's/\[ */[/' | awk -v board="$board" '
    function hex(text,   i, value) {
      value = 0
      for (i = 1; i <= length(text); i++)
        value = value * 16 + index("0123456789abcdef", substr(tolower(text), i, 1)) - 1
      return value
    }
    $1 ~ /^\[[0-9]+\]$/ {
      name = $2; size = hex($6)
      if (name == ".text" || name == ".ARM.exidx") flash += size
      if (name == ".data" || name == ".tdata") { flash += size; ram += size }
      if (name == ".bss") ram += size
      if (name == ".stack") { ram += size; stack = size }
      if (name == ".heap") heap = size
    }
    END { printf "| %s | %d | %d | %d | %d |\n", board, flash, ram, stack, heap }'
done
