"""Staff pages: isolation between agencies and handlers, masking, audit of every view, actions."""
import datetime as dt

import pytest

from zwgk.applications import services
from zwgk.applications.models import Application, ReviewCase
from zwgk.applications.tests.conftest import VALID_ID, form_data

D = dt.date


def login(client, user):
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_queue_masks_applicant_data(client, application, people):
    html = login(client, people.head).get("/staff/applications/").content.decode()
    assert application.number in html and "张*" in html
    assert "张三" not in html and VALID_ID not in html
    html = client.get("/staff/applications/all/").content.decode()
    assert application.number in html and "张三" not in html


@pytest.mark.django_db
def test_detail_shows_everything_to_its_handler_and_is_audited(client, application, people):
    before = application.audit.filter(action="view").count()
    html = login(client, people.handler_a).get(f"/staff/applications/{application.pk}/").content.decode()
    assert "张三" in html and VALID_ID in html and "zhang@example.org" in html
    assert "答复期限计算过程（逐日）" in html and "第20个工作日" in html and "2025-03-31" in html
    view = application.audit.filter(action="view").order_by("-id").first()
    assert application.audit.filter(action="view").count() == before + 1
    assert view.user == people.handler_a and view.ip == "127.0.0.1"


@pytest.mark.django_db
def test_isolation_between_agencies_and_handlers(client, application, people):
    url = f"/staff/applications/{application.pk}/"
    assert login(client, people.other_handler).get(url).status_code == 404
    assert application.number not in client.get("/staff/applications/all/").content.decode()
    assert login(client, people.handler_b).get(url).status_code == 404
    assert application.number not in client.get("/staff/applications/").content.decode()
    assert login(client, people.editor).get("/staff/applications/").status_code == 403
    assert client.get(url).status_code == 404
    assert login(client, people.head).get(url).status_code == 200
    # Unassigned applications are visible to every handler of the agency, so one can pick them up.
    other, _, _ = services.submit(people.agency, form_data(name="李四"))
    assert login(client, people.handler_b).get(f"/staff/applications/{other.pk}/").status_code == 200


@pytest.mark.django_db
def test_confirm_and_events_through_the_page(client, people, today):
    app, _, _ = services.submit(people.agency, form_data())
    login(client, people.head)
    client.post(f"/staff/applications/{app.pk}/confirm/", {"received_on": "2025-03-03"})
    app.refresh_from_db()
    assert app.due_on == D(2025, 3, 31)
    today.value = D(2025, 3, 20)
    response = client.post(f"/staff/applications/{app.pk}/event/", {"type": "extended", "on": "2025-03-20", "days": "5"},
                           follow=True)
    assert "负责人同意" in response.content.decode()
    client.post(f"/staff/applications/{app.pk}/event/", {"type": "extended", "on": "2025-03-20", "days": "5",
                                                         "approved_by": people.head.pk})
    app.refresh_from_db()
    assert app.due_on == D(2025, 4, 8)
    html = client.get(f"/staff/applications/{app.pk}/").content.decode()
    assert "延期第5日" in html and "批准人：head" in html


@pytest.mark.django_db
def test_intake_in_person(client, people, today):
    response = login(client, people.handler_a).post("/staff/applications/new/", {
        **form_data(), "channel": "in_person", "received_on": "2025-03-03"})
    app = Application.objects.get()
    assert response.status_code == 302 and app.state == "processing" and app.handler == people.handler_a
    assert app.received_on == D(2025, 3, 3) and app.channel == "in_person"


@pytest.mark.django_db
def test_staff_date_boxes_read_and_show_iso_dates_whatever_the_browsers_language(client, people, today):
    import re

    page = login(client, people.handler_a).get("/staff/applications/new/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    box = re.search(r'<input[^>]*name="received_on"[^>]*>', page).group(0)
    assert 'type="text"' in box and 'placeholder="YYYY-MM-DD"' in box, box
    client.post("/staff/applications/new/", {**form_data(), "channel": "in_person", "received_on": "2025/3/3"})
    assert Application.objects.get().received_on == D(2025, 3, 3)


@pytest.mark.django_db
def test_reply_preview_issue_and_delivery(client, application, people, today):
    today.value = D(2025, 3, 20)
    login(client, people.handler_a)
    url = f"/staff/applications/{application.pk}/reply/"
    html = client.post(url, {"outcome": "unavailable.not_held", "on": "2025-03-20", "note": "经检索未找到。", "preview": "1"}).content.decode()
    assert "政府信息不存在告知书" in html and "第三十六条第（四）项" in html and Application.objects.get().is_open
    client.post(url, {"outcome": "unavailable.not_held", "on": "2025-03-20", "note": "经检索未找到。", "issue": "1"})
    application.refresh_from_db()
    assert (application.state, application.outcome, application.closed_on) == ("closed", "unavailable.not_held", D(2025, 3, 20))
    assert sorted(application.documents.values_list("kind", flat=True)) == ["docx", "pdf"]
    client.post(f"/staff/applications/{application.pk}/deliver/", {"on": "2025-03-21", "method": "电子邮件送达", "note": ""})
    application.refresh_from_db()
    assert application.delivered_on == D(2025, 3, 21) and application.delivery_method == "电子邮件送达"
    doc = application.documents.get(kind="pdf")
    assert client.get(f"/staff/applications/{application.pk}/documents/{doc.pk}/").status_code == 200
    assert login(client, people.other_handler).get(f"/staff/applications/{application.pk}/documents/{doc.pk}/").status_code == 404


@pytest.mark.django_db
def test_review_cases(client, application, people):
    login(client, people.head)
    response = client.post("/staff/applications/reviews/new/", {
        "application": application.pk, "kind": "reconsideration", "result": "corrected", "filed_on": "2025-05-01",
        "case_number": "宁政复〔2025〕1号"})
    assert response.status_code == 200 and "已审结的案件请填写审结日期" in response.content.decode()
    client.post("/staff/applications/reviews/new/", {
        "application": application.pk, "kind": "reconsideration", "result": "corrected", "filed_on": "2025-05-01",
        "decided_on": "2025-06-20", "case_number": "宁政复〔2025〕1号"})
    case = ReviewCase.objects.get()
    assert (case.agency, case.application, case.result) == (people.agency, application, "corrected")
    assert "宁政复〔2025〕1号" in client.get("/staff/applications/reviews/").content.decode()
    assert "宁政复" not in login(client, people.other_handler).get("/staff/applications/reviews/").content.decode()


@pytest.mark.django_db
def test_templates_are_editable_by_the_office_head_only(client, people):
    assert login(client, people.handler_a).get("/staff/applications/templates/").status_code == 403
    login(client, people.head)
    html = client.post("/staff/applications/templates/disclosed/", {"title": "答复书", "body": "{applicant}：{nope}"}).content.decode()
    assert "未知的占位符 {nope}" in html
    client.post("/staff/applications/templates/disclosed/", {"title": "公开答复书", "body": "{applicant}：\n\n同意公开。"})
    from zwgk.applications import replies

    assert replies.template_for(people.agency, "disclosed") == ("公开答复书", "{applicant}：\n\n同意公开。")
    assert replies.template_for(people.other_agency, "disclosed")[0] == "政府信息公开申请答复书"
