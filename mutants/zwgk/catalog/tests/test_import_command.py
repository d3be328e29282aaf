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
