"""zwgk export-catalog, and the round trip DB → file → import for every format."""
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from zwgk.catalog.importing import import_catalog
from zwgk.catalog.snapshot import catalog_to_spec
from zwgk.catalog.formats.structure import spec_to_comparable
from zwgk.catalog.models import Catalog, CatalogChange, Item

AGENCY = "银川市人力资源和社会保障局"


def _export(*args) -> str:
    out = StringIO()
    call_command("export_catalog", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def seeded(db, seed_path):
    call_command("import_catalog", str(seed_path), "--agency", AGENCY, stdout=StringIO())
    return Catalog.objects.get(agency__name=AGENCY)


def test_the_seed_exports_as_six_categories_and_twenty_seven_clean_items(seeded):
    doc = json.loads(_export("--format", "json"))
    items = doc["items"]
    assert len(items) == 27
    assert len(dict.fromkeys(i["category"] for i in items)) == 6
    names = [i["name"] for i in items]
    assert "劳动监察仲裁工作" in names and "脱贫攻坚工作" in names
    assert not any(" " in n for n in names)
    for item in items:
        assert item["units"], item["name"]
        assert item["channels"] and all(c["name"] for c in item["channels"]), item["name"]
        rule = item["deadline"]["rule"]
        if item["name"] == "政府信息公开年报":
            assert (rule["kind"], rule["month"], rule["day"]) == ("yearly", 1, 31)
        else:
            assert rule["kind"] == "after_event" and rule["days"] in (20, 5, 3, 7) and rule["day_type"] == "working"
    report = next(i for i in items if i["name"] == "政府信息公开年报")
    # Text continued after the page break is merged into the row above.
    assert "《银川市2020年政务公开工作要点》" in report["basis"]
    assert any("信息公开年报" in c for c in report["columns"][1:])
    penalty = next(i for i in items if i["name"] == "行政处罚结果公开")
    assert len(penalty["elements"]) == 14
    service = next(i for i in items if i["name"] == "公共服务事项清单")
    assert {"name": "其他", "note": "宁夏政务服务网"} in service["channels"]


def test_binary_formats_need_an_output_file(seeded):
    with pytest.raises(CommandError, match="-o"):
        _export("--format", "xlsx")


def test_an_unknown_year_or_agency_is_an_error(seeded):
    with pytest.raises(CommandError, match="1999"):
        _export("--year", "1999")
    with pytest.raises(CommandError, match="不存在的机关"):
        _export("--agency", "不存在的机关")


def test_csv_goes_to_stdout_when_no_file_is_given(seeded):
    text = _export("--format", "csv")
    assert "劳动监察仲裁工作" in text and text.count("\n") >= 27


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "docx"])
def test_export_then_import_gives_an_identical_catalog(fmt, seeded, other_agency, tmp_path):
    from zwgk.catalog.formats import parse_file

    path = tmp_path / f"catalog.{fmt}"
    _export("--agency", AGENCY, "--format", fmt, "-o", str(path))
    assert path.stat().st_size > 0
    original = spec_to_comparable(catalog_to_spec(seeded))

    if fmt in ("xlsx", "docx"):
        # The printed table's header states the counts of its own rows, not the seed's 26.
        original["declared"] = {"level1": 6, "level2": 27, "on_request_level2": 1}

    # Into the same agency: an update in place that finds no item to change.
    changes = CatalogChange.objects.exclude(action="import").count()
    report = import_catalog(parse_file(str(path)), agency=seeded.agency, source=path.name)
    assert (report.created, report.updated, report.deleted) == (0, 0, 0), report.as_text()
    header_only = 1 if fmt in ("xlsx", "docx") else 0
    assert CatalogChange.objects.exclude(action="import").count() == changes + header_only
    assert [h.split("：")[0] for h in report.header_changes] == ["表头声明的事项数"] * header_only

    # Into an empty agency: the same catalog, item for item.
    import_catalog(parse_file(str(path)), agency=other_agency, source=path.name)
    copy = spec_to_comparable(catalog_to_spec(Catalog.objects.get(agency=other_agency)))
    assert copy == {**original, "agency_name": other_agency.name}
    assert Item.objects.filter(catalog__agency=other_agency).count() == seeded.items.count()


def test_the_export_writes_the_file_and_says_so(seeded, tmp_path):
    err = StringIO()
    path = tmp_path / "out.json"
    call_command("export_catalog", "--format", "json", "-o", str(path), stdout=StringIO(), stderr=err)
    assert json.loads(path.read_text(encoding="utf-8"))["catalog"]["year"] == 2020
    assert str(path) in err.getvalue()
