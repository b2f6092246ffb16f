"""Regular expressions compiled on first use.

Start-up time counts (a one-shot `gistbot summarize` pays for every pattern compiled at import),
and most furniture patterns only ever run on text that holds their hint word. A module-level
`name = lazy_pattern(...)` reads like a constant, and `name()` compiles it the first time it is
asked for, then returns the same compiled pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning `re.compile(pattern, flags)`, compiled on its first call only."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
