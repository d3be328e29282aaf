"""Request hygiene shared by every page."""
import logging

from django.db import OperationalError
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

NUL = "\x00"


class NulByteMiddleware:
    """No NUL byte from a URL reaches the database: PostgreSQL refuses them in text and would
    answer 500. A NUL in the path is a 404; NUL bytes in query parameters are dropped."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path:
            raise Http404("路径包含非法字符")
        if any(NUL in key or any(NUL in v for v in values) for key, values in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace(NUL, ""), [v.replace(NUL, "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class StaffNoStoreMiddleware:
    """Staff pages and downloads carry personal data and drafts: no browser or proxy may keep them."""

    PREFIXES = ("/staff/", "/admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.PREFIXES):
            add_never_cache_headers(response)
        return response


class DatabaseBusyMiddleware:
    """A write that still finds the database locked after the busy timeout (SQLite, during a long
    import) gets a "请稍后重试" page with HTTP 503 instead of a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (isinstance(exception, OperationalError) and "locked" in str(exception).lower()):
            return None
        logger.warning("database busy: %s %s", request.method, request.path)
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
