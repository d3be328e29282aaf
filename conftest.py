"""Fixtures shared by every app's tests."""
import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# CI replays the same examples every run, so a red build always means a change broke something;
# local runs keep exploring new examples.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

SEED_PATH = Path(__file__).parent / "zwgk" / "catalog" / "seeds" / "yinchuan-rsj-2020.txt"
AGENCY_NAME = "银川市人力资源和社会保障局"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and on PostgreSQL no other session left when it is dropped:
    an autovacuum worker still busy with the last tests' tables made DROP DATABASE fail."""
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """PBKDF2's deliberate slowness costs ~0.3 s a user; tests don't need it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def seed_path():
    return SEED_PATH


@pytest.fixture
def agency(db):
    from zwgk.catalog.models import Agency

    return Agency.objects.create(
        name=AGENCY_NAME,
        short_name="银川市人社局",
        slug="yinchuan-rsj",
        credit_code="11640100MB1234567X",
        region="宁夏回族自治区/银川市",
    )


@pytest.fixture
def other_agency(db):
    from zwgk.catalog.models import Agency

    return Agency.objects.create(
        name="石嘴山市人力资源和社会保障局", short_name="石嘴山市人社局", slug="szs-rsj",
        credit_code="11640200MB7654321Y", region="宁夏回族自治区/石嘴山市",
    )


@pytest.fixture(autouse=True)
def fresh_portal_page_cache():
    """Each test starts with no cached public page and no kept catalog rows (tests build data the
    signals never saw)."""
    from django.core.cache import caches

    from zwgk.portal.queries import forget_kept

    caches["portal"].clear()
    forget_kept()

