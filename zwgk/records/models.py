"""Records (政府信息): what units publish under catalog items, with review, history and timeliness.

The workflow is one table, `TRANSITIONS` (also `Record.TRANSITIONS`): (state, action) → the new
state and who may do it. `rules` (permissions), `services` (writes) and the importer read it.
"""
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from zwgk.records import audit


class RecordQuerySet(models.QuerySet):
    def published(self):
        """The one rule for public visibility: used by portal, API, feeds, sitemap and search."""
        return self.filter(state__in=[Record.State.PUBLISHED, Record.State.WITHDRAWN], published_at__lte=timezone.now())

    def visible_listing(self):
        """Published and not withdrawn: what listings and search show."""
        return self.filter(state=Record.State.PUBLISHED, published_at__lte=timezone.now())


class Record(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "草稿"
        SUBMITTED = "submitted", "待审核"
        APPROVED = "approved", "已审核"
        PUBLISHED = "published", "已发布"
        WITHDRAWN = "withdrawn", "已撤回"

    class Validity(models.TextChoices):
        VALID = "有效", "有效"
        REPEALED = "废止", "废止"
        EXPIRED = "失效", "失效"

    agency = models.ForeignKey("catalog.Agency", on_delete=models.PROTECT, related_name="records")
    item = models.ForeignKey("catalog.Item", on_delete=models.PROTECT, related_name="records")
    unit = models.ForeignKey("catalog.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="records")
    index_number = models.CharField("索引号", max_length=60, unique=True, null=True, blank=True)
    serial = models.PositiveIntegerField("流水号", null=True, blank=True)
    title = models.CharField("名称", max_length=300)
    summary = models.TextField("内容概述", blank=True)
    publisher = models.CharField("发布机构", max_length=200, blank=True)
    doc_number = models.CharField("文号", max_length=120, blank=True)
    formed_on = models.DateField("生成日期", help_text="信息形成或变更的日期：公开时限从这一天起算")
    published_at = models.DateTimeField("发布日期", null=True, blank=True)
    scheduled_at = models.DateTimeField("定时发布", null=True, blank=True)
    topic = models.CharField("主题分类", max_length=100, blank=True)
    genre = models.CharField("体裁", max_length=40, blank=True)
    disclosure_mode = models.CharField("公开方式", max_length=20, default="主动公开")
    disclosure_scope = models.CharField("公开范围", max_length=20, default="面向社会")
    validity = models.CharField("有效性", max_length=4, choices=Validity.choices, default=Validity.VALID)
    valid_from = models.DateField("生效日期", null=True, blank=True)
    valid_until = models.DateField("废止/失效日期", null=True, blank=True)
    keywords = models.CharField("主题词", max_length=200, blank=True)
    body = models.TextField("正文", blank=True)
    elements = models.JSONField("公开要素", default=dict, blank=True)
    state = models.CharField("状态", max_length=12, choices=State.choices, default=State.DRAFT)
    withdrawn_reason = models.TextField("撤回原因", blank=True)
    withdrawn_at = models.DateTimeField("撤回时间", null=True, blank=True)
    # The latest publication of a change (变更): the original 发布日期 stays in published_at.
    changed_at = models.DateTimeField("变更发布时间", null=True, blank=True)
    review_comment = models.TextField("审核意见", blank=True)
    # 公开属性认定 / 保密审查, recorded by the reviewer.
    review_decision = models.CharField("公开属性认定", max_length=20, blank=True)
    review_reason = models.TextField("认定理由", blank=True)
    due_on = models.DateField("应公开日期", null=True, blank=True)
    due_provisional = models.BooleanField("时限为暂定", default=False)
    # Written with due_on by zwgk.records.deadlines, never computed when a page is shown.
    due_explanation = models.TextField("时限计算说明", blank=True)
    period = models.CharField(
        "报告期", max_length=10, blank=True,
        help_text="按年度、季度或月份公开的事项：本信息所属的期间，如 2024、2024Q1、2024-03；公开时限按期间计算",
    )
    version = models.PositiveIntegerField("版本", default=1)  # optimistic locking
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RecordQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "政府信息"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["item", "state", "-published_at"], name="record_item_listing"),
            models.Index(fields=["agency", "state", "-published_at"], name="record_agency_listing"),
        ]

    def __str__(self):
        return self.title

    SNAPSHOT_FIELDS = [
        "title", "summary", "publisher", "doc_number", "formed_on", "published_at", "scheduled_at", "topic",
        "genre", "disclosure_mode", "disclosure_scope", "validity", "valid_from", "valid_until", "keywords",
        "body", "elements", "state", "withdrawn_reason", "review_decision", "review_reason", "review_comment",
        "index_number", "unit_id", "due_on", "due_provisional", "changed_at", "withdrawn_at", "period",
    ]

    def snapshot(self, attachments=None) -> dict:
        """A JSON-safe copy of every field a revision keeps (plus the attachment list).

        `attachments` (a list) spares the query when the caller knows them (a new record has none).
        """
        data = {}
        for name in self.SNAPSHOT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, datetime.datetime) and value.tzinfo is not None:
                value = value.astimezone(datetime.timezone.utc)  # as read back from the database
            data[name] = value.isoformat() if hasattr(value, "isoformat") else value
        if attachments is None:
            attachments = list(self.attachments.all()) if self.pk else []
        data["attachments"] = [{"id": a.pk, "name": a.name, "size": a.size} for a in attachments]
        return data

    @property
    def is_public(self) -> bool:
        return self.state in (self.State.PUBLISHED, self.State.WITHDRAWN) and self.index_number is not None

    @property
    def last_published_at(self):
        """When the current content went public: the change's publication, else the first one."""
        return self.changed_at or self.published_at

    @property
    def period_label(self) -> str:
        """报告期 in words (2024年度, 2024年第1季度), '' when the record has none."""
        from zwgk.records.periods import period_label

        return period_label(self.period)

    @classmethod
    def transition(cls, state, action: str) -> "Transition | None":
        """The table's entry for doing `action` on a record in `state` (None: not allowed)."""
        return TRANSITIONS.get((state, action))

    @classmethod
    def sources(cls, action: str) -> list:
        """Every state `action` may start from."""
        return [state for (state, name) in TRANSITIONS if name == action and state is not None]

    DUE_INPUTS = {"formed_on", "period", "item", "item_id", "agency", "agency_id"}

    def save(self, *args, **kwargs):
        # The stored due date follows its inputs on every save (zwgk.records.deadlines, the one
        # computation); queryset updates in services and bulk paths call it themselves.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or self.DUE_INPUTS & set(update_fields):
            from zwgk.records import deadlines

            deadlines.apply(self)
            if update_fields is not None:
                kwargs["update_fields"] = set(update_fields) | set(deadlines.DUE_FIELDS)
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        # Nothing that has ever been public is hard-deleted (撤回 instead).
        if self.index_number or self.state not in (self.State.DRAFT,):
            raise ProtectedRecordError("已发布或已提交的信息不能删除，只能撤回。")
        return super().delete(*args, **kwargs)


