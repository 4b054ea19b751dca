#!/usr/bin/env bash
# `make test`: builds everything, starts one Keycloak for the whole run, runs every module's tests
# against it, and stops it whatever happens. Kafka, PostgreSQL and MongoDB start inside each
# module's test JVM (libs/testing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(deploy/local/jdk.sh)}
export JAVA_HOME
MVN=(./mvnw -B -ntp)
LOGGING=-Djava.util.logging.manager=org.jboss.logmanager.LogManager

echo "== build (tests come after Keycloak is up)"
"${MVN[@]}" -q install -DskipTests

CP="$(ls deploy/local/target/twinning-local-stack-*.jar):$(cat deploy/local/target/classpath.txt)"
keycloak() { "$JAVA_HOME/bin/java" $LOGGING -cp "$CP" eu.twinninghub.testing.KeycloakServer "$1" test; }
# Services started as processes by cross-service tests (libs/testing TestServices) stop with their
# test JVM; if that JVM died instead, their pid files are left and they are stopped here.
stop_test_services() {
  for pid_file in services/*/target/test-services/*.pid; do
    [ -f "$pid_file" ] || continue
    kill -9 "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  done
}
trap 'stop_test_services; echo "== stopping the test Keycloak"; keycloak stop' EXIT

# The browser story (deploy/e2e) drives Debian's Chromium with Playwright.
deploy/e2e/browser/prepare.sh

echo "== starting the test Keycloak (fresh realm import)"
keycloak start

echo "== tests"
"${MVN[@]}" verify -Dtwinning.keycloak.url=http://127.0.0.1:18180 "$@"
