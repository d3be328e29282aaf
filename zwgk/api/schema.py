"""OpenAPI 3 description of /api/v1 (filled in by the records and catalog APIs)."""


def build_schema(request):
    return {"openapi": "3.0.3", "info": {"title": "zwgk API", "version": "1"}, "paths": {}}
