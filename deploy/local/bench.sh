#!/usr/bin/env bash
# `make bench`: runs every JMH benchmark (classes under src/test/java/**/bench/ of each module) and
# writes the results as JSON and text under target/benchmarks; then the gateway's load test
# (deploy/local/gateway-bench.sh, wrk against the local stack) and the event flow of deploy/e2e.
# Extra arguments go to JMH, e.g. `deploy/local/bench.sh -f 1 -wi 1 -i 2` for a quick look; a module
# first runs that module's JMH benchmarks only: `deploy/local/bench.sh services/matching -f 1 -wi 1 -i 2`.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(deploy/local/jdk.sh)}
export JAVA_HOME
OUT=$ROOT/target/benchmarks
mkdir -p "$OUT"

only=
if [ $# -gt 0 ] && [ -d "$1/src/test/java" ]; then
  only=${1%/}
  shift
fi
for module in ${only:-$(grep -l 'org.openjdk.jmh.annotations.Benchmark' -r --include='*.java' libs services 2>/dev/null \
                | sed -n 's#^\(\(libs\|services\)/[^/]*\)/src/test/java/.*#\1#p' | sort -u)}; do
  name=$(basename "$module")
  echo "== benchmarks of $module"
  ./mvnw -B -ntp -q -pl "$module" test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
  cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")"
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.openjdk.jmh.Main -rf json -rff "$OUT/$name.json" "$@" \
    | tee "$OUT/$name.txt"
done
if [ -n "$only" ]; then
  echo "Results: $OUT"
  exit 0
fi
# The event flow of the whole platform (deploy/e2e EventFlowBench): latencies to the read model and the inbox,
# events per second through matching.
rm -f "$OUT/event-flow.txt"
# The services run with the JVM's defaults here, not with the tests' start-up options.
deploy/local/test.sh -q -pl deploy/e2e -De2e.groups=bench -De2e.excludedGroups=none -Dtest.jvm.options=
deploy/local/gateway-bench.sh
echo "Results: $OUT"
