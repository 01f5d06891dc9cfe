#!/usr/bin/env bash
# Reminder benchmark: N clients (default 10,000) each have a reminder due in the same minute on
# e-mail, SMS and in-app. R replicas of notification-service (default 2, packaged jar, their own
# database notification_bench, ports 8094..) send them to the real SMTP server (GreenMail) and the
# SMS provider stand-in (WireMock). Measures the time from the minute's start until the last one
# is sent, and checks there are no duplicates: every delivery SENT once, one SMS request per
# number, one e-mail per address. Needs PostgreSQL, Kafka and Keycloak running (./kap up or the
# infrastructure scripts); starts GreenMail and WireMock if they are not.
# Before the measured minute, 1,000 warm-up clients are sent (a cold JVM compiles while it works).
# Usage: bench/notification-bench.sh [clients] [replicas]
#   KAP_BENCH_CHANNELS=EMAIL,SMS,IN_APP   channels of each reminder
#   KAP_BENCH_SPREAD=60                   due times spread over this many seconds (0: all at once)
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
N=${1:-10000}
REPLICAS=${2:-2}
DB=notification_bench
JAR="$KAP_ROOT/notification-service/target/quarkus-app/quarkus-run.jar"
CHANNELS=${KAP_BENCH_CHANNELS:-EMAIL,SMS,IN_APP}
WARMUP=${KAP_BENCH_WARMUP:-1000}
SPREAD=${KAP_BENCH_SPREAD:-60}
RUN=$(printf '%03d' $((RANDOM % 1000)))
WARM_RUN=$(printf '%03d' $(( (10#$RUN + 1) % 1000 )))
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres)

port_open "$KAFKA_PORT" || die "Kafka is not running (./kap up, or deploy/local/kafka.sh start)"
port_open "$KEYCLOAK_PORT" || die "Keycloak is not running (./kap up, or deploy/local/keycloak.sh start)"
bash "$KAP_ROOT/deploy/local/greenmail.sh" start
bash "$KAP_ROOT/deploy/local/wiremock.sh" start
# GreenMail keeps every message and every mailbox in memory, and its cost per message grows with
# the number of mailboxes (11 ms at 20,000, 1.5 ms empty); WireMock's cost per request grows with
# its journal. Both start empty (this also empties what tests left there).
curl -fsS -X POST "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/reset" >/dev/null
curl -fsS -X DELETE "http://127.0.0.1:$WIREMOCK_PORT/__admin/requests" >/dev/null
if [[ ! -f "$JAR" ]]; then
  log "packaging notification-service"
  (cd "$KAP_ROOT" && mvn -B -q package -DskipTests -Dspotless.check.skip=true \
    -pl notification-service -am) >"$KAP_LOGS/bench-build.log" 2>&1 || die "build failed"
fi
if [[ -z $("${PSQL[@]}" -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB OWNER notification"
fi

q() { "${PSQL[@]}" -d "$DB" -qAt -c "$1"; }
# Earlier benchmark rows go before the replicas start (on the first run there is no schema yet).
q "TRUNCATE inbox_item, delivery, alert, recipient CASCADE" 2>/dev/null || true

stop_replicas() { for i in $(seq 1 "$REPLICAS"); do stop_recorded "notification-bench-$i"; done; }
trap stop_replicas EXIT
service_environment notification-service # local secrets and addresses (common.sh); KAP_DB_URL below wins
for i in $(seq 1 "$REPLICAS"); do
  port=$((8093 + i))
  port_open "$port" && die "port $port is in use"
  port_open "$(management_port "$port")" && die "port $(management_port "$port") is in use"
  # Own consumer groups starting at the end of the topics: the benchmark never takes the
  # platform's events, and old test events do not flood its database. The replicas connect as
  # notification-service's own Kafka principal, which may use only groups named
  # notification-service.* (deploy/local/kafka/acls.txt): hence notification-service.bench-<run>.
  KAP_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" KAP_KAFKA_USER=notification-service \
    KAP_KAFKA_PASSWORD="$(kafka_password notification-service)" start_detached "notification-bench-$i" \
    "$KAP_LOGS/notification-bench-$i.log" "$JAVA_BIN" -XX:+UseSerialGC -Xms64m -Xmx384m \
    -Dquarkus.http.port="$port" -Dquarkus.management.port="$(management_port "$port")" \
    -Dquarkus.log.console.json.enabled=false \
    -Dkap.notifications.dispatch-every=1s \
    -Dmp.messaging.incoming.clinical-events.group.id="notification-service.bench-$RUN" \
    -Dmp.messaging.incoming.scheduling-events.group.id="notification-service.bench-$RUN" \
    -Dmp.messaging.incoming.clinical-events.auto.offset.reset=latest \
    -Dmp.messaging.incoming.scheduling-events.auto.offset.reset=latest \
    -jar "$JAR"
done
for i in $(seq 1 "$REPLICAS"); do
  wait_until 90 "notification-service replica $i" service_ready $((8093 + i))
done

seed() {
  "${PSQL[@]}" -d "$DB" -v n="$1" -v due="$2" -v run="$3" -v channels="$CHANNELS" -v spread="${4:-0}" \
    -f "$KAP_ROOT/bench/notification-seed.sql"
}
NCHANNELS=$(tr ',' '\n' <<<"$CHANNELS" | wc -l)

if ((WARMUP > 0)); then
  log "warming up: $WARMUP clients x $NCHANNELS channels due now"
  seed "$WARMUP" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$WARM_RUN"
  warm_deadline=$((SECONDS + 300))
  until [[ $(q "SELECT count(*) FROM delivery WHERE status <> 'SENT'
               AND source_event_id LIKE 'bench-$WARM_RUN-%'") -eq 0 ]]; do
    ((SECONDS < warm_deadline)) || die "warm-up not sent after 300 s"
    sleep 1
  done
fi

# The next minute that leaves at least 20 s to seed.
DUE=$(date -u -d "@$(( ($(date +%s) + 80) / 60 * 60 ))" +%Y-%m-%dT%H:%M:%SZ)
log "seeding $N clients x $NCHANNELS channels, reminders due in the minute starting $DUE (run $RUN)"
seed "$N" "$DUE" "$RUN" "$SPREAD"
TOTAL=$((N * NCHANNELS))
BENCH="source_event_id LIKE 'bench-$RUN-%'"
deadline=$(( $(date -d "$DUE" +%s) + 60 + 180 ))
until [[ $(q "SELECT count(*) FROM delivery WHERE status IN ('SENT', 'DEAD') AND $BENCH") -ge $TOTAL ]]; do
  (( $(date +%s) < deadline )) || { log "not all sent after the deadline"; break; }
  sleep 1
done

echo "clients=$N channels=$CHANNELS replicas=$REPLICAS deliveries=$TOTAL due over ${SPREAD}s (after $WARMUP warm-up clients)"
q "SELECT 'status ' || status || '=' || count(*) FROM delivery WHERE $BENCH GROUP BY status ORDER BY status"
q "SELECT 'seconds from the minute''s start to the last sent = '
     || round(extract(epoch FROM max(sent_at) - '$DUE'::timestamptz)::numeric, 1)
     || ', longest wait after due = ' || round(extract(epoch FROM max(sent_at - due_at))::numeric, 1)
     || ' s, median wait = '
     || round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY sent_at - due_at))::numeric, 2)
     || ' s' FROM delivery WHERE status = 'SENT' AND $BENCH"
q "SELECT 'per channel: ' || string_agg(channel || ' last at +' ||
     round(extract(epoch FROM last - '$DUE'::timestamptz)::numeric, 1) || ' s', ', ')
   FROM (SELECT channel, max(sent_at) AS last FROM delivery WHERE $BENCH GROUP BY channel) c"
q "SELECT 'sent per second, by 10 s from the minute''s start: ' || string_agg(n::text, ' ' ORDER BY b)
   FROM (SELECT floor(extract(epoch FROM sent_at - '$DUE'::timestamptz) / 10) AS b, count(*) / 10 AS n
         FROM delivery WHERE $BENCH AND status = 'SENT' GROUP BY 1) x"
q "SELECT 'inbox items=' || count(*) || ', deliveries with more than one item=' ||
     (SELECT count(*) FROM (SELECT delivery_id FROM inbox_item GROUP BY delivery_id HAVING count(*) > 1) d)
   FROM inbox_item"
sms=$(curl -fsS -X POST "http://127.0.0.1:$WIREMOCK_PORT/__admin/requests/count" \
  -d "{\"method\":\"POST\",\"urlPathPattern\":\"/2010-04-01/Accounts/[^/]+/Messages.json\",\"bodyPatterns\":[{\"contains\":\"To=%2B1998$RUN\"}]}" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["count"])')
echo "SMS requests received by the provider stand-in=$sms (expected $N)"
python3 - "$N" "$RUN" "$GREENMAIL_API_PORT" <<'PY'
import http.client, json, sys
n, run, port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
counts = {}
for i in range(1, n + 1):
    # One connection per request: GreenMail's API server with keep-alive waits ~40 ms per answer.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", f"/api/user/bench-{run}-{i}@bench.kapcare.org/messages/INBOX",
                 headers={"Connection": "close"})
    r = conn.getresponse()
    body = r.read()
    conn.close()
    c = len(json.loads(body)) if r.status == 200 else 0
    counts[c] = counts.get(c, 0) + 1
print("e-mails per address (count: addresses) =", dict(sorted(counts.items())))
PY
