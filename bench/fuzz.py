"""Fuzz every importer with hypothesis: mutated real inputs and random ones, N cases per target.

    .venv/bin/python bench/fuzz.py [--cases 10000] [--targets catalog-text records-json …] [--seed N]

Targets: the catalog importer fed seed text, XLSX, DOCX, CSV and JSON; `import-records` fed JSON,
CSV and XLSX; the application API (POST /api/v1/applications) and the portal application form;
a DOCX and pasted (Office) HTML or typed text as a record body (each must also save unchanged a
second time); the holiday notice parser. Each case runs the real code path against a throw-away SQLite
database holding the seed catalog. A case is *accepted* (imported), *rejected* (the importer's
own documented error, with a message that is not empty) or a *crash* (any other exception, an
HTTP 500, an empty message, or a rejected import that changed the database: row counts, highest
ids and a checksum of the catalog tables are compared before and after). Crashing inputs are
written to --crash-dir for replay. Prints a per-target table: cases, accepted, rejected,
crashes, time; exits 1 when any target crashed.

tests/test_fuzz_replay.py replays tests/fuzz_corpus/ and a small fixed-seed run of every target
through the same harness in CI.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "zwgk" / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
NOTICES = ROOT / "zwgk" / "workdays" / "tests" / "fixtures"
CORPUS = ROOT / "tests" / "fuzz_corpus"
AGENCY = "银川市人力资源和社会保障局"
AGENCY_SLUG = "yinchuan-rsj"


# --------------------------------------------------------------------------- mutations (no Django)

HUGE = ["1" + "0" * 30, "-5", "0", "-1", "99999999999999999999", "1e308", "NaN", "Infinity", "2147483648",
        "9" * 400, "-0", "1.5", "０", "十万"]
NOISE_TEXT = ["\x00", "\ufeff", "\u202e", "\ud7ff", "𠀀", "\t", "\r", "\n", "\r\n", "√", "■", "□", "同上", "《", "》",
              "一级事项", "二级事项", "其中", "、", "，", '"', "'", "<script>", "{", "}", "[", "]", "\\", "%s", "{0}",
              "2020年", "第1条", "  ", "\u3000", "ü", "\x85", "\u2028", "　", "=1+1", "@SUM(A1)"]
JSON_WRONG = [None, True, False, 0, -5, 10 ** 30, -(10 ** 30), 1.5, float("1e308"), "", "x" * 300, [], {}, [[[]]],
              {"a": {"b": {}}}, "2020", "1" + "0" * 30, "-5", "9999-99-99", "2020-02-30", "0000-01-01"]


def _byte_pos(draw, st, data: bytes) -> int:
    return draw(st.integers(0, max(len(data), 0)))


def _mutate_bytes(draw, st, data: bytes) -> bytes:
    """One byte-level mutation: truncate, insert/overwrite random bytes, flip, repeat a slice."""
    op = draw(st.sampled_from(["truncate", "insert", "overwrite", "delete", "repeat", "flip"]))
    i = _byte_pos(draw, st, data)
    if op == "truncate":
        return data[:i]
    if op == "insert":
        return data[:i] + draw(st.binary(min_size=1, max_size=64)) + data[i:]
    if op == "overwrite":
        chunk = draw(st.binary(min_size=1, max_size=32))
        return data[:i] + chunk + data[i + len(chunk):]
    if op == "delete":
        return data[:i] + data[i + draw(st.integers(1, 256)):]
    if op == "repeat":
        j = min(len(data), i + draw(st.integers(1, 512)))
        return data[:j] + data[i:j] * draw(st.integers(1, 20)) + data[j:]
    if not data:
        return data
    i = min(i, len(data) - 1)
    return data[:i] + bytes([data[i] ^ (1 << draw(st.integers(0, 7)))]) + data[i + 1:]


def _mutate_text(draw, st, text: str) -> str:
    """One text-level mutation: lines shuffled/dropped/duplicated, unicode or huge numbers inserted."""
    lines = text.split("\n")
    op = draw(st.sampled_from(["shuffle", "drop", "dup", "insert", "number", "cut", "swapcells", "strip"]))
    rnd = random.Random(draw(st.integers(0, 2 ** 32)))
    if op == "shuffle":
        if draw(st.booleans()):
            rnd.shuffle(lines)
        else:  # a local shuffle keeps most structure, so more cases get past the header checks
            i = rnd.randrange(len(lines))
            part = lines[i:i + 8]
            rnd.shuffle(part)
            lines[i:i + 8] = part
    elif op == "drop":
        del lines[rnd.randrange(len(lines))]
    elif op == "dup":
        i = rnd.randrange(len(lines))
        lines[i:i] = [lines[i]] * draw(st.integers(1, 50))
    elif op == "insert":
        noise = draw(st.one_of(st.sampled_from(NOISE_TEXT), st.text(max_size=40)))
        i = rnd.randrange(len(lines))
        pos = rnd.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + noise + lines[i][pos:]
    elif op == "number":
        i = rnd.randrange(len(lines))
        digits = [k for k, c in enumerate(lines[i]) if c.isdigit()]
        if digits:
            k = rnd.choice(digits)
            lines[i] = lines[i][:k] + draw(st.sampled_from(HUGE)) + lines[i][k + 1:]
        else:
            lines[i] += draw(st.sampled_from(HUGE))
    elif op == "cut":
        return text[: rnd.randrange(len(text) + 1)]
    elif op == "swapcells":
        i = rnd.randrange(len(lines))
        sep = "\t" if "\t" in lines[i] else ","
        cells = lines[i].split(sep)
        rnd.shuffle(cells)
        lines[i] = sep.join(cells)
    else:
        i = rnd.randrange(len(lines))
        lines[i] = lines[i].replace("\t", "").replace(",", "")
    return "\n".join(lines)


def _mutate_json(draw, st, text: str) -> str:
    """Replace, delete or add one node anywhere in the document with a value of the wrong type."""
    try:
        doc = json.loads(text)
    except ValueError:
        return _mutate_text(draw, st, text)
    nodes = []  # (container, key)

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                nodes.append((node, k))
                walk(v)
        elif isinstance(node, list):
            for k, v in enumerate(node):
                nodes.append((node, k))
                walk(v)

    walk(doc)
    if not nodes:
        return json.dumps(draw(st.sampled_from(JSON_WRONG)))
    for _ in range(draw(st.integers(1, 3))):
        container, key = nodes[draw(st.integers(0, len(nodes) - 1))]
        op = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        try:
            if op == "replace":
                container[key] = draw(st.one_of(st.sampled_from(JSON_WRONG), st.text(max_size=20),
                                                st.integers(), st.floats(allow_nan=False)))
            elif op == "delete":
                del container[key]
            elif isinstance(container, dict):
                container[draw(st.sampled_from(["extra", "year", "items", "catalog", "declared", "days", ""]))] = \
                    draw(st.sampled_from(JSON_WRONG))
            else:
                container.insert(key, draw(st.sampled_from(JSON_WRONG)))
        except (KeyError, IndexError, TypeError):
            pass
    return json.dumps(doc, ensure_ascii=draw(st.booleans()))


def _mutate_zip(draw, st, data: bytes, text_mutator=_mutate_text) -> bytes:
    """Break the zip itself, or rewrite one member (XML mutated) so the damage reaches the parser."""
    op = draw(st.sampled_from(["member", "member", "member", "bytes", "drop", "dup", "stored"]))
    if op == "bytes":
        return _mutate_bytes(draw, st, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            members = [(info, zin.read(info)) for info in zin.infolist()]
    except Exception:  # noqa: BLE001 - an earlier mutation already broke it: damage the bytes instead
        return _mutate_bytes(draw, st, data)
    k = draw(st.integers(0, len(members) - 1))
    if op == "drop":
        del members[k]
    elif op == "dup":
        members.append(members[k])
    elif op == "member":
        info, body = members[k]
        if draw(st.booleans()):
            try:
                body = text_mutator(draw, st, body.decode("utf-8")).encode("utf-8")
            except UnicodeDecodeError:
                body = _mutate_bytes(draw, st, body)
        else:
            body = _mutate_bytes(draw, st, body)
        members[k] = (info, body)
    out = io.BytesIO()
    compression = zipfile.ZIP_STORED if op == "stored" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", compression) as zout, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicated member is one of the mutations
        for info, body in members:
            zout.writestr(info.filename, body)
    return out.getvalue()


def _cases(st, bases: list[bytes], mutators, random_strategy):
    """Mostly mutated real inputs (1–3 mutations), sometimes wholly random ones."""

    @st.composite
    def mutated(draw):
        data = draw(st.sampled_from(bases))
        for _ in range(draw(st.integers(1, 3))):
            data = draw(st.sampled_from(mutators))(draw, st, data)
        return data

    return st.one_of(mutated(), mutated(), mutated(), mutated(), random_strategy)


def _text_mut(encoding="utf-8"):
    def mut(draw, st, data: bytes) -> bytes:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return _mutate_bytes(draw, st, data)
        return _mutate_text(draw, st, text).encode(encoding, "surrogatepass")
    return mut


def _json_mut(draw, st, data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _mutate_bytes(draw, st, data)
    return _mutate_json(draw, st, text).encode("utf-8", "surrogatepass")


def _random_bytes(st, prefix=b""):
    return st.one_of(st.binary(max_size=512).map(lambda b: prefix + b),
                     st.text(max_size=300).map(lambda t: (prefix + t.encode("utf-8", "surrogatepass"))))


def _random_json(st):
    scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
    doc = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=5)),
                       max_leaves=30)
    return doc.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass"))


# --------------------------------------------------------------------------- targets


@dataclass
class Outcome:
    kind: str  # accepted | rejected | crash
    detail: str = ""


@dataclass
class Stats:
    cases: int = 0
    accepted: int = 0
    rejected: int = 0
    crashes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time: the machine is shared, wall time is noisy
    crash_details: list = field(default_factory=list)


class Crash(Exception):
    """The harness's own verdict: the importer misbehaved on this input."""


