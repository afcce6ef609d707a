#!/usr/bin/env bash
# Quick start, command 1: installs what is needed, builds the server and the
# browser client, and runs Sammen on http://localhost:8080 with the demo
# municipality (seeded into an empty store on first start).
#   SAMMEN_PORT  port to listen on (default 8080)
#   SAMMEN_DB    SQLite file (default data/sammen.sqlite)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
bash scripts/build.sh sammen-server

mkdir -p data
token_file=data/admin-token
if [ ! -s "$token_file" ]; then
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$token_file")
fi
echo "Administrator token (for close/publish): $(cat "$token_file")  (kept in $token_file)"
exec build/native/server/sammen-server \
  --db "${SAMMEN_DB:-data/sammen.sqlite}" \
  --host 127.0.0.1 --port "${SAMMEN_PORT:-8080}" \
  --web web --client build/wasm/client \
  --admin-token "$(cat "$token_file")"
