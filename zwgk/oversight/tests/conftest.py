"""Fixtures for the oversight tests: a catalog with an event item, a 年报 item, a quarterly item."""
import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from zwgk.accounts.models import Membership, Role

ZONE = timezone.get_default_timezone()


@pytest.fixture
def world(db, agency, other_agency, django_user_model):
    from zwgk.catalog.models import Catalog, Item, Unit

    w = SimpleNamespace(agency=agency, other_agency=other_agency)
    w.catalog = Catalog.objects.create(agency=agency, title="目录", year=2025)
    w.office = Unit.objects.create(agency=agency, name="办公室")
    w.jobs = Unit.objects.create(agency=agency, name="就业促进科")
    top = Item.objects.create(catalog=w.catalog, name="政务公开", slug="1", level=1, position=1)
    w.event = Item.objects.create(catalog=w.catalog, parent=top, name="行政处罚结果", slug="1-1", level=2, position=2,
                                  mode=["主动"], columns=["门户网站 › 行政执法"],
                                  deadline_rule={"kind": "after_event", "days": 7, "day_type": "working"})
    w.report = Item.objects.create(catalog=w.catalog, parent=top, name="政府信息公开年报", slug="1-2", level=2, position=3,
                                   mode=["主动"], deadline_rule={"kind": "yearly", "month": 1, "day": 31})
    w.quarterly = Item.objects.create(catalog=w.catalog, parent=top, name="统计数据", slug="1-3", level=2, position=4,
                                      mode=["主动"], deadline_rule={"kind": "periodic", "period": "quarter"})
    w.on_request = Item.objects.create(catalog=w.catalog, parent=top, name="依申请公开目录", slug="1-4", level=2, position=5,
                                       mode=["依申请"])
    w.event.units.set([w.office])
    w.report.units.set([w.office])
    w.quarterly.units.set([w.jobs])
    other = Catalog.objects.create(agency=other_agency, title="目录", year=2025)
    w.other_item = Item.objects.create(catalog=other, name="别的事项", slug="1", level=2,
                                       deadline_rule={"kind": "after_event", "days": 7, "day_type": "working"})

    def user(name, role, agency=None, unit=None, email=""):
        u = django_user_model.objects.create_user(name, password="pw", email=email)
        Membership.objects.create(user=u, agency=agency, unit=unit, role=role)
        return u

    w.reviewer = user("reviewer", Role.REVIEWER, agency)
    w.admin = user("admin", Role.AGENCY_ADMIN, agency, email="admin@example.gov.cn")
    w.editor = user("editor", Role.EDITOR, agency, w.office, email="office@example.gov.cn")
    w.jobs_editor = user("jobs", Role.EDITOR, agency, w.jobs, email="jobs@example.gov.cn")
    w.other_admin = user("other_admin", Role.AGENCY_ADMIN, other_agency, email="other@example.gov.cn")
    return w


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), ZONE)


@pytest.fixture
def make_record(world):
    """make_record(item, formed_on, published_on=None, state=None, due_on=None, **fields); due_on overrides the stored one."""
    from zwgk.records.models import Record

    def make(item, formed_on, published_on=None, *, state=None, due_on=None, unit=None, **fields):
        record = Record(agency=item.catalog.agency, item=item, unit=unit or item.units.first(), title=fields.pop("title", "信息"),
                        formed_on=formed_on, state=state or ("published" if published_on else "draft"),
                        published_at=at(published_on) if published_on else None, **fields)
        record.save()  # the records app stores the due date computed from the rule
        if due_on is not None:  # a chosen stored due date, as the dashboard reads it
            Record.objects.filter(pk=record.pk).update(due_on=due_on)
            record.due_on = due_on
        return record

    return make
