"""Agencies and their disclosure catalogs (政务公开基本目录): the spine every record hangs off."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction

from zwgk.catalog.formats.structure import DeadlineRule
from zwgk.catalog.signals import deadline_inputs_changed
from zwgk.workdays import UnknownRegionError, known_layer_names, resolve_region


class Agency(models.Model):
    """A 机关 that publishes information; one installation may host many (集约化平台)."""

    name = models.CharField("机关名称", max_length=200, unique=True)
    short_name = models.CharField("简称", max_length=60, blank=True)
    slug = models.SlugField("网址标识", max_length=60, unique=True, help_text="用于公开网址，如 yinchuan-rsj")
    credit_code = models.CharField("统一社会信用代码", max_length=18, blank=True)
    # Also accepts a short name (宁夏) or a city/county (银川市); saved as the full path.
    region = models.CharField(
        "所在地区", max_length=100, blank=True, help_text="省级/市级，如 宁夏回族自治区/银川市；决定适用的地方节假日"
    )
    address = models.CharField("办公地址", max_length=200, blank=True)
    office_hours = models.CharField("办公时间", max_length=200, blank=True)
    phone = models.CharField("联系电话", max_length=60, blank=True)
    fax = models.CharField("传真", max_length=60, blank=True)
    email = models.EmailField("政务公开办电子邮箱", blank=True)
    disclosure_office = models.CharField("政府信息公开工作机构", max_length=200, blank=True)
    index_format = models.CharField(
        "索引号格式",
        max_length=60,
        default="{code}/{year}-{serial:05d}",
        help_text="可用 {code} {year} {month:02d} {serial:05d}",
    )
    guide_text = models.TextField("公开指南补充说明", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "机关"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._saved_region = instance.__dict__.get("region")
        return instance

    def resolved_region(self) -> str:
        """The canonical region path for what is in `region`; raises ValidationError if unknown."""
        try:
            return resolve_region(self.region, known_layer_names())
        except UnknownRegionError as exc:
            raise ValidationError({"region": str(exc)}) from None

    def clean(self):
        super().clean()
        self.region = self.resolved_region()

    def save(self, *args, **kwargs):
        """Store the resolved region; a changed region tells deadline receivers to recompute."""
        if "region" in self.__dict__:
            self.region = self.resolved_region()
        saved = getattr(self, "_saved_region", None)
        with transaction.atomic():
            super().save(*args, **kwargs)
            if saved is not None and "region" in self.__dict__ and saved != self.region:
                deadline_inputs_changed.send(sender=Agency, agency=self)
        if "region" in self.__dict__:
            self._saved_region = self.region

    @property
    def region_names(self) -> list[str]:
        """Regional holiday layers that apply, outermost first (宁夏回族自治区, 银川市)."""
        return [part for part in self.region.split("/") if part]


class Unit(models.Model):
    """A responsible unit (公开主体: 科室 or 直属单位) of an agency."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="units")
    name = models.CharField("单位名称", max_length=200)

    class Meta:
        verbose_name = verbose_name_plural = "公开主体"
        ordering = ["agency", "name"]
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="unit_unique_name")]

    def __str__(self):
        return self.name


