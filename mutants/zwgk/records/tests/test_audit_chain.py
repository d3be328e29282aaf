"""The audit log is hash-chained; `zwgk verify-audit` finds the first broken link."""
import datetime

import pytest
from django.core.management import call_command
from django.db import connection

from zwgk.records.models import AuditEvent, AuditChainHead


def add_events(world, n, action="edit"):
    return [AuditEvent.objects.create(agency=world.agency, action=action, detail={"n": i, "字段": "标题"}, ip="10.0.0.1")
            for i in range(n)]


def verify(capsys):
    try:
        call_command("verify_audit")
    except SystemExit as exit:
        assert exit.code == 1
        return False, capsys.readouterr().err
    return True, capsys.readouterr().out


def test_an_untouched_log_verifies(world, capsys):
    add_events(world, 3)
    AuditEvent.objects.bulk_create([AuditEvent(agency=world.agency, action="import", detail={"row": i}) for i in range(4)])
    ok, out = verify(capsys)
    assert ok, out
    assert "共 7 条" in out


def test_events_are_chained_in_write_order(world):
    first, second = add_events(world, 2)
    assert second.prev_hash == first.hash
    assert AuditChainHead.objects.get().hash == second.hash
    imported = AuditEvent.objects.bulk_create([AuditEvent(agency=world.agency, action="import") for _ in range(2)])
    assert imported[0].prev_hash == second.hash and imported[1].prev_hash == imported[0].hash


def _raw_update(pk, column, value):
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE records_auditevent SET {column} = %s WHERE id = %s", [value, pk])


def test_an_edited_event_is_reported_as_the_first_break(world, capsys):
    events = add_events(world, 4)
    _raw_update(events[1].pk, "action", "publish")
    _raw_update(events[3].pk, "action", "withdraw")
    ok, err = verify(capsys)
    assert not ok
    assert f"事件 #{events[1].pk}" in err and "被修改" in err


def test_a_changed_detail_or_ip_breaks_the_chain(world, capsys):
    events = add_events(world, 2)
    _raw_update(events[0].pk, "ip", "10.9.9.9")
    ok, err = verify(capsys)
    assert not ok and f"事件 #{events[0].pk}" in err


def test_a_deleted_event_breaks_the_link_of_the_next_one(world, capsys):
    events = add_events(world, 3)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM records_auditevent WHERE id = %s", [events[1].pk])
    ok, err = verify(capsys)
    assert not ok
    assert f"事件 #{events[2].pk}" in err and "删除" in err


def test_deleting_the_newest_event_is_caught_by_the_head(world, capsys):
    events = add_events(world, 3)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM records_auditevent WHERE id = %s", [events[2].pk])
    ok, err = verify(capsys)
    assert not ok and "链尾" in err


def test_deleting_a_draft_keeps_its_events_verifiable(world, capsys, django_user_model):
    from zwgk.records.models import Record

    record = Record.objects.create(agency=world.agency, item=world.item_a, unit=world.unit_a, title="草稿",
                                   formed_on=datetime.date(2025, 3, 1))
    AuditEvent.objects.create(record=record, agency=world.agency, action="create")
    record.delete()
    ok, out = verify(capsys)
    assert ok, out


def test_events_cannot_be_changed_through_the_model(world):
    event = add_events(world, 1)[0]
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
