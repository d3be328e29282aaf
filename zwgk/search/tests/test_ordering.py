"""Newest-first across long time spans: the capped window and date pages pick the right records on
both databases (PostgreSQL reads the newest time buckets first and widens the range)."""
import random

import pytest
from django.utils import timezone

from zwgk.search.backends import BUCKET_FANOUT_BITS, bucket_cover
from zwgk.search.query import search


def _buckets(token):
    level, bucket = map(int, token[2:].split("_"))
    shift = BUCKET_FANOUT_BITS * level
    return set(range(bucket << shift, (bucket + 1) << shift))


def test_bucket_cover_is_exactly_the_range_in_few_tokens():
    rng = random.Random(7)
    for _ in range(500):
        low = rng.randint(0, 5000)
        high = rng.randint(low, 5000)
        tokens = bucket_cover(low, high)
        covered = set().union(*map(_buckets, tokens))
        assert covered == set(range(low, high + 1))
        assert sum(len(_buckets(t)) for t in tokens) == high - low + 1  # no bucket twice
    assert len(bucket_cover(1, 1022)) <= 30


@pytest.mark.django_db
def test_newest_first_over_years_with_a_small_cap(make_record, monkeypatch):
    from zwgk.search import backends

    monkeypatch.setattr(backends, "COUNT_CAP", 5)
    rng = random.Random(3)
    days = rng.sample(range(1, 3650), 24)
    records = []
    for n, day in enumerate(days):
        title = f"养老保险第{n}号" if n % 3 else f"关于第{n}号事项"
        records.append(make_record(title, days_ago=day, body="<p>养老保险待遇</p>", keywords="养老保险" if n % 4 == 0 else ""))
    make_record("无关的通知", days_ago=2)
    newest = sorted(records, key=lambda r: r.published_at, reverse=True)

    by_date = search("养老保险", sort="date", page_size=7)
    assert by_date.total == 24 and not by_date.total_capped
    assert [h.record.pk for h in by_date.hits] == [r.pk for r in newest[:7]]
    page3 = search("养老保险", sort="date", page_size=7, page=3)
    assert [h.record.pk for h in page3.hits] == [r.pk for r in newest[14:21]]

    ranked = search("养老保险", page_size=10)
    assert (ranked.total, ranked.total_capped) == (5, True)

    def tier(r):
        return (2 if "养老保险" in r.title else 0) + (1 if r.keywords else 0)

    window = sorted(newest[:5], key=lambda r: (-tier(r), -r.published_at.timestamp()))
    assert [h.record.pk for h in ranked.hits] == [r.pk for r in window]
    assert timezone.now() > newest[0].published_at


@pytest.mark.django_db
@pytest.mark.parametrize("prefetch", [3, 200])
def test_date_pages_past_what_the_count_kept_come_from_the_index(make_record, monkeypatch, prefetch):
    # PostgreSQL's exact count keeps the newest DATE_PREFETCH docids; later pages read the buckets.
    from zwgk.search import backends

    monkeypatch.setattr(backends.PostgresBackend, "DATE_PREFETCH", prefetch)
    rng = random.Random(11)
    records = [make_record(f"就业见习第{n}期", days_ago=day) for n, day in enumerate(rng.sample(range(1, 3650), 17))]
    newest = [r.pk for r in sorted(records, key=lambda r: r.published_at, reverse=True)]
    pages = [search("就业", sort="date", page_size=4, page=p) for p in range(1, 6)]
    assert {page.total for page in pages} == {17}
    assert [h.record.pk for page in pages for h in page.hits] == newest
    assert search("就业", sort="date", page_size=4, page=9).hits == []


@pytest.mark.django_db
def test_an_old_rare_match_is_found_behind_many_newer_buckets(make_record):
    old = make_record("稳岗返还资金拨付", days_ago=3000)
    for n in range(6):
        make_record(f"职称评审第{n}批", days_ago=n * 200 + 1)
    assert [h.record.pk for h in search("稳岗返还", sort="date").hits] == [old.pk]
    assert [h.record.pk for h in search("稳岗返还").hits] == [old.pk]


@pytest.mark.django_db
def test_postgres_upgrade_converts_the_old_layouts_in_place(make_record):
    from django.db import connection

    from zwgk.search.backends import BODY_TABLE, DOC_TABLE, backend_for
    from zwgk.search.index import check

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's own index layout")
    old = make_record("社会保险费征缴通知", days_ago=2000, body="<p>关于养老保险待遇的说明</p>")
    new = make_record("就业见习补贴", days_ago=3, body="<p>养老保险补缴</p>")
    backend = backend_for(connection)
    with connection.cursor() as cursor:
        # The earlier layouts: a stored vector column with its own GIN index, and (RUM era) one
        # record's body in search_searchbody.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("DROP INDEX search_doc_vector")
        cursor.execute(f"ALTER TABLE {DOC_TABLE} ADD COLUMN vector tsvector NOT NULL DEFAULT ''")
        cursor.execute(f"CREATE INDEX search_doc_vector ON {DOC_TABLE} USING GIN (vector)")
        cursor.execute(f"INSERT INTO {BODY_TABLE} (record_id, body) SELECT record_id, body FROM {DOC_TABLE} "
                       "WHERE record_id = %s", [old.pk])
        cursor.execute(f"UPDATE {DOC_TABLE} SET body = '' WHERE record_id = %s", [old.pk])
        backend.upgrade_schema(cursor)
        cursor.execute(f"SELECT COUNT(*) FROM {BODY_TABLE}")
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = %s AND column_name = 'vector'",
                       [DOC_TABLE])
        assert cursor.fetchone()[0] == 0
    assert check() == []
    assert [h.record.pk for h in search("养老保险", sort="date").hits] == [new.pk, old.pk]


@pytest.mark.django_db
def test_a_filtered_search_evaluates_its_whole_query_once_on_sqlite(make_record, agency):
    """The capped count, the ranked page and the facets share one window (SQLite): the column
    queries ask for the forms and the filter alone, which is what made filtered searches cheaper."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL reads its window in bucket steps (test_newest_first_over_years_with_a_small_cap)")
    records = [make_record(f"养老保险第{n}号" if n % 2 else f"第{n}号通知", body="<p>养老保险待遇</p>", days_ago=n)
               for n in range(6)]
    with CaptureQueriesContext(connection) as queries:
        result = search("养老保险", agency=agency, facets=True)
    matching = [q["sql"] for q in queries.captured_queries if "MATCH" in q["sql"]]
    assert sum("json_group_array" in sql for sql in matching) == 1
    assert len(matching) == 3  # the window, then column title and column tags
    titled = [r.pk for r in records if r.title.startswith("养老")]
    assert [hit.record.pk for hit in result.hits] == titled + [r.pk for r in records if r.pk not in titled]
    assert result.total == 6 and dict(result.facets["agency"])[agency] == 6
