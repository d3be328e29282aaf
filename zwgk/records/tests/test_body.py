"""The stored form of a 正文: typed text keeps its structure, Office HTML loses its styling (no Django)."""
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zwgk.records.body import looks_like_html, normalize_body, text_to_html, upgrade_stored_text
from zwgk.records.sanitize import clean_body_html

FIXTURES = Path(__file__).parent / "fixtures"


class Tags(HTMLParser):
    """Start tags (with attributes) and the text of each <li>/<td>/<th>/<p>/<h*> element."""

    def __init__(self, markup):
        super().__init__()
        self.tags, self.attrs, self.texts, self._open = [], [], [], []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(f"{tag}.{k}" for k, _ in attrs)
        if tag in ("li", "td", "th", "p", "h2", "h3"):
            self._open.append([tag, ""])

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            self.texts.append(tuple(self._open.pop()))

    def handle_data(self, data):
        if self._open:
            self._open[-1][1] += data

    def text_of(self, tag):
        return [" ".join(t.split()) for name, t in self.texts if name == tag]


FOUR = "第一段：申报条件。\n\n第二段：申报材料。\n\n第三段：评审程序。\n\n第四段：联系方式。"


def test_four_typed_paragraphs_are_four_paragraphs():
    html = normalize_body(FOUR)
    assert Tags(html).text_of("p") == ["第一段：申报条件。", "第二段：申报材料。", "第三段：评审程序。", "第四段：联系方式。"]


def test_a_single_line_break_inside_a_paragraph_stays_a_line_break():
    html = normalize_body("联系人：王老师\n电话：0951-1234567\n\n以上。")
    assert html.count("<p>") == 2 and "王老师<br>" in html


def test_text_without_blank_lines_has_one_paragraph_per_line():
    html = normalize_body("　　为做好职称评审工作，现通知如下。\r\n　　请各单位按时报送。\r\n特此通知。")
    assert Tags(html).text_of("p") == ["为做好职称评审工作，现通知如下。", "请各单位按时报送。", "特此通知。"]
    assert "\u3000\u3000为做好" in html  # the full-width indent is kept as typed


def test_numbered_runs_become_ordered_lists_that_keep_their_markers():
    html = normalize_body("申报材料：\n1. 申报表\n2. 学历证书\n3. 业绩材料\n\n（一）总体要求\n（二）工作安排")
    tags = Tags(html)
    assert tags.text_of("p") == ["申报材料："]
    assert tags.text_of("li") == ["1. 申报表", "2. 学历证书", "3. 业绩材料", "（一）总体要求", "（二）工作安排"]
    assert html.count('<ol class="marked">') == 2 and "<ul>" not in html


def test_bullets_become_an_unordered_list_without_the_dash():
    tags = Tags(normalize_body("- 身份证\n- 户口簿\n• 学位证"))
    assert tags.tags.count("ul") == 1 and tags.text_of("li") == ["身份证", "户口簿", "学位证"]


def test_a_lone_numbered_line_is_a_paragraph_not_a_list_of_one():
    html = normalize_body("一、总体要求\n\n全面落实。\n\n二、工作安排\n\n按月推进。")
    assert "<ol" not in html and Tags(html).text_of("p")[0] == "一、总体要求"


def test_tab_and_pipe_separated_blocks_become_tables():
    tab = Tags(normalize_body("系列\t截止日期\n工程\t2025-10-31\n经济\t2025-11-15"))
    assert tab.text_of("th") == ["系列", "截止日期"] and tab.text_of("td") == ["工程", "2025-10-31", "经济", "2025-11-15"]
    pipe = Tags(normalize_body("| 项目 | 金额 |\n|---|---|\n| 培训补贴 | 1,234.50 |"))
    assert pipe.text_of("th") == ["项目", "金额"] and pipe.text_of("td") == ["培训补贴", "1,234.50"]


def test_ragged_or_single_line_cells_stay_text():
    for text in ("甲|乙|丙\n丁|戊", "| 只有一行 | 表格 |", "a\tb\nc"):
        assert "<table>" not in normalize_body(text), text


def test_typed_characters_are_escaped_not_interpreted():
    html = normalize_body("面积<100平方米 & 租金>5元\n\n第二段")
    assert "面积&lt;100平方米 &amp; 租金&gt;5元" in html and not looks_like_html("面积<100平方米 & 租金>5元")
    assert looks_like_html("<p>正文</p>") and looks_like_html("文字<br>文字")


def test_typed_script_is_treated_as_html_and_sanitised():
    assert "script" not in normalize_body("<script>alert(1)</script>\n\n正文").lower()


