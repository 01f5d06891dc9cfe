#!/usr/bin/env bash
# Validates the API documents with their reference tools: the AsyncAPI event catalog with
# @asyncapi/cli. Installs the pinned tools (tools/package-lock.json) on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/tools"

if [[ ! -f "$TOOLS/node_modules/.package-lock.json" || "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
  echo "[kap] installing document validators (npm ci in tools/)" >&2
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi

asyncapi="$TOOLS/node_modules/.bin/asyncapi"
"$asyncapi" config analytics --disable >/dev/null 2>&1 || true
SUPPRESS_NO_CONFIG_WARNING=true "$asyncapi" validate "$ROOT/docs/asyncapi.yaml" --fail-severity=error
