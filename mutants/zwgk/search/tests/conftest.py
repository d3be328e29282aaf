"""Fixtures for search tests: records created straight through the ORM and indexed."""
from datetime import date, datetime, timedelta
from itertools import count

import pytest
from django.utils import timezone

_serial = count(1)


@pytest.fixture
def catalog(agency):
    from zwgk.catalog.models import Catalog

    return Catalog.objects.create(agency=agency, title="银川市人社局政务公开目录", year=2020)


@pytest.fixture
def items(catalog):
    """A parent item with two children: 职称 and 社保."""
    from zwgk.catalog.models import Item

    parent = Item.objects.create(catalog=catalog, name="人事人才", slug="1", level=1, position=1)
    first = Item.objects.create(catalog=catalog, parent=parent, name="职称评审", slug="1-1", level=2, position=2)
    second = Item.objects.create(catalog=catalog, parent=parent, name="社会保险", slug="1-2", level=2, position=3)
    return parent, first, second


@pytest.fixture
def other_item(other_agency):
    from zwgk.catalog.models import Catalog, Item

    catalog = Catalog.objects.create(agency=other_agency, title="石嘴山市人社局政务公开目录", year=2020)
    return Item.objects.create(catalog=catalog, name="就业创业", slug="2-1", level=1, position=1)


@pytest.fixture
def make_record(agency, items):
    """make_record(title=..., body=..., index=True, ...): a published record, indexed unless index=False."""
    from zwgk.records.models import Record
    from zwgk.search.index import update_record

    def make(title="一条信息", *, index=True, days_ago=1, published_at=None, **fields):
        n = next(_serial)
        fields.setdefault("agency", agency)
        fields.setdefault("item", items[1])
        fields.setdefault("state", Record.State.PUBLISHED)
        fields.setdefault("formed_on", date(2024, 1, 1))
        fields.setdefault("index_number", f"11640100MB1234567X/2024-{n:05d}")
        if published_at is None:
            published_at = timezone.now() - timedelta(days=days_ago)
        record = Record.objects.create(title=title, published_at=published_at, **fields)
        if index:
            update_record(record)
        return record

    return make


def aware(year, month=6, day=1):
    return timezone.make_aware(datetime(year, month, day, 12, 0))
