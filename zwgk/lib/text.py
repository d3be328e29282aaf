"""Bytes to text for every importer, and HTML to plain text for search, the PI check and feeds."""
from __future__ import annotations

import html as htmllib
import re
import unicodedata


class TextDecodeError(ValueError):
    """The bytes are not text in an encoding we accept; the message says what to do (in Chinese)."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312).

    Raises TextDecodeError when none decodes cleanly or the result is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if looks_like_text(text):
            return text.removeprefix("\ufeff")
    sample = data[:4096]
    if b"\x00" in sample or sum(1 for b in sample if b < 9 or 13 < b < 32) > len(sample) // 100:
        raise TextDecodeError("文件是二进制数据，不是文本文件")
    raise TextDecodeError("无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030 文本），请另存为 UTF-8 后重试")


def looks_like_text(text: str) -> bool:
    """Binary data that happens to decode has control characters or unassigned code points."""
    if "\x00" in text:
        return False
    bad = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f") or unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return bad <= max(2, len(text) // 1000)


# Tags that end a line of text (a cell ends one too, so table cells don't run together).
_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "article", "pre", "hr", "dd", "dt"}
_BLOCK_TAG = re.compile(r"</?(?:%s)>" % "|".join(sorted(_BLOCK_TAGS, key=len, reverse=True)))


def html_to_text(markup: str) -> str:
    """Plain text of any HTML: tags and script/style content removed, entities decoded, block
    tags ending a line so paragraphs and cells don't run together."""
    import nh3  # the sanitiser record bodies already go through: parses any HTML, not just tidy HTML

    if not markup:
        return ""
    blocks = nh3.clean(markup, tags=_BLOCK_TAGS, clean_content_tags={"script", "style"}, attributes={})
    lines = _BLOCK_TAG.sub("\n", blocks)
    return htmllib.unescape(nh3.clean(lines, tags=set(), attributes={})).strip()