def _check_message(message: str):
    if not str(message).strip():
        raise Crash("documented error with an empty message")


def _fingerprint() -> tuple:
    """Row count and highest id of every zwgk table, plus a checksum of the catalog's rows."""
    from django.apps import apps
    from django.db import connection

    from zwgk.catalog.models import Catalog, Element, Item

    tables = sorted({(m._meta.db_table, m._meta.pk.column) for m in apps.get_models()
                     if m.__module__.startswith("zwgk.") and not m._meta.proxy and m._meta.managed})
    q = connection.ops.quote_name
    sql = ", ".join(f"(SELECT COUNT(*) FROM {q(t)}), (SELECT MAX({q(pk)}) FROM {q(t)})" for t, pk in tables)
    digest = hashlib.sha256()
    with connection.cursor() as cursor:  # one query, not two per table: this runs twice a case
        cursor.execute(f"SELECT {sql}")
        counts = tuple(cursor.fetchone())
        for model in (Catalog, Item, Element):  # raw rows: the ORM's JSON decoding was most of the cost
            cursor.execute(f"SELECT * FROM {q(model._meta.db_table)} ORDER BY {q(model._meta.pk.column)}")
            digest.update(repr(cursor.fetchall()).encode())
    return counts, digest.hexdigest()


class World:
    """The Django side: settings for fuzzing, the agency with its seed catalog, a test client."""

    def __init__(self):
        import logging

        from django.test import Client
        from django.test.utils import override_settings

        from zwgk.catalog.formats import parse_file
        from zwgk.catalog.importing import import_parsed
        from zwgk.catalog.models import Agency

        self._override = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            ZWGK_APPLICATION_LIMITS={"apply_per_ip": (10 ** 9, 3600), "apply_per_applicant": (10 ** 9, 86400)},
            AXES_ENABLED=False,
            # The test client's host. No setup_test_environment(): its template instrumentation copies
            # every context of every render and made the application form target three times slower.
            ALLOWED_HOSTS=["testserver"], DEBUG=False,
        )
        self._override.enable()
        # Every rejected case would log a 400 "Bad Request" line.
        self._loggers = {name: logging.getLogger(name).level for name in ("django.request", "django.security")}
        for name in self._loggers:
            logging.getLogger(name).setLevel(logging.CRITICAL)
        if not Agency.objects.filter(slug=AGENCY_SLUG).exists():
            from zwgk.catalog.importing import create_agency

            create_agency(AGENCY)
            import_parsed(parse_file(SEED), agency_name=AGENCY, source=SEED.name)
        self.agency = Agency.objects.get(slug=AGENCY_SLUG)
        self.client = Client(raise_request_exception=True)

    def close(self):
        import logging

        for name, level in self._loggers.items():
            logging.getLogger(name).setLevel(level)
        self._override.disable()


