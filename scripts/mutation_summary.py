"""Killed share per module from `mutmut results --all true` on stdin (see scripts/mutation.sh).

Arguments are mutant-name globs (as given to `mutmut run`); only matching mutants are counted,
and a glob that covers several modules (zwgk.workdays.*) also gets one line for all of them.
Mutants listed as equivalent in docs/mutation-notes.md (lines starting with "- `NAME`") count
as killed; everything checked, not killed and not listed counts against its module. Mutants
not checked yet (an interrupted run) are left out of the share and counted on its line.
"""
import fnmatch
import re
import sys
from collections import Counter
from pathlib import Path

NOTES = Path(__file__).resolve().parents[1] / "docs" / "mutation-notes.md"
KILLED = ("killed", "timeout", "caught by type check")


def line(label: str, killed: int, equivalent: int, total: int, unchecked: int) -> str:
    share = 100 * killed / total if total else 0.0
    with_eq = 100 * (killed + equivalent) / total if total else 0.0
    text = f"{label}: {killed}/{total} killed ({share:.1f}%), {killed + equivalent}/{total} with {equivalent} equivalent ({with_eq:.1f}%)"
    return text + (f"; {unchecked} not checked" if unchecked else "")


def main(globs: list[str]) -> int:
    equivalent = set(re.findall(r"^- `([^`]+)`", NOTES.read_text(encoding="utf-8"), re.M)) if NOTES.exists() else set()
    rows = []  # (name, module, status)
    for raw in sys.stdin:
        m = re.match(r"(\S+)__mutmut_\d+: (.+)$", raw.strip())
        if not m:
            continue
        name, status = raw.strip().split(": ", 1)
        if globs and not any(fnmatch.fnmatchcase(name, g) for g in globs):
            continue
        rows.append((name, re.split(r"\.x[_\u01c1]", m.group(1))[0], status))

    def count(selected):
        c = Counter()
        for name, _, status in selected:
            if status == "not checked":
                c["unchecked"] += 1
                continue
            c["total"] += 1
            if status in KILLED:
                c["killed"] += 1
            elif name in equivalent:
                c["equivalent"] += 1
        return c

    modules = sorted({module for _, module, _ in rows})
    for module in modules:
        c = count([r for r in rows if r[1] == module])
        print(line(module, c["killed"], c["equivalent"], c["total"], c["unchecked"]))
    for glob in globs:
        selected = [r for r in rows if fnmatch.fnmatchcase(r[0], glob)]
        if len({module for _, module, _ in selected}) > 1:
            c = count(selected)
            print(line(f"{glob} (all together)", c["killed"], c["equivalent"], c["total"], c["unchecked"]))
    left = [(module, f"{name} ({status})") for name, module, status in rows
            if status not in KILLED and status != "not checked" and name not in equivalent]
    for module in modules:
        names = [n for mod, n in left if mod == module]
        if names:
            print(f"\nnot killed in {module}:")
            print("\n".join(f"  {n}" for n in names))
    stale = sorted(n for n in equivalent if globs and any(fnmatch.fnmatchcase(n, g) for g in globs)
                   and not any(n == name and status not in KILLED for name, _, status in rows))
    if stale:
        print("\nlisted as equivalent but killed or unknown (update docs/mutation-notes.md):")
        print("\n".join(f"  {n}" for n in stale))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
