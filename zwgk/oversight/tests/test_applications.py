"""依申请公开 figures on hand-built applications with known answers."""
import datetime
import io

import pytest
from django.utils import timezone

from zwgk.oversight.applications import figures

D = datetime.date


@pytest.fixture
def make_application(world):
    from zwgk.applications.models import Application

    counter = iter(range(1, 1000))

    def make(received_on, due_on=None, closed_on=None, outcome="", paused=False, agency=None, kind="natural_person"):
        n = next(counter)
        return Application.objects.create(
            agency=agency or world.agency, number=f"T{n:05d}", applicant_type=kind, name="申请人", id_type="resident_id",
            id_number="x", description="所需信息", medium="electronic", delivery="online", submitted_at=timezone.now(),
            received_on=received_on, due_on=due_on, closed_on=closed_on, outcome=outcome, paused=paused,
            state="closed" if closed_on else ("pending" if received_on is None else "processing"))

    return make


@pytest.fixture
def sample(world, make_application):
    make_application(D(2025, 3, 3), D(2025, 3, 31), D(2025, 3, 20), "disclosed")  # on time
    make_application(D(2025, 3, 10), D(2025, 4, 8), D(2025, 4, 30), "withheld.state_secret", kind="enterprise")  # late
    make_application(D(2024, 12, 20), D(2025, 1, 20), D(2025, 1, 10), "not_processed.repeat")  # received last year
    make_application(D(2025, 11, 3), D(2025, 11, 28), paused=True)  # 补正: clock stopped
    make_application(D(2025, 11, 3), D(2025, 11, 20))  # running and past its due date
    make_application(None)  # 待确认
    make_application(D(2025, 3, 3), D(2025, 3, 31), D(2025, 3, 20), "disclosed", agency=world.other_agency)
    return world


def test_applications_received_answered_on_time_paused_and_overdue(sample):
    f = figures(sample.agency, D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 1))
    assert (f.received, f.closed, f.on_time, f.late) == (4, 3, 2, 1)
    assert (f.open, f.unconfirmed, f.paused, f.overdue) == (3, 1, 1, 1)
    assert f.on_time_rate == 2 / 3
    assert f.by_outcome == {"disclosed": 1, "withheld.state_secret": 1, "not_processed.repeat": 1}
    assert f.by_type == {"natural_person": 3, "enterprise": 1}
    assert f.by_month["2025-03"] == {"received": 2, "closed": 1, "on_time": 1}
    assert f.by_month["2025-04"] == {"received": 0, "closed": 1, "on_time": 0}
    assert f.by_month["2025-01"] == {"received": 0, "closed": 1, "on_time": 1}
    labels = [label for label, _ in f.outcome_rows()]
    assert labels == ["予以公开", "不予公开·1.属于国家秘密", "不予处理·2.重复申请"]


def test_the_dashboard_and_selfcheck_show_the_application_figures(client, sample):
    from openpyxl import load_workbook

    client.force_login(sample.reviewer)
    page = client.get("/staff/oversight/?year=2025").content.decode()
    assert "依申请公开办理情况" in page and "/staff/oversight/charts/outcomes.svg" in page
    assert client.get("/staff/oversight/charts/outcomes.svg?year=2025").status_code == 200
    sheet = load_workbook(io.BytesIO(client.get("/staff/oversight/tables/applications-by-outcome.xlsx?year=2025").content)).active
    assert [list(r) for r in sheet.iter_rows(min_row=3, values_only=True)] == [
        ["予以公开", 1], ["不予公开·1.属于国家秘密", 1], ["不予处理·2.重复申请", 1]]
    html = client.get("/staff/oversight/selfcheck/?year=2025").content.decode()
    assert "依申请公开按期答复率" in html and "66.7%" in html
