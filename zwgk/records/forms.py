"""Record forms, generated from the item's element definitions."""
from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from zwgk.records import periods, services
from zwgk.records.models import Record
from zwgk.widgets import DATE_INPUT_FORMATS, IsoDateInput

GENRES = ["规章", "行政规范性文件", "其他文件", "通知", "公告", "通告", "决定", "意见", "办法", "报告",
          "解读", "年度报告", "规划计划", "统计数据", "人事信息", "财政信息", "其他"]
DATE_INPUT = IsoDateInput()

# 主题分类: the State Council's subject classification used by government information catalogs.
TOPICS = ["综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通",
          "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育",
          "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务",
          "港澳台侨工作", "国防", "其他"]

META_FIELDS = ["title", "summary", "publisher", "doc_number", "formed_on", "period", "topic", "genre", "disclosure_scope",
               "validity", "valid_from", "valid_until", "keywords", "body"]

BODY_HELP = ("直接输入时：空行分段；连续的“1.”“（一）”“一、”开头各行成为编号列表，“- ”开头各行成为列表；"
             "用 Tab 或“|”分隔、各行列数相同的几行成为表格。从 Word/WPS 粘贴时保留段落、标题、列表和表格，去掉字体、颜色等格式")

# Text elements whose values are short identifiers or names get a single-line input.
SHORT_TEXT_ENDINGS = ("号", "名称", "代码", "编码", "姓名", "类别", "机构", "部门", "期限", "电话")


