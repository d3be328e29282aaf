"""Record business rules: index numbers, element values, the workflow, revisions and the audit log.

Views and importers call these functions; they check permissions (pass user=None for system
actions such as scheduled publishing and imports), validate, write in one transaction and log.

Index numbers (索引号) are assigned when a record is first published, from the publication
date, as the 2008 实施指引 suggests ("可由计算机按信息发布的日期自动生成"), so drafts that are
never published leave no gaps; once assigned the number never changes (a change keeps it).
"""
from __future__ import annotations

import datetime
import re
import string
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from zwgk.catalog.formats import metadata
from zwgk.catalog.models import Item
from zwgk.lib.dates import parse_date
from zwgk.lib.text import html_to_text
from zwgk.records import attachments as attachment_checks
from zwgk.records import audit as audit_chain
from zwgk.records import bulkwrite, deadlines, periods, pi, rules
from zwgk.records.history import mask_in_revisions
from zwgk.records.models import Attachment, AuditChainHead, AuditEvent, IndexCounter, Record, Revision, ScheduleError, check_schedule
from zwgk.records.body import normalize_body
from zwgk.records.sanitize import sanitize_html
from zwgk.records.signals import records_changed, records_preparing

DEFAULT_INDEX_FORMAT = "{code}/{year}-{serial:05d}"
DECISIONS = ["主动公开", "依申请公开", "不予公开"]
WITHHOLD = "不予公开"
STALE_MESSAGE = "该信息已被他人修改（当前版本 {current}，您编辑的是版本 {yours}），您的修改未保存。请刷新页面查看最新内容后重新修改。"


class WorkflowError(Exception):
    """A refused action, with a message for the user."""


class StaleVersion(WorkflowError):
    """Optimistic lock: somebody saved the record after the form was opened."""


class ScheduleRefused(WorkflowError):
    """A 定时发布 time that is not in the future (the form shows it on that field)."""

    field = "scheduled_at"


class PIFound(WorkflowError):
    """Submission stopped: personal information found and neither masked nor confirmed."""

    def __init__(self, findings):
        self.findings = findings
        super().__init__(f"发现 {len(findings)} 处疑似个人信息，请遮盖或说明理由后再提交。")


# --------------------------------------------------------------------------- index numbers

def agency_code(agency) -> str:
    """The 前段码: the 统一社会信用代码, else a 9-digit code made from the agency id (never 'None')."""
    code = (agency.credit_code or "").strip()
    return code if code else f"{agency.pk:09d}"


