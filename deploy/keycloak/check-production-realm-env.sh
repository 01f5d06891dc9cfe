#!/usr/bin/env bash
# Run before Keycloak imports kap-realm-production.json (kc.sh start --import-realm, or kc.sh import).
# Keycloak replaces each ${VAR} of the file from its environment at import, but leaves an unset one
# as the literal text: a client secret would then be the guessable "${KAP_..._SECRET}". This check
# refuses, naming every variable the file uses that is unset, every *_SECRET shorter than 32
# characters and every address with a wildcard or plain http.
# Usage: deploy/keycloak/check-production-realm-env.sh [realm file] && kc.sh start --import-realm
set -euo pipefail

REALM_FILE="${1:-$(dirname "${BASH_SOURCE[0]}")/kap-realm-production.json}"
[[ -f "$REALM_FILE" ]] || { echo "no realm file $REALM_FILE" >&2; exit 2; }

problems=()
while read -r name; do
  value="${!name:-}"
  if [[ -z "$value" ]]; then
    problems+=("$name is not set")
  elif [[ "$name" == *_SECRET && ${#value} -lt 32 ]]; then
    problems+=("$name is shorter than 32 characters")
  elif [[ "$name" != *_SECRET && ( "$value" == *'*'* || "$value" == http://* ) ]]; then
    problems+=("$name is not an exact https address: $value")
  fi
done < <(grep -o '\${[A-Z][A-Z0-9_]*}' "$REALM_FILE" | tr -d '${}' | sort -u)

if ((${#problems[@]})); then
  printf 'refusing to import %s:\n' "$REALM_FILE" >&2
  printf '  %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "every placeholder of $REALM_FILE is set"
