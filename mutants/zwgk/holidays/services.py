"""Working-day calendars for agencies: bundled data + regional layers + staff-edited days.

`calendar_for(agency)` is what every deadline computation uses. Calendars are cached per
region; the cache is dropped when a CalendarDay or HolidayNotice is saved or deleted (signals,
same process) and whenever the tables' fingerprint changes (other processes, rolled-back tests).
The fingerprint is one small query, run once per request (`calendar_scope`, opened by
CalendarScopeMiddleware) rather than once per call, so a list page asks it once, not per row.
"""
from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q

from zwgk.holidays.models import CalendarDay, HolidayNotice
from zwgk.holidays.signals import send_calendar_changed
from zwgk.workdays import (
    NATIONAL,
    OFF,
    WORKDAY,
    Calendar,
    Layer,
    UnknownRegionError,
    build_calendar,
    known_layer_names,
    regional_layers,
    resolve_region,
    split_region,
)
from zwgk.workdays.notice import Notice

logger = logging.getLogger(__name__)


MAX_CACHED = 64
_lock = threading.Lock()
_cache: dict = {}
_fingerprint = None
# Within a calendar_scope the fingerprint is checked once; the dict records that it was.
_scope: contextvars.ContextVar = contextvars.ContextVar("zwgk_calendar_scope", default=None)


class HolidayImportError(ValueError):
    """A notice cannot be imported (bad region, nothing to import, …)."""


class UnknownNoticeRegion(HolidayImportError, UnknownRegionError):
    """A notice or day for a region name that resolves to nothing known."""


def normalise_region(region) -> str:
    """'宁夏回族自治区/银川市' stays as is; blank, None and '全国' mean national ('')."""
    return "/".join(split_region(region))


def _data_region_names() -> set:
    """Single region names staff entered days or notices for (they resolve to themselves)."""
    names = set(CalendarDay.objects.exclude(region="").values_list("region", flat=True).distinct())
    names.update(HolidayNotice.objects.exclude(region="").values_list("region", flat=True).distinct())
    return names


def resolve(region) -> str:
    """The canonical region path for a name typed by a user (宁夏, 银川市, …); '' is national.

    Raises UnknownRegionError naming the known regions: never a silent fallback.
    """
    try:
        return resolve_region(region, known_layer_names())
    except UnknownRegionError:
        extra = _data_region_names()
        if not extra:
            raise
        return resolve_region(region, known_layer_names() | extra)


def _current_fingerprint():
    day, notice = CalendarDay._meta.db_table, HolidayNotice._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT COUNT(*) FROM {day}), (SELECT MAX(id) FROM {day}), (SELECT MAX(updated_at) FROM {day}),"
            f" (SELECT COUNT(*) FROM {notice}), (SELECT MAX(id) FROM {notice}), (SELECT MAX(imported_at) FROM {notice})"
        )
        return tuple(cursor.fetchone())


@contextlib.contextmanager
def calendar_scope():
    """Check the calendar tables' freshness once for everything inside (a request, a bulk job)."""
    token = _scope.set({})
    try:
        yield
    finally:
        _scope.reset(token)


class CalendarScopeMiddleware:
    """One calendar freshness check per request, however many rows a page shows."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with calendar_scope():
            return self.get_response(request)


def invalidate(**kwargs) -> None:
    """Forget every cached calendar (connected to CalendarDay/HolidayNotice save and delete)."""
    global _fingerprint
    with _lock:
        _cache.clear()
        _fingerprint = None
    scope = _scope.get()
    if scope is not None:
        scope.clear()


def _db_layers(parts: list) -> dict:
    """Layers built from CalendarDay rows and imported notices, keyed by region name ('全国' for national)."""
    names = ["", *parts]
    days: dict = {name: {} for name in names}
    for row in CalendarDay.objects.filter(region__in=names).values_list("date", "region", "kind", "name"):
        date, region, kind, name = row
        days[region][date] = (WORKDAY if kind == CalendarDay.KIND_WORKDAY else OFF, name)
    years: dict = {name: set() for name in names}
    sources: dict = {name: {} for name in names}
    for region, year, title in HolidayNotice.objects.filter(region__in=names).values_list("region", "year", "title"):
        years[region].add(year)
        sources[region][year] = title
    layers = {}
    for name in names:
        if days[name] or years[name]:
            layer_name = name or NATIONAL
            # A region known only from hand-entered days (no notice ever imported) is not yearly.
            layers[layer_name] = Layer(layer_name, days[name], frozenset(years[name]), bool(years[name]), sources[name])
    return layers


def _fresh_fingerprint():
    scope = _scope.get()
    if scope is not None and "fingerprint" in scope:
        return scope["fingerprint"]
    fingerprint = _current_fingerprint()
    if scope is not None:
        scope["fingerprint"] = fingerprint
    return fingerprint


def calendar_for_region(region=None, *, strict=True) -> Calendar:
    """The calendar for a region name ('' or None: national only), cached.

    The name is resolved (宁夏 → 宁夏回族自治区); an unknown one raises UnknownRegionError, or
    with strict=False (a value stored before names were checked) is used as written.
    """
    global _fingerprint
    try:
        key = resolve(region)
    except UnknownRegionError:
        if strict:
            raise
        key = normalise_region(region)
        logger.warning("unknown region %r used as written", region)
    fingerprint = _fresh_fingerprint()
    with _lock:
        if fingerprint != _fingerprint:
            _cache.clear()
            _fingerprint = fingerprint
        cal = _cache.get(key)
    if cal is not None:
        return cal
    cal = build_calendar(key, extra=_db_layers(split_region(key)))
    with _lock:
        if len(_cache) >= MAX_CACHED:
            _cache.clear()
        if _fingerprint == fingerprint:
            _cache[key] = cal
    return cal


def calendar_for(agency) -> Calendar:
    """National calendar + the agency's region layers + staff-edited days."""
    return calendar_for_region(getattr(agency, "region", "") if agency is not None else "", strict=False)


