import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from zwgk.accounts.models import Membership, Role
from zwgk.holidays.models import CalendarDay, HolidayNotice

FIXTURES = Path(__file__).resolve().parents[2] / "workdays" / "tests" / "fixtures"


@pytest.fixture
def platform_admin(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture
def agency_admin(agency):
    user = get_user_model().objects.create_user("admin-yc", password="pw")
    Membership.objects.create(user=user, agency=agency, role=Role.AGENCY_ADMIN)
    return user


@pytest.fixture
def editor(agency):
    user = get_user_model().objects.create_user("editor-yc", password="pw")
    Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
    return user


def test_the_public_page_shows_the_year_with_holidays_and_make_up_days(client, db):
    response = client.get("/calendar/", {"year": "2026"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption>2026年2月</caption>" in html and 'scope="col"' in html
    assert "2026-02-14</th><td>周六</td><td>调休上班</td><td>春节</td>" in html
    assert "2026-10-07</th><td>周三</td><td>放假</td><td>国庆节</td>" in html
    assert "休<span" in html and "班<span" in html  # marked with text, not colour only
    assert "暂定" not in html


def test_the_public_calculator_shows_the_due_date_and_explanation(client, db):
    response = client.get("/calendar/", {"date": "2025-09-26", "n": "5", "region": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "届满日：2025年10月10日" in html and "国庆节调休上班" in html
    assert "<caption>2025年10月</caption>" in html  # year view follows the calculator date


def test_the_public_calculator_uses_the_region_layer(client, agency):
    html = client.get("/calendar/", {"date": "2019-06-03", "n": "5", "region": "宁夏回族自治区/银川市"}).content.decode()
    assert "届满日：2019年6月13日" in html and "开斋节" in html
    assert '<option value="宁夏回族自治区/银川市" selected>' in html


def test_the_public_calculator_marks_2027_as_provisional(client, db):
    html = client.get("/calendar/", {"date": "2027-03-01", "n": "10"}).content.decode()
    assert "暂定" in html and "2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定" in html


@pytest.mark.parametrize("params, message", [
    ({"date": "2025-02-30", "n": "5"}, "日期格式不正确"),
    ({"date": "2025-09-26", "n": "-1"}, "不能为负数"),
    ({"date": "2025-09-26", "n": "abc"}, "非负整数"),
    ({"date": "2025-09-26", "n": "5", "region": "火星"}, "未知地区“火星”。可用的地区：北京市"),
    ({"year": "abc"}, "年份不正确"),
    ({"year": "3000"}, "超出支持范围"),
    ({"region": "火星"}, "未知地区“火星”。可用的地区：北京市"),
])
def test_bad_public_input_is_reported_on_the_page(client, db, params, message):
    response = client.get("/calendar/", params)
    assert response.status_code == 200 and message in response.content.decode()


def test_the_staff_page_requires_login(client, db):
    response = client.get("/staff/calendar/")
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


def test_the_staff_page_lists_edited_days(client, editor):
    CalendarDay.objects.create(date=dt.date(2026, 3, 20), region="宁夏回族自治区", kind="off", name="开斋节", source="测试")
    client.force_login(editor)
    html = client.get("/staff/calendar/", {"year": "2026", "region": "宁夏回族自治区/银川市"}).content.decode()
    assert "开斋节" in html and "工作日历：2026年" in html
    assert "修改</a>" not in html  # editors may look, not edit


def test_a_platform_admin_adds_edits_and_deletes_a_day(client, platform_admin):
    client.force_login(platform_admin)
    response = client.post("/staff/calendar/day/add/", {"date": "2027-01-01", "region": "", "kind": "off", "name": "元旦"})
    assert response.status_code == 302
    day = CalendarDay.objects.get()
    response = client.post(f"/staff/calendar/day/{day.pk}/", {"date": "2027-01-01", "region": "", "kind": "off", "name": "元旦节"})
    assert response.status_code == 302 and CalendarDay.objects.get().name == "元旦节"
    assert client.post(f"/staff/calendar/day/{day.pk}/delete/").status_code == 302
    assert not CalendarDay.objects.exists()


def test_an_agency_admin_edits_only_their_region(client, agency_admin):
    client.force_login(agency_admin)
    ok = client.post("/staff/calendar/day/add/", {"date": "2026-03-20", "region": "宁夏回族自治区", "kind": "off", "name": "开斋节"})
    assert ok.status_code == 302
    refused = client.post("/staff/calendar/day/add/", {"date": "2026-03-21", "region": "", "kind": "off", "name": "全国"})
    assert refused.status_code == 200 and "全国数据由平台管理员维护" in refused.content.decode()
    national = CalendarDay.objects.create(date=dt.date(2026, 3, 22), region="", kind="off", name="x")
    assert client.post(f"/staff/calendar/day/{national.pk}/delete/").status_code == 403
    assert CalendarDay.objects.count() == 2


def test_an_editor_cannot_edit_days(client, editor):
    client.force_login(editor)
    assert client.get("/staff/calendar/day/add/").status_code == 403


def test_a_duplicate_day_is_refused_with_a_message(client, platform_admin):
    CalendarDay.objects.create(date=dt.date(2026, 3, 20), region="", kind="off", name="x")
    client.force_login(platform_admin)
    response = client.post("/staff/calendar/day/add/", {"date": "2026-03-20", "region": "", "kind": "off", "name": "y"})
    assert response.status_code == 200 and "已有记录" in response.content.decode()


def test_a_pasted_notice_is_previewed_then_saved_on_confirmation(client, agency_admin):
    client.force_login(agency_admin)
    text = (FIXTURES / "ningxia_2019.txt").read_text(encoding="utf-8")
    response = client.post("/staff/calendar/notice/", {"text": text, "region": "宁夏回族自治区", "action": "preview"})
    html = response.content.decode()
    assert response.status_code == 200 and "解析结果：2019年（宁夏回族自治区）" in html
    assert "2019-06-05</th><td>周三</td><td>放假</td><td>开斋节</td>" in html and "<strong>不同</strong>" in html
    assert not CalendarDay.objects.exists()  # nothing saved before confirmation
    response = client.post("/staff/calendar/notice/", {"text": text, "region": "宁夏回族自治区", "action": "confirm"})
    assert response.status_code == 302
    assert CalendarDay.objects.filter(region="宁夏回族自治区", name="古尔邦节").count() == 2
    assert HolidayNotice.objects.get().imported_by == agency_admin


def test_a_notice_that_cannot_be_parsed_shows_the_failing_line(client, platform_admin):
    client.force_login(platform_admin)
    text = "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周五）放假。"
    html = client.post("/staff/calendar/notice/", {"text": text, "action": "preview"}).content.decode()
    assert "无法解析" in html and "第2行：星期不符" in html


def test_an_agency_admin_cannot_import_a_national_notice(client, agency_admin):
    client.force_login(agency_admin)
    text = (FIXTURES / "national_2026.txt").read_text(encoding="utf-8")
    response = client.post("/staff/calendar/notice/", {"text": text, "region": "", "action": "confirm"})
    assert response.status_code == 403 and not CalendarDay.objects.exists()


def test_the_staff_forms_render_for_a_platform_admin(client, platform_admin):
    client.force_login(platform_admin)
    day = CalendarDay.objects.create(date=dt.date(2026, 3, 20), region="宁夏回族自治区", kind="off", name="开斋节")
    for url, text in (("/staff/calendar/day/add/", "新增节假日或调休上班日"), (f"/staff/calendar/day/{day.pk}/", "修改"),
                      ("/staff/calendar/notice/", "预览解析结果"), ("/staff/calendar/?year=2026", "粘贴节假日安排通知导入")):
        response = client.get(url)
        assert response.status_code == 200 and text in response.content.decode(), url


def test_an_agencys_link_opens_the_calendar_of_its_region_with_a_way_back(client, agency):
    html = client.get("/calendar/", {"agency": agency.slug, "year": "2019"}).content.decode()
    assert "工作日历：2019年（宁夏回族自治区/银川市）" in html
    assert '<option value="宁夏回族自治区/银川市" selected>' in html  # calculator defaults to it too
    assert f'<a href="/{agency.slug}/">{agency.name}</a>' in html  # breadcrumb back to the agency
    assert f'<input type="hidden" name="agency" value="{agency.slug}">' in html  # kept across submits
    assert "2019-06-05</th><td>周三</td><td>放假</td><td>开斋节</td>" in html


def test_an_unknown_agency_parameter_falls_back_to_the_national_calendar(client, db):
    response = client.get("/calendar/", {"agency": "no-such\x00<b>", "year": "2026"})
    assert response.status_code == 200
    assert "工作日历：2026年（全国）" in response.content.decode()


def test_the_explanation_shows_each_provisional_note_once(client, db):
    html = client.get("/calendar/", {"date": "2026-12-20", "n": "20"}).content.decode()
    assert html.count("2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定") == 1


def test_the_staff_page_has_the_deadline_calculator_with_its_explanation(client, editor):
    client.force_login(editor)
    html = client.get("/staff/calendar/", {"date": "2025-09-26", "n": "5"}).content.decode()
    assert 'id="calc-title"' in html and "届满日：2025年10月10日" in html and "国庆节调休上班" in html
    assert "工作日历：2025年" in html  # the year view follows the computed date
