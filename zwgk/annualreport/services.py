"""The annual report's life: draft from the data, edit, finalise (publish as a record)."""
import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from zwgk.annualreport import figures as figures_mod
from zwgk.annualreport import narrative, render
from zwgk.annualreport.models import AnnualReport
from zwgk.catalog.models import Item
from zwgk.records import pi
from zwgk.records import services as record_services

REPORT_ITEM_WORDS = ("年报", "年度报告")
FINAL_GENRE = "报告"


class ReportError(Exception):
    """Something the office must fix before the report can go on (said in Chinese)."""


def check_year(year: int, today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    if not 2008 <= year <= today.year:
        raise ReportError(f"报告年度 {year} 不在 2008 年（《条例》施行）至今年之间。")
    return year


def _overrides(report: AnnualReport | None) -> dict:
    if report is None:
        return {}
    return {"licensing": report.licensing_override, "penalty": report.penalty_override,
            "enforcement": report.enforcement_override}


def collect(agency, year: int, report: AnnualReport | None = None) -> figures_mod.Figures:
    return figures_mod.collect(
        agency, year, overrides=_overrides(report), fees_10k_yuan=report.fees_10k_yuan if report else 0
    )


def report_json(agency, year: int, report: AnnualReport | None = None, fig=None) -> dict:
    """The JSON contract (README): a finalised report's frozen snapshot, else counted now."""
    if report is not None and report.is_final and report.snapshot:
        return report.snapshot
    fig = fig or collect(agency, year, report)
    drafted = narrative.drafts(agency.name, fig)
    sections = {
        key: (getattr(report, key) if report is not None and getattr(report, key).strip() else drafted[key])
        for key in drafted
    }
    return {
        "year": year,
        "agency": agency.name,
        "format": "2021",
        "table2": fig.table2.to_json(),
        "table3": fig.table3.to_json(),
        "table4": fig.table4,
        "sections": sections,
    }


@transaction.atomic
def start_draft(agency, year: int) -> AnnualReport:
    """The year's report; a new one gets sections drafted from today's figures."""
    check_year(year)
    report, created = AnnualReport.objects.select_for_update().get_or_create(agency=agency, year=year)
    if created:
        redraft(report)
    return report


def redraft(report: AnnualReport) -> AnnualReport:
    """Replace sections 一, 五 and 六 by fresh drafts from the current figures."""
    if report.is_final:
        raise ReportError("报告已定稿发布，不能重新起草。")
    drafted = narrative.drafts(report.agency.name, collect(report.agency, report.year, report))
    for key, text in drafted.items():
        setattr(report, key, text)
    report.save()
    return report


EDITABLE = ["overall", "problems", "other_matters", "licensing_override", "penalty_override",
            "enforcement_override", "fees_10k_yuan"]


@transaction.atomic
def save_draft(report: AnnualReport, data: dict, *, version: int) -> AnnualReport:
    """Save edits; refused when the report is final or someone saved in between (optimistic lock)."""
    values = {key: data[key] for key in EDITABLE if key in data}
    updated = AnnualReport.objects.filter(pk=report.pk, version=version, state=AnnualReport.State.DRAFT).update(
        **values, version=F("version") + 1, updated_at=timezone.now()
    )
    if not updated:
        report.refresh_from_db()
        if report.is_final:
            raise ReportError("报告已定稿发布，不能再修改。")
        raise ReportError("报告已被他人修改，请刷新页面后重新编辑。")
    report.refresh_from_db()
    return report


def report_item(agency) -> Item:
    """The agency's 政府信息公开年报 item in its current catalog, where the report is published."""
    items = Item.objects.current().leaves().filter(catalog__agency=agency).order_by("catalog__year", "position", "pk")
    for item in items:
        if any(word in item.name for word in REPORT_ITEM_WORDS):
            return item
    raise ReportError("现行公开目录中没有“政府信息公开年报”事项，请先在目录中添加该事项。")


@transaction.atomic
def finalise(report: AnnualReport, user, *, ip=None) -> AnnualReport:
    """Freeze the figures and publish the report as a record under the 年报 item (period = year).

    The record goes through the ordinary workflow (draft → submitted → 主动公开 → approved →
    published) as `user`, so the permission rules and the audit log are the records' own.
    """
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if report.is_final:
        raise ReportError("报告已定稿发布。")
    agency = report.agency
    item = report_item(agency)
    data = report_json(agency, report.year, report)
    today = timezone.localdate()
    record = record_services.create_record(item, user, {
        "title": report.title,
        "summary": f"{agency.name}{report.year}年度政府信息公开工作情况",
        "publisher": agency.name,
        "formed_on": today,
        "genre": FINAL_GENRE,
        "body": render.html_body(data),
        # The report covers YEAR, so its timeliness is judged against 31 January of YEAR+1 (when
        # the item carries a yearly rule; the year also stays on the AnnualReport itself).
        "period": str(report.year),
    }, ip=ip)
    try:
        # The edited sections are free text: the same personal-information check as any record.
        record_services.submit(record, user, ip=ip)
    except record_services.PIFound as found:
        kinds = "、".join(dict.fromkeys(pi.KIND_LABELS.get(f.hit.kind, f.hit.kind) for f in found.findings))
        raise ReportError(f"报告文字中疑似含有个人信息（{kinds}），请修改第一、五、六部分后再定稿。") from found
    record_services.decide(record, user, "主动公开", ip=ip)
    record_services.approve(record, user, "年度报告定稿", ip=ip)
    record_services.publish(record, user, ip=ip)
    report.state = AnnualReport.State.FINAL
    report.snapshot = data
    report.record = record
    report.finalised_at = timezone.now()
    report.finalised_by = user if user is not None and user.is_authenticated else None
    for key, text in data["sections"].items():
        setattr(report, key, text)
    report.save()
    return report