def _catalog_run(world, data: bytes, flags: int) -> Outcome:
    from zwgk.catalog.formats import CatalogImportError, parse_bytes
    from zwgk.catalog.importing import AgencyError, import_parsed

    try:
        result = parse_bytes(data, "fuzz")
        report = import_parsed(result, agency_name=AGENCY, source="fuzz", dry_run=bool(flags & 4),
                               allow_delete=bool(flags & 1), allow_incomplete=bool(flags & 2))
        report.as_text()
        json.dumps(report.as_dict(), ensure_ascii=False)
    except (CatalogImportError, AgencyError) as exc:
        _check_message(exc)
        return Outcome("rejected", str(exc))
    return Outcome("accepted")


def _records_run(world, data: bytes, name: str) -> Outcome:
    from zwgk.records.importing import RecordImportError, import_records

    try:
        import_records(name, world.agency, data=data)
    except RecordImportError as exc:
        if not exc.problems:
            raise Crash("RecordImportError without problems") from None
        for problem in exc.problems:
            _check_message(problem)
        return Outcome("rejected", str(exc))
    return Outcome("accepted")


def _api_run(world, data: bytes, _flags) -> Outcome:
    response = world.client.post("/api/v1/applications", data=data, content_type="application/json")
    if response.status_code >= 500:
        raise Crash(f"HTTP {response.status_code}")
    try:
        body = json.loads(response.content)
    except ValueError:
        raise Crash(f"HTTP {response.status_code} answer is not JSON") from None
    if response.status_code in (200, 201):
        return Outcome("accepted")
    if not isinstance(body, dict) or not (body.get("errors") or body.get("error")):
        raise Crash(f"HTTP {response.status_code} without an error message")
    for messages in (body.get("errors") or {}).values():
        for message in messages:
            _check_message(message)
    return Outcome("rejected", json.dumps(body, ensure_ascii=False)[:200])


