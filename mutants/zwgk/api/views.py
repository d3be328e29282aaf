"""The OpenAPI document of the read-only JSON API."""
from zwgk.api.records import json_response, read_only


@read_only
def openapi(request):
    """GET /api/v1/openapi.json."""
    from zwgk.api.schema import build_schema

    return json_response(build_schema(request))
