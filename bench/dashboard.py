"""Oversight dashboard benchmark: the page's GROUP BY figures vs a naive per-record fold, same run.

    .venv/bin/python bench/dashboard.py                                     # 1,000,000 records on SQLite
    DATABASE_URL=postgres://… .venv/bin/python bench/dashboard.py           # an EMPTY PostgreSQL database
    .venv/bin/python bench/dashboard.py --records 100000 --applications 10000   # a quick run
    .venv/bin/python bench/dashboard.py --reuse [--data-dir …]              # time the generated database again

Generates, with bulk loads (COPY on PostgreSQL; on SQLite batched executemany without syncing;
secondary indexes dropped for the load and built once after; no search index, no revisions;
about 35 s for a million records on SQLite), agencies with a 40-item
catalog and 12 units each, records over five years (95 % published, a third of them late, the rest
drafts, submitted or approved), and applications when the applications app has its models. Then it
times, for the largest agency and the latest full year:
  * the dashboard page (GET /staff/oversight/, full middleware, templates and every query), its
    three charts (separate SVG requests) and the all-agency comparison, in-process with Django's
    test client;
  * the naive baseline: every published record of that agency and year loaded and judged one by
    one with the record page's `timeliness()`, plus every application looked at in Python.
Target: the page under 1 s with 1,000,000 records and 100,000 applications.
"""
import argparse
import contextlib
import datetime
import json
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEARS = [2021, 2022, 2023, 2024, 2025]


def setup_django(args):
    if not os.environ.get("DATABASE_URL") and args.reuse:
        os.environ["ZWGK_DATA_DIR"] = str(Path(args.data_dir))
    elif not os.environ.get("DATABASE_URL"):
        data = Path(args.data_dir)
        if data.exists():
            shutil.rmtree(data)
        data.mkdir(parents=True)
        os.environ["ZWGK_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def make_catalogs(args, rng):
    from zwgk.catalog.models import Agency, Catalog, Item, ItemUnit, Unit

    rules = [{"kind": "after_event", "days": 20, "day_type": "working"}, {"kind": "after_event", "days": 7, "day_type": "working"},
             {"kind": "periodic", "period": "quarter"}, {"kind": "yearly", "month": 1, "day": 31}]
    plan = []
    for a in range(args.agencies):
        agency = Agency.objects.create(name=f"基准测试机关{a + 1}", slug=f"bench-{a + 1}", region="宁夏回族自治区/银川市")
        catalog = Catalog.objects.create(agency=agency, title="目录", year=2025)
        units = [Unit.objects.create(agency=agency, name=f"第{u + 1}科") for u in range(12)]
        top = Item.objects.create(catalog=catalog, name="政务公开", slug="0", level=1)
        items = []
        for i in range(40):
            name = "政府信息公开年报" if i == 0 else f"事项{i}"
            rule = rules[3] if i == 0 else rules[i % 3]
            item = Item.objects.create(catalog=catalog, parent=top, name=name, slug=f"1-{i}", level=2, position=i,
                                       mode=["主动"], deadline_rule=rule, columns=[f"栏目{i % 8}"])
            ItemUnit.objects.create(item=item, unit=units[i % 12])
            items.append(item)
        plan.append((agency, items, units))
    return plan


def bulk_insert(table, columns, rows, batch=20000):
    """COPY on PostgreSQL, batched executemany on SQLite; `rows` may be a generator."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        chunk = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                cursor.executemany(sql, chunk)
                chunk = []
        if chunk:
            cursor.executemany(sql, chunk)


@contextlib.contextmanager
def indexes_dropped(tables):
    """Drop the secondary indexes of `tables` for the load and build them again after.

    Building an index once over a full table is several times faster than keeping it current
    through a million random inserts; the primary keys and unique constraints stay.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint c WHERE c.conname = indexname)", [list(tables)])
        else:
            cursor.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND sql NOT LIKE 'CREATE UNIQUE%%' AND tbl_name IN ({', '.join(['%s'] * len(tables))})", list(tables))
        found = cursor.fetchall()
        for name, _ in found:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # CREATE INDEX refuses to run with deferred FK checks pending
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for _, definition in found:
            cursor.execute(definition)