def _form_run(world, data: bytes, _flags) -> Outcome:
    try:
        fields = json.loads(data)
    except ValueError:
        fields = {"description": data.decode("utf-8", "replace")}
    if not isinstance(fields, dict):
        fields = {"description": str(fields)}
    post = {str(k): ("" if v is None else v if isinstance(v, list) else str(v)) for k, v in fields.items()}
    post = {k: [str(x) for x in v] if isinstance(v, list) else v for k, v in post.items()}
    response = world.client.post(f"/{AGENCY_SLUG}/apply/", data=post)
    if response.status_code >= 500:
        raise Crash(f"HTTP {response.status_code}")
    done = RECEIPT.encode() in response.content  # done.html; a form echoing the text escapes its "<"
    if response.status_code == 200 and done:
        return Outcome("accepted")
    if response.status_code in (200, 400):
        return Outcome("rejected")
    raise Crash(f"unexpected HTTP {response.status_code}")


RECEIPT = "<h1>政府信息公开申请回执</h1>"


def _notice_run(world, data: bytes, flags) -> Outcome:
    from zwgk.workdays.notice import NoticeError, parse_notice

    text = data.decode("utf-8", "replace")
    try:
        notice = parse_notice(text, year=None if flags & 1 else 2025)
        notice.as_dict()
    except NoticeError as exc:
        _check_message(exc)
        return Outcome("rejected", str(exc))
    return Outcome("accepted")


def _docx_body_run(world, data: bytes, _flags) -> Outcome:
    """A DOCX as a record's body: converted, or refused with a reason; the result saves unchanged."""
    from zwgk.records import docxbody
    from zwgk.records.body import normalize_body

    try:
        converted = docxbody.convert(data, limit=50 * 1024 * 1024)
    except docxbody.DocxRefused as exc:
        _check_message(exc)
        return Outcome("rejected", str(exc))
    if normalize_body(converted.html) != converted.html:
        raise Crash("the converted body changes when it is saved again")
    return Outcome("accepted")


