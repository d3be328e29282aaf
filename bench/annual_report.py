"""Annual report benchmark: the JSON of one agency's report over 1,000,000 records and 100,000 applications.

    .venv/bin/python bench/annual_report.py                              # SQLite in a fresh data directory
    DATABASE_URL=postgres://… .venv/bin/python bench/annual_report.py    # PostgreSQL (an empty database)
    .venv/bin/python bench/annual_report.py --records 100000 --applications 10000   # a quick run

One agency gets the records (five years, mixed 体裁 and 有效性, some under 行政许可/处罚/强制 items),
the applications (received over five years, most closed, every outcome and applicant type) and
2,000 行政复议/诉讼 cases, written with bulk inserts (COPY on PostgreSQL). Then, in the same run:
  * the report: `services.report_json(agency, 2025)` (the grouped queries), best and median of 5;
  * the baseline: the naive count, fetching every record, application and case row and counting
    them one by one in Python with the same rules (`tables.classify` / `review_column`).
Both must give the same tables; the target is < 2 s for the report.
"""
import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = 2025
TARGET_SECONDS = 2.0


def setup(data_dir=None):
    if not os.environ.get("DATABASE_URL"):
        os.environ["ZWGK_DATA_DIR"] = data_dir or tempfile.mkdtemp(prefix="zwgk-bench-annual-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def insert_rows(model, constant: dict, varying: list[str], rows):
    """Bulk insert: every column gets its model default or `constant`, the `varying` ones come per row.

    COPY on PostgreSQL, executemany on SQLite. Defaults are taken from the model so a field added
    later (with a default) does not break the script.
    """
    from django.db import connection

    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = [f.column for f in fields]
    base = []
    for f in fields:
        value = constant[f.attname] if f.attname in constant else f.get_default()
        if f.attname not in varying:
            value = f.get_db_prep_save(value, connection)
        base.append(value)
    slots = [columns.index(model._meta.get_field(name).column) for name in varying]
    json_slots = [i for i, f in zip(slots, (model._meta.get_field(n) for n in varying)) if f.get_internal_type() == "JSONField"]
    table = model._meta.db_table

    def full_rows():
        for values in rows:
            row = list(base)
            for slot, value in zip(slots, values):
                row[slot] = value
            for slot in json_slots:
                row[slot] = "{}"
            yield row

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in full_rows():
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            batch = []
            for row in full_rows():
                batch.append(row)
                if len(batch) == 20000:
                    cursor.executemany(sql, batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)


def generate(n_records, n_applications, seed):
    from django.db import connection, transaction
    from django.utils import timezone

    from zwgk.annualreport import tables
    from zwgk.applications.models import Application, ReviewCase
    from zwgk.catalog.models import Agency, Catalog, Item
    from zwgk.records.models import Record

    rng = random.Random(seed)
    agency = Agency.objects.create(name="基准测试市人力资源和社会保障局", short_name="基准局", slug="bench-rsj")
    catalog = Catalog.objects.create(agency=agency, title="基准目录", year=YEAR)
    names = ["政府信息公开年报", "部门文件", "行政许可结果公开", "行政处罚结果公开", "行政强制信息"] + [
        f"其他事项{i}" for i in range(25)]
    item_ids = [Item.objects.create(catalog=catalog, level=1, name=name, slug=str(i), position=i).pk
                for i, name in enumerate(names)]
    weights = [1, 20, 8, 8, 2] + [3] * 25
    now = timezone.now()
    genres = ["通知"] * 12 + ["公告", "规章", "行政规范性文件", "规范性文件", "报告", "解读"]
    start = dt.date(YEAR - 4, 1, 1)
    days = 5 * 365

    def records():
        for n in range(n_records):
            formed = start + dt.timedelta(days=rng.randrange(days))
            validity, until = "有效", None
            if rng.random() < 0.1:
                validity = rng.choice(["废止", "失效"])
                until = formed + dt.timedelta(days=rng.randrange(1, 900))
            published = dt.datetime.combine(formed + dt.timedelta(days=rng.randrange(8)), dt.time(1), dt.timezone.utc)
            yield (rng.choices(item_ids, weights)[0], f"B/{n}", n, f"基准信息{n}", formed, published,
                   rng.choice(genres), validity, until, formed, None)

    def applications():
        for n in range(n_applications):
            received = start + dt.timedelta(days=rng.randrange(days))
            closed = received + dt.timedelta(days=rng.randrange(1, 60)) if rng.random() < 0.93 else None
            paid = received + dt.timedelta(days=5) if rng.random() < 0.02 else None
            yield (f"B-{n:07d}", rng.choice(tables.APPLICANT_CODES), received, "closed" if closed else "processing",
                   rng.choice(tables.OUTCOME_CODES) if closed else "", closed, "100.00" if paid else "0", paid)

    def cases():
        for _ in range(2000):
            filed = start + dt.timedelta(days=rng.randrange(days))
            decided = filed + dt.timedelta(days=rng.randrange(30, 200)) if rng.random() < 0.8 else None
            result = rng.choice(["upheld", "corrected", "other"]) if decided else "pending"
            kind = rng.choice(["reconsideration", "litigation_direct", "litigation_after_reconsideration"])
            yield (kind, result, filed, decided)

    common = {"agency_id": agency.pk, "created_at": now, "updated_at": now}
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # a throw-away database: no need to wait for the disk
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA cache_size = -262144")
    with transaction.atomic():
        insert_rows(Record, {**common, "state": "published", "publisher": "基准局", "review_decision": "主动公开",
                             "elements": {}},
                    ["item_id", "index_number", "serial", "title", "formed_on", "published_at", "genre", "validity",
                     "valid_until", "due_on", "elements"], records())
        insert_rows(Application, {**common, "name": "申请人", "id_type": "resident_id", "id_number": "x",
                                  "description": "所需信息", "medium": "electronic", "delivery": "email",
                                  "submitted_at": now, "submission_key": None},
                    ["number", "applicant_type", "received_on", "state", "outcome", "closed_on", "fee_amount",
                     "fee_paid_on"], applications())
        insert_rows(ReviewCase, {"agency_id": agency.pk, "created_at": now}, ["kind", "result", "filed_on", "decided_on"],
                    cases())
    with connection.cursor() as cursor:
        # What autovacuum would have done by the time a report is drawn up: planner statistics,
        # and on PostgreSQL the visibility map that lets index-only scans skip the table.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    return agency


def naive(agency, year):
    """The baseline: every row fetched and counted one by one in Python, same rules."""
    from zwgk.annualreport import figures, tables
    from zwgk.applications.models import Application, ReviewCase
    from zwgk.records.models import Record

    start, end = figures.year_bounds(year)
    flows = {}
    for received, closed, outcome, applicant in Application.objects.filter(agency=agency).values_list(
            "received_on", "closed_on", "outcome", "applicant_type").iterator(chunk_size=5000):
        place = tables.classify(received, closed, year)
        if place:
            key = (place[0], (outcome or "other.other") if place[1] else "carried_out", applicant)
            flows[key] = flows.get(key, 0) + 1
    counts = {}
    for kind, filed, decided, result in ReviewCase.objects.filter(agency=agency).values_list(
            "kind", "filed_on", "decided_on", "result").iterator(chunk_size=5000):
        column = tables.review_column(filed, decided, result, year)
        if column:
            counts[(kind, column)] = counts.get((kind, column), 0) + 1
    made = repealed = in_force = 0
    for genre, formed, validity, until in Record.objects.filter(agency=agency, state="published").values_list(
            "genre", "formed_on", "validity", "valid_until").iterator(chunk_size=5000):
        if genre in figures.NORMATIVE_GENRES:
            made += start <= formed <= end
            gone = validity in figures.REPEALED
            repealed += gone and until is not None and start <= until <= end
            in_force += formed <= end and not (gone and (until is None or until <= end))
    return tables.table3_from_flows(flows), tables.table4_from_counts(counts), (made, repealed, in_force)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", help="SQLite: the data directory (default: a new temporary one)")
    args = parser.parse_args()
    setup(args.data_dir)
    import json

    from django.db import connection

    from zwgk.annualreport import services
    from zwgk.catalog.models import Agency

    if Agency.objects.filter(slug="bench-rsj").exists():
        raise SystemExit("数据库中已有基准数据：请使用空数据库。")
    t0 = time.perf_counter()
    agency = generate(args.records, args.applications, args.seed)
    print(f"{connection.vendor}: 生成 {args.records:,} 条信息、{args.applications:,} 件申请、2,000 件案件 "
          f"{time.perf_counter() - t0:.1f} s")
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        data = services.report_json(agency, YEAR)
        json.dumps(data, ensure_ascii=False)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    table3, table4, normative = naive(agency, YEAR)
    naive_seconds = time.perf_counter() - t
    same = (data["table3"] == table3.to_json() and data["table4"] == table4
            and tuple(data["table2"]["normative_documents"].values()) == normative)
    best, median = min(times), statistics.median(times)
    print(f"年度报告 JSON：最快 {best:.3f} s，中位 {median:.3f} s（目标 < {TARGET_SECONDS} s）"
          f"{'  达标' if median < TARGET_SECONDS else '  未达标'}")
    print(f"逐行计数基线：{naive_seconds:.3f} s；快 {naive_seconds / median:.1f} 倍；结果一致：{'是' if same else '否'}")
    print(f"表三（七）总计 {data['table3']['rows'][-2]['values'][6]:,}，结转下年度 {data['table3']['rows'][-1]['values'][6]:,}")
    if not same:
        raise SystemExit("分组查询与逐行计数结果不一致")


if __name__ == "__main__":
    main()
