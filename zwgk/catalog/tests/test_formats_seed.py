"""The PDF-extracted seed catalog and the shared cell cleaning it relies on."""
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from zwgk.catalog.formats import parse_file, seedtext
from zwgk.catalog.formats.cells import (
    clean_text,
    find_lookalikes,
    join_broken,
    parse_channels,
    split_basis,
    split_columns,
    split_elements,
    split_units,
    tick,
)
from zwgk.catalog.formats.structure import ChannelSpec

SEED = Path(__file__).resolve().parents[1] / "seeds" / "yinchuan-rsj-2020.txt"


@pytest.fixture(scope="module")
def seed():
    return parse_file(SEED)


def item(result, name):
    return next(i for i in result.catalog.items if i.name == name)


def warnings_at(result, row):
    return [w for w in result.warnings if w.row == row]


# ---- header and table shape ---------------------------------------------------------------------

def test_it_detects_the_seed_layout(seed):
    assert seed.format == "seed"


def test_it_reads_the_header_lines(seed):
    c = seed.catalog
    assert c.title == "银川市人力资源和社会保障局政务公开基本目录"
    assert c.agency_name == "银川市人力资源和社会保障局"
    assert (c.responsible_unit, c.filled_by, c.reviewed_by, c.signed_by) == ("银川市人社局", "柳玮玮", "王万年", "王东风")
    assert c.filled_on == "2020-12-04"
    assert c.year == 2020
    assert c.declared == {"level1": 6, "level2": 26, "on_request_level2": 0}


def test_it_finds_27_items_in_6_categories_from_tab_separated_cells(seed):
    counts = Counter(i.category for i in seed.catalog.items)
    assert counts == {"概况信息": 4, "基本信息": 7, "行政权力运行": 4, "重点领域": 8, "综合管理": 3, "服务公开": 1}
    assert [i.source_row for i in seed.catalog.items][:3] == [11, 12, 14]


def test_it_reports_declared_26_but_imports_all_27(seed):
    assert len(seed.catalog.items) == 27
    header = [str(w) for w in seed.warnings if w.row is None]
    assert any("二级事项26项" in w and "27项" in w for w in header)


def test_rows_that_dropped_the_empty_category_cell_inherit_the_category(seed):
    assert item(seed, "政策法规").path == ["基本信息", "政策法规"]
    assert item(seed, "就业创业工作").path == ["重点领域", "就业创业工作"]
    assert item(seed, "政策法规").deadline_rule.days == 5
    assert item(seed, "政策法规").units == ["市人社局政策法规和信访科"]


def test_extraction_spaces_are_removed_from_names_and_units(seed):
    names = [i.name for i in seed.catalog.items]
    assert "劳动监察仲裁工作" in names and "脱贫攻坚工作" in names
    assert not [n for n in names if " " in n]
    assert item(seed, "机构信息").units == ["市人社局办公室"]
    assert item(seed, "机构信息").deadline_text == "形成或变更之日起20个工作日内"
    all_units = [u for i in seed.catalog.items for u in i.units]
    assert not [u for u in all_units if " " in u]


def test_units_are_split_per_responsible_unit(seed):
    assert item(seed, "就业创业工作").units == ["市人社局就业促进和事业保险科", "职业能力建设科", "市就业局"]


# ---- channels ----------------------------------------------------------------------------------

def test_html_checkboxes_give_only_the_checked_channels(seed):
    assert item(seed, "内设机构").channels == [ChannelSpec("部门网站")]
    assert item(seed, "机构信息").channels == [ChannelSpec("银川市人民政府门户网站"), ChannelSpec("部门网站")]


def test_other_channel_keeps_its_note(seed):
    assert item(seed, "公共服务事项清单").channels == [ChannelSpec("部门网站"), ChannelSpec("其他", "宁夏政务服务网")]


# ---- page-break continuations ------------------------------------------------------------------

FOUR_DOCS = ["《中华人民共和国政府信息公开条例》", "国务院《2020年政务公开工作要点》",
             "《自治区2020年政务公开工作要点》", "《银川市2020年政务公开工作要点》"]


def test_annual_report_basis_and_columns_continue_after_the_page_break(seed):
    annual = item(seed, "政府信息公开年报")
    assert annual.basis == FOUR_DOCS
    assert annual.columns[-1] == "银川市人力资源和社会保障局网站 › 政务公开 › 信息公开年报"
    assert annual.channels == [ChannelSpec("银川市人民政府门户网站"), ChannelSpec("部门网站")]


