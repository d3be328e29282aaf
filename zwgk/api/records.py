"""Read-only JSON of published records: /api/v1/records and /api/v1/records/{索引号}.

Only `Record.objects.published()` is ever exposed; the list shows `visible_listing()` (withdrawn
records keep their detail URL, flagged withdrawn, so links never silently die).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import wraps
from urllib.parse import urlencode

from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from zwgk.lib.params import ParamError, query_int, query_int_or_none
from zwgk.links import record_url
from zwgk.records.sanitize import sanitize_html
from zwgk.records.timeliness import timeliness

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
# Far beyond any real listing; keeps the offset a database can take (page × page_size).
MAX_PAGE = 1_000_000
LIST_PARAMETERS = ("agency", "item", "year", "unit", "genre", "validity", "q", "page", "page_size")
VALIDITIES = ("有效", "废止", "失效")
_KEYWORD_SPLIT = re.compile(r"[\s,，;；、]+")


class BadRequest(ValueError):
    """A query parameter that cannot be used; the message is shown to the caller (in Chinese)."""

    def __init__(self, parameter, message):
        self.parameter = parameter
        super().__init__(message)


def json_response(data, status=200, **headers):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def error(status, message, **extra):
    return json_response({"error": message, "status": status, **extra}, status=status)


def read_only(view):
    """GET and HEAD only, answered in JSON (Django's own 405 page is HTML).

    CSRF-exempt: nothing here changes state, and without the exemption a POST would get Django's
    HTML CSRF page (403) instead of the documented 405 `Error`.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error(405, f"不支持 {request.method} 方法，本接口只读（GET、HEAD）")
            response["Allow"] = "GET, HEAD"
            return response
        return view(request, *args, **kwargs)

    return wrapper


# ---------------------------------------------------------------- queries


def base_queryset():
    """Published records with everything the JSON needs, in a fixed number of queries."""
    from zwgk.records.models import Attachment, Record

    return (
        Record.objects.published()
        .select_related("agency", "unit", "item__parent__parent")
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("id")))
    )


def _int_param(params, name, default, minimum, maximum=None):
    try:
        return query_int(params.get(name), name, low=minimum, high=maximum, default=default)
    except ParamError as exc:
        raise BadRequest(name, str(exc)) from None


def year_range(year: int):
    """The aware datetimes bounding a calendar year in the site's time zone (index-friendly)."""
    tz = timezone.get_current_timezone()
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def resolve_agency(value):
    from zwgk.catalog.models import Agency

    return Agency.objects.filter(Q(slug=value) | Q(name=value) | Q(short_name=value)).first()


def filter_records(queryset, params):
    """Apply the list filters (all optional); raises BadRequest for values that cannot be used.

    Returns (queryset, search_filters) where search_filters are what `search()` understands.
    """
    search_filters = {}
    agency_value = params.get("agency", "").strip()
    if agency_value:
        agency = resolve_agency(agency_value)
        queryset = queryset.filter(agency=agency) if agency else queryset.none()
        search_filters["agency"] = agency
    item_value = params.get("item", "").strip()
    if item_value:
        condition = Q(item__slug=item_value) | Q(item__name=item_value)
        if (pk := query_int_or_none(item_value, low=1)) is not None:  # a number may be an id
            condition |= Q(item_id=pk)
        queryset = queryset.filter(condition)
        search_filters["item"] = item_value
    year = _int_param(params, "year", None, 1900, 2999)
    if year is not None:
        start, end = year_range(year)
        queryset = queryset.filter(published_at__gte=start, published_at__lt=end)
        search_filters["year"] = year
    unit_value = params.get("unit", "").strip()
    if unit_value:
        condition = Q(unit__name=unit_value)
        if (pk := query_int_or_none(unit_value, low=1)) is not None:  # a number may be an id
            condition |= Q(unit_id=pk)
        queryset = queryset.filter(condition)
    genre = (params.get("genre") or params.get("体裁") or "").strip()
    if genre:
        queryset = queryset.filter(genre=genre)
        search_filters["genre"] = genre
    validity = (params.get("validity") or params.get("有效性") or "").strip()
    if validity:
        if validity not in VALIDITIES:
            raise BadRequest("validity", f"参数 validity 应为 {'、'.join(VALIDITIES)} 之一")
        queryset = queryset.filter(validity=validity)
    return queryset, search_filters


# ---------------------------------------------------------------- serialisation


def _iso(value):
    return value.isoformat() if value else None


def _timeliness(record, calendars=None):
    """(due_on, status, provisional, label) from the stored due date, one calendar per agency per request."""
    result = timeliness(record, calendars={} if calendars is None else calendars)
    status = result.status if result.status in ("pending", "on_time", "late", "overdue") else None
    return result.due_on, status, bool(result.provisional), result.label or ""


def attachment_url(attachment, record, request=None) -> str:
    """The portal's download URL (MEDIA_URL is not served: files go out only for visible records)."""
    path = reverse("portal:attachment", args=[record.agency.slug, attachment.pk])
    return request.build_absolute_uri(path) if request is not None else path


def portal_url(record, request=None) -> str:
    try:
        path = record_url(record, record.agency.slug)
    except NoReverseMatch:
        # An agency's index format may start with "/", which the portal's 索引号 route cannot
        # carry; the API still names the record's canonical address rather than failing.
        path = f"/{record.agency.slug}/record/{record.index_number}/"
    return request.build_absolute_uri(path) if request is not None else path


def keywords_list(text: str) -> list[str]:
    return [word for word in _KEYWORD_SPLIT.split(text or "") if word]


