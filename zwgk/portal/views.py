"""Public pages. Thin views: the read rules live in zwgk.portal.queries."""
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from zwgk.catalog.models import Agency, Item
from zwgk.lib.params import query_int_or_none
from zwgk.links import record_url
from zwgk.portal import queries as q
from zwgk.records.models import Attachment, Record

PAGE_SIZE = 20
ELDER_COOKIE = "zwgk_elder"


def _agency(slug):
    agency = q.agency_by_slug(slug)
    if agency is None:
        raise Http404("no such agency")
    return agency


def _page(request, queryset):
    """Invalid or out-of-range page numbers fall back to the first or last page, never an error."""
    number = query_int_or_none(q.clean_param(request.GET.get("page")), low=1, high=10**6) or 1
    return Paginator(queryset, PAGE_SIZE).get_page(number)


@require_safe
def home(request):
    agencies = Agency.objects.order_by("name")
    return render(request, "portal/home.html", {"agencies": agencies, "latest": q.latest_records(limit=15)})


@require_safe
def agency_home(request, agency):
    agency = _agency(agency)
    catalog = q.current_catalog(agency)
    roots = q.catalog_tree(catalog)
    return render(request, "portal/agency.html", {
        "agency": agency, "catalog": catalog, "tree": roots,
        "latest": q.latest_records(agency, limit=15), "has_reports": bool(q.report_items(roots)),
    })


@require_safe
def catalog(request, agency):
    agency = _agency(agency)
    catalog = q.current_catalog(agency)
    return render(request, "portal/catalog.html", {
        "agency": agency, "catalog": catalog, "tree": q.catalog_tree(catalog, with_counts=True),
    })


@require_safe
def item(request, agency, item):
    agency = _agency(agency)
    catalog = q.current_catalog(agency)
    node = q.find_node(q.catalog_tree(catalog), item)
    if node is None:
        raise Http404("no such item")
    it = Item.objects.select_related("parent", "parent__parent").prefetch_related("elements").get(pk=node.item.pk)
    units, basis = it.unit_list(), it.basis_list()
    filters = q.ListingFilters.from_query(request.GET)
    page = _page(request, q.item_records(node, filters))
    filter_query = filters.as_query()
    canonical = request.path + (f"?page={page.number}" if page.number > 1 and not filter_query else "")
    return render(request, "portal/item.html", {
        "agency": agency, "catalog": catalog, "node": node, "item": it, "page": page, "units": units, "basis": basis,
        "filters": filters, "filter_query": filter_query, "options": q.filter_options(node),
        "rule_words": q.rule_text(it.rule), "canonical_path": canonical,
        "level_label": {1: "一", 2: "二", 3: "三"}.get(it.level, str(it.level)),
        "ancestors": [a for a in (it.parent.parent if it.parent else None, it.parent) if a],
    })


@require_safe
def record(request, agency, index_number):
    agency = _agency(agency)
    rec = q.published_record(agency, index_number)
    if rec is None:
        raise Http404("no such record")
    return _record_page(request, agency, rec)


@require_safe
def record_by_id(request, agency, pk):
    agency = _agency(agency)
    rec = Record.objects.published().select_related("agency", "item", "item__catalog", "item__parent", "unit") \
        .filter(agency=agency, pk=pk).first()
    if rec is None:
        raise Http404("no such record")
    if rec.index_number:
        return HttpResponseRedirect(record_url(rec))
    return _record_page(request, agency, rec)


def _record_page(request, agency, rec):
    withdrawn = rec.state == Record.State.WITHDRAWN
    # 正文图片 are shown inside the body, not listed again.
    attachments = [] if withdrawn else list(rec.attachments.exclude(role=Attachment.Role.BODY_PICTURE))
    for att in attachments:
        att.size_label = q.human_size(att.size)
        att.type_label = q.file_type_label(att.content_type, att.name)
    it = q.current_item_for(rec.item)
    return render(request, "portal/record.html", {
        "item": it,
        "agency": agency, "record": rec, "withdrawn": withdrawn, "attachments": attachments,
        "elements": [] if withdrawn else q.element_rows(rec), "history": q.public_history(rec),
        "timeliness": q.record_timeliness(rec), "canonical_path": record_url(rec, agency.slug),
        "ancestors": [a for a in (it.parent.parent if it.parent else None, it.parent) if a] if it else [],
    })


@require_safe
def attachment(request, agency, pk):
    agency = _agency(agency)
    att = Attachment.objects.filter(
        pk=pk, record__agency=agency, record__in=Record.objects.visible_listing()
    ).first()
    if att is None or not att.file:
        raise Http404("no such attachment")
    try:
        handle = att.file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404("attachment file missing")
    return FileResponse(handle, as_attachment=True, filename=att.name or att.file.name.rsplit("/", 1)[-1],
                        content_type=att.content_type or "application/octet-stream")


@require_safe
def guide(request, agency):
    agency = _agency(agency)
    catalog = q.current_catalog(agency)
    roots = q.catalog_tree(catalog)
    categories = [(n, len(n.descendants) - 1) for n in roots]
    return render(request, "portal/guide.html", {
        "agency": agency, "catalog": catalog, "categories": categories,
        "item_total": sum(c for _, c in categories) or sum(1 for _ in roots),
        "channels": q.catalog_channels(catalog), "review_body": review_body(agency),
    })


def review_body(agency) -> str:
    """The 行政复议机关 of a government department: the people's government of its level (行政复议法 art. 24)."""
    regions = agency.region_names
    return f"{regions[-1]}人民政府" if regions else ""


@require_safe
def reports(request, agency):
    agency = _agency(agency)
    items = q.report_items(q.catalog_tree(q.current_catalog(agency)))
    records = Record.objects.visible_listing().select_related("agency").defer(*q.LISTING_DEFERRED) \
        .filter(item__in=items)[:50] if items else []
    years = q.annual_reports(records)
    year = request.GET.get("year", "")
    chosen = next((pair for pair in years if str(pair[0]) == year), None) if year else (years[0] if years else None)
    if year and chosen is None:
        raise Http404("没有该年度的年度报告")
    shown = None
    if chosen:
        # The listing defers the body; the report shown in full needs it.
        shown = {"year": chosen[0], "record": Record.objects.select_related("agency").get(pk=chosen[1].pk)}
    return render(request, "portal/reports.html", {
        "agency": agency, "items": items, "records": records, "years": [y for y, _ in years], "shown": shown,
    })


def elder(request):
    """Switch the 适老化 mode with a plain link (no JavaScript): a cookie the templates read."""
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False) \
            or not target.startswith("/"):
        target = "/"
    wanted = request.GET.get("on")
    turn_on = (wanted == "1") if wanted in ("0", "1") else request.COOKIES.get(ELDER_COOKIE) != "1"
    response = HttpResponseRedirect(target)
    if turn_on:
        response.set_cookie(ELDER_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    else:
        response.delete_cookie(ELDER_COOKIE, samesite="Lax")
    return response


@require_safe
def robots(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /staff/", "Disallow: /admin/", "Disallow: /api/",
             "Disallow: /elder/", "Allow: /", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def not_found(request, exception=None):
    return render(request, "404.html", status=404)
