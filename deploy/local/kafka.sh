#!/usr/bin/env bash
# A single-node Kafka broker in KRaft mode on 127.0.0.1:9092, from Maven Central jars.
# Usage: kafka.sh start|stop|reset
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LIB="$KAP_CACHE/kafka-$KAFKA_VERSION/lib"
DATA="$KAP_DATA/kafka"
CONF="$KAP_STATE/kafka"

fetch() {
  if ! ls "$LIB"/kafka_2.13-*.jar >/dev/null 2>&1; then
    log "fetching Kafka $KAFKA_VERSION from Maven Central"
    (cd "$KAP_ROOT/deploy/local/kafka" && mvn -q -B dependency:copy-dependencies \
      -DoutputDirectory="$LIB" -DincludeScope=runtime)
  fi
}

configure() {
  mkdir -p "$CONF" "$DATA"
  sed "s#@DATA@#$DATA#" "$KAP_ROOT/deploy/local/kafka/server.properties" >"$CONF/server.properties"
  cp "$KAP_ROOT/deploy/local/kafka/log4j2.yaml" "$CONF/log4j2.yaml"
  if [[ ! -f "$DATA/meta.properties" ]]; then
    local cluster_id
    cluster_id=$("$JAVA_BIN" -cp "$LIB/*" kafka.tools.StorageTool random-uuid)
    "$JAVA_BIN" -cp "$LIB/*" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$CONF/server.properties" >"$KAP_LOGS/kafka-format.log" 2>&1
  fi
}

case "${1:-start}" in
  start)
    if port_open "$KAFKA_PORT"; then
      log "Kafka already answers on 127.0.0.1:$KAFKA_PORT"
      exit 0
    fi
    fetch
    configure
    log "starting Kafka $KAFKA_VERSION (KRaft) on 127.0.0.1:$KAFKA_PORT"
    start_detached kafka "$KAP_LOGS/kafka.log" "$JAVA_BIN" -Xms256m -Xmx512m \
      -Dlog4j2.configurationFile="$CONF/log4j2.yaml" -cp "$LIB/*" kafka.Kafka "$CONF/server.properties"
    wait_until 90 "Kafka" port_open "$KAFKA_PORT"
    ;;
  stop)
    stop_recorded kafka
    ;;
  reset)
    stop_recorded kafka
    rm -rf "$DATA"
    ;;
  *) die "usage: kafka.sh start|stop|reset" ;;
esac
