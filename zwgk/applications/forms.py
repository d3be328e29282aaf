"""Forms of 依申请公开: the public application form (also used by the API), staff intake and events."""
from __future__ import annotations

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError

from zwgk.applications import codes
from zwgk.applications.identity import id_number_error
from zwgk.applications.models import Application, Channel, ClockEvent, Delivery, IdType, Medium, ReviewCase
from zwgk.widgets import IsoDateInput

# YYYY-MM-DD whatever the browser's locale, as on the record form (a native date box shows 03/03/2025).
DATE_INPUT = IsoDateInput()
TOKEN_SALT = "zwgk.applications.form"
MAX_FILES = 5


class MultiFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultiFileField(forms.FileField):
    """Several files in one input; the view checks their content (records' attachment rules)."""

    widget = MultiFileInput

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultiFileField, self).clean(item, initial) for item in data]
        return super().clean(data, initial)


class ApplicationForm(forms.Form):
    """条例第二十九条: who asks, for what, and in which form. Every bad field gets its own message."""

    applicant_type = forms.ChoiceField(label="申请人类型", choices=codes.APPLICANT_TYPES,
                                       widget=forms.RadioSelect, initial="natural_person")
    name = forms.CharField(label="姓名或名称", max_length=200, help_text="自然人填写姓名；法人或其他组织填写全称")
    id_type = forms.ChoiceField(label="身份证明类型", choices=IdType.choices, initial=IdType.RESIDENT_ID)
    id_number = forms.CharField(label="证件号码", max_length=60)
    contact_person = forms.CharField(label="联系人", max_length=100, required=False, help_text="法人或其他组织填写")
    phone = forms.CharField(label="联系电话", max_length=40)
    email = forms.EmailField(label="电子邮箱", required=False, help_text="用于接收查询码和办理进展；选择电子邮件获取的必填",
                             error_messages={"invalid": "电子邮箱格式不正确，如 name@example.com。"})
    address = forms.CharField(label="通信地址", max_length=300, required=False, help_text="选择邮寄的必填")
    postal_code = forms.CharField(label="邮政编码", max_length=10, required=False)
    description = forms.CharField(label="所需政府信息的名称或特征描述", max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 5}),
                                  help_text="写明信息名称、文号或便于查询的其他特征描述（条例第二十九条）")
    doc_number = forms.CharField(label="文号（如知道）", max_length=120, required=False)
    purpose = forms.CharField(label="用途（选填）", max_length=300, required=False)
    medium = forms.ChoiceField(label="获取方式", choices=Medium.choices, widget=forms.RadioSelect, initial=Medium.ELECTRONIC)
    delivery = forms.ChoiceField(label="获取途径", choices=Delivery.choices, widget=forms.RadioSelect, initial=Delivery.EMAIL)

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        digits = [c for c in phone if c.isdigit()]
        if len(digits) < 7 or any(not (c.isdigit() or c in "+-() ") for c in phone):
            raise ValidationError("联系电话不正确：请填写手机号或带区号的固定电话。")
        return phone

    def clean_description(self):
        text = self.cleaned_data["description"].strip()
        if len(text) < 4:
            raise ValidationError("描述过短：请写明所需信息的名称、文号或其他特征。")
        return text

    def clean_postal_code(self):
        code = self.cleaned_data["postal_code"].strip()
        if code and not (code.isdigit() and len(code) == 6):
            raise ValidationError("邮政编码应为6位数字。")
        return code

    def clean(self):
        data = super().clean()
        id_type, id_number = data.get("id_type"), data.get("id_number")
        if id_type and id_number is not None:
            error = id_number_error(id_type, id_number)
            if error:
                self.add_error("id_number", error)
            elif id_type in (IdType.RESIDENT_ID, IdType.CREDIT_CODE):
                data["id_number"] = id_number.strip().upper()
        kind = data.get("applicant_type")
        if kind == "natural_person" and id_type == IdType.CREDIT_CODE:
            self.add_error("id_type", "自然人请选择居民身份证、护照或其他证件。")
        if kind and kind != "natural_person" and id_type == IdType.RESIDENT_ID:
            self.add_error("id_type", "法人或其他组织请填写统一社会信用代码（或其他证件）。")
        delivery, medium = data.get("delivery"), data.get("medium")
        if delivery == Delivery.POST and not data.get("address") and "address" not in self.errors:
            self.add_error("address", "选择邮寄的，请填写通信地址。")
        if delivery == Delivery.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "选择电子邮件获取的，请填写电子邮箱。")
        if delivery == Delivery.EMAIL and medium == Medium.PAPER:
            self.add_error("delivery", "纸质信息不能通过电子邮件获取，请选择邮寄或自行领取。")
        return data


