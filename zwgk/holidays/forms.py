"""Forms of the calendar pages."""
import datetime as dt

from django import forms

from zwgk.holidays.models import CalendarDay
from zwgk.widgets import DATE_INPUT_FORMATS, IsoDateInput, NumberOnlyInput

DATE_ERRORS = {"invalid": "日期格式不正确，应为 YYYY-MM-DD，如 2025-09-26", "required": "请填写日期"}


class CalculatorForm(forms.Form):
    """Deadline calculator: the N-th working day after a date, in a region's calendar."""

    date = forms.DateField(label="起算日", input_formats=DATE_INPUT_FORMATS, error_messages=DATE_ERRORS,
                           widget=IsoDateInput())
    n = forms.IntegerField(label="工作日数", min_value=0, max_value=2000, widget=NumberOnlyInput,
                           error_messages={"invalid": "工作日数应为非负整数", "required": "请填写工作日数",
                                           "min_value": "工作日数不能为负数", "max_value": "工作日数过大（最多2000）"})
    # A select of the regions with data; any name that resolves (宁夏, 银川市) is accepted too.
    region = forms.CharField(label="地区", required=False, max_length=100, widget=forms.Select)
    start = forms.BooleanField(label="起算日当日计入（默认不计入，自次日起算）", required=False)

    def __init__(self, *args, regions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].widget.choices = [("", "全国")] + [(r, r) for r in regions]
        # CharField gives its widget maxlength, which a <select> may not carry.
        self.fields["region"].widget.attrs.pop("maxlength", None)

    def clean_region(self):
        from zwgk.holidays.services import resolve
        from zwgk.workdays import UnknownRegionError

        try:
            return resolve(self.cleaned_data.get("region", ""))
        except UnknownRegionError as exc:
            raise forms.ValidationError(str(exc)) from None


class CalendarDayForm(forms.ModelForm):
    class Meta:
        model = CalendarDay
        fields = ["date", "region", "kind", "name", "source"]
        widgets = {"date": IsoDateInput()}
        error_messages = {"date": DATE_ERRORS}

    def __init__(self, *args, user_regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].input_formats = DATE_INPUT_FORMATS
        self.user_regions = user_regions  # None: may edit every region (platform admin)
        self.fields["region"].widget.attrs["list"] = "region-options"

    def clean_region(self):
        from zwgk.holidays.services import HolidayImportError, validate_region_name

        try:
            region = validate_region_name(self.cleaned_data.get("region", ""))
        except HolidayImportError as exc:
            raise forms.ValidationError(str(exc))
        if self.user_regions is not None and (region == "" or region not in self.user_regions):
            allowed = "、".join(sorted(self.user_regions)) or "无"
            raise forms.ValidationError(f"您只能编辑所属机关地区的节假日（{allowed}）；全国数据由平台管理员维护")
        return region

    def clean(self):
        data = super().clean()
        date, region = data.get("date"), data.get("region")
        if date and region is not None:
            clash = CalendarDay.objects.filter(date=date, region=region).exclude(pk=self.instance.pk)
            if clash.exists():
                raise forms.ValidationError(f"{date:%Y-%m-%d}（{region or '全国'}）已有记录，请直接修改该记录")
        return data


class NoticeForm(forms.Form):
    text = forms.CharField(label="通知全文", widget=forms.Textarea(attrs={"rows": 16, "cols": 80}),
                           error_messages={"required": "请粘贴通知全文"})
    region = forms.CharField(label="地区（不填为全国）", required=False, max_length=100,
                             widget=forms.TextInput(attrs={"list": "region-options"}))
    year = forms.IntegerField(label="年份（标题中没有年份时填写）", required=False, min_value=1990,
                              max_value=dt.date.today().year + 5)
