"""Back-office pages for the catalog's own shape: the import preview's change table, catalogs made
from scratch in a standard layout, adding items, and the history in words."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from zwgk.accounts.models import Membership, Role
from zwgk.catalog import views
from zwgk.catalog.editing import add_item, create_catalog
from zwgk.catalog.exporting import export_catalog
from zwgk.catalog.formats.layouts import BASIC_LAYOUT, SEED_LAYOUT, Layout
from zwgk.catalog.formats.structure import DeadlineRule, ElementSpec
from zwgk.catalog.importing import import_catalog
from zwgk.catalog.models import Catalog, CatalogChange, Element, Item
from zwgk.catalog.tests.appfactories import result, small_spec


@pytest.fixture
def admin_user(django_user_model, agency):
    user = django_user_model.objects.create_user("rsj-admin", password="pw-123456")
    Membership.objects.create(user=user, agency=agency, role=Role.AGENCY_ADMIN)
    return user


def _preview(client, agency, parsed, monkeypatch):
    monkeypatch.setattr(views, "_parse", lambda name, data: parsed)
    upload = SimpleUploadedFile("catalog.json", b"{}", content_type="application/json")
    return client.post(reverse("catalog:import"), {"agency": agency.pk, "file": upload})


def test_the_import_preview_shows_each_changed_field_with_old_and_new_values(
    client, admin_user, agency, monkeypatch, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    import_catalog(result(), agency=agency)
    changed = small_spec()
    item = changed.items[0]
    item.deadline_text = "形成或变更之日起15个工作日内"
    item.deadline_rule = DeadlineRule(kind="after_event", days=15, day_type="working", event="形成或变更")
    item.elements.append(ElementSpec("联系电话"))
    client.force_login(admin_user)
    response = _preview(client, agency, result(changed), monkeypatch)
    rows = response.context["update_rows"]
    assert [(r["path"], r["field"]) for r in rows] == [
        ("概况信息 › 机构信息", "公开内容（要素）"), ("概况信息 › 机构信息", "公开时限"), ("概况信息 › 机构信息", "公开时限规则")]
    deadline = rows[1]
    assert (deadline["before"], deadline["after"]) == ("形成或变更之日起20个工作日内", "形成或变更之日起15个工作日内")
    assert rows[2]["after"] == "形成或变更后15个工作日内"
    assert rows[0]["after"].endswith("；联系电话〔文本〕")
    page = response.content.decode()
    assert '<th scope="col">原值</th><th scope="col">新值</th>' in page
    assert '<th scope="rowgroup" rowspan="3">概况信息 › 机构信息</th>' in page
    assert '<td class="diff">形成或变更之日起20个工作日内</td><td class="diff">形成或变更之日起15个工作日内</td>' in page
    assert "<pre" not in page
    # The JSON report carries the same values.
    report = import_catalog(result(changed), agency=agency, dry_run=True).as_dict()
    assert report["changes"][0]["values"][1] == {"field": "公开时限", "before": "形成或变更之日起20个工作日内",
                                                 "after": "形成或变更之日起15个工作日内"}


def test_an_agency_admin_creates_a_catalog_from_scratch_in_a_standard_layout(client, admin_user, agency):
    client.force_login(admin_user)
    page = client.get(reverse("catalog:create")).content.decode()
    assert "基层政务公开标准目录格式" in page and "银川市2020年政务公开基本目录格式" in page
    response = client.post(reverse("catalog:create"), {"agency": agency.pk, "year": 2025, "title": "", "layout": "yinchuan-2020"})
    catalog = Catalog.objects.get(agency=agency, year=2025)
    assert response.status_code == 302 and response["Location"] == reverse("catalog:detail", args=[catalog.pk])
    assert catalog.title == f"{agency.name}政务公开基本目录" and catalog.is_current
    assert Layout.from_dict(catalog.layout).columns == SEED_LAYOUT.columns
    again = client.post(reverse("catalog:create"), {"agency": agency.pk, "year": 2025, "layout": "jiceng"})
    assert "2025年度的目录已存在" in again.content.decode()
    bad = client.post(reverse("catalog:create"), {"agency": agency.pk, "year": 2025, "layout": "nope"})
    assert bad.status_code == 200 and "layout" in bad.context["form"].errors


def test_an_editor_cannot_create_catalogs(client, agency, django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-123456")
    Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
    client.force_login(user)
    assert client.get(reverse("catalog:create")).status_code == 403


def test_items_added_to_a_new_catalog_export_in_its_layout(client, admin_user, agency):
    catalog = create_catalog(agency, 2025, layout="jiceng")
    client.force_login(admin_user)
    response = client.post(reverse("catalog:add_item", args=[catalog.pk]), {"level1": "社会保险", "level2": "参保登记"})
    item = Item.objects.get(catalog=catalog, name="参保登记")
    assert response["Location"] == reverse("catalog:item", args=[item.pk])
    add_item(catalog, ["就业创业", "职业培训"])
    add_item(catalog, ["社会保险", "待遇发放"])  # goes under 社会保险, before 就业创业
    names = list(catalog.items.filter(level=2).order_by("position").values_list("name", flat=True))
    assert names == ["参保登记", "待遇发放", "职业培训"]
    with pytest.raises(ValueError, match="已在目录中"):
        add_item(catalog, ["社会保险", "参保登记"])
    dup = client.post(reverse("catalog:add_item", args=[catalog.pk]), {"level1": "社会保险", "level2": "参保登记"}, follow=True)
    assert "已在目录中" in dup.content.decode()

    sheet = load_workbook(io.BytesIO(export_catalog(catalog, "xlsx"))).active
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    tops = [sheet.cell(header, c).value for c in range(1, sheet.max_column + 1)]
    assert [t for t in tops if t] == list(dict.fromkeys(c.top for c in BASIC_LAYOUT.columns))
    assert [sheet.cell(r, 1).value for r in range(header + 2, header + 5)] == ["1", "2", "3"]
    assert sheet.cell(header - 1, 1).value == "政府信息：主动公开一级事项2项，二级事项3项；依申请公开二级事项0项"
    assert CatalogChange.objects.filter(catalog=catalog, action="create").count() == 4


def test_the_history_shows_field_labels_and_readable_values(client, admin_user, agency):
    import_catalog(result(), agency=agency)
    changed = small_spec()
    changed.items[0].channels = []
    import_catalog(result(changed), agency=agency)
    catalog = Catalog.objects.get(agency=agency)
    client.force_login(admin_user)
    page = client.get(reverse("catalog:history", args=[catalog.pk])).content.decode()
    assert "<strong>公开渠道和载体</strong>：部门网站、其他（宁夏政务服务网）" in page
    assert "<strong>公开渠道和载体</strong>：（空）" in page
    assert "channels：" not in page


def test_the_item_editor_shows_which_elements_map_to_standard_fields(client, admin_user, agency, django_user_model):
    import_catalog(result(), agency=agency)
    item = Item.objects.get(catalog__agency=agency, name="领导信息")  # 姓名, 发布时间
    for user in (admin_user, None):
        if user is None:  # read-only staff see the same table
            user = django_user_model.objects.create_user("editor", password="pw-123456")
            Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
        client.force_login(user)
        response = client.get(reverse("catalog:item", args=[item.pk]))
        assert response.context["element_mapping"] == [("姓名", "自定义字段"), ("发布时间", "发布日期")]
        assert "<tr><td>发布时间</td><td>发布日期</td></tr>" in response.content.decode()


def test_basis_and_elements_arrive_in_the_database_as_the_catalog_writes_them(agency, seed_path):
    from zwgk.catalog.formats import parse_file
    from zwgk.catalog.snapshot import item_snapshot

    import_catalog(parse_file(seed_path), agency=agency)
    names = {e.name for e in Element.objects.filter(item__catalog__agency=agency)}
    assert any(n.endswith("等") for n in names)  # e.g. 发布时间等, never cut to 发布时间
    bases = [b for item in Item.objects.filter(catalog__agency=agency) for b in item_snapshot(item)["basis"]]
    assert all(b.count("《") == b.count("》") for b in bases)  # no document split into fragments