class RecordForm(forms.ModelForm):
    """Standard metadata plus one field per element of the item (`el_<element id>`)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    body_docx = forms.FileField(
        label="从 DOCX 导入正文", required=False, widget=forms.FileInput(attrs={"accept": ".docx"}),
        help_text="选择 Word 或 WPS 的 .docx 文件：转换后先预览，确认后才保存；原文件和其中的图片作为附件保留")

    class Meta:
        model = Record
        # 报告期 is a plain field added for periodic items only (see __init__).
        fields = [name for name in META_FIELDS if name != "period"] + ["unit"]
        widgets = {
            "formed_on": DATE_INPUT, "valid_from": DATE_INPUT, "valid_until": DATE_INPUT,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "genre": forms.TextInput(attrs={"list": "genre-options"}),
        }

    def __init__(self, *args, item, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        for name in ("formed_on", "valid_from", "valid_until"):
            if name in self.fields:
                self.fields[name].input_formats = DATE_INPUT_FORMATS
        self.fields["version"].initial = self.instance.version if self.instance.pk else None
        self.fields["body"].help_text = BODY_HELP
        # The paste handler (static/zwgk/body-paste.js) sends HTML from Word/WPS here to be cleaned.
        self.fields["body"].widget.attrs["data-clean-url"] = reverse("records:clean_body")
        allowed = services.rules.draftable_units(user, item) if user is not None else None
        units = item.units.all()
        if allowed is not None:
            units = units.filter(pk__in=allowed)
        self.fields["unit"].queryset = units
        self.fields["unit"].label = "公开主体"
        self.fields["unit"].required = bool(allowed)
        if not self.instance.pk and not self.initial.get("unit") and len(units) == 1:
            self.initial["unit"] = units[0].pk  # the editor's only unit: nothing to choose
        topics = TOPICS + ([self.instance.topic] if self.instance.topic and self.instance.topic not in TOPICS else [])
        self.fields["topic"] = forms.ChoiceField(
            label="主题分类", required=False, choices=[("", "（请选择）")] + [(t, t) for t in topics],
            initial=self.instance.topic, help_text="按国务院政府信息公开主题分类选择")
        kind = periods.granularity(item.rule)
        if kind is not None:
            # 报告期: shown with its default so the editor sees which period the deadline counts from.
            formed = self.instance.formed_on or timezone.localdate()
            current = self.instance.period or periods.default_period(kind, formed).code
            self.fields["period"] = forms.CharField(
                label=f"报告期（{periods.NAMES[kind]}）", required=False, max_length=20,
                initial=periods.parse_period(current).label if current else "",
                help_text=f"本信息所属的{periods.NAMES[kind]}，如“{periods.EXAMPLES[kind]}”；公开时限按报告期计算。"
                          "留空则按生成日期取默认值（1–6月形成的年度信息属上一年度，季度、月度信息属已结束的上一期）",
            )
        self.element_defs = list(item.elements.all())
        mapped, rest = services.split_metadata_elements([e.name for e in self.element_defs])
        self.mapped = mapped
        for element in self.element_defs:
            field = mapped.get(element.name)
            if field and field in self.fields:
                if element.required:
                    self.fields[field].required = True
                if element.name != self.fields[field].label:
                    self.fields[field].help_text = f"即目录要素“{element.name}”"
        existing = (self.instance.elements or {}) if self.instance.pk else {}
        self.existing_files = set()
        if self.instance.pk:
            self.existing_files = set(self.instance.attachments.exclude(element="").values_list("element", flat=True))
        for element in self.element_defs:
            if element.name in mapped:
                continue
            self.fields[self.element_field(element)] = self._element_field(element, existing.get(element.name))

    @staticmethod
    def element_field(element) -> str:
        return f"el_{element.pk}"

    def _element_field(self, element, value):
        common = {"label": element.name, "required": False}
        if element.field_type == "date":
            field = forms.DateField(widget=DATE_INPUT, input_formats=DATE_INPUT_FORMATS, **common)
        elif element.field_type == "number":
            field = forms.DecimalField(**common)
        elif element.field_type == "list":
            field = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), help_text="每行一项", **common)
            if isinstance(value, list):
                value = "\n".join(value)
        elif element.field_type == "file":
            field = forms.FileField(**common)
            if element.name in self.existing_files:
                field.help_text = "已上传；再次选择文件将追加附件"
            value = None
        elif element.name.endswith(SHORT_TEXT_ENDINGS):
            field = forms.CharField(**common)  # 文号, 名称, 代码…: one line is enough
        else:
            field = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), **common)
        # Required is checked in clean() (file elements may already have an attachment).
        if element.required:
            field.widget.attrs["aria-required"] = "true"
            field.label_suffix = "（必填）："
        field.initial = value
        return field

    @property
    def element_fields(self):
        return [self[self.element_field(e)] for e in self.element_defs if e.name not in self.mapped]

    @property
    def meta_fields(self):
        return [self[name] for name in META_FIELDS + ["body_docx", "unit"] if name in self.fields]

    def clean_body_docx(self):
        upload = self.cleaned_data.get("body_docx")
        if upload and upload.size > services.attachment_checks.max_bytes():
            raise ValidationError(f"文件大小 {upload.size / 1048576:.1f} MB 超过上限 "
                                  f"{services.attachment_checks.max_bytes() // 1048576} MB。")
        return upload

    def clean(self):
        cleaned = super().clean()
        values, files = {}, set(self.existing_files)
        for element in self.element_defs:
            if element.name in self.mapped:
                continue
            value = cleaned.get(self.element_field(element))
            if element.field_type == "file":
                if value:
                    files.add(element.name)
                continue
            values[element.name] = value
        try:
            self.cleaned_elements = services.validate_elements(self.item, values, existing_files=files)
        except ValidationError as exc:
            by_name = {e.name: e for e in self.element_defs}
            for name, messages in exc.message_dict.items():
                element = by_name.get(name)
                self.add_error(self.element_field(element) if element else None, messages)
        return cleaned

    def clean_period(self):
        value = self.cleaned_data.get("period") or ""
        try:
            return services.clean_period(self.item, value)
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["period"]) from None

    def record_data(self) -> dict:
        """The values for services.create_record / update_record / change."""
        data = {name: self.cleaned_data.get(name) for name in META_FIELDS if name in self.cleaned_data}
        for name in ("valid_from", "valid_until"):
            data[name] = data.get(name) or None
        data["unit"] = self.cleaned_data.get("unit")
        elements = dict(getattr(self, "cleaned_elements", {}))
        # Keep file element references (attachment ids) that the form does not edit.
        for element in self.element_defs:
            if element.field_type == "file" and element.name in (self.instance.elements or {}):
                elements[element.name] = self.instance.elements[element.name]
        data["elements"] = elements
        return data

    def uploaded_files(self):
        """[(element name, UploadedFile)] chosen in file element fields."""
        out = []
        for element in self.element_defs:
            if element.field_type == "file" and element.name not in self.mapped:
                upload = self.cleaned_data.get(self.element_field(element))
                if upload:
                    out.append((element.name, upload))
        return out


class ChangeForm(RecordForm):
    """Editing a published record: a change date (the new 生成日期) and a note are required."""

    change_date = forms.DateField(label="变更日期", widget=DATE_INPUT, input_formats=DATE_INPUT_FORMATS, help_text="信息变更之日，即新的生成日期：公开时限从这一天重新起算")
    change_note = forms.CharField(label="变更说明", max_length=200)

    class Meta(RecordForm.Meta):
        fields = [f for f in RecordForm.Meta.fields if f != "formed_on"]

    @property
    def meta_fields(self):
        return [self[name] for name in META_FIELDS + ["body_docx", "unit"] if name in self.fields]


class AttachmentForm(forms.Form):
    file = forms.FileField(label="附件", help_text="PDF、DOCX、XLSX、OFD 或图片；按文件内容识别类型")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="公开属性认定", choices=[(d, d) for d in services.DECISIONS], widget=forms.RadioSelect)
    reason = forms.CharField(label="认定理由", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="依申请公开、不予公开须说明理由（如 涉及国家秘密、个人隐私）")


class ReviewForm(forms.Form):
    action = forms.ChoiceField(label="审核结果", choices=[("approve", "审核通过"), ("reject", "退回修改")], widget=forms.RadioSelect)
    comment = forms.CharField(label="审核意见", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class PublishForm(forms.Form):
    scheduled_at = forms.DateTimeField(label="定时发布时间", required=False,
                                       widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                                       help_text="留空则立即发布")


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="撤回原因", widget=forms.Textarea(attrs={"rows": 3}), help_text="将在公开页面上显示")


class SubmitForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    confirm_reason = forms.CharField(label="确认公开的理由", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                                     help_text="如确需公开上述信息（如 法定公示的联系电话），请说明理由")


class MaskForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    source = forms.CharField(widget=forms.HiddenInput)
    kind = forms.CharField(widget=forms.HiddenInput)
    value = forms.CharField(widget=forms.HiddenInput, strip=False)


class FilterForm(forms.Form):
    state = forms.ChoiceField(label="状态", required=False, choices=[("", "全部")] + list(Record.State.choices))
    item = forms.IntegerField(label="事项", required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
    unit = forms.ModelChoiceField(label="公开主体", required=False, queryset=None, empty_label="全部")
    q = forms.CharField(label="名称或索引号", required=False)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        from zwgk.catalog.models import Unit

        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()
