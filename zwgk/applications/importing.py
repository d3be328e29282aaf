"""Import an existing register (台账) of applications: XLSX/CSV with Chinese headers, or JSON with codes.

Every row is validated (and its timeline checked with the clock) before anything is written; one
bad cell means nothing is imported, and each error names the row and the column.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from zwgk.applications import clock, codes
from zwgk.applications.models import Application, Channel, ClockEvent, State

# Chinese header → field. Several spellings seen in real 台账.
HEADERS = {
    "申请编号": "number", "编号": "number",
    "申请人类型": "applicant_type",
    "收到日期": "received_on", "收到申请日期": "received_on",
    "办结日期": "closed_on", "答复日期": "closed_on",
    "办理结果": "outcome", "答复结果": "outcome",
    "补正日期": "correction_requested_on", "补正告知日期": "correction_requested_on",
    "收到补正日期": "correction_received_on", "补正收到日期": "correction_received_on",
    "延期天数": "extension_days", "延期日期": "extended_on",
    "申请人": "name", "申请人姓名或名称": "name", "姓名或名称": "name",
    "证件类型": "id_type", "证件号码": "id_number", "联系电话": "phone", "电子邮箱": "email", "通信地址": "address",
    "申请内容": "description", "所需信息": "description", "文号": "doc_number",
}
FIELDS = set(HEADERS.values())
ID_TYPES = {"居民身份证": "resident_id", "身份证": "resident_id", "统一社会信用代码": "credit_code", "护照": "passport",
            "其他": "other", "其他证件": "other"}
_NUMBERING = re.compile(r"^\s*(?:（[一二三四五六七八九十]+）|\d+[.．、])\s*")


class RegisterError(ValueError):
    """Errors of a whole file: a list of '第N行“列”：why'."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


def _strip_numbering(label: str) -> str:
    return _NUMBERING.sub("", label).strip()


def applicant_type_code(value: str) -> str:
    value = (value or "").strip()
    for code, label in codes.APPLICANT_TYPES:
        if value in (code, label):
            return code
    return ""


def outcome_code(value: str) -> str:
    """A code, the exact table-三 label, or the label without its numbering if that is unique."""
    value = (value or "").strip()
    if value in codes.OUTCOME_LABELS:
        return value
    for code, label in codes.OUTCOMES:
        if value == label:
            return code
    matches = [code for code, label in codes.OUTCOMES if _strip_numbering(label) == _strip_numbering(value)]
    return matches[0] if len(matches) == 1 else ""


