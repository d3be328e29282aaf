"""The 答复期限 clock: each event type, boundaries and combinations, on the real 2019/2025 calendars.

Expected dates are counted by hand from the State Council notices (2025: 春节 1/28–2/4 off with
1/26 and 2/8 worked; 清明 4/4–4/6; 劳动节 5/1–5/5 with 4/27 worked; 国庆中秋 10/1–10/8 with 9/28
and 10/11 worked) and 宁夏's 2019 开斋节 (6/5–6/6).
"""
import datetime as dt

import pytest

from zwgk.applications import clock
from zwgk.applications.clock import ClockError, Event, compute, event_from_dict
from zwgk.workdays import Calendar, Layer, build_calendar

D = dt.date
NATIONAL = build_calendar(None)
NINGXIA = build_calendar("宁夏回族自治区")


def ev(kind, on, **kw):
    return Event(kind, on, **kw)


def texts(result, kind=None):
    return [d.text for d in result.days if kind is None or d.kind == kind]


def day(result, date):
    return [d for d in result.days if d.date == date]


# ----------------------------------------------------------------------------------- plain

def test_plain_twenty_workdays_day_zero_not_counted():
    r = compute(D(2025, 3, 3), [], NATIONAL)
    assert r.due_on == D(2025, 3, 31)
    assert (r.state, r.paused, r.paused_workdays, r.provisional) == ("processing", False, 0, False)
    assert r.counted_from == D(2025, 3, 3) and r.closed_on is None and r.outcome == ""
    assert r.correction_limit == D(2025, 3, 12)
    counted = [d for d in r.days if d.number]
    assert [d.number for d in counted] == list(range(1, 21))
    assert counted[0].date == D(2025, 3, 4) and counted[-1].date == D(2025, 3, 31)
    assert day(r, D(2025, 3, 3))[0].text == "收到申请（第0日，当日不计入）"
    assert day(r, D(2025, 3, 8))[0].kind == "skip" and day(r, D(2025, 3, 8))[0].text == "跳过：周末"
    assert r.state_label == "办理中" and r.region == ""
    lines = r.explanation.splitlines()
    assert lines[0] == "适用日历：全国"
    assert lines[-1] == "答复期限：2025年3月31日（周一）"


def test_received_on_a_makeup_workday_and_across_national_day():
    # 9/28 (Sunday) is a make-up workday: it is day 0 all the same; 10/1–10/8 are skipped, 10/11 counts.
    r = compute(D(2025, 9, 28), [], NATIONAL)
    assert r.due_on == D(2025, 10, 31)
    assert day(r, D(2025, 9, 29))[0].number == 1
    assert day(r, D(2025, 10, 1))[0].text == "跳过：国庆节"
    assert day(r, D(2025, 10, 6))[0].text == "跳过：中秋节"
    makeup = day(r, D(2025, 10, 11))[0]
    assert (makeup.kind, makeup.number, makeup.text) == ("makeup", 5, "第5个工作日（国庆节调休上班，计入）")


def test_received_on_a_holiday_counts_from_the_next_workday():
    r = compute(D(2025, 10, 3), [], NATIONAL)
    first = [d for d in r.days if d.number == 1][0]
    assert first.date == D(2025, 10, 9)
    assert r.due_on == D(2025, 11, 4)  # 10/11 (worked Saturday) is day 3


def test_regional_holiday_moves_the_due_date():
    # 2019: 端午 6/7 nationally; 宁夏 adds 开斋节 6/5–6/6.
    assert compute(D(2019, 6, 3), [], NATIONAL).due_on == D(2019, 7, 2)
    r = compute(D(2019, 6, 3), [], NINGXIA)
    assert r.due_on == D(2019, 7, 4)
    assert day(r, D(2019, 6, 5))[0].text == "跳过：开斋节"
    assert r.explanation.splitlines()[0] == "适用日历：宁夏回族自治区"


