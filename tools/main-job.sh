#!/usr/bin/env bash
# The README's main job: what a new user sees after setup.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "\$ build/mpyc parse --dump-ast examples/hello.py"
build/mpyc parse --dump-ast examples/hello.py
