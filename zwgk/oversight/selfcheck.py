"""The 自查 (self-inspection) report of one agency for a period, in the shape evaluators use:
catalog coverage, on-time rate, stale obligations, applications answered on time, and whether
the annual report was published on time. Rendered as DOCX (python-docx) and PDF (WeasyPrint).
"""
from __future__ import annotations

import base64
import datetime
import io
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from zwgk.holidays.services import calendar_for
from zwgk.oversight import applications, charts, figures
from zwgk.oversight.stale import Period, covering, obligation_items, stale_obligations
from zwgk.oversight.tables import one_decimal, percent


@dataclass
class AnnualReportCheck:
    item: object | None
    period: Period
    deadline: datetime.date
    published_on: datetime.date | None

    @property
    def verdict(self) -> str:
        if self.item is None:
            return "目录中未找到政府信息公开年度报告事项"
        if self.published_on is None:
            return f"{self.period.label}年度报告尚未发布（应于 {self.deadline:%Y-%m-%d} 前发布）"
        when = "按时" if self.published_on <= self.deadline else "逾期"
        return f"{self.period.label}年度报告于 {self.published_on:%Y-%m-%d} 发布，{when}（期限 {self.deadline:%Y-%m-%d}）"

    @property
    def on_time(self) -> bool | None:
        if self.item is None or self.published_on is None:
            return None if self.item is None else False
        return self.published_on <= self.deadline


def annual_report_item(agency):
    """The agency's 政府信息公开年度报告 item: a yearly item named 年报 or 年度报告."""
    for item in obligation_items(agency):
        if item.rule.kind == "yearly" and ("年报" in item.name or "年度报告" in item.name):
            return item
    return None


def annual_report_check(agency, year: int) -> AnnualReportCheck:
    """Was the report on `year - 1` published by 31 January (its rule's date) of `year`?"""
    item = annual_report_item(agency)
    rule = item.rule if item else None
    deadline = datetime.date(year, rule.month, rule.day) if rule else datetime.date(year, 1, 31)
    period = Period("year", year - 1)
    published_on = None
    if item is not None:
        first = covering(item, period).order_by("published_at").values_list("published_at", flat=True).first()
        published_on = timezone.localtime(first).date() if first else None
    return AnnualReportCheck(item, period, deadline, published_on)


@dataclass
class SelfCheck:
    agency: object
    start: datetime.date
    end: datetime.date
    as_of: datetime.date
    items_total: int
    items_covered: int
    uncovered: list
    records: figures.RecordFigures
    stale: list
    applications: applications.ApplicationFigures
    annual_report: AnnualReportCheck
    unit_names: dict

    @property
    def coverage(self) -> float | None:
        return self.items_covered / self.items_total if self.items_total else None

    def indicators(self) -> list[tuple[str, str, str]]:
        """(indicator, result, detail) rows of the report's summary table."""
        t = self.records.total
        rows = [
            ("目录覆盖率", percent(self.coverage), f"主动公开事项 {self.items_total} 项，期内有发布的 {self.items_covered} 项"),
            ("按时发布率", percent(t.on_time_rate),
             f"期内发布 {t.published} 条：按时 {t.on_time} 条，逾期 {t.late} 条，平均逾期 {one_decimal(t.average_delay)} 个工作日，"
             f"最长 {t.delay_max} 个工作日"),
            ("未履行的公开义务", f"{len(self.stale)} 项", "；".join(f"{s.kind_label}{len([x for x in self.stale if x.kind == s.kind])} 项"
                                                      for s in {x.kind: x for x in self.stale}.values()) or "无"),
        ]
        a = self.applications
        rows.append(("依申请公开按期答复率", percent(a.on_time_rate),
                     f"期内收到 {a.received} 件，办结 {a.closed} 件，按期 {a.on_time} 件，逾期 {a.late} 件；目前已逾期未答复 {a.overdue} 件"))
        report = self.annual_report
        rows.append(("年度报告按时发布", {True: "是", False: "否", None: "—"}[report.on_time], report.verdict))
        return rows

    def charts(self, fmt: str) -> list[tuple[str, bytes]]:
        months = [(m, s.on_time_rate, s.published) for m, s in self.records.by_month.items()]
        units = sorted(((self.unit_names.get(k, "（未指定）"), s.on_time_rate or 0.0) for k, s in self.records.by_unit.items()
                        if s.judged), key=lambda r: -r[1])[:15]
        result = [("按时发布率（按发布月份）", charts.timeliness_chart(months, fmt)),
                  ("各公开主体按时发布率", charts.horizontal_bars(units, title="各公开主体按时发布率", xlabel="按时发布率",
                                                       fmt=fmt, as_percent=True))]
        if self.applications.closed:
            result.append(("依申请公开办理结果", charts.horizontal_bars(self.applications.outcome_rows(), title="依申请公开办理结果",
                                                                 xlabel="件数", fmt=fmt)))
        return result


