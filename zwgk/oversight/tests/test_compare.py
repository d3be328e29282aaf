"""各机关对比: each agency's row equals the totals of its own dashboard; who may see it."""
import datetime
import io
import random

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from zwgk.oversight.compare import comparison
from zwgk.oversight.dashboard import build_dashboard

D = datetime.date


@pytest.fixture
def spread(world, make_record):
    """Random published, late, open and submitted records in both agencies, plus applications."""
    from zwgk.applications.models import Application

    rng = random.Random(11)
    today = timezone.localdate()
    for n in range(60):
        item = world.event if n % 3 else world.other_item
        formed = today - datetime.timedelta(days=rng.randrange(5, 200))
        roll = rng.random()
        if roll < 0.7:
            make_record(item, formed, formed + datetime.timedelta(days=rng.randrange(0, 25)), title=f"信息{n}")
        else:
            make_record(item, formed, state="submitted" if roll < 0.8 else "draft",
                        due_on=today + datetime.timedelta(days=rng.randrange(-30, 10)), title=f"未发布{n}")
    for n in range(30):
        received = today - datetime.timedelta(days=rng.randrange(1, 120))
        closed = received + datetime.timedelta(days=rng.randrange(1, 40)) if rng.random() < 0.7 else None
        Application.objects.create(
            agency=world.agency if n % 2 else world.other_agency, number=f"C{n:04d}", applicant_type="natural_person",
            name="申请人", id_type="resident_id", id_number="x", description="所需信息", medium="electronic",
            delivery="online", submitted_at=timezone.now(), received_on=received,
            due_on=received + datetime.timedelta(days=20), closed_on=closed if closed and closed <= today else None,
            outcome="disclosed" if closed and closed <= today else "", paused=not closed and n % 4 == 0,
            state="closed" if closed and closed <= today else "processing")
    return world


def test_each_row_equals_that_agencys_dashboard(spread):
    today = timezone.localdate()
    for year in (today.year - 1, today.year):
        rows = comparison([spread.agency, spread.other_agency], year, today=today)
        for row in rows:
            board = build_dashboard(row.agency, year, today=today)
            total = board.records.total
            assert (row.records.published, row.records.on_time, row.records.late, row.records.delay_sum,
                    row.records.delay_max) == (total.published, total.on_time, total.late, total.delay_sum, total.delay_max)
            assert (row.overdue, row.due_soon, row.review) == (board.open.overdue_count, board.open.due_soon_count,
                                                             board.review_count)
            assert row.stale == len(board.stale)
            apps = board.applications
            assert (row.received, row.closed, row.answered_on_time) == (apps.received, apps.closed, apps.on_time)
    published = sum(r.records.published for r in comparison([spread.agency, spread.other_agency], today.year, today=today))
    assert published > 0


def test_only_users_of_several_agencies_get_the_comparison(client, spread, django_user_model):
    from zwgk.accounts.models import Membership, Role

    client.force_login(spread.reviewer)  # one agency
    assert client.get("/staff/oversight/agencies/").status_code == 404
    assert "各机关对比" not in client.get("/staff/oversight/").content.decode()
    city = django_user_model.objects.create_user("city", password="pw")
    for agency in (spread.agency, spread.other_agency):
        Membership.objects.create(user=city, agency=agency, role=Role.OFFICE_HEAD)
    client.force_login(city)
    assert 'href="/staff/oversight/agencies/' in client.get("/staff/oversight/").content.decode()
    page = client.get("/staff/oversight/agencies/").content.decode()
    assert "银川市人力资源和社会保障局" in page and "石嘴山市人力资源和社会保障局" in page
    assert 'href="/staff/oversight/?agency=szs-rsj' in page
    sheet = load_workbook(io.BytesIO(client.get("/staff/oversight/tables/agencies.xlsx").content)).active
    assert [c.value for c in sheet[2]][:3] == ["机关", "发布数量", "按时发布"]
    names = [r[0] for r in sheet.iter_rows(min_row=3, values_only=True) if r[0]]
    assert set(names) == {"银川市人力资源和社会保障局", "石嘴山市人力资源和社会保障局"}
    csv = client.get("/staff/oversight/tables/agencies.csv").content.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("机关,发布数量")