def _body_html_run(world, data: bytes, _flags) -> Outcome:
    """Pasted (Office) HTML or typed text as a body: always stored, and stored the same when saved again."""
    from zwgk.records.body import looks_like_html, normalize_body

    once = normalize_body(data.decode("utf-8", "replace"))
    if normalize_body(once) != once:
        raise Crash("the stored body changes when it is saved again")
    if once and not looks_like_html(once):
        raise Crash("a stored body that is not HTML")
    return Outcome("accepted")


def _body_bases():
    from zwgk.records.tests.test_body_views import FIXTURES, make_docx

    office = [(FIXTURES / f"{name}_clipboard.html").read_bytes() for name in ("word", "wps")]
    typed = "第一段。\n\n1. 甲\n2. 乙\n\n项目\t金额\n培训\t1,234.50\n\n| a | b |\n|---|---|\n| c | d |".encode()
    return {"docx": [make_docx(), make_docx(picture=False)], "html": office + [typed]}


@dataclass
class Target:
    name: str
    run: object  # (world, data, flags) -> Outcome
    strategy: object  # hypothesis strategy of bytes
    db: bool = True


def _catalog_bases():
    """The seed, and the seed's catalog exported (whole and first items only) in every format."""
    from zwgk.catalog.formats import dump, parse_file

    seed = SEED.read_bytes()
    spec = parse_file(SEED).catalog
    small = parse_file(SEED).catalog
    small.items = small.items[:6]
    small.declared = {}
    out = {"text": [seed, seed.decode("utf-8").encode("gb18030")]}
    for fmt in ("xlsx", "docx", "csv", "json"):
        out[fmt] = [dump(spec, fmt), dump(small, fmt)]
    return out


def _records_bases(world):
    """A few valid records files (JSON, CSV, XLSX) for items of the seed catalog."""
    from openpyxl import Workbook

    from zwgk.catalog.models import Item

    items = list(Item.objects.filter(catalog__agency=world.agency, children__isnull=True).order_by("pk")[:5])
    rows = []
    for n, item in enumerate(items):
        rows.append({"item": item.name, "title": f"模糊测试文件{n}", "doc_number": f"银人社发〔2024〕{n + 1}号",
                     "formed_on": f"2024-03-{n + 1:02d}", "published_on": "2024-03-10" if n % 2 else "",
                     "body": "<p>正文</p>", "genre": "通知",
                     "elements": {e.name: "2024-03-05" if e.field_type == "date" else "1" if e.field_type == "number"
                                  else "值" for e in item.elements.all()}})
    js = json.dumps(rows, ensure_ascii=False, indent=1).encode()
    header = ["事项", "名称", "文号", "生成日期", "发布日期", "正文", "体裁"]
    table = [header] + [[r["item"], r["title"], r["doc_number"], r["formed_on"], r["published_on"], r["body"],
                         r["genre"]] for r in rows]
    buf = io.StringIO()
    csv.writer(buf).writerows(table)
    book = Workbook()
    for line in table:
        book.active.append(line)
    xbuf = io.BytesIO()
    book.save(xbuf)
    return {"json": [js, json.dumps({"records": rows}, ensure_ascii=False).encode()],
            "csv": [buf.getvalue().encode(), buf.getvalue().encode("gb18030")], "xlsx": [xbuf.getvalue()]}


def _application_bases():
    good = {"agency": AGENCY_SLUG, "applicant_type": "natural_person", "name": "模糊测试", "id_type": "other",
            "id_number": "FUZZ0001", "phone": "13900000000", "email": "a@example.com", "address": "银川市",
            "doc_number": "", "description": "申请公开2025年度就业补贴发放情况", "medium": "electronic",
            "delivery": "online"}
    legal = dict(good, applicant_type="enterprise", name="某某有限公司", id_type="credit_code",
                 id_number="91110000802100433B", contact_person="张三", delivery="post", postal_code="750001")
    person = dict(good, id_type="resident_id", id_number="11010519491231002X", delivery="email")
    return [json.dumps(d, ensure_ascii=False).encode() for d in (good, legal, person)]


