"""Cleanup of pasted pages and extracted articles: titles found, furniture removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import EmptyTextError
from summarizer.models import Article
from summarizer.text.cleanup import clean_article, clean_text

TEXTS = Path(__file__).parent / "texts"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-putin-rouhani.txt"

PASTED_EN = (TEXTS / "pasted-en.txt").read_text("utf-8")

PASTED_RU = (TEXTS / "pasted-ru.txt").read_text("utf-8")

PASTED_DE = (TEXTS / "pasted-de.txt").read_text("utf-8")


def test_english_page_furniture_is_removed() -> None:
    article = clean_text(PASTED_EN)
    assert article.title == "Owls return to the old mill"
    body = article.text
    assert body.startswith("A pair of barn owls has nested")
    for junk in (
        "News >",
        "By Jane Porter",
        "Published:",
        "Photo:",
        "Image credit",
        "Advertisement",
        "Share this",
        "Facebook",
        "WhatsApp",
        "Related stories",
        "Kingfishers",
        "wildflower",
        "newsletter",
    ):
        assert junk not in body
    assert "Owls return" not in body  # the headline copy is gone too
    assert body.endswith("until the summer.")
    assert len(article.paragraphs) == 3


def test_russian_page_furniture_is_removed() -> None:
    article = clean_text(PASTED_RU)
    assert article.title == "В парке высадили сто новых лип"
    body = article.text
    for junk in ("Главная", "Фото:", "Реклама", "Читайте также", "каток", "фонари"):
        assert junk not in body
    assert body.startswith("В субботу в городском парке")
    assert body.endswith("через пять лет.")


def test_german_related_block_and_photo_credit_are_removed() -> None:
    article = clean_text(PASTED_DE)
    assert article.title == "Neue Fähre verbindet die Inseln"
    assert "Foto" not in article.text
    assert "Mehr zum Thema" not in article.text
    assert "Inselbahn" not in article.text
    assert article.paragraphs[-1].endswith("eine Stunde.")


def test_text_without_a_headline_has_no_title() -> None:
    text = (
        "The bakery on Hill Street will close in May after forty years.\n\n"
        "Its owner, Rosa Marin, said she wants to retire. The shop will be sold."
    )
    article = clean_text(text)
    assert article.title is None
    assert article.paragraphs[0].startswith("The bakery on Hill Street")


def test_hard_wrapped_paragraph_is_joined_but_line_lists_are_not() -> None:
    text = (
        "Market hall gets a new roof\n\n"
        "The market hall in the old town will get a new roof this\n"
        "summer, the council said, after years of leaks that forced\n"
        "traders to move their stalls whenever it rained.\n\n"
        "Work starts in June. Traders will move to the square meanwhile.\n"
        "The hall reopens in October."
    )
    article = clean_text(text)
    assert article.paragraphs[0] == (
        "The market hall in the old town will get a new roof this summer, the council said, after "
        "years of leaks that forced traders to move their stalls whenever it rained."
    )
    assert article.paragraphs[1:] == [
        "Work starts in June. Traders will move to the square meanwhile.",
        "The hall reopens in October.",
    ]


def test_one_line_teasers_and_captions_anywhere_are_removed() -> None:
    text = (
        "Rail line to reopen\n\n"
        "The coastal rail line will reopen next week after storm repairs.\n\n"
        "Read more: Storm damage costs the region millions\n\n"
        "Engineers rebuilt two bridges and a kilometre of track. (Photo credit: Rail Co)\n\n"
        "Getty Images\n\n"
        "Trains will run every thirty minutes, the operator said."
    )
    body = clean_text(text).text
    assert "Read more" not in body
    assert "Getty" not in body
    assert "credit" not in body
    assert "Engineers rebuilt two bridges and a kilometre of track." in body
    assert "Trains will run every thirty minutes" in body


def test_clean_article_drops_a_first_paragraph_equal_to_the_title() -> None:
    article = Article(
        title="Zoo welcomes twin pandas",
        text=(
            "Zoo Welcomes Twin Pandas!\n\n"
            "The city zoo announced the birth of twin panda cubs on Sunday.\n\n"
            "ADVERTISEMENT\n\n"
            "Both cubs are healthy, keepers said.\n\n"
            "You might also like\nZoo extends summer opening hours\nLions get a new enclosure"
        ),
        url="https://example.org/pandas",
    )
    cleaned = clean_article(article)
    assert cleaned.title == "Zoo welcomes twin pandas"
    assert cleaned.url == "https://example.org/pandas"
    assert cleaned.paragraphs == [
        "The city zoo announced the birth of twin panda cubs on Sunday.",
        "Both cubs are healthy, keepers said.",
    ]


def test_nothing_left_is_empty() -> None:
    with pytest.raises(EmptyTextError):
        clean_text("Advertisement\n\nShare this article\nFacebook\nTwitter")
    with pytest.raises(EmptyTextError):
        clean_article(Article(text="Advertisement", title="Headline"))


def test_prose_is_kept_even_with_a_by_phrase() -> None:
    text = (
        "Ferry fares rise\n\n"
        "By the end of the year, ferry fares will rise by ten per cent, the operator said.\n\n"
        "Passengers will be able to buy cheaper season tickets."
    )
    assert clean_text(text).paragraphs[0].startswith("By the end of the year")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed folder absent")
def test_seed_article() -> None:
    article = clean_text(SEED.read_text("utf-8"))
    assert article.title == "Iran good neighbour, reliable partner: Putin"
    body = article.text
    assert "Home >" not in body
    assert "reliable partner: Putin" not in body
    assert "You may also like" not in body
    for related in (
        "Poor US leadership",
        "Syrian national dialogue",
        "military ties",
        "contrary to international law",
    ):
        assert related not in body
    assert body.startswith("Russian President Vladimir Putin hosted")
    assert body.endswith("dismantling of its nuclear programme.")


@pytest.mark.parametrize(
    ("heading", "teaser", "body"),
    [
        ("À lire aussi", "Le musée rouvre ses portes", "Le pont a rouvert lundi après deux ans."),
        ("Te puede interesar", "El museo reabre sus puertas", "El puente reabrió el lunes."),
        ("Leggi anche", "Il museo riapre le porte", "Il ponte ha riaperto lunedì."),
        ("Leia também", "O museu reabre as portas", "A ponte reabriu na segunda-feira."),
        ("Lesen Sie auch", "Das Museum öffnet wieder", "Die Brücke ist seit Montag wieder offen."),
        ("Смотрите также", "Музей снова открыт", "Мост открыли в понедельник."),
        ("Most read", "Museum reopens its doors", "The bridge reopened on Monday."),
    ],
)
def test_related_blocks_in_many_languages(heading: str, teaser: str, body: str) -> None:
    text = f"{body} {body}\n\n{heading}\n{teaser}\n\n{body}"
    paragraphs = clean_text(text).paragraphs
    assert heading not in " ".join(paragraphs)
    assert teaser not in " ".join(paragraphs)
    assert len(paragraphs) == 2


def test_date_and_byline_lines_above_the_headline_are_skipped() -> None:
    text = (
        "12 March 2025, 08:30\n\n"
        "Автор: Ирина Волкова\n\n"
        "Harbour cranes get a fresh coat of paint\n\n"
        "The six harbour cranes will be repainted this spring for the first time in a decade.\n\n"
        "Work takes eight weeks and is paid for by the port authority."
    )
    article = clean_text(text)
    assert article.title == "Harbour cranes get a fresh coat of paint"
    assert article.paragraphs == [
        "The six harbour cranes will be repainted this spring for the first time in a decade.",
        "Work takes eight weeks and is paid for by the port authority.",
    ]
