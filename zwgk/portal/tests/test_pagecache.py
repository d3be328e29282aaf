"""The anonymous page cache: served again until anything it shows changes, never for personal pages."""
import os

import pytest
from django.test import Client

from zwgk.portal import pagecache
from zwgk.records import services

HEADER = pagecache.HEADER


@pytest.fixture
def cached(settings, site, tmp_path):
    settings.ZWGK_PORTAL_CACHE_SECONDS = 60
    settings.DATA_DIR = tmp_path  # the generation stamp of this test only
    return site


def get(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    return response


def test_an_anonymous_page_is_rendered_once_then_served_from_the_cache(cached, client, django_assert_num_queries):
    url = f"/{cached['agency'].slug}/xxgk/2-1/"
    first = get(client, url)
    with django_assert_num_queries(0):
        second = get(client, url)

    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_withdrawing_a_record_drops_the_cached_pages_at_once(cached, client, django_user_model):
    record = cached["records"][0]
    url = f"/{cached['agency'].slug}/record/{record.index_number}/"
    listing = f"/{cached['agency'].slug}/xxgk/2-1/"
    assert "公告已撤回" not in get(client, url).content.decode()
    get(client, listing)

    services.withdraw(record, None, "公告已撤回：内容有误")

    page = get(client, url)
    assert page[HEADER] == "miss" and "公告已撤回：内容有误" in page.content.decode()
    assert get(client, listing)[HEADER] == "miss"


def test_a_catalog_change_drops_the_cached_pages(cached, client):
    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    docs = cached["docs"]
    docs.name = "部门规范性文件汇编"
    docs.save()

    page = get(client, url)
    assert page[HEADER] == "miss" and "部门规范性文件汇编" in page.content.decode()


def test_another_process_sees_the_new_generation_through_the_stamp_file(cached, settings):
    before = pagecache.generation()
    stamp = os.path.join(str(settings.DATA_DIR), "portal-cache-generation")
    pagecache.bump()  # what a worker that saved a record does

    assert pagecache.generation() != before
    assert os.path.exists(stamp)


def test_the_generation_is_bumped_again_once_when_the_transaction_commits(cached):
    from django.db import connection

    before = pagecache.generation()
    pagecache.content_changed()
    pagecache.content_changed()
    queued = [func for _, func, _ in connection.run_on_commit if func is pagecache._bump_on_commit]
    inside = pagecache.generation()
    assert inside != before
    assert len(queued) == 1  # once per transaction, however many rows it saves
    queued[0]()  # the commit
    assert pagecache.generation() != inside


def test_a_visitor_with_a_session_or_a_message_bypasses_the_cache(cached, client):
    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    client.cookies["sessionid"] = "x"
    assert HEADER not in get(client, url)
    client.cookies.pop("sessionid")
    client.cookies["messages"] = "x"
    assert HEADER not in get(client, url)


def test_the_elder_mode_is_cached_apart(cached, client):
    url = f"/{cached['agency'].slug}/xxgk/"
    normal = get(client, url)
    client.cookies["zwgk_elder"] = "1"
    elder = get(client, url)

    assert elder[HEADER] == "miss" and elder.content != normal.content


def test_staff_api_and_application_pages_are_never_cached(cached, client):
    slug = cached["agency"].slug
    for url in (f"/{slug}/apply/", "/track/", "/api/v1/records", "/staff/login/"):
        client.get(url)
        assert HEADER not in client.get(url), url


def test_a_page_holding_a_csrf_token_is_not_stored(cached, client):
    from django.http import HttpResponse

    response = client.get("/track/")  # a form: the CSRF cookie is set (renewed) on every answer
    assert "csrftoken" in response.cookies
    request = response.wsgi_request
    plain, with_cookie = HttpResponse(b"x"), HttpResponse(b"x")
    with_cookie.cookies = response.cookies
    assert pagecache._cacheable_response(request, plain)
    assert not pagecache._cacheable_response(request, with_cookie)


def test_a_zero_lifetime_turns_the_cache_off(cached, settings):
    settings.ZWGK_PORTAL_CACHE_SECONDS = 0
    client = Client()
    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    assert HEADER not in get(client, url)


@pytest.mark.django_db(transaction=True)
def test_a_transaction_saving_many_rows_bumps_the_stamp_file_once_at_commit(monkeypatch):
    """An import saving thousands of catalog or record rows: one bump, when it commits (other
    processes cannot see the rows before); each change still gives this process a new generation."""
    from django.db import connection, transaction

    bumps = []
    monkeypatch.setattr(pagecache, "bump", lambda: bumps.append(1))
    with transaction.atomic():
        seen = set()
        for _ in range(500):
            pagecache.content_changed()
            seen.add(pagecache.generation())
        assert len(seen) == 500  # the changing process never serves a page from before its change
        queued = [func for _, func, _ in connection.run_on_commit if func is pagecache._bump_on_commit]
        assert len(bumps) == 0 and len(queued) == 1
    assert len(bumps) == 1  # the commit
    pagecache.content_changed()  # autocommit: its own transaction
    assert len(bumps) == 2


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_savepoint_does_not_lose_the_commit_bump():
    from django.db import connection, transaction

    with transaction.atomic():
        try:
            with transaction.atomic():
                pagecache.content_changed()  # queued inside the savepoint …
                raise RuntimeError
        except RuntimeError:
            pass
        assert not [f for _, f, _ in connection.run_on_commit if f is pagecache._bump_on_commit]  # … and dropped
        pagecache.content_changed()
        assert [f for _, f, _ in connection.run_on_commit if f is pagecache._bump_on_commit]


def test_drafting_and_reviewing_leave_the_cache_alone_publishing_does_not(cached):
    """Records that have never been public are on no public page: saving them and their revisions
    keeps the cached pages; a public record's save drops them."""
    from zwgk.records.models import Record, Revision

    published = Record.objects.filter(state="published").first()
    item = published.item
    before = pagecache.generation()
    draft = Record.objects.create(agency=item.catalog.agency, item=item, title="草稿", formed_on=published.formed_on)
    Revision.objects.create(record=draft, number=1, data={})
    draft.state = "submitted"
    draft.save()
    assert pagecache.generation() == before
    published.title = "改过的名称"
    published.save()
    assert pagecache.generation() != before