def test_provisional_when_a_year_lacks_official_data():
    cal = Calendar([Layer("全国", {}, frozenset({2025}))])
    inside = compute(D(2025, 11, 3), [], cal)
    assert inside.provisional is False and inside.notes == ()
    across = compute(D(2025, 12, 15), [], cal)
    assert across.due_on == D(2026, 1, 12) and across.provisional is True
    assert across.notes == ("2026年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定",)
    assert "（暂定）" in across.explanation.splitlines()[-2]


# ----------------------------------------------------------------------------------- 补正

def test_correction_then_supplement_restarts_the_clock():
    requested = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5), days=10)], NATIONAL)
    assert requested.state == "awaiting_correction" and requested.due_on is None
    assert requested.correction_due == D(2025, 3, 19) and requested.paused is False
    assert requested.explanation.splitlines()[-1] == "答复期限：待收到补正后重新计算"
    assert requested.state_label == "待补正"

    r = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5), days=10),
                                ev("correction_received", D(2025, 3, 12))], NATIONAL)
    assert r.state == "processing" and r.counted_from == D(2025, 3, 12)
    assert r.due_on == D(2025, 4, 10)  # 清明 4/4 skipped
    assert [d.date for d in r.days if d.number == 1] == [D(2025, 3, 13)]
    assert "至2025年3月12日（周三）：等待补正，不计算答复期限" in texts(r, "event")
    assert "收到补正：答复期限自当日重新起算（当日为第0日）" in texts(r)
    assert r.notes == ()


def test_correction_period_as_a_date_and_late_supplement_noted():
    events = [ev("correction_requested", D(2025, 3, 5), until=D(2025, 3, 10)), ev("correction_received", D(2025, 3, 11))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert r.correction_due == D(2025, 3, 10)
    assert r.notes == ("补正于补正期限（2025年3月10日（周一））之后收到",)
    on_time = compute(D(2025, 3, 3), [events[0], ev("correction_received", D(2025, 3, 10))], NATIONAL)
    assert on_time.notes == ()


def test_correction_without_supplement_closes_as_other_1():
    events = [ev("correction_requested", D(2025, 3, 5), days=10), ev("correction_expired", D(2025, 3, 20))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert (r.state, r.outcome, r.closed_on, r.due_on) == ("closed", "other.no_correction", D(2025, 3, 20), D(2025, 3, 31))
    assert "逾期未补正，视为放弃申请，不再处理" in texts(r)
    with pytest.raises(ClockError, match="补正期限（2025-03-19）尚未届满"):
        compute(D(2025, 3, 3), [events[0], ev("correction_expired", D(2025, 3, 19))], NATIONAL)


def test_correction_notice_limit_is_seven_workdays():
    on_limit = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 12))], NATIONAL)
    assert on_limit.notes == () and on_limit.correction_due is None
    late = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 13))], NATIONAL)
    assert late.notes == (
        "补正告知（2025年3月13日（周四））晚于收到申请之日起7个工作日（2025年3月12日（周三）），不符合条例第三十条",
    )


def test_correction_errors():
    first = ev("correction_requested", D(2025, 3, 5))
    with pytest.raises(ClockError, match="一次性"):
        compute(D(2025, 3, 3), [first, ev("correction_received", D(2025, 3, 6)), ev("correction_requested", D(2025, 3, 7))], NATIONAL)
    with pytest.raises(ClockError, match="没有待补正"):
        compute(D(2025, 3, 3), [ev("correction_received", D(2025, 3, 6))], NATIONAL)
    with pytest.raises(ClockError, match="没有待补正"):
        compute(D(2025, 3, 3), [ev("correction_expired", D(2025, 3, 6))], NATIONAL)
    with pytest.raises(ClockError, match="正在等待补正"):
        compute(D(2025, 3, 3), [first, ev("consultation_started", D(2025, 3, 6))], NATIONAL)
    with pytest.raises(ClockError, match="补正期限早于告知日期"):
        compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5), until=D(2025, 3, 4))], NATIONAL)
    with pytest.raises(ClockError, match="计时暂停期间不能告知补正"):
        compute(D(2025, 3, 3), [ev("consultation_started", D(2025, 3, 4)), ev("correction_requested", D(2025, 3, 5))], NATIONAL)
    # A reply may still close an application waiting for its supplement.
    r = compute(D(2025, 3, 3), [first, ev("replied", D(2025, 3, 6), outcome="disclosed")], NATIONAL)
    assert (r.state, r.outcome, r.due_on) == ("closed", "disclosed", D(2025, 3, 31))


