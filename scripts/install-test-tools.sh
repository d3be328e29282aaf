#!/usr/bin/env bash
# Test tools that are not Python packages, installed from the npm registry into the git-ignored
# .tools/ folder: axe-core (the WCAG checker the browser tests inject into each page) and vnu-jar
# (the Nu HTML checker's vnu.jar, run with Java by tests/test_html_validity.py).
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1
VNU_VERSION=26.9.27

installed() {  # installed DIR PACKAGE: the version in .tools/DIR, empty when missing
    node -p "require('./.tools/$1/node_modules/$2/package.json').version" 2>/dev/null || true
}

need_npm() {
    command -v npm >/dev/null || {
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
    }
}

if [ "$(installed axe axe-core)" != "$AXE_VERSION" ]; then
    need_npm
    mkdir -p .tools/axe
    npm install --prefix .tools/axe --no-audit --no-fund --no-save --loglevel=error "axe-core@$AXE_VERSION"
fi
if [ "$(installed vnu vnu-jar)" != "$VNU_VERSION" ]; then
    need_npm
    mkdir -p .tools/vnu
    npm install --prefix .tools/vnu --no-audit --no-fund --no-save --loglevel=error "vnu-jar@$VNU_VERSION"
fi
