"""An agency with the catalog items the annual report reads, and helpers for applications and cases."""
import datetime as dt
import itertools

import pytest
from django.utils import timezone

from zwgk.applications.models import Application, ReviewCase, State
from zwgk.catalog.models import Catalog, Item, Unit
from zwgk.records.models import Record

_numbers = itertools.count(1)


@pytest.fixture
def world(agency):
    catalog = Catalog.objects.create(agency=agency, title="银川市人社局政务公开基本目录", year=2025)
    office = Unit.objects.create(agency=agency, name="市人社局办公室")
    top = Item.objects.create(catalog=catalog, level=1, name="基本信息", slug="1", position=0)
    report = Item.objects.create(catalog=catalog, parent=top, level=2, name="政府信息公开年报", slug="1-1", position=1,
                                 deadline_text="每年1月31日前公开", mode=["主动"],
                                 deadline_rule={"kind": "yearly", "month": 1, "day": 31})
    report.units.add(office)
    policy = Item.objects.create(catalog=catalog, level=1, name="政策文件", slug="2", position=2)
    docs = Item.objects.create(catalog=catalog, parent=policy, level=2, name="部门文件", slug="2-1", position=3)
    power = Item.objects.create(catalog=catalog, level=1, name="行政权力运行", slug="3", position=4)
    licensing = Item.objects.create(catalog=catalog, parent=power, level=2, name="行政许可结果公开", slug="3-1", position=5)
    penalty = Item.objects.create(catalog=catalog, parent=power, level=2, name="行政处罚结果公开", slug="3-2", position=6)
    enforcement = Item.objects.create(catalog=catalog, parent=power, level=2, name="行政强制信息", slug="3-3", position=7)
    return {"agency": agency, "catalog": catalog, "office": office, "report": report, "docs": docs,
            "licensing": licensing, "penalty": penalty, "enforcement": enforcement}


def make_record(agency, item, *, formed_on, state=Record.State.PUBLISHED, genre="通知", **extra):
    n = next(_numbers)
    published = timezone.make_aware(dt.datetime.combine(formed_on + dt.timedelta(days=1), dt.time(10)))
    fields = dict(agency=agency, item=item, title=f"信息{n}", formed_on=formed_on, genre=genre, state=state,
                  published_at=published if state != Record.State.DRAFT else None,
                  index_number=f"T/{formed_on.year}-{n:05d}" if state != Record.State.DRAFT else None)
    fields.update(extra)
    return Record.objects.create(**fields)


def make_application(agency, received_on, closed_on=None, outcome="", applicant_type="natural_person", **extra):
    n = next(_numbers)
    fields = dict(
        agency=agency, number=f"A-{n:06d}", applicant_type=applicant_type, name="申请人", id_type="resident_id",
        id_number="110101199003078515", description="所需信息", medium="electronic", delivery="email",
        submitted_at=timezone.now(), received_on=received_on, closed_on=closed_on, outcome=outcome,
        state=State.CLOSED if closed_on else (State.PROCESSING if received_on else State.PENDING),
    )
    fields.update(extra)
    return Application.objects.create(**fields)


def make_case(agency, kind, filed_on, decided_on=None, result="pending"):
    return ReviewCase.objects.create(agency=agency, kind=kind, filed_on=filed_on, decided_on=decided_on, result=result)
