"""Year view data for the calendar pages (month grids with each day's status and label)."""
import calendar as pycalendar
import datetime as dt

from zwgk.workdays import WEEKDAYS

WEEKDAY_HEADERS = [(name[-1], "星期" + name[-1]) for name in WEEKDAYS]


def day_cell(cal, day: dt.date) -> dict:
    """Status of one day: kind off/makeup/weekend/work, a one-character mark and a label."""
    sp = cal.special_day(day)
    workday = cal.is_workday(day)
    if sp is not None and not workday:
        kind, mark, label = "off", "休", sp.name
    elif sp is not None and workday and day.weekday() >= 5:
        kind, mark, label = "makeup", "班", f"{sp.name}调休上班"
    elif not workday:
        kind, mark, label = "weekend", "", "周末"
    else:
        kind, mark, label = "work", "", ""
    return {"date": day, "day": day.day, "kind": kind, "mark": mark, "label": label, "workday": workday,
            "layer": sp.layer if sp else ""}


def year_months(cal, year: int) -> list:
    """Twelve months of weeks (Monday first); days of other months are None."""
    grid = pycalendar.Calendar(firstweekday=0)
    months = []
    for month in range(1, 13):
        weeks = []
        for week in grid.monthdatescalendar(year, month):
            weeks.append([day_cell(cal, d) if d.month == month else None for d in week])
        months.append({"month": month, "title": f"{year}年{month}月", "weeks": weeks})
    return months


def special_rows(cal, year: int) -> list:
    return [{"date": sp.date, "weekday": WEEKDAYS[sp.date.weekday()], "kind": "调休上班" if sp.workday else "放假",
             "name": sp.name, "layer": sp.layer} for sp in cal.special_days(year)]
