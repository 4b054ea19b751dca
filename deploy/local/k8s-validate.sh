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
# The overlays as released: every image pinned by digest (k8s/tools/release.mjs, with the hash of each
# image's name standing in for the registries), then validated like the overlays themselves.
echo "== k8s, as released (images pinned by digest)"
mkdir -p "$ROOT/target/release"
for overlay in $(ls "$ROOT/k8s/overlays"); do
  OFFLINE_DIGESTS=1 node "$TOOLS/release.mjs" "$overlay" >"$ROOT/target/release/$overlay.yaml"
done
RENDERED=$ROOT/target/release node "$TOOLS/validate.mjs"
