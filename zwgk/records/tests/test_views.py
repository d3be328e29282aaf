import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from zwgk.records import services
from zwgk.records.models import AuditEvent, Record


def element_field(world, name):
    return f"el_{world.item_a.elements.get(name=name).pk}"


def form_post(world, record=None, **overrides):
    data = {"title": "处罚决定", "formed_on": "2025-09-26", "validity": "有效", "disclosure_scope": "面向社会",
            "unit": world.unit_a.pk, "body": "<p>正文</p>",
            element_field(world, "决定书文号"): "银人社罚〔2025〕3号", element_field(world, "处罚日期"): "2025-09-26"}
    if record is not None:
        data["version"] = record.version
    data.update(overrides)
    return data


def test_an_editor_creates_a_draft_through_the_generated_form(client, world):
    client.force_login(world.editor_a)
    page = client.get(reverse("records:create", args=[world.item_a.pk])).content.decode()
    assert "决定书文号" in page and 'for="id_title"' in page
    response = client.post(reverse("records:create", args=[world.item_a.pk]), form_post(world), REMOTE_ADDR="10.1.2.3")
    record = Record.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("records:detail", args=[record.pk])
    assert record.elements["决定书文号"] == "银人社罚〔2025〕3号" and record.unit == world.unit_a
    event = AuditEvent.objects.get(record=record, action="create")
    assert (event.user, event.ip) == (world.editor_a, "10.1.2.3")


def test_a_second_editor_with_a_stale_form_gets_a_clear_message_and_the_first_save_survives(client, world, new_record):
    record = new_record()
    client.force_login(world.editor_a)
    stale_version = record.version
    client.post(reverse("records:edit", args=[record.pk]), form_post(world, record, title="第一次保存"))
    response = client.post(reverse("records:edit", args=[record.pk]), form_post(world, title="第二次保存", version=stale_version))
    assert response.status_code == 200
    page = response.content.decode()
    assert "该信息已被他人修改" in page and "第二次保存" in page  # the user's input is still on screen
    record.refresh_from_db()
    assert record.title == "第一次保存"


def test_the_submit_page_shows_hits_in_context_and_masks_with_one_click(client, world, new_record):
    record = new_record(body="<p>当事人身份证号64010419900101123X，请核对。</p>")
    client.force_login(world.editor_a)
    page = client.get(reverse("records:submit", args=[record.pk])).content.decode()
    assert "居民身份证号" in page and "<mark>64010419900101123X</mark>" in page and "6401**********123X" in page
    response = client.post(reverse("records:mask", args=[record.pk]),
                           {"source": "body", "kind": "id_card", "value": "64010419900101123X", "version": record.version})
    assert response.status_code == 302
    record.refresh_from_db()
    assert "6401**********123X" in record.body
    client.post(reverse("records:submit", args=[record.pk]), {"version": record.version})
    record.refresh_from_db()
    assert record.state == Record.State.SUBMITTED


def test_submitting_with_unresolved_hits_needs_a_reason(client, world, new_record):
    record = new_record(body="<p>电话13912345678</p>")
    client.force_login(world.editor_a)
    response = client.post(reverse("records:submit", args=[record.pk]), {"version": record.version})
    assert response.status_code == 200 and "疑似个人信息" in response.content.decode()
    record.refresh_from_db()
    assert record.state == Record.State.DRAFT
    client.post(reverse("records:submit", args=[record.pk]), {"version": record.version, "confirm_reason": "公开的咨询电话"})
    record.refresh_from_db()
    assert record.state == Record.State.SUBMITTED


def test_a_reviewer_decides_approves_publishes_and_withdraws(client, world, new_record):
    record = new_record("submitted")
    client.force_login(world.reviewer)
    url = reverse("records:review", args=[record.pk])
    client.post(url, {"step": "decide", "d-decision": "主动公开", "d-reason": ""})
    client.post(url, {"step": "review", "r-action": "approve", "r-comment": "同意"})
    client.post(reverse("records:publish", args=[record.pk]), {"scheduled_at": ""})
    record.refresh_from_db()
    assert record.state == Record.State.PUBLISHED and record.index_number.startswith("11640100MB1234567X/")
    client.post(reverse("records:withdraw", args=[record.pk]), {"reason": "文件已废止"})
    record.refresh_from_db()
    assert record.state == Record.State.WITHDRAWN
    page = client.get(reverse("records:detail", args=[record.pk])).content.decode()
    assert "文件已废止" in page and "撤回" in page and "审核通过" in page


