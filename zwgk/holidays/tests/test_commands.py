import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from zwgk.holidays.management.commands.workdays import Command as WorkdaysCommand
from zwgk.holidays.models import CalendarDay, HolidayNotice

FIXTURES = Path(__file__).resolve().parents[2] / "workdays" / "tests" / "fixtures"


def run(*args, stdin=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_parse_notice_prints_year_days_off_and_workdays_as_json(db):
    out, _ = run("holidays", "parse-notice", str(FIXTURES / "national_2025.txt"))
    data = json.loads(out)
    assert data["year"] == 2025
    assert data["workdays"] == ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
    assert len(data["days_off"]) == 28 and data["days_off"][0] == "2025-01-01"


def test_parse_notice_takes_the_year_option_for_a_title_less_snippet(db, tmp_path):
    path = tmp_path / "snippet.txt"
    path.write_text("五、开斋节：5月13日至14日放假。", encoding="gb18030")
    out, _ = run("holidays", "parse-notice", str(path), "--year", "2021")
    assert json.loads(out) == {"year": 2021, "days_off": ["2021-05-13", "2021-05-14"], "workdays": []}


def test_import_notice_saves_the_days_for_the_region_and_list_shows_them(db):
    out, _ = run("holidays", "import-notice", str(FIXTURES / "ningxia_2019.txt"), "--region", "宁夏回族自治区")
    assert "已导入 2019 年（宁夏回族自治区）" in out
    assert CalendarDay.objects.filter(region="宁夏回族自治区").count() == 30
    assert HolidayNotice.objects.get().year == 2019
    out, _ = run("holidays", "list", "2019", "--region", "宁夏回族自治区/银川市")
    assert "2019-06-05\t周三\t放假\t开斋节\t宁夏回族自治区" in out
    out, _ = run("holidays", "list", "2019")
    assert "开斋节" not in out and "2019-10-01\t周二\t放假\t国庆节\t全国" in out


def test_list_shows_the_statutory_days_of_a_year_without_a_notice_and_warns(db):
    out, err = run("holidays", "list", "2027")
    assert out.splitlines()[0] == "2027-01-01\t周五\t放假\t元旦（推定）\t全国"
    assert "2027-02-09\t周二\t放假\t春节补假（推定）\t全国" in out
    assert err == "注意：2027年国务院放假通知尚未发布，按《全国年节及纪念日放假办法》推定\n"


def test_importing_the_national_notice_replaces_the_statutory_year(db, tmp_path):
    path = tmp_path / "n2027.txt"
    path.write_text("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假调休，共3天。\n", encoding="utf-8")
    out, _ = run("workdays", "add", "2027-02-08", "1")
    assert out == "2027-02-11\n"  # 2/9–10 inferred 补假
    run("holidays", "import-notice", str(path))
    out, err = run("workdays", "add", "2027-02-08", "1")
    assert out == "2027-02-09\n" and err == ""
    out, _ = run("workdays", "add", "2026-12-31", "1")
    assert out == "2027-01-04\n"


def test_region_short_and_city_names_resolve_and_explain_prints_the_resolved_name(db):
    out, _ = run("workdays", "explain", "2019-08-09", "5", "--region", "银川市")
    assert out.startswith("适用日历：宁夏回族自治区/银川市\n") and "古尔邦节" in out
    out, _ = run("workdays", "add", "2019-08-09", "5", "--region", "宁夏")
    assert out == "2019-08-20\n"
    out, _ = run("workdays", "add", "2019-08-09", "5")
    assert out == "2019-08-16\n"
    out, _ = run("holidays", "import-notice", str(FIXTURES / "ningxia_2019.txt"), "--region", "宁夏")
    assert "已导入 2019 年（宁夏回族自治区）" in out


def test_an_unknown_region_exits_2_naming_the_known_ones(db, capsys):
    for args in (["workdays", "explain", "2019-08-09", "5", "--region", "火星"],
                 ["holidays", "list", "2019", "--region", "火星"],
                 ["holidays", "import-notice", str(FIXTURES / "ningxia_2019.txt"), "--region", "火星"]):
        with pytest.raises(CommandError) as exc:
            call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())
        assert exc.value.returncode == 2, args
        assert "未知地区“火星”" in str(exc.value) and "宁夏回族自治区" in str(exc.value)
    assert not CalendarDay.objects.exists()
    # From the command line: exit status 2. Last, because run_from_argv closes the connection.
    with pytest.raises(SystemExit) as exit_info:
        WorkdaysCommand().run_from_argv(["zwgk", "workdays", "add", "2019-08-09", "5", "--region", "火星"])
    err = capsys.readouterr()
    assert exit_info.value.code == 2 and "未知地区“火星”" in err.err and err.out == ""


