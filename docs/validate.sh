#!/usr/bin/env bash
# Validates the API documents with their reference tools: the AsyncAPI event catalog with
# @asyncapi/cli (pinned in tools/, installed by tools/run.sh on first use).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/tools/run.sh"

"$RUN" asyncapi config analytics --disable >/dev/null 2>&1 || true
SUPPRESS_NO_CONFIG_WARNING=true "$RUN" asyncapi validate "$ROOT/docs/asyncapi.yaml" --fail-severity=error