def insert_records(args, plan, rng):
    from django.db import connection
    from django.utils import timezone

    from zwgk.holidays.services import calendar_for

    columns = ["agency_id", "item_id", "unit_id", "title", "summary", "publisher", "doc_number", "formed_on", "published_at",
               "topic", "genre", "disclosure_mode", "disclosure_scope", "validity", "keywords", "body", "elements", "state",
               "withdrawn_reason", "review_comment", "review_decision", "review_reason", "due_on", "due_provisional",
               "due_explanation", "period", "version", "created_at", "updated_at"]
    ops = connection.ops
    now = ops.adapt_datetimefield_value(timezone.now())
    zone = timezone.get_current_timezone()
    per_agency = [args.records // len(plan)] * len(plan)
    per_agency[0] += args.records - sum(per_agency)  # the first agency is the largest
    start = datetime.date(YEARS[0], 1, 1)
    span = (datetime.date(YEARS[-1], 12, 31) - start).days
    # Publication stamps depend only on (day, hour): adapt each pair once, not once per row.
    stamps = {}

    def stamp(day, hour):
        key = (day, hour)
        if key not in stamps:
            stamps[key] = ops.adapt_datetimefield_value(datetime.datetime.combine(day, datetime.time(hour), zone))
        return stamps[key]

    # Before the load: a query while COPY streams would wait on its own connection.
    cals = [calendar_for(agency) for agency, _, _ in plan]

    def rows():
        for (agency, items, units), count, cal in zip(plan, per_agency, cals):
            due_cache = {}
            for _ in range(count):
                item = items[rng.randrange(1, len(items))]
                formed = start + datetime.timedelta(days=rng.randrange(span))
                days = 20 if item.deadline_rule.get("days") == 20 else 7
                key = (formed, days)
                if key not in due_cache:
                    due_cache[key] = (cal.add_workdays(formed, days) if formed.year < 2026
                                      else formed + datetime.timedelta(days=days))
                due = due_cache[key]
                roll = rng.random()
                if roll < 0.95:
                    state = "published"
                    lag = rng.randrange(0, int(days * 1.4 * 1.5) + 2)
                    published = stamp(formed + datetime.timedelta(days=lag), 9 + rng.randrange(9))
                else:
                    state = "draft" if roll < 0.98 else ("submitted" if roll < 0.99 else "approved")
                    published = None
                yield (agency.pk, item.pk, units[item.position % 12].pk, "基准测试信息", "", "", "", formed, published,
                       "", "通知", "主动公开", "面向社会", "有效", "", "", "{}", state, "", "", "", "", due, False,
                       "", "", 1, now, now)

    bulk_insert("records_record", columns, rows())


def insert_applications(args, plan, rng):
    from django.db import connection
    from django.utils import timezone

    from zwgk.applications import codes
    from zwgk.applications.models import Application

    model = Application
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    outcomes = [code for code, _ in codes.OUTCOMES]
    types = [code for code, _ in codes.APPLICANT_TYPES]
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    defaults = []
    for f in fields:
        if f.null:
            defaults.append(None)
        elif f.has_default():
            default = f.get_default()
            defaults.append(json.dumps(default) if isinstance(default, (dict, list))
                            else str(default) if f.get_internal_type() == "DecimalField" else default)
        else:
            defaults.append("")
    start = datetime.date(YEARS[0], 1, 1)
    span = (datetime.date(YEARS[-1], 12, 31) - start).days

    def rows():
        for n in range(args.applications):
            agency = plan[0][0] if n % 2 == 0 else plan[rng.randrange(len(plan))][0]
            received = start + datetime.timedelta(days=rng.randrange(span))
            closed = received + datetime.timedelta(days=rng.randrange(1, 40)) if rng.random() < 0.97 else None
            values = {
                "agency": agency.pk, "number": f"B{n:08d}", "applicant_type": rng.choice(types), "name": "申请人",
                "id_type": "resident_id", "id_number": "x", "description": "所需信息", "medium": "electronic",
                "delivery": "online", "submitted_at": now, "received_on": received,
                "due_on": received + datetime.timedelta(days=28),
                "paused": closed is None and rng.random() < 0.3, "state": "closed" if closed else "processing",
                "outcome": rng.choice(outcomes) if closed else "", "closed_on": closed, "created_at": now, "updated_at": now,
            }
            yield [values[f.name] if f.name in values else default for f, default in zip(fields, defaults)]

    bulk_insert(model._meta.db_table, [f.column for f in fields], rows())
    return True


def naive(agency, year):
    """The per-row baseline: load every record of the year and judge it with timeliness()."""
    from zwgk.holidays.services import calendar_for
    from zwgk.applications.models import Application
    from zwgk.oversight.figures import local_bounds
    from zwgk.records.models import Record
    from zwgk.records.timeliness import timeliness

    cal = calendar_for(agency)
    low, high = local_bounds(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    by_unit = {}
    for record in (Record.objects.filter(agency=agency, state__in=["published", "withdrawn"], published_at__gte=low,
                                         published_at__lt=high).select_related("item", "agency")):
        t = timeliness(record, cal=cal)
        counts = by_unit.setdefault(record.unit_id, [0, 0, 0])
        counts[0] += 1
        counts[1] += t.status == "on_time"
        counts[2] += t.status == "late"
    answered = 0
    for application in Application.objects.filter(agency=agency):
        if application.closed_on and application.due_on and application.closed_on <= application.due_on:
            answered += 1
    return by_unit


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=5)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", default="/tmp/zwgk-bench-dashboard")
    parser.add_argument("--reuse", action="store_true", help="time an existing benchmark database (migrated to this version)")
    args = parser.parse_args()
    setup_django(args)
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import override_settings

    from zwgk.records.models import Record

    from zwgk.catalog.models import Agency
    from zwgk.applications.models import Application

    if args.reuse:
        plan = [(a, None, None) for a in Agency.objects.filter(slug__startswith="bench-").order_by("pk")]
        print(f"{connection.vendor}: reusing {Record.objects.count():,} records and "
              f"{Application.objects.count():,} applications over {len(plan)} agencies")
    else:
        if Record.objects.exists():
            raise SystemExit("数据库不是空的：请使用空数据库（SQLite 时换一个 --data-dir），或加 --reuse")
        rng = random.Random(args.seed)
        started = time.perf_counter()
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:  # a throw-away database: no need to wait for the disk
                cursor.execute("PRAGMA synchronous = OFF")
                cursor.execute("PRAGMA cache_size = -1048576")
        with transaction.atomic():  # one transaction: SQLite in autocommit would sync every row
            plan = make_catalogs(args, rng)
            with indexes_dropped(["records_record", "applications_application"]):
                insert_records(args, plan, rng)
                have_applications = insert_applications(args, plan, rng)
        with connection.cursor() as cursor:
            # PostgreSQL answers from the covering indexes alone only once the visibility map is set.
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        print(f"{connection.vendor}: generated {args.records:,} records"
              f"{f' and {args.applications:,} applications' if have_applications else ' (no applications: the app has no models yet)'}"
              f" over {args.agencies} agencies in {time.perf_counter() - started:.0f} s")

    from django.contrib.auth import get_user_model

    agency, year = plan[0][0], YEARS[-1]
    year_records = Record.objects.filter(agency=agency, published_at__year=year).count()
    user = get_user_model().objects.filter(username="bench").first() or get_user_model().objects.create_superuser("bench", password="x")
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        client = Client()
        client.force_login(user)
        url = f"/staff/oversight/?agency={agency.slug}&year={year}"
        assert client.get(url).status_code == 200  # warm: templates, calendar, fonts
        page = timed(lambda: client.get(url), args.repeat)
        charts = {}
        for name in ("timeliness", "units", "outcomes"):
            chart_url = f"/staff/oversight/charts/{name}.svg?agency={agency.slug}&year={year}"
            assert client.get(chart_url).status_code == 200
            charts[name] = timed(lambda: client.get(chart_url), args.repeat)
        compare_url = f"/staff/oversight/agencies/?year={year}"
        assert client.get(compare_url).status_code == 200
        compare = timed(lambda: client.get(compare_url), args.repeat)
    baseline = timed(lambda: naive(agency, year), max(1, args.repeat // 2))
    print(f"agency {agency.name}: {Record.objects.filter(agency=agency).count():,} records, {year_records:,} published in {year}")
    print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    print(f"dashboard page        median {statistics.median(page):.3f} s  max {max(page):.3f} s  (target < 1 s)")
    for name, times in charts.items():
        print(f"{name + ' chart SVG':<22}median {statistics.median(times):.3f} s  (loaded by the page as a separate image)")
    print(f"all-agency comparison median {statistics.median(compare):.3f} s  ({len(plan)} agencies)")
    print(f"naive per-row fold    median {statistics.median(baseline):.3f} s  "
          f"({statistics.median(baseline) / statistics.median(page):.1f}x the whole page)")


if __name__ == "__main__":
    main()
