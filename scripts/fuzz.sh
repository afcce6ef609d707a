#!/usr/bin/env bash
# Fuzzes outside input with libFuzzer (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) for a bounded time. Not part of CI.
#
#   scripts/fuzz.sh [SECONDS] [TARGET]     (default 60 s; every target)
#
# Targets (fuzz/<target>.cpp):
#   pabulib_reader_fuzzer  the Pabulib reader, seeded with ../shared/pabulib/*.pb
#   form_parser_fuzzer     the HTML path's form parser (server/core/form.h)
#   roll_reader_fuzzer     the voter roll's CSV reader, seeded with fuzz/roll_seeds/
#   credential_fuzzer      a receipt as typed, a blinded element's or proof's hex
#   proposal_body_fuzzer   the proposals API's JSON bodies and a stored proposal
#   photo_fuzzer           the photo codec (JPEG, PNG, EXIF orientation, re-encoding),
#                          seeded with pictures fuzz/photo_seeds.cpp makes
#   markdown_fuzzer        the Markdown renderer (cmark, safe HTML, plain text)
#
# Needs clang++ with the libFuzzer runtime (Debian: clang, libclang-rt-dev),
# and libjpeg-turbo, libpng and cmark (scripts/setup.sh installs them).
# Crashes are written to build/fuzz/<target>/artifacts/; the grown corpus
# stays in build/fuzz/<target>/corpus/ for the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
only=${2:-}
out="$root/build/fuzz"
cxx=${CXX_FUZZ:-clang++}
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)

# Headers are "sammen/<feature>/...": a link named sammen to shared/.
mkdir -p "$out/include"
ln -sfn "$root/shared" "$out/include/sammen"

# build TARGET SOURCES... ; run TARGET LIBFUZZER_FLAGS...
build() {
  local target=$1; shift
  mkdir -p "$out/$target/corpus" "$out/$target/artifacts"
  echo "fuzz: building $target with $cxx"
  "$cxx" "${flags[@]}" -I"$out/include" "$@" -o "$out/$target/$target"
}
run() {
  local target=$1; shift
  echo "fuzz: running $target for ${seconds}s"
  (cd "$out/$target" && "./$target" corpus -max_total_time="$seconds" \
    -artifact_prefix=artifacts/ -print_final_stats=1 -jobs=1 "$@" 2>&1 | tail -n 25)
}

