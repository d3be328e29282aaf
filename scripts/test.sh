#!/usr/bin/env bash
# Installs what the tests need (apt packages, a throw-away PostgreSQL 15 on loopback, the venv)
# and runs the whole suite twice: on SQLite, then on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
bash scripts/install-test-tools.sh
make --no-print-directory install

export ZWGK_DATA_DIR="$(mktemp -d)"
export PYTHONHASHSEED=0
mkdir -p test-artifacts

echo "== import contracts (pyproject.toml [tool.importlinter])"
.venv/bin/lint-imports --no-cache

echo "== test suite on SQLite"
unset DATABASE_URL
.venv/bin/pytest "$@"

echo "== test suite on PostgreSQL"
source scripts/postgres.sh
pg_start
trap pg_stop EXIT
DATABASE_URL="$PG_URL" .venv/bin/pytest "$@"
