"""Bulk import of records (`zwgk import-records`): good files land whole, bad files land not at all."""
import csv
import datetime as dt
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from zwgk.api.tests.fixtures import make_catalog
from zwgk.records.importing import RecordImportError, import_records, parse_date, read_file
from zwgk.records.models import AuditEvent, Record, Revision

CODE = "11640100MB1234567X"
HEADER = ["事项", "名称", "文号", "发布机构", "生成日期", "发布日期", "正文", "体裁"]


@pytest.fixture
def catalog(agency):
    return make_catalog(agency)[1]


def good_rows():
    return [
        {
            "item": "基本信息/政策法规", "title": "关于调整最低工资标准的通知", "doc_number": "银人社发〔2024〕3号",
            "publisher": "", "formed_on": "2024-03-01", "published_on": "2024/3/4", "body": "<p>正文一</p>",
            "genre": "通知", "elements": {"文件名称": "关于调整最低工资标准的通知", "发布时间": "2024-03-04"},
        },
        {
            "item": "行政处罚结果公开", "title": "某公司拖欠工资处罚决定", "doc_number": "", "publisher": "市劳动保障监察支队",
            "formed_on": "2023年12月20日", "published_on": "2023年12月25日", "body": "", "genre": "公告",
            "elements": {"行政处罚决定书文号": "银人社监罚〔2023〕9号", "处罚决定日期": "2023/12/20", "罚款金额": "5000"},
        },
        {
            "item": "政策法规", "title": "早一天发布的文件", "doc_number": "", "publisher": "",
            "formed_on": "2024-02-26", "published_on": "2024-02-28", "body": "", "genre": "通知",
            "elements": {"文件名称": "早一天发布的文件"},
        },
        {
            "item": "概况信息/机构信息", "title": "机构职能（草稿）", "doc_number": "", "publisher": "",
            "formed_on": "2024-05-06", "published_on": "", "body": "<p>x</p>", "genre": "",
            "elements": {"内设机构及职责分工": "办公室：综合协调"}, "keywords": "机构 职能", "summary": "内设机构",
        },
    ]


def json_bytes(rows):
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")


def csv_bytes(header, rows, encoding="utf-8"):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def problems_of(agency, name, data):
    with pytest.raises(RecordImportError) as caught:
        import_records(name, agency, data=data)
    assert Record.objects.count() == 0
    assert Revision.objects.count() == 0 and AuditEvent.objects.count() == 0
    return [str(p) for p in caught.value.problems]


def test_a_good_json_file_imports_published_and_draft_records(agency, catalog):
    result = import_records("records.json", agency, data=json_bytes(good_rows()))

    assert (result.rows, result.published, result.drafts) == (4, 3, 1)
    assert Record.objects.count() == 4
    penalty = Record.objects.get(title="某公司拖欠工资处罚决定")
    assert penalty.state == Record.State.PUBLISHED
    assert penalty.item == catalog["3-1"]
    assert penalty.elements == {"行政处罚决定书文号": "银人社监罚〔2023〕9号", "处罚决定日期": "2023-12-20", "罚款金额": 5000}
    assert penalty.publisher == "市劳动保障监察支队"
    draft = Record.objects.get(title="机构职能（草稿）")
    assert draft.state == Record.State.DRAFT and draft.index_number is None and draft.published_at is None
    assert draft.keywords == "机构 职能" and draft.summary == "内设机构"


