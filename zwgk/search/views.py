"""The public search page: /search/?q=…&agency=<slug>&item=<id>&year=…&genre=…&sort=relevance|date&page=…"""
from urllib.parse import urlencode

from django.core.cache import cache
from django.utils import timezone
from django.shortcuts import render
from django.urls import NoReverseMatch

from zwgk.lib.params import query_int_or_none
from zwgk.links import record_url
from zwgk.search.backends import COUNT_CAP
from zwgk.search.query import MAX_PAGE, SORTS, search
from zwgk.search.tokenize import MAX_QUERY_CHARS, clean_query

PAGE_SIZE = 20
FACET_LABELS = (("agency", "发布机关"), ("item", "公开事项"), ("year", "发布年份"), ("genre", "体裁"))
YEARS_SHOWN = 15


def _param(request, name, max_len=100):
    return clean_query(request.GET.get(name, ""))[:max_len].strip()


def _int_param(request, name, low, high):
    return query_int_or_none(_param(request, name, 20), low=low, high=high)


def _genres():
    """Genres in use, for the filter (cached: a distinct over every record is not free)."""
    from zwgk.records.models import Record

    genres = cache.get("search:genres")
    if genres is None:
        genres = sorted(
            g for g in Record.objects.visible_listing().order_by().values_list("genre", flat=True).distinct() if g
        )
        cache.set("search:genres", genres, 600)
    return genres


def _record_url(record):
    try:
        return record_url(record)
    except NoReverseMatch:
        # An index format may start with "/", which the portal's 索引号 route cannot carry:
        # list the hit without a link rather than fail the whole results page.
        return ""


def search_page(request):
    from zwgk.catalog.models import Agency, Item

    q = _param(request, "q", MAX_QUERY_CHARS)
    agency = Agency.objects.filter(slug=_param(request, "agency", 60)).first() if _param(request, "agency") else None
    item_id = _int_param(request, "item", 1, 2**62)
    item = Item.objects.filter(pk=item_id).select_related("catalog").first() if item_id else None
    if item is not None and agency is not None and item.catalog.agency_id != agency.pk:
        item = None
    year = _int_param(request, "year", 1900, 2999)
    genre = _param(request, "genre", 40)
    page = _int_param(request, "page", 1, MAX_PAGE) or 1
    sort = _param(request, "sort", 20)
    sort = sort if sort in SORTS else "relevance"
    unknown_agency = bool(_param(request, "agency")) and agency is None

    result = None
    if q and not unknown_agency and not (item_id and item is None):
        result = search(q, agency=agency, item=item, year=year, genre=genre, page=page, page_size=PAGE_SIZE,
                        sort=sort, facets=True)

    if result:
        for hit in result.hits:
            hit.url = _record_url(hit.record)

    filters = {"q": q, "agency": agency.slug if agency else "", "item": item.pk if item else "",
               "year": year or "", "genre": genre, "sort": sort if sort != "relevance" else ""}
    base = {k: v for k, v in filters.items() if v not in ("", None)}

    def page_url(n):
        return "?" + urlencode({**base, "page": n})

    def url_with(**changes):
        """This search with some parameters changed (None removes one), back on page 1."""
        params = {**base, **changes}
        if "agency" in changes:
            params.pop("item", None)  # items belong to one agency
        return "?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})

    pages = []
    if result and result.num_pages > 1:
        low, high = max(1, result.page - 4), min(result.num_pages, result.page + 4)
        pages = [{"number": n, "url": page_url(n), "current": n == result.page} for n in range(low, high + 1)]
    items = []
    if agency is not None:
        items = Item.objects.filter(catalog__agency=agency, catalog__is_current=True).order_by("catalog", "position")
    facets = _facet_links(result, url_with, agency, item, year, genre) if result else {}
    sorts = [{"label": label, "url": url_with(sort=None if value == "relevance" else value), "current": value == sort}
             for value, label in (("relevance", "按相关度"), ("date", "按日期"))]
    this_year = timezone.localdate().year  # Asia/Shanghai: the server's clock may be UTC
    context = {
        "q": q,
        "result": result,
        "agency": agency,
        "item": item,
        "year": year,
        "genre": genre,
        "unknown_agency": unknown_agency,
        "agencies": Agency.objects.order_by("name"),
        "items": items,
        "years": list(range(this_year, this_year - YEARS_SHOWN, -1)),
        "genres": _genres(),
        "pages": pages,
        "first_number": (result.page - 1) * result.page_size + 1 if result else 1,
        "previous_url": page_url(result.page - 1) if result and result.has_previous else "",
        "next_url": page_url(result.page + 1) if result and result.has_next else "",
        "max_query_chars": MAX_QUERY_CHARS,
        "sort": sort,
        "sorts": sorts,
        "facets": [(label, facets.get(name)) for name, label in FACET_LABELS] if facets else [],
        "cap": COUNT_CAP,
        "expansions": "、".join(result.expansions) if result else "",
    }
    return render(request, "search/search.html", context)


def _facet_links(result, url_with, agency, item, year, genre):
    """Facet values with their counts and the URL that applies (or, when applied, removes) them."""
    def links(pairs, param, value_of, label_of, current):
        return [
            {"label": label_of(v), "count": n, "current": value_of(v) == current,
             "url": url_with(**{param: None if value_of(v) == current else value_of(v)})}
            for v, n in pairs
        ]

    facets = result.facets
    if not facets:
        return {}
    return {
        "agency": links(facets["agency"], "agency", lambda a: a.slug, lambda a: a.short_name or a.name,
                        agency.slug if agency else None),
        # Items are only offered inside one agency (their names repeat across agencies).
        "item": links(facets["item"], "item", lambda i: i.pk, lambda i: i.name, item.pk if item else None)
        if agency is not None else [],
        "year": links(facets["year"], "year", lambda y: y, lambda y: f"{y} 年", year),
        "genre": links(facets["genre"], "genre", lambda g: g, lambda g: g, genre or None),
    }
