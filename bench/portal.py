"""Portal benchmark: item listing, record page and search page latency, in-process and over HTTP.

    .venv/bin/python bench/portal.py                                   # 50 agencies × 200,000 records
    .venv/bin/python bench/portal.py --agencies 50 --records 1000000   # the issue's 1,000,000-record figure
    DATABASE_URL=postgres://… .venv/bin/python bench/portal.py --explain  # on PostgreSQL (an empty or earlier bench database)
    .venv/bin/python bench/portal.py --pg-url postgres://…             # SQLite, then PostgreSQL, figures side by side

The corpus is generated with `zwgk demo-data` into its own data directory (reused on later runs with
the same size and seed; --regen forces a new one). The script then times, for each page type:
  * in-process with Django's test client (full middleware, templates, ORM);
  * over HTTP on loopback against a real gunicorn it starts and stops itself;
and, in the same run, the search engine's search() against a naive LIKE '%q%' scan (count + first page),
printing p50/p95 and the speed-up (run it once per database and compare; `bench/search.py --pg-url` prints both side by side). Before timing, each server process is warmed with one listing and one
record page per agency (not timed), so per-process caches are loaded as in a server that has been up a while. Targets: listing p95 ≤ 50 ms, record p95 ≤ 30 ms, search p95 ≤ 50 ms (PostgreSQL ≤ 75 ms).
"""
import argparse
import http.client
import importlib.util
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES_2 = ["职称", "就业", "养老", "工伤", "招聘", "补贴", "仲裁", "培训", "预算", "清单", "欠薪", "人才"]
QUERIES_4 = ["职称评审", "养老保险", "公开招聘", "就业见习", "劳动关系", "部门预算", "法治政府", "技能大赛",
             "三公经费", "工伤认定", "人才引进", "普法依法"]
TARGETS = {"item listing": 50, "record page": 30, "search, 2 chars": 50, "search, 4 chars": 50}
PG_SEARCH_TARGET = 75  # PostgreSQL's search pages: within 1.5x of SQLite's 50 ms


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def setup(args):
    data = Path(args.data_dir or f"/tmp/zwgk-bench-portal-{args.agencies}x{args.records}-s{args.seed}")
    data.mkdir(parents=True, exist_ok=True)
    os.environ["ZWGK_DATA_DIR"] = str(data)  # media and, without DATABASE_URL, the SQLite file
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    # The anonymous page cache would answer repeated URLs (12 search terms, 100 requests) without
    # rendering: the bench times the pages' own work (bench/load.py measures the cache).
    os.environ.setdefault("ZWGK_PORTAL_CACHE_SECONDS", "0")
    import django

    django.setup()
    return data


def ensure_corpus(args, data):
    from django.core.management import call_command

    from zwgk.catalog.models import Agency
    from zwgk.records.models import Record

    call_command("migrate", verbosity=0)
    have = (Agency.objects.count(), Record.objects.count())
    if have == (args.agencies, args.records) and not args.regen:
        print(f"语料：复用 {data}（{have[0]} 个机关，{have[1]:,} 条）")
        return None
    if have != (0, 0):
        raise SystemExit(f"{data} 已有不同规模的数据 {have}：请删除该目录或换用 --data-dir")
    started = time.monotonic()
    call_command("demo_data", agencies=args.agencies, records=args.records, seed=args.seed)
    from django.db import connection

    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load: planner statistics and the visibility map.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    return time.monotonic() - started


def db_size_bytes():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            return cursor.fetchone()[0]
    path = Path(connection.settings_dict["NAME"])
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def explain_slowest(urls, count=3):
    """EXPLAIN ANALYZE of the slowest SQL statements one page issues (which indexes the listing uses)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(urls[0])
    with CaptureQueriesContext(connection) as captured:
        client.get(urls[0])
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:count]
    print(f"\n{urls[0]}：{len(captured.captured_queries)} 条 SQL，最慢的 {len(slowest)} 条的执行计划：")
    analyze = "EXPLAIN (ANALYZE, BUFFERS) " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    for query in slowest:
        print(f"-- {float(query['time']) * 1000:.1f} ms: {query['sql'][:300]}")
        with connection.cursor() as cursor:
            cursor.execute(analyze + query["sql"])
            for row in cursor.fetchall():
                print("   ", " ".join(str(c) for c in row))


def load_naive():
    """bench/search.py's naive LIKE baseline, so both benchmarks compare against the same scan."""
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.naive


