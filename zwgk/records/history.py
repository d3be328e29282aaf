"""Rewriting a record's history when personal information is masked.

A masked 居民身份证号 must not survive in an earlier revision: the diff page shows revisions to
every staff member of the agency. Each rewritten revision keeps a note of the masking (who, when,
what kind) so the history stays honest about having been changed.
"""
from __future__ import annotations

import re

from django.utils import timezone

from zwgk.records import pi
from zwgk.records.models import Revision

# The note a masking leaves on a rewritten revision: ［2026-03-20 10:00 张三遮盖了此版本中的居民身份证号］.
_MASK_NOTE = re.compile(r"［[^［］]*遮盖了此版本中的[^［］]*］")


def public_note(note: str) -> str:
    """A revision note as the public may read it: without the staff masking marks (they name staff)."""
    return _MASK_NOTE.sub("", note or "").strip()


def mask_in_revisions(record, user, *, value: str, kind: str) -> int:
    """Mask `value` in every stored revision of `record`; returns how many revisions changed."""
    who = (user.get_full_name() or user.get_username()) if getattr(user, "is_authenticated", False) else "系统"
    when = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    mark = f"［{when} {who}遮盖了此版本中的{pi.KIND_LABELS.get(kind, kind)}］"
    changed = 0
    for revision in Revision.objects.filter(record=record).select_for_update():
        data, count = pi.mask_in_data(revision.data, value, kind)
        if not count:
            continue
        revision.data = data
        note = revision.note if mark in revision.note else f"{revision.note}{mark}"
        revision.note = note[-300:] if len(note) > 300 else note
        revision.save(update_fields=["data", "note"])
        changed += 1
    return changed
