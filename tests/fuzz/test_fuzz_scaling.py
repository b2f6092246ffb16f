"""Adversarial inputs: no stage may take super-linear time on text a stranger controls.

Each case compares the CPU time on an input with that on one 8 times larger (linear: about 8,
quadratic: 64), or the time on a trap with that on a harmless text of the same size (see
tests/fuzz/scaling.py: no wall-clock thresholds). The inputs come from an audit of every
`re.compile` in summarizer/ and bot/ (docs/fuzzing.md), and from random search; the comments
say which pattern or loop each one used to break, and how badly.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from summarizer.errors import GistError
from summarizer.figures.judge import key_figures
from summarizer.models import Article
from summarizer.quotes.rank import key_quotes
from summarizer.summary.boilerplate import is_boilerplate
from summarizer.text.cleanup import clean_text
from summarizer.text.tokenize import OfflineTokenizer, split_into_sentences
from summarizer.web.feeds import html_to_text
from tests.fuzz.scaling import cost_ratio, growth, repeat_to

LINEAR = 30  # 8x the input: linear code takes about 8x the time, quadratic code 64x
SAME_SIZE = 20  # a trap against a harmless text of its size: about 1x when all is well


def quotes(text: str) -> object:
    return key_quotes(Article(text=text), "en")


def figures(text: str) -> object:
    return key_figures(Article(text=text), "en")


def figures_de(text: str) -> object:
    return key_figures(Article(text=text), "de")  # decimal comma, groups spaced "1 234"


def sentences(text: str) -> object:
    return split_into_sentences(text, "en")


def sentences_ru(text: str) -> object:
    return split_into_sentences(text, "ru")


def words(text: str) -> object:
    return OfflineTokenizer("en").to_words(text)


def cleanup(text: str) -> object:
    try:
        return clean_text(text)
    except GistError:  # nothing left: fine, as long as it is quick
        return None


def repeated(unit: str) -> Callable[[int], str]:
    return lambda n: repeat_to(unit, n)


ALL_MARKS = "\" “ ” « » „ ‘ ’ ' "
# (what runs, how the input of size n is made, n): each one is timed at n and 8n.
CASES = {
    # 100,000 quotation marks of every kind, alone and mixed
    **{f"quotes: {mark!r} x 8k": (quotes, repeated(mark), 1_000) for mark in ALL_MARKS.split()},
    "quotes: all marks, spaced": (quotes, repeated(ALL_MARKS), 4_000),
    "quotes: all marks, packed, x 100k": (quotes, repeated(ALL_MARKS.replace(" ", "")), 12_500),
    # each unclosed ' or ‘ searched the rest of its paragraph for a closing mark: was n²
    "quotes: unclosed straight singles": (quotes, repeated(" 'A"), 2_000),
    "quotes: unclosed curly singles": (quotes, repeated(" ‘A"), 2_000),
    "quotes: curly singles, spaced closers": (quotes, repeated(" ’ ‘A"), 2_000),
    # whitespace-only lines: the paragraph pattern's lookahead read all the blank lines: n²
    "quotes: blank lines": (quotes, repeated("\n "), 2_000),
    "quotes: blank paragraphs": (quotes, repeated("\n\n\t"), 2_000),
    # a hyphenated capitalised word was re-read from each of its hyphens (NameIndex): n²
    "quotes: hyphen chain": (quotes, lambda n: '"Hi, all," he said. ' + "A-" * (n // 2), 2_000),
    "quotes: said said said": (quotes, lambda n: repeat_to("said ", n) + '"Hello there."', 12_500),
    "quotes: capitalised runs": (quotes, lambda n: '"Hi," ' + repeat_to("Alpha Beta ", n), 12_500),
    "quotes: speech after names": (quotes, repeated('"Yes, we will," Ann Lee said. '), 12_500),
    # figures
    "figures: 100k digits": (figures, repeated("7"), 12_500),
    "figures: digits and commas": (figures, repeated("1,234,"), 2_500),
    "figures: digits and dots": (figures, repeated("1.234."), 2_500),
    "figures: digits and spaces": (figures, repeated("123 "), 2_500),
    "figures: digits, mixed separators": (figures, repeated("1,2.3 4"), 2_500),
    "figures: spaced groups (de)": (figures_de, repeated("1 234 567 "), 2_500),
    "figures: number words": (figures, repeated("twenty-one thousand "), 2_500),
    "figures: qualifiers": (figures, repeated("more than "), 4_000),
    "figures: money and shares": (figures, repeated("$1bn 5% "), 2_500),
    # a run of sentence marks was read from each of its marks (sentence_spans): n²
    "figures: periods": (figures, repeated("."), 1_000),
    "figures: mixed sentence marks": (figures, repeated("!?…"), 1_000),
    "figures: abbreviations": (figures, repeated("Dr. U.S. a.m. "), 12_500),
    # the sentence splitter
    "sentences: periods": (sentences, repeated("."), 12_500),
    "sentences: abbreviations": (sentences, repeated("Dr. Mr. U.S. "), 12_500),
    "sentences: initials": (sentences, repeated("A. "), 12_500),
    "sentences: capitalised words": (sentences, repeated("Alpha Beta "), 12_500),
    "sentences: said said said": (sentences, repeated("said "), 12_500),
    "sentences: quotes and marks": (sentences, repeated('"A." '), 12_500),
    "sentences: Russian abbreviations": (sentences_ru, repeated("т. д. "), 12_500),
    "words: apostrophes and hyphens": (words, repeated("a'b-"), 12_500),
    # cleanup, on spaces it keeps (vertical tab, form feed, separators): each was n²
    "cleanup: reading time, then spaces": (cleanup, lambda n: "5 min" + "\x0b" * n + "x", 1_000),
    "cleanup: breadcrumb spaces": (cleanup, lambda n: "a" + "\x0c" * n + "b > c", 1_000),
    "cleanup: photo credit spaces": (cleanup, lambda n: "a" + "\x1c" * n + "b (photo: x)", 1_000),
    "cleanup: long lines": (cleanup, repeated("word, "), 12_500),
    # "by" and spaces that end in no byline: n² ways of sharing them, 60 times over
    "boilerplate: by and spaces": (is_boilerplate, lambda n: "by" + " " * n + "x", 100),
    "boilerplate: published and spaces": (is_boilerplate, lambda n: "published" + " " * n, 500),
}


@pytest.mark.parametrize(("run", "make", "n"), CASES.values(), ids=CASES.keys())
def test_cost_grows_linearly(
    run: Callable[[str], object], make: Callable[[int], str], n: int
) -> None:
    assert growth(run, make, n) < LINEAR


def _quotes_of(text: str) -> Callable[[], object]:
    return lambda: quotes(text)


def _cleanup_of(text: str) -> Callable[[], object]:
    return lambda: cleanup(text)


QUOTE = '"Hello there my good friends," '
# (trap, harmless text of the same size): the cost of one of them is bounded (a few hundred
# characters around each quote, a line of a byline), so growth alone would not show it.
TRAPS = {
    # spaces between a closing mark and its cue: tried every split of them ("a-t-il", 240 chars)
    "quotes: spaces before an inverted cue": (
        (QUOTE + "\u00a0" * 200 + "x dit-il \n\n") * 50,
        (QUOTE + "word " * 40 + "x dit-il \n\n") * 50,
    ),
    # spaces between a speech verb and the opening mark (600 chars read back): 80x slower
    "quotes: spaces before the quote": (
        ("He said" + "\u00a0" * 580 + ': "Hello there, friends."\n\n') * 50,
        ("He said" + " word" * 116 + ': "Hello there, friends."\n\n') * 50,
    ),
}
BYLINE_TRAPS = {
    # each "e" (or "y", "-") could be a join or a letter: 2^n ways; 40 letters took minutes
    "cleanup: byline of e's": ("by " + "ae" * 20 + "!", "by " + "ab" * 20 + "!"),
    "cleanup: byline of y's": ("by a" + "ya" * 20 + " ±", "by a" + "ba" * 20 + " ±"),
    "cleanup: byline of hyphens": ("by " + "a-" * 20 + "!", "by " + "ab" * 20 + "!"),
}


@pytest.mark.parametrize(("trap", "harmless"), TRAPS.values(), ids=TRAPS.keys())
def test_quote_traps_cost_no_more_than_plain_text(trap: str, harmless: str) -> None:
    assert cost_ratio(_quotes_of(trap), _quotes_of(harmless)) < SAME_SIZE


@pytest.mark.parametrize(("trap", "harmless"), BYLINE_TRAPS.values(), ids=BYLINE_TRAPS.keys())
def test_byline_traps_cost_no_more_than_plain_text(trap: str, harmless: str) -> None:
    assert cost_ratio(_cleanup_of(trap), _cleanup_of(harmless)) < SAME_SIZE


# Python's own html.parser is quadratic on these in the Python used here, 3.11.7
# (python/cpython#135462): a 40 kB page of "<a " took 13 s. Feeds therefore read HTML with lxml.
@pytest.mark.parametrize(("unit", "n"), [("<a ", 300), ("<!--", 1_000)])
def test_feed_html_to_text_grows_linearly(unit: str, n: int) -> None:
    assert growth(html_to_text, repeated(unit), n) < LINEAR