class LegalBasis(models.Model):
    """A 公开依据 document (《…》 title with its 文号), shared between items."""

    title = models.CharField("文件名称", max_length=300, unique=True)
    doc_number = models.CharField("文号", max_length=120, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "公开依据"
        ordering = ["title"]

    def __str__(self):
        return self.title


class CatalogQuerySet(models.QuerySet):
    def current_for(self, agency: Agency, year: int | None = None) -> "Catalog | None":
        """The agency's catalog for `year`, or its current one (the latest year if none is marked)."""
        catalogs = self.filter(agency=agency)
        if year:
            return catalogs.filter(year=year).first()
        return catalogs.order_by("-is_current", "-year").first()


class Catalog(models.Model):
    """One year's (or version's) catalog of an agency, with the facts of its header."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="catalogs")
    title = models.CharField("目录名称", max_length=200)
    year = models.PositiveIntegerField("年度")
    responsible_unit = models.CharField("责任单位", max_length=200, blank=True)
    filled_by = models.CharField("填表人", max_length=60, blank=True)
    reviewed_by = models.CharField("复核人", max_length=60, blank=True)
    signed_by = models.CharField("审签人", max_length=60, blank=True)
    filled_on = models.DateField("填表时间", null=True, blank=True)
    declared = models.JSONField("表头声明的事项数", default=dict, blank=True)
    # The printed table's columns, wording, 序号 numbering and channel list (formats.layouts.Layout
    # as a dict): remembered from the imported file, or a standard layout chosen at creation.
    layout = models.JSONField("表格格式", default=dict, blank=True)
    is_current = models.BooleanField("现行目录", default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CatalogQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "公开目录"
        ordering = ["agency", "-year"]
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="catalog_one_per_year")]

    def __str__(self):
        return f"{self.title}（{self.year}）"


class ItemQuerySet(models.QuerySet):
    def current(self):
        return self.filter(catalog__is_current=True)

    def leaves(self):
        return self.filter(children__isnull=True)


class Item(models.Model):
    """A disclosure item (一级/二级/三级事项). Second- and third-level items carry the obligations."""

    catalog = models.ForeignKey(Catalog, on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    level = models.PositiveSmallIntegerField("层级", default=1)
    name = models.CharField("事项名称", max_length=200)
    slug = models.CharField("网址标识", max_length=40, help_text="在目录内唯一，如 1-2")
    position = models.PositiveIntegerField("排序", default=0)
    basis = models.ManyToManyField(
        LegalBasis, blank=True, verbose_name="公开依据", related_name="items", through="ItemBasis"
    )
    deadline_text = models.CharField("公开时限（原文）", max_length=300, blank=True)
    deadline_rule = models.JSONField("公开时限规则", default=dict, blank=True)
    deadline_flagged = models.BooleanField("时限待人工确认", default=False)
    units = models.ManyToManyField(Unit, blank=True, verbose_name="公开主体", related_name="items", through="ItemUnit")
    channels = models.JSONField("公开渠道和载体", default=list, blank=True)  # [{"name", "note"}]
    mode = models.JSONField("公开方式", default=list, blank=True)  # ["主动", "依申请"]
    audience = models.JSONField("公开对象", default=list, blank=True)
    scope_level = models.JSONField("公开层级", default=list, blank=True)
    five_types = models.JSONField("“五公开”类型", default=list, blank=True)
    columns = models.JSONField("网站所属栏目", default=list, blank=True)
    remarks = models.TextField("备注", blank=True)
    source_row = models.PositiveIntegerField("来源行号", null=True, blank=True)
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies", verbose_name="上一版本事项"
    )

    objects = ItemQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "公开事项"
        ordering = ["catalog", "position"]
        constraints = [models.UniqueConstraint(fields=["catalog", "slug"], name="item_unique_slug")]

    def __str__(self):
        return self.name

    @property
    def path(self) -> list[str]:
        names, node = [], self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return names[::-1]

    @property
    def rule(self) -> DeadlineRule:
        return DeadlineRule.from_dict(self.deadline_rule)

    def unit_list(self) -> list["Unit"]:
        """Units in the order the catalog lists them (units.all() sorts by name)."""
        return [link.unit for link in self.unit_links.select_related("unit").order_by("position")]

    def basis_list(self) -> list["LegalBasis"]:
        """Legal bases in document order."""
        return [link.basis for link in self.basis_links.select_related("basis").order_by("position")]


class ItemUnit(models.Model):
    """Links an item to a responsible unit, keeping the catalog's order."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="unit_links")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="item_links")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["item", "position"]
        constraints = [models.UniqueConstraint(fields=["item", "unit"], name="itemunit_unique")]


class ItemBasis(models.Model):
    """Links an item to a legal basis, keeping the catalog's order."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="basis_links")
    basis = models.ForeignKey(LegalBasis, on_delete=models.CASCADE, related_name="item_links")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["item", "position"]
        constraints = [models.UniqueConstraint(fields=["item", "basis"], name="itembasis_unique")]


class Element(models.Model):
    """A 公开内容（要素） of an item: a field definition that its records fill in."""

    FIELD_TYPES = [("text", "文本"), ("date", "日期"), ("number", "数字"), ("file", "文件"), ("list", "列表")]

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="elements")
    name = models.CharField("要素名称", max_length=200)
    field_type = models.CharField("类型", max_length=10, choices=FIELD_TYPES, default="text")
    required = models.BooleanField("必填", default=False)
    position = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "公开要素"
        ordering = ["item", "position"]

    def __str__(self):
        return self.name


class CatalogChange(models.Model):
    """Append-only history of catalog edits and imports: who, when, before and after."""

    catalog = models.ForeignKey(Catalog, on_delete=models.CASCADE, related_name="changes")
    item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="changes", verbose_name="事项"
    )
    item_name = models.CharField("事项", max_length=400, blank=True)
    action = models.CharField("操作", max_length=40)  # import / create / update / delete / new_version
    note = models.CharField("说明", max_length=300, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "目录变更记录"
        ordering = ["-at", "-id"]

    ACTION_LABELS = {
        "import": "导入",
        "create": "新增",
        "update": "修改",
        "delete": "删除",
        "keep": "保留",
        "new_version": "新年度版本",
    }

    def __str__(self):
        return f"{self.action_label} {self.item_name or self.catalog}"

    @property
    def action_label(self) -> str:
        return self.ACTION_LABELS.get(self.action, self.action)
