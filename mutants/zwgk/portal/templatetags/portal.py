"""Template helpers shared by every public page (base.html loads them)."""
from urllib.parse import quote

from django import template

from zwgk import links

register = template.Library()
ELDER_COOKIE = "zwgk_elder"


@register.simple_tag(takes_context=True)
def elder_enabled(context) -> bool:
    """True when the visitor switched on the 适老化 mode (a cookie, so it works without JavaScript)."""
    request = context.get("request")
    return bool(request is not None and request.COOKIES.get(ELDER_COOKIE) == "1")


@register.simple_tag(takes_context=True)
def elder_toggle_url(context) -> str:
    request = context.get("request")
    here = request.get_full_path() if request is not None else "/"
    return "/elder/?next=" + quote(here[:500], safe="")


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """Absolute URL of this page without its query string, unless the view named a canonical path."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(context.get("canonical_path") or request.path)


@register.filter
def record_url(record, agency_slug=None) -> str:
    return links.record_url(record, agency_slug)


@register.filter
def item_url(item, agency) -> str:
    return links.item_url(agency, item)
