"""For the benches that run once per database: SQLite, then PostgreSQL, figures side by side."""
import json
import os
import subprocess
import tempfile
from pathlib import Path


def run_per_database(argv_for, pg_url) -> tuple[dict, dict]:
    """Run argv_for(url, json_path) in a fresh process on SQLite ("") and then on pg_url; their JSON figures."""
    results = []
    for url in ("", pg_url):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
            if url:
                env["DATABASE_URL"] = url
            print(f"\n===== {'PostgreSQL' if url else 'SQLite'} =====", flush=True)
            subprocess.run(argv_for(url, out.name), env=env, check=True)
            results.append(json.loads(Path(out.name).read_text()))
    return results[0], results[1]


def print_side_by_side(lite, pg, note, rates=()) -> None:
    """Each figure of both runs and PostgreSQL's ratio to SQLite (for the keys in rates, where more is better, inverted)."""
    print(f"\n{'figure':<28}{'SQLite':>12}{'PostgreSQL':>12}{'PG/SQLite':>11}")
    for key, value in lite.items():
        if key == "vendor":
            continue
        other = pg.get(key)
        if isinstance(value, (int, float)) and isinstance(other, (int, float)):
            ratio = (value / other if key in rates else other / value) if value and other else 0
            print(f"{key:<28}{_cell(value):>12}{_cell(other):>12}{ratio:>10.2f}x")
        else:
            print(f"{key:<28}{_cell(value):>12}{_cell(other):>12}")
    print(note)


def _cell(value) -> str:
    """A figure one database lacks (e.g. CPU time, measured on SQLite only) prints as a dash."""
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}" if isinstance(value, float) else str(value)
