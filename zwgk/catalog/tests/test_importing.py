"""catalog.importing and friends: saving a parsed catalog, updating it in place, and turning it back into a spec."""
import copy
import datetime

import pytest

from zwgk.catalog.editing import new_year_version, update_item
from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.catalog.importing import AgencyError, import_catalog, import_parsed, resolve_agency
from zwgk.catalog.snapshot import catalog_to_spec, split_basis
from zwgk.catalog.formats.structure import CatalogImportError, ElementSpec, spec_to_comparable
from zwgk.catalog.models import Agency, Catalog, CatalogChange, Element, Item, LegalBasis, Unit
from zwgk.catalog.tests.appfactories import result, small_spec


def _db_state(catalog):
    return spec_to_comparable(catalog_to_spec(catalog))


def test_it_builds_the_item_tree_with_positional_slugs(agency):
    report = import_catalog(result(), agency=agency)
    catalog = Catalog.objects.get(agency=agency)
    slugs = {tuple(i.path): i.slug for i in catalog.items.all()}
    assert slugs == {
        ("概况信息",): "1",
        ("概况信息", "机构信息"): "1-1",
        ("概况信息", "领导信息"): "1-2",
        ("基本信息",): "2",
        ("基本信息", "政策文件"): "2-1",
        ("基本信息", "政策文件", "部门文件"): "2-1-1",
        ("基本信息", "工作动态"): "2-2",
    }
    levels = {i.name: i.level for i in catalog.items.all()}
    assert levels["部门文件"] == 3 and levels["政策文件"] == 2 and levels["概况信息"] == 1
    assert report.counts == {"level1": 2, "level2": 4, "level3": 1}
    assert report.created == 7 and report.updated == 0


def test_a_repeated_item_path_is_reported_not_dropped_silently(agency):
    spec = small_spec()
    twin = copy.deepcopy(spec.items[1])
    twin.source_row, twin.deadline_text = 99, "另一种时限"
    spec.items.append(twin)

    report = import_catalog(result(spec), agency=agency)

    assert Item.objects.filter(catalog__agency=agency, name=twin.path[-1]).count() == 1
    repeated = [w for w in report.warnings if w.row == 99]
    assert len(repeated) == 1 and "重复出现" in repeated[0].message and repeated[0].column == "公开事项"


def test_it_takes_the_year_from_the_filled_on_date_then_the_title(agency):
    import_catalog(result(), agency=agency)
    assert Catalog.objects.get(agency=agency).year == 2020
    spec = small_spec(filled_on="", title="测试局2022年政务公开目录")
    import_catalog(result(spec), agency=agency)
    assert set(Catalog.objects.filter(agency=agency).values_list("year", flat=True)) == {2020, 2022}
    assert Catalog.objects.get(agency=agency, year=2022).is_current
    assert not Catalog.objects.get(agency=agency, year=2020).is_current


def test_it_shares_units_within_the_agency_and_keeps_their_order(agency):
    import_catalog(result(), agency=agency)
    assert sorted(Unit.objects.filter(agency=agency).values_list("name", flat=True)) == [
        "市人社局办公室", "市人社局政策法规和信访科"
    ]
    leaders = Item.objects.get(name="领导信息")
    assert [u.name for u in leaders.unit_list()] == ["市人社局办公室", "市人社局政策法规和信访科"]


def test_it_splits_the_document_number_off_a_legal_basis_and_shares_it(agency):
    import_catalog(result(), agency=agency)
    regulation = LegalBasis.objects.get(title="《中华人民共和国政府信息公开条例》")
    assert regulation.doc_number == "国务院令第711号"
    assert regulation.items.count() == 2
    assert LegalBasis.objects.get(title="《银川市2020年政务公开工作要点》").doc_number == "银政办发〔2020〕12号"
    assert LegalBasis.objects.filter(title="国务院《2020年政务公开工作要点》", doc_number="").exists()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("《关于印发某办法的通知》（宁政办发〔2019〕12号）", ("《关于印发某办法的通知》", "宁政办发〔2019〕12号")),
        ("《某条例》(国务院令第711号)", ("《某条例》", "国务院令第711号")),
        ("《某条例》（2019年修订）", ("《某条例》（2019年修订）", "")),
        ("国务院《2020年政务公开工作要点》", ("国务院《2020年政务公开工作要点》", "")),
    ],
)
def test_split_basis_separates_only_real_document_numbers(text, expected):
    assert split_basis(text) == expected


