"""Signals the holidays app sends, so records can recompute due dates without holidays importing records.

``calendar_changed`` — the working-day calendar changed. Send it inside the transaction that
made the change (after the calendar cache is invalidated); receivers run synchronously, in
that transaction, and return how many records they updated. Keyword arguments:

- ``region``: the layer or region that changed — '' for the national calendar (every agency),
  a layer name ('宁夏回族自治区', '银川市') or a full region path ('宁夏回族自治区/银川市');
- ``years``: the years whose days changed (an iterable of int); None means every year
  (e.g. a new bundled year after an upgrade).

Senders: the notice import and CalendarDay edits (`zwgk.holidays.services`, `views`), and
anything else that changes calendar data (region resolution, statutory provisional years).
"""
from django.dispatch import Signal

calendar_changed = Signal()


def send_calendar_changed(sender, *, region: str = "", years=None) -> int:
    """Send calendar_changed; returns how many records the receivers updated."""
    years = None if years is None else sorted({int(y) for y in years})
    if years is not None and not years:
        return 0
    responses = calendar_changed.send(sender=sender, region=region or "", years=years)
    return sum(r for _, r in responses if isinstance(r, int))
