#!/usr/bin/env bash
# A single-node Kafka broker in KRaft mode on 127.0.0.1:9092, from Maven Central jars. Clients
# authenticate with SASL/SCRAM-SHA-512 and are authorized by ACLs (deploy/local/kafka/acls.txt);
# every start brings topics, credentials and ACLs to what the ACL files say.
# Usage: kafka.sh start|stop|reset|access
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LIB="$KAP_CACHE/kafka-$KAFKA_VERSION/lib"
DATA="$KAP_DATA/kafka"
# Written after a format that added the SCRAM credentials of the broker and the admin. A data dir
# without it was formatted before the broker required SASL: nobody could log in to it.
SASL_MARK="$KAP_DATA/kafka.sasl"
CONF="$KAP_STATE/kafka"
KAFKA_DIR="$KAP_ROOT/deploy/local/kafka"
BROKER_USER=kafka-broker

fetch() {
  if ! ls "$LIB"/kafka_2.13-*.jar >/dev/null 2>&1; then
    log "fetching Kafka $KAFKA_VERSION from Maven Central"
    (cd "$KAFKA_DIR" && mvn -q -B dependency:copy-dependencies \
      -DoutputDirectory="$LIB" -DincludeScope=runtime)
  fi
}

configure() {
  mkdir -p "$CONF" "$DATA"
  # The generated file holds the broker's local password: readable by this user only.
  (umask 077 && sed -e "s#@DATA@#$DATA#" -e "s#@PORT@#$KAFKA_PORT#g" \
    -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    -e "s#@BROKER_PASSWORD@#$(kafka_password "$BROKER_USER")#g" \
    "$KAFKA_DIR/server.properties" >"$CONF/server.properties")
  cp "$KAFKA_DIR/log4j2.yaml" "$CONF/log4j2.yaml"
  if [[ -f "$DATA/meta.properties" && ! -f "$SASL_MARK" ]]; then
    log "the local Kafka data in $DATA predates SASL; formatting it again (its events are lost)"
    rm -rf "$DATA"
    mkdir -p "$DATA"
  fi
  if [[ ! -f "$DATA/meta.properties" ]]; then
    local cluster_id
    cluster_id=$("$JAVA_BIN" -cp "$LIB/*" kafka.tools.StorageTool random-uuid)
    "$JAVA_BIN" -cp "$LIB/*" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$CONF/server.properties" \
      --add-scram "SCRAM-SHA-512=[name=$BROKER_USER,password=$(kafka_password "$BROKER_USER")]" \
      --add-scram "SCRAM-SHA-512=[name=$KAFKA_ADMIN_USER,password=$(kafka_password "$KAFKA_ADMIN_USER")]" \
      >"$KAP_LOGS/kafka-format.log" 2>&1 || die "formatting Kafka failed, see $KAP_LOGS/kafka-format.log"
    touch "$SASL_MARK"
  fi
}

# Topics, SCRAM credentials and ACLs as deploy/local/kafka/acls*.txt say, as the admin principal.
access() {
  "$JAVA_BIN" -cp "$LIB/*" "$KAFKA_DIR/KafkaAccess.java" "127.0.0.1:$KAFKA_PORT" \
    "$KAFKA_ADMIN_USER" "$(kafka_password "$KAFKA_ADMIN_USER")" "$BROKER_USER,$KAFKA_ADMIN_USER" \
    "$KAFKA_DIR/acls.txt" "$KAFKA_DIR/acls-local.txt" 2>>"$KAP_LOGS/kafka-access.log" \
    || die "applying the Kafka ACLs failed, see $KAP_LOGS/kafka-access.log"
}

case "${1:-start}" in
  start)
    if port_open "$KAFKA_PORT"; then
      log "Kafka already answers on 127.0.0.1:$KAFKA_PORT"
      exit 0
    fi
    fetch
    configure
    log "starting Kafka $KAFKA_VERSION (KRaft, SASL/SCRAM) on 127.0.0.1:$KAFKA_PORT"
    start_detached kafka "$KAP_LOGS/kafka.log" "$JAVA_BIN" -Xms256m -Xmx512m \
      -Dlog4j2.configurationFile="$CONF/log4j2.yaml" -cp "$LIB/*" kafka.Kafka "$CONF/server.properties"
    wait_until 90 "Kafka" port_open "$KAFKA_PORT"
    access
    ;;
  access)
    access
    ;;
  stop)
    stop_recorded kafka
    ;;
  reset)
    stop_recorded kafka
    rm -rf "$DATA" "$SASL_MARK"
    ;;
  *) die "usage: kafka.sh start|stop|reset|access" ;;
esac
