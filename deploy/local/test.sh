#!/usr/bin/env bash
# `make test`: builds everything once, starts one Keycloak for the whole run, then runs the modules'
# tests side by side, and stops Keycloak whatever happens. Kafka, PostgreSQL and MongoDB start
# inside each module's test JVM (libs/testing).
#
# Why side by side, each module in a Maven process of its own: one reactor runs a module's tests
# only after every module it depends on has passed its own, which chains the whole run. The
# artifacts are installed by the build step, so no module's tests wait for another's; the end-to-end
# tests run the services from the jars that step built.
#
#   deploy/local/test.sh                 every module (make test)
#   deploy/local/test.sh -pl deploy/e2e  one Maven run with these arguments (make e2e)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(deploy/local/jdk.sh)}
export JAVA_HOME
MVN=(./mvnw -B -ntp)
LOGGING=-Djava.util.logging.manager=org.jboss.logmanager.LogManager
KEYCLOAK=-Dtwinning.keycloak.url=http://127.0.0.1:18180
# Two lanes, because the machine has two cores and every module's tests keep one busy. One lane has
# the end-to-end tests, which start the whole platform as processes once for all of them, after the
# test library's and the gateway's own tests (they start no service: they are here so that both
# lanes take about as long); the other lane takes the rest. Each lane is one Maven run (one JVM
# warmed up once, not one per module) that goes on past a failed module, so that one run reports
# every failure.
FLEET_LANE=libs/testing,services/gateway,deploy/e2e
# The test runs do not generate code (the build did) and skip the Quarkus packaging they never reach.
TEST_RUN=(test -fae -Dquarkus.generate-code.skip=true "$KEYCLOAK")

echo "== $(date +%T) build (Keycloak starts once its launcher is built; tests come after it is up)"
"${MVN[@]}" -q install -DskipTests -pl deploy/local -am

# The launcher runs from copies of the project's jars: the rest of the build rewrites the originals
# while Keycloak starts, and a JVM whose jar changes under it fails to load its next class.
LAUNCHER=target/keycloak-launcher
rm -rf "$LAUNCHER" && mkdir -p "$LAUNCHER"
CP=""
for entry in $(ls deploy/local/target/twinning-local-stack-*.jar) $(tr ':' ' ' <deploy/local/target/classpath.txt); do
  case $entry in
    "$ROOT"/* | */eu/twinninghub/*) cp "$entry" "$LAUNCHER/" && entry=$LAUNCHER/$(basename "$entry") ;;
  esac
  CP=${CP:+$CP:}$entry
done
keycloak() { "$JAVA_HOME/bin/java" $LOGGING -cp "$CP" eu.twinninghub.testing.KeycloakServer "$1" test; }
# Services started as processes by cross-service tests (libs/testing TestServices) stop with their
# test JVM; if that JVM died instead, their pid files are left and they are stopped here.
stop_test_services() {
  for pid_file in services/*/target/test-services/*.pid deploy/*/target/test-services/*.pid; do
    [ -f "$pid_file" ] || continue
    kill -9 "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  done
}
stop_lanes() { local lanes; lanes=$(jobs -p); [ -z "$lanes" ] || kill $lanes 2>/dev/null || true; wait || true; }
trap 'stop_lanes; stop_test_services; echo "== stopping the test Keycloak"; keycloak stop' EXIT

echo "== $(date +%T) starting the test Keycloak (fresh realm import) while the rest builds"
keycloak start >target/keycloak-start.log 2>&1 &
starting=$!
"${MVN[@]}" -q -T 2 install -DskipTests
# The browser story (deploy/e2e) drives Debian's Chromium with Playwright.
deploy/e2e/browser/prepare.sh
wait "$starting" || { echo "Keycloak did not start:" >&2; cat target/keycloak-start.log >&2; exit 1; }
cat target/keycloak-start.log

if [ $# -gt 0 ]; then
  echo "== tests: $*"
  "${MVN[@]}" "${TEST_RUN[@]}" "$@"
  exit
fi

LOGS=target/test-logs
rm -rf "$LOGS" ./*/*/target/surefire-reports
mkdir -p "$LOGS"
others=$(sed -n 's|.*<module>\(.*\)</module>.*|\1|p' pom.xml | grep -vxF -f <(tr ',' '\n' <<<"$FLEET_LANE") | paste -sd,)

run_lane() {
  local name=$1 modules=$2 log="$LOGS/$1.log" started=$SECONDS
  if "${MVN[@]}" "${TEST_RUN[@]}" -pl "$modules" >"$log" 2>&1; then
    echo "== $(date +%T) passed: $modules ($((SECONDS - started)) s)"
  else
    echo "== $(date +%T) FAILED: $modules ($((SECONDS - started)) s); from $log:"
    grep -E '<<< (FAILURE|ERROR)|Tests run:.*(Failures: [1-9]|Errors: [1-9])|^\[ERROR\] +[A-Za-z].*:[0-9]+ ' "$log" | head -n 60
    sed -n '/Reactor Summary/,$p' "$log"
    return 1
  fi
}

echo "== $(date +%T) tests: lane 1 $FLEET_LANE; lane 2 $others (logs in $LOGS)"
run_lane fleet "$FLEET_LANE" &
fleet=$!
failed=0
run_lane others "$others" || failed=1
wait "$fleet" || failed=1

# One closing line for the whole run, counted from every module's Surefire reports.
cat ./*/*/target/surefire-reports/TEST-*.xml 2>/dev/null | awk '
  /<testsuite / {
    for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/[">]/, "", kv[2]); v[kv[1]] += kv[2] }
  }
  END {
    bad = v["failures"] + v["errors"]
    printf "Tests: %d passed, %d failed, %d skipped\n", v["tests"] - bad - v["skipped"], bad, v["skipped"]
  }'
exit "$failed"