def build_selfcheck(agency, start: datetime.date, end: datetime.date, *, today: datetime.date | None = None) -> SelfCheck:
    today = today or timezone.localdate()
    as_of = min(today, end + datetime.timedelta(days=1))
    cal = calendar_for(agency)
    items = obligation_items(agency)
    covered = set(figures.published_in(agency, start, end).filter(item__in=items).values_list("item_id", flat=True).distinct())
    records = figures.record_figures(agency, start, end, cal=cal)
    from zwgk.catalog.models import Unit

    return SelfCheck(
        agency=agency, start=start, end=end, as_of=as_of, items_total=len(items), items_covered=len(covered),
        uncovered=[item for item in items if item.pk not in covered], records=records,
        stale=stale_obligations(agency, as_of, cal=cal),
        applications=applications.figures(agency, start, end, as_of),
        annual_report=annual_report_check(agency, end.year),
        unit_names=dict(Unit.objects.filter(agency=agency).values_list("pk", "name")),
    )


def title(check: SelfCheck) -> str:
    return f"{check.agency.name}政务公开自查报告（{check.start:%Y年%m月%d日}至{check.end:%Y年%m月%d日}）"


def _inline_svg(svg: bytes, label: str, prefix: str) -> str:
    # In the page itself, not a data: image (the CSP allows images only from the site); the chart
    # has no style attribute (charts.without_inline_styles) and its text is drawn as paths.
    # Matplotlib numbers its ids the same in every chart, so each chart's ids get their own prefix.
    text = svg.decode("utf-8")
    text = re.sub(r"<metadata>.*?</metadata>", "", text[text.index("<svg"):], flags=re.S)
    text = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', text)
    text = re.sub(r'(url\(#|href="#)([^")]+)', rf"\1{prefix}-\2", text)
    return mark_safe(text.replace("<svg", f'<svg role="img" aria-label="{escape(label)}"', 1))


def to_html(check: SelfCheck, *, for_pdf: bool = False) -> str:
    """The report as an HTML page (for_pdf: the variant WeasyPrint renders, charts as data: images)."""
    if for_pdf:
        images = [(name, "data:image/svg+xml;base64," + base64.b64encode(svg).decode(), None)
                  for name, svg in check.charts("svg")]
    else:
        images = [(name, None, _inline_svg(svg, name, f"chart{n}"))
                  for n, (name, svg) in enumerate(check.charts("svg"), 1)]
    return render_to_string("oversight/selfcheck.html", {"check": check, "title": title(check), "images": images,
                                                         "for_pdf": for_pdf})


def to_pdf(check: SelfCheck) -> bytes:
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    style = CSS(filename=finders.find("zwgk/selfcheck.css"))
    return HTML(string=to_html(check, for_pdf=True)).write_pdf(stylesheets=[style])


def to_docx(check: SelfCheck) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Noto Sans CJK SC", Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    heading = document.add_heading(title(check), level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(f"统计截至 {check.as_of:%Y-%m-%d}；生成于 {timezone.localtime():%Y-%m-%d %H:%M}。")

    def table(headers, rows):
        grid = document.add_table(rows=1, cols=len(headers))
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, headers):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = str(value)
        return grid

    document.add_heading("一、总体情况", level=2)
    table(["指标", "结果", "说明"], check.indicators())
    document.add_heading("二、按时发布情况", level=2)
    for name, png in check.charts("png"):
        document.add_paragraph(name)
        document.add_picture(io.BytesIO(png), width=Cm(15.5))
    document.add_heading("三、未履行的公开义务", level=2)
    if check.stale:
        table(["类型", "事项或栏目", "报告期", "应公开日期", "说明"],
              [[s.kind_label, s.column or s.item.name, s.period.label if s.period else "—",
                f"{s.due_on:%Y-%m-%d}" if s.due_on else "—", s.description] for s in check.stale])
    else:
        document.add_paragraph("未发现未履行的公开义务。")
    document.add_heading("四、期内无发布的事项", level=2)
    document.add_paragraph("、".join(item.name for item in check.uncovered) or "无。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
