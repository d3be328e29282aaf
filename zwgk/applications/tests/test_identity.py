import pytest

from zwgk.applications.identity import credit_check_char, id_number_error, is_valid_credit_code, mask_id, mask_name


@pytest.mark.parametrize("code", ["91110000802100433B", "911100001000128855", "91310000MA1FL1MMXL"])
def test_real_credit_codes_pass(code):
    assert is_valid_credit_code(code) and is_valid_credit_code(code.lower())


def test_credit_code_check_character():
    assert credit_check_char("91110000802100433") == "B"
    assert credit_check_char("91110000100012885") == "5"
    assert not is_valid_credit_code("91110000802100433C")
    assert not is_valid_credit_code("9111000080210043B")  # 17 characters
    assert not is_valid_credit_code("91110000802I00433B")  # I is not in the set
    # Remainder 0 gives check character 0, not a 31st character.
    first = next(p for p in (f"9111000080210{n:04d}" for n in range(10000)) if credit_check_char(p) == "0")
    assert is_valid_credit_code(first + "0")


def test_id_number_errors():
    assert id_number_error("resident_id", "11010519491231002X") == ""
    assert "GB 11643" in id_number_error("resident_id", "110105194912310021")
    assert "GB 32100" in id_number_error("credit_code", "91110000802100433C")
    assert id_number_error("credit_code", "91110000802100433B") == ""
    assert id_number_error("passport", "E12345678") == ""
    assert id_number_error("other", "x" * 61).startswith("证件号码过长")
    assert id_number_error("passport", "  ") == "请填写证件号码。"


def test_masks():
    assert mask_id("11010519491231002X") == "1101**********002X"
    assert mask_name("张三") == "张*" and mask_name("欧阳娜娜") == "欧***"
    assert mask_name("宁夏某某律师事务所") == "宁夏某某律师事务所" and mask_name("") == ""
