"""Region names resolve to one canonical path, or fail loudly."""
import datetime as dt

import pytest

from zwgk import workdays
from zwgk.workdays import UnknownRegionError, resolve_region
from zwgk.workdays.regions import known_names_text, regional_holidays, registry

D = dt.date


@pytest.mark.parametrize("name, path", [
    ("宁夏回族自治区/银川市", "宁夏回族自治区/银川市"),
    ("宁夏回族自治区", "宁夏回族自治区"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("广西", "广西壮族自治区"),
    ("西藏", "西藏自治区"),
    ("内蒙古", "内蒙古自治区"),
    ("银川市", "宁夏回族自治区/银川市"),
    ("银川", "宁夏回族自治区/银川市"),
    ("宁夏/银川市", "宁夏回族自治区/银川市"),
    ("灵武市", "宁夏回族自治区/银川市/灵武市"),
    ("宁夏回族自治区/灵武市", "宁夏回族自治区/银川市/灵武市"),
    ("宁夏回族自治区／石嘴山市", "宁夏回族自治区/石嘴山市"),
    (" 宁夏回族自治区 / 吴忠市 ", "宁夏回族自治区/吴忠市"),
    ("甘肃省/兰州市", "甘肃省/兰州市"),
    ("呼和浩特市", "内蒙古自治区/呼和浩特市"),
    ("吉林", "吉林省"),
    ("吉林市", "吉林省/吉林市"),
    (["宁夏回族自治区", "银川市"], "宁夏回族自治区/银川市"),
    ("", ""), (None, ""), ("全国", ""),
])
def test_full_short_and_city_names_resolve(name, path):
    assert resolve_region(name) == path


@pytest.mark.parametrize("name, message", [
    ("火星", "未知地区“火星”"),
    ("宁夏回族自治区/火星市", "未知地区“火星市”"),
    ("火星/银川市", "未知地区“火星”"),
    ("甘肃省/银川市", "“银川市”不在“甘肃省”之下"),
    ("银川市/宁夏回族自治区", "“宁夏回族自治区”不在“银川市”之下"),
])
def test_unknown_names_fail_and_name_the_known_regions(name, message):
    with pytest.raises(UnknownRegionError) as info:
        resolve_region(name)
    assert message in str(info.value)
    if "未知" in message:
        assert "宁夏回族自治区" in str(info.value) and "新疆维吾尔自治区" in str(info.value)


def test_extra_names_resolve_to_themselves_and_are_listed():
    assert resolve_region("测试自治区", extra={"测试自治区"}) == "测试自治区"
    assert "测试自治区" in known_names_text({"测试自治区"})
    with pytest.raises(UnknownRegionError):
        resolve_region("测试自治区")


def test_a_name_in_two_places_asks_for_the_province(monkeypatch):
    from zwgk.workdays import regions

    reg = registry()
    paths = dict(reg.paths)
    paths["同名县"] = (("甲省", "甲市", "同名县"), ("乙省", "乙市", "同名县"))
    paths["甲省"] = (("甲省",),)
    monkeypatch.setattr(regions, "registry", lambda: regions.Registry(paths, reg.provinces, reg.regional))
    with pytest.raises(UnknownRegionError, match="多个同名地方：甲省/甲市/同名县、乙省/乙市/同名县"):
        resolve_region("同名县")
    assert resolve_region("甲省/同名县") == "甲省/甲市/同名县"


def test_registry_has_every_provincial_division_once():
    reg = registry()
    assert len(reg.provinces) == 34 and len(set(reg.provinces)) == 34
    assert reg.provinces[0] == "北京市"
    assert reg.regional == {"宁夏回族自治区", "新疆维吾尔自治区", "广西壮族自治区", "西藏自治区"}
    assert regional_holidays("宁夏回族自治区") and not regional_holidays("甘肃省")


def test_module_functions_resolve_and_refuse_unknown_regions():
    assert workdays.add_workdays(D(2019, 6, 3), 5, region="银川市") == D(2019, 6, 13)
    assert workdays.add_workdays(D(2019, 6, 3), 5, region="宁夏") == D(2019, 6, 13)
    assert workdays.explain(D(2019, 6, 3), 5, region="宁夏").region == "宁夏回族自治区"
    assert "适用日历：宁夏回族自治区/银川市" in workdays.explain(D(2019, 8, 9), 5, region="银川市").as_text()
    with pytest.raises(UnknownRegionError, match="火星"):
        workdays.add_workdays(D(2019, 6, 3), 5, region="火星")


def test_a_region_with_its_own_days_but_no_data_is_always_provisional():
    cal = workdays.calendar_for_region("新疆")
    assert cal.is_provisional(D(2026, 3, 2))
    assert cal.missing_data(D(2026, 3, 2)) == ["2026年新疆维吾尔自治区地方节假日安排尚未导入，结果为暂定"]
    assert not workdays.calendar_for_region("甘肃省").is_provisional(D(2026, 3, 2))


def test_the_registry_is_built_from_the_file_with_each_path_once():
    registry.cache_clear()  # built afresh here, not taken from an earlier test's cache
    reg = registry()
    assert reg.paths["宁夏"] == (("宁夏回族自治区",),)
    assert reg.paths["宁夏回族自治区"] == (("宁夏回族自治区",),)
    assert reg.paths["灵武市"] == (("宁夏回族自治区", "银川市", "灵武市"),)
    assert reg.paths["吉林"] == (("吉林省",),) and reg.paths["吉林市"] == (("吉林省", "吉林市"),)
    assert all(len(set(paths)) == len(paths) for paths in reg.paths.values())


def test_the_known_names_sentence():
    text = known_names_text({"测试区"})
    assert text.startswith("可用的地区：北京市、天津市、河北省")
    assert "、澳门特别行政区、测试区；也可写简称（如 宁夏、新疆、广西、西藏、内蒙古）或其下的市、县（如 银川市）" in text
    assert known_names_text({"北京市"}) == known_names_text()


@pytest.mark.parametrize("name, message", [
    ("宁夏/宁夏回族自治区", "“宁夏回族自治区”不在“宁夏”之下，请检查地区写法"),
    ("新疆/银川市/兴庆区", "“兴庆区”不在“新疆”之下，请检查地区写法"),
])
def test_a_place_must_lie_strictly_below_each_name_before_it(name, message):
    with pytest.raises(UnknownRegionError) as info:
        resolve_region(name)
    assert str(info.value) == message


def test_the_ambiguity_message_in_full(monkeypatch):
    from zwgk.workdays import regions

    reg = registry()
    paths = dict(reg.paths, 同名县=(("甲省", "甲市", "同名县"), ("乙省", "乙市", "同名县")))
    monkeypatch.setattr(regions, "registry", lambda: regions.Registry(paths, reg.provinces, reg.regional))
    with pytest.raises(UnknownRegionError) as info:
        resolve_region("同名县")
    assert str(info.value) == "地区“同名县”有多个同名地方：甲省/甲市/同名县、乙省/乙市/同名县；请写出上级地区，如 甲省/甲市/同名县"
