"""Read-side rules of the public pages: catalog trees, listing filters, record history.

Plain functions over the ORM so they can be tested without HTTP; views stay thin.
Visibility comes only from Record.objects.published() / visible_listing().
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import time
import unicodedata
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max, Min
from django.utils import timezone

from zwgk.catalog.formats.structure import FIVE_TYPES
from zwgk.catalog.models import Agency, Catalog, Item, Unit
from zwgk.lib.params import query_int_or_none
from zwgk.lib.tree import Node, build_tree, sum_counts
from zwgk.portal import pagecache
from zwgk.records.history import public_note
from zwgk.records.models import Record
from zwgk.records.timeliness import timeliness
from zwgk.workdays import WorkdaysError

log = logging.getLogger(__name__)

# First path segments that belong to the platform, never to an agency.
RESERVED_SLUGS = frozenset(
    {"staff", "admin", "api", "static", "media", "search", "calendar", "elder", "track", "robots.txt", "sitemap.xml", "favicon.ico"}
)
# Fields a listing row needs; the body and element values stay in the database.
LISTING_DEFERRED = ("body", "elements", "summary", "review_reason", "withdrawn_reason")
# Fields shown in the public change history, in display order.
PUBLIC_FIELDS = [
    ("title", "名称"), ("doc_number", "文号"), ("publisher", "发布机构"), ("formed_on", "生成日期"),
    ("validity", "有效性"), ("topic", "主题分类"), ("genre", "体裁"), ("keywords", "主题词"),
    ("summary", "内容概述"), ("body", "正文"), ("elements", "公开要素"),
]
MAX_PARAM_LEN = 100
LATEST_CACHE_SECONDS = 60
GENRES_CACHE_SECONDS = 600
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_param(value, max_len: int = MAX_PARAM_LEN) -> str:
    """A query-string value made safe to echo and to compare: no control characters, bounded length."""
    if not isinstance(value, str):
        return ""
    value = unicodedata.normalize("NFC", _CONTROL.sub("", value)).strip()
    return value[:max_len]

# Agencies, current catalogs and their items, as loaded by this process (see `kept`).
_kept: dict = {}


def kept(key, load):
    """`load()`, kept by this process until the page cache's change stamp moves (any agency,
    catalog, item or unit change moves it, a publication does not) or for the page cache's
    lifetime. Every public page reads these rows; they change a few times a year."""
    if pagecache.seconds() <= 0 or pagecache.has_uncommitted_changes():
        return load()
    stamp, now = pagecache.generation(), time.monotonic()
    if _kept.get("stamp") != stamp or now - _kept.get("since", now) >= pagecache.seconds():
        _kept.clear()
        _kept.update(stamp=stamp, since=now)
    if key not in _kept:
        _kept[key] = load()
    return _kept[key]


def forget_kept() -> None:
    _kept.clear()


def agency_by_slug(slug: str) -> Agency | None:
    if slug in RESERVED_SLUGS:
        return None
    return kept(("agency", slug), lambda: Agency.objects.filter(slug=slug).first())


def current_catalog(agency: Agency) -> Catalog | None:
    """The agency's current catalog (Catalog.objects.current_for), as kept by this process."""
    return kept(("catalog", agency.pk), lambda: Catalog.objects.current_for(agency))


def catalog_items(catalog: Catalog) -> list[Item]:
    """The catalog's items in catalog order, with their catalog and parents, as kept by this process."""
    return kept(("items", catalog.pk), lambda: list(
        Item.objects.filter(catalog=catalog).select_related("catalog", "parent", "parent__parent")
        .order_by("position", "id")
    ))


def catalog_tree(catalog: Catalog | None, with_counts: bool = False) -> list[Node]:
    """The catalog as nested nodes (一级 → 二级 → 三级) in catalog order."""
    if catalog is None:
        return []
    roots = build_tree(catalog_items(catalog))
    if with_counts:
        counts = dict(
            Record.objects.visible_listing().filter(item__catalog=catalog).order_by()
            .values_list("item_id").annotate(n=Count("id"))
        )
        sum_counts(roots, lambda item: counts.get(item.id, 0))
    return roots


