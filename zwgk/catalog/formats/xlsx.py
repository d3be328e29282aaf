"""XLSX catalogs in the standard 基层政务公开标准目录 table layout (openpyxl, no Django)."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from . import officetable as table
from .structure import CatalogImportError, CatalogSpec, ParseResult

# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


def parse(data: bytes, source: str = "catalog.xlsx") -> ParseResult:
    """Read the first worksheet that holds a catalog table; raise CatalogImportError otherwise."""
    workbook = _open(data, source)
    first_error = None
    for sheet in workbook.worksheets:
        grid = sheet_grid(sheet)
        if not any(any(row) for row in grid):
            continue
        try:
            return table.parse_grid(grid, list(range(1, len(grid) + 1)), source, "xlsx")
        except CatalogImportError as error:
            first_error = first_error or error  # another sheet (说明, 封面) may come before the table
    if first_error:
        raise first_error
    raise CatalogImportError("工作簿中没有任何内容", source=source)


def _open(data: bytes, source: str):
    if not data:
        raise CatalogImportError("文件为空", source=source)
    try:
        # Not read_only: that mode does not expose merged cell ranges, which the layout relies on.
        return load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise CatalogImportError(f"无法读取 XLSX 文件（{type(error).__name__}），文件可能已损坏或不是 Excel 工作簿", source=source) from error
    except Exception as error:  # openpyxl raises assorted errors on malformed XML
        raise CatalogImportError(f"无法读取 XLSX 文件：{error}", source=source) from error


def sheet_grid(sheet) -> list[list[str]]:
    """The sheet as rows of cell texts from row 1, a merged range's text repeated over the range."""
    grid = [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > len(grid):
            continue
        top_left = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_col <= len(grid[merged.min_row - 1]) else ""
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            row = grid[r - 1]
            if len(row) < merged.max_col:
                row.extend([""] * (merged.max_col - len(row)))
            for c in range(merged.min_col, merged.max_col + 1):
                row[c - 1] = top_left
    return grid


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "√" if value else ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # Excel stores line breaks inside a cell as \n, sometimes \r\n.
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_FONT = Font(name="宋体", size=9)
_HEADER_FONT = Font(name="黑体", size=10)


def dump(spec: CatalogSpec) -> bytes:
    """The catalog as the official printable table: title, header facts, two-row header, items."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "政务公开目录"
    layout = table.export_layout(spec)
    columns, rows = table.export_rows(spec, layout)
    row = _write_preamble(sheet, spec, len(columns))
    header_first = row
    _write_header(sheet, columns, header_first)
    _write_items(sheet, spec, columns, rows, header_first + 2, layout.numbering)
    _page_setup(sheet, columns, header_first)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_preamble(sheet, spec: CatalogSpec, width: int) -> int:
    """Title and fact lines, each merged across the table; returns the next free row."""
    row = 1
    for index, line in enumerate(table.preamble_lines(spec)):
        is_title = index == 0 and line == spec.title
        cell = _text_cell(sheet, row, 1, line)
        cell.font = Font(name="黑体", size=16, bold=True) if is_title else _FONT
        cell.alignment = Alignment(horizontal="center" if is_title else "left", vertical="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.row_dimensions[row].height = 30 if is_title else 18
        row += 1
    return row


def _write_header(sheet, columns, first: int) -> None:
    """Two header rows: group labels merged across their sub-columns, single labels merged down."""
    col = 1
    while col <= len(columns):
        column = columns[col - 1]
        span = 1
        while col + span <= len(columns) and column.sub and columns[col + span - 1].top == column.top:
            span += 1
        _header_cell(sheet, first, col, column.top)
        if column.sub:
            for offset in range(span):
                _header_cell(sheet, first + 1, col + offset, columns[col + offset - 1].sub)
            if span > 1:
                sheet.merge_cells(start_row=first, start_column=col, end_row=first, end_column=col + span - 1)
        else:
            _header_cell(sheet, first + 1, col, "")
            sheet.merge_cells(start_row=first, start_column=col, end_row=first + 1, end_column=col)
        col += span


def _text_cell(sheet, row: int, col: int, value):
    """A cell holding `value` as text: openpyxl would store "=…" as a formula that Excel runs
    (formula injection from catalog text such as =HYPERLINK(…)); the text itself is kept as is."""
    cell = sheet.cell(row=row, column=col, value=value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _header_cell(sheet, row: int, col: int, text: str) -> None:
    cell = _text_cell(sheet, row, col, text or None)
    cell.font, cell.alignment, cell.border = _HEADER_FONT, _WRAP_CENTER, _BORDER


def _write_items(sheet, spec: CatalogSpec, columns, rows, first: int, numbering: str) -> None:
    centred = {c.key for c in columns if c.key == "seq" or ":" in c.key or c.key.startswith("level")}
    for index, values in enumerate(rows):
        for col, (column, value) in enumerate(zip(columns, values), 1):
            cell = _text_cell(sheet, first + index, col, value or None)
            cell.font, cell.border = _FONT, _BORDER
            cell.alignment = _WRAP_CENTER if column.key in centred else _WRAP_TOP
    # 一级 names (and a 序号 that numbers them; with 三级 rows, 二级 names) merged over their items, as in print.
    for col, depth in table.merged_columns(columns, numbering):
        for start, end in table.merge_runs(spec, depth):
            sheet.merge_cells(start_row=first + start, start_column=col + 1, end_row=first + end, end_column=col + 1)


def _page_setup(sheet, columns, header_first: int) -> None:
    """Landscape A4, fit to one page wide, header rows repeated on every printed page."""
    for col, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as needed
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_title_rows = f"{header_first}:{header_first + 1}"
    sheet.print_options.horizontalCentered = True
    sheet.freeze_panes = sheet.cell(row=header_first + 2, column=1)
