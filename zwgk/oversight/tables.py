"""Dashboard tables as plain data, and their CSV and XLSX downloads (formula-safe)."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# A cell starting with = + - @ (or tab/CR) runs as a formula in spreadsheet programs: CSV cells
# get a leading apostrophe (as Excel writes text), XLSX cells are stored as text, never formulas.
_FORMULA_START = re.compile(r"[=+\-@\t\r]")


@dataclass
class Table:
    name: str  # the download's file stem, e.g. "by-unit"
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    note: str = ""
    links: list = field(default_factory=list)  # per row, the page its first cell links to (HTML only)

    def linked_rows(self):
        """(link or "", first cell, other cells) per row, for the HTML page."""
        links = self.links or [""] * len(self.rows)
        return [(link, row[0], row[1:]) for link, row in zip(links, self.rows)]


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def to_csv(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(table: Table) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:31] or "Sheet1"
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(table.headers))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in table.rows:
        sheet.append(["" if v is None else v for v in row])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if cell.data_type == "f":  # text that looks like a formula stays text
                cell.data_type = "s"
    for index, header in enumerate(table.headers, start=1):
        width = max([len(str(header))] + [len(str(r[index - 1])) for r in table.rows[:200] if index - 1 < len(r)])
        sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = min(60, max(8, width * 2))
    if table.note:
        sheet.append([])
        sheet.append([table.note])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