def test_elements_become_optional_field_definitions_with_types_from_the_file(agency):
    import_catalog(result(), agency=agency)
    fields = list(Item.objects.get(name="部门文件").elements.values_list("name", "field_type", "required"))
    assert fields == [("文件名称", "text", True), ("印发日期", "date", False)]


def test_seed_text_elements_get_a_date_type_when_the_name_clearly_is_one(agency):
    spec = small_spec()
    spec.items[1].elements = [ElementSpec("姓名"), ElementSpec("发布时间"), ElementSpec("召开地点、时间")]
    import_catalog(result(spec, fmt="seedtext"), agency=agency)
    types = dict(Item.objects.get(name="领导信息").elements.values_list("name", "field_type"))
    assert types == {"姓名": "text", "发布时间": "date", "召开地点、时间": "text"}


def test_deadline_rule_is_stored_and_immediate_or_unparsed_rules_are_flagged(agency):
    spec = small_spec()
    spec.items[1].deadline_text = "视情况而定"
    spec.items[1].deadline_rule = DeadlineRule(kind="unparsed", flagged=True)
    import_catalog(result(spec), agency=agency)
    org = Item.objects.get(name="机构信息")
    assert org.deadline_rule == {"kind": "after_event", "days": 20, "day_type": "working", "event": "形成或变更"}
    assert not org.deadline_flagged
    assert Item.objects.get(name="工作动态").deadline_flagged
    assert Item.objects.get(name="领导信息").deadline_flagged


def test_importing_the_same_catalog_twice_changes_nothing(agency):
    import_catalog(result(), agency=agency)
    counts = (Item.objects.count(), Element.objects.count(), Unit.objects.count(), LegalBasis.objects.count())
    changes = CatalogChange.objects.exclude(action="import").count()
    report = import_catalog(result(), agency=agency)
    assert (report.created, report.updated, report.unchanged, report.deleted) == (0, 0, 7, 0)
    assert (Item.objects.count(), Element.objects.count(), Unit.objects.count(), LegalBasis.objects.count()) == counts
    assert CatalogChange.objects.exclude(action="import").count() == changes
    assert Catalog.objects.count() == 1


def test_reimporting_an_edited_file_updates_in_place_and_records_before_and_after(agency, django_user_model):
    user = django_user_model.objects.create_user("importer")
    import_catalog(result(), agency=agency)
    item_id = Item.objects.get(name="机构信息").id
    spec = small_spec()
    spec.items[0].deadline_text = "形成或变更之日起10个工作日内"
    spec.items[0].deadline_rule = DeadlineRule(kind="after_event", days=10, day_type="working", event="形成或变更")
    spec.items[0].units = ["市人社局办公室", "市人社局新科室"]
    report = import_catalog(result(spec), agency=agency, user=user)
    assert (report.updated, report.created) == (1, 0)
    item = Item.objects.get(name="机构信息")
    assert item.id == item_id and item.deadline_rule["days"] == 10
    assert [u.name for u in item.unit_list()] == ["市人社局办公室", "市人社局新科室"]
    change = CatalogChange.objects.get(item=item, action="update")
    assert change.user == user
    assert change.before["deadline_text"] == "形成或变更之日起20个工作日内"
    assert change.after["deadline_text"] == "形成或变更之日起10个工作日内"
    assert change.before["units"] == ["市人社局办公室"]
    assert set(change.after) == {"deadline_text", "deadline_rule", "units"}
    assert "公开时限" in report.as_text()


def test_items_removed_from_the_file_are_deleted_unless_records_point_at_them(agency):
    from zwgk.records.models import Record

    import_catalog(result(), agency=agency)
    kept = Item.objects.get(name="领导信息")
    Record.objects.create(agency=agency, item=kept, title="领导分工调整", formed_on=datetime.date(2020, 3, 1))
    spec = small_spec()
    spec.items = [i for i in spec.items if i.path[-1] not in ("领导信息", "工作动态")]
    report = import_catalog(result(spec), agency=agency, allow_delete=True)
    assert report.deleted == 1 and report.kept == 1
    assert not Item.objects.filter(name="工作动态").exists()
    assert Item.objects.filter(pk=kept.pk).exists()
    assert any("领导信息" in w.message and "保留" in w.message for w in report.warnings)
    assert CatalogChange.objects.filter(action="delete", item_name="基本信息 › 工作动态").exists()


def test_a_dry_run_reports_but_writes_nothing(agency):
    report = import_catalog(result(), agency=agency, dry_run=True)
    assert report.created == 7 and report.dry_run
    assert not Catalog.objects.exists() and not Item.objects.exists() and not Unit.objects.exists()
    assert not CatalogChange.objects.exists()
    assert "试导入" in report.as_text()


