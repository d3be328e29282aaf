"""Load test: gunicorn on loopback, N concurrent clients for a fixed time, a mix of public traffic.

    python bench/load.py [--clients 50 200] [--seconds 60] [--records 2000] [--database-url URL]

Sets up a throw-away installation (seed catalog + generated records), serves it with `zwgk serve`
and drives it with threads: portal pages from the sitemap, record pages, search, the catalog API
and application submissions through POST /api/v1/applications. Prints throughput, p50/p95/p99 and
the error count per client count. 429 answers to submissions are the per-IP limit doing its job
(every client here shares 127.0.0.1) and are counted apart from errors. Target: 0 errors and
p95 < 300 ms at 50 clients on SQLite.
"""
import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZWGK = [sys.executable, "-m", "zwgk"]
SEARCH_TERMS = ["社保", "就业", "社会保险", "工资", "招聘", "养老保险", "人才", "培训"]


def run(env, *args):
    subprocess.run([*ZWGK, *args], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def serve(env, port, workers):
    proc = subprocess.Popen([*ZWGK, "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)], env=env,
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def application_body(n):
    return json.dumps({
        "agency": "yinchuan-rsj", "applicant_type": "natural_person", "name": f"压测申请人{n}", "id_type": "other",
        "id_number": f"LOAD{n:08d}", "phone": "13900000000", "email": "", "address": "银川市", "doc_number": "",
        "description": f"申请公开2025年度就业补贴发放情况（第{n}号压测）", "medium": "electronic", "delivery": "online",
    }).encode()


def one_request(base, urls, n):
    roll = random.random()
    if roll < 0.45:
        return "page", urllib.request.Request(base + random.choice(urls["pages"]))
    if roll < 0.70:
        return "record", urllib.request.Request(base + random.choice(urls["records"] or urls["pages"]))
    if roll < 0.90:
        q = urllib.parse.quote(random.choice(SEARCH_TERMS))
        return "search", urllib.request.Request(f"{base}/search/?q={q}")
    if roll < 0.95:
        return "api", urllib.request.Request(f"{base}/api/v1/records?agency=yinchuan-rsj&page_size=20")
    return "apply", urllib.request.Request(f"{base}/api/v1/applications", data=application_body(n), method="POST",
                                           headers={"Content-Type": "application/json"})


def drive(base, urls, clients, seconds):
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    times, errors, throttled, counter = [], [], [0], [0]
    by_kind = {}

    def client():
        while time.monotonic() < stop:
            with lock:
                counter[0] += 1
                n = counter[0]
            kind, request = one_request(base, urls, n)
            started = time.monotonic()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                status = response.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except OSError as exc:
                status = f"{type(exc).__name__}"
            elapsed = time.monotonic() - started
            with lock:
                times.append(elapsed)
                by_kind.setdefault(kind, []).append(elapsed)
                if kind == "apply" and status == 429:
                    throttled[0] += 1
                elif status not in (200, 201):
                    errors.append((kind, status))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    q = statistics.quantiles(times, n=100)
    kinds = {kind: (len(ts), statistics.median(ts) * 1000, _p95(ts) * 1000) for kind, ts in sorted(by_kind.items())}
    return {"requests": len(times), "rps": len(times) / wall, "p50": q[49] * 1000, "p95": q[94] * 1000,
            "p99": q[98] * 1000, "errors": errors, "throttled": throttled[0], "kinds": kinds}


def _p95(ts):
    return statistics.quantiles(ts, n=100)[94] if len(ts) > 1 else ts[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database-url", default="", help="postgres://… (default: a fresh SQLite file)")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="zwgk-load-")
    env = dict(os.environ, ZWGK_DATA_DIR=data, DATABASE_URL=args.database_url or f"sqlite:///{data}/zwgk.sqlite3")
    print(f"setting up ({args.records} records) in {data} …", flush=True)
    run(env, "migrate", "--noinput")
    run(env, "setup-demo")
    run(env, "demo-data", "--agencies", "1", "--records", str(args.records))
    server = serve(env, args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    try:
        sitemap = urllib.request.urlopen(base + "/sitemap.xml").read().decode()
        locs = [urllib.parse.urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        urls = {"records": [u for u in locs if "/record/" in u], "pages": [u for u in locs if "/record/" not in u]}
        engine = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
        print(f"{engine}, {args.workers} gunicorn workers, {len(locs)} sitemap URLs, {args.seconds} s per run")
        for clients in args.clients:
            load_before = os.getloadavg()[0]
            r = drive(base, urls, clients, args.seconds)
            load_after = os.getloadavg()[0]
            kinds = {}
            for kind, status in r["errors"]:
                kinds[f"{kind} {status}"] = kinds.get(f"{kind} {status}", 0) + 1
            print(f"{clients:4d} clients: {r['requests']} requests, {r['rps']:.0f} req/s, "
                  f"p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, p99 {r['p99']:.0f} ms, "
                  f"errors {len(r['errors'])} {kinds or ''}, submissions throttled {r['throttled']}; "
                  f"load average {load_before:.1f} → {load_after:.1f}", flush=True)
            print("      " + "; ".join(f"{kind} {n} × p50 {p50:.0f} / p95 {p95:.0f} ms"
                                       for kind, (n, p50, p95) in r["kinds"].items()), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
