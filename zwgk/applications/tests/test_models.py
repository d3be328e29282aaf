import datetime

import pytest
from django.db import IntegrityError

from zwgk.applications.models import Application, ClockEvent, ReviewCase, State


def make(agency, number="2026-001-00001", **kw):
    fields = dict(
        agency=agency, number=number, applicant_type="natural_person", name="张三", id_type="resident_id",
        id_number="110101199003078515", description="2025年就业补贴发放名单", medium="electronic",
        delivery="email", submitted_at=datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.timezone.utc),
    )
    fields.update(kw)
    return Application.objects.create(**fields)


@pytest.mark.django_db
def test_application_defaults_and_unique_number(agency):
    app = make(agency)
    assert app.state == State.PENDING and app.received_on is None and app.closed_on is None
    assert app.fee_amount == 0 and app.is_open
    assert list(agency.applications.all()) == [app]
    with pytest.raises(IntegrityError):
        make(agency)


@pytest.mark.django_db
def test_events_are_append_only_and_review_cases_link(agency):
    app = make(agency)
    event = ClockEvent.objects.create(application=app, type="consultation_started", on=datetime.date(2026, 3, 5))
    assert event.type_label == "征求意见"
    event.note = "改"
    with pytest.raises(ValueError):
        event.save()
    case = ReviewCase.objects.create(agency=agency, application=app, kind="reconsideration",
                                     filed_on=datetime.date(2026, 5, 1))
    assert case.result == "pending" and list(app.review_cases.all()) == [case]
