"""The splitter's rules by job (session 24, helper summary24): `tokenize` finds the boundaries,
`tokenize_holds` says where a single dot ends no sentence, `tokenize_runs_on` where a mark ends
none because the sentence goes on, `tokenize_length` cuts a run with no mark. Structure guards
(they fail on the code before the split only because the modules did not exist); the
behaviour is `test_tokenize*.py`'s, unchanged."""

from __future__ import annotations

from summarizer.text import tokenize
from summarizer.text.tokenize_holds import holds, rules_for
from summarizer.text.tokenize_length import CHUNK_CHARS, MAX_SENTENCE_CHARS, by_length
from summarizer.text.tokenize_runs_on import runs_on


def _dot(text: str) -> tuple[int, int]:
    dot = text.index(". ")
    return dot, dot + 2


def test_holds_reads_the_languages_row_and_the_shared_one() -> None:
    text = "Dr. Kerr opened the pier."
    dot, after = _dot(text)
    assert holds(text, 0, dot, after, rules_for("en"))
    text = "The pier opened at noon. Kerr spoke."
    dot, after = _dot(text)
    assert not holds(text, 0, dot, after, rules_for("en"))


def test_runs_on_after_a_quoted_exclamation_and_a_cue() -> None:
    text = '"All aboard!" Kerr shouted, and the ferry left.'
    pos = text.index("!")
    match = tokenize._JUNCTION.match(text, pos)
    assert match is not None
    assert runs_on(text, 0, pos, match.start("close"), match, match.end())


def test_by_length_cuts_a_run_with_no_mark_and_keeps_every_character() -> None:
    text = ", ".join(f"item number {i} of the long list" for i in range(60))
    assert len(text) > MAX_SENTENCE_CHARS
    pieces = by_length(text, 0, len(text))
    assert len(pieces) > 1
    assert all(end - start <= CHUNK_CHARS + 40 for start, end in pieces)
    assert " ".join(text[s:e] for s, e in pieces) == text


def test_tokenize_keeps_its_public_names() -> None:
    assert tokenize.MAX_SENTENCE_CHARS == MAX_SENTENCE_CHARS
    assert tokenize.CHUNK_CHARS == CHUNK_CHARS
    for name in ("OfflineTokenizer", "join_sentences", "last_sentence", "sentence_spans"):
        assert callable(getattr(tokenize, name))
