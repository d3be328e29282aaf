#!/usr/bin/env bash
# Debian packages the tests need: PostgreSQL 15 server (+ RUM, so an index made by an older release can be upgraded in place), Chromium + driver, CJK fonts, PDF rendering.
set -euo pipefail
needed=()
# libpango/harfbuzz-subset: WeasyPrint renders PDFs with them.
# default-jre-headless: Java for the Nu HTML checker (vnu.jar) run by tests/test_html_validity.py.
for pkg in postgresql-15 postgresql-15-rum chromium chromium-driver fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 default-jre-headless; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
if [ ${#needed[@]} -gt 0 ]; then
    echo "installing Debian packages: ${needed[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
