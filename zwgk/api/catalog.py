"""Read-only JSON of an agency's current catalog (/api/v1/catalog): the interchange format,
byte for byte what `zwgk export-catalog --format json` writes."""
from django.http import HttpResponse, JsonResponse

from zwgk.api.records import read_only
from zwgk.catalog.exporting import export_catalog
from zwgk.catalog.importing import AgencyError, find_agency
from zwgk.catalog.models import Agency, Catalog
from zwgk.lib.params import ParamError, query_int


def _error(message: str, status: int, **extra) -> JsonResponse:
    return JsonResponse({"detail": message, **extra}, status=status, json_dumps_params={"ensure_ascii": False})


def _agency(value: str | None):
    if value:
        agency = Agency.objects.filter(slug=value).first()
        if agency is None:
            try:
                agency = find_agency(value)
            except AgencyError:
                agency = None
        return agency, None
    agencies = list(Agency.objects.all()[:2])
    if len(agencies) == 1:
        return agencies[0], None
    if not agencies:
        return None, _error("尚无任何机关", 404)
    choices = [{"slug": a.slug, "name": a.name} for a in Agency.objects.all()]
    return None, _error("有多个机关，请用 ?agency=<网址标识或名称> 指定", 400, agencies=choices)


@read_only
def catalog_json(request):
    """GET /api/v1/catalog?agency=<slug or name>[&year=YYYY]."""
    agency, error = _agency(request.GET.get("agency", "").strip() or None)
    if error:
        return error
    if agency is None:
        return _error(f"找不到机关“{request.GET.get('agency')}”", 404)
    try:
        year = query_int(request.GET.get("year"), "year", low=1000, high=9999)
    except ParamError:
        return _error("year 应为四位年度数字", 400)
    catalog = Catalog.objects.current_for(agency, year)
    if catalog is None:
        return _error(f"{agency.name}尚无{f'{year}年度的' if year else ''}公开目录", 404)
    response = HttpResponse(export_catalog(catalog, "json"), content_type="application/json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response
