"""The public form, the 回执, tracking: validation per field, double submission, honeypot, no leaks."""
import re

import pytest
from django.core import mail

from zwgk.applications.models import Application
from zwgk.applications.tests.conftest import VALID_CREDIT, form_data

URL = "/yinchuan-rsj/apply/"


def token(client):
    html = client.get(URL).content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1)


def post(client, **kw):
    data = form_data(**kw)
    data.setdefault("form_token", token(client))
    return client.post(URL, data)


@pytest.mark.django_db
def test_form_has_every_field_and_a_hidden_honeypot(client, agency):
    html = client.get(URL).content.decode()
    for label in ("申请人类型", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "证件号码", "联系电话", "电子邮箱",
                  "通信地址", "所需政府信息的名称或特征描述", "文号（如知道）", "获取方式", "纸质", "获取途径", "自行领取",
                  "网上获取", "附件（选填）"):
        assert label in html, label
    assert 'class="hp"' in html and 'name="website"' in html
    assert 'href="/track/"' in html


@pytest.mark.django_db(transaction=True)
def test_submit_shows_number_and_code_once_and_mails_them(client, agency):
    response = post(client)
    assert response.status_code == 200
    html = response.content.decode()
    app = Application.objects.get()
    code = re.search(r'class="big code">([A-Z0-9-]+)<', html).group(1)
    assert app.number in html and "查询码只显示这一次" in html and "政府信息公开申请回执" in html
    assert mail.outbox and code in mail.outbox[0].body and app.number in mail.outbox[0].subject
    assert app.state == "pending" and app.channel == "online" and app.source_ip == "127.0.0.1"
    # The code works on /track/.
    tracked = client.post("/track/", {"number": app.number, "code": code}).content.decode()
    assert "待确认" in tracked and "提交申请" in tracked and "张三" not in tracked


@pytest.mark.django_db
def test_double_submission_creates_one_application(client, agency):
    data = form_data(form_token=token(client))
    first = client.post(URL, data).content.decode()
    again = client.post(URL, data).content.decode()  # double click, refresh, replay
    assert Application.objects.count() == 1
    code = re.search(r'class="big code">([A-Z0-9-]+)<', first).group(1)
    assert code in again and "此前已经提交过" in again
    # A new form (new token) with the same content is a new application only if the content differs.
    client.post(URL, form_data(form_token=token(client), description="另一项信息：2024年名单"))
    assert Application.objects.count() == 2


@pytest.mark.parametrize("field, value, message", [
    ("id_number", "110105194912310021", "GB 11643"),
    ("name", "", "这个字段是必填项"),
    ("phone", "abc", "联系电话不正确"),
    ("email", "not-an-email", "电子邮箱格式不正确"),
    ("description", "名单", "描述过短"),
    ("postal_code", "7500", "邮政编码应为6位数字"),
    ("applicant_type", "martian", "选择一个有效的选项"),
    ("medium", "", "这个字段是必填项"),
])
@pytest.mark.django_db
def test_each_bad_field_gets_its_message_and_nothing_typed_is_lost(client, agency, field, value, message):
    response = post(client, **{field: value})
    assert response.status_code == 400 and Application.objects.count() == 0
    html = response.content.decode()
    error = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', html, re.S)
    assert error and message in error.group(1)
    for kept in ("银川市金凤区1号", "2025年银川市就业补贴发放名单" if field != "description" else "名单", "13800138000" if field != "phone" else "abc"):
        assert kept in html


@pytest.mark.django_db
def test_cross_field_rules(client, agency):
    html = post(client, delivery="post", address="").content.decode()
    assert "选择邮寄的，请填写通信地址" in html
    html = post(client, delivery="email", email="").content.decode()
    assert "选择电子邮件获取的，请填写电子邮箱" in html
    html = post(client, applicant_type="enterprise").content.decode()
    assert "法人或其他组织请填写统一社会信用代码" in html
    html = post(client, applicant_type="enterprise", id_type="credit_code", id_number="91110000802100433C").content.decode()
    assert "GB 32100" in html
    assert post(client, applicant_type="enterprise", id_type="credit_code", id_number=VALID_CREDIT,
                name="宁夏某某科技有限公司").status_code == 200
    assert Application.objects.get().applicant_type == "enterprise"


