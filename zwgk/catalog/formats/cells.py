"""Cell cleaning shared by every catalog parser (seed text, CSV, XLSX, DOCX).

All functions are pure and accept any str (or None). Those that can notice something odd take an
optional `problems` list and append `Problem`s to it (with the `row`/`column` given), so callers
decide whether a quirk is worth reporting.

Decisions worth knowing:
- `clean_text` removes every space that touches a CJK character or CJK punctuation: PDF extraction
  puts spaces inside words ("劳动监察 仲裁工作"), and Chinese never uses spaces between words.
  Spaces between Latin words/digits are kept ("ISO 9001").
- `split_elements` keeps every element as written, a list-trailing "等" included (“5、发布时间等”):
  an exported catalog must read like its source.
- `split_basis` keeps a bracket after a title with the title, however much it holds: an amendment
  note (2007年…通过 根据…《关于修改〈…〉等六部法律的决定》修正) is part of one document.
- `split_basis` keeps an issuer written in front of the title (国务院《2020年政务公开工作要点》):
  without it the 国务院, 自治区 and 银川市 work plans of the same name would be one document.
  Numbering ("1.") and category tags ("【法律】") in front are dropped.
"""
from __future__ import annotations

import re
import unicodedata

from zwgk.lib import text as libtext

from .structure import STANDARD_CHANNELS, ChannelSpec, Problem

__all__ = [
    "clean_text",
    "halfwidth",
    "split_elements",
    "split_basis",
    "split_units",
    "split_columns",
    "parse_channels",
    "tick",
    "is_tick",
    "guess_field_type",
    "join_broken",
    "split_outside_brackets",
    "edit_distance",
    "find_lookalikes",
    "decode_text",
    "COLUMN_SEP",
    "CHECKED_MARKS",
    "UNCHECKED_MARKS",
]

COLUMN_SEP = " › "  # joins the levels of a 网站所属栏目 path

# Characters after which Chinese text never needs a space: CJK ideographs, kana, CJK and
# full-width punctuation, Chinese quotes, and the checkbox/tick symbols used in catalog tables.
_WIDE = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7"
    "\u25a0-\u25ff\u2610-\u2612\u2713\u2714\u221a"
)
_SPACE_TOUCHING_WIDE = re.compile(rf"(?<=[{_WIDE}])\s+|\s+(?=[{_WIDE}])")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

CHECKED_MARKS = "■☑☒✓✔√▣●"
UNCHECKED_MARKS = "□☐◻○"
_HTML_CHECKBOX = re.compile(r"<input\b[^>]*>", re.IGNORECASE)


def halfwidth(s: str | None) -> str:
    """Full-width Latin letters, digits and spaces to ASCII; Chinese punctuation is left alone."""
    if not s:
        return ""
    out = []
    for ch in str(s):
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        elif ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff":
            out.append(" " if ch not in "\u200b\ufeff" else "")
        elif ch in "\uff0e":  # full-width full stop used in numbering ("1．")
            out.append(".")
        else:
            out.append(ch)
    return "".join(out)


def clean_text(s: str | None) -> str:
    """One clean value: full-width digits/letters made ASCII, extraction spaces in Chinese removed."""
    text = halfwidth(s)
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_TOUCHING_WIDE.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Generic splitting that respects brackets, so "其他（宁夏政务服务网、微信）" stays one piece.

_OPEN, _CLOSE = "（(《【“[〔", "）)》】”]〕"


def split_outside_brackets(text: str, seps: str) -> list[str]:
    """Split on any character of `seps` that is not inside （）()《》【】“”[]〔〕."""
    parts, buf, depth = [], [], 0
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if ch in seps and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


# ---------------------------------------------------------------------------------------------
# 公开内容（要素）

# A list number: "1、" "2." "3．" "4)" (punctuation style) or "1 事项名称" (number + space style).
# Not preceded by a digit/letter/dot, so "2020年", "1.1", "第3条" are not taken for markers.
_MARKER = re.compile(r"(?<![0-9A-Za-z.第])([1-9][0-9]?)(?:\s*([、.．)）])(?![0-9])|(\s+)(?=[^\s0-9、.．]))")
_TRAILING_SEPS = " \t\r\n；;，,、。:："
_CONNECTIVES = ("及", "和", "与", "的", "或", "并", "、", "暨", "以及", "及其", "或者")


