"""The OpenAPI document of the read-only JSON API."""
from django.http import JsonResponse


def openapi(request):
    from zwgk.api.schema import build_schema

    return JsonResponse(build_schema(request), json_dumps_params={"ensure_ascii": False})
