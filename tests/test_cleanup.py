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
    raw = SEED.read_text("utf-8")
    article = clean_text(raw)
    # the title is the headline line under the breadcrumb (read from the seed, not copied)
    assert article.title == raw.splitlines()[2]
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


def test_an_introduced_list_at_the_end_is_kept() -> None:
    text = (
        "Hockey cup draws a record field\n\n"
        "Sixteen clubs will play in this winter's lake hockey cup, more than ever before.\n\n"
        "The clubs with the most appearances so far:\n"
        "Pine Harbour Otters\n"
        "North Shore Herons\n"
        "Old Quay Rovers"
    )
    paragraphs = clean_text(text).paragraphs
    assert paragraphs[-3:] == ["Pine Harbour Otters", "North Shore Herons", "Old Quay Rovers"]


def test_a_list_of_lines_with_digits_at_the_end_is_kept() -> None:
    text = (
        "Flu clinics open next week\n\n"
        "The health board will run walk-in flu clinics in four towns from Monday.\n\n"
        "No appointment is needed. Bring your health card.\n\n"
        "Town Library, 4 Mill Road - Monday 9am to 1pm\n"
        "Community Hall, 22 Bay Street - Tuesday 2pm to 6pm\n"
        "Fire Station, 7 Elm Lane - Thursday 10am to 3pm"
    )
    body = clean_text(text).text
    assert body.endswith("Fire Station, 7 Elm Lane - Thursday 10am to 3pm")
    assert "4 Mill Road" in body
    assert "22 Bay Street" in body


def test_teaser_lines_at_the_end_are_still_dropped() -> None:
    text = (
        "Library extends its hours\n\n"
        "The central library will stay open until nine on weekdays from next month.\n\n"
        "Museum night draws a crowd\n"
        "New cycle lane opens on the river road\n"
        "Council approves the school budget"
    )
    body = clean_text(text).text
    assert body.endswith("from next month.")
    assert "Museum night" not in body


def test_a_repeated_interview_question_keeps_both_answers_their_question() -> None:
    text = (
        "Ten questions for a lighthouse keeper\n\n"
        "Mara Lind kept the Skerry light for thirty years. We asked her about the job.\n\n"
        "What was the hardest part?\n\n"
        "The winter storms, when the supply boat could not land for weeks.\n\n"
        "And the best part?\n\n"
        "The quiet. You learn to listen to the sea.\n\n"
        "What was the hardest part?\n\n"
        "Oh, leaving. Handing over the keys was harder than any storm."
    )
    paragraphs = clean_text(text).paragraphs
    assert paragraphs.count("What was the hardest part?") == 2
    second = paragraphs.index("What was the hardest part?", 3)
    assert paragraphs[second + 1].startswith("Oh, leaving.")


def test_repeated_short_lines_of_a_plan_are_all_kept() -> None:
    days = []
    for day, (morning, evening) in enumerate(
        [("Porridge", "Lentil soup"), ("Rye toast", "Baked fish"), ("Yoghurt", "Bean stew")], 1
    ):
        days.append(
            f"Day {day}\n\nBreakfast:\n\n{morning}\n\nSnack:\n\nAn apple\n\nDinner:\n\n{evening}"
        )
    text = (
        "A three-day plan for busy weeks\n\n"
        "This plan keeps shopping simple and cooking short on every day of the week.\n\n"
        + "\n\n".join(days)
    )
    paragraphs = clean_text(text).paragraphs
    assert paragraphs.count("Breakfast:") == 3
    assert paragraphs.count("An apple") == 3
    assert paragraphs[-1] == "Bean stew"
    assert len(paragraphs) == 1 + 3 * 7


def test_a_repeated_headline_and_paragraph_are_still_dropped() -> None:
    paragraph = (
        "The old swing bridge over the canal will be replaced by a lifting bridge that lets "
        "taller boats pass, the waterways trust said on Friday."
    )
    article = Article(
        title="Canal gets a new bridge",
        text=(
            f"Canal gets a new bridge\n\n{paragraph}\n\nWork starts in spring.\n\n"
            f"{paragraph}\n\nCanal Gets A New Bridge"
        ),
    )
    assert clean_article(article).paragraphs == [paragraph, "Work starts in spring."]


