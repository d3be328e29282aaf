"""Bulk import of records (JSON, CSV, XLSX): read, validate every row, then save all or nothing.

Reading and validation never write to the database; `save_rows` does the writing in one
transaction with bulk inserts, so a 100,000-row migration of an old website takes a minute, not hours.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.catalog.models import Element, Item, Unit
from zwgk.lib import text as libtext
from zwgk.lib.dates import parse_date
from zwgk.lib.zipguard import ZipRefused, check_zip
from zwgk.records import periods, services
from zwgk.records.forms import TOPICS
from zwgk.records.models import Record
from zwgk.records.body import looks_like_html, normalize_body
from zwgk.records.sanitize import sanitize_html

def _body(text: str) -> str:
    """Typed text gets its paragraphs as in the form; HTML (what a migrated site exports) only the
    sanitiser: the Office tidy-up costs ~0.4 ms a row, 40 s on a 100,000-row import."""
    if not text:
        return ""
    return sanitize_html(text) if looks_like_html(text) else normalize_body(text)


# Headers of the CSV/XLSX layout → keys of the JSON layout.
HEADERS = {
    "事项": "item",
    "名称": "title",
    "文号": "doc_number",
    "发布机构": "publisher",
    "生成日期": "formed_on",
    "发布日期": "published_on",
    "正文": "body",
    "体裁": "genre",
    "内容概述": "summary",
    "主题分类": "topic",
    "主题词": "keywords",
    "有效性": "validity",
    "公开主体": "unit",
    "报告期": "period",
    "报告年度": "period",  # 年报: the year the report covers
}
LABELS = {key: header for header, key in HEADERS.items()}
JSON_KEYS = set(LABELS)
REQUIRED_HEADERS = ["事项", "名称", "生成日期"]
MAX_LENGTHS = {"title": 300, "doc_number": 120, "publisher": 200, "genre": 40, "topic": 100, "keywords": 200}
VALIDITIES = ("有效", "废止", "失效")

# Catalog elements that repeat the standard metadata (文件名称 → 名称, …) fill the record's own
# fields, exactly as in the back-office forms (services.split_metadata_elements). The record
# field published_at is a date column (发布日期) in import files.
_FIELD_KEYS = {"published_at": "published_on"}


def metadata_field(name: str) -> str | None:
    """The standard key (title, doc_number, …) an element name stands for, or None."""
    mapped, _ = services.split_metadata_elements([name])
    field_name = mapped.get(name)
    return _FIELD_KEYS.get(field_name, field_name) if field_name else None


_PATH_SEPARATORS = re.compile(r"\s*(?:/|／|›|>|＞|-{2,})\s*")


class RecordImportError(Exception):
    """The file cannot be imported; `problems` lists every bad row and field."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class RowProblem:
    """One reason a row (or the whole file, row None) cannot be imported."""

    message: str
    row: int | None = None
    column: str | None = None
    unit: str = "行"  # JSON files count records (第3条), spreadsheets count rows (第3行)

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"第{self.row}{self.unit}")
        if self.column:
            where.append(f"“{self.column}”")
        return ("，".join(where) + "：" if where else "") + self.message


@dataclass
class RawRow:
    """A row as read from the file, before validation; `columns` names fields as the file does."""

    number: int
    values: dict  # standard key → raw value
    elements: dict  # element name → raw value
    columns: dict = field(default_factory=dict)  # standard key → the file's name for it


@dataclass
class ImportRow:
    """A validated row, ready to become a Record."""

    number: int
    item_id: int
    unit_id: int | None
    title: str
    formed_on: dt.date
    published_on: dt.date | None = None
    doc_number: str = ""
    publisher: str = ""
    body: str = ""
    genre: str = ""
    summary: str = ""
    topic: str = ""
    keywords: str = ""
    validity: str = "有效"
    period: str = ""  # '' = the default for the 生成日期 (periods.default_period)
    elements: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    rows: int = 0
    published: int = 0
    drafts: int = 0
    by_year: dict = field(default_factory=dict)  # year → number of index numbers allocated
    record_ids: list = field(default_factory=list)
    dry_run: bool = False


# ---------------------------------------------------------------- reading


