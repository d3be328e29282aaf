"""A small published site built directly with the ORM: one agency, a three-level catalog, records."""
import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from zwgk.catalog.models import Catalog, Element, Item, LegalBasis, Unit
from zwgk.records.models import Attachment, Record, Revision


@pytest.fixture(autouse=True)
def fresh_cache():
    """The platform home caches its latest-record ids; every test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def make_record(agency, item, n, *, state=Record.State.PUBLISHED, days_ago=None, **extra):
    published = timezone.now() - dt.timedelta(days=days_ago if days_ago is not None else n)
    fields = dict(
        agency=agency, item=item, title=f"关于做好2024年职称评审工作的通知（{n}）",
        index_number=f"{agency.credit_code}/{published.year}-{n:05d}", serial=n,
        publisher=agency.name, doc_number=f"银人社发〔{published.year}〕{n}号",
        formed_on=published.date() - dt.timedelta(days=2), published_at=published, topic="劳动、人事、监察",
        genre="通知", keywords="职称 评审", body=f"<p>各有关单位：现就职称评审工作通知如下（第{n}号）。</p>",
        elements={"文件名称": f"职称评审通知{n}"}, state=state,
    )
    fields.update(extra)
    return Record.objects.create(**fields)


@pytest.fixture
def site(agency, settings, tmp_path):
    """Agency with catalog 政策文件 › 部门文件 › 规范性文件 plus 机构信息, and 25 records in 部门文件."""
    settings.MEDIA_ROOT = tmp_path / "media"
    agency.address, agency.phone, agency.office_hours = "银川市金凤区人社大厦", "0951-1234567", "工作日 9:00-17:00"
    agency.disclosure_office, agency.email, agency.fax = "银川市人社局办公室", "gk@example.org", "0951-7654321"
    agency.guide_text = "本指南每年更新一次。"
    agency.save()
    catalog = Catalog.objects.create(agency=agency, title="银川市人力资源和社会保障局政务公开基本目录", year=2020)
    office = Unit.objects.create(agency=agency, name="市人社局办公室")
    law = Unit.objects.create(agency=agency, name="市人社局政策法规和信访科")
    basis = LegalBasis.objects.create(title="《中华人民共和国政府信息公开条例》", doc_number="国务院令第711号")
    top = Item.objects.create(catalog=catalog, level=1, name="政策文件", slug="2", position=1)
    docs = Item.objects.create(
        catalog=catalog, parent=top, level=2, name="部门文件", slug="2-1", position=2,
        deadline_text="文件印发后5个工作日内公开",
        deadline_rule={"kind": "after_event", "days": 5, "day_type": "working", "event": "文件印发"},
        channels=[{"name": "部门网站", "note": ""}, {"name": "其他", "note": "宁夏政务服务网"}],
        mode=["主动"], five_types=["执行"],
    )
    docs.units.add(office)
    docs.basis.add(basis)
    norms = Item.objects.create(catalog=catalog, parent=docs, level=3, name="规范性文件", slug="2-1-1", position=3,
                                five_types=["决策"])
    norms.units.add(law)
    info = Item.objects.create(catalog=catalog, level=1, name="机构信息", slug="1", position=0)
    report = Item.objects.create(catalog=catalog, parent=info, level=2, name="政府信息公开年报", slug="1-1", position=1)
    Element.objects.create(item=docs, name="文件名称", position=0)
    Element.objects.create(item=docs, name="发布机构", position=1)
    records = [make_record(agency, docs, n, unit=office) for n in range(1, 26)]
    norm = make_record(agency, norms, 30, unit=law, title="银川市规范性文件管理办法", genre="办法", days_ago=400)
    annual = make_record(agency, report, 31, title="2023年政府信息公开工作年度报告", genre="报告")
    draft = make_record(agency, docs, 40, state=Record.State.DRAFT, title="尚未发布的草稿", published_at=None,
                        index_number=None)
    withdrawn = make_record(agency, docs, 41, state=Record.State.WITHDRAWN, title="已撤回的招聘公告",
                            withdrawn_reason="公告内容有误，已重新发布")
    future = make_record(agency, docs, 42, title="定时发布的通知", days_ago=-3)
    first = records[0]
    Revision.objects.create(record=first, number=1, data={"title": "旧标题", "body": "<p>旧</p>"},
                            note="初次发布")
    rev2 = Revision.objects.create(record=first, number=2, data={"title": first.title, "body": first.body},
                                   note="更正标题")
    Revision.objects.filter(pk=rev2.pk).update(at=timezone.now())
    att = Attachment(record=first, name="附件1：评审申报表.txt", content_type="text/plain", size=27,
                     text="职称评审申报表")
    att.file.save("apply.txt", ContentFile("职称评审申报表\n姓名：\n".encode()), save=True)
    return {
        "agency": agency, "catalog": catalog, "top": top, "docs": docs, "norms": norms, "info": info,
        "report": report, "records": records, "norm": norm, "annual": annual, "draft": draft,
        "withdrawn": withdrawn, "future": future, "attachment": att, "office": office,
    }
