"""Other stories printed under the article in its own container (session 10, second pass): a
week's previews or a "more news" module, each a headline and one lead paragraph. The extractor
drops their headings and keeps their paragraphs, so the summary and the key figures came from
them; now the run goes (`other_stories.other_stories_start`, `scroll.drop_teaser_runs`), and
so do "Previous story: ..." and "Next story: ..." links glued after the story's last words.
A list article's items and a story with its own sub-headings stay. Texts are our own.
"""

from __future__ import annotations

import pytest

from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture
from summarizer.text.other_stories import other_stories_start
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page

URL = "https://www.valleysportsdesk.example/football/harbour-town-ellis"
TITLE = "Harbour Town Rally Late to Beat Ellis Rovers in the Rain"
STORY = [
    "Harbour Town scored twice in the last ten minutes to beat Ellis Rovers 2-1 on a wet Sunday"
    " afternoon at the old quay ground, their first win at home since the autumn.",
    "Rovers had led since the first half, when their captain headed in a corner that the home"
    " goalkeeper could only push against the post and over his own line.",
    "The home side pressed for most of the second half but could not find a way through until"
    " the substitute winger, brought on with twenty minutes left, cut inside and scored.",
    "The win lifts Harbour Town to sixth in the table, two points behind Rovers, with three"
    " games of the season left to play, and the coach said the players had earned a rest.",
]
TEASERS = [
    "Mill bakery to close after ninety years",
    "The family bakery on Mill Lane will close its doors in March, its owners said, after"
    " ninety years of baking bread for the town.",
    "Ferry fares rise for island commuters",
    "Commuters to the island will pay a fifth more for a ferry ticket from April, the"
    " operator said on Monday.",
    "New library opens its doors in Ellis",
    "The new library in Ellis opened on Saturday with a reading by local children and a"
    " concert by the town band.",
]


def test_the_previews_below_the_story_leave_the_summary_and_the_figures() -> None:
    article = extract_article(html_page(page("previews_below_story"), url=URL))
    assert article.text.rstrip().endswith("three games of the season left to play.")
    gist = make_gist(article)
    assert all("%" not in figure.text for figure in gist.figures)
    assert all("model" not in s.text and "Saltmarsh" not in s.text for s in gist.summary.sentences)


def test_a_more_news_module_kept_as_text_is_cut_where_it_starts() -> None:
    units = [*STORY, "With files from the Valley Press", *TEASERS]
    assert other_stories_start(units, TITLE) == len(STORY) + 1
    text = "\n\n".join([TITLE, *units])
    assert "bakery" not in clean_text(text).text


def test_two_teasers_are_not_enough() -> None:
    units = [*STORY, *TEASERS[:4]]
    assert other_stories_start(units, TITLE) == len(units)


def test_a_story_with_its_own_sub_headings_keeps_its_last_sections() -> None:
    """Sub-headings all through the story: its last sections look like teasers but are its own."""
    units = [
        STORY[0],
        STORY[1],
        "How the winger changed the game",
        STORY[2],
        "What the coach said after it",
        STORY[3],
        *TEASERS,
    ]
    assert other_stories_start(units, TITLE) == len(units)


def test_heads_on_the_story_s_own_subject_stay() -> None:
    """A follow-up's heads that share the page's title words are the story's own sections."""
    units = [
        *STORY,
        "Harbour Town fans rally behind the coach",
        "Fans of Harbour Town gathered outside the ground to cheer the coach and his players.",
        "Ellis Rovers rally to keep their place",
        "Ellis Rovers said they would rally for the last three games and keep their place.",
        "Rain to stay for the Town's next game",
        "The rain is expected to stay for the Town's next home game against the Mill.",
    ]
    assert other_stories_start(units, TITLE) == len(units)


def test_short_story_then_items_is_a_list_not_teasers() -> None:
    """A short introduction, then items with a line each: a list article, whole."""
    units = ["Five walks for a wet weekend, picked by our readers.", *TEASERS]
    assert other_stories_start(units, "Five walks for a wet weekend") == len(units)


