"""The document the summarizers read: paragraphs of sentences, some of them headings.

sumy's summarizers read a document only through `document.sentences`, `.headings`, `.words`
and `.paragraphs` (each paragraph with the same three), and a sentence through `.words`,
`.is_heading` and `str()`; they key their ratings by sentence. These classes give exactly that,
so ours and stock sumy's run on them alike. sumy's own `sumy.models.dom` would do the same but
imports `sumy.utils`, which loads requests and pycountry (~0.05 s and several MB in every
process that summarizes) for URL fetching and language names nobody here uses.

Equality and hashing follow sumy's `Sentence`: two sentences with the same text and heading
flag are one dict key, which the greedy and graph summarizers' ratings depend on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain


class Sentence:
    """One sentence (or heading) and its words, split by the tokenizer on first use."""

    __slots__ = ("_is_heading", "_text", "_tokenizer", "_words")

    def __init__(self, text: str, tokenizer: object, is_heading: bool = False) -> None:
        self._text = text.strip()
        self._tokenizer = tokenizer
        self._is_heading = bool(is_heading)
        self._words: tuple[str, ...] | None = None

    @property
    def words(self) -> tuple[str, ...]:
        words = self._words
        if words is None:
            to_words: Callable[[str], tuple[str, ...]] = self._tokenizer.to_words  # type: ignore[attr-defined]
            words = self._words = to_words(self._text)
        return words

    @property
    def is_heading(self) -> bool:
        return self._is_heading

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return self._is_heading is other._is_heading and self._text == other._text

    def __hash__(self) -> int:
        return hash((self._is_heading, self._text))

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"<{'Heading' if self._is_heading else 'Sentence'}: {self._text}>"


class Paragraph:
    """Sentences and headings in their order; `sentences` leaves the headings out."""

    __slots__ = ("_headings", "_sentences", "_words", "items")

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.items = tuple(sentences)
        self._sentences = tuple(s for s in self.items if not s.is_heading)
        self._headings = tuple(s for s in self.items if s.is_heading)
        self._words: tuple[str, ...] | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._sentences

    @property
    def headings(self) -> tuple[Sentence, ...]:
        return self._headings

    @property
    def words(self) -> tuple[str, ...]:
        if self._words is None:
            self._words = tuple(chain.from_iterable(s.words for s in self.items))
        return self._words


class Document:
    """An article as the summarizers read it."""

    __slots__ = ("_headings", "_sentences", "_words", "paragraphs")

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        self.paragraphs = tuple(paragraphs)
        self._sentences = tuple(chain.from_iterable(p.sentences for p in self.paragraphs))
        self._headings = tuple(chain.from_iterable(p.headings for p in self.paragraphs))
        self._words: tuple[str, ...] | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._sentences

    @property
    def headings(self) -> tuple[Sentence, ...]:
        return self._headings

    @property
    def words(self) -> tuple[str, ...]:
        if self._words is None:
            self._words = tuple(chain.from_iterable(p.words for p in self.paragraphs))
        return self._words

    def __repr__(self) -> str:
        return f"<Document with {len(self.paragraphs)} paragraphs>"


def items_count(count: int | float | str, total: int) -> int:
    """How many of `total` sentences sumy's `ItemsCount(count)` keeps: the first `count`
    (a number, or a string of one), or "20%" of them (at least one)."""
    if isinstance(count, str) and count.endswith("%"):
        return len(range(total)[: max(1, total * int(count[:-1]) // 100)])
    if isinstance(count, (int, float, str)):
        return len(range(total)[: int(count)])
    raise TypeError(f"Unsupported value of items count {count!r}.")
