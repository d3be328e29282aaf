"""Read-only JSON of the catalog (/api/v1/catalog). STUB: to be implemented."""
from django.http import JsonResponse


def catalog_json(request):
    return JsonResponse({"detail": "not implemented"}, status=501)
