#!/usr/bin/env bash
# The local stack of `make run`: start | stop | status.
# Infrastructure (PostgreSQL, MongoDB-protocol server, Kafka, Keycloak) and every service that has
# been built, each in its own process group on 127.0.0.1. Data stays under .local/run across
# restarts; logs go to .local/run/logs, process ids to .local/run/pids.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=$ROOT/.local/run
LOGS=$STATE/logs
PIDS=$STATE/pids
JAVA_HOME=${JAVA_HOME:-$("$ROOT/deploy/local/jdk.sh")}
JAVA=$JAVA_HOME/bin/java
LOGGING=-Djava.util.logging.manager=org.jboss.logmanager.LogManager

PG_PORT=15432
MONGO_PORT=27018
KAFKA_PORT=9092
# The services listen on loopback only, like the infrastructure, unless TWINNING_BIND_ADDRESS says
# otherwise (e.g. 0.0.0.0 to show the pages to a colleague's phone on the same network).
BIND_ADDRESS=${TWINNING_BIND_ADDRESS:-127.0.0.1}
SMTP_PORT=3025
IMAP_PORT=3143
KEYCLOAK_URL=http://127.0.0.1:8180
GATEWAY_URL=http://127.0.0.1:8080
# The gateway signs people in to the web pages as this client; its local-development secret is in the realm file.
GATEWAY_CLIENT_SECRET=$(sed -n '/"clientId": "twinning-gateway"/,/"secret"/s/.*"secret": "\([^"]*\)".*/\1/p' \
  "$ROOT/deploy/keycloak/twinning-realm.json")
# authority-profiles gives approved people their authority as this client (local-development secret too).
PEOPLE_CLIENT_SECRET=$(sed -n '/"clientId": "twinning-people"/,/"secret"/s/.*"secret": "\([^"]*\)".*/\1/p' \
  "$ROOT/deploy/keycloak/twinning-realm.json")

classpath() {
  local cp_file=$ROOT/deploy/local/target/classpath.txt
  local jar
  jar=$(ls "$ROOT"/deploy/local/target/twinning-local-stack-*.jar 2>/dev/null | head -n 1)
  if [ ! -f "$cp_file" ] || [ -z "$jar" ]; then
    echo "The local stack is not built: run 'make run' (or ./mvnw install -DskipTests) first." >&2
    exit 1
  fi
  echo "$jar:$(cat "$cp_file")"
}

running() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

# launch NAME COMMAND...: runs COMMAND in a process group of its own, output to its log.
launch() {
  local name=$1; shift
  if running "$name"; then echo "  $name already running (pid $(cat "$PIDS/$name.pid"))"; return; fi
  mkdir -p "$LOGS" "$PIDS"
  setsid "$@" >"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! >"$PIDS/$name.pid"
}

