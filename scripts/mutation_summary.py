"""Killed share per module from `mutmut results --all true` on stdin (see scripts/mutation.sh).

Arguments are mutant-name globs (as given to `mutmut run`); only matching mutants are counted.
Mutants listed as equivalent in docs/mutation-notes.md (lines starting with "- `NAME`") count
as killed; everything not killed and not listed counts against the module.
"""
import fnmatch
import re
import sys
from collections import Counter
from pathlib import Path

NOTES = Path(__file__).resolve().parents[1] / "docs" / "mutation-notes.md"


def main(globs: list[str]) -> int:
    equivalent = set(re.findall(r"^- `([^`]+)`", NOTES.read_text(encoding="utf-8"), re.M)) if NOTES.exists() else set()
    totals, killed, left = Counter(), Counter(), {}
    for line in sys.stdin:
        m = re.match(r"\s*(\S+)__mutmut_\d+: (.+)$", line.strip())
        if not m:
            continue
        name, status = line.strip().split(": ", 1)
        if globs and not any(fnmatch.fnmatchcase(name, g) for g in globs):
            continue
        if status == "not checked":
            continue
        module = re.split(r"\.x[_\u01c1]", m.group(1))[0]
        totals[module] += 1
        if status in ("killed", "timeout", "caught by type check") or name in equivalent:
            killed[module] += 1
        else:
            left.setdefault(module, []).append(f"{name} ({status})")
    for module in sorted(totals):
        share = 100 * killed[module] / totals[module]
        print(f"{module}: {killed[module]}/{totals[module]} killed ({share:.1f}%)")
    for module, names in sorted(left.items()):
        print(f"\nnot killed in {module}:")
        print("\n".join(f"  {n}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
