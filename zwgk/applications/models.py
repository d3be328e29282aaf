"""依申请公开: applications, their clock events, reply letters and 行政复议/诉讼 cases.

`Application.due_on` is the one stored truth of the 答复期限; it is recomputed by
`zwgk.applications.services.recompute` from the event log with the pure `clock` module whenever
an event or the calendar changes.
"""
from django.conf import settings
from django.db import models

from zwgk.applications import codes


def user_label(user) -> str:
    return (user.get_full_name() or user.username) if user is not None else ""


class State(models.TextChoices):
    PENDING = "pending", "待确认"
    PROCESSING = "processing", "办理中"
    AWAITING_CORRECTION = "awaiting_correction", "待补正"
    CONSULTING = "consulting", "征求意见中"
    AWAITING_FEE = "awaiting_fee", "待缴费"
    CLOSED = "closed", "已办结"


OPEN_STATES = [s for s in State.values if s != State.CLOSED]


class Channel(models.TextChoices):
    """How the application reached the agency; decides 收到日期 (条例第三十一条)."""

    IN_PERSON = "in_person", "当面提交"
    REGISTERED_MAIL = "registered_mail", "邮寄（需签收）"
    ORDINARY_MAIL = "ordinary_mail", "平常信函"
    ONLINE = "online", "网上申请"
    FAX = "fax", "传真"
    PLATFORM = "platform", "上级平台转来"


