"""Benchmark: 1,000,000 random add_workdays calls against the naive day-by-day loop over
chinese_calendar.is_workday, measured in the same run.

Targets (issue 3): 1,000,000 calls in under 2 s, and at least 100x the naive loop.
Run: .venv/bin/python bench/workdays.py [--calls N] [--naive N] [--seed S]
"""
import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chinese_calendar  # noqa: E402

from zwgk.workdays import add_workdays, calendar_for_region  # noqa: E402


def naive_add(day, n):
    """The day-by-day loop a straightforward implementation would use."""
    current = day
    while n > 0:
        current += dt.timedelta(days=1)
        if chinese_calendar.is_workday(current):
            n -= 1
    return current


def random_cases(rng, count, first, last):
    span = (last - first).days
    base = first.toordinal()
    return [(dt.date.fromordinal(base + rng.randrange(span + 1)), rng.randrange(61)) for _ in range(count)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--naive", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20250926)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    t0 = time.perf_counter()
    cal = calendar_for_region(None)
    build = time.perf_counter() - t0

    cases = random_cases(rng, args.calls, dt.date(2004, 1, 1), dt.date(2026, 12, 31))
    t0 = time.perf_counter()
    for day, n in cases:
        add_workdays(day, n)
    fast = time.perf_counter() - t0

    method = cal.add_workdays
    t0 = time.perf_counter()
    for day, n in cases:
        method(day, n)
    fast_method = time.perf_counter() - t0

    # The naive loop can only run while chinese_calendar has data (to 2026-12-31): 60 working
    # days never reach past ~95 calendar days, so sample start dates up to 2026-09-15.
    sample = random_cases(rng, args.naive, dt.date(2004, 1, 1), dt.date(2026, 9, 15))
    t0 = time.perf_counter()
    naive_results = [naive_add(day, n) for day, n in sample]
    naive = time.perf_counter() - t0
    mismatches = sum(add_workdays(day, n) != expected for (day, n), expected in zip(sample, naive_results))

    fast_rate = args.calls / fast
    method_rate = args.calls / fast_method
    naive_rate = args.naive / naive
    print(f"calendar index build:            {build * 1000:8.1f} ms")
    print(f"add_workdays (module function):  {args.calls:>9,} calls in {fast:6.3f} s = {fast_rate:12,.0f} calls/s")
    print(f"Calendar.add_workdays (method):  {args.calls:>9,} calls in {fast_method:6.3f} s = {method_rate:12,.0f} calls/s")
    print(f"naive loop (chinese_calendar):   {args.naive:>9,} calls in {naive:6.3f} s = {naive_rate:12,.0f} calls/s")
    print(f"ratio module/naive:              {fast_rate / naive_rate:8.0f}x")
    print(f"ratio method/naive:              {method_rate / naive_rate:8.0f}x")
    print(f"results differing from naive:    {mismatches} of {args.naive:,}")
    ok = fast < 2.0 * args.calls / 1_000_000 and fast_rate / naive_rate >= 100 and mismatches == 0
    print("targets (<2 s per 1,000,000 calls, >=100x naive, identical results):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
