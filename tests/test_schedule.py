"""Schedule syntax and next-run arithmetic, including DST transitions."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.digest.schedule import (
    Schedule,
    ScheduleError,
    due_once_after_downtime,
    next_run,
    parse_schedule,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_parse_daily_with_zone() -> None:
    s = parse_schedule("daily 08:00 Europe/Berlin")
    assert s == Schedule(days=frozenset(range(7)), times=(time(8, 0),), tz="Europe/Berlin")


def test_parse_default_zone_and_day_lists() -> None:
    assert parse_schedule("weekdays 09:30", default_tz="Asia/Tokyo").tz == "Asia/Tokyo"
    assert parse_schedule("weekdays 09:30").days == frozenset({0, 1, 2, 3, 4})
    assert parse_schedule("mon,thu 18:00").days == frozenset({0, 3})
    assert parse_schedule("Fri-Mon 7.05 utc").days == frozenset({4, 5, 6, 0})
    assert parse_schedule("Fri-Mon 7.05 utc").times == (time(7, 5),)
    assert parse_schedule("daily 18:30,08:00").times == (time(8, 0), time(18, 30))


def test_parse_every() -> None:
    s = parse_schedule("every 6h")
    assert s.interval == timedelta(hours=6)
    assert s.times == (time(0), time(6), time(12), time(18))
    assert parse_schedule("every 90m America/New_York").times[1] == time(1, 30)


@pytest.mark.parametrize(
    "text",
    [
        "daily 08:00 Europe/Berlin",
        "weekdays 09:30 UTC",
        "weekends 10:00 Asia/Tokyo",
        "mon,thu 18:00,19:15 America/New_York",
        "every 6h Europe/Berlin",
        "every 45m UTC",
    ],
)
def test_describe_round_trips(text: str) -> None:
    s = parse_schedule(text)
    assert s.describe() == text
    assert parse_schedule(s.describe()) == s


@pytest.mark.parametrize(
    "text",
    [
        "",
        "daily",
        "daily 25:00",
        "daily 8",
        "someday 08:00",
        "daily 08:00 Mars/Olympus",
        "every 10m",
        "every 30h",
        "every often",
        "mo 08:00",
        "daily 08:00 extra words",
    ],
)
def test_parse_errors(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_schedule(text)


def test_next_run_same_day_and_next_day() -> None:
    s = parse_schedule("daily 08:00 Europe/Berlin")  # CET = UTC+1 in January
    assert next_run(s, utc(2026, 1, 10, 6, 0)) == utc(2026, 1, 10, 7, 0)
    assert next_run(s, utc(2026, 1, 10, 7, 0)) == utc(2026, 1, 11, 7, 0)  # strictly after


def test_next_run_weekdays_skips_weekend() -> None:
    s = parse_schedule("weekdays 09:30 UTC")
    # Friday 2026-01-09 after 09:30 -> Monday 2026-01-12
    assert next_run(s, utc(2026, 1, 9, 10, 0)) == utc(2026, 1, 12, 9, 30)


def test_next_run_crosses_local_midnight_boundary() -> None:
    # 23:30 UTC on Sunday is already Monday 08:30 in Tokyo
    s = parse_schedule("mon 09:00 Asia/Tokyo")
    assert next_run(s, utc(2026, 1, 11, 23, 30)) == utc(2026, 1, 12, 0, 0)


def test_wall_clock_kept_across_dst() -> None:
    s = parse_schedule("daily 08:00 Europe/Berlin")
    # Europe switches to summer time on 2026-03-29.
    assert next_run(s, utc(2026, 3, 28, 8, 0)) == utc(2026, 3, 29, 6, 0)
    assert next_run(s, utc(2026, 3, 27, 8, 0)) == utc(2026, 3, 28, 7, 0)
    # and back to winter time on 2026-10-25
    assert next_run(s, utc(2026, 10, 24, 7, 0)) == utc(2026, 10, 25, 7, 0)


def test_skipped_local_time_fires_after_the_jump() -> None:
    s = parse_schedule("daily 02:30 Europe/Berlin")
    # 02:30 does not exist on 2026-03-29; fire at 03:30 CEST = 01:30 UTC, once.
    first = next_run(s, utc(2026, 3, 28, 12, 0))
    assert first == utc(2026, 3, 29, 1, 30)
    assert next_run(s, first) == utc(2026, 3, 30, 0, 30)


def test_repeated_local_time_fires_once() -> None:
    s = parse_schedule("daily 02:30 Europe/Berlin")
    # 02:30 happens twice on 2026-10-25 (00:30 and 01:30 UTC); only the first fires.
    first = next_run(s, utc(2026, 10, 24, 12, 0))
    assert first == utc(2026, 10, 25, 0, 30)
    assert next_run(s, first) == utc(2026, 10, 26, 1, 30)


def test_every_6h_on_fall_back_day_never_repeats() -> None:
    s = parse_schedule("every 6h Europe/Berlin")
    fired = []
    t = utc(2026, 10, 24, 21, 0)
    for _ in range(6):
        t = next_run(s, t)
        fired.append(t)
    assert fired == sorted(set(fired))
    assert fired[:4] == [
        utc(2026, 10, 24, 22, 0),  # 00:00 CEST
        utc(2026, 10, 25, 5, 0),  # 06:00 CET (a 7 h gap: the clock went back)
        utc(2026, 10, 25, 11, 0),
        utc(2026, 10, 25, 17, 0),
    ]


def test_every_30m_on_spring_forward_day_has_no_duplicate_instants() -> None:
    s = parse_schedule("every 30m Europe/Berlin")
    t = utc(2026, 3, 28, 23, 0)
    fired = []
    for _ in range(8):
        t = next_run(s, t)
        fired.append(t)
    assert len(set(fired)) == 8
    assert all(b - a <= timedelta(minutes=30) for a, b in itertools.pairwise(fired))


def test_next_run_rejects_naive() -> None:
    with pytest.raises(ValueError):
        next_run(parse_schedule("daily 08:00"), datetime(2026, 1, 1))


def test_downtime_sends_once_not_per_missed_slot() -> None:
    s = parse_schedule("every 1h UTC")
    stored = utc(2026, 1, 10, 3, 0)
    now = utc(2026, 1, 10, 9, 17)  # six slots missed while down
    due = due_once_after_downtime(s, stored, now)
    assert due.send_now is True
    assert due.next_due == utc(2026, 1, 10, 10, 0)
    again = due_once_after_downtime(s, due.next_due, now)
    assert again.send_now is False and again.next_due == due.next_due


def test_downtime_fresh_schedule_waits_for_first_slot() -> None:
    s = parse_schedule("daily 08:00 UTC")
    due = due_once_after_downtime(s, None, utc(2026, 1, 10, 9, 0))
    assert due == type(due)(send_now=False, next_due=utc(2026, 1, 11, 8, 0))


def test_due_exactly_at_slot() -> None:
    s = parse_schedule("daily 08:00 UTC")
    due = due_once_after_downtime(s, utc(2026, 1, 10, 8, 0), utc(2026, 1, 10, 8, 0))
    assert due.send_now is True and due.next_due == utc(2026, 1, 11, 8, 0)
