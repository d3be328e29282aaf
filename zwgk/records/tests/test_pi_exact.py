"""Boundaries of the personal-information detector that the mutation run showed untested."""
import datetime as dt
import random

import pytest

from zwgk.records.pi import (
    CONTEXT_CHARS,
    Hit,
    id_check_digit,
    is_valid_id_number,
    luhn_ok,
    mask,
    mask_in_data,
    mask_in_text,
    scan,
)

TODAY = dt.date(2025, 6, 1)


def check_digit(first17: str) -> str:
    """GB 11643 written independently: weight 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def make_id(region="640104", born="19850317", seq="123"):
    first17 = region + born + seq
    return first17 + check_digit(first17)


def test_check_digit_weights_agree_with_the_standard_on_random_numbers():
    rng = random.Random(11)
    for _ in range(500):
        first17 = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(16))
        assert id_check_digit(first17) == check_digit(first17), first17
    assert id_check_digit("11010519491231002") == "X"


@pytest.mark.parametrize("value, valid", [
    (make_id(), True),
    (make_id().lower() if make_id().endswith("X") else make_id(), True),
    (make_id(born="19000101"), True),
    (make_id(born="18991231"), False),  # before 1900
    (make_id(born="19900230"), False),  # no 30 February
    (make_id(born="19901301"), False),  # no month 13
    (make_id(born="19900100"), False),  # no day 0
    (make_id(born="20250601"), True),  # born today
    (make_id(born="20250602"), False),  # born tomorrow
    (make_id()[:17] + ("0" if make_id()[17] != "0" else "1"), False),  # wrong check digit
    ("0" + make_id()[1:], False),  # cannot start with 0
    (make_id()[:17], False),
    (make_id() + "1", False),
])
def test_id_numbers(value, valid):
    assert is_valid_id_number(value, today=TODAY) is valid


def test_a_lowercase_x_check_character_is_accepted():
    for seq in range(100, 999):
        value = make_id(seq=str(seq))
        if value.endswith("X"):
            break
    assert is_valid_id_number(value.lower(), today=TODAY)
    [hit] = scan(f"身份证{value.lower()}。", today=TODAY)
    assert hit.kind == "id_card" and hit.value == value.lower()


@pytest.mark.parametrize("digits, ok", [
    ("4111111111111111", True), ("4111111111111112", False), ("0", True), ("18", True), ("19", False),
    ("59", True), ("91", True), ("6222021234567890" + luhn_digit("6222021234567890"), True),
])
def test_luhn(digits, ok):
    assert luhn_ok(digits) is ok


def card(body):
    return body + luhn_digit(body)


@pytest.mark.parametrize("length, found", [(12, False), (13, True), (16, True), (19, True), (20, False)])
def test_bank_card_lengths(length, found):
    number = card("6" + "2" * (length - 2))
    hits = scan(f"卡号{number}，", today=TODAY)
    assert [h.kind for h in hits] == (["bank_card"] if found else []), number


def test_grouped_bank_cards_and_the_19_digit_unionpay_limit():
    number = card("622202123456789012")  # 19 digits
    grouped = " ".join(number[i:i + 4] for i in range(0, 19, 4))
    [hit] = scan(f"账号：{grouped}（工行）", today=TODAY)
    assert (hit.kind, hit.value) == ("bank_card", grouped)
    assert hit.masked == number[:4] + "*" * 11 + number[-4:]
    assert scan(card("7" + "1" * 14), today=TODAY) == []  # cards start with 3–6
    assert [h.kind for h in scan(card("3" + "1" * 14), today=TODAY)] == ["bank_card"]


def test_an_id_number_that_is_also_luhn_valid_is_reported_once_as_an_id():
    for seq in range(100, 1000):
        value = make_id(seq=str(seq))
        if value[-1] != "X" and luhn_ok(value):
            break
    else:
        pytest.fail("no Luhn-valid ID in range")
    hits = scan(f"号码{value}", today=TODAY)
    assert [(h.kind, h.value) for h in hits] == [("id_card", value)]


@pytest.mark.parametrize("text, value", [
    ("电话13812345678", "13812345678"),
    ("电话+86 138-1234-5678。", "138-1234-5678"),
    ("电话0086-13912345678", "13912345678"),
    ("电话86 19912345678", "19912345678"),
    ("电话138 1234 5678", "138 1234 5678"),
])
def test_mobile_numbers(text, value):
    [hit] = scan(text, today=TODAY)
    assert (hit.kind, hit.value) == ("mobile", value)
    assert text[hit.start:hit.end] == value
    assert hit.masked == value.replace("-", "").replace(" ", "")[:3] + "****" + value[-4:]


@pytest.mark.parametrize("text", ["编号213812345678", "12812345678", "138123456789", "文号1381234567"])
def test_not_mobile_numbers(text):
    assert [h for h in scan(text, today=TODAY) if h.kind == "mobile"] == []


def test_emails_and_their_mask():
    [hit] = scan("联系 zhang.san+gk@mail.example.com.cn 。", today=TODAY)
    assert (hit.kind, hit.value) == ("email", "zhang.san+gk@mail.example.com.cn")
    assert hit.masked == "z***@mail.example.com.cn" and hit.label == "电子邮箱"
    assert scan("a@b.c", today=TODAY) == []  # a one-letter top-level domain is not an address


def test_context_window_is_20_characters_and_clipped_at_the_edges():
    value = make_id()
    [hit] = scan(value + "后文", today=TODAY)
    assert (hit.start, hit.before, hit.after) == (0, "", "后文")
    text = "甲" * 30 + value + "乙" * 30
    [hit] = scan(text, today=TODAY)
    assert CONTEXT_CHARS == 20
    assert hit.before == "甲" * 20 and hit.after == "乙" * 20
    assert hit.context == "甲" * 20 + f"【{value}】" + "乙" * 20
    assert (hit.start, hit.end) == (30, 48) and hit.label == "居民身份证号"


def test_hits_come_in_reading_order_with_every_kind():
    value = make_id()
    text = f"邮箱 a.b@example.org，电话 13812345678，身份证 {value}，卡 {card('6222021234567890')}"
    kinds = [h.kind for h in scan(text, today=TODAY)]
    assert kinds == ["email", "mobile", "id_card", "bank_card"]
    assert scan("", today=TODAY) == [] and scan(None, today=TODAY) == []


@pytest.mark.parametrize("value, kind, masked", [
    ("640104198503171234", "id_card", "6401**********1234"),
    ("13812345678", "mobile", "138****5678"),
    ("6222 0212 3456 7890", "bank_card", "6222********7890"),
    ("12345678", "bank_card", "********"),
    ("123456789", "bank_card", "1234*6789"),
    ("x@example.com", "email", "x***@example.com"),
])
def test_mask(value, kind, masked):
    assert mask(value, kind) == masked


def test_mask_in_text_replaces_only_that_value_and_kind():
    value = make_id()
    other = make_id(seq="456")
    text = f"{value}与{other}，再次：{value}"
    masked, count = mask_in_text(text, value, "id_card")
    assert count == 2
    assert masked == f"{mask(value, 'id_card')}与{other}，再次：{mask(value, 'id_card')}"
    assert mask_in_text(text, value, "mobile") == (text, 0)
    assert mask_in_text("", value, "id_card") == ("", 0) and mask_in_text(text, "", "id_card") == (text, 0)


def test_hit_is_a_frozen_value():
    hit = Hit("mobile", "13812345678", 0, 11, "", "")
    from dataclasses import FrozenInstanceError

    with pytest.raises(FrozenInstanceError):
        hit.kind = "email"


@pytest.mark.parametrize("born", ["19900231", "19900431", "19901131"])
def test_a_day_past_the_end_of_the_month_is_no_birth_date(born):
    assert not is_valid_id_number(make_id(born=born), today=TODAY)


def test_scan_uses_the_given_today_for_birth_dates():
    tomorrow = make_id(born="20250602")
    assert scan(f"号码{tomorrow}", today=TODAY) == []
    assert [h.kind for h in scan(f"号码{tomorrow}", today=dt.date(2026, 1, 1))] == ["id_card"]


def test_a_grouped_20_digit_number_is_no_bank_card():
    number = card("6" + "2" * 18)  # 20 digits, Luhn-valid
    grouped = " ".join(number[i:i + 4] for i in range(0, 20, 4))
    assert [h.kind for h in scan(f"编号 {grouped} 。", today=TODAY)] == []


def test_a_mobile_number_before_an_at_sign_is_reported_as_a_mobile_number():
    assert [(h.kind, h.value) for h in scan("13812345678@qq.com", today=TODAY)] == [("mobile", "13812345678")]


def test_adjacent_hits_are_both_kept_and_an_overlap_does_not_stop_the_scan():
    assert [h.kind for h in scan("x@ab.cn13812345678", today=TODAY)] == ["email", "mobile"]
    for seq in range(100, 1000):
        value = make_id(seq=str(seq))
        if value[-1] != "X" and luhn_ok(value):
            break
    assert [h.kind for h in scan(f"{value}，电话13812345678", today=TODAY)] == ["id_card", "mobile"]


def test_the_context_before_a_hit_near_the_start_is_the_whole_prefix():
    [hit] = scan("电话号码：13812345678", today=TODAY)
    assert hit.before == "电话号码：" and hit.start == 5


def test_an_id_number_ending_in_x_keeps_its_x_when_masked():
    assert mask("11010519491231002X", "id_card") == "1101**********002X"


def test_mask_in_data_masks_every_string_of_a_snapshot_and_counts_them_all():
    value = make_id()
    masked = mask(value, "id_card")
    data = {
        "title": f"关于{value}的答复",
        "elements": {"申请人": [f"身份证{value}", "无", value], "份数": 3, "空": None},
        "tags": [[f"{value}；{value}"], True],
        "note": "13812345678",
    }
    new, count = mask_in_data(data, value, "id_card")
    assert count == 5
    assert new == {
        "title": f"关于{masked}的答复",
        "elements": {"申请人": [f"身份证{masked}", "无", masked], "份数": 3, "空": None},
        "tags": [[f"{masked}；{masked}"], True],
        "note": "13812345678",
    }
    assert type(new["tags"]) is list and type(new["elements"]) is dict
    assert data["title"] == f"关于{value}的答复"  # the snapshot given is not changed in place


def test_mask_in_data_leaves_non_strings_and_unmatched_data_alone():
    value = make_id()
    assert mask_in_data(None, value, "id_card") == (None, 0)
    assert mask_in_data(42, value, "id_card") == (42, 0)
    assert mask_in_data([], value, "id_card") == ([], 0)
    assert mask_in_data({"a": "无"}, value, "id_card") == ({"a": "无"}, 0)
    assert mask_in_data(value, value, "id_card") == (mask(value, "id_card"), 1)
