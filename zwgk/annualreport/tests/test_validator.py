"""The validator on the official example, on deliberately broken copies, on 2019 and DOCX input."""
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from zwgk.annualreport.validator import parse_number, validate_file

EXAMPLE = Path(__file__).parent / "data" / "annual-report-2021-tables-example.html"
FINDING_KEYS = {"check", "table", "row", "column", "expected", "found", "message"}


@pytest.fixture
def example():
    return EXAMPLE.read_text(encoding="utf-8")


def checks(result):
    return sorted((f.check, f.row, f.column) for f in result.findings)


def test_the_official_example_reads_and_passes(example):
    result = validate_file(example.encode())
    assert result.readable and result.format == "2021"
    assert result.findings == []
    assert result.table3["new"] == [13612, 252, 0, 45, 128, 32, 14069]
    assert result.table3["other.other"] == [941, 17, 0, 1, 3, 3, 965]
    assert result.table3["carried_out"][6] == 819
    assert len(result.table3) == 25
    assert result.table4["litigation_after_reconsideration"] == [74, 1, 30, 51, 156]


def test_a_changed_figure_breaks_its_row_total_and_its_column_identity(example):
    broken = example.replace("<td>13612</td>", "<td>13613</td>", 1)
    result = validate_file(broken.encode())
    assert result.readable
    assert checks(result) == [
        ("column_identity", "一＋二＝三（七）＋四", "自然人"),
        ("row_total", "一、本年新收政府信息公开申请数量", "总计"),
    ]
    identity = next(f for f in result.findings if f.check == "column_identity")
    assert (identity.expected, identity.found) == (13613 + 535, 13364 + 783)
    row = next(f for f in result.findings if f.check == "row_total")
    assert (row.expected, row.found) == (14070, 14069)


def test_an_outcome_row_off_by_one_breaks_the_outcome_total(example):
    broken = example.replace("<td>3.要求提供公开出版物</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>",
                             "<td>3.要求提供公开出版物</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>")
    assert broken != example
    result = validate_file(broken.encode())
    assert checks(result) == [("outcome_total", "（七）总计", "其他"), ("outcome_total", "（七）总计", "总计")]
    found = next(f for f in result.findings if f.column == "其他")
    assert (found.expected, found.found) == (30, 29)


def test_a_blank_total_with_figures_is_reported_as_blank(example):
    broken = example.replace("<td>5548</td>", "<td>&nbsp;</td>", 1)
    result = validate_file(broken.encode())
    found = [f for f in result.findings if f.check == "blank_total"]
    assert len(found) == 1 and found[0].row == "（一）予以公开" and found[0].expected == 5548 and found[0].found is None
    # Blank counts as 0, so the 总计 column's outcome sum is short by the blank cell.
    assert ("outcome_total", "（七）总计", "总计") in checks(result)


def test_blank_cells_of_a_zero_row_are_zero(example):
    row = "<td>3.要求提供公开出版物</td>" + "<td>0</td>" * 7
    assert row in example
    result = validate_file(example.replace(row, "<td>3.要求提供公开出版物</td>" + "<td>&nbsp;</td>" * 7).encode())
    assert result.findings == []


def test_thousands_separators_and_stray_spaces_are_read(example):
    edited = example.replace("<td>13612</td>", "<td>13,612</td>").replace("<td>14069</td>", "<td> 14 069 </td>")
    edited = edited.replace("<td>5548</td>", "<td>5，548</td>")
    result = validate_file(edited.encode())
    assert result.findings == [] and result.table3["new"][0] == 13612 and result.table3["new"][6] == 14069


def test_a_broken_table4_total(example):
    result = validate_file(example.replace("<td>790</td>", "<td>789</td>").encode())
    assert checks(result) == [("table4_total", None, "行政复议·总计")]
    assert (result.findings[0].expected, result.findings[0].found) == (790, 789)


def test_a_blank_table4_total(example):
    result = validate_file(example.replace("<td>56</td>", "<td></td>").encode())
    assert checks(result) == [("blank_total", None, "行政诉讼·未经复议直接起诉·总计")]


