"""The anonymous page cache: served again until anything it shows changes, never for personal pages."""
import datetime as dt
import os

import pytest
from django.db import connection
from django.test import Client

from zwgk.portal import pagecache
from zwgk.records import services

HEADER = pagecache.HEADER


@pytest.fixture
def cached(settings, site, tmp_path):
    settings.ZWGK_PORTAL_CACHE_SECONDS = 60
    settings.DATA_DIR = tmp_path  # the generation stamps of this test only
    commit()  # the site's rows were saved in the test's transaction: as if it had committed
    return site


def commit():
    """What Django does when the test's transaction commits: a new on-commit list, the old one run."""
    callbacks, connection.run_on_commit = connection.run_on_commit, []
    for _, func, _ in callbacks:
        func()


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
    assert HEADER not in get(client, url)  # this process, before the commit: never from the cache
    commit()

    page = get(client, url)
    assert page[HEADER] == "miss" and "公告已撤回：内容有误" in page.content.decode()
    assert get(client, listing)[HEADER] == "miss"


def test_a_catalog_change_drops_the_cached_pages(cached, client):
    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    docs = cached["docs"]
    docs.name = "部门规范性文件汇编"
    docs.save()
    commit()

    page = get(client, url)
    assert page[HEADER] == "miss" and "部门规范性文件汇编" in page.content.decode()


def test_another_process_sees_the_new_generation_through_the_stamp_file(cached, settings):
    before = pagecache.generation()
    stamp = os.path.join(str(settings.DATA_DIR), "portal-cache-generation")
    pagecache.bump()  # what a worker that saved a record does

    assert pagecache.generation() != before
    assert os.path.exists(stamp)


def queued_bumps():
    return [func for _, func, _ in connection.run_on_commit if getattr(func, "func", None) is pagecache._bump_on_commit]


