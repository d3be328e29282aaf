"""Back-office catalog pages: who sees what, who may edit, and that edits are recorded."""
import pytest
from django.urls import reverse

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.importing import import_catalog
from zwgk.catalog.snapshot import item_snapshot
from zwgk.catalog.forms import snapshot_initial
from zwgk.catalog.models import Catalog, CatalogChange, Item, Unit
from zwgk.catalog.tests.appfactories import result, small_spec


@pytest.fixture
def catalog(agency):
    import_catalog(result(), agency=agency)
    return Catalog.objects.get(agency=agency)


def _staff(django_user_model, agency, role, username, unit=None):
    user = django_user_model.objects.create_user(username, password="pw-123456")
    Membership.objects.create(user=user, agency=agency, role=role, unit=unit)
    return user


@pytest.fixture
def admin_user(django_user_model, agency):
    return _staff(django_user_model, agency, Role.AGENCY_ADMIN, "rsj-admin")


@pytest.fixture
def editor(django_user_model, agency, catalog):
    return _staff(django_user_model, agency, Role.EDITOR, "rsj-editor", Unit.objects.get(name="市人社局办公室"))


def _item_post_data(item, **overrides):
    snap = item_snapshot(item)
    data = {
        **snapshot_initial(snap),
        "el-TOTAL_FORMS": str(len(snap["elements"])),
        "el-INITIAL_FORMS": str(len(snap["elements"])),
        "el-MIN_NUM_FORMS": "0",
        "el-MAX_NUM_FORMS": "1000",
    }
    for i, e in enumerate(snap["elements"]):
        data[f"el-{i}-name"] = e["name"]
        data[f"el-{i}-type"] = e["type"]
        if e["required"]:
            data[f"el-{i}-required"] = "on"
    data.update(overrides)
    return data