class IdType(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证"
    CREDIT_CODE = "credit_code", "统一社会信用代码"
    PASSPORT = "passport", "护照"
    OTHER = "other", "其他证件"


class Medium(models.TextChoices):
    PAPER = "paper", "纸质"
    ELECTRONIC = "electronic", "电子"


class Delivery(models.TextChoices):
    POST = "post", "邮寄"
    EMAIL = "email", "电子邮件"
    PICKUP = "pickup", "自行领取"
    ONLINE = "online", "网上获取"


class Application(models.Model):
    """One 政府信息公开申请 to one agency."""

    agency = models.ForeignKey("catalog.Agency", on_delete=models.PROTECT, related_name="applications")
    number = models.CharField("申请编号", max_length=40, unique=True)
    code_hash = models.CharField("查询码摘要", max_length=128, blank=True)
    channel = models.CharField("申请方式", max_length=20, choices=Channel.choices, default=Channel.ONLINE)
    # Applicant (条例第二十九条第一项).
    applicant_type = models.CharField("申请人类型", max_length=20, choices=codes.APPLICANT_TYPES)
    name = models.CharField("申请人姓名或名称", max_length=200)
    id_type = models.CharField("身份证明类型", max_length=20, choices=IdType.choices)
    id_number = models.CharField("身份证明号码", max_length=60)
    contact_person = models.CharField("联系人", max_length=100, blank=True)
    phone = models.CharField("联系电话", max_length=40, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    address = models.CharField("通信地址", max_length=300, blank=True)
    postal_code = models.CharField("邮政编码", max_length=10, blank=True)
    # The information wanted (第二项) and its form (第三项).
    description = models.TextField("所需信息的名称或特征描述")
    doc_number = models.CharField("文号", max_length=120, blank=True)
    purpose = models.CharField("用途（选填）", max_length=300, blank=True)
    medium = models.CharField("获取方式", max_length=20, choices=Medium.choices)
    delivery = models.CharField("获取途径", max_length=20, choices=Delivery.choices)
    # The clock.
    submitted_at = models.DateTimeField("提交时间")
    received_on = models.DateField("收到日期", null=True, blank=True)
    due_on = models.DateField("答复期限", null=True, blank=True)
    due_provisional = models.BooleanField("期限暂定", default=False)
    paused = models.BooleanField("计时暂停", default=False)
    state = models.CharField("状态", max_length=20, choices=State.choices, default=State.PENDING, db_index=True)
    outcome = models.CharField("办理结果", max_length=40, choices=codes.OUTCOMES, blank=True)
    closed_on = models.DateField("办结日期", null=True, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="applications",
        verbose_name="办理人",
    )
    # 信息处理费 (国办函〔2020〕109号).
    fee_amount = models.DecimalField("信息处理费（元）", max_digits=10, decimal_places=2, default=0)
    fee_paid_on = models.DateField("缴费日期", null=True, blank=True)
    # Delivery of the reply.
    delivered_on = models.DateField("送达日期", null=True, blank=True)
    delivery_method = models.CharField("送达方式", max_length=40, blank=True)
    delivery_note = models.CharField("送达说明", max_length=300, blank=True)
    # The same submission twice (double click, replay) maps to one application.
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    source_ip = models.GenericIPAddressField(null=True, blank=True)
    imported = models.BooleanField("历史导入", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "依申请公开申请"
        ordering = ["-submitted_at", "-id"]
        indexes = [models.Index(fields=["agency", "state", "due_on"]), models.Index(fields=["agency", "received_on"])]

    def __str__(self):
        return self.number

    @property
    def is_open(self) -> bool:
        return self.state != State.CLOSED

    @property
    def outcome_label(self) -> str:
        return codes.OUTCOME_LABELS.get(self.outcome, "")

    @property
    def applicant_type_label(self) -> str:
        return codes.APPLICANT_TYPE_LABELS.get(self.applicant_type, "")

    @property
    def handler_label(self) -> str:
        return user_label(self.handler) or "未分配"


class ApplicationAttachment(models.Model):
    """A file the applicant sent with the application (same checks as record attachments)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="applications/%Y/%m/")
    name = models.CharField("文件名", max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "id"]


class ClockEvent(models.Model):
    """One entry of an application's event log; the clock is a fold over these (append-only)."""

    # Types the clock understands (same names as `zwgk applications clock`), then log-only ones.
    TYPES = [
        ("correction_requested", "补正告知"),
        ("correction_received", "收到补正"),
        ("correction_expired", "逾期未补正"),
        ("extended", "延长答复期限"),
        ("consultation_started", "征求意见"),
        ("consultation_ended", "征求意见结束"),
        ("fee_notice", "收费通知"),
        ("fee_paid", "缴纳信息处理费"),
        ("fee_expired", "逾期未缴费"),
        ("deferred", "延迟答复"),
        ("replied", "作出答复"),
        ("submitted", "提交申请"),
        ("confirmed", "确认收到"),
        ("assigned", "分配办理人"),
        ("delivered", "送达"),
        ("note", "备注"),
    ]
    TYPE_LABELS = dict(TYPES)

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    type = models.CharField("事件", max_length=30, choices=TYPES)
    on = models.DateField("日期")
    days = models.PositiveIntegerField("天数", null=True, blank=True)  # 延期天数 / 补正期限（工作日）
    until = models.DateField("截止日期", null=True, blank=True)  # 延迟答复的新期限 / 补正截止日
    amount = models.DecimalField("金额（元）", max_digits=10, decimal_places=2, null=True, blank=True)
    outcome = models.CharField("办理结果", max_length=40, blank=True)
    note = models.TextField("说明", blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="批准人",
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "申请办理事件"
        ordering = ["application", "on", "id"]

    def __str__(self):
        return f"{self.application} {self.type_label} {self.on}"

    @property
    def type_label(self) -> str:
        return self.TYPE_LABELS.get(self.type, self.type)

    @property
    def actor_label(self) -> str:
        return user_label(self.user) or "申请人"

    @property
    def approver_label(self) -> str:
        return user_label(self.approved_by)

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("办理事件只能追加，不能修改。")
        return super().save(*args, **kwargs)


class ReplyTemplate(models.Model):
    """The editable text of the reply letter for one outcome (agency null: the platform default)."""

    agency = models.ForeignKey("catalog.Agency", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    outcome = models.CharField("办理结果", max_length=40, choices=codes.OUTCOMES)
    title = models.CharField("文书标题", max_length=100)
    body = models.TextField("正文", help_text="可用占位符见页面说明，如 {applicant}、{received_on}")
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "答复书模板"
        constraints = [models.UniqueConstraint(fields=["agency", "outcome"], name="replytemplate_unique")]


class ReplyDocument(models.Model):
    """A reply letter generated for an application (DOCX or PDF), kept as sent."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("格式", max_length=10)  # docx | pdf
    title = models.CharField("文书标题", max_length=100)
    file = models.FileField(upload_to="replies/%Y/%m/")
    public = models.BooleanField("申请人可下载", default=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "-created_at", "-id"]


class ReviewCase(models.Model):
    """A 行政复议 or 行政诉讼 case about government information disclosure (table 四)."""

    agency = models.ForeignKey("catalog.Agency", on_delete=models.PROTECT, related_name="review_cases")
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="review_cases"
    )
    kind = models.CharField("类型", max_length=40, choices=codes.REVIEW_KINDS)
    result = models.CharField("结果", max_length=20, choices=codes.REVIEW_RESULTS, default="pending")
    case_number = models.CharField("案号", max_length=100, blank=True)
    filed_on = models.DateField("申请或起诉日期")
    decided_on = models.DateField("审结日期", null=True, blank=True)
    note = models.TextField("备注", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "行政复议、行政诉讼案件"
        ordering = ["-filed_on", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.case_number or self.pk}"


class SentReminder(models.Model):
    """One reminder mail sent: (producer, key, recipient) is sent once, so cron may rerun freely."""

    producer = models.CharField(max_length=40)
    key = models.CharField(max_length=200)
    recipient = models.CharField(max_length=254)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["producer", "key", "recipient"], name="sentreminder_unique")]


class ThrottleHit(models.Model):
    """One counted attempt (tracking lookups, submissions) for rate limits shared by every process."""

    scope = models.CharField(max_length=30)
    key = models.CharField(max_length=128)
    at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "at"])]


class ApplicationAudit(models.Model):
    """Append-only log of every view, download and change of an application: who, when, from where."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="audit")
    agency = models.ForeignKey("catalog.Agency", on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "申请查阅和操作日志"
        ordering = ["-at", "-id"]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("审计日志只能追加，不能修改。")
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("审计日志只能追加，不能删除。")