# Who may perform a transition (zwgk.records.rules turns these into permission checks):
UNIT = "unit"  # an editor of the record's 公开主体, or a reviewer of the agency
REVIEWER = "reviewer"  # 审核人, agency administrator or platform administrator
AUTHOR = "author"  # the draft's own author (within their unit), or an administrator
ADMIN = "admin"  # agency or platform administrator; also the system (user None: commands)


@dataclass(frozen=True)
class Transition:
    """One row of the workflow table: the state an action leads to and who may do it."""

    target: str | None  # None: the record is deleted
    actor: str
    note: str  # the revision note / audit wording


_S = Record.State
TRANSITIONS: dict = {
    (None, "create"): Transition(_S.DRAFT, UNIT, "创建草稿"),
    (None, "import_draft"): Transition(_S.DRAFT, ADMIN, "批量导入"),
    (None, "import_published"): Transition(_S.PUBLISHED, ADMIN, "批量导入"),
    (_S.DRAFT, "edit"): Transition(_S.DRAFT, UNIT, "保存"),
    (_S.SUBMITTED, "edit"): Transition(_S.SUBMITTED, REVIEWER, "保存"),
    (_S.APPROVED, "edit"): Transition(_S.APPROVED, REVIEWER, "保存"),
    (_S.DRAFT, "submit"): Transition(_S.SUBMITTED, UNIT, "提交审核"),
    (_S.SUBMITTED, "decide"): Transition(_S.SUBMITTED, REVIEWER, "公开属性认定"),
    (_S.APPROVED, "decide"): Transition(_S.APPROVED, REVIEWER, "公开属性认定"),
    (_S.SUBMITTED, "approve"): Transition(_S.APPROVED, REVIEWER, "审核通过"),
    (_S.SUBMITTED, "reject"): Transition(_S.DRAFT, REVIEWER, "退回修改"),
    (_S.APPROVED, "reject"): Transition(_S.DRAFT, REVIEWER, "退回修改"),
    # 定时发布 only for a time still to come; a time that has passed is a plain publication.
    (_S.APPROVED, "schedule"): Transition(_S.APPROVED, REVIEWER, "定时发布"),
    (_S.APPROVED, "unschedule"): Transition(_S.APPROVED, REVIEWER, "取消定时发布"),
    (_S.APPROVED, "publish"): Transition(_S.PUBLISHED, REVIEWER, "发布"),
    (_S.PUBLISHED, "withdraw"): Transition(_S.WITHDRAWN, REVIEWER, "撤回"),
    (_S.PUBLISHED, "change"): Transition(_S.PUBLISHED, REVIEWER, "变更"),
    (_S.DRAFT, "delete"): Transition(None, AUTHOR, "删除草稿"),
}
# Masking personal information and attaching files: whoever may edit (or change) the record.
for _state, _actor in ((_S.DRAFT, UNIT), (_S.SUBMITTED, REVIEWER), (_S.APPROVED, REVIEWER), (_S.PUBLISHED, REVIEWER)):
    TRANSITIONS[(_state, "mask")] = Transition(_state, _actor, "遮盖个人信息")
    TRANSITIONS[(_state, "attach")] = Transition(_state, _actor, "附件")
