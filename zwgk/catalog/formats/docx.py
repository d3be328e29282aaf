"""DOCX catalogs: the standard 基层政务公开标准目录 table in a Word document (python-docx, no Django)."""
from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import officetable as table
from .structure import CatalogImportError, CatalogSpec, ParseResult

# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


def parse(data: bytes, source: str = "catalog.docx") -> ParseResult:
    """Read the first table that holds a catalog; paragraphs above it give the title and facts."""
    # A damaged word/document.xml may parse as some other element, or a document without a body.
    body = getattr(_open(data, source).element, "body", None)
    if body is None:
        raise CatalogImportError("DOCX 文件没有正文（word/document.xml 不是 Word 文档正文），文件可能已损坏", source=source)
    lines: list[str] = []  # text above the table being tried: title, 责任单位 line, counts
    first_error = None
    for block in _blocks(body):
        if block.tag == qn("w:p"):
            lines.append(paragraph_text(block).strip())
            continue
        grid = table_grid(block)
        try:
            return table.parse_grid(grid, list(range(1, len(grid) + 1)), source, "docx", preamble=[x for x in lines if x])
        except CatalogImportError as error:
            # A layout table (a title box, a cover) may precede the catalog; its text may be the title.
            first_error = first_error or error
            lines.extend(table.row_as_line(row) for row in grid)
    if first_error:
        raise first_error
    raise CatalogImportError("文档中没有表格，找不到目录表", source=source)


def _open(data: bytes, source: str):
    if not data:
        raise CatalogImportError("文件为空", source=source)
    try:
        return Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise CatalogImportError(f"无法读取 DOCX 文件（{type(error).__name__}），文件可能已损坏或不是 Word 文档", source=source) from error
    except Exception as error:  # python-docx / lxml raise assorted errors on malformed parts
        raise CatalogImportError(f"无法读取 DOCX 文件：{error}", source=source) from error


def _blocks(parent):
    """Body paragraphs and tables in document order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent")):
            yield from _blocks(child)


def table_grid(tbl) -> list[list[str]]:
    """The table as rows of texts per grid column; spanned and vMerge'd cells repeat their text.

    Works on the XML directly: python-docx's `table.cell()` rebuilds the whole grid on every call,
    which is quadratic on catalogs with thousands of rows.
    """
    grid: list[list[str]] = []
    for tr in tbl.iterchildren(qn("w:tr")):
        above = grid[-1] if grid else []
        row = [""] * (tr.grid_before or 0)
        for tc in tr.iterchildren(qn("w:tc")):
            col = len(row)
            if tc.vMerge == "continue":
                text = above[col] if col < len(above) else ""
            else:
                text = "\n".join(paragraph_text(p) for p in tc.iterchildren(qn("w:p")))
            row.extend([text] * tc.grid_span)
        grid.append(row)
    return grid


# Checkboxes inserted with Insert › Symbol are <w:sym w:font="Wingdings" w:char="F0FE"/>, not text.
_SYMBOLS = {
    "wingdings": {0xFE: "☑", 0xFD: "☒", 0x78: "☒", 0xA8: "□", 0x6F: "□", 0xFC: "√"},
    "wingdings 2": {0x52: "☑", 0x54: "☒", 0x51: "☒", 0xA3: "□", 0x2A: "□", 0x50: "√"},
}


def paragraph_text(p) -> str:
    """A paragraph's visible text, including runs inside hyperlinks/content controls and symbols."""
    parts = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:sym")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append(" ")
        elif node.tag == qn("w:sym"):
            font = (node.get(qn("w:font")) or "").lower()
            code = int(node.get(qn("w:char")) or "0", 16) & 0xFF
            parts.append(_SYMBOLS.get(font, {}).get(code, ""))
        else:
            parts.append("\n")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------

_PAGE_WIDTH, _PAGE_HEIGHT, _MARGIN = Cm(29.7), Cm(21.0), Cm(1.27)


def dump(spec: CatalogSpec) -> bytes:
    """The catalog as a landscape A4 Word document with the official table (header repeats per page)."""
    document = Document()
    _page_and_font(document)
    for index, line in enumerate(table.preamble_lines(spec)):
        is_title = index == 0 and line == spec.title
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = is_title
        run.font.size = Pt(16 if is_title else 9)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if is_title else WD_ALIGN_PARAGRAPH.LEFT
    layout = table.export_layout(spec)
    columns, rows = table.export_rows(spec, layout)
    widths = _widths(columns)
    grid = document.add_table(rows=2, cols=len(columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    for column, width in zip(grid.columns, widths):
        column.width = width
    _write_header(grid, columns, widths)
    _write_items(grid, spec, columns, rows, widths, layout.numbering)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_and_font(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = _PAGE_WIDTH, _PAGE_HEIGHT
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = _MARGIN
    normal = document.styles["Normal"]
    normal.font.size = Pt(8)
    normal.font.name = "宋体"
    # Chinese text uses the East Asian font slot, which font.name does not set.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "宋体")
    normal.paragraph_format.space_after = Pt(0)


def _widths(columns) -> list[int]:
    usable = _PAGE_WIDTH - 2 * _MARGIN
    total = sum(c.width for c in columns)
    return [int(usable * c.width / total) for c in columns]


def _write_header(grid, columns, widths) -> None:
    for tr in grid._tbl.tr_lst:
        # Repeat both header rows at the top of every printed page.
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    merges = []
    col = 0
    while col < len(columns):
        column, span = columns[col], 1
        while column.sub and col + span < len(columns) and columns[col + span].top == column.top:
            span += 1
        _set(grid.cell(0, col), column.top, widths[col], centre=True, bold=True)
        if column.sub:
            for offset in range(span):
                _set(grid.cell(1, col + offset), columns[col + offset].sub, widths[col + offset], centre=True, bold=True)
            if span > 1:
                merges.append(((0, col), (0, col + span - 1)))
        else:
            merges.append(((0, col), (1, col)))
        col += span
    # Merge right to left so earlier column indexes stay valid while spans collapse cells.
    for (r1, c1), (r2, c2) in reversed(merges):
        grid.cell(r1, c1).merge(grid.cell(r2, c2))


def _write_items(grid, spec: CatalogSpec, columns, rows, widths, numbering: str) -> None:
    centred = {i for i, c in enumerate(columns) if c.key == "seq" or ":" in c.key or c.key.startswith("level")}
    written = []
    for values in rows:
        cells = grid.add_row().cells
        for col, value in enumerate(values):
            _set(cells[col], value, widths[col], centre=col in centred)
        written.append(cells)
    # 一级 names (and a 序号 that numbers them; with 三级 rows, 二级 names) merged down, as in print.
    for col, depth in table.merged_columns(columns, numbering):
        for start, end in table.merge_runs(spec, depth):
            _merge_down([written[i][col] for i in range(start, end + 1)])


def _merge_down(cells) -> None:
    """Vertical merge by vMerge marks: the continuation cells must be empty, the top keeps the text."""
    cells[0]._tc.vMerge = "restart"
    for cell in cells[1:]:
        cell.text = ""
        cell._tc.vMerge = "continue"


def _set(cell, text: str, width: int, *, centre: bool = False, bold: bool = False) -> None:
    cell.width = width
    cell.text = text  # python-docx turns "\n" into line breaks within the paragraph
    paragraph = cell.paragraphs[0]
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if bold:
        for run in paragraph.runs:
            run.bold = True
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if centre else WD_CELL_VERTICAL_ALIGNMENT.TOP