# wait_for NAME SECONDS CHECK...: polls CHECK until it succeeds; fails with the log's tail.
wait_for() {
  local name=$1 seconds=$2; shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if ! running "$name"; then echo "  $name died; last lines of $LOGS/$name.log:" >&2; tail -n 30 "$LOGS/$name.log" >&2; return 1; fi
    if (( SECONDS - start > seconds )); then echo "  $name not ready after ${seconds}s; see $LOGS/$name.log" >&2; return 1; fi
    sleep 0.5
  done
  echo "  $name ready ($(( SECONDS - start ))s)"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
healthy() { curl -fsS "$1" | grep -q '"status" *: *"UP"'; }

# Services built by Maven: services/<name>/target/quarkus-app/quarkus-run.jar
services() {
  for dir in "$ROOT"/services/*/; do
    [ -f "$dir/target/quarkus-app/quarkus-run.jar" ] && basename "$dir"
  done
  return 0
}

service_port() { sed -n 's/^quarkus\.http\.port=\([0-9]*\).*/\1/p' "$ROOT/services/$1/src/main/resources/application.properties" | head -n 1; }
# Health and metrics: the service's management interface.
management_port() { sed -n 's/^quarkus\.management\.port=\([0-9]*\).*/\1/p' "$ROOT/services/$1/src/main/resources/application.properties" | head -n 1; }

start_infrastructure() {
  local cp; cp=$(classpath)
  local databases=()
  for name in $(services); do databases+=("${name//-/_}"); done

  launch postgres "$JAVA" -Xmx128m $LOGGING -cp "$cp" eu.twinninghub.local.PostgresServer "$STATE/postgres" "$PG_PORT" "${databases[@]}"
  launch mongo "$JAVA" -Xmx256m $LOGGING -cp "$cp" eu.twinninghub.local.MongoServer "$STATE/mongo/twinning.mv.db" "$MONGO_PORT"

  local kafka_dir=$STATE/kafka
  local kafka_config=$STATE/kafka.properties
  mkdir -p "$kafka_dir" "$LOGS"
  { cat "$ROOT/deploy/local/kafka/server.properties"; echo "log.dirs=$kafka_dir"; } >"$kafka_config"
  if [ ! -f "$kafka_dir/meta.properties" ]; then
    local cluster_id; cluster_id=$("$JAVA" $LOGGING -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "$JAVA" $LOGGING -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$kafka_config" >"$LOGS/kafka-format.log" 2>&1 \
      || { echo "Kafka storage format failed; see $LOGS/kafka-format.log" >&2; exit 1; }
  fi
  launch kafka "$JAVA" -Xmx512m $LOGGING -cp "$cp" kafka.Kafka "$kafka_config"
  # Keycloak (sign-up, invitations; the realm file names this port) and notifications send real mail here.
  launch mail "$JAVA" -Xmx96m $LOGGING -cp "$cp" eu.twinninghub.local.MailServer "$STATE/mail" "$SMTP_PORT" "$IMAP_PORT"

  wait_for postgres 90 port_open "$PG_PORT"
  wait_for mongo 30 port_open "$MONGO_PORT"
  wait_for kafka 60 port_open "$KAFKA_PORT"
  wait_for mail 30 port_open "$SMTP_PORT"

  echo "  starting Keycloak (the first start unpacks and builds it: about a minute)"
  mkdir -p "$LOGS"
  "$JAVA" $LOGGING -cp "$cp" eu.twinninghub.testing.KeycloakServer start run | sed 's/^/  /'
}

# The collector the JVM picks in the pods of k8s/ (Serial, below 2 CPUs or 1,792 MB); on a workstation
# it would pick G1, with which a search cost needs-offers 0.35 ms of CPU instead of 0.24.
SERVICE_JVM_OPTIONS="-Xmx256m -XX:+UseSerialGC"

start_services() {
  for name in $(services); do
    local port; port=$(service_port "$name")
    launch "$name" env \
      DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/${name//-/_}" DB_USER=postgres DB_PASSWORD=postgres \
      MONGODB_URL="mongodb://127.0.0.1:$MONGO_PORT" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
      OIDC_URL="$KEYCLOAK_URL/realms/twinning" KEYCLOAK_URL="$KEYCLOAK_URL" OIDC_CLIENT_SECRET="$GATEWAY_CLIENT_SECRET" \
      KEYCLOAK_PEOPLE_SECRET="$PEOPLE_CLIENT_SECRET" QUARKUS_HTTP_HOST="$BIND_ADDRESS" \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
      TWINNING_DEMO_DATA=true QUARKUS_PROFILE=prod,local \
      MAILER_MOCK=false SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" SMTP_STARTTLS=DISABLED QUARKUS_MAILER_LOGIN=DISABLED \
      "$JAVA" $SERVICE_JVM_OPTIONS -jar "$ROOT/services/$name/target/quarkus-app/quarkus-run.jar"
    SERVICE_PORTS[$name]=$port
  done
  for name in $(services); do
    wait_for "$name" 120 healthy "http://127.0.0.1:$(management_port "$name")/q/health/ready"
  done
}

declare -A SERVICE_PORTS

start() {
  local started=$SECONDS
  echo "Starting the Twinning Hub local stack (state in .local/run)"
  start_infrastructure
  start_services
  cat <<TXT

Twinning Hub is up ($(( SECONDS - started ))s).
  Web pages            $GATEWAY_URL/  (sign in as one of the demo users below)
  Gateway (the API)    $GATEWAY_URL/api/v1
  Swagger UI           $GATEWAY_URL/q/swagger-ui
  Keycloak             $KEYCLOAK_URL  (admin console: admin / admin, LOCAL DEVELOPMENT ONLY)
  Kafka                127.0.0.1:$KAFKA_PORT
  PostgreSQL           127.0.0.1:$PG_PORT (postgres / postgres)
  MongoDB protocol     mongodb://127.0.0.1:$MONGO_PORT
  Mail (every e-mail)  .local/run/mail/*.eml  (or IMAP 127.0.0.1:$IMAP_PORT, user = the address, any password)

Join as a new person: "Register" on Keycloak's sign-in page, open the verification mail in
.local/run/mail, then find and claim your authority at $GATEWAY_URL/app/join; a platform admin
(or the authority's admin) approves it at $GATEWAY_URL/app/claims.

Demo logins (realm twinning; password twinning-demo, LOCAL DEVELOPMENT ONLY):
  vinnytsia-admin    Ukrainian hromada admin (Vinnytsia city hromada)
  vinnytsia-member   staff of the same hromada (no profile editing)
  aachen-admin       EU municipality admin (Aachen)
  ahlen-admin        EU municipality admin (Ahlen)
  auc-coordinator    partner network (Association of Ukrainian Cities)
  platform-admin     platform operator
  partner-auc        partner-network service account (client credentials, secret partner-auc-local-dev-secret)

Logs: .local/run/logs    Stop: make stop
TXT
}

# stop_group NAME: SIGTERM to the process group, SIGKILL after 30 s.
stop_group() {
  local name=$1 pid
  [ -f "$PIDS/$name.pid" ] || return 0
  pid=$(cat "$PIDS/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "  $name stopped"
  fi
  rm -f "$PIDS/$name.pid"
}

stop() {
  echo "Stopping the Twinning Hub local stack"
  for name in $(ls "$PIDS" 2>/dev/null | sed -n 's/\.pid$//p'); do
    case $name in postgres|mongo|kafka|mail) ;; *) stop_group "$name" ;; esac
  done
  if [ -f "$STATE/keycloak/keycloak.pid" ]; then
    "$JAVA" -cp "$(classpath)" eu.twinninghub.testing.KeycloakServer stop run && echo "  keycloak stopped"
  fi
  stop_group mail
  stop_group kafka
  stop_group mongo
  stop_group postgres
}

status() {
  for name in $(ls "$PIDS" 2>/dev/null | sed -n 's/\.pid$//p'); do
    if running "$name"; then echo "$name: running (pid $(cat "$PIDS/$name.pid"))"; else echo "$name: stopped"; fi
  done
  if [ -f "$STATE/keycloak/keycloak.pid" ] && kill -0 "$(cat "$STATE/keycloak/keycloak.pid")" 2>/dev/null; then
    echo "keycloak: running (pid $(cat "$STATE/keycloak/keycloak.pid"))"
  fi
}

BACKUPS=$ROOT/.local/backups

# A hot backup of the running stack: every service database, the inbox, the consumer positions.
backup() {
  for name in postgres mongo kafka; do
    running "$name" || { echo "The stack is not running ($name is stopped): start it with make run" >&2; exit 1; }
  done
  local folder; folder=$BACKUPS/$(date -u +%Y-%m-%dT%H%M%SZ)
  "$JAVA" $LOGGING -cp "$(classpath)" eu.twinninghub.local.backup.Backup backup "$folder" "$STATE/postgres" "$PG_PORT" \
    "mongodb://127.0.0.1:$MONGO_PORT" "127.0.0.1:$KAFKA_PORT"
  echo "Restore it with: make restore FROM=${folder#"$ROOT"/}"
}

# Puts a backup back into the stopped stack; Kafka runs meanwhile, for the consumer positions.
restore() {
  local folder=${1:?usage: $0 restore FOLDER}
  folder=$(cd "$ROOT" && cd "$folder" 2>/dev/null && pwd) || { echo "No backup at $1" >&2; exit 1; }
  for name in $(ls "$PIDS" 2>/dev/null | sed -n 's/\.pid$//p'); do
    if running "$name"; then echo "Stop the stack first (make stop): $name is running" >&2; exit 1; fi
  done
  local cp; cp=$(classpath)
  local kafka_config=$STATE/kafka.properties
  [ -f "$kafka_config" ] || { echo "No Kafka state in $STATE: start the stack once with make run" >&2; exit 1; }
  launch kafka "$JAVA" -Xmx512m $LOGGING -cp "$cp" kafka.Kafka "$kafka_config"
  wait_for kafka 60 port_open "$KAFKA_PORT"
  local status=0
  "$JAVA" $LOGGING -cp "$cp" eu.twinninghub.local.backup.Backup restore "$folder" "$STATE/postgres" \
    "$STATE/mongo/twinning.mv.db" "127.0.0.1:$KAFKA_PORT" || status=$?
  stop_group kafka
  return $status
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  backup) backup ;;
  restore) restore "${2:-}" ;;
  *) echo "usage: $0 start|stop|status|backup|restore FOLDER" >&2; exit 2 ;;
esac
