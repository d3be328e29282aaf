import datetime
import io
import zipfile

import pytest

from zwgk.records import attachments

OFD_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>'
    '<ofd:TextObject ID="1"><ofd:TextCode X="0" Y="0">关于2025年</ofd:TextCode></ofd:TextObject>'
    '<ofd:TextObject ID="2"><ofd:TextCode X="0" Y="5">最低工资标准的通知</ofd:TextCode></ofd:TextObject>'
    "</ofd:Layer></ofd:Content></ofd:Page>"
)


def make_zip(files: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


def make_pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "联系电话", "13912345678"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_xlsx(rows) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_a_pdf_is_recognised_by_content_and_its_text_extracted():
    data = make_pdf("Minimum wage 2025")
    assert attachments.check(data, limit=10**6).kind == "pdf"
    assert "Minimum wage 2025" in attachments.extract_text(data)


def test_a_docx_is_recognised_and_its_paragraphs_and_tables_extracted():
    data = make_docx("银川市最低工资标准")
    assert attachments.sniff(data) == "docx"
    text = attachments.extract_text(data)
    assert "银川市最低工资标准" in text and "13912345678" in text


def test_an_xlsx_is_recognised_and_its_cells_extracted():
    data = make_xlsx([["姓名", "金额"], ["张三", 1200]])
    assert attachments.sniff(data) == "xlsx"
    assert "张三\t1200" in attachments.extract_text(data)


def test_an_ofd_is_a_zip_with_ofd_xml_and_its_text_codes_are_extracted():
    data = make_zip({"OFD.xml": "<ofd:OFD/>", "Doc_0/Pages/Page_0/Content.xml": OFD_CONTENT})
    assert attachments.sniff(data) == "ofd"
    assert attachments.extract_text(data) == "关于2025年最低工资标准的通知"


@pytest.mark.parametrize("head, kind", [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "png"), (b"\xff\xd8\xff\xe0" + b"\0" * 20, "jpeg"), (b"GIF89a" + b"\0" * 20, "gif"),
])
def test_images_are_recognised_by_their_magic_bytes(head, kind):
    checked = attachments.check(head, limit=1000)
    assert checked.kind == kind and checked.content_type.startswith("image/")
    assert attachments.extract_text(head) == ""


@pytest.mark.parametrize("data", [
    b"MZ\x90\x00 this is a windows program",  # an .exe renamed to .pdf
    b"<html><script>alert(1)</script></html>",
    b"{\\rtf1 not allowed}",
    make_zip({"readme.txt": "just a zip"}),
])
def test_files_that_are_not_on_the_allow_list_are_refused_whatever_their_name(data):
    with pytest.raises(attachments.AttachmentError):
        attachments.check(data, limit=10**6)


def test_office_files_with_macros_are_refused():
    data = make_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "word/vbaProject.bin": "x"})
    with pytest.raises(attachments.AttachmentError, match="宏"):
        attachments.sniff(data)


def test_the_size_limit_comes_from_settings(settings):
    settings.ATTACHMENT_MAX_BYTES = 100
    data = make_pdf("x")
    assert len(data) > 100
    with pytest.raises(attachments.AttachmentError, match="超过上限"):
        attachments.check(data)
    settings.ATTACHMENT_MAX_BYTES = 10**6
    assert attachments.check(data).kind == "pdf"


def test_a_damaged_document_has_no_text_but_does_not_crash():
    assert attachments.extract_text(b"%PDF-1.4 garbage", "pdf") == ""


def test_the_stored_name_gets_the_extension_of_the_real_content():
    assert attachments.safe_name("../../etc/报告.exe", ".pdf") == "报告.pdf"
    assert attachments.safe_name("", ".png") == "附件.png"


def _with_javascript(writer):
    from pypdf.actions import JavaScript

    writer.add_open_action(JavaScript("app.alert('x');"))


def _pdf_from_writer(configure) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    configure(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_with_document_javascript_is_flagged_for_the_reviewer():
    data = _pdf_from_writer(_with_javascript)
    checked = attachments.check(data)
    assert checked.kind == "pdf"
    assert "JavaScript" in checked.warning


def test_a_pdf_whose_open_action_only_sets_the_view_is_not_flagged():
    from pypdf.generic import ArrayObject, NameObject, NullObject

    def fit_width(writer):
        writer._root_object[NameObject("/OpenAction")] = ArrayObject([writer.pages[0].indirect_reference,
                                                                      NameObject("/FitH"), NullObject()])

    assert attachments.check(_pdf_from_writer(fit_width)).warning == ""
    assert attachments.check(make_pdf("plain")).warning == ""


def test_an_annotation_that_launches_a_program_is_flagged():
    assert attachments.pdf_has_script(make_pdf("x").replace(b"/Type /Page ", b"/Type /Page /AA << /O << /S /Launch >> >> "))


def test_a_flagged_pdf_warns_on_the_staff_record_page(world, client):
    from zwgk.records import services

    record = services.create_record(world.item_a, world.editor_a, {"title": "含脚本的附件", "formed_on": datetime.date(2025, 3, 3)})
    services.add_attachment(record, world.editor_a, "a.pdf", _pdf_from_writer(_with_javascript))
    client.force_login(world.reviewer)
    page = client.get(f"/staff/records/{record.pk}/").content.decode()
    assert "审核提示" in page and "JavaScript" in page


def test_text_of_a_huge_docx_is_streamed_and_capped(monkeypatch):
    monkeypatch.setattr(attachments, "MAX_TEXT_CHARS", 10_000)
    paragraph = '<w:p><w:r><w:t>' + "社会保险" * 50 + '</w:t></w:r></w:p>'
    document = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>' + paragraph * 20_000 + '</w:body></w:document>')
    data = make_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": document})
    text = attachments.extract_text(data, "docx")
    assert 10_000 <= len(text) <= 10_000 + 400
    assert text.startswith("社会保险")


def test_docx_tables_come_out_as_tab_separated_rows():
    row = '<w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>张三</w:t></w:r></w:p></w:tc></w:tr>'
    document = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                '<w:p><w:r><w:t>前言</w:t></w:r></w:p><w:tbl>' + row + '</w:tbl></w:body></w:document>')
    text = attachments.extract_text(make_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": document}), "docx")
    assert text.splitlines() == ["前言", "姓名\t张三"]