def read_file(path_or_name, data: bytes | None = None) -> tuple[list[RawRow], str]:
    """Read a JSON, CSV or XLSX file into raw rows; the format is detected from the content."""
    name = str(path_or_name)
    if data is None:
        data = Path(path_or_name).read_bytes()
    if not data.strip():
        raise RecordImportError([RowProblem("文件为空")])
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data), "xlsx"
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"[", b"{") or name.lower().endswith(".json"):
        return read_json(data), "json"
    return read_csv(data), "csv"


def read_json(data: bytes) -> list[RawRow]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RecordImportError([RowProblem("JSON 文件不是 UTF-8 编码")]) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordImportError([RowProblem(f"JSON 格式错误（第{exc.lineno}行第{exc.colno}列）：{exc.msg}")]) from None
    if isinstance(doc, dict) and isinstance(doc.get("records"), list):
        doc = doc["records"]
    if not isinstance(doc, list):
        raise RecordImportError([RowProblem("JSON 文件应为记录对象的列表")])
    if not doc:
        raise RecordImportError([RowProblem("文件中没有记录")])
    rows, problems = [], []
    for number, obj in enumerate(doc, start=1):
        if not isinstance(obj, dict):
            problems.append(RowProblem("应为对象（{...}）", number, unit="条"))
            continue
        values, elements, columns = {}, {}, {}
        for key, value in obj.items():
            if key == "elements":
                if isinstance(value, dict):
                    elements = dict(value)
                elif value not in (None, ""):
                    problems.append(RowProblem("应为对象：要素名称 → 值", number, "elements", unit="条"))
            elif key in JSON_KEYS:
                values[key] = value
                columns[key] = key
            elif key in HEADERS:  # Chinese keys are accepted in JSON too
                values[HEADERS[key]] = value
                columns[HEADERS[key]] = key
            else:
                problems.append(RowProblem("未知字段", number, key, unit="条"))
        rows.append(RawRow(number, values, elements, columns))
    if problems:
        raise RecordImportError(problems)
    return rows


def decode_text(data: bytes) -> str:
    try:
        return libtext.decode_text(data)
    except libtext.TextDecodeError as exc:
        raise RecordImportError([RowProblem(str(exc))]) from None


def read_csv(data: bytes) -> list[RawRow]:
    text = decode_text(data)
    try:
        table = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise RecordImportError([RowProblem(f"CSV 格式错误：{exc}")]) from None
    return rows_from_table(table)


def read_xlsx(data: bytes) -> list[RawRow]:
    from openpyxl import load_workbook

    try:  # openpyxl inflates shared strings and rows into memory: refuse a hostile zip first
        check_zip(data)
    except ZipRefused as exc:
        raise RecordImportError([RowProblem(f"无法读取 XLSX 文件：{exc}")]) from None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise RecordImportError([RowProblem(f"无法读取 XLSX 文件：{exc}")]) from None
    try:
        if not book.worksheets:
            raise RecordImportError([RowProblem("XLSX 文件中没有工作表")])
        # read_only parses the sheet lazily: damaged sheet XML only shows while iterating.
        table = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    except RecordImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - as for load_workbook: many types for a damaged sheet
        raise RecordImportError([RowProblem(f"无法读取 XLSX 文件的工作表：{exc}")]) from None
    finally:
        book.close()
    return rows_from_table(table)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    return value


def rows_from_table(table: list[list]) -> list[RawRow]:
    """Turn a header row plus data rows (CSV or XLSX cells) into raw rows numbered as in the sheet."""
    while table and not any(str(_cell(c)).strip() for c in table[-1]):
        table.pop()
    if not table:
        raise RecordImportError([RowProblem("文件为空")])
    headers = [str(_cell(c)).strip().lstrip("\ufeff") for c in table[0]]
    problems = []
    seen = set()
    for index, header in enumerate(headers):
        if header and header in seen:
            problems.append(RowProblem("表头重复", 1, header))
        seen.add(header)
    missing = [h for h in REQUIRED_HEADERS if h not in seen]
    if missing:
        problems.append(RowProblem(f"缺少必需的列：{'、'.join(missing)}", 1))
    if problems:
        raise RecordImportError(problems)
    if len(table) < 2:
        raise RecordImportError([RowProblem("文件中没有记录（只有表头）")])
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        cells = [_cell(c) for c in cells]
        if not any(str(c).strip() for c in cells):
            continue
        values, elements, columns = {}, {}, {}
        for header, value in zip(headers, cells):
            if not header:
                continue
            if header in HEADERS:
                key = HEADERS[header]
                values[key] = value
                columns[key] = header
            elif value != "":
                elements[header] = value
        rows.append(RawRow(number, values, elements, columns))
    if not rows:
        raise RecordImportError([RowProblem("文件中没有记录（只有表头）")])
    return rows


