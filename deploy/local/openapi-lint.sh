#!/usr/bin/env bash
# Part of `make lint`: starts the built gateway on a free port (no services or Keycloak needed to
# serve its document), saves the OpenAPI document it serves, stops it, and runs Spectral on it with
# services/gateway/openapi-lint/.spectral.yaml. Any error fails.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(deploy/local/jdk.sh)}
export JAVA_HOME
LINT=services/gateway/openapi-lint
JAR=services/gateway/target/quarkus-app/quarkus-run.jar
DOCUMENT=services/gateway/target/openapi/openapi.json

if [ ! -f "$JAR" ]; then
  echo "== building the gateway"
  ./mvnw -B -ntp -q install -DskipTests -pl services/gateway -am
fi
if [ ! -x "$LINT/node_modules/.bin/spectral" ]; then
  echo "== installing Spectral into $LINT/node_modules"
  npm ci --prefix "$LINT" --no-audit --no-fund --loglevel=error >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
MANAGEMENT_PORT=$(free_port)
LOG=services/gateway/target/openapi-lint-gateway.log
mkdir -p "$(dirname "$DOCUMENT")"
# Only the document is read: no one signs in, so the pages' client secret is a placeholder.
OIDC_CLIENT_SECRET=unused-by-the-document \
"$JAVA_HOME/bin/java" -Xmx256m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/twinning -Dtwinning.openapi.oidc-public-url=https://keycloak.example.org/realms/twinning -jar "$JAR" >"$LOG" 2>&1 &
GATEWAY=$!
trap 'kill "$GATEWAY" 2>/dev/null || true; wait "$GATEWAY" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$PORT/q/openapi?format=json" -o "$DOCUMENT" 2>/dev/null; then break; fi
  kill -0 "$GATEWAY" 2>/dev/null || { echo "the gateway did not start; see $LOG" >&2; exit 1; }
  sleep 0.5
done
[ -s "$DOCUMENT" ] || { echo "no OpenAPI document from the gateway; see $LOG" >&2; exit 1; }

echo "== OpenAPI document served by the gateway ($DOCUMENT)"
"$LINT/node_modules/.bin/spectral" lint "$DOCUMENT" --ruleset "$LINT/.spectral.yaml" --fail-severity error
