"""zwgk import-catalog: reports, dry runs, re-imports and clear errors that write nothing."""
import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from zwgk.catalog.models import Agency, Catalog, CatalogChange, Item, Unit

AGENCY = "银川市人力资源和社会保障局"


def _run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_catalog", *args, stdout=out, stderr=err)
    return out.getvalue()


def _nothing_written():
    return not (Agency.objects.exists() or Catalog.objects.exists() or Item.objects.exists() or Unit.objects.exists())


def test_a_missing_file_exits_non_zero_with_a_message_naming_it(tmp_path):
    missing = tmp_path / "nope.xlsx"
    env = {**os.environ, "ZWGK_DATA_DIR": str(tmp_path / "data"), "DJANGO_SETTINGS_MODULE": "zwgk.settings"}
    proc = subprocess.run(
        [sys.executable, "-c", "from zwgk.cli import main; main()", "import-catalog", str(missing)],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[3],
    )
    assert proc.returncode != 0
    assert "nope.xlsx" in proc.stderr and "文件不存在" in proc.stderr
    assert proc.stdout == ""


def test_a_missing_file_writes_nothing(db, tmp_path):
    with pytest.raises(CommandError, match="文件不存在"):
        _run(str(tmp_path / "nope.txt"), "--agency", AGENCY)
    assert _nothing_written()


