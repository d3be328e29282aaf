"""Draft → edit → finalise in the back office, the published record, the portal page, the CLI."""
import datetime as dt
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from zwgk.accounts.models import Membership, Role
from zwgk.annualreport import services
from zwgk.annualreport.models import AnnualReport
from zwgk.annualreport.tests.conftest import make_application, make_case, make_record
from zwgk.annualreport.tests.test_validator import EXAMPLE
from zwgk.records.models import AuditEvent, Record

D = dt.date
pytestmark = pytest.mark.django_db


@pytest.fixture
def people(world, django_user_model, other_agency):
    def user(name, role, agency):
        u = django_user_model.objects.create_user(name, password="pw")
        if role:
            Membership.objects.create(user=u, agency=agency, role=role,
                                      unit=world["office"] if role == Role.EDITOR else None)
        return u

    return {
        "reviewer": user("reviewer", Role.REVIEWER, world["agency"]),
        "editor": user("editor", Role.EDITOR, world["agency"]),
        "other_admin": user("other_admin", Role.AGENCY_ADMIN, other_agency),
    }


@pytest.fixture
def data(world):
    agency = world["agency"]
    make_application(agency, D(2024, 12, 20), D(2025, 1, 10), "disclosed")
    make_application(agency, D(2025, 5, 1), D(2025, 5, 20), "unavailable.not_held", applicant_type="enterprise")
    make_application(agency, D(2025, 12, 29), None)
    make_application(agency, D(2025, 6, 1), D(2025, 6, 30), "disclosed", fee_amount=400, fee_paid_on=D(2025, 6, 10))
    make_case(agency, "reconsideration", D(2025, 7, 1), D(2025, 9, 1), "corrected")
    make_record(agency, world["docs"], formed_on=D(2025, 3, 3), genre="行政规范性文件")
    return world


def test_a_new_draft_has_sections_drafted_from_the_figures(data):
    report = services.start_draft(data["agency"], 2025)
    assert "本年新收政府信息公开申请3件，上年结转1件" in report.overall
    assert "办结3件" in report.overall and "结转下年度继续办理1件" in report.overall
    assert "行政复议1件" in report.overall and "结果被纠正1件" in report.overall
    assert "制发行政规范性文件1件" in report.overall
    assert "本机关不掌握相关政府信息而无法提供的申请有1件" in report.problems
    assert "收取信息处理费共计400元（涉及1件申请）" in report.other_matters
    assert services.start_draft(data["agency"], 2025).pk == report.pk


def test_edits_are_kept_and_a_stale_form_is_refused(data):
    report = services.start_draft(data["agency"], 2025)
    services.save_draft(report, {"overall": "改写后的总体情况。", "licensing_override": 9}, version=report.version)
    report.refresh_from_db()
    assert report.overall == "改写后的总体情况。" and report.version == 2
    payload = services.report_json(data["agency"], 2025, report)
    assert payload["sections"]["overall"] == "改写后的总体情况。"
    assert payload["table2"]["licensing"] == {"value": 9, "computed": 0, "source": "manual"}
    with pytest.raises(services.ReportError, match="已被他人修改"):
        services.save_draft(report, {"overall": "旧表单"}, version=1)


def test_the_json_contract(data):
    payload = services.report_json(data["agency"], 2025)
    assert set(payload) == {"year", "agency", "format", "table2", "table3", "table4", "sections"}
    assert payload["year"] == 2025 and payload["format"] == "2021" and payload["agency"] == data["agency"].name
    codes = [row["code"] for row in payload["table3"]["rows"]]
    assert codes[:3] == ["new", "carried_in", "disclosed"] and codes[-2:] == ["total", "carried_out"]
    assert all(len(row["values"]) == 7 for row in payload["table3"]["rows"])
    assert set(payload["table4"]) == {"reconsideration", "litigation_direct", "litigation_after_reconsideration"}
    assert set(payload["table4"]["reconsideration"]) == {"upheld", "corrected", "other", "pending", "total"}
    assert set(payload["sections"]) == {"overall", "problems", "other_matters"}


def test_finalising_publishes_a_record_under_the_annual_report_item(data, people):
    report = services.start_draft(data["agency"], 2025)
    report = services.finalise(report, people["reviewer"])
    record = report.record
    assert report.is_final and report.snapshot["table3"]["rows"][0]["values"][6] == 3
    assert record.item == data["report"] and record.state == Record.State.PUBLISHED and record.index_number
    assert record.title == "银川市人力资源和社会保障局2025年政府信息公开工作年度报告"
    assert "三、本年度办理结果" in record.body and "rowspan" in record.body
    assert record.period == "2025" and record.due_on == D(2026, 1, 31)
    assert list(AuditEvent.objects.filter(record=record).values_list("action", flat=True).order_by("pk"))[-1] == "publish"
    # The figures are frozen: later data does not change the published report.
    make_application(data["agency"], D(2025, 8, 1), D(2025, 8, 2), "disclosed")
    assert services.report_json(data["agency"], 2025, report)["table3"]["rows"][0]["values"][6] == 3
    with pytest.raises(services.ReportError):
        services.finalise(report, people["reviewer"])
    with pytest.raises(services.ReportError):
        services.save_draft(report, {"overall": "x"}, version=report.version)


