"""Read-only JSON of published records (/api/v1/records). STUB: to be implemented."""
from django.http import JsonResponse


def record_list(request):
    return JsonResponse({"detail": "not implemented"}, status=501)


def record_detail(request, index_number):
    return JsonResponse({"detail": "not implemented"}, status=501)