def test_correction_resets_an_earlier_extension():
    events = [ev("extended", D(2025, 3, 4), days=5), ev("correction_requested", D(2025, 3, 5)),
              ev("correction_received", D(2025, 3, 12))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert r.extension_workdays == 0 and r.due_on == D(2025, 4, 10)


# ----------------------------------------------------------------------------------- 延期

def test_extension_adds_workdays_to_the_current_due_date():
    r = compute(D(2025, 3, 3), [ev("extended", D(2025, 3, 31), days=20)], NATIONAL)
    assert r.due_on == D(2025, 4, 28) and r.extension_workdays == 20
    assert day(r, D(2025, 4, 27))[-1].text == "第39个工作日（延期第19日）"
    assert day(r, D(2025, 4, 1))[0].kind == "extension" and day(r, D(2025, 4, 1))[0].text == "第21个工作日（延期第1日）"
    assert "经政府信息公开工作机构负责人同意，延长答复期限20个工作日" in texts(r)


def test_extension_limits():
    two = compute(D(2025, 3, 3), [ev("extended", D(2025, 3, 10), days=10), ev("extended", D(2025, 4, 1), days=10)], NATIONAL)
    assert two.due_on == D(2025, 4, 28) and two.extension_workdays == 20
    with pytest.raises(ClockError, match="最长不得超过20个工作日（条例第三十三条），已延长10个工作日"):
        compute(D(2025, 3, 3), [ev("extended", D(2025, 3, 10), days=10), ev("extended", D(2025, 3, 11), days=11)], NATIONAL)
    with pytest.raises(ClockError, match="最长不得超过"):
        compute(D(2025, 3, 3), [ev("extended", D(2025, 3, 10), days=21)], NATIONAL)
    with pytest.raises(ClockError, match=r"当前答复期限（2025-03-31）届满前"):
        compute(D(2025, 3, 3), [ev("extended", D(2025, 4, 1), days=5)], NATIONAL)
    for bad in (None, 0, -1, True, "5"):
        with pytest.raises(ClockError, match="须写明天数"):
            compute(D(2025, 3, 3), [ev("extended", D(2025, 3, 10), days=bad)], NATIONAL)


def test_extension_deadline_follows_pauses_and_corrections():
    # With 5 paused workdays the due date is 4/8, so an extension on 4/7 is still in time.
    events = [ev("consultation_started", D(2025, 3, 10)), ev("consultation_ended", D(2025, 3, 14)),
              ev("extended", D(2025, 4, 7), days=1)]
    assert compute(D(2025, 3, 3), events, NATIONAL).due_on == D(2025, 4, 9)
    # An open consultation counts up to the extension day: started 3/28, still open on 4/3.
    open_pause = [ev("consultation_started", D(2025, 3, 28)), ev("extended", D(2025, 4, 3), days=1)]
    assert compute(D(2025, 3, 3), open_pause, NATIONAL).state == "consulting"


# ----------------------------------------------------------------------------------- 征求意见

def test_consultation_across_the_spring_festival():
    events = [ev("consultation_started", D(2025, 1, 22)), ev("consultation_ended", D(2025, 2, 10))]
    r = compute(D(2025, 1, 20), events, NATIONAL)
    # Paused: 1/22–1/24, 1/26 (worked Sunday), 1/27, 2/5–2/8 (2/8 worked Saturday), 2/10.
    assert r.paused_workdays == 10
    assert r.due_on == D(2025, 3, 7)
    assert (r.state, r.paused) == ("processing", False)
    assert day(r, D(2025, 1, 26))[0].text == "暂停：征求意见，不计入"
    assert day(r, D(2025, 1, 29))[0].text == "跳过：春节"
    assert [d.kind for d in day(r, D(2025, 2, 10))] == ["event", "paused"]
    assert day(r, D(2025, 2, 11))[0].number == 2
    assert "征求第三方或其他机关意见：计时暂停（对方应于2025年2月18日（周二）前提出意见）" in texts(r)


def test_one_day_consultation_pauses_exactly_that_day():
    r = compute(D(2025, 3, 3), [ev("consultation_started", D(2025, 3, 5)), ev("consultation_ended", D(2025, 3, 5))], NATIONAL)
    assert r.paused_workdays == 1 and r.due_on == D(2025, 4, 1)
    # A consultation over a weekend only: no working day is paused.
    r = compute(D(2025, 3, 3), [ev("consultation_started", D(2025, 3, 8)), ev("consultation_ended", D(2025, 3, 9))], NATIONAL)
    assert r.paused_workdays == 0 and r.due_on == D(2025, 3, 31)


def test_open_consultation_is_paused_and_runs_until_today():
    events = [ev("consultation_started", D(2025, 3, 10))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert (r.state, r.paused, r.paused_workdays, r.due_on) == ("consulting", True, 1, D(2025, 4, 1))
    assert r.state_label == "征求意见中"
    assert r.explanation.splitlines()[-1] == "答复期限：2025年4月1日（周二）（计时暂停中，期限将顺延）"
    r = compute(D(2025, 3, 3), events, NATIONAL, today=D(2025, 3, 14))
    assert (r.paused_workdays, r.due_on) == (5, D(2025, 4, 8))
    # Today before the start leaves the pause at its first day.
    assert compute(D(2025, 3, 3), events, NATIONAL, today=D(2025, 3, 5)).paused_workdays == 1


def test_consultation_errors():
    with pytest.raises(ClockError, match="已在征求意见中"):
        compute(D(2025, 3, 3), [ev("consultation_started", D(2025, 3, 4)), ev("consultation_started", D(2025, 3, 5))], NATIONAL)
    with pytest.raises(ClockError, match="没有进行中的征求意见"):
        compute(D(2025, 3, 3), [ev("consultation_ended", D(2025, 3, 4))], NATIONAL)


def test_two_consultations_add_up():
    events = [ev("consultation_started", D(2025, 3, 4)), ev("consultation_ended", D(2025, 3, 4)),
              ev("consultation_started", D(2025, 3, 6)), ev("consultation_ended", D(2025, 3, 7))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert r.paused_workdays == 3 and r.due_on == D(2025, 4, 3)


# ----------------------------------------------------------------------------------- 信息处理费

FEE = [ev("fee_notice", D(2025, 3, 10))]


def test_fee_notice_paid():
    r = compute(D(2025, 3, 3), FEE + [ev("fee_paid", D(2025, 3, 14))], NATIONAL)
    assert (r.paused_workdays, r.due_on, r.state, r.fee_due) == (5, D(2025, 4, 8), "processing", D(2025, 4, 9))
    assert day(r, D(2025, 3, 14))[-1].text == "暂停：待缴信息处理费，不计入"
    assert "收费通知：计时暂停，缴费期限至2025年4月9日（周三）" in texts(r)
    assert "缴纳信息处理费：暂停至当日（含），次日恢复计时" in texts(r)
    assert r.notes == ()


def test_fee_paid_late_is_noted():
    r = compute(D(2025, 3, 3), FEE + [ev("fee_paid", D(2025, 4, 10))], NATIONAL)
    assert r.notes == ("缴费日期晚于缴费期限（2025年4月9日（周三））",)
    assert compute(D(2025, 3, 3), FEE + [ev("fee_paid", D(2025, 4, 9))], NATIONAL).notes == ()


def test_fee_unpaid_closes_after_the_payment_period():
    waiting = compute(D(2025, 3, 3), FEE, NATIONAL, today=D(2025, 4, 9))
    assert (waiting.state, waiting.paused, waiting.closed_on) == ("awaiting_fee", True, None)
    assert waiting.state_label == "待缴费"
    closed = compute(D(2025, 3, 3), FEE, NATIONAL, today=D(2025, 4, 10))
    assert (closed.state, closed.outcome, closed.closed_on, closed.paused) == ("closed", "other.fee_unpaid", D(2025, 4, 10), False)
    assert "缴费期限（2025年4月9日（周三））届满仍未缴费，视为放弃申请" in texts(closed)
    # The pause ends with the payment period: 3/10–4/9 is 22 working days.
    assert closed.paused_workdays == 22
    recorded = compute(D(2025, 3, 3), FEE + [ev("fee_expired", D(2025, 4, 10))], NATIONAL)
    assert (recorded.state, recorded.outcome, recorded.paused_workdays) == ("closed", "other.fee_unpaid", 22)
    assert "逾期未缴纳信息处理费，视为放弃申请，不再处理" in texts(recorded)
    with pytest.raises(ClockError, match=r"缴费期限（2025-04-09）尚未届满"):
        compute(D(2025, 3, 3), FEE + [ev("fee_expired", D(2025, 4, 9))], NATIONAL)
    with pytest.raises(ClockError, match="没有待缴费的收费通知"):
        compute(D(2025, 3, 3), [ev("fee_expired", D(2025, 4, 9))], NATIONAL)


def test_fee_and_consultation_overlap_count_once():
    events = [ev("consultation_started", D(2025, 3, 10)), ev("fee_notice", D(2025, 3, 12)),
              ev("consultation_ended", D(2025, 3, 13)), ev("fee_paid", D(2025, 3, 14))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert r.paused_workdays == 5 and r.due_on == D(2025, 4, 8)
    assert day(r, D(2025, 3, 12))[-1].text == "暂停：征求意见、待缴信息处理费，不计入"
    # While both are open the fee decides the state.
    assert compute(D(2025, 3, 3), events[:2], NATIONAL).state == "awaiting_fee"
    with pytest.raises(ClockError, match="已在待缴信息处理费中"):
        compute(D(2025, 3, 3), FEE + [ev("fee_notice", D(2025, 3, 11))], NATIONAL)
    with pytest.raises(ClockError, match="没有进行中的待缴信息处理费"):
        compute(D(2025, 3, 3), [ev("fee_paid", D(2025, 3, 11))], NATIONAL)


def test_pause_starting_after_the_due_date_does_not_extend_it():
    events = [ev("consultation_started", D(2025, 4, 1)), ev("consultation_ended", D(2025, 4, 2))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert r.due_on == D(2025, 3, 31) and r.paused_workdays == 0


# ----------------------------------------------------------------------------------- 延迟答复, 答复

def test_deferred_reply_sets_the_stated_date():
    r = compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20), until=D(2025, 5, 30))], NATIONAL)
    assert r.due_on == D(2025, 5, 30) and r.state == "processing"
    assert "申请数量、频次明显超过合理范围，告知延迟答复至2025年5月30日（周五）（条例第三十五条）" in texts(r)
    assert day(r, D(2025, 5, 30))[0].text == "延迟答复的期限"
    # A later extension is measured against the deferred date.
    ok = compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20), until=D(2025, 5, 30)),
                                  ev("extended", D(2025, 5, 6), days=1)], NATIONAL)
    assert ok.due_on == D(2025, 5, 30)
    with pytest.raises(ClockError, match="须写明新的答复日期"):
        compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20))], NATIONAL)
    with pytest.raises(ClockError, match="早于决定日期"):
        compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20), until=D(2025, 3, 19))], NATIONAL)
    same_day = compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20), until=D(2025, 3, 20))], NATIONAL)
    assert same_day.due_on == D(2025, 3, 20)


