"""Searching: `search(q, ...) -> SearchPage`, the one entry point for the search page and the API."""
import math
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.utils import timezone
from django.utils.html import escape

from zwgk.search import backends
from zwgk.search.backends import backend_for
from zwgk.lib.text import html_to_text
from zwgk.search.synonyms import expand, groups_for
from zwgk.search.tokenize import Term, highlight_spans, parse_query

MAX_PAGE_SIZE = 1000
MAX_PAGE = 1000
SORTS = ("relevance", "date")
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
    terms: list = field(default_factory=list)  # every form searched (for highlighting)
    groups: list = field(default_factory=list)  # synonyms.TermGroup per query term
    sort: str = "relevance"
    # True when there were more matches than backends.COUNT_CAP (relevance order only): total is
    # the cap, and the hits are the newest COUNT_CAP matches ranked by relevance.
    total_capped: bool = False
    facets: dict = field(default_factory=dict)  # see _facets
    facets_partial: bool = False  # facet counts cover only the newest COUNT_CAP matches

    @property
    def expansions(self) -> list[str]:
        """Forms searched besides what was typed ("同时搜索：…")."""
        return [form for group in self.groups for form in group.added]

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


def _visible(ids, filters: Filters) -> set:
    """The ids among `ids` that are visible now and pass the filters: the index should hold only
    those, but a record changed behind the services' back must still not show."""
    from zwgk.records.models import Record

    qs = Record.objects.visible_listing().filter(pk__in=ids)
    if filters.agency_id is not None:
        qs = qs.filter(agency_id=filters.agency_id)
    if filters.item_ids is not None:
        qs = qs.filter(item_id__in=filters.item_ids)
    bounds = _year_bounds(filters.year)
    if bounds:
        qs = qs.filter(published_at__gte=bounds[0], published_at__lt=bounds[1])
    if filters.genre:
        qs = qs.filter(genre=filters.genre)
    return set(qs.values_list("pk", flat=True))


MAX_GUARD_ROUNDS = 5


def _page(backend, groups, filters, sort, limit, offset):
    """One page of (record_id, tier), topped up when stale index entries are dropped."""
    ranked, at = [], offset
    for _ in range(MAX_GUARD_ROUNDS):
        rows = backend.page(groups, filters, sort, limit, at)
        if not rows:
            break
        at += len(rows)
        ok = _visible([pk for pk, _ in rows], filters)
        ranked += [(pk, tier) for pk, tier in rows if pk in ok]
        if len(rows) < limit or len(ranked) >= limit:
            break
    return ranked[:limit]


def _facets(rows) -> dict:
    """{"agency": [(Agency, n)], "item": [(Item, n)], "year": [(year, n)], "genre": [(genre, n)]}, biggest first."""
    from zwgk.catalog.models import Agency, Item

    counts = {"agency": {}, "item": {}, "year": {}, "genre": {}}
    for agency_id, item_id, year, genre, n in rows:
        for name, key in (("agency", agency_id), ("item", item_id), ("year", year), ("genre", genre)):
            if key not in ("", None):
                counts[name][key] = counts[name].get(key, 0) + n
    agencies = Agency.objects.in_bulk(list(counts["agency"]))
    items = Item.objects.in_bulk(list(counts["item"]))

    def biggest_first(pairs):
        return sorted(pairs, key=lambda pair: (-pair[1], str(pair[0])))

    return {
        "agency": biggest_first([(agencies[k], n) for k, n in counts["agency"].items() if k in agencies]),
        "item": biggest_first([(items[k], n) for k, n in counts["item"].items() if k in items]),
        "year": sorted(counts["year"].items(), key=lambda pair: -pair[0]),
        "genre": biggest_first(counts["genre"].items()),
    }


def search(q, *, agency=None, item=None, year=None, genre=None, page=1, page_size=20, sort="relevance",
           facets=False) -> SearchPage:
    """Visible records matching every term of q (a term: any of its synonyms), one page of them.

    sort "relevance": title matches, then 文号/索引号/主题词 matches, then body matches, newer first
    within each (over the newest COUNT_CAP matches); "date": newest first, counted exactly.
    agency: Agency, id or slug; item: Item or id (its sub-items included); year: publication year;
    facets: also count the matches per agency, item, year and 体裁.
    Any input is safe: unusable parts of q are ignored, an empty q finds nothing.
    """
    from zwgk.records.models import Record

    page = min(max(_int(page, 1), 1), MAX_PAGE)
    page_size = min(max(_int(page_size, 20), 1), MAX_PAGE_SIZE)
    sort = sort if sort in SORTS else "relevance"
    parsed = parse_query(q if isinstance(q, str) else "")
    result = SearchPage(query=q or "", page=page, page_size=page_size, sort=sort)
    if not parsed:
        return result
    filters = _filters(agency, item, year, genre)
    groups = expand(parsed, groups_for(filters.agency_id) if filters.agency_id not in (None, -1) else groups_for())
    result.groups = groups
    result.terms = [form for group in groups for form in group.forms]
    if filters.impossible:
        return result
    backend = backend_for(connection)
    cap = backends.COUNT_CAP
    if sort == "date":
        result.total = backend.count(groups, filters)
    else:
        total = backend.count(groups, filters, cap + 1)
        result.total, result.total_capped = min(total, cap), total > cap
    if result.total == 0:
        return result
    if facets:
        result.facets = _facets(backend.facet_rows(groups, filters))
        result.facets_partial = result.total > cap
    ranked = _page(backend, groups, filters, sort, page_size, (page - 1) * page_size)
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
                snippet_html=_snippet(record, result.terms),
                title_html=highlight(record.title, result.terms),
            )
        )
    return result