def test_a_roundup_s_games_named_before_they_are_listed_stay() -> None:
    """A roundup names its other games ("Elsewhere it was: ...") and then gives each a line."""
    units = [
        *STORY,
        "Elsewhere it was: Quarry Park 3 Mill Lane 0, Castle Hill 1 North Bank 1, Ferry Road 2"
        " Saltmarsh 2.",
        "Quarry Park 3 Mill Lane 0",
        "At Quarry Park, the home side scored three times in the first half against Mill Lane.",
        "Castle Hill 1 North Bank 1",
        "At Castle Hill, a late penalty gave North Bank a point they barely deserved.",
        "Ferry Road 2 Saltmarsh 2",
        "At Ferry Road, Saltmarsh came back from two goals down in the last ten minutes.",
    ]
    assert other_stories_start(units, "Harbour Town roundup: the weekend's games") == len(units)


def test_a_roundup_s_results_stay_though_the_story_named_the_towns_not_the_teams() -> None:
    units = [
        *STORY,
        "Quarry Rangers 3 Mill Wanderers 0",
        "At Quarry Park, the home side scored three times in the first half against Mill Lane.",
        "Castle Athletic 1, Bank United 1",
        "At Castle Hill, a late penalty gave North Bank a point they barely deserved.",
        "Ferry Rovers 2 Saltmarsh Town 2 (aet)",
        "At Ferry Road, Saltmarsh came back from two goals down in the last ten minutes.",
    ]
    assert other_stories_start(units, TITLE) == len(units)


@pytest.mark.parametrize(
    ("unit", "kept"),
    [
        (
            "Lee of Ellis was second, 0.48 seconds back. Previous story: Sports Roundup",
            ["Lee of Ellis was second, 0.48 seconds back."],
        ),
        ("Next story: Ferry fares rise for island commuters Click to subscribe", []),
        ("The board met on Monday. Next article: Ferry fares rise", ["The board met on Monday."]),
        (  # a sentence that says "next story:" itself stays
            "The next story: a plan to build a bridge, was told by Lee.",
            ["The next story: a plan to build a bridge, was told by Lee."],
        ),
    ],
)
def test_links_to_the_previous_and_next_stories_go(unit: str, kept: list[str]) -> None:
    assert strip_furniture(unit) == kept


def test_items_of_two_paragraphs_each_stay() -> None:
    """Only a one-paragraph lead makes a teaser: sections of two paragraphs may be the story's."""
    units = [*STORY]
    for head, lead in zip(TEASERS[::2], TEASERS[1::2], strict=True):
        units += [head, lead, "Tickets are on sale at the town hall from nine until five."]
    assert other_stories_start(units, TITLE) == len(units)


def test_the_story_s_own_sections_after_a_long_opening_stay() -> None:
    """Sub-headings only in the story's second half: their paragraphs retell its names."""
    units = [
        *STORY,
        "Manager praises late substitute",
        "The Harbour Town coach said the substitute winger had praise and earned his place for"
        " the last three games after scoring in the rain against Rovers.",
        "Tight finish expected near the top",
        "Rovers stay two points ahead of Harbour Town near the top of the table, and their captain"
        " said the first half had shown what the side could do.",
        "Supporters sing through the storm",
        "Home supporters at the quay ground sang through the rain in the second half and cheered"
        " the winger and the centre forward off after the win.",
    ]
    assert other_stories_start(units, TITLE) == len(units)


def test_a_list_article_s_numbered_items_stay() -> None:
    """A short opening, then numbered items of one to three paragraphs, then a closing line."""
    units = [*STORY[:4], "1. Quarry Park beat Mill Lane", TEASERS[1]]
    for number, (head, lead) in enumerate(zip(TEASERS[2::2], TEASERS[3::2], strict=True), 2):
        units += [f"{number}. {head}", lead]
    units += [TEASERS[1], "All of them made the town proud this year, the mayor said."]
    assert other_stories_start(units, TITLE) == len(units)


def test_a_menu_before_sections_is_no_story() -> None:
    """A container whose first child is a long menu, then sections of one paragraph: the menu's
    words do not make a story the sections could follow."""
    menu = " ".join(f"Section {n} Listings" for n in range(50))
    units = [menu, *TEASERS]
    assert other_stories_start(units, TITLE) == len(units)
