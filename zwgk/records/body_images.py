"""Pictures of a body stored as attachments: the body keeps the public address of each
(/<agency>/file/<id>/, what the portal, the API and feeds serve); staff pages show the same
picture through the staff attachment view, which answers before publication too."""
from __future__ import annotations

import re

from django.urls import reverse


def public_src(agency_slug: str, attachment_id: int) -> str:
    return reverse("portal:attachment", args=[agency_slug, attachment_id])


def for_staff(body: str, agency_slug: str, record_id: int, attachment_ids: set[int]) -> str:
    """`body` with every <img src> of one of the record's own attachments pointed at the staff view."""
    if not body or "<img" not in body:
        return body or ""
    prefix = public_src(agency_slug, 0).rsplit("0/", 1)[0]
    pattern = re.compile(r'(<img\b[^>]*\bsrc=")' + re.escape(prefix) + r'(\d+)/(")')

    def swap(match):
        pk = int(match.group(2))
        if pk not in attachment_ids:
            return match.group(0)
        return match.group(1) + reverse("records:attachment", args=[record_id, pk]) + match.group(3)

    return pattern.sub(swap, body)
