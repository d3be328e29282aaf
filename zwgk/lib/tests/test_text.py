"""Decoding imported bytes and turning HTML into plain text."""
import pytest

from zwgk.lib.text import TextDecodeError, decode_text, html_to_text

TEXT = "事项,名称\n政策法规,关于调整最低工资标准的通知\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gb18030", "gbk"])
def test_every_accepted_encoding_gives_the_same_text(encoding):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # only UTF-16 with a byte-order mark is recognised
    assert decode_text(data) == TEXT


def test_binary_data_is_refused_as_binary():
    with pytest.raises(TextDecodeError, match="二进制"):
        decode_text(bytes(range(256)) * 8)


def test_bytes_in_no_known_encoding_are_refused_with_what_to_do():
    with pytest.raises(TextDecodeError, match="请另存为 UTF-8"):
        decode_text("事项,名称\n".encode() + b"\xff\xfe\xfd,\xff,2024-01-01\n")


def test_html_to_text_keeps_words_together_and_blocks_apart():
    text = html_to_text("<p>电话：<b>139</b>12345678</p><p>A&amp;B</p><script>secret()</script>")
    assert "13912345678" in text and "A&B" in text and "secret" not in text
    assert text.splitlines()[0] == "电话：13912345678"


def test_html_to_text_separates_table_cells_and_headings():
    text = html_to_text("<h2>职称</h2><table><tr><td>评审</td><td>考试</td></tr></table>")
    assert "职称评审" not in text and "评审考试" not in text
    assert [line for line in text.splitlines() if line] == ["职称", "评审", "考试"]


def test_html_to_text_reads_markup_that_is_not_tidy():
    assert html_to_text('<p title="a>b">正文<br>第二行') == "正文\n第二行"
    assert html_to_text("") == "" and html_to_text(None) == ""
