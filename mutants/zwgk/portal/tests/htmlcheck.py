"""A tiny HTML inspector for page tests: headings, landmarks, links, forms (stdlib html.parser)."""
from html.parser import HTMLParser
from urllib.parse import urlparse


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.headings, self.urls, self.ids, self.labels_for, self.controls = [], [], [], set(), set(), []
        self.first_focusable = None
        self.html_attrs = {}
        self._heading = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "html":
            self.html_attrs = a
        if "id" in a:
            self.ids.add(a["id"])
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = [int(tag[1]), ""]
        for key in ("href", "src", "action"):
            if a.get(key):
                self.urls.append((tag, key, a[key]))
        if tag == "label" and a.get("for"):
            self.labels_for.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit", "button"):
            self.controls.append(a)
        if self.first_focusable is None and ((tag == "a" and a.get("href")) or tag in ("button", "input", "select")):
            if a.get("type") != "hidden":
                self.first_focusable = a

    def handle_endtag(self, tag):
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append(tuple(self._heading))
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data

    def count(self, tag, **attrs):
        return sum(1 for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items()))

    def external_urls(self, host="testserver"):
        out = []
        for tag, key, url in self.urls:
            parts = urlparse(url)
            if parts.scheme in ("http", "https") and parts.hostname != host:
                if tag == "a" and key == "href" and parts.hostname is None:
                    continue
                out.append(url)
            elif url.startswith("//"):
                out.append(url)
        return out
