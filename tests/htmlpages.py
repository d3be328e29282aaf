"""Small stdlib readers of rendered pages for the standards tests."""
from html.parser import HTMLParser


class _Tags(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    """Every start tag with its attributes, in document order."""
    return _Tags(html).tags


def element_ids(html: str) -> set[str]:
    return {a["id"] for _, a in tags(html) if a.get("id")}


def describedby_ids(html: str) -> set[str]:
    """Every id named by an aria-describedby attribute on the page."""
    return {i for _, a in tags(html) for i in (a.get("aria-describedby") or "").split()}