# ---------------------------------------------------------------- validating


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "；".join(_text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def normalise_path(text: str) -> str:
    return "/".join(part.strip() for part in _PATH_SEPARATORS.split(text.strip()) if part.strip())


@dataclass
class ItemInfo:
    id: int
    name: str
    path: str
    has_children: bool
    elements: dict  # name → (field_type, required)
    unit_ids: list
    rule: DeadlineRule = field(default_factory=lambda: DeadlineRule(kind="unparsed"))


class CatalogLookup:
    """Everything validation needs about an agency's current catalog, loaded in a few queries."""

    def __init__(self, agency):
        self.agency = agency
        items = list(Item.objects.filter(catalog__agency=agency, catalog__is_current=True).values(
            "id", "name", "parent_id", "deadline_rule"))
        by_id = {row["id"]: row for row in items}
        parents = {row["parent_id"] for row in items if row["parent_id"]}
        elements = defaultdict(dict)
        for el in Element.objects.filter(item_id__in=by_id).values("item_id", "name", "field_type", "required").order_by("item_id", "position", "id"):
            elements[el["item_id"]][el["name"].strip()] = (el["field_type"], el["required"])
        units = defaultdict(list)
        for link in Item.units.through.objects.filter(item_id__in=by_id).values("item_id", "unit_id"):
            units[link["item_id"]].append(link["unit_id"])
        self.units_by_name = {u.name: u.id for u in Unit.objects.filter(agency=agency)}

        def path_of(row):
            names = []
            while row is not None:
                names.append(row["name"].strip())
                row = by_id.get(row["parent_id"])
            return "/".join(reversed(names))

        self.items: dict[int, ItemInfo] = {}
        self.by_name = defaultdict(list)
        self.by_path = defaultdict(list)
        for row in items:
            info = ItemInfo(row["id"], row["name"].strip(), path_of(row), row["id"] in parents, elements[row["id"]],
                            units[row["id"]], DeadlineRule.from_dict(row["deadline_rule"]))
            self.items[info.id] = info
            self.by_name[info.name].append(info)
            self.by_path[info.path].append(info)
        self.all_element_names = {name for info in self.items.values() for name in info.elements}
        self._metadata = {}

    def metadata_field(self, name: str) -> str | None:
        if name not in self._metadata:
            self._metadata[name] = metadata_field(name)
        return self._metadata[name]

    def resolve(self, text: str) -> ItemInfo:
        """The item named by a name or a 一级/二级 path; ValueError with a Chinese reason otherwise."""
        wanted = normalise_path(text)
        matches = self.by_path.get(wanted) or self.by_name.get(wanted) or []
        if not matches and "/" in wanted:
            # A trailing part of a path is enough when it is unambiguous (二级/三级).
            matches = [i for i in self.items.values() if i.path.endswith("/" + wanted)]
        if not matches:
            raise ValueError(f"现行目录中没有事项“{text}”")
        if len(matches) > 1:
            paths = "、".join(f"“{m.path}”" for m in matches)
            raise ValueError(f"事项“{text}”不唯一（{paths}），请写出完整路径，如“一级事项/二级事项”")
        info = matches[0]
        if info.has_children:
            raise ValueError(f"“{info.path}”下还有下级事项，请指定具体的下级事项")
        return info


def validate_rows(raw_rows: list[RawRow], agency, *, today: dt.date | None = None, unit: str = "行"):
    """Check every row; returns (rows, problems). Nothing is written."""
    lookup = CatalogLookup(agency)
    today = today or timezone.localdate()
    rows, problems = [], []
    if not lookup.items:
        return [], [RowProblem(f"机关“{agency.name}”没有现行的公开目录，请先导入目录")]
    for raw in raw_rows:
        row_problems = []

        def bad(key, message, raw=raw, row_problems=row_problems):
            row_problems.append(RowProblem(message, raw.number, raw.columns.get(key) or LABELS.get(key, key), unit))

        values = {key: raw.values.get(key) for key in LABELS}
        item = None
        item_text = _text(values["item"])
        if not item_text:
            bad("item", "事项不能为空")
        else:
            try:
                item = lookup.resolve(item_text)
            except ValueError as exc:
                bad("item", str(exc))

        element_values = {}
        for name, value in raw.elements.items():
            name = str(name).strip()
            text = _text(value)
            key = lookup.metadata_field(name)
            if key is not None:
                # An element repeating standard metadata fills the record's own field when that is empty.
                if text and not _text(values.get(key)):
                    values[key] = value
                    raw.columns[key] = name
                continue
            if item is not None and name not in item.elements:
                if text:
                    where = "目录中没有这个要素" if name not in lookup.all_element_names else f"事项“{item.path}”没有这个要素"
                    row_problems.append(RowProblem(where, raw.number, name, unit))
                continue
            if item is None and name not in lookup.all_element_names and text:
                row_problems.append(RowProblem("目录中没有这个要素", raw.number, name, unit))
                continue
            element_values[name] = value

        title = _text(values["title"])
        if not title:
            bad("title", "名称不能为空")
        for key, limit in MAX_LENGTHS.items():
            if len(_text(values[key])) > limit:
                bad(key, f"超过 {limit} 个字")

        dates = {}
        for key in ("formed_on", "published_on"):
            if _text(values[key]):
                try:
                    dates[key] = parse_date(values[key])
                except ValueError as exc:
                    bad(key, str(exc))
        if "formed_on" not in dates and not _text(values["formed_on"]):
            bad("formed_on", "生成日期不能为空（公开时限从这一天起算）")
        formed_on, published_on = dates.get("formed_on"), dates.get("published_on")
        if formed_on and published_on and formed_on > published_on:
            bad("published_on", f"发布日期 {published_on} 早于生成日期 {formed_on}")
        if published_on and published_on > today:
            bad("published_on", f"发布日期 {published_on} 晚于今天，导入的记录只能是已经发布的")

        period = ""
        if _text(values["period"]) and item is not None:
            kind = periods.granularity(item.rule)
            if kind is None:
                bad("period", f"事项“{item.path}”不按年度、季度或月份公开，不需要填写报告期")
            else:
                try:
                    period = periods.parse_period(values["period"], kind).code
                except periods.PeriodError as exc:
                    bad("period", str(exc))

        validity = _text(values["validity"]) or "有效"
        if validity not in VALIDITIES:
            bad("validity", f"有效性应为 {'、'.join(VALIDITIES)} 之一")

        topic = _text(values["topic"])
        if topic and topic not in TOPICS:  # the record form offers only the standard list, so does the import
            bad("topic", f"主题分类“{topic}”不在标准主题分类中（{'、'.join(TOPICS[:3])} … {TOPICS[-1]}）")

        unit_id = None
        unit_name = _text(values["unit"])
        if unit_name:
            unit_id = lookup.units_by_name.get(unit_name)
            if unit_id is None:
                bad("unit", f"机关没有公开主体“{unit_name}”")
        elif item is not None and len(item.unit_ids) == 1:
            unit_id = item.unit_ids[0]

        clean_elements = {}
        if item is not None:
            for name, (field_type, required) in item.elements.items():
                key = lookup.metadata_field(name)
                if key is not None:
                    if required and key != "title" and not _text(values.get(key)):  # 名称 is checked above
                        bad(key, f"必填要素“{name}”没有填写（填在“{LABELS[key]}”中）")
                    continue
                try:
                    cleaned = clean_element_value(field_type, element_values.get(name))
                except ValueError as exc:
                    row_problems.append(RowProblem(str(exc), raw.number, name, unit))
                    continue
                if cleaned is None:
                    if required:
                        row_problems.append(RowProblem("必填要素没有填写", raw.number, name, unit))
                    continue
                clean_elements[name] = cleaned

        body = values["body"]
        body_text = body if isinstance(body, str) else _text(body)
        if row_problems:
            problems.extend(row_problems)
            continue
        rows.append(
            ImportRow(
                number=raw.number,
                item_id=item.id,
                unit_id=unit_id,
                title=title,
                formed_on=formed_on,
                published_on=published_on,
                doc_number=_text(values["doc_number"]),
                publisher=_text(values["publisher"]) or agency.name,
                body=_body(body_text),
                genre=_text(values["genre"]),
                summary=_text(values["summary"]),
                topic=topic,
                keywords=_text(values["keywords"]),
                validity=validity,
                period=period,
                elements=clean_elements,
            )
        )
    return rows, problems


def clean_element_value(field_type, value):
    """services.clean_element_value, after turning spreadsheet date cells into ISO text.

    Element values are stored as JSON, so a date cell must not reach a text or file element as a date object.
    """
    if isinstance(value, dt.date):
        value = value.isoformat()
    return services.clean_element_value(field_type, value)


# ---------------------------------------------------------------- saving


def save_rows(
    rows: list[ImportRow], agency, *, user=None, source: str = "", batch_size: int = 5000, progress=None, timings=None
) -> ImportResult:
    """Create the records through services.bulk_create_records (one transaction): the same states,
    due dates, index numbers, revisions and audit events as records made by hand.

    100,000 records take about a minute on SQLite (bench/import_records.py).
    `timings`, when a dict, receives the seconds spent in each step (for the benchmark).
    """
    timings = {} if timings is None else timings
    clock = [time.perf_counter()]

    def lap(name):
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - clock[0]
        clock[0] = now

    tz = timezone.get_current_timezone()
    records = [
        Record(
            item_id=row.item_id, unit_id=row.unit_id, title=row.title, summary=row.summary, publisher=row.publisher,
            doc_number=row.doc_number, formed_on=row.formed_on, topic=row.topic, genre=row.genre,
            validity=row.validity, keywords=row.keywords, body=row.body, elements=row.elements, period=row.period,
            published_at=dt.datetime.combine(row.published_on, dt.time(0, 0), tzinfo=tz) if row.published_on else None,
        )
        for row in rows
    ]
    details = [{"file": source, "row": row.number} for row in rows]
    # Everything that only reads (due dates, snapshots, search text) before the transaction, so
    # the write lock that blocks staff is held for the inserts alone; all or nothing still holds.
    prepared = services.prepare_bulk_records(agency, records, user=user, details=details, lap=lap)
    locked = time.perf_counter()
    with transaction.atomic():
        created = services.write_bulk_records(prepared, batch_size=batch_size, progress=progress, lap=lap)
    lap("commit")
    # The write lock is held from BEGIN (IMMEDIATE on SQLite) to COMMIT: what other writers wait for.
    timings["write transaction (total)"] = time.perf_counter() - locked
    result = ImportResult(rows=len(rows))
    result.record_ids = [r.pk for r in created]
    result.published = sum(1 for r in created if r.published_at)
    result.drafts = len(created) - result.published
    for r in created:
        if r.index_number:
            year = timezone.localtime(r.published_at).year
            result.by_year[year] = result.by_year.get(year, 0) + 1
    return result


def import_records(path_or_name, agency, *, data: bytes | None = None, dry_run=False, user=None, progress=None) -> ImportResult:
    """Read, validate and (unless dry_run) save a file; raises RecordImportError listing every problem."""
    raw_rows, fmt = read_file(path_or_name, data)
    rows, problems = validate_rows(raw_rows, agency, unit="条" if fmt == "json" else "行")
    if problems:
        raise RecordImportError(problems)
    if dry_run:
        result = ImportResult(rows=len(rows), dry_run=True)
        result.published = sum(1 for r in rows if r.published_on)
        result.drafts = len(rows) - result.published
        for r in rows:
            if r.published_on:
                result.by_year[r.published_on.year] = result.by_year.get(r.published_on.year, 0) + 1
        return result
    return save_rows(rows, agency, user=user, source=Path(str(path_or_name)).name, progress=progress)
