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
    monkeypatch.setattr(index, "idle_cpus", lambda: 2.0)
    pools = []
    make_pool = index._pool
    monkeypatch.setattr(index, "_pool", lambda: pools.append(make_pool()) or pools[-1])
    assert rebuild() == 30
    assert pools and pools[0] is not None
    assert check() == []
    assert by_date() == newest_first(records)
    assert search("职称评审").total == 30


def _stat(user, idle, cpus=2):
    return f"cpu  {int(user)} 0 0 {int(idle)} 0 0 0 0 0 0\n" + "".join(f"cpu{n} 0 0 0 0 0 0 0 0 0 0\n" for n in range(cpus))


@pytest.mark.parametrize("busy_share, expected", [(0.0, 2.0), (0.5, 1.0), (1.0, 0.0)])
def test_idle_cpus_is_the_idle_share_between_two_readings(tmp_path, monkeypatch, busy_share, expected):
    from zwgk.search import index

    stat = tmp_path / "stat"
    stat.write_text(_stat(user=5000, idle=1000))  # the history before the readings does not count
    # Between the readings: 200 jiffies over both CPUs, busy_share of them working.
    monkeypatch.setattr("time.sleep", lambda s: stat.write_text(_stat(5000 + 200 * busy_share, 1000 + 200 * (1 - busy_share))))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert index.idle_cpus(stat_path=stat) == pytest.approx(expected)


def test_idle_cpus_falls_back_to_the_load_average_without_proc_stat(tmp_path, monkeypatch):
    from zwgk.search import index

    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 0.0, 0.0))
    assert index.idle_cpus(sample_seconds=0, stat_path=tmp_path / "missing") == pytest.approx(2.5)


def test_a_busy_machine_rebuilds_in_one_process(monkeypatch):
    from zwgk.search import index

    monkeypatch.setattr(index, "idle_cpus", lambda: 1.2)  # of two CPUs, one is at work elsewhere
    assert index._pool() is None