def test_financial_basis_is_joined_without_the_repeated_character(seed):
    assert item(seed, "财务管理").basis == FOUR_DOCS
    assert any("重复的“开”" in w.message for w in warnings_at(seed, 34))


def test_personnel_elements_are_joined_across_the_break(seed):
    names = [e.name for e in item(seed, "人事人才工作").elements]
    assert names[-2:] == ["职业资格考试信息发布", "人才项目信息"]
    assert len(names) == 5
    assert item(seed, "人事人才工作").basis == FOUR_DOCS


def test_a_repeated_basis_in_a_continuation_is_deduplicated_with_a_warning(seed):
    assert item(seed, "行政职权事中事后监管清单").basis == FOUR_DOCS
    assert any("重复" in w.message and w.column == "公开依据" for w in warnings_at(seed, 29))
    assert item(seed, "行政职权事中事后监管清单").channels == [ChannelSpec("银川市人民政府门户网站"), ChannelSpec("部门网站")]


def test_response_elements_stay_one_sentence_after_the_merge(seed):
    assert [e.name for e in item(seed, "回应关切（热点回应、电视问政、网民留言、“领导信箱”办理等）").elements] == [
        "遇有重大突发事件、重要社会关切等，按照程序及时发布权威信息，讲清事实真相、政策措施以及处置结果等"]


def test_continuation_lines_are_not_items(seed):
    assert not {19, 29, 34, 39, 49} & {i.source_row for i in seed.catalog.items}


# ---- elements ----------------------------------------------------------------------------------

def test_penalty_results_have_exactly_14_elements(seed):
    elements = item(seed, "行政处罚结果公开").elements
    assert len(elements) == 14
    assert elements[0].name == "行政处罚决定书文号"
    assert {e.name: e.field_type for e in elements}["处罚决定日期"] == "date"


def test_glued_numbers_split_elements(seed):
    elements = item(seed, "部门文件").elements
    # The seed writes "4、发文时间等5、发布机构": the 等 is the catalog's wording and stays.
    assert [e.name for e in elements] == ["文件名称", "文号", "正文", "发文时间等", "发布机构"]
    assert elements[3].field_type == "date"


def test_a_numbering_gap_is_reported(seed):
    assert any("缺少第 3 项" in w.message for w in warnings_at(seed, 36))
    assert len(item(seed, "社会保障工作").elements) == 6


# ---- ambiguous √ -------------------------------------------------------------------------------

def test_every_item_is_actively_disclosed(seed):
    assert all("主动" in i.mode for i in seed.catalog.items)


def test_a_tick_under_on_request_is_kept_but_warned_about(seed):
    assert item(seed, "新闻发布会").mode == ["主动", "依申请"]
    assert any(w.column == "依申请" for w in warnings_at(seed, 24))
    assert any("依申请公开二级事项0项" in str(w) for w in seed.warnings)


def test_a_tick_in_an_unnamed_or_columns_position_is_never_lost_silently(seed):
    assert any("无法确定所属列" in w.message for w in warnings_at(seed, 46))
    assert any("无法确定所属列" in w.message and w.column == "网站所属栏目" for w in warnings_at(seed, 47))


def test_ticks_map_by_distance_from_the_channel_cell(seed):
    assert item(seed, "权责清单").five_types == ["管理"]
    assert item(seed, "政策法规").five_types == ["决策"]
    assert any(w.column == "网站所属栏目" and "错位" in w.message for w in warnings_at(seed, 20))
    assert not [w for w in warnings_at(seed, 11)]


def test_look_alike_unit_names_are_reported(seed):
    messages = [w.message for w in warnings_at(seed, 47) if w.column == "公开主体"]
    assert any("社保局" in m and "市社保局" in m for m in messages)


# ---- columns, speed ----------------------------------------------------------------------------

def test_website_columns_become_paths(seed):
    assert item(seed, "机构信息").columns == [
        "银川市门户网站 › 银川市人力资源和社会保障局信息公开目录 › 概况信息 › 机构职能",
        "银川市人力资源和社会保障局网站 › 机构职能 › 机构职责",
    ]


def test_parsing_the_seed_is_fast(seed_path):
    data = seed_path.read_bytes()
    parse_file(seed_path, data)
    start = time.perf_counter()
    parse_file(seed_path, data)
    assert time.perf_counter() - start < 0.2


def test_seedtext_parse_accepts_bytes_directly(seed_path):
    assert len(seedtext.parse(seed_path.read_bytes(), "seed.txt").catalog.items) == 27


