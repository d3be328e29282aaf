"""Benchmark `zwgk import-records`: 100,000 records in under 2 minutes on SQLite.

Run: .venv/bin/python bench/import_records.py [--rows 100000] [--sample 2000] [--format json|csv]
         [--database-url postgres://…/empty_db]

Sets up a throw-away ZWGK_DATA_DIR (migrate + the seed catalog), generates a file of records
under the seed catalog's items, times the bulk import (read, validate, save, search index), then
times a naive per-row import (Record.objects.create and friends, in one transaction, rolled back)
on a sample in the same run and prints the ratio.

Meanwhile two staff writer processes save drafts through the real 新建信息 form, one a second
each, with the configured busy timeout (15 s) and with a short one (1 s): their waits show how
long the import's write lock holds staff up, and a writer still blocked when its timeout runs out
must get the styled 503 "请稍后重试" page, never a 500.
"""
import argparse
import csv
import multiprocessing
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "zwgk" / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
AGENCY = "银川市人力资源和社会保障局"
TARGET_SECONDS = 120

sys.path.insert(0, str(ROOT))


def setup(data_dir: Path, database_url: str = ""):
    os.environ["ZWGK_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url  # an empty database: migrated here
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("import_catalog", str(SEED), agency=AGENCY, verbosity=0)
    from zwgk.catalog.models import Agency

    agency = Agency.objects.get(name=AGENCY)
    if not agency.credit_code:
        agency.credit_code = "11640100MB1234567X"
        agency.save(update_fields=["credit_code"])
    return agency


def leaf_items(agency):
    from zwgk.catalog.models import Item
    from zwgk.records.importing import CatalogLookup

    lookup = CatalogLookup(agency)
    leaves = [info for info in lookup.items.values() if not info.has_children]
    return lookup, leaves, Item.objects.in_bulk([i.id for i in leaves])


def generate(agency, rows: int, fmt: str, path: Path, seed=20261128):
    """`rows` records spread over the leaf items and 2019–2025, ~10% drafts."""
    rng = random.Random(seed)
    lookup, leaves, _ = leaf_items(agency)
    start = dt.date(2019, 1, 2)
    span = (dt.date(2025, 12, 20) - start).days
    records = []
    for n in range(rows):
        info = leaves[n % len(leaves)]
        formed = start + dt.timedelta(days=rng.randrange(span))
        published = formed + dt.timedelta(days=rng.randrange(0, 30)) if rng.random() > 0.1 else None
        elements = {}
        for name, (field_type, _required) in info.elements.items():
            if lookup.metadata_field(name):
                continue
            elements[name] = formed.isoformat() if field_type == "date" else (str(rng.randrange(1, 10000)) if field_type == "number" else f"{name}内容{n}")
        records.append(
            {
                "item": info.path,
                "title": f"{info.name}第{n}号信息：关于{rng.choice(['就业', '社保', '工资', '人才', '培训'])}工作的通知",
                "doc_number": f"银人社发〔{formed.year}〕{n % 500 + 1}号",
                "publisher": AGENCY,
                "formed_on": formed.isoformat(),
                "published_on": published.isoformat() if published else "",
                "body": f"<p>根据有关规定，现将第{n}号事项公告如下。</p><p>联系电话：0951-1234567。</p>",
                "genre": rng.choice(["通知", "公告", "解读", "动态"]),
                "elements": elements,
            }
        )
    if fmt == "json":
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    else:
        element_names = sorted({name for r in records for name in r["elements"]})
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["事项", "名称", "文号", "发布机构", "生成日期", "发布日期", "正文", "体裁"] + element_names)
            for r in records:
                writer.writerow(
                    [r["item"], r["title"], r["doc_number"], r["publisher"], r["formed_on"], r["published_on"], r["body"], r["genre"]]
                    + [r["elements"].get(name, "") for name in element_names]
                )
    return records


