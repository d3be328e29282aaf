import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from zwgk.records import services
from zwgk.records.models import AuditEvent, ProtectedRecordError, Record

from .conftest import draft_data


def actions(record):
    return list(AuditEvent.objects.filter(record=record).order_by("id").values_list("action", flat=True))


def test_the_whole_path_from_draft_to_published_is_logged_and_revised(world, new_record):
    record = new_record("published")
    assert record.state == Record.State.PUBLISHED and record.published_at is not None
    assert actions(record) == ["create", "pi_confirm", "submit", "decide", "approve", "publish"] or \
        actions(record) == ["create", "submit", "decide", "approve", "publish"]
    assert record.revisions.count() == 5
    assert record.revisions.order_by("number").last().data["state"] == "published"


def test_an_editor_cannot_draft_under_another_units_item(world):
    with pytest.raises(PermissionDenied):
        services.create_record(world.item_b, world.editor_a, draft_data())


def test_staff_of_another_agency_cannot_touch_a_record(world, new_record):
    record = new_record("submitted")
    with pytest.raises(PermissionDenied):
        services.decide(record, world.other_admin, "主动公开")
    with pytest.raises(PermissionDenied):
        services.update_record(record, world.other_admin, {"title": "x"}, version=record.version)


def test_only_drafts_can_be_submitted(new_record, world):
    record = new_record("submitted")
    with pytest.raises(PermissionDenied):
        services.submit(record, world.editor_a, confirm_reason="x")


def test_an_editor_cannot_approve_or_publish(new_record, world):
    record = new_record("submitted")
    for call in (lambda: services.decide(record, world.editor_a, "主动公开"), lambda: services.approve(record, world.editor_a)):
        with pytest.raises(PermissionDenied):
            call()
    services.decide(record, world.reviewer, "主动公开")
    services.approve(record, world.reviewer)
    with pytest.raises(PermissionDenied):
        services.publish(record, world.editor_a)


def test_approval_needs_a_decision(new_record, world):
    record = new_record("submitted")
    with pytest.raises(services.WorkflowError, match="公开属性认定"):
        services.approve(record, world.reviewer)


def test_withholding_blocks_approval_and_publication(new_record, world):
    record = new_record("approved")
    with pytest.raises(services.WorkflowError, match="理由"):
        services.decide(record, world.reviewer, "不予公开")
    services.decide(record, world.reviewer, "不予公开", "涉及个人隐私")
    with pytest.raises(services.WorkflowError, match="不予公开"):
        services.publish(record, world.reviewer)
    record.refresh_from_db()
    assert record.state == Record.State.APPROVED and record.index_number is None
    assert actions(record)[-1] == "decide"


def test_reject_sends_the_record_back_to_draft_with_a_comment(new_record, world):
    record = new_record("submitted")
    with pytest.raises(services.WorkflowError):
        services.reject(record, world.reviewer, "  ")
    services.reject(record, world.reviewer, "请补充处罚依据")
    record.refresh_from_db()
    assert record.state == Record.State.DRAFT and record.review_comment == "请补充处罚依据"
    services.submit(record, world.editor_a, confirm_reason="")  # no PI in the test data
    assert record.state == Record.State.SUBMITTED


def test_scheduled_publishing_waits_for_its_time(new_record, world):
    record = new_record("approved")
    at = timezone.now() + datetime.timedelta(hours=2)
    services.publish(record, world.reviewer, at=at)
    record.refresh_from_db()
    assert record.state == Record.State.APPROVED and record.scheduled_at == at
    assert services.publish_due(timezone.now()) == []
    late_run = at + datetime.timedelta(hours=3)
    published = services.publish_due(late_run)
    assert [r.pk for r in published] == [record.pk]
    record.refresh_from_db()
    # A run three hours late publishes now: 发布日期 is when the public could first see it.
    assert record.state == Record.State.PUBLISHED and record.published_at == late_run and record.index_number