def sample_urls(args, rng):
    from django.db.models import Max, Min

    from zwgk.catalog.models import Agency, Item
    from zwgk.links import item_url, record_url
    from zwgk.records.models import Record

    items = list(Item.objects.filter(catalog__is_current=True, records__isnull=False).distinct()
                 .select_related("catalog__agency")[:5000])
    listing = [item_url(it.catalog.agency, it) for it in rng.sample(items, min(len(items), args.requests))]
    # Some listings ask for a later page or a year filter, as visitors do.
    listing = [u + rng.choice(["", "", "", "?page=2", f"?year={rng.randint(2017, 2025)}"]) for u in listing]
    bounds = Record.objects.aggregate(lo=Min("id"), hi=Max("id"))
    ids = [rng.randint(bounds["lo"], bounds["hi"]) for _ in range(args.requests * 2)]
    recs = list(Record.objects.filter(id__in=ids).select_related("agency").only("id", "index_number", "agency__slug"))
    records = [record_url(r) for r in recs[:args.requests]]
    search2 = [f"/search/?q={quote(rng.choice(QUERIES_2))}" for _ in range(args.requests)]
    search4 = [f"/search/?q={quote(rng.choice(QUERIES_4))}" for _ in range(args.requests)]
    # Warm-up set, not timed: one listing and one record of every agency, so each server process has its
    # per-agency caches (working-day calendar, catalog) loaded as it would after a few minutes in service.
    warm = []
    for agency in Agency.objects.all():
        item = next((it for it in items if it.catalog.agency_id == agency.id), None)
        rec = Record.objects.filter(agency=agency).select_related("agency") \
            .only("id", "index_number", "agency__slug").first()
        if item is not None:
            warm.append(item_url(agency, item))
        if rec is not None:
            warm.append(record_url(rec))
    timed = {"item listing": listing, "record page": records, "search, 2 chars": search2, "search, 4 chars": search4}
    return timed, warm


def time_in_process(urls, warm=()):
    from django.test import Client

    client = Client()
    for url in list(warm) + urls[-20:]:  # warm caches and the template loader; not timed
        client.get(url)
    times = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} → {response.status_code}")
    return times


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(workers):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "zwgk.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, port
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("gunicorn 未能启动：" + proc.stderr.read().decode(errors="replace")[-2000:])
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("gunicorn 30 秒内未开始监听")


def time_http(port, urls, warm=()):
    def get(url):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", url, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status

    for url in list(warm) + urls[-20:]:  # every worker loads its caches (templates, calendars); not timed
        get(url)
    times = []
    for url in urls:
        started = time.perf_counter()
        status = get(url)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"HTTP {url} → {status}")
    return times