def staff_writer(data_dir, database_url, busy_ms, stop_path, out_path, username):
    """A staff member saving drafts through the form while the import runs (own process, own
    connection); writes [(seconds, status, styled 503?)] to out_path when stop_path appears."""
    os.environ.update(ZWGK_DATA_DIR=str(data_dir), ZWGK_SQLITE_BUSY_MS=str(busy_ms), DJANGO_SETTINGS_MODULE="zwgk.settings")
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT / "bench"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from load import parse_form

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    page = client.get("/staff/records/new/").content.decode()
    item = next(link for link in parse_form(page).links if link.startswith("/staff/records/new/") and link[-2].isdigit())
    fields = parse_form(client.get(item).content.decode()).fields
    results, n = [], 0
    while not os.path.exists(stop_path):
        n += 1
        started = time.perf_counter()
        try:
            response = client.post(item, {**fields, "title": f"导入期间保存的草稿{busy_ms}-{n}", "formed_on": "2025-06-03"})
            status, page = response.status_code, response.content.decode()
        except Exception as exc:  # noqa: BLE001 - what would be a 500 for the user
            status, page = f"500 {type(exc).__name__}: {exc}", ""
        results.append((time.perf_counter() - started, status, "请稍后重试" in page and "site.css" in page))
        time.sleep(1.0)
    Path(out_path).write_text(json.dumps(results))


def start_staff_writers(data_dir, database_url, agency):
    from django.contrib.auth import get_user_model
    from django.db import connections

    from zwgk.accounts.models import Membership, Role

    user, _ = get_user_model().objects.get_or_create(username="bench-agency-admin")
    Membership.objects.get_or_create(user=user, agency=agency, role=Role.AGENCY_ADMIN)
    connections.close_all()
    stop = data_dir / "stop-writers"
    context = multiprocessing.get_context("spawn")
    writers = []
    for busy_ms in (15000, 1000):
        out = data_dir / f"writer-{busy_ms}.json"
        proc = context.Process(target=staff_writer, args=(data_dir, database_url, busy_ms, stop, out, user.username))
        proc.start()
        writers.append((busy_ms, proc, out))
    time.sleep(8)  # let them start (Django setup) before the import begins
    return stop, writers


def report_staff_writers(stop, writers):
    stop.touch()
    for busy_ms, proc, out in writers:
        proc.join(timeout=120)
        results = json.loads(out.read_text()) if out.exists() else []
        statuses = {}
        for _, status, _ in results:
            statuses[str(status)] = statuses.get(str(status), 0) + 1
        waits = sorted(seconds for seconds, _, _ in results)
        styled = all(ok for _, status, ok in results if status == 503)
        errors = sum(1 for _, status, _ in results if str(status).startswith("500"))
        print(f"  忙等待 {busy_ms / 1000:g} s 的员工写入：{len(results)} 次，结果 {statuses}，"
              f"最长 {waits[-1] if waits else 0:.1f} s，中位 {waits[len(waits) // 2] if waits else 0:.2f} s；"
              f"500 错误 {errors} 次{'' if styled else '，503 页面不是站点样式！'}")


def fast_import(agency, path: Path):
    from zwgk.records import importing

    timings = {}
    t0 = time.perf_counter()
    raw, fmt = importing.read_file(path)
    t1 = time.perf_counter()
    rows, problems = importing.validate_rows(raw, agency, unit="条" if fmt == "json" else "行")
    t2 = time.perf_counter()
    assert not problems, [str(p) for p in problems[:5]]
    timings.update({"read": t1 - t0, "validate": t2 - t1})
    result = importing.save_rows(rows, agency, source=path.name, timings=timings)
    return result, time.perf_counter() - t0, timings


