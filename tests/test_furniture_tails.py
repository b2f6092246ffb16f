"""Page furniture next to the story that reads as prose (session 20's editors' reading of real
pages' replies): a box of other stories' numbered headlines after a wire credit or under a
"Most popular" heading, one-line teasers right above the footer's "You are here" trail, a promo
line above the story's dateline, a pointer to the page's video ("Watch it above"). An article's
own closing list and its deck stay. Texts are our own.
"""

from __future__ import annotations

from summarizer.models import Article
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_article
from summarizer.text.furniture import strip_furniture
from summarizer.text.off_story import footer_teasers_start, without_promos

STORY = [
    "PORT ELLIS, Ore. (AP) -- Harbour officials closed the old ferry pier on Tuesday after "
    "divers found cracks in two of its wooden piles during a routine inspection.",
    "The pier carries about 3,000 passengers a day to the island, and the ferry company said "
    "boats would use the freight dock until repairs are finished.",
    "Engineers expect the repairs to the ferry pier to take about six weeks, the harbour "
    "board said, and the board will vote on the cost of the work next month.",
]
LAST = STORY[-1]


def _cleaned(units: list[str], title: str = "Cracks close the ferry pier") -> str:
    return clean_article(Article(text="\n\n".join(units), title=title)).text


def test_numbered_headlines_after_a_wire_credit_are_not_the_story() -> None:
    text = _cleaned(
        [
            *STORY,
            "The Associated Press",
            "1. Mayor opens new skate park in the east end",
            "2. Storm knocks out power to 40,000 homes overnight",
            "3. High school band wins state title",
        ]
    )
    assert text.endswith(LAST)


def test_a_closing_credit_line_and_the_box_after_it_give_no_key_figure() -> None:
    units = [*STORY, "- REUTERS", "1. Storm knocks out power to 40,000 homes overnight"]
    gist = make_gist(Article(text="\n\n".join(units), title="Cracks close the ferry pier"))
    assert "Storm knocks" not in gist.article.text
    assert gist.figures  # the story's own
    assert all("40,000" not in figure.text for figure in gist.figures)


def test_a_most_popular_box_loses_its_numbered_items_ending_in_a_full_stop() -> None:
    text = _cleaned(
        [
            *STORY,
            "Most popular video",
            "1. Trooper stops a driver going 110 m.p.h.",
            "2. Two hurt in a crash on the coast road.",
        ]
    )
    assert text.endswith(LAST)


def test_an_articles_own_numbered_list_of_steps_stays() -> None:
    steps = [
        "1. Check the timetable on the board's site before you travel.",
        "2. Walk to the freight dock, ten minutes north of the pier.",
        "3. Show your ticket at the gate by the crane.",
    ]
    text = _cleaned([*STORY[:2], "Passengers are asked to do three things:", *steps])
    assert text.endswith("\n\n".join(steps))


def test_an_articles_own_numbered_results_stay_before_its_wire_credit() -> None:
    results = ["1. Ann Lee, Port Ellis, 2:31.40", "2. Berit Sand, Dover, 2:32.05"]
    text = _cleaned([*STORY, "The first two home in the harbour swim:", *results, "AP"])
    assert text.endswith("\n\n".join(results))


TRAIL = "You are here: Home > News > Local"
TEASERS = [
    "Win tickets to the summer jazz festival in our competition.",
    "Nine in ten teenagers own a games console, a survey says.",
    "Our pick of the best walks on the coast this spring.",
]


def test_one_line_teasers_above_the_footer_trail_go() -> None:
    text = _cleaned([*STORY, *TEASERS, TRAIL, "About us | Contact us | Jobs"])
    assert text.endswith(LAST)
    units = [*STORY, *TEASERS, TRAIL]
    assert footer_teasers_start(units, len(units) - 1) == len(STORY)


def test_the_storys_own_short_closing_lines_above_the_footer_trail_stay() -> None:
    closing = [
        "The ferry pier will reopen after the repairs.",
        "Passengers can ask the harbour board about the freight dock.",
    ]
    units = [*STORY, *closing, TRAIL]
    assert footer_teasers_start(units, len(units) - 1) == len(units) - 1
    assert _cleaned([*units, "About us | Contact us | Jobs"]).endswith(closing[-1])


def test_one_short_line_above_the_footer_trail_is_not_enough() -> None:
    units = [*STORY, TEASERS[0], TRAIL]
    assert footer_teasers_start(units, len(units) - 1) == len(units) - 1


PROMO = "Tomorrow: We meet the retired teacher who knits jumpers for penguins."


def test_a_promo_line_above_the_dateline_goes() -> None:
    units = [PROMO, "Current Conditions", "Tue, March 5, 2024", *STORY]
    assert PROMO not in without_promos(units)
    gist = make_gist(Article(text="\n\n".join(units), title="Cracks close the ferry pier"))
    assert "penguins" not in gist.article.text


def test_a_deck_above_the_dateline_that_retells_the_story_stays() -> None:
    deck = "Divers found cracks in the old ferry pier, and the harbour closed it for repairs."
    units = [deck, "By Ann Lee", *STORY]
    assert without_promos(units) == units


def test_a_line_above_the_first_paragraph_with_no_dateline_stays() -> None:
    units = [PROMO, *(unit.split(" -- ", 1)[-1] for unit in STORY)]
    assert without_promos(units) == units


def test_a_pointer_to_the_pages_video_goes_from_its_paragraph() -> None:
    unit = (
        "The juggler kept seven plates in the air for a minute. Watch his act above, and see "
        "what the judges said about it below."
    )
    assert strip_furniture(unit) == ["The juggler kept seven plates in the air for a minute."]


def test_a_sentence_with_above_before_a_number_stays() -> None:
    unit = "Watch for temperatures above 30C this week. The heat will ease on Sunday."
    assert strip_furniture(unit) == [unit]


def test_a_story_told_in_short_lines_above_the_footer_trail_stays() -> None:
    lines = [
        f"Line {n} of the poem is about the {word}."
        for n, word in enumerate(
            ("moon", "sea", "gulls", "wind", "boats", "rain", "stars", "nets", "sand"), 1
        )
    ]
    units = [STORY[0], *lines, TRAIL]
    assert footer_teasers_start(units, len(units) - 1) == len(units) - 1


def test_a_read_more_from_heading_loses_its_long_bulleted_teasers() -> None:
    text = _cleaned(
        [
            *STORY,
            "Read more from Coast Weekly:",
            "• A baker built a cake shaped like the lighthouse. Now the town wants it in the "
            "museum. — “Best thing I ever ate”: a diner's review of the harbour cafe",
            "• Surfers paddle out at dawn to honour a lifeguard who served for 40 years",
        ]
    )
    assert text.endswith(LAST)


def test_a_story_bullet_list_with_no_heading_over_it_stays() -> None:
    bullets = [
        "• Ferries leave from the freight dock at the usual times until the repairs end.",
        "• Season tickets bought before May stay valid on every boat of the company.",
    ]
    text = _cleaned([*STORY, "What changes for passengers:", *bullets])
    assert all(bullet.lstrip("• ") in text for bullet in bullets)
