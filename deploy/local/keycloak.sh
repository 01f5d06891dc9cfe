#!/usr/bin/env bash
# Keycloak in production mode on PostgreSQL, 127.0.0.1:8180, importing deploy/keycloak/kap-realm.json.
# A changed realm file is imported again on the next start (its hash is remembered).
# Usage: keycloak.sh start|stop
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

HOME_DIR="$KAP_CACHE/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$KAP_ROOT/deploy/keycloak/kap-realm.json"
REALM_HASH_FILE="$KAP_STATE/keycloak-realm.sha256"

fetch_and_build() {
  if [[ ! -x "$HOME_DIR/bin/kc.sh" ]]; then
    local zip="$KAP_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    if [[ ! -f "$zip" ]]; then
      log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
      mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$KAP_CACHE"
    fi
    rm -rf "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
    unzip -q "$zip" -d "$HOME_DIR.tmp"
    mv "$HOME_DIR.tmp/keycloak-$KEYCLOAK_VERSION" "$HOME_DIR" && rmdir "$HOME_DIR.tmp"
  fi
  cp "$KAP_ROOT/deploy/keycloak/keycloak.conf" "$HOME_DIR/conf/keycloak.conf"
  if [[ ! -f "$HOME_DIR/lib/quarkus/build-system.properties" ]] || ! cmp -s "$KAP_ROOT/deploy/keycloak/keycloak.conf" "$HOME_DIR/conf/.built-with"; then
    log "building Keycloak's optimized server image (once)"
    "$HOME_DIR/bin/kc.sh" build >"$KAP_LOGS/keycloak-build.log" 2>&1
    cp "$KAP_ROOT/deploy/keycloak/keycloak.conf" "$HOME_DIR/conf/.built-with"
  fi
}

# A new realm file means a fresh Keycloak database, so the import is exactly the file.
reset_database_if_realm_changed() {
  local hash; hash=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [[ -f "$REALM_HASH_FILE" && "$(cat "$REALM_HASH_FILE")" == "$hash" ]]; then return 0; fi
  log "realm file changed: recreating the keycloak database"
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres \
    -c 'DROP DATABASE IF EXISTS keycloak WITH (FORCE)' -c 'CREATE DATABASE keycloak OWNER keycloak'
  echo "$hash" >"$REALM_HASH_FILE"
}

realm_ready() { url_ok "$KEYCLOAK_URL/realms/kap/.well-known/openid-configuration"; }

case "${1:-start}" in
  start)
    if port_open "$KEYCLOAK_PORT"; then
      log "Keycloak already answers on 127.0.0.1:$KEYCLOAK_PORT"
      wait_until 120 "Keycloak realm kap" realm_ready
      exit 0
    fi
    fetch_and_build
    reset_database_if_realm_changed
    mkdir -p "$HOME_DIR/data/import"
    cp "$REALM_FILE" "$HOME_DIR/data/import/kap-realm.json"
    log "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
      start_detached keycloak "$KAP_LOGS/keycloak.log" \
      "$HOME_DIR/bin/kc.sh" start --optimized --import-realm
    wait_until 180 "Keycloak realm kap" realm_ready
    # Record the java child too, so status shows what actually serves the port.
    pgrep -P "$(head -n1 "$KAP_PIDS/keycloak.pid")" >>"$KAP_PIDS/keycloak.pid" || true
    ;;
  stop)
    stop_recorded keycloak
    ;;
  *) die "usage: keycloak.sh start|stop" ;;
esac