def build_targets(world) -> dict[str, Target]:
    from hypothesis import strategies as st

    cat = _catalog_bases()
    rec = _records_bases(world)
    apps = _application_bases()
    body = _body_bases()
    notices = [p.read_bytes() for p in sorted(NOTICES.glob("*.txt"))]
    text, jsn, zipm, byt = _text_mut(), _json_mut, _mutate_zip, _mutate_bytes
    gbk = _text_mut("gb18030")

    def catalog(name, bases, mutators, rand):
        return Target(name, _catalog_run, st.tuples(_cases(st, bases, mutators, rand), st.integers(0, 7)))

    def records(name, fname, bases, mutators, rand):
        return Target(name, lambda w, d, f: _records_run(w, d, fname),
                      st.tuples(_cases(st, bases, mutators, rand), st.just(0)))

    targets = [
        catalog("catalog-text", cat["text"], [text, text, gbk, byt], _random_bytes(st)),
        catalog("catalog-xlsx", cat["xlsx"], [zipm], _random_bytes(st, b"PK\x03\x04")),
        catalog("catalog-docx", cat["docx"], [zipm], _random_bytes(st, b"PK\x03\x04")),
        catalog("catalog-csv", cat["csv"], [text, text, byt], _random_bytes(st)),
        catalog("catalog-json", cat["json"], [jsn, jsn, text, byt], _random_json(st)),
        records("records-json", "records.json", rec["json"], [jsn, jsn, text, byt], _random_json(st)),
        records("records-csv", "records.csv", rec["csv"], [text, text, byt], _random_bytes(st)),
        records("records-xlsx", "records.xlsx", rec["xlsx"], [zipm], _random_bytes(st, b"PK\x03\x04")),
        Target("applications-api", _api_run, st.tuples(_cases(st, apps, [jsn, jsn, jsn, byt], _random_json(st)),
                                                        st.just(0))),
        Target("applications-form", _form_run, st.tuples(_cases(st, apps, [jsn, jsn, jsn], _random_json(st)),
                                                         st.just(0))),
        Target("docx-body", _docx_body_run, st.tuples(_cases(st, body["docx"], [zipm], _random_bytes(st, b"PK\x03\x04")),
                                                       st.just(0)), db=False),
        Target("body-html", _body_html_run, st.tuples(_cases(st, body["html"], [text, text, byt], _random_bytes(st)),
                                                       st.just(0)), db=False),
        Target("notice", _notice_run, st.tuples(_cases(st, notices, [text, text, text, byt], _random_bytes(st)),
                                                st.integers(0, 1)), db=False),
    ]
    return {t.name: t for t in targets}


def run_case(world, target: Target, data: bytes, flags: int = 0) -> Outcome:
    """Run one input inside a transaction that is rolled back afterwards; a crash is an Outcome too."""
    from django.db import transaction

    try:
        if not target.db:
            return target.run(world, data, flags)
        with transaction.atomic():
            before = _fingerprint()
            try:
                outcome = target.run(world, data, flags)
                if outcome.kind == "rejected" and _fingerprint() != before:
                    outcome = Outcome("crash", "a rejected input changed the database")
            finally:
                transaction.set_rollback(True)
        return outcome
    except Crash as exc:
        return Outcome("crash", str(exc))
    except Exception:  # noqa: BLE001 - anything undocumented is exactly what we are looking for
        return Outcome("crash", traceback.format_exc(limit=-4))


