"""Path converters: agency slugs that never shadow platform prefixes, and 索引号 containing '/'."""
from zwgk.portal.queries import RESERVED_SLUGS


class AgencySlugConverter:
    regex = r"[-a-zA-Z0-9_]+"

    def to_python(self, value):
        # A ValueError makes Django treat the pattern as not matching, so /staff/… etc. never reach the portal.
        if value.lower() in RESERVED_SLUGS:
            raise ValueError(value)
        return value

    def to_url(self, value):
        return value


class IndexNumberConverter:
    """索引号 such as 11640100MB1234567X/2020-00012: slashes allowed, no leading/trailing slash."""

    regex = r"[^/].*?"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