Record.TRANSITIONS = TRANSITIONS


class ScheduleError(ValueError):
    """A 定时发布 time that is not in the future."""


def check_schedule(at, now) -> None:
    """The scheduling rule of the table's `schedule` row: the time must lie in the future."""
    if at is not None and at <= now:
        raise ScheduleError("定时发布时间必须晚于现在；立即发布请留空。")


class ProtectedRecordError(Exception):
    """Raised when code tries to delete a record that is not a never-published draft."""


class IndexCounter(models.Model):
    """The last 索引号 serial handed out per agency and year (locked with SELECT … FOR UPDATE)."""

    agency = models.ForeignKey("catalog.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField()
    last_serial = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="indexcounter_unique")]


class Revision(models.Model):
    """A full snapshot of a record at each save: every revision is kept and can be compared."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    data = models.JSONField()
    note = models.CharField(max_length=300, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["record", "number"]
        constraints = [models.UniqueConstraint(fields=["record", "number"], name="revision_unique")]


class Attachment(models.Model):
    """A file of a record, accepted by content sniffing (see attachments.py), with extracted text."""

    class Role(models.TextChoices):
        FILE = "附件", "附件"
        BODY_SOURCE = "正文原件", "正文原件"  # the DOCX the body was converted from
        BODY_PICTURE = "正文图片", "正文图片"  # a picture shown inside the body (not listed again)

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/")
    name = models.CharField("文件名", max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(default=0)
    text = models.TextField("提取文本", blank=True)
    element = models.CharField("所属要素", max_length=200, blank=True, help_text="为空表示一般附件")
    warning = models.CharField("审核提示", max_length=300, blank=True)
    role = models.CharField("用途", max_length=8, choices=Role.choices, default=Role.FILE)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["record", "id"]


class PendingBody(models.Model):
    """A DOCX converted for a record's body and shown as a preview: nothing is written until its
    own user confirms; it expires, and no other user can see or confirm it."""

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("catalog.Item", on_delete=models.CASCADE, related_name="+")
    record = models.ForeignKey(Record, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    mode = models.CharField(max_length=8)  # create / edit / change: the form it came from
    form_data = models.JSONField(default=dict)  # the record form as posted, {name: [values]}
    # File-element uploads of the same form, [{field, name, data (base64)}]
    form_files = models.JSONField(default=list)
    docx_name = models.CharField(max_length=255)
    docx = models.BinaryField()
    html = models.TextField()  # the converted body as previewed (pictures as labelled boxes)
    notes = models.JSONField(default=list)  # what the conversion could not keep
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["expires_at"], name="pendingbody_expiry")]


class AuditEventManager(models.Manager):
    def bulk_create(self, objs, *args, **kwargs):
        """Append many events, chained in list order (imports write thousands at once)."""
        objs = list(objs)
        with transaction.atomic():
            head = AuditChainHead.lock()
            prev = head.hash
            for event in objs:
                event.at = event.at or timezone.now()
                prev = audit.seal(event, prev)
            created = super().bulk_create(objs, *args, **kwargs)
            head.advance(prev)
        return created


class AuditEvent(models.Model):
    """Append-only log of every transition: who, when, what, from which IP; hash-chained."""

    record = models.ForeignKey(Record, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    agency = models.ForeignKey("catalog.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(default=timezone.now)
    # The chain (zwgk.records.audit): ids as written, the previous event's hash and this one's.
    refs = models.CharField(max_length=80, blank=True, editable=False)
    prev_hash = models.CharField(max_length=64, blank=True, editable=False)
    hash = models.CharField(max_length=64, blank=True, editable=False)

    objects = AuditEventManager()

    class Meta:
        ordering = ["-at", "-id"]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("审计日志只能追加，不能修改。")
        with transaction.atomic():
            head = AuditChainHead.lock()
            head.advance(audit.seal(self, head.hash))
            return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("审计日志只能追加，不能删除。")


class AuditChainHead(models.Model):
    """One row holding the newest audit hash; locking it serialises appends, so the chain never forks."""

    hash = models.CharField(max_length=64, default=audit.GENESIS)

    @classmethod
    def lock(cls):
        head = cls.objects.select_for_update().filter(pk=1).first()
        return head or cls.objects.create(pk=1)

    def advance(self, new_hash):
        type(self).objects.filter(pk=self.pk).update(hash=new_hash)
        self.hash = new_hash
