from django.contrib import admin

from zwgk.holidays.models import CalendarDay, HolidayNotice


@admin.register(CalendarDay)
class CalendarDayAdmin(admin.ModelAdmin):
    list_display = ("date", "region", "kind", "name", "source")
    list_filter = ("kind", "region")
    search_fields = ("name", "source", "region")
    date_hierarchy = "date"
    raw_id_fields = ("notice",)


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
