#!/usr/bin/env bash
# GreenMail standalone from Maven Central: a real SMTP server on 127.0.0.1:$GREENMAIL_SMTP_PORT that
# accepts mail for any address, with its REST API (read and purge mailboxes) on $GREENMAIL_API_PORT.
# Usage: greenmail.sh start|stop|status
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

JAR="$KAP_CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"
API="http://127.0.0.1:$GREENMAIL_API_PORT"

fetch() {
  if [[ ! -f "$JAR" ]]; then
    log "fetching GreenMail $GREENMAIL_VERSION from Maven Central"
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$KAP_CACHE"
  fi
}

ready() { url_ok "$API/api/service/readiness" && port_open "$GREENMAIL_SMTP_PORT"; }

case "${1:-start}" in
  start)
    if port_open "$GREENMAIL_SMTP_PORT"; then
      log "an SMTP server already answers on 127.0.0.1:$GREENMAIL_SMTP_PORT"
      exit 0
    fi
    fetch
    log "starting GreenMail $GREENMAIL_VERSION: SMTP 127.0.0.1:$GREENMAIL_SMTP_PORT, API $API"
    # auth.disabled: any recipient gets a mailbox on first delivery, no users to configure.
    start_detached greenmail "$KAP_LOGS/greenmail.log" "$JAVA_BIN" -Xms64m -Xmx512m \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$GREENMAIL_SMTP_PORT" \
      -Dgreenmail.auth.disabled \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" \
      -jar "$JAR"
    wait_until 60 "GreenMail" ready
    ;;
  stop)
    stop_recorded greenmail
    ;;
  status)
    if ready; then echo "GreenMail up (SMTP $GREENMAIL_SMTP_PORT, API $API)"; else echo "GreenMail down"; exit 1; fi
    ;;
  *) die "usage: greenmail.sh start|stop|status" ;;
esac
