#!/usr/bin/env bash
# Builds the counting benchmark natively and as WebAssembly, runs both (the
# wasm one under node) and prints our time per rule on the largest shared
# Pabulib instances next to pabutools' recorded time, with the ratio. Then
# imports a 500,000-line voter roll through the real use case into a real
# SQLite file, beside a bare SQLite insert loop of the same rows (native).
# Then ballots through the real server over loopback with 1, 16 and 64
# clients, beside a bare SQLite loop of the same rows, one transaction each.
# Then, when both presets configure, the client's scrolling benchmark in
# headless Chromium (a district of 1,000 proposals;
# SAMMEN_BASELINE_CLIENT=<folder> adds an earlier build's figures and the ratios).
#
#   scripts/bench.sh            everything
#   scripts/bench.sh roll       the roll import only
#   scripts/bench.sh ballots    the ballots over loopback only
#
# Uses the native and wasm presets when the whole tree configures; otherwise
# builds only the counting library and the benchmark (bench/standalone).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

if [ "${1:-}" = roll ]; then
  cmake --preset native >/dev/null
  cmake --build build/native --target sammen-roll-bench -j2 >/dev/null
  exec build/native/bench/sammen-roll-bench
fi

if [ "${1:-}" = ballots ]; then
  cmake --preset native >/dev/null
  cmake --build build/native --target sammen-server sammen-ballot-bench -j2 >/dev/null
  exec build/native/bench/sammen-ballot-bench
fi

if cmake --preset native >/dev/null 2>&1; then
  cmake --build build/native --target sammen-counting-bench -j2 >/dev/null
  native=build/native/bench/sammen-counting-bench
else
  echo "bench: the native preset does not configure; building counting + bench alone"
  cmake -S bench/standalone -B build/bench-native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/bench-native -j2 >/dev/null
  native=build/bench-native/bench/sammen-counting-bench
fi

if cmake --preset wasm >/dev/null 2>&1; then
  cmake --build build/wasm --target sammen-counting-bench -j2 >/dev/null
  wasm=build/wasm/bench/sammen-counting-bench.js
else
  echo "bench: the wasm preset does not configure; building counting + bench alone"
  emcmake cmake -S bench/standalone -B build/bench-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/bench-wasm -j2 >/dev/null
  wasm=build/bench-wasm/bench/sammen-counting-bench.js
fi

status=0
"$native" || status=$?
echo
node "$wasm" || status=$?
if cmake --build build/native --target sammen-roll-bench -j2 >/dev/null 2>&1; then
  echo
  build/native/bench/sammen-roll-bench || status=$?
fi
if cmake --build build/native --target sammen-server sammen-ballot-bench -j2 >/dev/null 2>&1; then
  echo
  build/native/bench/sammen-ballot-bench || status=$?
fi

if [ -d build/native ] && [ -d build/wasm ]; then
  echo
  cmake --build build/wasm --target sammen-client -j2 >/dev/null
  cmake --build build/native --target sammen-server sammen-seed-large-district -j2 >/dev/null
  (cd build/native && ctest -R browser.bench_scroll_1000_proposals -V) | grep -E 'this build|baseline|ratio|PASS|FAIL' ||
    status=1
fi
exit $status
