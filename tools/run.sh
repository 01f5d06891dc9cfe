#!/usr/bin/env bash
# Runs one of the pinned document and client tools of tools/ (package-lock.json), installing them
# first when node_modules is missing or older than the lock file.
# Usage: tools/run.sh TOOL [ARGS...]   e.g. tools/run.sh tsc -p api-contract/src/main/typescript
set -euo pipefail
TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool=${1:?usage: tools/run.sh TOOL [ARGS...]}
shift

if [[ ! -f "$TOOLS/node_modules/.package-lock.json" || "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
  echo "[kap] installing the pinned tools (npm ci in tools/)" >&2
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec "$TOOLS/node_modules/.bin/$tool" "$@"
