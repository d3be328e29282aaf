from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import render
from django.utils import timezone

from zwgk.accounts.permissions import agency_ids, memberships
from zwgk.catalog.models import Agency
from zwgk.holidays.services import calendar_for
from zwgk.records import rules
from zwgk.records.models import Record

UNPUBLISHED = [Record.State.DRAFT, Record.State.SUBMITTED, Record.State.APPROVED]


@login_required
def staff_home(request):
    """工作台: what waits for this person, what is late, and what the calendar is missing."""
    records = rules.visible_records(request.user)
    today = timezone.localdate()
    by_state = dict(records.values_list("state").annotate(n=Count("id")).values_list("state", "n"))
    overdue = (
        records.filter(state__in=UNPUBLISHED, due_on__lt=today)
        .select_related("item", "unit")
        .order_by("due_on")
    )
    ids = agency_ids(request.user)
    agencies = Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)
    calendar_notes = []
    for agency in agencies[:20]:
        years = sorted(y for y in calendar_for(agency).provisional_years() if today.year - 1 <= y <= today.year + 1)
        if years:
            calendar_notes.append((agency, years))
    return render(request, "accounts/home.html", {
        "memberships": memberships(request.user),
        "counts": [(state, label, by_state.get(state, 0)) for state, label in Record.State.choices],
        "overdue": overdue[:20],
        "overdue_count": overdue.count(),
        "calendar_notes": calendar_notes,
        "today": today,
    })
