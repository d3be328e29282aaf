"""Back-office forms of the annual report."""
from django import forms

from zwgk.annualreport.models import AnnualReport
from zwgk.annualreport.services import EDITABLE

MAX_UPLOAD = 20 * 1024 * 1024


class StartForm(forms.Form):
    agency = forms.ModelChoiceField(label="机关", queryset=None, empty_label=None)
    year = forms.IntegerField(label="报告年度", min_value=2008, max_value=2100)

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class ReportForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = AnnualReport
        fields = EDITABLE
        widgets = {
            "overall": forms.Textarea(attrs={"rows": 8}),
            "problems": forms.Textarea(attrs={"rows": 6}),
            "other_matters": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "licensing_override": "留空表示按“行政许可”事项下本年生成的信息条数统计",
            "penalty_override": "留空表示按“行政处罚”事项下本年生成的信息条数统计",
            "enforcement_override": "留空表示按“行政强制”事项下本年生成的信息条数统计",
            "fees_10k_yuan": "本年行政事业性收费金额，单位万元，可填小数（如 0.57）",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version
        self.fields["fees_10k_yuan"].min_value = 0

    def clean_fees_10k_yuan(self):
        value = self.cleaned_data["fees_10k_yuan"]
        if value is None:
            return 0
        if value < 0:
            raise forms.ValidationError("收费金额不能为负数。")
        return value


class ValidateForm(forms.Form):
    file = forms.FileField(label="上传报告（HTML 或 DOCX）", required=False)
    html = forms.CharField(label="或粘贴报告网页的 HTML 源代码", required=False, widget=forms.Textarea(attrs={"rows": 8}))

    def clean(self):
        data = super().clean()
        upload, html = data.get("file"), (data.get("html") or "").strip()
        if not upload and not html:
            raise forms.ValidationError("请上传文件或粘贴 HTML。")
        if upload and upload.size > MAX_UPLOAD:
            raise forms.ValidationError(f"文件过大（上限 {MAX_UPLOAD // 1024 // 1024} MB）。")
        data["content"] = upload.read() if upload else html.encode("utf-8")
        data["name"] = upload.name if upload else "粘贴的 HTML"
        return data