# ---- cells -------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    ("劳动监察 仲裁工作", "劳动监察仲裁工作"),
    ("《银川市 2020 年政务公开工作要点》", "《银川市2020年政务公开工作要点》"),
    ("ISO 9001 认证", "ISO 9001认证"),
    ("２０个工作日", "20个工作日"),
    ("  a   b  ", "a b"),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize("raw, names", [
    ("1、文件名称 2、文号3、 正文4、发布 机构5、发布 时间等", ["文件名称", "文号", "正文", "发布机构", "发布时间等"]),
    ("工作动态、公示公告等", ["工作动态", "公示公告等"]),
    ("1 事项名称 2 监管对象 3 监管内容", ["事项名称", "监管对象", "监管内容"]),
    ("1. 新闻发布会参加人员、召开地点、时间 2. 发布内容", ["新闻发布会参加人员、召开地点、时间", "发布内容"]),
    ("姓名 职务 照片 简历 分管工作", ["姓名", "职务", "照片", "简历", "分管工作"]),
    ("内设机构及 职责分工 直属机构及 主要职责", ["内设机构及职责分工", "直属机构及主要职责"]),
    ("工作动态、前沿动态、公示公告、图片新闻", ["工作动态", "前沿动态", "公示公告", "图片新闻"]),
    ("1.适用范围;2.办件类型;3.办理方式", ["适用范围", "办件类型", "办理方式"]),
    ("事项名称\n办理材料\n办理时限", ["事项名称", "办理材料", "办理时限"]),
    ("遇有重大突发事件，及时发布权威信息", ["遇有重大突发事件，及时发布权威信息"]),
    ("1、机会平等 2、公平公正", ["机会平等", "公平公正"]),
    ("", []),
])
def test_split_elements(raw, names):
    assert split_elements(raw) == names


def test_split_elements_reports_gaps_only_when_asked():
    problems = []
    assert split_elements("1、甲 2、乙 4、丁", problems, row=9) == ["甲", "乙", "丁"]
    assert problems and problems[0].row == 9 and "3" in problems[0].message


def test_split_basis_keeps_issuer_and_document_numbers_and_drops_tags():
    assert split_basis("1.《中华人民共和国政府信息公开条例》(国务院令第711号) 2.【法律】《中华人民共和国社会保险法》") == [
        "《中华人民共和国政府信息公开条例》(国务院令第711号)", "《中华人民共和国社会保险法》"]
    assert split_basis("国务院《2020年政 务公开工作要点》、《自治区 2020年政务公开工作要点》") == [
        "国务院《2020年政务公开工作要点》", "《自治区2020年政务公开工作要点》"]


def test_split_units():
    assert split_units("市人社局养老保险科、工伤保险科，市社保局；市 就业局") == ["市人社局养老保险科", "工伤保险科", "市社保局", "市就业局"]


def test_parse_channels_understands_every_checkbox_style():
    assert parse_channels("■政府网站 □政府公报 ☑政务服务中心 ☐报刊 ✓其他（注明）") == [
        ChannelSpec("政府网站"), ChannelSpec("政务服务中心"), ChannelSpec("其他")]
    assert parse_channels('<input checked="" type="checkbox"/> 精准推送（注明） <input type="checkbox"/> 报刊') == [ChannelSpec("精准推送")]
    assert parse_channels("■社区/企事业单位/村公示栏(电子屏)") == [ChannelSpec("社区/企事业单位/村公示栏(电子屏)")]


def test_split_columns_expands_siblings_and_keeps_separate_sites():
    assert split_columns("银川市人社局信息公开目录-就业创业、重点工作栏目；宁夏政务服务网网上办事栏目、微博平台") == [
        "银川市人社局信息公开目录 › 就业创业", "银川市人社局信息公开目录 › 重点工作",
        "宁夏政务服务网 › 网上办事", "微博平台"]


@pytest.mark.parametrize("cell, ticked", [("√", True), (" ✓ ", True), ("☑", True), ("■", True), ("是", True),
                                          ("Y", True), ("", False), (None, False), ("□", False), ("否", False)])
def test_tick(cell, ticked):
    assert tick(cell) is ticked


def test_join_broken_drops_a_repeated_character_only():
    assert join_broken("职业资格考试", "试信息发布") == ("职业资格考试信息发布", "试")
    assert join_broken("《2020年政", "务公开工作要点》") == ("《2020年政务公开工作要点》", "")


