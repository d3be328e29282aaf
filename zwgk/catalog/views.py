"""Back-office views of the catalog. Thin: rules live in importing, editing and exporting, access in accounts.permissions."""
import time
import uuid
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from zwgk.accounts.models import Role
from zwgk.accounts.permissions import agency_ids, filter_by_agency, has_role, is_platform_admin, memberships
from zwgk.catalog import history
from zwgk.catalog.editing import add_item, create_catalog, new_year_version, update_item
from zwgk.catalog.exporting import EXPORT_FORMATS, export_catalog, export_filename
from zwgk.catalog.formats.fields import FIELD_LABELS
from zwgk.catalog.formats.layouts import layout_summary
from zwgk.catalog.formats.metadata import element_mapping
from zwgk.catalog.formats.structure import CatalogImportError
from zwgk.catalog.forms import (
    ElementFormSet,
    ItemForm,
    NewCatalogForm,
    NewItemForm,
    NewVersionForm,
    UploadForm,
    formset_elements,
)
from zwgk.catalog.importing import import_catalog
from zwgk.catalog.models import Agency, Catalog, CatalogChange, Item
from zwgk.catalog.snapshot import item_snapshot, prefetched_items
from zwgk.lib.tree import build_tree


def staff_required(view):
    """Logged-in users with a role somewhere (or platform administrators)."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not (is_platform_admin(request.user) or memberships(request.user).exists()):
            raise PermissionDenied("没有后台权限")
        return view(request, *args, **kwargs)

    return wrapper


def can_edit(user, agency) -> bool:
    return has_role(user, agency, Role.AGENCY_ADMIN)


def _catalog(request, pk) -> Catalog:
    qs = filter_by_agency(Catalog.objects.select_related("agency"), request.user)
    return get_object_or_404(qs, pk=pk)


def _item(request, pk) -> Item:
    qs = filter_by_agency(Item.objects.select_related("catalog__agency", "parent"), request.user, "catalog__agency")
    return get_object_or_404(qs, pk=pk)


def _tree(catalog):
    """Items as nested nodes (一级 → 二级 → 三级) with their relations prefetched, in catalog order."""
    return build_tree(prefetched_items(catalog))


@staff_required
def catalog_list(request):
    catalogs = filter_by_agency(Catalog.objects.select_related("agency"), request.user).order_by("agency__name", "-year")
    admin_agencies = [a for a in _agencies(request.user) if can_edit(request.user, a)]
    return render(
        request, "catalog/catalog_list.html", {"catalogs": catalogs, "can_import": bool(admin_agencies)}
    )


def _agencies(user):
    ids = agency_ids(user)
    qs = Agency.objects.all()
    return qs if ids is None else qs.filter(id__in=ids)


@staff_required
def catalog_detail(request, pk):
    catalog = _catalog(request, pk)
    return render(
        request,
        "catalog/catalog_detail.html",
        {
            "catalog": catalog,
            "tree": _tree(catalog),
            "can_edit": can_edit(request.user, catalog.agency),
            "formats": list(EXPORT_FORMATS),
            "version_form": NewVersionForm(initial={"year": catalog.year + 1}),
            "item_form": NewItemForm(),
            "layout_text": layout_summary(catalog.layout),
            "flagged": catalog.items.filter(deadline_flagged=True).count(),
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def item_detail(request, pk):
    item = _item(request, pk)
    editable = can_edit(request.user, item.catalog.agency)
    item = Item.objects.prefetch_related("elements", "unit_links__unit", "basis_links__basis").get(pk=item.pk)
    snapshot = item_snapshot(item)
    in_use = [c["name"] for channels in item.catalog.items.values_list("channels", flat=True) for c in channels or []]
    if request.method == "POST":
        if not editable:
            raise PermissionDenied("只有机关管理员可以修改目录")
        form = ItemForm(request.POST, snapshot=snapshot, catalog_channels=in_use)
        formset = ElementFormSet(request.POST, prefix="el")
        if form.is_valid() and formset.is_valid():
            change = update_item(item, form.item_data(formset_elements(formset)), user=request.user)
            if change:
                messages.success(request, f"已保存：修改了{'、'.join(FIELD_LABELS[k] for k in change.after)}")
            else:
                messages.info(request, "没有改动")
            return redirect("catalog:item", pk=item.pk)
    else:
        form = ItemForm(snapshot=snapshot, catalog_channels=in_use)
        formset = ElementFormSet(
            prefix="el", initial=[{"name": e["name"], "type": e["type"], "required": e["required"]} for e in snapshot["elements"]]
        )
    return render(
        request,
        "catalog/item_detail.html",
        {
            "item": item,
            "catalog": item.catalog,
            "snapshot": snapshot,
            "elements": list(item.elements.all()),
            "element_mapping": element_mapping([e.name for e in item.elements.all()]),
            "bases": item.basis_list(),
            "units": item.unit_list(),
            "form": form,
            "formset": formset,
            "can_edit": editable,
        },
    )


@staff_required
def catalog_history(request, pk):
    catalog = _catalog(request, pk)
    changes = _described(catalog.changes.select_related("user", "item")[:500])
    return render(request, "catalog/history.html", {"catalog": catalog, "changes": changes, "item": None})


def _described(changes):
    changes = list(changes)
    for change in changes:
        change.described = history.describe(change)
    return changes


@staff_required
def item_history(request, pk):
    item = _item(request, pk)
    changes = _described(item.changes.select_related("user")[:500])
    return render(request, "catalog/history.html", {"catalog": item.catalog, "changes": changes, "item": item})


@staff_required
def catalog_export(request, pk, fmt):
    catalog = _catalog(request, pk)
    if fmt not in EXPORT_FORMATS:
        raise Http404("不支持的格式")
    data = export_catalog(catalog, fmt)
    response = HttpResponse(data, content_type=EXPORT_FORMATS[fmt][0])
    response["Content-Disposition"] = f'attachment; filename="{export_filename(catalog, fmt)}"'
    return response


@staff_required
@require_POST
def catalog_new_version(request, pk):
    catalog = _catalog(request, pk)
    if not can_edit(request.user, catalog.agency):
        raise PermissionDenied("只有机关管理员可以建立新年度目录")
    form = NewVersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "年度无效：" + _form_errors(form))
        return redirect("catalog:detail", pk=catalog.pk)
    try:
        new = new_year_version(catalog, form.cleaned_data["year"], user=request.user)
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("catalog:detail", pk=catalog.pk)
    messages.success(request, f"已建立{new.year}年度目录；已发布的政府信息仍指向{catalog.year}年度的事项")
    return redirect("catalog:detail", pk=new.pk)


def _form_errors(form, labelled=False) -> str:
    """A bound form's errors as one Chinese message line (for forms posted from the detail page)."""
    return "；".join(f"{form.fields[k].label}：{e}" if labelled and k in form.fields else e
                    for k, errs in form.errors.items() for e in errs)


