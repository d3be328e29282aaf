"""The workflow table (Record.TRANSITIONS) and the writes that must go through it."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from zwgk.records import rules, services
from zwgk.records.models import TRANSITIONS, Record

S = Record.State


def test_every_state_changing_action_leads_to_one_state():
    actions = {action for _, action in TRANSITIONS}
    for action in actions:
        sources = [s for (s, a) in TRANSITIONS if a == action]
        targets = {TRANSITIONS[(s, action)].target for s in sources}
        keeps = all(TRANSITIONS[(s, action)].target == s for s in sources)
        assert keeps or len(targets) == 1, action


def test_the_table_states_the_workflow():
    assert Record.sources("publish") == [S.APPROVED] and Record.transition(S.APPROVED, "publish").target == S.PUBLISHED
    assert set(Record.sources("reject")) == {S.SUBMITTED, S.APPROVED}
    assert Record.transition(S.PUBLISHED, "edit") is None and Record.transition(S.WITHDRAWN, "withdraw") is None
    assert Record.transition(None, "import_published").target == S.PUBLISHED


def test_permissions_are_read_from_the_table(world, new_record, monkeypatch):
    from zwgk.records import models

    record = new_record("submitted")
    assert rules.can_review(world.reviewer, record) and not rules.can_review(world.editor_a, record)
    # Letting unit editors decide, in the table alone, changes the permission check.
    monkeypatch.setitem(models.TRANSITIONS, (S.SUBMITTED, "decide"), models.Transition(S.SUBMITTED, models.UNIT, "认定"))
    assert rules.can_review(world.editor_a, record)


def test_services_refuse_an_action_from_a_state_the_table_does_not_allow(world, new_record):
    record = new_record("published")
    record.state = S.APPROVED  # a stale copy: the database says published
    with pytest.raises(services.WorkflowError, match="已发布"):
        services.publish(record, None)


def test_a_past_schedule_time_is_refused_by_the_service_and_shown_on_the_field(client, world, new_record):
    record = new_record("approved")
    past = timezone.now() - datetime.timedelta(hours=1)
    with pytest.raises(services.ScheduleRefused):
        services.publish(record, world.reviewer, at=past)
    client.force_login(world.reviewer)
    response = client.post(reverse("records:publish", args=[record.pk]),
                           {"scheduled_at": timezone.localtime(past).strftime("%Y-%m-%dT%H:%M")})
    assert "定时发布时间必须晚于现在" in response.content.decode()
    assert response.context["form"].errors["scheduled_at"]
    record.refresh_from_db()
    assert record.state == S.APPROVED and record.scheduled_at is None


def test_the_system_may_publish_at_the_time_it_runs(world, new_record):
    record = new_record("approved")
    now = timezone.now()
    services.publish(record, None, at=now, now=now)
    assert record.state == S.PUBLISHED and record.published_at == now


# ---------------------------------------------------------------- attachments through the versioned write


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_an_upload_bumps_the_version_adds_a_revision_and_is_refused_when_stale(world, new_record, media):
    from .test_attachments import make_pdf

    record = new_record()
    version, revisions = record.version, record.revisions.count()
    attachment = services.add_attachment(record, world.editor_a, "通知.pdf", make_pdf("x"), version=version)
    record.refresh_from_db()
    assert record.version == version + 1 and record.revisions.count() == revisions + 1
    assert record.revisions.last().data["attachments"] == [{"id": attachment.pk, "name": attachment.name, "size": attachment.size}]
    with pytest.raises(services.StaleVersion):
        services.add_attachment(record, world.editor_a, "第二份.pdf", make_pdf("y"), version=version)
    assert record.attachments.count() == 1  # the refused upload rolled back


def test_a_file_element_upload_in_the_form_is_one_versioned_write_per_file(client, world, new_record, media):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zwgk.catalog.models import Element

    from .test_attachments import make_pdf

    record = new_record()
    element = Element.objects.get(item=world.item_a, name="处罚决定书")
    client.force_login(world.editor_a)
    form = client.get(reverse("records:edit", args=[record.pk])).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k not in ("unit", "elements")}
    data.update({f"el_{e.pk}": v for e in world.item_a.elements.all() if (v := record.elements.get(e.name)) is not None})
    data.update({"version": record.version, "formed_on": "2025-09-26", "unit": world.unit_a.pk,
                 f"el_{element.pk}": SimpleUploadedFile("决定书.pdf", make_pdf("decision"))})
    response = client.post(reverse("records:edit", args=[record.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    record.refresh_from_db()
    attachment = record.attachments.get()
    assert record.elements["处罚决定书"] == [attachment.pk]
    notes = list(record.revisions.values_list("note", flat=True))
    assert notes[-2:] == ["保存", f"上传附件：{attachment.name}"]
    assert record.revisions.last().data["elements"]["处罚决定书"] == [attachment.pk]


def test_removing_a_file_takes_it_out_of_its_element(world, new_record, media):
    from .test_attachments import make_pdf

    record = new_record()
    attachment = services.add_attachment(record, world.editor_a, "决定书.pdf", make_pdf("x"), element="处罚决定书")
    assert record.elements["处罚决定书"] == [attachment.pk]
    services.remove_attachment(attachment, world.editor_a, version=record.version)
    record.refresh_from_db()
    assert record.elements["处罚决定书"] == [] and record.revisions.last().note == "删除附件：决定书.pdf"
