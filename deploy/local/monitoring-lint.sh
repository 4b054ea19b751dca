#!/usr/bin/env bash
# `make lint`, monitoring: promtool checks the rules of the PrometheusRule in k8s/base/monitoring and
# runs their unit tests (k8s/monitoring-tests): each alert has a series that fires it and one that
# does not. Every alert's runbook link must name a section of docs/runbook.md. Every query of the
# Grafana dashboards (k8s/base/monitoring/dashboards) must be PromQL that promtool accepts, and name
# only series the platform's rules, services (the meters their code registers) or exporters give. promtool comes from Debian's
# prometheus package, unpacked into .local/tools/prometheus (nothing installed or started).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
PROMETHEUS=$ROOT/.local/tools/prometheus
PROMTOOL=$PROMETHEUS/usr/bin/promtool
if [ ! -x "$PROMTOOL" ]; then
  echo "== unpacking promtool from Debian's prometheus package into .local/tools/prometheus"
  download=$(mktemp -d)
  (cd "$download" && apt-get download prometheus >/dev/null)
  dpkg -x "$download"/prometheus_*.deb "$PROMETHEUS"
  rm -rf "$download"
fi

mkdir -p target/alerts
python3 - k8s/base/monitoring/alerts.yaml target/alerts/rules.yaml docs/runbook.md <<'PY'
import re, sys, yaml
rule, out, runbook = sys.argv[1:]
spec = yaml.safe_load(open(rule))["spec"]
yaml.safe_dump({"groups": spec["groups"]}, open(out, "w"), sort_keys=False)
anchors = {re.sub(r"[^a-z0-9 -]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
           for line in open(runbook) if line.startswith("#")}
missing = [r["alert"] for g in spec["groups"] for r in g["rules"]
           if "alert" in r and r["annotations"]["runbook_url"].split("#")[1] not in anchors]
if missing:
    sys.exit("alerts without a section in docs/runbook.md: " + ", ".join(missing))
PY
# Each panel's query as a recording rule, so that promtool parses it ($service: a dashboard variable).
python3 - k8s/base/monitoring/dashboards target/alerts/dashboards.yaml target/alerts/rules.yaml <<'PY'
import json, pathlib, re, sys, yaml
folder, out, rules = sys.argv[1:]
recorded = {r["record"] for g in yaml.safe_load(open(rules))["groups"] for r in g["rules"] if "record" in r}
# The platform's own meters, by the names the code registers ("twinning.inbox.latency" is exported as
# twinning_inbox_latency_seconds_bucket, …); the e2e MonitoredMetricsTest checks them on running services.
meters = set()
for source in [*pathlib.Path("services").glob("*/src/main/java/**/*.java"), *pathlib.Path("libs").glob("*/src/main/java/**/*.java")]:
    meters.update(name.replace(".", "_") for name in re.findall(r'"(twinning\.[a-z.]+)"', source.read_text()))
own = "|".join(sorted(meters))
known = re.compile(r"^(http_server_requests_seconds_(count|sum|max)|jvm_memory_used_bytes|"
                   rf"({own})(_total|_seconds)?(_bucket|_count|_sum|_max)?|"
                   r"kafka_consumergroup_lag|kafka_topic_partition_current_offset|ALERTS)$")
words = {"sum", "by", "rate", "max", "increase", "le", "service", "uri", "status", "topic", "consumergroup",
         "pod", "area", "outcome", "alertname", "severity", "alertstate", "heap", "firing"}
queries, unknown = [], []
for board in sorted(pathlib.Path(folder).glob("*.json")):
    for panel in json.load(open(board))["panels"]:
        for target in panel["targets"]:
            expr = target["expr"]
            queries.append({"record": f"dashboard:{board.stem}:{panel['id']}{target['refId']}".lower(),
                            "expr": expr.replace("$service", "gateway")})
            for name in re.findall(r"[a-zA-Z_:][a-zA-Z0-9_:]*", re.sub(r'"[^"]*"|\[[^\]]*\]', "", expr)):
                if name not in words and name not in recorded and not known.match(name):
                    unknown.append(f"{board.name} panel {panel['id']}: {name}")
yaml.safe_dump({"groups": [{"name": "dashboards", "rules": queries}]}, open(out, "w"), sort_keys=False)
if unknown:
    sys.exit("dashboard queries name series nothing gives: " + ", ".join(unknown))
PY
echo "== alert rules (k8s/base/monitoring/alerts.yaml)"
"$PROMTOOL" check rules target/alerts/rules.yaml
"$PROMTOOL" test rules k8s/monitoring-tests/*.yaml
echo "== dashboards (k8s/base/monitoring/dashboards)"
"$PROMTOOL" check rules target/alerts/dashboards.yaml
