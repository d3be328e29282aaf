"""Project-wide request hygiene."""
import pytest



def test_a_nul_byte_in_the_path_is_a_styled_404(client, db):
    response = client.get("/yinchuan-rsj/record/%00/")
    assert response.status_code == 404
    assert "页面未找到" in response.content.decode()


def test_nul_bytes_in_query_parameters_are_dropped(client, db):
    response = client.get("/search/", {"q": "社\x00保", "page": "1\x00"})
    assert response.status_code == 200
    assert "社保" in response.content.decode()


def test_staff_pages_are_never_stored_by_browsers_or_proxies(client, db):
    response = client.get("/staff/login/")
    assert "no-store" in response["Cache-Control"]
    assert "no-store" in client.get("/admin/login/")["Cache-Control"]


def test_public_pages_may_be_cached(client, db):
    assert "no-store" not in client.get("/calendar/").get("Cache-Control", "")


def test_a_database_still_locked_after_the_busy_timeout_is_a_styled_503():
    from django.db import OperationalError
    from django.test import RequestFactory

    from zwgk.middleware import DatabaseBusyMiddleware

    middleware = DatabaseBusyMiddleware(lambda request: None)
    request = RequestFactory().post("/staff/records/new/")
    response = middleware.process_exception(request, OperationalError("database is locked"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "请稍后重试" in response.content.decode()
    assert middleware.process_exception(request, OperationalError("no such table: x")) is None
    assert middleware.process_exception(request, ValueError("database is locked")) is None


def test_a_staff_write_that_finds_the_database_locked_gets_the_styled_503_and_saves_nothing(client, db, django_user_model):
    """End to end: the database answers 'database is locked' to the write (as SQLite does when
    the busy timeout runs out during a long import); the user sees 请稍后重试, never a 500."""
    from django.db import OperationalError, connection

    from zwgk.accounts.models import Membership, Role
    from zwgk.holidays.models import CalendarDay

    admin = django_user_model.objects.create_user("platform", password="pw")
    Membership.objects.create(user=admin, agency=None, role=Role.PLATFORM_ADMIN)
    client.force_login(admin)
    form = {"date": "2031-10-08", "region": "", "kind": "off", "name": "国庆节", "source": ""}

    def locked(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")) and "calendarday" in sql.lower():
            raise OperationalError("database is locked")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(locked):
        response = client.post("/staff/calendar/day/add/", form)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "请稍后重试" in page and "/static/zwgk/site.css" in page  # the site's styled page
    assert "Content-Security-Policy" in response and "no-store" in response["Cache-Control"]
    assert not CalendarDay.objects.filter(name="国庆节").exists()
    # The same form without the lock is saved: the 503 came from the lock, not from the form.
    assert client.post("/staff/calendar/day/add/", form).status_code == 302
    assert CalendarDay.objects.filter(name="国庆节").count() == 1


def test_a_sqlite_writer_waits_the_busy_timeout_before_database_is_locked(tmp_path, monkeypatch, django_db_blocker):
    """The settings give SQLite writers a busy timeout and BEGIN IMMEDIATE: a writer blocked by
    another's transaction waits ZWGK_SQLITE_BUSY_MS, then gets the error the middleware turns into 503."""
    import sqlite3

    from django.db import connections
    from django.db.backends.sqlite3.base import DatabaseWrapper

    from zwgk.settings import parse_database_url

    monkeypatch.setenv("ZWGK_SQLITE_BUSY_MS", "400")
    path = tmp_path / "busy.sqlite3"
    config = parse_database_url(f"sqlite:///{path}")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "busy_timeout=400" in config["OPTIONS"]["init_command"]
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")  # a long import holding the write lock
    holder.execute("INSERT INTO t VALUES (1)")
    writer = DatabaseWrapper(connections.configure_settings({"default": config})["default"], alias="busy")
    # Its own throw-away database file, not the test database: pytest-django's guard is lifted for it.
    with django_db_blocker.unblock():
        run_blocked_writer(writer, holder)
    assert sqlite3.connect(path).execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (3,)]


def run_blocked_writer(writer, holder):
    import time

    import pytest
    from django.db import OperationalError

    try:
        assert writer.cursor().execute("SELECT count(*) FROM t").fetchone() == (0,)  # readers are not blocked (WAL)
        writer.set_autocommit(False)  # Django's atomic(): BEGIN IMMEDIATE with transaction_mode
        started = time.perf_counter()
        with pytest.raises(OperationalError, match="database is locked"):
            writer.cursor().execute("INSERT INTO t VALUES (2)")
        waited = time.perf_counter() - started
        assert 0.35 < waited < 5, waited
        holder.execute("COMMIT")
        writer.rollback()
        writer.cursor().execute("INSERT INTO t VALUES (3)")  # once the lock is released the write goes through
        writer.commit()
    finally:
        writer.close()
        holder.close()


@pytest.mark.django_db(transaction=True)
def test_a_staff_write_while_a_real_import_holds_the_write_lock_gets_the_styled_503(client, agency, django_user_model):
    """A real import transaction (write_bulk_records, not committed yet) in another thread holds
    SQLite's write lock; a staff write meanwhile gets 请稍后重试 (503) and saves nothing, and goes
    through once the import has committed. (The busy-timeout wait itself: the test above.)"""
    import datetime
    import threading

    from django.db import connection, transaction

    from zwgk.accounts.models import Membership, Role
    from zwgk.api.tests.fixtures import make_catalog
    from zwgk.holidays.models import CalendarDay
    from zwgk.records import services
    from zwgk.records.models import Record

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL writers wait for row locks; there is no 'database is locked'")
    item = make_catalog(agency)[1]["1-2"]
    records = [Record(item=item, title=f"导入的信息{n}", formed_on=datetime.date(2024, 3, 1),
                      published_at=datetime.datetime(2024, 3, 4, tzinfo=datetime.timezone.utc)) for n in range(50)]
    prepared = services.prepare_bulk_records(agency, records)
    admin = django_user_model.objects.create_user("platform", password="pw")
    Membership.objects.create(user=admin, agency=None, role=Role.PLATFORM_ADMIN)
    client.force_login(admin)
    form = {"date": "2031-10-08", "region": "", "kind": "off", "name": "国庆节", "source": ""}
    holding, release, failures = threading.Event(), threading.Event(), []

    def import_in_progress():
        try:
            with transaction.atomic():
                services.write_bulk_records(prepared)
                holding.set()
                release.wait(30)
        except Exception as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)
        finally:
            holding.set()
            connection.close()

    importer = threading.Thread(target=import_in_progress)
    importer.start()
    try:
        assert holding.wait(30) and not failures
        response = client.post("/staff/calendar/day/add/", form)
        assert response.status_code == 503, response.status_code
        assert "请稍后重试" in response.content.decode() and response["Retry-After"] == "30"
    finally:
        release.set()
        importer.join(30)
    assert not failures
    assert not CalendarDay.objects.filter(name="国庆节").exists()
    assert Record.objects.count() == 50  # the import committed whole
    assert client.post("/staff/calendar/day/add/", form).status_code == 302
