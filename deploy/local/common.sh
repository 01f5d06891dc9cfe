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
KAFKA_PORT="${KAP_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAP_KAFKA_CONTROLLER_PORT:-9093}"
# The broker authenticates every client (SASL/SCRAM-SHA-512, no TLS on loopback) and authorizes it
# by the ACLs in deploy/local/kafka/acls.txt. Local passwords are "<principal>-local-secret" (like
# the realm's local client secrets); a real deployment gets its credentials from its own secrets.
# kap-admin creates topics, credentials and ACLs; the services each have their own principal.
KAFKA_ADMIN_USER=kap-admin
kafka_password() { echo "$1-local-secret"; }
export KAP_KAFKA_SECURITY_PROTOCOL="${KAP_KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
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

# A service's management interface (health, metrics; the gateway's OpenAPI and Swagger UI too):
# its API port + 1000, on 127.0.0.1 (quarkus.management.port in each application.properties).
management_port() { echo $(($1 + 1000)); }
# service_ready PORT: the service whose API listens on PORT answers its readiness check.
service_ready() { url_ok "http://127.0.0.1:$(management_port "$1")/q/health/ready"; }

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

# service_environment SERVICE: exports what the packaged SERVICE must be given by its environment
# (the production profile has no built-in secrets or addresses and refuses to start without them,
# see RequiredSettings and docs/security.md), with the local platform's values. Each call sets the
# database of the service named, so call it right before starting that service; a variable set on
# the command itself (KAP_DB_URL=... start_detached ...) still wins. Kafka's are kafka_password's.
service_environment() {
  export KAP_OIDC_URL="${KAP_OIDC_URL:-$KEYCLOAK_URL/realms/kap}"
  # Where clients reach the API (the gateway, services.sh): every URL a service hands out starts there.
  export KAP_PUBLIC_URL="${KAP_PUBLIC_URL:-http://localhost:8080}"
  local db=""
  case "$1" in
    scheduling-service)
      db=scheduling
      export KAP_KEYCLOAK_URL="${KAP_KEYCLOAK_URL:-$KEYCLOAK_URL}"
      # The local realm's secret of the scheduling-service client (deploy/keycloak/kap-realm.json).
      export KAP_IDENTITY_CLIENT_SECRET="${KAP_IDENTITY_CLIENT_SECRET:-scheduling-service-local-secret}"
      ;;
    clinical-record-service) db=clinical ;;
    notification-service)
      db=notification
      # GreenMail: plain SMTP that accepts anyone (production requires STARTTLS and a login).
      export KAP_SMTP_HOST="${KAP_SMTP_HOST:-127.0.0.1}" KAP_SMTP_PORT="${KAP_SMTP_PORT:-$GREENMAIL_SMTP_PORT}"
      export KAP_SMTP_USER="${KAP_SMTP_USER:-kap}" KAP_SMTP_PASSWORD="${KAP_SMTP_PASSWORD:-kap-local-secret}"
      export KAP_SMTP_START_TLS="${KAP_SMTP_START_TLS:-DISABLED}" KAP_SMTP_LOGIN="${KAP_SMTP_LOGIN:-DISABLED}"
      # WireMock stands in for the SMS provider and records what it is sent (deploy/local/wiremock.sh).
      export KAP_SMS_URL="${KAP_SMS_URL:-http://127.0.0.1:$WIREMOCK_PORT}"
      export KAP_SMS_ACCOUNT_SID="${KAP_SMS_ACCOUNT_SID:-AC-local}" KAP_SMS_AUTH_TOKEN="${KAP_SMS_AUTH_TOKEN:-local-secret}"
      export KAP_SMS_FROM="${KAP_SMS_FROM:-+15035550100}"
      ;;
    gateway)
      export KAP_SCHEDULING_URL="${KAP_SCHEDULING_URL:-http://127.0.0.1:8081}"
      export KAP_RECORDS_URL="${KAP_RECORDS_URL:-http://127.0.0.1:8082}"
      export KAP_NOTIFICATIONS_URL="${KAP_NOTIFICATIONS_URL:-http://127.0.0.1:8083}"
      export KAP_CORS_ORIGINS="${KAP_CORS_ORIGINS:-http://localhost:3000,http://127.0.0.1:3000}"
      ;;
    *) die "service_environment: unknown service $1" ;;
  esac
  if [[ -n "$db" ]]; then
    # postgres.sh creates per service an owner role (migrations) and a service role (rows only),
    # each with its name as password. KAP_DB_SET names another set of the same databases: the
    # system tests run on "<service>_system", made afresh each run (postgres.sh fresh system), so
    # nothing the demo or an earlier run left behind can change what they see.
    export KAP_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$db${KAP_DB_SET:+_$KAP_DB_SET}"
    export KAP_DB_USER="$db" KAP_DB_PASSWORD="$db"
    export KAP_DB_OWNER_USER="${db}_owner" KAP_DB_OWNER_PASSWORD="${db}_owner"
  fi
}
