"""The catalog, faithful both ways: an imported catalog keeps its own table layout (columns, their
order and wording, how 序号 numbers, the channel list's wording) and exports in it; a catalog made
from scratch takes one of the standard layouts."""
import io

import pytest
from docx import Document
from openpyxl import load_workbook

from zwgk.catalog.exporting import export_catalog
from zwgk.catalog.formats import dump, parse_file, spec_to_comparable
from zwgk.catalog.formats.layouts import (
    BASIC_LAYOUT,
    SEED_LAYOUT,
    STANDARD_LAYOUTS,
    Layout,
    detect_numbering,
    layout_from_header,
    standard_layout,
)
from zwgk.catalog.formats.officetable import export_layout, seq_numbers
from zwgk.catalog.formats.structure import CatalogSpec, ChannelSpec, ItemSpec
from zwgk.catalog.importing import import_catalog
from zwgk.catalog.models import Catalog
from zwgk.catalog.snapshot import catalog_to_spec


def seed_header_lines(seed_path) -> tuple[list[str], list[str]]:
    """The seed's two header lines, the non-empty cells as written."""
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("序号\t"))
    return tuple([c.strip() for c in lines[i].split("\t") if c.strip()] for i in (first, first + 1))


def xlsx_header(data: bytes) -> tuple[list[str], list[str], object, int]:
    sheet = load_workbook(io.BytesIO(data)).active
    row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    cells = lambda r: [sheet.cell(r, c).value for c in range(1, sheet.max_column + 1)]  # noqa: E731
    return [v for v in cells(row) if v], [v for v in cells(row + 1) if v], sheet, row


def test_the_seed_layout_is_read_as_written(seed_path):
    layout = Layout.from_dict(parse_file(seed_path).catalog.layout)
    assert layout.columns == SEED_LAYOUT.columns
    keys = layout.keys()
    assert not any(k.startswith(("audience:", "level:")) for k in keys)  # no 公开对象 / 公开层级
    assert layout.numbering == "level1"
    assert layout.channels[-2:] == ["精准推送（注明）", "其他（注明）"]
    assert [c.sub for c in layout.columns if c.key.startswith("mode:")] == ["主动公开", "依申请"]


def test_seed_to_xlsx_to_import_gives_the_same_items_and_layout_and_the_sources_header(db, agency, other_agency, seed_path):
    import_catalog(parse_file(seed_path), agency=agency)
    data = export_catalog(Catalog.objects.get(agency=agency), "xlsx")

    top, sub, sheet, row = xlsx_header(data)
    assert (top, sub) == seed_header_lines(seed_path)
    assert top[2] == "公开内容 (要素)" and "公开对象" not in top and "公开层级" not in top

    import_catalog(parse_file("export.xlsx", data), agency=other_agency)
    original, copy = (catalog_to_spec(Catalog.objects.get(agency=a)) for a in (agency, other_agency))
    assert copy.layout == original.layout == parse_file(seed_path).catalog.layout
    before, after = spec_to_comparable(original), spec_to_comparable(copy)
    assert after["items"] == before["items"] and len(after["items"]) == 27


