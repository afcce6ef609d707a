#!/usr/bin/env bash
# Builds both presets: the WebAssembly client (wasm) and the native server,
# tools and tests (native). Pass native targets to build only those.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
jobs=$(nproc)

cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$jobs"

cmake --preset native >/dev/null
if [ $# -gt 0 ]; then
  cmake --build --preset native -j"$jobs" --target "$@"
else
  cmake --build --preset native -j"$jobs"
fi
