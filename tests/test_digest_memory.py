"""Memory the digest side keeps between digests: what bench.scale found growing (issue 21)."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import UTC, datetime, timedelta

from bot.digest.build import Candidate, fingerprint_of

# One fingerprint holds ~20 KB (its character grams); remembering 4,096 of them cost the bot
# ~100 MB at 2,000 feeds. What planning may keep, whatever the number of items it has seen:
FINGERPRINT_BUDGET_MB = 32
ITEMS = 3_000

_SYLLABLES = ("bar", "tel", "os", "vin", "ku", "ra", "mel", "do", "sa", "git")
_SUMMARY = (
    "The river council in district {n} asked {name} to look again at the plan for a second "
    "footbridge near the old mill. Residents said about {count} people walk across the weir "
    "each day, and that the path floods twice a winter. The council will publish costs in "
    "spring; the cycling club wants a ramp at both ends, and shop owners on the east bank "
    "hope the bridge brings market-day visitors closer to their doors."
)


def _name(n: int) -> str:
    """A made-up surname per item, so no two items share their rarest word."""
    parts = []
    n += 11
    while n:
        n, digit = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize()


def _candidate(n: int, when: datetime) -> Candidate:
    name = _name(n)
    return Candidate(
        item_id=n,
        dedup_key=f"https://river.example/{n}",
        title=f"Council of district {n} asks {name} about a footbridge",
        link=f"https://river.example/{n}",
        feed_title=f"District {n % 97} news",
        summary=_SUMMARY.format(n=n, name=name, count=300 + n),
        published=when - timedelta(minutes=n % 600),
        first_seen=when,
    )


def test_fingerprints_kept_for_reuse_stay_within_a_memory_budget() -> None:
    """Planning asks for an item's fingerprint several times per digest and once per chat that
    follows its feed, so fingerprints are remembered; but only so many: after thousands of
    distinct items the process holds a bounded amount more than before."""
    when = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    gc.collect()
    tracemalloc.start()
    try:
        for n in range(ITEMS):
            fingerprint_of(_candidate(n, when))
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held / 1e6 < FINGERPRINT_BUDGET_MB