@pytest.mark.parametrize("name", ["list", "import"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, name):
    response = client.get(reverse(f"catalog:{name}"))
    assert response.status_code == 302 and response["Location"].startswith("/staff/login/")


def test_anonymous_visitors_cannot_open_a_catalog(client, catalog):
    response = client.get(reverse("catalog:detail", args=[catalog.pk]))
    assert response.status_code == 302 and "/staff/login/" in response["Location"]


def test_a_logged_in_user_without_any_role_is_refused(client, django_user_model, catalog):
    client.force_login(django_user_model.objects.create_user("nobody"))
    assert client.get(reverse("catalog:list")).status_code == 403


def test_the_list_shows_only_the_users_own_agencies(client, admin_user, catalog, other_agency):
    import_catalog(result(small_spec(title="石嘴山目录")), agency=other_agency)
    client.force_login(admin_user)
    page = client.get(reverse("catalog:list")).content.decode()
    assert "测试局政务公开基本目录" in page and "石嘴山目录" not in page


def test_staff_of_another_agency_get_not_found_for_its_catalog_items_and_history(
    client, django_user_model, other_agency, catalog
):
    outsider = _staff(django_user_model, other_agency, Role.AGENCY_ADMIN, "szs-admin")
    client.force_login(outsider)
    item = Item.objects.get(name="机构信息")
    for url in [
        reverse("catalog:detail", args=[catalog.pk]),
        reverse("catalog:history", args=[catalog.pk]),
        reverse("catalog:export", args=[catalog.pk, "json"]),
        reverse("catalog:item", args=[item.pk]),
        reverse("catalog:item_history", args=[item.pk]),
    ]:
        assert client.get(url).status_code == 404, url
    response = client.post(reverse("catalog:item", args=[item.pk]), _item_post_data(item, remarks="入侵"))
    assert response.status_code == 404
    assert Item.objects.get(pk=item.pk).remarks == ""


def test_the_catalog_page_shows_the_tree_with_rules_units_channels_and_flags(client, admin_user, catalog):
    client.force_login(admin_user)
    page = client.get(reverse("catalog:detail", args=[catalog.pk])).content.decode()
    for text in ["概况信息", "机构信息", "部门文件", "形成或变更后20个工作日内", "每年1月31日前", "市人社局办公室",
                 "其他（宁夏政务服务网）", "时限待人工确认", 'class="flagged"']:
        assert text in page, text
    assert page.index("概况信息") < page.index("机构信息") < page.index("基本信息") < page.index("部门文件")


def test_an_agency_admin_edits_an_item_and_the_history_keeps_before_and_after(client, admin_user, catalog):
    client.force_login(admin_user)
    item = Item.objects.get(name="机构信息")
    data = _item_post_data(
        item, deadline_text="形成或变更之日起10个工作日内", units="市人社局办公室\n市人社局新设科室",
        **{"el-0-type": "date", "el-0-required": "on"},
    )
    response = client.post(reverse("catalog:item", args=[item.pk]), data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.deadline_rule["days"] == 10
    assert [u.name for u in item.unit_list()] == ["市人社局办公室", "市人社局新设科室"]
    first = item.elements.order_by("position").first()
    assert (first.field_type, first.required) == ("date", True)
    change = CatalogChange.objects.get(item=item, action="update")
    assert change.user == admin_user
    assert change.before["deadline_text"] == "形成或变更之日起20个工作日内"
    assert set(change.after) == {"elements", "deadline_text", "deadline_rule", "units"}
    history = client.get(reverse("catalog:item_history", args=[item.pk])).content.decode()
    assert "形成或变更之日起10个工作日内" in history and "rsj-admin" in history
    assert "形成或变更之日起10个工作日内" in client.get(reverse("catalog:history", args=[catalog.pk])).content.decode()


def test_saving_an_unchanged_form_records_no_change(client, admin_user, catalog):
    client.force_login(admin_user)
    item = Item.objects.get(name="机构信息")
    before = CatalogChange.objects.count()
    assert client.post(reverse("catalog:item", args=[item.pk]), _item_post_data(item)).status_code == 302
    assert CatalogChange.objects.count() == before


def test_an_editor_sees_the_item_read_only_and_cannot_post(client, editor, catalog):
    client.force_login(editor)
    item = Item.objects.get(name="机构信息")
    page = client.get(reverse("catalog:item", args=[item.pk]))
    assert page.status_code == 200
    assert "只读" in page.content.decode() and 'name="deadline_text"' not in page.content.decode()
    response = client.post(reverse("catalog:item", args=[item.pk]), _item_post_data(item, remarks="编辑改的"))
    assert response.status_code == 403
    assert Item.objects.get(pk=item.pk).remarks == ""
    assert client.get(reverse("catalog:import")).status_code == 403
    assert client.post(reverse("catalog:new_version", args=[catalog.pk]), {"year": 2021}).status_code == 403


def test_the_edit_form_has_labelled_fields(client, admin_user, catalog):
    client.force_login(admin_user)
    item = Item.objects.get(name="机构信息")
    page = client.get(reverse("catalog:item", args=[item.pk])).content.decode()
    for field_id in ["id_name", "id_deadline_text", "id_units", "id_basis", "id_columns", "id_el-0-name"]:
        assert f'for="{field_id}"' in page, field_id


def test_an_admin_creates_a_new_years_version(client, admin_user, catalog):
    client.force_login(admin_user)
    response = client.post(reverse("catalog:new_version", args=[catalog.pk]), {"year": 2021})
    new = Catalog.objects.get(agency=catalog.agency, year=2021)
    assert response.status_code == 302 and response["Location"] == reverse("catalog:detail", args=[new.pk])
    assert new.is_current and new.items.count() == catalog.items.count()
    response = client.post(reverse("catalog:new_version", args=[catalog.pk]), {"year": 2021}, follow=True)
    assert "已存在" in response.content.decode()


def test_upload_previews_without_writing_then_imports_on_confirm(client, admin_user, agency, monkeypatch, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zwgk.catalog import views

    monkeypatch.setattr(views, "_parse", lambda name, data: result())
    client.force_login(admin_user)
    upload = SimpleUploadedFile("catalog.json", b"{}", content_type="application/json")
    page = client.post(reverse("catalog:import"), {"agency": agency.pk, "file": upload})
    assert page.status_code == 200
    text = page.content.decode()
    assert "试导入" in text and "新增 7，" in text and '<td class="nowrap">14</td>' in text  # the warning's row
    assert "<pre" not in text
    assert not Catalog.objects.exists()
    token = client.session["catalog_upload"]["token"]
    response = client.post(reverse("catalog:import"), {"confirm": "1", "token": token})
    catalog = Catalog.objects.get(agency=agency)
    assert response.status_code == 302 and response["Location"] == reverse("catalog:detail", args=[catalog.pk])
    assert catalog.items.count() == 7
    assert CatalogChange.objects.get(action="import").user == admin_user
    assert not list((tmp_path / "catalog-uploads").glob("*.bin"))


def test_an_upload_that_cannot_be_parsed_shows_the_error_and_writes_nothing(
    client, admin_user, agency, monkeypatch, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zwgk.catalog import views
    from zwgk.catalog.formats.structure import CatalogImportError

    def broken(name, data):
        raise CatalogImportError("缺少“公开事项”列", source=name, row=2, column="公开事项")

    monkeypatch.setattr(views, "_parse", broken)
    client.force_login(admin_user)
    upload = SimpleUploadedFile("bad.xlsx", b"junk")
    page = client.post(reverse("catalog:import"), {"agency": agency.pk, "file": upload}).content.decode()
    assert "bad.xlsx：第2行，“公开事项”列：缺少“公开事项”列" in page
    assert not Catalog.objects.exists()


def test_the_item_form_offers_the_channel_list_the_catalog_uses(client, admin_user, agency, seed_path):
    from zwgk.catalog.formats import parse_file
    from zwgk.catalog.formats.structure import YINCHUAN_CHANNELS

    import_catalog(parse_file(seed_path), agency=agency)
    item = Item.objects.get(catalog__agency=agency, name="内设机构")  # only 部门网站 checked
    client.force_login(admin_user)
    form = client.get(reverse("catalog:item", args=[item.pk])).context["form"]
    choices = [value for value, _ in form.fields["channels"].choices]
    assert choices == YINCHUAN_CHANNELS and form.initial["channels"] == ["部门网站"]


def test_a_preview_that_would_delete_items_needs_the_delete_box_ticked(client, admin_user, agency, monkeypatch, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zwgk.catalog import views
    from zwgk.catalog.importing import import_catalog

    import_catalog(result(), agency=agency)
    shorter = result()
    dropped = shorter.catalog.items.pop()
    monkeypatch.setattr(views, "_parse", lambda name, data: shorter)
    client.force_login(admin_user)
    upload = SimpleUploadedFile("catalog.json", b"{}", content_type="application/json")
    page = client.post(reverse("catalog:import"), {"agency": agency.pk, "file": upload}).content.decode()
    assert "此次导入将删除 1 个事项" in page and 'name="allow_delete"' in page
    token = client.session["catalog_upload"]["token"]
    client.post(reverse("catalog:import"), {"confirm": "1", "token": token})
    assert Item.objects.filter(name=dropped.path[-1]).exists()  # refused: box not ticked

    upload = SimpleUploadedFile("catalog.json", b"{}", content_type="application/json")
    client.post(reverse("catalog:import"), {"agency": agency.pk, "file": upload})
    token = client.session["catalog_upload"]["token"]
    client.post(reverse("catalog:import"), {"confirm": "1", "token": token, "allow_delete": "1"})
    assert not Item.objects.filter(name=dropped.path[-1]).exists()
