"""The report as HTML (the page the portal shows), DOCX and PDF, from its JSON (official layout).

Everything renders from the JSON contract, so a finalised report's frozen snapshot always
renders the same way. The HTML body uses no classes or styles (record bodies are sanitised);
the portal and the PDF style tables by element.
"""
import io
from html import escape

from zwgk.annualreport import tables
from zwgk.annualreport.narrative import TITLES, preamble
from zwgk.applications.codes import OUTCOME_GROUPS

DOC_ROWS = [("rules", "规章"), ("normative_documents", "行政规范性文件")]
DECISION_BLOCKS = [
    ("第二十条第（五）项", [("licensing", "行政许可")]),
    ("第二十条第（六）项", [("penalty", "行政处罚"), ("enforcement", "行政强制")]),
]
TABLE4_RESULT_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
TABLE4_GROUPS = ["reconsideration", "litigation_direct", "litigation_after_reconsideration"]


def title(data: dict) -> str:
    return f"{data['agency']}{data['year']}年政府信息公开工作年度报告"


def manual_notes(data: dict) -> list[str]:
    """Which table-二 figures a person entered instead of counting them (said in the report)."""
    names = {"licensing": "行政许可", "penalty": "行政处罚", "enforcement": "行政强制"}
    return [names[k] for k in names if data["table2"][k]["source"] == "manual"]


# --------------------------------------------------------------------------- cell layout
# Each table as rows of (text, rowspan, colspan); HTML and DOCX are drawn from the same layout.

def table2_layout(t2: dict) -> list[list[tuple[str, int, int]]]:
    rows = [[("第二十条第（一）项", 1, 4)], [("信息内容", 1, 1), ("本年制发件数", 1, 1), ("本年废止件数", 1, 1), ("现行有效件数", 1, 1)]]
    for key, label in DOC_ROWS:
        d = t2[key]
        rows.append([(label, 1, 1), (str(d["made"]), 1, 1), (str(d["repealed"]), 1, 1), (str(d["in_force"]), 1, 1)])
    for caption, items in DECISION_BLOCKS:
        rows.append([(caption, 1, 4)])
        rows.append([("信息内容", 1, 1), ("本年处理决定数量", 1, 3)])
        for key, label in items:
            rows.append([(label, 1, 1), (str(t2[key]["value"]), 1, 3)])
    rows.append([("第二十条第（八）项", 1, 4)])
    rows.append([("信息内容", 1, 1), ("本年收费金额（单位：万元）", 1, 3)])
    rows.append([("行政事业性收费", 1, 1), (t2["fees_10k_yuan"], 1, 3)])
    return rows