def test_find_lookalikes_ignores_short_and_distant_names():
    assert find_lookalikes(["社保局", "市社保局", "办公室", "财务科", "局"]) == [("市社保局", "社保局")]


# Wording of the 公开依据 column of the 就业 and 社会保险 基层政务公开标准目录 (county catalogs).
EMPLOYMENT_LAW = ("《中华人民共和国就业促进法》(2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过"
                  " 根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议"
                  "《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正)")


def test_split_basis_keeps_an_amendment_note_naming_a_decision_with_its_law():
    assert split_basis(EMPLOYMENT_LAW) == [clean_text(EMPLOYMENT_LAW)]
    nested = ("《中华人民共和国社会保险法》（2010年10月28日第十一届全国人民代表大会常务委员会第十七次会议通过　"
              "根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改《中华人民共和国社会保险法》的决定》修正）"
              "、《工伤保险条例》（国务院令第586号）")
    first, second = split_basis(nested)
    assert first.startswith("《中华人民共和国社会保险法》（2010年") and first.endswith("的决定》修正）")
    assert second == "《工伤保险条例》（国务院令第586号）"


def test_split_basis_splits_a_numbered_list_at_its_numbers_and_loses_nothing():
    cell = ("1.《中华人民共和国政府信息公开条例》 2." + EMPLOYMENT_LAW + " 3.《人力资源市场暂行条例》（国务院令第700号）"
            "4.《就业服务与就业管理规定》第十二条、第十三条")
    entries = split_basis(cell)
    assert entries == ["《中华人民共和国政府信息公开条例》", clean_text(EMPLOYMENT_LAW),
                       "《人力资源市场暂行条例》（国务院令第700号）", "《就业服务与就业管理规定》第十二条、第十三条"]
    kept = re.sub(r"\s|[1-4]\.(?!\d)", "", "".join(entries))
    assert kept == re.sub(r"\s|(?<![0-9])[1-4]\.(?!\d)", "", cell)
    assert split_basis("1.中华人民共和国就业促进法 2.人力资源市场暂行条例 3.国务院关于做好当前和今后一个时期促进就业工作的若干意见") == [
        "中华人民共和国就业促进法", "人力资源市场暂行条例", "国务院关于做好当前和今后一个时期促进就业工作的若干意见"]
    assert split_basis("（1）《社会保险费征缴暂行条例》（2）《工伤保险条例》") == ["《社会保险费征缴暂行条例》", "《工伤保险条例》"]


def test_split_basis_does_not_take_years_or_document_numbers_for_list_numbers():
    assert split_basis("《关于做好2020年就业工作的通知》（银人社发〔2020〕12号）、《2.0版服务指南》") == [
        "《关于做好2020年就业工作的通知》（银人社发〔2020〕12号）", "《2.0版服务指南》"]
    problems = []
    assert split_basis("《中华人民共和国劳动法》、《中华人民共和国劳动合同", problems, row=4) == [
        "《中华人民共和国劳动法》", "《中华人民共和国劳动合同"]
    assert problems and problems[0].row == 4


def test_split_basis_keeps_a_trailing_deng_with_the_document_before_it():
    # 基层标准目录 wording: "…《工伤保险条例》等相关法律法规" is no document of its own.
    assert split_basis("《中华人民共和国社会保险法》、《工伤保险条例》等相关法律法规") == [
        "《中华人民共和国社会保险法》", "《工伤保险条例》等相关法律法规"]
    assert split_basis("1.《失业保险条例》第十条、第十一条等 2.《中华人民共和国政府信息公开条例》等") == [
        "《失业保险条例》第十条、第十一条等", "《中华人民共和国政府信息公开条例》等"]
    assert split_basis("《工伤保险条例》等法律法规、《社会保险费征缴暂行条例》") == [
        "《工伤保险条例》等法律法规", "《社会保险费征缴暂行条例》"]


def test_split_basis_splits_lists_numbered_in_chinese_or_circled_numbers():
    assert split_basis("（一）《中华人民共和国就业促进法》（二）《人力资源市场暂行条例》（国务院令第700号）") == [
        "《中华人民共和国就业促进法》", "《人力资源市场暂行条例》（国务院令第700号）"]
    assert split_basis("①《工伤保险条例》②《社会保险费征缴暂行条例》") == ["《工伤保险条例》", "《社会保险费征缴暂行条例》"]
    # A bracketed Chinese numeral that does not start a 1, 2, 3… run stays with its document.
    assert split_basis("《关于进一步做好就业工作的通知》（二）") == ["《关于进一步做好就业工作的通知》（二）"]
