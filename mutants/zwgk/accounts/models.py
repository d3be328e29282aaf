"""Staff roles: who may do what, in which agency and unit."""
from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    EDITOR = "editor", "单位编辑"
    REVIEWER = "reviewer", "审核人"
    AGENCY_ADMIN = "agency_admin", "机关管理员"
    # 依申请公开: handlers work applications; the office head approves extensions (条例第三十三条).
    HANDLER = "handler", "依申请办理人"
    OFFICE_HEAD = "office_head", "政务公开办负责人"
    PLATFORM_ADMIN = "platform_admin", "平台管理员"


class Membership(models.Model):
    """A staff member's role in one agency (platform administrators need no agency).

    Editors are bound to a unit: they may draft only under items whose 公开主体 is that unit.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    agency = models.ForeignKey("catalog.Agency", null=True, blank=True, on_delete=models.CASCADE, related_name="members")
    unit = models.ForeignKey("catalog.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="members")
    role = models.CharField("角色", max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = verbose_name_plural = "人员角色"
        constraints = [models.UniqueConstraint(fields=["user", "agency", "role"], name="membership_unique")]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.agency or '平台'}"
