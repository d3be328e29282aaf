"""What records announce to the apps built on them, so records never import those apps."""
from django.dispatch import Signal

# Sent with `records` (Records or ids) whose public content may have changed: published, edited,
# withdrawn or imported. The search index listens (zwgk.search.apps) and re-indexes them.
records_changed = Signal()
