"""Request hygiene shared by every page."""
from django.http import Http404, QueryDict

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
