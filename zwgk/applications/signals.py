"""A calendar edit moves the due dates of open applications (once per transaction, after commit)."""
from django.db import transaction


def _recompute():
    from zwgk.applications.services import recompute_open

    recompute_open()


def calendar_changed(**kwargs):
    connection = transaction.get_connection()
    # Many days saved in one transaction (a notice import) need one recompute, not one each.
    if connection.in_atomic_block and any(entry[1] is _recompute for entry in connection.run_on_commit):
        return
    transaction.on_commit(_recompute)
