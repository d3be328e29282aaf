"""Reply letters (政府信息公开申请答复书 / 告知书): one editable template per outcome, DOCX and PDF.

A template is plain text with {placeholders}; paragraphs are separated by blank lines. The
platform defaults below cite the right article of the 条例; an agency may override any of them
(ReplyTemplate). Every letter ends with the remedies (行政复议 60 days, 行政诉讼 6 months).
"""
from __future__ import annotations

import io
from dataclasses import dataclass

PLACEHOLDERS = {
    "applicant": "申请人姓名或名称",
    "number": "申请编号",
    "received_on": "收到日期",
    "description": "申请公开的信息",
    "details": "答复要点（办结时填写）",
    "agency": "机关名称",
    "replied_on": "答复日期",
    "office": "政府信息公开工作机构",
    "phone": "联系电话",
}

REMEDIES = ("如对本答复不服，可以自收到本答复之日起60日内向{review_body}申请行政复议，"
            "或者自收到本答复之日起6个月内向人民法院提起行政诉讼。")

OPENING = "{applicant}：\n\n本机关于{received_on}收到您（单位）提出的政府信息公开申请（申请编号：{number}），申请公开“{description}”。经审查，现答复如下："

_BODIES = {
    "disclosed": ("政府信息公开申请答复书", "您申请公开的政府信息属于可以公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关向您提供该政府信息（见附件），或告知获取的方式、途径和时间：\n\n{details}"),
    "partly_disclosed": ("政府信息公开申请答复书", "您申请公开的政府信息中，部分内容可以公开，部分内容依法不予公开。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关对可以公开的部分予以提供，对不予公开的部分说明理由如下：\n\n{details}"),
    "withheld.state_secret": ("政府信息不予公开告知书", "您申请公开的政府信息属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。\n\n{details}"),
    "withheld.prohibited_by_law": ("政府信息不予公开告知书", "您申请公开的政府信息属于法律、行政法规禁止公开的政府信息。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。\n\n{details}"),
    "withheld.security_stability": ("政府信息不予公开告知书", "您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。\n\n{details}"),
    "withheld.third_party": ("政府信息不予公开告知书", "您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项的规定，本机关决定不予公开。\n\n{details}"),
    "withheld.internal_affairs": ("政府信息不予公开告知书", "您申请公开的信息属于人事管理、后勤管理、内部工作流程等内部事务信息。根据《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项的规定，本机关不予公开。\n\n{details}"),
    "withheld.process_info": ("政府信息不予公开告知书", "您申请公开的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项的规定，本机关不予公开。\n\n{details}"),
    "withheld.enforcement_file": ("政府信息不予公开告知书", "您申请公开的信息属于行政执法案卷信息。根据《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项的规定，本机关不予公开。\n\n{details}"),
    "withheld.inquiry": ("政府信息公开申请告知书", "您申请获取的信息属于行政查询事项。根据《中华人民共和国政府信息公开条例》第三十六条第（七）项的规定，请依照有关法律、行政法规的规定办理查询：\n\n{details}"),
    "unavailable.not_held": ("政府信息不存在告知书", "经检索，本机关没有您申请公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，告知您该政府信息不存在。\n\n{details}"),
    "unavailable.needs_creation": ("政府信息公开申请告知书", "您申请获取的信息需要本机关对现有政府信息进行加工、分析。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关可以不予提供。\n\n{details}"),
    "unavailable.still_unclear": ("政府信息公开申请告知书", "经补正，您的申请内容仍不明确，本机关无法确定您申请公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十条的规定，本机关无法提供。\n\n{details}"),
    "not_processed.petition": ("政府信息公开申请告知书", "您以政府信息公开申请的形式提出的是信访、投诉、举报等诉求。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理，请通过相应渠道提出。\n\n{details}"),
    "not_processed.repeat": ("政府信息公开申请告知书", "本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，本机关不予重复处理。\n\n{details}"),
    "not_processed.publication": ("政府信息公开申请告知书", "您申请获取的是公开出版物。根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，您可以通过以下途径获取：\n\n{details}"),
    "not_processed.excessive": ("政府信息公开申请告知书", "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理。根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关不予处理。\n\n{details}"),
    "not_processed.confirmation": ("政府信息公开申请告知书", "您要求本机关确认或者重新出具已获取的信息。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理。\n\n{details}"),
    "other.no_correction": ("政府信息公开申请告知书", "本机关已告知您补正申请内容，您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。\n\n{details}"),
    "other.fee_unpaid": ("政府信息公开申请告知书", "本机关已向您发出收费通知，您逾期未按通知要求缴纳信息处理费。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关不再处理该政府信息公开申请。\n\n{details}"),
    "other.other": ("政府信息公开申请告知书", "{details}"),
}

