"""Timeliness figures aggregated in the database agree with the record page's own judgement."""
import datetime
import random

from zwgk.oversight.figures import open_records, record_figures, review_queue
from zwgk.records.timeliness import timeliness

D = datetime.date


def test_it_counts_on_time_and_late_records_with_their_working_day_delays(world, make_record):
    # Due 2025-09-30; published 10-09 after the National Day holiday (10-01…10-08): 1 working day late.
    make_record(world.event, D(2025, 9, 30), D(2025, 10, 9), due_on=D(2025, 9, 30))
    # Due Mon 03-03, published Fri 03-07: 4 working days late.
    make_record(world.event, D(2025, 3, 3), D(2025, 3, 7), due_on=D(2025, 3, 3))
    # Due Fri 03-07, published Sat 03-08: 0 working days, still counted as 1 (late is late).
    make_record(world.event, D(2025, 3, 7), D(2025, 3, 8), due_on=D(2025, 3, 7), unit=world.jobs)
    make_record(world.event, D(2025, 3, 1), D(2025, 3, 3), due_on=D(2025, 3, 10))  # on time
    make_record(world.event, D(2025, 3, 1), D(2025, 3, 10), due_on=D(2025, 3, 10))  # on the due day: on time
    make_record(world.event, D(2024, 3, 1), D(2024, 3, 3), due_on=D(2024, 3, 10))  # another year

    f = record_figures(world.agency, D(2025, 1, 1), D(2025, 12, 31))

    assert (f.total.published, f.total.on_time, f.total.late) == (5, 2, 3)
    assert f.total.delay_max == 4 and f.total.delay_sum == 1 + 4 + 1
    assert f.total.on_time_rate == 2 / 5
    assert f.by_unit[world.jobs.pk].late == 1 and f.by_unit[world.office.pk].published == 4
    assert set(f.by_month) == {"2025-03", "2025-10"}
    assert f.by_month["2025-10"].delay_max == 1 and f.by_month["2025-03"].delay_sum == 5


def test_the_day_counts_in_local_time_not_utc(world, make_record):
    """Published at 07:00 Beijing time on 03-11 is 23:00 UTC on 03-10: still a day late."""
    record = make_record(world.event, D(2025, 3, 1), D(2025, 3, 11), due_on=D(2025, 3, 10))
    type(record).objects.filter(pk=record.pk).update(published_at=record.published_at.replace(hour=7))
    f = record_figures(world.agency, D(2025, 1, 1), D(2025, 12, 31))
    assert (f.total.on_time, f.total.late) == (0, 1)


def test_a_change_is_judged_by_the_publication_of_the_change(world, make_record):
    from zwgk.oversight.tests.conftest import at

    record = make_record(world.event, D(2025, 5, 6), D(2025, 5, 7), due_on=D(2025, 5, 15))
    type(record).objects.filter(pk=record.pk).update(changed_at=at(D(2025, 5, 20)))
    record.refresh_from_db()
    f = record_figures(world.agency, D(2025, 1, 1), D(2025, 12, 31))
    assert (f.total.on_time, f.total.late) == (0, 1)
    assert timeliness(record).status == "late"


def test_figures_equal_a_per_record_fold_of_the_record_pages_judgement(world, make_record):
    rng = random.Random(11)
    records = []
    for _ in range(60):
        formed = D(2025, 1, 2) + datetime.timedelta(days=rng.randrange(330))
        published = formed + datetime.timedelta(days=rng.randrange(25))
        records.append(make_record(world.event, formed, published, unit=rng.choice([world.office, world.jobs])))
    f = record_figures(world.agency, D(2025, 1, 1), D(2025, 12, 31))

    judged = [timeliness(r) for r in records]
    late = [t.days for t in judged if t.status == "late"]
    assert f.total.on_time == sum(t.status == "on_time" for t in judged)
    assert f.total.late == len(late) and f.total.delay_sum == sum(late) and f.total.delay_max == max(late, default=0)
    for unit in (world.office, world.jobs):
        mine = [timeliness(r) for r in records if r.unit_id == unit.pk]
        assert f.by_unit[unit.pk].late == sum(t.status == "late" for t in mine)


def test_open_records_lists_overdue_and_due_soon_by_unit(world, make_record):
    today = D(2025, 6, 10)  # a Tuesday
    late = make_record(world.event, D(2025, 5, 1), due_on=D(2025, 6, 5))
    soon = make_record(world.event, D(2025, 6, 1), due_on=D(2025, 6, 13), unit=world.jobs, state="submitted")
    make_record(world.event, D(2025, 6, 1), due_on=D(2025, 7, 30))  # not soon
    make_record(world.event, D(2025, 5, 1), D(2025, 6, 1), due_on=D(2025, 5, 12))  # published: not open
    result = open_records(world.agency, today, 5)
    assert [r.pk for r in result.overdue] == [late.pk] and result.overdue[0].overdue_days == 3
    assert [r.pk for r in result.due_soon] == [soon.pk] and result.due_soon[0].days_left == 3
    assert result.by_unit == {world.office.pk: {"overdue": 1, "due_soon": 0}, world.jobs.pk: {"overdue": 0, "due_soon": 1}}
    count, rows = review_queue(world.agency)
    assert count == 1 and rows == [soon]