if [ -z "$only" ] || [ "$only" = pabulib_reader_fuzzer ]; then
  build pabulib_reader_fuzzer -I"$root/shared/counting" \
    "$root/fuzz/pabulib_reader_fuzzer.cpp" "$root"/shared/counting/*.cpp
  seeds="$root/../shared/pabulib"
  if [ -d "$seeds" ]; then
    cp -n "$seeds"/*.pb "$out/pabulib_reader_fuzzer/corpus/" 2>/dev/null || true
  fi
  # -max_len covers whole small .pb files; big seeds are still read in full at start.
  run pabulib_reader_fuzzer -max_len=65536
fi

if [ -z "$only" ] || [ "$only" = form_parser_fuzzer ]; then
  build form_parser_fuzzer -I"$root/server" \
    "$root/fuzz/form_parser_fuzzer.cpp" "$root/server/core/form.cpp" "$root/server/core/utf8.cpp"
  corpus="$out/form_parser_fuzzer/corpus"
  printf 'csrf=ab12&p=leksekafe&p=gapahuk' > "$corpus/seed-ballot"
  printf 'voter_code=ELV-4K7M-Q2&p=%%C3%%B8st+byen' > "$corpus/seed-code"
  printf 'a=%%zz&=x&&b' > "$corpus/seed-bad"
  run form_parser_fuzzer -max_len=20000
fi

if [ -z "$only" ] || [ "$only" = roll_reader_fuzzer ]; then
  # The roll reader, and what its problems are said with (every feature's catalog).
  build roll_reader_fuzzer -I"$root/shared/counting" "$root/fuzz/roll_reader_fuzzer.cpp" \
    "$root"/shared/core/*.cpp "$root"/shared/*/messages_*.cpp "$root"/shared/*/screen_messages*.cpp \
    "$root"/shared/rolls/csv.cpp "$root"/shared/rolls/roll.cpp "$root"/shared/processes/municipality.cpp
  cp -n "$root"/fuzz/roll_seeds/* "$out/roll_reader_fuzzer/corpus/" 2>/dev/null || true
  run roll_reader_fuzzer -max_len=16384
fi

if [ -z "$only" ] || [ "$only" = credential_fuzzer ]; then
  build credential_fuzzer "$root/fuzz/credential_fuzzer.cpp" "$root"/shared/credentials/bytes.cpp \
    "$root"/shared/credentials/receipt.cpp "$root"/shared/credentials/voprf.cpp -lsodium
  corpus="$out/credential_fuzzer/corpus"
  printf 'C8R4-2M7K-0QZ1-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD' > "$corpus/seed-receipt"
  printf 'c803e2cc6b05fc15064549b5920659ca4a77b2cca6f04f6b357009335476ad4e' > "$corpus/seed-element"
  run credential_fuzzer -max_len=4096
fi

if [ -z "$only" ] || [ "$only" = proposal_body_fuzzer ]; then
  # The decoders, the model's checks of a draft, and every catalog they say problems with.
  build proposal_body_fuzzer -I"$root/shared/counting" "$root/fuzz/proposal_body_fuzzer.cpp" \
    "$root"/shared/core/*.cpp "$root"/shared/*/messages_*.cpp "$root"/shared/*/screen_messages*.cpp \
    "$root"/shared/proposals/*.cpp "$root"/shared/processes/*.cpp "$root"/shared/people/*.cpp \
    "$root"/shared/setup/*.cpp "$root"/shared/results/*.cpp "$root"/shared/ballots/*.cpp \
    "$root"/shared/counting/*.cpp
  corpus="$out/proposal_body_fuzzer/corpus"
  printf '{"version":1,"title":"Sykkeltaxi","description":"<script>x</script>","district_id":"nord","cost":150,"production":"municipal"}' > "$corpus/seed-draft"
  printf '{"version":1,"based_on":3,"title":"x","cost":-1}' > "$corpus/seed-save"
  printf '{"version":1,"process_id":"p","id":"i-1","version_of_text":1,"stage":"draft","text":{},"supporters":[1,2]}' > "$corpus/seed-idea"
  run proposal_body_fuzzer -max_len=8192
fi

if [ -z "$only" ] || [ "$only" = photo_fuzzer ]; then
  photos="$root/server/photos"
  build photo_fuzzer -I"$root/server" "$root/fuzz/photo_fuzzer.cpp" "$photos/reencode.cpp" \
    "$photos/jpeg.cpp" "$photos/png.cpp" "$photos/downscale.cpp" "$photos/exif.cpp" \
    "$photos/image.cpp" "$root/shared/photos/photo.cpp" -ljpeg -lpng
  # The first inputs are made, not kept: small pictures of every kind the codec reads.
  "$cxx" -std=c++20 -O1 -I"$root/tests/photos" "$root/fuzz/photo_seeds.cpp" \
    "$root/tests/photos/images.cpp" -ljpeg -lpng -lz -o "$out/photo_fuzzer/photo_seeds"
  "$out/photo_fuzzer/photo_seeds" "$out/photo_fuzzer/corpus"
  # Sizes up to 40 megapixels are real work, so -rss_limit_mb leaves room for one.
  run photo_fuzzer -max_len=65536 -rss_limit_mb=4096 -timeout=30
fi

if [ -z "$only" ] || [ "$only" = markdown_fuzzer ]; then
  build markdown_fuzzer -I"$root/server" "$root/fuzz/markdown_fuzzer.cpp" \
    "$root/server/core/markdown.cpp" "$root/server/core/html.cpp" "$root/server/core/utf8.cpp" \
    "$root/shared/core/language.cpp" -lcmark
  corpus="$out/markdown_fuzzer/corpus"
  printf '# Tittel\n\nHei *alle*, se [planen](https://example.no) og ![bilde](x.png).\n\n- en\n  1. to\n' > "$corpus/seed-text"
  printf '<script>alert(1)</script>\n\n[x](&#106;avascript:alert(1)) <b onerror=x>' > "$corpus/seed-html"
  printf '> > > - [ ] `kode` **fet** _skr\xe5_\n```\nblokk\n```\n' > "$corpus/seed-nesting"
  run markdown_fuzzer -max_len=40000 -timeout=10
fi
