"""Bundled data files: regional layers with their sources, and the national layer's names."""
import datetime as dt
import json

from zwgk.workdays import OFF, WORKDAY
from zwgk.workdays.data import DATA_DIR, _zh, load_region_file, national_layer, regional_layers, source_text

D = dt.date


def test_source_text_joins_title_number_and_date():
    assert source_text({"title": "《通知》", "doc_number": "宁政办发〔2018〕137号", "issued_on": "2018-12-20"}) == \
        "《通知》（宁政办发〔2018〕137号，2018-12-20）"
    assert source_text({"title": "《通知》", "doc_number": "宁政办发〔2018〕137号", "issued_on": None}) == \
        "《通知》（宁政办发〔2018〕137号）"
    assert source_text({"title": "《通知》", "issued_on": "2018-12-20"}) == "《通知》（2018-12-20）"
    assert source_text({"title": "《通知》"}) == "《通知》"
    assert source_text({"doc_number": "1号"}) == "（1号）"
    assert source_text({}) == ""
    assert source_text("《旧格式》") == "《旧格式》" and source_text("") == "" and source_text(None) == ""


def test_a_region_file_becomes_a_layer(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({
        "region": "测试自治区", "yearly": False,
        "years": {
            "2030": {"source": {"title": "《甲》", "doc_number": "甲1号"},
                     "days_off": {"2030-03-04": "甲节", "2030-03-05": "甲节"}, "workdays": {"2030-03-09": "甲节"}},
            "2031": {"source": "《乙》", "days_off": {"2031-01-02": "乙节"}},
        },
    }, ensure_ascii=False), encoding="utf-8")
    layer = load_region_file(path)
    assert layer.name == "测试自治区" and layer.yearly is False and layer.years == {2030, 2031}
    assert layer.days == {D(2030, 3, 4): (OFF, "甲节"), D(2030, 3, 5): (OFF, "甲节"), D(2030, 3, 9): (WORKDAY, "甲节"),
                          D(2031, 1, 2): (OFF, "乙节")}
    assert layer.sources == {2030: "《甲》（甲1号）", 2031: "《乙》"}
    path.write_text(json.dumps({"region": "丙"}), encoding="utf-8")
    empty = load_region_file(path)
    assert (empty.name, empty.days, empty.years, empty.yearly, empty.sources) == ("丙", {}, frozenset(), True, {})


def test_the_bundled_ningxia_file_has_its_2019_notice_with_source():
    regional_layers.cache_clear()  # read afresh here
    layer = regional_layers()["宁夏回族自治区"]
    assert layer.sources == {2019: "《宁夏回族自治区人民政府办公厅关于2019年部分节假日安排的通知》（宁政办发〔2018〕137号）"}
    assert layer.days == {D(2019, 6, 5): (OFF, "开斋节"), D(2019, 6, 6): (OFF, "开斋节"),
                          D(2019, 8, 12): (OFF, "古尔邦节"), D(2019, 8, 13): (OFF, "古尔邦节")}
    assert sorted(p.name for p in DATA_DIR.glob("*.json")) == ["ningxia.json"]


def test_the_national_layer_uses_the_notices_names():
    national_layer.cache_clear()
    layer = national_layer()
    assert layer.name == "全国" and layer.yearly and min(layer.years) == 2004 and max(layer.years) == 2026
    assert layer.days[D(2025, 10, 1)] == (OFF, "国庆节") and layer.days[D(2025, 9, 28)] == (WORKDAY, "国庆节")
    assert layer.days[D(2015, 9, 3)][1] == "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    assert layer.sources[2026] == "《国务院办公厅关于2026年部分节假日安排的通知》（chinesecalendar 数据）"
    assert _zh("Spring Festival") == "春节" and _zh("Mid-autumn Festival") == "中秋节" and _zh("Other") == "Other"


def test_a_year_without_a_source_has_an_empty_one(tmp_path):
    path = tmp_path / "y.json"
    path.write_text(json.dumps({"region": "丁", "years": {"2030": {"days_off": {"2030-03-04": "丁节"}}}}, ensure_ascii=False),
                    encoding="utf-8")
    assert load_region_file(path).sources == {2030: ""}


def test_a_region_file_is_read_as_utf8_even_with_a_bom(tmp_path):
    path = tmp_path / "z.json"
    text = json.dumps({"region": "戊自治区", "years": {"2030": {"days_off": {"2030-03-04": "戊节"}}}}, ensure_ascii=False)
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    layer = load_region_file(path)
    assert layer.name == "戊自治区" and layer.days == {D(2030, 3, 4): (OFF, "戊节")}
