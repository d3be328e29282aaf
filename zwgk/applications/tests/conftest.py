"""Fixtures for the applications tests: two agencies, handlers, office heads, a valid form."""
import datetime as dt
from types import SimpleNamespace

import pytest

from zwgk.accounts.models import Membership, Role

VALID_ID = "11010519491231002X"  # GB 11643 check digit X
VALID_CREDIT = "91110000802100433B"


def form_data(**kw):
    data = {
        "applicant_type": "natural_person", "name": "张三", "id_type": "resident_id", "id_number": VALID_ID,
        "phone": "13800138000", "email": "zhang@example.org", "address": "银川市金凤区1号", "postal_code": "750001",
        "description": "2025年银川市就业补贴发放名单", "doc_number": "银人社发〔2025〕1号", "medium": "electronic",
        "delivery": "email",
    }
    data.update(kw)
    return data


@pytest.fixture
def people(db, agency, other_agency, django_user_model):
    def user(name, agency_, role, email=True):
        u = django_user_model.objects.create_user(name, email=f"{name}@gov.example" if email else "", password="pw")
        Membership.objects.create(user=u, agency=agency_, role=role)
        return u

    return SimpleNamespace(
        agency=agency, other_agency=other_agency,
        head=user("head", agency, Role.OFFICE_HEAD),
        handler_a=user("handler_a", agency, Role.HANDLER),
        handler_b=user("handler_b", agency, Role.HANDLER),
        other_handler=user("other_handler", other_agency, Role.HANDLER),
        editor=user("editor", agency, Role.EDITOR),
    )


@pytest.fixture
def today(monkeypatch):
    """Pin 'today' for the services (dates in the tests are hand-counted on the 2025 calendar)."""
    from zwgk.applications import services

    from django.utils import timezone

    holder = SimpleNamespace(value=dt.date(2025, 3, 3))
    def now():
        d = holder.value
        return timezone.make_aware(dt.datetime(d.year, d.month, d.day, 10, 0))
    monkeypatch.setattr(services, "now", now)
    return holder


@pytest.fixture
def application(people, today):
    """An online application received (confirmed) on Monday 2025-03-03, assigned to handler A."""
    from zwgk.applications import services

    app, code, _ = services.submit(people.agency, form_data(), ip="10.0.0.1")
    services.confirm_receipt(app, people.head, dt.date(2025, 3, 3))
    services.assign(app, people.head, people.handler_a)
    app.refresh_from_db()
    app.code = code
    return app