def _numbered_markers(text: str) -> list[re.Match]:
    """The list-number markers of `text`, if it is a numbered list starting at 1; else []."""
    accepted: list[re.Match] = []
    style = None
    for m in _MARKER.finditer(text):
        value = int(m.group(1))
        this_style = "space" if m.group(3) else "punct"
        if not accepted:
            if text[: m.start()].strip() or value != 1:
                return []  # a numbered list starts with "1" at the very beginning
            accepted.append(m)
            style = this_style
            continue
        last = int(accepted[-1].group(1))
        if this_style == style and last < value <= last + 3:
            accepted.append(m)
    return accepted


_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[、.．)）](?![0-9])|[（(]\d{1,2}[）)])\s*")


def _finish_element(raw: str) -> str:
    return clean_text(raw).strip(_TRAILING_SEPS)


def _join_space_fragments(fragments: list[str]) -> list[str]:
    """Join space-separated words back when a fragment clearly continues: it ends with a
    connective (内设机构及 + 职责分工) or the next one is a lone character (背 + 景)."""
    out: list[str] = []
    for frag in fragments:
        if out and (out[-1].endswith(_CONNECTIVES) or len(frag) == 1 or frag.startswith(_CONNECTIVES)):
            out[-1] += frag
        else:
            out.append(frag)
    return out


def split_elements(text: str | None, problems: list | None = None, *, row: int | None = None,
                   column: str | None = "公开内容（要素）") -> list[str]:
    """Split a 公开内容（要素） cell into element names (numbered list, or separators)."""
    text = halfwidth(text).strip()
    if not text:
        return []
    markers = _numbered_markers(text)
    if len(markers) >= 1:
        names = []
        for i, m in enumerate(markers):
            end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
            names.append(_finish_element(text[m.end():end]))
        numbers = [int(m.group(1)) for m in markers]
        missing = [n for n in range(1, numbers[-1] + 1) if n not in numbers]
        if missing and problems is not None:
            problems.append(Problem(
                f"要素编号不连续：缺少第 {'、'.join(map(str, missing))} 项（实际编号 {','.join(map(str, numbers))}）",
                row, column))
        return [n for n in names if n]

    body = re.sub(r"^(主要包括|包括|主要有|含)[:：]?", "", text)
    strong = [p for p in re.split(r"[\n；;]+", body) if p.strip()]
    names: list[str] = []
    for part in strong:
        numbered = _LEADING_NUMBER.match(part)
        if numbered:
            # "新增要素；1、背景、目标" (a list not starting with 1): a numbered part is one element.
            names.append(_finish_element(part[numbered.end():]))
            continue
        if re.search(r"[，,。]", part):
            names.append(_finish_element(part))  # a sentence: one element
            continue
        for piece in split_outside_brackets(part, "、"):
            fragments = [f for f in re.split(r"\s+", piece.strip()) if f]
            for name in _join_space_fragments(fragments):
                names.append(_finish_element(name))
    return [n for n in names if n]


def unparsed_deadline_message(text: str) -> str:
    """The warning for a 公开时限 that gives no rule: empty, or kept as written for staff."""
    if not text:
        return "公开时限为空，需人工设定"
    return f"公开时限“{text}”无法识别，已保留原文，需人工设定"


def guess_field_type(name: str) -> str:
    """A sensible field type for an element name: dates, files and numbers; text otherwise."""
    name = name[:-1] if name.endswith("等") else name  # "发文时间等" is still a date
    if re.search(r"(日期|截止期|截止日|(发布|发文|印发|成文|作出|决定|召开|公布|批复)时间)$", name):
        return "date"
    if re.search(r"(照片|附件|扫描件|图片)$", name):
        return "file"
    if re.search(r"(金额|数量|人数|件数|次数)$", name):
        return "number"
    if re.search(r"(名单|名录|清单)$", name):
        return "list"
    return "text"


# ---------------------------------------------------------------------------------------------
# 公开依据

_BASIS_NOISE = re.compile(r"^(?:\d{1,2}\s*[、.．)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[）)]|[①-⑳]|【[^】]*】|[、，,；;和及与\s]|依据|根据|按照)+")
_BASIS_SEPS = "、，,；;\n"
_BRACKET_PAIRS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]"}
# An article reference right after a title belongs to it: 《社会保险法》第十一条、第十二条.
_ARTICLE_REF = re.compile(r"^(?:[、，,和及至到—-]?第[一二三四五六七八九十百千零〇两0-9]+[条款项章节目])+")
# A list number outside brackets: "1." "2、" "3．" "4)" or "(5)". Not after a digit, 第 or a 〔year〕.
_BASIS_NUMBER = re.compile(r"(?<![0-9A-Za-z.第〕\]])(?:([1-9][0-9]?)\s*[、.．)）](?![0-9])|[（(]([1-9][0-9]?)[）)]"
                           r"|[（(]([一二三四五六七八九十]{1,2})[）)]|([①-⑳]))")
