#!/usr/bin/env bash
# Gateway overhead: the same authenticated GET sent straight to a service and through the gateway,
# with wrk. Two requests (KAP_BENCH_REQUEST):
#   types   (default) scheduling's appointment types as cora: a token check and a small database
#           read, about the cheapest authenticated request the platform answers;
#   summary a client's chart summary from clinical-record-service as the client's therapist (tess):
#           the access policy, several reads and an audit entry written per read — what the
#           clinical apps mostly do. Seeds the clinical benchmark's clients when they are missing.
# Starts its own gateway from gateway/target/quarkus-app on a spare port, with rate limits so high
# they never refuse (the limiter still runs on every request), so the platform's gateway and its
# limits stay untouched. Rounds alternate direct/gateway to spread the machine's noise over both.
# Goals: p50 overhead < 2 ms (1 connection), throughput >= 80 % of direct (16 connections).
# Needs the platform running (./kap up) and the gateway packaged (mvn -pl gateway package -DskipTests).
# Usage: [KAP_BENCH_REQUEST=types|summary] bench/gateway-bench.sh [seconds per run] [rounds]
#   GATEWAY_BENCH_PORT (default 18080, its management interface on that + 1000); KAP_BENCH_GATEWAY_OPTS: extra JVM options for the bench
#   gateway (e.g. a flight recording: -XX:StartFlightRecording=filename=gw.jfr,settings=profile, or
#   -Dkap.gateway.edge.token-cache.enabled=false to compare without the token cache).
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
SECONDS_PER_RUN=${1:-15}
ROUNDS=${2:-2}
PORT=${GATEWAY_BENCH_PORT:-18080}
GATEWAY="http://127.0.0.1:$PORT"
GATEWAY_MANAGEMENT="http://127.0.0.1:$(management_port "$PORT")"
APP="$KAP_ROOT/gateway/target/quarkus-app/quarkus-run.jar"
case "${KAP_BENCH_REQUEST:-types}" in
  types)
    ROUTE=scheduling DIRECT="http://127.0.0.1:8081" USER_NAME=cora
    PATH_QUERY="/appointment-types?limit=50" ;;
  summary)
    ROUTE=records DIRECT="http://127.0.0.1:8082" USER_NAME=tess
    PATH_QUERY="/clients/00000000-0000-4000-9100-000000000001/summary" ;;
  *) die "KAP_BENCH_REQUEST is types or summary" ;;
esac

url_ok "http://127.0.0.1:$(management_port "${DIRECT##*:}")/q/health/live" || die "the $ROUTE service is not running at $DIRECT (./kap up)"
SERVICE_PID=$(ss -Hltnp "sport = :${DIRECT##*:}" | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)
[[ -n "$SERVICE_PID" ]] || die "no process listens on ${DIRECT##*:}"
if [[ $ROUTE == records ]] && [[ $(psql -X -qAt -h "$PG_HOST" -p "$PG_PORT" -U postgres -d clinical \
    -c "SELECT count(*) FROM client WHERE id = '00000000-0000-4000-9100-000000000001'") != 1 ]]; then
  log "seeding the clinical benchmark's clients"
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d clinical -f "$KAP_ROOT/bench/clinical-seed.sql"
fi
[[ -f "$APP" ]] || die "gateway not packaged: mvn -B -pl gateway package -DskipTests"
if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  log "installing wrk (Debian package)"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1
fi
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"

TOKEN=$(curl -fsS -d grant_type=password -d client_id=kap-app -d username="$USER_NAME" -d password=demo \
  "$KEYCLOAK_URL/realms/kap/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
[[ -n "$TOKEN" ]] || die "no token from Keycloak at $KEYCLOAK_URL"

mkdir -p "$KAP_LOGS"
GATEWAY_LOG="$KAP_LOGS/gateway-bench.log"
service_environment gateway # the local platform's secrets and addresses (common.sh)
# shellcheck disable=SC2086 # KAP_BENCH_GATEWAY_OPTS: extra -D options, e.g. to switch a feature off
"$JAVA_BIN" -XX:+UseSerialGC -Xms64m -Xmx384m ${KAP_BENCH_GATEWAY_OPTS:-} \
  -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.port="$(management_port "$PORT")" \
  -Dkap.gateway.routes."$ROUTE".target="$DIRECT" \
  -Dkap.gateway.rate-limits.per-user.per-second=1000000 \
  -Dkap.gateway.rate-limits.per-user.burst=1000000 \
  -Dquarkus.log.level=WARN \
  -jar "$APP" >"$GATEWAY_LOG" 2>&1 &
GATEWAY_PID=$!
trap 'kill "$GATEWAY_PID" 2>/dev/null; wait "$GATEWAY_PID" 2>/dev/null' EXIT
for _ in $(seq 1 120); do
  url_ok "$GATEWAY_MANAGEMENT/q/health/live" && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || die "the bench gateway did not start; see $GATEWAY_LOG"
  sleep 0.5
done
url_ok "$GATEWAY_MANAGEMENT/q/health/live" || die "the bench gateway did not become live; see $GATEWAY_LOG"

status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1"; }
[[ $(status "$DIRECT$PATH_QUERY") == 200 ]] || die "direct request refused: $DIRECT$PATH_QUERY"
[[ $(status "$GATEWAY/api/$ROUTE$PATH_QUERY") == 200 ]] || die "gateway request refused"

# wrk prints latencies as 812.00us, 1.23ms or 1.02s: in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
    else printf "nan" }'
}

