"""Security review: hostile catalog files are refused before parsing, exports cannot carry
spreadsheet formulas, and the upload preview cannot be confirmed without a preview."""
import csv
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from zwgk.accounts.models import Membership, Role
from zwgk.catalog import views
from zwgk.catalog.formats import CatalogImportError, dump, parse_file, spec_to_comparable
from zwgk.catalog.models import Catalog
from zwgk.catalog.tests.appfactories import small_spec
from zwgk.lib import zipguard

FORMULAS = ['=HYPERLINK("http://evil.example/","点击")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]


@pytest.fixture
def admin_user(django_user_model, agency):
    user = django_user_model.objects.create_user("rsj-admin", password="pw-123456")
    Membership.objects.create(user=user, agency=agency, role=Role.AGENCY_ADMIN)
    return user


def _hostile_spec():
    spec = small_spec(title="=1+1目录")
    for item, text in zip(spec.items, FORMULAS):
        item.remarks = text
    spec.items[0].path[-1] = "=cmd|' /C calc'!A0"
    spec.items[1].remarks = "'=already quoted"
    return spec


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_csv_export_neutralises_formula_cells():
    rows = list(csv.reader(io.StringIO(dump(_hostile_spec(), "csv").decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'" + FORMULAS[0] in cells and "'=1+1目录" in cells


def test_csv_export_of_formula_like_text_still_round_trips():
    spec = _hostile_spec()
    again = parse_file("hostile.csv", dump(spec, "csv")).catalog
    assert spec_to_comparable(again) == spec_to_comparable(spec)
    assert again.items[1].remarks == "'=already quoted" and again.title == "=1+1目录"


def test_xlsx_export_stores_formula_like_text_as_text():
    spec = _hostile_spec()
    data = dump(spec, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    values = [(c.value, c.data_type) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert [v for v, t in values if t == "f"] == []
    assert (FORMULAS[0], "s") in values
    again = parse_file("hostile.xlsx", data).catalog
    assert [i.remarks for i in again.items] == [i.remarks for i in spec.items]
    assert again.items[0].path[-1] == "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "word/document.xml"])
def test_a_zip_bomb_is_refused_before_openpyxl_or_python_docx_open_it(monkeypatch, part):
    monkeypatch.setattr(zipguard, "LIMITS", zipguard.ZipLimits(inflated_bytes=1024 * 1024))
    data = _zip({"[Content_Types].xml": "<Types/>", part: b"<x>" + b"A" * (2 * 1024 * 1024) + b"</x>"})
    assert len(data) < 100 * 1024
    with pytest.raises(CatalogImportError, match="压缩炸弹"):
        parse_file("bomb.xlsx", data)


def test_a_zip_with_thousands_of_entries_is_refused(monkeypatch):
    monkeypatch.setattr(zipguard, "LIMITS", zipguard.ZipLimits(entries=10))
    data = _zip({f"xl/worksheets/sheet{i}.xml": "<x/>" for i in range(11)})
    with pytest.raises(CatalogImportError, match="文件过多"):
        parse_file("many.xlsx", data)


def test_the_default_limits_accept_a_real_export(agency):
    data = dump(small_spec(), "xlsx")
    assert parse_file("ok.xlsx", data).catalog.items


def test_confirming_without_a_preview_is_refused_not_a_server_error(client, admin_user, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    client.force_login(admin_user)
    response = client.post(reverse("catalog:import"), {"confirm": "1"})
    assert response.status_code == 302 and response["Location"] == reverse("catalog:import")
    assert not Catalog.objects.exists()


def test_a_preview_token_cannot_be_confirmed_from_another_session(client, admin_user, agency, settings, tmp_path,
                                                                 monkeypatch, django_user_model):
    from zwgk.catalog.tests.appfactories import result

    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(views, "_parse", lambda name, data: result())
    client.force_login(admin_user)
    client.post(reverse("catalog:import"), {"agency": agency.pk, "file": SimpleUploadedFile("c.json", b"{}")})
    token = client.session["catalog_upload"]["token"]
    other = django_user_model.objects.create_user("rsj-admin-2", password="pw-123456")
    Membership.objects.create(user=other, agency=agency, role=Role.AGENCY_ADMIN)
    client.force_login(other)  # a new session
    response = client.post(reverse("catalog:import"), {"confirm": "1", "token": token})
    assert response.status_code == 302 and not Catalog.objects.exists()


def test_an_oversized_catalog_upload_is_refused_before_parsing(client, admin_user, agency, settings, tmp_path,
                                                               monkeypatch):
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(views, "CATALOG_UPLOAD_MAX_BYTES", 100)
    parsed = []
    monkeypatch.setattr(views, "_parse", lambda name, data: parsed.append(name))
    client.force_login(admin_user)
    page = client.post(reverse("catalog:import"), {"agency": agency.pk, "file": SimpleUploadedFile("c.csv", b"x" * 200)})
    assert page.status_code == 200 and "文件超过上限" in page.content.decode()
    assert parsed == [] and "catalog_upload" not in client.session


def test_the_catalog_api_answers_an_absurd_year_with_400(client, agency):
    response = client.get("/api/v1/catalog", {"agency": agency.slug, "year": "9" * 5000})
    assert response.status_code == 400
