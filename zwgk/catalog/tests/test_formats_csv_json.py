"""CSV and JSON interchange: parse, dump, round trips, schema, shape errors."""
import json
from pathlib import Path

import pytest

from zwgk.catalog.formats import CatalogImportError, dump, parse_file, spec_to_comparable
from zwgk.catalog.formats import csvfmt, jsonfmt
from zwgk.catalog.formats.structure import ChannelSpec, ElementSpec

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "zwgk" / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
SCHEMA = json.loads((ROOT / "docs" / "catalog.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_spec():
    return parse_file(SEED).catalog


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_gives_the_same_catalog(seed_spec, fmt):
    again = parse_file(f"catalog.{fmt}", dump(seed_spec, fmt))
    assert again.format == fmt
    assert spec_to_comparable(again.catalog) == spec_to_comparable(seed_spec)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_keeps_edited_element_types_and_rules(seed_spec, fmt):
    spec = parse_file(SEED).catalog
    spec.items[0].elements[0] = ElementSpec("成立日期", "text", True)
    spec.items[0].deadline_rule.days = 9
    spec.items[0].channels.append(ChannelSpec("其他", "微信公众号、微博"))
    again = parse_file(f"edited.{fmt}", dump(spec, fmt)).catalog
    assert spec_to_comparable(again) == spec_to_comparable(spec)


def _check(value, schema, where):
    """A small hand-written check of the schema's required keys, types and enums."""
    if "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].split("/")[-1]]
    types = schema.get("type")
    if types:
        names = types if isinstance(types, list) else [types]
        python = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool, "null": type(None)}
        assert any(isinstance(value, python[n]) and not (n == "integer" and isinstance(value, bool)) for n in names), where
    if "enum" in schema:
        assert value in schema["enum"], where
    if "const" in schema:
        assert value == schema["const"], where
    for key in schema.get("required", []):
        assert key in value, f"{where}: missing {key}"
    for key, sub in schema.get("properties", {}).items():
        if isinstance(value, dict) and key in value:
            _check(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            _check(v, schema["items"], f"{where}[{i}]")
    if isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        for key, v in value.items():
            _check(v, schema["additionalProperties"], f"{where}.{key}")


def test_dumped_seed_matches_the_schema(seed_spec):
    doc = json.loads(dump(seed_spec, "json"))
    _check(doc, SCHEMA, "$")
    assert len(doc["items"]) == 27
    first = doc["items"][0]
    assert first["deadline"]["rule"] == {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成或变更"}
    assert first["path"] == ["概况信息", "机构信息"] and first["category"] == "概况信息"


def test_schema_check_notices_a_missing_key(seed_spec):
    doc = json.loads(dump(seed_spec, "json"))
    del doc["items"][3]["units"]
    with pytest.raises(AssertionError):
        _check(doc, SCHEMA, "$")


def test_a_bare_list_of_items_is_accepted():
    data = json.dumps([{"category": "概况信息", "name": "机构信息", "elements": ["职责"], "deadline": "同上"},
                       {"name": "领导信息", "deadline": {"text": "文件印发后5个工作日内"}}], ensure_ascii=False)
    result = parse_file("items.json", data.encode())
    assert [i.path for i in result.catalog.items] == [["概况信息", "机构信息"], ["概况信息", "领导信息"]]
    assert result.catalog.items[1].deadline_rule.days == 5
    assert any(w.row == 1 and w.column == "deadline" for w in result.warnings)


@pytest.mark.parametrize("items, index, key", [
    ([{"category": "甲", "name": "乙", "elements": "x"}, {"category": "甲", "name": "丙", "units": 3}], 2, "units"),
    ([{"category": "甲"}], 1, "name"),
    ([{"category": "甲", "name": "乙", "elements": [{"name": "x", "type": "photo"}]}], 1, "elements"),
    ([{"category": "甲", "name": "乙", "deadline": {"text": "x", "rule": {"kind": "soon"}}}], 1, "deadline"),
    ([{"category": "甲", "name": "乙", "channels": [{"note": "x"}]}], 1, "channels"),
    ([{"path": ["甲"], "name": "乙"}], 1, "path"),
    ([{"path": ["甲", "乙"], "name": "丙"}], 1, "name"),
    (["not an object"], 1, None),
])
def test_shape_errors_name_the_item_and_key(items, index, key):
    doc = {"format": "zwgk-catalog", "version": 1, "catalog": {}, "items": items}
    with pytest.raises(CatalogImportError) as info:
        parse_file("bad.json", json.dumps(doc, ensure_ascii=False).encode())
    assert info.value.row == index and info.value.column == key
    assert f"第{index}个事项" in str(info.value)


def test_wrong_format_name_version_and_syntax_are_reported():
    for doc in ({"format": "other", "items": []}, {"format": "zwgk-catalog", "version": 9, "items": []}, {"catalog": {}}):
        with pytest.raises(CatalogImportError):
            parse_file("x.json", json.dumps(doc).encode())
    with pytest.raises(CatalogImportError) as info:
        parse_file("x.json", b'{"items": [\n{]')
    assert info.value.row == 2


def test_csv_header_uses_the_chinese_column_names(seed_spec):
    text = dump(seed_spec, "csv").decode("utf-8-sig")
    header = next(line for line in text.splitlines() if line.startswith("一级事项"))
    assert header.split(",")[:14] == ["一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限",
                                      "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "“五公开”类型",
                                      "网站所属栏目", "备注"]
    assert "1、行政处罚决定书文号；2、案件名称" in text


def test_csv_missing_required_column_names_it():
    with pytest.raises(CatalogImportError) as info:
        parse_file("x.csv", "一级事项,公开内容（要素）\n概况信息,职责\n".encode())
    assert info.value.column == "二级事项" and "二级事项" in str(info.value)


def test_csv_from_a_spreadsheet_with_gbk_ticks_and_blank_categories():
    text = ("公开事项,公开内容,公开时限,一级事项,公开主体,公开渠道,主动,依申请,全社会,特定群众,县级,乡级\n"
            "机构信息,1.职责 2.电话,形成或变更之日起20个工作日内,概况信息,办公室,政府网站、其他（微信）,√,,√,,√,\n"
            "领导信息,姓名 职务,同上,,办公室,政府网站,√,√,,√,,√\n")
    result = parse_file("gbk.csv", text.encode("gbk"))
    first, second = result.catalog.items
    assert second.path == ["概况信息", "领导信息"]
    assert [e.name for e in first.elements] == ["职责", "电话"]
    assert first.channels == [ChannelSpec("政府网站"), ChannelSpec("其他", "微信")]
    assert (first.mode, first.audience, first.scope_level) == (["主动"], ["全社会"], ["县级"])
    assert (second.mode, second.audience, second.scope_level) == (["主动", "依申请"], ["特定群体"], ["乡级"])
    assert second.deadline_rule.days == 20 and second.source_row == 3


def test_csv_row_without_a_name_is_an_error_naming_the_row():
    with pytest.raises(CatalogImportError) as info:
        parse_file("x.csv", "一级事项,二级事项\n概况信息,机构信息\n概况信息,\n".encode())
    assert (info.value.row, info.value.column) == (3, "二级事项")


def test_modules_can_be_used_directly(seed_spec):
    assert spec_to_comparable(jsonfmt.parse(jsonfmt.dump(seed_spec), "x").catalog) == spec_to_comparable(seed_spec)
    assert spec_to_comparable(csvfmt.parse(csvfmt.dump(seed_spec), "x").catalog) == spec_to_comparable(seed_spec)


def test_a_truncated_last_csv_row_is_reported_with_its_row_and_first_missing_column(seed_spec):
    text = dump(seed_spec, "csv").decode("utf-8-sig").rstrip("\r\n")
    cut = text[: text.rindex("1、事项基本信息") + len("1、事项基本信息")]
    result = parse_file("cut.csv", cut.encode("utf-8"))
    last_row = cut.count("\n") + 1
    [warning] = [w for w in result.warnings if "截断" in w.message]
    assert (warning.row, warning.column) == (last_row, "公开依据")
    assert any(w.message == "公开时限为空，需人工设定" and w.row == last_row for w in result.warnings)
    assert not any("“”" in w.message for w in result.warnings)


def test_a_truncated_json_file_is_a_chinese_error_naming_the_line():
    with pytest.raises(CatalogImportError) as caught:
        parse_file("cut.json", b'{"format": "zwgk-catalog",\n "items": [{"name": "\xe6\x9c\xba')
    assert caught.value.row == 2 and "字符串没有结束的引号" in str(caught.value) and "截断" in str(caught.value)
    assert not any("a" <= ch <= "z" for ch in caught.value.message)


def test_elements_mixing_unnumbered_and_numbered_parts_keep_each_numbered_part_whole():
    from zwgk.catalog.formats.cells import split_elements

    assert split_elements("新增要素；1、解读文件制定的背景、目标任务；2、主要内容") == [
        "新增要素", "解读文件制定的背景、目标任务", "主要内容"]
    assert split_elements("0、说明；1、甲、乙；（2）丙") == ["说明", "甲、乙", "丙"]
    assert split_elements("2020年度报告；财务数据") == ["2020年度报告", "财务数据"]


@pytest.mark.parametrize("year", [10**30, -5, 1899, 2101])
def test_an_impossible_catalog_year_is_an_error_naming_the_field(year):
    from zwgk.catalog.formats import jsonfmt
    from zwgk.catalog.formats.structure import CatalogImportError

    doc = {"format": "zwgk-catalog", "version": 1, "catalog": {"title": "t", "year": year, "agency": "某局"},
           "items": [{"category": "甲", "name": "乙", "path": ["甲", "乙"]}]}
    with pytest.raises(CatalogImportError) as info:
        jsonfmt.parse(json.dumps(doc).encode(), source="c.json")
    assert "year" in str(info.value) and "2000–2100" in str(info.value)
