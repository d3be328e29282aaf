"""Tables of a published report as plain grids of cell text (no Django).

A merged cell (rowspan/colspan in HTML, gridSpan/vMerge in DOCX) fills every grid position it
covers, so a row always has one text per grid column. Text is whitespace-collapsed; `&nbsp;`
becomes a blank.
"""
import io
import re
from html.parser import HTMLParser

Grid = list[list[str]]

_SPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ").replace("\u3000", " ")).strip()


def _span(value, default=1) -> int:
    try:
        return max(1, min(int(str(value).strip() or default), 1000))
    except ValueError:
        return default


def expand(rows: list[list[tuple[str, int, int]]]) -> Grid:
    """Rows of (text, rowspan, colspan) cells → a rectangular grid with merged cells repeated."""
    taken: dict[tuple[int, int], str] = {}
    for r, cells in enumerate(rows):
        c = 0
        for text, rowspan, colspan in cells:
            while (r, c) in taken:
                c += 1
            for dr in range(min(rowspan, len(rows) - r)):
                for dc in range(colspan):
                    taken[(r + dr, c + dc)] = text
            c += colspan
    width = max((c + 1 for _, c in taken), default=0)
    return [[taken.get((r, c), "") for c in range(width)] for r in range(len(rows))]


class _TableParser(HTMLParser):
    """Collects every <table> (nested ones separately); text goes to the innermost open cell."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._stack: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._stack.append({"rows": [], "cell": None})
        elif not self._stack:
            return
        elif tag == "tr":
            self._close_cell()
            self._stack[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._close_cell()
            top = self._stack[-1]
            if not top["rows"]:
                top["rows"].append([])
            a = dict(attrs)
            top["cell"] = {"text": [], "rowspan": _span(a.get("rowspan")), "colspan": _span(a.get("colspan"))}
        elif tag in ("br", "p", "div") and self._stack[-1]["cell"] is not None:
            self._stack[-1]["cell"]["text"].append(" ")

    def handle_endtag(self, tag):
        if not self._stack:
            return
        if tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table":
            self._close_cell()
            self.tables.append(self._stack.pop()["rows"])

    def handle_data(self, data):
        if self._stack and self._stack[-1]["cell"] is not None:
            self._stack[-1]["cell"]["text"].append(data)

    def _close_cell(self):
        top = self._stack[-1]
        cell = top["cell"]
        if cell is not None:
            top["rows"][-1].append((clean_text("".join(cell["text"])), cell["rowspan"], cell["colspan"]))
            top["cell"] = None

    def close(self):
        super().close()
        while self._stack:
            self._close_cell()
            self.tables.append(self._stack.pop()["rows"])


def html_grids(html: str) -> list[Grid]:
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    return [expand(rows) for rows in parser.tables if rows]


def docx_grids(data: bytes) -> list[Grid]:
    """Every table of a DOCX (nested tables too) as a grid; vMerge continuations repeat the cell above."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    grids = []
    for tbl in document.element.body.iter(qn("w:tbl")):
        rows: list[list[str]] = []
        for tr in tbl.iterchildren(qn("w:tr")):
            row: list[str] = []
            trpr = tr.find(qn("w:trPr"))
            before = trpr.find(qn("w:gridBefore")) if trpr is not None else None
            if before is not None:
                row.extend([""] * _span(before.get(qn("w:val")), 0))
            for tc in tr.iterchildren(qn("w:tc")):
                text = clean_text(" ".join(
                    "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iterchildren(qn("w:p"))
                ))
                tcpr = tc.find(qn("w:tcPr"))
                span, continued = 1, False
                if tcpr is not None:
                    gs = tcpr.find(qn("w:gridSpan"))
                    if gs is not None:
                        span = _span(gs.get(qn("w:val")))
                    vm = tcpr.find(qn("w:vMerge"))
                    continued = vm is not None and vm.get(qn("w:val"), "continue") == "continue"
                for _ in range(span):
                    col = len(row)
                    if continued and rows and col < len(rows[-1]):
                        row.append(rows[-1][col])
                    else:
                        row.append(text)
            rows.append(row)
        width = max((len(r) for r in rows), default=0)
        grids.append([r + [""] * (width - len(r)) for r in rows])
    return [g for g in grids if g]


def read_grids(data: bytes) -> list[Grid]:
    """Grids of an HTML or DOCX file (told apart by content: DOCX is a ZIP)."""
    if data[:2] == b"PK":
        return docx_grids(data)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    return html_grids(text)
