"""The 正文 through the pages: typed paragraphs on the portal and staff pages."""
import datetime
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from zwgk.links import record_url
from zwgk.records import services
from zwgk.records.models import Attachment, AuditEvent, PendingBody, Record
from zwgk.records.tests.test_views import form_post

FOUR = "第一段：申报条件。\r\n\r\n第二段：申报材料。\r\n\r\n第三段：评审程序。\r\n\r\n第四段：联系方式。"


def _publish(record, world):
    """Submit, decide, approve and publish as the editor and the reviewer would."""
    services.submit(record, world.editor_a, confirm_reason="测试")
    services.decide(record, world.reviewer, "主动公开")
    services.approve(record, world.reviewer)
    services.publish(record, world.reviewer)


def _paragraphs(page: str) -> list[str]:
    body = re.search(r'<div class="record-body">(.*?)</div>', page, re.S).group(1)
    return re.findall(r"<p>(.*?)</p>", body, re.S)


def test_four_typed_paragraphs_are_four_paragraphs_on_the_staff_page_and_the_portal(client, world):
    client.force_login(world.editor_a)
    client.post(reverse("records:create", args=[world.item_a.pk]), form_post(world, body=FOUR))
    record = Record.objects.get()
    staff = client.get(reverse("records:detail", args=[record.pk])).content.decode()
    assert _paragraphs(staff) == ["第一段：申报条件。", "第二段：申报材料。", "第三段：评审程序。", "第四段：联系方式。"]
    # The edit form shows the stored HTML, and saving it again changes nothing.
    edit = client.get(reverse("records:edit", args=[record.pk])).content.decode()
    assert "&lt;p&gt;第一段：申报条件。&lt;/p&gt;" in edit
    client.post(reverse("records:edit", args=[record.pk]), form_post(world, record, body=record.body))
    assert Record.objects.get().body == record.body
    record.refresh_from_db()
    _publish(record, world)
    client.logout()
    portal = client.get(record_url(record))
    assert portal.status_code == 200
    assert _paragraphs(portal.content.decode()) == ["第一段：申报条件。", "第二段：申报材料。", "第三段：评审程序。", "第四段：联系方式。"]


# --------------------------------------------------------------------------- DOCX as the body


