from django.contrib import admin

from zwgk.catalog.models import Agency, Catalog, CatalogChange, Element, Item, ItemBasis, ItemUnit, LegalBasis, Unit


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "slug", "region", "credit_code"]
    search_fields = ["name", "short_name", "slug"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "agency"]
    list_filter = ["agency"]
    search_fields = ["name"]


@admin.register(LegalBasis)
class LegalBasisAdmin(admin.ModelAdmin):
    list_display = ["title", "doc_number"]
    search_fields = ["title", "doc_number"]


class ItemInline(admin.TabularInline):
    model = Item
    fields = ["slug", "name", "level", "deadline_text", "deadline_flagged"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(Catalog)
class CatalogAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "year", "is_current", "updated_at"]
    list_filter = ["agency", "is_current"]
    inlines = [ItemInline]


class ElementInline(admin.TabularInline):
    model = Element
    extra = 0


class ItemUnitInline(admin.TabularInline):
    model = ItemUnit
    extra = 0


class ItemBasisInline(admin.TabularInline):
    model = ItemBasis
    extra = 0


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "level", "catalog", "deadline_text", "deadline_flagged"]
    list_filter = ["catalog__agency", "catalog__year", "level", "deadline_flagged"]
    search_fields = ["name", "slug"]
    raw_id_fields = ["parent", "copied_from"]
    inlines = [ElementInline, ItemUnitInline, ItemBasisInline]


@admin.register(CatalogChange)
class CatalogChangeAdmin(admin.ModelAdmin):
    list_display = ["at", "catalog", "action", "item_name", "user", "note"]
    list_filter = ["action", "catalog__agency"]
    readonly_fields = ["catalog", "item", "item_name", "action", "note", "before", "after", "user", "at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