def known_regions() -> list:
    """Region strings worth offering in a selector: agencies' regions and every region with data."""
    from zwgk.catalog.models import Agency

    regions = set(regional_layers())
    regions.update(_data_region_names())
    regions.update(normalise_region(r) for r in Agency.objects.exclude(region="").values_list("region", flat=True).distinct())
    regions.discard("")
    return sorted(regions)


def trigger_recompute(years, region: str = "") -> int:
    """Tell the apps that store due dates (signals.calendar_changed) that `region`'s calendar
    changed for `years`; returns how many records they updated. Call inside the transaction."""
    invalidate()
    return send_calendar_changed(sender=CalendarDay, region=region, years=years)


@dataclass
class ImportResult:
    notice: HolidayNotice
    days_off: int
    workdays: int
    replaced: int
    overwritten: int
    recomputed: int


def validate_region_name(region: str) -> str:
    """A CalendarDay/HolidayNotice region is one layer name ('' = national), never a path;
    short names resolve (宁夏 → 宁夏回族自治区, 银川 → 银川市), unknown names are refused."""
    region = (region or "").strip()
    if region == NATIONAL:
        return ""
    if "/" in region or "／" in region:
        raise HolidayImportError(f"地区“{region}”应为单一地区名称（如 宁夏回族自治区），不能包含“/”")
    if len(region) > 100:
        raise HolidayImportError("地区名称过长（最多100字）")
    try:
        return split_region(resolve(region))[-1] if region else ""
    except UnknownRegionError as exc:
        raise UnknownNoticeRegion(str(exc)) from None


def import_notice(parsed: Notice, *, region: str = "", text: str = "", title: str | None = None, user=None) -> ImportResult:
    """Save a parsed notice's days for `region` in one transaction, then recompute deadlines.

    Days previously imported from the same notice (same region and title, or same year's
    notice record) are replaced; other rows on the same dates are overwritten.
    """
    region = validate_region_name(region)
    title = (title or parsed.title or f"{parsed.year}年部分节假日安排的通知").strip()[:300]
    days = [(d, CalendarDay.KIND_OFF) for d in parsed.days_off] + [(d, CalendarDay.KIND_WORKDAY) for d in parsed.workdays]
    if not days:
        raise HolidayImportError("通知中没有任何放假或上班日期，未导入")
    with transaction.atomic():
        notice, _ = HolidayNotice.objects.update_or_create(
            region=region, year=parsed.year, title=title,
            defaults={"text": text, "imported_by": user if getattr(user, "is_authenticated", False) else None},
        )
        replaced, _ = CalendarDay.objects.filter(region=region).filter(Q(notice=notice) | Q(source=title)).delete()
        overwritten = 0
        for day, kind in days:
            _, created = CalendarDay.objects.update_or_create(
                date=day.date, region=region,
                defaults={"kind": kind, "name": day.name[:60], "source": title, "notice": notice},
            )
            overwritten += not created
        # The due dates follow in the same transaction: a failure leaves neither half.
        recomputed = trigger_recompute(parsed.years, region)
    return ImportResult(notice, len(parsed.days_off), len(parsed.workdays), replaced, overwritten, recomputed)


def editable_regions(user):
    """Regions whose days `user` may edit: None = all (platform admins, national included);
    agency admins get the parts of their agencies' regions; others get an empty set."""
    from zwgk.accounts.models import Role
    from zwgk.accounts.permissions import agency_ids
    from zwgk.catalog.models import Agency

    if not getattr(user, "is_authenticated", False):
        return set()
    ids = agency_ids(user, roles=[Role.AGENCY_ADMIN])
    if ids is None:
        return None
    regions = set()
    for region in Agency.objects.filter(id__in=ids).values_list("region", flat=True):
        regions.update(split_region(region))
    return regions


def may_edit(user, region: str) -> bool:
    allowed = editable_regions(user)
    return allowed is None or (region != "" and region in allowed)