def test_reply_closes_and_late_reply_is_noted():
    on_time = compute(D(2025, 3, 3), [ev("replied", D(2025, 3, 31), outcome="disclosed")], NATIONAL)
    assert (on_time.state, on_time.closed_on, on_time.outcome, on_time.notes) == ("closed", D(2025, 3, 31), "disclosed", ())
    assert on_time.state_label == "已办结"
    late = compute(D(2025, 3, 3), [ev("replied", D(2025, 4, 2))], NATIONAL)
    assert late.notes == ("办结日期晚于答复期限2个工作日",)
    with pytest.raises(ClockError, match="申请已于 2025-03-31 办结，不能再记录事件"):
        compute(D(2025, 3, 3), [ev("replied", D(2025, 3, 31)), ev("extended", D(2025, 3, 31), days=1)], NATIONAL)


def test_reply_during_consultation_ends_the_pause():
    events = [ev("consultation_started", D(2025, 3, 10)), ev("replied", D(2025, 3, 12))]
    r = compute(D(2025, 3, 3), events, NATIONAL, today=D(2025, 6, 1))
    assert (r.state, r.paused, r.paused_workdays) == ("closed", False, 3)


# ----------------------------------------------------------------------------------- combined, input

def test_several_events_combined():
    events = [
        ev("replied", D(2025, 5, 20), outcome="partly_disclosed"),  # out of order on purpose
        ev("correction_requested", D(2025, 3, 5), days=5),
        ev("correction_received", D(2025, 3, 7)),
        ev("consultation_started", D(2025, 3, 17)),
        ev("consultation_ended", D(2025, 3, 21)),
        ev("fee_notice", D(2025, 3, 24)),
        ev("fee_paid", D(2025, 3, 25)),
        ev("extended", D(2025, 4, 11), days=15),
    ]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    # From 3/7: 3/10–3/14 (5), paused 3/17–3/25 (7 workdays), 3/26–4/3 (12), 清明, 4/7–4/18 (22),
    # 4/21–4/25 (27), 4/27 worked Sunday (28), 4/28–4/30 (31), 劳动节, 5/6–5/9 (35).
    assert r.paused_workdays == 7 and r.extension_workdays == 15
    assert r.due_on == D(2025, 5, 9)
    assert (r.state, r.outcome, r.closed_on) == ("closed", "partly_disclosed", D(2025, 5, 20))
    assert r.notes == ("办结日期晚于答复期限7个工作日",)
    assert r.correction_due == D(2025, 3, 12)
    event_lines = texts(r, "event")
    assert event_lines[0] == "收到申请（第0日，当日不计入）"
    assert event_lines[-1] == "作出答复，办结"
    dates = [d.date for d in r.days]
    assert dates == sorted(dates)


