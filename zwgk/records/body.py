"""A record's 正文 as stored: clean HTML, whether it was typed, pasted or converted. Pure (no Django).

Typed text keeps its structure: blank lines separate paragraphs and single line breaks stay
line breaks; text without any blank line has one paragraph per line (how most people type into
a plain box). Runs of two or more "1. …" / "（一）…" / "一、…" lines become an ordered list that
keeps the markers as written (class "marked" hides the browser's own numbers), "- …" / "• …"
runs a bulleted list, and blocks whose every line has the same number (≥ 2) of tab- or
"|"-separated cells a table. HTML goes through the Office clean-up and the sanitiser
(zwgk.records.sanitize), which is always the last step.
"""
from __future__ import annotations

import html
import re

from zwgk.records.sanitize import clean_body_html

# A tag as written by a person or a program: "<p", "</td", "<br/>", "<o:p>". A bare "<" in
# prose ("面积<100平方米") is not one.
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9:-]*(\s[^<>]*)?/?\s*>")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_ORDERED = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[.．、)）]|[（(][一二三四五六七八九十百]+[)）]|[一二三四五六七八九十百]+、|[（(]\d{1,3}[)）])")
_BULLET = re.compile(r"^[ \t\u3000]*[-*•·●▪][ \t\u3000]+")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def looks_like_html(value: str) -> bool:
    """Whether a body is HTML (has at least one tag) rather than typed text."""
    return bool(_TAG.search(value or ""))


def normalize_body(value: str) -> str:
    """The stored form of a body from any source: typed text becomes HTML; HTML is cleaned; both sanitised."""
    if not value or not value.strip():
        return ""
    # Typed text takes the same last steps as HTML, so a stored body is one form however it came.
    return clean_body_html(value if looks_like_html(value) else text_to_html(value))


def text_to_html(text: str) -> str:
    """Typed text as HTML paragraphs, line breaks, lists and tables (characters escaped)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        return ""
    if _BLANK_LINE.search(text):
        blocks = [b.strip("\n") for b in _BLANK_LINE.split(text)]
        blocks = [[line.rstrip() for line in b.split("\n")] for b in blocks if b.strip()]
        return "\n".join(_block(lines, breaks=True) for lines in blocks)
    return _block([line.rstrip() for line in text.split("\n")], breaks=False)


def _block(lines: list[str], *, breaks: bool) -> str:
    """One block of lines: a table if it is one, else runs of list items and the text around them."""
    lines = [line for line in lines if line.strip()]
    table = _table(lines)
    if table is not None:
        return table
    out, run, pending = [], [], []

    def flush_text():
        if pending:
            if breaks:
                out.append("<p>" + "<br>\n".join(html.escape(line, quote=False) for line in pending) + "</p>")
            else:
                out.extend(f"<p>{html.escape(line, quote=False)}</p>" for line in pending)
            pending.clear()

    def flush_run():
        if len(run) >= 2:
            flush_text()
            out.append(_list(run))
        else:
            pending.extend(line for _, line in run)  # a single "一、…" line is a heading-like paragraph
        run.clear()

    for line in lines:
        kind = "ol" if _ORDERED.match(line) else "ul" if _BULLET.match(line) else None
        if kind is None:
            flush_run()
            pending.append(line)
            continue
        if run and run[0][0] != kind:
            flush_run()
        if not run:
            flush_text()
        run.append((kind, line))
    flush_run()
    flush_text()
    return "\n".join(out)


def _list(run) -> str:
    if run[0][0] == "ul":
        items = [_BULLET.sub("", line, count=1) for _, line in run]
        return "<ul>" + "".join(f"<li>{html.escape(i.strip(), quote=False)}</li>" for i in items) + "</ul>"
    # The markers stay as written (（一）, 1., 一、): a 公文 refers to its items by them.
    return '<ol class="marked">' + "".join(f"<li>{html.escape(line.strip(), quote=False)}</li>" for _, line in run) + "</ol>"


def _table(lines: list[str]) -> str | None:
    """A block of ≥ 2 lines whose cells (tab- or "|"-separated) line up, else None."""
    if len(lines) < 2:
        return None
    rows = None
    if all("\t" in line for line in lines):
        rows = [[c.strip() for c in line.strip("\n").split("\t")] for line in lines]
    elif all(line.strip().startswith("|") for line in lines):
        header_rule = len(lines) > 2 and _PIPE_RULE.match(lines[1])
        body = [line for i, line in enumerate(lines) if not (header_rule and i == 1)]
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in body]
    if not rows or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return None
    head = "".join(f'<th scope="col">{html.escape(c, quote=False)}</th>' for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def plain_text_body(body: str) -> bool:
    """A stored body that was saved as typed text (no tags) but has line structure to recover."""
    return bool(body) and not looks_like_html(body) and "\n" in body.strip()


def upgrade_stored_text(body: str) -> str:
    """A stored plain-text body (already entity-escaped by the sanitiser) as structured HTML; HTML unchanged."""
    if not plain_text_body(body):
        return body
    return normalize_body(html.unescape(body))
