#!/usr/bin/env bash
# `make lint`: checks that need no server. .gitlab-ci.yml is validated offline against GitLab's
# schema by gitlab-ci-local (4.60.0: later releases fail on Node 20), installed from npm into .local/tools.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS=$ROOT/.local/tools
cd "$ROOT"

if [ ! -x "$TOOLS/node_modules/.bin/gitlab-ci-local" ]; then
  echo "== installing gitlab-ci-local 4.60.0 into .local/tools"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error gitlab-ci-local@4.60.0 >/dev/null
fi

echo "== .gitlab-ci.yml"
"$TOOLS/node_modules/.bin/gitlab-ci-local" --list