_CHINESE_DIGITS = "一二三四五六七八九"
# "等" and what follows it up to the next separator close the document before it: 《工伤保险条例》等相关法规.
_BASIS_ETC = re.compile(r"等[^、，,；;\n《]*")


def _list_number(m: re.Match) -> int:
    """The value of a list number matched by _BASIS_NUMBER: 3, (3), （三） or ③."""
    if m.group(1) or m.group(2):
        return int(m.group(1) or m.group(2))
    if m.group(4):
        return ord(m.group(4)) - ord("①") + 1
    word = m.group(3)  # 一…九, 十, 十一…十九
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + _CHINESE_DIGITS.index(word[1]) + 1
    return _CHINESE_DIGITS.index(word[0]) + 1 if len(word) == 1 else -1


def _close_of(text: str, start: int) -> int:
    """Index just past the bracket or 《title》 opened at `start` (nesting counted), or -1."""
    opener = text[start]
    closer = "》" if opener == "《" else _BRACKET_PAIRS[opener]
    depth = 0
    for i in range(start, len(text)):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _top_level_spans(text: str) -> list[tuple[str, str]]:
    """`text` as ("title"|"bracket"|"text", piece) runs; 《》 and brackets nest, so an amendment
    note naming 《关于修改〈…〉等六部法律的决定》 stays inside its bracket."""
    spans: list[tuple[str, str]] = []
    i, buf = 0, []
    while i < len(text):
        ch = text[i]
        end = _close_of(text, i) if ch == "《" or ch in "（(〔" else -1
        if end > 0:
            if buf:
                spans.append(("text", "".join(buf)))
                buf = []
            spans.append(("title" if ch == "《" else "bracket", text[i:end]))
            i = end
        else:
            buf.append(ch)
            i += 1
    if buf:
        spans.append(("text", "".join(buf)))
    return spans


def _basis_list_items(text: str) -> list[tuple[str, bool]]:
    """The pieces of a numbered list "1.《…》 2.《…》 3.《…》" (numbers 1, 2, 3… outside any
    bracket), each with True; or [(text, False)] when the cell is not such a list."""
    depth, starts, expected, i = 0, [], 1, 0
    while i < len(text):
        if depth == 0:
            m = _BASIS_NUMBER.match(text, i)
            if m and _list_number(m) == expected:
                starts.append(i)
                expected += 1
                i = m.end()
                continue
        if text[i] in "《（(〔【[":
            depth += 1
        elif text[i] in "》）)〕】]" and depth:
            depth -= 1
        i += 1
    if len(starts) < 2 or text[: starts[0]].strip():
        return [(text, False)]
    return [(text[a:b], True) for a, b in zip(starts, starts[1:] + [len(text)])]


def _split_head(text: str) -> tuple[str, str]:
    """Text between two titles: what belongs to the title before it, and the next one's prefix."""
    ref = _ARTICLE_REF.match(text)
    end = ref.end() if ref else 0
    etc = _BASIS_ETC.match(text, end)
    end = etc.end() if etc else end
    if end:
        return text[:end], text[end:]
    cut = next((i for i, ch in enumerate(text) if ch in _BASIS_SEPS), -1)
    if cut < 0:
        return "", text
    return text[:cut], text[cut:]


def _basis_entries(piece: str, numbered: bool, problems, row, column) -> list[str]:
    """The documents of one list item (or of the whole cell when it is not numbered)."""
    spans = _top_level_spans(piece)
    if not any(kind == "title" for kind, _ in spans):
        plain = _BASIS_NOISE.sub("", piece).strip(_TRAILING_SEPS)
        if plain and problems is not None and ("《" in plain or "》" in plain):
            problems.append(Problem(f"公开依据不完整：“{plain}”", row, column))
        if numbered:  # the list number says where a document ends
            return [plain] if plain else []
        parts = split_outside_brackets(plain, "、；;\n")
        return [p for p in (_BASIS_NOISE.sub("", x).strip(_TRAILING_SEPS) for x in parts) if p]
    entries: list[str] = []
    prefix, attached = "", False  # attached: the last span joined the current entry
    for kind, text in spans:
        if kind == "title":
            entries.append(_BASIS_NOISE.sub("", prefix).strip(_TRAILING_SEPS) + text)
            prefix, attached = "", True
        elif kind == "bracket" and attached and not prefix:
            entries[-1] += text
        elif entries and attached and not prefix:
            head, tail = _split_head(text)
            entries[-1] += head.rstrip(_TRAILING_SEPS) if not tail else head
            prefix, attached = tail, not tail
        else:
            prefix += text
            attached = False
    rest = _BASIS_NOISE.sub("", prefix).strip(_TRAILING_SEPS)
    if rest:
        if problems is not None and ("《" in rest or "》" in rest):
            problems.append(Problem(f"公开依据不完整：“{rest}”", row, column))
        entries.extend(p for p in (x.strip(_TRAILING_SEPS) for x in split_outside_brackets(rest, "、；;")) if p)
    return entries


