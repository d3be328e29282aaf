"""Security headers on every page (issue 14, item 6): a Content-Security-Policy without
'unsafe-inline' and pages that need none; Cache-Control: no-store on everything staff see.

The staff pages are the URLconf walk of the authorization matrix (a new staff view is covered
automatically), each fetched as a role allowed to open it; the portal pages are every URL of
the sitemap plus the pages the sitemap does not list.
"""
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest

from tests.test_authorization_matrix import EXPECTED, PATTERNS, POST_ONLY, concrete_url, world  # noqa: F401

# Who opens each staff URL: the first of these the matrix allows.
ROLE_ORDER = ["agency_admin", "office_head", "handler", "reviewer", "editor", "platform_admin", "other_admin"]
EXTRA_PUBLIC = ["/", "/search/?q=职称", "/search/?q=", "/calendar/", "/calendar/?agency=yinchuan-rsj&date=2025-03-03&n=5",
                "/track/", "/elder/", "/no-such-page/", "/yinchuan-rsj/apply/", "/api/v1/records", "/robots.txt",
                "/staff/login/", "/admin/login/"]


class InlineCode(HTMLParser):
    """Everything in a page that a CSP without 'unsafe-inline' would block (or that needs data: images)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs)[:120]}>"
        if tag == "style":
            self.problems.append(f"inline <style> block: {where}")
        if tag == "script" and not a.get("src") and a.get("type") != "application/json":
            # application/json blocks (Django's json_script) are data, never executed.
            self.problems.append(f"inline <script>: {where}")
        for name, value in attrs:
            if name == "style":
                self.problems.append(f"style attribute: {where}")
            elif name.startswith("on"):
                self.problems.append(f"event handler attribute {name}: {where}")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                    ("javascript:", "data:")):
                self.problems.append(f"{name}={value[:30]!r}: {where}")

    handle_startendtag = handle_starttag


def assert_policy(response, where):
    policy = response.get("Content-Security-Policy")
    assert policy, f"{where}: no Content-Security-Policy header"
    directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
    for name in ("script-src", "style-src"):
        sources = directives.get(name, directives.get("default-src"))
        assert sources == ["'self'"], f"{where}: {name} is {sources}"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, f"{where}: {policy}"
    assert directives.get("img-src") == ["'self'"] and directives.get("object-src") == ["'none'"], policy
    assert directives.get("frame-ancestors") == ["'none'"], policy


def assert_no_inline_code(response, where):
    content_type = response.get("Content-Type", "")
    if response.status_code != 200 or not getattr(response, "content", None):
        return
    if response.get("Content-Disposition", "").startswith("attachment"):
        # A download (the annual report's standalone HTML keeps its print styles inside) is
        # saved, not shown by the site: the site's policy never applies to it.
        return
    if "text/html" in content_type:
        problems = InlineCode(response.content.decode()).problems
        assert problems == [], f"{where}: {problems[:5]}"
    elif "image/svg+xml" in content_type:
        text = response.content.decode()
        ElementTree.fromstring(response.content)  # still a well-formed SVG
        assert not re.search(r"<style|\sstyle=|<script|\son[a-z]+=", text), f"{where}: inline style or script in SVG"


def staff_cases():
    for name, route, kwargs in PATTERNS:
        if name in POST_ONLY or name == "accounts:logout":
            continue
        role = next(r for r in ROLE_ORDER if r in EXPECTED[name])
        yield pytest.param(name, route, kwargs, role, id=name)


@pytest.mark.parametrize("name,route,kwargs,role", list(staff_cases()))
def test_staff_pages_and_downloads_have_the_policy_no_inline_code_and_no_store(world, client, name, route, kwargs, role):  # noqa: F811
    users, fill = world
    url = concrete_url(name, route, kwargs, fill)
    client.force_login(users[role])
    response = client.get(url)
    where = f"GET {url} ({name}) as {role}: HTTP {response.status_code}"
    assert response.status_code in (200, 302), where
    assert_policy(response, where)
    assert "no-store" in response.get("Cache-Control", ""), f"{where}: Cache-Control {response.get('Cache-Control')!r}"
    if response.get("Content-Disposition", "").startswith("attachment"):
        assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert_no_inline_code(response, where)


def test_the_staff_walk_reaches_pages_downloads_and_charts(world, client):  # noqa: F811
    """The walk above is not vacuous: HTML pages, attachment downloads and SVG charts are among its answers."""
    users, fill = world
    seen = set()
    for param in staff_cases():
        name, route, kwargs, role = param.values
        client.force_login(users[role])
        response = client.get(concrete_url(name, route, kwargs, fill))
        if response.status_code == 200:
            kind = response["Content-Type"].split(";")[0]
            seen.add("attachment" if response.get("Content-Disposition", "").startswith("attachment") else kind)
    assert {"text/html", "attachment", "image/svg+xml"} <= seen, seen


def public_urls(client):
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ElementTree.fromstring(sitemap.content).iterfind(".//s:loc", ns)]
    urls = []
    for loc in locs:
        path = re.sub(r"^https?://[^/]+", "", loc)
        if path.endswith(".xml"):  # a sitemap index: one level down
            part = client.get(path)
            urls += [re.sub(r"^https?://[^/]+", "", e.text)
                     for e in ElementTree.fromstring(part.content).iterfind(".//s:loc", ns)]
        else:
            urls.append(path)
    return urls


def test_every_public_page_has_the_policy_and_no_inline_code(world, client):  # noqa: F811
    urls = public_urls(client)
    assert any("/record/" in u for u in urls) and any("/xxgk/" in u for u in urls), urls
    for url in urls + EXTRA_PUBLIC:
        response = client.get(url)
        where = f"GET {url}: HTTP {response.status_code}"
        assert response.status_code in (200, 302, 404), where
        assert_policy(response, where)
        assert_no_inline_code(response, where)
    assert "no-store" not in client.get(urls[0]).get("Cache-Control", "")


def test_django_admin_pages_need_no_inline_code(world, client, django_user_model):  # noqa: F811
    admin = django_user_model.objects.create_superuser("root", password="pw")
    client.force_login(admin)
    from zwgk.records.models import Record

    record = Record.objects.first()
    for url in ("/admin/", "/admin/records/record/", f"/admin/records/record/{record.pk}/change/",
                "/admin/auth/user/add/", "/admin/auth/user/", f"/admin/auth/user/{admin.pk}/password/"):
        response = client.get(url)
        where = f"GET {url}: HTTP {response.status_code}"
        assert response.status_code == 200, where
        assert_policy(response, where)
        assert "no-store" in response["Cache-Control"], where
        assert_no_inline_code(response, where)


def test_the_inline_code_finder_finds_what_the_policy_blocks():
    page = InlineCode('<p style="color:red">x</p><script>alert(1)</script><style>p{}</style>'
                      '<a href="javascript:alert(1)" onclick="x()">y</a><img src="data:image/png;base64,AA">'
                      '<script src="/static/zwgk/record.js"></script><script type="application/json">{}</script>')
    kinds = [p.split(":")[0] for p in page.problems]
    assert kinds == ["style attribute", "inline <script>", "inline <style> block", "href='javascript",
                     "event handler attribute onclick", "src='data"], page.problems
