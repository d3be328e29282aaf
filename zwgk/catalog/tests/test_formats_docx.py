"""DOCX catalogs: the standard table in a Word document. Parsing variants, bad input, export, round trip."""
import io

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from zwgk.catalog.formats import docx as docxfmt
from zwgk.catalog.formats import xlsx
from zwgk.catalog.formats.structure import CatalogImportError, ChannelSpec

from .test_formats_xlsx import BASIS, DEADLINE, recounted, sample_spec, standard_header, without_source_rows

CHANNELS = "☑政府网站 □政府公报 □两微一端 ☑政务服务中心 □便民服务站"


def data_row(level1, level2, *, level3=None, elements="1.机构名称 2.办公地址", ticks=("√", "", "√", "", "√", "")):
    names = [level1, level2] + ([level3] if level3 is not None else [])
    return ["1"] + names + [elements, BASIS, DEADLINE, "县人力社保局", CHANNELS] + list(ticks)


def build_docx(top, sub, rows, *, before=("某县就业领域基层政务公开标准目录",), merge_level1=(), level1_col=1):
    """A Word table as catalogs are typed: merged two-row header, 一级 cells merged down (vMerge)."""
    document = Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=2 + len(rows), cols=len(top))
    merges = []
    col = 0
    while col < len(top):
        span = 1
        while col + span < len(top) and sub[col] and top[col + span] == top[col]:
            span += 1
        table.cell(0, col).text = top[col]
        if sub[col]:
            for offset in range(span):
                table.cell(1, col + offset).text = sub[col + offset]
            if span > 1:
                merges.append(((0, col), (0, col + span - 1)))
        else:
            merges.append(((0, col), (1, col)))
        col += span
    for r, row in enumerate(rows, 2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for first, last in merge_level1:  # data-row indexes; continuation cells are left empty, as Word does
        for r in range(first + 1, last + 1):
            table.cell(2 + r, level1_col).text = ""
        merges.append(((2 + first, level1_col), (2 + last, level1_col)))
    for (r1, c1), (r2, c2) in reversed(merges):
        table.cell(r1, c1).merge(table.cell(r2, c2))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_a_word_table_with_merged_header_and_vertically_merged_level1_cells():
    top, sub = standard_header()
    rows = [
        data_row("1.就业信息服务", "1.1就业政策法规咨询"),
        data_row("1.就业信息服务", "1.2岗位信息发布", ticks=("", "√", "", "√", "", "√")),
        data_row("2.职业介绍", "2.1职业介绍服务"),
    ]
    data = build_docx(top, sub, rows, before=("某县就业领域基层政务公开标准目录", "责任单位：县人社局 填表人：张三 填表时间：2021年3月5日"),
                      merge_level1=[(0, 1)])
    result = docxfmt.parse(data, "就业.docx")
    catalog = result.catalog
    assert catalog.title == "某县就业领域基层政务公开标准目录"
    assert (catalog.responsible_unit, catalog.filled_by, catalog.filled_on) == ("县人社局", "张三", "2021-03-05")
    assert [item.path for item in catalog.items] == [
        ["就业信息服务", "就业政策法规咨询"], ["就业信息服务", "岗位信息发布"], ["职业介绍", "职业介绍服务"],
    ]
    first, second = catalog.items[:2]
    assert first.channels == [ChannelSpec("政府网站"), ChannelSpec("政务服务中心")]
    assert [e.name for e in first.elements] == ["机构名称", "办公地址"]
    assert first.basis == ["《中华人民共和国政府信息公开条例》（国务院令第711号）", "《中华人民共和国社会保险法》"]
    assert (first.deadline_text, first.deadline_rule.days) == (DEADLINE, 20)
    assert (second.audience, second.mode, second.scope_level) == (["特定群体"], ["依申请"], ["乡级"])
    assert [item.source_row for item in catalog.items] == [3, 4, 5]  # table rows, header included
    assert result.format == "docx" and result.warnings == []


def test_blank_cells_mean_same_as_above_with_a_level3_column():
    top, sub = standard_header(level3=True)
    rows = [
        data_row("社会保险登记", "企业社会保险登记", level3="参保登记"),
        data_row("", "", level3="变更登记"),
        data_row("", "机关事业单位社会保险登记", level3="参保登记"),
    ]
    catalog = docxfmt.parse(build_docx(top, sub, rows), "x.docx").catalog
    assert [item.path for item in catalog.items] == [
        ["社会保险登记", "企业社会保险登记", "参保登记"],
        ["社会保险登记", "企业社会保险登记", "变更登记"],
        ["社会保险登记", "机关事业单位社会保险登记", "参保登记"],
    ]


@pytest.mark.parametrize(
    "variant",
    [
        {"on_request": "依申请公开", "specific": "特定群众", "village": "乡、村级"},
        {"village": "乡（镇）级", "content": "公开内容(要素)"},
    ],
)
def test_it_understands_header_label_variants(variant):
    top, sub = standard_header(**variant)
    item = docxfmt.parse(build_docx(top, sub, [data_row("概况", "机构", ticks=("", "√", "", "√", "", "√"))]), "x.docx").catalog.items[0]
    assert (item.audience, item.mode, item.scope_level) == (["特定群体"], ["依申请"], ["乡级"])


def test_a_table_without_the_level_column_reads_the_other_ticks():
    top, sub = standard_header(with_level=False, specific="特定群众")
    item = docxfmt.parse(build_docx(top, sub, [data_row("概况", "机构", ticks=("√", "√", "", "√"))]), "x.docx").catalog.items[0]
    assert (item.audience, item.mode, item.scope_level) == (["全社会", "特定群体"], ["依申请"], [])


@pytest.mark.parametrize("cell", ["机构名称\n办公地址\n联系电话", "机构名称；办公地址；联系电话", "1.机构名称 2.办公地址 3.联系电话"])
def test_elements_separated_by_new_lines_semicolons_or_numbers(cell):
    top, sub = standard_header()
    item = docxfmt.parse(build_docx(top, sub, [data_row("概况", "机构", elements=cell)]), "x.docx").catalog.items[0]
    assert [e.name for e in item.elements] == ["机构名称", "办公地址", "联系电话"]


def test_elements_in_separate_paragraphs_of_a_cell_are_separate():
    top, sub = standard_header()
    document = Document(io.BytesIO(build_docx(top, sub, [data_row("概况", "机构", elements="机构名称")])))
    cell = document.tables[0].cell(2, top.index("公开内容（要素）"))
    cell.add_paragraph("办公地址")
    buffer = io.BytesIO()
    document.save(buffer)
    item = docxfmt.parse(buffer.getvalue(), "x.docx").catalog.items[0]
    assert [e.name for e in item.elements] == ["机构名称", "办公地址"]


def test_checkboxes_inserted_as_wingdings_symbols_are_read():
    top, sub = standard_header()
    document = Document(io.BytesIO(build_docx(top, sub, [data_row("概况", "机构")])))
    cell = document.tables[0].cell(2, top.index("公开渠道和载体"))
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for char, label in (("F0FE", "部门网站"), ("F0A8", "政府公报")):
        symbol = OxmlElement("w:sym")
        symbol.set(qn("w:font"), "Wingdings")
        symbol.set(qn("w:char"), char)
        paragraph.add_run()._r.append(symbol)
        paragraph.add_run(label + " ")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docxfmt.parse(buffer.getvalue(), "x.docx").catalog.items[0].channels == [ChannelSpec("部门网站")]


def test_a_title_row_inside_the_table_is_the_title():
    top, sub = standard_header()
    document = Document(io.BytesIO(build_docx(top, sub, [data_row("概况", "机构")], before=())))
    table = document.tables[0]
    title_row = table.rows[0]._tr
    new_row = OxmlElement("w:tr")
    title_row.addprevious(new_row)
    new_row = table.rows[0]
    cell = OxmlElement("w:tc")
    new_row._tr.append(cell)
    table.rows[0].cells  # noqa: B018  (make sure python-docx accepts the row)
    from docx.table import _Cell

    title_cell = _Cell(cell, table)
    title_cell._tc.get_or_add_tcPr().grid_span = len(top)
    title_cell.text = "表内标题的政务公开标准目录"
    buffer = io.BytesIO()
    document.save(buffer)
    result = docxfmt.parse(buffer.getvalue(), "x.docx")
    assert result.catalog.title == "表内标题的政务公开标准目录"
    assert result.catalog.items[0].source_row == 4


def test_a_document_without_tables_is_an_import_error():
    document = Document()
    document.add_paragraph("某县政务公开标准目录")
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(CatalogImportError, match="没有表格") as caught:
        docxfmt.parse(buffer.getvalue(), "无表格.docx")
    assert caught.value.source == "无表格.docx"


def test_a_missing_item_column_is_an_import_error():
    top, sub = standard_header()
    top = ["序号", "事由", "事由"] + top[3:]
    sub = ["", "甲", "乙"] + sub[3:]
    with pytest.raises(CatalogImportError) as caught:
        docxfmt.parse(build_docx(top, sub, [data_row("概况", "机构")]), "缺列.docx")
    assert caught.value.column and "二级事项" in caught.value.column and caught.value.row == 1


def test_a_truncated_last_row_is_reported_with_its_table_row():
    top, sub = standard_header()
    rows = [data_row("概况", "机构"), ["2", "", "领导信息"] + [""] * (len(top) - 3)]
    result = docxfmt.parse(build_docx(top, sub, rows), "截断.docx")
    assert [(w.row, w.column) for w in result.warnings] == [(4, "公开内容（要素）")]
    assert result.catalog.items[-1].path == ["概况", "领导信息"]


@pytest.mark.parametrize("data", [b"", b"\x00\xff junk" * 50, b"PK\x05\x06" + b"\x00" * 18])
def test_junk_bytes_are_a_clear_import_error(data):
    with pytest.raises(CatalogImportError) as caught:
        docxfmt.parse(data, "junk.docx")
    assert caught.value.source == "junk.docx"


def test_an_xlsx_passed_as_docx_is_a_clear_import_error():
    with pytest.raises(CatalogImportError):
        docxfmt.parse(xlsx.dump(sample_spec()), "wrong.docx")


# ---------------------------------------------------------------------------------------------
# Export and round trip


def test_dump_then_parse_gives_the_same_catalog():
    spec = sample_spec()
    assert without_source_rows(docxfmt.parse(docxfmt.dump(spec), "export.docx").catalog) == recounted(spec)


def test_the_exported_document_is_landscape_with_a_repeating_merged_header():
    spec = sample_spec()
    document = Document(io.BytesIO(docxfmt.dump(spec)))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert document.paragraphs[0].text == spec.title
    table = document.tables[0]
    rows = table._tbl.tr_lst
    assert [bool(tr.xpath("./w:trPr/w:tblHeader")) for tr in rows[:3]] == [True, True, False]
    header = docxfmt.table_grid(table._tbl)
    assert header[0][1:4] == ["公开事项"] * 3 and header[1][1:4] == ["一级事项", "二级事项", "三级事项"]
    assert header[0][0] == header[1][0] == "序号"
    # 一级 概况信息 spans the first two items: the second row's cell continues the first.
    assert rows[3].tc_lst[1].vMerge == "continue" and rows[2].tc_lst[1].vMerge == "restart"
    assert table.rows[2].cells[8].text.startswith("■部门网站\n■银川市人民政府门户网站\n□两微一端")


def test_all_27_seed_items_survive_a_docx_round_trip(seed_path):
    from zwgk.catalog.formats import dump, parse_file, spec_to_comparable

    seed = parse_file(seed_path).catalog
    result = parse_file("export.docx", dump(seed, "docx"))
    assert result.format == "docx"
    assert len(result.catalog.items) == 27
    assert spec_to_comparable(result.catalog) == spec_to_comparable(recounted(seed))


@pytest.mark.parametrize("document_xml", [
    '<w:document xmlns:w="urn:not-word"><w:body/></w:document>',  # another element: no .body at all
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',  # no w:body
])
def test_a_document_part_without_a_word_body_is_an_import_error(document_xml):
    """Found by bench/fuzz.py (AttributeError before); tests/fuzz_corpus/catalog-docx replays both."""
    from zwgk.lib.tests.zips import make_zip

    data = make_zip({
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
        "word/document.xml": document_xml,
    })
    with pytest.raises(CatalogImportError, match="DOCX 文件没有正文"):
        docxfmt.parse(data)
