#!/usr/bin/env bash
# Quick start, command 2: installs what is needed, builds everything and runs
# every test (model, counting conformance, server over loopback, browser) under
# ctest, whose closing summary counts them all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
bash scripts/build.sh
ctest --preset native -j"$(nproc)"
