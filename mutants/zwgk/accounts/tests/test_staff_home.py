"""The staff dashboard (工作台)."""
import datetime

import pytest

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.models import Catalog, Item
from zwgk.records.models import Record


@pytest.fixture
def item(agency):
    catalog = Catalog.objects.create(agency=agency, title="目录", year=2025)
    return Item.objects.create(catalog=catalog, name="部门文件", slug="1", level=2,
                               deadline_rule={"kind": "after_event", "days": 5, "day_type": "working"})


def login(client, django_user_model, agency, role):
    user = django_user_model.objects.create_user(f"u-{role}-{agency.pk}", password="pw")
    Membership.objects.create(user=user, agency=agency, role=role)
    client.force_login(user)
    return user


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.get("/staff/")
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


def test_it_counts_records_by_state_and_lists_overdue_unpublished_ones(client, django_user_model, agency, other_agency, item):
    login(client, django_user_model, agency, Role.REVIEWER)
    late = Record.objects.create(agency=agency, item=item, title="逾期的草稿", formed_on=datetime.date(2025, 1, 2),
                                 due_on=datetime.date(2025, 1, 9))
    Record.objects.create(agency=agency, item=item, title="待审核的信息", formed_on=datetime.date(2025, 1, 2),
                          state=Record.State.SUBMITTED, due_on=datetime.date(2999, 1, 1))
    other_catalog = Catalog.objects.create(agency=other_agency, title="目录", year=2025)
    other_item = Item.objects.create(catalog=other_catalog, name="部门文件", slug="1", level=2)
    Record.objects.create(agency=other_agency, item=other_item, title="别的机关的逾期草稿",
                          formed_on=datetime.date(2025, 1, 2), due_on=datetime.date(2025, 1, 9))

    page = client.get("/staff/").content.decode()

    assert f'/staff/records/{late.pk}/' in page and "已超过公开时限、尚未发布（1）" in page
    assert "别的机关的逾期草稿" not in page
    assert '<strong>1</strong> 草稿' in page and '<strong>1</strong> 待审核' in page


def test_it_warns_when_the_regional_holiday_notice_is_missing(client, django_user_model, agency):
    login(client, django_user_model, agency, Role.AGENCY_ADMIN)
    page = client.get("/staff/").content.decode()
    assert "工作日历提醒" in page and "宁夏回族自治区/银川市" in page