def test_finalising_needs_the_annual_report_item(data, people):
    data["report"].delete()
    report = services.start_draft(data["agency"], 2025)
    with pytest.raises(services.ReportError, match="政府信息公开年报"):
        services.finalise(report, people["reviewer"])
    assert not Record.objects.filter(genre="报告").exists()


def test_back_office_draft_edit_finalise(client, data, people):
    client.force_login(people["reviewer"])
    response = client.post("/staff/annualreport/", {"agency": data["agency"].pk, "year": 2025})
    report = AnnualReport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/staff/annualreport/{report.pk}/"
    page = client.get(f"/staff/annualreport/{report.pk}/").content.decode()
    assert "定稿并发布" in page and "三、本年度办理结果" in page
    form = {"overall": "总体情况（已编辑）", "problems": report.problems, "other_matters": report.other_matters,
            "licensing_override": "", "penalty_override": "5", "enforcement_override": "", "fees_10k_yuan": "0.57",
            "version": report.version}
    assert client.post(f"/staff/annualreport/{report.pk}/", form).status_code == 302
    page = client.get(f"/staff/annualreport/{report.pk}/").content.decode()
    assert "采用人工填报 5" in page and "注：行政处罚处理决定数量为人工填报。" in page
    client.post(f"/staff/annualreport/{report.pk}/finalise/")
    report.refresh_from_db()
    assert report.is_final and report.snapshot["sections"]["overall"] == "总体情况（已编辑）"
    assert report.snapshot["table2"]["fees_10k_yuan"] == "0.57"
    page = client.get(f"/staff/annualreport/{report.pk}/").content.decode()
    assert "已发布的报告" in page and f"/staff/annualreport/{report.pk}/finalise/" not in page
    assert report.record.index_number in page
    listing = client.get("/staff/annualreport/").content.decode()
    assert "已定稿发布" in listing and report.record.index_number in listing
    for fmt, start in [("json", b"{"), ("html", b"<!DOCTYPE html>"), ("docx", b"PK"), ("pdf", b"%PDF")]:
        response = client.get(f"/staff/annualreport/{report.pk}/download.{fmt}")
        assert response.status_code == 200 and response.content.startswith(start), fmt
    # The portal's 年度报告 page shows the published HTML.
    portal = client.get(f"/{data['agency'].slug}/reports/").content.decode()
    assert "总体情况（已编辑）" in portal and "（本列数据的勾稽关系为" in portal and 'rowspan="22"' in portal
    assert client.get(f"/{data['agency'].slug}/reports/?year=2019").status_code == 404


def test_staff_outside_the_agency_or_without_the_role_cannot_see_the_report(client, data, people):
    report = services.start_draft(data["agency"], 2025)
    for name in ("other_admin", "editor"):
        client.force_login(people[name])
        assert client.get(f"/staff/annualreport/{report.pk}/").status_code == 404
        assert client.post(f"/staff/annualreport/{report.pk}/finalise/").status_code == 404
    client.force_login(people["other_admin"])
    response = client.post("/staff/annualreport/", {"agency": data["agency"].pk, "year": 2025})
    assert response.status_code == 200 and AnnualReport.objects.count() == 1


def test_a_future_year_is_refused(client, data, people):
    client.force_login(people["reviewer"])
    response = client.post("/staff/annualreport/", {"agency": data["agency"].pk, "year": 2099})
    assert "不在 2008 年" in response.content.decode() and not AnnualReport.objects.exists()


def test_validator_page_with_an_upload_and_with_pasted_html(client, people):
    client.force_login(people["editor"])
    broken = EXAMPLE.read_text(encoding="utf-8").replace("<td>790</td>", "<td>789</td>")
    upload = SimpleUploadedFile("report.html", broken.encode(), content_type="text/html")
    page = client.post("/staff/annualreport/validate/", {"file": upload}).content.decode()
    assert "发现 1 个问题" in page and "table4_total" in page
    page = client.post("/staff/annualreport/validate/", {"html": EXAMPLE.read_text(encoding="utf-8")}).content.decode()
    assert "未发现问题" in page
    page = client.post("/staff/annualreport/validate/", {}).content.decode()
    assert "请上传文件或粘贴 HTML" in page


def test_cli_writes_every_format(data, tmp_path):
    out = io.StringIO()
    call_command("annual_report", "2025", "--agency", data["agency"].slug, stdout=out)
    path = tmp_path / "r.json"
    call_command("annual_report", "2025", "--agency", "银川市人社局", "--format", "json", "-o", str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["table3"]["rows"][0]["values"][6] == 3
    for fmt, start in [("html", b"<!DOCTYPE html>"), ("docx", b"PK"), ("pdf", b"%PDF")]:
        target = tmp_path / f"r.{fmt}"
        call_command("annual_report", "2025", "--agency", data["agency"].name, "--format", fmt, "-o", str(target))
        assert target.read_bytes().startswith(start)


def test_cli_names_an_unknown_agency(data):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="找不到机关“无此机关”"):
        call_command("annual_report", "2025", "--agency", "无此机关")


def test_personal_information_in_the_edited_text_stops_finalising(data, people):
    report = services.start_draft(data["agency"], 2025)
    services.save_draft(report, {"other_matters": "咨询电话 13912345678。"}, version=report.version)
    report.refresh_from_db()
    with pytest.raises(services.ReportError, match="手机号码"):
        services.finalise(report, people["reviewer"])
    report.refresh_from_db()
    assert not report.is_final and not Record.objects.filter(item=data["report"]).exists()
