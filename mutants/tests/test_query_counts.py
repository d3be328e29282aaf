"""Every list page issues a number of queries independent of its length (issue 9).

Each page is measured with a few rows, then with many more rows, and must stay within the
same bound: one calendar per region per request (one freshness query) and the user's roles
read once, however many rows ask about deadlines or permissions.
"""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.models import Catalog, Item, Unit
from zwgk.records.models import Record

SMALL, LARGE = 3, 15


@pytest.fixture
def world(agency, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    catalog = Catalog.objects.create(agency=agency, title="目录", year=2025, is_current=True)
    unit = Unit.objects.create(agency=agency, name="办公室")
    top = Item.objects.create(catalog=catalog, level=1, name="政策文件", slug="1", position=0)
    editor = django_user_model.objects.create_user("editor", password="pw")
    Membership.objects.create(user=editor, agency=agency, unit=unit, role=Role.EDITOR)
    reviewer = django_user_model.objects.create_user("reviewer", password="pw")
    Membership.objects.create(user=reviewer, agency=agency, role=Role.REVIEWER)
    state = {"items": [], "records": 0}

    def grow(n):
        """Bring the catalog to n leaf items and n records of each kind the pages list."""
        from zwgk.search.index import index_records

        while len(state["items"]) < n:
            k = len(state["items"])
            item = Item.objects.create(
                catalog=catalog, parent=top, level=2, name=f"部门文件{k}", slug=f"1-{k}", position=k + 1,
                deadline_text="形成之日起20个工作日内",
                deadline_rule={"kind": "after_event", "days": 20, "day_type": "working", "event": "形成"},
            )
            item.units.add(unit)
            state["items"].append(item)
        new = []
        while state["records"] < n:
            k = state["records"]
            state["records"] += 1
            item = state["items"][0]
            published = timezone.now() - dt.timedelta(days=k + 1)
            for st, suffix in ((Record.State.PUBLISHED, ""), (Record.State.DRAFT, "草稿")):
                new.append(Record.objects.create(
                    agency=agency, item=item, unit=unit, title=f"职称评审通知{suffix}{k}",
                    index_number=f"{agency.credit_code}/2025-{k:05d}" if not suffix else None, serial=k,
                    publisher=agency.name, formed_on=dt.date(2025, 3, 3) + dt.timedelta(days=k),
                    due_on=dt.date(2025, 4, 1), due_provisional=False,
                    published_at=published if not suffix else None, state=st, body="<p>职称评审</p>",
                ))
        index_records([r for r in new if r.state == Record.State.PUBLISHED])
    return agency, editor, reviewer, grow


PAGES = [
    ("staff records list", "editor", "/staff/records/", {}),
    ("staff records list (reviewer)", "reviewer", "/staff/records/", {}),
    ("choose item", "editor", "/staff/records/new/", {}),
    ("dashboard", "reviewer", "/staff/", {}),
    ("portal item listing", None, "/yinchuan-rsj/xxgk/1-0/", {}),
    ("portal catalog", None, "/yinchuan-rsj/xxgk/", {}),
    ("search results", None, "/search/", {"q": "职称评审"}),
    ("API list", None, "/api/v1/records", {"agency": "yinchuan-rsj", "page_size": "200"}),
]


def _count(client, url, params):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries), response


@pytest.mark.parametrize("name, who, url, params", PAGES, ids=[p[0] for p in PAGES])
def test_list_pages_issue_a_bounded_number_of_queries(client, world, django_assert_max_num_queries, name, who, url, params):
    agency, editor, reviewer, grow = world
    if who:
        client.force_login(editor if who == "editor" else reviewer)
    grow(SMALL)
    small, response = _count(client, url, params)
    if url.startswith("/staff/records/new"):
        assert response.content.decode().count("部门文件") >= SMALL
    grow(LARGE)
    with django_assert_max_num_queries(small):
        response = client.get(url, params)
    assert response.status_code == 200
    html = response.content.decode().replace("<mark>", "").replace("</mark>", "")
    # The page really lists the larger set (so the bound is not met by showing less).
    if url == "/staff/records/new/":
        assert html.count("部门文件") >= LARGE
    elif url.startswith("/staff/records"):
        assert html.count("职称评审通知") >= LARGE
    elif url.startswith("/api"):
        assert response.json()["count"] == LARGE
    elif url == "/search/":
        assert html.count("职称评审通知") >= LARGE
    elif "/xxgk/1-0/" in url:
        assert html.count("职称评审通知") >= LARGE