def test_an_empty_file_is_refused(db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty.csv.*文件为空"):
        _run(str(empty), "--agency", AGENCY)
    assert _nothing_written()


def test_a_docx_without_tables_is_refused_and_writes_nothing(db, tmp_path):
    import docx

    path = tmp_path / "notable.docx"
    document = docx.Document()
    document.add_paragraph("这是一份没有表格的文件")
    document.save(path)
    with pytest.raises(CommandError) as excinfo:
        _run(str(path), "--agency", AGENCY)
    assert "notable.docx" in str(excinfo.value)
    assert _nothing_written()


def test_binary_junk_is_refused_and_writes_nothing(db, tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CommandError, match="junk.bin"):
        _run(str(junk), "--agency", AGENCY)
    assert _nothing_written()


def test_the_seed_imports_with_counts_the_declared_mismatch_and_row_warnings(db, seed_path):
    text = _run(str(seed_path), "--agency", AGENCY)
    assert "一级事项6项" in text and "二级事项27项" in text
    assert "表头声明二级事项26项，实际列出27项" in text
    assert "新建机关" in text and "第" in text and "行" in text
    agency = Agency.objects.get(name=AGENCY)
    assert agency.slug == "yinchuan-rsj" and agency.region == "宁夏回族自治区/银川市"
    catalog = Catalog.objects.get(agency=agency)
    assert catalog.year == 2020
    assert catalog.items.filter(level=1).count() == 6 and catalog.items.filter(level=2).count() == 27
    assert catalog.items.filter(name="劳动监察仲裁工作").exists()
    penalty = catalog.items.get(name="行政处罚结果公开")
    assert penalty.elements.count() == 14
    assert Unit.objects.filter(agency=agency, name="市人社局办公室").exists()


def test_json_output_is_machine_readable(db, seed_path):
    data = json.loads(_run(str(seed_path), "--agency", AGENCY, "--json"))
    assert data["counts"] == {"level1": 6, "level2": 27}
    assert data["catalog"]["year"] == 2020 and data["agency"]["slug"] == "yinchuan-rsj"
    assert any("26" in m for m in data["mismatches"])
    assert data["warnings"] and all({"message", "row", "column"} <= set(w) for w in data["warnings"])
    assert any(w["row"] for w in data["warnings"])


def test_a_dry_run_reports_and_writes_nothing(db, seed_path):
    text = _run(str(seed_path), "--agency", AGENCY, "--dry-run")
    assert "试导入" in text and "新增" in text
    assert _nothing_written()


def test_the_agency_may_be_omitted_when_there_is_only_one(agency, seed_path):
    _run(str(seed_path))
    assert Catalog.objects.get().agency == agency


def test_importing_twice_does_not_duplicate_and_an_edited_file_shows_in_the_history(db, seed_path, tmp_path):
    _run(str(seed_path), "--agency", AGENCY)
    counts = (Catalog.objects.count(), Item.objects.count(), Unit.objects.count())
    text = _run(str(seed_path), "--agency", AGENCY)
    assert "新增0，修改0" in text
    assert (Catalog.objects.count(), Item.objects.count(), Unit.objects.count()) == counts

    edited = tmp_path / "edited.txt"
    edited.write_text(seed_path.read_text(encoding="utf-8").replace("每年1月31日前公开", "每年2月28日前公开"), encoding="utf-8")
    text = _run(str(edited), "--agency", AGENCY)
    assert "修改1" in text and "政府信息公开年报" in text
    assert (Catalog.objects.count(), Item.objects.count(), Unit.objects.count()) == counts
    item = Item.objects.get(name="政府信息公开年报")
    assert item.deadline_rule["month"] == 2
    change = CatalogChange.objects.get(item=item, action="update")
    assert change.before["deadline_text"] == "每年1月31日前公开" and change.after["deadline_text"] == "每年2月28日前公开"
    assert change.before["deadline_rule"]["month"] == 1


def _truncated_seed(seed_path, tmp_path, share=0.9):
    lines = seed_path.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "cut.txt"
    cut.write_text("".join(lines[: int(len(lines) * share)]), encoding="utf-8")
    return cut


def test_a_truncated_seed_is_refused_unless_allowed(db, seed_path, tmp_path):
    cut = _truncated_seed(seed_path, tmp_path)
    with pytest.raises(CommandError) as info:
        _run(str(cut), "--agency", AGENCY)
    assert "可能被截断" in str(info.value) and "--allow-incomplete" in str(info.value)
    assert _nothing_written()
    dry = json.loads(_run(str(cut), "--agency", AGENCY, "--dry-run", "--json"))
    assert any("可能被截断" in reason for reason in dry["incomplete"])
    _run(str(cut), "--agency", AGENCY, "--allow-incomplete")
    assert Item.objects.exists()


def test_a_json_file_without_a_catalog_header_is_refused_unless_allowed(db, tmp_path):
    path = tmp_path / "bare.json"
    path.write_text(json.dumps({"format": "zwgk-catalog", "version": 1, "items": [
        {"category": "基本信息", "name": "机构职能", "path": ["基本信息", "机构职能"]}]}, ensure_ascii=False))
    with pytest.raises(CommandError) as info:
        _run(str(path), "--agency", AGENCY)
    assert "没有目录表头" in str(info.value)
    assert not Catalog.objects.exists()


def test_an_import_that_would_delete_items_needs_allow_delete(db, seed_path):
    from zwgk.catalog.formats import parse_file
    from zwgk.catalog.formats.structure import CatalogImportError
    from zwgk.catalog.importing import import_parsed

    _run(str(seed_path), "--agency", AGENCY)
    before = Item.objects.count()
    # A 二级事项 with a sibling, so dropping it leaves every declared count met (27 listed, 26 declared).
    gone = next(i for i in Item.objects.filter(level=2).order_by("position") if i.parent.children.count() > 1)
    result = parse_file(str(seed_path), seed_path.read_bytes())
    result.catalog.items = [i for i in result.catalog.items if i.path[-1] != gone.name]
    dry = import_parsed(result, agency_name=AGENCY, dry_run=True)
    assert dry.deleted == 1 and not dry.incomplete
    with pytest.raises(CatalogImportError) as info:
        import_parsed(result, agency_name=AGENCY)
    assert "将删除1个事项" in str(info.value) and gone.name in str(info.value) and "--allow-delete" in str(info.value)
    assert Item.objects.count() == before
    report = import_parsed(result, agency_name=AGENCY, allow_delete=True)
    assert report.deleted == 1 and Item.objects.count() == before - 1