@pytest.mark.django_db
def test_honeypot_creates_nothing(client, agency):
    response = post(client, website="http://spam.example")
    assert response.status_code == 200 and Application.objects.count() == 0


@pytest.mark.django_db
def test_rate_limit_per_ip_and_per_applicant(client, agency, settings):
    settings.ZWGK_APPLICATION_LIMITS = {"apply_per_ip": (2, 3600), "apply_per_applicant": (5, 86400)}
    for n in range(2):
        assert post(client, description=f"第{n}项信息的名称").status_code == 200
    response = post(client, description="第三项信息的名称")
    assert response.status_code == 400 and "提交过于频繁" in response.content.decode()
    settings.ZWGK_APPLICATION_LIMITS = {"apply_per_ip": (100, 3600), "apply_per_applicant": (2, 86400)}
    response = post(client, description="第四项信息的名称")
    assert "同一申请人当日提交的申请过多" in response.content.decode()
    assert Application.objects.count() == 2


@pytest.mark.django_db
def test_attachments_are_checked_like_record_attachments(client, agency):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = form_data(form_token=token(client))
    data["attachments"] = [SimpleUploadedFile("evil.pdf", b"MZ\x90\x00 not a pdf")]
    response = client.post(URL, data)
    assert response.status_code == 400 and Application.objects.count() == 0
    assert "evil.pdf" in response.content.decode()
    data = form_data(form_token=token(client))
    data["attachments"] = [SimpleUploadedFile("scan.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32)]
    assert client.post(URL, data).status_code == 200
    assert Application.objects.get().attachments.get().content_type == "image/png"


@pytest.mark.django_db
def test_wrong_code_reveals_nothing(client, application):
    wrong = client.post("/track/", {"number": application.number, "code": "AAAA-BBBB-CCCC"})
    unknown = client.post("/track/", {"number": "2099-001-00001", "code": "AAAA-BBBB-CCCC"})
    assert wrong.status_code == unknown.status_code == 200

    def main(r):
        body = re.search(r"<main.*</main>", r.content.decode(), re.S).group(0)
        body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)
        return body.replace(application.number, "N").replace("2099-001-00001", "N")

    assert main(wrong) == main(unknown)
    assert "申请编号或查询码不正确" in main(wrong)


@pytest.mark.django_db
def test_repeated_wrong_codes_are_throttled(client, application, settings):
    settings.ZWGK_APPLICATION_LIMITS = {"track_failures": (3, 900)}
    for _ in range(3):
        client.post("/track/", {"number": application.number, "code": "WRONG"})
    response = client.post("/track/", {"number": application.number, "code": application.code})
    assert response.status_code == 429 and "次数过多" in response.content.decode()


@pytest.mark.django_db
def test_reply_documents_download_only_after_tracking(client, application, people, today):
    import datetime as dt

    from zwgk.applications import replies

    today.value = dt.date(2025, 3, 20)
    doc = replies.issue(application, people.handler_a, "disclosed", "见附件名单。", dt.date(2025, 3, 20))[0]
    assert client.get(f"/track/documents/{doc.pk}/").status_code == 404
    html = client.post("/track/", {"number": application.number, "code": application.code}).content.decode()
    assert "已办结" in html and "（一）予以公开" in html and f"/track/documents/{doc.pk}/" in html
    response = client.get(f"/track/documents/{doc.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content)[:2] == b"PK"


@pytest.mark.django_db
def test_paused_and_provisional_marks(client, application, people, today):
    import datetime as dt

    from zwgk.applications import services

    today.value = dt.date(2025, 3, 10)
    services.record_event(application, people.handler_a, "consultation_started", dt.date(2025, 3, 10))
    html = client.post("/track/", {"number": application.number, "code": application.code}).content.decode()
    assert '<span class="tag">暂停</span>' in html and "征求意见中" in html
    assert "征求第三方或其他机关意见，计时暂停" in html


@pytest.mark.django_db
def test_track_slug_is_reserved(client, agency):
    from zwgk.portal.queries import RESERVED_SLUGS

    assert "track" in RESERVED_SLUGS
    assert client.get("/track/").status_code == 200