def test_withdraw_needs_a_reason_and_keeps_the_record(new_record, world):
    record = new_record("published")
    with pytest.raises(services.WorkflowError):
        services.withdraw(record, world.reviewer, "")
    services.withdraw(record, world.reviewer, "已被新文件替代")
    record.refresh_from_db()
    assert record.state == Record.State.WITHDRAWN and record.withdrawn_reason == "已被新文件替代"
    assert Record.objects.published().filter(pk=record.pk).exists()
    assert not Record.objects.visible_listing().filter(pk=record.pk).exists()
    with pytest.raises(PermissionDenied):
        services.withdraw(record, world.reviewer, "again")


def test_a_change_creates_a_revision_and_restarts_the_deadline(new_record, world):
    record = new_record("published")
    before_revisions = record.revisions.count()
    services.change(record, world.reviewer, {"title": "变更后的标题"}, version=record.version,
                    formed_on=datetime.date(2025, 11, 3), note="更正")
    record.refresh_from_db()
    assert record.state == Record.State.PUBLISHED and record.title == "变更后的标题"
    assert record.formed_on == datetime.date(2025, 11, 3) and record.changed_at is not None
    assert record.due_on is not None and record.due_on > datetime.date(2025, 11, 3)
    assert record.revisions.count() == before_revisions + 1
    assert actions(record)[-1] == "change"


def test_a_change_needs_the_change_date(new_record, world):
    record = new_record("published")
    with pytest.raises(services.WorkflowError):
        services.change(record, world.reviewer, {"title": "x"}, version=record.version, formed_on=None)


def test_a_stale_version_is_refused_and_the_first_save_is_kept(new_record, world):
    record = new_record()
    opened = record.version
    first = Record.objects.get(pk=record.pk)
    second = Record.objects.get(pk=record.pk)
    services.update_record(first, world.editor_a, {"title": "第一人的修改"}, version=opened)
    with pytest.raises(services.StaleVersion, match="该信息已被他人修改"):
        services.update_record(second, world.reviewer, {"title": "第二人的修改"}, version=opened)
    record.refresh_from_db()
    assert record.title == "第一人的修改" and record.version == opened + 1
    assert record.revisions.order_by("number").last().data["title"] == "第一人的修改"


def test_every_save_keeps_a_full_snapshot_and_revisions_can_be_compared(new_record, world):
    record = new_record()
    services.update_record(record, world.editor_a, {"body": "<p>第二版正文</p>"}, version=record.version)
    old, new = record.revisions.order_by("number")
    assert old.data["body"] == "<p>处罚决定全文</p>" and new.data["body"] == "<p>第二版正文</p>"
    diff = services.diff_revisions(old, new)
    assert [d["field"] for d in diff] == ["body"]
    assert "-<p>处罚决定全文</p>" in diff[0]["lines"] and "+<p>第二版正文</p>" in diff[0]["lines"]


def test_the_body_is_sanitised_on_save(new_record, world):
    record = new_record(body='<p onclick="x()">正文</p><script>alert(1)</script>')
    assert record.body == "<p>正文</p>"


def test_drafts_can_be_deleted_by_their_author_but_published_records_never(new_record, world):
    draft = new_record()
    with pytest.raises(PermissionDenied):
        services.delete_draft(draft, world.reviewer)
    pk = draft.pk
    services.delete_draft(draft, world.editor_a)
    assert not Record.objects.filter(pk=pk).exists()
    assert AuditEvent.objects.filter(action="delete", detail__record_id=pk).exists()

    published = new_record("published")
    with pytest.raises(PermissionDenied):
        services.delete_draft(published, world.admin)
    with pytest.raises(ProtectedRecordError):
        published.delete()


