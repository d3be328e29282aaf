"""Load test: gunicorn on loopback, N concurrent clients for a fixed time, public traffic and staff publishing.

    python bench/load.py [--clients 50 200] [--seconds 60] [--records 2000] [--database-url URL]

Sets up a throw-away installation (seed catalog + generated records), serves it with `zwgk serve`
and drives it with threads: portal pages from the sitemap, record pages, search, the catalog API,
application submissions through POST /api/v1/applications, and staff publishing: a logged-in
editor opens and fills the real 新建信息 form (with its CSRF token), opens the submit page and
submits the draft; a reviewer opens the review page, decides 主动公开 and approves, opens the
publish page and publishes. Each POST is answered with a redirect (302 is success there; a 200
is the form shown again with an error, counted as one). Prints throughput,
p50/p95/p99, the error count per kind and the load average at the start and end of each run.
429 answers to submissions are the per-IP limit doing its job (every client here shares
127.0.0.1) and are counted apart from errors. Target: 0 errors and p95 < 300 ms at 50 clients on SQLite.
"""
import argparse
import html.parser
import http.cookiejar
import itertools
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
STAFF_PASSWORD = "load-test-password-1"
# Share of client iterations that run one staff publishing cycle (9 requests): about 1 request in 12.
STAFF_SHARE = 0.01


