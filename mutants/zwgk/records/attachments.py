"""Attachments: accept files by their content (never the extension), within a size limit,
and extract their text for search and the personal-information check. Pure apart from settings.
"""
from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from zwgk.lib.zipguard import ZipRefused, check_zip

KINDS = {
    "pdf": ("application/pdf", ".pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ofd": ("application/ofd", ".ofd"),
    "png": ("image/png", ".png"),
    "jpeg": ("image/jpeg", ".jpg"),
    "gif": ("image/gif", ".gif"),
}
ALLOWED_DESCRIPTION = "PDF、DOCX、XLSX、OFD、PNG、JPEG、GIF"
# Extraction stops here: search needs the words, not gigabytes of a hostile spreadsheet.
MAX_TEXT_CHARS = 2_000_000


class AttachmentError(ValueError):
    """A file we refuse, with the reason in Chinese."""


@dataclass
class Checked:
    kind: str
    content_type: str
    extension: str
    size: int
    # What the reviewer must know before publishing, e.g. a PDF that carries scripts.
    warning: str = ""


PDF_SCRIPT_WARNING = "此 PDF 含有 JavaScript 脚本或自动动作（可能在打开时执行）：请审核人确认后再发布，网站只以下载方式提供。"
_PDF_SCRIPT_NAMES = re.compile(rb"/(JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia)\b")
_PDF_SCRIPT_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/RichMediaExecute"}


def max_bytes() -> int:
    from django.conf import settings

    return getattr(settings, "ATTACHMENT_MAX_BYTES", 50 * 1024 * 1024)


def _zip_kind(data: bytes) -> str:
    try:  # before any extractor opens it: python-docx and openpyxl inflate every part into memory
        names = set(check_zip(data))
    except ZipRefused as exc:
        raise AttachmentError(f"{exc}。") from exc
    lowered = {n.lower() for n in names}
    if any(n.endswith("vbaproject.bin") for n in lowered):
        raise AttachmentError("文件含有宏代码，不能上传。")
    if "ofd.xml" in lowered:
        return "ofd"
    if "[content_types].xml" in lowered and "word/document.xml" in lowered:
        return "docx"
    if "[content_types].xml" in lowered and "xl/workbook.xml" in lowered:
        return "xlsx"
    raise AttachmentError(f"不支持的压缩文件格式（只接受 {ALLOWED_DESCRIPTION}）。")


def sniff(data: bytes) -> str:
    """The kind of file `data` really is, or AttachmentError."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    raise AttachmentError(f"不支持的文件类型（按文件内容识别，只接受 {ALLOWED_DESCRIPTION}）。")


def check(data: bytes, *, limit: int | None = None) -> Checked:
    """Size limit, then content sniffing; returns the kind and the content type to serve it with."""
    limit = max_bytes() if limit is None else limit
    if len(data) == 0:
        raise AttachmentError("文件为空。")
    if len(data) > limit:
        raise AttachmentError(f"文件大小 {len(data) / 1048576:.1f} MB 超过上限 {limit / 1048576:.0f} MB。")
    kind = sniff(data)
    content_type, extension = KINDS[kind]
    warning = PDF_SCRIPT_WARNING if kind == "pdf" and pdf_has_script(data) else ""
    return Checked(kind, content_type, extension, len(data), warning)


def pdf_has_script(data: bytes) -> bool:
    """True when a PDF carries JavaScript or an action that runs on opening (plain or in object streams)."""
    if _PDF_SCRIPT_NAMES.search(data):
        return True
    try:  # names inside compressed object streams are invisible to the byte scan
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        root = reader.trailer["/Root"]
        if "/JavaScript" in (root.get("/Names") or {}):
            return True
        holders = [root] + list(reader.pages[:500])
        for page in reader.pages[:500]:
            holders += [a.get_object() for a in page.get("/Annots") or []]
        return any(_runs_script(holder) for holder in holders)
    except Exception:  # an unreadable PDF has no scripts a reader could run either
        return False


def _runs_script(holder) -> bool:
    """Whether an object's open action, action or additional actions (/AA) run a script."""
    actions = [holder.get("/OpenAction"), holder.get("/A")]
    additional = holder.get("/AA")
    if additional is not None:
        actions += list(additional.get_object().values())
    for action in actions:
        action = action.get_object() if action is not None else None
        if hasattr(action, "get") and action.get("/S") in _PDF_SCRIPT_ACTIONS:
            return True
    return False


def safe_name(name: str, extension: str) -> str:
    """A display name without path parts whose extension matches the real content."""
    name = re.split(r"[\\/]", name or "")[-1].strip() or "附件"
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return (stem[:200] or "附件") + extension


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    out, size = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        out.append(text)
        size += len(text)
        if size > MAX_TEXT_CHARS:
            break
    return "\n".join(out)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Extraction stops after this many seconds: a hostile document must not hold a worker.
TEXT_SECONDS = 5.0


def _docx_text(data: bytes) -> str:
    # Streamed from word/document.xml: python-docx would build the whole document in memory first.
    deadline = time.monotonic() + TEXT_SECONDS
    parts, row, size = [], None, 0
    with zipfile.ZipFile(io.BytesIO(data)).open("word/document.xml") as xml:
        for event, el in ElementTree.iterparse(xml, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _W + "tr":
                    row = []
                continue
            if tag == _W + "t" and el.text:
                (row if row is not None else parts).append(el.text)
                size += len(el.text)
            elif tag == _W + "p" and row is None:
                parts.append("\n")
            elif tag == _W + "tc" and row is not None:
                row.append("\t")
            elif tag == _W + "tr" and row is not None:
                parts.append("".join(row).rstrip("\t") + "\n")
                row = None
            if tag in (_W + "p", _W + "tr", _W + "tbl"):
                el.clear()
            if size > MAX_TEXT_CHARS or time.monotonic() > deadline:
                break
    return "".join(parts)


def _xlsx_text(data: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts, size = [], 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            line = "\t".join("" if v is None else str(v) for v in row).rstrip()
            if line:
                parts.append(line)
                size += len(line)
            if size > MAX_TEXT_CHARS:
                return "\n".join(parts)
    return "\n".join(parts)


def _ofd_text(data: bytes) -> str:
    # OFD (GB/T 33190) keeps page text in TextCode elements of Doc_N/Pages/Page_N/Content.xml.
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for name in sorted(archive.namelist()):
        if not name.lower().endswith("content.xml"):
            continue
        try:
            root = ElementTree.fromstring(archive.read(name))
        except ElementTree.ParseError:
            continue
        for el in root.iter():
            if el.tag.rsplit("}", 1)[-1] == "TextCode" and el.text:
                parts.append(el.text)
    return "".join(parts)


def extract_text(data: bytes, kind: str | None = None) -> str:
    """Text of a document for search and the PI check; images and unreadable files give ''."""
    kind = kind or sniff(data)
    extractor = {"pdf": _pdf_text, "docx": _docx_text, "xlsx": _xlsx_text, "ofd": _ofd_text}.get(kind)
    if extractor is None:
        return ""
    try:
        return extractor(data)[:MAX_TEXT_CHARS]
    except Exception:  # a damaged document is still a valid attachment; it just has no text
        return ""
