"""Fuzzing the text stages that read any article: sentence splitter, key quotes, key figures.

No text may make them raise, and what they return must come from the text: a sentence split
loses no character, a quote holds only words of the article, a figure is an exact span of it.
Text is drawn both from all of Unicode and from pieces that steer into the interesting paths
(quotation marks of every kind, speech verbs, names, numbers, abbreviations).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article
from summarizer.quotes.rank import key_quotes
from summarizer.text.tokenize import OfflineTokenizer, split_into_sentences

PIECES = [
    '"', "“", "”", "«", "»", "„", "‘", "’", "'", " ", "\n", "\n\n", "\t", "\u00a0", "\x0b",
    ".", "!", "?", "…", "-", "—", ",", ":", ";", "(", ")", "。", "said", " he said", "Bob Smith",
    "Jean-Pierre", "al-", "Dr.", "U.S.", "Sen.", "(R-Fla.)", "т. д.", "сказал", "Дмитрий",
    "according to", "told reporters", "1,000", "3.5", "1.234,5", "$4bn", "€2 million", "5%",
    "twenty-one", "a third", "more than", "Jan", "1987", "per cent", "10:30", "+44 20 7946 0958",
]  # fmt: skip
texts = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60).map("".join),
)
languages = st.sampled_from(["en", "ru", "de", "fr", "es", "zh", "ja", "xx"])
_TOKENS = re.compile(r"[^\W_]+")

SAMPLE = (
    '"We will not back down," said Mayor Ann Lee on Tuesday. Lee added: «Never».\n\n'
    "The bridge cost $1.2bn, more than 3,000 workers built it over a decade."
)


@given(texts, languages)
@example("Dr. Smith arrived. He said so. Т. д. и т. д. Конец.", "ru")
@example("第一句。第二句！第三句？", "zh")
def test_sentences_keep_every_character(paragraph: str, language: str) -> None:
    """Splitting only cuts at whitespace: the sentences, stripped, hold all the text."""
    sentences = split_into_sentences(paragraph, language)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(paragraph.split())
    assert all(isinstance(w, str) and w for w in OfflineTokenizer(language).to_words(paragraph))


@given(texts, languages, st.integers(0, 5))
@example(SAMPLE, "en", 3)
def test_key_quotes_come_from_the_text(text: str, language: str, limit: int) -> None:
    quotes = key_quotes(Article(text=text), language, limit=limit)
    assert len(quotes) <= limit
    words = set(_TOKENS.findall(text))
    for quote in quotes:
        assert quote.text.strip()
        assert set(_TOKENS.findall(quote.text)) <= words
        if quote.speaker is not None:  # no author given: a speaker is named in the text
            assert set(_TOKENS.findall(quote.speaker)) <= words


@given(texts, languages, st.integers(0, 6))
@example(SAMPLE, "en", 4)
@example("1" * 400 + " tonnes of steel and 9" * 40, "en", 4)
def test_key_figures_are_spans_of_the_text(text: str, language: str, limit: int) -> None:
    figures = key_figures(Article(text=text), language, limit=limit)
    assert len(figures) <= limit
    assert [f.score for f in figures] == sorted((f.score for f in figures), reverse=True)
    for figure in figures:
        assert figure.text and figure.text in text
        assert isinstance(figure.context, str)
    for figure in find_figures(text, language):
        assert figure.text in text