def test_a_reviewer_can_schedule_publication(client, world, new_record):
    record = new_record("approved")
    client.force_login(world.reviewer)
    at = timezone.localtime() + datetime.timedelta(days=1)
    client.post(reverse("records:publish", args=[record.pk]), {"scheduled_at": at.strftime("%Y-%m-%dT%H:%M")})
    record.refresh_from_db()
    assert record.state == Record.State.APPROVED and record.scheduled_at is not None
    Record.objects.filter(pk=record.pk).update(scheduled_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    record.refresh_from_db()
    assert record.state == Record.State.PUBLISHED


def test_the_change_form_restarts_the_deadline(client, world, new_record):
    record = new_record("published")
    client.force_login(world.reviewer)
    data = form_post(world, record, title="变更后的名称", change_date="2025-11-03", change_note="更正名称")
    response = client.post(reverse("records:change", args=[record.pk]), data)
    assert response.status_code == 302, response.content.decode()
    record.refresh_from_db()
    assert record.title == "变更后的名称" and record.formed_on == datetime.date(2025, 11, 3)


def test_the_diff_page_shows_what_changed(client, world, new_record):
    record = new_record()
    services.update_record(record, world.editor_a, {"title": "新名称"}, version=record.version)
    client.force_login(world.editor_a)
    page = client.get(reverse("records:diff", args=[record.pk]), {"a": 1, "b": 2}).content.decode()
    assert "名称" in page and "<ins>+新名称</ins>" in page


def test_the_list_shows_the_timeliness_badge(client, world, new_record):
    new_record(title="带时效的草稿")
    client.force_login(world.reviewer)
    page = client.get(reverse("records:list"), {"state": "draft"}).content.decode()
    assert "带时效的草稿" in page and 'class="badge' in page


def test_an_uploaded_file_is_refused_by_content(client, world, new_record, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .test_attachments import make_pdf

    settings.MEDIA_ROOT = tmp_path
    record = new_record()
    client.force_login(world.editor_a)
    url = reverse("records:attachment_add", args=[record.pk])
    client.post(url, {"file": SimpleUploadedFile("通知.pdf", b"MZ\x90 program")})
    assert record.attachments.count() == 0
    client.post(url, {"file": SimpleUploadedFile("通知.pdf", make_pdf("Notice"))})
    attachment = record.attachments.get()
    response = client.get(reverse("records:attachment", args=[record.pk, attachment.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_masking_rewrites_earlier_revisions_so_the_diff_page_no_longer_shows_the_number(client, world, new_record):
    record = new_record(body="<p>当事人身份证号640104 19900101 123X，请核对。</p>")
    services.update_record(record, world.editor_a, {"title": "改过标题"}, version=record.version)
    record.refresh_from_db()
    services.mask_personal_info(record, world.editor_a, source="body", value="640104 19900101 123X", kind="id_card",
                                version=record.version)
    client.force_login(world.editor_a)
    page = client.get(reverse("records:diff", args=[record.pk]) + "?a=1&b=2").content.decode()
    assert "版本比较" in page and "19900101" not in page
    assert all("19900101" not in str(r.data) and "6401**********123X" in r.data["body"] for r in record.revisions.all())
    first = record.revisions.get(number=1)
    assert "遮盖了此版本中的居民身份证号" in first.note and world.editor_a.username in first.note
    assert AuditEvent.objects.get(record=record, action="pi_mask").detail["revisions"] == 2


def test_the_form_offers_the_standard_topics_and_preselects_the_editors_only_unit(client, world):
    client.force_login(world.editor_a)
    page = client.get(reverse("records:create", args=[world.item_a.pk])).content.decode()
    assert '<option value="劳动、人事、监察">劳动、人事、监察</option>' in page
    assert f'<option value="{world.unit_a.pk}" selected>' in page
    response = client.post(reverse("records:create", args=[world.item_a.pk]), form_post(world, topic="自拟分类"))
    assert response.status_code == 200 and "topic" in response.context["form"].errors


def test_a_published_record_links_to_its_portal_page(client, world, new_record):
    record = new_record("published")
    client.force_login(world.editor_a)
    page = client.get(reverse("records:detail", args=[record.pk])).content.decode()
    assert f'href="/{world.agency.slug}/record/{record.index_number}/">在门户网站查看</a>' in page


def test_date_boxes_show_and_read_iso_dates_whatever_the_browsers_language(client, world, new_record):
    import re

    record = new_record(formed_on=datetime.date(2025, 9, 26))
    client.force_login(world.editor_a)
    url = reverse("records:edit", args=[record.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    for name in ("formed_on", element_field(world, "处罚日期")):
        box = re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)
        # A text box, not type="date" (which the browser shows as 09/26/2025 on an English system).
        assert 'type="text"' in box and 'value="2025-09-26"' in box and 'placeholder="YYYY-MM-DD"' in box, box
    client.post(url, form_post(world, record, formed_on="2025/10/8", **{element_field(world, "处罚日期"): "2025年10月9日"}))
    record.refresh_from_db()
    assert record.formed_on == datetime.date(2025, 10, 8) and record.elements["处罚日期"] == "2025-10-09"
    assert 'value="2025-10-08"' in client.get(url).content.decode()
