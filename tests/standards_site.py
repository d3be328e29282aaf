"""One demo site for the standards checks: `setup-demo` + `demo-data`, a draft, a submitted record, an application.

Built once per test module inside a transaction that is rolled back, so the slow checkers (the Nu
HTML checker's JVM above all) run once over every page instead of once per test.
"""
import contextlib
import datetime as dt
import io

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

AGENCY = "yinchuan-rsj"
PASSWORD = "demo-pass-1"


@contextlib.contextmanager
def demo_site(django_db_blocker, media_root):
    """Yield a dict of the objects the page lists need; everything is rolled back afterwards.

    The test modules using it must carry the django_db mark: pytest-django creates the test
    database only when some collected test asks for it.
    """
    from django.db import connection

    with django_db_blocker.unblock(), override_settings(
        MEDIA_ROOT=media_root, PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    ):
        name = str(connection.settings_dict["NAME"])
        assert "test" in name or "memory" in name, f"refusing to write demo data into {name}"
        cache.clear()
        with transaction.atomic():
            yield build()
            transaction.set_rollback(True)
        cache.clear()


def build():
    from django.contrib.auth import get_user_model

    from zwgk.applications import services
    from zwgk.catalog.models import Agency, Item
    from zwgk.records.models import Record
    from zwgk.search.index import rebuild

    quiet = io.StringIO()
    call_command("setup_demo", password=PASSWORD, stdout=quiet)
    call_command("demo_data", agencies=1, records=60, seed=5, attachments=0.5, no_index=True, stdout=quiet)
    rebuild()
    agency = Agency.objects.get(slug=AGENCY)
    users = {u.username: u for u in get_user_model().objects.filter(username__startswith="demo-")}
    published = Record.objects.filter(agency=agency, state=Record.State.PUBLISHED)
    with_attachment = published.filter(attachments__isnull=False).first()
    editor_item = Item.objects.filter(catalog__agency=agency, units__name="市人社局办公室", level__gte=2).first()
    draft = Record.objects.create(
        agency=agency, item=editor_item, unit=editor_item.units.first(), title="关于做好2026年就业见习工作的通知",
        publisher=agency.name, formed_on=dt.date(2026, 3, 2), genre="通知", topic="劳动、人事、监察",
        body="<p>各有关单位：</p><p>现就就业见习工作通知如下。</p>", state=Record.State.DRAFT,
    )
    submitted = Record.objects.create(
        agency=agency, item=editor_item, unit=editor_item.units.first(), title="关于公布2026年就业见习基地名单的公告",
        publisher=agency.name, formed_on=dt.date(2026, 3, 3), genre="公告", topic="劳动、人事、监察",
        body="<p>现将就业见习基地名单公告如下。</p>", state=Record.State.SUBMITTED,
    )
    # A DOCX body waiting for the editor's confirmation (the preview page).
    from django.utils import timezone

    from zwgk.records import docxbody
    from zwgk.records.models import PendingBody
    from zwgk.records.tests.test_body_views import make_docx

    converted = docxbody.convert(make_docx(), limit=50 * 1024 * 1024)
    pending = PendingBody.objects.create(
        token="standards-preview", user=users["demo-editor"], item=editor_item, record=draft, mode="edit",
        docx_name="关于做好职称评审工作的通知.docx", docx=b"", html=docxbody.preview_html(converted.html, converted.pictures),
        notes=["第 2 张图片格式（image/x-emf）无法在网页显示，未导入。"], expires_at=timezone.now() + dt.timedelta(hours=1))
    application, code, _ = services.submit(agency, {
        "applicant_type": "natural_person", "name": "张三", "id_type": "resident_id", "id_number": "11010519491231002X",
        "phone": "13800138000", "email": "zhang@example.org", "address": "银川市金凤区1号", "postal_code": "750001",
        "description": "2025年银川市就业补贴发放名单", "doc_number": "银人社发〔2025〕1号", "medium": "electronic",
        "delivery": "email",
    }, ip="10.0.0.1")
    return {
        "agency": agency, "users": users, "record": with_attachment or published.first(), "draft": draft,
        "submitted": submitted, "item": with_attachment.item if with_attachment else editor_item,
        "editor_item": editor_item, "catalog": agency.catalogs.get(is_current=True), "application": application,
        "pending": pending,
        "code": code,
    }