def time_functions(naive, queries):
    from zwgk.search.query import search

    out = {"indexed": [], "naive": []}
    for q in queries:
        started = time.perf_counter()
        result = search(q)
        out["indexed"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        total, _ = naive(q)
        out["naive"].append((time.perf_counter() - started) * 1000)
        out.setdefault("hits", []).append((q, result.total, total))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=50)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200, help="每类页面的请求数（进程内与 HTTP 各一遍）")
    parser.add_argument("--naive-queries", type=int, default=12, help="LIKE 基线的查询次数（每种长度）")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn 工作进程数")
    parser.add_argument("--data-dir", help="数据目录（默认 /tmp/zwgk-bench-portal-<机关>x<条数>-s<种子>）")
    parser.add_argument("--regen", action="store_true", help="重新生成语料")
    parser.add_argument("--explain", action="store_true", help="打印列表页最慢 SQL 的执行计划（PostgreSQL 为 EXPLAIN ANALYZE）")
    parser.add_argument("--json", help="同时把各项 p95 写入这个文件（供并排比较）")
    parser.add_argument("--pg-url", help="先在 SQLite、再在这个 PostgreSQL 数据库上各跑一遍，并排打印两者的数字")
    args = parser.parse_args()
    if args.pg_url:
        return compare(args)

    data = setup(args)
    build = ensure_corpus(args, data)
    rng = random.Random(args.seed)
    urls, warm = sample_urls(args, rng)
    from django.db import connection

    print(f"语料：{args.agencies} 个机关，{args.records:,} 条已发布信息；{connection.vendor} 数据库 {db_size_bytes() / 2**20:,.0f} MB"
          + (f"；生成并建索引用时 {build:,.0f} 秒" if build else ""))

    results, figures = {}, {}
    for name, batch in urls.items():
        results[name] = {"in-process": time_in_process(batch, warm if name == "item listing" else ())}
    proc, port = start_gunicorn(args.workers)
    try:
        for name, batch in urls.items():
            results[name]["http"] = time_http(port, batch, warm * args.workers if name == "item listing" else ())
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    print(f"\n{'页面':<16}{'请求数':>6}{'进程内 p50':>12}{'p95':>9}{'HTTP p50':>11}{'p95':>9}{'目标 p95':>10}  结果")
    for name, r in results.items():
        ip, hp = r["in-process"], r["http"]
        worst = max(percentile(ip, 95), percentile(hp, 95))
        target = PG_SEARCH_TARGET if name.startswith("search") and connection.vendor == "postgresql" else TARGETS[name]
        verdict = "达标" if worst <= target else "未达标"
        figures[f"{name} p95 ms"] = worst
        print(f"{name:<18}{len(ip):>6}{percentile(ip, 50):>10.1f}ms{percentile(ip, 95):>7.1f}ms"
              f"{percentile(hp, 50):>9.1f}ms{percentile(hp, 95):>7.1f}ms{'≤ ' + str(target) + 'ms':>10}  {verdict}")

    naive = load_naive()
    print("\n搜索函数（同一语料、同一次运行）：索引 search() 对比朴素 LIKE '%q%' 扫描（计数 + 第一页）")
    print(f"{'查询':<10}{'次数':>5}{'索引 p50':>11}{'p95':>9}{'LIKE p50':>11}{'p95':>10}{'倍数(p50)':>11}{'倍数(p95)':>10}")
    for label, pool in (("2 字", QUERIES_2), ("4 字", QUERIES_4)):
        t = time_functions(naive, pool[:args.naive_queries])
        i50, i95 = percentile(t["indexed"], 50), percentile(t["indexed"], 95)
        n50, n95 = percentile(t["naive"], 50), percentile(t["naive"], 95)
        figures[f"search() {label} p95 ms"] = i95
        figures[f"LIKE {label} p95 ms"] = n95
        print(f"{label:<10}{len(t['indexed']):>6}{i50:>9.1f}ms{i95:>7.1f}ms{n50:>9.1f}ms{n95:>8.1f}ms"
              f"{n50 / max(i50, 1e-6):>10.1f}×{n95 / max(i95, 1e-6):>9.1f}×")
        print("  命中数（索引 / LIKE）：" + "，".join(f"{q} {a}/{b}" for q, a, b in t["hits"]))
    print("  命中数不同是预期的：LIKE 只查标题和正文，索引还覆盖文号、索引号、公开要素、主题词和附件文本；"
          "search() 报告的总数可能有上限。")
    print("\n说明：页面是否达标按进程内与 HTTP 两者中较慢的 p95 判定。")
    if args.explain:
        from zwgk.catalog.models import Agency
        from zwgk.links import agency_url

        explain_slowest(urls["item listing"])
        explain_slowest(urls["record page"])
        explain_slowest([agency_url(Agency.objects.order_by("pk").first())])
        explain_slowest(urls["search, 2 chars"])
    if args.json:
        import json

        figures["database MB"] = db_size_bytes() / 2**20
        Path(args.json).write_text(json.dumps({"vendor": connection.vendor, **figures}))


def compare(args):
    """This benchmark once per database (fresh processes, same corpus settings), then the p95s side by side."""
    from per_database import print_side_by_side, run_per_database

    def argv(url, json_path):
        # Each database gets its own data directory (media files; the SQLite file).
        data = args.data_dir or f"/tmp/zwgk-bench-portal-{args.agencies}x{args.records}-s{args.seed}"
        return [sys.executable, __file__, "--agencies", str(args.agencies), "--records", str(args.records),
                "--seed", str(args.seed), "--requests", str(args.requests), "--naive-queries", str(args.naive_queries),
                "--workers", str(args.workers), "--json", json_path, "--data-dir", data + ("-pg" if url else ""),
                *(["--regen"] if args.regen else []), *(["--explain"] if args.explain else [])]

    lite, pg = run_per_database(argv, args.pg_url)
    print_side_by_side(lite, pg, "（p95 取进程内与 HTTP 中较慢者；PG/SQLite 大于 1.5 即 PostgreSQL 未达“不超过 SQLite 的 1.5 倍”）")


if __name__ == "__main__":
    main()
