#!/usr/bin/env bash
# `make mutation`: mutmut over each pure module in turn (the machine is shared: 2 workers),
# then the killed share per module. Not part of CI; equivalent mutants are listed with a
# reason in docs/mutation-notes.md. Usage: scripts/mutation.sh [MODULE_GLOB…]
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${MUTATION_JOBS:-2}"
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
    modules=("zwgk.workdays*" "zwgk.catalog.formats.deadline*" "zwgk.records.pi*")
    [ -f zwgk/applications/clock.py ] && modules+=("zwgk.applications.clock*")
fi
for module in "${modules[@]}"; do
    echo "== mutmut: $module"
    nice .venv/bin/mutmut run --max-children "$JOBS" "$module" > /dev/null
done
.venv/bin/mutmut results --all true 2>/dev/null | .venv/bin/python scripts/mutation_summary.py
