"""Date order stays exact whatever order records are published in (SQLite keeps it in its row ids)."""
import os
from datetime import timedelta

import pytest
from django.utils import timezone

from zwgk.records.models import Record
from zwgk.search import backends
from zwgk.search.index import check, index_records, rebuild, remove_records, update_record
from zwgk.search.query import search

pytestmark = pytest.mark.django_db


def by_date(q="养老"):
    return [hit.record.pk for hit in search(q, sort="date", page_size=1000).hits]


def newest_first(records):
    return [r.pk for r in sorted(records, key=lambda r: (int(r.published_at.timestamp()), r.pk), reverse=True)]


@pytest.fixture
def tight_slots(monkeypatch):
    # A gap of 2 is used up by the first record squeezed in: every later one moves its neighbours.
    monkeypatch.setattr(backends.SQLiteBackend, "SLOT_GAP", 2)


def test_records_squeezed_between_two_others_keep_date_order(make_record, tight_slots):
    now = timezone.now()
    records = [make_record("养老保险最早", published_at=now - timedelta(days=400)),
               make_record("养老保险最新", published_at=now - timedelta(days=1))]
    for n in range(60):
        # Always just after the oldest: each one lands in the same, ever smaller gap.
        records.append(make_record(f"养老保险第{n}条", published_at=now - timedelta(days=399, seconds=n * 60)))
    assert by_date() == newest_first(records)
    assert search("养老保险第5条").total == 1
    assert check() == []


def test_out_of_order_batches_updates_and_removals_keep_date_order(make_record, tight_slots):
    import random

    rng = random.Random(7)
    now = timezone.now()
    # Distinct minutes: ties are ordered by id, which is not what this test is about.
    minutes = rng.sample(range(1, 5000), 120 + 18)
    records = [make_record(f"养老通知{n}", index=False, published_at=now - timedelta(minutes=minutes[n]))
               for n in range(120)]
    index_records(records[:40])
    for record in records[40:80]:
        update_record(record)
    index_records([r.pk for r in records[80:]])
    assert by_date() == newest_first(records)
    moved = records[::7]
    for record, minute in zip(moved, minutes[120:]):
        record.published_at = now - timedelta(minutes=minute)
        record.save()
    index_records(moved)
    gone = records[3::11]
    remove_records(gone)
    kept = [r for r in records if r not in gone]
    assert by_date() == newest_first(kept)
    assert sorted(p.record_id for p in check()) == sorted(r.pk for r in gone)  # visible, not indexed
    Record.objects.filter(pk__in=[r.pk for r in gone]).delete()
    assert check() == []
    rebuild()
    assert by_date() == newest_first(kept)
    assert check() == []


def test_a_rebuild_prepared_in_worker_processes_is_the_same_index(make_record, monkeypatch):
    from django.db import connection

    from zwgk.search import index

    if not hasattr(backends.backend_for(connection), "prepare"):
        pytest.skip("this backend prepares its batches in the rebuild's own process")

    now = timezone.now()
    records = [make_record(f"养老保险通知{n}", body=f"<p>第{n}号 职称评审</p>", published_at=now - timedelta(hours=n))
               for n in range(30)]
    monkeypatch.setattr(index, "PARALLEL_MIN_RECORDS", 0)
    monkeypatch.setattr(index, "REBUILD_BATCH_SIZE", 4)  # several batches in flight
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))  # two idle CPUs
    pools = []
    make_pool = index._pool
    monkeypatch.setattr(index, "_pool", lambda: pools.append(make_pool()) or pools[-1])
    assert rebuild() == 30
    assert pools and pools[0] is not None
    assert check() == []
    assert by_date() == newest_first(records)
    assert search("职称评审").total == 30