def split_basis(text: str | None, problems: list | None = None, *, row: int | None = None,
                column: str | None = "公开依据") -> list[str]:
    """One entry per legal document: 《title》 with its bracketed 文号 or amendment note and any
    article reference; an issuer in front is kept; a numbered list splits at its numbers."""
    text = clean_text(text)
    if not text:
        return []
    entries: list[str] = []
    for piece, numbered in _basis_list_items(text):
        entries.extend(_basis_entries(piece, numbered, problems, row, column))
    return list(dict.fromkeys(entries))  # drop repeats, keep document order


# ---------------------------------------------------------------------------------------------
# 公开主体

def split_units(text: str | None) -> list[str]:
    """Responsible units, split on 、，,；; and new lines, extraction spaces removed."""
    text = halfwidth(text)
    if not text.strip():
        return []
    out = []
    for part in split_outside_brackets(text, "、，,；;\n"):
        name = clean_text(part).strip(_TRAILING_SEPS)
        if name and name not in out:
            out.append(name)
    return out


# ---------------------------------------------------------------------------------------------
# 公开渠道和载体

_PLACEHOLDER_NOTES = {"", "注明", "请注明", "需注明", "具体注明", "…", "..."}
_STANDARD_BY_KEY = {re.sub(r"[\s（）()]", "", c): c for c in STANDARD_CHANNELS}


def channel_from_label(label: str) -> ChannelSpec:
    """The channel a checkbox label names: 其他（宁夏政务服务网） → 其他 with its note; a placeholder
    such as （注明） is no note."""
    label = clean_text(label).strip(_TRAILING_SEPS)
    key = re.sub(r"[\s（）()]", "", label)
    if label in STANDARD_CHANNELS:
        return ChannelSpec(label)
    m = re.match(r"^(.*?)[（(](.*)[）)]$", label)
    if m and m.group(1):
        name, note = m.group(1).strip(), m.group(2).strip()
        name = _STANDARD_BY_KEY.get(re.sub(r"[\s（）()]", "", name), name)
        return ChannelSpec(name, "" if note in _PLACEHOLDER_NOTES else note)
    return ChannelSpec(_STANDARD_BY_KEY.get(key, label))


def parse_channels(text: str | None, problems: list | None = None, *, row: int | None = None,
                   column: str | None = "公开渠道和载体") -> list[ChannelSpec]:
    """Checked channels only. Understands HTML checkboxes, ■/□, ☑/☐, ✓; text without any
    checkbox is a plain list ("部门网站；其他（宁夏政务服务网）") where every entry counts."""
    text = halfwidth(text)
    text = _HTML_CHECKBOX.sub(lambda m: " ■ " if "checked" in m.group(0).lower() else " □ ", text)
    marks = CHECKED_MARKS + UNCHECKED_MARKS
    found: list[ChannelSpec] = []
    if not any(ch in marks for ch in text):
        labels = split_outside_brackets(text, "、，,；;\n")
        found = [channel_from_label(lbl) for lbl in labels if clean_text(lbl)]
    else:
        pieces = re.split(f"([{re.escape(marks)}])", text)
        lead = clean_text(pieces[0])
        if lead and problems is not None:
            problems.append(Problem(f"渠道“{lead}”前没有勾选框，未计入", row, column))
        for mark, label in zip(pieces[1::2], pieces[2::2]):
            if mark in CHECKED_MARKS and clean_text(label):
                found.append(channel_from_label(label))
    unique: list[ChannelSpec] = []
    for ch in found:
        if ch not in unique:
            unique.append(ch)
    return unique


