import datetime

import pytest

from zwgk.records import pi

# The GB 11643-1999 example number and one hand-checked Ningxia number (sum 200, 200 % 11 = 2 → X).
VALID_IDS = ["11010519491231002X", "64010419900101123X"]


@pytest.mark.parametrize("value", VALID_IDS)
def test_it_finds_an_id_number_with_a_valid_check_digit(value):
    hits = pi.scan(f"申请人身份证号：{value}，住址银川市。")
    assert [(h.kind, h.value) for h in hits] == [("id_card", value)]


def test_it_accepts_a_lowercase_x_check_digit():
    assert pi.scan("证件 11010519491231002x")[0].kind == "id_card"


@pytest.mark.parametrize("value", ["110105194912310021", "640104199001011234"])
def test_it_ignores_an_id_number_whose_check_digit_is_wrong(value):
    assert [h for h in pi.scan(f"号码 {value} 结束") if h.kind == "id_card"] == []


def test_it_ignores_an_id_number_with_an_impossible_birth_date():
    # Month 13 and a birth date in the future are not ID numbers whatever the check digit says.
    for first17 in ("64010419901301123", "64010420991231123"):
        value = first17 + pi.id_check_digit(first17)
        assert not pi.is_valid_id_number(value, today=datetime.date(2025, 1, 1))
        assert [h for h in pi.scan(value, today=datetime.date(2025, 1, 1)) if h.kind == "id_card"] == []


def test_it_ignores_an_id_number_inside_a_longer_run_of_digits():
    assert [h for h in pi.scan("流水号 911010519491231002X7") if h.kind == "id_card"] == []


def test_it_finds_mobile_numbers_written_plain_spaced_or_with_a_country_code():
    text = "联系人王某，电话13912345678；备用 138 1234 5678；境外拨打 +86 15012345678。"
    assert [h.value for h in pi.scan(text) if h.kind == "mobile"] == ["13912345678", "138 1234 5678", "15012345678"]


@pytest.mark.parametrize("text", [
    "订单号 2013912345678901",  # embedded in a longer digit run
    "编号 12345678901",  # 12… is not a mobile prefix
    "宁政发〔2025〕13号", "成文日期 2025年09月26日", "20250926", "座机 0951-6012345",
])
def test_it_does_not_flag_document_numbers_dates_or_landlines(text):
    assert pi.scan(text) == []


@pytest.mark.parametrize("card", ["4111111111111111", "6011111111111117", "5500 0000 0000 0004"])
def test_it_finds_bank_card_numbers_that_pass_luhn(card):
    hits = pi.scan(f"收款账号：{card}。")
    assert [(h.kind, h.value) for h in hits] == [("bank_card", card)]


@pytest.mark.parametrize("card", ["4111111111111112", "6011111111111118", "622202123456789"])
def test_it_ignores_digit_runs_that_fail_luhn(card):
    assert pi.luhn_ok(card) is False
    assert [h for h in pi.scan(f"账号 {card}") if h.kind == "bank_card"] == []


def test_it_finds_email_addresses():
    hits = pi.scan("请将材料发送至 wang.xiaoming+2025@example.com 或致电。")
    assert [(h.kind, h.value) for h in hits] == [("email", "wang.xiaoming+2025@example.com")]


def test_hits_carry_their_position_and_context():
    text = "甲" * 30 + "13912345678" + "乙" * 30
    (hit,) = pi.scan(text)
    assert (hit.start, hit.end) == (30, 41)
    assert text[hit.start:hit.end] == hit.value
    assert hit.before == "甲" * pi.CONTEXT_CHARS and hit.after == "乙" * pi.CONTEXT_CHARS
    assert "【13912345678】" in hit.context


def test_an_id_number_is_not_also_reported_as_a_bank_card_or_phone():
    hits = pi.scan("64010419900101123X")
    assert [h.kind for h in hits] == ["id_card"]


@pytest.mark.parametrize("value, kind, expected", [
    ("640104199001011234", "id_card", "6401**********1234"),
    ("13912345678", "mobile", "139****5678"),
    ("138 1234 5678", "mobile", "138****5678"),
    ("6011111111111117", "bank_card", "6011********1117"),
    ("wang@example.com", "email", "w***@example.com"),
])
def test_mask_hides_the_middle(value, kind, expected):
    assert pi.mask(value, kind) == expected


def test_mask_in_text_replaces_every_detected_occurrence_and_nothing_else():
    text = "电话13912345678，再次确认13912345678；另一号码13800000000。"
    new, count = pi.mask_in_text(text, "13912345678", "mobile")
    assert count == 2
    assert new == "电话139****5678，再次确认139****5678；另一号码13800000000。"
    assert [h.value for h in pi.scan(new)] == ["13800000000"]


@pytest.mark.parametrize("written", [
    "６４０１０４１９９００１０１１２３Ｘ",  # full-width, as Chinese input methods type it
    "640104 19900101 123X", "640104-19900101-123X", "640104　19900101　123X",  # 6-8-4 groups
])
def test_it_finds_id_numbers_typed_full_width_or_split_6_8_4(written):
    hits = pi.scan(f"申请人身份证号：{written}，住址银川市。")
    assert [(h.kind, h.value, h.masked) for h in hits] == [("id_card", written, "6401**********123X")]
    assert pi.mask_in_text(f"号码{written}。", written, "id_card") == ("号码6401**********123X。", 1)


def test_it_finds_full_width_mobile_numbers():
    hits = pi.scan("联系电话：１３９１２３４５６７８")
    assert [(h.kind, h.masked) for h in hits] == [("mobile", "139****5678")]


@pytest.mark.parametrize("text", [
    "索引号 64010419900101123X/2020-00012",  # an 18-character organisation code in a 索引号
    "银人社发〔２０２０〕１２号", "２０２５年０９月２６日", "２０２０－１２－０４",
    "640104 19900101 1234",  # right grouping, wrong check digit
    "编号 640104 19900101 123X 7",  # part of a longer run of digit groups
])
def test_full_width_and_grouped_numbers_bring_no_new_false_positives(text):
    assert [h for h in pi.scan(text) if h.kind == "id_card"] == []
    assert [h for h in pi.scan(text) if h.kind != "id_card"] == []
