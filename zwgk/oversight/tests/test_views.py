"""The oversight pages: dashboard, charts, table downloads, 自查 report; agency boundary."""
import datetime
import io
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook

D = datetime.date


@pytest.fixture
def data(world, make_record):
    today = timezone.localdate()
    make_record(world.event, today - datetime.timedelta(days=40), today - datetime.timedelta(days=38), title="按时的处罚决定")
    make_record(world.event, today - datetime.timedelta(days=60), today - datetime.timedelta(days=1),
                due_on=today - datetime.timedelta(days=50), title="迟发的处罚决定", unit=world.jobs)
    make_record(world.event, today - datetime.timedelta(days=30), due_on=today - datetime.timedelta(days=3),
                title="=HYPERLINK(\"http://x\")逾期草稿")
    make_record(world.event, today, due_on=today + datetime.timedelta(days=1), state="submitted", title="待审核的决定")
    make_record(world.other_item, today - datetime.timedelta(days=30), due_on=today - datetime.timedelta(days=3),
                title="别的机关的逾期草稿", unit=None)
    return world


def test_the_dashboard_shows_figures_lists_and_stale_items(client, data):
    client.force_login(data.reviewer)
    page = client.get("/staff/oversight/").content.decode()
    assert "公开监督：银川市人力资源和社会保障局" in page
    assert "逾期草稿" in page and "待审核的决定" in page and "别的机关的逾期草稿" not in page
    assert "政府信息公开年报" in page  # never published: a stale obligation
    assert "/staff/oversight/charts/timeliness.svg" in page and "/staff/oversight/tables/by-unit.xlsx" in page
    assert "就业促进科" in page and "办公室" in page


def test_the_staff_home_links_to_the_dashboard(client, data):
    client.force_login(data.reviewer)
    assert 'href="/staff/oversight/"' in client.get("/staff/").content.decode()


def test_editors_and_other_agencies_see_nothing(client, data):
    client.force_login(data.editor)
    assert client.get("/staff/oversight/").status_code == 404
    client.force_login(data.other_admin)
    assert client.get("/staff/oversight/?agency=yinchuan-rsj").status_code == 404
    page = client.get("/staff/oversight/").content.decode()
    assert "别的机关的逾期草稿" in page and "待审核的决定" not in page


def test_tables_download_as_formula_safe_csv_and_xlsx(client, data):
    client.force_login(data.reviewer)
    csv = client.get("/staff/oversight/tables/overdue.csv").content.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("名称,事项,公开主体") and "'=HYPERLINK" in csv
    response = client.get("/staff/oversight/tables/overdue.xlsx")
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cell = sheet.cell(row=3, column=1)
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"
    units = load_workbook(io.BytesIO(client.get("/staff/oversight/tables/by-unit.xlsx").content)).active
    rows = {r[0]: r for r in units.iter_rows(min_row=3, values_only=True)}
    assert rows["就业促进科"][1:4] == (1, 0, 1) and rows["办公室"][1:3] == (1, 1)
    assert client.get("/staff/oversight/tables/nothing.csv").status_code == 404


def test_charts_are_self_contained_svg_with_axis_labels(client, data):
    client.force_login(data.reviewer)
    response = client.get("/staff/oversight/charts/timeliness.svg")
    svg = response.content.decode()
    assert response["Content-Type"] == "image/svg+xml" and svg.lstrip().startswith("<?xml")
    assert not re.search(r'(href|src)="(?!#)', svg) and "<image" not in svg and "@import" not in svg  # nothing external
    assert svg.count("<path") > 20  # glyphs drawn as paths: readable without any font installed
    # No inline style (the CSP forbids it): matplotlib's styles became presentation attributes.
    assert "style" not in svg and 'fill="#1f5fa8"' in svg and 'stroke-linejoin="round"' in svg
    assert client.get("/staff/oversight/charts/units.svg").status_code == 200
    assert client.get("/staff/oversight/charts/bogus.svg").status_code == 404


def test_the_selfcheck_report_as_docx_and_pdf(client, data):
    from docx import Document
    from pypdf import PdfReader

    client.force_login(data.admin)
    html = client.get("/staff/oversight/selfcheck/").content.decode()
    assert "目录覆盖率" in html and "年度报告按时发布" in html
    # Styles from the static file, charts drawn in the page: nothing the CSP blocks.
    assert 'href="/static/zwgk/selfcheck.css"' in html and "<style" not in html and "data:" not in html
    assert html.count('<svg role="img" aria-label="') >= 2
    docx = Document(io.BytesIO(client.get("/staff/oversight/selfcheck.docx").content))
    texts = [p.text for p in docx.paragraphs]
    assert any("政务公开自查报告" in t for t in texts) and "三、未履行的公开义务" in texts
    summary = docx.tables[0]
    assert [c.text for c in summary.rows[0].cells] == ["指标", "结果", "说明"]
    assert [r.cells[0].text for r in summary.rows[1:]][:3] == ["目录覆盖率", "按时发布率", "未履行的公开义务"]
    assert summary.rows[1].cells[1].text == "33.3%"  # 1 of 3 主动 items has a record this year
    assert len(docx.inline_shapes) >= 2  # the charts, as PNG
    pdf = client.get("/staff/oversight/selfcheck.pdf").content
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    assert "目录覆盖率" in reader.pages[0].extract_text()
    fonts = [f.get_object() for page in reader.pages for f in (page["/Resources"].get("/Font") or {}).values()]
    embedded = [f for f in fonts if any(k in (f.get("/FontDescriptor") or {}) for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                or any(k in ((d.get_object().get("/FontDescriptor") or {}) if (d := (f.get("/DescendantFonts") or [None])[0]) else {})
                       for k in ("/FontFile", "/FontFile2", "/FontFile3"))]
    assert fonts and len(embedded) == len(fonts)
    # The stylesheet reached WeasyPrint: headings in the sans face, the text in the serif one.
    assert {"Sans-CJK", "Serif-CJK"} <= {k for f in fonts for k in ("Sans-CJK", "Serif-CJK") if k in str(f.get("/BaseFont"))}
