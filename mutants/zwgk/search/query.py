"""Searching: `search(q, ...) -> SearchPage`, the one entry point for the search page and the API."""
import math
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.utils import timezone
from django.utils.html import escape

from zwgk.search.backends import backend_for
from zwgk.lib.text import html_to_text
from zwgk.search.tokenize import Term, highlight_spans, query_terms

MAX_PAGE_SIZE = 1000
MAX_PAGE = 1000
SNIPPET_CHARS = 120
SNIPPET_SOURCE_CHARS = 20_000  # highlight within this much of each text; a snippet needs no more


@dataclass
class Hit:
    record: object
    score: float
    snippet_html: str
    title_html: str = ""


@dataclass
class SearchPage:
    query: str
    total: int = 0
    page: int = 1
    page_size: int = 20
    hits: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    # True when there were more matches than backends.COUNT_CAP: total is the cap, and the hits
    # are the newest COUNT_CAP matches ranked by relevance.
    total_capped: bool = False

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


@dataclass
class Filters:
    """The search filters, resolved: what the index can filter on by itself (SQLite's meta tokens)."""

    agency_id: int | None = None
    item_ids: list | None = None
    year: int | None = None
    genre: str = ""
    impossible: bool = False  # e.g. an unknown agency or a bad year: nothing can match

    def meta_tokens(self) -> list[list[str]]:
        """Per filter, the tokens of which one must be present (see backends._doc_meta)."""
        groups = []
        if self.agency_id is not None:
            groups.append([f"a{self.agency_id}"])
        if self.item_ids is not None:
            groups.append([f"i{pk}" for pk in self.item_ids])
        if self.year is not None:
            groups.append([f"y{self.year}"])
        if self.genre:
            groups.append(["g" + self.genre.encode().hex()])
        return groups


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _agency_id(agency):
    from zwgk.catalog.models import Agency

    if agency is None or agency == "":
        return None
    if isinstance(agency, Agency):
        return agency.pk
    if isinstance(agency, int):
        return agency
    found = Agency.objects.filter(slug=str(agency)).values_list("pk", flat=True).first()
    return found if found is not None else -1  # an unknown agency matches nothing


def _item_ids(item):
    """The item and its descendants: records hang on leaf items, a filter on a parent means all below."""
    from zwgk.catalog.models import Item

    if item is None or item == "":
        return None
    pk = item.pk if isinstance(item, Item) else _int(item)
    if pk is None:
        return [-1]
    ids, frontier = [pk], [pk]
    while frontier:
        frontier = list(Item.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids += frontier
    return ids


def _year_bounds(year):
    year = _int(year)
    if year is None or not 1 <= year < 9999:
        return None
    tz = timezone.get_default_timezone()
    return datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz)


def _filters(agency, item, year, genre) -> Filters:
    filters = Filters(agency_id=_agency_id(agency), item_ids=_item_ids(item), genre=str(genre) if genre else "")
    if filters.agency_id == -1 or filters.item_ids == [-1]:
        filters.impossible = True
    if year not in (None, ""):
        if _year_bounds(year) is None:
            filters.impossible = True
        else:
            filters.year = _int(year)
    return filters


def _conditions(filters: Filters):
    """SQL conditions on the records table r: visibility (always) and the filters."""
    from zwgk.records.models import Record

    ops = connection.ops
    conditions = ["r.state = %s", "r.published_at <= %s"]
    params = [Record.State.PUBLISHED, ops.adapt_datetimefield_value(timezone.now())]
    if filters.impossible:
        conditions.append("1 = 0")
    if filters.agency_id is not None:
        conditions.append("r.agency_id = %s")
        params.append(filters.agency_id)
    if filters.item_ids is not None:
        conditions.append("r.item_id IN (" + ",".join(["%s"] * len(filters.item_ids)) + ")")
        params += filters.item_ids
    bounds = _year_bounds(filters.year)
    if bounds:
        conditions.append("r.published_at >= %s AND r.published_at < %s")
        params += [ops.adapt_datetimefield_value(b) for b in bounds]
    if filters.genre:
        conditions.append("r.genre = %s")
        params.append(filters.genre)
    return conditions, params


def highlight(text: str, terms: list[Term], *, width: int | None = None) -> str:
    """Escaped text with <mark> around matches; with width, a window around the first match."""
    text = text[:SNIPPET_SOURCE_CHARS]
    spans = highlight_spans(text, terms)
    start, end = 0, len(text)
    if width is not None:
        first = spans[0][0] if spans else 0
        start = max(0, first - width // 3)
        end = min(len(text), start + width)
        spans = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    out, at = [], start
    for s, e in spans:
        out.append(escape(text[at:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        at = e
    out.append(escape(text[at:end]))
    html = "".join(out).strip()
    if start > 0:
        html = "…" + html
    if end < len(text):
        html += "…"
    return html


def _snippet(record, terms) -> str:
    """The first text of the record where a term occurs, else the start of its body."""
    from zwgk.search.index import _element_values

    sources = [html_to_text(record.body or ""), record.summary or ""]
    sources += list(_element_values(record.elements or {}))
    sources += [a.text for a in record.attachments.all() if a.text]
    sources = [" ".join(s.split()) for s in sources if s and s.strip()]
    for text in sources:
        if highlight_spans(text[:SNIPPET_SOURCE_CHARS], terms):
            return highlight(text, terms, width=SNIPPET_CHARS)
    return highlight(sources[0], terms, width=SNIPPET_CHARS) if sources else ""


def search(q, *, agency=None, item=None, year=None, genre=None, page=1, page_size=20) -> SearchPage:
    """Visible records matching every term of q, best first (ties: newer first), one page of them.

    agency: Agency, id or slug; item: Item or id (its sub-items included); year: publication year.
    Any input is safe: unusable parts of q are ignored, an empty q finds nothing.
    """
    from zwgk.records.models import Record

    page = min(max(_int(page, 1), 1), MAX_PAGE)
    page_size = min(max(_int(page_size, 20), 1), MAX_PAGE_SIZE)
    terms = query_terms(q if isinstance(q, str) else "")
    result = SearchPage(query=q or "", page=page, page_size=page_size, terms=terms)
    if not terms:
        return result
    filters = _filters(agency, item, year, genre)
    conditions, params = _conditions(filters)
    ranked, result.total, result.total_capped = backend_for(connection).search(
        terms, filters, conditions, params, page_size, (page - 1) * page_size
    )
    records = Record.objects.select_related("agency", "item").prefetch_related("attachments").in_bulk(
        [pk for pk, _ in ranked]
    )
    for pk, score in ranked:
        record = records.get(pk)
        if record is None:  # deleted between the two queries
            continue
        result.hits.append(
            Hit(
                record=record,
                score=float(score),
                snippet_html=_snippet(record, terms),
                title_html=highlight(record.title, terms),
            )
        )
    return result