def test_declared_counts_that_differ_are_reported_with_the_warnings(agency):
    spec = small_spec(declared={"level1": 2, "level2": 2, "on_request_level2": 0})
    report = import_catalog(result(spec), agency=agency)
    assert report.mismatches == [
        "表头声明二级事项2项，实际列出4项（全部导入）",
        "表头声明依申请公开二级事项0项，实际列出1项（全部导入）",
    ]
    text = report.as_text()
    assert "实际列出4项" in text and "第14行，“公开方式”列" in text
    data = report.as_dict()
    assert data["warnings"][0]["row"] == 14 and data["warnings"][0]["column"] == "公开方式"
    assert data["counts"]["level2"] == 4 and data["items"]["created"] == 7


def test_an_empty_catalog_is_an_import_error(agency):
    spec = small_spec()
    spec.items = []
    with pytest.raises(CatalogImportError):
        import_catalog(result(spec), agency=agency)
    assert not Catalog.objects.exists()


def test_catalog_to_spec_is_the_inverse_of_import(agency, other_agency):
    original = small_spec(year=2020)
    import_catalog(result(original), agency=agency)
    spec = catalog_to_spec(Catalog.objects.get(agency=agency))
    assert [i.path for i in spec.items] == [i.path for i in original.items]
    assert spec.items[0].basis == original.items[0].basis
    assert spec.filled_on == "2020-12-04" and spec.declared == original.declared
    import_catalog(result(copy.deepcopy(spec)), agency=other_agency)
    assert _db_state(Catalog.objects.get(agency=other_agency)) == {
        **_db_state(Catalog.objects.get(agency=agency)), "agency_name": other_agency.name
    }


def test_an_unknown_agency_named_in_an_import_is_created_with_an_ascii_slug(db):
    report = import_parsed(result(), agency_name="某某县人民政府办公室")
    agency = Agency.objects.get(name="某某县人民政府办公室")
    assert report.agency_created and agency.slug == "agency-1"
    report = import_parsed(result(), agency_name="银川市人力资源和社会保障局")
    seed_agency = Agency.objects.get(slug="yinchuan-rsj")
    assert seed_agency.region == "宁夏回族自治区/银川市" and seed_agency.short_name == "银川市人社局"
    assert "新建机关" in report.as_text()


def test_the_agency_may_be_omitted_only_when_it_is_unambiguous(agency, other_agency):
    with pytest.raises(AgencyError):
        resolve_agency(None)
    assert resolve_agency("银川市人社局") == (agency, False)
    assert resolve_agency("szs-rsj") == (other_agency, False)


def test_a_dry_run_does_not_create_the_agency_either(db):
    import_parsed(result(), agency_name="新机关", dry_run=True)
    assert not Agency.objects.exists()


def test_update_item_reparses_the_deadline_and_records_the_change(agency, django_user_model):
    user = django_user_model.objects.create_user("admin1")
    import_catalog(result(), agency=agency)
    item = Item.objects.get(name="机构信息")
    change = update_item(item, {"deadline_text": "每年3月31日前公开", "remarks": "改了"}, user=user)
    item.refresh_from_db()
    assert item.deadline_rule["kind"] == "yearly" and item.deadline_rule["month"] == 3
    assert change.before["remarks"] == "" and change.after["remarks"] == "改了"
    assert change.user == user and change.action == "update"
    assert update_item(item, {"remarks": "改了"}, user=user) is None


def test_a_new_years_version_copies_items_and_leaves_records_on_the_old_ones(agency):
    from zwgk.records.models import Record

    import_catalog(result(), agency=agency)
    old = Catalog.objects.get(agency=agency)
    old_item = Item.objects.get(catalog=old, name="机构信息")
    record = Record.objects.create(agency=agency, item=old_item, title="机构调整", formed_on=datetime.date(2020, 5, 1))
    new = new_year_version(old, 2021)
    old.refresh_from_db()
    assert new.is_current and not old.is_current
    assert new.items.count() == old.items.count()
    copy_item = new.items.get(slug=old_item.slug)
    assert copy_item.copied_from == old_item and copy_item.pk != old_item.pk
    assert [u.name for u in copy_item.unit_list()] == [u.name for u in old_item.unit_list()]
    record.refresh_from_db()
    assert record.item == old_item
    assert _db_state(new) == {**_db_state(old), "year": 2021, "filled_on": ""}
    with pytest.raises(ValueError):
        new_year_version(old, 2021)