def run(env, *args):
    subprocess.run([*ZWGK, *args], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class FormParser(html.parser.HTMLParser):
    """The fields of the page's forms as a browser would post them: inputs, checked boxes,
    the selected (else first) option of each select, textareas; plus the links on the page."""

    def __init__(self):
        super().__init__()
        self.fields, self.links, self._select, self._textarea, self._first = {}, [], None, None, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "input" and name and a.get("type", "text") not in ("submit", "button", "file", "image", "reset"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.setdefault(name, a.get("value", "on" if a.get("type") == "checkbox" else ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            value = a.get("value", "")
            self._first.setdefault(self._select, value)
            if "selected" in a:
                self.fields[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields.setdefault(name, "")

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            self.fields.setdefault(self._select, self._first.get(self._select, ""))
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def parse_form(page: str) -> FormParser:
    parser = FormParser()
    parser.feed(page)
    return parser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a redirect is the answer we time and check, not a page to fetch


class StaffSession:
    """One logged-in staff user (own cookies: session + CSRF), as a browser tab would be."""

    def __init__(self, base, username):
        self.base, self.username = base, username
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.lock = threading.Lock()  # one cycle at a time per session, as one person works

    def request(self, path, data=None):
        """(status, body, location) of one request; POST data is form-encoded with the CSRF token."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace"), ""
        except urllib.error.HTTPError as exc:
            content = exc.read().decode("utf-8", "replace")
            return exc.code, content, exc.headers.get("Location", "")

    def login(self):
        status, page, _ = self.request("/staff/login/")
        fields = parse_form(page).fields
        fields.update(username=self.username, password=STAFF_PASSWORD)
        status, _, location = self.request("/staff/login/", fields)
        if status != 302:
            raise SystemExit(f"staff login failed for {self.username}: HTTP {status}")


def staff_cycle(editor, reviewer, items, n, record):
    """Editor: new draft through the form, submit; reviewer: decide, approve, publish. True when
    the record was published; record(kind, seconds, status, ok) is called for every request."""
    def step(session, path, data=None, expect=(200,)):
        started = time.monotonic()
        try:
            status, page, location = session.request(path, data)
        except OSError as exc:
            record("staff", time.monotonic() - started, type(exc).__name__, False)
            return None, None
        ok = status in expect and "/login/" not in location  # a redirect to the login page is no success
        label = "200 form error" if status == 200 and not ok else ("302 to login" if status == 302 and not ok else status)
        record("staff", time.monotonic() - started, label, ok)
        return (page, location) if ok else (None, None)

    item = random.choice(items)
    with editor.lock:
        page, _ = step(editor, item)
        if page is None:
            return
        fields = parse_form(page).fields
        fields.update(title=f"压测发布的信息第{n}号", body=f"<p>第{n}号压测信息的正文。</p>", formed_on=time.strftime("%Y-%m-%d"),
                      doc_number="", summary="压测")
        _, location = step(editor, item, fields, expect=(302,))
        match = re.search(r"/staff/records/(\d+)/", location or "")
        if not match:
            return
        pk = match.group(1)
        page, _ = step(editor, f"/staff/records/{pk}/submit/")
        if page is None:
            return
        submit = parse_form(page).fields
        if step(editor, f"/staff/records/{pk}/submit/", submit, expect=(302,))[1] is None:
            return
    with reviewer.lock:
        review = f"/staff/records/{pk}/review/"
        page, _ = step(reviewer, review)  # the review page, as the reviewer opens it
        if page is None:
            return
        token = {"csrfmiddlewaretoken": parse_form(page).fields["csrfmiddlewaretoken"]}
        if step(reviewer, review, {**token, "step": "decide", "d-decision": "主动公开", "d-reason": ""}, expect=(302,))[1] is None:
            return
        if step(reviewer, review, {**token, "step": "review", "r-action": "approve", "r-comment": "同意"}, expect=(302,))[1] is None:
            return
        page, _ = step(reviewer, f"/staff/records/{pk}/publish/")
        if page is None:
            return
        fields = {**parse_form(page).fields, "scheduled_at": ""}
        return step(reviewer, f"/staff/records/{pk}/publish/", fields, expect=(302,))[1] is not None


def staff_sessions(base, count):
    """`count` (editor, reviewer) pairs of logged-in sessions and the editor's 新建 links."""
    pairs = []
    for _ in range(count):
        editor, reviewer = StaffSession(base, "demo-editor"), StaffSession(base, "demo-reviewer")
        editor.login()
        reviewer.login()
        pairs.append((editor, reviewer))
    status, page, _ = pairs[0][0].request("/staff/records/new/")
    items = sorted({link for link in parse_form(page).links if re.fullmatch(r"/staff/records/new/\d+/", link)})
    if status != 200 or not items:
        raise SystemExit("the editor may create records under no item")
    return pairs, items


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


def process_tree_cpu(root_pid: int) -> float:
    """User + system CPU seconds of a process and its descendants so far (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    total, todo = 0.0, [root_pid]
    while todo:
        pid = todo.pop()
        total += cpu.get(pid, 0.0)
        todo.extend(children.get(pid, []))
    return total


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


def drive(base, urls, clients, seconds, staff=None):
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    times, errors, throttled, counter = [], [], [0], [0]
    by_kind = {}
    published = [0]
    pairs = itertools.cycle(staff[0]) if staff else None

    def record(kind, elapsed, status, ok):
        with lock:
            times.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
            if not ok:
                errors.append((kind, status))

    def client():
        while time.monotonic() < stop:
            with lock:
                counter[0] += 1
                n = counter[0]
                pair = next(pairs) if staff and random.random() < STAFF_SHARE else None
            if pair is not None:
                done = staff_cycle(*pair, staff[1], n, record)
                with lock:
                    published[0] += bool(done)
                continue
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
            "p99": q[98] * 1000, "errors": errors, "throttled": throttled[0], "kinds": kinds, "published": published[0]}


def _p95(ts):
    return statistics.quantiles(ts, n=100)[94] if len(ts) > 1 else ts[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--staff-sessions", type=int, default=4, help="logged-in editor/reviewer pairs")
    parser.add_argument("--database-url", default="", help="postgres://… (default: a fresh SQLite file)")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="zwgk-load-")
    env = dict(os.environ, ZWGK_DATA_DIR=data, DATABASE_URL=args.database_url or f"sqlite:///{data}/zwgk.sqlite3")
    print(f"setting up ({args.records} records) in {data} …", flush=True)
    run(env, "migrate", "--noinput")
    run(env, "setup-demo", "--password", STAFF_PASSWORD, "--reset-passwords")
    run(env, "demo-data", "--agencies", "1", "--records", str(args.records))
    server = serve(env, args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    try:
        sitemap = urllib.request.urlopen(base + "/sitemap.xml").read().decode()
        locs = [urllib.parse.urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        urls = {"records": [u for u in locs if "/record/" in u], "pages": [u for u in locs if "/record/" not in u]}
        engine = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
        staff = staff_sessions(base, args.staff_sessions)
        print(f"{engine}, {args.workers} gunicorn workers, {len(locs)} sitemap URLs, {args.seconds} s per run, "
              f"{args.staff_sessions} editor/reviewer session pairs publishing under {len(staff[1])} items; "
              f"{os.cpu_count()} CPUs", flush=True)
        for clients in args.clients:
            load_before = os.getloadavg()[0]
            server_cpu, client_cpu = process_tree_cpu(server.pid), time.process_time()
            r = drive(base, urls, clients, args.seconds, staff)
            server_cpu = process_tree_cpu(server.pid) - server_cpu
            client_cpu = time.process_time() - client_cpu
            load_after = os.getloadavg()[0]
            kinds = {}
            for kind, status in r["errors"]:
                kinds[f"{kind} {status}"] = kinds.get(f"{kind} {status}", 0) + 1
            print(f"{clients:4d} clients: {r['requests']} requests, {r['rps']:.0f} req/s, "
                  f"p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, p99 {r['p99']:.0f} ms, "
                  f"errors {len(r['errors'])} {kinds or ''}, submissions throttled {r['throttled']}, "
                  f"records published by staff {r['published']}; "
                  f"load average {load_before:.1f} → {load_after:.1f}", flush=True)
            print(f"      CPU: server {server_cpu:.1f} s ({server_cpu / r['requests'] * 1000:.1f} ms a request), "
                  f"this load generator {client_cpu:.1f} s ({client_cpu / r['requests'] * 1000:.1f} ms a request)",
                  flush=True)
            print("      " + "; ".join(f"{kind} {n} × p50 {p50:.0f} / p95 {p95:.0f} ms"
                                       for kind, (n, p50, p95) in r["kinds"].items()), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
