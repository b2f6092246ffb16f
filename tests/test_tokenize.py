"""Sentence boundaries around each language's abbreviations (the summary's splitter, the
figures' spans, a quote's lead-in), and words."""

from __future__ import annotations

import pytest

from summarizer.text.tokenize import OfflineTokenizer, last_sentence, sentence_spans

CASES = [
    ("en", ["Dr. Ruth Ames met Prof. J. K. Lee in Boston.", "They talked for an hour."]),
    ("en", ["The answer was no.", "No. 7 won the race at 9 a.m. on Monday."]),
    ("ru", ["В 2020 г. город потратил 5 млн руб. на дороги.", "Ремонт идёт до сих пор."]),
    ("ru", ["Там продают хлеб, молоко и т. д.", "Магазин открыт с утра."]),
    ("de", ["Der Umsatz stieg auf 4,2 Mio. Euro.", "Das sagte Dr. Weber am Montag."]),
    ("fr", ["M. Dupont a rencontré Mme Leroy.", "Ils ont parlé du budget."]),
    ("es", ["La Sra. Ruiz llegó ayer.", "Las ventas subieron en EE. UU. durante el año."]),
    ("it", ["Il dott. Bruni è arrivato ieri.", "Il sig. Conti invece no."]),
    ("pt", ["A Dra. Souza abriu a loja na Av. Brasil.", "O Sr. Lima chegou depois."]),
]


@pytest.mark.parametrize(("language", "sentences"), CASES)
def test_abbreviations_do_not_end_sentences(language: str, sentences: list[str]) -> None:
    assert OfflineTokenizer(language).to_sentences(" ".join(sentences)) == tuple(sentences)


@pytest.mark.parametrize(
    "sentences",
    [
        ["The quarrel was recounted in an Oct. 12 letter to the board.", "Nobody replied."],
        ["She was buried in Monroe, La., on Nov. 3 beside her parents.", "The town mourned."],
        ["A Sept. 2019 memo from Albany, N.Y., warned of the leak.", "It was filed away."],
        ["The vote is due in Oct.", "Then the count starts."],
        ["Her cousin still lives in Tulsa, Okla.", "They write every week."],
    ],
)
def test_month_and_state_abbreviations_end_sentences_only_before_words(
    sentences: list[str],
) -> None:
    assert OfflineTokenizer("en").to_sentences(" ".join(sentences)) == tuple(sentences)


def test_question_and_exclamation_marks_end_sentences() -> None:
    text = "Was it worth it? Nobody knows! The work goes on."
    assert len(OfflineTokenizer("en").to_sentences(text)) == 3


def test_unknown_language_uses_generic_rules() -> None:
    text = "Kitabu kipya kimetoka leo. Watu wengi walinunua nakala."
    assert OfflineTokenizer("sw").to_sentences(text) == (
        "Kitabu kipya kimetoka leo.",
        "Watu wengi walinunua nakala.",
    )


def test_chinese_full_stops_split() -> None:
    assert len(OfflineTokenizer("zh").to_sentences("我们今天去公园。他也来了。")) == 2


def test_words_keep_inner_apostrophes_and_hyphens() -> None:
    words = OfflineTokenizer("en").to_words("Don't miss the well-known L'Oréal show, 2024!")
    assert words == ("Don't", "miss", "the", "well-known", "L'Oréal", "show", "2024")


def test_language_property() -> None:
    assert OfflineTokenizer("de").language == "de"


def test_chinese_characters_are_separate_words() -> None:
    assert OfflineTokenizer("zh").to_words("我们去公园 ok") == ("我", "们", "去", "公", "园", "ok")


def test_sentence_spans_are_offsets_that_abbreviations_do_not_cut() -> None:
    text = "Dr. Ruth Ames met Sen. Lee in Jan. 2021.\n\nSales rose 5% in May. Prices fell."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Dr. Ruth Ames met Sen. Lee in Jan. 2021.",
        "Sales rose 5% in May.",
        "Prices fell.",
    ]
    assert sentence_spans("- A list item. Another one.")[0] == (2, 14)  # past the marker


def test_sentence_spans_read_a_run_of_marks_once() -> None:
    # A boundary tried from each mark of a run would read the run again: n² for n marks.
    text = "Wait" + "." * 200_000 + "x"
    assert sentence_spans(text) == [(0, len(text))]


def test_last_sentence_is_the_lead_in_of_a_quote() -> None:
    assert last_sentence("The vote failed. Then Smith said") == "Then Smith said"
    assert last_sentence("Smith said") == "Smith said"
    assert last_sentence("It rose 5.5\u2024 Then") == "It rose 5.5\u2024 Then"  # a masked dot


def test_the_splitters_read_the_one_abbreviation_table() -> None:
    from summarizer.text import lexicon

    assert "Dr" in lexicon.SENTENCE_ABBREVIATIONS["en"].split()
    assert {"dr", "jan"} <= lexicon.SPAN_ABBREVIATIONS
    assert "Sen" in lexicon.CLAUSE_ABBREVIATIONS and "u.s" in lexicon.NAME_ABBREVIATIONS
    # Every title the table lists is one in each rule's group.
    for title in lexicon.TITLES.split():
        assert title in lexicon.SENTENCE_ABBREVIATIONS_OTHER.split()
        assert title in lexicon.CLAUSE_ABBREVIATIONS
        assert title.lower() in lexicon.SPAN_ABBREVIATIONS
        assert title.lower() in lexicon.NAME_ABBREVIATIONS