def _editable_agencies(user):
    return Agency.objects.filter(id__in=[a.id for a in _agencies(user) if can_edit(user, a)])


@staff_required
@require_http_methods(["GET", "POST"])
def catalog_create(request):
    agencies = _editable_agencies(request.user)
    if not agencies.exists():
        raise PermissionDenied("只有机关管理员可以新建目录")
    form = NewCatalogForm(request.POST or None, agencies=agencies)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            catalog = create_catalog(d["agency"], d["year"], layout=d["layout"], title=d["title"], user=request.user)
        except ValueError as exc:
            form.add_error("year", str(exc))
        else:
            messages.success(request, "已新建目录：请逐项添加公开事项")
            return redirect("catalog:detail", pk=catalog.pk)
    return render(request, "catalog/create.html", {"form": form})


@staff_required
@require_POST
def catalog_add_item(request, pk):
    catalog = _catalog(request, pk)
    if not can_edit(request.user, catalog.agency):
        raise PermissionDenied("只有机关管理员可以新增事项")
    form = NewItemForm(request.POST)
    if not form.is_valid():
        messages.error(request, "新增事项失败：" + _form_errors(form, labelled=True))
        return redirect("catalog:detail", pk=catalog.pk)
    d = form.cleaned_data
    try:
        item = add_item(catalog, [d["level1"], d["level2"], d["level3"]], user=request.user)
    except ValueError as exc:
        messages.error(request, f"新增事项失败：{exc}")
        return redirect("catalog:detail", pk=catalog.pk)
    messages.success(request, f"已新增事项“{' › '.join(item.path)}”，请填写其公开内容和要求")
    return redirect("catalog:item", pk=item.pk)


