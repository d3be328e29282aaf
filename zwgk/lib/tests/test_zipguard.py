"""The zip-bomb guard: entries counted, declared and actual sizes and the ratio checked while streaming."""
import struct
import time

import pytest

from zwgk.lib import zipguard
from zwgk.lib.tests.zips import make_zip
from zwgk.lib.zipguard import LIMITS, CorruptZip, ZipBomb, ZipLimits, check_zip


def test_an_ordinary_office_file_passes_and_its_entry_names_are_returned():
    data = make_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document>" + "正文" * 5000 + "</w:document>"})
    assert check_zip(data) == ["[Content_Types].xml", "word/document.xml"]


def test_a_steeply_compressed_entry_is_refused_quickly_before_it_is_inflated_in_full():
    data = make_zip({"word/document.xml": b"\0" * (40 * 1024 * 1024)})
    assert len(data) < 100 * 1024
    started = time.perf_counter()
    with pytest.raises(ZipBomb, match="压缩比超过 200:1"):
        check_zip(data)
    assert time.perf_counter() - started < 2


def test_small_entries_may_have_any_ratio():
    check_zip(make_zip({"xl/styles.xml": b"\0" * (LIMITS.ratio_from_bytes - 1)}))


def test_the_declared_total_is_refused_before_anything_is_inflated():
    data = make_zip({"a.xml": b"x" * 3000, "b.xml": b"y" * 3000})
    with pytest.raises(ZipBomb, match="解压后达"):
        check_zip(data, ZipLimits(inflated_bytes=5000))


def test_too_many_entries_are_refused_before_the_directory_is_read(monkeypatch):
    data = make_zip({f"x{i}.xml": "<x/>" for i in range(11)})
    monkeypatch.setattr(zipguard.zipfile, "ZipFile", None)  # any attempt to open it would fail
    with pytest.raises(ZipBomb, match="文件过多（11 个，上限 10）"):
        check_zip(data, ZipLimits(entries=10))


def test_headers_that_understate_the_inflated_size_do_not_get_past():
    data = bytearray(make_zip({"word/document.xml": bytes(range(256)) * 4096}))
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    with pytest.raises(CorruptZip):
        check_zip(bytes(data))


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really", b"", b"plain text"])
def test_what_is_no_zip_is_reported_as_corrupt(data):
    with pytest.raises(CorruptZip, match="压缩包已损坏"):
        check_zip(data)


def test_a_damaged_deflate_stream_inside_an_intact_directory_is_a_corrupt_zip():
    data = bytearray(make_zip({"xl/workbook.xml": "<workbook>" + "工作表" * 2000 + "</workbook>"}))
    start = 30 + len("xl/workbook.xml")  # the local header, then the compressed stream
    data[start:start + 4] = b"\xff\xff\xff\xff"  # an invalid block type: zlib.error while inflating
    with pytest.raises(CorruptZip, match="压缩包已损坏"):
        check_zip(bytes(data))


def test_a_directory_claiming_a_zip_version_python_cannot_read_is_a_corrupt_zip():
    """Found by bench/fuzz.py: zipfile raises NotImplementedError("zip file version 18.6") here."""
    data = bytearray(make_zip({"xl/workbook.xml": "<workbook/>"}))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 6:directory + 8] = struct.pack("<H", 186)  # "version needed to extract"
    with pytest.raises(CorruptZip, match="压缩包已损坏"):
        check_zip(bytes(data))
