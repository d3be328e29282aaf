"""Benchmark: DOCX bodies and pasted Office HTML — how fast hostile files are refused, how long a
long 公文 takes to convert (vs python-docx merely opening it, in the same run), and how long the
clean-up of a long Word paste takes.

Targets (issues 12 and 14): a zip bomb refused in under 2 s; a legitimate document converted
while the editor waits (a few seconds at most).
Run: .venv/bin/python bench/docx_body.py [--paragraphs N] [--pictures N] [--repeat N]
"""
import argparse
import io
import os
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zwgk.records import docxbody  # noqa: E402
from zwgk.records.sanitize import clean_body_html  # noqa: E402

LIMIT = 50 * 1024 * 1024
FIXTURES = Path(__file__).resolve().parent.parent / "zwgk" / "records" / "tests" / "fixtures"


def ratio_bomb(megabytes=100) -> bytes:
    """The issue's case: a DOCX-shaped zip whose document.xml inflates to `megabytes` MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            for _ in range(megabytes):
                entry.write(b"A" * (1 << 20))
    return out.getvalue()


def steep_but_allowed_bomb(megabytes=140) -> bytes:
    """Random-looking text that compresses under the 200:1 ratio cap: the size caps must catch it."""
    out = io.BytesIO()
    line = (os.urandom(12).hex() + "A" * 976 + "\n").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            for _ in range(megabytes * 1024):
                entry.write(line)
    return out.getvalue()


def many_entries(count=60000) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for n in range(count):
            archive.writestr(f"x/{n}", b"")
    return out.getvalue()


def png_bytes(width, height) -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + os.urandom(3 * width) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def long_document(paragraphs, pictures) -> bytes:
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.add_heading("关于印发《银川市就业补助资金管理办法》的通知", 1)
    for n in range(paragraphs):
        if n % 40 == 0:
            document.add_heading(f"第{n // 40 + 1}章　总则", 2)
        document.add_paragraph("为规范就业补助资金管理，提高资金使用效益，根据《就业补助资金管理办法》等规定，结合本市实际，制定本办法。" * 2)
        if n % 25 == 0:
            document.add_paragraph(f"第{n}项", style="List Number")
    table = document.add_table(rows=30, cols=4)
    for r in range(30):
        for c in range(4):
            table.cell(r, c).text = f"{r}-{c}"
    for _ in range(pictures):
        document.add_paragraph().add_run().add_picture(io.BytesIO(png_bytes(64, 48)), width=Inches(2))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def refuse(data):
    try:
        docxbody.convert(data, limit=LIMIT)
    except docxbody.DocxRefused as exc:
        return str(exc)
    return "NOT REFUSED"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--pictures", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"load average: {os.getloadavg()[0]:.1f}")
    for name, make in (("ratio bomb, 100 MB", ratio_bomb), ("declared 140 MB", steep_but_allowed_bomb),
                       ("60,000 entries", many_entries)):
        data = make()
        median, worst, message = timed(lambda: refuse(data), args.repeat)
        print(f"{name}: {len(data) / 1024:.0f} KB file refused in median {median:.3f} s (max {worst:.3f} s): {message}")
    import docx

    data = long_document(args.paragraphs, args.pictures)
    median, worst, converted = timed(lambda: docxbody.convert(data, limit=LIMIT), args.repeat)
    base, _, _ = timed(lambda: docx.Document(io.BytesIO(data)), args.repeat)
    print(f"{args.paragraphs} paragraphs, a 30×4 table, {args.pictures} pictures ({len(data) / 1024:.0f} KB): "
          f"converted in median {median:.3f} s (max {worst:.3f} s), {len(converted.html) / 1024:.0f} KB of HTML, "
          f"{len(converted.pictures)} pictures; python-docx only opening it: {base:.3f} s")
    word = (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8")
    head, fragment = word.split("<!--StartFragment-->")
    fragment, tail = fragment.split("<!--EndFragment-->")
    big = head + "<!--StartFragment-->" + fragment * 200 + "<!--EndFragment-->" + tail
    median, worst, html = timed(lambda: clean_body_html(big), args.repeat)
    print(f"Word paste of {len(big) / 1024:.0f} KB: cleaned in median {median:.3f} s (max {worst:.3f} s) "
          f"to {len(html) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