def test_events_of_the_same_day_keep_their_order_and_come_before_counting():
    events = [ev("consultation_started", D(2025, 3, 5)), ev("consultation_ended", D(2025, 3, 5))]
    r = compute(D(2025, 3, 3), events, NATIONAL)
    assert [d.text for d in day(r, D(2025, 3, 5))] == [
        "征求第三方或其他机关意见：计时暂停（对方应于2025年3月26日（周三）前提出意见）",
        "征求意见结束：暂停至当日（含），次日恢复计时",
        "暂停：征求意见，不计入",
    ]


def test_bad_events():
    with pytest.raises(ClockError, match=r"第1个事件（征求意见结束，2025-03-04）"):
        compute(D(2025, 3, 3), [ev("consultation_ended", D(2025, 3, 4))], NATIONAL)
    with pytest.raises(ClockError, match="未知的事件类型“lunch”"):
        compute(D(2025, 3, 3), [ev("lunch", D(2025, 3, 4))], NATIONAL)
    with pytest.raises(ClockError, match="日期早于收到日期 2025-03-03"):
        compute(D(2025, 3, 3), [ev("replied", D(2025, 3, 2))], NATIONAL)
    # The same day as receipt is fine.
    assert compute(D(2025, 3, 3), [ev("replied", D(2025, 3, 3))], NATIONAL).closed_on == D(2025, 3, 3)
    with pytest.raises(ClockError, match="第2个事件"):
        compute(D(2025, 3, 3), [ev("consultation_started", D(2025, 3, 4)), ev("consultation_started", D(2025, 3, 5))], NATIONAL)


