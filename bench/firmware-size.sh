#!/usr/bin/env bash
# Flash and RAM on every board built under build/targets/, from the ELF
# sections, as a Markdown table: of a firmware test program, or of Python
# apps built with `mpyc build --target`.
#   bench/firmware-size.sh [BUILD_DIR] [PROGRAM]   (defaults: build, fw-hello)
#   bench/firmware-size.sh [BUILD_DIR] APP.py...   (e.g. examples/hello.py examples/blink.py)
#   bench/firmware-size.sh [BUILD_DIR] --baseline BASE PROGRAM...
#     adds what each program costs over the firmware test program BASE on
#     the same board (e.g. --baseline fw-size-runtime fw-size-stdlib: the
#     time, machine and memorymap modules).
# flash  = .text + .ARM.exidx + the flash copies of .data/.tdata
# static = RAM besides the heap: .data + .tdata + .bss + stack
set -euo pipefail
build=${1:-build}
shift || true
baseline=
if [ "${1:-}" = --baseline ]; then
  baseline=${2:?--baseline needs a program name}
  shift 2
fi
[ $# -gt 0 ] || set -- fw-hello
[ -d "$build/targets" ] || { echo "no $build/targets: build first (cmake --build $build)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sizes() { # ELF -> "flash ram stack heap"
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

measure() { # BOARD ELF LABEL
  local flash ram stack heap bflash bram
  read -r flash ram stack heap < <(sizes "$2")
  if [ -n "$baseline" ]; then
    local base="$build/targets/$1/$baseline.elf"
    if [ -f "$base" ]; then
      read -r bflash bram _ _ < <(sizes "$base")
      printf '| %s | %s | %d | %d | %d | %d | %+d | %+d |\n' "$3" "$1" "$flash" "$ram" "$stack" "$heap" \
        $((flash - bflash)) $((ram - bram))
    else
      printf '| %s | %s | %d | %d | %d | %d | no %s | |\n' "$3" "$1" "$flash" "$ram" "$stack" "$heap" "$baseline"
    fi
  else
    printf '| %s | %s | %d | %d | %d | %d |\n' "$3" "$1" "$flash" "$ram" "$stack" "$heap"
  fi
}

if [ -n "$baseline" ]; then
  printf '| program | board | flash (bytes) | static RAM besides heap (bytes) | of which stack | heap | flash over %s | static RAM over %s |\n' "$baseline" "$baseline"
  printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
else
  printf '| program | board | flash (bytes) | static RAM besides heap (bytes) | of which stack | heap |\n'
  printf '|---|---|---:|---:|---:|---:|\n'
fi
for program in "$@"; do
  for dir in "$build"/targets/*/; do
    board=$(basename "$dir")
    case "$program" in
    *.py)
      label=$(basename "$program")
      elf="$tmp/$board-${label%.py}.elf"
      if ! "$build/mpyc" build "$program" --target "$board" -o "$elf" >"$tmp/log" 2>&1; then
        printf '| %s | %s | does not build: %s | | | |\n' "$label" "$board" \
          "$(grep -m1 -o 'undefined reference to [^ ]*\|too large[^;]*\|missing[^;]*' "$tmp/log" || echo see mpyc build)"
        continue
      fi ;;
    *)
      label=$program
      elf="$dir/$program.elf"
      [ -f "$elf" ] || continue ;;
    esac
    measure "$board" "$elf" "$label"
  done
done