def read_rows(path: Path) -> tuple[list, str]:
    """(rows as dicts of field → raw value with their row label, the row word) for XLSX, CSV or JSON."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise RegisterError([f"JSON 格式错误：第{exc.lineno}行第{exc.colno}列：{exc.msg}"]) from None
        if isinstance(data, dict):
            data = data.get("applications", [data])
        if not isinstance(data, list):
            raise RegisterError(["JSON 应为申请对象的列表"])
        rows = []
        for i, item in enumerate(data, 1):
            if not isinstance(item, dict):
                raise RegisterError([f"第{i}条：应为对象"])
            rows.append((f"第{i}条", {k: item[k] for k in item}, {k: k for k in item}))
        return rows, "条"
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        table = [list(r) for r in sheet.iter_rows(values_only=True)]
    elif suffix == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise RegisterError(["无法识别 CSV 编码（应为 UTF-8 或 GB18030）"])
        table = list(csv.reader(io.StringIO(text)))
    else:
        raise RegisterError([f"不支持的文件类型：{path.suffix or '（无扩展名）'}，应为 .xlsx、.csv 或 .json"])
    if not table:
        raise RegisterError(["文件是空的"])
    header = [str(c or "").strip() for c in table[0]]
    unknown = [h for h in header if h and h not in HEADERS]
    if unknown:
        raise RegisterError([f"第1行：不认识的列“{'”“'.join(unknown)}”；可用的列：{'、'.join(HEADERS)}"])
    fields = [HEADERS.get(h) for h in header]
    if "number" not in fields:
        raise RegisterError(["第1行：缺少“申请编号”列"])
    rows = []
    for n, values in enumerate(table[1:], 2):
        if all(v in (None, "") for v in values):
            continue
        row, columns = {}, {}
        for field, head, value in zip(fields, header, values):
            if field:
                row[field] = value
                columns[field] = head
        rows.append((f"第{n}行", row, columns))
    return rows, "行"


def _date(value):
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip().replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if m:
        text = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        text = f"{parts[0]}-{int(parts[1]):02d}-{int(parts[2]):02d}"
    return dt.date.fromisoformat(text)


def _today():
    from zwgk.applications.services import today

    return today()


def validate(rows, agency, calendar) -> tuple[list, list]:
    """(plans, errors): one plan per row with the Application fields and its events."""
    plans, errors = [], []
    seen = {}
    existing = set(Application.objects.filter(number__in=[str(r.get("number") or "").strip() for _, r, _ in rows])
                   .values_list("number", flat=True))
    for where, row, columns in rows:
        col = lambda f: columns.get(f, f)  # noqa: E731
        bad = lambda f, why: errors.append(f"{where}“{col(f)}”：{why}")  # noqa: E731
        unknown = set(row) - FIELDS
        if unknown:
            errors.append(f"{where}：不认识的字段 {', '.join(sorted(unknown))}")
            continue
        number = str(row.get("number") or "").strip()
        if not number:
            bad("number", "申请编号不能为空")
        elif number in seen:
            bad("number", f"与{seen[number]}重复")
        elif number in existing:
            bad("number", "系统中已有该编号的申请")
        elif len(number) > 40:
            bad("number", "申请编号过长（最多40个字符）")
        seen.setdefault(number, where)
        kind = applicant_type_code(str(row.get("applicant_type") or ""))
        if not kind:
            bad("applicant_type", f"“{row.get('applicant_type') or ''}”不是申请人类型，应为：{'、'.join(l for _, l in codes.APPLICANT_TYPES)}（或代码）")
        dates = {}
        for field in ("received_on", "closed_on", "correction_requested_on", "correction_received_on", "extended_on"):
            try:
                dates[field] = _date(row.get(field))
            except (ValueError, TypeError):
                bad(field, f"日期格式不正确：“{row.get(field)}”，应为 YYYY-MM-DD")
                dates[field] = None
        if row.get("received_on") in (None, ""):
            bad("received_on", "收到日期不能为空")
        outcome = ""
        if row.get("outcome") not in (None, ""):
            outcome = outcome_code(str(row["outcome"]))
            if not outcome:
                bad("outcome", f"“{row['outcome']}”不是年度报告表三的办理结果（可填代码或表三的行名称）")
        if dates["closed_on"] and not outcome and row.get("outcome") in (None, ""):
            bad("outcome", "已办结的申请须填写办理结果")
        if outcome and not dates["closed_on"]:
            bad("closed_on", "填写了办理结果的，须填写办结日期")
        days = row.get("extension_days")
        if days in (None, ""):
            days = None
        else:
            try:
                days = int(str(days).strip())
                if not 1 <= days <= clock.MAX_EXTENSION_WORKDAYS:
                    raise ValueError
            except ValueError:
                bad("extension_days", f"延期天数应为1–20的整数：“{row.get('extension_days')}”")
                days = None
        id_type = str(row.get("id_type") or "").strip()
        id_type = ID_TYPES.get(id_type, id_type) or "other"
        if id_type not in ("resident_id", "credit_code", "passport", "other"):
            bad("id_type", f"“{row.get('id_type')}”不是证件类型")
        received = dates["received_on"]
        if received is None:
            continue
        events = []
        if dates["correction_requested_on"]:
            events.append(clock.Event("correction_requested", dates["correction_requested_on"]))
            if dates["correction_received_on"]:
                events.append(clock.Event("correction_received", dates["correction_received_on"]))
        elif dates["correction_received_on"]:
            bad("correction_received_on", "有收到补正日期而没有补正日期")
        if days:
            # Without a stated date, the extension was decided on the last day it could be.
            base = clock.compute(received, events, calendar)
            on = dates["extended_on"] or base.due_on or received
            events.append(clock.Event("extended", on, days))
        if dates["closed_on"]:
            events.append(clock.Event("replied", dates["closed_on"], outcome=outcome))
        try:
            result = clock.compute(received, events, calendar, today=_today())
        except clock.ClockError as exc:
            errors.append(f"{where}：{exc}")
            continue
        plans.append({
            "number": number, "applicant_type": kind, "received_on": received, "closed_on": dates["closed_on"],
            "outcome": outcome, "events": events, "result": result,
            "name": str(row.get("name") or "（历史导入）")[:200], "id_type": id_type,
            "id_number": str(row.get("id_number") or "")[:60], "phone": str(row.get("phone") or "")[:40],
            "email": str(row.get("email") or "")[:254], "address": str(row.get("address") or "")[:300],
            "description": str(row.get("description") or "（历史导入，未记录申请内容）"),
            "doc_number": str(row.get("doc_number") or "")[:120],
        })
    return plans, errors


@transaction.atomic
def write(plans, agency, user=None) -> int:
    now = timezone.now()
    for plan in plans:
        result = plan["result"]
        app = Application.objects.create(
            agency=agency, number=plan["number"], channel=Channel.IN_PERSON, applicant_type=plan["applicant_type"],
            name=plan["name"], id_type=plan["id_type"], id_number=plan["id_number"], phone=plan["phone"],
            email=plan["email"], address=plan["address"], description=plan["description"],
            doc_number=plan["doc_number"], medium="paper", delivery="pickup", submitted_at=now,
            received_on=plan["received_on"], due_on=result.due_on, due_provisional=result.provisional,
            paused=result.paused, state=result.state if result.state else State.PROCESSING,
            outcome=plan["outcome"] or result.outcome, closed_on=plan["closed_on"] or result.closed_on, imported=True,
        )
        ClockEvent.objects.bulk_create([
            ClockEvent(application=app, type=e.type, on=e.on, days=e.days, outcome=e.outcome, note="历史导入",
                       user=user) for e in plan["events"]
        ])
    return len(plans)