def test_event_labels_and_lines():
    assert Event("fee_notice", D(2025, 3, 3)).label == "收费通知"
    assert Event("lunch", D(2025, 3, 3)).label == "lunch"
    assert clock.Day(D(2025, 3, 3), "count", "第1个工作日", 1).as_text() == "2025年3月3日（周一） 第1个工作日"
    assert set(clock.EVENT_TYPES) >= {"correction_requested", "correction_received", "correction_expired", "extended",
                                      "consultation_started", "consultation_ended", "fee_notice", "fee_paid", "replied"}


def test_event_from_dict():
    e = event_from_dict({"type": "extended", "on": "2025-03-10", "days": 5})
    assert e == Event("extended", D(2025, 3, 10), 5, None, "")
    e = event_from_dict({"type": "deferred", "on": "2025-03-10", "until": "2025-05-01"})
    assert e.until == D(2025, 5, 1)
    e = event_from_dict({"type": "replied", "on": "2025-03-10", "outcome": "disclosed"})
    assert e.outcome == "disclosed" and e.days is None and e.until is None
    with pytest.raises(ClockError) as exc:
        event_from_dict({"type": "x", "on": "2025-03-10"}, "第2项")
    assert str(exc.value) == "第2项：未知的事件类型“x”，应为 " + ", ".join(clock.EVENT_TYPES) + " 之一"
    with pytest.raises(ClockError, match="^未知的事件类型"):
        event_from_dict({"on": "2025-03-10"})
    with pytest.raises(ClockError, match="^事件应为对象"):
        event_from_dict(["extended"])
    with pytest.raises(ClockError, match="on 日期格式不正确：“2025/03/10”"):
        event_from_dict({"type": "replied", "on": "2025/03/10"})
    with pytest.raises(ClockError, match="until 日期格式不正确"):
        event_from_dict({"type": "deferred", "on": "2025-03-10", "until": "soon"})
    for bad in (-1, "5", 1.5, True):
        with pytest.raises(ClockError, match="days 应为非负整数"):
            event_from_dict({"type": "extended", "on": "2025-03-10", "days": bad})
    assert event_from_dict({"type": "extended", "on": "2025-03-10", "days": 0}).days == 0


