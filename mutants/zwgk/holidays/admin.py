from django.contrib import admin

from zwgk.holidays import services
from zwgk.holidays.models import CalendarDay, HolidayNotice


@admin.register(CalendarDay)
class CalendarDayAdmin(admin.ModelAdmin):
    list_display = ("date", "region", "kind", "name", "source")
    list_filter = ("kind", "region")
    search_fields = ("name", "source", "region")
    date_hierarchy = "date"
    raw_id_fields = ("notice",)

    # Admin views run in a transaction: the due dates change with the day, or not at all.
    def save_model(self, request, obj, form, change):
        old = CalendarDay.objects.filter(pk=obj.pk).values_list("date", "region").first() if obj.pk else None
        super().save_model(request, obj, form, change)
        services.trigger_recompute({obj.date.year}, obj.region)
        if old and (old[0].year, old[1]) != (obj.date.year, obj.region):
            services.trigger_recompute({old[0].year}, old[1])

    def delete_model(self, request, obj):
        year, region = obj.date.year, obj.region
        super().delete_model(request, obj)
        services.trigger_recompute({year}, region)

    def delete_queryset(self, request, queryset):
        touched = set(queryset.values_list("date__year", "region"))
        super().delete_queryset(request, queryset)
        for year, region in sorted(touched):
            services.trigger_recompute({year}, region)


class CalendarDayInline(admin.TabularInline):
    model = CalendarDay
    fields = ("date", "kind", "name", "region")
    extra = 0


@admin.register(HolidayNotice)
class HolidayNoticeAdmin(admin.ModelAdmin):
    list_display = ("year", "region", "title", "imported_at", "imported_by")
    list_filter = ("year", "region")
    search_fields = ("title", "text")
    inlines = [CalendarDayInline]
    raw_id_fields = ("imported_by",)
