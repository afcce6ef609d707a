#!/usr/bin/env bash
# Fuzzes the readers of outside input with libFuzzer (clang, AddressSanitizer
# and UndefinedBehaviorSanitizer) for a bounded time each:
#   pabulib  the Pabulib .pb reader, seeded with the real files in ../shared/pabulib
#   roll     the voter roll's CSV reader, seeded with fuzz/roll_seeds/
# Not part of CI.
#
#   scripts/fuzz.sh [SECONDS] [pabulib|roll|all]      (default 60 all: 60 s each)
#
# Needs clang++ with the libFuzzer runtime (Debian: clang, libclang-rt-dev).
# Crashes are written to build/fuzz/<target>/artifacts/; the grown corpus
# stays in build/fuzz/<target>/corpus/ for the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
which=${2:-all}
out="$root/build/fuzz"
cxx=${CXX_FUZZ:-clang++}
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)

# Headers are "sammen/<feature>/...": a link named sammen to shared/.
mkdir -p "$out/include"
ln -sfn "$root/shared" "$out/include/sammen"

# fuzz TARGET MAX_LEN SEEDS... : builds fuzz/TARGET_fuzzer.cpp with the sources
# in $sources and runs it from its corpus, seeded with SEEDS.
fuzz() {
  local target=$1 max_len=$2
  shift 2
  local dir="$out/$target"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  echo "fuzz: building $target with $cxx"
  "$cxx" "${flags[@]}" -I"$out/include" -I"$root/shared/counting" \
    "$root/fuzz/${target}_reader_fuzzer.cpp" "${sources[@]}" -o "$dir/fuzzer"
  for seed in "$@"; do
    cp -n "$seed" "$dir/corpus/" 2>/dev/null || true
  done
  echo "fuzz: running $target for ${seconds}s"
  (cd "$dir" && ./fuzzer corpus -max_total_time="$seconds" -max_len="$max_len" \
    -artifact_prefix=artifacts/ -print_final_stats=1 -jobs=1 2>&1 | tail -n 25)
}

if [ "$which" = pabulib ] || [ "$which" = all ]; then
  sources=("$root"/shared/counting/*.cpp)
  # -max_len covers whole small .pb files; big seeds are still read in full at start.
  fuzz pabulib 65536 "$root"/../shared/pabulib/*.pb
fi
if [ "$which" = roll ] || [ "$which" = all ]; then
  # The roll reader, and what its problems are said with (every feature's catalog).
  sources=("$root"/shared/core/*.cpp
           "$root"/shared/{processes,ballots,results,people,setup,rolls}/messages_*.cpp
           "$root"/shared/rolls/csv.cpp "$root"/shared/rolls/roll.cpp
           "$root"/shared/processes/municipality.cpp)
  fuzz roll 16384 "$root"/fuzz/roll_seeds/*
fi
