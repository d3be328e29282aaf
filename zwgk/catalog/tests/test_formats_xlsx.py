"""XLSX catalogs in the standard 基层政务公开标准目录 layout: parsing variants, bad input, export, round trip."""
import io

import pytest
from openpyxl import Workbook, load_workbook

from zwgk.catalog.formats import xlsx
from zwgk.catalog.formats.deadline import parse_deadline
from zwgk.catalog.formats.structure import (
    NATIONAL_CHANNELS,
    YINCHUAN_CHANNELS,
    CatalogImportError,
    CatalogSpec,
    ChannelSpec,
    ElementSpec,
    ItemSpec,
    count_levels,
)

BASIS = "1.《中华人民共和国政府信息公开条例》（国务院令第711号）2.《中华人民共和国社会保险法》"
CHANNELS = "■政府网站\n□政府公报\n□两微一端\n■政务服务中心\n□便民服务站\n■其他（宁夏政务服务网）"
DEADLINE = "公开事项信息形成或变更之日起20个工作日内公开"


def standard_header(*, level3=False, on_request="依申请", specific="特定群体", village="乡级", content="公开内容（要素）",
                    with_level=True):
    """The two header rows and their merges, for a header whose first row is `top` (1-based)."""
    names = ["一级事项", "二级事项"] + (["三级事项"] if level3 else [])
    top = ["序号"] + ["公开事项"] * len(names) + [content, "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                                                "公开对象", "公开对象", "公开方式", "公开方式"]
    sub = [""] + names + [""] * 5 + ["全社会", specific, "主动", on_request]
    if with_level:
        top += ["公开层级", "公开层级"]
        sub += ["县级", village]
    return top, sub


def build_xlsx(rows, merges=()):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append([value if value != "" else None for value in row])
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def data_row(number, level1, level2, *, level3=None, elements="1.机构名称 2.办公地址", ticks=("√", "", "√", "", "√", "")):
    names = [level1, level2] + ([level3] if level3 is not None else [])
    return [number] + names + [elements, BASIS, DEADLINE, "县人力社保局", CHANNELS] + list(ticks)


def header_merges(first_row, top):
    """Merges like a real catalog: group labels across, single labels down over both header rows."""
    merges, col = [], 1
    while col <= len(top):
        span = 1
        while col + span <= len(top) and top[col + span - 1] == top[col - 1]:
            span += 1
        letter = lambda c: chr(ord("A") + c - 1)  # noqa: E731
        if span > 1:
            merges.append(f"{letter(col)}{first_row}:{letter(col + span - 1)}{first_row}")
        else:
            merges.append(f"{letter(col)}{first_row}:{letter(col)}{first_row + 1}")
        col += span
    return merges


def test_it_reads_the_standard_layout_with_merged_header_and_merged_level1_cells():
    top, sub = standard_header()
    rows = [
        ["县人社局就业领域基层政务公开标准目录"] + [""] * 15,
        ["责任单位：县人社局　填表人：张三　复核人：李四　审签人：王五　填表时间：2021年3月5日"],
        top, sub,
        data_row(1, "1.就业信息服务", "1.1就业政策法规咨询"),
        data_row(2, "", "1.2岗位信息发布", elements="1.招聘单位\n2.岗位要求\n3.福利待遇"),
        data_row(3, "2.职业介绍", "2.1职业介绍服务", ticks=("", "√", "", "√", "", "√")),
    ]
    merges = ["A1:P1", "A2:P2", *header_merges(3, top), "B5:B6"]
    result = xlsx.parse(build_xlsx(rows, merges), "就业.xlsx")

    catalog = result.catalog
    assert catalog.title == "县人社局就业领域基层政务公开标准目录"
    assert (catalog.responsible_unit, catalog.filled_by, catalog.reviewed_by, catalog.signed_by) == ("县人社局", "张三", "李四", "王五")
    assert catalog.filled_on == "2021-03-05" and catalog.year == 2021
    assert [item.path for item in catalog.items] == [
        ["就业信息服务", "就业政策法规咨询"], ["就业信息服务", "岗位信息发布"], ["职业介绍", "职业介绍服务"],
    ]
    first = catalog.items[0]
    assert [e.name for e in first.elements] == ["机构名称", "办公地址"]
    assert first.basis == ["《中华人民共和国政府信息公开条例》（国务院令第711号）", "《中华人民共和国社会保险法》"]
    assert first.deadline_text == DEADLINE
    assert (first.deadline_rule.kind, first.deadline_rule.days, first.deadline_rule.day_type) == ("after_event", 20, "working")
    assert first.units == ["县人力社保局"]
    assert first.channels == [ChannelSpec("政府网站"), ChannelSpec("政务服务中心"), ChannelSpec("其他", "宁夏政务服务网")]
    assert (first.audience, first.mode, first.scope_level) == (["全社会"], ["主动"], ["县级"])
    assert [e.name for e in catalog.items[1].elements] == ["招聘单位", "岗位要求", "福利待遇"]
    third = catalog.items[2]
    assert (third.audience, third.mode, third.scope_level) == (["特定群体"], ["依申请"], ["乡级"])
    assert [item.source_row for item in catalog.items] == [5, 6, 7]
    assert result.format == "xlsx" and result.warnings == []


def test_blank_level1_and_level2_cells_mean_same_as_above_in_a_three_level_table():
    top, sub = standard_header(level3=True)
    rows = [
        top, sub,
        data_row(1, "社会保险登记", "企业社会保险登记", level3="参保登记"),
        data_row(2, "", "", level3="变更登记"),
        data_row(3, "", "机关事业单位社会保险登记", level3="参保登记"),
        data_row(4, "养老保险待遇", "基本养老金申领", level3=""),
    ]
    catalog = xlsx.parse(build_xlsx(rows), "三级.xlsx").catalog
    assert [item.path for item in catalog.items] == [
        ["社会保险登记", "企业社会保险登记", "参保登记"],
        ["社会保险登记", "企业社会保险登记", "变更登记"],
        ["社会保险登记", "机关事业单位社会保险登记", "参保登记"],
        ["养老保险待遇", "基本养老金申领"],
    ]


def test_a_merged_level2_heading_row_without_content_is_the_parent_of_its_level3_rows():
    top, sub = standard_header(level3=True)
    heading = [1, "社会保险登记", "企业社会保险登记", ""] + [""] * 11
    rows = [top, sub, heading, data_row("", "", "", level3="参保登记"), data_row("", "", "", level3="注销登记")]
    result = xlsx.parse(build_xlsx(rows, ["C3:C5", "B3:B5"]), "三级.xlsx")
    assert [item.path for item in result.catalog.items] == [
        ["社会保险登记", "企业社会保险登记", "参保登记"], ["社会保险登记", "企业社会保险登记", "注销登记"],
    ]
    assert result.warnings == []


@pytest.mark.parametrize("channels", ["☑政府网站 □政府公报 ☑政务服务中心", "☑政府网站□政府公报☑政务服务中心", "■政府网站\n□政府公报\n■政务服务中心"])
def test_it_reads_checkbox_lists_in_the_channel_cell(channels):
    top, sub = standard_header()
    row = data_row(1, "就业信息服务", "岗位信息发布")
    row[top.index("公开渠道和载体")] = channels
    item = xlsx.parse(build_xlsx([top, sub, row]), "x.xlsx").catalog.items[0]
    assert item.channels == [ChannelSpec("政府网站"), ChannelSpec("政务服务中心")]


@pytest.mark.parametrize(
    "variant",
    [
        {"on_request": "依申请公开", "specific": "特定群众", "village": "乡、村级"},
        {"village": "乡（镇）级", "content": "公开内容(要素)"},
        {"content": "公开内容 （要素）", "specific": "特定群众"},
    ],
)
def test_it_understands_header_label_variants(variant):
    top, sub = standard_header(**variant)
    rows = [top, sub, data_row(1, "就业信息服务", "岗位信息发布", ticks=("", "√", "", "√", "", "√"))]
    item = xlsx.parse(build_xlsx(rows), "x.xlsx").catalog.items[0]
    assert (item.audience, item.mode, item.scope_level) == (["特定群体"], ["依申请"], ["乡级"])
    assert [e.name for e in item.elements] == ["机构名称", "办公地址"]


def test_it_finds_the_header_below_several_preamble_lines_and_without_a_level_column():
    top, sub = standard_header(with_level=False)
    preamble = [["附件2"], [""], ["某县社会保险领域基层政务公开标准目录"], [""], ["填表时间：2020.11.30"], [""]]
    rows = preamble + [top, sub, data_row(1, "参保登记", "企业参保登记", ticks=("√", "√", "√", ""))]
    catalog = xlsx.parse(build_xlsx(rows), "x.xlsx").catalog
    item = catalog.items[0]
    assert catalog.title == "某县社会保险领域基层政务公开标准目录"
    assert catalog.filled_on == "2020-11-30"
    assert (item.audience, item.mode, item.scope_level) == (["全社会", "特定群体"], ["主动"], [])
    assert item.source_row == 9


@pytest.mark.parametrize(
    "cell",
    ["机构名称 办公地址 联系电话", "机构名称；办公地址；联系电话", "机构名称\n办公地址\n联系电话",
     "1.机构名称 2.办公地址 3.联系电话", "1、机构名称；2、办公地址；3、联系电话"],
)
def test_elements_separated_by_spaces_semicolons_or_new_lines(cell):
    top, sub = standard_header()
    item = xlsx.parse(build_xlsx([top, sub, data_row(1, "概况", "机构", elements=cell)]), "x.xlsx").catalog.items[0]
    assert [e.name for e in item.elements] == ["机构名称", "办公地址", "联系电话"]


def test_the_original_deadline_text_is_kept_and_same_as_above_takes_the_previous_rule():
    top, sub = standard_header()
    first = data_row(1, "概况", "机构")
    second = data_row(2, "", "领导")
    second[top.index("公开时限")] = "同上"
    third = data_row(3, "", "年报")
    third[top.index("公开时限")] = "每年1月31日前"
    items = xlsx.parse(build_xlsx([top, sub, first, second, third]), "x.xlsx").catalog.items
    assert items[1].deadline_text == "同上"
    assert (items[1].deadline_rule.kind, items[1].deadline_rule.days) == ("after_event", 20)
    assert (items[2].deadline_rule.kind, items[2].deadline_rule.month, items[2].deadline_rule.day) == ("yearly", 1, 31)


def test_an_unreadable_deadline_is_reported_with_its_row():
    top, sub = standard_header()
    row = data_row(1, "概况", "机构")
    row[top.index("公开时限")] = "视情况而定"
    result = xlsx.parse(build_xlsx([["目录"], top, sub, row]), "x.xlsx")
    assert result.catalog.items[0].deadline_text == "视情况而定"
    assert [(w.row, w.column) for w in result.warnings] == [(4, "公开时限")]


def test_a_missing_item_column_is_an_error_naming_the_file_and_the_column():
    top, sub = standard_header()
    keep = [i for i, label in enumerate(top) if label != "公开事项"]
    rows = [[top[i] for i in keep], [sub[i] for i in keep], [data_row(1, "概况", "机构")[i] for i in keep]]
    with pytest.raises(CatalogImportError) as caught:
        xlsx.parse(build_xlsx(rows), "缺列.xlsx")
    assert caught.value.source == "缺列.xlsx"
    assert "二级事项" in caught.value.column
    assert "缺列.xlsx" in str(caught.value) and "二级事项" in str(caught.value)


def test_a_sheet_without_any_header_is_an_error():
    with pytest.raises(CatalogImportError, match="表头"):
        xlsx.parse(build_xlsx([["一些文字"], ["1", "2"]]), "无表头.xlsx")


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 not really a zip", bytes(range(256)) * 20, "序号,公开事项\n".encode()])
def test_junk_bytes_are_a_clear_import_error(data):
    with pytest.raises(CatalogImportError) as caught:
        xlsx.parse(data, "junk.xlsx")
    assert caught.value.source == "junk.xlsx"


def test_a_truncated_last_row_is_reported_with_its_spreadsheet_row():
    top, sub = standard_header()
    rows = [["标题"], top, sub, data_row(1, "概况", "机构"), [2, "", "领导信息"]]
    result = xlsx.parse(build_xlsx(rows), "截断.xlsx")
    assert [w.row for w in result.warnings] == [5]
    assert "领导信息" in result.warnings[0].message
    assert [item.path for item in result.catalog.items] == [["概况", "机构"], ["概况", "领导信息"]]


def test_a_row_with_content_but_no_item_name_is_reported_not_invented():
    top, sub = standard_header()
    rows = [top, sub, data_row(1, "", "")]
    result = xlsx.parse(build_xlsx(rows), "x.xlsx")
    assert result.catalog.items == []
    assert [(w.row, w.severity) for w in result.warnings] == [(3, "error")]


def test_repeated_header_rows_and_column_number_rows_are_skipped():
    top, sub = standard_header()
    numbers = [str(n) for n in range(1, len(top) + 1)]
    rows = [top, sub, numbers, data_row(1, "概况", "机构"), top, sub, data_row(2, "", "领导")]
    catalog = xlsx.parse(build_xlsx(rows), "x.xlsx").catalog
    assert [item.path for item in catalog.items] == [["概况", "机构"], ["概况", "领导"]]


# ---------------------------------------------------------------------------------------------
# Export and round trip


def sample_spec(*, level3=True) -> CatalogSpec:
    """A spec exercising every field the formats must carry, including the awkward cases."""
    previous = None

    def item(path, deadline="形成或变更之日起20个工作日内", **fields):
        nonlocal previous
        previous = parse_deadline(deadline, previous)
        return ItemSpec(path=path, deadline_text=deadline, deadline_rule=previous, **fields)

    items = [
        item(
            ["概况信息", "机构信息"],
            elements=[ElementSpec("内设机构及职责分工"), ElementSpec("发布日期", "date"), ElementSpec("照片", "text", True),
                      ElementSpec("处罚金额", "number", True), ElementSpec("备案材料", "file")],
            basis=["《中华人民共和国政府信息公开条例》（国务院令第711号）", "国务院《2020年政务公开工作要点》"],
            units=["市人社局办公室", "市社保局"],
            # Not in the standard order on purpose: the cell must keep the item's own order.
            channels=[ChannelSpec("部门网站"), ChannelSpec("银川市人民政府门户网站"), ChannelSpec("其他", "宁夏政务服务网"),
                      ChannelSpec("信用中国网站")],
            mode=["主动", "依申请"], audience=["全社会"], scope_level=["县级", "乡级"], five_types=["决策", "结果"],
            columns=["银川市人力资源和社会保障局网站 › 机构职能 › 机构职责", "银川市门户网站 › 信息公开目录 › 概况信息"],
            remarks="每年更新",
        ),
        item(["概况信息", "领导信息"], deadline="同上", elements=[ElementSpec("姓名"), ElementSpec("职务")],
             channels=[ChannelSpec("两微一端")], mode=["主动"]),
        item(["政府信息公开年报", "年度报告"], deadline="每年1月31日前", elements=[ElementSpec("年度报告全文")]),
    ]
    if level3:
        items.append(item(["社会保险", "参保登记", "企业参保登记"], elements=[ElementSpec("办理材料")], scope_level=["乡级"]))
        items.append(item(["社会保险", "参保登记", "变更登记"], deadline="实时公开"))
    return CatalogSpec(
        title="银川市人力资源和社会保障局政务公开基本目录", year=2020, agency_name="银川市人力资源和社会保障局",
        responsible_unit="银川市人社局", filled_by="柳玮玮", reviewed_by="王万年", signed_by="王东风",
        filled_on="2020-12-04", declared={"level1": 6, "level2": 26, "on_request_level2": 0}, items=items,
    )


def without_source_rows(spec: CatalogSpec) -> CatalogSpec:
    """The parsed spec without what a parse adds: source rows and the layout it read."""
    for item in spec.items:
        item.source_row = None
    spec.layout = {}
    return spec


def recounted(spec: CatalogSpec) -> CatalogSpec:
    """The spec as an export writes it: the header's counts recomputed from the table."""
    spec.declared = count_levels(spec)
    return spec


def test_dump_then_parse_gives_the_same_catalog():
    spec = sample_spec()
    assert without_source_rows(xlsx.parse(xlsx.dump(spec), "export.xlsx").catalog) == recounted(spec)


def test_the_exported_sheet_has_the_official_printable_layout():
    spec = sample_spec()
    sheet = load_workbook(io.BytesIO(xlsx.dump(spec))).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    # Title, facts and counts lines, then the header in rows 4-5.
    assert sheet["A1"].value == spec.title and "A1:V1" in merged
    assert "填表人：柳玮玮" in sheet["A2"].value and "填表时间：2020年12月4日" in sheet["A2"].value
    # The counts are those of the table (3/4/2 and one 依申请), not the 6/26/0 the spec declares.
    assert sheet["A3"].value == "政府信息：主动公开一级事项3项，二级事项4项，三级事项2项；依申请公开二级事项1项"
    assert [sheet.cell(4, c).value for c in (1, 2, 5)] == ["序号", "公开事项", "公开内容（要素）"]
    assert [sheet.cell(5, c).value for c in (2, 3, 4)] == ["一级事项", "二级事项", "三级事项"]
    assert {"A4:A5", "B4:D4", "E4:E5"} <= merged
    assert "B6:B7" in merged and "B9:B10" in merged and "C9:C10" in merged  # 一级, and 二级 above 三级 rows
    channel_cell = sheet.cell(6, 9).value.split("\n")
    # The spec's channels are mostly the seed's own list, so that list is printed, not the national one.
    assert channel_cell[:3] == ["■部门网站", "■银川市人民政府门户网站", "□两微一端"]
    assert "■其他（宁夏政务服务网）" in channel_cell and "■信用中国网站" in channel_cell
    assert len(channel_cell) == len(YINCHUAN_CHANNELS) + 1 and "□政府网站" not in channel_cell
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$4:$5"
    assert sheet.cell(6, 5).alignment.wrap_text


def test_the_level3_column_is_only_exported_when_an_item_has_three_levels():
    sheet = load_workbook(io.BytesIO(xlsx.dump(sample_spec(level3=False)))).active
    assert [sheet.cell(5, c).value for c in (2, 3, 4)] == ["一级事项", "二级事项", None]
    assert sheet.cell(4, 4).value == "公开内容（要素）"



def test_all_27_seed_items_survive_an_xlsx_round_trip(seed_path):
    from zwgk.catalog.formats import dump, parse_file, spec_to_comparable

    seed = parse_file(seed_path).catalog
    result = parse_file("export.xlsx", dump(seed, "xlsx"))
    assert result.format == "xlsx"
    assert len(result.catalog.items) == 27
    assert result.catalog.declared == count_levels(seed) == {"level1": 6, "level2": 27, "on_request_level2": 1}
    assert spec_to_comparable(result.catalog) == spec_to_comparable(recounted(seed))


def test_a_one_row_header_with_word_columns_instead_of_ticks():
    header = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"]
    row = [1, "概况", "机构", "机构名称；办公地址", BASIS, DEADLINE, "县人社局", "■政府网站", "特定群众", "主动公开、依申请公开"]
    item = xlsx.parse(build_xlsx([header, row]), "x.xlsx").catalog.items[0]
    assert item.path == ["概况", "机构"]
    assert (item.audience, item.mode) == (["特定群体"], ["主动", "依申请"])
    assert item.source_row == 2


def test_a_section_row_merged_across_the_table_starts_a_new_level1_item():
    top, sub = standard_header()
    rows = [top, sub, ["一、就业信息服务"] + [""] * 13, data_row(1, "", "岗位信息发布"), data_row(2, "", "政策咨询")]
    catalog = xlsx.parse(build_xlsx(rows, ["A3:N3"]), "x.xlsx").catalog
    assert [item.path for item in catalog.items] == [["就业信息服务", "岗位信息发布"], ["就业信息服务", "政策咨询"]]


def test_a_catalog_using_the_national_channels_prints_the_national_checkbox_list():
    spec = CatalogSpec(title="某县人社局目录", items=[
        ItemSpec(path=["概况", "机构"], channels=[ChannelSpec("政府网站"), ChannelSpec("政务服务中心")], mode=["主动"]),
    ])
    sheet = load_workbook(io.BytesIO(xlsx.dump(spec))).active
    cell = next(c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "■政府网站" in c.value)
    assert cell.split("\n") == [("■" if n in ("政府网站", "政务服务中心") else "□") + n for n in NATIONAL_CHANNELS]
    assert [c.name for c in xlsx.parse(xlsx.dump(spec), "x.xlsx").catalog.items[0].channels] == ["政府网站", "政务服务中心"]