def find_node(roots: list[Node], slug: str) -> Node | None:
    for node in roots:
        if node.item.slug == slug:
            return node
        found = find_node(node.children, slug)
        if found:
            return found
    return None


def latest_records(agency: Agency | None = None, limit: int = 10):
    """Newest visible records of one agency, or of the platform (merged per agency, index-friendly)."""
    # Ordering by the indexed column alone lets the (agency, state, -published_at) index stop after `limit` rows.
    base = Record.objects.visible_listing().select_related("agency", "item").defer(*LISTING_DEFERRED) \
        .order_by("-published_at")
    if agency is not None:
        return list(base.filter(agency=agency)[:limit])
    # One small index-ordered query per agency; the merged ids are cached briefly because the platform
    # home is the busiest page and a minute's delay there is harmless (agency pages are always live).
    key = f"portal:latest:{limit}"
    ids = cache.get(key)
    if ids is None:
        rows = []
        ordered = Record.objects.visible_listing().order_by("-published_at")
        for agency_id in Agency.objects.values_list("id", flat=True)[:200]:
            rows.extend(ordered.filter(agency_id=agency_id).values_list("published_at", "id")[:limit])
        ids = [pk for _, pk in sorted(rows, reverse=True)[:limit]]
        cache.set(key, ids, LATEST_CACHE_SECONDS)
    records = {r.id: r for r in base.filter(id__in=ids)}
    return [records[pk] for pk in ids if pk in records]


@dataclass
class ListingFilters:
    """The filters of an item page, parsed from the query string (bad values are ignored)."""

    year: int | None = None
    unit: int | None = None
    genre: str = ""
    validity: str = ""
    five: str = ""

    @classmethod
    def from_query(cls, query) -> "ListingFilters":
        validity = clean_param(query.get("validity", ""))
        five = clean_param(query.get("five", ""))
        return cls(
            year=query_int_or_none(clean_param(query.get("year")), low=1949, high=2200),
            unit=query_int_or_none(clean_param(query.get("unit")), low=1),
            genre=clean_param(query.get("genre", ""), 40),
            validity=validity if validity in Record.Validity.values else "",
            five=five if five in FIVE_TYPES else "",
        )

    def as_query(self) -> str:
        """The active filters as a query string prefix for pagination links."""
        from urllib.parse import urlencode

        pairs = [(k, v) for k, v in (("year", self.year), ("unit", self.unit), ("genre", self.genre),
                                      ("validity", self.validity), ("five", self.five)) if v]
        return urlencode(pairs)


def listing_items(node: Node, five: str = "") -> list[Item]:
    """Items whose records a node's page lists; the 五公开 filter narrows a category to matching items."""
    items = node.descendants
    if five:
        items = [it for it in items if five in (it.five_types or [])]
    return items


def with_previous_versions(ids: list[int], depth: int = 20) -> list[int]:
    """The items plus the earlier years' items they were copied from, so an item keeps its history."""
    found, frontier = list(ids), list(ids)
    for _ in range(depth):
        frontier = list(Item.objects.filter(copies__in=frontier).values_list("id", flat=True))
        frontier = [i for i in frontier if i not in found]
        if not frontier:
            break
        found.extend(frontier)
    return found


def item_records(node: Node, filters: ListingFilters):
    """Visible records of a node (and its sub-items, and their earlier versions), newest first, filtered."""
    items = listing_items(node, filters.five)
    qs = Record.objects.visible_listing().select_related("agency").defer(*LISTING_DEFERRED)
    ids = with_previous_versions([it.id for it in items])
    qs = qs.filter(item_id=ids[0]) if len(ids) == 1 else qs.filter(item_id__in=ids)
    if filters.year:
        tz = timezone.get_current_timezone()
        start = dt.datetime(filters.year, 1, 1, tzinfo=tz)
        qs = qs.filter(published_at__gte=start, published_at__lt=start.replace(year=filters.year + 1))
    if filters.unit:
        qs = qs.filter(unit_id=filters.unit)
    if filters.genre:
        qs = qs.filter(genre=filters.genre)
    if filters.validity:
        qs = qs.filter(validity=filters.validity)
    return qs.order_by("-published_at", "-id")


