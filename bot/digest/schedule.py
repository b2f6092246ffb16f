"""Digest schedules: the `/schedule` syntax, and when a schedule next fires.

    daily 08:00 Europe/Berlin        every day at 08:00 Berlin time
    weekdays 09:30                   Monday to Friday (weekends: Saturday and Sunday)
    mon,thu 18:00                    listed days; ranges work too (mon-fri)
    daily 08:00,18:30                several times a day
    every 6h / every 90m             wall-clock slots from local midnight (00:00, 06:00, ...)

The time zone is optional (the chat's default is used) and may be an IANA name or UTC.
Times are wall-clock times in that zone, so "08:00" stays 08:00 across DST changes. A time
that does not exist on a spring-forward day fires at the equivalent instant after the jump
(02:30 -> 03:30); a time that occurs twice on a fall-back day fires once, at the first one.
Interval slots restart at each local midnight, so `every 5h` gives 00, 05, 10, 15, 20.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_ALIASES = {
    "daily": tuple(range(7)),
    "everyday": tuple(range(7)),
    "weekdays": (0, 1, 2, 3, 4),
    "weekends": (5, 6),
}
_TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")
_EVERY_RE = re.compile(r"^(\d{1,4})\s*(m|min|mins|minutes?|h|hr|hrs|hours?)$")
MIN_INTERVAL = timedelta(minutes=30)


class ScheduleError(ValueError):
    """The schedule text is unusable. `code` and `params` name the problem for the bot's
    catalogs (`digest.error.<code>`); the English message is for logs and library callers."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Schedule:
    days: frozenset[int]  # 0 = Monday
    times: tuple[time, ...]  # sorted local wall-clock times
    tz: str
    interval: timedelta | None = None  # set for `every ...`; then `times` holds its slots

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def describe(self) -> str:
        """Canonical text; `parse_schedule(s.describe()) == s`."""
        if self.interval is not None:
            minutes = int(self.interval.total_seconds() // 60)
            amount = f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m"
            return f"every {amount} {self.tz}"
        if self.days == frozenset(range(7)):
            days = "daily"
        elif self.days == frozenset(range(5)):
            days = "weekdays"
        elif self.days == frozenset({5, 6}):
            days = "weekends"
        else:
            days = ",".join(DAY_NAMES[d] for d in sorted(self.days))
        times = ",".join(t.strftime("%H:%M") for t in self.times)
        return f"{days} {times} {self.tz}"


def parse_schedule(text: str, default_tz: str = "UTC") -> Schedule:
    """Parse `/schedule` arguments; raises ScheduleError with a usable hint."""
    words = text.strip().split()
    if not words:
        raise ScheduleError(
            "schedule_empty", "Say when, for example: daily 08:00 Europe/Berlin, or every 6h."
        )
    tz = default_tz
    if len(words) >= 2 and _is_zone_word(words[-1]):
        tz = check_zone(words.pop())
    else:
        check_zone(tz)
    head = words[0].lower()
    if head == "every":
        spec = " ".join(words[1:]).lower()
        match = _EVERY_RE.match(spec)
        if not match:
            raise ScheduleError("interval_syntax", "Write intervals like: every 6h, or every 90m.")
        amount = int(match.group(1))
        interval = (
            timedelta(hours=amount) if match.group(2)[0] == "h" else timedelta(minutes=amount)
        )
        if not MIN_INTERVAL <= interval <= timedelta(hours=24):
            raise ScheduleError(
                "interval_range", "The interval must be between 30 minutes and 24 hours."
            )
        step = int(interval.total_seconds() // 60)
        slots = tuple(time(m // 60, m % 60) for m in range(0, 24 * 60, step))
        return Schedule(days=frozenset(range(7)), times=slots, tz=tz, interval=interval)
    if len(words) != 2:
        raise ScheduleError(
            "schedule_syntax",
            "Write schedules like: daily 08:00, weekdays 09:30, mon,thu 18:00 "
            "(time zone optional).",
        )
    return Schedule(days=_parse_days(words[0]), times=_parse_times(words[1]), tz=tz)


def _is_zone_word(word: str) -> bool:
    return "/" in word or word.upper() in ("UTC", "GMT")


def check_zone(name: str) -> str:
    canonical = "UTC" if name.upper() in ("UTC", "GMT", "Z") else name
    try:
        ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(
            "unknown_zone", f"Unknown time zone {name!r}; use a name like Europe/Berlin.", zone=name
        ) from None
    return canonical


def _parse_days(word: str) -> frozenset[int]:
    word = word.lower()
    if word in _DAY_ALIASES:
        return frozenset(_DAY_ALIASES[word])
    days: set[int] = set()
    for part in word.split(","):
        if "-" in part:
            start, _, end = part.partition("-")
            first, last = _day(start), _day(end)
            span = (last - first) % 7
            days.update((first + i) % 7 for i in range(span + 1))
        else:
            days.add(_day(part))
    return frozenset(days)


def _day(word: str) -> int:
    key = word.strip()[:3]
    if len(word.strip()) < 3 or key not in DAY_NAMES:
        raise ScheduleError(
            "unknown_day", f"Unknown day {word!r}; use mon, tue, wed, thu, fri, sat, sun.", day=word
        )
    return DAY_NAMES.index(key)


def _parse_times(word: str) -> tuple[time, ...]:
    times: set[time] = set()
    for part in word.split(","):
        match = _TIME_RE.match(part.strip())
        if not match:
            raise ScheduleError(
                "unknown_time", f"Unknown time {part!r}; use 24-hour HH:MM like 08:00.", time=part
            )
        times.add(time(int(match.group(1)), int(match.group(2))))
    return tuple(sorted(times))


def next_run(schedule: Schedule, after: datetime) -> datetime:
    """The first firing strictly after `after` (an aware datetime), as an aware UTC datetime."""
    if after.tzinfo is None:
        raise ValueError("next_run needs an aware datetime")
    zone = schedule.zone
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(9):
        day = start + timedelta(days=offset)
        if day.weekday() not in schedule.days:
            continue
        for slot in schedule.times:
            fire = _instant(day, slot, zone)
            if fire > after:
                return fire
    raise AssertionError("a schedule with at least one day fires within eight days")


def _instant(day: date, slot: time, zone: ZoneInfo) -> datetime:
    """Wall-clock time to UTC; fold=0 picks the first of a repeated hour and, for a skipped
    hour, the pre-transition offset, which lands just after the jump."""
    return datetime.combine(day, slot, tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Due:
    send_now: bool
    next_due: datetime


def due_once_after_downtime(schedule: Schedule, next_due: datetime | None, now: datetime) -> Due:
    """What the start-up (or the per-minute tick) does with a stored `next_due`.

    Overdue by one slot or by fifty, the answer is the same: send one digest now and move
    `next_due` to the first slot after now. A schedule without `next_due` yet starts fresh.
    """
    if next_due is None:
        return Due(send_now=False, next_due=next_run(schedule, now))
    if next_due <= now:
        return Due(send_now=True, next_due=next_run(schedule, now))
    return Due(send_now=False, next_due=next_due)