def _word():
    return (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8")


def _wps():
    return (FIXTURES / "wps_clipboard.html").read_text(encoding="utf-8")


OFFICE_LEFTOVERS = re.compile(r"mso-|Mso|<o:p|<!--|<!\[|font-family|仿宋|color|style=|<font|<span|class=\"(?!marked)|file:", re.I)


def test_word_clipboard_keeps_headings_lists_and_tables_and_drops_the_styling():
    html = normalize_body(_word())
    assert not OFFICE_LEFTOVERS.search(html), OFFICE_LEFTOVERS.search(html)
    tags = Tags(html)
    # Word's Heading 1 becomes <h2>: the page's <h1> is the record's title.
    assert tags.text_of("h2") == ["关于做好2025年度职称评审工作的通知"] and tags.text_of("h3") == ["一、申报范围"]
    assert tags.text_of("li") == ["1. 在我市企事业单位从事专业技术工作的人员", "2. 非公有制经济组织专业技术人员", "含自由职业者"]
    assert tags.tags.count("ol") == 1 and tags.tags.count("ul") == 1  # numbered, then a bulleted list (another Word list)
    assert tags.text_of("td") == ["系列", "截止日期", "工程", "2025-10-31"] and tags.tags.count("tr") == 2
    assert tags.text_of("p") == ["各县（市、区）人力资源和社会保障局，市直各单位：", "银川市人力资源和社会保障局"]  # no empty paragraphs
    assert "img" not in tags.tags  # the clipboard's file:/// picture cannot be shown


def test_wps_clipboard_keeps_its_chinese_numbered_list_and_table():
    html = normalize_body(_wps())
    assert not OFFICE_LEFTOVERS.search(html), OFFICE_LEFTOVERS.search(html)
    tags = Tags(html)
    assert tags.text_of("li") == ["（一）职业培训补贴", "（二）社会保险补贴", "1. 公益性岗位补贴"]
    assert tags.text_of("td") == ["项目", "金额（万元）", "职业培训补贴", "1,234.50"]
    assert tags.text_of("p")[0] == "银川市2025年就业补助资金使用情况" and "b" in tags.tags  # bold kept, empty <b></b> gone
    assert "银川市2025年就业补助资金使用情况" in html  # <font> pieces joined without gaps


def test_an_office_fragment_without_a_document_around_it_is_cleaned_too():
    html = clean_body_html('<p class=MsoNormal style="color:red"><span style="font-size:16pt"></span>文字<o:p></o:p></p>'
                           '<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    assert html == "<p>文字</p>"


def test_cleaning_is_idempotent_on_office_html():
    for source in (_word(), _wps()):
        once = normalize_body(source)
        assert normalize_body(once) == once


LINES = st.lists(st.sampled_from(["正文一段。", "1. 第一项", "2. 第二项", "（一）总体要求", "- 要点", "甲\t乙", "丙\t丁",
                                  "| 项 | 值 |", "", "  ", "面积<100 & 以上", "　　缩进段落"]), max_size=12)


@given(LINES)
def test_typed_text_is_stored_the_same_however_often_it_is_saved(lines):
    once = normalize_body("\n".join(lines))
    assert normalize_body(once) == once
    # Every typed word survives.
    for line in lines:
        for word in re.findall(r"[\u4e00-\u9fff]+", line):
            assert word in once


def test_stored_plain_text_is_upgraded_once_and_html_is_left_alone():
    stored = "第一段 A &amp; B\n\n第二段"  # as the sanitiser saved typed text before
    upgraded = upgrade_stored_text(stored)
    assert upgraded == "<p>第一段 A &amp; B</p>\n<p>第二段</p>"
    assert upgrade_stored_text(upgraded) == upgraded
    assert upgrade_stored_text("<p>已是HTML</p>\n<p>第二段</p>") == "<p>已是HTML</p>\n<p>第二段</p>"
    assert upgrade_stored_text("单行正文") == "单行正文"


MARKUP = st.lists(st.sampled_from(
    list("<>/=\"' \n\t&;!-[]abdiopltr:1.（一）|") + ["<p>", "</p>", "<o:p>", "<![if !supportLists]>", "<![endif]>",
                                                  "<!--", "-->", "mso-list:l0 level1 lfo1", "<h1>", "\x00", "\x0b",
                                                  "<?xml version='1.0' encoding='utf-8'?>", "<table>", "<td>", "<li>",
                                                  "<span style='x'>", "<body>", "<!--StartFragment-->"]),
    max_size=40).map("".join)


@given(st.one_of(MARKUP, st.text(max_size=60)))
def test_any_input_is_stored_the_same_however_often_it_is_saved(value):
    # Found this way: "<<td>" became "&lt;", which a second save took for typed text and escaped again.
    once = normalize_body(value)
    assert normalize_body(once) == once
    assert not once or looks_like_html(once)  # a stored body is always HTML blocks
