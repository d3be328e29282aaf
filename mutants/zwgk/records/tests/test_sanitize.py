from html.parser import HTMLParser

import pytest

from zwgk.records.sanitize import ALLOWED_TAGS, sanitize_html

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
    "<svg onload=alert(1)><circle r=1></svg>",
    "<body onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"evil.swf\"></object>",
    "<embed src=\"evil.swf\">",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<p style=\"width: expression(alert(1))\">x</p>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><button>go</button></form>",
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<a href=\"#\" onclick=\"alert(1)\">x</a>",
    "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
    "<base href=\"javascript:alert(1)//\">",
    "<!--<img src=x onerror=alert(1)>-->",
    "<p onmouseover=\"alert(1)\">悬停</p>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<img src=x:alert(1) onerror=eval(src)>",
]


class Inspector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)


def inspect(html):
    parser = Inspector()
    parser.feed(html)
    return parser


def test_there_are_at_least_25_payloads():
    assert len(PAYLOADS) >= 25


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_as_active_content(payload):
    cleaned = sanitize_html(payload)
    found = inspect(cleaned)
    assert set(found.tags) <= ALLOWED_TAGS
    assert not {"script", "iframe", "object", "embed", "style", "svg", "form", "base", "meta", "link"} & set(found.tags)
    for tag, name, value in found.attrs:
        assert not name.startswith("on"), (payload, cleaned)
        assert name != "style"
        if name in ("href", "src"):
            scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
            assert scheme in ("", "http", "https", "mailto", "tel"), (payload, cleaned)


def test_formatting_and_safe_links_are_kept():
    html = '<p>依据<strong>《条例》</strong>第二十条</p><a href="https://www.gov.cn/">中国政府网</a><table><tr><td colspan="2">表</td></tr></table>'
    cleaned = sanitize_html(html)
    assert "<strong>《条例》</strong>" in cleaned
    assert 'href="https://www.gov.cn/"' in cleaned and 'rel="noopener noreferrer"' in cleaned
    assert 'colspan="2"' in cleaned


def test_script_content_is_dropped_not_shown_as_text():
    assert sanitize_html("<p>前</p><script>var secret=1</script><p>后</p>") == "<p>前</p><p>后</p>"