# -------------------------------------------------------------------------------------------
# Upload: preview (dry run) first, then confirm


# A catalog is a few hundred KB even as XLSX; anything far larger is a mistake or an attack.
CATALOG_UPLOAD_MAX_BYTES = 20 * 1024 * 1024


def _upload_dir() -> Path:
    path = Path(settings.DATA_DIR) / "catalog-uploads"
    path.mkdir(parents=True, exist_ok=True)
    # Previews never confirmed are dropped after a day.
    cutoff = time.time() - 86400
    for old in path.glob("*.bin"):
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    return path


def _parse(name, data):
    from zwgk.catalog.formats import parse_file

    return parse_file(name, data)


def _report_context(report) -> dict:
    """The preview's tables: one row per changed field (item, field, 原值, 新值), deleted paths, counts."""
    update_rows = []
    for change in report.changes:
        if change["action"] != "update":
            continue
        values = change.get("values") or [{"field": f, "before": "", "after": ""} for f in change["fields"]]
        for index, value in enumerate(values):
            update_rows.append({"path": " › ".join(change["path"]), "first": index == 0, "span": len(values), **value})
    return {
        "update_rows": update_rows,
        "deleted_paths": [" › ".join(c["path"]) for c in report.changes if c["action"] == "delete"],
        "counts_text": history.counts_text(report.counts),
        "declared_text": history.counts_text(report.declared),
    }


@staff_required
@require_http_methods(["GET", "POST"])
def catalog_import(request):
    agencies = _editable_agencies(request.user)
    if not agencies.exists():
        raise PermissionDenied("只有机关管理员可以导入目录")
    context = {"form": UploadForm(agencies=agencies), "report": None}
    if request.method == "POST" and request.POST.get("confirm"):
        pending = request.session.get("catalog_upload") or {}
        # Without a pending preview both tokens would be None and "match".
        if not pending.get("token") or pending["token"] != request.POST.get("token"):
            messages.error(request, "预览已过期，请重新上传")
            return redirect("catalog:import")
        agency = get_object_or_404(agencies, pk=pending["agency"])
        path = _upload_dir() / f"{pending['token']}.bin"
        try:
            data = path.read_bytes()
        except OSError:
            messages.error(request, "预览已过期，请重新上传")
            return redirect("catalog:import")
        try:
            report = import_catalog(
                _parse(pending["name"], data), agency=agency, user=request.user, source=pending["name"],
                allow_delete=bool(request.POST.get("allow_delete")),
                allow_incomplete=bool(request.POST.get("allow_incomplete")),
            )
        except CatalogImportError as exc:
            messages.error(request, f"导入失败：{exc}")
            return redirect("catalog:import")
        finally:
            path.unlink(missing_ok=True)
            request.session.pop("catalog_upload", None)
        messages.success(request, f"导入完成：新增{report.created}，修改{report.updated}，删除{report.deleted}")
        catalog = Catalog.objects.get(agency=agency, year=report.year)
        return redirect("catalog:detail", pk=catalog.pk)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES, agencies=agencies)
        context["form"] = form
        if form.is_valid() and form.cleaned_data["file"].size > CATALOG_UPLOAD_MAX_BYTES:
            form.add_error("file", f"文件超过上限 {CATALOG_UPLOAD_MAX_BYTES // 1048576} MB：目录文件通常只有几百 KB，请检查是否选错了文件")
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                report = import_catalog(
                    _parse(upload.name, data), agency=form.cleaned_data["agency"], user=request.user,
                    dry_run=True, source=upload.name,
                )
            except CatalogImportError as exc:
                form.add_error("file", str(exc))
            else:
                token = uuid.uuid4().hex
                (_upload_dir() / f"{token}.bin").write_bytes(data)
                request.session["catalog_upload"] = {
                    "token": token, "agency": form.cleaned_data["agency"].pk, "name": upload.name,
                }
                context.update(report=report, token=token, **_report_context(report))
    return render(request, "catalog/import.html", context)
