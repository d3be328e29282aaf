"""Reply letters: every outcome has a template citing the 条例 and stating the remedies; DOCX and PDF."""
import datetime as dt
import io

import pytest
from docx import Document

from zwgk.applications import codes, letters


VALUES = {"applicant": "张三", "number": "2025-001-00001", "received_on": "2025年3月3日", "description": "就业补贴名单",
          "details": "名单见附件。", "agency": "银川市人力资源和社会保障局", "replied_on": "2025年3月20日", "phone": "0951-1234567",
          "office": "办公室", "review_body": "银川市人民政府"}


@pytest.mark.parametrize("outcome", [code for code, _ in codes.OUTCOMES])
def test_every_outcome_has_a_complete_default_template(outcome):
    title, body = letters.default_template(outcome)
    assert letters.template_errors(body) == []
    letter = letters.render(title, body, VALUES)
    text = letter.text
    assert letter.paragraphs[0].startswith("张三：") and "2025-001-00001" in text
    assert "60日内" in text and "行政复议" in text and "6个月内" in text and "行政诉讼" in text
    assert "银川市人民政府" in text and text.rstrip().endswith("2025年3月20日")
    if outcome != "other.other":
        assert "《中华人民共和国政府信息公开条例》" in text or "国办函〔2020〕109号" in text


def test_the_right_article_is_cited():
    assert "第三十六条第（四）项" in letters.default_template("unavailable.not_held")[1]
    assert "第三十七条" in letters.default_template("partly_disclosed")[1]
    assert "第三十条" in letters.default_template("other.no_correction")[1]
    assert "第三十八条" in letters.default_template("unavailable.needs_creation")[1]
    assert "第三十六条第（六）项" in letters.default_template("not_processed.repeat")[1]


def test_unknown_placeholders_stay_and_are_reported():
    letter = letters.render("T", "{applicant}：{oops}", VALUES)
    assert letter.paragraphs == ("张三：{oops}",)
    assert letters.template_errors("{applicant} {oops}") == ["未知的占位符 {oops}"]
    assert letters.template_errors("{applicant")[0].startswith("花括号不配对")


def test_docx_structure():
    title, body = letters.default_template("withheld.third_party")
    letter = letters.render(title, body, VALUES)
    doc = Document(io.BytesIO(letters.to_docx(letter, "申请编号：2025-001-00001")))
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0].text == "申请编号：2025-001-00001"
    assert paragraphs[1].text == "政府信息不予公开告知书" and paragraphs[1].runs[0].bold
    assert paragraphs[1].alignment == 1  # centred
    assert paragraphs[2].text == "张三："
    assert any("第十五条、第三十二条" in p.text for p in paragraphs)
    assert any("60日内" in p.text for p in paragraphs)
    last = paragraphs[-1]
    assert last.alignment == 2 and "银川市人力资源和社会保障局" in last.text and "2025年3月20日" in last.text


def test_pdf_embeds_cjk_fonts():
    letter = letters.render(*letters.default_template("disclosed"), VALUES)
    pdf = letters.to_pdf(letter)
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)["/FontDescriptor"]
            fonts.append((str(font["/BaseFont"]), any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))))
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("CJK" in name for name, _ in fonts)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "政府信息公开申请答复书" in text.replace(" ", "") and "张三" in text