def test_seed_xlsx_numbers_the_first_level_items_and_merges_the_number_over_their_rows(db, agency, seed_path):
    import_catalog(parse_file(seed_path), agency=agency)
    _, _, sheet, row = xlsx_header(export_catalog(Catalog.objects.get(agency=agency), "xlsx"))
    first = row + 2
    numbers = [sheet.cell(r, 1).value for r in range(first, first + 27)]
    assert [n for n in numbers if n] == ["1", "2", "3", "4", "5", "6"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"A{first}:A{first + 3}" in merged and f"B{first}:B{first + 3}" in merged  # 概况信息: 4 items


def test_the_channel_list_keeps_the_sources_wording(db, agency, seed_path):
    import_catalog(parse_file(seed_path), agency=agency)
    _, _, sheet, row = xlsx_header(export_catalog(Catalog.objects.get(agency=agency), "xlsx"))
    channel_col = 1 + SEED_LAYOUT.keys().index("channels")
    boxes = sheet.cell(row + 2, channel_col).value.split("\n")
    assert boxes[:2] == ["■银川市人民政府门户网站", "■部门网站"]
    assert boxes[-2:] == ["□精准推送（注明）", "□其他（注明）"]
    noted = [sheet.cell(r, channel_col).value for r in range(row + 2, row + 29) if "宁夏政务服务网" in (sheet.cell(r, channel_col).value or "")]
    assert noted and all("■其他（宁夏政务服务网）" in cell for cell in noted)


def test_the_docx_export_writes_the_sources_header_too(db, agency, seed_path):
    import_catalog(parse_file(seed_path), agency=agency)
    table = Document(io.BytesIO(export_catalog(Catalog.objects.get(agency=agency), "docx"))).tables[0]

    def labels(tr):  # one text per cell as written: a span is one cell, a cell merged down is not repeated
        return [tc.xpath("string(.)") for tc in tr.tc_lst if tc.vMerge != "continue" and tc.xpath("string(.)")]

    top, sub = seed_header_lines(seed_path)
    assert labels(table._tbl.tr_lst[0]) == top and labels(table._tbl.tr_lst[1]) == sub
    assert Layout.from_dict(parse_file("x.docx", export_catalog(Catalog.objects.get(agency=agency), "docx")).catalog.layout).columns == SEED_LAYOUT.columns


def test_the_header_counts_are_recounted_on_export_and_the_sources_miscount_stays_in_the_history(
    client, db, agency, seed_path, django_user_model
):
    from django.urls import reverse

    from zwgk.accounts.models import Membership, Role

    import_catalog(parse_file(seed_path), agency=agency)
    catalog = Catalog.objects.get(agency=agency)
    assert catalog.declared == {"level1": 6, "level2": 26, "on_request_level2": 0}  # as the source says
    sheet = load_workbook(io.BytesIO(export_catalog(catalog, "xlsx"))).active
    assert sheet["A3"].value == "政府信息：主动公开一级事项6项，二级事项27项；依申请公开二级事项1项"
    text = Document(io.BytesIO(export_catalog(catalog, "docx"))).paragraphs[2].text
    assert text == sheet["A3"].value

    entry = catalog.changes.get(action="import")
    assert entry.after["mismatches"] == ["表头声明二级事项26项，实际列出27项（全部导入）",
                                         "表头声明依申请公开二级事项0项，实际列出1项（全部导入）"]
    user = django_user_model.objects.create_user("viewer", password="pw-123456")
    Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
    client.force_login(user)
    page = client.get(reverse("catalog:history", args=[catalog.pk])).content.decode()
    assert "来源文件数量不符：表头声明二级事项26项，实际列出27项（全部导入）" in page
    assert "format：" not in page and "<strong>格式</strong>：seed" in page


def _spec(layout: Layout | None, **item) -> CatalogSpec:
    items = [
        ItemSpec(path=["概况信息", "机构信息"], units=["办公室"], channels=[ChannelSpec("政府网站")], mode=["主动"], **item),
        ItemSpec(path=["概况信息", "领导信息"], mode=["主动"], audience=["全社会"]),
        ItemSpec(path=["政策文件", "规范性文件"], mode=["依申请"], scope_level=["县级"]),
    ]
    return CatalogSpec(title="测试县人社局政务公开标准目录", year=2024, items=items,
                       layout=layout.to_dict() if layout else {})


def test_the_basic_layout_exports_audience_and_level_columns_and_numbers_every_item():
    data = dump(_spec(BASIC_LAYOUT), "xlsx")
    top, sub, sheet, row = xlsx_header(data)
    assert top == ["序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                   "公开对象", "公开方式", "公开层级", "备注"]
    assert sub == ["一级事项", "二级事项", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
    assert [sheet.cell(r, 1).value for r in range(row + 2, row + 5)] == ["1", "2", "3"]
    parsed = parse_file("x.xlsx", data).catalog
    assert Layout.from_dict(parsed.layout).columns == BASIC_LAYOUT.columns
    assert [(i.audience, i.scope_level) for i in parsed.items] == [([], []), (["全社会"], []), ([], ["县级"])]


def test_a_field_with_data_but_no_column_in_the_layout_gets_its_standard_column_before_remarks():
    spec = _spec(BASIC_LAYOUT, five_types=["管理"], columns=["部门网站 › 机构职能"])
    added = ["five:决策", "five:执行", "five:管理", "five:服务", "five:结果", "columns"]
    assert export_layout(spec).keys() == BASIC_LAYOUT.keys()[:-1] + added + ["remarks"]
    parsed = parse_file("x.xlsx", dump(spec, "xlsx")).catalog
    assert parsed.items[0].five_types == ["管理"] and parsed.items[0].columns == ["部门网站 › 机构职能"]
    # Without such data the layout is exported as it is.
    assert export_layout(_spec(BASIC_LAYOUT)).keys() == BASIC_LAYOUT.keys()


def test_a_catalog_without_a_layout_of_its_own_exports_every_field():
    keys = export_layout(_spec(None)).keys()
    assert {"audience:全社会", "level:乡级", "five:结果", "columns"} <= set(keys)


@pytest.mark.parametrize("pairs, numbering", [
    ([("a", "1"), ("a", ""), ("b", "2"), ("b", "")], "level1"),
    ([("a", "1"), ("a", "1"), ("b", "2")], "level1"),  # a merged cell repeats its number
    ([("a", "1"), ("a", "2"), ("b", "3")], "item"),
    ([("a", ""), ("a", ""), ("b", "")], "none"),
    ([("a", "1"), ("b", "2")], "item"),  # one row per 一级: both readings agree; the plain one wins
])
def test_detect_numbering(pairs, numbering):
    assert detect_numbering(pairs) == numbering


def test_seq_numbers():
    spec = _spec(None)
    assert seq_numbers(spec, "level1") == ["1", "", "2"]
    assert seq_numbers(spec, "item") == ["1", "2", "3"]
    assert seq_numbers(spec, "none") == ["", "", ""]


def test_layout_from_a_one_row_header_with_word_columns():
    layout = layout_from_header([["序号", "一级事项", "二级事项", "公开内容", "公开方式", "不认识的列", "备注"]])
    assert [(c.key, c.top, c.sub) for c in layout.columns] == [
        ("seq", "序号", ""), ("level1", "一级事项", ""), ("level2", "二级事项", ""), ("elements", "公开内容", ""),
        ("text:mode", "公开方式", ""), ("remarks", "备注", "")]


def test_standard_layouts_are_copies_and_an_unknown_name_lists_the_choices():
    layout = standard_layout("jiceng")
    layout.columns.pop()
    assert BASIC_LAYOUT.columns[-1].key == "remarks"
    assert set(STANDARD_LAYOUTS) >= {"yinchuan-2020", "jiceng"}
    with pytest.raises(KeyError, match="jiceng"):
        standard_layout("nope")


def test_a_json_import_keeps_the_layout_the_catalog_has(db, agency, seed_path):
    import_catalog(parse_file(seed_path), agency=agency)
    catalog = Catalog.objects.get(agency=agency)
    layout = dict(catalog.layout)
    import_catalog(parse_file("c.json", export_catalog(catalog, "json")), agency=agency)
    catalog.refresh_from_db()
    assert catalog.layout == layout
