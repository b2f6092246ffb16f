"""Sentence boundaries around each language's abbreviations, and words. One rule set gives the
summary's sentences, the figures' spans and a quote's lead-in: each test of a boundary checks
the views agree."""

from __future__ import annotations

import pytest

from summarizer.text import lexicon
from summarizer.text.tokenize import (
    OfflineTokenizer,
    last_sentence,
    sentence_spans,
    split_into_sentences,
)

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
        ["She beat then-No. 1 Ada Kerr in the final.", "The crowd stood."],
        ["The sale ends mid-Oct. 15 at the latest.", "Stock is low."],
        ["We picked Plan-B.", "It worked."],
    ],
)
def test_month_and_state_abbreviations_end_sentences_only_before_words(
    sentences: list[str],
) -> None:
    assert OfflineTokenizer("en").to_sentences(" ".join(sentences)) == tuple(sentences)


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("en", ["The hosts start on May 4 in Group C.", "Tarvia meet them in the opener."]),
        ("en", ["When the ferry failed they turned to plan B.", "Buses took everyone home."]),
        ("en", ["The doctor prescribed extra Vitamin D.", "Her tiredness eased in a month."]),
        ("de", ["Die Elf spielt in der Gruppe B.", "Dort wartet Norland."]),
        (None, ["Les Bleus jouent dans le groupe F.", "Le tirage a eu lieu hier."]),
    ],
)
def test_a_letter_after_a_label_noun_ends_its_sentence(
    language: str | None, sentences: list[str]
) -> None:
    text = " ".join(sentences)
    assert [text[s:e] for s, e in sentence_spans(text, language)] == sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship was named for John C. Marlow, who built the first dock.",
        "Ms Grove met Anna K. Holt and the Group's lawyer at noon.",
    ],
)
def test_an_initial_after_a_name_still_holds(sentence: str) -> None:
    assert len(sentence_spans(sentence, "en")) == 1


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


def test_a_list_marker_starts_no_span_but_stays_in_the_sentence_text() -> None:
    text = "- A list item. Another one.\n3. Rents rose by a third."
    assert sentence_spans(text) == [(2, 14), (15, 27), (31, 53)]
    assert split_into_sentences(text) == [
        "- A list item.",
        "Another one.",
        "3. Rents rose by a third.",
    ]


def test_sentence_spans_read_a_run_of_marks_once() -> None:
    # A boundary tried from each mark of a run would read the run again: n² for n marks.
    text = "Wait" + "." * 200_000 + "x"
    assert sentence_spans(text) == [(0, len(text))]


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("en", ["The ferry left at 7 p.m. on Friday.", "Nobody was on the quay."]),
        ("en", ["He lives near Mt. Hood in a cabin.", "Snow fell early that year."]),
        ("en", ["Was the toll worth it?", "“No,” the mayor said.", "Then he left!"]),
        ("en", ["Roads closed…", "Trains stopped.", "Schools stayed open."]),
        ("en", ["The mill reopened in 1998.", "12 workers came back."]),
        ("en", ["The count ended.", "(A recount follows.)", "Results are due on Monday."]),
        ("ru", ["Проект утвердил акад. Смирнов.", "Работы начнутся весной."]),
        ("ru", ["Купили доски, гвозди и т. п.", "Забор построили за день."]),
        ("de", ["Am 5. Mai öffnet das Bad.", "Der Eintritt kostet 4 Euro."]),
        ("es", ["¿Quién paga la obra?", "¡Nadie lo sabe!"]),
        ("xx", ["Mira vela lo taka.", "Sora pine ta vela mora."]),
    ],
)
def test_every_view_reads_the_same_boundaries(language: str, sentences: list[str]) -> None:
    text = " ".join(sentences)
    split = split_into_sentences(text, language)
    spans = sentence_spans(text, language)
    assert split == sentences
    assert [text[s:e] for s, e in spans] == sentences
    if language == "en":  # the lead-in of a quote reads the rows every language shares
        assert last_sentence(text) == sentences[-1]


def test_a_dot_before_a_lower_case_word_ends_no_sentence() -> None:
    assert split_into_sentences("The plan, i. e. the budget, passed. So did the tax.") == [
        "The plan, i. e. the budget, passed.",
        "So did the tax.",
    ]
    assert split_into_sentences("Prices rose by 3 p.c. last year.") == [
        "Prices rose by 3 p.c. last year."
    ]


def test_a_line_break_ends_a_sentence_even_after_an_abbreviation() -> None:
    assert split_into_sentences("Harbour news\nDr.\nBerg spoke first.") == [
        "Harbour news",
        "Dr.",
        "Berg spoke first.",
    ]


def test_text_of_unknown_language_reads_only_the_shared_row() -> None:
    # "Okla." holds a sentence together only in English, and only before a number.
    text = "She moved to Tulsa, Okla. Her sister stayed. They met in Ada, Okla. 3 times."
    assert len(split_into_sentences(text, "en")) == 3
    assert len(sentence_spans(text)) == 4  # no language: "Okla." is just a word
    # Months are dates in every language: held before a number, a word after them otherwise.
    assert len(sentence_spans("Rents rose in Oct. 2023 and fell in Nov. Then they rose.")) == 2


def test_no_sentence_gives_one_span_and_no_strings() -> None:
    assert sentence_spans("   ") == [(0, 3)]
    assert split_into_sentences("   ") == []


def test_last_sentence_is_the_lead_in_of_a_quote() -> None:
    assert last_sentence("The vote failed. Then Smith said") == "Then Smith said"
    assert last_sentence("Smith said") == "Smith said"
    assert last_sentence("It rose 5.5\u2024 Then") == "It rose 5.5\u2024 Then"  # a masked dot
    assert last_sentence("Talks ended.\nAfter that the minister said") == (
        "After that the minister said"
    )


def test_the_one_table_gives_every_view() -> None:
    table = lexicon.ABBREVIATIONS
    shared_titles = table[lexicon.ANY][lexicon.TITLE].split()
    # Every title of the shared row holds a sentence together in every language ...
    for language in ("en", "de", "fr", "es", "it", "pt", "ru", "xx"):
        for title in shared_titles:
            assert split_into_sentences(f"Ask {title}. Hale now.", language) == [
                f"Ask {title}. Hale now."
            ]
    # ... and the quote attribution's views are drawn from the same rows.
    english = {*shared_titles, *table["en"][lexicon.TITLE].split()}
    assert english | {"No"} == lexicon.CLAUSE_ABBREVIATIONS
    one_person = english - {*lexicon.US_PLURAL_TITLES.split(), *lexicon.PLACES.split()}
    assert {w.lower() for w in one_person | {"U.S", "U.N", "U.K"}} == lexicon.NAME_ABBREVIATIONS


def test_a_time_before_a_weekday_or_a_time_zone_stays_in_its_sentence() -> None:
    text = (
        "Doors open at 9 a.m. Tuesday at the hall. Polls close at 8 p.m. ET in most states. "
        "The count ends at 11 p.m. The result follows."
    )
    assert [text[a:b] for a, b in sentence_spans(text, "en")] == [
        "Doors open at 9 a.m. Tuesday at the hall.",
        "Polls close at 8 p.m. ET in most states.",
        "The count ends at 11 p.m.",
        "The result follows.",
    ]
