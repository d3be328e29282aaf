"""Django admin: read-mostly views for platform operators; the workflow lives in /staff/records/."""
from django.contrib import admin

from zwgk.records.models import Attachment, AuditEvent, IndexCounter, Record, Revision


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    fields = ["name", "content_type", "size", "element"]
    readonly_fields = fields
    can_delete = False


@admin.register(Record)
class RecordAdmin(admin.ModelAdmin):
    list_display = ["index_number", "title", "agency", "item", "state", "formed_on", "due_on", "published_at"]
    list_filter = ["state", "agency", "validity"]
    search_fields = ["title", "index_number", "doc_number"]
    readonly_fields = ["index_number", "serial", "state", "version", "published_at", "withdrawn_at", "changed_at",
                       "due_on", "due_provisional", "created_by", "created_at", "updated_at"]
    inlines = [AttachmentInline]

    def has_delete_permission(self, request, obj=None):
        # Published records are never hard-deleted; drafts are deleted in the back office.
        return False


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ["record", "number", "note", "user", "at"]
    readonly_fields = ["record", "number", "data", "note", "user", "at"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "action", "record", "agency", "user", "ip"]
    list_filter = ["action"]
    readonly_fields = ["record", "agency", "action", "detail", "user", "ip", "at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(IndexCounter)
class IndexCounterAdmin(admin.ModelAdmin):
    list_display = ["agency", "year", "last_serial"]
    readonly_fields = ["agency", "year", "last_serial"]
