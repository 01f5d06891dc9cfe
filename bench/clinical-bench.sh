#!/usr/bin/env bash
# Clinical record benchmark: seeds 10,000 clients and 200,000 vital-sign observations into the
# running platform's clinical database, then measures the chart summary read (GET
# /clients/{id}/summary as the clients' therapist, a random client per request, each read audited)
# with wrk: p50/p99 and throughput at 1 and at 8 connections. Goal: p99 < 50 ms.
# Needs clinical-record-service on 8082 (./kap up). Usage: bench/clinical-bench.sh [seconds]
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
SECONDS_PER_RUN=${1:-20}
URL="http://127.0.0.1:8082"
service_ready 8082 || die "clinical-record-service is not running (./kap up)"

started=$SECONDS
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d clinical -f "$KAP_ROOT/bench/clinical-seed.sql"
log "seeded in $((SECONDS - started)) s: $(psql -X -qAt -h "$PG_HOST" -p "$PG_PORT" -U postgres -d clinical -c \
  "SELECT count(*) || ' clients, ' || (SELECT count(*) FROM vital_reading) || ' vital readings' FROM client")"

if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  log "installing wrk (Debian package)"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || die "wrk could not be installed"
fi
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"

TOKEN=$(curl -fsS -d grant_type=password -d client_id=kap-app -d username=tess -d password=demo \
  "$KEYCLOAK_URL/realms/kap/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
SCRIPT="$KAP_STATE/clinical-summary.lua"
cat >"$SCRIPT" <<LUA
math.randomseed(os.time())
request = function()
  local n = math.random(1, 10000)
  local path = string.format("/clients/00000000-0000-4000-9100-%012d/summary", n)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer $TOKEN" })
end
LUA
# Warm-up, then the measured runs.
wrk -t1 -c2 -d5s -s "$SCRIPT" "$URL" >/dev/null
for connections in 1 8; do
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -s "$SCRIPT" "$URL" \
    | grep -E "Requests/sec|Non-2xx|50%|99%" | sed "s/^/chart summary ($connections connections): /"
done
