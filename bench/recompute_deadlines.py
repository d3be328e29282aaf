"""Benchmark recomputing stored due dates: 100,000 affected records in under 30 s on SQLite.

Run: .venv/bin/python bench/recompute_deadlines.py [--rows 100000] [--sample 2000]

Sets up a throw-away ZWGK_DATA_DIR (migrate + the seed catalog), imports `rows` records spread
over the seed catalog's items and 2019–2025, makes every stored due date stale, then times
`deadlines.recompute` over all of them (what an item, region or calendar change triggers, and
`zwgk recompute-deadlines`). The baseline, measured in the same run on a sample: the per-record
way (deadlines.apply + save per record, one transaction, rolled back).
"""
import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_records import fast_import, generate, setup  # noqa: E402

TARGET_SECONDS = 30


def per_record_baseline(sample: int) -> tuple[int, float]:
    from django.db import transaction

    from zwgk.records import deadlines
    from zwgk.records.models import Record

    class Rollback(Exception):
        pass

    records = list(Record.objects.select_related("item", "agency").order_by("pk")[:sample])
    started = time.perf_counter()
    try:
        with transaction.atomic():
            for record in records:
                deadlines.apply(record)
                Record.objects.filter(pk=record.pk).update(
                    due_on=record.due_on, due_provisional=record.due_provisional,
                    due_explanation=record.due_explanation, period=record.period)
            elapsed = time.perf_counter() - started
            raise Rollback
    except Rollback:
        pass
    return len(records), elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="zwgk-bench-recompute-"))
    try:
        agency = setup(data_dir)
        path = data_dir / "records.json"
        generate(agency, args.rows, "json", path)
        fast_import(agency, path)

        from django.db import transaction

        from zwgk.records import deadlines
        from zwgk.records.models import Record

        total = Record.objects.count()
        Record.objects.update(due_on=None, due_provisional=False, due_explanation="")
        started = time.perf_counter()
        with transaction.atomic():
            changed = deadlines.recompute()
        seconds = time.perf_counter() - started
        again = time.perf_counter()
        unchanged = deadlines.recompute()
        again = time.perf_counter() - again
        print(f"批量重算 {total:,} 条信息的应公开日期：更新 {changed:,} 条，用时 {seconds:.1f} s（{total / seconds:,.0f} 条/秒）")
        print(f"再次重算（幂等）：更新 {unchanged} 条，用时 {again:.1f} s")
        projected = seconds if total >= 100_000 else seconds * 100_000 / total
        basis = "实测" if total >= 100_000 else "按此速度推算"
        print(f"目标 10 万条 < {TARGET_SECONDS} s：{'达标' if projected < TARGET_SECONDS else '未达标'}（{basis} {projected:.1f} s）")

        n, base = per_record_baseline(args.sample)
        rate = n / base
        print(f"\n基线：逐条计算并保存 {n:,} 条（单一事务，已回滚）：{base:.1f} s，{rate:,.0f} 条/秒；"
              f"10 万条约需 {100_000 / rate:.0f} s")
        print(f"批量重算速度是逐条的 {(total / seconds) / rate:.1f} 倍")
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
