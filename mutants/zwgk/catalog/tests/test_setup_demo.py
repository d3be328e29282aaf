"""zwgk setup-demo: the demo agency, its catalog and one login per role; safe to run twice."""
import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate as _authenticate
from django.test import RequestFactory
from django.core.management import call_command

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.models import Agency, Catalog, Item


def _run(*args) -> str:
    out = StringIO()
    call_command("setup_demo", *args, stdout=out)
    return out.getvalue()


def _passwords(text: str) -> dict:
    return dict(re.findall(r"用户名 (\S+)\s+密码 (\S+)", text))


def authenticate(**credentials):
    """Log in as the login page does (django-axes needs the request)."""
    return _authenticate(RequestFactory().post("/staff/login/"), **credentials)


def test_it_creates_the_agency_catalog_and_a_login_per_role(db):
    text = _run()
    agency = Agency.objects.get(slug="yinchuan-rsj")
    assert agency.name == "银川市人力资源和社会保障局" and agency.short_name == "银川市人社局"
    assert agency.region == "宁夏回族自治区/银川市" and len(agency.credit_code) == 18
    assert "演示" in agency.address and "演示" in agency.phone and "演示" in agency.office_hours
    catalog = Catalog.objects.get(agency=agency)
    assert catalog.items.filter(level=2).count() == 27
    passwords = _passwords(text)
    assert set(passwords) == {"demo-admin", "demo-agency-admin", "demo-reviewer", "demo-editor"}
    assert "演示账号" in text
    for username, password in passwords.items():
        assert authenticate(username=username, password=password) is not None, username
    admin = authenticate(username="demo-admin", password=passwords["demo-admin"])
    assert admin.is_superuser
    roles = dict(Membership.objects.filter(agency=agency).values_list("user__username", "role"))
    assert roles == {"demo-agency-admin": Role.AGENCY_ADMIN, "demo-reviewer": Role.REVIEWER, "demo-editor": Role.EDITOR}
    assert Membership.objects.get(user__username="demo-editor").unit.name == "市人社局办公室"


def test_the_credit_code_carries_a_valid_check_character(db):
    from zwgk.catalog.management.commands.setup_demo import credit_code

    _run()
    code = Agency.objects.get(slug="yinchuan-rsj").credit_code
    assert credit_code(code[:17]) == code
    assert credit_code("91350100M000100Y4") == "91350100M000100Y43"


def test_running_it_again_changes_nothing_and_keeps_passwords(db):
    first = _passwords(_run())
    item = Item.objects.get(name="机构信息")
    item.remarks = "后台修改"
    item.save()
    counts = (Agency.objects.count(), Catalog.objects.count(), Item.objects.count(), Membership.objects.count())
    text = _run()
    assert _passwords(text) == {}
    assert "密码未更改" in text
    assert (Agency.objects.count(), Catalog.objects.count(), Item.objects.count(), Membership.objects.count()) == counts
    assert Item.objects.get(pk=item.pk).remarks == "后台修改"
    assert authenticate(username="demo-editor", password=first["demo-editor"]) is not None


def test_reset_passwords_issues_new_ones(db):
    first = _passwords(_run())
    second = _passwords(_run("--reset-passwords"))
    assert set(second) == set(first) and second["demo-admin"] != first["demo-admin"]
    assert authenticate(username="demo-admin", password=first["demo-admin"]) is None
    assert authenticate(username="demo-admin", password=second["demo-admin"]) is not None


def test_it_says_which_regional_holiday_years_are_missing(db):
    from zwgk.holidays.models import HolidayNotice

    out = _run()
    assert "宁夏回族自治区 2020–" in out and "暂定" in out
    assert HolidayNotice.objects.count() == 0