class PublicApplicationForm(ApplicationForm):
    """The portal form: a signed token (one submission = one application) and a honeypot."""

    form_token = forms.CharField(widget=forms.HiddenInput, required=False)
    # Hidden from people by CSS; bots fill every field.
    website = forms.CharField(label="网站（请勿填写）", required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    attachments = MultiFileField(label="附件（选填）", required=False, widget=MultiFileInput(attrs={"multiple": True}),
                                  help_text=f"最多{MAX_FILES}个文件，支持 PDF、DOCX、XLSX、OFD、PNG、JPEG、GIF")

    @staticmethod
    def new_token() -> str:
        import secrets

        return signing.dumps(secrets.token_urlsafe(16), salt=TOKEN_SALT)

    def token_value(self) -> str:
        """The token's random part if its signature holds (max one day old), else ''."""
        try:
            return signing.loads(self.data.get("form_token", ""), salt=TOKEN_SALT, max_age=86400)
        except signing.BadSignature:
            return ""

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class IntakeForm(ApplicationForm):
    """Staff enter an application received in person, by post or fax (条例第三十一条)."""

    channel = forms.ChoiceField(label="申请方式", choices=[c for c in Channel.choices if c[0] != Channel.PLATFORM])
    received_on = forms.DateField(
        label="收到日期", widget=DATE_INPUT,
        help_text="当面提交：提交当日；邮寄：签收之日；平常信函、传真、网上：双方确认之日",
    )
    email = forms.EmailField(label="电子邮箱", required=False)

    field_order = ["channel", "received_on"]


class ConfirmForm(forms.Form):
    received_on = forms.DateField(label="确认收到日期（双方确认之日）", widget=DATE_INPUT)


EVENT_CHOICES = [(t, label) for t, label in ClockEvent.TYPES if t in {
    "correction_requested", "correction_received", "correction_expired", "extended", "consultation_started",
    "consultation_ended", "fee_notice", "fee_paid", "fee_expired", "deferred", "note",
}]


class EventForm(forms.Form):
    type = forms.ChoiceField(label="事件", choices=EVENT_CHOICES)
    on = forms.DateField(label="日期", widget=DATE_INPUT)
    days = forms.IntegerField(label="天数（工作日）", required=False, min_value=1, max_value=60,
                              help_text="延期：延长的工作日数（合计不超过20）；补正：补正期限的工作日数")
    until = forms.DateField(label="截止日期", required=False, widget=DATE_INPUT,
                            help_text="延迟答复：新的答复日期；补正：也可直接写补正截止日")
    amount = forms.DecimalField(label="收费金额（元）", required=False, min_value=0, max_digits=10, decimal_places=2)
    approved_by = forms.ModelChoiceField(label="批准人（政务公开办负责人）", queryset=None, required=False)
    note = forms.CharField(label="说明", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="补正：需要补正的事项；征求意见：征求对象；延期、延迟答复：理由")

    def __init__(self, *args, heads=None, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        self.fields["approved_by"].queryset = heads if heads is not None else get_user_model().objects.none()


class ReplyForm(forms.Form):
    outcome = forms.ChoiceField(label="办理结果（年度报告表三）", choices=[("", "请选择")] + codes.OUTCOMES)
    on = forms.DateField(label="答复日期", widget=DATE_INPUT)
    note = forms.CharField(label="答复要点", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="写入答复书的具体内容：提供的信息、不予公开的理由、负责公开的机关等")


class DeliveryForm(forms.Form):
    on = forms.DateField(label="送达日期", widget=DATE_INPUT)
    method = forms.ChoiceField(label="送达方式", choices=[(v, v) for v in ("当面送达", "邮寄送达", "电子邮件送达", "网上送达")])
    note = forms.CharField(label="说明（如邮件单号）", required=False, max_length=300)


class AssignForm(forms.Form):
    handler = forms.ModelChoiceField(label="办理人", queryset=None, required=False, empty_label="（不分配）")

    def __init__(self, *args, handlers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers


class ReviewCaseForm(forms.ModelForm):
    class Meta:
        model = ReviewCase
        fields = ["kind", "result", "case_number", "filed_on", "decided_on", "note"]
        widgets = {"filed_on": DATE_INPUT, "decided_on": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        data = super().clean()
        filed, decided, result = data.get("filed_on"), data.get("decided_on"), data.get("result")
        if filed and decided and decided < filed:
            self.add_error("decided_on", "审结日期不能早于申请或起诉日期。")
        if result and result != "pending" and not decided:
            self.add_error("decided_on", "已审结的案件请填写审结日期。")
        if result == "pending" and decided:
            self.add_error("result", "填写了审结日期的，请选择审结结果。")
        return data


class QueueFilterForm(forms.Form):
    within = forms.IntegerField(label="几个工作日内到期", min_value=1, max_value=40, required=False, initial=5)
    handler = forms.ModelChoiceField(label="办理人", queryset=None, required=False, empty_label="全部")

    def __init__(self, *args, handlers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers


class TrackForm(forms.Form):
    number = forms.CharField(label="申请编号", max_length=40)
    code = forms.CharField(label="查询码", max_length=40, widget=forms.PasswordInput(render_value=True))


__all__ = ["ApplicationForm", "PublicApplicationForm", "IntakeForm", "EventForm", "ReplyForm", "Application"]