def test_workdays_add_prints_only_the_iso_date(db):
    out, err = run("workdays", "add", "2025-09-26", "5")
    assert out == "2025-10-10\n" and err == ""
    out, _ = run("workdays", "add", "2019-06-03", "5", "--region", "宁夏回族自治区/银川市")
    assert out == "2019-06-13\n"
    out, _ = run("workdays", "add", "2025-09-26", "1", "--count-start-day")
    assert out == "2025-09-26\n"


def test_workdays_add_marks_a_provisional_result_on_stderr(db):
    out, err = run("workdays", "add", "2027-09-30", "1")
    assert out == "2027-10-06\n" and "暂定" in err


def test_workdays_add_reads_date_n_lines_from_stdin(db, monkeypatch):
    out, err = run("workdays", "add", "-", stdin="2025-09-26 5\n\n2026-02-13 2\n2026-12-31 1\n", monkeypatch=monkeypatch)
    assert out.splitlines() == ["2025-10-10", "2026-02-24", "2027-01-04"]
    assert "第4行" in err and "暂定" in err


def test_a_bad_stdin_line_fails_before_anything_is_printed(db, monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO("2025-09-26 5\n2025-02-30 1\n"))
    with pytest.raises(CommandError, match="第2行：日期不存在"):
        call_command("workdays", "add", "-", stdout=out)
    assert out.getvalue() == ""


def test_workdays_explain_prints_the_steps(db):
    out, _ = run("workdays", "explain", "2025-09-26", "5")
    assert "国庆节调休上班" in out and "届满日：2025年10月10日（周五）" in out


@pytest.mark.parametrize("args, message", [
    (("workdays", "add", "2025-9-266", "5"), "日期格式无法识别"),
    (("workdays", "add", "2025-09-26", "-3"), "不能为负数"),
    (("workdays", "add", "2025-09-26", "x"), "非负整数"),
    (("workdays", "add", "2025-09-26"), "缺少参数"),
    (("workdays", "explain", "-"), "只有 add"),
    (("workdays", "add", "1900-01-01", "1"), "超出"),
    (("workdays", "frob"), "未知的子命令"),
    (("holidays", "frob"), "未知的子命令"),
    (("holidays", "list", "二〇二六年"), "年份不正确"),
    (("holidays", "parse-notice", "/nonexistent/notice.txt"), "找不到文件"),
    (("holidays", "import-notice", str(FIXTURES / "ningxia_2019.txt"), "--region", "宁夏回族自治区/银川市"), "单一地区"),
])
def test_bad_input_gives_a_clear_chinese_error(db, args, message):
    with pytest.raises(CommandError, match=message):
        call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())


def test_a_notice_with_no_recognisable_items_is_rejected(db, tmp_path):
    path = tmp_path / "junk.txt"
    path.write_text("国务院办公厅关于2026年部分节假日安排的通知\n请各单位安排好值班。\n", encoding="utf-8")
    with pytest.raises(CommandError, match="没有找到可识别的节假日条目"):
        call_command("holidays", "import-notice", str(path), stdout=io.StringIO())
    assert not CalendarDay.objects.exists()


def test_from_the_command_line_errors_exit_non_zero(db, capsys):
    with pytest.raises(SystemExit) as exc:
        WorkdaysCommand().run_from_argv(["zwgk", "workdays", "frob"])
    assert exc.value.code != 0 and "未知的子命令" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        WorkdaysCommand().run_from_argv(["zwgk", "workdays", "add", "2025-01-01", "-1"])
    assert exc.value.code == 1 and "不能为负数" in capsys.readouterr().err
