"""The 答复期限 clock of 依申请公开 (条例第三十条至第三十五条). Plain Python: no Django here.

`compute(received_on, events, calendar)` folds an application's events over a
`zwgk.workdays.Calendar` and returns the due date with a day-by-day explanation:

- 收到日期 is day 0; the reply is due on the 20th working day after it (第三十三条).
- 补正 (第三十条): the notice stops the clock; the supplement received on day S restarts it, due
  S + 20 working days; no supplement by the period's end → 其他处理 1 (`correction_expired`).
- 延期 (第三十三条): up to 20 more working days in all, decided on or before the current due date.
- 征求意见 (第三十二、三十四条) and 信息处理费 (国办函〔2020〕109号) pause the clock: every working
  day from the start to the end, both included, is not counted. Unpaid 20 working days after the
  day after the 收费通知 → 其他处理 2.
- 延迟答复 (第三十五条): the stated new date becomes the due date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zwgk.workdays import Calendar, format_date

REPLY_WORKDAYS = 20
MAX_EXTENSION_WORKDAYS = 20
CORRECTION_NOTICE_WORKDAYS = 7
CONSULTATION_WORKDAYS = 15
FEE_PAYMENT_WORKDAYS = 20

PROCESSING = "processing"
AWAITING_CORRECTION = "awaiting_correction"
CONSULTING = "consulting"
AWAITING_FEE = "awaiting_fee"
CLOSED = "closed"

STATE_LABELS = {
    PROCESSING: "办理中",
    AWAITING_CORRECTION: "待补正",
    CONSULTING: "征求意见中",
    AWAITING_FEE: "待缴费",
    CLOSED: "已办结",
}

EVENT_LABELS = {
    "correction_requested": "补正告知",
    "correction_received": "收到补正",
    "correction_expired": "逾期未补正",
    "extended": "延长答复期限",
    "consultation_started": "开始征求意见",
    "consultation_ended": "征求意见结束",
    "fee_notice": "收费通知",
    "fee_paid": "缴纳信息处理费",
    "fee_expired": "逾期未缴费",
    "deferred": "延迟答复",
    "replied": "作出答复",
}
EVENT_TYPES = tuple(EVENT_LABELS)
PAUSE_LABELS = {"consultation": "征求意见", "fee": "待缴信息处理费"}
ONE_DAY = dt.timedelta(days=1)


class ClockError(ValueError):
    """An impossible timeline: names the event (1-based, in date order) and why."""


@dataclass(frozen=True)
class Event:
    """One clock event. `days`: 延期天数 or 补正期限 in working days; `until`: a stated date."""

    type: str
    on: dt.date
    days: int | None = None
    until: dt.date | None = None
    outcome: str = ""

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.type, self.type)


@dataclass(frozen=True)
class Day:
    """One line of the day-by-day explanation (kind: count, makeup, extension, skip, paused, event)."""

    date: dt.date
    kind: str
    text: str
    number: int | None = None

    def as_text(self) -> str:
        return f"{format_date(self.date)} {self.text}"


@dataclass(frozen=True)
class Result:
    due_on: dt.date | None
    provisional: bool
    state: str
    paused: bool
    paused_workdays: int
    counted_from: dt.date
    extension_workdays: int = 0
    outcome: str = ""
    closed_on: dt.date | None = None
    correction_limit: dt.date | None = None
    correction_due: dt.date | None = None
    fee_due: dt.date | None = None
    days: tuple = ()
    notes: tuple = ()
    region: str = ""

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def explanation(self) -> str:
        """The whole computation in Chinese, one fact per line."""
        lines = [f"适用日历：{self.region or '全国'}"]
        lines.extend(day.as_text() for day in self.days)
        if self.due_on is None:
            lines.append("答复期限：待收到补正后重新计算")
        else:
            lines.append(f"答复期限：{format_date(self.due_on)}" + ("（暂定）" if self.provisional else "")
                         + ("（计时暂停中，期限将顺延）" if self.paused else ""))
        lines.extend(f"注意：{note}" for note in self.notes)
        return "\n".join(lines)


@dataclass
class _Pause:
    kind: str
    first: dt.date
    last: dt.date | None = None


@dataclass
class _Fold:
    """The running state of the fold."""

    received_on: dt.date
    start: dt.date
    extension: int = 0
    deferred_to: dt.date | None = None
    pauses: list = field(default_factory=list)
    correction_requested: dt.date | None = None
    correction_due: dt.date | None = None
    correction_open: bool = False
    fee_due: dt.date | None = None
    closed_on: dt.date | None = None
    outcome: str = ""
    marks: list = field(default_factory=list)  # (date, text) of events, for the explanation
    notes: list = field(default_factory=list)

    def open_pause(self, kind):
        for pause in self.pauses:
            if pause.kind == kind and pause.last is None:
                return pause
        return None


def compute(received_on: dt.date, events, calendar: Calendar, today: dt.date | None = None) -> Result:
    """Fold `events` (any order; sorted by date, stable) from `received_on` into a Result.

    `today`, when given, lets an open pause run until today and closes an unpaid fee notice whose
    payment period has passed. Raises ClockError for an impossible timeline.
    """
    ordered = sorted(events, key=lambda e: e.on)
    fold = _Fold(received_on=received_on, start=received_on)
    fold.marks.append((received_on, "收到申请（第0日，当日不计入）"))
    for index, event in enumerate(ordered, 1):
        try:
            _apply(fold, event, calendar)
        except ClockError as exc:
            raise ClockError(f"第{index}个事件（{event.label}，{event.on.isoformat()}）：{exc}") from None
    if today is not None and fold.closed_on is None:
        fee = fold.open_pause("fee")
        if fee is not None and today > fold.fee_due:
            fee.last = fold.fee_due
            _close(fold, fold.fee_due + ONE_DAY, "other.fee_unpaid")
            fold.marks.append((fold.fee_due + ONE_DAY, f"缴费期限（{format_date(fold.fee_due)}）届满仍未缴费，视为放弃申请"))
    return _result(fold, calendar, today)


def _apply(fold: _Fold, event: Event, calendar: Calendar) -> None:
    kind, on = event.type, event.on
    if kind not in EVENT_LABELS:
        raise ClockError(f"未知的事件类型“{kind}”，应为 {', '.join(EVENT_TYPES)} 之一")
    if on < fold.received_on:
        raise ClockError(f"日期早于收到日期 {fold.received_on.isoformat()}")
    if fold.closed_on is not None:
        raise ClockError(f"申请已于 {fold.closed_on.isoformat()} 办结，不能再记录事件")
    if fold.correction_open and kind not in ("correction_received", "correction_expired", "replied"):
        raise ClockError("正在等待补正，须先记录收到补正或逾期未补正")
    handler = _HANDLERS[kind]
    handler(fold, event, calendar)


def _correction_requested(fold, event, calendar):
    if fold.correction_requested is not None:
        raise ClockError("补正告知只能一次性作出（条例第三十条），本申请已告知过补正")
    if any(p.last is None for p in fold.pauses):
        raise ClockError("计时暂停期间不能告知补正")
    limit = calendar.add_workdays(fold.received_on, CORRECTION_NOTICE_WORKDAYS)
    if event.on > limit:
        fold.notes.append(
            f"补正告知（{format_date(event.on)}）晚于收到申请之日起{CORRECTION_NOTICE_WORKDAYS}个工作日"
            f"（{format_date(limit)}），不符合条例第三十条"
        )
    if event.until is not None:
        if event.until < event.on:
            raise ClockError("补正期限早于告知日期")
        fold.correction_due = event.until
    elif event.days:
        fold.correction_due = calendar.add_workdays(event.on, event.days)
    fold.correction_requested = event.on
    fold.correction_open = True
    due = f"，补正期限至{format_date(fold.correction_due)}" if fold.correction_due else ""
    fold.marks.append((event.on, f"补正告知{due}；计时停止，收到补正后重新计算"))


def _correction_received(fold, event, calendar):
    if not fold.correction_open:
        raise ClockError("没有待补正的补正告知")
    fold.correction_open = False
    fold.start = event.on
    fold.extension = 0
    fold.deferred_to = None
    if fold.correction_due is not None and event.on > fold.correction_due:
        fold.notes.append(f"补正于补正期限（{format_date(fold.correction_due)}）之后收到")
    fold.marks.append((event.on, "收到补正：答复期限自当日重新起算（当日为第0日）"))


def _correction_expired(fold, event, calendar):
    if not fold.correction_open:
        raise ClockError("没有待补正的补正告知")
    if fold.correction_due is not None and event.on <= fold.correction_due:
        raise ClockError(f"补正期限（{fold.correction_due.isoformat()}）尚未届满")
    fold.correction_open = False
    _close(fold, event.on, "other.no_correction")
    fold.marks.append((event.on, "逾期未补正，视为放弃申请，不再处理"))


def _extended(fold, event, calendar):
    days = event.days
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ClockError("延长答复期限须写明天数（1–20个工作日）")
    if fold.extension + days > MAX_EXTENSION_WORKDAYS:
        raise ClockError(
            f"延长的期限最长不得超过{MAX_EXTENSION_WORKDAYS}个工作日（条例第三十三条），已延长{fold.extension}个工作日"
        )
    current = _current_due(fold, calendar, event.on)
    if event.on > current:
        raise ClockError(f"延期须在当前答复期限（{current.isoformat()}）届满前决定")
    fold.extension += days
    fold.marks.append((event.on, f"经政府信息公开工作机构负责人同意，延长答复期限{days}个工作日"))


def _start_pause(fold, event, kind):
    if fold.open_pause(kind) is not None:
        raise ClockError(f"已在{PAUSE_LABELS[kind]}中")
    fold.pauses.append(_Pause(kind, event.on))


def _consultation_started(fold, event, calendar):
    _start_pause(fold, event, "consultation")
    limit = calendar.add_workdays(event.on, CONSULTATION_WORKDAYS)
    fold.marks.append((event.on, f"征求第三方或其他机关意见：计时暂停（对方应于{format_date(limit)}前提出意见）"))


def _fee_notice(fold, event, calendar):
    _start_pause(fold, event, "fee")
    fold.fee_due = calendar.add_workdays(event.on + ONE_DAY, FEE_PAYMENT_WORKDAYS)
    fold.marks.append((event.on, f"收费通知：计时暂停，缴费期限至{format_date(fold.fee_due)}"))


def _end_pause(fold, event, kind):
    pause = fold.open_pause(kind)
    if pause is None:
        raise ClockError(f"没有进行中的{PAUSE_LABELS[kind]}")
    pause.last = event.on


def _consultation_ended(fold, event, calendar):
    _end_pause(fold, event, "consultation")
    fold.marks.append((event.on, "征求意见结束：暂停至当日（含），次日恢复计时"))


def _fee_paid(fold, event, calendar):
    _end_pause(fold, event, "fee")
    if event.on > fold.fee_due:
        fold.notes.append(f"缴费日期晚于缴费期限（{format_date(fold.fee_due)}）")
    fold.marks.append((event.on, "缴纳信息处理费：暂停至当日（含），次日恢复计时"))


def _fee_expired(fold, event, calendar):
    pause = fold.open_pause("fee")
    if pause is None:
        raise ClockError("没有待缴费的收费通知")
    if event.on <= fold.fee_due:
        raise ClockError(f"缴费期限（{fold.fee_due.isoformat()}）尚未届满")
    pause.last = fold.fee_due
    _close(fold, event.on, "other.fee_unpaid")
    fold.marks.append((event.on, "逾期未缴纳信息处理费，视为放弃申请，不再处理"))


def _deferred(fold, event, calendar):
    if event.until is None:
        raise ClockError("延迟答复须写明新的答复日期")
    if event.until < event.on:
        raise ClockError("延迟答复的日期早于决定日期")
    fold.deferred_to = event.until
    fold.marks.append((event.on, f"申请数量、频次明显超过合理范围，告知延迟答复至{format_date(event.until)}（条例第三十五条）"))


def _replied(fold, event, calendar):
    fold.correction_open = False
    _close(fold, event.on, event.outcome)
    fold.marks.append((event.on, "作出答复，办结"))


_HANDLERS = {
    "correction_requested": _correction_requested,
    "correction_received": _correction_received,
    "correction_expired": _correction_expired,
    "extended": _extended,
    "consultation_started": _consultation_started,
    "consultation_ended": _consultation_ended,
    "fee_notice": _fee_notice,
    "fee_paid": _fee_paid,
    "fee_expired": _fee_expired,
    "deferred": _deferred,
    "replied": _replied,
}


def _close(fold, on, outcome):
    # Open pauses need no end: once closed, `_result` runs them until the closing day.
    fold.closed_on = on
    fold.outcome = outcome


def _spans(fold, open_until):
    """Pauses as (kind, first, last) with an open pause running until `open_until` (at least its first day)."""
    spans = []
    for pause in fold.pauses:
        last = pause.last
        if last is None:
            last = max(pause.first, open_until) if open_until is not None else pause.first
        spans.append((pause.kind, pause.first, last))
    return spans


def _walk(calendar, start, total, spans):
    """Count `total` working days after `start`, skipping paused ones; returns (due, paused, lines)."""
    day, counted, paused, lines = start, 0, 0, []
    while counted < total:
        day += ONE_DAY
        if not calendar.is_workday(day):
            lines.append(Day(day, "skip", f"跳过：{calendar.reason(day)}"))
            continue
        covering = [kind for kind, first, last in spans if first <= day <= last]
        if covering:
            paused += 1
            lines.append(Day(day, "paused", f"暂停：{'、'.join(PAUSE_LABELS[k] for k in covering)}，不计入"))
            continue
        counted += 1
        if counted > REPLY_WORKDAYS:
            text = f"第{counted}个工作日（延期第{counted - REPLY_WORKDAYS}日）"
            kind = "extension"
        elif day.weekday() >= 5:
            text = f"第{counted}个工作日（{calendar.reason(day)}，计入）"
            kind = "makeup"
        else:
            text, kind = f"第{counted}个工作日", "count"
        lines.append(Day(day, kind, text, counted))
    return day, paused, lines


def _current_due(fold, calendar, as_of):
    if fold.deferred_to is not None:
        return fold.deferred_to
    due, _, _ = _walk(calendar, fold.start, REPLY_WORKDAYS + fold.extension, _spans(fold, as_of))
    return due


def _result(fold: _Fold, calendar: Calendar, today) -> Result:
    correction_limit = calendar.add_workdays(fold.received_on, CORRECTION_NOTICE_WORKDAYS)
    open_until = fold.closed_on or today
    paused = fold.closed_on is None and any(p.last is None for p in fold.pauses)
    if fold.correction_open:
        due, paused_days, lines = None, 0, []
    else:
        due, paused_days, lines = _walk(calendar, fold.start, REPLY_WORKDAYS + fold.extension, _spans(fold, open_until))
        if fold.deferred_to is not None:
            due = fold.deferred_to
    if fold.closed_on is not None:
        state = CLOSED
    elif fold.correction_open:
        state = AWAITING_CORRECTION
    elif fold.open_pause("fee") is not None:
        state = AWAITING_FEE
    elif fold.open_pause("consultation") is not None:
        state = CONSULTING
    else:
        state = PROCESSING
    notes = list(fold.notes)
    marks = list(fold.marks)
    if fold.start != fold.received_on:
        marks.append((fold.received_on + ONE_DAY, f"至{format_date(fold.start)}：等待补正，不计算答复期限"))
    if fold.deferred_to is not None:
        marks.append((fold.deferred_to, "延迟答复的期限"))
    # A stable sort by date alone: events stay in log order and before the counted days of their date.
    days = tuple(sorted([Day(on, "event", text) for on, text in marks] + lines, key=lambda d: d.date))
    if due is not None and fold.closed_on is not None and fold.closed_on > due:
        notes.append(f"办结日期晚于答复期限{calendar.workdays_between(due, fold.closed_on)}个工作日")
    provisional = calendar.is_provisional(fold.received_on, due or fold.start)
    if provisional:
        notes.extend(calendar.missing_data(fold.received_on, due or fold.start))
    return Result(
        due_on=due, provisional=provisional, state=state, paused=paused, paused_workdays=paused_days,
        counted_from=fold.start, extension_workdays=fold.extension, outcome=fold.outcome,
        closed_on=fold.closed_on, correction_limit=correction_limit, correction_due=fold.correction_due,
        fee_due=fold.fee_due, days=days, notes=tuple(notes), region=calendar.region,
    )


def event_from_dict(data: dict, where: str = "") -> Event:
    """An Event from the JSON of `zwgk applications clock` ({"type", "on", "days", "until", "outcome"})."""
    prefix = f"{where}：" if where else ""
    if not isinstance(data, dict):
        raise ClockError(f"{prefix}事件应为对象")
    kind = data.get("type")
    if kind not in EVENT_LABELS:
        raise ClockError(f"{prefix}未知的事件类型“{kind}”，应为 {', '.join(EVENT_TYPES)} 之一")
    days = data.get("days")
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 0):
        raise ClockError(f"{prefix}days 应为非负整数：{days!r}")
    until = data.get("until")
    return Event(kind, parse_day(data.get("on"), f"{prefix}on"), days,
                 parse_day(until, f"{prefix}until") if until else None, str(data.get("outcome") or ""))


def parse_day(value, where):
    """An ISO date, or ClockError naming `where`."""
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ClockError(f"{where} 日期格式不正确：“{value}”，应为 YYYY-MM-DD") from None
