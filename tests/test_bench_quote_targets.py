"""The helpers behind issue #17's two targets that no bench measured before
(`tests/quote_targets.py`): which quotes open a sentence or a paragraph, and what kind of thing
a detected speaker is (`tests/speaker_kinds.py`), used by the columns they add to `bench.quotes`
and `bench.realpages`. Texts are our own."""

from __future__ import annotations

import pytest

from tests.quote_targets import opening_mark, opens_sentence
from tests.speaker_kinds import NOT_A_PERSON, speaker_kind


def _after(text: str, words: str) -> int:
    """The offset of `words` in `text`: a labelled quote's start (its words, marks left out)."""
    return text.index(words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"We will open the pier in May," the mayor said.', "We will"),
        ('The storm passed.\n\n"We will open the pier," the mayor said.', "We will"),
        ("The storm passed.\n   “We will open the pier,” she said.", "We will"),
        ('The storm passed. "We will open the pier," she said.', "We will"),
        ('Was it safe? "Not yet," she said.', "Not yet"),
        ('It held! "The wall held," he said.', "The wall"),
        ('"The pier is shut." "We will open it soon," she said.', "We will"),
        ("The storm passed (as feared.) «Nous rouvrirons», a-t-elle dit.", "Nous"),
        ("Der Sturm zog ab. „Wir öffnen den Steg“, sagte sie.", "Wir"),
        ("The storm passed…  ‘We will open it,’ he said.", "We will"),
        ("The pier shut.\nWe will open it, she said.", "We will"),  # mark lost: first character
    ],
)
def test_a_quote_after_a_sentence_end_or_a_break_opens(text: str, words: str) -> None:
    assert opens_sentence(text, _after(text, words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The mayor told reporters: "We will open the pier."', "We will"),
        ('The mayor said "we will open the pier" on Monday.', "we will"),
        ('"We will open it," she said, "when the wind drops."', "when the"),
        ('The mayor said the pier was "not safe yet" and left.', "not safe"),
        ('The storm passed."We will open the pier," she said.', "We will"),
        ('It was, she said - "a long night" - and over.', "a long"),
    ],
)
def test_a_quote_inside_a_sentence_does_not_open(text: str, words: str) -> None:
    assert not opens_sentence(text, _after(text, words))


def test_the_opening_mark_is_found_at_or_before_the_start() -> None:
    text = 'Rain. "We left," he said.'
    assert opening_mark(text, text.index('"')) == text.index('"')  # PolNeAR spans hold the mark
    assert opening_mark(text, text.index("We")) == text.index('"')  # our labels do not
    assert opening_mark(text, 0) == 0


@pytest.mark.parametrize(
    ("speaker", "text", "kind"),
    [
        ("Turkey", "Officials in Turkey met on Friday.", "place"),
        ("New York", "It snowed in New York.", "place"),
        ("Jordan", "Lena Jordan, a coach, spoke first.", "person"),
        ("Jordan", "Talks in Jordan ended.", "place"),
        ("EA", "The game maker EA sells it.", "organisation"),
        ("Harbour Valley University", "", "organisation"),
        ("the website", "", "object"),
        ("a big red button", "", "object"),
        ("the statement", "", "object"),
        ("the company", "", "organisation"),
        ("the Norvale team", "", "organisation"),
        ("the city", "", "place"),
        ("his son", "", "description"),
        ("a spokeswoman for the embassy", "", "description"),
        ("One commenter", "", "description"),
        ("the 24-year-old", "", "description"),
        ("a source close to the firm", "", "description"),
        ("Mrs Pelloe", "", "person"),
        ("Oren Vaskel", "Oren Vaskel took the ball.", "person"),
        ("Flood Barrier", "The flood barrier rose as the barrier was built.", "object"),
        ("Varnek", "Tom Varnek came late. Varnek said little.", "person"),
        ("Varnek", "Mr Varnek came late.", "person"),
        ("Scrollwork", "The site Scrollwork printed it.", "object"),
    ],
)
def test_speaker_kind(speaker: str, text: str, kind: str) -> None:
    assert speaker_kind(speaker, text) == kind


def test_speaker_kind_reads_the_page_labels_first() -> None:
    page = "Lee 'Biscuit' Harrow waved. Biscuit laughed."
    assert speaker_kind("Biscuit", page, [("Lee 'Biscuit' Harrow", "person")]) == "person"
    assert speaker_kind("Biscuit", page) == "object"
    owned = [("Norvale Foods Ltd", "organisation")]
    assert speaker_kind("Norvale Foods", "", owned) == "organisation"
    assert "person" not in NOT_A_PERSON and "description" not in NOT_A_PERSON
