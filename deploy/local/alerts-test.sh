#!/usr/bin/env bash
# `make lint`, alerts: promtool checks the rules of the PrometheusRule in k8s/base/monitoring and runs
# their unit tests (k8s/monitoring-tests): each alert has a series that fires it and one that does
# not. Every alert's runbook link must name a section of docs/runbook.md. promtool comes from
# Debian's prometheus package, unpacked into .local/tools/prometheus (nothing installed or started).
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
echo "== alert rules (k8s/base/monitoring/alerts.yaml)"
"$PROMTOOL" check rules target/alerts/rules.yaml
"$PROMTOOL" test rules k8s/monitoring-tests/*.yaml
