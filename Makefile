# Twinning Hub — the commands of the README. Whatever needs Java finds a JDK >= 21 by itself
# (deploy/local/jdk.sh), so the machine's default java may be older.
SHELL := /bin/bash
MVN := JAVA_HOME="$$(deploy/local/jdk.sh)" && export JAVA_HOME && ./mvnw -B -ntp

.PHONY: run stop status backup restore test test-quick e2e bench lint k8s-validate clean build

## run: build everything, then start the infrastructure and every service with demo data
run: build
	deploy/local/stack.sh start

## stop: stop everything `make run` started (data is kept in .local/run)
stop:
	deploy/local/stack.sh stop

status:
	deploy/local/stack.sh status

## backup: a dated backup of the running stack (every database, the inbox, the consumer positions)
## in .local/backups
backup:
	deploy/local/stack.sh backup

## restore FROM=.local/backups/<date>: puts a backup back into the stopped stack (make stop first)
restore:
	deploy/local/stack.sh restore "$(FROM)"

build:
	$(MVN) -q install -DskipTests

## test: every module's tests against real Kafka, PostgreSQL, MongoDB-protocol server and Keycloak
test:
	deploy/local/test.sh

## test-quick: the unit tests only (nothing started: no Quarkus boot, broker, database or
## Keycloak), for the inner loop; make test runs them too
test-quick:
	$(MVN) -T 2 test -pl '!deploy/e2e' -Dtwinning.tests=unit

## e2e: only the end-to-end story (deploy/e2e): every service from its jar, through the gateway
e2e:
	deploy/local/test.sh -pl deploy/e2e

## bench: the benchmarks (JMH); results under target/benchmarks
bench: build
	deploy/local/bench.sh

## lint: .gitlab-ci.yml against GitLab's schema, the Kubernetes manifests against theirs, and the
## OpenAPI document the gateway serves with Spectral; offline
lint: k8s-validate
	deploy/local/lint.sh
	deploy/local/openapi-lint.sh
	deploy/local/monitoring-lint.sh

## k8s-validate: render every overlay of k8s/ and validate every object offline
k8s-validate:
	deploy/local/k8s-validate.sh

## clean: build output and all local state (databases, broker, Keycloak), but not .local/backups
clean:
	-deploy/local/stack.sh stop
	$(MVN) -q clean
	find .local -mindepth 1 -maxdepth 1 ! -name backups -exec rm -rf {} + 2>/dev/null || true
