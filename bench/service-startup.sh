#!/usr/bin/env bash
# Per-service start-up figures, one service at a time on an otherwise idle machine:
# time from `java -jar quarkus-run.jar` to a ready /q/health/ready (management port), and RSS after the first
# authenticated request. Needs the infrastructure (./kap up, or at least PostgreSQL, Kafka and
# Keycloak) and packaged services; stops the platform's services first. Prints a Markdown table.
# Usage: bench/service-startup.sh [runs per service, default 3]
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
RUNS=${1:-3}

bash "$KAP_ROOT/deploy/local/services.sh" stop >/dev/null 2>&1 || true
TOKEN=$(curl -fsS -d grant_type=password -d client_id=kap-app -d username=adam -d password=demo \
  "$KEYCLOAK_URL/realms/kap/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

measure() { # service port path
  local svc=$1 port=$2 path=$3 start ready pid rss
  service_environment "$svc" # the local platform's secrets and addresses (common.sh)
  start=$(date +%s%N)
  KAP_KAFKA_USER="$svc" KAP_KAFKA_PASSWORD="$(kafka_password "$svc")" \
    "$JAVA_BIN" -XX:+UseSerialGC -Xms64m -Xmx384m -jar "$KAP_ROOT/$svc/target/quarkus-app/quarkus-run.jar" \
    >"$KAP_LOGS/bench-$svc.log" 2>&1 &
  pid=$!
  until service_ready "$port"; do sleep 0.05; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$path"
  rss=$(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ready $rss"
}

echo "| service | time to ready (ms, median of $RUNS) | RSS after first request (MB, median) |"
echo "|---|---|---|"
for entry in scheduling-service:8081:/providers/00000000-0000-0000-0000-000000000000 \
             clinical-record-service:8082:/clients/00000000-0000-0000-0000-000000000000 \
             notification-service:8083:/recipients/00000000-0000-0000-0000-000000000000 \
             gateway:8080:/api/openapi.json; do
  IFS=: read -r svc port path <<<"$entry"
  times=(); rsss=()
  for _ in $(seq "$RUNS"); do
    read -r t r < <(measure "$svc" "$port" "$path")
    times+=("$t"); rsss+=("$r")
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
  echo "| $svc | $(median "${times[@]}") | $(median "${rsss[@]}") |"
done