# CPU time a process has used so far, in clock ticks (user + system), and its system part alone.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
sys_ticks() { awk '{ print $15 }' "/proc/$1/stat"; }
TICK_US=$(( 1000000 / $(getconf CLK_TCK) ))

# One wrk run: prints "p50_ms p99_ms requests_per_second non_2xx requests gateway_ticks
# service_ticks gateway_system_ticks".
run() {
  local url=$1 connections=$2 out g0 s0 k0
  g0=$(cpu_ticks "$GATEWAY_PID"); s0=$(cpu_ticks "$SERVICE_PID"); k0=$(sys_ticks "$GATEWAY_PID")
  out=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${SECONDS_PER_RUN}s" --latency \
    -H "Authorization: Bearer $TOKEN" "$url")
  local gt=$(( $(cpu_ticks "$GATEWAY_PID") - g0 )) st=$(( $(cpu_ticks "$SERVICE_PID") - s0 ))
  local kt=$(( $(sys_ticks "$GATEWAY_PID") - k0 ))
  local p50 p99 rps errors requests
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  echo "$(to_ms "$p50") $(to_ms "$p99") ${rps:-0} ${errors:-0} ${requests:-0} $gt $st $kt"
}

# Warm both paths (JIT, connection pools) before measuring: the service has run for a while, the
# bench gateway has just started, and a cold JVM would be charged for its compiler's work.
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$DIRECT$PATH_QUERY" >/dev/null
wrk -t2 -c16 -d20s -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/$ROUTE$PATH_QUERY" >/dev/null

log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a D1 G1 D16 G16
for round in $(seq 1 "$ROUNDS"); do
  D1+=("$(run "$DIRECT$PATH_QUERY" 1)")
  G1+=("$(run "$GATEWAY/api/$ROUTE$PATH_QUERY" 1)")
  D16+=("$(run "$DIRECT$PATH_QUERY" 16)")
  G16+=("$(run "$GATEWAY/api/$ROUTE$PATH_QUERY" 16)")
  log "round $round of $ROUNDS done"
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Medians over the rounds of one field (1 p50, 2 p99, 3 rps, 4 non-2xx).
median() {
  local field=$1; shift
  printf '%s\n' "$@" | awk -v f="$field" '{ print $f }' | sort -g |
    awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

d1=$(median 1 "${D1[@]}"); g1=$(median 1 "${G1[@]}")
d1p99=$(median 2 "${D1[@]}"); g1p99=$(median 2 "${G1[@]}")
d16=$(median 3 "${D16[@]}"); g16=$(median 3 "${G16[@]}")
d16p50=$(median 1 "${D16[@]}"); g16p50=$(median 1 "${G16[@]}")
errors=$(printf '%s\n' "${D1[@]}" "${G1[@]}" "${D16[@]}" "${G16[@]}" | awk '{ s += $4 } END { print s + 0 }')

echo "request: GET $PATH_QUERY ($ROUTE) as $USER_NAME, ${SECONDS_PER_RUN}s per run, $ROUNDS rounds (medians)"
echo "1 connection:   direct p50 ${d1} ms p99 ${d1p99} ms | gateway p50 ${g1} ms p99 ${g1p99} ms"
echo "16 connections: direct ${d16} req/s (p50 ${d16p50} ms) | gateway ${g16} req/s (p50 ${g16p50} ms)"
awk -v d="$d1" -v g="$g1" 'BEGIN { o = g - d; printf "p50 overhead (1 connection): %.3f ms (goal < 2 ms) %s\n", o, (o < 2 ? "OK" : "MISSED") }'
awk -v d="$d16" -v g="$g16" 'BEGIN { r = (d > 0 ? 100 * g / d : 0); printf "throughput through the gateway: %.1f %% of direct (goal >= 80 %%) %s\n", r, (r >= 80 ? "OK" : "MISSED") }'
echo "non-2xx answers: $errors"
echo "token verifications skipped at the edge (remembered tokens): $(curl -fsS "$GATEWAY_MANAGEMENT/q/metrics" |
  awk '/^kap_gateway_edge_verified_token_hits_total/ { printf "%d", $2 }')"
# CPU per request, from the 16-connection runs: robust where the machine's noise moves req/s.
sum_field() { local f=$1; shift; printf '%s\n' "$@" | awk -v f="$f" '{ s += $f } END { print s + 0 }'; }
awk -v us="$TICK_US" \
  -v dn="$(sum_field 5 "${D16[@]}")" -v ds="$(sum_field 7 "${D16[@]}")" \
  -v gn="$(sum_field 5 "${G16[@]}")" -v gg="$(sum_field 6 "${G16[@]}")" -v gs="$(sum_field 7 "${G16[@]}")" \
  -v gk="$(sum_field 8 "${G16[@]}")" \
  'BEGIN {
    svc = (dn > 0 ? ds * us / dn : 0); gw = (gn > 0 ? gg * us / gn : 0); svcg = (gn > 0 ? gs * us / gn : 0)
    gwk = (gn > 0 ? gk * us / gn : 0)
    printf "CPU per request: service %.0f us direct, %.0f us behind the gateway; gateway %.0f us, %.0f us of it in the kernel (%.0f %% of the service)\n", svc, svcg, gw, gwk, (svc > 0 ? 100 * gw / svc : 0)
  }'
