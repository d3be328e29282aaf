"""Records' answers to catalog and calendar changes: recompute the stored due dates, in bulk,
in the sender's transaction (connected in RecordsConfig.ready)."""
from __future__ import annotations

from zwgk.records import deadlines


def _agencies_of_region(region: str):
    """Agencies whose calendar includes `region` ('' = national: all of them)."""
    from zwgk.catalog.models import Agency

    parts = [p for p in (region or "").replace("／", "/").split("/") if p]
    if not parts:
        return None
    layer = parts[-1]
    return [pk for pk, value in Agency.objects.values_list("pk", "region")
            if layer in [p for p in (value or "").split("/") if p]]


def on_deadline_inputs_changed(sender, items=None, agency=None, **kwargs) -> int:
    """An item's deadline rule or an agency's region changed."""
    from zwgk.records.models import Record

    if items is not None:
        ids = [getattr(i, "pk", i) for i in items]
        return deadlines.recompute(Record.objects.filter(item_id__in=ids)) if ids else 0
    if agency is not None:
        return deadlines.recompute(Record.objects.filter(agency_id=getattr(agency, "pk", agency)))
    return 0


def on_calendar_changed(sender, region="", years=None, **kwargs) -> int:
    """Days of `region`'s calendar changed in `years` (None: any year)."""
    from zwgk.records.models import Record

    queryset = Record.objects.all()
    agency_ids = _agencies_of_region(region)
    if agency_ids is not None:
        if not agency_ids:
            return 0
        queryset = queryset.filter(agency_id__in=agency_ids)
    if years is not None:
        queryset = deadlines.touching_years(queryset, years)
    return deadlines.recompute(queryset)
