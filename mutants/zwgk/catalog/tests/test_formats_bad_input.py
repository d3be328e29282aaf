"""Unreadable or broken files raise CatalogImportError naming the file (and row/column)."""
import io
import zipfile
from pathlib import Path

import pytest

from zwgk.catalog.formats import CatalogImportError, dump, parse_file, spec_to_comparable

SEED = Path(__file__).resolve().parents[1] / "seeds" / "yinchuan-rsj-2020.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _error(name, data):
    with pytest.raises(CatalogImportError) as info:
        parse_file(name, data)
    assert name in str(info.value)
    return info.value


def test_empty_file():
    assert "文件为空" in str(_error("empty.csv", b""))
    assert "文件为空" in str(_error("blank.txt", b"  \n\r\n"))


def test_binary_junk():
    assert "二进制" in str(_error("junk.bin", bytes(range(256)) * 8))


def test_text_in_no_known_encoding():
    # Valid in neither UTF-8 nor GB18030 (0x80 and 0xFF are not GB18030 lead bytes).
    _error("latin.txt", "公开事项".encode("utf-8") + b"\x80\xff\x80\xff caf\xe9")


def test_unknown_text_format():
    assert "表头" in str(_error("notes.txt", "这是一份普通的说明文字。\n没有表格。\n".encode()))


def test_zip_that_is_neither_xlsx_nor_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "不是 XLSX 或 DOCX" in str(_error("archive.zip", buffer.getvalue()))
    _error("broken.xlsx", b"PK\x03\x04 broken")


def test_pdf_and_old_office_files_are_refused_clearly():
    assert "PDF" in str(_error("catalog.pdf", b"%PDF-1.7\n..."))
    assert ".xls" in str(_error("catalog.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64))


def test_missing_file_is_reported():
    assert "无法读取" in str(_error("/nonexistent/catalog.csv", None))


def test_gbk_encoded_seed_parses_identically():
    utf8 = parse_file("seed.txt", SEED_TEXT.encode("utf-8"))
    for encoding in ("gb18030", "gbk"):
        other = parse_file("seed-gbk.txt", SEED_TEXT.encode(encoding))
        assert other.format == "seed"
        assert spec_to_comparable(other.catalog) == spec_to_comparable(utf8.catalog)
        assert [str(w) for w in other.warnings] == [str(w) for w in utf8.warnings]


def test_utf8_with_bom_and_crlf_seed_parses_identically():
    plain = parse_file("seed.txt", SEED_TEXT.encode("utf-8"))
    bom = parse_file("seed.txt", ("\ufeff" + SEED_TEXT.replace("\n", "\r\n")).encode("utf-8"))
    assert spec_to_comparable(bom.catalog) == spec_to_comparable(plain.catalog)


def test_truncated_last_row_names_the_row():
    lines = SEED_TEXT.split("\n")
    lines[-1] = "\t".join(lines[-1].split("\t")[:5])  # cut before the channel cell
    error = _error("cut.txt", "\n".join(lines).encode())
    assert (error.row, error.column) == (50, "公开渠道和载体")


def test_last_row_truncated_inside_the_channel_cell_is_imported_with_a_warning():
    cut = SEED_TEXT[: SEED_TEXT.rindex("便民服务站")]
    result = parse_file("cut.txt", cut.encode())
    assert len(result.catalog.items) == 27
    assert any(w.row == 50 and w.column == "公开方式" for w in result.warnings)


def test_seed_without_its_table_header():
    text = "\n".join(line for line in SEED_TEXT.split("\n") if not line.startswith("序号"))
    assert "表头" in str(_error("noheader.txt", text.encode()))


def test_dump_refuses_an_unknown_format():
    with pytest.raises(ValueError):
        dump(parse_file(SEED).catalog, "pdf")
