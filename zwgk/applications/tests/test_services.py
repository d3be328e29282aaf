"""Submission, receipt, the event log and the stored due date."""
import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from zwgk.applications import services
from zwgk.applications.models import Application, ClockEvent
from zwgk.applications.tests.conftest import form_data
from zwgk.holidays.models import CalendarDay

D = dt.date


@pytest.mark.django_db(transaction=True)
def test_submit_creates_pending_application_and_mails_the_code(people, today):
    app, code, created = services.submit(people.agency, form_data(), ip="10.0.0.1")
    assert created and app.state == "pending" and app.received_on is None and app.due_on is None
    assert app.number.startswith(f"2025-{people.agency.pk:03d}-") and app.number.endswith("-00001")
    assert len(code) == services.CODE_LENGTH and set(code) <= set(services.CODE_ALPHABET)
    assert app.code_hash == services.hash_code(code) and code not in app.code_hash
    assert len(mail.outbox) == 1 and services.format_code(code) in mail.outbox[0].body
    assert mail.outbox[0].to == ["zhang@example.org"]
    second, _, _ = services.submit(people.agency, form_data(description="另一份信息：2024年名单"))
    assert second.number.endswith("-00002")


@pytest.mark.django_db
def test_same_submission_twice_is_one_application_with_the_same_code(people, today):
    first, code, created = services.submit(people.agency, form_data(), submission_key="t:1:abc")
    again, code2, created2 = services.submit(people.agency, form_data(), submission_key="t:1:abc")
    assert (created, created2) == (True, False) and again.pk == first.pk and code2 == code
    # Without a key, the content decides.
    a, _, _ = services.submit(people.agency, form_data(name="李四"))
    b, _, c = services.submit(people.agency, form_data(name="李四"))
    assert a.pk == b.pk and c is False
    assert Application.objects.count() == 2


@pytest.mark.django_db
def test_confirm_receipt_sets_received_on_and_due_date(people, today):
    app, _, _ = services.submit(people.agency, form_data())
    with pytest.raises(ValidationError):
        services.confirm_receipt(app, people.head, D(2025, 3, 4))  # after 'today'
    services.confirm_receipt(app, people.head, D(2025, 3, 3))
    app.refresh_from_db()
    assert (app.state, app.received_on, app.due_on, app.paused) == ("processing", D(2025, 3, 3), D(2025, 3, 31), False)
    with pytest.raises(ValidationError, match="已确认收到"):
        services.confirm_receipt(app, people.head, D(2025, 3, 3))
    with pytest.raises(PermissionDenied):
        services.confirm_receipt(app, people.other_handler, D(2025, 3, 3))


@pytest.mark.django_db
def test_staff_intake_in_person_is_received_that_day(people, today):
    app, _, _ = services.submit(people.agency, form_data(), channel="in_person", user=people.handler_a,
                                received_on=D(2025, 3, 3))
    assert app.state == "processing" and app.due_on == D(2025, 3, 31)
    assert [e.type for e in app.events.all()] == ["submitted", "confirmed"]
    today.value = D(2025, 3, 10)  # a letter signed for last week, entered today
    late, _, _ = services.submit(people.agency, form_data(name="赵六"), channel="registered_mail", user=people.head,
                                 received_on=D(2025, 3, 5))
    assert [(e.type, e.on) for e in late.events.all()] == [("submitted", D(2025, 3, 5)), ("confirmed", D(2025, 3, 5))]


@pytest.mark.django_db
def test_extension_needs_the_office_head(application, people, today, django_capture_on_commit_callbacks):
    today.value = D(2025, 3, 20)
    with pytest.raises(ValidationError) as exc:
        services.record_event(application, people.handler_a, "extended", D(2025, 3, 20), days=10)
    assert "负责人同意" in str(exc.value)
    with pytest.raises(ValidationError, match="不是本机关的政务公开办负责人"):
        services.record_event(application, people.handler_a, "extended", D(2025, 3, 20), days=10,
                              approved_by=people.handler_b)
    with django_capture_on_commit_callbacks(execute=True):
        services.record_event(application, people.handler_a, "extended", D(2025, 3, 20), days=10,
                              approved_by=people.head, note="需调取档案")
    application.refresh_from_db()
    assert application.due_on == D(2025, 4, 15)  # 3/31 + 10 working days, 清明 4/4 skipped
    event = application.events.get(type="extended")
    assert event.approved_by == people.head and event.user == people.handler_a
    assert any("延长答复期限" in m.body for m in mail.outbox)