def _format_fields(fmt: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
    except ValueError as exc:
        raise ValueError(f"索引号格式“{fmt}”无法解析：{exc}") from exc


def validate_index_format(fmt: str) -> None:
    """Raise ValueError (Chinese) unless `fmt` uses only {code} {year} {month} {serial}, including year and serial."""
    names = _format_fields(fmt)
    unknown = names - {"code", "year", "month", "serial"}
    if unknown:
        raise ValueError(f"索引号格式含未知占位符：{'、'.join(sorted(unknown))}（可用 code、year、month、serial）")
    if "serial" not in names or "year" not in names:
        raise ValueError("索引号格式必须包含 {year} 和 {serial}，否则无法保证唯一。")
    try:
        format_index_number_raw(fmt, "X", 2025, 1, 1)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValueError(f"索引号格式“{fmt}”无效：{exc}") from exc


def format_index_number_raw(fmt, code, year, serial, month) -> str:
    values = {"code": code, "year": year, "serial": serial, "month": month}
    missing = [k for k, v in values.items() if v in (None, "") and "{" + k in fmt]
    if missing:
        raise ValueError(f"索引号缺少 {'、'.join(missing)}")
    return fmt.format(**values)


def format_index_number(agency, year: int, serial: int, month: int | None = None) -> str:
    """Render an index number with the agency's format (variants: {month:02d} for YYYYMM-NNNNN)."""
    fmt = agency.index_format or DEFAULT_INDEX_FORMAT
    validate_index_format(fmt)
    result = format_index_number_raw(fmt, agency_code(agency), int(year), int(serial), month)
    if "None" in result:  # the 淄博 bug: never publish "…/2021-None"
        raise ValueError(f"索引号生成错误：{result}")
    return result


def _free_index_numbers(agency, year: int, serial: int, count: int, month) -> tuple[list[tuple[str, int]], int]:
    """The `count` next (index_number, serial) after `serial` that no record holds yet, and the
    last serial passed over. Reads only."""
    result = []
    while len(result) < count:
        # Numbers already taken (e.g. kept from a migrated website) are skipped, never reused.
        need = count - len(result)
        batch = [(format_index_number(agency, year, serial + i, month), serial + i) for i in range(1, need + 1)]
        serial += need
        used = set()
        for start in range(0, len(batch), 5000):
            chunk = [c[0] for c in batch[start:start + 5000]]
            used.update(Record.objects.filter(index_number__in=chunk).values_list("index_number", flat=True))
        result.extend(c for c in batch if c[0] not in used)
    return result, serial


def _locked_counter(agency, year: int) -> IndexCounter:
    """The agency's counter of `year`, created if missing, locked until the transaction ends."""
    counter = IndexCounter.objects.select_for_update().filter(agency=agency, year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                counter = IndexCounter.objects.create(agency=agency, year=year, last_serial=0)
        except IntegrityError:  # another transaction created it first
            pass
        counter = IndexCounter.objects.select_for_update().get(agency=agency, year=year)
    return counter


def reserve_index_numbers(agency, year: int, count: int, *, month: int | None = None) -> list[tuple[str, int]]:
    """Reserve `count` consecutive index numbers (one lock for bulk imports); skips numbers already used."""
    if count <= 0:
        return []
    fmt = agency.index_format or DEFAULT_INDEX_FORMAT
    validate_index_format(fmt)
    if "{month" in fmt and month is None:
        month = timezone.localdate().month
    with transaction.atomic():
        counter = _locked_counter(agency, year)
        result, serial = _free_index_numbers(agency, year, counter.last_serial, count, month)
        IndexCounter.objects.filter(pk=counter.pk).update(last_serial=serial)
    return result


def next_index_number(agency, year: int, *, month: int | None = None) -> tuple[str, int]:
    """The next free (index_number, serial) of `agency` in `year`; concurrency-safe (row lock)."""
    return reserve_index_numbers(agency, year, 1, month=month)[0]


# --------------------------------------------------------------------------- element fields

# Which elements repeat standard metadata is one table, shared with the catalog's item editor.
METADATA_ELEMENTS, METADATA_LABELS = metadata.METADATA_ELEMENTS, metadata.METADATA_LABELS
split_metadata_elements = metadata.split_metadata_elements


def metadata_value(record, field: str) -> str:
    """What an element that repeats standard metadata shows: the record's own value for it."""
    if field == "body":
        return "见正文" if record.body else ""
    if field == "published_at":
        return timezone.localtime(record.published_at).strftime("%Y-%m-%d") if record.published_at else ""
    return getattr(record, field, "") or ""


def clean_element_value(field_type: str, value):
    """Normalise one element value by type; raises ValueError with a Chinese reason."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return None
    if field_type == "date":
        return parse_date(value).isoformat()
    if field_type == "number":
        try:
            number = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"“{value}”不是数字") from None
        if not number.is_finite():
            raise ValueError(f"“{value}”不是数字")
        return int(number) if number == number.to_integral_value() else float(number)
    if field_type == "list":
        items = value if isinstance(value, (list, tuple)) else re.split(r"[\n；;、]+", str(value))
        items = [str(v).strip() for v in items if str(v).strip()]
        return items or None
    if field_type == "file":
        return value  # attachment ids, checked by the caller
    return str(value).strip()


def validate_elements(item, values: dict, *, existing_files: set[str] = frozenset()) -> dict:
    """Clean element values against the item's Element rows; ValidationError {name: message} on bad input.

    Elements that repeat standard metadata are not stored here (see split_metadata_elements);
    `existing_files` names file elements that already have an attachment.
    """
    definitions = list(item.elements.all())
    mapped, _ = split_metadata_elements([e.name for e in definitions])
    known = {e.name: e for e in definitions if e.name not in mapped}
    errors, cleaned = {}, {}
    for name in values:
        if name not in known and name not in mapped:
            errors[name] = f"事项“{item.name}”没有要素“{name}”"
    for name, element in known.items():
        try:
            value = clean_element_value(element.field_type, values.get(name))
        except ValueError as exc:
            errors[name] = str(exc)
            continue
        if value is None:
            if element.required and not (element.field_type == "file" and name in existing_files):
                errors[name] = f"“{name}”为必填项"
            continue
        cleaned[name] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


# --------------------------------------------------------------------------- revisions, audit, search

def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None


def _user_or_none(user):
    return user if getattr(user, "is_authenticated", False) else None


def audit_event(record, user, action: str, *, ip=None, agency=None, **detail) -> AuditEvent:
    """The (unsaved) audit event of an action: one builder for single writes and bulk imports."""
    agency_id = getattr(agency, "pk", None) or (record.agency_id if record is not None else None)
    return AuditEvent(record=record, agency_id=agency_id, action=action, detail=detail, user=_user_or_none(user), ip=ip)


def audit(record, user, action: str, *, ip=None, agency=None, **detail) -> AuditEvent:
    event = audit_event(record, user, action, ip=ip, agency=agency, **detail)
    event.save()
    return event


def revision(record, user, note: str, number: int, *, attachments=None) -> Revision:
    """The (unsaved) revision `number` holding the record's snapshot: one builder for every write."""
    return Revision(record=record, number=number, data=record.snapshot(attachments=attachments), note=note[:300],
                    user=_user_or_none(user))


def _revise(record, user, note: str) -> Revision:
    last = record.revisions.aggregate(n=Max("number"))["n"] or 0
    rev = revision(record, user, note, last + 1)
    rev.save()
    return rev


def _reindex(record):
    """Refresh the record's search entry in the record's own transaction: both commit or neither."""
    records_changed.send(sender=Record, records=[record])


def _require(allowed: bool, message: str = "您没有执行此操作的权限。"):
    if not allowed:
        raise PermissionDenied(message)


def _write(record, user, action: str, *, expected_version=None, note=None, fields=()):
    """Do `action` (a row of Record.TRANSITIONS) as UPDATE … WHERE version = n AND state IN (its
    source states), moving the record to the table's new state; bump the version; add a revision."""
    sources = Record.sources(action)
    targets = {Record.transition(state, action).target for state in sources}
    note = note if note is not None else Record.transition(sources[0], action).note
    values = {name: getattr(record, name) for name in fields}
    if targets != {None} and not all(Record.transition(state, action).target == state for state in sources):
        # A state-changing action leads from all its sources to one state (asserted by the tests).
        (values["state"],) = targets
    qs = Record.objects.filter(pk=record.pk, state__in=sources)
    if expected_version is not None:
        qs = qs.filter(version=expected_version)
    now = timezone.now()
    if not qs.update(**values, version=F("version") + 1, updated_at=now):
        current = Record.objects.filter(pk=record.pk).values("version", "state").first()
        if current is None:
            raise WorkflowError("该信息已被删除。")
        if expected_version is not None and current["version"] != expected_version:
            raise StaleVersion(STALE_MESSAGE.format(current=current["version"], yours=expected_version))
        raise WorkflowError(f"该信息当前状态为“{Record.State(current['state']).label}”，不能执行此操作。")
    record.refresh_from_db()
    # A first publication only adds a record to public pages (they may show it a little later,
    # zwgk.portal.pagecache); every other write may change what they show already.
    record.just_published = action == "publish"
    _revise(record, user, note)
    return record


CONTENT_FIELDS = [
    "title", "summary", "publisher", "doc_number", "formed_on", "topic", "genre", "disclosure_mode",
    "disclosure_scope", "validity", "valid_from", "valid_until", "keywords", "body", "elements", "unit_id", "period",
]
# Written with every content save: the deadline follows 生成日期, 报告期 and the item's rule.
DUE_FIELDS = deadlines.DUE_FIELDS


def clean_period(item, value) -> str:
    """The stored code of a 报告期 entered for a record of `item` ('' = use the default)."""
    kind = periods.granularity(item.rule)
    if value in (None, "") or kind is None:
        return ""
    try:
        return periods.parse_period(value, kind).code
    except periods.PeriodError as exc:
        raise ValidationError({"period": str(exc)}) from None


def _apply(record, data: dict):
    for name, value in data.items():
        if name == "unit":
            name, value = "unit_id", getattr(value, "pk", value)
        if name not in CONTENT_FIELDS:
            raise ValueError(f"不能直接修改字段 {name}")
        if name == "body":
            value = normalize_body(value or "")  # typed text, pasted or converted HTML: one stored form
        if name == "formed_on" and value is not None:
            value = parse_date(value)
        if name == "period":
            value = clean_period(record.item, value)
        setattr(record, name, value)


# --------------------------------------------------------------------------- the workflow

@transaction.atomic
def create_record(item, user, data: dict, *, ip=None) -> Record:
    """A new draft under `item` (elements in data["elements"] must already be validated)."""
    if user is not None:
        _require(rules.can_create(user, item), "您只能在本单位负责的公开事项下起草信息。")
    record = Record(agency=item.catalog.agency, item=item, created_by=user if user and user.is_authenticated else None)
    _apply(record, data)
    if record.unit_id is None:
        units = rules.draftable_units(user, item) if user is not None else None
        candidates = [u for u in item.units.all() if units is None or u.pk in units]
        record.unit_id = candidates[0].pk if len(candidates) == 1 else None
    elif user is not None:
        units = rules.draftable_units(user, item)
        _require(units is None or record.unit_id in units, "您只能以本单位名义起草信息。")
    record.state = Record.transition(None, "create").target
    record.save()  # computes the due date (Record.save → deadlines.apply)
    _revise(record, user, Record.transition(None, "create").note)
    audit(record, user, "create", ip=ip)
    return record


@transaction.atomic
def update_record(record, user, data: dict, *, version: int, ip=None, note="保存") -> Record:
    """Save edits of an unpublished record; refused with StaleVersion if `version` is not current."""
    if user is not None:
        _require(rules.can_edit(user, record))
    before = _content(record)
    _apply(record, data)
    if user is not None:
        _require(rules.can_edit(user, record), "您只能以本单位名义起草信息。")
    deadlines.apply(record)
    _write(record, user, "edit", expected_version=version, note=note, fields=CONTENT_FIELDS + DUE_FIELDS)
    audit(record, user, "update", ip=ip, version=record.version, changes=_changes(before, record))
    return record


def _content(record) -> dict:
    values = {name: getattr(record, name) for name in CONTENT_FIELDS}
    values["unit_id"] = record.unit.name if record.unit_id else ""
    return values


def _changes(before: dict, record) -> list[list[str]]:
    """[字段, 原值, 新值] for each content field a save changed, for the audit log; 正文 and 公开要素
    only say that they changed (the 版本比较 page shows how)."""
    after = _content(record)
    rows = []
    for name in CONTENT_FIELDS:
        old, new = before[name], after[name]
        if old == new or (not old and not new):
            continue
        label = "公开主体" if name == "unit_id" else str(Record._meta.get_field(name).verbose_name)
        if name in ("body", "elements"):
            rows.append([label, "", "已修改"])
        else:
            rows.append([label, "" if old is None else str(old)[:200], "" if new is None else str(new)[:200]])
    return rows


@dataclass
class Finding:
    """A PI hit in one part of a record: source is body/summary/title/element:<name>/attachment:<id>."""

    source: str
    source_label: str
    hit: pi.Hit

    @property
    def maskable(self) -> bool:
        return not self.source.startswith("attachment:")


def pi_findings(record) -> list[Finding]:
    """Scan title, summary, body text, element values and attachment text for personal information."""
    found = []
    parts = [("title", "名称", record.title), ("summary", "内容概述", record.summary), ("body", "正文", html_to_text(record.body))]
    for name, value in (record.elements or {}).items():
        text = "\n".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append((f"element:{name}", f"要素“{name}”", text))
    for attachment in record.attachments.all():
        parts.append((f"attachment:{attachment.pk}", f"附件“{attachment.name}”", attachment.text))
    for source, label, text in parts:
        found.extend(Finding(source, label, hit) for hit in pi.scan(text or ""))
    return found


def _masked_summary(findings):
    return [{"source": f.source, "kind": f.hit.kind, "value": f.hit.masked} for f in findings]


@transaction.atomic
def submit(record, user, *, version: int | None = None, confirm_reason: str = "", ip=None) -> Record:
    """draft → submitted, after the personal-information check (PIFound unless none or confirmed)."""
    if user is not None:
        _require(rules.can_submit(user, record))
    findings = pi_findings(record)
    if findings:
        if not confirm_reason.strip():
            raise PIFound(findings)
        # Values are logged masked: the audit log must not become a second copy of the PI.
        audit(record, user, "pi_confirm", ip=ip, reason=confirm_reason.strip(), hits=_masked_summary(findings))
    record.review_comment = ""
    _write(record, user, "submit", expected_version=version, fields=["review_comment"])
    audit(record, user, "submit", ip=ip, pi_hits=len(findings))
    return record


@transaction.atomic
def mask_personal_info(record, user, *, source: str, value: str, kind: str, version: int | None = None, ip=None) -> int:
    """Replace a detected value by its mask in place (title, summary, body or an element); new revision."""
    if user is not None:
        _require(rules.allowed(user, record, "mask"))
    count = 0
    if source in ("title", "summary", "body"):
        new, count = pi.mask_in_text(getattr(record, source), value, kind)
        # The body is rendered as HTML: every write to it goes through the sanitiser, this one too.
        setattr(record, source, sanitize_html(new) if source == "body" else new)
    elif source.startswith("element:"):
        name = source.split(":", 1)[1]
        elements = dict(record.elements or {})
        old = elements.get(name)
        if isinstance(old, list):
            new_list = []
            for v in old:
                masked, n = pi.mask_in_text(str(v), value, kind)
                new_list.append(masked)
                count += n
            elements[name] = new_list
        elif old is not None:
            elements[name], count = pi.mask_in_text(str(old), value, kind)
        record.elements = elements
    else:
        raise WorkflowError("附件中的个人信息无法自动遮盖，请替换附件或说明理由。")
    if not count:
        raise WorkflowError("未找到要遮盖的内容（可能已被修改），请刷新后重试。")
    _write(record, user, "mask", expected_version=version, note=f"遮盖个人信息（{pi.KIND_LABELS.get(kind, kind)}）",
           fields=["title", "summary", "body", "elements"])
    rewritten = mask_in_revisions(record, user, value=value, kind=kind)
    audit(record, user, "pi_mask", ip=ip, source=source, kind=kind, value=pi.mask(value, kind), count=count,
          revisions=rewritten)
    if record.state == Record.State.PUBLISHED:
        _reindex(record)
    return count


@transaction.atomic
def decide(record, user, decision: str, reason: str = "", *, ip=None) -> Record:
    """Record the 公开属性认定/保密审查 decision (主动公开/依申请公开/不予公开; 不予公开 needs a reason)."""
    if user is not None:
        _require(rules.can_review(user, record))
    if decision not in DECISIONS:
        raise WorkflowError(f"公开属性认定只能是 {'、'.join(DECISIONS)}。")
    if decision != "主动公开" and not reason.strip():
        raise WorkflowError(f"认定为“{decision}”时必须填写理由。")
    record.review_decision, record.review_reason = decision, reason.strip()
    fields = ["review_decision", "review_reason"]
    if decision != WITHHOLD:
        record.disclosure_mode = decision
        fields.append("disclosure_mode")
    _write(record, user, "decide", note=f"公开属性认定：{decision}", fields=fields)
    audit(record, user, "decide", ip=ip, decision=decision, reason=reason.strip())
    return record


def _check_decision(record):
    if not record.review_decision:
        raise WorkflowError("请先作出公开属性认定（主动公开 / 依申请公开 / 不予公开）。")
    if record.review_decision == WITHHOLD:
        raise WorkflowError("该信息已认定为不予公开，不能发布。")


@transaction.atomic
def approve(record, user, comment: str = "", *, ip=None) -> Record:
    """submitted → approved; needs a decision that allows publication."""
    if user is not None:
        _require(rules.can_review(user, record))
    _check_decision(record)
    record.review_comment = comment.strip()
    _write(record, user, "approve", fields=["review_comment"])
    audit(record, user, "approve", ip=ip, comment=comment.strip())
    return record


@transaction.atomic
def reject(record, user, comment: str, *, ip=None) -> Record:
    """submitted/approved → draft, with the reviewer's comment for the editor."""
    if user is not None:
        _require(rules.can_review(user, record))
    if not comment.strip():
        raise WorkflowError("退回修改时必须填写审核意见。")
    record.review_comment, record.scheduled_at = comment.strip(), None
    _write(record, user, "reject", fields=["review_comment", "scheduled_at"])
    audit(record, user, "reject", ip=ip, comment=comment.strip())
    return record


@transaction.atomic
def publish(record, user, *, at: datetime.datetime | None = None, ip=None, now: datetime.datetime | None = None) -> Record:
    """approved → published now (index number assigned), or scheduled (定时发布) when `at` is given.

    A person's `at` must lie in the future (ScheduleError otherwise); the system (user None,
    the scheduled-publishing run) passes the time it publishes at.
    """
    if user is not None:
        _require(rules.can_publish(user, record))
    _check_decision(record)
    now = now or timezone.now()
    if at is not None and user is not None:
        try:
            check_schedule(at, now)
        except ScheduleError as exc:
            raise ScheduleRefused(str(exc)) from None
    if at is not None and at > now:
        record.scheduled_at = at
        _write(record, user, "schedule", fields=["scheduled_at"])
        audit(record, user, "schedule", ip=ip, at=at.isoformat())
        return record
    when = at or now
    local = timezone.localtime(when)
    if not record.index_number:
        record.index_number, record.serial = next_index_number(record.agency, local.year, month=local.month)
    record.published_at, record.scheduled_at = when, None
    _write(record, user, "publish", fields=["published_at", "scheduled_at", "index_number", "serial"])
    audit(record, user, "publish", ip=ip, index_number=record.index_number)
    _reindex(record)
    return record


@transaction.atomic
def cancel_schedule(record, user, *, ip=None) -> Record:
    if user is not None:
        _require(rules.can_publish(user, record))
    record.scheduled_at = None
    _write(record, user, "unschedule", fields=["scheduled_at"])
    audit(record, user, "unschedule", ip=ip)
    return record


def publish_due(now: datetime.datetime | None = None) -> list[Record]:
    """Publish every approved record whose 定时发布 time has come (the publish-scheduled command)."""
    now = now or timezone.now()
    done = []
    for record in Record.objects.filter(state=Record.State.APPROVED, scheduled_at__lte=now).select_related("agency"):
        try:
            # The record goes public when this runs, so a late run must not backdate 发布日期.
            done.append(publish(record, None, at=now, now=now))
        except WorkflowError as exc:
            audit(record, None, "schedule_failed", error=str(exc))
    return done


@transaction.atomic
def withdraw(record, user, reason: str, *, ip=None) -> Record:
    """published → withdrawn (撤回): the public page stays and shows the reason."""
    if user is not None:
        _require(rules.can_withdraw(user, record))
    if not reason.strip():
        raise WorkflowError("撤回时必须填写撤回原因。")
    record.withdrawn_reason, record.withdrawn_at = reason.strip(), timezone.now()
    _write(record, user, "withdraw", fields=["withdrawn_reason", "withdrawn_at"])
    audit(record, user, "withdraw", ip=ip, reason=reason.strip())
    _reindex(record)
    return record


@transaction.atomic
def change(record, user, data: dict, *, version: int, formed_on, note: str = "", ip=None) -> Record:
    """Change a published record (变更): new revision, new 生成日期 (restarts the deadline), index kept."""
    if user is not None:
        _require(rules.can_change(user, record))
    if formed_on is None:
        raise WorkflowError("变更信息时必须填写变更日期（新的生成日期）。")
    data = {**data, "formed_on": formed_on}
    before = _content(record)
    _apply(record, data)
    record.changed_at = timezone.now()
    deadlines.apply(record)
    _write(record, user, "change", expected_version=version, note=("变更：" + note.strip()) if note.strip() else "变更",
           fields=CONTENT_FIELDS + ["changed_at"] + DUE_FIELDS)
    audit(record, user, "change", ip=ip, note=note.strip(), changes=_changes(before, record))
    _reindex(record)
    return record


@transaction.atomic
def delete_draft(record, user, *, ip=None) -> None:
    """Hard-delete a never-published draft (the audit event survives with record=None)."""
    if user is not None:
        _require(rules.can_delete(user, record))
    audit(None, user, "delete", ip=ip, agency=record.agency, record_id=record.pk, title=record.title)
    record.delete()


def _element_files(record, element: str) -> list:
    value = (record.elements or {}).get(element)
    return list(value) if isinstance(value, list) else []


@transaction.atomic
def add_attachment(record, user, name: str, data: bytes, *, element: str = "", version: int | None = None,
                   ip=None) -> Attachment:
    """Check by content and size, extract text, store, and write the record through the versioned
    write (refused with StaleVersion when `version` is not current; a new revision lists the file).

    A file element's value (the list of its attachment ids) gains the new id in the same write.
    """
    if user is not None:
        _require(rules.can_attach(user, record))
    attachment, checked = _store_attachment(record, name, data, element=element)
    filename = attachment.name
    fields = []
    if element:
        record.elements = {**(record.elements or {}), element: _element_files(record, element) + [attachment.pk]}
        fields.append("elements")
    _write(record, user, "attach", expected_version=version, note=f"上传附件：{filename}", fields=fields)
    audit(record, user, "attach", ip=ip, name=filename, size=checked.size, kind=checked.kind)
    if record.state == Record.State.PUBLISHED:
        _reindex(record)
    return attachment


def _store_attachment(record, name: str, data: bytes, *, element: str = "", role=Attachment.Role.FILE):
    """Check a file by content and size, extract its text and store it as the record's attachment."""
    checked = attachment_checks.check(data)
    filename = attachment_checks.safe_name(name, checked.extension)
    attachment = Attachment(record=record, name=filename, content_type=checked.content_type, size=checked.size,
                            text=attachment_checks.extract_text(data, checked.kind), element=element,
                            warning=checked.warning, role=role)
    attachment.file.save(filename, ContentFile(data), save=False)
    attachment.save()
    return attachment, checked


@transaction.atomic
def import_docx_body(record, user, data: dict, *, docx_name: str, docx_data: bytes, version: int,
                     published_change: dict | None = None, ip=None) -> Record:
    """Save the form's values with the body converted from a DOCX, as one versioned save (a
    revision, audit events): the original is kept as 正文原件, each picture becomes a 正文图片
    attachment and the body's <img> points at it. `published_change` ({formed_on, note}): a 变更."""
    from zwgk.records import docxbody
    from zwgk.records.body_images import public_src

    if user is not None:
        _require(rules.can_change(user, record) if published_change else rules.can_edit(user, record))
        _require(rules.can_attach(user, record))
    current = Record.objects.filter(pk=record.pk).values_list("version", flat=True).first()
    if current is not None and current != version:  # before any file is stored
        raise StaleVersion(STALE_MESSAGE.format(current=current, yours=version))
    try:
        converted = docxbody.convert(docx_data, limit=attachment_checks.max_bytes())
    except docxbody.DocxRefused as exc:
        raise attachment_checks.AttachmentError(str(exc)) from None
    stored = []
    try:
        original, _ = _store_attachment(record, docx_name, docx_data, role=Attachment.Role.BODY_SOURCE)
        stored.append(original)
        sources = {}
        for picture in converted.pictures:
            attachment, _ = _store_attachment(record, picture.name, picture.data, role=Attachment.Role.BODY_PICTURE)
            stored.append(attachment)
            sources[picture.number] = public_src(record.agency.slug, attachment.pk)
        data = {**data, "body": docxbody.with_picture_sources(converted.html, sources)}
        note = f"导入 DOCX 正文：{original.name}"
        if published_change:
            record = change(record, user, data, version=version, formed_on=published_change["formed_on"],
                            note=published_change.get("note") or note, ip=ip)
        else:
            record = update_record(record, user, data, version=version, ip=ip, note=note)
    except BaseException:
        for attachment in stored:  # the rows roll back with the transaction; the files would not
            attachment.file.delete(save=False)
        raise
    for attachment in stored:
        audit(record, user, "attach", ip=ip, name=attachment.name, size=attachment.size, role=attachment.role)
    audit(record, user, "docx_body", ip=ip, name=original.name, pictures=len(converted.pictures))
    return record


@transaction.atomic
def remove_attachment(attachment, user, *, version: int | None = None, ip=None) -> None:
    """Delete a file (and its id from its element's value) through the versioned write."""
    record = attachment.record
    if user is not None:
        _require(rules.can_attach(user, record))
    name, pk = attachment.name, attachment.pk
    attachment.file.delete(save=False)
    attachment.delete()
    fields = []
    if attachment.element and pk in _element_files(record, attachment.element):
        record.elements = {**record.elements, attachment.element: [i for i in _element_files(record, attachment.element) if i != pk]}
        fields.append("elements")
    _write(record, user, "attach", expected_version=version, note=f"删除附件：{name}", fields=fields)
    audit(record, user, "detach", ip=ip, name=name)
    if record.state == Record.State.PUBLISHED:
        _reindex(record)


# --------------------------------------------------------------------------- bulk creation (imports)

def _index_runs(agency, published: list):
    """(year, month or None, records) runs in publication order: one reservation each, one per
    year (per month when the agency's format contains {month})."""
    uses_month = "{month" in (agency.index_format or "")
    by_year: dict = {}
    for record in published:
        by_year.setdefault(timezone.localtime(record.published_at).year, []).append(record)
    for year, records in sorted(by_year.items()):
        months = [timezone.localtime(r.published_at).month for r in records]
        start = 0
        while start < len(records):
            end = start + 1 if uses_month else len(records)
            while uses_month and end < len(records) and months[end] == months[start]:
                end += 1
            yield year, months[start] if uses_month else None, records[start:end]
            start = end


def _allocate_index_numbers(agency, published: list) -> dict:
    """{id(record): (index_number, serial)} in publication order, one locked counter update per year
    (per month run when the agency's format contains {month}), never a query per record."""
    numbers = {}
    for year, month, records in _index_runs(agency, published):
        numbers.update({id(r): pair for r, pair in zip(records, reserve_index_numbers(agency, year, len(records), month=month))})
    return numbers


@dataclass
class IndexPlan:
    """The index numbers an import expects to get, worked out before its transaction."""

    numbers: dict  # id(record) → (index_number, serial)
    serials: dict  # year → (last_serial read, last_serial after the import)
    top_record_id: int  # the newest record when the plan was made


def plan_index_numbers(agency, published: list) -> IndexPlan:
    """What _allocate_index_numbers would hand out now, without locking or writing anything:
    the slow part (formatting, skipping numbers in use) is done before the write lock."""
    top = Record.objects.aggregate(top=Max("pk"))["top"] or 0
    fmt = agency.index_format or DEFAULT_INDEX_FORMAT
    validate_index_format(fmt)
    serials, numbers = {}, {}
    for year, month, records in _index_runs(agency, published):
        if year not in serials:
            seen = IndexCounter.objects.filter(agency=agency, year=year).values_list("last_serial", flat=True).first() or 0
            serials[year] = (seen, seen)
        pairs, last = _free_index_numbers(agency, year, serials[year][1], len(records), month)
        serials[year] = (serials[year][0], last)
        numbers.update({id(r): pair for r, pair in zip(records, pairs)})
    return IndexPlan(numbers, serials, top)


def claim_index_plan(agency, plan: IndexPlan) -> bool:
    """Inside the write transaction: take the planned numbers if no number was handed out since
    the plan (counters locked, unchanged; no newer record holds one of them). False: allocate anew."""
    counters = {year: _locked_counter(agency, year) for year in sorted(plan.serials)}
    if any(counters[year].last_serial != seen for year, (seen, _) in plan.serials.items()):
        return False
    planned = {number for number, _ in plan.numbers.values()}
    newer = Record.objects.filter(pk__gt=plan.top_record_id, index_number__isnull=False).values_list("index_number", flat=True)
    if any(number in planned for number in newer):
        return False
    for year, (_, last) in plan.serials.items():
        IndexCounter.objects.filter(pk=counters[year].pk).update(last_serial=last)
    return True


@dataclass
class PreparedBulk:
    """A bulk import computed outside the write transaction (prepare_bulk_records): records in
    creation order with their states, due dates and planned index numbers, their revision 1 and
    `import` audit event, and all three as insert-ready rows."""

    agency: object
    published: list
    ordered: list
    revisions: list
    events: list
    plan: IndexPlan
    record_rows: bulkwrite.Rows
    revision_rows: bulkwrite.Rows
    event_rows: bulkwrite.Rows
    hash_parts: list  # audit.hash_parts of each event (None: hashed in full)


def prepare_bulk_records(agency, records: list, *, user=None, details: list | None = None, lap=None) -> PreparedBulk:
    """Everything of bulk_create_records that can be done before the write lock: states, due
    dates, the index numbers it expects to get, snapshots, events, the search index's tokens and
    every row converted for the INSERTs. Reads the catalog, calendar and counters; writes nothing."""
    lap = lap or (lambda name: None)
    if user is not None:
        _require(rules.can_import(user, agency), "只有机关管理员可以批量导入政府信息。")
    details = details if details is not None else [{} for _ in records]
    detail_of = {id(r): d for r, d in zip(records, details)}
    published = sorted((r for r in records if r.published_at), key=lambda r: r.published_at)  # stable
    ordered = published + [r for r in records if not r.published_at]
    items = Item.objects.in_bulk({r.item_id for r in ordered})
    calculator = deadlines.Calculator()
    region = agency.region or ""
    created_by = _user_or_none(user)
    for record in ordered:
        step = Record.transition(None, "import_published" if record.published_at else "import_draft")
        record.agency, record.state, record.created_by = agency, step.target, created_by
        record.item = items[record.item_id]
        record.period = clean_period(record.item, record.period)
        due = calculator.for_item(record.item, region, record.formed_on, record.period)
        record.due_on, record.due_provisional, record.due_explanation, record.period = (
            due.due_on, due.provisional, due.explanation, due.period)
    lap("build records (incl. due dates)")
    plan = plan_index_numbers(agency, published)
    for record in published:
        record.index_number, record.serial = plan.numbers[id(record)]
    lap("plan index numbers")
    revisions, events = [], []
    for record in ordered:
        step = Record.transition(None, "import_published" if record.published_at else "import_draft")
        revisions.append(revision(record, user, step.note, 1, attachments=[]))
        events.append(audit_event(record, user, "import", agency=agency, state=record.state,
                                  index_number=record.index_number, **detail_of[id(record)]))
    lap("build revisions/events")
    if published:
        records_preparing.send(sender=Record, records=published)
    lap("search text")
    record_rows = bulkwrite.Rows(Record, ordered)
    revision_rows = bulkwrite.Rows(Revision, revisions)
    event_rows = bulkwrite.Rows(AuditEvent, events)
    hash_parts = [audit_chain.hash_parts(event) for event in events]
    lap("rows for the inserts")
    return PreparedBulk(agency, published, ordered, revisions, events, plan, record_rows, revision_rows, event_rows,
                        hash_parts)


def write_bulk_records(prepared: PreparedBulk, *, batch_size: int = 5000, progress=None, lap=None) -> list:
    """The writing half of bulk_create_records, for the caller's (short) transaction: index
    numbers (the planned ones unless some were taken meanwhile), ids, the inserts, the audit
    chain's link and the search index. Returns the records."""
    lap = lap or (lambda name: None)
    agency, ordered, p = prepared.agency, prepared.ordered, prepared
    if not claim_index_plan(agency, p.plan):
        # Someone published meanwhile: the numbers are allocated now, and what held them is redone.
        numbers = _allocate_index_numbers(agency, p.published)
        for i, (record, rev, event) in enumerate(zip(ordered, p.revisions, p.events)):
            if id(record) in numbers and numbers[id(record)] != (record.index_number, record.serial):
                record.index_number, record.serial = numbers[id(record)]
                rev.data["index_number"] = event.detail["index_number"] = record.index_number
                p.record_rows.refresh(i)
                p.revision_rows.refresh(i)
                p.event_rows.refresh(i)
                p.hash_parts[i] = audit_chain.hash_parts(event)
    lap("index numbers")
    now = timezone.now()
    p.record_rows.assign_ids()
    p.record_rows.set("created_at", now)
    p.record_rows.set("updated_at", now)
    p.record_rows.insert(batch_size, (lambda n: progress(n, len(ordered))) if progress else None)
    lap("insert records")
    p.revision_rows.assign_ids()
    p.revision_rows.set_each("record_id", [r.pk for r in ordered])
    p.revision_rows.set("at", now)
    p.revision_rows.insert(batch_size)
    lap("insert revisions")
    if p.published:
        records_changed.send(sender=Record, records=p.published, created=True)
    lap("search index")
    # Last: on PostgreSQL the audit chain's head stays locked until the commit, and every audited
    # write (any staff action) waits for it.
    _insert_events(p, now, batch_size)
    lap("insert audit events")
    return ordered


def _insert_events(p: PreparedBulk, now, batch_size: int) -> None:
    """Link the import's events to the audit chain (the head locked, hashes from the prepared
    parts) and insert them."""
    events, rows = p.events, p.event_rows
    rows.assign_ids()
    rows.set_each("record_id", [r.pk for r in p.ordered])
    rows.set("at", now)
    head = AuditChainHead.lock()
    prev, prevs, hashes, refs = head.hash, [], [], []
    at_text = now.isoformat()
    for event, parts in zip(events, p.hash_parts):
        ref = audit_chain.refs_of(event)
        prevs.append(prev)
        prev = audit_chain.hash_from_parts(parts, prev, ref, at_text) if parts else audit_chain.event_hash(
            prev, refs=ref, action=event.action, detail=event.detail, ip=event.ip, at=event.at)
        hashes.append(prev)
        refs.append(ref)
    rows.set_each("refs", refs)
    rows.set_each("prev_hash", prevs)
    rows.set_each("hash", hashes)
    rows.insert(batch_size)
    head.advance(prev)


@transaction.atomic
def bulk_create_records(agency, records: list, *, user=None, details: list | None = None, batch_size: int = 5000,
                        progress=None, lap=None) -> list:
    """The bulk variant of create_record (+ publish) for imports, in one transaction.

    `records` are unsaved Records of `agency` with their content (cleaned) and, for information
    already public, `published_at`. Each gets the state of the table's import row, its due date
    from deadlines (the one computation), an index number when published, revision 1 and an
    `import` audit event (with its `details` entry), built by the same code as a single write.
    Published records are created first, in publication order. Returns them in creation order.
    Importers call prepare_bulk_records before their transaction and write_bulk_records in it,
    so the write lock is held only for the writing.
    """
    prepared = prepare_bulk_records(agency, records, user=user, details=details, lap=lap)
    return write_bulk_records(prepared, batch_size=batch_size, progress=progress, lap=lap)


def diff_revisions(old: Revision, new: Revision) -> list[dict]:
    """Field-by-field differences between two revisions: [{field, label, old, new, lines}]."""
    import difflib

    labels = {f.name: str(f.verbose_name) for f in Record._meta.fields}
    labels.update({"unit_id": "公开主体", "attachments": "附件"})
    out = []
    keys = list(dict.fromkeys(list(old.data) + list(new.data)))
    for key in keys:
        a, b = old.data.get(key), new.data.get(key)
        if a == b:
            continue
        ta = a if isinstance(a, str) else _pretty(a)
        tb = b if isinstance(b, str) else _pretty(b)
        lines = list(difflib.unified_diff(ta.splitlines(), tb.splitlines(), lineterm="", n=2))[2:]
        out.append({"field": key, "label": labels.get(key, key), "old": ta, "new": tb, "lines": lines})
    return out


def _pretty(value) -> str:
    import json

    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
