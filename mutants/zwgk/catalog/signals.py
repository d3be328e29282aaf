"""Signals the catalog sends, so apps that depend on it (records) can react without catalog importing them.

``deadline_inputs_changed`` — an input of records' due dates changed. Send it inside the
transaction that made the change; receivers run synchronously, in that transaction, and return
how many records they updated. Keyword arguments (give one):

- ``items``: the Items (a queryset or a list) whose deadline rule changed (item form, catalog
  import, year copy);
- ``agency``: the Agency whose region (and so working-day calendar) changed.

Senders here: `zwgk.catalog.editing` (item form, year copy), `zwgk.catalog.importing` (import) and the Agency region
watcher below (any save that changes ``Agency.region``: admin, agency form, commands).
"""
from django.dispatch import Signal

deadline_inputs_changed = Signal()


def send_items_changed(sender, items) -> int:
    """Send deadline_inputs_changed for `items`; returns how many records the receivers updated."""
    items = list(items)
    if not items:
        return 0
    return sum(r for _, r in deadline_inputs_changed.send(sender=sender, items=items) if isinstance(r, int))


def remember_region(sender, instance, **kwargs):
    """pre_save of Agency: keep the stored region to compare with after the save."""
    instance._region_before_save = (
        sender.objects.filter(pk=instance.pk).values_list("region", flat=True).first() if instance.pk else None
    )


def region_saved(sender, instance, created, **kwargs):
    """post_save of Agency: a changed region changes every due date of its records."""
    before = getattr(instance, "_region_before_save", None)
    if not created and before is not None and before != instance.region:
        deadline_inputs_changed.send(sender=sender, agency=instance)