@pytest.mark.django_db
def test_events_are_checked_by_the_clock_and_pause_the_due_date(application, people, today):
    today.value = D(2025, 3, 10)
    with pytest.raises(ValidationError, match="没有进行中的征求意见"):
        services.record_event(application, people.handler_a, "consultation_ended", D(2025, 3, 10))
    services.record_event(application, people.handler_a, "consultation_started", D(2025, 3, 10), note="第三方：某公司")
    application.refresh_from_db()
    assert (application.state, application.paused) == ("consulting", True)
    today.value = D(2025, 3, 14)
    services.record_event(application, people.handler_a, "consultation_ended", D(2025, 3, 14))
    application.refresh_from_db()
    assert (application.state, application.paused, application.due_on) == ("processing", False, D(2025, 4, 8))
    with pytest.raises(ValidationError, match="晚于今天"):
        services.record_event(application, people.handler_a, "fee_notice", D(2025, 3, 15), amount=Decimal("100"))
    with pytest.raises(ValidationError, match="收费金额"):
        services.record_event(application, people.handler_a, "fee_notice", D(2025, 3, 14))
    with pytest.raises(ValidationError, match="补正的事项"):
        services.record_event(application, people.handler_a, "correction_requested", D(2025, 3, 14))


@pytest.mark.django_db
def test_unpaid_fee_closes_as_other_2_on_recompute(application, people, today):
    today.value = D(2025, 3, 10)
    services.record_event(application, people.handler_a, "fee_notice", D(2025, 3, 10), amount=Decimal("200"))
    application.refresh_from_db()
    assert (application.state, application.fee_amount) == ("awaiting_fee", Decimal("200.00"))
    today.value = D(2025, 4, 10)
    assert services.recompute_open() == 1
    application.refresh_from_db()
    assert (application.state, application.outcome, application.closed_on) == ("closed", "other.fee_unpaid", D(2025, 4, 10))


@pytest.mark.django_db
def test_calendar_change_moves_the_due_date(application, people, other_agency, today):
    from zwgk.holidays.services import trigger_recompute

    CalendarDay.objects.create(date=D(2025, 3, 20), region="", kind=CalendarDay.KIND_OFF, name="临时放假")
    assert trigger_recompute([2025]) >= 1  # the national calendar: every agency
    application.refresh_from_db()
    assert application.due_on == D(2025, 4, 1)
    CalendarDay.objects.create(date=D(2025, 3, 21), region="石嘴山市", kind=CalendarDay.KIND_OFF, name="地方放假")
    trigger_recompute([2025], "石嘴山市")  # another agency's region: this one stays
    application.refresh_from_db()
    assert application.due_on == D(2025, 4, 1)
    CalendarDay.objects.create(date=D(2025, 3, 24), region="银川市", kind=CalendarDay.KIND_OFF, name="地方放假")
    trigger_recompute([2025], "宁夏回族自治区/银川市")
    application.refresh_from_db()
    assert application.due_on == D(2025, 4, 2)
    assert services.recompute_open() == 0


@pytest.mark.django_db
def test_agency_region_change_moves_the_due_date(application, people, today):
    CalendarDay.objects.create(date=D(2025, 3, 20), region="石嘴山市", kind=CalendarDay.KIND_OFF, name="地方放假")
    agency = people.agency
    agency.region = "宁夏回族自治区/石嘴山市"
    agency.save()
    application.refresh_from_db()
    assert application.due_on == D(2025, 4, 1)


@pytest.mark.django_db
def test_handlers_cannot_work_each_others_applications(application, people, today):
    with pytest.raises(PermissionDenied):
        services.record_event(application, people.handler_b, "consultation_started", D(2025, 3, 3))
    with pytest.raises(PermissionDenied):
        services.record_event(application, people.other_handler, "consultation_started", D(2025, 3, 3))
    with pytest.raises(ValidationError, match="不是本机关的依申请办理人"):
        services.assign(application, people.head, people.editor)