def png_bytes(width=4, height=3) -> bytes:
    raw = b"".join(b"\x00" + b"\xc0\x10\x10" * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_docx(picture=True) -> bytes:
    """A 公文 as an officer writes it in Word: title, headings, a numbered list, a table, a picture."""
    import docx
    from docx.shared import Inches, RGBColor

    document = docx.Document()
    document.add_heading("关于做好职称评审工作的通知", 1)
    run = document.add_paragraph().add_run("各县（市、区）人力资源和社会保障局：")
    run.font.name, run.font.color.rgb = "仿宋_GB2312", RGBColor(0xC0, 0, 0)
    document.add_heading("一、申报范围", 2)
    document.add_paragraph("专业技术人员", style="List Number")
    document.add_paragraph("自由职业者", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "系列", (0, 1): "截止日期", (1, 0): "工程", (1, 1): "2025-10-31"}.items():
        table.cell(r, c).text = text
    if picture:
        document.add_paragraph().add_run().add_picture(io.BytesIO(png_bytes()), width=Inches(1))
    document.add_paragraph("特此通知。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bomb_docx() -> bytes:
    """A DOCX-shaped zip whose document.xml inflates ~1000:1 (80 MB of one byte)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            block = b"<w:t>" + b"A" * (1 << 20)
            for _ in range(80):
                entry.write(block)
    return out.getvalue()


def docx_upload(data=None, name="关于做好职称评审工作的通知.docx"):
    return SimpleUploadedFile(name, make_docx() if data is None else data,
                              content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _upload_on_edit(client, world, record, data=None, **overrides):
    return client.post(reverse("records:edit", args=[record.pk]),
                       {**form_post(world, record, title="职称评审通知", **overrides), "body_docx": docx_upload(data)})


def test_a_docx_is_previewed_and_nothing_is_written_before_confirmation(client, world, new_record, media):
    record = new_record()
    before = (record.body, record.version, record.revisions.count(), AuditEvent.objects.count())
    client.force_login(world.editor_a)
    response = _upload_on_edit(client, world, record)
    pending = PendingBody.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("records:body_preview", args=[pending.token])
    record.refresh_from_db()
    assert (record.body, record.version, record.revisions.count(), AuditEvent.objects.count()) == before
    assert not record.attachments.exists() and record.title != "职称评审通知"
    assert not media.exists() or not [p for p in media.rglob("*") if p.is_file()]
    page = client.get(response["Location"]).content.decode()
    assert "<h2>关于做好职称评审工作的通知</h2>" in page and "<h3>一、申报范围</h3>" in page
    assert "<td>系列</td>" in page and "<li>专业技术人员</li>" in page and "尚未保存" in page
    assert "正文图片1.png" in page and "仿宋" not in page and "<img" not in page.split('class="record-body"')[1]


def test_confirming_stores_the_body_the_original_and_the_pictures_through_one_versioned_save(client, world, new_record, media):
    record = new_record()
    version, revisions = record.version, record.revisions.count()
    client.force_login(world.editor_a)
    token = _upload_on_edit(client, world, record)["Location"].rstrip("/").rsplit("/", 1)[1]
    response = client.post(reverse("records:body_preview", args=[token]), {"action": "confirm"}, REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 302 and response["Location"] == reverse("records:detail", args=[record.pk])
    record.refresh_from_db()
    original = record.attachments.get(role=Attachment.Role.BODY_SOURCE)
    picture = record.attachments.get(role=Attachment.Role.BODY_PICTURE)
    assert original.name == "关于做好职称评审工作的通知.docx" and "专业技术人员" in original.text
    assert picture.content_type == "image/png" and picture.file.read() == png_bytes()
    assert record.title == "职称评审通知"  # the form's other values are saved with the body
    assert "<h2>关于做好职称评审工作的通知</h2>" in record.body and "<table>" in record.body and "<ol>" in record.body
    assert f'src="/{world.agency.slug}/file/{picture.pk}/"' in record.body and "style" not in record.body
    assert record.version == version + 1 and record.revisions.count() == revisions + 1
    latest = record.revisions.order_by("-number").first()
    assert latest.note == f"导入 DOCX 正文：{original.name}" and latest.data["body"] == record.body
    assert {a["name"] for a in latest.data["attachments"]} == {original.name, picture.name}
    events = AuditEvent.objects.filter(record=record, action__in=["attach", "docx_body", "update"])
    assert sorted(e.action for e in events) == ["attach", "attach", "docx_body", "update"]
    assert all(e.user == world.editor_a and e.ip == "10.0.0.7" for e in events)
    assert not PendingBody.objects.exists()
    # Staff pages show the picture through the staff attachment view (the record is not public yet).
    staff_src = reverse("records:attachment", args=[record.pk, picture.pk])
    detail = client.get(reverse("records:detail", args=[record.pk])).content.decode()
    assert f'src="{staff_src}"' in detail and "正文原件" in detail
    assert b"".join(client.get(staff_src).streaming_content) == png_bytes()


def test_a_new_record_from_a_docx_is_created_only_on_confirmation(client, world, media):
    client.force_login(world.editor_a)
    response = client.post(reverse("records:create", args=[world.item_a.pk]),
                           {**form_post(world, title="新建的通知"), "body_docx": docx_upload()})
    assert response.status_code == 302 and not Record.objects.exists()
    client.post(response["Location"], {"action": "confirm"})
    record = Record.objects.get()
    assert record.title == "新建的通知" and "<h2>关于做好职称评审工作的通知</h2>" in record.body
    assert [r.note for r in record.revisions.order_by("number")] == ["创建草稿", "导入 DOCX 正文：关于做好职称评审工作的通知.docx"]
    assert record.attachments.count() == 2


def test_cancelling_discards_the_conversion(client, world, new_record, media):
    record = new_record()
    client.force_login(world.editor_a)
    preview = _upload_on_edit(client, world, record)["Location"]
    response = client.post(preview, {"action": "cancel"})
    assert response.status_code == 302 and response["Location"] == reverse("records:edit", args=[record.pk])
    assert not PendingBody.objects.exists() and not record.attachments.exists()
    assert client.get(preview).status_code == 404


@pytest.mark.parametrize("who", ["editor_b", "reviewer", "admin", "other_admin"])
def test_another_user_can_neither_see_nor_confirm_the_preview(client, world, new_record, media, who):
    record = new_record()
    client.force_login(world.editor_a)
    preview = _upload_on_edit(client, world, record)["Location"]
    client.force_login(getattr(world, who))
    assert client.get(preview).status_code == 404
    assert client.post(preview, {"action": "confirm"}).status_code == 404
    assert client.post(preview, {"action": "cancel"}).status_code == 404
    record.refresh_from_db()
    assert not record.attachments.exists() and PendingBody.objects.count() == 1


def test_an_expired_preview_cannot_be_confirmed(client, world, new_record, media):
    record = new_record()
    client.force_login(world.editor_a)
    preview = _upload_on_edit(client, world, record)["Location"]
    PendingBody.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.post(preview, {"action": "confirm"}).status_code == 404
    assert not record.attachments.exists()


def test_a_stale_preview_is_refused_and_writes_no_file(client, world, new_record, media):
    record = new_record()
    client.force_login(world.editor_a)
    preview = _upload_on_edit(client, world, record)["Location"]
    services.update_record(record, world.editor_a, {"title": "别人先保存"}, version=record.version)
    page = client.post(preview, {"action": "confirm"}).content.decode()
    assert "该信息已被他人修改" in page
    record.refresh_from_db()
    assert record.title == "别人先保存" and not record.attachments.exists()
    assert not [p for p in media.rglob("*") if p.is_file()]  # refused before any file was stored


@pytest.mark.parametrize("data,message", [
    (bomb_docx(), "疑似压缩炸弹"),
    (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "不是 DOCX"),
    (b"just some text, not a document", "不支持的文件类型"),
])
def test_a_hostile_or_wrong_file_is_refused_on_the_form_with_a_reason(client, world, new_record, media, data, message):
    record = new_record()
    client.force_login(world.editor_a)
    response = _upload_on_edit(client, world, record, data=data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and "从 DOCX 导入正文" in page
    assert not PendingBody.objects.exists() and not record.attachments.exists()


def test_a_docx_over_the_size_limit_is_refused(client, world, new_record, media, settings):
    settings.ATTACHMENT_MAX_BYTES = 20 * 1024
    record = new_record()
    client.force_login(world.editor_a)
    data = make_docx()
    assert len(data) > settings.ATTACHMENT_MAX_BYTES
    page = _upload_on_edit(client, world, record, data=data).content.decode()
    assert "超过上限" in page and not PendingBody.objects.exists()


def test_the_published_page_shows_the_picture_and_lists_the_original_not_the_picture(client, world, new_record, media):
    record = new_record()
    client.force_login(world.editor_a)
    client.post(_upload_on_edit(client, world, record)["Location"], {"action": "confirm"})
    record.refresh_from_db()
    _publish(record, world)
    client.logout()
    page = client.get(record_url(record)).content.decode()
    picture = record.attachments.get(role=Attachment.Role.BODY_PICTURE)
    src = f"/{world.agency.slug}/file/{picture.pk}/"
    assert f'src="{src}"' in page and "关于做好职称评审工作的通知.docx" in page and "正文图片1.png" not in page
    response = client.get(src)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"


# --------------------------------------------------------------------------- pasting, the form, the reviewer

FIXTURES = Path(__file__).parent / "fixtures"


def test_pasted_word_html_comes_back_clean(client, world):
    client.force_login(world.editor_a)
    word = (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8")
    response = client.post(reverse("records:clean_body"), word.encode(), content_type="text/html; charset=utf-8")
    html = response.json()["html"]
    assert response.status_code == 200 and "<h3>一、申报范围</h3>" in html and "<table>" in html
    assert "mso" not in html and "仿宋" not in html and "<o:p" not in html
    assert client.get(reverse("records:clean_body")).status_code == 405
    client.force_login(world.nobody)  # a login without any agency role
    assert client.post(reverse("records:clean_body"), word.encode(), content_type="text/html").status_code == 403
    client.logout()
    assert client.post(reverse("records:clean_body"), word.encode(), content_type="text/html").status_code == 302


def test_the_form_loads_the_paste_script_from_a_static_file_under_the_csp(client, world):
    client.force_login(world.editor_a)
    response = client.get(reverse("records:create", args=[world.item_a.pk]))
    page = response.content.decode()
    assert re.search(r'<script src="[^"]*zwgk/body-paste\.js" defer></script>', page)
    assert not re.search(r"<script(?![^>]*\bsrc=)", page) and " style=" not in page
    assert f'data-clean-url="{reverse("records:clean_body")}"' in page and 'name="body_docx"' in page
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_reviewer_sees_the_whole_record_beside_the_decision(client, world, new_record, media):
    record = new_record(body="第一段。\n\n第二段。", summary="概述文字")
    services.add_attachment(record, world.editor_a, "决定书.png", png_bytes(), version=record.version)
    services.submit(record, world.editor_a, confirm_reason="测试")
    client.force_login(world.reviewer)
    page = client.get(reverse("records:review", args=[record.pk])).content.decode()
    content = page.split('id="content-h"')[1].split('id="decide-h"')[0]
    assert "<p>第一段。</p>" in content and "<p>第二段。</p>" in content and "概述文字" in content
    assert "决定书文号" in content and "银人社罚〔2025〕3号" in content and "2025-09-26" in content
    assert "决定书.png" in content and reverse("records:attachment", args=[record.pk, record.attachments.get().pk]) in content
    assert 'name="d-decision"' in page.split('id="decide-h"')[1]


def test_a_published_record_changed_from_a_docx_is_one_change_with_its_note(client, world, new_record, media):
    record = new_record("published")
    index_number, revisions = record.index_number, record.revisions.count()
    client.force_login(world.reviewer)
    response = client.post(reverse("records:change", args=[record.pk]), {
        **form_post(world, record, title=record.title), "change_date": "2025-10-09", "change_note": "更正正文",
        "body_docx": docx_upload()})
    assert response.status_code == 302 and "/body/docx/" in response["Location"]
    client.post(response["Location"], {"action": "confirm"})
    record.refresh_from_db()
    assert record.state == Record.State.PUBLISHED and record.index_number == index_number
    assert record.formed_on == datetime.date(2025, 10, 9) and "<table>" in record.body
    assert record.revisions.count() == revisions + 1
    assert record.revisions.order_by("-number").first().note == "变更：更正正文"
    assert AuditEvent.objects.filter(record=record, action="change").count() == 1
    assert set(record.attachments.values_list("role", flat=True)) == {"正文原件", "正文图片"}
