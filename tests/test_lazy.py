"""`lazy_pattern`: nothing is compiled until the pattern is first used, and only once."""

from __future__ import annotations

import re

import pytest

from summarizer.text.lazy import lazy_pattern


def test_compiled_on_first_use_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append((pattern, flags))
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    shout = lazy_pattern(r"hey+", re.IGNORECASE)
    assert calls == []
    assert shout() is shout()
    assert calls == [(r"hey+", re.IGNORECASE)]
    assert shout().fullmatch("HEYYY")