def test_index_numbers_follow_the_publication_year_and_date_order(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    numbers = {r.title: (r.index_number, r.serial) for r in Record.objects.exclude(index_number=None)}
    assert numbers["某公司拖欠工资处罚决定"] == (f"{CODE}/2023-00001", 1)
    # 2024-02-28 comes before 2024-03-04 although it is later in the file.
    assert numbers["早一天发布的文件"] == (f"{CODE}/2024-00001", 1)
    assert numbers["关于调整最低工资标准的通知"] == (f"{CODE}/2024-00002", 2)


def test_published_records_carry_their_publication_date(agency, catalog):
    from django.utils import timezone

    import_records("records.json", agency, data=json_bytes(good_rows()))

    record = Record.objects.get(title="关于调整最低工资标准的通知")
    assert timezone.localdate(record.published_at) == dt.date(2024, 3, 4)
    assert record in Record.objects.published()


def test_elements_repeating_metadata_fill_the_standard_fields(agency, catalog):
    rows = good_rows()[:1]
    rows[0]["title"] = ""
    rows[0]["elements"]["文号"] = "银人社发〔2024〕3号"
    import_records("records.json", agency, data=json_bytes(rows))

    record = Record.objects.get()
    assert record.title == "关于调整最低工资标准的通知"
    assert "文件名称" not in record.elements and "发布时间" not in record.elements


def test_each_record_gets_revision_one_and_an_import_audit_event(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    assert Revision.objects.filter(number=1).count() == 4
    revision = Revision.objects.get(record__title="某公司拖欠工资处罚决定")
    assert revision.data["title"] == "某公司拖欠工资处罚决定"
    events = AuditEvent.objects.filter(action="import")
    assert events.count() == 4
    assert {e.detail["row"] for e in events} == {1, 2, 3, 4}
    assert all(e.agency_id == agency.pk for e in events)


def test_revision_one_is_the_records_own_snapshot(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    for record in Record.objects.all():
        assert record.revisions.get(number=1).data == record.snapshot()


def test_the_unit_defaults_to_the_items_only_unit(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    assert Record.objects.get(title="某公司拖欠工资处罚决定").unit.name == "市人社局政策法规和信访科"


def test_the_publisher_defaults_to_the_agency(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    assert Record.objects.get(title="早一天发布的文件").publisher == agency.name


def test_bodies_are_sanitised_on_import(agency, catalog):
    rows = good_rows()[:1]
    rows[0]["body"] = '<p onclick="steal()">正文</p><script>alert(1)</script><iframe src="https://evil.example"></iframe>'
    import_records("records.json", agency, data=json_bytes(rows))

    body = Record.objects.get().body
    assert "正文" in body
    assert "script" not in body and "onclick" not in body and "iframe" not in body


def test_due_dates_are_computed_for_imported_records(agency, catalog):
    import_records("records.json", agency, data=json_bytes(good_rows()))

    record = Record.objects.get(title="关于调整最低工资标准的通知")
    # 政策法规: 5 working days after 2024-03-01 (a Friday) is Friday 2024-03-08.
    assert record.due_on == dt.date(2024, 3, 8)


def test_a_utf8_csv_file_imports(agency, catalog):
    header = HEADER + ["文件名称", "行政处罚决定书文号"]
    rows = [
        ["政策法规", "通知甲", "银人社发〔2024〕1号", "", "2024-01-02", "2024-01-03", "<p>甲</p>", "通知", "通知甲", ""],
        ["行政处罚结果公开", "处罚乙", "", "", "2024/01/05", "", "", "", "", "银人社监罚〔2024〕1号"],
    ]
    result = import_records("records.csv", agency, data=csv_bytes(header, rows))

    assert (result.published, result.drafts) == (1, 1)
    assert Record.objects.get(title="通知甲").index_number == f"{CODE}/2024-00001"
    assert Record.objects.get(title="处罚乙").elements == {"行政处罚决定书文号": "银人社监罚〔2024〕1号"}


def test_a_gb18030_csv_file_imports(agency, catalog):
    header = HEADER + ["文件名称"]
    rows = [["政策法规", "国标编码的通知", "", "", "2024-01-02", "2024-01-03", "", "通知", "国标编码的通知"]]
    import_records("records.csv", agency, data=csv_bytes(header, rows, "gb18030"))

    assert Record.objects.get().title == "国标编码的通知"


def test_an_xlsx_file_imports_with_date_cells(agency, catalog):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER + ["内设机构及职责分工"])
    sheet.append(["机构信息", "机构职能", None, None, dt.datetime(2024, 6, 3), dt.datetime(2024, 6, 5), "<p>内容</p>", "公告", "办公室"])
    out = io.BytesIO()
    book.save(out)

    import_records("records.xlsx", agency, data=out.getvalue())

    record = Record.objects.get()
    assert record.formed_on == dt.date(2024, 6, 3)
    assert record.index_number == f"{CODE}/2024-00001"
    assert record.elements == {"内设机构及职责分工": "办公室"}


def test_an_unknown_item_is_reported_with_its_row_and_column(agency, catalog):
    rows = good_rows()
    rows[1]["item"] = "不存在的事项"
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert problems == ["第2条，“item”：现行目录中没有事项“不存在的事项”"]


def test_an_ambiguous_item_name_asks_for_the_full_path(agency, catalog):
    rows = good_rows()[:1]
    rows[0].update(item="工作动态", elements={})
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert len(problems) == 1
    assert "不唯一" in problems[0] and "概况信息/工作动态" in problems[0] and "综合管理/工作动态" in problems[0]


def test_a_first_level_item_is_refused(agency, catalog):
    rows = good_rows()[:1]
    rows[0].update(item="基本信息", elements={})
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert "下级事项" in problems[0]


def test_every_bad_row_and_field_of_a_csv_is_reported_and_nothing_is_written(agency, catalog):
    header = HEADER + ["文件名称", "行政处罚决定书文号", "不存在的要素"]
    rows = [
        ["政策法规", "好的一行", "", "", "2024-01-02", "2024-01-03", "", "", "好的一行", "", ""],
        ["政策法规", "", "", "", "2024-01-02", "", "", "", "", "", ""],
        ["政策法规", "日期坏了", "", "", "2024-13-02", "2024-02-30", "", "", "日期坏了", "", ""],
        ["政策法规", "日期倒了", "", "", "2024-03-02", "2024-03-01", "", "", "日期倒了", "", ""],
        ["行政处罚结果公开", "缺要素", "", "", "2024-01-02", "", "", "", "", "", ""],
        ["政策法规", "多要素", "", "", "2024-01-02", "", "", "", "多要素", "", "值"],
        ["政策法规", "别的事项的要素", "", "", "2024-01-02", "", "", "", "别的事项的要素", "罚〔1〕号", ""],
    ]
    problems = problems_of(agency, "records.csv", csv_bytes(header, rows))

    assert problems == [
        "第3行，“名称”：名称不能为空",
        "第4行，“生成日期”：日期不存在：“2024-13-02”",
        "第4行，“发布日期”：日期不存在：“2024-02-30”",
        "第5行，“发布日期”：发布日期 2024-03-01 早于生成日期 2024-03-02",
        "第6行，“行政处罚决定书文号”：必填要素没有填写",
        "第7行，“不存在的要素”：目录中没有这个要素",
        "第8行，“行政处罚决定书文号”：事项“基本信息/政策法规”没有这个要素",
    ]


def test_an_unparseable_date_says_which_formats_are_accepted(agency, catalog):
    rows = good_rows()[:1]
    rows[0]["formed_on"] = "三月一日"
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert problems[0].startswith("第1条，“formed_on”：日期格式无法识别：“三月一日”（应为")


def test_a_missing_formed_on_is_refused(agency, catalog):
    rows = good_rows()[:1]
    rows[0]["formed_on"] = ""
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert problems == ["第1条，“formed_on”：生成日期不能为空（公开时限从这一天起算）"]


def test_a_publication_date_in_the_future_is_refused(agency, catalog):
    rows = good_rows()[:1]
    rows[0]["published_on"] = "2999-01-01"
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert "晚于今天" in problems[0]


def test_a_bad_element_date_is_reported_under_the_element(agency, catalog):
    rows = good_rows()[1:2]
    rows[0]["elements"]["处罚决定日期"] = "去年"
    problems = problems_of(agency, "records.json", json_bytes(rows))

    assert problems == ["第1条，“处罚决定日期”：日期格式无法识别：“去年”（应为 2024-03-01、2024/3/1、2024.3.1、20240301 或 2024年3月1日）"]


def test_a_utf16_file_with_a_bom_is_read_like_any_other_encoding(agency, catalog):
    data = csv_bytes(HEADER, [["政策法规", "甲", "", "", "2024-01-02", "", "", ""]], "utf-16")
    rows, fmt = read_file("records.csv", data)

    assert fmt == "csv" and rows[0].values["title"] == "甲"


def test_bytes_in_no_known_encoding_are_refused(agency, catalog):
    data = "事项,名称,生成日期\n".encode() + b"\xff\xfe\xfd,\xff,2024-01-01\n"
    problems = problems_of(agency, "records.csv", data)

    assert problems == ["无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030 文本），请另存为 UTF-8 后重试"]


@pytest.mark.parametrize("data", [b"", b"   \n", b"[]", "事项,名称,生成日期\n".encode()])
def test_an_empty_file_is_refused(agency, catalog, data):
    problems = problems_of(agency, "records.csv", data)

    assert len(problems) == 1 and ("为空" in problems[0] or "没有记录" in problems[0])


def test_a_csv_without_the_required_columns_is_refused(agency, catalog):
    problems = problems_of(agency, "records.csv", csv_bytes(["标题", "日期"], [["甲", "2024-01-01"]]))

    assert problems == ["第1行：缺少必需的列：事项、名称、生成日期"]


def test_an_agency_without_a_catalog_cannot_import(agency):
    problems = problems_of(agency, "records.json", json_bytes(good_rows()))

    assert "没有现行的公开目录" in problems[0]


def test_a_dry_run_validates_and_writes_nothing(agency, catalog):
    result = import_records("records.json", agency, data=json_bytes(good_rows()), dry_run=True)

    assert result.dry_run and (result.rows, result.published, result.drafts) == (4, 3, 1)
    assert result.by_year == {2023: 1, 2024: 2}
    assert Record.objects.count() == 0


def test_a_second_import_continues_the_serials_of_the_year(agency, catalog):
    import_records("a.json", agency, data=json_bytes(good_rows()))
    rows = good_rows()[2:3]
    rows[0]["title"] = "第二批"
    import_records("b.json", agency, data=json_bytes(rows))

    assert Record.objects.get(title="第二批").index_number == f"{CODE}/2024-00003"


def test_the_next_index_number_after_an_import_continues_the_sequence(agency, catalog):
    from zwgk.records import services

    import_records("records.json", agency, data=json_bytes(good_rows()))

    number, serial = services.next_index_number(agency, 2024)

    assert (number, serial) == (f"{CODE}/2024-00003", 3)


def test_imported_published_records_are_searchable(agency, catalog):
    from zwgk.search import query

    import_records("records.json", agency, data=json_bytes(good_rows()))

    page = query.search("最低工资")

    assert [hit.record.title for hit in page.hits] == ["关于调整最低工资标准的通知"]


def test_the_command_imports_a_file(agency, catalog, tmp_path):
    path = tmp_path / "records.json"
    path.write_bytes(json_bytes(good_rows()))
    out = io.StringIO()

    call_command("import_records", str(path), agency="yinchuan-rsj", stdout=out)

    assert "已导入 4 条" in out.getvalue()
    assert Record.objects.count() == 4


def test_the_command_dry_run_writes_nothing(agency, catalog, tmp_path):
    path = tmp_path / "records.json"
    path.write_bytes(json_bytes(good_rows()))
    out = io.StringIO()

    call_command("import_records", str(path), agency=agency.name, dry_run=True, stdout=out)

    assert "校验通过：4 条" in out.getvalue()
    assert Record.objects.count() == 0


def test_the_command_lists_every_problem_and_fails(agency, catalog, tmp_path):
    rows = good_rows()
    rows[0]["title"] = ""
    rows[0]["elements"] = {}
    rows[2]["formed_on"] = "2024-99-01"
    path = tmp_path / "records.json"
    path.write_bytes(json_bytes(rows))
    err = io.StringIO()

    with pytest.raises(CommandError, match="2 处错误"):
        call_command("import_records", str(path), stderr=err)

    assert "第1条，“title”：名称不能为空" in err.getvalue()
    assert "第3条，“formed_on”：日期不存在：“2024-99-01”" in err.getvalue()
    assert Record.objects.count() == 0


def test_the_command_refuses_an_unknown_agency(agency, catalog, tmp_path):
    path = tmp_path / "records.json"
    path.write_bytes(json_bytes(good_rows()))

    with pytest.raises(CommandError, match="找不到机关"):
        call_command("import_records", str(path), agency="不存在的局")


@pytest.mark.parametrize(
    "text, expected",
    [("2024-03-01", dt.date(2024, 3, 1)), ("2024/3/1", dt.date(2024, 3, 1)), ("2024年3月1日", dt.date(2024, 3, 1)), (" 2024.03.01 ", dt.date(2024, 3, 1))],
)
def test_dates_are_read_in_the_usual_chinese_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "03/01/2024", "2024年3月", "2024031"])
def test_other_date_texts_are_refused(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_the_format_is_detected_by_content_not_by_extension():
    rows, fmt = read_file("data.txt", json_bytes([{"item": "x", "title": "t", "formed_on": "2024-01-01"}]))

    assert fmt == "json" and rows[0].values["title"] == "t"


# ---------------------------------------------------------------- 报告期 (period)


@pytest.fixture
def annual_item(catalog):
    from zwgk.catalog.models import Item

    top = catalog["1-1"].parent or catalog["1-1"]
    return Item.objects.create(catalog=top.catalog, parent=None, level=1, name="政府信息公开年报", slug="9",
                               position=99, deadline_text="每年1月31日前", deadline_rule={"kind": "yearly", "month": 1, "day": 31})


def annual_row(**overrides):
    row = {"item": "政府信息公开年报", "title": "2024年政府信息公开工作年度报告", "formed_on": "2025-02-05",
           "published_on": "2025-02-06"}
    row.update(overrides)
    return row


def test_import_applies_the_default_period_and_its_due_date(agency, annual_item):
    agency.region = ""
    agency.save()
    import_records("records.json", agency, data=json_bytes([annual_row(), annual_row(title="年中形成", formed_on="2025-07-10",
                                                                                      published_on="")]))
    report, midyear = Record.objects.get(title__startswith="2024年"), Record.objects.get(title="年中形成")
    assert (report.period, report.due_on) == ("2024", dt.date(2025, 1, 31))
    assert (midyear.period, midyear.due_on) == ("2025", dt.date(2026, 1, 31))


def test_import_accepts_period_as_a_json_key_and_a_报告年度_column(agency, annual_item):
    import_records("records.json", agency, data=json_bytes([annual_row(period="2023")]))
    assert Record.objects.get().period == "2023" and Record.objects.get().due_on == dt.date(2024, 1, 31)
    header = ["事项", "名称", "生成日期", "报告年度"]
    import_records("records.csv", agency, data=csv_bytes(header, [["政府信息公开年报", "补录的年报", "2025-03-01", "2022年度"]]))
    assert Record.objects.get(title="补录的年报").period == "2022"


def test_import_refuses_a_bad_period_naming_the_row_and_column(agency, annual_item):
    header = ["事项", "名称", "生成日期", "报告年度"]
    with pytest.raises(RecordImportError) as info:
        import_records("records.csv", agency, data=csv_bytes(header, [
            ["政府信息公开年报", "年报", "2025-03-01", "去年"],
            ["政策法规", "通知", "2025-03-01", "2024"],
        ]))
    messages = [str(p) for p in info.value.problems]
    assert messages[0].startswith("第2行，“报告年度”：") and "不是有效的报告期" in messages[0]
    assert messages[1].startswith("第3行，“报告年度”：") and "不需要填写报告期" in messages[1]
    assert Record.objects.count() == 0


def test_imported_and_hand_made_records_get_the_same_revision_and_event_shape(agency, catalog, django_user_model):
    from zwgk.accounts.models import Membership, Role
    from zwgk.records import services

    import_records("records.json", agency, data=json_bytes(good_rows()[3:]))
    imported = Record.objects.get()
    admin = django_user_model.objects.create_user("admin")
    Membership.objects.create(user=admin, agency=agency, role=Role.AGENCY_ADMIN)
    made = services.create_record(imported.item, admin, {"title": imported.title, "formed_on": imported.formed_on})
    a, b = imported.revisions.get(), made.revisions.get()
    assert set(a.data) == set(b.data) and a.data["due_on"] == b.data["due_on"]
    assert a.note == Record.transition(None, "import_draft").note
    assert (imported.due_on, imported.due_explanation) == (made.due_on, made.due_explanation)
    event = imported.events.get()
    assert (event.action, event.detail["row"], event.detail["state"]) == ("import", 1, "draft")
    assert event.hash and made.events.get().prev_hash == event.hash  # one audit chain for both paths


def _xlsx_with(replace: dict) -> bytes:
    """A valid one-row records XLSX with some of its zip members rewritten."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADER)
    book.active.append(["机构信息", "机构职能", None, None, "2024-06-03", None, "", ""])
    out = io.BytesIO()
    book.save(out)
    src, dst = zipfile.ZipFile(io.BytesIO(out.getvalue())), io.BytesIO()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            data = src.read(name)
            z.writestr(name, replace[name](data) if name in replace else data)
    return dst.getvalue()


@pytest.mark.parametrize("replace, message", [
    # Found by bench/fuzz.py: damaged sheet XML surfaced while iterating rows (ParseError) …
    ({"xl/worksheets/sheet1.xml": lambda d: d[: len(d) // 2]}, "无法读取 XLSX 文件的工作表"),
    # … and a workbook whose sheet list is empty (IndexError).
    ({"xl/workbook.xml": lambda d: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", d)}, "没有工作表"),
])
def test_a_damaged_xlsx_sheet_is_an_import_error_and_nothing_is_written(agency, catalog, replace, message):
    problems = problems_of(agency, "records.xlsx", _xlsx_with(replace))

    assert len(problems) == 1 and message in problems[0]


def test_a_typed_body_keeps_its_paragraphs_and_an_html_body_is_only_sanitised(agency, catalog):
    rows = good_rows()[:2]
    rows[0]["body"] = "第一段。\n\n第二段。\n\n1. 甲\n2. 乙"
    rows[1]["body"] = '<p style="color:red">已是HTML</p><script>x</script>'
    import_records("records.json", agency, data=json_bytes(rows))
    typed = Record.objects.get(title=rows[0]["title"])
    assert typed.body == '<p>第一段。</p>\n<p>第二段。</p>\n<ol class="marked"><li>1. 甲</li><li>2. 乙</li></ol>'
    assert Record.objects.get(title=rows[1]["title"]).body == "<p>已是HTML</p>"


def _index_rows(ids):
    from django.db import connection

    from zwgk.search.backends import backend_for

    with connection.cursor() as cursor:
        rows = sorted(backend_for(connection).doc_rows(cursor, ids))
        if connection.vendor == "postgresql":  # the tokens too (SQLite's FTS5 rows cannot be read back)
            from zwgk.search.backends import VECTOR_SQL

            cursor.execute(f"SELECT record_id, {VECTOR_SQL}::text FROM search_searchdocument d WHERE record_id = ANY(%s)",
                           [list(ids)])
            vectors = dict(cursor.fetchall())
            rows = [row + (vectors[row[0]],) for row in rows]
        return rows


def _chain_break():
    from zwgk.records import audit

    return audit.first_break(AuditEvent.objects.order_by("id"))


def test_the_prepared_write_gives_what_the_one_by_one_paths_give(agency, catalog, capsys):
    """Rows, hashes and index entries are made before the transaction: the audit chain verifies,
    and the search entries equal those a rebuild makes from the stored records."""
    from zwgk.search import index

    AuditEvent.objects.create(agency=agency, action="edit", detail={"n": 1})  # a chain to link onto
    import_records("records.json", agency, data=json_bytes(good_rows()))
    published = list(Record.objects.exclude(index_number=None).order_by("id").values_list("id", flat=True))
    assert len(published) == 3
    imported = _index_rows(published)
    assert len(imported) == 3 and all(CODE.lower() in row[7] for row in imported)  # tags hold the index number

    index.rebuild()
    assert _index_rows(published) == imported
    assert _chain_break() is None
    for record in Record.objects.all():
        rev, event = record.revisions.get(), record.events.get()
        assert rev.data == record.snapshot(attachments=[])
        assert event.detail["index_number"] == record.index_number and event.at == rev.at
        assert event.refs == f"record={record.pk};agency={agency.pk};user="


def test_numbers_taken_between_preparing_and_writing_are_allocated_anew(agency, catalog):
    """The index numbers are planned before the transaction; a record published meanwhile takes
    the first one, so the import gets the next ones and everything that held the planned number
    (record, revision, event and its hash, search tags) is made again."""
    from django.db import transaction

    from zwgk.records import importing, services

    rows, problems = importing.validate_rows(importing.read_json(json_bytes(good_rows())), agency)
    assert not problems
    records = [Record(item_id=row.item_id, title=row.title, formed_on=row.formed_on, publisher=row.publisher,
                      published_at=dt.datetime.combine(row.published_on, dt.time(0), tzinfo=dt.timezone.utc)
                      if row.published_on else None) for row in rows]
    prepared = services.prepare_bulk_records(agency, records)
    planned = sorted(r.index_number for r in records if r.index_number)
    assert planned == [f"{CODE}/2023-00001", f"{CODE}/2024-00001", f"{CODE}/2024-00002"]

    taken, _ = services.next_index_number(agency, 2024)  # a reviewer publishes meanwhile
    with transaction.atomic():
        services.write_bulk_records(prepared)

    assert taken == f"{CODE}/2024-00001"
    got = sorted(Record.objects.exclude(index_number=None).values_list("index_number", flat=True))
    assert got == [f"{CODE}/2023-00001", f"{CODE}/2024-00002", f"{CODE}/2024-00003"]
    for record in Record.objects.all():
        assert record.revisions.get().data["index_number"] == record.index_number
        assert record.events.get().detail["index_number"] == record.index_number
    assert _chain_break() is None
    from zwgk.search.tokenize import compact

    tags = {row[0]: row[7] for row in _index_rows([r.pk for r in Record.objects.exclude(index_number=None)])}
    for record in Record.objects.exclude(index_number=None):
        assert compact(record.index_number) in tags[record.pk]


def test_prepared_hash_parts_give_the_events_hash():
    import datetime

    from zwgk.records import audit
    from zwgk.records.models import AuditEvent as Event

    at = datetime.datetime(2026, 12, 2, 8, 30, 1, 123456, tzinfo=datetime.timezone.utc)
    event = Event(action="import", detail={"file": "a \"b\".json", "row": 3, "状态": "已发布", "index_number": None},
                  ip="10.0.0.1", at=at, agency_id=4, record_id=12)
    refs = audit.refs_of(event)
    parts = audit.hash_parts(event)
    assert audit.hash_from_parts(parts, "ab" * 32, refs, at.isoformat()) == audit.event_hash(
        "ab" * 32, refs=refs, action="import", detail=event.detail, ip="10.0.0.1", at=at)
    event.detail["file"] = "\ue000prev\ue000"  # content that looks like a slot: hashed in full instead
    assert audit.hash_parts(event) is None


def test_a_large_import_on_postgresql_builds_the_vector_index_afresh(agency, catalog, monkeypatch):
    from django.db import connection

    from zwgk.search import query
    from zwgk.search.backends import PostgresBackend

    if connection.vendor != "postgresql":
        pytest.skip("the SQLite index is appended to")
    monkeypatch.setattr(PostgresBackend, "REBUILD_AT", 1)  # as a 50,000-row import would
    import_records("records.json", agency, data=json_bytes(good_rows()))

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_doc_vector'")
        assert cursor.fetchone()
    assert [hit.record.title for hit in query.search("最低工资").hits] == ["关于调整最低工资标准的通知"]


def test_the_topic_must_be_one_of_the_standard_subject_categories(agency, catalog):
    rows = good_rows()
    rows[0]["topic"] = "劳动、人事、监察"
    rows[1]["topic"] = "劳动就业"  # free text, which the record form does not accept either
    problems = problems_of(agency, "records.json", json_bytes(rows))
    assert len(problems) == 1 and problems[0].startswith("第2条，“topic”：主题分类“劳动就业”不在标准主题分类中")
    rows[1]["topic"] = ""
    import_records("records.json", agency, data=json_bytes(rows))
    assert Record.objects.get(title="关于调整最低工资标准的通知").topic == "劳动、人事、监察"
