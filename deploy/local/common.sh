# Shared settings and helpers for the local platform scripts. Sourced, never run.
# Everything binds to 127.0.0.1; downloads are cached outside the repo, runtime state in .kap/.

set -euo pipefail

KAP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KAP_CACHE="${KAP_CACHE:-$HOME/.cache/kapcare}"
KAP_STATE="${KAP_STATE:-$KAP_ROOT/.kap}"
KAP_PIDS="$KAP_STATE/pids"
KAP_LOGS="$KAP_STATE/logs"
KAP_DATA="$KAP_STATE/data"

KAFKA_VERSION="4.1.2"
KEYCLOAK_VERSION="26.5.6"
EMBEDDED_PG_VERSION="17.6.0"
GREENMAIL_VERSION="2.1.13"
WIREMOCK_VERSION="3.13.2"

PG_HOST="127.0.0.1"
PG_PORT="${KAP_PG_PORT:-5432}"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
# A real SMTP server (GreenMail) with its REST API, and a recording HTTP server (WireMock) that
# stands in for the SMS provider: notification-service talks to both locally and in its tests.
GREENMAIL_SMTP_PORT="${KAP_GREENMAIL_SMTP_PORT:-3025}"
GREENMAIL_API_PORT="${KAP_GREENMAIL_API_PORT:-8025}"
WIREMOCK_PORT="${KAP_WIREMOCK_PORT:-8089}"

mkdir -p "$KAP_CACHE" "$KAP_PIDS" "$KAP_LOGS" "$KAP_DATA"

log() { printf '[kap] %s\n' "$*" >&2; }
die() { printf '[kap] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_until SECONDS DESCRIPTION COMMAND... : polls COMMAND every half second.
wait_until() {
  local limit=$1 what=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      die "$what not ready after ${limit}s (logs in $KAP_LOGS)"
    fi
    sleep 0.5
  done
}

url_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

# A recorded process is ours only while its pid file names a live process group.
pid_alive() {
  local f="$KAP_PIDS/$1.pid"
  [[ -f "$f" ]] && kill -0 "$(head -n1 "$f")" 2>/dev/null
}

# start_detached NAME LOGFILE COMMAND...: runs COMMAND in its own session (so its children, such
# as Keycloak's java, share its process group) and records the group id.
start_detached() {
  local name=$1 logfile=$2; shift 2
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! >"$KAP_PIDS/$name.pid"
}

# stop_recorded NAME: stops exactly the process group recorded for NAME, TERM first, then KILL.
stop_recorded() {
  local name=$1 f="$KAP_PIDS/$1.pid" pid
  [[ -f "$f" ]] || return 0
  pid=$(head -n1 "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

# The JVM binary every script uses.
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
