"""Body sanitiser: an allow-list of formatting HTML (nh3), pure.

No script or style elements, no event handlers or style attributes (so no style-based script),
no iframes/objects/embeds/forms at all, links only to http(s), mailto, tel or relative URLs,
images only from http(s) or relative URLs (never data: or javascript:).
"""
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s",
    "sub", "sup", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "table",
    "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "ol": {"start"},
    "*": {"lang"},
}
# Ordered lists that keep their markers as written (（一）, 1., 一、) hide the browser's numbers.
ALLOWED_CLASSES = {"ol": {"marked"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Elements removed together with their content (the rest lose only the tag).
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form", "textarea", "select", "frame", "frameset", "applet"}


def _img_src_filter(tag, attr, value):
    if tag == "img" and attr == "src":
        lowered = value.strip().lower()
        if not (lowered.startswith(("http://", "https://", "/")) or ":" not in lowered.split("/")[0]):
            return None
    return value


def sanitize_html(html: str) -> str:
    """Clean a record body so it can be rendered with |safe."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        attribute_filter=_img_src_filter,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


# --------------------------------------------------------------------------- Office clean-up
# HTML that Word and WPS put on the clipboard (and any HTML body) is tidied here first: the
# allow-list above stays the one last step. Word writes lists as paragraphs styled
# "mso-list:l0 level1 lfo1" with the number inside <![if !supportLists]>…<![endif]> (WPS:
# <!--[if !supportLists]-->…<!--[endif]-->); both become real lists keeping their markers.
_WPS_MARKER = re.compile(r"<!--\[if\s+!supportLists\]-->(.*?)<!--\[endif\]-->", re.S | re.I)
_WORD_MARKER = re.compile(r"<!\[if\s+!supportLists\]>(.*?)<!\[endif\]>", re.S | re.I)
_REVEALED = re.compile(r"<!\[(?:if\s[^\]]*|endif)\]>", re.I)  # downlevel-revealed markers: keep what they wrap
_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->", re.S | re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.S | re.I)
_MSO_LIST = re.compile(r"mso-list\s*:\s*(?!none|ignore)(l\d+)\s+level(\d)", re.I)
_ORDERED_MARKER = re.compile(r"[0-9０-９一二三四五六七八九十百]|^[A-Za-z]{1,4}[.．)）、]$")
_MARKER_TAG = "zwgk-list-marker"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(r"<\?xml[^>]*>", re.I)
_HEAD = re.compile(r"<head\b.*?(?:</head\s*>|(?=<body\b))", re.S | re.I)
_FRAME = re.compile(r"</?(?:html|body|head)\b[^>]*>", re.I)
# Dropped with their content: Office's own XML islands, VML drawings, document metadata.
_DROP = {"style", "script", "head", "meta", "link", "title", "xml"}
_UNWRAP = {"span", "font", "o:p", "ins", "del", "bdo", "center", "section", "article", "main", "header", "footer"}
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def clean_body_html(markup: str) -> str:
    """Any HTML body (typed, pasted from Word/WPS, converted from DOCX) tidied, then sanitised."""
    out = _clean_once(markup)
    # Broken markup is repaired by libxml2 (the tidy-up) and html5ever (the sanitiser) in different
    # ways ("<table><" keeps or moves the "<"): go round again until both agree, so that saving a
    # stored body once more never changes it. Clean input settles on the first repeat.
    for _ in range(3):
        again = _clean_once(out)
        if again == out:
            break
        out = again
    return out


_ANY_TAG = re.compile(r"<[a-zA-Z]")


def _clean_once(markup: str) -> str:
    out = sanitize_html(clean_office_html(markup))
    if out.strip() and not _ANY_TAG.search(out):
        out = f"<p>{out.strip()}</p>"  # text the sanitiser freed from stray tags is still a paragraph
    return out


def clean_office_html(markup: str) -> str:
    """Paragraphs, headings, lists and tables of Office HTML without its fonts, styles, classes,
    <o:p>, conditional comments, empty spans and empty paragraphs. Idempotent; not a sanitiser."""
    import lxml.html
    from lxml import etree

    if not markup or not markup.strip():
        return ""
    fragment = _FRAGMENT.search(markup)
    if fragment:
        markup = fragment.group(1)
    else:
        body = _BODY.search(markup)
        if body:
            markup = body.group(1)
    markup = _CONTROL.sub("", _XML_DECLARATION.sub("", markup))  # neither belongs in HTML; libxml2 refuses both
    # What is left of a document's frame (a second <body>, a <head> without its end) would make
    # libxml2's fragment parser give up; the fragment is what was copied.
    markup = _FRAME.sub("", _HEAD.sub("", markup))
    markup = _WPS_MARKER.sub(lambda m: f"<{_MARKER_TAG}>{m.group(1)}</{_MARKER_TAG}>", markup)
    markup = _WORD_MARKER.sub(lambda m: f"<{_MARKER_TAG}>{m.group(1)}</{_MARKER_TAG}>", markup)
    markup = _REVEALED.sub("", markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on some broken frames
        return markup  # nothing parseable: the sanitiser alone decides
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(node)
    for el in list(root.iter()):
        if el is root or not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _DROP or (":" in tag and tag != "o:p"):
            _remove(el)
    for parent in list(root.iter()):
        _make_lists(parent)
    for el in list(root.iter()):
        if el is root or not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _UNWRAP or tag == _MARKER_TAG or (tag == "a" and not el.get("href")) \
                or (tag == "div" and (el.get("class") or "").lower().startswith(("wordsection", "section"))):
            el.drop_tag()
        elif tag == "img" and not _usable_src(el.get("src") or ""):
            _remove(el)  # file:///C:/…/clip_image001.png from the clipboard cannot be shown
        elif tag == "br" and "page-break" in (el.get("style") or ""):
            _remove(el)
    for el in list(root.iter("td", "th")):
        children = list(el)
        if len(children) == 1 and children[0].tag == "p" and not (el.text or "").strip():
            children[0].drop_tag()  # Word puts every cell's text in a paragraph
    for el in list(root.iter("b", "strong", "i", "em", "u", "s", "sub", "sup", "p", *_HEADINGS, "li")):
        if not _has_content(el):
            _remove(el)
    if root.find(".//h1") is not None:
        # The page's <h1> is the record's title: the body's headings start one level lower.
        for el in list(root.iter(*_HEADINGS[:-1])):
            el.tag = _HEADINGS[_HEADINGS.index(el.tag) + 1]
    _wrap_inline_runs(root)
    out = (root.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    return out.strip()


_INLINE = {"a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "img", "code", "span", "font", "small", "big",
           "mark", "abbr", "cite", "q", "time", "var", "kbd", "samp"}


def _wrap_inline_runs(root):
    """Text and inline elements at the top level go into a <p>, one block a line: a stored body is
    always blocks, so it is never mistaken for typed text (and escaped again) when saved once more."""
    from lxml import etree

    blocks, run = [], []  # run: the pending inline content, strings and elements

    def flush():
        if any(not isinstance(n, str) and n.tag != "br" for n in run) or "".join(n for n in run if isinstance(n, str)).strip():
            p = etree.Element("p")
            for n in run:
                if not isinstance(n, str):
                    p.append(n)
                elif len(p):
                    p[-1].tail = (p[-1].tail or "") + n
                else:
                    p.text = (p.text or "") + n
            p.text = (p.text or "").lstrip() or None
            while len(p) and p[-1].tag == "br" and not (p[-1].tail or "").strip():
                p.remove(p[-1])  # a trailing line break only ends the paragraph
            if len(p):
                p[-1].tail = (p[-1].tail or "").rstrip() or None
            else:
                p.text = (p.text or "").rstrip() or None
            blocks.append(p)
        run.clear()

    if root.text:
        run.append(root.text)
    for child in list(root):
        tail, child.tail = child.tail, None
        root.remove(child)
        if isinstance(child.tag, str) and child.tag.lower() in _INLINE:
            run.append(child)
        else:
            flush()
            blocks.append(child)
        if tail:
            run.append(tail)
    flush()
    root.text = None
    for block in blocks:
        block.tail = "\n"
        root.append(block)


def _remove(node):
    """Remove an element or comment, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _has_content(el) -> bool:
    text = "".join(el.itertext()).replace("\xa0", "").replace("\u3000", "").strip()
    return bool(text) or el.find(".//img") is not None or el.find(".//table") is not None


def _usable_src(src: str) -> bool:
    lowered = src.strip().lower()
    return bool(lowered) and (lowered.startswith(("http://", "https://", "/")) or ":" not in lowered.split("/")[0])


def _list_level(el):
    """(level, list id, marker) of a Word/WPS list paragraph, or None."""
    if not isinstance(el.tag, str) or el.tag.lower() not in ("p", *_HEADINGS):
        return None
    match = _MSO_LIST.search(el.get("style") or "")
    markers = el.findall(".//" + _MARKER_TAG)
    if not match and not markers:
        return None
    marker = "".join("".join(m.itertext()) for m in markers).replace("\xa0", " ").strip()
    for m in markers:
        _remove(m)
    return (int(match.group(2)) if match else 1), (match.group(1) if match else ""), marker


def _make_lists(parent):
    """Turn runs of list paragraphs among `parent`'s children into nested <ol>/<ul>."""
    from lxml import etree

    children = list(parent)
    i = 0
    while i < len(children):
        info = _list_level(children[i])
        if info is None:
            i += 1
            continue
        run = [(children[i], *info)]
        j = i + 1
        while j < len(children) and not (children[j - 1].tail or "").strip():
            nxt = _list_level(children[j])
            if nxt is None:
                break
            run.append((children[j], *nxt))
            j += 1
        anchor = run[0][0]
        stack, roots = [], []
        for p, level, list_id, marker in run:
            ordered = bool(_ORDERED_MARKER.search(marker))
            while stack and stack[-1][0] > level:
                stack.pop()
            if stack and stack[-1][0] == level and stack[-1][2] != (list_id, ordered):
                stack.pop()  # another list (or numbered after bulleted) at the same level: a new list
            if not stack or stack[-1][0] < level:
                new = etree.Element("ol" if ordered else "ul")
                if ordered:
                    new.set("class", "marked")
                if stack and len(stack[-1][1]):
                    stack[-1][1][-1].append(new)
                else:
                    roots.append(new)
                stack.append((level, new, (list_id, ordered)))
            current = stack[-1][1]
            li = etree.SubElement(current, "li")
            keep = current.tag == "ol" and marker
            li.text = ((marker + (" " if marker[-1:] in ".)" else "")) if keep else "") + (p.text or "").lstrip("\xa0 ")
            for child in list(p):
                li.append(child)
        tail = run[-1][0].tail
        index = parent.index(anchor)
        for p, *_ in run:
            parent.remove(p)
        for offset, new in enumerate(roots):
            parent.insert(index + offset, new)
        roots[-1].tail = tail
        children = list(parent)
        i = index + len(roots)
