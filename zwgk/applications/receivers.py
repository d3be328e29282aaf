"""Applications' answers to calendar and agency-region changes: recompute the stored due dates of
open applications, in the sender's transaction (connected in ApplicationsConfig.ready)."""
from __future__ import annotations


def _agency_ids_of_region(region: str):
    """Agencies whose calendar includes `region` (None: every agency, for the national calendar)."""
    from zwgk.catalog.models import Agency

    parts = [p for p in (region or "").replace("／", "/").split("/") if p]
    if not parts:
        return None
    layer = parts[-1]
    return [pk for pk, value in Agency.objects.values_list("pk", "region") if layer in (value or "").split("/")]


def on_calendar_changed(sender, region="", years=None, **kwargs) -> int:
    from zwgk.applications.services import recompute_open

    ids = _agency_ids_of_region(region)
    if ids is not None and not ids:
        return 0
    return recompute_open(agency_ids=ids)


def on_deadline_inputs_changed(sender, agency=None, **kwargs) -> int:
    """An agency's region changed (item changes do not concern applications)."""
    from zwgk.applications.services import recompute_open

    if agency is None:
        return 0
    return recompute_open(agency_ids=[getattr(agency, "pk", agency)])