def fuzz_target(world, target: Target, cases: int, seed: int | None, crash_dir: Path | None,
                progress: int = 0) -> Stats:
    """Run `cases` generated inputs through one target; hypothesis draws, the harness judges."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed

    stats = Stats()
    started, cpu_started = time.perf_counter(), time.process_time()

    @settings(max_examples=cases, phases=[Phase.generate], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def case(pair):
        data, flags = pair
        outcome = run_case(world, target, data, flags)
        stats.cases += 1
        if progress and stats.cases % progress == 0:  # a long run that is cut short still says how far it got
            print(f"    {target.name}: {stats.cases} cases, {stats.crashes} crashes, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
        if outcome.kind == "accepted":
            stats.accepted += 1
        elif outcome.kind == "rejected":
            stats.rejected += 1
        else:
            stats.crashes += 1
            first_line = outcome.detail.strip().splitlines()[-1] if outcome.detail.strip() else "?"
            stats.crash_details.append(first_line)
            if crash_dir is not None:
                crash_dir.mkdir(parents=True, exist_ok=True)
                stem = f"{target.name}-{flags}-{hashlib.sha256(data).hexdigest()[:12]}"
                (crash_dir / f"{stem}.bin").write_bytes(data)
                (crash_dir / f"{stem}.txt").write_text(outcome.detail)

    if seed is not None:
        case = fixed_seed(seed)(case)
    case()
    stats.seconds = time.perf_counter() - started
    stats.cpu_seconds = time.process_time() - cpu_started
    return stats


def replay(world, targets: dict[str, Target], corpus: Path = CORPUS) -> dict[str, list[tuple[str, Outcome]]]:
    """Outcomes of every committed input: tests/fuzz_corpus/<target>/<flags>-<name>.bin."""
    results = {}
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        target = targets[folder.name]
        for path in sorted(folder.glob("*.bin")):
            flags = int(path.name.split("-", 1)[0]) if path.name.split("-", 1)[0].isdigit() else 0
            results.setdefault(folder.name, []).append((path.name, run_case(world, target, path.read_bytes(), flags)))
    return results


def print_table(rows: dict[str, Stats]):
    print(f"{'target':<20}{'cases':>8}{'accepted':>10}{'rejected':>10}{'crashes':>9}{'time':>9}{'cases/s':>9}{'CPU':>8}")
    for name, s in rows.items():
        print(f"{name:<20}{s.cases:>8}{s.accepted:>10}{s.rejected:>10}{s.crashes:>9}{s.seconds:>8.0f}s"
              f"{s.cases / s.seconds if s.seconds else 0:>9.1f}{s.cpu_seconds:>7.0f}s")
    for name, s in rows.items():
        for detail in sorted(set(s.crash_details))[:10]:
            print(f"  {name}: {detail}")


def setup_django(data_dir: str):
    os.environ["ZWGK_DATA_DIR"] = data_dir
    os.environ["DATABASE_URL"] = f"sqlite:///{data_dir}/fuzz.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10000, help="cases per target (default 10000)")
    parser.add_argument("--targets", nargs="+", help="only these targets (default: all)")
    parser.add_argument("--seed", type=int, help="derandomise: the same cases every run")
    parser.add_argument("--progress", type=int, default=1000, help="print a line every N cases (0: never)")
    parser.add_argument("--crash-dir", default=str(ROOT / "var" / "fuzz-crashes"), help="where crashing inputs go")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # zipfile's duplicate names, openpyxl's damaged-workbook notes
    # In memory when the machine has it: every catalog change writes the portal's cache stamp file.
    shm = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    tmp = tempfile.TemporaryDirectory(prefix="zwgk-fuzz-", dir=shm)
    setup_django(tmp.name)
    world = World()
    targets = build_targets(world)
    unknown = set(args.targets or ()) - set(targets)
    if unknown:
        raise SystemExit(f"unknown targets: {', '.join(sorted(unknown))}; known: {', '.join(targets)}")
    rows = {}
    load = os.getloadavg()[0]
    print(f"{args.cases} cases per target, load average {load:.1f}", flush=True)
    for name in args.targets or targets:
        rows[name] = fuzz_target(world, targets[name], args.cases, args.seed, Path(args.crash_dir), args.progress)
        s = rows[name]
        print(f"  {name}: {s.cases} cases, {s.crashes} crashes, {s.seconds:.0f} s, "
              f"{s.cases / s.seconds if s.seconds else 0:.1f} cases/s, CPU {s.cpu_seconds:.0f} s, "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
    print_table(rows)
    world.close()
    sys.exit(1 if any(s.crashes for s in rows.values()) else 0)


if __name__ == "__main__":
    main()