def table3_layout(t3: dict) -> list[list[tuple[str, int, int]]]:
    rows = [
        [(tables.HEADER_NOTE, 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(label, 1, 1) for label in tables.COLUMNS[1:6]],
    ]
    by_code = {row["code"]: row for row in t3["rows"]}
    outcome_count = len(tables.OUTCOME_CODES) + 1  # the outcome rows and (七)

    def values(code):
        return [(str(v), 1, 1) for v in by_code[code]["values"]]

    rows.append([(tables.ROW_LABELS["new"], 1, 3), *values("new")])
    rows.append([(tables.ROW_LABELS["carried_in"], 1, 3), *values("carried_in")])
    first = True
    seen_groups = set()
    for code in tables.OUTCOME_CODES:
        cells = []
        if first:
            cells.append((tables.RESULTS_LABEL, outcome_count, 1))
            first = False
        prefix = code.split(".", 1)[0]
        if "." in code:
            if prefix not in seen_groups:
                seen_groups.add(prefix)
                size = sum(1 for c in tables.OUTCOME_CODES if c.startswith(prefix + "."))
                cells.append((OUTCOME_GROUPS[prefix], size, 1))
            cells.append((tables.ROW_LABELS[code], 1, 1))
        else:
            cells.append((tables.ROW_LABELS[code], 1, 2))
        rows.append([*cells, *values(code)])
    rows.append([(tables.TOTAL_LABEL, 1, 2), *values("total")])
    rows.append([(tables.ROW_LABELS["carried_out"], 1, 3), *values("carried_out")])
    return rows


def table4_layout(t4: dict) -> list[list[tuple[str, int, int]]]:
    rows = [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [*[(label, 2, 1) for label in TABLE4_RESULT_LABELS], ("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(label, 1, 1) for label in TABLE4_RESULT_LABELS * 2],
        [(str(t4[group][key]), 1, 1) for group in TABLE4_GROUPS for key in tables.TABLE4_KEYS],
    ]
    return rows


# --------------------------------------------------------------------------- HTML

def _html_table(layout) -> str:
    out = ["<table>"]
    for row in layout:
        cells = []
        for text, rowspan, colspan in row:
            attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
            cells.append(f"<td{attrs}>{escape(text)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _paragraphs(text: str) -> str:
    return "\n".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def html_body(data: dict) -> str:
    """The report as an HTML fragment: the body of the published record."""
    s = data["sections"]
    parts = [
        _paragraphs(preamble(data["agency"], data["year"])),
        f"<h2>{TITLES['overall']}</h2>", _paragraphs(s["overall"]),
        f"<h2>{TITLES['table2']}</h2>", _html_table(table2_layout(data["table2"])),
    ]
    manual = manual_notes(data)
    if manual:
        parts.append(f"<p>注：{'、'.join(manual)}处理决定数量为人工填报。</p>")
    parts += [
        f"<h2>{TITLES['table3']}</h2>", _html_table(table3_layout(data["table3"])),
        f"<h2>{TITLES['table4']}</h2>", _html_table(table4_layout(data["table4"])),
        f"<h2>{TITLES['problems']}</h2>", _paragraphs(s["problems"]),
        f"<h2>{TITLES['other_matters']}</h2>", _paragraphs(s["other_matters"]),
    ]
    return "\n".join(parts)


PRINT_CSS = """
@page { size: A4; margin: 25mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.6; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 1em; }
h2 { font-size: 13pt; margin: 1.2em 0 .5em; }
p { text-indent: 2em; margin: .3em 0; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: 9pt; page-break-inside: auto; }
td, th { border: 0.6pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; }
tr { page-break-inside: avoid; }
/* Table 三: keep the seven figure columns narrow so the row labels get the width. */
table:nth-of-type(2) tr:nth-child(n+4) td:nth-last-child(-n+7) { width: 6.5%; }
"""


def html_document(data: dict) -> str:
    """A standalone HTML page (the download, and the input of the PDF)."""
    name = escape(title(data))
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title>'
        f"<style>{PRINT_CSS}</style></head><body><h1>{name}</h1>\n{html_body(data)}\n</body></html>"
    )


def pdf_bytes(data: dict) -> bytes:
    """The PDF with the CJK font embedded (WeasyPrint embeds the subset of the Noto CJK it uses)."""
    from weasyprint import HTML

    return HTML(string=html_document(data)).write_pdf()


# --------------------------------------------------------------------------- DOCX

def _docx_table(document, layout, font_size):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    grid_width = sum(colspan for _, _, colspan in layout[0])
    table = document.add_table(rows=len(layout), cols=grid_width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    taken = set()
    for r, row in enumerate(layout):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            cell = table.cell(r, c)
            if rowspan > 1 or colspan > 1:
                cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, c + dc))
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.size = Pt(font_size)
            c += colspan
    return table


def _set_east_asian_font(style, name):
    from docx.oxml.ns import qn

    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def docx_bytes(data: dict) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    _set_east_asian_font(normal, "宋体")
    normal.font.size = Pt(12)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(title(data))
    run.bold = True
    run.font.size = Pt(18)

    def paragraphs(text):
        for line in text.splitlines():
            if line.strip():
                p = document.add_paragraph(line.strip())
                p.paragraph_format.first_line_indent = Pt(24)

    def section(key):
        p = document.add_paragraph()
        r = p.add_run(TITLES[key])
        r.bold = True

    s = data["sections"]
    paragraphs(preamble(data["agency"], data["year"]))
    section("overall")
    paragraphs(s["overall"])
    section("table2")
    _docx_table(document, table2_layout(data["table2"]), 10.5)
    manual = manual_notes(data)
    if manual:
        paragraphs(f"注：{'、'.join(manual)}处理决定数量为人工填报。")
    section("table3")
    _docx_table(document, table3_layout(data["table3"]), 8)
    section("table4")
    _docx_table(document, table4_layout(data["table4"]), 8)
    section("problems")
    paragraphs(s["problems"])
    section("other_matters")
    paragraphs(s["other_matters"])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
