#!/usr/bin/env bash
# Test tools that are not Python packages: axe-core (the WCAG checker the browser tests inject
# into each page), installed from the npm registry into the git-ignored .tools/ folder.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1
if [ "$(node -p "require('./.tools/axe/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$AXE_VERSION" ]; then
    command -v npm >/dev/null || {
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
    }
    mkdir -p .tools/axe
    npm install --prefix .tools/axe --no-audit --no-fund --no-save --loglevel=error "axe-core@$AXE_VERSION"
fi
