"""Oversight dashboard benchmark: the page's GROUP BY figures vs a naive per-record fold, same run.

    .venv/bin/python bench/dashboard.py                                     # 1,000,000 records on SQLite
    DATABASE_URL=postgres://… .venv/bin/python bench/dashboard.py           # an EMPTY PostgreSQL database
    .venv/bin/python bench/dashboard.py --records 100000 --applications 10000   # a quick run

Generates, with raw batched inserts (no search index, no revisions), agencies with a 40-item
catalog and 12 units each, records over five years (95 % published, a third of them late, the rest
drafts, submitted or approved), and applications when the applications app has its models. Then it
times, for the largest agency and the latest full year:
  * the dashboard page (GET /staff/oversight/, full middleware, templates and every query) and its
    timeliness chart, in-process with Django's test client;
  * the naive baseline: every published record of that agency and year loaded and judged one by
    one with the record page's `timeliness()`, plus every application looked at in Python.
Target: the page under 1 s with 1,000,000 records and 100,000 applications.
"""
import argparse
import datetime
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


def insert_records(args, plan, rng):
    from django.db import connection
    from django.utils import timezone

    from zwgk.holidays.services import calendar_for

    columns = ["agency_id", "item_id", "unit_id", "title", "summary", "publisher", "doc_number", "formed_on", "published_at",
               "topic", "genre", "disclosure_mode", "disclosure_scope", "validity", "keywords", "body", "elements", "state",
               "withdrawn_reason", "review_comment", "review_decision", "review_reason", "due_on", "due_provisional",
               "version", "created_at", "updated_at"]
    sql = f"INSERT INTO records_record ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    ops = connection.ops
    now = ops.adapt_datetimefield_value(timezone.now())
    zone = timezone.get_current_timezone()
    per_agency = [args.records // len(plan)] * len(plan)
    per_agency[0] += args.records - sum(per_agency)  # the first agency is the largest
    start = datetime.date(YEARS[0], 1, 1)
    span = (datetime.date(YEARS[-1], 12, 31) - start).days
    batch = []
    for (agency, items, units), count in zip(plan, per_agency):
        cal = calendar_for(agency)
        due_cache = {}
        for _ in range(count):
            item = items[rng.randrange(1, len(items))]
            formed = start + datetime.timedelta(days=rng.randrange(span))
            days = 20 if item.deadline_rule.get("days") == 20 else 7
            if formed not in due_cache:
                due_cache[formed] = cal.add_workdays(formed, days) if formed.year < 2026 else formed + datetime.timedelta(days=days)
            due = due_cache[formed]
            roll = rng.random()
            if roll < 0.95:
                state = "published"
                lag = rng.randrange(0, int(days * 1.4 * 1.5) + 2)
                published = ops.adapt_datetimefield_value(
                    datetime.datetime.combine(formed + datetime.timedelta(days=lag), datetime.time(9 + rng.randrange(9)), zone))
            else:
                state = "draft" if roll < 0.98 else ("submitted" if roll < 0.99 else "approved")
                published = None
            batch.append((agency.pk, item.pk, units[item.position % 12].pk, "基准测试信息", "", "", "", formed, published,
                          "", "通知", "主动公开", "面向社会", "有效", "", "", "{}", state, "", "", "", "", due, False, 1, now, now))
            if len(batch) >= 20000:
                with connection.cursor() as cursor:
                    cursor.executemany(sql, batch)
                batch = []
    if batch:
        with connection.cursor() as cursor:
            cursor.executemany(sql, batch)


def insert_applications(args, plan, rng):
    from django.apps import apps
    from django.db import connection
    from django.utils import timezone

    from zwgk.applications import codes

    try:
        model = apps.get_model("applications", "Application")
    except LookupError:
        return False
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    outcomes = [code for code, _ in codes.OUTCOMES]
    types = [code for code, _ in codes.APPLICANT_TYPES]
    rows = []
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    names = [f.column for f in fields]
    sql = f"INSERT INTO {model._meta.db_table} ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})"
    start = datetime.date(YEARS[0], 1, 1)
    span = (datetime.date(YEARS[-1], 12, 31) - start).days
    for n in range(args.applications):
        agency = plan[0][0] if n % 2 == 0 else plan[rng.randrange(len(plan))][0]
        received = start + datetime.timedelta(days=rng.randrange(span))
        closed = received + datetime.timedelta(days=rng.randrange(1, 40)) if rng.random() < 0.97 else None
        values = {
            "agency": agency.pk, "number": f"B{n:08d}", "applicant_type": rng.choice(types), "name": "申请人",
            "id_type": "resident_id", "id_number": "x", "description": "所需信息", "medium": "electronic", "delivery": "online",
            "submitted_at": now, "received_on": received, "due_on": received + datetime.timedelta(days=28),
            "paused": closed is None and rng.random() < 0.3, "state": "closed" if closed else "processing",
            "outcome": rng.choice(outcomes) if closed else "", "closed_on": closed, "created_at": now, "updated_at": now,
        }
        row = []
        for f in fields:
            key = f.name if f.name in values else f.attname
            if f.name in values:
                row.append(values[f.name])
            elif f.null:
                row.append(None)
            elif f.has_default():
                default = f.get_default()
                row.append(str(default) if f.get_internal_type() == "DecimalField" else default)
            else:
                row.append("")
            del key
        rows.append(row)
        if len(rows) >= 20000:
            with connection.cursor() as cursor:
                cursor.executemany(sql, rows)
            rows = []
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)
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
        with transaction.atomic():  # one transaction: SQLite in autocommit would sync every row
            plan = make_catalogs(args, rng)
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
        client.get(f"/staff/oversight/charts/timeliness.svg?agency={agency.slug}&year={year}")
        page = timed(lambda: client.get(url), args.repeat)
        chart = timed(lambda: client.get(f"/staff/oversight/charts/timeliness.svg?agency={agency.slug}&year={year}"), args.repeat)
    baseline = timed(lambda: naive(agency, year), max(1, args.repeat // 2))
    print(f"agency {agency.name}: {Record.objects.filter(agency=agency).count():,} records, {year_records:,} published in {year}")
    print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    print(f"dashboard page        median {statistics.median(page):.3f} s  max {max(page):.3f} s  (target < 1 s)")
    print(f"timeliness chart SVG  median {statistics.median(chart):.3f} s")
    print(f"naive per-row fold    median {statistics.median(baseline):.3f} s  "
          f"({statistics.median(baseline) / statistics.median(page):.1f}x the whole page)")


if __name__ == "__main__":
    main()