def to_2019(example):
    """The example in the 2019 试行 layout: （六）其他处理 as one row."""
    start = example.index('<tr><td rowspan="3">（六）其他处理</td>')
    end = example.index('<tr><td colspan="2">（七）总计</td>')
    merged = "<tr><td colspan=\"2\">（六）其他处理</td>" + "".join(
        f"<td>{v}</td>" for v in [315 + 202 + 941, 3 + 0 + 17, 0, 0 + 1 + 1, 0 + 0 + 3, 0 + 0 + 3, 318 + 203 + 965]) + "</tr>\n"
    return example[:start].replace('rowspan="22"', 'rowspan="20"') + merged + example[end:]


def test_the_2019_format_with_a_single_other_row(example):
    result = validate_file(to_2019(example).encode())
    assert result.readable and result.format == "2019" and result.findings == []
    assert result.table3["other"] == [1458, 20, 0, 2, 3, 3, 1486]
    broken = to_2019(example).replace("<td>1486</td>", "<td>1485</td>")
    assert ("row_total", "（六）其他处理", "总计") in checks(validate_file(broken.encode()))


def test_rowspan_headers_without_filler_cells(example):
    """Government sites often span the header cells instead of adding empty ones."""
    header = re.search(r"<tr>\s*<td></td><td>商业企业</td>.*?</tr>", example, re.S).group(0)
    edited = example.replace(header, "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
    edited = edited.replace("<td>自然人</td>", '<td rowspan="2">自然人</td>').replace("<td>总计</td>", '<td rowspan="2">总计</td>', 1)
    result = validate_file(edited.encode())
    assert result.readable and result.findings == []


def test_text_in_a_figure_cell_is_unreadable_but_the_rest_is_checked(example):
    result = validate_file(example.replace("<td>252</td>", "<td>约二百</td>", 1).encode())
    assert result.readable
    unreadable = [f for f in result.findings if f.check == "unreadable"]
    assert len(unreadable) == 1 and unreadable[0].column == "商业企业" and unreadable[0].found == "约二百"


def test_a_page_without_the_tables_is_unreadable():
    result = validate_file("<html><body><p>二〇二五年工作总结</p><table><tr><td>1</td></tr></table></body></html>".encode())
    assert not result.readable
    assert {f.check for f in result.findings} == {"unreadable"}


@pytest.mark.parametrize("text, value, blank", [
    ("", 0, True), ("\xa0", 0, True), ("—", 0, True), ("1,234", 1234, False), (" 12 ", 12, False), ("7.0", 7, False),
])
def test_numbers_as_printed(text, value, blank):
    cell = parse_number(text)
    assert (cell.value, cell.blank) == (value, blank)


def test_words_are_not_numbers():
    assert parse_number("十二") is None and parse_number("1.5") is None


def run(path, *args):
    out = io.StringIO()
    code = 0
    try:
        call_command("validate_report", str(path), *args, stdout=out)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def test_cli_json_lists_findings_with_the_contract_keys(example, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(example.replace("<td>790</td>", "<td>789</td>"), encoding="utf-8")
    code, out = run(path, "--json")
    data = json.loads(out)
    assert code == 0 and data["readable"] and data["format"] == "2021"
    assert len(data["findings"]) == 1 and set(data["findings"][0]) == FINDING_KEYS
    assert data["findings"][0]["check"] == "table4_total"


def test_cli_exit_codes(example, tmp_path):
    good = tmp_path / "good.html"
    good.write_text(example, encoding="utf-8")
    code, out = run(good)
    assert code == 0 and "0 个问题" in out
    bad = tmp_path / "bad.html"
    bad.write_text("<p>没有表格</p>", encoding="utf-8")
    code, out = run(bad, "--json")
    assert code == 2 and json.loads(out)["readable"] is False
    code, _ = run(tmp_path / "missing.html")
    assert code == 2


def test_a_corrupt_docx_is_unreadable(tmp_path):
    result = validate_file(b"PK\x03\x04 not really a zip")
    assert not result.readable and result.findings[0].check == "unreadable"
