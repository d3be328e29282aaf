"""HTML, DOCX and PDF follow the official layout: merged header cells, exact labels, embedded CJK font."""
import io

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from zwgk.annualreport import render, tables
from zwgk.annualreport.validator import validate_file
from zwgk.applications.codes import OUTCOME_GROUPS


def sample():
    flows = {("new", code, tables.APPLICANT_CODES[i % 6]): i + 1 for i, code in enumerate(tables.OUTCOME_CODES)}
    flows[("carried_in", "carried_out", "natural_person")] = 4
    flows[("new", "disclosed", "enterprise")] = 1234
    return {
        "year": 2025, "agency": "测试市人社局", "format": "2021",
        "table2": tables.Table2(
            rules=tables.DocumentCounts(3, 5, 74), licensing=tables.DecisionCount(10, 12),
        ).to_json(),
        "table3": tables.table3_from_flows(flows).to_json(),
        "table4": tables.table4_from_counts({("reconsideration", "upheld"): 2, ("litigation_direct", "pending"): 1}),
        "sections": {"overall": "（一）主动公开。本年度主动公开政府信息。\n（二）依申请公开。",
                     "problems": "存在的主要问题：一是……", "other_matters": "本年度未收取信息处理费。"},
    }


def test_the_html_reads_back_through_the_validator_with_no_finding():
    data = sample()
    result = validate_file(render.html_document(data).encode())
    assert result.readable and result.format == "2021" and result.findings == []
    expected = {row["code"]: row["values"] for row in data["table3"]["rows"]}
    assert result.table3 == expected
    assert result.table4["reconsideration"] == [2, 0, 0, 0, 2]


def test_the_html_has_the_six_section_titles_and_the_manual_figure_note():
    html = render.html_body(sample())
    for title in ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]:
        assert f"<h2>{title}</h2>" in html
    assert "注：行政许可处理决定数量为人工填报。" in html
    assert '<td rowspan="3" colspan="3">（本列数据的勾稽关系为：' in html
    assert '<td rowspan="22">三、本年度办理结果</td>' in html


def test_the_html_body_survives_the_record_sanitiser():
    from zwgk.records.sanitize import sanitize_html

    body = render.html_body(sample())
    assert validate_file(sanitize_html(body).encode()).findings == []


def cell_spans(table):
    """(row, grid column) → (text, gridSpan, vMerge) of every <w:tc> of a python-docx table."""
    out = {}
    for r, tr in enumerate(table._tbl.tr_lst):
        col = 0
        for tc in tr.tc_lst:
            text = "".join(t.text for t in tc.iter(qn("w:t")))
            span = tc.grid_span
            vmerge = tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None
            out[(r, col)] = (text, span, None if vmerge is None else vmerge.get(qn("w:val"), "continue"))
            col += span
    return out


@pytest.fixture(scope="module")
def document():
    return docx.Document(io.BytesIO(render.docx_bytes(sample())))


def test_docx_table3_has_the_official_merged_header_cells(document):
    t3 = cell_spans(document.tables[1])
    assert t3[(0, 0)] == (tables.HEADER_NOTE, 3, "restart")
    assert t3[(1, 0)][1:] == (3, "continue") and t3[(2, 0)][1:] == (3, "continue")
    assert t3[(0, 3)] == ("申请人情况", 7, None)
    assert t3[(1, 3)] == ("自然人", 1, "restart") and t3[(2, 3)][2] == "continue"
    assert t3[(1, 4)] == ("法人或其他组织", 5, None)
    assert t3[(1, 9)] == ("总计", 1, "restart")
    assert [t3[(2, c)][0] for c in range(4, 9)] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def test_docx_table3_rows_have_the_exact_labels_and_groups(document):
    t3 = cell_spans(document.tables[1])
    assert t3[(3, 0)] == ("一、本年新收政府信息公开申请数量", 3, None)
    assert t3[(5, 0)] == ("三、本年度办理结果", 1, "restart")
    assert t3[(5, 1)] == ("（一）予以公开", 2, None)
    assert t3[(7, 1)] == (OUTCOME_GROUPS["withheld"], 1, "restart") and t3[(7, 2)][0] == "1.属于国家秘密"
    assert t3[(8, 1)][2] == "continue"
    labels = [t3[(r, 2)][0] for r in range(7, 26)]
    assert labels == [tables.ROW_LABELS[c] for c in tables.OUTCOME_CODES if "." in c]
    assert t3[(26, 1)] == ("（七）总计", 2, None) and t3[(26, 0)][2] == "continue"
    assert t3[(27, 0)] == ("四、结转下年度继续办理", 3, None)
    assert t3[(5, 4)][0] == "1234"


def test_docx_table4_header_and_fifteen_figures(document):
    t4 = cell_spans(document.tables[2])
    assert t4[(0, 0)] == ("行政复议", 5, None) and t4[(0, 5)] == ("行政诉讼", 10, None)
    assert t4[(1, 0)] == ("结果维持", 1, "restart") and t4[(1, 4)] == ("总计", 1, "restart")
    assert t4[(1, 5)] == ("未经复议直接起诉", 5, None) and t4[(1, 10)] == ("复议后起诉", 5, None)
    assert [t4[(2, c)][0] for c in range(5, 15)] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
    assert [t4[(3, c)][0] for c in range(15)] == ["2", "0", "0", "0", "2", "0", "0", "0", "1", "1"] + ["0"] * 5


def test_docx_table2_blocks(document):
    t2 = cell_spans(document.tables[0])
    assert t2[(0, 0)] == ("第二十条第（一）项", 4, None)
    assert [t2[(1, c)][0] for c in range(4)] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert [t2[(2, c)][0] for c in range(4)] == ["规章", "3", "5", "74"]
    assert t2[(6, 0)] == ("行政许可", 1, None) and t2[(6, 1)] == ("12", 3, None)
    assert t2[(12, 1)] == ("本年收费金额（单位：万元）", 3, None)


def test_docx_reads_back_through_the_validator():
    assert validate_file(render.docx_bytes(sample())).findings == []


def test_pdf_embeds_the_cjk_font():
    reader = pypdf.PdfReader(io.BytesIO(render.pdf_bytes(sample())))
    embedded = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or []:
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.add(str(font["/BaseFont"]))
    assert any("CJK" in name for name in embedded), embedded
    text = "".join(page.extract_text() for page in reader.pages)
    assert "结转下年度继续办理" in text and "测试市人社局2025年政府信息公开工作年度报告" in text.replace("\n", "")
