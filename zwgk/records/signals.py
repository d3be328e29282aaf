"""What records announce to the apps built on them, so records never import those apps."""
from django.dispatch import Signal

# Sent with `records` (Records or ids) whose public content may have changed: published, edited,
# withdrawn or imported. The search index listens (zwgk.search.apps) and re-indexes them.
# created=True: the records were just inserted by a bulk write (after records_preparing).
records_changed = Signal()

# Sent before a bulk write's transaction with `records` (unsaved Records whose content is final,
# about to be published): receivers do their slow work here, outside the write lock, and keep it
# on the instances for the records_changed that follows (the search index tokenises here). Their
# index numbers are the planned ones; a receiver re-does what depends on one that changed.
records_preparing = Signal()
