"""Signals of the catalog app.

`deadline_inputs_changed(sender, agency=…)` is sent, inside the writing transaction, when
something every stored due date of an agency depends on has changed (its region, so its
working-day calendar); receivers recompute those due dates.
"""
from django.dispatch import Signal

deadline_inputs_changed = Signal()
