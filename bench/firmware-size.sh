#!/usr/bin/env bash
# Flash and RAM of a firmware test program on every board built under
# build/targets/, from its ELF sections, as a Markdown table.
#   bench/firmware-size.sh [BUILD_DIR] [PROGRAM] [BASELINE]
# (defaults: build, fw-hello). With BASELINE (another program, e.g.
# fw-size-runtime for PROGRAM fw-size-stdlib) the table also gives what
# PROGRAM adds to it.
# flash  = .text + .ARM.exidx + the flash copies of .data/.tdata
# static = RAM besides the heap: .data + .tdata + .bss + stack
set -euo pipefail
build=${1:-build}
program=${2:-fw-hello}
baseline=${3:-}
[ -d "$build/targets" ] || { echo "no $build/targets: build first (cmake --build $build)" >&2; exit 1; }

# "flash ram stack heap" of an ELF
sizes() {
  readelf -SW "$1" | sed 's/\[ */[/' | awk '
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
    END { printf "%d %d %d %d\n", flash, ram, stack, heap }'
}

if [ -n "$baseline" ]; then
  printf '| board | %s flash | %s static RAM | flash added | static RAM added |\n' "$program" "$program"
  printf '|---|---:|---:|---:|---:|\n'
else
  printf '| board | flash (bytes) | static RAM besides heap (bytes) | of which stack | heap |\n'
  printf '|---|---:|---:|---:|---:|\n'
fi
for dir in "$build"/targets/*/; do
  board=$(basename "$dir")
  elf="$dir/$program.elf"
  [ -f "$elf" ] || continue
  read -r flash ram stack heap < <(sizes "$elf")
  if [ -n "$baseline" ]; then
    [ -f "$dir/$baseline.elf" ] || continue
    read -r bflash bram _ _ < <(sizes "$dir/$baseline.elf")
    printf '| %s | %d | %d | %+d | %+d |\n' "$board" "$flash" "$ram" $((flash - bflash)) $((ram - bram))
  else
    printf '| %s | %d | %d | %d | %d |\n' "$board" "$flash" "$ram" "$stack" "$heap"
  fi
done
