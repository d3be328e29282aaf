"""Search benchmark: indexed search vs a naive LIKE '%q%' scan, in the same run, on the same corpus.

    .venv/bin/python bench/search.py                     # 200,000 records on SQLite (a few minutes)
    .venv/bin/python bench/search.py --records 1000000   # the 1,000,000-record figure
    DATABASE_URL=postgres://… .venv/bin/python bench/search.py --records 200000   # an EMPTY database

Generates published records (plausible Chinese titles and bodies over several agencies, dates over
ten years) with raw batched inserts, builds the index (build time and size), then times search() — the
full call, with records and snippets — for 2- and 4-character queries, and the naive scan
(count + first page of title/body LIKE), printing p50/p95 and the speed-up. search() counts up to
10,000 matches and ranks the newest 10,000 (backends.COUNT_CAP); the LIKE scan counts everything.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOPICS = [
    "职称评审", "社会保险", "养老保险", "失业保险", "工伤保险", "医疗保险", "就业创业", "人才引进", "劳动仲裁",
    "技能培训", "工资福利", "社保卡", "退休审批", "公务员招录", "事业单位招聘", "劳动合同", "农民工工资",
    "高校毕业生就业", "职业技能鉴定", "专业技术人员", "继续教育", "人事考试", "劳动保障监察", "企业年金",
    "稳岗返还", "创业担保贷款", "就业困难人员", "就业见习补贴", "技工院校", "劳动关系", "人力资源市场",
    "根治欠薪", "表彰奖励", "干部任免", "机构编制", "行政许可", "行政处罚", "政府采购", "财政预算", "决算公开",
]
ACTIONS = ["工作", "实施办法", "有关事项", "结果公示", "申报工作", "专项行动", "管理办法", "年度计划", "补贴发放", "政策解读"]
KINDS = ["通知", "公告", "公示", "意见", "办法", "决定", "报告", "解读", "批复", "函"]
CITIES = ["银川市", "石嘴山市", "吴忠市", "固原市", "中卫市", "永宁县", "贺兰县", "灵武市", "兴庆区", "金凤区"]
SENTENCES = [
    "为深入贯彻落实党中央、国务院关于{t}的决策部署，进一步做好{t2}工作，现就有关事项通知如下。",
    "各县（市、区）人力资源和社会保障局要高度重视{t}，明确责任分工，确保各项政策落到实处。",
    "{c}将按照{y}年度工作安排，统筹推进{t}和{t2}，切实保障群众合法权益。",
    "申请人应当在规定时限内提交{t}相关材料，经审核符合条件的，予以办理并向社会公开。",
    "对{t}中发现的问题，要建立台账，限期整改，整改情况及时报送市人社局。",
    "本办法自发布之日起施行，由{c}人力资源和社会保障局负责解释，原有关规定与本办法不一致的，以本办法为准。",
    "联系电话：0951-{n}，联系人：办公室，咨询时间为工作日上午九时至下午五时。",
    "各单位要加强{t}政策宣传，通过政府网站、政务新媒体等渠道及时发布信息，提高群众知晓率。",
    "经研究，同意{c}{t}{a}，请按照有关规定认真组织实施，并做好{t2}的衔接工作。",
    "{y}年以来，全市累计完成{t}{n}人次，发放资金{n}万元，{t2}工作取得明显成效。",
]
QUERIES_2 = ["职称", "社保", "养老", "就业", "工伤", "仲裁", "培训", "补贴", "招聘", "退休", "残疾", "青年"]
QUERIES_4 = ["职称评审", "养老保险", "劳动仲裁", "技能培训", "人才引进", "创业担保", "稳岗返还", "继续教育",
             "工资福利", "政府采购", "根治欠薪", "退役军人"]


def setup_django(args):
    if not os.environ.get("DATABASE_URL"):
        data = Path(args.data_dir)
        if data.exists():
            shutil.rmtree(data)
        data.mkdir(parents=True)
        os.environ["ZWGK_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(args):
    from django.db import transaction
    from django.utils import timezone
    from tqdm import tqdm

    from zwgk.catalog.models import Agency, Catalog, Item
    from zwgk.records.models import Record

    if Record.objects.exists():
        sys.exit("The database already has records: the benchmark needs an empty database.")
    rng = random.Random(args.seed)
    tz = timezone.get_default_timezone()
    end = datetime.now(tz) - timedelta(days=1)
    span = 10 * 365 * 86400
    items_by_agency = []
    for a in range(args.agencies):
        city = CITIES[a % len(CITIES)]
        agency = Agency.objects.create(
            name=f"{city}人力资源和社会保障局{a}", short_name=f"{city}人社局{a}", slug=f"agency-{a}",
            credit_code=f"1164{a:04d}MB{a:07d}X"[:18],
        )
        catalog = Catalog.objects.create(agency=agency, title=f"{city}人社局政务公开目录", year=2024)
        items = [
            Item.objects.create(catalog=catalog, name=topic, slug=f"1-{i}", level=2, position=i)
            for i, topic in enumerate(rng.sample(TOPICS, 12))
        ]
        items_by_agency.append((agency, city, items))

    def text(t, t2, city, year):
        return "".join(
            "<p>" + rng.choice(SENTENCES).format(t=t, t2=t2, c=city, y=year, a=rng.choice(ACTIONS), n=rng.randint(10, 99999)) + "</p>"
            for _ in range(rng.randint(5, 9))
        )

    # Raw executemany in big batches, one transaction: the corpus is set-up, not what is measured.
    from django.db import connection

    ops = connection.ops
    now = ops.adapt_datetimefield_value(timezone.now())
    columns = (
        "index_number, serial, title, summary, publisher, doc_number, formed_on, published_at, topic, genre, "
        "disclosure_mode, disclosure_scope, validity, keywords, body, elements, state, withdrawn_reason, "
        "review_comment, review_decision, review_reason, due_provisional, version, created_at, updated_at, "
        "agency_id, item_id, due_explanation, period"
    )
    sql = f"INSERT INTO records_record ({columns}) VALUES ({', '.join(['%s'] * 29)})"
    valid = Record.Validity.VALID
    batch = []
    with transaction.atomic(), connection.cursor() as cursor, \
            tqdm(total=args.records, desc="生成记录", unit="条", file=sys.stderr) as bar:
        for n in range(args.records):
            agency, city, items = items_by_agency[n % len(items_by_agency)]
            item = rng.choice(items)
            t2 = rng.choice(TOPICS)
            published = end - timedelta(seconds=rng.randint(0, span))
            year = published.year
            serial = n + 1
            batch.append((
                f"{agency.credit_code}/{year}-{serial:07d}", serial,
                f"{city}关于{item.name}{rng.choice(ACTIONS)}的{rng.choice(KINDS)}", "", "",
                f"银人社{rng.choice(['发', '函', '办发'])}〔{year}〕{rng.randint(1, 300)}号",
                ops.adapt_datefield_value(published.date()), ops.adapt_datetimefield_value(published), "",
                rng.choice(KINDS), "主动公开", "面向社会", valid, "", text(item.name, t2, city, year), "{}",
                Record.State.PUBLISHED.value, "", "", "", "", False, 1, now, now, agency.pk, item.pk, "", "",
            ))
            if len(batch) == 20_000:
                cursor.executemany(sql, batch)
                bar.update(len(batch))
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            bar.update(len(batch))


def db_size_bytes():
    from django.db import connection

    if connection.vendor == "sqlite":
        return Path(connection.settings_dict["NAME"]).stat().st_size + sum(
            p.stat().st_size for p in Path(connection.settings_dict["NAME"]).parent.glob("*-wal")
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0]


def cpu_seconds():
    """CPU time of this process and of its finished child processes (a rebuild's workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


CPU_MS = []  # CPU time of each timed() call in this process (SQLite works in-process; a busy machine adds waiting to the wall clock)


def timed(fn, *args):
    started, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    CPU_MS.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000, result


def naive(q):
    """The LIKE scan over title and body for every form search() looks for (synonyms included)."""
    from django.db.models import Q

    from zwgk.records.models import Record
    from zwgk.search.synonyms import expand, groups_for
    from zwgk.search.tokenize import parse_query

    condition = Q()
    for group in expand(parse_query(q), groups_for()):
        either = Q()
        for form in group.forms:
            either |= Q(title__contains=form.compact) | Q(body__contains=form.compact)
        condition &= either
    qs = Record.objects.visible_listing().filter(condition)
    total = qs.count()
    page = list(qs.order_by("-published_at", "-id")[:20])
    return total, page


def indexed(q, sort="relevance", **filters):
    from zwgk.search.query import search

    result = search(q, sort=sort, **filters)
    return result.total, result.hits, result.total_capped


def text_bytes():
    """UTF-8 bytes of the indexed text (title, 文号/索引号/主题词, body as the index stores them)."""
    from django.db import connection

    size = "octet_length" if connection.vendor == "postgresql" else "length"
    cast = (lambda c: c) if connection.vendor == "postgresql" else (lambda c: f"CAST({c} AS BLOB)")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COALESCE(SUM({size}({cast('title')}) + {size}({cast('tags')})), 0) FROM search_searchdocument"
        )
        heads = cursor.fetchone()[0]
        # SQLite stores bodies packed (search/packing.py): the text is what they unpack to.
        body = "body" if connection.vendor == "postgresql" else "zwgk_unpack(body)"
        cursor.execute(f"SELECT COALESCE(SUM({size}({cast(body)})), 0) FROM search_searchbody")
        heads += cursor.fetchone()[0]
        if connection.vendor == "postgresql":  # the PostgreSQL index keeps the body in the document row
            cursor.execute("SELECT COALESCE(SUM(octet_length(body)), 0) FROM search_searchdocument")
            heads += cursor.fetchone()[0]
        return heads


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--agencies", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over each query set (indexed search)")
    parser.add_argument("--naive-rounds", type=int, default=2, help="timed rounds for the LIKE scan (slow)")
    parser.add_argument("--data-dir", default="/tmp/zwgk-bench-search", help="SQLite data directory (wiped)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--pg-url", help="run on SQLite, then on this (empty) PostgreSQL database, and print both side by side")
    args = parser.parse_args()
    if args.pg_url:
        return compare(args)
    setup_django(args)
    figures = {}

    from django.db import connection
    from tqdm import tqdm

    from zwgk.search.backends import backend_for
    from zwgk.search.index import rebuild

    started = time.perf_counter()
    generate(args)
    print(f"corpus: {args.records:,} records, {args.agencies} agencies on {connection.vendor} "
          f"({time.perf_counter() - started:.0f} s to generate)")

    size_before = db_size_bytes()
    bar = tqdm(total=args.records, desc="建立索引", unit="条", file=sys.stderr)
    cpu_before = cpu_seconds()
    build_ms, count = timed(lambda: rebuild(progress=bar.update))
    build_cpu = cpu_seconds() - cpu_before
    bar.close()
    if connection.vendor == "postgresql":
        # What autovacuum does shortly after a rebuild, done now and counted in the build time: the
        # visibility map lets counts skip table pages, and the planner gets fresh statistics.
        vacuum_ms, _ = timed(lambda: connection.cursor().execute("VACUUM (ANALYZE) search_searchdocument"))
        build_ms += vacuum_ms
    with connection.cursor() as cursor:
        index_bytes = backend_for(connection).index_size_bytes(cursor)
    text = text_bytes()
    figures["build records/s"] = count / (build_ms / 1000)
    figures["index MB"] = index_bytes / 2**20
    figures["index / text"] = index_bytes / max(text, 1)
    print(f"index build: {count:,} records in {build_ms / 1000:.1f} s ({count / (build_ms / 1000):,.0f} records/s)")
    print(f"index size: {index_bytes / 2**20:.1f} MB (search tables) for {text / 2**20:.1f} MB of indexed text "
          f"({index_bytes / max(text, 1):.2f}x); database grew {(db_size_bytes() - size_before) / 2**20:.1f} MB")
    if connection.vendor == "sqlite":
        # On a shared machine the wall-clock rate depends on the load; the CPU time does not.
        print(f"index build CPU: {build_cpu:.1f} s in this process and its workers "
              f"({count / max(build_cpu, 1e-9):,.0f} records per CPU-second); load average {os.getloadavg()[0]:.1f}")

    for q in QUERIES_2[:2] + QUERIES_4[:2]:  # warm the caches
        indexed(q)
        naive(q)
    rows = []
    for label, queries in (("2-char", QUERIES_2), ("4-char", QUERIES_4)):
        fast, slow, agree, totals, capped = [], [], 0, [], 0
        by_date, date_agree = [], 0
        fast_cpu, by_date_cpu = [], []
        for _ in range(args.rounds):
            for q in queries:
                ms, _ = timed(indexed, q)
                fast.append(ms)
                fast_cpu.append(CPU_MS[-1])
                ms, _ = timed(indexed, q, "date")
                by_date.append(ms)
                by_date_cpu.append(CPU_MS[-1])
        for r in range(args.naive_rounds):
            for q in queries:
                ms, (total, _) = timed(naive, q)
                slow.append(ms)
                if r == 0:
                    found, _, is_capped = indexed(q)
                    totals.append(total)
                    capped += is_capped
                    # A capped count says "at least found": it agrees when LIKE finds at least as many.
                    agree += found == total or (is_capped and total > found)
                    date_agree += indexed(q, "date")[0] == total  # by date the count is exact
        rows.append((label, fast, slow))
        print(f"\n{label} queries {queries}")
        print(f"  LIKE matches per query: min {min(totals):,}, median {int(statistics.median(totals)):,}, max {max(totals):,}; "
              f"indexed total agrees with LIKE for {agree}/{len(queries)} queries ({capped} capped at 10,000+)")
        print(f"  by date: exact total agrees with LIKE for {date_agree}/{len(queries)} queries")
        print(f"  indexed search(): p50 {percentile(fast, 50):8.1f} ms   p95 {percentile(fast, 95):8.1f} ms   ({len(fast)} runs)")
        print(f"  sort=date:        p50 {percentile(by_date, 50):8.1f} ms   p95 {percentile(by_date, 95):8.1f} ms   ({len(by_date)} runs)")
        if connection.vendor == "sqlite":
            print(f"  CPU time of search() (relevance / date): p50 {percentile(fast_cpu, 50):.1f} / "
                  f"{percentile(by_date_cpu, 50):.1f} ms   p95 {percentile(fast_cpu, 95):.1f} / {percentile(by_date_cpu, 95):.1f} ms")
            figures[f"{label} relevance p95 CPU ms"] = percentile(fast_cpu, 95)
            figures[f"{label} date p95 CPU ms"] = percentile(by_date_cpu, 95)
        figures[f"{label} relevance p95 ms"] = percentile(fast, 95)
        figures[f"{label} date p95 ms"] = percentile(by_date, 95)
        figures[f"{label} LIKE p95 ms"] = percentile(slow, 95)
        figures[f"{label} counts exact"] = f"{agree}+{date_agree}/{2 * len(queries)}"
        print(f"  naive LIKE scan:  p50 {percentile(slow, 50):8.1f} ms   p95 {percentile(slow, 95):8.1f} ms   ({len(slow)} runs)")
        worst = max(percentile(fast, 95), percentile(by_date, 95))
        target = 50 if connection.vendor == "sqlite" else 75
        print(f"  speed-up: p50 {percentile(slow, 50) / percentile(fast, 50):.0f}x, p95 {percentile(slow, 95) / percentile(fast, 95):.0f}x"
              f"   target p95 <= {target} ms (both orders): {'met' if worst <= target else 'NOT met'}")

    # Filters are answered inside the index (no LIKE baseline: shown for the cost of filtering).
    agency = f"agency-{args.agencies // 2}"
    for label, queries in (("2-char", QUERIES_2), ("4-char", QUERIES_4)):
        fast = []
        for _ in range(2):
            for q in queries:
                for filters in ({"agency": agency}, {"agency": agency, "year": date.today().year - 3}):
                    ms, _ = timed(lambda: indexed(q, **filters))
                    fast.append(ms)
        print(f"\n{label} queries filtered by agency (and year): p50 {percentile(fast, 50):.1f} ms   "
              f"p95 {percentile(fast, 95):.1f} ms   ({len(fast)} runs)")
        figures[f"{label} filtered p95 ms"] = percentile(fast, 95)
    print(f"\nload average at the end: {' / '.join(f'{x:.1f}' for x in os.getloadavg())} (1 / 5 / 15 min)")
    if args.json:
        Path(args.json).write_text(json.dumps({"vendor": connection.vendor, "records": args.records, **figures}))


def compare(args):
    """Run this benchmark once per database (fresh processes, same corpus) and print the figures side by side."""
    from per_database import print_side_by_side, run_per_database

    def argv(url, json_path):
        return [sys.executable, __file__, "--records", str(args.records), "--agencies", str(args.agencies),
                "--seed", str(args.seed), "--rounds", str(args.rounds), "--naive-rounds", str(args.naive_rounds),
                "--data-dir", args.data_dir, "--json", json_path]

    lite, pg = run_per_database(argv, args.pg_url)
    print_side_by_side(lite, pg, "(PG/SQLite: how many times slower or bigger PostgreSQL is; for records/s, "
                       "SQLite's rate over PostgreSQL's)", rates=("build records/s",))


if __name__ == "__main__":
    main()
