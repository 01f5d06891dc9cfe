#!/usr/bin/env bash
# Builds (when sources changed) and runs the four services as packaged applications
# (java -jar target/quarkus-app/quarkus-run.jar), each bound to 127.0.0.1 on its fixed port, with
# health and metrics on its management port (port + 1000, see management_port in common.sh).
# Usage: services.sh build|start|stop|status
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVICES=(scheduling-service:8081 clinical-record-service:8082 notification-service:8083 gateway:8080)
SERVICE_JAVA_OPTS="${KAP_SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError}"

jar_of() { echo "$KAP_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# True when a jar is missing or any source or POM is newer than the oldest jar.
needs_build() {
  local oldest="" svc
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}
    [[ -f "$(jar_of "$svc")" ]] || return 0
    if [[ -z "$oldest" || "$(jar_of "$svc")" -ot "$oldest" ]]; then oldest=$(jar_of "$svc"); fi
  done
  [[ -n "$(find "$KAP_ROOT" -path "$KAP_ROOT/.kap" -prune -o \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$oldest" -print -quit 2>/dev/null)" ]]
}

build() {
  if needs_build; then
    log "packaging the services (tests are run by ./kap test)"
    (cd "$KAP_ROOT" && mvn -B -q install -DskipTests -Dspotless.check.skip=true \
      -pl gateway,scheduling-service,clinical-record-service,notification-service -am) \
      >"$KAP_LOGS/build.log" 2>&1 || die "build failed, see $KAP_LOGS/build.log"
  fi
}

start() {
  local svc port
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}; port=${entry##*:}
    if pid_alive "$svc"; then continue; fi
    for taken in "$port" "$(management_port "$port")"; do
      if port_open "$taken"; then
        die "port $taken is taken by a process this script did not start; stop it first"
      fi
    done
    [[ -f "$(jar_of "$svc")" ]] || die "$svc is not packaged; run: deploy/local/services.sh build"
    log "starting $svc on 127.0.0.1:$port (management $(management_port "$port"))"
    # The packaged services run in the production profile: no built-in secrets or addresses, so
    # each is given the local platform's (service_environment in common.sh).
    service_environment "$svc"
    # Each service reaches Kafka as its own principal (deploy/local/kafka/acls.txt).
    # shellcheck disable=SC2086
    KAP_KAFKA_USER="$svc" KAP_KAFKA_PASSWORD="$(kafka_password "$svc")" \
      start_detached "$svc" "$KAP_LOGS/$svc.log" "$JAVA_BIN" $SERVICE_JAVA_OPTS -jar "$(jar_of "$svc")"
  done
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}; port=${entry##*:}
    wait_until 120 "$svc" service_ready "$port"
    log "$svc ready"
  done
}

stop() {
  local i
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_recorded "${SERVICES[i]%%:*}"; done
}

status() {
  local svc port
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}; port=${entry##*:}
    if service_ready "$port"; then
      printf '  %-24s ready     http://127.0.0.1:%s (management :%s)\n' "$svc" "$port" "$(management_port "$port")"
    elif pid_alive "$svc"; then printf '  %-24s starting  (pid %s)\n' "$svc" "$(head -n1 "$KAP_PIDS/$svc.pid")"
    else printf '  %-24s stopped\n' "$svc"; fi
  done
}

case "${1:-start}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: services.sh build|start|stop|status" ;;
esac