CLOSING = "联系电话：{phone}\n\n{agency}\n{replied_on}"


def default_template(outcome: str) -> tuple[str, str]:
    """(title, body) of the platform's template for `outcome`; the body includes opening, remedies and closing."""
    title, middle = _BODIES[outcome]
    return title, "\n\n".join([OPENING, middle, REMEDIES, CLOSING])


class _Safe(dict):
    def __missing__(self, key):
        return "{" + key + "}"


@dataclass(frozen=True)
class Letter:
    title: str
    paragraphs: tuple  # the first is the salutation line

    @property
    def text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs])


def render(title: str, body: str, values: dict) -> Letter:
    """Fill the placeholders (unknown ones stay as typed) and split into paragraphs."""
    filled = body.format_map(_Safe(values))
    paragraphs = tuple(p.strip() for p in filled.replace("\r\n", "\n").split("\n\n") if p.strip())
    return Letter(title.format_map(_Safe(values)), paragraphs)


def template_errors(body: str) -> list[str]:
    """Placeholders the template uses that we do not know, or broken braces."""
    import string

    try:
        names = [name for _, name, _, _ in string.Formatter().parse(body) if name is not None]
    except ValueError as exc:
        return [f"花括号不配对：{exc}"]
    known = set(PLACEHOLDERS) | {"review_body"}
    return [f"未知的占位符 {{{name}}}" for name in names if name not in known]


def to_docx(letter: Letter, heading: str = "") -> bytes:
    """The letter as DOCX: 文号/heading line, title centred, body paragraphs with a first-line indent."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋"
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    if heading:
        p = doc.add_paragraph(heading)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(letter.title)
    run.bold = True
    run.font.size = Pt(22)
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for index, text in enumerate(letter.paragraphs):
        lines = text.split("\n")
        p = doc.add_paragraph()
        if index == len(letter.paragraphs) - 1 and len(lines) <= 3:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # signature block: agency and date
        elif index > 0:
            p.paragraph_format.first_line_indent = Pt(32)
        for i, line in enumerate(lines):
            if i:
                p.add_run().add_break()
            p.add_run(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


PDF_CSS = """
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16pt; line-height: 1.75; }
h1 { font-size: 22pt; text-align: center; margin: 0 0 1em; }
p { margin: 0 0 0.5em; text-indent: 2em; }
p.first { text-indent: 0; }
p.sign { text-align: right; text-indent: 0; margin-top: 2em; }
p.heading { text-align: right; text-indent: 0; font-size: 12pt; }
"""


def to_html(letter: Letter, heading: str = "") -> str:
    from html import escape

    parts = [f'<p class="heading">{escape(heading)}</p>'] if heading else []
    parts.append(f"<h1>{escape(letter.title)}</h1>")
    last = len(letter.paragraphs) - 1
    for index, text in enumerate(letter.paragraphs):
        cls = "first" if index == 0 else "sign" if index == last and len(text.split("\n")) <= 3 else ""
        body = "<br>".join(escape(line) for line in text.split("\n"))
        parts.append(f'<p class="{cls}">{body}</p>' if cls else f"<p>{body}</p>")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{PDF_CSS}</style>'
            f"<title>{escape(letter.title)}</title></head><body>{''.join(parts)}</body></html>")


def to_pdf(letter: Letter, heading: str = "") -> bytes:
    """The letter as PDF; WeasyPrint embeds (subsets of) the Noto CJK fonts."""
    from weasyprint import HTML

    return HTML(string=to_html(letter, heading)).write_pdf()