def error(received, events, cal=NATIONAL):
    with pytest.raises(ClockError) as exc:
        compute(received, events, cal)
    return str(exc.value)


def test_error_messages_in_full():
    r = D(2025, 3, 3)
    corr = ev("correction_requested", D(2025, 3, 5))
    cases = [
        ([corr, ev("correction_received", D(2025, 3, 6)), ev("correction_requested", D(2025, 3, 7))],
         "第3个事件（补正告知，2025-03-07）：补正告知只能一次性作出（条例第三十条），本申请已告知过补正"),
        ([ev("consultation_started", D(2025, 3, 4)), ev("correction_requested", D(2025, 3, 5))],
         "第2个事件（补正告知，2025-03-05）：计时暂停期间不能告知补正"),
        ([corr, ev("fee_notice", D(2025, 3, 6))],
         "第2个事件（收费通知，2025-03-06）：正在等待补正，须先记录收到补正或逾期未补正"),
        ([ev("correction_requested", D(2025, 3, 5), until=D(2025, 3, 4))],
         "第1个事件（补正告知，2025-03-05）：补正期限早于告知日期"),
        ([ev("correction_received", D(2025, 3, 6))], "第1个事件（收到补正，2025-03-06）：没有待补正的补正告知"),
        ([ev("correction_expired", D(2025, 3, 6))], "第1个事件（逾期未补正，2025-03-06）：没有待补正的补正告知"),
        ([ev("extended", D(2025, 3, 6))], "第1个事件（延长答复期限，2025-03-06）：延长答复期限须写明天数（1–20个工作日）"),
        ([ev("fee_expired", D(2025, 3, 6))], "第1个事件（逾期未缴费，2025-03-06）：没有待缴费的收费通知"),
        ([ev("deferred", D(2025, 3, 6))], "第1个事件（延迟答复，2025-03-06）：延迟答复须写明新的答复日期"),
        ([ev("deferred", D(2025, 3, 6), until=D(2025, 3, 5))], "第1个事件（延迟答复，2025-03-06）：延迟答复的日期早于决定日期"),
        ([ev("consultation_started", D(2025, 3, 6)), ev("consultation_started", D(2025, 3, 7))],
         "第2个事件（开始征求意见，2025-03-07）：已在征求意见中"),
        ([ev("fee_paid", D(2025, 3, 6))], "第1个事件（缴纳信息处理费，2025-03-06）：没有进行中的待缴信息处理费"),
        ([ev("x", D(2025, 3, 6))], "第1个事件（x，2025-03-06）：未知的事件类型“x”，应为 " + ", ".join(clock.EVENT_TYPES) + " 之一"),
    ]
    for events, message in cases:
        assert error(r, events) == message
    # A correction period ending on the notice day itself is allowed.
    same = compute(r, [ev("correction_requested", D(2025, 3, 5), until=D(2025, 3, 5))], NATIONAL)
    assert same.correction_due == D(2025, 3, 5)


