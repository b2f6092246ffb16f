"""What a page prints twice: the comparison form of a unit, and the repeats cleanup drops.

Pages print the headline again under itself, a breadcrumb above and below, a pull quote or a
whole block twice. Two units are the same when their words are (`comparison_key`: case,
punctuation and spacing aside); a run of repeats is dropped whole when it is long, and only
its furniture (headline, breadcrumb, credit) when it is short, since a short line repeated in
the body labels new content. Kept apart from `cleanup` because telling repeats apart fast on
long pages is its own work (C-level character scans, keys computed only when needed).
"""

from __future__ import annotations

from summarizer.text.chars import ascii_non_alnum_to_space, drop_ascii_non_alnum, non_ascii
from summarizer.text.lines import crumb_tail, words_upto

MIN_REPEATED_WORDS = 20  # a run of repeats this long is a block printed twice: dropped whole


def comparison_key(text: str) -> str:
    """Comparison form: case, punctuation and spacing do not make two headlines differ.

    The words are the runs of alphanumerics (regex `[^\\W_]+`), found by turning every other
    character into a space: the few distinct non-ASCII ones with str.replace, then the ASCII
    ones with bytes.translate. Both, and split, are C loops; a regex scan, set() of a long
    paragraph or str.translate on non-ASCII text are per-character Python-object work.
    """
    return b" ".join(ascii_non_alnum_to_space(_folded(text)).split()).decode()


def _alnums(text: str) -> bytes:
    """`comparison_key(text)` without its spaces (UTF-8): equal keys have equal alnums, and an
    empty key an empty one. No split into words and join: several times cheaper on a long
    paragraph."""
    return drop_ascii_non_alnum(_folded(text))


def _folded(text: str) -> bytes:
    """Casefolded UTF-8 of `text`, its non-ASCII characters that are not alphanumeric spaced."""
    low = text.casefold()
    for c in set(non_ascii(low)):
        if not c.isalnum():  # also lone surrogates, which UTF-8 cannot encode
            low = low.replace(c, " ")
    return low.encode()


def without_repeats(units: list[str], seen: Seen, title_key: str) -> list[str]:
    """`units` without the runs of units `seen` before: a run of `MIN_REPEATED_WORDS` words or
    more goes whole (a paragraph or block the page prints twice), a shorter one loses only its
    furniture (`is_furniture_repeat`)."""
    repeats = [not seen.is_new(unit) for unit in units]
    kept: list[str] = []
    start = 0
    while start < len(units):
        if not repeats[start]:
            kept.append(units[start])
            start += 1
            continue
        end = start
        while end < len(units) and repeats[end]:
            end += 1
        run = units[start:end]  # consecutive units all seen before
        if sum(words_upto(u, MIN_REPEATED_WORDS) for u in run) < MIN_REPEATED_WORDS:
            kept.extend(u for u in run if not is_furniture_repeat(u, title_key))
        start = end
    return kept


def is_furniture_repeat(unit: str, title_key: str) -> bool:
    """Whether a short unit seen before (or with no alphanumerics) is furniture to drop.

    A repeated headline or breadcrumb is; a short line repeated inside the body is not: an
    interview's question asked again, or "Breakfast:" on every day of a meal plan, labels
    new content. (A paragraph or a run of lines of 20 words or more printed twice, a pull
    quote or a block the page repeats, goes whole: `without_repeats`.)
    """
    key = comparison_key(unit)
    if len(key) <= 2 or key == title_key or crumb_tail(unit) is not None:
        return True  # "l", "DS": a bullet glyph or initials standing alone
    return unit[0] in "([" and unit[-1] in ")]"  # "[Photo agency]", "(Pic: ...)": a credit


class Seen:
    """The `comparison_key`s seen so far, telling a new one from a repeat without most of
    those keys.

    A unit is new unless its key is empty or seen. Units are told apart by `_alnums` first, and
    only units with the same alnums (which equal keys must have) by their full keys; the first
    unit with some alnums keeps its key uncomputed until a second one has them too.
    """

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}  # alnums -> the one unit with them so far
        self._keys: dict[bytes, set[str]] = {}  # alnums -> keys of the units with them

    def is_new(self, unit: str) -> bool:
        """Whether `unit` has a non-empty key not seen before; remember it."""
        alnums = _alnums(unit)
        if not alnums:
            return False
        if alnums not in self._first:
            self._first[alnums] = unit
            return True
        keys = self._keys.get(alnums)
        if keys is None:
            keys = self._keys[alnums] = {comparison_key(self._first[alnums])}
        key = comparison_key(unit)
        if key in keys:
            return False
        keys.add(key)
        return True
