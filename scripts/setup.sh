#!/usr/bin/env bash
# Installs everything Sammen needs on a fresh Debian 12 machine, idempotently:
# Debian packages (with libjpeg-turbo, libpng and cmark for photos and
# Markdown), the Dear ImGui, SDL2 and libsodium *source* packages (into
# .cache/), SDL2 and libsodium built for WebAssembly (cached), and
# playwright-core and axe-core from npm.
# Nothing third-party is ever written outside .cache/ or node_modules/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"
mkdir -p "$cache"
export DEBIAN_FRONTEND=noninteractive

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(build-essential cmake ninja-build pkg-config libgtest-dev libbenchmark-dev
  libsqlite3-dev sqlite3 libsodium-dev libcpp-httplib-dev nlohmann-json3-dev
  libjpeg62-turbo-dev libpng-dev libcmark-dev
  emscripten chromium fonts-dejavu-core python3-fonttools curl dpkg-dev
  autoconf automake libtool)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_ apt-get update -qq
  sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian source packages for ImGui, SDL2 and libsodium (no deb-src in the
# system's list), each fetched once into .cache/src/<package>.
src="$cache/src"
sources=(imgui libsdl2 libsodium)
wanted=()
for p in "${sources[@]}"; do [ -d "$src/$p" ] || wanted+=("$p"); done
if [ ${#wanted[@]} -gt 0 ]; then
  mkdir -p "$src/lists/partial"
  cat > "$src/src.sources" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  APT=(-o Dir::Etc::SourceList="$src/src.sources" -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$src/lists")
  apt-get "${APT[@]}" update -qq
  for p in "${wanted[@]}"; do
    fetch="$src/fetch-$p"
    rm -rf "$fetch" && mkdir -p "$fetch"
    (cd "$fetch" && apt-get "${APT[@]}" source -qq "$p" >/dev/null 2>&1)
    mv "$fetch"/"$p"-*/ "$src/$p"
    rm -rf "$fetch"
  done
fi

# SDL2 for WebAssembly, built once per machine.
export NODE_PATH=/usr/share/nodejs
sdl="$cache/sdl2-wasm"
if [ ! -f "$sdl/lib/libSDL2.a" ]; then
  echo "setup: building SDL2 for WebAssembly (a few minutes, once)"
  rm -rf "$cache/sdl2-build"
  emcmake cmake -S "$src/libsdl2" -B "$cache/sdl2-build" -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$sdl" >/dev/null
  cmake --build "$cache/sdl2-build" -j"$(nproc)" >/dev/null
  cmake --install "$cache/sdl2-build" >/dev/null
fi

# libsodium for WebAssembly (the client's blinding of its one-time voting
# credential), built once per machine from the Debian source without
# assembly, threads or stack protector. Native builds use libsodium-dev.
sodium="$cache/libsodium-wasm"
if [ ! -f "$sodium/lib/libsodium.a" ]; then
  echo "setup: building libsodium for WebAssembly (a few minutes, once)"
  rm -rf "$cache/libsodium-build"
  cp -a "$src/libsodium" "$cache/libsodium-build"
  (cd "$cache/libsodium-build" \
    && ./autogen.sh -s >/dev/null 2>&1 \
    && emconfigure ./configure --host=wasm32-unknown-emscripten --disable-shared --enable-static \
         --without-pthreads --disable-ssp --disable-asm --prefix="$sodium" >/dev/null \
    && emmake make -j"$(nproc)" >/dev/null 2>&1 \
    && emmake make install >/dev/null)
  rm -rf "$cache/libsodium-build"
fi

# playwright-core drives Debian's Chromium in the browser tests; axe-core
# checks the HTML pages. Both at the versions package-lock.json pins.
for module in playwright-core axe-core; do
  if [ ! -d "$root/tests/browser/node_modules/$module" ]; then
    echo "setup: installing the browser tests' npm packages (package-lock.json)"
    (cd "$root/tests/browser" && npm ci --no-audit --no-fund --silent)
    break
  fi
done
echo "setup: ready"
