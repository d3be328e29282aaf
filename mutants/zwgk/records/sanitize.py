"""Body sanitiser: an allow-list of formatting HTML (nh3), pure.

No script or style elements, no event handlers or style attributes (so no style-based script),
no iframes/objects/embeds/forms at all, links only to http(s), mailto, tel or relative URLs,
images only from http(s) or relative URLs (never data: or javascript:).
"""
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
        attribute_filter=_img_src_filter,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
