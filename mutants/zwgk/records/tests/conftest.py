"""Fixtures for the records tests: a catalog with two units, items, and one user per role."""
import datetime

import pytest

from zwgk.accounts.models import Membership, Role

AFTER_20_WORKING = {"kind": "after_event", "days": 20, "day_type": "working"}


@pytest.fixture
def world(db, agency, other_agency, django_user_model):
    """Everything a records test needs, as a simple namespace."""
    from types import SimpleNamespace

    from zwgk.catalog.models import Catalog, Element, Item, Unit

    w = SimpleNamespace(agency=agency, other_agency=other_agency)
    w.catalog = Catalog.objects.create(agency=agency, title="银川市人社局政务公开目录", year=2025)
    w.unit_a = Unit.objects.create(agency=agency, name="办公室")
    w.unit_b = Unit.objects.create(agency=agency, name="就业促进科")
    top = Item.objects.create(catalog=w.catalog, name="行政执法", slug="1", level=1, position=1)
    w.item_a = Item.objects.create(catalog=w.catalog, parent=top, name="行政处罚结果公开", slug="1-1", level=2, position=2,
                                   deadline_text="自作出决定之日起20个工作日内", deadline_rule=AFTER_20_WORKING)
    w.item_a.units.set([w.unit_a])
    for pos, (name, ftype, required) in enumerate([
        ("文件名称", "text", True), ("文号", "text", False), ("决定书文号", "text", True), ("案件名称", "text", False),
        ("处罚日期", "date", True), ("罚款金额", "number", False), ("处罚类别", "list", False), ("处罚决定书", "file", False),
        ("发布时间", "date", False),
    ]):
        Element.objects.create(item=w.item_a, name=name, field_type=ftype, required=required, position=pos)
    w.item_b = Item.objects.create(catalog=w.catalog, parent=top, name="就业政策", slug="1-2", level=2, position=3,
                                   deadline_text="每年1月31日前", deadline_rule={"kind": "yearly", "month": 1, "day": 31})
    w.item_b.units.set([w.unit_b])
    other_catalog = Catalog.objects.create(agency=other_agency, title="石嘴山目录", year=2025)
    w.other_unit = Unit.objects.create(agency=other_agency, name="办公室")
    w.other_item = Item.objects.create(catalog=other_catalog, name="行政处罚结果公开", slug="1", level=2,
                                       deadline_rule=AFTER_20_WORKING)
    w.other_item.units.set([w.other_unit])

    def user(name, role, agency=None, unit=None):
        u = django_user_model.objects.create_user(name, password="pw")
        if role:
            Membership.objects.create(user=u, agency=agency, unit=unit, role=role)
        return u

    w.editor_a = user("editor_a", Role.EDITOR, agency, w.unit_a)
    w.editor_b = user("editor_b", Role.EDITOR, agency, w.unit_b)
    w.reviewer = user("reviewer", Role.REVIEWER, agency)
    w.admin = user("admin", Role.AGENCY_ADMIN, agency)
    w.platform = user("platform", Role.PLATFORM_ADMIN)
    w.other_admin = user("other_admin", Role.AGENCY_ADMIN, other_agency)
    w.other_editor = user("other_editor", Role.EDITOR, other_agency, w.other_unit)
    w.nobody = user("nobody", None)
    return w


def draft_data(**overrides):
    data = {
        "title": "关于某公司违法行为的行政处罚决定", "formed_on": datetime.date(2025, 9, 26), "doc_number": "银人社罚〔2025〕3号",
        "body": "<p>处罚决定全文</p>",
        "elements": {"决定书文号": "银人社罚〔2025〕3号", "处罚日期": "2025-09-26"},
    }
    data.update(overrides)
    return data


@pytest.fixture
def new_record(world):
    """new_record(state="draft", item=None, user=None, **fields) walks the real workflow to `state`."""
    from zwgk.records import services

    def make(state="draft", item=None, user=None, **fields):
        item = item or world.item_a
        agency_reviewer = world.reviewer if item.catalog.agency_id == world.agency.pk else world.other_admin
        user = user or (world.editor_a if item == world.item_a else agency_reviewer)
        record = services.create_record(item, user, draft_data(**fields))
        if state == "draft":
            return record
        services.submit(record, user, confirm_reason="测试数据")
        if state == "submitted":
            return record
        services.decide(record, agency_reviewer, "主动公开")
        services.approve(record, agency_reviewer)
        if state == "approved":
            return record
        services.publish(record, agency_reviewer)
        if state == "published":
            return record
        services.withdraw(record, agency_reviewer, "内容有误")
        return record

    return make