def test_the_audit_log_is_append_only(new_record):
    event = AuditEvent.objects.filter(record=new_record()).first()
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_submit_stops_on_personal_information_until_masked_or_confirmed(world):
    record = services.create_record(world.item_a, world.editor_a, draft_data(
        body="<p>当事人张某，身份证号64010419900101123X，电话13912345678。</p>",
        elements={"决定书文号": "银人社罚〔2025〕3号", "处罚日期": "2025-09-26", "案件名称": "联系 zhang@example.com"}))
    with pytest.raises(services.PIFound) as info:
        services.submit(record, world.editor_a)
    assert sorted((f.source, f.hit.kind) for f in info.value.findings) == [
        ("body", "id_card"), ("body", "mobile"), ("element:案件名称", "email")]

    services.mask_personal_info(record, world.editor_a, source="body", value="64010419900101123X", kind="id_card",
                                version=record.version)
    record.refresh_from_db()
    assert "6401**********123X" in record.body and "64010419900101123X" not in record.body
    services.mask_personal_info(record, world.editor_a, source="element:案件名称", value="zhang@example.com", kind="email")
    record.refresh_from_db()
    assert record.elements["案件名称"] == "联系 z***@example.com"
    assert [f.hit.kind for f in services.pi_findings(record)] == ["mobile"]

    services.submit(record, world.editor_a, confirm_reason="该号码为单位公开的举报电话")
    confirm = AuditEvent.objects.get(record=record, action="pi_confirm")
    assert confirm.detail["reason"] == "该号码为单位公开的举报电话"
    assert confirm.detail["hits"] == [{"source": "body", "kind": "mobile", "value": "139****5678"}]
    assert AuditEvent.objects.filter(record=record, action="pi_mask").count() == 2


def test_attachments_are_checked_and_their_text_is_scanned(world, new_record, settings, tmp_path):
    from .test_attachments import make_docx

    settings.MEDIA_ROOT = tmp_path
    record = new_record()
    with pytest.raises(services.attachment_checks.AttachmentError):
        services.add_attachment(record, world.editor_a, "通知.pdf", b"MZ not a pdf")
    attachment = services.add_attachment(record, world.editor_a, "名单.docx", make_docx("名单"))
    assert attachment.content_type.endswith("wordprocessingml.document") and "13912345678" in attachment.text
    findings = services.pi_findings(record)
    assert [(f.source, f.maskable) for f in findings] == [(f"attachment:{attachment.pk}", False)]
    with pytest.raises(services.WorkflowError):
        services.mask_personal_info(record, world.editor_a, source=findings[0].source, value="13912345678", kind="mobile")


def test_publishing_tells_search(world, new_record, monkeypatch, django_capture_on_commit_callbacks):
    import zwgk.search.index as index

    calls = []
    monkeypatch.setattr(index, "index_records", lambda records: calls.extend((r.pk, r.state) for r in records))
    record = new_record("approved")
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(record, world.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        services.change(record, world.reviewer, {"title": "新"}, version=record.version, formed_on=datetime.date(2025, 10, 9))
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(record, world.reviewer, "错误")
    assert calls == [(record.pk, "published"), (record.pk, "published"), (record.pk, "withdrawn")]


def test_the_publish_scheduled_command_publishes_due_records_and_makes_them_searchable(
    world, new_record, django_capture_on_commit_callbacks
):
    from io import StringIO

    from django.core.management import call_command

    from zwgk.search.query import search

    record = new_record("approved", title="定时发布的最低工资通知")
    services.publish(record, world.reviewer, at=timezone.now() + datetime.timedelta(hours=1))
    out = StringIO()
    call_command("publish_scheduled", stdout=out)  # not yet due
    record.refresh_from_db()
    assert record.state == Record.State.APPROVED and "共发布 0 条" in out.getvalue()

    Record.objects.filter(pk=record.pk).update(scheduled_at=timezone.now() - datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", stdout=out)
    record.refresh_from_db()
    assert record.state == Record.State.PUBLISHED and record.index_number in out.getvalue()
    assert record.events.filter(action="publish", user=None).exists()
    assert [hit.record.pk for hit in search("最低工资").hits] == [record.pk]


def test_an_editor_cannot_take_over_or_move_a_draft_of_another_unit(world, new_record):
    world.item_a.units.add(world.unit_b)
    draft_b = new_record(user=world.editor_b, unit=world.unit_b)
    with pytest.raises(PermissionDenied):
        services.update_record(draft_b, world.editor_a, {"title": "改"}, version=draft_b.version)
    draft_a = new_record(user=world.editor_a, unit=world.unit_a)
    with pytest.raises(PermissionDenied):
        services.update_record(draft_a, world.editor_a, {"unit": world.unit_b}, version=draft_a.version)
    draft_a.refresh_from_db()
    assert draft_a.unit_id == world.unit_a.pk
