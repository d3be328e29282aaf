"""A DOCX as a record's 正文 (mammoth): clean HTML and the pictures it holds. Pure (no Django).

The file goes through the attachment checks first (size, content sniffing and the one zip-bomb
guard, zwgk.lib.zipguard), so no converter sees a file that fails them; word/document.xml has its
own cap because mammoth builds the whole document in memory. Pictures come back as placeholders
(`docx-image-N`) that the caller replaces with the address of each stored picture.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from zwgk.records import attachments as attachment_checks
from zwgk.records.sanitize import clean_body_html

# About 40 times the XML of a 100-page 公文; mammoth needs ~10 bytes of memory per byte of XML.
MAX_DOCUMENT_XML = 16 * 1024 * 1024
PLACEHOLDER = "docx-image-{}"
_PLACEHOLDER_SRC = re.compile(r'src="docx-image-(\d+)"')
_PLACEHOLDER_IMG = re.compile(r'<img\b[^>]*\bsrc="docx-image-(\d+)"[^>]*>')
PICTURE_KINDS = {"png", "jpeg", "gif"}  # what a browser shows; EMF/WMF/TIFF drawings are not kept
# Word's and WPS's names for the title and heading styles (the English names are mammoth's defaults).
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='标题'] => h1:fresh
p[style-name='Subtitle'] => h2:fresh
p[style-name='副标题'] => h2:fresh
p[style-name='标题 1'] => h1:fresh
p[style-name='标题 2'] => h2:fresh
p[style-name='标题 3'] => h3:fresh
p[style-name='标题 4'] => h4:fresh
"""


class DocxRefused(ValueError):
    """The file cannot become a body; the message (Chinese) says why."""


@dataclass
class Picture:
    number: int
    name: str
    content_type: str
    data: bytes


@dataclass
class Converted:
    html: str  # sanitised; pictures as <img src="docx-image-N">
    pictures: list[Picture] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be kept, for the preview


def check_docx(data: bytes, *, limit: int) -> None:
    """The attachment checks (size, kind, zip guard), then the body's own cap; DocxRefused otherwise."""
    try:
        checked = attachment_checks.check(data, limit=limit)
    except attachment_checks.AttachmentError as exc:
        raise DocxRefused(str(exc)) from None
    if checked.kind != "docx":
        raise DocxRefused(f"所选文件不是 DOCX 文档（按内容识别为 {checked.kind.upper()}），"
                          "请选择 Word 或 WPS 另存的 .docx 文件；.doc 文件请先另存为 .docx。")
    size = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size
    if size > MAX_DOCUMENT_XML:
        raise DocxRefused(f"文档正文解压后达 {size / 1048576:.0f} MB（上限 {MAX_DOCUMENT_XML // 1048576} MB），"
                          "请拆分后导入，或作为附件上传。")


def convert(data: bytes, *, limit: int) -> Converted:
    """Check `data` and convert it: paragraphs, headings, lists, tables and pictures, nothing else."""
    import mammoth

    check_docx(data, limit=limit)
    pictures, notes = [], []

    def picture(image):
        with image.open() as stream:
            blob = stream.read(limit + 1)
        try:
            kind = attachment_checks.sniff(blob)
        except attachment_checks.AttachmentError:
            kind = None
        if kind not in PICTURE_KINDS:
            notes.append(f"第 {len(pictures) + len(notes) + 1} 张图片格式（{image.content_type or '未知'}）无法在网页显示，未导入。")
            return {"src": ""}
        number = len(pictures)
        content_type, extension = attachment_checks.KINDS[kind]
        pictures.append(Picture(number, f"正文图片{number + 1}{extension}", content_type, blob))
        return {"src": PLACEHOLDER.format(number), "alt": image.alt_text or f"图{number + 1}"}

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=STYLE_MAP, include_embedded_style_map=False,
                                         convert_image=mammoth.images.img_element(picture))
    except Exception as exc:  # a damaged or hostile document: refused, never a server error
        raise DocxRefused(f"无法读取该 DOCX 文档（{type(exc).__name__}），请用 Word 或 WPS 重新另存后再试。") from None
    html = clean_body_html(result.value)
    used = {int(n) for n in _PLACEHOLDER_SRC.findall(html)}
    return Converted(html, [p for p in pictures if p.number in used], notes)


def with_picture_sources(html: str, sources: dict[int, str]) -> str:
    """`html` with each placeholder replaced by its picture's address (unknown ones removed)."""
    def swap(match):
        src = sources.get(int(match.group(1)))
        return _PLACEHOLDER_SRC.sub(f'src="{src}"', match.group(0), count=1) if src else ""

    return _PLACEHOLDER_IMG.sub(swap, html)


def preview_html(html: str, pictures: list[Picture]) -> str:
    """`html` for the preview page: each picture as a labelled box (it has no address before saving)."""
    names = {p.number: p for p in pictures}

    def box(match):
        p = names.get(int(match.group(1)))
        label = f"〔{p.name}，{max(1, round(len(p.data) / 1024))} KB，确认后作为正文图片保存〕" if p else "〔图片〕"
        return f'<span class="picture-placeholder">{label}</span>'

    return _PLACEHOLDER_IMG.sub(box, html)
