#!/usr/bin/env bash
# Installs what is missing (Debian and npm packages), builds everything, then
# runs the main job. `--build-only` stops after the build (used by tools/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

apt_packages=(
  cmake ninja-build re2c bison python3
  clang llvm lld libclang-rt-14-dev
  gcc-arm-none-eabi picolibc-arm-none-eabi
  gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
  gcc-xtensa-lx106 binutils-xtensa-lx106
  qemu-system-arm qemu-system-misc
  gcc-multilib
)
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs npm)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm packages (the rp2040 emulator) live beside the runner that uses them.
for dir in tools/*/; do
  if [ -f "$dir/package.json" ] && [ ! -d "$dir/node_modules" ]; then
    (cd "$dir" && npm ci --silent --no-audit --no-fund)
  fi
done

jobs=$(nproc)
# The normal build (build/mpyc) and a sanitizer build with clang (ASan+UBSan,
# libFuzzer targets) that the test suite also runs.
cmake -S . -B build -G Ninja -DMPYC_ASAN_DIR="$root/build-asan" >/dev/null
cmake --build build -j "$jobs"
CC=clang cmake -S . -B build-asan -G Ninja -DMPYC_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j "$jobs"

[ "${1:-}" = "--build-only" ] && exit 0

echo "== main job"
bash tools/main-job.sh
