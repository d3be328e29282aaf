"""/sitemap.xml: one urlset for small sites, a sitemap index with id-range chunks for large ones."""
from xml.sax.saxutils import escape

from django.db.models import Max, Min
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from zwgk.catalog.models import Agency, Catalog, Item
from zwgk.links import agency_url, item_url, record_url
from zwgk.portal import queries as q
from zwgk.records.models import Record

# Records per sitemap file; the protocol allows 50,000 URLs, smaller files are cheaper to build.
CHUNK = 10_000
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _xml(body: str) -> HttpResponse:
    return HttpResponse(XML_HEAD + body, content_type="application/xml; charset=utf-8")


def _url(request, path, lastmod=None) -> str:
    loc = escape(request.build_absolute_uri(path))
    mod = f"<lastmod>{lastmod.date().isoformat()}</lastmod>" if lastmod else ""
    return f"<url><loc>{loc}</loc>{mod}</url>"


def _page_urls(request):
    yield _url(request, "/")
    yield _url(request, "/calendar/")
    for agency in Agency.objects.order_by("slug"):
        yield _url(request, agency_url(agency))
        for page in ("xxgk/", "guide/", "apply/", "reports/"):
            yield _url(request, f"{agency_url(agency)}{page}")
        catalog = Catalog.objects.current_for(agency)
        if catalog:
            for it in Item.objects.filter(catalog=catalog).order_by("position", "id"):
                yield _url(request, item_url(agency, it))


def _record_urls(request, lo=None, hi=None):
    qs = Record.objects.published().order_by("id")
    if lo is not None:
        qs = qs.filter(id__gte=lo, id__lt=hi)
    rows = qs.values_list("id", "index_number", "agency__slug", "updated_at")
    for pk, index_number, slug, updated in rows.iterator(chunk_size=2000):
        rec = Record(pk=pk, index_number=index_number)
        yield _url(request, record_url(rec, slug), updated)


def _bounds():
    return Record.objects.published().aggregate(lo=Min("id"), hi=Max("id"))


@require_safe
def sitemap(request):
    bounds = _bounds()
    if bounds["lo"] is None or bounds["hi"] - bounds["lo"] < CHUNK:
        urls = list(_page_urls(request)) + list(_record_urls(request))
        return _xml(f"<urlset {NS}>\n" + "\n".join(urls) + "\n</urlset>\n")
    parts = [request.build_absolute_uri("/sitemap-pages.xml")]
    parts += [request.build_absolute_uri(f"/sitemap-records-{k}.xml")
              for k in range(bounds["lo"] // CHUNK, bounds["hi"] // CHUNK + 1)]
    entries = "\n".join(f"<sitemap><loc>{escape(p)}</loc></sitemap>" for p in parts)
    return _xml(f"<sitemapindex {NS}>\n{entries}\n</sitemapindex>\n")


@require_safe
def sitemap_pages(request):
    return _xml(f"<urlset {NS}>\n" + "\n".join(_page_urls(request)) + "\n</urlset>\n")


@require_safe
def sitemap_records(request, chunk):
    bounds = _bounds()
    if bounds["lo"] is None or not (bounds["lo"] // CHUNK <= chunk <= bounds["hi"] // CHUNK):
        raise Http404("no such sitemap")
    urls = _record_urls(request, chunk * CHUNK, (chunk + 1) * CHUNK)
    return _xml(f"<urlset {NS}>\n" + "\n".join(urls) + "\n</urlset>\n")
