#!/usr/bin/env bash
# WireMock standalone from Maven Central on 127.0.0.1:$WIREMOCK_PORT: stands in for the SMS
# provider's REST API, records every request (read them at /__admin/requests) and answers the
# Twilio-style send endpoint with a fake message id; tests replace the stubs per test.
# The request journal is bounded: WireMock's cost per request grows with it (~200 ms at 44,000).
# Usage: wiremock.sh start|stop|status
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

JAR="$KAP_CACHE/wiremock-standalone-$WIREMOCK_VERSION.jar"
ROOT_DIR="$KAP_STATE/wiremock"
ADMIN="http://127.0.0.1:$WIREMOCK_PORT/__admin"

fetch() {
  if [[ ! -f "$JAR" ]]; then
    log "fetching WireMock $WIREMOCK_VERSION from Maven Central"
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$KAP_CACHE"
  fi
}

# The default stub for the local platform: every message accepted with a generated sid.
configure() {
  mkdir -p "$ROOT_DIR/mappings" "$ROOT_DIR/__files"
  cat >"$ROOT_DIR/mappings/sms-send.json" <<'JSON'
{
  "priority": 10,
  "request": { "method": "POST", "urlPathPattern": "/2010-04-01/Accounts/[^/]+/Messages.json" },
  "response": {
    "status": 201,
    "headers": { "Content-Type": "application/json" },
    "jsonBody": { "sid": "SM{{randomValue length=32 type='ALPHANUMERIC'}}", "status": "queued" },
    "transformers": ["response-template"]
  }
}
JSON
}

ready() { url_ok "$ADMIN/health"; }

case "${1:-start}" in
  start)
    if port_open "$WIREMOCK_PORT"; then
      log "an HTTP server already answers on 127.0.0.1:$WIREMOCK_PORT"
      exit 0
    fi
    fetch
    configure
    log "starting WireMock $WIREMOCK_VERSION on http://127.0.0.1:$WIREMOCK_PORT (SMS provider stand-in)"
    start_detached wiremock "$KAP_LOGS/wiremock.log" "$JAVA_BIN" -Xms64m -Xmx384m \
      -jar "$JAR" --bind-address 127.0.0.1 --port "$WIREMOCK_PORT" --root-dir "$ROOT_DIR" \
      --disable-banner --global-response-templating --max-request-journal-entries 12000
    wait_until 60 "WireMock" ready
    ;;
  stop)
    stop_recorded wiremock
    ;;
  status)
    if ready; then echo "WireMock up ($ADMIN)"; else echo "WireMock down"; exit 1; fi
    ;;
  *) die "usage: wiremock.sh start|stop|status" ;;
esac