def listing_years(item_ids: list[int]) -> list[int]:
    """Publication years that have records, newest first: a few index probes, no scan of the rows."""
    visible = Record.objects.visible_listing().filter(item_id__in=item_ids).order_by()
    bounds = visible.aggregate(lo=Min("published_at"), hi=Max("published_at"))
    if bounds["lo"] is None:
        return []
    tz = timezone.get_current_timezone()
    lo, hi = timezone.localtime(bounds["lo"], tz).year, timezone.localtime(bounds["hi"], tz).year
    years = []
    for year in range(hi, lo - 1, -1):
        if year in (lo, hi) or hi - lo > 30:
            years.append(year)
            continue
        start = dt.datetime(year, 1, 1, tzinfo=tz)
        if visible.filter(published_at__gte=start, published_at__lt=start.replace(year=year + 1)).exists():
            years.append(year)
    return years


def genres_in_use() -> list[str]:
    """体裁 values in use on the platform; cached, because a DISTINCT reads every record row."""
    genres = cache.get("portal:genres")
    if genres is None:
        genres = sorted(g for g in Record.objects.visible_listing().order_by()
                        .values_list("genre", flat=True).distinct() if g)
        cache.set("portal:genres", genres, GENRES_CACHE_SECONDS)
    return genres


def filter_options(node: Node) -> dict:
    """Choices for the filter form, drawn from the records and items actually present."""
    ids = with_previous_versions([it.id for it in node.descendants])
    units = Unit.objects.filter(items__in=ids).distinct().order_by("name").values_list("id", "name")
    five = sorted({t for it in node.descendants for t in (it.five_types or []) if t in FIVE_TYPES},
                  key=FIVE_TYPES.index) if len(node.descendants) > 1 else []
    return {
        "years": listing_years(ids),
        "genres": genres_in_use(),
        "units": list(units),
        "validities": Record.Validity.values,
        "five_types": five,
    }


def current_item_for(item: Item) -> Item | None:
    """The item as it stands in the agency's current catalog (records may hang on an older year's item)."""
    if item.catalog.is_current:
        return item
    return item.copies.filter(catalog__is_current=True).first()


def published_record(agency: Agency, index_number: str) -> Record | None:
    """A publicly visible record (withdrawn ones included, their page says so)."""
    found = list(Record.objects.published().select_related("unit").filter(agency=agency, index_number=index_number)[:1])
    if not found:
        return None
    record = found[0]
    record.agency = agency
    catalog = current_catalog(agency)
    item = next((it for it in catalog_items(catalog) if it.pk == record.item_id), None) if catalog else None
    # A record of an earlier year's item: that item from the database.
    record.item = item or Item.objects.select_related("catalog", "parent", "parent__parent").get(pk=record.item_id)
    return record


def element_rows(record: Record) -> list[tuple[str, str]]:
    """(要素, value) pairs in the item's element order, then any extra keys the record carries."""
    from zwgk.records.services import metadata_value, split_metadata_elements

    values = dict(record.elements or {})
    rows = []
    definitions = list(record.item.elements.all())
    mapped, _ = split_metadata_elements([el.name for el in definitions])
    for el in definitions:
        value = values.pop(el.name, values.pop(str(el.id), None))
        if el.name in mapped and value in (None, "", []):
            value = metadata_value(record, mapped[el.name])  # 文件名称, 文号, 发布机构…: the record's own fields
        if value not in (None, "", []):
            rows.append((el.name, _text(value)))
    rows.extend((str(k), _text(v)) for k, v in values.items() if v not in (None, "", []))
    return rows


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{_text(v)}" for k, v in value.items())
    return str(value)


@dataclass
class HistoryEntry:
    number: int  # the revision number (staff side)
    at: dt.datetime | dt.date  # a 变更's own date (变更日期), else when the revision was saved
    note: str
    changed: list[str]
    version: int = 2  # the public version: the first publication is 第1版, each later change the next