def test_marks_and_lines_in_full():
    plain = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5))], NATIONAL)
    assert texts(plain, "event") == ["收到申请（第0日，当日不计入）", "补正告知；计时停止，收到补正后重新计算"]
    assert plain.paused_workdays == 0 and plain.days[-1].date == D(2025, 3, 5)
    with_period = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5), days=10)], NATIONAL)
    assert texts(with_period, "event")[1] == "补正告知，补正期限至2025年3月19日（周三）；计时停止，收到补正后重新计算"
    restarted = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 5)), ev("correction_received", D(2025, 3, 12))], NATIONAL)
    assert [d.text for d in restarted.days[:3]] == [
        "收到申请（第0日，当日不计入）", "至2025年3月12日（周三）：等待补正，不计算答复期限", "补正告知；计时停止，收到补正后重新计算"]
    assert restarted.days[1].date == D(2025, 3, 4)
    same_day = compute(D(2025, 3, 3), [ev("correction_requested", D(2025, 3, 4)), ev("correction_received", D(2025, 3, 12))], NATIONAL)
    assert [d.text for d in same_day.days[1:3]] == [
        "补正告知；计时停止，收到补正后重新计算", "至2025年3月12日（周三）：等待补正，不计算答复期限"]
    r = compute(D(2025, 3, 3), [], NATIONAL)
    twentieth = [d for d in r.days if d.number == 20][0]
    assert (twentieth.kind, twentieth.text) == ("count", "第20个工作日")
    assert [d.kind for d in r.days if d.number] == ["count"] * 20
    unpaid = compute(D(2025, 3, 3), FEE, NATIONAL, today=D(2025, 4, 10))
    assert [d.text for d in day(unpaid, D(2025, 4, 10))][0].startswith("缴费期限（2025年4月9日（周三））届满")
    deferred = compute(D(2025, 3, 3), [ev("deferred", D(2025, 3, 20), until=D(2025, 5, 30))], NATIONAL)
    assert deferred.days[-1] == clock.Day(D(2025, 5, 30), "event", "延迟答复的期限")


def test_provisional_looks_at_the_whole_span():
    cal = Calendar([Layer("全国", {}, frozenset({2026}))])
    r = compute(D(2025, 12, 15), [], cal)
    assert r.due_on == D(2026, 1, 12) and r.provisional is True
    assert r.notes == ("2025年尚无国务院办公厅节假日安排，按周六、周日休息推算，结果为暂定",)
    waiting = compute(D(2025, 12, 15), [ev("correction_requested", D(2025, 12, 16))], cal)
    assert waiting.provisional is True and waiting.due_on is None
