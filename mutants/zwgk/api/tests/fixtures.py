"""A small catalog and records shared by the record import and API tests."""
import datetime as dt

from django.utils import timezone

AFTER_20 = {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成或变更"}
AFTER_5 = {"kind": "after_event", "days": 5, "day_type": "working", "event": "印发"}


def make_catalog(agency, year=2020):
    """Three 一级 items with leaf items, elements and units, like the seed catalog but small."""
    from zwgk.catalog.models import Catalog, Element, Item, Unit

    office = Unit.objects.create(agency=agency, name="市人社局办公室")
    legal = Unit.objects.create(agency=agency, name="市人社局政策法规和信访科")
    catalog = Catalog.objects.create(agency=agency, title="政务公开基本目录", year=year, is_current=True)
    made = {}

    def item(slug, name, parent=None, elements=(), units=(), rule=AFTER_20):
        obj = Item.objects.create(
            catalog=catalog, parent=parent, level=(parent.level + 1) if parent else 1, name=name, slug=slug,
            position=len(made), deadline_rule=rule,
        )
        for position, (el_name, field_type, required) in enumerate(elements):
            Element.objects.create(item=obj, name=el_name, field_type=field_type, required=required, position=position)
        obj.units.set(units)
        made[slug] = obj
        return obj

    general = item("1", "概况信息")
    item("1-1", "机构信息", general, [("内设机构及职责分工", "text", True), ("直属机构及主要职责", "text", False)], [office])
    item("1-2", "工作动态", general, [("动态内容", "text", False)], [office])
    basic = item("2", "基本信息")
    item(
        "2-1", "政策法规", basic,
        [("文件名称", "text", True), ("文号", "text", False), ("正文", "text", False), ("发布时间", "date", False)],
        [legal], AFTER_5,
    )
    item("2-2", "部门文件", basic, [("文件名称", "text", False), ("文号", "text", False)], [office, legal], AFTER_5)
    power = item("3", "行政权力运行")
    item(
        "3-1", "行政处罚结果公开", power,
        [("行政处罚决定书文号", "text", True), ("案件名称", "text", False), ("处罚决定日期", "date", False), ("罚款金额", "number", False)],
        [legal],
    )
    manage = item("4", "综合管理")
    item("4-1", "工作动态", manage, [], [office])
    return catalog, made


def publish_time(day: dt.date):
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=timezone.get_current_timezone())


def make_record(agency, item, *, title="记录", serial=1, published_on=dt.date(2024, 3, 1), state="published", **fields):
    """A record saved the ordinary way (not through the importer), published unless told otherwise."""
    from zwgk.records.models import Record

    year = published_on.year if published_on else None
    defaults = dict(
        agency=agency,
        item=item,
        title=title,
        formed_on=published_on or dt.date(2024, 3, 1),
        published_at=publish_time(published_on) if published_on else None,
        state=state,
        index_number=f"{agency.credit_code}/{year}-{serial:05d}" if published_on else None,
        serial=serial if published_on else None,
        publisher=agency.name,
    )
    defaults.update(fields)
    return Record.objects.create(**defaults)