def _iso_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def public_history(record: Record) -> list[HistoryEntry]:
    """Revisions made after first publication, each with the public fields it changed.

    Workflow saves before it (draft, submit, approve) and the publishing save itself are not
    changes the public needs to see: only a save whose previous revision was already published is.
    """
    if record.published_at is None:
        return []
    revisions = list(record.revisions.order_by("number"))
    entries, previous = [], None
    for rev in revisions:
        data = rev.data if isinstance(rev.data, dict) else {}
        if previous is not None and rev.at >= record.published_at and previous.get("state", "published") == "published":
            changed = [label for name, label in PUBLIC_FIELDS if data.get(name) != previous.get(name)]
            note, on = public_note(rev.note), rev.at
            if note == "变更" or note.startswith("变更："):  # a 变更 with its own date, the new 生成日期
                note, on = note.removeprefix("变更").removeprefix("："), _iso_date(data.get("formed_on")) or rev.at
            if changed or note:
                entries.append(HistoryEntry(rev.number, on, note, changed, version=len(entries) + 2))
        previous = data
    return entries


def record_timeliness(record: Record):
    """The verdict on the record's stored due date, or None when its dates fall outside the calendar."""
    try:
        return timeliness(record)
    except WorkdaysError:  # a badge must never take the record page down
        log.exception("timeliness failed for record %s", record.pk)
        return None


def report_items(roots: list[Node]) -> list[Item]:
    """Catalog items that hold the annual reports (政府信息公开年报 / 年度报告)."""
    found = []

    def walk(nodes):
        for node in nodes:
            if "年报" in node.item.name or "年度报告" in node.item.name:
                found.append(node.item)
            walk(node.children)

    walk(roots)
    return found


_TITLE_YEAR = re.compile(r"(20\d\d)\s*年")


def report_year(record: Record) -> int | None:
    """The year an annual report covers: its 报告期, else the first “YYYY年” of its title."""
    if record.period[:4].isdigit():
        return int(record.period[:4])
    match = _TITLE_YEAR.search(record.title)
    return int(match.group(1)) if match else None


def annual_reports(records) -> list[tuple[int, Record]]:
    """(year, record) of the published annual reports, one per year (the newest), newest year first."""
    by_year: dict[int, Record] = {}
    for record in records:
        year = report_year(record)
        if year is not None and year not in by_year:
            by_year[year] = record
    return sorted(by_year.items(), reverse=True)


def human_size(n: int) -> str:
    size = float(n or 0)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


FILE_TYPES = {
    "application/pdf": "PDF", "application/msword": "Word", "text/plain": "文本", "text/csv": "CSV",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.ms-excel": "Excel", "image/png": "PNG 图片", "image/jpeg": "JPEG 图片",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "application/zip": "ZIP 压缩包", "application/vnd.ms-powerpoint": "PowerPoint",
}


def file_type_label(content_type: str, name: str = "") -> str:
    label = FILE_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if label:
        return label
    ext = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    return ext or "文件"


def rule_text(rule) -> str:
    """The machine-readable 时限 rule in words, so citizens can see how a deadline is computed."""
    days = "个工作日" if rule.day_type != "calendar" else "个自然日"
    if rule.kind == "after_event" and rule.days is not None:
        text = f"{rule.event or '信息形成或变更'}之日起 {rule.days} {days}内公开"
    elif rule.kind == "yearly" and rule.month:
        text = f"每年 {rule.month} 月 {rule.day or 1} 日前公开"
    elif rule.kind == "periodic" and rule.period:
        text = {"month": "按月公开", "quarter": "按季度公开", "year": "按年度公开"}.get(rule.period, "定期公开")
    elif rule.kind == "immediate":
        text = f"及时公开（按 {rule.days or 20} 个工作日计算）"
    else:
        return "未能自动识别，以时限原文为准"
    return text + ("（待人工确认）" if rule.flagged else "")


def catalog_channels(catalog: Catalog | None) -> list[tuple[str, int]]:
    """The 公开渠道和载体 the catalog's items use, most used first: (name, item count)."""
    if catalog is None:
        return []
    counts: dict[str, int] = {}
    for channels in Item.objects.filter(catalog=catalog).values_list("channels", flat=True):
        for channel in channels or []:
            name = (channel.get("name") if isinstance(channel, dict) else str(channel)) or ""
            if name and name != "其他":
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
