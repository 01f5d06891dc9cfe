#!/usr/bin/env bash
# Scheduling benchmark: seeds 30 providers, 10 rooms and 5,040 appointments over 8 weeks into the
# running platform's scheduling database, then measures slot search (14-day window) p50/p99 and
# booking throughput with 32 concurrent clients (wrk, 25 s; the JDK client without wrk) against
# scheduling-service directly, and beside it
# pgbench single-row inserts on the same database, so the booking figure reads as a ratio of what
# the machine can do. Needs ./kap up. Usage: bench/scheduling-bench.sh [searches] [bookings]
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
SEARCHES=${1:-300}
BOOKINGS=${2:-3000}
URL="http://127.0.0.1:8081"
service_ready 8081 || die "scheduling-service is not running (./kap up)"

# A Monday four weeks ahead, so the whole 8 weeks lie in the future.
START=$(date -d "next monday + 4 weeks" +%F)
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d scheduling -v start="$START" \
  -f "$KAP_ROOT/bench/scheduling-seed.sql"

TOKEN=$(curl -fsS -d grant_type=password -d client_id=kap-app -d username=cora -d password=demo \
  "$KEYCLOAK_URL/realms/kap/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

# wrk (Debian's package) loads the booking side far more cheaply than a JVM client can.
if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  log "installing wrk (Debian package) for the booking load"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || log "wrk not installed; using the JDK client"
fi
if command -v wrk >/dev/null; then
  # Slot search with the JDK client; booking with wrk, which leaves the CPU to the platform.
  "$JAVA_BIN" "$KAP_ROOT/bench/SchedulingBench.java" "$URL" "$TOKEN" "$START" "$SEARCHES" 0 | grep slot_search
  PARAMS="$KAP_STATE/bench-params.lua"
  { echo "THREADS = 2"; echo "TOKEN = \"$TOKEN\""; echo "STARTS = {"
    for day in $(seq 0 55); do
      for hour in 14 15 16 17 18 19 20; do
        local_day=$(date -d "$START + $day days" +%F)
        echo "  \"$(date -u -d "TZ=\"America/Los_Angeles\" $local_day $hour:00" +%Y-%m-%dT%H:%M:%SZ)\","
      done
    done
    echo "}"; } >"$PARAMS"
  KAP_BENCH_PARAMS="$PARAMS" wrk -t2 -c32 -d"${WRK_SECONDS:-25}s" --latency \
    -s "$KAP_ROOT/bench/scheduling-book.lua" "$URL" | grep -E "Requests/sec|Non-2xx|requests in|50%|99%" \
    | sed 's/^/booking (wrk, 32 connections): /'
  echo "created=$(psql -X -qAt -h "$PG_HOST" -p "$PG_PORT" -U postgres -d scheduling -c \
    "SELECT count(*) FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1'
       AND booked_by <> '00000000-0000-0000-0000-000000000001'")"
else
  "$JAVA_BIN" "$KAP_ROOT/bench/SchedulingBench.java" "$URL" "$TOKEN" "$START" "$SEARCHES" "$BOOKINGS"
fi

double=$(psql -X -qAt -h "$PG_HOST" -p "$PG_PORT" -U postgres -d scheduling -c "
  SELECT count(*) FROM booking_hold a JOIN booking_hold b
    ON a.resource_id = b.resource_id AND a.resource_kind = b.resource_kind
   AND a.appointment_id < b.appointment_id AND a.during && b.during")
echo "double_bookings=$double"

# The machine's own figure: single-row inserts, 32 clients, on the same database.
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d scheduling \
  -c 'CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, at timestamptz DEFAULT now(), note text)'
echo "INSERT INTO bench_insert (note) VALUES ('x');" >"$KAP_STATE/pgbench-insert.sql"
pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U postgres -c 32 -j 2 -T 15 -f "$KAP_STATE/pgbench-insert.sql" scheduling \
  2>/dev/null | grep -E '^tps' | sed 's/^/pgbench_single_row_inserts: /'
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d scheduling -c 'DROP TABLE bench_insert'
