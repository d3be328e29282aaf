"""The 正文 through the pages: typed paragraphs on the portal and staff pages."""
import re

from django.urls import reverse

from zwgk.links import record_url
from zwgk.records import services
from zwgk.records.models import Record
from zwgk.records.tests.test_views import form_post

FOUR = "第一段：申报条件。\r\n\r\n第二段：申报材料。\r\n\r\n第三段：评审程序。\r\n\r\n第四段：联系方式。"


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
    services.submit(record, world.editor_a, confirm_reason="测试")
    services.decide(record, world.reviewer, "主动公开")
    services.approve(record, world.reviewer)
    services.publish(record, world.reviewer)
    client.logout()
    portal = client.get(record_url(record))
    assert portal.status_code == 200
    assert _paragraphs(portal.content.decode()) == ["第一段：申报条件。", "第二段：申报材料。", "第三段：评审程序。", "第四段：联系方式。"]