@pytest.mark.django_db
def test_tracking_reveals_nothing_on_a_wrong_code_and_throttles(application, people, settings):
    assert services.find_for_tracking(application.number, application.code).pk == application.pk
    assert services.find_for_tracking(application.number, services.format_code(application.code).lower()).pk == application.pk
    assert services.find_for_tracking(application.number, "WRONG") is None
    assert services.find_for_tracking("2099-999-99999", application.code) is None
    settings.ZWGK_APPLICATION_LIMITS = {"track_failures": (3, 900)}
    for _ in range(2):
        services.find_for_tracking(application.number, "WRONG")
    with pytest.raises(services.Throttled):
        services.find_for_tracking(application.number, application.code)  # even the right code, for now
    for _ in range(3):
        services.find_for_tracking("2099-999-99998", "WRONG")
    with pytest.raises(services.Throttled):
        services.find_for_tracking("2099-999-99998", "WRONG")  # unknown numbers throttle the same way


@pytest.mark.django_db
def test_public_status_has_no_personal_data(application, people, today):
    today.value = D(2025, 3, 5)
    services.record_event(application, people.handler_a, "correction_requested", D(2025, 3, 5), days=10,
                          note="请说明所需名单的年份和区县")
    application.refresh_from_db()
    status = services.public_status(application)
    assert status["state"] == "awaiting_correction" and status["due_on"] is None
    assert [e["type"] for e in status["events"]] == ["submitted", "confirmed", "correction_requested"]
    text = str(status)
    assert "张三" not in text and "11010519491231002X" not in text and "请说明" not in text


@pytest.mark.django_db
def test_every_change_is_audited(application, people):
    actions = list(application.audit.values_list("action", flat=True))
    assert {"create", "confirm", "assign"} <= set(actions)
    entry = application.audit.get(action="confirm")
    assert entry.user == people.head and entry.agency == people.agency and entry.detail == {"received_on": "2025-03-03"}
    with pytest.raises(ValueError):
        entry.delete()


@pytest.mark.django_db
def test_outcome_code_accepts_codes_and_row_labels():
    assert services.outcome_code("withheld.third_party") == "withheld.third_party"
    assert services.outcome_code("4.保护第三方合法权益") == "withheld.third_party"
    assert services.outcome_code("保护第三方") == ""


@pytest.mark.django_db
def test_queue_sections(application, people, today):
    pending, _, _ = services.submit(people.agency, form_data(name="王五"))
    today.value = D(2025, 3, 25)  # 3/26, 3/27, 3/28, 3/31: four working days left
    sections = services.open_queue(Application.objects.all(), within=3)
    assert [a.pk for a in sections["pending"]] == [pending.pk]
    assert sections["due_soon"] == [] and [a.pk for a in sections["other"]] == [application.pk]
    today.value = D(2025, 3, 26)
    assert [a.pk for a in services.open_queue(Application.objects.all(), within=3)["due_soon"]] == [application.pk]
    today.value = D(2025, 4, 1)
    assert [a.pk for a in services.open_queue(Application.objects.all())["overdue"]] == [application.pk]
    assert ClockEvent.objects.filter(application=application, type="assigned").count() == 1


@pytest.mark.django_db
def test_fee_quote_counts_the_applicants_month(application, people, today, settings):
    assert services.fee_quote(application) == {"items_this_month": 1, "per_item": 0}
    for n in range(10):
        app, _, _ = services.submit(people.agency, form_data(description=f"第{n}项信息的名称"), channel="in_person",
                                    user=people.head, received_on=D(2025, 3, 3))
    assert services.fee_quote(app, pages=31) == {"items_this_month": 11, "per_item": 100, "pages": 31, "per_volume": 10}
    settings.ZWGK_FEE_SCHEDULE = {"per_volume": {"bands": [[10, 0], [None, 1]]}}
    assert services.fee_quote(app, pages=31)["per_volume"] == 21
