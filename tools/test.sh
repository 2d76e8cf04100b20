#!/usr/bin/env bash
# Runs the whole test suite (installs and builds first if needed). The last
# line is ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --build-only
cd build
# programs the tests build are cached here, not in the user's ~/.cache
export XDG_CACHE_HOME="$PWD/mpyc-cache"
ctest -j "$(nproc)" --output-on-failure --timeout 1800 "$@"
