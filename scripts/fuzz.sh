#!/usr/bin/env bash
# Fuzzes the Pabulib reader with libFuzzer (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) for a bounded time, seeded with the real .pb
# files in ../shared/pabulib. Not part of CI.
#
#   scripts/fuzz.sh [SECONDS]      (default 60)
#
# Needs clang++ with the libFuzzer runtime (Debian: clang, libclang-rt-dev).
# Crashes are written to build/fuzz/artifacts/; the grown corpus stays in
# build/fuzz/corpus/ for the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
out="$root/build/fuzz"
mkdir -p "$out/corpus" "$out/artifacts"
cxx=${CXX_FUZZ:-clang++}

sources=("$root"/shared/counting/*.cpp)
# Headers are "sammen/<feature>/...": a link named sammen to shared/.
mkdir -p "$out/include"
ln -sfn "$root/shared" "$out/include/sammen"
echo "fuzz: building with $cxx"
"$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$out/include" -I"$root/shared/counting" \
  "$root/fuzz/pabulib_reader_fuzzer.cpp" "${sources[@]}" -o "$out/pabulib_reader_fuzzer"

seeds="$root/../shared/pabulib"
if [ -d "$seeds" ]; then
  cp -n "$seeds"/*.pb "$out/corpus/" 2>/dev/null || true
fi

echo "fuzz: running for ${seconds}s"
cd "$out"
# -max_len covers whole small .pb files; big seeds are still read in full at start.
./pabulib_reader_fuzzer corpus -max_total_time="$seconds" -max_len=65536 \
  -artifact_prefix=artifacts/ -print_final_stats=1 -jobs=1 2>&1 | tail -n 25