def channel_labels(text: str | None) -> list[str]:
    """Every label of a checkbox list, checked or not, worded as written (精准推送（注明）); [] for
    a cell without checkboxes."""
    text = halfwidth(text)
    text = _HTML_CHECKBOX.sub(" □ ", text)
    marks = CHECKED_MARKS + UNCHECKED_MARKS
    if not any(ch in marks for ch in text):
        return []
    pieces = re.split(f"[{re.escape(marks)}]", text)[1:]
    return [label for label in (clean_text(p).strip(_TRAILING_SEPS) for p in pieces) if label]


# ---------------------------------------------------------------------------------------------
# 网站所属栏目

# Where the site name ends and the column path begins ("…局网站" + "机构职能-机构职责栏目").
_SITE_END = re.compile(r"^(.*?(?:门户网站|网站|官网|政务服务网|共享平台|平台|信用中国（[^）]*）))(.+)$")
_SITE_WORD = re.compile(r"网站|官网|服务网|平台|信用中国")


def _column_path(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*›\s*|-|－|—|>", text) if p.strip()]
    if not parts:
        return []
    site = _SITE_END.match(parts[0])
    if site and site.group(2).strip():
        parts[0:1] = [site.group(1), site.group(2)]
    if len(parts) > 1 or parts[-1] != "栏目":
        parts[-1] = re.sub(r"栏目$", "", parts[-1]) or parts[-1]
    return [p for p in parts if p]


def split_columns(text: str | None) -> list[str]:
    """网站所属栏目 paths joined with " › ". Paths are separated by ；; or 、 before a new site;
    a 、 without a new site lists sibling columns ("信息公开目录-就业创业、重点工作栏目")."""
    text = clean_text(text)
    paths: list[list[str]] = []
    for group in split_outside_brackets(text, "；;\n"):
        previous: list[str] | None = None
        for piece in split_outside_brackets(group, "、"):
            piece = piece.strip(_TRAILING_SEPS)
            if not piece:
                continue
            continues = previous is not None and not _SITE_WORD.search(piece) and not re.search(r"[-›>]", piece)
            if continues and len(previous) > 1:
                path = previous[:-1] + _column_path(piece)  # a sibling of the previous column
            elif continues:
                previous[-1] += "、" + re.sub(r"栏目$", "", piece)  # no levels to share: keep whole
                continue
            else:
                path = _column_path(piece)
            if path:
                paths.append(path)
                previous = path
    out: list[str] = []
    for path in paths:
        joined = COLUMN_SEP.join(path)
        if joined not in out:
            out.append(joined)
    return out


# ---------------------------------------------------------------------------------------------
# √ cells

_TICKS = {"√", "✓", "✔", "☑", "■", "●", "是", "y", "yes", "✔️", "v"}


def tick(cell) -> bool:
    """True for a ticked cell (√ ✓ ☑ ■ 是 Y)."""
    if cell is None or cell is False:
        return False
    if cell is True:
        return True
    return clean_text(str(cell)).lower() in _TICKS


is_tick = tick


# ---------------------------------------------------------------------------------------------
# Page breaks and look-alike names

def join_broken(head: str, tail: str) -> tuple[str, str]:
    """Join a cell broken by a page break, without a space. The extraction sometimes repeats the
    character at the break ("职业资格考试" + "试信息发布"): a repeated CJK character is dropped
    and returned as the second value so the caller can warn."""
    head, tail = head.rstrip(), tail.lstrip()
    if not head:
        return tail, ""
    if not tail:
        return head, ""
    if head[-1] == tail[0] and _CJK_CHAR.match(head[-1]):
        return head + tail[1:], head[-1]
    return head + tail, ""


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def find_lookalikes(names, min_length: int = 3) -> list[tuple[str, str]]:
    """Pairs of distinct names (each at least `min_length` long) one edit apart: likely typos
    or the same unit written two ways ("社保局" / "市社保局")."""
    unique = sorted({n for n in names if n and len(n) >= min_length})
    pairs = []
    for i, a in enumerate(unique):
        for b in unique[i + 1:]:
            if edit_distance(a, b, limit=1) == 1:
                pairs.append((a, b))
    return pairs


# ---------------------------------------------------------------------------------------------
# Bytes -> text

def decode_text(data: bytes, source: str = "") -> str:
    """Catalog text under the one decoding policy (zwgk.lib.text); CatalogImportError names the file."""
    from .structure import CatalogImportError

    try:
        return libtext.decode_text(data)
    except libtext.TextDecodeError as exc:
        hint = "（支持 XLSX、DOCX、CSV、JSON 和目录文本）" if "二进制" in str(exc) else ""
        raise CatalogImportError(f"{exc}{hint}", source=source) from None