def record_json(record, request=None, *, detail=False, calendars=None) -> dict:
    """The public JSON of one published record (body only in the detail view)."""
    from zwgk.records.models import Record

    due_on, status, provisional, label = _timeliness(record, calendars)
    item = record.item
    # A withdrawn record keeps its metadata and the reason, but not its content: it is often
    # withdrawn because the content was wrong (or leaked personal data). The portal does the same.
    withdrawn = record.state == Record.State.WITHDRAWN
    data = {
        "index_number": record.index_number,
        "title": record.title,
        "summary": record.summary,
        "publisher": record.publisher,
        "doc_number": record.doc_number,
        "formed_on": _iso(record.formed_on),
        "published_on": _iso(timezone.localdate(record.published_at)) if record.published_at else None,
        "topic": record.topic,
        "genre": record.genre,
        "validity": record.validity,
        "valid_from": _iso(record.valid_from),
        "valid_until": _iso(record.valid_until),
        "keywords": keywords_list(record.keywords),
        "agency": {"name": record.agency.name, "slug": record.agency.slug},
        "item": {"name": item.name, "path": item.path, "slug": item.slug},
        "unit": record.unit.name if record.unit_id else None,
        "elements": {} if withdrawn else (record.elements or {}),
        "attachments": [] if withdrawn else [
            {"name": a.name, "url": attachment_url(a, record, request), "size": a.size, "content_type": a.content_type}
            for a in record.attachments.all()
        ],
        "url": portal_url(record, request),
        "period": record.period or None,
        "due_on": _iso(due_on),
        "timeliness": status,
        "timeliness_label": label,
        "provisional": provisional,
        "withdrawn": withdrawn,
        "withdrawn_reason": record.withdrawn_reason if withdrawn else None,
    }
    if detail:
        # Bodies are sanitised on save; sanitising again on the way out costs little and
        # protects API consumers from anything written around the normal paths.
        data["body"] = "" if withdrawn else sanitize_html(record.body or "")
    return data


# ---------------------------------------------------------------- views


def _page_url(request, page):
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(request.path) + "?" + urlencode(sorted(params.items()))


def _search_hits(q, queryset, filters, page, page_size, needs_db_filter, sort="relevance"):
    """Record ids in `sort` order for `q`, the total, and whether the search engine capped it."""
    from zwgk.search.query import search

    filters = {**filters, "sort": sort}
    if not needs_db_filter:
        result = search(q, page=page, page_size=page_size, **filters)
        return [hit.record.pk for hit in result.hits], result.total, result.total_capped
    # Filters the search engine does not know (unit, validity, item by id/name): rank everything,
    # then keep the ranked ids the database filter accepts. Bounded to keep the cost known.
    result = search(q, page=1, page_size=1000, **filters)
    ranked = [hit.record.pk for hit in result.hits]
    allowed = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
    ranked = [pk for pk in ranked if pk in allowed]
    start = (page - 1) * page_size
    return ranked[start : start + page_size], len(ranked), result.total > len(result.hits)


@read_only
def record_list(request):
    """GET /api/v1/records: published, not withdrawn records, newest first or by relevance with q."""
    from zwgk.records.models import Record

    params = request.GET
    try:
        page = _int_param(params, "page", 1, 1, MAX_PAGE)
        page_size = _int_param(params, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        queryset, search_filters = filter_records(base_queryset().filter(state=Record.State.PUBLISHED), params)
    except BadRequest as exc:
        return error(400, str(exc), parameter=exc.parameter)
    q = params.get("q", "").strip()
    sort = params.get("sort", "").strip() or "relevance"
    if sort not in ("relevance", "date"):
        return error(400, "sort 只能是 relevance（按相关度）或 date（按日期，最新在前）", parameter="sort")
    if q:
        # The search engine takes agency (object), year and genre; item, unit and validity are
        # applied by the database on the ranked ids.
        filters = {k: v for k, v in search_filters.items() if k in ("agency", "year", "genre")}
        if "agency" in filters and filters["agency"] is None:
            ids, count, capped = [], 0, False
        else:
            needs_db_filter = any(params.get(name, "").strip() for name in ("item", "unit", "validity"))
            ids, count, capped = _search_hits(q, queryset, filters, page, page_size, needs_db_filter, sort)
        records = {r.pk: r for r in queryset.filter(pk__in=ids)}
        page_records = [records[pk] for pk in ids if pk in records]
    else:
        capped = False
        count = queryset.count()
        start = (page - 1) * page_size
        page_records = list(queryset.order_by("-published_at", "-id")[start : start + page_size]) if start < count else []
    calendars = {}
    num_pages = max(1, math.ceil(count / page_size))
    if page > num_pages:
        return error(404, f"页码超出范围：共 {num_pages} 页", parameter="page")
    body = {
        "count": count,
        # True when a very common query matched more records than the search engine counts
        # (10,000): `count` is then a lower bound and only the newest matches are ranked.
        "count_capped": capped,
        "page": page,
        "page_size": page_size,
        "num_pages": num_pages,
        "next": _page_url(request, page + 1) if page < num_pages else None,
        "previous": _page_url(request, page - 1) if page > 1 else None,
        "results": [record_json(r, request, calendars=calendars) for r in page_records],
    }
    return json_response(body)


@read_only
def record_detail(request, index_number):
    """GET /api/v1/records/{索引号}: one published (or withdrawn) record with its body."""
    record = base_queryset().filter(index_number=index_number.strip("/")).first()
    if record is None:
        return error(404, f"没有索引号为“{index_number}”的公开信息")
    return json_response(record_json(record, request, detail=True))
