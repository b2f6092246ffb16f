"""The character scans done in C give what their plain Python versions give."""

from __future__ import annotations

import re

import pytest

from summarizer.text.chars import (
    ASCII_LETTERS,
    STRAIGHT_APOSTROPHES,
    ascii_alnum_runs,
    ascii_non_alnum_to_space,
    char_positions,
    count_ascii,
    drop_ascii_non_alnum,
    non_ascii,
)

TEXTS = [
    "",
    "plain ASCII, with_underscores and 12.5% (brackets)!",
    "Müller's café — «Привет», 2024\u00a0г.\t\x1ctab",
    "tabs\tand\nnew lines\r\n\x0bvertical",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scans_match_their_plain_versions(text: str) -> None:
    raw = text.encode()
    assert non_ascii(text) == "".join(c for c in text if ord(c) >= 128)
    assert count_ascii(raw, ASCII_LETTERS) == sum(c.isascii() and c.isalpha() for c in text)
    assert char_positions(text, ".,!") == [i for i, c in enumerate(text) if c in ".,!"]
    spaced = bytes(b if b >= 128 or chr(b).isalnum() else 32 for b in raw)
    assert ascii_non_alnum_to_space(raw) == spaced
    assert drop_ascii_non_alnum(raw) == bytes(b for b in raw if b >= 128 or chr(b).isalnum())
    if text.isascii():
        assert ascii_alnum_runs(text) == re.findall(r"[^\W_]+", text)


def test_curly_apostrophes_become_straight() -> None:
    assert "don’t ‘quote’ ‛x".translate(STRAIGHT_APOSTROPHES) == "don't 'quote' 'x"