@pytest.mark.parametrize(
    "tail",
    [
        # teasers with a date glued on, cut off with an ellipsis
        "Ferry strike ends after...12/04/24\nNew pier for the old harbour02/04/24",
        # a box of its own under a heading in capitals
        "TOP SCORERS OF 2023\nAnna Berg, 14 goals\nLiv Moss, 11 goals",
        # links introduced by a colon
        "On the web:\nFerry timetable: https://example.org/ferries",
        # a menu
        "Markets · Shares · Funds\nNews · Archive · Contact",
    ],
)
def test_teaser_boxes_and_links_at_the_end_are_dropped(tail: str) -> None:
    text = (
        "Ferry fares frozen\n\n"
        "Island ferry fares will not rise this year, the operator said on Monday.\n\n"
        f"{tail}"
    )
    body = clean_text(text).text
    assert "the operator said on Monday." in body
    assert tail.split("\n")[-1] not in body


def test_a_block_printed_twice_is_dropped_once() -> None:
    block = ["Opening hours", "Monday to Friday from nine to five, Saturdays until one", "Closed"]
    text = (
        "Town hall moves to the old post office\n\n"
        "The town hall has moved into the old post office building on Market Street.\n\n"
        + "\n".join(block)
        + "\n\nParking is free in the square behind the building for the first hour of a visit.\n\n"
        + "\n".join(block)
        + "\n\nReport this comment"
    )
    paragraphs = clean_text(text).paragraphs
    assert paragraphs.count("Closed") == 1
    assert "Report this comment" not in paragraphs


def test_japanese_paste_keeps_its_headline_as_the_title() -> None:
    """A paragraph ending in "。" is prose, not a headline: the short first line is the title."""
    article = clean_text(
        "市立図書館が日曜日も開館へ\n\n"
        "市は来月から市立図書館を日曜日も開けると発表した。利用者から要望が多かったためだという。\n\n"
        "開館時間は午前十時から午後五時までとなる。市は職員を二人増やす予定だ。"
    )
    assert article.title == "市立図書館が日曜日も開館へ"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].endswith("予定だ。")


def test_chinese_and_japanese_pastes_without_a_headline_get_no_title() -> None:
    """Sentences end in "。", also inside closing quotes or brackets ("。」", "。）"): a short
    first paragraph like that is prose, not a headline."""
    chinese = clean_text(
        "港口在周一开放了新的码头。\n\n"
        "工程花了三年时间，港务长说。现在大约两百艘船可以停靠在那里，是以前的两倍。\n\n"
        "镇上为这项工程支付了四百万元（港务局的数字。）"
    )
    assert chinese.title is None
    assert chinese.paragraphs[0] == "港口在周一开放了新的码头。"
    japanese = clean_text(
        "「冬の嵐ももう怖くない。」\n\n"
        "港の新しい桟橋が月曜日に開かれた。工事には三年かかったと港長は話した。\n\n"
        "町はこの工事に四百万円を支払った。漁師たちはこの変化を歓迎している。"
    )
    assert japanese.title is None
    assert japanese.paragraphs[0] == "「冬の嵐ももう怖くない。」"


def test_a_footer_trail_takes_the_link_block_above_it() -> None:
    """A "You are here: Site > News" trail after the story starts the footer; the link block
    just above it goes too, even its teaser lines that end in full stops."""
    story = [
        "The harbour board agreed on Monday to keep the old crane on the quay as a landmark.",
        "The crane has not lifted a load since the container port opened across the bay.",
        "Volunteers will paint it in the spring, the board said, once the weather allows.",
    ]
    footer = [
        "External links",
        "Will the ferry fares rise again this summer",
        "The keepers' logbooks go on show at the museum.",
        "Half of the town's boats are older than their owners.",
        "You are here: Gazette > News > Harbour",
        "About us | Contact us | Archive",
    ]
    assert clean_text("\n\n".join(["Old crane stays", *story, *footer])).paragraphs == story


def test_a_short_last_paragraph_after_a_trail_free_story_stays() -> None:
    story = [
        "The harbour board agreed on Monday to keep the old crane on the quay as a landmark.",
        "The crane has not lifted a load since the container port opened across the bay.",
        "Half of the town's boats are older than their owners.",
    ]
    assert clean_text("\n\n".join(["Old crane stays", *story])).paragraphs == story
