"""Every main portal and staff page, as first loaded and as sent back with errors, is valid HTML.

The pages are rendered with the Django test client from one demo site, written to a folder, and
checked by the Nu HTML checker (vnu.jar from the npm package vnu-jar, installed into .tools/ by
scripts/install-test-tools.sh) in one run: the JVM starts once per module, not once per page.
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from tests.htmlpages import describedby_ids, element_ids, tags
from tests.standards_site import AGENCY, demo_site

VNU = Path(__file__).resolve().parents[1] / ".tools" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
A = f"/{AGENCY}"
pytestmark = pytest.mark.django_db


def pages(site):
    """(name, user or None, method, url, data): what a visitor and each role open first, and forms with errors."""
    rec, item, draft, submitted = site["record"], site["item"], site["draft"], site["submitted"]
    catalog, app = site["catalog"], site["application"]
    return [
        # The portal, anonymous.
        ("home", None, "get", "/", None),
        ("elder", None, "follow", "/elder/", {"next": f"{A}/", "on": "1"}),  # the 适老化 version
        ("agency", None, "get", f"{A}/", None),
        ("catalog", None, "get", f"{A}/xxgk/", None),
        ("item", None, "get", f"{A}/xxgk/{item.slug}/", None),
        ("record", None, "get", f"{A}/record/{rec.index_number}/", None),
        ("guide", None, "get", f"{A}/guide/", None),
        ("reports", None, "get", f"{A}/reports/", None),
        ("apply", None, "get", f"{A}/apply/", None),
        ("apply-errors", None, "post", f"{A}/apply/", {"name": "", "phone": "12"}),
        ("track", None, "get", "/track/", None),
        ("track-errors", None, "post", "/track/", {"code": "nonsense"}),
        ("search-empty", None, "get", "/search/", None),
        ("search", None, "get", "/search/", {"q": "就业", "agency": AGENCY}),
        ("search-filters", None, "get", "/search/", {"q": "社会保险", "year": "2024", "genre": "通知"}),
        ("search-nothing", None, "get", "/search/", {"q": "无此词语的结果"}),
        ("calendar", None, "get", "/calendar/", None),
        ("calendar-deadline", None, "get", "/calendar/", {"agency": AGENCY, "date": "2026-12-20", "n": "20"}),
        ("calendar-errors", None, "get", "/calendar/", {"agency": AGENCY, "date": "2026-13-40", "n": "x"}),
        ("not-found", None, "get", "/nobody-here/", None),
        # The back office.
        ("login", None, "get", "/staff/login/", None),
        ("login-errors", None, "post", "/staff/login/", {"username": "demo-editor", "password": "wrong"}),
        ("staff-home-editor", "demo-editor", "get", "/staff/", None),
        ("records", "demo-editor", "get", "/staff/records/", None),
        ("choose-item", "demo-editor", "get", "/staff/records/new/", None),
        ("record-new", "demo-editor", "get", f"/staff/records/new/{site['editor_item'].pk}/", None),
        ("record-new-errors", "demo-editor", "post", f"/staff/records/new/{site['editor_item'].pk}/",
         {"title": "", "formed_on": "2026-02-30"}),
        ("record-draft", "demo-editor", "get", f"/staff/records/{draft.pk}/", None),
        ("record-edit", "demo-editor", "get", f"/staff/records/{draft.pk}/edit/", None),
        ("body-preview", "demo-editor", "get", f"/staff/records/body/docx/{site['pending'].token}/", None),
        ("staff-home-reviewer", "demo-reviewer", "get", "/staff/", None),
        ("record-published", "demo-reviewer", "get", f"/staff/records/{rec.pk}/", None),
        ("record-review", "demo-reviewer", "get", f"/staff/records/{submitted.pk}/review/", None),
        ("catalogs", "demo-agency-admin", "get", "/staff/catalog/", None),
        ("catalog-detail", "demo-agency-admin", "get", f"/staff/catalog/{catalog.pk}/", None),
        ("catalog-import", "demo-agency-admin", "get", "/staff/catalog/import/", None),
        ("item-editor", "demo-agency-admin", "get", f"/staff/catalog/item/{item.pk}/", None),
        ("item-editor-errors", "demo-agency-admin", "post", f"/staff/catalog/item/{item.pk}/",
         {"name": "", "el-TOTAL_FORMS": "0", "el-INITIAL_FORMS": "0"}),
        ("holidays", "demo-agency-admin", "get", "/staff/calendar/", None),
        ("holiday-new", "demo-agency-admin", "get", "/staff/calendar/day/add/", None),
        ("holiday-new-errors", "demo-agency-admin", "post", "/staff/calendar/day/add/", {"date": "2026-02-30"}),
        ("holiday-notice", "demo-agency-admin", "get", "/staff/calendar/notice/", None),
        ("annual-reports", "demo-agency-admin", "get", "/staff/annualreport/", None),
        ("annual-validate", "demo-agency-admin", "get", "/staff/annualreport/validate/", None),
        ("oversight", "demo-agency-admin", "get", "/staff/oversight/", None),
        ("synonyms", "demo-agency-admin", "get", "/staff/search/synonyms/", None),
        ("applications", "demo-office-head", "get", "/staff/applications/", None),
        ("applications-all", "demo-office-head", "get", "/staff/applications/all/", None),
        ("application", "demo-office-head", "get", f"/staff/applications/{app.pk}/", None),
        ("intake", "demo-handler", "get", "/staff/applications/new/", None),
        ("intake-errors", "demo-handler", "post", "/staff/applications/new/", {"name": ""}),
        ("reply-templates", "demo-office-head", "get", "/staff/applications/templates/", None),
        ("record-submit", "demo-editor", "get", f"/staff/records/{draft.pk}/submit/", None),
        ("record-change", "demo-reviewer", "get", f"/staff/records/{rec.pk}/change/", None),
        ("record-withdraw", "demo-reviewer", "get", f"/staff/records/{rec.pk}/withdraw/", None),
        ("record-withdraw-errors", "demo-reviewer", "post", f"/staff/records/{rec.pk}/withdraw/", {"reason": ""}),
        ("catalog-history", "demo-agency-admin", "get", f"/staff/catalog/{catalog.pk}/history/", None),
        ("item-history", "demo-agency-admin", "get", f"/staff/catalog/item/{item.pk}/history/", None),
        ("selfcheck", "demo-agency-admin", "get", "/staff/oversight/selfcheck/", None),
        ("application-reply", "demo-office-head", "get", f"/staff/applications/{app.pk}/reply/", None),
        ("application-reviews", "demo-office-head", "get", "/staff/applications/reviews/", None),
        ("portal-top-item", None, "get", f"{A}/xxgk/{item.parent.slug if item.parent else item.slug}/", None),
        ("search-page-2", None, "get", "/search/", {"q": "工作", "page": "2"}),
    ]


def render_all(site, folder):
    """Write each page to folder/<name>.html; return {name: (status, html)}."""
    out = {}
    for name, username, method, url, data in pages(site):
        client = Client()
        if username:
            client.force_login(site["users"][username])
        if method == "follow":
            response = client.get(url, data, follow=True)
        else:
            response = getattr(client, method)(url, data or {})
        html = response.content.decode("utf-8")
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
        out[name] = (response.status_code, html)
    return out


def run_vnu(folder):
    """{page name: [error lines]} for every page in folder, from one run of the Nu HTML checker."""
    java = shutil.which("java")
    if not VNU.exists() or not java:
        message = f"the Nu HTML checker needs {VNU} (scripts/install-test-tools.sh) and java (default-jre-headless)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run([java, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout",
                             "--skip-non-html", str(folder)], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stdout or "{}").get("messages", [])
    found = {}
    for m in messages:
        name = Path(re.sub(r"^file:", "", m.get("url", ""))).stem or "?"
        found.setdefault(name, []).append(f"line {m.get('lastLine', '?')}: {m.get('message')} [{m.get('extract', '').strip()[:120]}]")
    return found


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("nu-pages")
    with demo_site(django_db_blocker, tmp_path_factory.mktemp("media")) as site:
        rendered = render_all(site, folder)
        names = [p[0] for p in pages(site)]
    return names, rendered, folder


PAGE_NAMES = [
    "home", "elder", "agency", "catalog", "item", "record", "guide", "reports", "apply", "apply-errors", "track",
    "track-errors", "search-empty", "search", "search-filters", "search-nothing", "calendar", "calendar-deadline",
    "calendar-errors", "not-found", "login", "login-errors", "staff-home-editor", "records", "choose-item",
    "record-new", "record-new-errors", "record-draft", "record-edit", "body-preview", "staff-home-reviewer", "record-published",
    "record-review", "catalogs", "catalog-detail", "catalog-import", "item-editor", "item-editor-errors", "holidays",
    "holiday-new", "holiday-new-errors", "holiday-notice", "annual-reports", "annual-validate", "oversight",
    "synonyms", "applications", "applications-all", "application", "intake", "intake-errors", "reply-templates",
    "record-submit", "record-change", "record-withdraw", "record-withdraw-errors", "catalog-history", "item-history",
    "selfcheck", "application-reply", "application-reviews", "portal-top-item", "search-page-2",
]
FORMS_WITH_ERRORS = ["apply-errors", "record-new-errors", "item-editor-errors", "holiday-new-errors", "intake-errors",
                     "login-errors", "record-withdraw-errors"]
STATUS = {"not-found": 404, "apply-errors": 400}


@pytest.fixture(scope="module")
def nu_errors(checked):
    return run_vnu(checked[2])


def test_the_list_of_checked_pages_is_the_one_rendered(checked):
    assert checked[0] == PAGE_NAMES


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_renders_as_a_visitor_or_its_role_sees_it(checked, name):
    status, html = checked[1][name]
    assert status == STATUS.get(name, 200), (name, status, html[:300])
    assert html.lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize("name", FORMS_WITH_ERRORS)
def test_forms_sent_back_show_their_errors(checked, name):
    html = checked[1][name][1]
    assert re.search(r'class="[^"]*(errorlist|error)[^"]*"', html), name


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_has_no_nu_html_checker_error(nu_errors, name):
    assert nu_errors.get(name, []) == [], "\n".join(nu_errors[name])


def test_the_checker_itself_reports_broken_html(tmp_path):
    """Guards the harness: a page with a list item outside a list and a duplicate id must come back with errors."""
    (tmp_path / "broken.html").write_text('<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head>'
                                          '<body><li id="a">x</li><p id="a">y</p></body></html>', encoding="utf-8")
    errors = run_vnu(tmp_path)
    assert len(errors["broken"]) >= 2


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_aria_describedby_points_at_an_element_on_the_page(checked, name):
    html = checked[1][name][1]
    missing = describedby_ids(html) - element_ids(html)
    assert not missing, f"{name}: aria-describedby names ids that are not on the page: {sorted(missing)}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_list_carries_role_alert(checked, name):
    """role="alert" on <ul>/<ol> takes away the list semantics (axe `listitem`): the alert wraps the list."""
    bad = [t for t, a in tags(checked[1][name][1]) if t in ("ul", "ol") and a.get("role")]
    assert not bad, name


@pytest.mark.parametrize("name", ["search", "search-filters", "search-nothing"])
def test_the_search_page_announces_results_without_a_role_on_a_heading_and_submits_after_the_filters(checked, name):
    html = checked[1][name][1]
    page = tags(html)
    assert not [t for t, a in page if t in ("h1", "h2", "h3", "h4") and a.get("role")], name
    assert any(a.get("role") == "status" for _, a in page), name
    form = html[html.index('role="search"'):]
    form = form[:form.index("</form>")]
    controls = [t for t, a in tags(form) if t in ("select", "button", "input")]
    assert controls.count("button") == 1 and controls[-1] == "button", controls
