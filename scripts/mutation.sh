#!/usr/bin/env bash
# `make mutation`: mutmut over each pure module in turn (the machine is shared: 2 workers),
# then the killed share per module. Not part of CI; equivalent mutants are listed with a
# reason in docs/mutation-notes.md.
# Usage: scripts/mutation.sh [MODULE…]   MODULE is a path (zwgk/workdays, zwgk/workdays/notice.py)
# or a mutmut name glob (zwgk.workdays.notice.*); none means every module in [tool.mutmut].
# After adding a module to only_mutate, delete mutants/ (mutmut would keep its unmutated copy).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${MUTATION_JOBS:-2}"

# A path becomes the glob of its mutant names: mutmut names mutants
# package.module.x_function__mutmut_N, and drops "__init__" from a package's own module.
as_glob() {
    local arg="${1%/}"
    case "$arg" in
        *__init__.py) arg="${arg%/__init__.py}"; echo "${arg//\//.}.x*" ;;
        *.py) arg="${arg%.py}"; echo "${arg//\//.}.*" ;;
        */*) echo "${arg//\//.}.*" ;;
        *) echo "$arg" ;;
    esac
}

modules=()
for arg in "$@"; do
    glob="$(as_glob "$arg")"
    [ -e "$arg" ] || [[ "$arg" != */* ]] || { echo "no such module: $arg" >&2; exit 2; }
    modules+=("$glob")
done
if [ ${#modules[@]} -eq 0 ]; then
    modules=("zwgk.workdays.*" "zwgk.catalog.formats.deadline.*" "zwgk.records.pi.*" "zwgk.lib.idnumbers.*"
             "zwgk.applications.clock.*")
fi
for module in "${modules[@]}"; do
    echo "== mutmut: $module"
    nice .venv/bin/mutmut run --max-children "$JOBS" "$module" > /dev/null
done
.venv/bin/mutmut results --all true 2>/dev/null | .venv/bin/python scripts/mutation_summary.py "${modules[@]}"
