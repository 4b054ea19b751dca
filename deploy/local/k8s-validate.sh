#!/usr/bin/env bash
# `make k8s-validate`: renders every overlay of k8s/ and validates every object offline
# (k8s/tools/validate.mjs). Needs kubectl (with kustomize) and Node; the npm packages are
# installed into k8s/tools from its lock file.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS=$ROOT/k8s/tools
if [ ! -d "$TOOLS/node_modules" ]; then
  echo "== installing the validators into k8s/tools"
  npm ci --prefix "$TOOLS" --no-audit --no-fund --loglevel=error >/dev/null
fi
if [ -z "${RENDERED:-}" ] && ! command -v kubectl >/dev/null; then
  echo "kubectl is needed to render the overlays (or set RENDERED to a folder of rendered overlays)" >&2
  exit 1
fi
echo "== k8s"
node "$TOOLS/validate.mjs"