def test_the_stamp_is_bumped_once_when_the_transaction_commits_and_the_cache_rests_till_then(cached, client):
    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    before = pagecache.generation()
    pagecache.content_changed()
    pagecache.content_changed()

    assert len(queued_bumps()) == 1  # once per transaction, however many rows it saves
    assert pagecache.generation() == before  # other processes cannot see the change yet …
    assert pagecache.has_uncommitted_changes()
    assert HEADER not in get(client, url)  # … and this one neither reads nor fills the cache
    commit()
    assert pagecache.generation() != before and not pagecache.has_uncommitted_changes()
    assert get(client, url)[HEADER] == "miss"


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
    processes cannot see the rows before)."""
    from django.db import transaction

    bumps = []
    monkeypatch.setattr(pagecache, "bump", lambda publication=False: bumps.append(publication))
    with transaction.atomic():
        for _ in range(500):
            pagecache.content_changed()
        assert pagecache.has_uncommitted_changes()
        assert bumps == [] and len(queued_bumps()) == 1
    assert bumps == [False]  # the commit
    assert not pagecache.has_uncommitted_changes()
    pagecache.content_changed(publication=True)  # autocommit: its own transaction
    assert bumps == [False, True]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_savepoint_does_not_lose_the_commit_bump():
    from django.db import transaction

    with transaction.atomic():
        try:
            with transaction.atomic():
                pagecache.content_changed()  # queued inside the savepoint …
                raise RuntimeError
        except RuntimeError:
            pass
        assert not queued_bumps() and not pagecache.has_uncommitted_changes()  # … and dropped
        pagecache.content_changed()
        assert queued_bumps()


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
    assert not pagecache.has_uncommitted_changes()
    published.title = "改过的名称"
    published.save()
    commit()
    assert pagecache.generation() != before


def approved_record(site):
    from zwgk.records.models import Record

    item = site["docs"]
    return Record.objects.create(
        agency=site["agency"], item=item, title="关于2026年职业技能提升补贴的公告", formed_on=dt.date.today(),
        state=Record.State.APPROVED, review_decision="主动公开", publisher=site["agency"].name,
    )


def test_a_first_publication_reaches_cached_listings_after_the_publish_delay(cached, client, settings):
    """A new record only adds to listings and search: a burst of publications does not empty the
    cache, the pages show the records within ZWGK_PORTAL_PUBLISH_DELAY_SECONDS."""
    settings.ZWGK_PORTAL_PUBLISH_DELAY_SECONDS = 3600
    listing = f"/{cached['agency'].slug}/xxgk/2-1/"
    search = "/search/?q=" + "职业技能提升"
    get(client, listing), get(client, search)
    changes, published_before = pagecache.generation(), pagecache.publications()

    record = services.publish(approved_record(cached), None)
    commit()

    assert pagecache.generation() == changes and pagecache.publications() != published_before
    assert get(client, listing)[HEADER] == "hit"  # within the delay: the page as it was
    assert get(client, search)[HEADER] == "hit"
    settings.ZWGK_PORTAL_PUBLISH_DELAY_SECONDS = 0  # the delay is over
    for url in (listing, search):
        page = get(client, url)
        assert page[HEADER] == "miss" and "补贴的公告" in page.content.decode(), url  # the title, highlighted or not
        assert get(client, url)[HEADER] == "hit"  # and cached again


def test_a_change_to_a_published_record_is_not_delayed(cached, client, settings):
    settings.ZWGK_PORTAL_PUBLISH_DELAY_SECONDS = 3600
    record = services.publish(approved_record(cached), None)
    commit()
    url = f"/{cached['agency'].slug}/record/{record.index_number}/"
    get(client, url)
    listing = f"/{cached['agency'].slug}/xxgk/2-1/"
    get(client, listing)

    services.change(record, None, {"title": "关于2026年职业技能提升补贴的公告（更正）"}, version=record.version,
                    formed_on=record.formed_on, note="更正名称")
    commit()

    for page in (get(client, url), get(client, listing)):
        assert page[HEADER] == "miss" and "（更正）" in page.content.decode()


def test_every_worker_process_shares_one_cache(cached, client):
    """Workers are processes: one renders, the others serve its page (the cache is files)."""
    from django.core.cache import caches
    from django.core.cache.backends.filebased import FileBasedCache

    url = f"/{cached['agency'].slug}/xxgk/"
    get(client, url)
    store = caches[pagecache.CACHE_ALIAS]
    assert isinstance(store, FileBasedCache)
    other = FileBasedCache(store._dir, {})  # what another process opens
    assert other.get(pagecache._key(get(client, url).wsgi_request)) is not None


def test_the_file_cache_counts_its_files_now_and_then_not_at_every_store(tmp_path, monkeypatch):
    store = pagecache.PageFileCache(str(tmp_path / "pages"), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    monkeypatch.setattr(pagecache.PageFileCache, "_culled_at", float("-inf"))
    for n in range(30):
        store.set(f"page{n}", b"x", 60)
    files = lambda: len(list((tmp_path / "pages").glob("*.djcache")))  # noqa: E731
    assert files() == 30  # counted once, at the first store, when there was room

    monkeypatch.setattr(pagecache.PageFileCache, "_culled_at", float("-inf"))  # CULL_SECONDS later
    store.set("one-more", b"x", 60)
    assert files() == 30 - 15 + 1


def test_catalog_rows_are_kept_until_the_change_stamp_moves(cached, django_assert_num_queries):
    from zwgk.portal import queries as q

    slug = cached["agency"].slug
    agency = q.agency_by_slug(slug)
    with django_assert_num_queries(0):
        assert q.agency_by_slug(slug) is agency  # kept: public pages read it on every request
    cached["agency"].name = "银川市人力资源和社会保障局（新）"
    cached["agency"].save()
    with django_assert_num_queries(1):
        assert q.agency_by_slug(slug).name.endswith("（新）")  # uncommitted: read afresh, not kept
    commit()
    renamed = q.agency_by_slug(slug)
    assert renamed.name.endswith("（新）") and renamed is not agency
    assert q.agency_by_slug(slug) is renamed
