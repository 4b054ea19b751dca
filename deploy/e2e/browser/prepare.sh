#!/usr/bin/env bash
# What the browser story needs on a fresh machine: Debian's Chromium (Playwright's own browser
# download cannot reach the internet here) and playwright-core from the npm registry, at the
# version package-lock.json pins.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# CHROMIUM names another build where Debian's package cannot be installed (GitLab's test image).
if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the browser tests"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
    || { $SUDO apt-get update -q >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
fi
if [ ! -d "$HERE/node_modules/playwright-core" ]; then
  echo "== installing playwright-core"
  npm ci --prefix "$HERE" --no-audit --no-fund --loglevel=error >/dev/null
fi
