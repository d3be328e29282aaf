"""Wrong passwords are throttled by account and by IP address; administrators can unlock."""
import pytest
from axes.models import AccessAttempt
from axes.utils import reset

LOGIN = "/staff/login/"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("officer", password="right-password", is_staff=True)


def attempt(client, username, password, ip="10.1.1.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_the_right_password_after_the_limit_is_still_refused(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "officer", "wrong").status_code == 200
    assert attempt(client, "officer", "wrong").status_code == 429
    response = attempt(client, "officer", "right-password")
    assert response.status_code == 429
    assert "登录已暂停" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_account_is_locked_whatever_address_the_guesses_come_from(client, staff, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "officer", "wrong", ip=f"10.2.0.{n}")
    assert attempt(client, "officer", "right-password", ip="10.9.9.9").status_code == 429


def test_one_address_guessing_many_accounts_is_locked(client, staff, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"nobody{n}", "wrong", ip="10.3.3.3")
    assert attempt(client, "officer", "right-password", ip="10.3.3.3").status_code == 429
    # Another address is not affected.
    assert attempt(client, "officer", "right-password", ip="10.4.4.4").status_code == 302


def test_fewer_failures_than_the_limit_then_success_logs_in_and_resets(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "officer", "wrong")
    assert attempt(client, "officer", "right-password").status_code == 302
    assert not AccessAttempt.objects.filter(username="officer").exists()


def test_the_admin_login_is_throttled_too(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "officer", "password": "wrong"}, REMOTE_ADDR="10.5.5.5")
    response = client.post("/admin/login/", {"username": "officer", "password": "right-password"}, REMOTE_ADDR="10.5.5.5")
    assert response.status_code == 429


def test_an_administrator_unlock_lets_the_account_in_again(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "officer", "wrong")
    assert attempt(client, "officer", "right-password").status_code == 429
    reset(username="officer")
    assert attempt(client, "officer", "right-password").status_code == 302