def naive_import(agency, records):
    """The obvious per-row import: a query per lookup, create() per record, revision and event."""
    from django.db import transaction

    from zwgk.catalog.models import Item
    from zwgk.records import services
    from zwgk.records.importing import parse_date
    from zwgk.records.models import AuditEvent, Record, Revision
    from zwgk.records.sanitize import sanitize_html
    from django.utils import timezone

    class Rollback(Exception):
        pass

    started = time.perf_counter()
    try:
        with transaction.atomic():
            for n, row in enumerate(records, start=1):
                top, name = row["item"].split("/")[0], row["item"].split("/")[-1]
                item = Item.objects.get(catalog__agency=agency, catalog__is_current=True, name=name, parent__name=top)
                elements = services.validate_elements(item, row["elements"])
                published = parse_date(row["published_on"]) if row["published_on"] else None
                record = Record(
                    agency=agency, item=item, title=row["title"], doc_number=row["doc_number"], publisher=row["publisher"],
                    formed_on=parse_date(row["formed_on"]), body=sanitize_html(row["body"]), genre=row["genre"],
                    elements=elements, state="published" if published else "draft",
                    published_at=dt.datetime.combine(published, dt.time(0), tzinfo=timezone.get_current_timezone()) if published else None,
                )
                if published:
                    record.index_number, record.serial = services.next_index_number(agency, published.year)
                record.save()  # computes the due date (Record.save → deadlines.apply)
                Revision.objects.create(record=record, number=1, data=record.snapshot(), note="逐条导入")
                AuditEvent.objects.create(record=record, agency=agency, action="import", detail={"row": n})
            elapsed = time.perf_counter() - started
            raise Rollback
    except Rollback:
        pass
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--format", choices=["json", "csv"], default="json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    parser.add_argument("--database-url", default="", help="an empty PostgreSQL database (default: a fresh SQLite file)")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="zwgk-bench-import-"))
    try:
        print(f"数据目录：{data_dir}")
        t = time.perf_counter()
        agency = setup(data_dir, args.database_url)
        from django.db import connection

        print(f"数据库：{connection.vendor}；负载（1 分钟平均）：{os.getloadavg()[0]:.1f}，{os.cpu_count()} 个 CPU")
        print(f"准备：migrate + zwgk import-catalog（种子目录），{time.perf_counter() - t:.1f} s")
        path = data_dir / f"records.{args.format}"
        t = time.perf_counter()
        records = generate(agency, args.rows, args.format, path)
        _, leaves, _ = leaf_items(agency)
        print(f"生成 {args.rows:,} 条（{len(leaves)} 个事项，{path.stat().st_size / 1e6:.1f} MB {args.format}），{time.perf_counter() - t:.1f} s")

        from django.db import connection

        writers = start_staff_writers(data_dir, args.database_url, agency)
        result, seconds, timings = fast_import(agency, path)
        if writers:
            print("导入期间的员工写入（另一进程，经新建信息表单）：")
            report_staff_writers(*writers)
        rate = result.rows / seconds
        print(f"\n批量导入 {result.rows:,} 条（已发布 {result.published:,}，草稿 {result.drafts:,}）：{seconds:.1f} s，{rate:,.0f} 条/秒")
        locked = timings.pop("write transaction (total)")
        for phase, value in timings.items():
            print(f"  {phase:<32} {value:6.1f} s")
        print(f"其中写事务（持有写锁，其他写入须等待）：{locked:.1f} s，占总用时 {locked / seconds:.0%}；"
              f"负载（1 分钟平均）：{os.getloadavg()[0]:.1f}")
        projected = seconds if result.rows >= 100_000 else 100_000 / rate
        verdict = "达标" if projected < TARGET_SECONDS else "未达标"
        basis = "实测" if result.rows >= 100_000 else "按此速度推算"
        print(f"目标 10 万条 < {TARGET_SECONDS} s：{verdict}（{basis} 10 万条 {projected:.1f} s）")

        sample = [r for r in records[: args.sample]]
        naive_seconds = naive_import(agency, sample)
        naive_rate = len(sample) / naive_seconds
        print(f"\n基线：逐条 Record.objects.create 导入 {len(sample):,} 条（单一事务，已回滚）：{naive_seconds:.1f} s，{naive_rate:,.0f} 条/秒")
        print(f"批量导入速度是逐条导入的 {rate / naive_rate:.1f} 倍（逐条导入 10 万条约需 {100_000 / naive_rate:.0f} s）")
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
