"""zwgk setup-demo: the demo agency 银川市人力资源和社会保障局, its seed catalog and one staff login per role."""
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from zwgk.accounts.models import Membership, Role
from zwgk.catalog.importing import LEVEL_NAMES, import_catalog, known_agencies
from zwgk.catalog.formats.structure import CatalogImportError
from zwgk.catalog.models import Agency, Catalog, Unit

SEED = Path(__file__).resolve().parents[2] / "seeds" / "yinchuan-rsj-2020.txt"
EDITOR_UNIT = "市人社局办公室"

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """Append the GB 32100-2015 check character to a 17-character 统一社会信用代码 body."""
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(first17, _CODE_WEIGHTS))
    return first17 + _CODE_CHARS[(31 - total % 31) % 31]


def org_code(first8: str) -> str:
    """Append the GB 11714 check character to an 8-character 组织机构代码 body."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    value = sum(int(c, 36) * w for c, w in zip(first8, weights))
    check = 11 - value % 11
    return first8 + {10: "X", 11: "0"}.get(check, str(check))


# 1 (机关) 1 (机关) 640100 (银川市) + a made-up 组织机构代码: plausible, checksummed, not real.
DEMO_AGENCY = {
    **known_agencies()["银川市人力资源和社会保障局"],  # name, short name, slug, region
    "credit_code": credit_code("11640100" + org_code("64010000")),
    "address": "（演示数据）宁夏回族自治区银川市金凤区示例路1号",
    "office_hours": "（演示数据）工作日 上午9:00—12:00，下午13:30—17:30",
    "phone": "（演示数据）0951-0000000",
    "email": "zwgk-demo@example.com",
    "disclosure_office": "（演示数据）银川市人力资源和社会保障局办公室",
    "guide_text": "本机关的地址、办公时间、电话和电子邮箱均为演示数据，不是真实联系方式。",
}

DEMO_USERS = [
    # username, display role, Membership role (None: superuser only)
    ("demo-admin", "平台管理员", Role.PLATFORM_ADMIN),
    ("demo-agency-admin", "机关管理员", Role.AGENCY_ADMIN),
    ("demo-reviewer", "审核人", Role.REVIEWER),
    ("demo-editor", f"单位编辑（{EDITOR_UNIT}）", Role.EDITOR),
]


class Command(BaseCommand):
    help = "建立演示机关（银川市人社局）、导入内置种子目录并为每种角色创建演示账号；可重复运行"

    def add_arguments(self, parser):
        parser.add_argument("--reset-passwords", action="store_true", help="为已存在的演示账号重新生成密码")
        parser.add_argument("--password", help="使用指定密码（默认随机生成）")

    def handle(self, *args, **options):
        from zwgk.catalog.formats import parse_file

        # Printed after the commit, so a closed pipe cannot roll the setup back.
        lines: list[str] = []
        say = lines.append

        with transaction.atomic():
            agency, created = Agency.objects.get_or_create(name=DEMO_AGENCY["name"], defaults=DEMO_AGENCY)
            if not created:
                # Fill only what is blank: an administrator's real data is never overwritten.
                changed = [k for k, v in DEMO_AGENCY.items() if not getattr(agency, k)]
                for key in changed:
                    setattr(agency, key, DEMO_AGENCY[key])
                if changed:
                    agency.save(update_fields=changed)
            say(f"机关：{agency.name}（{agency.slug}）{'已建立' if created else '已存在'}；联系方式为演示数据")

            if Catalog.objects.filter(agency=agency).exists():
                say("目录：已存在，跳过导入（避免覆盖后台修改）")
            else:
                try:
                    result = parse_file(str(SEED), SEED.read_bytes())
                    report = import_catalog(result, agency=agency, source=SEED.name)
                except CatalogImportError as exc:
                    raise CommandError(f"种子目录导入失败：{exc}")
                counts = "，".join(
                    f"{LEVEL_NAMES.get(int(k[5:]), k)}{v}项" for k, v in sorted(report.counts.items())
                )
                say(f"目录：已导入 {report.catalog_title}（{report.year}年度，{counts}）")
                for m in report.mismatches:
                    say(f"  注意：{m}")

            unit = Unit.objects.filter(agency=agency, name=EDITOR_UNIT).first()
            if unit is None:
                unit = Unit.objects.create(agency=agency, name=EDITOR_UNIT)
            User = get_user_model()
            for username, label, role in DEMO_USERS:
                user, user_created = User.objects.get_or_create(username=username)
                password = None
                if user_created or options["reset_passwords"]:
                    password = options["password"] or secrets.token_urlsafe(9)
                    user.set_password(password)
                if role == Role.PLATFORM_ADMIN:
                    user.is_superuser = user.is_staff = True
                user.save()
                Membership.objects.get_or_create(
                    user=user,
                    agency=None if role == Role.PLATFORM_ADMIN else agency,
                    role=role,
                    defaults={"unit": unit if role == Role.EDITOR else None},
                )
                if password:
                    say(f"演示账号（{label}）：用户名 {username}  密码 {password}")
                else:
                    say(f"演示账号（{label}）：用户名 {username} 已存在，密码未更改（--reset-passwords 可重置）")
        say("后台登录：http://127.0.0.1:8000/staff/login/")
        say(_calendar_hint(agency))
        for line in lines:
            self.stdout.write(line)


def _calendar_hint(agency) -> str:
    """Deadlines stay 暂定 until the region's own holiday notices are imported: say so up front."""
    from zwgk.holidays.services import calendar_for

    years = sorted(y for y in calendar_for(agency).provisional_years() if 2020 <= y <= timezone.localdate().year)
    if not years:
        return "工作日历：各年度节假日数据齐全"
    return (f"提示：{(agency.region_names or ['本地区'])[0]} {years[0]}–{years[-1]} 年的地方节假日通知尚未导入，相关公开期限显示为“暂定”；"
            "请在后台“工作日历”粘贴通知导入，或运行 zwgk holidays import-notice 文件 --region 地区名")
